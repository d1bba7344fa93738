"""Extraction accuracy, measured honestly (`make bench-accuracy`).

FOI question/answer pairs (P/R/F1, matched as tests/test_foi_corpus.py does:
benchmarks/foi_score.py) and reference / dates / exemptions, four ways:

* rules: the rule parser alone (no block labeller), on every corpus letter;
* tuned: the shipped labeller, trained on every corpus letter, scored on them
  (the rules were also written against them: this is not a measure of accuracy);
* leave-one-trust-out (LOTO): for each trust T, the labeller is retrained and
  the boilerplate relearned without T's letters, then T is scored; reported per
  trust and overall (the rules themselves stay as tuned: see README);
* synthetic held-out styles: letters generated in code (scripts/foi_synthetic.py)
  in layouts and closing wordings the shipped model was not trained on; the
  "unnumbered" styles (bold questions and plain answers, one reply naming a run
  of questions) have no numbers or markers, so only the label pairs read them.

The WRES half lives in benchmarks/accuracy_wres.py when present (its `main()`
is called and prints its own table). The held-out sets (benchmarks/heldout_d to
the latest, `HELDOUT_SETS`: FOI letters and WRES layouts written by someone who had
not read the parsers, each with its first-sight scores and, where other sets'
learning landed before it was learned from, its scores again there) are printed
last. With `--loso`, the labeller is also measured leave-one-set-out over the
held-out sets (benchmarks/loso_labeller.py: trained without set X, scored on X;
never set L). Needs ../shared/corpus for the corpus rows; the synthetic rows run
anywhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

# every held-out set, in the order written: each one's first sight came after the
# learning from the sets before it
HELDOUT_SETS = (
    *"defghijklmnopqrstuvwxyz",
    "aa",
    "ab",
    "ac",
    "ad",
    "ae",
    "af",
    "ag",
    "ah",
    "ai",
    "aj",
)  # sets D to Z, then AA to AJ

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.foi_score import micro, score  # noqa: E402
from parsers import parse_document  # noqa: E402
from parsers.foi.boilerplate import learn_trust_template  # noqa: E402
from parsers.foi.labeller import (  # noqa: E402
    Labeller,
    default_labeller,
    labeller_for_trust,
    using_labeller,
)
from parsers.foi.parse import parse_foi  # noqa: E402
from scripts import foi_synthetic  # noqa: E402
from scripts.labeller_gold import Sequence  # noqa: E402
from scripts.train_foi_labeller import (  # noqa: E402
    CORPUS,
    PDF_EVERY,
    CorpusLetter,
    corpus_boilerplate,
    corpus_sequences,
    load_corpus,
    synthetic_sequences,
    train_temp,
)


def _score_letters(letters: list[CorpusLetter], labeller: Labeller | None) -> list[dict]:
    with using_labeller(labeller):
        return [score(cl.truth, parse_foi(cl.doc)) | {"file": cl.file} for cl in letters]


def _synthetic_truth(sl: foi_synthetic.SLetter) -> dict:
    return {
        "items": sl.items,
        "reference": sl.reference,
        "received_date": sl.received,
        "responded_date": sl.responded,
    }


def _read(sl: foi_synthetic.SLetter, fmt: str):
    """Parse a synthetic letter given directly as blocks, or rendered as a file."""
    if fmt == "blocks":
        return parse_foi(foi_synthetic.to_extracted(sl))
    data = foi_synthetic.to_docx(sl) if fmt == "docx" else foi_synthetic.to_pdf(sl)
    return parse_document(data, filename=f"letter.{fmt}", kind_hint="foi").foi


def _pdf_truth(sl: foi_synthetic.SLetter) -> dict:
    """The PDF rendering spells £ and © out (the core fonts lack them)."""
    t = _synthetic_truth(sl)
    fix = lambda s: s and foi_synthetic.pdf_text(s)  # noqa: E731
    t["items"] = [
        i | {"question": fix(i["question"]), "answer": fix(i["answer"])} for i in t["items"]
    ]
    return t


def _score_synthetic(
    styles: list[str], n: int, labeller: Labeller | None, fmt: str = "blocks"
) -> dict:
    with using_labeller(labeller):
        scores = [
            score(_pdf_truth(sl) if fmt == "pdf" else _synthetic_truth(sl), _read(sl, fmt))
            for sl in foi_synthetic.letters(styles, n, seed0=5000)
        ]
    return micro(scores)


def _score_with_template(styles: list[str], n: int, shipped: Labeller | None) -> dict:
    """The nightly case: each style stands for one trust whose disclosure log (10
    other letters in that style) teaches its template before its letters are read
    (parsers.foi.boilerplate.learn_trust_template). A bigger synthetic log starts
    to learn the generator's recurring answers too: it has only 16 topics."""
    scores = []
    for style in styles:
        log = [[b.text for b in sl.blocks] for sl in foi_synthetic.letters([style], 10, 9000)]
        asked = [i["question"] for sl in foi_synthetic.letters([style], 10, 9000) for i in sl.items]
        lab = labeller_for_trust(learn_trust_template(log, 3, asked)) if shipped else None
        with using_labeller(lab):
            for sl in foi_synthetic.letters([style], n, seed0=5000):
                scores.append(
                    score(_synthetic_truth(sl), parse_foi(foi_synthetic.to_extracted(sl)))
                )
    return micro(scores)


def _score_nightly(styles: list[str], n: int, shipped: Labeller | None) -> dict:
    """The nightly pipeline's learner (parsers.foi.template, as trustdocs.pipeline
    runs it): each style is one trust whose whole disclosure log (the n scored
    letters) is read, reduced to hashes, its template learned and the log read again."""
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.template import learn_template, letter_shingles
    from parsers.foi.units import _units

    scores = []
    known = frozenset(shipped.boilerplate.hashes) if shipped else frozenset()
    for style in styles:
        log = list(foi_synthetic.letters([style], n, seed0=5000))
        hashed = []
        for sl in log:
            doc = foi_synthetic.to_extracted(sl)
            foi = parse_foi(doc)
            answers = [i.answer for i in foi.items if i.answer]
            hashed.append(
                letter_shingles(
                    [u.text for u in _units(doc)], [i.question for i in foi.items], answers
                )
            )
        lab = (
            labeller_for_trust(Boilerplate(set(learn_template(hashed, known)))) if shipped else None
        )
        with using_labeller(lab):
            for sl in log:
                scores.append(
                    score(_synthetic_truth(sl), parse_foi(foi_synthetic.to_extracted(sl)))
                )
    return micro(scores)


def loto(
    letters: list[CorpusLetter], per_style: int, heldout: list[Sequence] | None = None
) -> tuple[list[dict], dict[str, dict], dict[str, tuple[int, int]]]:
    """Leave-one-trust-out: every letter scored by a model that never saw its
    trust, trained as the shipped one is (corpus and synthetic letters; `heldout`
    adds the held-out sets' sequences, scripts/train_foi_labeller.py
    --heldout-sets, for a model trained with them). Also counts the model's own
    block labels against the labels derived from the truth (right, total) per
    label, which the rules do not mask."""
    seqs = corpus_sequences(letters)
    synth = synthetic_sequences(foi_synthetic.TRAIN_STYLES, per_style, pdf_every=PDF_EVERY)
    synth += heldout or []
    trusts = sorted({cl.trust for cl in letters})
    all_scores: list[dict] = []
    per_trust: dict[str, dict] = {}
    blocks: dict[str, tuple[int, int]] = {}
    for t in trusts:
        train_seqs = [s for s in seqs if s.group != t]
        lab = train_temp(train_seqs + synth, corpus_boilerplate(train_seqs))
        try:
            got = _score_letters([cl for cl in letters if cl.trust == t], lab)
            for s in (s for s in seqs if s.group == t):
                pred, _ = lab.label(s.blocks, s.pages)
                for p, g in zip(pred, s.gold, strict=True):
                    right, total = blocks.get(g, (0, 0))
                    blocks[g] = (right + (p == g), total + 1)
        finally:
            lab.model_path.unlink(missing_ok=True)
        all_scores += got
        per_trust[t] = micro(got)
    return all_scores, per_trust, blocks


def _row(name: str, m: dict) -> str:
    return (
        f"{name:44} {m['n']:>4} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
        f"{m['reference']:6.3f} {m['dates']:6.3f} "
        + (f"{m['exemptions']:6.3f}" if "exemptions" in m and m.get("has_ex", True) else "     -")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description="FOI (and WRES) extraction accuracy")
    ap.add_argument("--per-trust", action="store_true", help="print LOTO per trust")
    ap.add_argument("--synthetic", type=int, default=20, help="synthetic letters per style")
    ap.add_argument(
        "--loso",
        action="store_true",
        help="also the labeller leave-one-set-out over the held-out sets (long)",
    )
    args = ap.parse_args()
    t0 = time.perf_counter()
    shipped = default_labeller()
    header = (
        f"{'FOI':44} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6} {'ref':>6} {'dates':>6} {'exempt':>6}"
    )
    rows: list[str] = []
    if CORPUS.is_dir():
        letters = load_corpus()
        rows.append(_row("corpus, rules only", micro(_score_letters(letters, None))))
        rows.append(
            _row("corpus, tuned (trained on all letters)", micro(_score_letters(letters, shipped)))
        )
        loto_scores, per_trust, block_hits = loto(letters, per_style=25)
        rows.append(
            _row(f"corpus, leave-one-trust-out ({len(per_trust)} trusts)", micro(loto_scores))
        )
    else:
        per_trust, block_hits = {}, {}
        rows.append("corpus: ../shared/corpus absent, corpus rows skipped")
    for name, styles in (
        ("train", foi_synthetic.TRAIN_STYLES),
        ("held-out", foi_synthetic.HELDOUT_STYLES),
        ("held-out C", foi_synthetic.HELDOUT_C_STYLES),
    ):
        for tag, lab in (("rules only", None), ("labeller", shipped)):
            m = _score_synthetic(styles, args.synthetic, lab)
            m["has_ex"] = False
            rows.append(_row(f"synthetic {name} styles, {tag}", m))
    # no numbers, no markers: only the block labels can pair them (parsers.foi.label_pairs)
    for tag, lab in (("rules only", None), ("labeller", shipped)):
        m = _score_synthetic(foi_synthetic.LABEL_PAIR_STYLES, args.synthetic, lab)
        m["has_ex"] = False
        rows.append(_row(f"synthetic unnumbered styles, {tag}", m))
    m = _score_synthetic(foi_synthetic.LABEL_PAIR_STYLES, args.synthetic // 2, shipped, "pdf")
    m["has_ex"] = False
    rows.append(_row("synthetic unnumbered styles as PDF, labeller", m))
    for fmt in ("docx", "pdf"):
        m = _score_synthetic(foi_synthetic.HELDOUT_STYLES, args.synthetic // 2, shipped, fmt)
        m["has_ex"] = False
        rows.append(_row(f"synthetic held-out styles as {fmt.upper()}, labeller", m))
    m = _score_with_template(foi_synthetic.HELDOUT_C_STYLES, args.synthetic, shipped)
    m["has_ex"] = False
    rows.append(_row("synthetic held-out C, + trust template", m))
    for name, styles in (
        ("held-out C", foi_synthetic.HELDOUT_C_STYLES),
        ("held-out", foi_synthetic.HELDOUT_STYLES),
    ):
        m = _score_nightly(styles, args.synthetic, shipped)
        m["has_ex"] = False
        rows.append(_row(f"synthetic {name}, + nightly template", m))
    print(header)
    print("\n".join(rows))
    if args.per_trust and per_trust:
        print(
            f"\n{'LOTO per trust':44} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6} {'ref':>6} {'dates':>6} {'exempt':>6}"
        )
        for t, m in per_trust.items():
            print(_row(t, m))
        for s in loto_scores:
            if s["matched"] != s["want"] or s["got"] != s["want"]:
                print(
                    f"  LOTO miss: {s['file']}: {s['matched']}/{s['want']} pairs ({s['got']} read)"
                )
    if block_hits:
        right = sum(r for r, _ in block_hits.values())
        total = sum(n for _, n in block_hits.values())
        print(
            f"\nLOTO block labels (the model alone, against labels aligned from the truth): "
            f"{right}/{total} = {right / total:.3f}; "
            + ", ".join(f"{g} {r}/{n}" for g, (r, n) in sorted(block_hits.items()))
        )
    if args.loso:
        from benchmarks.loso_labeller import loso, loso_rows

        print()
        print("\n".join(loso_rows(loso())))
    print(f"\n({time.perf_counter() - t0:.0f} s)")
    wres = ROOT / "benchmarks" / "accuracy_wres.py"
    if wres.exists():  # the WRES half (figures found with the right key, LOTO)
        spec = importlib.util.spec_from_file_location("accuracy_wres", wres)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        print()
        mod.main()
    # the held-out sets, each scored at first sight at its base commit and now (issue #13)
    for name in HELDOUT_SETS:
        print()
        importlib.import_module(f"benchmarks.heldout_{name}.score").main()


if __name__ == "__main__":
    main()
