"""One line per held-out set, for checking a parser change against every set at once:
FOI pair F1 with the labeller and with the rules only, reference, dates and exemptions;
WRES figures found with the right key, precision and misattributed. Each set's own
score.py prints the full table with its first-sight numbers; this is the short view.

    python benchmarks/heldout_guard.py                 # every set, FOI and WRES
    python benchmarks/heldout_guard.py wres j k ab     # WRES only, three sets
    python benchmarks/heldout_guard.py foi             # FOI only, every set
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_accuracy import HELDOUT_SETS  # noqa: E402
from benchmarks.heldout_score import foi_scores, foi_table, wres_scores, wres_table  # noqa: E402


def foi_line(hs) -> str:
    from parsers.foi.labeller import default_labeller

    lab = foi_table(hs, foi_scores(hs, default_labeller()), "x")["FOI x, all"]
    rules = foi_table(hs, foi_scores(hs, None), "x")["FOI x, all"]
    return (
        f"FOI labeller/rules F1 {lab[2]:.3f}/{rules[2]:.3f}  "
        f"ref/dates/ex {lab[3]:.2f}/{lab[4]:.2f}/{lab[5]:.2f}"
    )


def wres_line(hs) -> str:
    found, precision, misattributed, n, truth = wres_table(hs, wres_scores(hs))["WRES, all"]
    line = f"WRES {n}/{truth} ({found:.3f}) prec {precision:.3f} misattr {misattributed}"
    one = wres_table(hs, wres_scores(hs, one_spelling=True))["WRES, all"]
    if one[1:] != (precision, misattributed, n, truth):
        line += (
            f" [grouped bands in one spelling: {one[3]}/{truth} prec {one[1]:.3f} misattr {one[2]}]"
        )
    return line


def main(argv: list[str]) -> None:
    kinds = {k for k in ("foi", "wres") if k in argv} or {"foi", "wres"}
    names = [a for a in argv if a not in ("foi", "wres")] or list(HELDOUT_SETS)
    for name in names:
        t0 = time.perf_counter()
        hs = importlib.import_module(f"benchmarks.heldout_{name}.score").SET
        parts = []
        if "foi" in kinds:
            parts.append(foi_line(hs))
        if "wres" in kinds:
            parts.append(wres_line(hs))
        took = time.perf_counter() - t0
        print(f"{name.upper():3s} " + "  |  ".join(parts) + f"  ({took:.0f} s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
