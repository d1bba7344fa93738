"""Text made safe to store: what a parser read from a hostile file can hold lone UTF-16
surrogates (a JSON export's "\\ud800", a PDF's broken ToUnicode map) and NUL bytes,
which SQLite's UTF-8 encoder and JSON consumers refuse. Both become U+FFFD, the
replacement character, so the document is saved and the damage stays visible."""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
_UNSAFE = re.compile("[\ud800-\udfff\x00]")


def clean_text(text: str) -> str:
    return _UNSAFE.sub(REPLACEMENT, text) if _UNSAFE.search(text) else text


def clean_value(value: Any) -> Any:
    """Strings cleaned, recursively through lists, tuples and dicts; the rest as it is."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list | tuple):
        return [clean_value(v) for v in value]
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    return value
