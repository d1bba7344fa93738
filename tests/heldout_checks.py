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


def old_modules(kind: str, sets: tuple[str, ...]) -> list:
    """The earlier sets' `foi_x` or `wres_x` modules, to check a new set's styles are new."""
    import importlib

    return [importlib.import_module(f"benchmarks.heldout_{s}.{kind}_{s}") for s in sets]


def assert_first_sight_covers(first_sight: dict, styles, layouts) -> None:
    """Every row the held-out scorer prints has its first-sight numbers."""
    tags = ("rules only", "labeller")
    expected = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    expected |= {f"FOI {t}, {f}" for t in tags for f in ("DOCX", "PDF", "HTML")}
    expected |= {f"FOI {t}, {s}" for t in tags for s in styles}
    expected |= {f"WRES, {layout.name}" for layout in layouts}
    expected |= {"WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    missing = expected - set(first_sight)
    assert not missing, sorted(missing)
    assert all(len(v) in (5, 6) for v in first_sight.values())
