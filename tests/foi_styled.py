"""Reading a letter of styled blocks (set D's renderer: `P(text, "bold" | "italic")`,
`H`, `DL` definition lists) as `parse-file` would, for the tests of set P's learning."""

from __future__ import annotations

from benchmarks.heldout_d.render import render
from parsers import parse_document


def read_styled(blocks: list, fmt: str, title: str = "FOI response"):
    data, name = render(blocks, fmt, title=title, site=title)
    result = parse_document(data, filename=name, kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi
