"""Train the FOI block labeller (parsers/foi/labeller.crfsuite) and learn the
shipped boilerplate fingerprints (parsers/foi/boilerplate.json).

Training data: the corpus letters (../shared/corpus/foi, read here only, never
copied) with labels derived by aligning their hand-checked truth
(tests/truth/foi/*.json) to the letter's blocks, plus synthetic letters in the
training styles of scripts/foi_synthetic.py, plus the held-out sets' letters
(benchmarks/heldout_<x>: each letter rendered in each of its formats by its set's
renderer, read back, and labelled by the same alignment as a corpus letter;
sets in `UNSEEN_SETS` are never trained on). The shipped model is trained without
the held-out sets (`--heldout-sets ''`, as `make train-foi-labeller` runs it): trained
with them, leave-one-set-out block labels improved but the label pairs alone and the
synthetic closings C did not (benchmarks/loso_labeller.py, README). Usage:

    .venv/bin/python scripts/train_foi_labeller.py [--no-corpus] [--heldout-sets d,e,...]

The truth alignment is scripts/labeller_gold.py, the held-out letters
scripts/labeller_heldout.py. The functions here are also used by
benchmarks/bench_accuracy.py to retrain without one trust (leave-one-trust-out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.extract import extract  # noqa: E402
from parsers.extract.model import Extracted, TextBlock  # noqa: E402
from parsers.foi.blocks import Block  # noqa: E402
from parsers.foi.boilerplate import DEFAULT_PATH, Boilerplate, learn_boilerplate  # noqa: E402
from parsers.foi.labeller import MODEL_PATH, Labeller  # noqa: E402
from parsers.foi.units import _units  # noqa: E402
from scripts import foi_synthetic  # noqa: E402
from scripts.labeller_gold import Sequence, gold_from_truth, rule_blocks  # noqa: E402
from scripts.labeller_heldout import (  # noqa: E402
    UNSEEN_SETS,
    heldout_sequences,
    parse_sets,
)

CORPUS = ROOT.parent / "shared" / "corpus" / "foi"
TRUTH = ROOT / "tests" / "truth" / "foi"
PDF_EVERY = 2  # every other synthetic training letter is also read back from a PDF (the rest DOCX)
_RE_TRUST = re.compile(r"-(?:FOI|RFI|NIC|wdtk|accommodation|housing|hospital|complaint|\d)", re.I)


@dataclass
class CorpusLetter:
    file: str
    trust: str
    doc: Extracted
    truth: dict


def trust_of(filename: str) -> str:
    """The trust a corpus file comes from (its name up to the reference or topic)."""
    stem = Path(filename).stem
    m = _RE_TRUST.search(stem)
    return stem[: m.start()] if m else stem


def load_corpus(corpus: Path = CORPUS, truth_dir: Path = TRUTH) -> list[CorpusLetter]:
    out: list[CorpusLetter] = []
    for p in sorted(truth_dir.glob("*.json")):
        truth = json.loads(p.read_text(encoding="utf-8"))
        path = corpus / truth["file"]
        if not path.exists():
            continue
        doc = extract(path.read_bytes(), filename=path.name)
        out.append(CorpusLetter(truth["file"], trust_of(truth["file"]), doc, truth))
    return out


def corpus_sequences(letters: list[CorpusLetter]) -> list[Sequence]:
    out = []
    for cl in letters:
        if cl.doc.messages:  # threads are read by parsers.foi.thread, not labelled
            continue
        _, blocks = rule_blocks(cl.doc)
        if blocks:
            out.append(
                Sequence(
                    cl.file,
                    cl.trust,
                    blocks,
                    max(cl.doc.pages, 1),
                    gold_from_truth(blocks, cl.truth),
                )
            )
    return out


def synthetic_sequences(
    styles: list[str], per_style: int, seed0: int = 0, pdf_every: int = 0
) -> list[Sequence]:
    """Synthetic letters as blocks; with `pdf_every` = k, every k-th letter is also
    rendered to PDF and read back, and the letter after it to DOCX, so the model
    sees the layout features of both formats."""
    out = []
    for k, sl in enumerate(foi_synthetic.letters(styles, per_style, seed0)):
        gold: list[str] = []
        for b in sl.blocks:  # a block may become several units
            part = Extracted(items=[TextBlock(b.text, page=b.page, style=b.style)])
            gold.extend([b.label] * len(_units(part)))
        _, blocks = rule_blocks(foi_synthetic.to_extracted(sl))
        if len(blocks) == len(gold):
            out.append(Sequence(f"synthetic {sl.style}", sl.style, blocks, sl.pages, gold))
        if pdf_every:
            # every k-th letter read back from a PDF, the one after it from a DOCX
            fmt = {0: "pdf", 1: "docx"}.get(k % pdf_every)
            if fmt is None:
                continue
            data = foi_synthetic.to_pdf(sl) if fmt == "pdf" else foi_synthetic.to_docx(sl)
            doc = extract(data, filename=f"synthetic.{fmt}")
            _, blocks = rule_blocks(doc)
            rgold = _gold_by_text(blocks, sl.blocks)
            if rgold is not None:
                out.append(
                    Sequence(f"synthetic {sl.style} {fmt}", sl.style, blocks, doc.pages, rgold)
                )
    return out


def _gold_by_text(blocks: list[Block], sblocks: list[foi_synthetic.SBlock]) -> list[str] | None:
    """Labels for a rendered letter's blocks: each takes the label of the written
    block its text comes from (in order); None when the two cannot be aligned."""
    key = lambda t: re.sub(r"[^a-z0-9]", "", t.lower())  # noqa: E731
    gold: list[str] = []
    j = 0
    for b in blocks:
        probe = key(b.text)[:40]
        while j < len(sblocks) and probe not in key(foi_synthetic.pdf_text(sblocks[j].text)):
            j += 1
        if j == len(sblocks) or not probe:
            return None
        gold.append(sblocks[j].label)
    return gold


def corpus_boilerplate(seqs: list[Sequence], min_trusts: int = 3) -> Boilerplate:
    """What recurs across trusts outside questions and answers."""
    by_trust: dict[str, list[str]] = {}
    for s in seqs:
        paras = [
            b.text for b, g in zip(s.blocks, s.gold, strict=True) if g not in ("question", "answer")
        ]
        by_trust.setdefault(s.group, []).extend(paras)
    return learn_boilerplate(by_trust.values(), min_docs=min_trusts)


def train(seqs: list[Sequence], boilerplate: Boilerplate, model_path: Path) -> Labeller:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    lab = Labeller(model_path, boilerplate)
    for s in seqs:
        trainer.append(lab.features(s.blocks, s.pages), s.gold)
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": 200})
    trainer.train(str(model_path))
    return Labeller(model_path, boilerplate)


def train_temp(seqs: list[Sequence], boilerplate: Boilerplate) -> Labeller:
    """A model in a temporary file (leave-one-trust-out)."""
    with tempfile.NamedTemporaryFile(suffix=".crfsuite", delete=False) as fd:
        path = Path(fd.name)
    return train(seqs, boilerplate, path)


def block_accuracy(lab: Labeller, seqs: list[Sequence]) -> float:
    right = total = 0
    for s in seqs:
        pred, _ = lab.label(s.blocks, s.pages)
        right += sum(p == g for p, g in zip(pred, s.gold, strict=True))
        total += len(s.gold)
    return right / total if total else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-corpus", action="store_true", help="synthetic letters only")
    ap.add_argument(
        "--heldout-sets",
        default=None,
        help="held-out sets to train on, e.g. d,e,f ('' for none; default: all but "
        + ", ".join(UNSEEN_SETS)
        + ")",
    )
    args = ap.parse_args()
    letters = [] if args.no_corpus or not CORPUS.is_dir() else load_corpus()
    corpus_seqs = corpus_sequences(letters)
    synth = synthetic_sequences(foi_synthetic.TRAIN_STYLES, 25, pdf_every=PDF_EVERY)
    sets = parse_sets(args.heldout_sets)
    heldout = heldout_sequences(sets)
    bp = corpus_boilerplate(corpus_seqs)
    lab = train(corpus_seqs + synth + heldout, bp, MODEL_PATH)
    bp.save(DEFAULT_PATH)
    held = synthetic_sequences(foi_synthetic.HELDOUT_STYLES, 10, seed0=1000)
    print(
        f"trained on {len(corpus_seqs)} corpus letters + {len(synth)} synthetic + "
        f"{len(heldout)} held-out (sets {','.join(sets) or 'none'}); "
        f"{len(bp.hashes)} boilerplate shingles; block accuracy: corpus "
        f"{block_accuracy(lab, corpus_seqs):.3f}, held-out styles {block_accuracy(lab, held):.3f}"
    )


if __name__ == "__main__":
    main()
