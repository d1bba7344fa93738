"""What the WRES class tests (tests/test_wres_*_classes.py) share: truth rows in the
scorer's key, the blocks a test document is built from, and reading a rendering back
with an exact score (every figure found with its key, nothing else published)."""

from __future__ import annotations

from benchmarks.wres_heldout import render
from benchmarks.wres_score import KEY, score
from parsers.extract import extract
from parsers.extract.model import TextBlock
from parsers.wres.parse import parse_wres


def truth_row(ind, measure, sg, band, group, period, value) -> dict:
    """One published figure as the scorer keys it."""
    return dict(zip((*KEY, "value"), (ind, measure, sg, band, group, period, value), strict=True))


def percentage(ind: int, group: str, period: str, value: float) -> dict:
    return truth_row(ind, "percentage", None, None, group, period, value)


def likelihood(ind: int, group: str, period: str, value: float) -> dict:
    return truth_row(ind, "relative_likelihood", None, None, group, period, value)


def heading(text: str) -> TextBlock:
    return TextBlock(text=text, style="heading")


def para(text: str) -> TextBlock:
    return TextBlock(text=text)


def read_rendered(items, fmt):
    """`items` printed to `fmt` and read back as `parse-file` would: (report, warnings)."""
    data, filename = render(items, fmt)
    return parse_wres(extract(data, filename=filename))


def explain(scored) -> str:
    lines = [f"missing {tuple(t[k] for k in KEY)} {t['value']}" for t in scored["missing"]]
    lines += [f"extra {tuple(getattr(m, k) for k in KEY)} {m.value}" for m in scored["extra"]]
    return "\n".join(lines)


def assert_exact(report, truth) -> None:
    """Every truth figure is in the report with its key, and nothing else is."""
    scored = score(report.metrics, truth)
    assert scored["matched"] == len(truth) and not scored["extra"], explain(scored)


def read_exactly(items, truth, fmt):
    """Read the rendering and assert every truth figure is found and nothing else."""
    report, warnings = read_rendered(items, fmt)
    assert_exact(report, truth)
    return report, warnings
