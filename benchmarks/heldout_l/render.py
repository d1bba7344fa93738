"""Set L's renderer: set K's (benchmarks/heldout_k/render.py), imported as it is.

Set L's new styles need no new block kind: its CMS page's one-paragraph questions and
answers are set I's `Html` blocks, its auto-numbered question list set G's `N`, its
chronology and dashboard cards set H's `Grid`, and so what sets D to K print is printed
the same way here.
"""

from __future__ import annotations

from benchmarks.heldout_k.render import B, Block, C, Grid, H, Html, N, P, T, render

__all__ = ["B", "Block", "C", "Grid", "H", "Html", "N", "P", "T", "render"]
