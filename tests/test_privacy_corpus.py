"""Requesters' identities never leave the real letters (../shared/corpus/foi):
the parsed records and the hand-checked truth carry no e-mail address and no
name a salutation reveals. The names are found at run time from each letter,
so none is written here; the test skips when the corpus is absent."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from parsers.extract import Extracted, ExtractionError, extract
from parsers.foi.parse import parse_foi
from parsers.records import foi_to_rows

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "foi"
TRUTH = Path(__file__).parent / "truth" / "foi"
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# a salutation or requester label and the capitalised words after it; written
# independently of parsers.privacy so the test does not check the code by itself
SALUTATION = re.compile(
    r"\b(?:Dear|Requester|Requestor|Reqester|Name of requester)\b[:,]?[ \t]+"
    r"((?:[A-Z][\w'’.-]*[ \t]?){1,4})"
)
# words after "Dear" that are not a person: titles, and greetings to an organisation
NOT_A_NAME = {
    "sir",
    "madam",
    "sir/madam",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "requester",
    "applicant",
    "ministry",
    "housing",
    "communities",
    "local",
    "government",
    "despatch",
    "box",
    "foi",
    "team",
    "council",
    "city",
}
NOT_A_NAME_AFTER = {"council", "ministry", "team", "box", "trust", "nhs"}


def _documents() -> list[Path]:
    """The corpus letters the FOI parser is measured on (those with truth); a
    data attachment without a letter is left out."""
    if not CORPUS.is_dir():
        return []
    with_truth = {p.name.removesuffix(".json") for p in TRUTH.glob("*.json")}
    return sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name in with_truth)


@functools.cache
def _extracted(path: Path) -> Extracted | None:
    try:
        return extract(path.read_bytes(), filename=path.name)
    except ExtractionError:
        return None


def requester_names(text: str) -> set[str]:
    """Name words (3+ letters) that follow a salutation, unless the greeting is
    to an organisation."""
    words: set[str] = set()
    for m in SALUTATION.finditer(text):
        parts = [w.strip(".,") for w in m.group(1).split()]
        if any(w.lower() in NOT_A_NAME_AFTER for w in parts):
            continue
        words.update(w for w in parts if len(w) > 2 and w.lower() not in NOT_A_NAME)
    return words


def test_salutation_names_are_found_on_made_up_text():
    text = "Dear Ms Jane Example,\nRequester: Sam Placeholder\nDear Sheffield City Council,"
    assert requester_names(text) == {"Jane", "Example", "Sam", "Placeholder"}


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_parsed_letter_carries_no_requester_identity(path: Path):
    doc = _extracted(path)
    if doc is None:
        pytest.skip("not readable")
    raw = doc.text
    foi = parse_foi(doc)
    out = json.dumps(foi_to_rows(foi), ensure_ascii=False) + (foi.title or "")
    assert not EMAIL.findall(out)
    leaked = {w for w in requester_names(raw) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out)}
    assert not leaked, f"{len(leaked)} requester name word(s) left unmasked"


def test_truth_carries_no_requester_identity():
    docs = {p.name: p for p in _documents()}
    truths = sorted(TRUTH.glob("*.json"))
    if not docs or not truths:
        pytest.skip("corpus or truth absent")
    checked = 0
    for truth_path in truths:
        truth = truth_path.read_text(encoding="utf-8")
        assert not EMAIL.findall(truth), truth_path.name
        name = json.loads(truth)["file"]
        if name not in docs:
            continue
        doc = _extracted(docs[name])
        if doc is None:
            continue
        raw = doc.text
        leaked = {w for w in requester_names(raw) if re.search(rf"\b{re.escape(w)}\b", truth)}
        assert not leaked, f"{truth_path.name}: requester name in truth"
        checked += 1
    assert checked
