"""WRES reports: the blocks of an extracted report → a `WresReport`. The entry point is
`parsers.wres.parse.parse_wres`. One vocabulary (`vocab`) and one way of keying a figure
from its context (`context`) serve the tables (`tables`, `metric_table`, `template*`),
label/value lines (`lines`), plain-text tables (`plaintext`) and prose (`narrative*`);
`cells` reads one cell, `validate` checks figures and `actions` reads action plans.

Nothing is imported here, so that importing one module does not load the others."""
