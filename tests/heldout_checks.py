"""Checks shared by the held-out sets' own tests (tests/test_heldout_d.py, _e, _f):
that a rendering prints what its truth says. They test the set, not the parser."""

from __future__ import annotations

import re


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
    """Every truth figure printed as the layouts print it (ratios to 2 places, else 1)."""
    for fig in truth:
        printed = f"{fig['value']:.2f}" if fig["measure"] == "relative_likelihood" else None
        printed = printed or f"{fig['value']:.1f}"
        assert re.search(rf"(?<![\d.]){re.escape(printed)}(?![\d])", text), (fig, printed)


def old_sets(kind: str, sets: tuple[str, ...]) -> list:
    """The FOI ("foi") or WRES ("wres") modules of earlier held-out sets."""
    import importlib

    return [importlib.import_module(f"benchmarks.heldout_{s}.{kind}_{s}") for s in sets]


def first_sight_rows(styles: list[str], layout_names: list[str]) -> set[str]:
    """Every row a held-out set's score.py prints, which FIRST_SIGHT must cover."""
    rows = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    rows |= {"WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    for tag in ("rules only", "labeller"):
        rows |= {f"FOI {tag}, {f}" for f in ("DOCX", "PDF", "HTML")}
        rows |= {f"FOI {tag}, {s}" for s in styles}
    return rows | {f"WRES, {name}" for name in layout_names}


def assert_foi_set_is_new(mod, text_mod, letters: list, sets: tuple[str, ...]) -> None:
    """A set's FOI half is its own: styles in no earlier set nor the synthetic styles,
    two trusts a style and none an earlier set's, questions and closings in no earlier
    set's words, no closing inside an answer, some unnumbered questions."""
    import importlib

    from scripts import foi_synthetic

    trusts = {t[0] for ts in mod.TRUSTS.values() for t in ts}
    assert len(trusts) == 2 * len(mod.STYLES)
    for old in (*old_sets("foi", sets), foi_synthetic):
        assert not set(mod.STYLES) & set(old.STYLES)
    for old in old_sets("foi", sets):
        assert not trusts & {t[0] for ts in old.TRUSTS.values() for t in ts}
    for style in mod.STYLES:
        assert len({x.trust for x in letters if x.style == style}) == 2, style
    mine = {t for ts in text_mod.CLOSINGS.values() for t in ts}
    for s in sets:
        old = importlib.import_module(f"benchmarks.heldout_{s}.foi_{s}_text")
        assert not mine & {t for ts in old.CLOSINGS.values() for t in ts}
        assert not {t.question for t in text_mod.TOPICS} & {t.question for t in old.TOPICS}
    answers = [item["answer"] for x in letters for item in x.truth["items"]]
    assert not any(t in a for t in mine for a in answers)
    assert any(i["label"] is None for x in letters for i in x.truth["items"]), "all numbered"


def foi_cases(letters: list) -> list[tuple[int, str]]:
    """Every DOCX and HTML rendering; PDFs for the first letter of each trust of each
    style, which covers every variant (the benchmark reads them all)."""
    return [
        (i, fmt)
        for i, letter in enumerate(letters)
        for fmt in letter.formats
        if fmt != "pdf" or letter.index < 2
    ]


def renderings(letters: list, layouts: list, render):
    """(rendered, text): a set's FOI ("foi") or WRES ("wres") document `index` rendered
    to `fmt`, and its extracted text with whitespace collapsed; both cached."""
    from functools import cache

    from parsers.extract import extract

    @cache
    def rendered(kind: str, index: int, fmt: str) -> bytes:
        doc = letters[index] if kind == "foi" else layouts[index]
        site = doc.trust if kind == "foi" else doc.site
        return render(doc.blocks, fmt, title=site, site=site)[0]

    @cache
    def text(kind: str, index: int, fmt: str) -> str:
        got = extract(rendered(kind, index, fmt), filename=f"document.{fmt}")
        assert got.items, f"{kind} {index} {fmt}: nothing extracted"
        return norm(got.text)

    return rendered, text
