"""Set Y's question-numbering values: how each prints the n-th question's number and
the truth label it gives (the number or letter as printed without its punctuation;
None when the questions carry no number)."""

from __future__ import annotations

ROMAN = ("i", "ii", "iii", "iv", "v", "vi")

# value -> (printed form of question n, its label); "{n}" a number, "{a}" a letter,
# "{r}" a lower-case and "{R}" an upper-case roman numeral
NUMBERING: dict[str, tuple[str, str] | None] = {
    "'1.'": ("{n}.", "{n}"),
    "'1)'": ("{n})", "{n}"),
    "'(1)'": ("({n})", "{n}"),
    "'Q1.'": ("Q{n}.", "Q{n}"),
    "'Q1:'": ("Q{n}:", "Q{n}"),
    "'Question 1:'": ("Question {n}:", "{n}"),
    "'Question 1 -'": ("Question {n} -", "{n}"),
    "'a)'": ("{a})", "{a}"),
    "'(a)'": ("({a})", "{a}"),
    "'i)'": ("{r})", "{r}"),
    "'(i)'": ("({r})", "{r}"),
    "'I.'": ("{R}.", "{R}"),
    "'(I)'": ("({R})", "{R}"),
    "unnumbered, each question a paragraph of its own": None,
    "bullets": None,
    "Word/HTML auto-numbered list": ("", "{n}"),  # the list draws the number
}


def _fill(form: str, n: int) -> str:
    r = ROMAN[n - 1]
    return form.format(n=n, a="abcdef"[n - 1], r=r, R=r.upper())


def prefix_of(value: str, n: int) -> str:
    """What is printed before the n-th question's text ("" when nothing is)."""
    forms = NUMBERING[value]
    return _fill(forms[0], n) if forms else ""


def label_of(value: str, n: int) -> str | None:
    """The truth label of the n-th question."""
    forms = NUMBERING[value]
    return _fill(forms[1], n) if forms else None
