"""The letter as a sequence of blocks with layout and wording features, for the
block labeller (parsers.foi.labeller).

A block is one unit of the FOI parser (parsers.foi.units: a paragraph, split
again where a line starts with a question label or a marker, or a table), so a
label given to a block is directly a decision about a unit of the segmenter.
Features (all strings, for a CRF):

* layout: page, first/last page, relative position in the letter, emphasis
  (bold/italic/heading/list from PDF fonts, DOCX runs and styles, HTML tags),
  the look (a colour or web page class other than the body text's),
  table, number of lines;
* shape: length, numbering (the label's kind), trailing punctuation, question
  mark, digits, e-mail/web address, capitalisation;
* place relative to the first question-like block and the last labelled one;
* wording: the generic closing and exemption vocabulary (parsers.foi.vocab),
  similarity to learned boilerplate (parsers.foi.boilerplate), salutation,
  the first word;
* the rules: what the rule segmenter made of the block (question, answer,
  marker, none), and the line tests it uses (request-like, answer-like, sign-off).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from parsers.foi.boilerplate import Boilerplate
from parsers.foi.markers import qa_mark
from parsers.foi.meta_patterns import _RE_META_KEY
from parsers.foi.patterns import _RE_ANSWER, _RE_REQUEST, _RE_SALUTATION, _RE_SIGNOFF, normalise
from parsers.foi.structure import Structure, structure_of
from parsers.foi.units import _RE_BARE, _label_of, _range_of, _Unit
from parsers.foi.vocab import closing_kinds, is_exemption_explanation

LABELS = (
    "letterhead",
    "salutation",
    "preamble",
    "question",
    "answer",
    "exemption_explanation",
    "closing",
    "footer",
)

_RE_PAGE = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*(?:/|of)\s*\d+|-\s*\d+\s*-)$", re.I)
_RE_CONTACT = re.compile(r"@|www\.|https?://|\.nhs\.uk|\b(?:tel|telephone|phone|fax)\b", re.I)
_RE_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


_STOPWORDS = {
    "this",
    "that",
    "with",
    "from",
    "have",
    "been",
    "were",
    "will",
    "your",
    "which",
    "their",
    "there",
    "these",
    "those",
    "they",
    "them",
    "what",
    "when",
    "where",
    "would",
    "could",
    "should",
    "shall",
    "about",
    "into",
    "than",
    "then",
    "also",
    "such",
    "each",
    "only",
}


@dataclass
class Block:
    """One unit of the letter with what the rules made of it."""

    text: str
    page: int
    style: str | None
    is_table: bool
    n_lines: int
    rule: str  # question | answer | marker | table | none (what the rule segmenter made of it)
    size: float | None = None  # font size relative to the body text (PDF)
    indent: float | None = None  # points from the page's leftmost line (PDF)
    look: str | None = None  # a font colour or a web page's class (parsers.foi.look_pairs)


def blocks_of(units: list[_Unit], rule_roles: list[str]) -> list[Block]:
    return [
        Block(
            text=u.text,
            page=u.page,
            style=u.style,
            is_table=u.table is not None,
            n_lines=len(u.lines) or 1,
            rule=role,
            size=u.size,
            indent=u.indent,
            look=u.look,
        )
        for u, role in zip(units, rule_roles, strict=True)
    ]


def rule_roles(units: list[_Unit], questions: list[str], answers: list[str]) -> list[str]:
    """What the rule segmenter did with each unit: the unit's text (or its label's
    rest) is part of a question, of an answer, or of neither."""
    qtext = " \n ".join(normalise(q) for q in questions)
    atext = " \n ".join(normalise(a) for a in answers)
    roles: list[str] = []
    for u in units:
        if u.table is not None:
            roles.append("table")
            continue
        probe = normalise(_body(u.text))[:80]
        if len(probe) >= 3 and probe in qtext:
            roles.append("question")
        elif len(probe) >= 3 and probe in atext:
            roles.append("answer")
        elif (_RE_ANSWER.match(u.text) and len(u.text) < 40) or _RE_BARE.match(u.text):
            roles.append("marker")  # "Response:", or a bare "2." starting a numbered answer
        else:
            roles.append("none")
    return roles


def _body(text: str) -> str:
    """The text after a question label, a range label ("1 – 3:") or an answer marker."""
    m = _RE_ANSWER.match(text)
    if m and (":" in text[:40] or len(text) < 30) and m.group(1):
        return m.group(1)
    lab = _label_of(text)
    if lab is not None and lab.rest:
        return lab.rest
    rng = _range_of(text)
    if rng is not None and rng[1]:
        return rng[1]
    mark = qa_mark(text)  # "Q. …" / "A. …" (markers only when paired: then in a q or an a)
    return mark[1] if mark is not None else text


def _bucket(n: float, edges: tuple[float, ...]) -> str:
    for i, e in enumerate(edges):
        if n <= e:
            return str(i)
    return str(len(edges))


def block_features(
    blocks: list[Block], pages: int, boilerplate: Boilerplate
) -> list[dict[str, float | str]]:
    """One feature dict per block (CRF items), with a little of the neighbours'."""
    n = len(blocks)
    first_q = next(
        (i for i, b in enumerate(blocks) if b.rule == "question" or b.text.endswith("?")), n
    )
    salute = next((i for i, b in enumerate(blocks) if _RE_SALUTATION.match(b.text)), -1)
    counts: dict[str, int] = {}  # pages a text is printed on (running heads and feet)
    seen: set[tuple[str, int]] = set()
    for b in blocks:
        if (b.text, b.page) not in seen:
            seen.add((b.text, b.page))
            counts[b.text] = counts.get(b.text, 0) + 1
    own = [_own(b, i, n, pages, first_q, salute, counts, boilerplate) for i, b in enumerate(blocks)]
    for f, st in zip(own, structure_of(blocks), strict=True):
        f.update(structural_features(st))
    # a letter that sets its questions apart by type (bold, italic, a heading
    # style) prints its answers in another: whether a block looks like the first
    # question tells a request without a "?" from the plain reply under it
    q_style = blocks[first_q].style if first_q < n and not blocks[first_q].is_table else None
    if q_style:
        for f, b in zip(own, blocks, strict=True):
            if not b.is_table and b.text:
                f["q_style"] = "same" if b.style == q_style else "diff"
    # a letter that marks its answers by colour (or a page by class) sets them in a
    # look other than its body text's: "marked" where a block's look is not the
    # letter's commonest
    looks = [b.look for b in blocks if not b.is_table and b.text]
    if len(set(looks)) > 1:
        body = Counter(looks).most_common(1)[0][0]  # ties: the first seen, in any run
        for f, b in zip(own, blocks, strict=True):
            if not b.is_table and b.text:
                f["look"] = "body" if b.look == body else "marked"
    feats: list[dict[str, float | str]] = []
    for i, f in enumerate(own):
        d: dict[str, float | str] = dict(f)
        for off in (-1, 1):
            j = i + off
            if 0 <= j < n:
                for key in (
                    "rule",
                    "closing",
                    "exexpl",
                    "rule+closing",
                    "bp",
                    "label",
                    "style",
                    "q_style",
                    "look",
                    "q?",
                    "salute",
                    "rel",
                    "reader",
                    "notans",
                ):
                    if key in own[j]:
                        d[f"{off}:{key}"] = own[j][key]
            else:
                d[f"{off}:edge"] = 1.0
        feats.append(d)
    return feats


def structural_features(st: Structure) -> dict[str, float | str]:
    """The block's structural evidence (parsers.foi.structure) as CRF features:
    style, not phrases, so they carry over to closing wording never seen."""
    f: dict[str, float | str] = {
        "rel": "none" if st.relevance is None else _bucket(st.relevance, (0.0, 0.1, 0.25, 0.5)),
        "2p": _bucket(st.second_person, (0.0, 0.03, 0.08)),
        "modal": _bucket(st.modal, (0.0, 0.04, 0.1)),
        "to_end": _bucket(st.to_end, (0, 1, 2, 4, 7)),
        "since_q": "none" if st.since_q is None else _bucket(st.since_q, (0, 1, 2, 3, 5)),
    }
    if st.reader_open:
        f["reader"] = 1.0
    if st.contact:
        f["contacts"] = _bucket(st.contact, (1,))
    if st.answered_all:
        f["answered"] = 1.0
    if st.layout_change:
        f["lay_change"] = 1.0
    if st.not_an_answer():
        f["notans"] = 1.0
    return f


def _own(
    b: Block,
    i: int,
    n: int,
    pages: int,
    first_q: int,
    salute: int,
    counts: dict[str, int],
    boilerplate: Boilerplate,
) -> dict[str, float | str]:
    t = b.text
    f: dict[str, float | str] = {"bias": 1.0, "rule": b.rule}
    f["pos"] = _bucket(i / max(n - 1, 1), (0.1, 0.25, 0.5, 0.75, 0.9))
    f["page"] = "first" if b.page <= 1 else ("last" if b.page >= pages else "mid")
    f["vs_q"] = "before" if i < first_q else ("at" if i == first_q else "after")
    f["vs_salute"] = "before" if salute >= 0 and i < salute else "after"
    if b.is_table:
        f["table"] = 1.0
        return f
    f["style"] = b.style or "plain"
    if b.size is not None:  # small print (footers, notices) or a larger heading
        f["size"] = "small" if b.size < 0.92 else ("large" if b.size > 1.1 else "body")
    if b.indent is not None:
        f["indent"] = _bucket(b.indent, (2.0, 15.0, 40.0))
    f["lines"] = _bucket(b.n_lines, (1, 2, 4, 8))
    words = t.split()
    f["len"] = _bucket(len(words), (2, 5, 10, 20, 40, 80))
    f["end"] = t[-1] if t and t[-1] in ".?:;,!)" else ("alnum" if t and t[-1].isalnum() else "x")
    if t.endswith("?"):
        f["q?"] = 1.0
    if "?" in t:
        f["has?"] = 1.0
    lab = _label_of(t)
    if lab is not None:
        f["label"] = lab.kind
    elif _range_of(t) is not None:
        f["label"] = "range"
    if _RE_ANSWER.match(t) and (":" in t[:40] or len(t) < 30):
        f["marker"] = "answer"
    elif _RE_REQUEST.match(t) and (":" in t[:40] or len(t) < 30):
        f["marker"] = "request"
    if _RE_META_KEY.match(t):
        f["meta"] = 1.0
    if _RE_SIGNOFF.match(t):
        f["signoff"] = 1.0
    if _RE_SALUTATION.match(t):
        f["salute"] = 1.0
    for kind in closing_kinds(t):
        f["closing"] = kind
        f[f"closing={kind}"] = 1.0
    if is_exemption_explanation(t):
        f["exexpl"] = 1.0
    if "closing" in f or "exexpl" in f or "signoff" in f:
        # closing wording where the rules kept reading an answer: the case to override
        f["rule+closing"] = b.rule
    if _RE_CONTACT.search(t):
        f["contact"] = 1.0
    if _RE_POSTCODE.search(t):
        f["postcode"] = 1.0
    if _RE_PAGE.match(t):
        f["pageno"] = 1.0
    if counts.get(t, 0) >= 2 and len(t) < 120:
        f["repeats"] = 1.0
    digits = sum(c.isdigit() for c in t)
    f["digits"] = _bucket(digits / max(len(t), 1), (0.0, 0.05, 0.2, 0.5))
    if t[:1].isupper() and t.isupper() and len(t) > 3:
        f["caps"] = 1.0
    sim = boilerplate.similarity(t)
    f["bp"] = _bucket(sim, (0.0, 0.3, 0.7))
    first = re.sub(r"[^a-z]", "", (lab.rest if lab else t).split(" ", 1)[0].lower())[:12]
    if first:
        f["w0=" + first] = 1.0
    # the block's words (the first few dozen): closings share vocabulary even when
    # their sentences differ ("regards", "copyright", "commissioner", "survey")
    for w in set(re.findall(r"[a-z]{4,}", t[:300].lower())) - _STOPWORDS:
        f["w=" + w] = 0.5
    return f
