"""A disclosure published as an FAQ page (since 0.6.9): a contents list of the
questions, each question a heading with its answer beneath, and a navigation link
("Back to top", "Return to contents") after every answer. Read as the units the
segmenter knows, by the page's structure, not by its words:

- a contents list: a run of lines, each repeated later word for word as a heading
  (or an emphasised line), is the page's table of contents, not questions: dropped;
- navigation: a short line with no figures, no field's colon and no sentence's end,
  printed two times or more, each time after an answer's text and (but for the last
  time) just before the next question's heading (not an answer marker), is a link
  between sections, not part of an answer: dropped (a short answer repeated under several questions stands after its question, not
  after an answer's text, and stays); the link after the last answer ends it, so the
  page's text after it (review rights, re-use terms) is no answer even on a page that
  is not signed;
- in a letter with no question labels and no answer markers, headings that ask
  (emphasised lines too, on a page with a contents list or navigation links: printed
  from a browser, its headings are bold lines), each over plain text or a table, are
  questions with their answers beneath: at least two, never two asking headings
  together. Bold questions in a letter with no such page furniture are left to the
  block labeller's pairs (parsers.foi.label_pairs), which end the last answer at
  the closing.

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from parsers.foi.markers import answer_marker
from parsers.foi.patterns import _RE_ASKING, normalise
from parsers.foi.quoted import quoted_request
from parsers.foi.units import _label_of, _Unit

EMPHASIS = ("heading", "bold")
MIN_QUESTIONS = 2
MIN_CONTENTS = 2
NAV_MAX_WORDS = 4
_SENTENCE_END = (".", "?", "!", ":", ";")


def _key(u: _Unit) -> str:
    return normalise(u.text).casefold()


def _shown(u: _Unit) -> bool:
    """A heading, an emphasised line or a labelled one: where a section opens."""
    return u.table is None and (u.style in EMPHASIS or _label_of(u.text) is not None)


def _question_like(u: _Unit) -> bool:
    return u.table is None and (u.text.rstrip().endswith("?") or u.style in EMPHASIS)


def contents_dropped(units: list[_Unit]) -> list[_Unit]:
    """The units less a contents list (see the module's docstring)."""
    later_heads: dict[str, int] = {}
    for k, u in enumerate(units):
        if u.table is None and u.style in EMPHASIS:
            later_heads.setdefault(_key(u), k)
    drop: set[int] = set()
    k = 0
    while k < len(units):
        run = k
        while (
            run < len(units)
            and units[run].table is None
            and units[run].style not in EMPHASIS
            and later_heads.get(_key(units[run]), -1) > run
        ):
            run += 1
        if run - k >= MIN_CONTENTS:
            drop.update(range(k, run))
            k = run
        else:
            k += 1
    return [u for k, u in enumerate(units) if k not in drop]


def _nav_shape(u: _Unit) -> bool:
    t = u.text.strip()
    return (
        u.table is None
        and 1 <= len(t.split()) <= NAV_MAX_WORDS
        and not t.endswith(_SENTENCE_END)
        and ":" not in t  # a field ("Exemption: none"), not a link
        and not re.search(r"\d", t)
        and _label_of(t) is None
        and answer_marker(t) is None
    )


def navigation_dropped(units: list[_Unit]) -> list[_Unit]:
    """The units less navigation links between sections (see the module's docstring)."""
    counts = Counter(_key(u) for u in units if _nav_shape(u))
    drop: set[int] = set()
    last = -1
    for key, n in counts.items():
        if n < 2:
            continue
        at = [k for k, u in enumerate(units) if _nav_shape(u) and _key(u) == key]
        after_answers = all(k > 0 and not _question_like(units[k - 1]) for k in at)
        before_sections = all(
            k + 1 < len(units) and _shown(units[k + 1]) and answer_marker(units[k + 1].text) is None
            for k in at[:-1]
        )
        if after_answers and before_sections:
            drop.update(at)
            last = max(last, at[-1])
    # the link after the last answer ends it: what follows is the page's own text
    return [
        replace(u, ends_answers=True) if drop and k == last + 1 else u
        for k, u in enumerate(units)
        if k not in drop
    ]


def _unlabelled(units: list[_Unit]) -> bool:
    return not any(
        u.table is None and (_label_of(u.text) is not None or answer_marker(u.text) is not None)
        for u in units
    )


def heading_questions(units: list[_Unit], faq: bool) -> list[_Unit]:
    """Asking headings over their answers, as request and answer markers (see the
    module's docstring): headings proper, or on a page with a contents list or
    navigation links (`faq`) also emphasised lines, as a page printed from a browser
    draws its headings."""
    kinds = EMPHASIS if faq else ("heading",)
    heads = [k for k, u in enumerate(units) if u.table is None and u.style in kinds]
    # (a request quoted whole is read by parsers.foi.quoted, which takes its quotes off)
    asking = [
        k
        for k in heads
        if _RE_ASKING.match(units[k].text) and quoted_request(units[k].text) is None
    ]
    if (
        len(asking) < MIN_QUESTIONS
        or not _unlabelled(units)
        or any(b == a + 1 for a, b in pairwise(asking))
        or any(k + 1 >= len(units) or _shown(units[k + 1]) for k in asking)
    ):
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if k in asking:
            asked = f"Request: {u.text}"
            out += [
                replace(u, text=asked, lines=[asked]),
                replace(u, text="Answer:", lines=["Answer:"]),
            ]
        else:
            out.append(u)
    return out


def faq_units(units: list[_Unit]) -> list[_Unit]:
    """The units less an FAQ page's contents list and navigation links (see the
    module's docstring); its asking headings are read by `heading_questions`, after
    the other house styles (bulleted questions are read as such first)."""
    return navigation_dropped(contents_dropped(units))


def answers_end(units: list[_Unit]) -> int | None:
    """Where the page's own text begins after the last answer (marked when the
    navigation links were dropped), or None."""
    return next((k for k, u in enumerate(units) if u.ends_answers), None)
