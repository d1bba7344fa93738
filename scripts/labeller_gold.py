"""Labels for the FOI block labeller's training letters, derived from hand-checked
truth: a letter's blocks are aligned to its truth's questions and answers, and the
rest labelled by position (letterhead, salutation and preamble before the first
item; closing, exemption explanation and footer after the last). Used by
scripts/train_foi_labeller.py for corpus and synthetic letters and by
scripts/labeller_heldout.py for the held-out sets' letters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from benchmarks.foi_score import norm
from parsers.extract.model import Extracted
from parsers.foi.blocks import Block, blocks_of, rule_roles
from parsers.foi.meta_patterns import _RE_META_KEY
from parsers.foi.passes import segment as _segment
from parsers.foi.patterns import _RE_ANSWER, _RE_SIGNOFF
from parsers.foi.units import _label_of, _units
from parsers.foi.vocab import closing_kinds, is_exemption_explanation


@dataclass
class Sequence:
    """One letter as the labeller sees it: blocks, pages and gold labels."""

    name: str
    group: str  # the trust (or synthetic style)
    blocks: list[Block]
    pages: int
    gold: list[str]


def rule_blocks(doc: Extracted) -> tuple[list, list[Block]]:
    units = _units(doc)
    qs, _, general, _ = _segment(units)
    answers = [*general, *(" ".join(q.answer) for q in qs)]
    roles = rule_roles(units, [" ".join(q.parts) for q in qs], answers)
    return units, blocks_of(units, roles)


def _probe(text: str) -> str:
    m = _RE_ANSWER.match(text)
    if m and (":" in text[:40] or len(text) < 30):
        return norm(m.group(1) or "")
    lab = _label_of(text)
    return norm(lab.rest if lab is not None and lab.rest else text)


def gold_from_truth(blocks: list[Block], truth: dict) -> list[str]:
    """Labels by aligning the truth's questions and answers to the blocks; the
    rest by position: letterhead/salutation/preamble before the first item,
    closing/exemption explanation/footer after the last."""
    qtext = " \n ".join(norm(i["question"]) for i in truth["items"])
    atext = " \n ".join(norm(i["answer"]) for i in truth["items"])
    n = len(blocks)
    aligned: list[str | None] = []
    for b in blocks:
        p = _probe(b.text)[:80]
        if b.is_table or len(p) < 3:
            aligned.append(None)
        elif p in qtext:
            aligned.append("question")
        elif p in atext:
            aligned.append("answer")
        else:
            aligned.append(None)
    idx = [i for i, a in enumerate(aligned) if a]
    first, last = (idx[0], idx[-1]) if idx else (n, -1)
    if not idx:  # a covering letter: closing from the first sign-off
        last = -1
        first = next((i for i, b in enumerate(blocks) if _closing_text(b.text)), n)
    salute = next(
        (i for i, b in enumerate(blocks[:first]) if re.match(r"^dear\b", b.text, re.I)), -1
    )
    answers_end = last + 1
    if any(i["answer"] is None for i in truth["items"]):
        # the truth does not give a table answer's text: it runs to the closing
        answers_end = next((j for j in range(last + 1, n) if _closing_text(blocks[j].text)), n)
    pages_of: dict[str, set[int]] = {}
    for b in blocks:
        pages_of.setdefault(b.text, set()).add(b.page)
    gold: list[str] = []
    for i, b in enumerate(blocks):
        furniture = len(pages_of[b.text]) >= 2 and len(b.text) < 120 and b.rule == "none"
        footer = furniture or re.match(r"^page \d", b.text, re.I)
        if aligned[i]:
            gold.append(aligned[i])
        elif footer and not b.is_table:
            gold.append("footer")
        elif i < first:
            if i == salute:
                gold.append("salutation")
            elif i < salute or (salute < 0 and _RE_META_KEY.match(b.text)):
                gold.append("letterhead")
            else:
                gold.append("preamble")
        elif i > last and (idx or i >= first) and i < answers_end:
            gold.append("answer")  # a table answer (truth "answer": null) and its notes
        elif i > last and (idx or i >= first):
            gold.append(
                "exemption_explanation"
                if is_exemption_explanation(b.text) and not _closing_text(b.text)
                else "closing"
            )
        else:  # between items: the next aligned block's part (a heading, a marker)
            nxt = next((aligned[j] for j in range(i + 1, n) if aligned[j]), "answer")
            gold.append("answer" if b.is_table else nxt)
    return gold


def _closing_text(text: str) -> bool:
    return bool(_RE_SIGNOFF.match(text) or closing_kinds(text))
