"""The FOI letter's block labeller: a linear-chain CRF (python-crfsuite) over the
blocks of parsers.foi.blocks, labelling each as letterhead, salutation, preamble,
question, answer, exemption_explanation, closing or footer.

The weights (`labeller.crfsuite`) and the learned boilerplate
(`boilerplate.json`) sit beside this module and are written by
`scripts/train_foi_labeller.py` (corpus letters aligned to their hand-checked
truth, plus synthetic letters in varied house styles). Without the weights (or
without python-crfsuite) the labeller is absent and the parser runs on its rules.

The parser uses the labels in one place, `answer_stops`: the last answer stops
at the first closing or exemption-explanation block after which the model sees
no further question, and page furniture (footers) inside the answers is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from parsers.foi.blocks import Block, block_features
from parsers.foi.boilerplate import Boilerplate
from parsers.foi.list_runs import list_runs_on
from parsers.foi.patterns import _RE_SIGNOFF
from parsers.foi.structure import structure_of
from parsers.foi.vocab import closing_kinds, is_exemption_explanation

MODEL_PATH = Path(__file__).with_name("labeller.crfsuite")
STOP_LABELS = ("closing", "exemption_explanation")
# how sure the model must be before a block ends the answers: a wrong stop loses
# answer text, a missed one keeps the old behaviour
MIN_STOP_PROB = 0.6
# share of a block's shingles that must be learned boilerplate to count as evidence
MIN_BOILERPLATE = 0.3
# a block this much boilerplate is a hard stop whatever the model says
HARD_BOILERPLATE = 0.8
# a block with no such evidence that the rules kept out of the answers
SURE = 0.9


def _to_crf(feats: list[dict[str, float | str]]) -> list[dict[str, float]]:
    """python-crfsuite takes string values as `key=value` features with weight 1."""
    out: list[dict[str, float]] = []
    for f in feats:
        d: dict[str, float] = {}
        for k, v in f.items():
            if isinstance(v, str):
                d[f"{k}={v}"] = 1.0
            else:
                d[k] = float(v)
        out.append(d)
    return out


@dataclass
class Labeller:
    """A trained model and the boilerplate it was trained with."""

    model_path: Path
    boilerplate: Boilerplate = field(default_factory=Boilerplate)
    _tagger: object | None = None

    def tagger(self):
        if self._tagger is None:
            import pycrfsuite

            t = pycrfsuite.Tagger()
            t.open(str(self.model_path))
            self._tagger = t
        return self._tagger

    def features(self, blocks: list[Block], pages: int) -> list[dict[str, float]]:
        return _to_crf(block_features(blocks, pages, self.boilerplate))

    def label(self, blocks: list[Block], pages: int) -> tuple[list[str], list[float]]:
        """Labels and each label's marginal probability."""
        if not blocks:
            return [], []
        tagger = self.tagger()
        labels = list(tagger.tag(self.features(blocks, pages)))
        probs = [tagger.marginal(lab, i) for i, lab in enumerate(labels)]
        return labels, probs


_DEFAULT: Labeller | None = None
_OVERRIDE: list[Labeller | None] = []


def default_labeller() -> Labeller | None:
    """The shipped model, or None when its weights or python-crfsuite are missing."""
    global _DEFAULT
    if _OVERRIDE:
        return _OVERRIDE[-1]
    if _DEFAULT is None:
        try:
            import pycrfsuite  # noqa: F401
        except ImportError:
            return None
        if not MODEL_PATH.exists():
            return None
        _DEFAULT = Labeller(MODEL_PATH, Boilerplate.load())
    return _DEFAULT


def labeller_for_trust(template: Boilerplate) -> Labeller | None:
    """The shipped model with a trust's own template (parsers.foi.boilerplate.
    learn_trust_template over its disclosure log) added to the learned boilerplate;
    use with `using_labeller` while parsing that trust's letters."""
    base = default_labeller()
    if base is None:
        return None
    return Labeller(base.model_path, base.boilerplate.union(template))


@contextmanager
def using_labeller(labeller: Labeller | None) -> Iterator[None]:
    """Parse with another model (leave-one-trust-out), or with none (rules only)."""
    _OVERRIDE.append(labeller)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def _wording(text: str) -> bool:
    """Closing or exemption-explanation wording, or a sign-off (parsers.foi.vocab)."""
    return bool(closing_kinds(text) or is_exemption_explanation(text) or _RE_SIGNOFF.match(text))


def closing_evidence(text: str, boilerplate: Boilerplate) -> bool:
    """Closing wording of a block's own: the vocabulary's, a sign-off, or learned
    boilerplate (used where the labels draw the pairs, parsers.foi.label_pairs)."""
    return _wording(text) or boilerplate.similarity(text) >= MIN_BOILERPLATE


def _answer_under_way(blocks: list[Block], labels: list[str], i: int) -> bool:
    """The block before is an answer's (by the model or the rules) or a table."""
    if i == 0:
        return False
    prev = blocks[i - 1]
    return labels[i - 1] == "answer" or prev.rule in ("answer", "table") or prev.is_table


def _aside(b: Block) -> bool:
    """A paragraph set apart from the answer's text: wholly in round brackets, or in
    italics (a note on how the trust read the question, since set AE's learning)."""
    t = b.text.strip()
    return b.style == "italic" or (t.startswith("(") and t.endswith((")", ".)")))


def _second_paragraph(blocks: list[Block], i: int) -> bool:
    """The block goes on with an answer the rules read, straight after the answer's
    first paragraph (perhaps after an aside opening the answer): where the rules found
    the closing further on, cutting the answer short there takes evidence of the
    block's own (wording, boilerplate, structure), not the model's confidence alone."""
    if i < 2 or blocks[i].rule != "answer" or blocks[i - 1].rule != "answer":
        return False
    if blocks[i - 2].rule in ("question", "marker"):
        return True
    return (
        i >= 3
        and blocks[i - 2].rule == "answer"
        and _aside(blocks[i - 2])
        and blocks[i - 3].rule in ("question", "marker")
    )


def answer_stops(
    blocks: list[Block],
    labels: list[str],
    probs: list[float],
    boilerplate: Boilerplate,
    rules_end: int | None = None,
) -> tuple[int | None, set[int]]:
    """Where the answers end (index of the first block not to read, or None) and
    the blocks to skip inside them (footers the rules did not place).

    The stop is the first confident closing/exemption-explanation block after
    the first question, with no block labelled question after it and none the
    rules read as a question, an answer marker or a table either (a stop never
    removes a question or a table). The block must carry evidence of its own:
    closing or exemption wording from parsers.foi.vocab or a sign-off; or, once
    the last answer has begun (parsers.foi.structure: two blocks after the last
    question, marker or numbered block), learned boilerplate or structure (about
    something else than the questions, addressing the reader or giving contact
    details); unless the model is sure, the block is not mostly in the
    questions' own words, and either the rules left it out of every answer or
    the model reads everything after it as the end of the letter too. A block
    that is almost all learned boilerplate, once the last answer has begun,
    stops the answers whatever the model says; so does a block with closing or
    exemption wording (in any clause) that is not mostly in the questions' words,
    comes right after an answer's block, and is followed only by what the model
    reads as the letter's end (the model is often unsure at that boundary). A
    sure model alone stops only at a block off the questions' subject or in
    another layout than the last answer's first paragraph, and never at an
    answer's second paragraph before `rules_end`, the closing run the rules found
    by its structure (parsers.foi.tail)."""
    n = len(blocks)
    structure = structure_of(blocks)
    # a question (by the model or the rules), an answer marker or a table still to come
    later = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        later[i] = (
            later[i + 1]
            or labels[i] == "question"
            or blocks[i].rule in ("question", "marker", "table")
        )
    # the model reads this block and everything after it as the letter's end
    closing_tail = [True] * (n + 1)
    for i in range(n - 1, -1, -1):
        closing_tail[i] = closing_tail[i + 1] and labels[i] in (*STOP_LABELS, "footer")
    first_q = next((i for i, lab in enumerate(labels) if lab in ("question", "answer")), n)
    stop = None
    for i in range(first_q + 1, n):
        b = blocks[i]
        if later[i + 1] or b.rule in ("question", "marker", "table"):
            continue
        if blocks[i - 1].rule in ("question", "marker"):
            continue  # a stop never leaves the question (or answer marker) before it bare
        # learned boilerplate and structure count only once the last answer has
        # begun: a trust's standard answer ("please see the attached") recurs too
        begun = structure[i].answered_all
        bp = boilerplate.similarity(b.text)
        if begun and bp >= HARD_BOILERPLATE and labels[i] != "question":
            stop = i  # known boilerplate (the trust's template, or across trusts)
            break
        if rules_end is not None and i < rules_end and list_runs_on(blocks, i):
            continue  # an item of the answer's own list, before the closing the rules found
        if (
            labels[i] != "question"
            and _wording(b.text)
            and not structure[i].on_topic
            and _answer_under_way(blocks, labels, i)
            and closing_tail[i + 1]
        ):
            # closing or exemption wording, not in the questions' own words,
            # right after an answer, and the model reads all that follows
            # as the letter's end: the block is the first of the closing even
            # where the model, unsure at the boundary, calls it answer
            stop = i
            break
        if (
            labels[i] in STOP_LABELS
            and probs[i] >= MIN_STOP_PROB
            and (
                _wording(b.text)
                or (begun and (bp >= MIN_BOILERPLATE or structure[i].not_an_answer()))
                # a sure model, unless the block is in the questions' own words, or
                # partly on their subject in the last answer's own layout (a second
                # paragraph that goes on about the answer's figures)
                or (
                    probs[i] >= SURE
                    and not (
                        rules_end is not None and i < rules_end and _second_paragraph(blocks, i)
                    )
                    and not structure[i].on_topic
                    and (not structure[i].partly_on_topic or structure[i].layout_change)
                    and (b.rule == "none" or closing_tail[i])
                    # (nor midway through a bulleted answer: parsers.foi.list_runs)
                    and not list_runs_on(blocks, i)
                )
            )
        ):
            stop = i
            break
    skip = {
        i
        for i in range(first_q, stop if stop is not None else n)
        if labels[i] == "footer" and probs[i] >= MIN_STOP_PROB and blocks[i].rule == "none"
    }
    return stop, skip
