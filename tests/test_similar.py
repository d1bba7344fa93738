"""`similar`: distinctive words win, partial matches are marked, relevance is 0 to 1."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from db.save import register_local_document, save_parse, upsert_trusts
from db.schema import ensure_db_shape
from db.search import coverage, draft_terms, relevance, similar, topic_words
from parsers.records import FoiItem, FoiResponse, ParseResult

# Ten trusts' disclosure logs in miniature: mental-health words are everywhere, the
# restraint question is asked once.
QUESTIONS = {
    "XB1": [
        "How many patients were placed in out of area mental health beds in 2024/25?",
        "What was the total cost of these placements?",
    ],
    "XB2": [
        "How many incidents of physical restraint were recorded in 2024/25?",
        "How many episodes of seclusion were recorded in 2024/25?",
    ],
    "XB3": ["How many mental health patients were detained under the Mental Health Act?"],
    "XB4": ["How many patients waited more than 12 hours in A&E for a mental health bed?"],
    "XB5": ["How many mental health patients were discharged without a care plan?"],
    "XB6": ["How many patients on mental health wards had a physical health check?"],
    "XB7": ["What is your annual spend on printer toner cartridges?"],
    "XB8": ["How many agency nurses worked on mental health wards in 2024?"],
}


@pytest.fixture(scope="module")
def db():
    database = sqlite_utils.Database(memory=True)
    ensure_db_shape(database)
    upsert_trusts(database, [{"ods_code": ods, "name": f"Trust {ods}"} for ods in QUESTIONS])
    for n, (ods, questions) in enumerate(QUESTIONS.items(), start=1):
        sha = f"{n:064x}"
        register_local_document(
            database,
            sha256=sha,
            trust_ods=ods,
            url=f"file:///letters/{n}.pdf",
            kind="foi_response",
            title=None,
            content_type="application/pdf",
            size=1,
        )
        items = [FoiItem(seq, str(seq), q, "42") for seq, q in enumerate(questions, start=1)]
        response = FoiResponse(reference=f"FOI-{n}", items=items)
        save_parse(database, sha, ods, ParseResult("foi_response", "t1", foi=response))
    return database


RESTRAINT_DRAFT = "How often were patients physically restrained on your mental health wards?"


def test_the_distinctive_topic_outranks_common_words(db):
    matches = similar(db, RESTRAINT_DRAFT, limit=5)
    assert matches[0].question.startswith("How many incidents of physical restraint")
    out_of_area = next(m for m in matches if "out of area" in m.question)
    assert matches[0].score > out_of_area.score


def test_rare_words_weigh_more_than_common_ones(db):
    weights = {t.word: t.idf for t in draft_terms(db, RESTRAINT_DRAFT)}
    assert weights["restrained"] > weights["physically"] > weights["mental"]
    assert weights["patients"] < weights["wards"]
    assert "often" not in weights  # the frame of a question is not its topic


def test_an_exact_question_scores_1_and_scores_stay_between_0_and_1(db):
    exact = similar(db, "How many episodes of seclusion were recorded in 2024/25?", limit=3)
    assert exact[0].score == pytest.approx(1.0) and not exact[0].partial
    for draft in (RESTRAINT_DRAFT, "toner", "seclusion restraint beds spend nurses", "zzz qqq"):
        assert all(0.0 <= m.score <= 1.0 for m in similar(db, draft))


def test_partial_matches_name_the_words_they_lack(db):
    matches = similar(db, "seclusion of children in the community", limit=3)
    assert matches[0].question.startswith("How many episodes of seclusion")
    assert matches[0].partial and set(matches[0].missing) == {"children", "community"}
    assert all(m.partial for m in matches)


def test_relevance_compares_across_drafts(db):
    strong = similar(db, "physical restraint incidents recorded", limit=1)[0].score
    weak = similar(db, "restraint of visitors in car parks by security guards", limit=1)[0].score
    assert strong > 0.8 > 0.5 > weak


def test_coverage_is_the_share_of_idf_weight_with_half_credit_from_context(db):
    terms = draft_terms(db, "seclusion restraint")
    both = coverage(terms, "seclusion and restraint")
    half = coverage(terms, "seclusion", context="restraint")
    none = coverage(terms, "toner")
    assert both == (pytest.approx(1.0), [])
    restraint_share = next(t.idf for t in terms if t.word == "restraint") / sum(
        t.idf for t in terms
    )
    assert half[0] == pytest.approx(1 - restraint_share / 2) and half[1] == []
    assert none == (0.0, ["seclusion", "restraint"])
    assert relevance(1.0, 1.0) == pytest.approx(1.0) and relevance(0.0, 0.0) == 0.0
    assert topic_words("How many beds each year since 2019?") == ["bed"]


def test_the_command_marks_partial_matches(tmp_path, db):
    path = tmp_path / "t.db"
    disk = sqlite_utils.Database(path)
    db.conn.backup(disk.conn)
    disk.close()
    from trustdocs.cli import cli

    def run(*args: str):
        return CliRunner().invoke(cli, ["similar", *args, "--db", str(path)])

    text = run("seclusion of children").output
    assert text.startswith("No prior disclosure matches every word of the draft")
    assert "(relevance " in text and "lacks: children" in text
    rows = json.loads(run("episodes of seclusion recorded", "--json").output)
    assert rows[0]["partial"] is False and rows[0]["missing"] == []
    assert 0 < rows[-1]["coverage"] <= rows[0]["coverage"] == 1.0
