"""Held-out set Z scored: the FOI pairs grid (foi_z.py: each cell changes TWO of set
Y's structural dimensions) and the WRES pairs layouts (wres_z.py, the other half),
each rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per cell; WRES figures found with the
right key, precision and misattributed, per format and per layout. After the rows, a
per-dimension-PAIR summary (F1 of every FOI cell of a pair together, both readers;
WRES found over every layout of a pair) says which INTERACTION is missing.

First sight (first_sight.py) comes from two commits: the FOI rows were measured at
65c4231 (main, parsers untouched; nothing under parsers/ read while writing foi_z.py),
the WRES rows at 67da303 (the WRES half's own first sight, copied row for row).

    python benchmarks/heldout_z/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.foi_score import micro  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    fmt,
    foi_scores,
    foi_table,
    measure,
    wres_scores,
    wres_table,
)
from benchmarks.heldout_z import foi_z, wres_z  # noqa: E402
from benchmarks.heldout_z.first_sight import FIRST_SIGHT, FIRST_SIGHT_COMMIT  # noqa: E402

SET = HeldoutSet(
    name="Z",
    letters=foi_z.letters,
    styles=foi_z.STYLES,
    layouts=wres_z.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def pair_name(dims: tuple[str, str]) -> str:
    return " x ".join(sorted(dims))


def by_pair(scores: list[dict]) -> dict[str, tuple[float, int]]:
    """{dimension pair: (F1 of all its FOI cells' letters together, number of cells)}."""
    cells: dict[str, list[str]] = {}
    for style, dims in foi_z.PAIR_OF.items():
        cells.setdefault(pair_name(dims), []).append(style)
    out = {}
    for pair in sorted(cells):
        rows = [x for x in scores if x["style"] in cells[pair]]
        out[pair] = (micro(rows)["f1"], len(cells[pair]))
    return out


def wres_by_pair(rows: list[dict]) -> dict[str, tuple[float, int, int]]:
    """{dimension pair: (found, found n, truth n) over every WRES layout of the pair}."""
    out: dict[str, tuple[float, int, int]] = {}
    for layout in wres_z.LAYOUTS:
        a, b = layout.name.split(" + ")
        pair = pair_name((a.split(":")[0], b.split(":")[0]))
        mine = [r for r in rows if r["layout"] == layout.name]
        _, n, t = out.get(pair, (0.0, 0, 0))
        n, t = n + sum(r["found"] for r in mine), t + sum(r["truth"] for r in mine)
        out[pair] = (n / t if t else 1.0, n, t)
    return dict(sorted(out.items()))


def report_with_pairs(hs: HeldoutSet) -> None:
    """Every row as "first sight X, now Y" (as heldout_score.report prints it), then
    F1 per FOI dimension pair (rules only, labeller) and WRES found per pair; each
    letter is read once per reader."""
    from parsers.foi.labeller import default_labeller

    rules, labelled = foi_scores(hs, None), foi_scores(hs, default_labeller())
    wres = wres_scores(hs)
    now = foi_table(hs, rules, "rules only") | foi_table(hs, labelled, "labeller")
    now |= wres_table(hs, wres)
    print(f"held-out {hs.name} (first sight at {hs.first_sight_commit}): first sight X, now Y")
    width = max(len(n) for n in now)
    for name, v in now.items():
        first = hs.first_sight.get(name)
        seen = f"first sight {fmt(first)}, " if first is not None else ""
        print(f"  {name:{width}s} {seen}now {fmt(v)}")
    pairs, pairs_labelled = by_pair(rules), by_pair(labelled)
    print("FOI per dimension pair (F1 over its cells' letters): rules only, labeller")
    width = max(len(p) for p in pairs)
    for pair, (f1, n) in pairs.items():
        print(f"  {pair:{width}s} {n:2d} cells  {f1:.3f}  {pairs_labelled[pair][0]:.3f}")
    print("WRES per dimension pair (found over its layouts)")
    for pair, (found, n, t) in wres_by_pair(wres).items():
        print(f"  {pair:40s} found {found:.3f} ({n}/{t})")


def main() -> None:
    report_with_pairs(SET)


__all__ = ["SET", "by_pair", "main", "measure", "report_with_pairs", "wres_by_pair"]


if __name__ == "__main__":
    main()
