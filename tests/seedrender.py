"""Turn the seed documents (DOCX saved as text: table cells are tab-indented lines,
rows separated by blank lines) back into blocks and tables, so the tests can render
them to DOCX and PDF and check that the parsers read them back."""

from __future__ import annotations

from pathlib import Path

from parsers.extract.model import Item
from parsers.wres.plaintext import tabbed_items

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


def seed_items(text: str) -> list[Item]:
    """The seed's paragraphs and tables (parsers.wres.plaintext.tabbed_items, which
    `parse-file` also uses on a WRES report saved as text)."""
    return tabbed_items(text)


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")
