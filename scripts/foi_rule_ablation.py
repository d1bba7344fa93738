"""Which corpus letters depend on each FOI phrase rule.

For every phrase of the FOI parser's phrase lists (sign-off phrases, request
and answer cues) and every top-level alternative of its marker patterns, the
phrase is removed, the hand-checked corpus (../shared/corpus/foi with
tests/truth/foi) is read again, and the letters that no longer read exactly as
their truth are listed. A phrase no letter depends on is "unused by the corpus":
it must then have a made-up example in tests/test_foi_rules.py, or go.

    .venv/bin/python scripts/foi_rule_ablation.py [NAME ...]

NAME is a pattern's name in parsers.foi.patterns or parsers.foi.meta_patterns (default:
all listed below).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_foi_corpus import CORPUS, TRUTH  # noqa: E402

import parsers.foi.classify as foi_classify  # noqa: E402
import parsers.foi.line_kinds as foi_line_kinds  # noqa: E402
import parsers.foi.meta_patterns as meta_patterns  # noqa: E402
import parsers.foi.metadata as foi_metadata  # noqa: E402
import parsers.foi.parse as foi  # noqa: E402
import parsers.foi.passes as foi_passes  # noqa: E402
import parsers.foi.patterns as patterns  # noqa: E402
import parsers.foi.segment as foi_segment  # noqa: E402
import parsers.foi.segment_items as foi_segment_items  # noqa: E402
import parsers.foi.units as foi_units  # noqa: E402
from benchmarks.foi_score import score as _score  # noqa: E402
from parsers.extract import extract  # noqa: E402

# phrase lists: (name of the tuple, name of the compiled pattern, prefix, suffix)
PHRASE_LISTS = {
    "_SIGNOFF_PHRASES": ("_RE_SIGNOFF", "^(?:", ")"),
    "_REQUEST_CUES": ("_RE_REQUEST_CUE", "^(?:", ")"),
    "_ANSWER_CUES": ("_RE_ANSWER_CUE", "^(?:", ")"),
}
PATTERNS = ["_RE_ANSWER", "_RE_REQUEST", "_RE_SECTION", "_RE_REQUEST_HEADING", "_RE_RECEIVED_PROSE"]
# the modules that read the patterns by name (a pattern is swapped in each of them)
MODULES = [
    patterns,
    meta_patterns,
    foi_units,
    foi_metadata,
    foi_line_kinds,
    foi_segment,
    foi_segment_items,
    foi_classify,
    foi,
    foi_passes,
]


def _documents() -> list[tuple[dict, object]]:
    docs = []
    for path in sorted(TRUTH.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        source = CORPUS / truth["file"]
        if source.exists():
            docs.append((truth, extract(source.read_bytes(), filename=source.name)))
    return docs


def _wrong(docs) -> dict[str, str]:
    """Letters that do not read exactly as their truth, with what differs."""
    out = {}
    for truth, doc in docs:
        s = _score(truth, foi.parse_foi_with_warnings(doc)[0])
        fields = [f for f in ("reference", "received", "responded", "exemptions") if not s[f]]
        if not (s["matched"] == s["want"] == s["got"]) or fields:
            out[truth["file"]] = (
                f"{s['matched']}/{s['want']} pairs ({s['got']} read) {' '.join(fields)}"
            )
    return out


def _swap(name: str, rx: re.Pattern) -> list:
    old = [(m, getattr(m, name)) for m in MODULES if hasattr(m, name)]
    for m, _ in old:
        setattr(m, name, rx)
    return old


def _alternatives(pattern: str) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The span of the outer group "^(?:…)" and its top-level alternatives."""
    m = re.match(r"^\^?\(\?:", pattern)
    if not m:
        return None
    depth, i, start, parts, in_class = 1, m.end(), m.end(), [], False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                parts.append((start, i))
                return m.end(), i, parts
        elif c == "|" and depth == 1:
            parts.append((start, i))
            start = i + 1
        i += 1
    return None


def _report(label: str, wrong: dict[str, str]) -> None:
    print(f"{label[:90]:92} {'used by ' + json.dumps(wrong) if wrong else 'unused by the corpus'}")


def main(names: list[str]) -> int:
    if not CORPUS.is_dir():
        print("the shared corpus is not available", file=sys.stderr)
        return 1
    docs = _documents()
    base = _wrong(docs)
    print(f"baseline: {len(docs)} letters, {len(docs) - len(base)} exact")
    for name in names or [*PHRASE_LISTS, *PATTERNS]:
        if name in PHRASE_LISTS:
            rx_name, head, tail = PHRASE_LISTS[name]
            phrases = getattr(patterns, name)
            flags = getattr(patterns, rx_name).flags
            for k, phrase in enumerate(phrases):
                rest = phrases[:k] + phrases[k + 1 :]
                old = _swap(rx_name, re.compile(head + "|".join(rest) + tail, flags))
                _report(f"{name}: {phrase}", _wrong(docs))
                for m, rx in old:
                    setattr(m, rx_name, rx)
            continue
        # (the metadata's patterns live in parsers.foi.meta_patterns)
        rx = getattr(patterns, name, None) or getattr(meta_patterns, name)
        found = _alternatives(rx.pattern)
        if found is None:
            continue
        start, end, parts = found
        for a, b in parts:
            rest = "|".join(rx.pattern[x:y] for x, y in parts if (x, y) != (a, b))
            old = _swap(name, re.compile(rx.pattern[:start] + rest + rx.pattern[end:], rx.flags))
            _report(f"{name}: {rx.pattern[a:b]}", _wrong(docs))
            for m, r in old:
                setattr(m, name, r)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
