"""Checks shared by the held-out sets' own tests (tests/test_heldout_<x>.py): that a
rendering prints what its truth says, and that a set is new (styles, trusts, wordings,
layouts) and has its first-sight numbers. They test the set, not the parser. A new
set's test uses these and keeps only its own particular checks."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Collection, Sequence
from types import ModuleType
from typing import Any


def norm(text: str) -> str:
    """Whitespace collapsed, no-break spaces and bullet glyphs as spaces."""
    text = text.replace("\u00a0", " ").replace("•", " ")
    return re.sub(r"\s+", " ", text).strip()


def words_in(piece: str, text: str) -> bool:
    """Every word of `piece` in `text`, in order (a PDF may wrap a long line)."""
    pos = 0
    for word in norm(piece).split():
        pos = text.find(word, pos)
        if pos < 0:
            return False
        pos += len(word)
    return True


def assert_figures_printed(truth: list[dict], text: str) -> None:
    """Every truth figure printed as the layouts print it (ratios to 2 places, else 1),
    with no digit either side (sets D to G; H on use `figure_printed`)."""
    for fig in truth:
        printed = f"{fig['value']:.2f}" if fig["measure"] == "relative_likelihood" else None
        printed = printed or f"{fig['value']:.1f}"
        assert re.search(rf"(?<![\d.]){re.escape(printed)}(?![\d])", text), (fig, printed)


# --- the set checks each held-out set's test repeats (sets D..K; new sets use them) ---

SETS = (*"defghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj")
"""The held-out sets' letters, in the order they were written."""


def earlier_sets(kind: str, before: str) -> list[ModuleType]:
    """The modules of every held-out set before `before`, oldest first: `kind` "foi"
    gives `benchmarks.heldout_d.foi_d`, ..., "wres" the `wres_<x>` modules and
    "foi_text" the `foi_<x>_text` ones."""
    head, _, tail = kind.partition("_")
    names = [f"{head}_{s}" + (f"_{tail}" if tail else "") for s in SETS[: SETS.index(before)]]
    return [
        importlib.import_module(f"benchmarks.heldout_{s}.{name}")
        for s, name in zip(SETS, names, strict=False)
    ]


class Renderings:
    """A set's renderings and their extracted text, each made once (the FOI and the
    figure checks share them). `kind` is "foi" (an index into `letters`) or "wres" (an
    index into `layouts`); FOI pages are titled with the trust, WRES pages with the
    site (or, for set D, `wres_title="title"`, the layout's title)."""

    def __init__(
        self,
        render: Callable[..., tuple[bytes, str]],
        letters: Sequence[Any],
        layouts: Sequence[Any],
        wres_title: str = "site",
    ) -> None:
        self._render = render
        self.letters = letters
        self.layouts = layouts
        self._wres_title = wres_title
        self._data: dict[tuple[str, int, str], bytes] = {}
        self._text: dict[tuple[str, int, str], str] = {}

    def rendered(self, kind: str, index: int, fmt: str) -> bytes:
        """The bytes of one rendering."""
        key = (kind, index, fmt)
        if key not in self._data:
            if kind == "foi":
                doc = self.letters[index]
                title = site = doc.trust
            else:
                doc = self.layouts[index]
                title, site = getattr(doc, self._wres_title), doc.site
            self._data[key] = self._render(doc.blocks, fmt, title=title, site=site)[0]
        return self._data[key]

    def text(self, kind: str, index: int, fmt: str) -> str:
        """The extracted text of one rendering, whitespace collapsed; fails if
        extraction reads nothing from it."""
        key = (kind, index, fmt)
        if key not in self._text:
            from parsers.extract import extract

            got = extract(self.rendered(kind, index, fmt), filename=f"document.{fmt}")
            assert got.items, f"{kind} {index} {fmt}: nothing extracted"
            self._text[key] = norm(got.text)
        return self._text[key]


def check_foi_truth_printed(truth: dict, text: str, date_forms: Sequence[Any]) -> None:
    """Every part of a letter's truth is printed in its rendering `text`: each
    question, answer and label, the reference, both dates in one of the set's
    `date_forms`, and each exemption's section."""
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert words_in(item["question"], text), item["question"]
        assert words_in(item["answer"], text), item["answer"]
        if item["label"]:
            assert re.search(label_pattern(item["label"]), text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in date_forms), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"section {re.escape(ex['section'])}", text), ex


def foi_cases(letters: Sequence[Any]) -> list[tuple[int, str]]:
    """(index, format) for every DOCX and HTML rendering, and PDFs (slow to write) for
    the first letter of each trust of each style, which covers every layout variant;
    the benchmark reads them all."""
    return [
        (i, fmt)
        for i, letter in enumerate(letters)
        for fmt in letter.formats
        if fmt != "pdf" or letter.index < 2
    ]


def wres_cases(layouts: Sequence[Any]) -> list[tuple[int, str]]:
    """(index, format) for every rendering of every WRES layout."""
    return [(i, fmt) for i, layout in enumerate(layouts) for fmt in layout.formats]


def label_pattern(label: str) -> str:
    """A regex for a question label as printed: "Q1" may be printed "Q.1"; not inside
    a word, a date or a number."""
    m = re.fullmatch(r"([A-Za-z]+)(\d+)", label)
    body = rf"{m.group(1)}\.?{m.group(2)}" if m else re.escape(label)
    return rf"(?<![\w/.]){body}\b"


def printed_forms(fig: dict, whole: bool = False) -> list[str]:
    """How a truth figure is printed: ratios to 2 places, everything else to 1, and
    (`whole`) a whole-number percentage also as itself ("x in every 100")."""
    value = fig["value"]
    if fig["measure"] == "relative_likelihood":
        return [f"{value:.2f}"]
    return [f"{value:.1f}"] + ([f"{value:.0f}"] if whole and float(value).is_integer() else [])


def figure_printed(fig: dict, text: str, whole: bool = False) -> bool:
    """One of the figure's printed forms stands in `text` as a whole number: no digit
    or point before it, no digit (nor a point and a digit) after it."""
    return any(
        re.search(rf"(?<![\d.]){re.escape(p)}(?!\d|\.\d)", text) for p in printed_forms(fig, whole)
    )


def check_wres_layouts(
    layouts: Sequence[Any],
    earlier: Sequence[ModuleType],
    *,
    key: Sequence[str],
    measures: Collection[str] = ("percentage", "relative_likelihood"),
    groups: Collection[str] | None = None,
    titles: bool = True,
    formats: Collection[str] | None = None,
) -> None:
    """What every set's WRES layouts promise: names unique and in no earlier set
    (nor, with `titles`, their titles); each has a truth with no key twice, measures
    in `measures`, periods like 2023/24, groups in `groups` (if given) and exactly
    `formats` (if given)."""
    names = [layout.name for layout in layouts]
    assert len(set(names)) == len(names), names
    for old in earlier:
        assert not set(names) & {layout.name for layout in old.LAYOUTS}, old.__name__
        if titles:
            mine = {x.title for x in layouts}
            assert not mine & {layout.title for layout in old.LAYOUTS}, old.__name__
    for layout in layouts:
        assert layout.truth, layout.name
        if formats is not None:
            assert set(layout.formats) == set(formats), layout.name
        keys = [tuple(f[k] for k in key) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in measures, f
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f
            if groups is not None:
                assert f["ethnic_group"] in groups, f


def first_sight_rows(
    styles: Sequence[str],
    layouts: Sequence[Any],
    foi_formats: bool = False,
    wres_formats: bool = False,
) -> set[str]:
    """The rows a set's scorer prints: FOI (rules only and labeller) and WRES overall,
    each FOI style, each WRES layout, and (if the scorer prints them) each format."""
    tags = ("rules only", "labeller")
    rows = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    if foi_formats:
        rows |= {f"FOI {tag}, {f}" for tag in tags for f in ("DOCX", "PDF", "HTML")}
    rows |= {f"FOI {tag}, {s}" for tag in tags for s in styles}
    rows |= {f"WRES, {layout.name}" for layout in layouts}
    if wres_formats:
        rows |= {"WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    return rows


def check_first_sight(expected: set[str], first_sight: dict, *more: dict) -> None:
    """Every expected row has first-sight numbers in `first_sight`, and every row of it
    (and of each later record in `more`) holds 5 or 6 numbers."""
    assert expected <= set(first_sight), sorted(expected - set(first_sight))
    for recorded in (first_sight, *more):
        assert all(len(v) in (5, 6) for v in recorded.values())


def check_wordings_fresh(
    mine: set[str], topics: Sequence[Any], earlier: Sequence[ModuleType], letters: Sequence[Any]
) -> None:
    """A set's closings (and explanations) `mine` and its topics' questions are in no
    earlier set's text module (`earlier_sets("foi_text", ...)`): no closing and no
    question shared; and none of `mine` is inside a truth answer."""
    questions = {t.question for t in topics}
    for old in earlier:
        assert not mine & {t for ts in old.CLOSINGS.values() for t in ts}, old.__name__
        assert not questions & {t.question for t in old.TOPICS}, old.__name__
    check_in_no_answer(mine, letters)


def check_in_no_answer(phrases: Collection[str], letters: Sequence[Any]) -> None:
    """None of `phrases` (closings, explanations) is inside any letter's truth answer."""
    for letter in letters:
        for item in letter.truth["items"]:
            assert not any(t in item["answer"] for t in phrases), item["answer"]


def check_new_styles_and_trusts(
    foi: ModuleType, earlier: Sequence[ModuleType], letters: Sequence[Any], trusts: bool = True
) -> None:
    """Each of the set's styles is in no earlier set (nor the synthetic styles) and has
    two trusts; with `trusts`, no trust name is an earlier set's."""
    from scripts import foi_synthetic

    for old in (*earlier, foi_synthetic):
        assert not set(foi.STYLES) & set(old.STYLES), old.__name__
    if trusts:
        mine = trust_names(foi)
        for old in earlier:
            assert not mine & trust_names(old), old.__name__
    for style in foi.STYLES:
        assert len({letter.trust for letter in letters if letter.style == style}) == 2, style


def trust_names(foi: ModuleType) -> set[str]:
    """The names of the trusts a set's letters come from."""
    return {t[0] for ts in foi.TRUSTS.values() for t in ts}


def exemption_sections(letters: Sequence[Any]) -> set[str]:
    """The FOIA sections the set's truths cite."""
    return {e["section"] for letter in letters for e in letter.truth["exemptions"]}
