"""Train the FOI block labeller (parsers/foi/labeller.crfsuite) and learn the
shipped boilerplate fingerprints (parsers/foi/boilerplate.json).

Training data: the corpus letters (../shared/corpus/foi, read here only, never
copied) with labels derived by aligning their hand-checked truth
(tests/truth/foi/*.json) to the letter's blocks, plus synthetic letters in the
training styles of scripts/foi_synthetic.py, plus the held-out sets' letters
(benchmarks/heldout_<x>: each letter rendered in each of its formats by its set's
renderer, read back, and labelled by the same alignment as a corpus letter;
set L, `UNSEEN_SETS`, is never trained on). The shipped model is trained without
the held-out sets (`--heldout-sets ''`, as `make train-foi-labeller` runs it): trained
with them, leave-one-set-out block labels improved but the label pairs alone and the
synthetic closings C did not (benchmarks/loso_labeller.py, README). Usage:

    .venv/bin/python scripts/train_foi_labeller.py [--no-corpus] [--heldout-sets d,e,...]

The functions here are also used by benchmarks/bench_accuracy.py to retrain
without one trust (leave-one-trust-out).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import inspect
import json
import pickle
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.foi_score import norm  # noqa: E402
from parsers.extract import extract  # noqa: E402
from parsers.extract.model import Extracted, TextBlock  # noqa: E402
from parsers.foi.blocks import Block, blocks_of, rule_roles  # noqa: E402
from parsers.foi.boilerplate import DEFAULT_PATH, Boilerplate, learn_boilerplate  # noqa: E402
from parsers.foi.labeller import MODEL_PATH, Labeller  # noqa: E402
from parsers.foi.passes import segment as _segment  # noqa: E402
from parsers.foi.patterns import _RE_ANSWER, _RE_META_KEY, _RE_SIGNOFF  # noqa: E402
from parsers.foi.units import _label_of, _units  # noqa: E402
from parsers.foi.vocab import closing_kinds, is_exemption_explanation  # noqa: E402
from scripts import foi_synthetic  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "foi"
TRUTH = ROOT / "tests" / "truth" / "foi"
BENCH = ROOT / "benchmarks"
# held-out sets kept unseen: they measure whether the rest generalises, so no model
# is ever trained on them (set L lives on its own branch)
UNSEEN_SETS = ("l",)
# read-back held-out letters, cached between runs (rendering and extracting them all
# takes minutes); keyed by the letter, the format and the extractor's source
CACHE = ROOT / ".cache" / "heldout_docs"
PDF_EVERY = 2  # every other synthetic training letter is also read back from a PDF (the rest DOCX)
_RE_TRUST = re.compile(r"-(?:FOI|RFI|NIC|wdtk|accommodation|housing|hospital|complaint|\d)", re.I)


@dataclass
class Sequence:
    """One letter as the labeller sees it: blocks, pages and gold labels."""

    name: str
    group: str  # the trust (or synthetic style)
    blocks: list[Block]
    pages: int
    gold: list[str]


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


def rule_blocks(doc: Extracted) -> tuple[list, list[Block]]:
    units = _units(doc)
    qs, _, general, _ = _segment(units)
    answers = [*general, *(" ".join(q.answer) for q in qs)]
    roles = rule_roles(units, [" ".join(q.parts) for q in qs], answers)
    return units, blocks_of(units, roles)


def _probe(text: str) -> str:
    m = _RE_ANSWER.match(text)
    if m and (":" in text[:40] or len(text) < 30):
        return norm(m.group(1) or "")
    lab = _label_of(text)
    return norm(lab.rest if lab is not None and lab.rest else text)


def gold_from_truth(blocks: list[Block], truth: dict) -> list[str]:
    """Labels by aligning the truth's questions and answers to the blocks; the
    rest by position: letterhead/salutation/preamble before the first item,
    closing/exemption explanation/footer after the last."""
    qtext = " \n ".join(norm(i["question"]) for i in truth["items"])
    atext = " \n ".join(norm(i["answer"]) for i in truth["items"])
    n = len(blocks)
    aligned: list[str | None] = []
    for b in blocks:
        p = _probe(b.text)[:80]
        if b.is_table or len(p) < 3:
            aligned.append(None)
        elif p in qtext:
            aligned.append("question")
        elif p in atext:
            aligned.append("answer")
        else:
            aligned.append(None)
    idx = [i for i, a in enumerate(aligned) if a]
    first, last = (idx[0], idx[-1]) if idx else (n, -1)
    if not idx:  # a covering letter: closing from the first sign-off
        last = -1
        first = next((i for i, b in enumerate(blocks) if _closing_text(b.text)), n)
    salute = next(
        (i for i, b in enumerate(blocks[:first]) if re.match(r"^dear\b", b.text, re.I)), -1
    )
    answers_end = last + 1
    if any(i["answer"] is None for i in truth["items"]):
        # the truth does not give a table answer's text: it runs to the closing
        answers_end = next((j for j in range(last + 1, n) if _closing_text(blocks[j].text)), n)
    pages_of: dict[str, set[int]] = {}
    for b in blocks:
        pages_of.setdefault(b.text, set()).add(b.page)
    gold: list[str] = []
    for i, b in enumerate(blocks):
        furniture = len(pages_of[b.text]) >= 2 and len(b.text) < 120 and b.rule == "none"
        footer = furniture or re.match(r"^page \d", b.text, re.I)
        if aligned[i]:
            gold.append(aligned[i])
        elif footer and not b.is_table:
            gold.append("footer")
        elif i < first:
            if i == salute:
                gold.append("salutation")
            elif i < salute or (salute < 0 and _RE_META_KEY.match(b.text)):
                gold.append("letterhead")
            else:
                gold.append("preamble")
        elif i > last and (idx or i >= first) and i < answers_end:
            gold.append("answer")  # a table answer (truth "answer": null) and its notes
        elif i > last and (idx or i >= first):
            gold.append(
                "exemption_explanation"
                if is_exemption_explanation(b.text) and not _closing_text(b.text)
                else "closing"
            )
        else:  # between items: the next aligned block's part (a heading, a marker)
            nxt = next((aligned[j] for j in range(i + 1, n) if aligned[j]), "answer")
            gold.append("answer" if b.is_table else nxt)
    return gold


def _closing_text(text: str) -> bool:
    return bool(_RE_SIGNOFF.match(text) or closing_kinds(text))


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
