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
