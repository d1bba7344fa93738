"""Answers numbered alike after all the questions: the questions printed as one run of
labels ("(a)" … "(d)", "1." … "4."), then the answers carrying the same labels in the
same order. The second run's labels say where the answers end, so the block labeller's
closing may not begin before its last label (a model reading "(c) The Trust …" after
a heading as closing prose would cut the last answers off). Read by the labels' order
alone: the same two or more keys twice over, the second run straight after the first
in label order, words between allowed (a heading, an intro)."""

from __future__ import annotations

from parsers.foi.units import _label_of, _Unit


def _labelled(units: list[_Unit]) -> list[tuple[int, str]]:
    """(index, label key) of each labelled paragraph, in order."""
    out: list[tuple[int, str]] = []
    for k, u in enumerate(units):
        lab = _label_of(u.text) if u.table is None else None
        if lab is not None:
            out.append((k, lab.key))
    return out


def last_relabelled_answer(units: list[_Unit]) -> int | None:
    """The index of the last answer of a run labelled as the run of questions before
    it (the same keys, in the same order), or None."""
    labelled = _labelled(units)
    keys = [key for _, key in labelled]
    if len(keys) < 4:
        return None
    # the first run ends where its first key comes again
    n = next((i for i in range(1, len(keys)) if keys[i] == keys[0]), None)
    if n is None or n < 2 or len(set(keys[:n])) != n or keys[n : 2 * n] != keys[:n]:
        return None
    return labelled[2 * n - 1][0]
