"""Which group a relative likelihood is of: the numerator of the two groups it compares.

A label with the pair in brackets ("(White/BAME)", "(W:BME)"): `ratio_pair`, and
`numerator_group`, which also reads "BME compared to White" (the first group named).

A group cell naming the two groups it compares ("White to BME", "BME v White",
"White:BME"): the ratio is of the first group named to the second, so the first is its
numerator group (`pair_numerator`).

Only a cell that is the pair and nothing more is read this way: two group names with
at most a short joining word or sign between them, and nothing before or after
(so a cell ending in another word, "BME and White staff", is not a pair). The words
are read from either end, since a reversed name reads the same group ("minority ethnic"). A
longer cell naming both groups ("BME and White staff in post") is not a pair.
"""

from __future__ import annotations

import re

from parsers.wres.cells import clean, ethnic_groups

_MAX_JOIN_WORDS = 2  # "to", "v", "compared with": the join, never a phrase of its own


def pair_numerator(cell: str) -> str | None:
    """The first group of a cell that is just a pair of groups, or None."""
    words = re.findall(r"[A-Za-z]+", clean(cell))
    head = _named_from(words)  # the fewest words from the start that name a group
    tail = _named_from(words[::-1])  # and from the end
    if head is None or tail is None:
        return None
    (k, first), (n, second) = head, tail
    between = words[k : len(words) - n]
    if first == second or len(between) > _MAX_JOIN_WORDS or ethnic_groups(" ".join(between)):
        return None
    return first


def _named_from(words: list[str]) -> tuple[int, str] | None:
    """(how many words, the group) when the first words name one group and each is
    part of its name (dropping the first would lose it), or None."""
    for k in range(1, len(words) + 1):
        groups = [g for g in ethnic_groups(" ".join(words[:k])) if g != "All"]
        if not groups:
            continue
        if len(groups) > 1 or ethnic_groups(" ".join(words[1:k])):
            return None
        return k, groups[0]
    return None


__all__ = ["pair_numerator"]


# a ratio's two groups in brackets, numerator first: "(White/BAME)", "(W:BME)"
_RE_RATIO_PAIR = re.compile(r"\(\s*([^()/:]+?)\s*[/:]\s*([^()/:]+?)\s*\)")
_INITIALS = {"w": "White"}  # "(W:BME)": only White is so written (B could be Black)


def ratio_pair(text: str | None) -> tuple[str, str] | None:
    """(numerator, denominator) groups of a bracketed ratio pair, or None."""
    m = _RE_RATIO_PAIR.search(clean(text))
    if not m:
        return None
    pair = []
    for part in (m.group(1), m.group(2)):
        g = [x for x in ethnic_groups(part) if x != "All"] or [_INITIALS.get(part.lower(), "")]
        if len(g) != 1 or not g[0]:
            return None
        pair.append(g[0])
    return (pair[0], pair[1]) if pair[0] != pair[1] else None


def numerator_group(text: str | None) -> str | None:
    """The group in the numerator of a relative likelihood label: "(White/BAME)" -> White,
    "(W:BME)" -> White, "BME compared to White" -> BME; else the first group named."""
    t = clean(text)
    pair = ratio_pair(t)
    if pair:
        return pair[0]
    m = re.search(r"\(([^()/]+)/([^()/]+)\)", t)
    if m:
        g = ethnic_groups(m.group(1))
        if g:
            return g[0]
    groups = ethnic_groups(t)
    return groups[0] if groups else None
