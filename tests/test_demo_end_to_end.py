"""The whole pipeline against the offline demo web, checked against its facts table."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner

from tests.site_util import open_site
from trustdocs.demo.facts import demo_trusts, foi_facts, wres_facts
from trustdocs.demo_run import build_demo
from trustdocs.publish import METADATA

pytestmark = [pytest.mark.network, pytest.mark.slow]


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("demo")
    result = build_demo(workdir, web_port=0, quiet=True)
    return result, sqlite_utils.Database(result.db_path)


def test_run_collects_every_trust_and_document(demo):
    result, db = demo
    assert result.scraped.status == "ok", result.summary()
    trusts = demo_trusts()
    assert len(trusts) >= 6
    assert {r["ods_code"] for r in db.query("select ods_code from trusts")} == {
        t.ods_code for t in trusts
    }
    fetchable = [f for f in foi_facts() if not getattr(f, "disallowed", False)]
    counts = dict(db.execute("select kind, count(*) from documents group by kind").fetchall())
    assert counts.get("foi_response", 0) == len(fetchable) >= 150
    assert counts.get("wres_report", 0) == len(wres_facts()) >= 18
    statuses = dict(
        db.execute("select parse_status, count(*) from documents group by 1").fetchall()
    )
    assert statuses.get("ok", 0) == sum(statuses.values()), statuses


def test_robots_disallowed_documents_are_never_fetched(demo):
    _, db = demo
    disallowed = [f for f in foi_facts() if getattr(f, "disallowed", False)]
    assert disallowed, "the demo web should have a robots.txt rule that hides some documents"
    fetched_urls = {r["url"] for r in db.query("select url from fetches")}
    for fact in disallowed:
        assert not any(url.endswith("/" + fact.filename) for url in fetched_urls), fact.filename


def test_foi_items_match_the_facts_question_for_question(demo):
    _, db = demo
    mismatches = []
    facts = [f for f in foi_facts() if not getattr(f, "disallowed", False)]
    for fact in facts:
        rows = list(
            db.query(
                "select * from foi_requests where trust_ods = ? and reference = ?",
                [fact.trust_ods, fact.reference],
            )
        )
        if len(rows) != 1:
            mismatches.append((fact.reference, f"{len(rows)} requests"))
            continue
        request = rows[0]
        if request["received_date"] != fact.received.isoformat():
            mismatches.append((fact.reference, "received", request["received_date"]))
        if request["responded_date"] != fact.responded.isoformat():
            mismatches.append((fact.reference, "responded", request["responded_date"]))
        if request["outcome"] != fact.outcome:
            mismatches.append((fact.reference, "outcome", request["outcome"], fact.outcome))
        items = list(
            db.query("select * from foi_items where request_id = ? order by seq", [request["id"]])
        )
        got = [(i["label"], norm(i["question"]), norm(i["answer"])) for i in items]
        want = [(i.label, norm(i.question), norm(i.answer)) for i in fact.items]
        if got != want:
            mismatches.append((fact.reference, "items", got[:2], want[:2]))
    assert not mismatches, f"{len(mismatches)} of {len(facts)} responses differ: {mismatches[:5]}"


def test_exemptions_and_answer_kinds_match_the_facts(demo):
    _, db = demo
    wrong = []
    for fact in foi_facts():
        if getattr(fact, "disallowed", False):
            continue
        got = {
            (r["section"], r["label_item"])
            for r in db.query(
                "select e.section, i.label as label_item from foi_exemptions e "
                "join foi_requests r on r.id = e.request_id left join foi_items i on i.id = e.item_id "
                "where r.trust_ods = ? and r.reference = ?",
                [fact.trust_ods, fact.reference],
            )
        }
        got_sections = {s for s, _ in got}
        if got_sections != {s for s, _ in fact.exemptions}:
            wrong.append((fact.reference, sorted(got), sorted(fact.exemptions)))
    assert not wrong, wrong[:5]


def test_working_days_follow_foia_section_10(demo):
    _, db = demo
    row = db.execute(
        "select count(*), sum(working_days is null), sum(within_deadline = (working_days <= 20)) "
        "from foi_requests"
    ).fetchone()
    total, missing, consistent = row
    assert missing == 0
    assert consistent == total


WRES_KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")


def test_wres_indicators_1_2_and_9_match_the_facts(demo):
    _, db = demo
    checked = 0
    missing = []
    for report in wres_facts():
        rows = list(
            db.query(
                "select m.* from wres_metrics m join wres_reports r on r.id = m.report_id "
                "join documents d on d.sha256 = r.document_sha256 "
                "where r.trust_ods = ? and d.url like ?",
                [report.trust_ods, "%/" + report.filename],
            )
        )
        by_key = {tuple(r[k] for k in WRES_KEY): r for r in rows}
        for fig in report.figures:
            if fig.indicator not in (1, 2, 9):
                continue
            checked += 1
            key = (
                fig.indicator,
                fig.measure,
                fig.staff_group,
                fig.band,
                fig.ethnic_group,
                fig.period,
            )
            row = by_key.get(key)
            if row is None or row["value"] != fig.value or bool(row["redacted"]) != fig.redacted:
                missing.append((report.filename, key, fig.value, row and row["value"]))
    assert checked > 100
    assert not missing, f"{len(missing)} of {checked} figures differ: {missing[:5]}"


def test_a_dozen_exact_values(demo):
    """Spot checks that read like what a researcher would look up."""
    _, db = demo
    facts = [f for f in foi_facts() if not getattr(f, "disallowed", False)]
    picks = facts[:: max(1, len(facts) // 6)][:6]
    for fact in picks:
        request = next(
            db.query(
                "select * from foi_requests where trust_ods = ? and reference = ?",
                [fact.trust_ods, fact.reference],
            )
        )
        assert request["received_date"] == fact.received.isoformat()
        first = next(
            db.query("select * from foi_items where request_id = ? and seq = 1", [request["id"]])
        )
        assert norm(first["answer"]) == norm(fact.items[0].answer)
    reports = wres_facts()
    for report in reports[:: max(1, len(reports) // 6)][:6]:
        fig = next(f for f in report.figures if f.indicator == 9 and f.measure == "difference")
        value = db.execute(
            "select m.value from wres_metrics m join wres_reports r on r.id = m.report_id "
            "join documents d on d.sha256 = r.document_sha256 where d.url like ? and m.indicator = 9 "
            "and m.measure = 'difference' and m.staff_group = ? and m.period = ?",
            ["%/" + report.filename, fig.staff_group, fig.period],
        ).fetchone()
        assert value is not None and value[0] == fig.value


def test_second_run_downloads_and_parses_nothing(demo, tmp_path):
    """Nothing changed on the demo web: everything answers 304, nothing is parsed again.
    The second run starts from a copy of the demo's database and store, against the
    demo web on the port the first run used (so the documents' URLs are the same)."""
    from db.save import upsert_trusts
    from scrapers.config import ScrapeConfig
    from trustdocs.demo.server import DemoWeb
    from trustdocs.demo_run import discovered_demo_rows
    from trustdocs.pipeline import parse, scrape, select_sites
    from trustdocs.settings import open_db

    result, _ = demo
    shutil.copy(result.db_path, tmp_path / "again.db")
    store = shutil.copytree(result.store_dir, tmp_path / "raw")
    db = open_db(tmp_path / "again.db")
    config = ScrapeConfig(allow_private=True)
    config.min_delay = 0.0
    with DemoWeb(port=result.web_port) as web:
        rows = discovered_demo_rows(web)
        upsert_trusts(db, rows)
        second = scrape(db, select_sites(rows), store, {"foi", "wres"}, config)
        parsed = parse(db, store)
    assert second.status == "ok"
    outcomes = (
        list(second.report.trusts.values())
        if isinstance(second.report.trusts, dict)
        else second.report.trusts
    )
    assert sum(o.new + o.changed for o in outcomes) == 0
    assert sum(o.unchanged for o in outcomes) > 150
    assert parsed.parsed == 0


def test_parse_file_prints_the_design_json(demo):
    from trustdocs.cli import cli

    result, db = demo
    doc = next(db.query("select sha256 from documents where kind = 'foi_response' limit 1"))
    path = result.store_dir / doc["sha256"][:2] / doc["sha256"][2:4] / doc["sha256"]
    if not path.exists():
        from scrapers.store import RawStore

        path = RawStore(result.store_dir).path(doc["sha256"])
    out = CliRunner().invoke(cli, ["parse-file", str(path), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert set(data) >= {"kind", "parser_version", "foi", "wres", "tables", "warnings"}
    assert data["kind"] == "foi_response"
    assert data["wres"] is None
    assert {"reference", "received_date", "items", "exemptions"} <= set(data["foi"])
    assert data["foi"]["items"] and set(data["foi"]["items"][0]) >= {
        "label",
        "question",
        "answer",
        "answer_kind",
    }


def datasette_get(db_path: Path, path: str):
    metadata = yaml.safe_load(METADATA.read_text())
    ds = open_site(db_path, metadata, mutable=True)

    async def fetch():
        return await ds.client.get(path)

    return asyncio.run(fetch())


def test_datasette_serves_tables_metadata_and_a_canned_query(demo):
    result, _ = demo
    from trustdocs.publish import checkpoint

    checkpoint(result.db_path)
    response = datasette_get(result.db_path, "/trustdocs/trusts.json?_shape=array")
    assert response.status_code == 200
    assert len(response.json()) == len(demo_trusts())
    response = datasette_get(result.db_path, "/-/metadata.json")
    assert response.json()["title"].startswith("trustdocs")
    question_word = "policy"
    response = datasette_get(
        result.db_path, f"/trustdocs/before_you_ask.json?_shape=array&text={question_word}"
    )
    assert response.status_code == 200
    assert response.json(), "full-text search found no prior disclosure"


# Demo questions and rewordings a requester might draft. The first eight were used to
# choose the synonym groups in db/search.py; the last six were written afterwards.
REWORDED = {
    "Who is your current provider of face-to-face interpreting services?": "Which company supplies in-person interpreters to the trust at the moment?",
    "What is the median waiting time for an adult ADHD assessment?": "How long do adults typically wait to be assessed for ADHD?",
    "How many internationally educated nurses and midwives did the Trust recruit in each of the last three financial years?": "Number of overseas-trained nurses and midwives recruited per year, last 3 years",
    "Which security information and event management (SIEM) product does the Trust use?": "What SIEM software do you use for security event management?",
    "Does the Trust use any artificial intelligence tools in clinical settings?": "Are AI tools used in clinical care at your organisation?",
    "How many mobile handsets does the Trust provide to staff?": "Number of mobile phones issued to employees",
    "Please provide the Trust’s sickness absence rate for each of the last three financial years.": "What was staff sickness absence as a percentage in the past three years?",
    "How many sexual safety incidents were reported where the alleged perpetrator was a member of staff?": "Number of reported sexual safety incidents in which a staff member was the alleged perpetrator",
    "Who provides the Trust’s pathology managed service?": "Which supplier runs your managed pathology service?",
    "How many adults are currently waiting for an ADHD assessment?": "Number of adults on the waiting list for ADHD assessments",
    "Does the Trust provide conflict resolution training?": "Do you offer staff training in resolving conflict?",
    "How many patient journeys were undertaken by private ambulance providers between 2012 and 2015?": "Number of journeys by private ambulance companies 2012-2015",
    "Which staff networks does the Trust support?": "What networks for employees exist at the trust?",
    "What was the most common recorded reason for sickness absence?": "Main reason recorded for staff being off sick",
}


def test_similar_finds_the_original_of_a_reworded_question(demo):
    from db.search import similar

    _, db = demo
    asked = {r[0] for r in db.execute("select distinct question from foi_items")}
    misses = []
    for original, draft in REWORDED.items():
        if original not in asked:
            continue
        top = [m.question for m in similar(db, draft, limit=3)]
        if original not in top:
            misses.append((draft, top))
    assert sum(original in asked for original in REWORDED) >= 10
    assert not misses, misses


def test_wres_benchmark_ranks_every_demo_trust_for_each_indicator_and_year(demo):
    _, db = demo
    published = {
        (r.trust_ods, f.indicator, f.period)
        for r in wres_facts()
        for f in r.figures
        if f.value is not None and not f.redacted
    }
    ranked = {
        (r["trust_ods"], r["indicator"], r["period"])
        for r in db.query(
            "select trust_ods, indicator, period from wres_benchmark "
            "where rank_national is not null and percentile_national is not null "
            "and rank_region is not null and rank_trust_type is not null"
        )
    }
    assert len({ods for ods, _, _ in published}) == len(demo_trusts())
    assert published <= ranked, sorted(published - ranked)[:5]
