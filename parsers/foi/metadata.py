"""An FOI letter's metadata: its reference, the dates the request was received and
answered, and its subject, read from the letter's first units (and the field tables
at its top: parsers.foi.field_tables), by labels ("Our ref:", "Date received:",
"Response sent:"), by prose ("We received your request on …"), by an e-mail's
header, by a reference named in a heading (parsers.foi.references), by the headers
of a page of messages (parsers.foi.message_headers), and, failing those, by a date
standing alone on the letterhead. Part of the FOI parser
(parsers.foi.parse); split out of parsers.foi.units (the units it reads) to keep
each module small.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.dates import DATE_PATTERN, parse_date
from parsers.foi.arrival_dates import arrival_over_written
from parsers.foi.date_fields import (
    field_dates,
    join_split_fields,
    letterhead_end,
    with_strip_fields,
)
from parsers.foi.date_prose import requester_dated
from parsers.foi.earlier_dates import current_date, earlier_date, follow_up_field
from parsers.foi.field_tables import field_lines, first_received, repeated_fields
from parsers.foi.message_headers import request_and_reply_dates
from parsers.foi.meta_patterns import (
    _RE_DATE_LINE,
    _RE_DATE_LINE_START,
    _RE_EMAIL_SENT,
    _RE_FORM_LABEL,
    _RE_ISSUE_LINE,
    _RE_OTHER_PARTYS_LABEL,
    _RE_RECEIVED,
    _RE_RECEIVED_ARRIVAL,
    _RE_RECEIVED_ON,
    _RE_RECEIVED_PROSE,
    _RE_REF_FREE,
    _RE_REF_LABELLED,
    _RE_RESPONDED,
    _RE_SUBJECT,
)
from parsers.foi.patterns import _I, _RE_REQUEST_HEADING, normalise
from parsers.foi.reference_fields import join_split_references
from parsers.foi.references import (
    code_in_title,
    designation,
    joined_prefix,
    reference_in_heading,
    without_kind_word,
)
from parsers.foi.units import _Unit
from parsers.foi.yearless_dates import yearless_received

_RE_DATE_START = re.compile(r"(?:the\s+)?" + DATE_PATTERN + r"(?!\w)", _I)
_RE_FROM = re.compile(r"^from\s*:\s*\S", _I)


def _clean_ref(value: str) -> str | None:
    """Keep the reference's own tokens: the first, then tokens with a digit,
    short capitalised codes ("FOI", "DPT") and joiners ("-", "/"); a numbered
    designation ("Req No. 24/0321") whole (parsers.foi.references)."""
    whole = designation(value)
    if whole is not None:
        return whole
    tokens = value.strip().split()
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        clean = tok.rstrip(".,;:")
        if (
            i == 0
            or re.search(r"\d", clean)
            or clean in ("-", "–", "/")
            or re.fullmatch(r"[A-Z]{2,6}", clean)
        ):
            kept.append(clean)
        else:
            break
        if clean != tok:  # punctuation ends the reference
            break
    while kept and not re.search(r"\d", kept[-1]):
        kept.pop()
    ref = " ".join(kept).strip().rstrip(".,;:-–")
    if not re.search(r"\d", ref) or len(ref) > 60:
        return None
    return ref


def _labelled_reference(t: str, form: bool = False) -> str | None:
    """The reference a label on line `t` gives ("Our ref: AB/123"). The requester's
    own field ("Your ref: none"), the regulator's case ("ICO ref: FS50…") and the
    request form's submission ("Form reference: 4471-B2") are skipped, and the line
    read on, as one line may hold both fields side by side; a numbered designation is
    kept whole (parsers.foi.references). With `form`, only the form's is read (the
    reference of a letter that prints none of its own)."""
    at = 0
    while (m := _RE_REF_LABELLED.search(t, at)) is not None:
        # "your FOI request of 3 March 2024" names a date, not a reference
        if _RE_DATE_START.match(t[m.start(1) :]):
            return None
        if re.match(r"your\s+ref", t[m.start() :], _I):
            return None
        before = t[: m.start()].rstrip()
        if form != bool(_RE_FORM_LABEL.search(before)):
            at = m.start(1)
            continue
        if before.lower().endswith("your") or _RE_OTHER_PARTYS_LABEL.search(before):
            # (the requester's or the regulator's file, not the trust's: read on past
            # its value, as the next label may lie within it)
            at = m.start(1)
            continue
        return designation(t[m.start(1) :]) or _clean_ref(m.group(1))
    return None


def _metadata(units: list[_Unit], warnings: list[str]) -> dict:
    meta: dict = {"reference": None, "received": None, "responded": None, "title": None}
    first_date_line = None
    prose_received = None
    # dates quoted from an earlier request or reply: used only when nothing else dates
    earlier: dict[str, date | None] = {"received": None, "responded": None}
    head = [u for u in units[:80] if u.table is None]
    # tables at the top of a letter often hold the reference and dates
    tabled: list[_Unit] = []
    for u in units[:30]:
        if u.table is not None:
            # a field table's cells as "name: value" lines (parsers.foi.field_tables),
            # and the earliest of a column of received dates (a round-robin's log)
            first = first_received(u.table.rows[:12])
            tabled += [_Unit(line) for line in ([first] if first else [])]
            tabled += [_Unit(line) for line in field_lines(u.table.rows[:12])]
            # (an export's fields, repeated on every row: parsers.foi.field_tables)
            tabled += [_Unit(line) for line in repeated_fields(u.table.rows[:12])]
            for row in u.table.rows[:12]:
                tabled.append(_Unit(normalise(" ".join(c for c in row if c))))
    head += tabled
    # (the units of those tables, by identity: their fields are the header's)
    from_table = {id(u) for u in tabled}
    # a label over its date, a strip of fields on one line (parsers.foi.date_fields);
    # a reference's label over its code (parsers.foi.reference_fields)
    head = with_strip_fields(join_split_references(join_split_fields(head)))
    letterhead = letterhead_end(head)
    date_unit = None
    # an e-mail's header ("From: …" among the first lines): its "Sent:" dates the reply
    email = any(_RE_FROM.match(u.text) for u in head[:8])
    # the letter's header: its letterhead and the field tables at its top, where a
    # field named for the original request or first reply records an earlier case's
    # dates, unless the header logs this request's own steps (parsers.foi.earlier_dates)
    # (a heading, or a line set whole in bold as PDFs print headings, is no field: a
    # dated heading over answers heads the request answered)
    header_at = [
        (ui < letterhead and u.style not in ("heading", "bold")) or id(u) in from_table
        for ui, u in enumerate(head)
    ]
    one_request = any(follow_up_field(u.text) for u, h in zip(head, header_at, strict=True) if h)
    for ui, u in enumerate(head):
        t = u.text
        # a field named by a bare verb ("Logged: …", "Closed: …") only on the letterhead
        # (or in a field table's lines)
        on_head = ui < letterhead or id(u) in from_table
        logged, closed = field_dates(t) if on_head else (None, None)
        header = header_at[ui] and not one_request
        if meta["reference"] is None:
            meta["reference"] = _labelled_reference(t)
        # (not a date quoted from an earlier request or reply, nor a period's start:
        # parsers.foi.earlier_dates)
        if meta["received"] is None:
            found = arrival_over_written(t) or current_date(
                _RE_RECEIVED, t, arrival=True, prose=False, header=header
            )
            found = found or logged
            if found:
                meta["received"] = parse_date(found)
        if prose_received is None:
            found = (
                # (the day it arrived, where the sentence dates the writing too:
                # parsers.foi.arrival_dates)
                arrival_over_written(t)
                or current_date(_RE_RECEIVED_PROSE, t, arrival=True)
                or current_date(_RE_RECEIVED_ON, t, arrival=True)
                or current_date(_RE_RECEIVED_ARRIVAL, t, arrival=True)
            )
            prose_received = parse_date(found) if found else requester_dated(t)
        for key, rxs in (
            ("received", (_RE_RECEIVED_PROSE, _RE_RECEIVED_ARRIVAL)),
            ("responded", (_RE_RESPONDED,)),
        ):
            if earlier[key] is None:
                quoted = next((q for rx in rxs if (q := earlier_date(rx, t, header))), None)
                earlier[key] = parse_date(quoted) if quoted else None
        if meta["responded"] is None:
            found = current_date(_RE_RESPONDED, t, header=header) or current_date(
                _RE_ISSUE_LINE, t.strip(), header=header
            )
            if found is None and email:
                m = _RE_EMAIL_SENT.match(t)
                found = m.group(1) if m else None
            if found or closed:
                meta["responded"] = parse_date(found or closed)
        if first_date_line is None and len(t) < 60:
            m = _RE_DATE_LINE.match(t)
            if m:
                first_date_line = parse_date(m.group(1))
                date_unit = ui
        if first_date_line is None:
            for line in u.lines or [t]:
                line = line.strip()
                m = _RE_DATE_LINE.match(line) or _RE_DATE_LINE_START.match(line)
                if m and len(line) < 80:
                    first_date_line = parse_date(m.group(1))
                    date_unit = ui
                    break
        if meta["title"] is None:
            m = _RE_SUBJECT.match(t)
            if m and len(m.group(1)) < 300:
                meta["title"] = m.group(1).strip()
    if meta["reference"] is None:
        code = reference_in_heading([u.text for u in head[:40]])
        meta["reference"] = _clean_ref(code) if code else None
    if meta["reference"] is None:
        # a code standing alone in the page's title heading
        code = code_in_title([u.text for u in head[:6] if u.style in ("heading", "bold")])
        meta["reference"] = _clean_ref(code) if code else None
    if meta["reference"] is None:
        for u in head[:40]:
            m = _RE_REF_FREE.search(u.text)
            if m:
                ref = _clean_ref(joined_prefix(u.text, m.start(1)) + m.group(1))
                if ref:
                    meta["reference"] = without_kind_word(ref)
                    break
    if meta["reference"] is None:
        # (the request form's submission reference, where the letter prints none)
        meta["reference"] = next(
            filter(None, (_labelled_reference(u.text, True) for u in head)), None
        )
    if meta["received"] is None and prose_received is not None:
        meta["received"] = prose_received
    # a page of messages: the request's header dates it, the trust's last message's
    # header the reply (parsers.foi.message_headers)
    asked, replied = request_and_reply_dates(units[:200])
    meta["received"] = meta["received"] or asked
    meta["responded"] = meta["responded"] or replied
    if meta["received"] is None:
        meta["received"] = earlier["received"]
    if (
        meta["received"] is None
        and meta["responded"] is None
        and first_date_line is not None
        and date_unit is not None
        and date_unit + 1 < len(head)
        and _RE_REQUEST_HEADING.match(head[date_unit + 1].text)
    ):
        # a form whose "Date:" field stands among the request's own fields
        # (Reference / Date / Request Description): the date of the request
        meta["received"] = first_date_line
        first_date_line = None
    if (
        meta["responded"] is None
        and first_date_line is not None
        and (meta["received"] is None or first_date_line >= meta["received"])
    ):
        meta["responded"] = first_date_line
    if meta["responded"] is None and earlier["responded"] is not None:
        meta["responded"] = earlier["responded"]
    if (
        meta["received"]
        and meta["responded"]
        and meta["responded"] < meta["received"]
        and first_date_line is not None
        and first_date_line >= meta["received"]
    ):
        # a labelled reply date before the receipt is another reply's: the letter's
        # own date line dates this one
        meta["responded"] = first_date_line
    if meta["received"] is None:
        # the day it arrived named without its year, in the reply's year
        # (parsers.foi.yearless_dates)
        meta["received"] = yearless_received([u.text for u in head], meta["responded"])
    if meta["received"] and meta["responded"] and meta["responded"] < meta["received"]:
        warnings.append(
            f"response date {meta['responded']} is before receipt {meta['received']}; ignored"
        )
        meta["responded"] = None
    return meta
