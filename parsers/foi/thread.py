"""A correspondence thread (WhatDoTheyKnow page or JSON export, read by
parsers.extract.thread) → `FoiResponse`.

* the request is the requester's first message; its labelled questions
  ("1)", "(a)", "Q3") are the items, when the labels are distinct (a request
  numbered "(i)", "(i)" has no usable numbering); unnumbered requests give no
  items, only `request_text`;
* the response is the authority's final substantive reply: the last incoming
  message that is not an acknowledgement, a holding reply, a request for
  clarification or a delivery receipt (after an internal review, the review's
  outcome); `responded_date` is that message's date;
* `received_date` is the date the authority says it received the request
  ("which we received on 01/08/2023"), else the date the request was sent;
* the reference is the first one the authority prints ("Our reference:
  4011595", "Reference – FOI / 898296"), quoted subject lines included;
* exemptions are those the final reply cites, leaving out sentences that quote
  the request (a requester's "if this exceeds the cost limit in section 12 …").
"""

from __future__ import annotations

import re

from parsers.dates import parse_date, within_deadline, working_days
from parsers.extract.model import Extracted, TextBlock
from parsers.foi.classify import _outcome, classify_answer, exemption_label, find_exemptions
from parsers.foi.meta_patterns import _RE_RECEIVED_PROSE
from parsers.foi.patterns import normalise
from parsers.foi.segment import _Segmenter
from parsers.foi.units import _units
from parsers.privacy import find_names, mask_personal
from parsers.records import FoiExemption, FoiItem, FoiResponse

_I = re.IGNORECASE

_RE_HOLDING = re.compile(
    r"has\s+(?:now\s+)?been\s+logged|we\s+are\s+currently\s+processing\s+your\s+request|"
    r"aim\s+to\s+send\s+you\s+a\s+response|must\s+respond\s+to\s+you\s+within|"
    r"we\s+are\s+(?:actively\s+)?working\s+on\s+your\s+request|"
    r"apologi[sz]e\s+for\s+not\s+meeting\s+the\s+deadline|"
    r"(?:would\s+like\s+to\s+)?ask\s+you\s+for\s+clarification|send\s+receipt|"
    r"find\s+again\s+below\s+the\s+acknowledg|acknowledge\s+(?:receipt|your\s+request)|"
    r"(?:should|will)\s+expect\s+to\s+(?:receive|hear)|we\s+will\s+(?:respond|reply)\s+(?:to\s+you\s+)?"
    r"(?:by|within)|delivery\s+(?:status\s+)?notification|automatic\s+reply|out\s+of\s+(?:the\s+)?office",
    _I,
)
_RE_THREAD_REF = re.compile(
    r"\b(?:our\s+)?ref(?:erence)?(?:\s+(?:no|number))?\.?\s*[:\-–]?\s*"
    r"((?:[A-Z]{2,6}\s*/\s*|[A-Z]{2,6}[\s\-]?)?\d[\d/\-]{2,})",
    _I,
)
_RE_SIGNOFF_LINE = re.compile(
    r"^\s*(?:yours\s+(?:faithfully|sincerely)|kind\s+regards|regards)", _I
)


def _holding(text: str) -> bool:
    return bool(_RE_HOLDING.search(normalise(text)))


def _reference(messages) -> str | None:
    for m in messages:
        if m.direction != "incoming":
            continue
        for match in _RE_THREAD_REF.finditer(m.full_text or m.text):
            ref = normalise(match.group(1)).rstrip("/-")
            if re.search(r"\d{3}", ref):
                return ref
    return None


def _body(text: str) -> str:
    """A message without its sign-off and what follows it."""
    out: list[str] = []
    for line in text.split("\n"):
        if _RE_SIGNOFF_LINE.match(line):
            break
        out.append(line)
    return "\n".join(out).strip()


def _request_items(text: str) -> list[tuple[str, str]]:
    """(label, question) for each labelled question of the request."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) < 2:
        paragraphs = [ln for ln in text.split("\n") if ln.strip()]
    doc = Extracted(items=[TextBlock(text=p.strip()) for p in paragraphs], format="text")
    seg = _Segmenter(_units(doc), has_markers=False)
    seg.run()
    found = [(q.label, normalise(" ".join(q.parts))) for q in seg.items if q.label and q.parts]
    labels = [label for label, _ in found]
    if len(found) < 2 or len(set(labels)) != len(labels):
        return []
    return found


def _cited(reply: str, request: str) -> list[tuple[str, str]]:
    """Exemptions cited in the reply, not counting sentences quoted from the request."""
    asked = normalise(request).lower()
    kept = [
        s
        for s in re.split(r"(?<=[.;])\s+", normalise(reply))
        if not (len(s) > 30 and s.lower().rstrip(". ")[:80] in asked)
    ]
    found = find_exemptions(" ".join(kept))
    return [
        (law, sec)
        for law, sec in found
        if "(" in sec or not any(o[0] == law and o[1].startswith(sec + "(") for o in found)
    ]


def parse_thread(doc: Extracted) -> tuple[FoiResponse, list[str]]:
    warnings: list[str] = []
    messages = doc.messages
    outgoing = [m for m in messages if m.direction == "outgoing"]
    incoming = [m for m in messages if m.direction == "incoming"]
    request = outgoing[0] if outgoing else None
    request_text = _body(request.text) if request else ""
    substantive = [m for m in incoming if m.text and not _holding(m.text)]
    final = substantive[-1] if substantive else None

    received = None
    for m in incoming:
        match = _RE_RECEIVED_PROSE.search(normalise(m.text))
        if match:
            received = parse_date(match.group(1))
            if received:
                break
    if received is None and request is not None:
        received = request.date

    resp = FoiResponse(
        reference=_reference(messages),
        title=doc.title,
        received_date=received,
        responded_date=final.date if final else None,
    )
    if resp.received_date and resp.responded_date and resp.responded_date < resp.received_date:
        warnings.append("final reply dated before the request; ignored")
        resp.responded_date = None
    resp.working_days = working_days(resp.received_date, resp.responded_date)
    resp.within_deadline = within_deadline(resp.working_days)

    # the authority's replies greet the requester by name ("Dear A Requester")
    names = find_names("\n".join(m.text[:5000] for m in messages))
    for m in outgoing:
        if m.author and m.author not in names:
            names.append(m.author)
    reply = _body(final.text) if final else ""
    for seq, (label, question) in enumerate(_request_items(request_text), start=1):
        resp.items.append(
            FoiItem(
                seq=seq,
                label=label,
                question=mask_personal(question, names) or "",
                answer=None,
                answer_kind=classify_answer(None),
            )
        )
    for law, section in _cited(reply, request_text):
        resp.exemptions.append(FoiExemption(law, section, exemption_label(law, section)))
    resp.request_text = normalise(mask_personal(request_text, names)) or None
    resp.response_text = normalise(mask_personal(reply, names)) or None
    resp.outcome = _outcome([], normalise(reply), resp.exemptions)
    if final is None:
        warnings.append("no substantive reply from the authority in the thread")
    if resp.reference is None:
        warnings.append("no reference found")
    return resp, warnings
