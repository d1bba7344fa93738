"""Saving fetched and parsed records, re-parsing, search and round-robin grouping."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from db.roundrobin import rebuild_round_robin
from db.save import (
    documents_to_parse,
    load_cache,
    record_fetch,
    save_parse,
    start_run,
    upsert_trusts,
)
from db.schema import ensure_db_shape
from db.search import fts_query, similar, trigram_similarity
from parsers.extract.model import Table
from parsers.records import (
    FoiExemption,
    FoiItem,
    FoiResponse,
    ParseResult,
    WresMetric,
    WresReport,
)
from scrapers.models import Fetched, Link

TRUSTS = [
    {"ods_code": "XA1", "name": "Northfield Health NHS Trust", "region": "London", "active": 1},
    {"ods_code": "XA2", "name": "Southmoor NHS Foundation Trust", "region": "London", "active": 1},
    {
        "ods_code": "XA3",
        "name": "Old Trust",
        "region": "London",
        "active": 0,
        "successor_ods": "XA1",
    },
]


@pytest.fixture
def db():
    database = sqlite_utils.Database(memory=True)
    ensure_db_shape(database)
    upsert_trusts(database, TRUSTS)
    return database


def fetched_document(url: str, sha: str, trust: str = "XA1", kind: str = "foi") -> Fetched:
    link = Link(
        url=url, trust_ods=trust, kind_hint=kind, title="FOI 1", listing_page="http://x/log"
    )
    return Fetched(
        url=url,
        trust_ods=trust,
        status_code=200,
        sha256=sha,
        content_type="application/pdf",
        etag='"e1"',
        size=10,
        link=link,
    )


def foi_result(questions: list[tuple[str, str, str]], sections=("12",)) -> ParseResult:
    items = [
        FoiItem(seq=n, label=label, question=q, answer=a, answer_kind="text")
        for n, (label, q, a) in enumerate(questions, start=1)
    ]
    foi = FoiResponse(
        reference="FOI-1",
        title="Staffing",
        received_date=date(2025, 6, 3),
        responded_date=date(2025, 6, 16),
        working_days=9,
        within_deadline=True,
        outcome="refused",
        request_text="q",
        response_text="a",
        items=items,
        exemptions=[FoiExemption("FOIA", s, "cost limit", item_seq=1) for s in sections],
    )
    return ParseResult(
        kind="foi_response",
        parser_version="t1",
        foi=foi,
        pages=1,
        tables=[Table(rows=[["a", "b"], ["1", "2"]])],
    )


def test_successor_is_recorded_after_its_trust(db):
    assert db["trusts"].get("XA3")["successor_ods"] == "XA1"
    assert db["trusts"].get("XA3")["active"] == 0


def test_fetch_registers_document_url_and_cache(db):
    run = start_run(db)
    record_fetch(db, run, fetched_document("http://x/a.pdf", "s1"))
    record_fetch(db, run, fetched_document("http://x/a.pdf", "s2"))  # content changed
    assert db["fetches"].count == 2
    assert {r["sha256"] for r in db["document_urls"].rows} == {"s1", "s2"}
    assert load_cache(db)["http://x/a.pdf"].sha256 == "s2"
    assert db["documents"].get("s1")["kind"] == "foi_response"


def test_failed_fetch_is_logged_but_never_a_document(db):
    run = start_run(db)
    record_fetch(
        db,
        run,
        Fetched(
            url="http://x/b.pdf",
            trust_ods="XA1",
            status_code=503,
            error="503 Service Unavailable",
            link=fetched_document("http://x/b.pdf", "z").link,
        ),
    )
    assert db["fetches"].count == 1
    assert db["documents"].count == 0


def test_reparse_replaces_rows_without_duplicates(db):
    record_fetch(db, start_run(db), fetched_document("http://x/a.pdf", "s1"))
    result = foi_result([("1", "How many nurses?", "120")])
    save_parse(db, "s1", "XA1", result)
    rebuild_round_robin(db)
    save_parse(db, "s1", "XA1", result)
    assert db["foi_requests"].count == 1
    assert db["foi_items"].count == 1
    assert db["foi_exemptions"].count == 1
    assert db["doc_tables"].count == 1
    exemption = next(db["foi_exemptions"].rows)
    assert exemption["item_id"] == next(db["foi_items"].rows)["id"]
    doc = db["documents"].get("s1")
    assert (doc["parse_status"], doc["parser_version"]) == ("ok", "t1")
    assert documents_to_parse(db, "t1") == []
    assert len(documents_to_parse(db, "t2")) == 1


def test_wres_rows_saved_with_trust_and_booleans_as_integers(db):
    record_fetch(db, start_run(db), fetched_document("http://x/w.pdf", "w1", kind="wres"))
    wres = WresReport(
        reporting_year="2021/22",
        title="WRES",
        metrics=[
            WresMetric(
                indicator=1,
                measure="percentage",
                ethnic_group="BME",
                period="2021/22",
                value=None,
                redacted=True,
                staff_group="non_clinical",
                band="Band 9",
            ),
        ],
    )
    save_parse(db, "w1", "XA1", ParseResult(kind="wres_report", parser_version="t1", wres=wres))
    metric = next(db["wres_metrics"].rows)
    assert (metric["trust_ods"], metric["redacted"], metric["value"]) == ("XA1", 1, None)


def test_similar_finds_a_reworded_question(db):
    questions = [
        ("XA1", "s1", "How many agency nurses did the Trust employ in 2024?", "312 agency nurses."),
        ("XA2", "s2", "What is your annual spend on printer toner cartridges?", "£12,000."),
        ("XA2", "s3", "Do you use artificial intelligence for radiology reporting?", "No."),
    ]
    for ods, sha, q, a in questions:
        record_fetch(db, start_run(db), fetched_document(f"http://x/{sha}.pdf", sha, trust=ods))
        save_parse(db, sha, ods, foi_result([("1", q, a)]))
    matches = similar(db, "Number of nurses employed through agencies during 2024", limit=3)
    assert matches[0].question.startswith("How many agency nurses")
    assert matches[0].trust_name == "Northfield Health NHS Trust"
    assert similar(db, "the of and") == []


def test_fts_query_is_quoted_and_trigram_similarity_is_bounded():
    assert fts_query('nurses" OR 1=1 -- NEAR(') == '"nurses" OR "nurse" OR "nursing" OR "near"'
    assert trigram_similarity("agency nurses", "agency nurses") == pytest.approx(1.0)
    assert trigram_similarity("agency nurses", "") == 0.0


def test_round_robin_groups_same_question_across_trusts(db):
    common = "Please state whether you are an Acute Foundation Trust or a Mental Health Trust"
    for ods, sha, answer in (("XA1", "r1", "Acute"), ("XA2", "r2", "Mental health")):
        record_fetch(db, start_run(db), fetched_document(f"http://x/{sha}.pdf", sha, trust=ods))
        save_parse(
            db,
            sha,
            ods,
            foi_result(
                [("1a", common, answer), ("2", f"Unique question for {ods} only here", "x")]
            ),
        )
    assert rebuild_round_robin(db) == 1
    answers = {r["trust_ods"]: r["answer"] for r in db.query("select * from round_robin_answers")}
    assert answers == {"XA1": "Acute", "XA2": "Mental health"}


def test_generic_link_text_gives_way_to_the_parsed_title(db):
    from db.save import is_generic_title

    assert is_generic_title("PDF (2KB)") and is_generic_title("Download") and is_generic_title(None)
    assert not is_generic_title("FOI 1234 Agency nurses")
    fetched = fetched_document("http://x/g.pdf", "g1")
    fetched.link = Link(
        url=fetched.url, trust_ods="XA1", kind_hint="foi", title="Word (3KB)", listing_page=None
    )
    record_fetch(db, start_run(db), fetched)
    result = foi_result([("1", "How many nurses?", "120")])
    result.title = "Agency nurses"
    save_parse(db, "g1", "XA1", result)
    assert db["documents"].get("g1")["title"] == "Agency nurses"
    record_fetch(db, start_run(db), fetched_document("http://x/h.pdf", "h1"))  # link text "FOI 1"
    save_parse(db, "h1", "XA1", result)
    assert db["documents"].get("h1")["title"] == "FOI 1"
