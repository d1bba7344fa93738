"""The held-out sets' letters (benchmarks/heldout_<x>) as training sequences for
the FOI block labeller: each letter rendered in each of its formats by its set's
renderer, read back (cached on disk), and labelled by the same alignment as a
corpus letter (scripts/labeller_gold.py). Sets in `UNSEEN_SETS` are never trained
on: they measure whether the rest generalises."""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pickle
from pathlib import Path

from parsers.extract import extract
from parsers.extract.model import Extracted
from scripts.labeller_gold import Sequence, gold_from_truth, rule_blocks

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
# held-out sets kept unseen: they measure whether the rest generalises, so no model
# is ever trained on them (the newest sets, not yet learned from)
UNSEEN_SETS = (*"nopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj")
# read-back held-out letters, cached between runs (rendering and extracting them all
# takes minutes); keyed by the letter, the format and the extractor's source
CACHE = ROOT / ".cache" / "heldout_docs"


def heldout_sets_present() -> list[str]:
    """The held-out sets in benchmarks/ (heldout_<x>/score.py), but the unseen ones."""
    names = (p.parent.name.removeprefix("heldout_") for p in BENCH.glob("heldout_*/score.py"))
    return sorted(x for x in names if x not in UNSEEN_SETS)


def heldout_set(name: str):
    """Set <name>'s HeldoutSet (letters, renderer) from its score.py."""
    if name.lower() in UNSEEN_SETS:
        raise ValueError(f"held-out set {name.upper()} is kept unseen: never trained on")
    return importlib.import_module(f"benchmarks.heldout_{name.lower()}.score").SET


def _source_hash() -> str:
    """The extractor's source (a changed extractor reads the letters afresh)."""
    h = hashlib.sha1()
    for f in sorted((ROOT / "parsers" / "extract").rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def heldout_docs(name: str) -> list[tuple[object, str, Extracted]]:
    """Every letter of held-out set <name> in each of its formats, rendered by the
    set's renderer and read back: (letter, format, extracted), cached on disk."""
    hs = heldout_set(name)
    CACHE.mkdir(parents=True, exist_ok=True)
    src = _source_hash()
    path = CACHE / f"{name.lower()}.pkl"
    cache: dict[str, Extracted] = {}
    if path.exists():
        try:
            cache = pickle.loads(path.read_bytes())
        except Exception:  # a stale or broken cache is read again
            cache = {}
    out, fresh = [], {}
    render_src = Path(inspect.getsourcefile(hs.render) or __file__).read_bytes()
    for letter in hs.letters():
        for fmt in letter.formats:
            key = hashlib.sha1(
                repr((letter.blocks, letter.trust, fmt, src)).encode() + render_src
            ).hexdigest()
            doc = cache.get(key)
            if doc is None:
                data, fname = hs.render(letter.blocks, fmt, title=letter.trust, site=letter.trust)
                doc = extract(data, filename=fname)
            fresh[key] = doc
            out.append((letter, fmt, doc))
    if fresh.keys() != cache.keys():
        path.write_bytes(pickle.dumps(fresh))
    return out


def letter_sequence(doc: Extracted, truth: dict, name: str, group: str) -> Sequence | None:
    """A read-back letter with full truth as a training sequence, labelled as a
    corpus letter is (`gold_from_truth`). None for an e-mail thread (not labelled)
    and for a letter whose truth has items but none of whose questions the
    alignment finds: its labels would be wrong everywhere."""
    if doc.messages:
        return None
    _, blocks = rule_blocks(doc)
    if not blocks:
        return None
    gold = gold_from_truth(blocks, truth)
    if truth["items"] and "question" not in gold:
        return None
    return Sequence(name, group, blocks, max(doc.pages, 1), gold)


def heldout_sequences(sets: list[str]) -> list[Sequence]:
    """Training sequences from the held-out sets named (group "set <x> / <style>")."""
    out = []
    for x in sets:
        for letter, fmt, doc in heldout_docs(x):
            group = f"set {x.lower()} / {letter.style}"
            seq = letter_sequence(doc, letter.truth, f"{group} {fmt}", group)
            if seq is not None:
                out.append(seq)
    return out


def parse_sets(arg: str | None) -> list[str]:
    """`--heldout-sets d,e,…` (default: every set present but the unseen ones)."""
    if arg is None:
        return heldout_sets_present()
    sets = [x.strip().lower() for x in arg.split(",") if x.strip()]
    unseen = [x for x in sets if x in UNSEEN_SETS]
    if unseen:
        raise SystemExit(f"held-out set(s) {', '.join(unseen)} are kept unseen: never trained on")
    return sets
