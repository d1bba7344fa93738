"""How a held-out set is scored (benchmarks/heldout_d, benchmarks/heldout_e, and the
next): each rendering parsed as `parse-file` would, FOI question/answer P/R/F1 with
reference, dates and exemptions (benchmarks/foi_score.py), rules only and with the
shipped labeller, per format and per style; WRES figures found with the right key,
precision and misattributed (benchmarks/wres_score.py), per format and per layout.
Each set's score.py holds only the set and its first-sight numbers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from benchmarks.foi_score import micro
from benchmarks.foi_score import score as foi_score
from benchmarks.wres_score import score as wres_score

FORMATS = ("docx", "pdf", "html")


@dataclass
class HeldoutSet:
    """A held-out set: its letters, styles, WRES layouts, renderer and first sight."""

    name: str  # "D", "E", …
    letters: Callable[[], Iterable[Any]]  # each with .blocks .trust .truth .formats .style
    styles: Iterable[str]
    layouts: Iterable[Any]  # each with .name .blocks .title .site .truth .formats
    render: Callable[..., tuple[bytes, str]]
    first_sight: dict[str, tuple]
    first_sight_commit: str
    # the WRES layouts' renderer where the set's two halves were drawn apart
    render_wres: Callable[..., tuple[bytes, str]] | None = None


def read_foi(hs: HeldoutSet, letter: Any, fmt: str):
    from parsers import parse_document

    data, name = hs.render(letter.blocks, fmt, title=letter.trust, site=letter.trust)
    return parse_document(data, filename=name, kind_hint="foi").foi


def foi_scores(hs: HeldoutSet, labeller) -> list[dict]:
    """One score per (letter, format), tagged with style, variant and format."""
    from parsers.foi.labeller import using_labeller

    out = []
    with using_labeller(labeller):
        for letter in hs.letters():
            for fmt in letter.formats:
                s = foi_score(letter.truth, read_foi(hs, letter, fmt))
                out.append(s | {"style": letter.style, "variant": letter.variant, "fmt": fmt})
    return out


def read_wres(hs: HeldoutSet, layout: Any, fmt: str) -> list:
    from parsers.extract import extract
    from parsers.wres.parse import parse_wres

    render = hs.render_wres or hs.render
    data, name = render(layout.blocks, fmt, title=layout.title, site=layout.site)
    report, _warnings = parse_wres(extract(data, filename=name))
    return report.metrics


def _in_one_spelling(metrics: list, truth: list[dict]) -> tuple[list, list[dict]]:
    """Parsed figures and truth with every grouped band in one spelling ("Bands 1-4" and
    "Bands 1 to 4" alike), for a score that sets aside how a range is printed."""
    from parsers.wres.bands import band_in_one_spelling

    metrics = [dataclasses.replace(m, band=band_in_one_spelling(m.band)) for m in metrics]
    return metrics, [t | {"band": band_in_one_spelling(t["band"])} for t in truth]


def wres_scores(hs: HeldoutSet, one_spelling: bool = False) -> list[dict]:
    """One row per (layout, format); with `one_spelling`, grouped bands are compared in
    one spelling (parsers.wres.bands)."""
    out = []
    for layout in hs.layouts:
        for fmt in layout.formats:
            metrics, truth = read_wres(hs, layout, fmt), layout.truth
            if one_spelling:
                metrics, truth = _in_one_spelling(metrics, truth)
            s = wres_score(metrics, truth)
            out.append(
                {
                    "layout": layout.name,
                    "fmt": fmt,
                    "truth": s["truth"],
                    "parsed": s["parsed"],
                    "found": s["matched"],
                    "misattributed": len(s["misattributed"]),
                    "missing": s["missing"],
                    "extra": s["extra"],
                }
            )
    return out


def foi_table(hs: HeldoutSet, scores: list[dict], tag: str) -> dict[str, tuple]:
    """{row name: (P, R, F1, reference, dates, exemptions)} overall, per format, per style."""
    groups: dict[str, list[dict]] = {f"FOI {tag}, all": scores}
    for fmt in FORMATS:
        groups[f"FOI {tag}, {fmt.upper()}"] = [s for s in scores if s["fmt"] == fmt]
    for style in hs.styles:
        groups[f"FOI {tag}, {style}"] = [s for s in scores if s["style"] == style]
    keys = ("precision", "recall", "f1", "reference", "dates", "exemptions")
    return {name: tuple(micro(rows)[k] for k in keys) for name, rows in groups.items()}


def wres_table(hs: HeldoutSet, rows: list[dict]) -> dict[str, tuple]:
    """{row name: (found with the right key, precision, misattributed, found, truth)}."""
    groups: dict[str, list[dict]] = {"WRES, all": rows}
    for fmt in ("html", "pdf", "docx"):
        groups[f"WRES, {fmt.upper()}"] = [r for r in rows if r["fmt"] == fmt]
    for layout in hs.layouts:
        groups[f"WRES, {layout.name}"] = [r for r in rows if r["layout"] == layout.name]
    out = {}
    for name, rs in groups.items():
        found = sum(r["found"] for r in rs)
        truth = sum(r["truth"] for r in rs)
        parsed = sum(r["parsed"] for r in rs)
        out[name] = (
            found / truth if truth else 1.0,
            found / parsed if parsed else 1.0,
            sum(r["misattributed"] for r in rs),
            found,
            truth,
        )
    return out


def measure(hs: HeldoutSet) -> dict[str, tuple]:
    from parsers.foi.labeller import default_labeller

    now = foi_table(hs, foi_scores(hs, None), "rules only")
    now |= foi_table(hs, foi_scores(hs, default_labeller()), "labeller")
    now |= wres_table(hs, wres_scores(hs))
    return now


def fmt(v: tuple) -> str:
    if len(v) == 5:  # WRES: found, precision, misattributed, found n, truth n
        return f"found {v[0]:.3f} ({v[3]}/{v[4]}) prec {v[1]:.3f} misattr {v[2]:d}"
    return f"P/R/F1 {v[0]:.3f}/{v[1]:.3f}/{v[2]:.3f} ref/dates/ex {v[3]:.2f}/{v[4]:.2f}/{v[5]:.2f}"


def report(hs: HeldoutSet) -> None:
    """Print every row as "first sight X, now Y"."""
    now = measure(hs)
    print(f"held-out {hs.name} (first sight at {hs.first_sight_commit}): first sight X, now Y")
    width = max(len(n) for n in now)
    for name, v in now.items():
        first = hs.first_sight.get(name)
        seen = f"first sight {fmt(first)}, " if first is not None else ""
        print(f"  {name:{width}s} {seen}now {fmt(v)}")


def report_with_second_sight(
    hs: HeldoutSet, second: dict[str, tuple], commit: str, tag: str
) -> None:
    """Every row as "first sight X, after <tag> Z, now Y": a set scored at first sight
    and again at the commit where other sets' learning landed, before anyone saw it."""
    now = measure(hs)
    print(
        f"held-out {hs.name} (first sight at {hs.first_sight_commit}, again after {tag}'s "
        f"learning at {commit}): first sight X, after {tag} Z, now Y"
    )
    width = max(len(n) for n in now)
    for name, v in now.items():
        seen = [("first sight", hs.first_sight.get(name)), (f"after {tag}", second.get(name))]
        cols = "".join(f"{label} {fmt(x)}, " for label, x in seen if x is not None)
        print(f"  {name:{width}s} {cols}now {fmt(v)}")
