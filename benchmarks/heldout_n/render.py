"""Set N's renderer: set M's (benchmarks/heldout_m/render.py), imported as it is.

Set N's new styles need no new block kind: its horizontal question tables, summary
tables and number-keyed answer tables are set H's `Grid`, its tick boxes are
characters (☒ ☐ ☑) the fonts of sets D to M already draw, its capitals, run-in answers
and subject lines are plain paragraphs, so what sets D to M print is printed the same
way here.
"""

from __future__ import annotations

from benchmarks.heldout_m.render import B, Block, Grid, H, P, T, render

__all__ = ["B", "Block", "Grid", "H", "P", "T", "render"]
