"""WRES part of the accuracy benchmark: how many published figures the reader finds with
the right key, and how many of the figures it publishes are correct.

Document sets (one row each):

- the seed report (../shared/seeds/lpt-wres-2021-22.txt) as the plain-text file itself
  (what `parse-file` reads), rebuilt into paragraphs and tables (tests/seedrender), and
  rendered from those to DOCX and PDF; truth tests/truth/wres/lpt-wres-2021-22.json;
- each real WRES page of ../shared/corpus/wres/pages, truth tests/truth/wres/<page>.json;
- the held-out layouts of benchmarks/wres_heldout.py, each as HTML, PDF and DOCX;
- the structure layouts of benchmarks/wres_structure.py (the same keys, arranged
  otherwise: transposed tables, captions, merged headers, bracketed years ...), alike.

Scores (per set): recall = truth figures found with the same key (indicator, measure,
staff_group, band, ethnic_group, period) and value / truth figures; precision = parsed
figures that match a truth figure / parsed figures; misattributed = parsed figures that
match none but carry a truth figure's value for the same ethnic group under another key
(the wrong indicator, year, band ...).

Leave-one-trust-out: the WRES reader is rules only. It learns nothing from the
documents (no fitted threshold, no learned lexicon), so training on all trusts but T
and scoring T gives exactly the tuned score: there is nothing to fit. What does measure
generalisation is a score on documents the rules were not written against, taken
before the rules saw them: `FIRST_SIGHT` records the held-out layouts' score measured
with the parser as it was before they were written (commit 8fd4ecc), beside today's.

    python benchmarks/accuracy_wres.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.wres_heldout import FORMATS, LAYOUTS, render  # noqa: E402
from benchmarks.wres_score import score  # noqa: E402
from benchmarks.wres_structure import LAYOUTS as STRUCTURE_LAYOUTS  # noqa: E402
from parsers.extract import extract  # noqa: E402
from parsers.wres.parse import parse_wres  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "lpt-wres-2021-22.txt"
PAGES = SHARED / "corpus" / "wres" / "pages"
TRUTH = ROOT / "tests" / "truth" / "wres"

# The held-out layouts scored by the parser of commit 8fd4ecc, before any rule was
# written for them: (found with the right key, truth, misattributed), over HTML + PDF
# + DOCX. The tables of "year columns" were read, but every figure without its band.
FIRST_SIGHT = {
    "lines under a dated heading": (6, 36, 0),
    "trust-and-year labels": (0, 18, 0),
    "year columns, band in heading": (0, 54, 48),
    "likelihood prose, no 'times'": (18, 18, 0),
    "region word in a trust name": (3, 6, 0),
    # the second batch, written after the engine, scored by it at first sight
    # (commit after 'README: WRES figures from any structure')
    "B: colon lines, other group names": (24, 24, 0),
    "B: bracketed years, dashes": (12, 12, 0),
    "B: snapshot columns, band ranges": (0, 36, 0),
    "B: ratio prose with (2023: x)": (12, 12, 0),
    "B: band heading over lines": (9, 9, 0),
    # a third batch, prose under dated headings (commit 'second batch' + 1)
    "C: prose under dated headings": (6, 18, 0),
    # layouts that differ only in structure (benchmarks/wres_structure.py), scored by
    # the engine with one shared context (commit 66bafd6) before any rule for them
    "S1: indicators as columns, years as rows": (0, 18, 0),
    "S1: groups as columns, years as rows": (18, 18, 0),
    "S1: key in a caption above the table": (12, 12, 0),
    "S1: merged header cells": (24, 24, 0),
    "S1: figure, description on next line": (0, 6, 0),
    "S1: last year in brackets": (0, 12, 0),
    "S1: 'Label - value' lines": (12, 12, 0),
    "S1: change column beside the years": (18, 18, 0),
    # a second batch, written after the first passed (commit a5d06d5)
    "S2: caption over a transposed table": (18, 18, 0),
    "S2: merged snapshot headers over bands": (24, 24, 0),
    "S2: 'Group staff: x%' lines": (12, 12, 0),
    "S2: other group's figure in brackets": (6, 6, 0),
    "S2: rates and ratio with years as rows": (18, 18, 0),
    "S2: group heading over band lines": (0, 9, 0),
    "S2: 'the year before' in words": (6, 6, 0),
    "S2: bulleted colon lines": (6, 6, 0),
    "S2: survey years as rows": (12, 12, 0),
    "S2: indicator in a caption, groups as rows": (0, 9, 0),
    "S2: ratio alone, description below": (0, 3, 0),
    # prose: a sentence per indicator in common forms (commit 2945da5)
    "S3: a sentence per indicator, common forms": (21, 33, 0),
    # tables and lists (commit 4a91e0e)
    "S4: bands as columns, groups as rows": (0, 18, 18),
    "S4: trust and national columns": (9, 9, 0),
    "S4: bullets with last year in brackets": (12, 12, 0),
    "S4: board, workforce and difference columns": (0, 18, 0),
}


def _counts(s: dict) -> dict:
    """A score (benchmarks/wres_score.py) with its misattributed figures counted."""
    return {**s, "misattributed": len(s["misattributed"])}


def _row(group: str, name: str, s: dict, **more) -> dict:
    return {
        "set": group,
        "document": name,
        "truth": s["truth"],
        "parsed": s["parsed"],
        "found": s["matched"],
        "misattributed": s["misattributed"],
        "recall": s["matched"] / s["truth"] if s["truth"] else 1.0,
        "precision": s["matched"] / s["parsed"] if s["parsed"] else 1.0,
        **more,
    }


def _parse(data: bytes, filename: str) -> list:
    report, _warnings = parse_wres(extract(data, filename=filename))
    return report.metrics


def _seed_rows() -> list[dict]:
    if not SEED.exists():
        return []
    from parsers.extract.model import Extracted
    from tests.seedrender import seed_items
    from trustdocs.demo.render import render_docx, render_pdf

    truth = json.loads((TRUTH / "lpt-wres-2021-22.json").read_text(encoding="utf-8"))["metrics"]
    raw = SEED.read_bytes()
    items = seed_items(raw.decode("utf-8"))
    from parsers import parse_document  # what `parse-file` runs

    as_file = parse_document(raw, filename=SEED.name, kind_hint="wres").wres
    parsed = as_file.metrics if as_file else []
    rows = [_row("seed", "plain text file (parse-file)", _counts(score(parsed, truth)))]
    report, _ = parse_wres(Extracted(items=items, format="text"))
    rows.append(_row("seed", "text rebuilt into tables", _counts(score(report.metrics, truth))))
    for fmt, fn in (("docx", render_docx), ("pdf", render_pdf)):
        s = score(_parse(fn(items), f"seed.{fmt}"), truth)
        rows.append(_row("seed", fmt.upper(), _counts(s)))
    return rows


def _corpus_rows() -> list[dict]:
    if not PAGES.is_dir():
        return []
    rows = []
    for tf in sorted(TRUTH.glob("*.json")):
        page = PAGES / f"{tf.stem}.txt"
        if not page.exists():
            continue
        text = page.read_text(encoding="utf-8")
        _head, sep, body = text.partition("\n---\n")
        body = body if sep else text
        truth = json.loads(tf.read_text(encoding="utf-8"))["metrics"]
        s = score(_parse(body.encode(), "x.txt"), truth)
        rows.append(_row("corpus page", tf.stem, _counts(s)))
    return rows


def _heldout_rows(layouts: dict = LAYOUTS, group: str = "held-out layout") -> list[dict]:
    rows = []
    for name, (items, truth) in layouts.items():
        totals = {"truth": 0, "parsed": 0, "matched": 0, "misattributed": 0}
        for fmt in FORMATS:
            data, filename = render(items, fmt)
            s = _counts(score(_parse(data, filename), truth))
            for k in totals:
                totals[k] += s[k]
        first, of, wrong = FIRST_SIGHT[name]
        rows.append(_row(group, name, totals, first_sight=f"{first}/{of}, {wrong} misattributed"))
    return rows


def wres_scores() -> list[dict]:
    """One dict per document set: set, document, truth, parsed, found, misattributed,
    recall, precision (held-out layouts also first_sight), then a total row per set."""
    rows = (
        _seed_rows()
        + _corpus_rows()
        + _heldout_rows()
        + _heldout_rows(STRUCTURE_LAYOUTS, "structure layout")
    )
    out = list(rows)
    for group in dict.fromkeys(r["set"] for r in rows):
        rs = [
            r for r in rows if r["set"] == group and r["document"] != "plain text file (parse-file)"
        ]
        if len(rs) < 2:
            continue
        s = {
            "truth": sum(r["truth"] for r in rs),
            "parsed": sum(r["parsed"] for r in rs),
            "matched": sum(r["found"] for r in rs),
            "misattributed": sum(r["misattributed"] for r in rs),
        }
        out.append(_row(group, "TOTAL", s))
    return out


def main() -> None:
    rows = wres_scores()
    print(
        f"{'set':16s} {'document':50s} {'found':>9s} {'recall':>7s} {'prec.':>6s} {'misattr':>7s}"
    )
    for r in rows:
        found = f"{r['found']}/{r['truth']}"
        extra = f"  first sight {r['first_sight']}" if "first_sight" in r else ""
        print(
            f"{r['set']:16s} {r['document'][:50]:50s} {found:>9s} {r['recall']:7.3f} "
            f"{r['precision']:6.3f} {r['misattributed']:7d}{extra}"
        )
    print(
        "\nleave-one-trust-out: the WRES reader is rules only and fits nothing to the "
        "documents,\nso LOTO equals the scores above; the held-out layouts' first-sight "
        "score\n(before any rule was written for them) is the measure of generalisation."
    )


if __name__ == "__main__":
    main()
