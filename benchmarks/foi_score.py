"""How an FOI parse is scored against hand-checked truth: shared by the corpus
test (tests/test_foi_corpus.py) and the accuracy benchmark (bench_accuracy.py).

A question/answer pair matches when the label is the same and the question and
answer agree after whitespace normalisation (bullet glyphs ignored). Truth may
give "answer": null to check the question only.
"""

from __future__ import annotations

import re
from datetime import date


def norm(text: str | None) -> str:
    text = re.sub(r"[•·▪\uf0b7]", " ", text or "")
    return re.sub(r"\s+", " ", text).strip()


def _exemptions(foi) -> list[tuple[str, str]]:
    return sorted({(e.law, e.section) for e in (foi.exemptions if foi else [])})


def score(truth: dict, foi) -> dict:
    want = [
        (str(i["label"]), norm(i["question"]), None if i["answer"] is None else norm(i["answer"]))
        for i in truth["items"]
    ]
    got = [(str(i.label), norm(i.question), norm(i.answer)) for i in (foi.items if foi else [])]
    matched = 0
    used: set[int] = set()
    for label, question, answer in want:
        for j, (glabel, gq, ga) in enumerate(got):
            if j in used or glabel != label or gq != question:
                continue
            if answer is not None and ga != answer:
                continue
            used.add(j)
            matched += 1
            break
    # A letter with no questions, read as having none, is right on every count.
    precision = matched / len(got) if got else (1.0 if not want else 0.0)
    recall = matched / len(want) if want else (1.0 if not got else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return {
        "matched": matched,
        "got": len(got),
        "want": len(want),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "reference": (foi.reference if foi else None) == truth["reference"],
        "received": (iso(foi.received_date) if foi else None) == truth["received_date"],
        "responded": (iso(foi.responded_date) if foi else None) == truth["responded_date"],
        "exemptions": _exemptions(foi)
        == sorted({(e["law"], e["section"]) for e in truth.get("exemptions", [])}),
    }


def micro(scores: list[dict]) -> dict:
    """Micro-averaged pair P/R/F1 and the metadata hit rates over many letters."""
    matched = sum(s["matched"] for s in scores)
    got = sum(s["got"] for s in scores)
    want = sum(s["want"] for s in scores)
    # letters with no questions, read as having none, are right (as in `score`)
    p = matched / got if got else (1.0 if not want else 0.0)
    r = matched / want if want else (1.0 if not got else 0.0)
    n = max(len(scores), 1)
    return {
        "n": len(scores),
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "reference": sum(s["reference"] for s in scores) / n,
        "dates": sum(s["received"] + s["responded"] for s in scores) / (2 * n),
        "exemptions": sum(s["exemptions"] for s in scores) / n,
    }
