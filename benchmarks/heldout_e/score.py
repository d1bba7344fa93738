"""Held-out set E scored: FOI letters (foi_e.py) and WRES layouts (wres_e.py), each
rendering parsed as `parse-file` would, by the same measures as set D
(benchmarks/heldout_d/score.py): FOI question/answer P/R/F1 with reference, dates and
exemptions (benchmarks/foi_score.py), rules only and with the shipped labeller, per
format and per style; WRES figures found with the right key, precision and
misattributed (benchmarks/wres_score.py), per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit, before anyone
changed the parsers having seen set E; each run prints them beside today's ("first
sight X, now Y"), so a later run shows whether what was learned from set D carries
over to house styles nobody tuned for.

    python benchmarks/heldout_e/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.foi_score import micro  # noqa: E402
from benchmarks.foi_score import score as foi_score  # noqa: E402
from benchmarks.heldout_e import foi_e, wres_e  # noqa: E402
from benchmarks.heldout_e.render import render  # noqa: E402
from benchmarks.wres_score import score as wres_score  # noqa: E402

# Measured at the set's base commit d181a16 (main before any helper saw set E), by this
# script, with nothing under parsers/ changed. FOI rows: (P, R, F1, reference, dates,
# exemptions); WRES rows: (found with the right key, precision, misattributed, found,
# truth), summed over each layout's formats.
FIRST_SIGHT_COMMIT = "d181a16"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.554, 0.237, 0.332, 0.85, 0.5, 0.533),
    "FOI rules only, DOCX": (0.547, 0.249, 0.342, 0.875, 0.5, 0.562),
    "FOI rules only, PDF": (0.54, 0.249, 0.341, 0.875, 0.5, 0.562),
    "FOI rules only, HTML": (0.613, 0.194, 0.295, 0.75, 0.5, 0.417),
    "FOI rules only, inline answer after the question": (0.786, 0.44, 0.564, 1.0, 0.5, 0.5),
    "FOI rules only, italic question, plain answer beneath": (0.727, 0.333, 0.457, 1.0, 0.5, 0.5),
    "FOI rules only, numbered answers, questions in appendix": (0.0, 0.0, 0.0, 1.0, 0.5, 0.667),
    "FOI rules only, multi-part questions 1a/1b": (0.739, 0.739, 0.739, 1.0, 0.5, 1.0),
    "FOI rules only, Part 1 / Part 2 sections": (0.55, 0.458, 0.5, 1.0, 0.5, 1.0),
    "FOI rules only, section 21 links, request headings": (0.0, 0.0, 0.0, 1.0, 0.5, 0.0),
    "FOI rules only, e-mail reply": (0.0, 0.0, 0.0, 0.0, 0.5, 0.167),
    "FOI rules only, boxed review notice, Query/Reply": (0.0, 0.0, 0.0, 1.0, 0.5, 0.667),
    "FOI labeller, all": (0.434, 0.305, 0.358, 0.85, 0.5, 0.8),
    "FOI labeller, DOCX": (0.439, 0.307, 0.361, 0.875, 0.5, 0.812),
    "FOI labeller, PDF": (0.429, 0.302, 0.354, 0.875, 0.5, 0.75),
    "FOI labeller, HTML": (0.435, 0.306, 0.359, 0.75, 0.5, 0.875),
    "FOI labeller, inline answer after the question": (0.833, 0.4, 0.541, 1.0, 0.5, 0.5),
    "FOI labeller, italic question, plain answer beneath": (0.826, 0.792, 0.809, 1.0, 0.5, 1.0),
    "FOI labeller, numbered answers, questions in appendix": (0.0, 0.0, 0.0, 1.0, 0.5, 0.667),
    "FOI labeller, multi-part questions 1a/1b": (0.761, 0.761, 0.761, 1.0, 0.5, 1.0),
    "FOI labeller, Part 1 / Part 2 sections": (0.55, 0.458, 0.5, 1.0, 0.5, 1.0),
    "FOI labeller, section 21 links, request headings": (0.0, 0.0, 0.0, 1.0, 0.5, 0.778),
    "FOI labeller, e-mail reply": (0.0, 0.0, 0.0, 0.0, 0.5, 0.556),
    "FOI labeller, boxed review notice, Query/Reply": (0.0, 0.0, 0.0, 1.0, 0.5, 0.833),
    "WRES, all": (0.554, 0.979, 1, 92, 166),
    "WRES, HTML": (0.547, 1.0, 0, 29, 53),
    "WRES, PDF": (0.567, 0.944, 1, 34, 60),
    "WRES, DOCX": (0.547, 1.0, 0, 29, 53),
    "WRES, nine indicators as rows, year/change/RAG columns": (1.0, 1.0, 0, 54, 54),
    "WRES, action plan, figures in a baseline column": (0.0, 1.0, 0, 0, 21),
    "WRES, bullet points mixing two years": (0.5, 1.0, 0, 15, 30),
    "WRES, indicator 1 headcounts by band, total row": (0.857, 1.0, 0, 18, 21),
    "WRES, slide deck, one indicator a page": (0.714, 0.714, 1, 5, 7),
    "WRES, footnote markers on figures": (0.0, 1.0, 0, 0, 33),
}


def read_foi(letter: foi_e.Letter, fmt: str):
    from parsers import parse_document

    data, name = render(letter.blocks, fmt, title=letter.trust, site=letter.trust)
    return parse_document(data, filename=name, kind_hint="foi").foi


def foi_scores(labeller) -> list[dict]:
    """One score per (letter, format), tagged with style, variant and format."""
    from parsers.foi.labeller import using_labeller

    out = []
    with using_labeller(labeller):
        for letter in foi_e.letters():
            for fmt in letter.formats:
                s = foi_score(letter.truth, read_foi(letter, fmt))
                out.append(s | {"style": letter.style, "variant": letter.variant, "fmt": fmt})
    return out


def read_wres(layout: wres_e.Layout, fmt: str) -> list:
    from parsers.extract import extract
    from parsers.wres.parse import parse_wres

    data, name = render(layout.blocks, fmt, title=layout.title, site=layout.site)
    report, _warnings = parse_wres(extract(data, filename=name))
    return report.metrics


def wres_scores() -> list[dict]:
    """One row per (layout, format)."""
    out = []
    for layout in wres_e.LAYOUTS:
        for fmt in layout.formats:
            s = wres_score(read_wres(layout, fmt), layout.truth)
            out.append(
                {
                    "layout": layout.name,
                    "fmt": fmt,
                    "truth": s["truth"],
                    "parsed": s["parsed"],
                    "found": s["matched"],
                    "misattributed": len(s["misattributed"]),
                }
            )
    return out


def foi_table(scores: list[dict], tag: str) -> dict[str, tuple]:
    """{row name: (P, R, F1, reference, dates, exemptions)} overall, per format, per style."""
    groups: dict[str, list[dict]] = {f"FOI {tag}, all": scores}
    for fmt in ("docx", "pdf", "html"):
        groups[f"FOI {tag}, {fmt.upper()}"] = [s for s in scores if s["fmt"] == fmt]
    for style in foi_e.STYLES:
        groups[f"FOI {tag}, {style}"] = [s for s in scores if s["style"] == style]
    out = {}
    for name, rows in groups.items():
        m = micro(rows)
        keys = ("precision", "recall", "f1", "reference", "dates", "exemptions")
        out[name] = tuple(round(m[k], 3) for k in keys)
    return out


def wres_table(rows: list[dict]) -> dict[str, tuple]:
    """{row name: (found with the right key, precision, misattributed, found, truth)}."""
    groups: dict[str, list[dict]] = {"WRES, all": rows}
    for fmt in ("html", "pdf", "docx"):
        groups[f"WRES, {fmt.upper()}"] = [r for r in rows if r["fmt"] == fmt]
    for layout in wres_e.LAYOUTS:
        groups[f"WRES, {layout.name}"] = [r for r in rows if r["layout"] == layout.name]
    out = {}
    for name, rs in groups.items():
        found = sum(r["found"] for r in rs)
        truth = sum(r["truth"] for r in rs)
        parsed = sum(r["parsed"] for r in rs)
        wrong = sum(r["misattributed"] for r in rs)
        out[name] = (
            round(found / truth, 3) if truth else 1.0,
            round(found / parsed, 3) if parsed else 1.0,
            wrong,
            found,
            truth,
        )
    return out


def measure() -> dict[str, tuple]:
    from parsers.foi.labeller import default_labeller

    now = foi_table(foi_scores(None), "rules only")
    now |= foi_table(foi_scores(default_labeller()), "labeller")
    now |= wres_table(wres_scores())
    return now


def _fmt(v: tuple) -> str:
    if len(v) == 5:  # WRES: found, precision, misattributed, found n, truth n
        return f"found {v[0]:.3f} ({v[3]}/{v[4]}) prec {v[1]:.3f} misattr {v[2]:d}"
    return f"P/R/F1 {v[0]:.3f}/{v[1]:.3f}/{v[2]:.3f} ref/dates/ex {v[3]:.2f}/{v[4]:.2f}/{v[5]:.2f}"


def main() -> None:
    now = measure()
    print(f"held-out E (first sight at {FIRST_SIGHT_COMMIT}): first sight X, now Y")
    for name, v in now.items():
        first = FIRST_SIGHT.get(name)
        seen = f"first sight {_fmt(first)}, " if first is not None else ""
        print(f"  {name:52s} {seen}now {_fmt(v)}")


if __name__ == "__main__":
    main()
