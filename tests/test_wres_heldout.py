"""The WRES reader on the held-out layouts of benchmarks/wres_heldout.py (issue #13,
failure class 5 and the region-word rule): documents written in code, in our own
words and figures, each rendered to HTML, PDF and DOCX. Every figure must be found
with its key, nothing else published."""

from __future__ import annotations

import pytest

from benchmarks.accuracy_wres import KEY, score
from benchmarks.wres_heldout import FORMATS, LAYOUTS, render
from parsers.extract import extract
from parsers.extract.model import Extracted, TextBlock
from parsers.wres import parse_wres


def _read(items, fmt):
    data, filename = render(items, fmt)
    report, warnings = parse_wres(extract(data, filename=filename))
    return report, warnings


def _explain(s) -> str:
    lines = [f"missing {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"]]
    lines += [f"extra {tuple(getattr(m, k) for k in KEY)} {m.value}" for m in s["extra"]]
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_region_word_in_a_trust_name_keeps_its_figures(fmt):
    items, truth = LAYOUTS["region word in a trust name"]
    report, _ = _read(items, fmt)
    s = score(report.metrics, truth)
    assert s["matched"] == len(truth) and not s["extra"], _explain(s)


def test_the_region_itself_is_still_a_comparator():
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2022"),
            TextBlock(
                text="In London, 44.0% of the NHS workforce were BME at 31 March 2022; "
                "in the North West the figure was 12.1%."
            ),
        ],
        format="text",
    )
    report, _ = parse_wres(doc)
    assert {m.value for m in report.metrics}.isdisjoint({44.0, 12.1})
