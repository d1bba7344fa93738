"""A question set as a bold run opening its paragraph, its answer carrying on in
plain type in the same paragraph, no label or separator between them (since set R):

    **Does the Trust run a staff bus?** Yes, between its two sites every half hour.
    2. **How many beds are on Ward 9?** There are 28 beds …

Read by the change of face, not by the words: extraction keeps a paragraph's one
bold stretch beside its text (parsers.extract.bold_runs: DOCX runs, HTML <strong>
/ <b>, PDF characters' font names). Where the paragraph opens with that stretch
(after at most a question label) and the stretch asks (ends in "?" or reads as a
request, parsers.foi.line_kinds) and plain text follows it, the paragraph is split at
the face change into the question (bold, with its label) and the answer (plain),
as a letter printing them as paragraphs of their own would: the passes that read
questions by their face (parsers.foi.emphasis_pairs) or labels then read them. At
least two such paragraphs in a letter, so that one bold opening of a sentence is no
question. Part of the FOI parser; called by parsers.foi.units._units on the
extracted items before they become units.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.extract.model import TextBlock
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import normalise
from parsers.foi.units import _label_of

MIN_LEADS = 2


def _asks(text: str) -> bool:
    """The run asks: a question, or a request put as one ("Please list …"), read past
    a label the run opens with ("3. Please list …": the label is no wording)."""
    lab = _label_of(text)
    body = lab.rest if lab is not None and lab.rest else text
    return _question_like(body) or _request_like(body)


def bold_lead(block: TextBlock) -> tuple[str, str] | None:
    """(question with its label, answer) of a paragraph opened by a bold asking run
    before plain text, else None."""
    run = normalise(block.bold_run or "")
    text = normalise(block.text)
    if not run or not _asks(run):
        return None
    at = text.find(run)
    if at < 0:
        return None
    head, rest = text[:at].strip(), text[at + len(run) :].strip()
    lab = _label_of(f"{head} {run}") if head else None
    if head and (lab is None or normalise(lab.rest) != run):
        return None  # words before the bold run other than a label: it opens no paragraph
    if not rest:
        return None
    return f"{head} {run}".strip(), rest


def bold_lead_items(items: list) -> list:
    """The extracted items with each paragraph opened by a bold asking run split in
    two at the face change (see the docstring); unchanged with fewer than MIN_LEADS."""
    leads = {
        k: found
        for k, b in enumerate(items)
        if isinstance(b, TextBlock) and (found := bold_lead(b)) is not None
    }
    if len(leads) < MIN_LEADS:
        return items
    out: list = []
    for k, b in enumerate(items):
        if k not in leads:
            out.append(b)
            continue
        question, answer = leads[k]
        # (both halves keep the paragraph's typeface: a bold face is its family's,
        # parsers.extract.fonts)
        out.append(replace(b, text=question, style="bold", bold_run=None))
        out.append(replace(b, text=answer, style=None, bold_run=None))
    return out
