"""An answer quoting a provision (since set AA's learning): a withheld answer cites the
section it applies in a lead sentence ending with a colon or a dash, then prints the
provision's wording as it stands in the Act, each subsection on a line of its own
opening with its bracketed number or letter ('(1) …', '(a) …', '(b) …'), and then
goes on in its own voice.

Read by layout, not by the Act's words: a run of lines each opening with a bracketed
subsection marker, straight after a line that introduces it (ends with a colon or a
dash), is a quotation inside the answer that introduced it:

* where the lead cites a section, the sections the quoted wording mentions ('… by
  virtue of section 30 …') are the Act's cross-references, not sections the answer
  applies: the applied section is the one the lead names (`applied_text`, used by parsers.foi.parse for the exemptions);
* the quoted lines, legal wording off the questions' subject, look to the block
  labeller like the letter's closing; a stop that falls inside the run moves past it,
  and past the one line after it that resumes the answer where the closing the rules
  found by structure (parsers.foi.tail) begins right after that line
  (`past_quoted_provision`, used by parsers.foi.passes.segment_labelled).
"""

from __future__ import annotations

import re

from parsers.foi.classify import find_exemptions
from parsers.foi.patterns import normalise
from parsers.foi.segment import _Q
from parsers.foi.units import _Unit

# a subsection's bracketed marker opening a line: '(1)', '(2A)', '(a)', '(iv)'
_RE_SUBSECTION = re.compile(r"^\s*\((?:\d{1,2}[A-Z]?|[a-z]{1,2}|[ivx]{1,5})\)\s+\S")
# what introduces a quotation or a list: a colon or a dash closing the line
_INTRODUCING = (":", "—", "–", "-")


def opens_subsection(text: str) -> bool:
    """The line opens with a bracketed subsection marker."""
    return bool(_RE_SUBSECTION.match(text))


def introduces(text: str) -> bool:
    """The line ends with a colon or a dash: what follows completes it."""
    return normalise(text).endswith(_INTRODUCING)


def provision_runs(texts: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of subsection lines that an introducing line heads
    (end exclusive). Runs of at least two lines: one bracketed line is no layout."""
    runs: list[tuple[int, int]] = []
    k = 1
    while k < len(texts):
        if opens_subsection(texts[k]) and introduces(texts[k - 1]):
            end = k
            while end < len(texts) and opens_subsection(texts[end]):
                end += 1
            if end - k >= 2:
                runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def quoted_lines(units: list[_Unit]) -> list[str]:
    """The (normalised) lines of every provision quoted in the letter: the runs whose
    introducing line cites a section itself (a lettered list after 'The figures
    are:' is the answer's own, and so are the sections it cites)."""
    texts = [u.text if u.table is None else "" for u in units]
    runs = [(a, b) for a, b in provision_runs(texts) if find_exemptions(texts[a - 1])]
    return [normalise(texts[k]) for a, b in runs for k in range(a, b)]


def applied_text(answer: str, quoted: list[str]) -> str:
    """An answer's text less the provision lines it quotes: what cites the sections
    the answer applies (the caller keeps the quoted lines where nothing else cites)."""
    for line in quoted:
        if line:
            answer = answer.replace(line, " ")
    return normalise(answer)


def past_quoted_provision(
    units: list[_Unit], qs: list[_Q], stop: int | None, tail: int | None
) -> int | None:
    """The labeller's stop, moved past a quoted provision it falls inside, where the
    rules read the run in the last answer (see the docstring)."""
    if stop is None or not qs or stop >= len(units):
        return stop
    texts = [u.text if u.table is None else "" for u in units]
    last = normalise(" ".join(qs[-1].answer))
    for a, b in provision_runs(texts):
        if not a <= stop < b or normalise(texts[a]) not in last:
            continue
        # the line after the quotation resumes the answer when the closing the
        # rules found by structure begins right after it
        if tail == b + 1 and b < len(texts) and texts[b] and normalise(texts[b]) in last:
            return tail
        return b
    return stop
