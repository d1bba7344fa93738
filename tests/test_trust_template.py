"""Issue #13: the nightly run learns each trust's letter template from its disclosure
log and reads its letters with it. A fictional trust's log (python-docx, written here)
closes every letter in impersonal wording that parsers/foi/vocab.py and the shipped
boilerplate do not know. The run learns that closing (hashes only), reads the trust's
letters once more with it, and no last answer keeps it; the template's own effect is
also shown where the model reads the closing as answers."""

from __future__ import annotations

import re

import pytest

from db.templates import Template, learn_and_store, stale_letters
from parsers.foi.blocks import Block
from parsers.foi.boilerplate import Boilerplate, shingles
from parsers.foi.labeller import answer_stops
from parsers.foi.template import (
    MIN_LETTERS,
    LetterShingles,
    effective_fingerprint,
    fingerprint,
    learn_template,
    letter_shingles,
    min_letters_for,
)
from tests.foi_letters import P, render_docx
from trustdocs.ingest import ingest_files
from trustdocs.isolation import Limits
from trustdocs.pipeline import parse
from trustdocs.settings import open_db

LIMITS = Limits(timeout_s=90, memory_mb=2048, max_pages=50)
REGISTRY = [
    {"ods_code": "ZZA", "name": "Example Vale Hospitals NHS Trust", "active": "1"},
    {"ods_code": "ZZB", "name": "Example Coast Community NHS Trust", "active": "1"},
]
# The fictional trust's own closing: odd but realistic, and impersonal (no reader
# addressed, no contact details), so neither the shipped vocabulary and boilerplate nor
# the structural evidence (parsers.foi.structure) marks it as the letter's end.
CLOSING = [
    "Each reply issued by the records office is entered in the trust register of replies "
    "once names and other personal details have been removed.",
    "A fresh look at the handling of a request by a senior officer not involved in the "
    "original decision can be arranged on written application within forty working days.",
    "Beyond that, the independent regulator for information rights may be approached once "
    "the trust's own procedure has been exhausted.",
    "With kind regards",
    "Records and Disclosure Office",
]
TOPICS = [
    ("How many agency nurses were engaged on the surgical wards during {y}?", "{n} nurses."),
    ("What was the total spend on interpreting services in {y}?", "The spend was £{n},400."),
    ("How many car parking permits were issued to staff in {y}?", "{n} permits were issued."),
    ("How many complaints about discharge arrangements were received in {y}?", "{n} in all."),
    ("How many electric vehicle charging points did the Trust operate in {y}?", "{n} points."),
    ("How many beds on the elderly care wards were closed in {y}?", "{n} beds were closed."),
]


def letter(i: int) -> bytes:
    """Letter `i` of the log: two questions on changing topics, then the closing."""
    y = 2019 + i
    blocks = [
        P(f"Our reference: FOI/{y}/{100 + i}"),
        P(f"Date received: {3 + i} February {y}"),
        P(f"Date of response: {20 + i} February {y}"),
        P("Dear Requester"),
        P(
            "Thank you for your request for information, which we have handled under the "
            "Freedom of Information Act 2000."
        ),
    ]
    for k in range(2):
        q, a = TOPICS[(i + k) % len(TOPICS)]
        blocks += [P(f"{k + 1}. " + q.format(y=y)), P(a.format(n=10 + 7 * i + k))]
    return render_docx(blocks + [P(t) for t in CLOSING])


def last_answers(db, trust: str) -> dict[str, str]:
    """Each letter's last answer, by document."""
    rows = db.execute(
        "SELECT r.document_sha256, i.answer FROM foi_items i "
        "JOIN foi_requests r ON r.id = i.request_id WHERE r.trust_ods = ? "
        "AND i.seq = (SELECT max(seq) FROM foi_items j WHERE j.request_id = i.request_id)",
        [trust],
    ).fetchall()
    return dict(rows)


def ingest(db, tmp_path, trust: str, numbers: range) -> list[str]:
    folder = tmp_path / f"in-{trust}-{numbers.start}"
    folder.mkdir()
    files = []
    for i in numbers:
        path = folder / f"foi-{trust}-{i}.docx"
        path.write_bytes(letter(i))
        files.append(path)
    added = ingest_files(db, tmp_path / "raw", REGISTRY, files, trust, "foi")
    return [sha for _, sha in added]


def test_the_nightly_run_learns_a_trusts_template_and_reads_its_letters_with_it(tmp_path):
    pytest.importorskip("pycrfsuite")
    db = open_db(tmp_path / "t.db")
    store = tmp_path / "raw"

    # night 1: two letters are too few for a template
    first = ingest(db, tmp_path, "ZZA", range(2))
    night1 = parse(db, store, limits=LIMITS)
    assert (night1.parsed, night1.reparsed, night1.templates_learned) == (2, 0, 0)
    assert db["trust_templates"].count == 0

    # another trust's only letter happens to close the same way: it has no template
    other = ingest(db, tmp_path, "ZZB", range(7, 8))
    # night 2: three more letters; the template is learned and the whole log read again
    more = ingest(db, tmp_path, "ZZA", range(2, 5))
    night2 = parse(db, store, limits=LIMITS)
    assert night2.parsed == 4 and night2.templates_learned == 1
    assert night2.reparsed == 5  # every ZZA letter, once; not the ZZB letter
    answers = last_answers(db, "ZZA")
    assert set(answers) == set(first + more)
    for sha, answer in answers.items():
        assert "register of replies" not in answer, sha
        assert "regulator" not in answer and "Disclosure Office" not in answer, sha
        assert re.search(r"\d", answer), sha  # the answer itself is kept
    # the other trust's letter was read once, without any template
    (zzb_fp,) = db.execute(
        "SELECT template_fingerprint FROM foi_shingles WHERE document_sha256 = ?", [other[0]]
    ).fetchone()
    assert not zzb_fp

    # the stores hold hashes, never text
    hashes, letters, fp = db.execute(
        "SELECT hashes, letters, fingerprint FROM trust_templates WHERE trust_ods = 'ZZA'"
    ).fetchone()
    assert letters == 5 and fp == fingerprint(hashes.split())
    assert all(re.fullmatch(r"[0-9a-f]{12}", h) for h in hashes.split())
    # the template is the closing, not the requests
    assert shingles(CLOSING[1]) <= set(hashes.split())
    assert not shingles(TOPICS[0][0].format(y=2019)) & set(hashes.split())
    for row in db["foi_shingles"].rows:
        for column in ("hashes", "question_hashes", "answer_hashes"):
            assert all(re.fullmatch(r"[0-9a-f]{12}", h) for h in row[column].split())
    assert db["foi_shingles"].count == 6

    # night 3: nothing new, nothing parsed or read again
    night3 = parse(db, store, limits=LIMITS)
    assert (night3.parsed, night3.reparsed) == (0, 0)

    # night 4: a new letter is read with the stored template straight away
    newest = ingest(db, tmp_path, "ZZA", range(5, 6))
    night4 = parse(db, store, limits=LIMITS)
    assert night4.parsed == 1 and night4.reparsed <= 6
    assert "register of replies" not in last_answers(db, "ZZA")[newest[0]]

    # --force reads everything again, and the templates then stand: no second reading
    forced = parse(db, store, force=True, limits=LIMITS)
    assert forced.parsed == 7 and forced.reparsed == 0


def test_a_letter_whose_raw_file_is_gone_keeps_its_reading(tmp_path):
    pytest.importorskip("pycrfsuite")
    from scrapers.store import RawStore

    db = open_db(tmp_path / "t.db")
    store = tmp_path / "raw"
    first = ingest(db, tmp_path, "ZZA", range(2))
    parse(db, store, limits=LIMITS)
    before = last_answers(db, "ZZA")
    RawStore(store).path(first[0]).unlink()  # the store lost it since
    ingest(db, tmp_path, "ZZA", range(2, 4))
    night = parse(db, store, limits=LIMITS)
    assert night.templates_learned == 1 and night.reparsed == 3 and not night.failures
    status = db.execute("SELECT parse_status FROM documents WHERE sha256 = ?", [first[0]])
    assert status.fetchone()[0] == "ok"
    assert before[first[0]] == last_answers(db, "ZZA")[first[0]]  # its reading stands
    assert "register of replies" not in last_answers(db, "ZZA")[first[1]]


def _letter(hashes: str, questions: str = "", answers: str = "") -> LetterShingles:
    return LetterShingles(
        frozenset(hashes.split()), frozenset(questions.split()), frozenset(answers.split())
    )


def test_a_template_needs_three_letters_and_recurring_hashes():
    two = [_letter("a b c"), _letter("a b d")]
    assert learn_template(two) == frozenset()
    three = [*two, _letter("a b e")]
    assert learn_template(three) == {"a", "b"}
    # a recurring question (round robin) or an earlier answer is no template
    asked = [*two, _letter("a b e", questions="a"), _letter("a b", answers="b")]
    assert learn_template(asked) == frozenset()
    # what the shipped boilerplate holds is read with anyway: not the trust's own
    assert learn_template(three, known=frozenset({"a"})) == {"b"}


def test_a_big_log_asks_a_share_of_letters_not_three():
    assert min_letters_for(2) == MIN_LETTERS and min_letters_for(10) == MIN_LETTERS
    assert min_letters_for(100) == 20
    log = [_letter("closing") for _ in range(100)] + [_letter("phrase") for _ in range(5)]
    assert learn_template(log) == {"closing"}


def test_letter_shingles_leave_short_blocks_and_the_last_answer_learnable():
    closing = "Should anything here be unclear our office will gladly assist"
    sh = letter_shingles(
        ["Yes.", closing], ["How many wards were there in the year?"], ["Yes.", f"12. {closing}"]
    )
    assert sh.hashes and sh.question_hashes
    assert not sh.answer_hashes  # "Yes." is short; the last answer may hold the closing
    assert Boilerplate(set(sh.hashes)).similarity("Yes.") == 0.0


def test_fingerprints_are_stable_and_name_only_what_a_letter_sees():
    assert fingerprint([]) is None
    assert fingerprint(["b", "a", "a"]) == fingerprint(["a", "b"]) != fingerprint(["a"])
    assert effective_fingerprint({"x", "y"}, {"a", "b"}) is None
    assert effective_fingerprint({"a", "y"}, {"a", "b"}) == effective_fingerprint({"a"}, {"a"})


def test_only_letters_that_see_a_changed_part_of_the_template_are_read_again(tmp_path):
    db = open_db(tmp_path / "t.db")
    db["trusts"].insert({"ods_code": "ZZA", "name": "Example Vale Hospitals NHS Trust"})
    old = Template(frozenset({"a1", "b2"}), fingerprint({"a1", "b2"}))
    letters = {  # sha -> block hashes, every letter read with `old`
        "s1": "a1 b2 c3",
        "s2": "a1 q9",
        "s3": "q8 q9",
        "s4": "c3 z0",
    }
    for sha, hashes in letters.items():
        db["documents"].insert(
            {"sha256": sha, "trust_ods": "ZZA", "first_seen": "t", "last_seen": "t"}
        )
        db["foi_shingles"].insert(
            {
                "document_sha256": sha,
                "trust_ods": "ZZA",
                "hashes": hashes,
                "question_hashes": "",
                "answer_hashes": "",
                "template_fingerprint": effective_fingerprint(hashes.split(), old.hashes),
            }
        )
    assert stale_letters(db, "ZZA", old) == []
    new = Template(frozenset({"a1", "b2", "c3"}), fingerprint({"a1", "b2", "c3"}))
    # s1 and s4 hold c3, which the new template adds; s2 sees a1 either way; s3 nothing
    assert stale_letters(db, "ZZA", new) == ["s1", "s4"]
    # learned from the stored letters: a1 is in 2 of 4, c3 in 2, q9 in 2: under three
    assert learn_and_store(db, "ZZA").hashes == frozenset()
    assert db["trust_templates"].count == 0


def test_a_learned_template_ends_the_answers_where_the_model_reads_on():
    """The template's own effect, whatever the shipped model has learned: blocks the
    model reads as answers still stop the answers once they are the trust's template."""
    texts = ["Dear Requester", "1. " + TOPICS[0][0].format(y=2020), "31 nurses.", *CLOSING]
    rules = ["none", "question", "answer"] + ["answer"] * len(CLOSING)
    blocks = [Block(t, 1, None, False, 1, r) for t, r in zip(texts, rules, strict=True)]
    labels = ["salutation", "question"] + ["answer"] * (len(texts) - 2)
    probs = [1.0] * len(texts)
    assert answer_stops(blocks, labels, probs, Boilerplate()) == (None, set())
    template = Boilerplate(set(learn_template([letter_shingles_of(i) for i in range(4)])))
    stop, _ = answer_stops(blocks, labels, probs, template)
    assert stop == 3  # the first closing paragraph


def letter_shingles_of(i: int) -> LetterShingles:
    """Letter i's shingles as the worker stores them (paragraphs, questions, answers)."""
    q, a = TOPICS[i % len(TOPICS)]
    question, answer = q.format(y=2019 + i), a.format(n=i)
    return letter_shingles([question, answer, *CLOSING], [question], [answer])
