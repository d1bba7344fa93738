"""The WRES parser against real trusts' WRES pages (../shared/corpus/wres/pages/*.txt):
mostly narrative, with figures in sentences. Each page's figures are typed by hand,
by reading the page, in tests/truth/wres/<page name>.json (an empty list where a page
states no figure of the trust: a contents page, a national summary).

Scored per document: a truth figure counts when the parser gives the same key
(indicator, measure, staff_group, band, ethnic_group, period) and the same value; a
parsed figure that matches nothing is a false positive, and "misattributed" when its
value is a truth figure's value for the same ethnic group under another key
(benchmarks/wres_score.py).
Skips when ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.wres_score import score
from parsers.extract import extract
from parsers.wres.parse import parse_wres

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "wres" / "pages"
TRUTH = Path(__file__).parent / "truth" / "wres"
KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")

# measured: precision 1.000, recall 0.939 (31/33), 0 misattributed; floors sit just below
MIN_PRECISION = 0.95
MIN_RECALL = 0.85

pytestmark = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/corpus not present")


def page_text(path: Path) -> str:
    """The page text: corpus files start with their source URL and a '---' line."""
    text = path.read_text(encoding="utf-8")
    _head, sep, body = text.partition("\n---\n")
    return body if sep else text


def parse_page(path: Path):
    doc = extract(page_text(path).encode("utf-8"), filename="x.txt")
    return parse_wres(doc)


def _key(d) -> tuple:
    return tuple(d[k] if isinstance(d, dict) else getattr(d, k) for k in KEY)


def truth_files() -> list[Path]:
    return sorted(p for p in TRUTH.glob("*.json") if (PAGES / f"{p.stem}.txt").exists())


def test_every_page_has_a_truth_file():
    pages = {p.stem for p in PAGES.glob("*.txt")}
    have = {p.stem for p in TRUTH.glob("*.json")}
    assert pages <= have, sorted(pages - have)


def test_corpus_pages():
    totals = {"truth": 0, "parsed": 0, "matched": 0, "misattributed": 0}
    lines = []
    for tf in truth_files():
        truth = json.loads(tf.read_text(encoding="utf-8"))
        report, _warnings = parse_page(PAGES / f"{tf.stem}.txt")
        s = score(report.metrics, truth["metrics"])
        for k in totals:
            totals[k] += len(s[k]) if k == "misattributed" else s[k]
        p = s["matched"] / s["parsed"] if s["parsed"] else 1.0
        r = s["matched"] / s["truth"] if s["truth"] else 1.0
        lines.append(
            f"  {tf.stem:50s} truth {s['truth']:2d} parsed {s['parsed']:2d} exact {s['matched']:2d}"
            f"  precision {p:.2f} recall {r:.2f} misattributed {len(s['misattributed'])}"
        )
        for t in s["missing"]:
            lines.append(f"      missed: {_key(t)} {t['value']}  ({t.get('as_printed')})")
        for m in s["extra"]:
            lines.append(f"      extra:  {_key(m)} {m.value}")
    precision = totals["matched"] / totals["parsed"] if totals["parsed"] else 1.0
    recall = totals["matched"] / totals["truth"] if totals["truth"] else 1.0
    print("\nWRES corpus pages (narrative):")
    print("\n".join(lines))
    print(
        f"  overall: {totals['matched']}/{totals['truth']} exact, precision {precision:.3f}, "
        f"recall {recall:.3f}, misattributed {totals['misattributed']}"
    )
    assert totals["misattributed"] == 0
    assert precision >= MIN_PRECISION
    assert recall >= MIN_RECALL


@pytest.mark.parametrize(
    "page",
    [
        "nhsemployers_wres_2024_findings",  # national figures only
        "royalfree_wres_report_2019_toc",  # page numbers beside "Indicator 2"
        "kmpt_equality_objectives_2019-24_race",  # band shares with no date
        "lancsteaching_wres_submission_2023",
    ],
)
def test_pages_without_trust_figures_give_none(page):
    report, _ = parse_page(PAGES / f"{page}.txt")
    assert report.metrics == []


def test_traps_on_real_pages():
    # a national comparator in the same sentence as the trust's figure
    report, _ = parse_page(PAGES / "kmpt_wres_2021-22_information.txt")
    assert 22.4 not in {m.value for m in report.metrics}
    assert 22.0 not in {m.value for m in report.metrics}  # a target
    # shares of the whole workforce are not band shares
    report, warnings = parse_page(PAGES / "kmpt_wres_2021-22_indicator-1.txt")
    assert not [m for m in report.metrics if m.band]
    assert any("do not add up" in w for w in warnings)
    report, _ = parse_page(PAGES / "vdocument_wres_2019_report_unnamed_trust.txt")
    assert {11.1, 4.1, 2.1, 6.2}.isdisjoint({m.value for m in report.metrics})
    # a network's membership is not the workforce; a change is not a level
    report, _ = parse_page(PAGES / "kmpt_annual_equality_report_2020-21_race.txt")
    assert {4.0, 5.0, 6.0}.isdisjoint({m.value for m in report.metrics})


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_corpus_pages_read_the_same_from_pdf_and_docx(fmt):
    """A PDF wraps each paragraph to the page width, often mid-sentence ("... followed
    by" / "band 9 at 30% (n.10)"); the figures must survive that, as they do the DOCX
    round trip. Each page is printed a paragraph per line, as the trusts' pages are."""
    from parsers.extract.model import TextBlock
    from trustdocs.demo.render import render_docx, render_pdf

    render = render_pdf if fmt == "pdf" else render_docx
    worse = []
    for tf in truth_files():
        truth = json.loads(tf.read_text(encoding="utf-8"))["metrics"]
        text = page_text(PAGES / f"{tf.stem}.txt")
        as_text, _ = parse_page(PAGES / f"{tf.stem}.txt")
        items = [TextBlock(text=line) for line in text.split("\n") if line.strip()]
        rendered, _ = parse_wres(extract(render(items), filename=f"x.{fmt}"))
        want, got = score(as_text.metrics, truth), score(rendered.metrics, truth)
        if got["matched"] < want["matched"] or got["misattributed"] or got["extra"]:
            worse.append((tf.stem, want["matched"], got["matched"], got["extra"]))
    assert worse == []
