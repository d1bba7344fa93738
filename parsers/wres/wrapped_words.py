"""Words a narrow PDF table column broke in the middle ("Indica tor 1: Staff in post as
a share of the whole workf orce", "Relati ve likelih ood"): a PDF's cell gives its
printed lines joined by spaces, so a word wrapped inside a column too narrow for it
comes out as two or three fragments, and no reader that keys a row by its words
("Indicator 1", "workforce", "shortlisting") finds them.

Where a line ends is no help: a forced break inside a word and a wrap at a space both
fill the line. What tells them apart is the words: fragments are rejoined only when
together they spell a word of the standard's own vocabulary (the words of
parsers/wres/vocab.py's patterns, `squash` being the same reading for a whole label)
and apart they are not all such words. Two ordinary words side by side ("the whole",
"in post") spell nothing the vocabulary knows and stay apart; "work force" would be
joined, which reads the same. Only a PDF's tables are read so: a web page or a Word
document prints a cell's words whole.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from parsers.extract.model import Extracted, Table
from parsers.wres import vocab

_MAX_PARTS = 4  # "progr essio n": a long word in a column a few letters wide
_RE_FRAGMENT = re.compile(r"[A-Za-z][A-Za-z-]*")
_RE_CLOSE = re.compile(r"[,.;:)]*$")


@functools.cache
def _lexicon() -> frozenset[str]:
    """Every word of four letters or more the vocabulary's patterns spell."""
    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            text = re.sub(r"\\[a-zA-Z]", " ", x.lower())  # "\bboard": no "bboard"
            words.update(re.findall(r"[a-z]{4,}", text))
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, list | tuple | set | frozenset):
            for v in x:
                walk(v)

    for name in dir(vocab):
        # not the squashed names ("globalmajority"): those are two words
        if name.isupper() and "SQUASH" not in name:
            walk(getattr(vocab, name))
    return frozenset(words)


def _known(word: str) -> bool:
    """A word of the vocabulary as it is spelt there (a stem, "opportunit", is no word:
    with any ending it would join a word to the next, "voting" and "mem")."""
    return word in _lexicon()


def _spelled(parts: list[str]) -> str | None:
    """The word `parts` spell together (its closing punctuation kept), when it is the
    vocabulary's and the parts are not all words of it on their own."""
    close = _RE_CLOSE.search(parts[-1]).group(0)  # type: ignore[union-attr]
    cores = [*parts[:-1], parts[-1][: len(parts[-1]) - len(close)]]
    if not all(_RE_FRAGMENT.fullmatch(c) for c in cores):
        return None
    word = "".join(cores)
    segments = [s for s in word.lower().split("-") if len(s) > 3]
    if not segments or not all(_known(s) for s in segments):
        return None
    if all(all(_known(s) or len(s) <= 3 for s in c.lower().split("-")) for c in cores):
        return None  # words of their own side by side
    return word + close


def rejoin(text: str) -> str:
    """`text` with each word broken into fragments written whole."""
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for k in range(min(_MAX_PARTS, len(tokens) - i), 1, -1):
            word = _spelled(tokens[i : i + k])
            if word is not None:
                out.append(word)
                i += k
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


def _table(table: Table) -> Table:
    rows = [[rejoin(c) if c else c for c in r] for r in table.rows]
    return replace(table, rows=rows) if rows != table.rows else table


def rejoin_wrapped_words(doc: Extracted) -> Extracted:
    """The document with its PDF tables' broken words whole again."""
    if doc.format != "pdf":
        return doc
    items = [_table(it) if isinstance(it, Table) else it for it in doc.items]
    return replace(doc, items=items) if items != doc.items else doc


__all__ = ["rejoin", "rejoin_wrapped_words"]
