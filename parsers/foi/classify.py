"""Exemptions cited, answer kinds and the request's outcome. Part of the FOI parser (parsers.foi.parse)."""

from __future__ import annotations

import re

from parsers.foi.citations import canonical_citations
from parsers.foi.classify_patterns import (
    _EXEMPT_CONTEXT,
    _FOIA_SECTIONS,
    _OTHER_ACTS,
    _RE_DELIBERATING,
    _RE_NA,
    _RE_NO,
    _RE_NOT_HELD,
    _RE_NUMBER,
    _RE_REGULATION,
    _RE_SECTION_REF,
    _RE_YES,
    EXEMPTION_LABELS,
    PARAGRAPH,
)
from parsers.foi.patterns import _I, normalise
from parsers.records import FoiExemption

# ---------------------------------------------------------------- classification


# the words bringing in the condition a section applies under, citing another part of
# the same section ("section 40(2) by virtue of section 40(3A)(a)", "… as the condition
# in section 40(3B) is met"): the condition is no exemption of its own
_RE_CONDITION = re.compile(
    r"\b(?:by\s+virtue\s+of|in\s+accordance\s+with|as\s+set\s+out\s+in|"
    r"(?:as|because|since)\s+the\s+condition\s+(?:in|at|of|under))\s*$",
    _I,
)


def find_exemptions(text: str) -> list[tuple[str, str]]:
    """(law, section) pairs that `text` cites as exemptions, in order."""
    found: list[tuple[str, str]] = []
    if not text:
        return found
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(])", text):
        # every usual form of a citation as "section N(M)"; other Acts' sections hidden
        sentence = canonical_citations(sentence)
        if not _EXEMPT_CONTEXT.search(sentence):
            continue
        foia_named = re.search(r"freedom\s+of\s+information|\bFOIA?\b|\bthe\s+act\b", sentence, _I)
        other_act = _OTHER_ACTS.search(sentence)
        numbers_cited: set[str] = set()
        for m in _RE_SECTION_REF.finditer(sentence):
            if _RE_DELIBERATING.search(sentence, 0, m.start()):
                continue  # (a section still being weighed is not yet applied)
            if m.group(1).upper() in numbers_cited and _RE_CONDITION.search(sentence[: m.start()]):
                continue  # (the condition the section applies under, no second exemption)
            numbers_cited.add(m.group(1).upper())
            window = sentence[m.end() : m.end() + 60]
            if _OTHER_ACTS.search(window) and not re.search(r"freedom\s+of", window, _I):
                continue
            if other_act and not foia_named:
                continue
            refs = [(m.group(1), m.group(2) or "")]
            for extra in re.finditer(
                r"(\d{1,2}A?)\s*((?:\(\s*\d\s*\))?" + PARAGRAPH + ")", m.group(3) or ""
            ):
                refs.append((extra.group(1), extra.group(2) or ""))
            for num, sub in refs:
                num = num.upper()
                if num not in _FOIA_SECTIONS:
                    continue
                sub = re.sub(r"\s+", "", sub).lower()
                # a subsection's letter suffix as printed: "40(5B)" (an Act's amended subsection)
                sub = re.sub(r"(?<=\(\d)[a-z](?=\))", lambda m: m.group(0).upper(), sub)
                section = num + sub  # as printed: "40(2)", "31(1)(a)"
                if ("FOIA", section) not in found:
                    found.append(("FOIA", section))
        for m in _RE_REGULATION.finditer(sentence):
            num = m.group(1)
            sub = re.sub(r"\s+", "", m.group(2) or "").lower()
            if num == "13":
                section = "13"
            elif sub.startswith("(4)"):
                letter = re.search(r"\(([a-e])\)", sub[3:])
                if not letter:
                    continue
                section = f"12(4)({letter.group(1)})"
            elif sub.startswith("(5)"):
                # the exception as printed: "12(5)(e)" (commercial confidentiality), or
                # "12(5)" where no paragraph is named
                letter = re.search(r"\(([a-g])\)", sub[3:])
                section = f"12(5)({letter.group(1)})" if letter else "12(5)"
            else:
                continue
            if ("EIR", section) not in found:
                found.append(("EIR", section))
    return found


def exemption_label(law: str, section: str) -> str | None:
    """The exemption's name: by the section as printed, else by its number."""
    label = EXEMPTION_LABELS.get((law, section))
    if label is None and law == "FOIA":
        label = EXEMPTION_LABELS.get((law, re.match(r"\d+A?", section).group(0)))
    if label is None and law == "EIR" and section.startswith("12(5)"):
        label = EXEMPTION_LABELS.get((law, "12(5)"))
    return label


def classify_answer(answer: str | None, has_table: bool = False, exempt: bool = False) -> str:
    """yes | no | not_applicable | not_held | exempt | number | text | table."""
    text = normalise(answer)
    if exempt:
        return "exempt"
    if has_table and len(text) < 200:
        return "table"
    if not text:
        return "table" if has_table else "text"
    if _RE_NA.match(text):
        return "not_applicable"
    if _RE_NOT_HELD.search(text[:400]):
        return "not_held"
    if _RE_YES.match(text):
        return "yes"
    if _RE_NO.match(text):
        return "no"
    if _RE_NUMBER.match(text):
        return "number"
    if has_table:
        return "table"
    return "text"


def _outcome(
    kinds: list[str], orphan_text: str, exemptions: list[FoiExemption], whole: bool = False
) -> str:
    if whole:
        return "refused"
    if not kinds:
        if not orphan_text:
            return "unknown"
        if exemptions and re.search(
            r"refus|exceed|not\s+(?:be\s+)?(?:able|provid)|exempt\s+from\s+disclosure|"
            r"withh[oe]ld",
            orphan_text,
            _I,
        ):
            return "refused"
        if _RE_NOT_HELD.search(orphan_text):
            return "not_held"
        return "disclosed"
    refused = sum(1 for k in kinds if k == "exempt")
    not_held = sum(1 for k in kinds if k == "not_held")
    given = len(kinds) - refused - not_held
    if refused == len(kinds):
        return "refused"
    if not_held == len(kinds):
        return "not_held"
    if given == 0:
        return "refused" if refused >= not_held else "not_held"
    # information not held for some questions is not a refusal: the rest was disclosed
    if refused:
        return "partially_disclosed"
    return "disclosed"
