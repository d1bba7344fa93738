"""Leave-one-set-out (LOSO) for the FOI block labeller (`make bench-accuracy` with
`--loso`, or `python benchmarks/loso_labeller.py`).

For each held-out set X (benchmarks/heldout_<x>; never set L, which stays unseen):
a labeller is trained on the corpus letters, the synthetic training styles and every
held-out set but X, and X's letters (each in each of its formats, read back as
scripts/train_foi_labeller.py reads them) are scored three ways, beside the shipped
labeller's numbers on the same letters:

(a) block labels: the model's own labels against the labels aligned from X's truth
    (`gold_from_truth`): the model's generalisation to house styles it never saw;
(b) FOI pair F1 of the whole parser with that labeller. The rules were already
    written against X's styles, so this measures little;
(c) the label pairs alone (parsers.foi.label_pairs on the blocks the labeller sees,
    whatever the rules' own pairs): what the labeller reads of a style by itself,
    its contribution where the rules read nothing. Label pairs carry no item
    number and keep a block's marker ("Request:", "A1:") that the rules take
    off, so (c) is scored by containment: a truth item is found when one drawn
    pair's question holds its question and that pair's answer holds its answer
    (whitespace-normalised; numbers not compared).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.foi_score import micro, norm, score  # noqa: E402
from parsers.extract.model import Extracted  # noqa: E402
from parsers.foi.label_pairs import label_pairs  # noqa: E402
from parsers.foi.labeller import Labeller, default_labeller, using_labeller  # noqa: E402
from parsers.foi.parse import _balance_quotes, _unbulleted, parse_foi  # noqa: E402
from parsers.foi.patterns import normalise  # noqa: E402
from scripts import foi_synthetic  # noqa: E402
from scripts.labeller_gold import Sequence, rule_blocks  # noqa: E402
from scripts.labeller_heldout import heldout_docs, heldout_sets_present, letter_sequence  # noqa: E402
from scripts.train_foi_labeller import (  # noqa: E402
    CORPUS,
    PDF_EVERY,
    corpus_boilerplate,
    corpus_sequences,
    load_corpus,
    synthetic_sequences,
    train_temp,
)


@dataclass
class SetScore:
    """One held-out set's numbers for one labeller."""

    blocks_right: int
    blocks_total: int
    pairs: list[dict]  # (b) one score per letter and format (benchmarks.foi_score)
    label_pairs: list[dict]  # (c)

    @property
    def block_accuracy(self) -> float:
        return self.blocks_right / self.blocks_total if self.blocks_total else 0.0


def label_pairs_only(doc: Extracted, lab: Labeller):
    """X's items as the label pairs alone draw them (no rule pairs), shaped for
    benchmarks.foi_score.score (its pair counts; the metadata is not read here)."""
    units, blocks = rule_blocks(doc)
    items = []
    if blocks and not doc.messages:
        labels, probs = lab.label(blocks, max(doc.pages, 1))
        drawn = label_pairs(units, blocks, labels, probs, lab.boilerplate)
        for q in drawn.items:
            question = _balance_quotes(_unbulleted(normalise(" ".join(q.parts))))
            answer = _unbulleted(normalise(" ".join(q.answer))) or None
            if question or answer:
                items.append(SimpleNamespace(label=None, question=question, answer=answer))
    return SimpleNamespace(
        items=items, exemptions=[], reference=None, received_date=None, responded_date=None
    )


def contained_score(truth: dict, foi) -> dict:
    """Pairs found by containment (see (c) above), counted as benchmarks.foi_score does."""
    got = [(norm(i.question), norm(i.answer)) for i in foi.items]
    used: set[int] = set()
    matched = 0
    for item in truth["items"]:
        q, a = norm(item["question"]), norm(item["answer"])
        for j, (gq, ga) in enumerate(got):
            if j not in used and q and q in gq and (item["answer"] is None or a in ga):
                used.add(j)
                matched += 1
                break
    return score(truth, foi) | {"matched": matched, "got": len(got), "want": len(truth["items"])}


def score_set(
    lab: Labeller, docs: list[tuple[object, str, Extracted]], seqs: list[Sequence]
) -> SetScore:
    right = total = 0
    for s in seqs:
        pred, _ = lab.label(s.blocks, s.pages)
        right += sum(p == g for p, g in zip(pred, s.gold, strict=True))
        total += len(s.gold)
    with using_labeller(lab):
        pairs = [score(letter.truth, parse_foi(doc)) for letter, _, doc in docs]
    alone = [contained_score(letter.truth, label_pairs_only(doc, lab)) for letter, _, doc in docs]
    return SetScore(right, total, pairs, alone)


def loso(
    sets: list[str] | None = None, per_style: int = 25, sample: int = 0
) -> dict[str, tuple[SetScore, SetScore]]:
    """{set: (shipped labeller's score, leave-one-set-out labeller's score)}. With
    `sample` = k, only every k-th of a set's letters is scored (all are trained on)."""
    sets = sets or heldout_sets_present()
    letters = load_corpus() if CORPUS.is_dir() else []
    corpus = corpus_sequences(letters)
    synth = synthetic_sequences(foi_synthetic.TRAIN_STYLES, per_style, pdf_every=PDF_EVERY)
    bp = corpus_boilerplate(corpus)
    docs: dict[str, list] = {}
    seqs: dict[str, list[Sequence]] = {}
    for x in sets:
        docs[x] = heldout_docs(x)
        seqs[x] = []
        for letter, fmt, doc in docs[x]:
            group = f"set {x} / {letter.style}"
            s = letter_sequence(doc, letter.truth, f"{group} {fmt}", group)
            if s is not None:
                seqs[x].append(s)
    shipped = default_labeller()
    out: dict[str, tuple[SetScore, SetScore]] = {}
    for x in sets:
        train_seqs = [s for y in sets if y != x for s in seqs[y]]
        lab = train_temp(corpus + synth + train_seqs, bp)
        scored = docs[x][:: sample or 1]
        scored_seqs = seqs[x][:: sample or 1]
        try:
            out[x] = (score_set(shipped, scored, scored_seqs), score_set(lab, scored, scored_seqs))
        finally:
            lab.model_path.unlink(missing_ok=True)
    return out


def _sum(scores: list[SetScore]) -> tuple[int, int]:
    return sum(s.blocks_right for s in scores), sum(s.blocks_total for s in scores)


def loso_rows(result: dict[str, tuple[SetScore, SetScore]]) -> list[str]:
    """The table: per set and overall, shipped → leave-one-set-out."""
    rows = [
        f"{'leave-one-set-out (labeller)':34} {'blocks shipped→LOSO':>22} "
        f"{'pairs F1':>14} {'label pairs F1':>16}"
    ]

    def row(name: str, a: list[SetScore], b: list[SetScore]) -> str:
        (ra, na), (rb, nb) = _sum(a), _sum(b)
        f = _f1
        return (
            f"{name:34} {ra / na if na else 0:10.3f} → {rb / nb if nb else 0:.3f}   "
            f"{f(a, 'pairs'):.3f} → {f(b, 'pairs'):.3f}   "
            f"{f(a, 'label_pairs'):.3f} → {f(b, 'label_pairs'):.3f}"
        )

    for x, (a, b) in result.items():
        rows.append(row(f"set {x.upper()} ({a.blocks_total} blocks)", [a], [b]))
    rows.append(
        row(
            f"all {len(result)} sets",
            [a for a, _ in result.values()],
            [b for _, b in result.values()],
        )
    )
    return rows


def _f1(scores: list[SetScore], key: str) -> float:
    """Micro F1 over sets from each set's precision/recall and counts."""
    return micro([m for s in scores for m in getattr(s, key)])["f1"]


def main() -> None:
    t0 = time.perf_counter()
    print("\n".join(loso_rows(loso())))
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
