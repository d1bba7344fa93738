"""metadata.yml is complete and every canned query and chart answers.

* every table, view and column of a database made by ``ensure_db_shape`` is described
  (full-text index tables excepted: Datasette hides them and they hold no new data);
* facets, sorts and label columns name real columns;
* every canned query has a title, a description and named parameters, and answers on
  an empty database and on a populated one;
* the WRES dashboard (datasette-dashboards) renders with its chart definitions, and the
  SQL behind each chart answers.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from db.schema import ensure_db_shape
from tests.site_util import open_site
from trustdocs.publish import METADATA, site_metadata
from trustdocs.sample_db import build_sample_database

META = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
DB_META = META["databases"]["trustdocs"]
TABLES_META = DB_META["tables"]
QUERIES = DB_META["queries"]
DASHBOARDS = META["plugins"]["datasette-dashboards"]

# Parameters that return rows from build_sample_database's data.
SAMPLE_PARAMS = {
    "before_you_ask": {"text": "How much did you spend on agency nurses?"},
    "round_robin": {"question": "How much did the trust spend on agency nurses?"},
    "round_robin_groups": {"min_trusts": ""},
    "wres_indicator_ranking": {"indicator": "1", "period": "2022/23"},
    "wres_trust_series": {"trust": "ra0", "indicator": ""},
    "wres_trust_vs_peers": {"trust": "RA0", "indicator": "1"},
    "foi_response_times": {"region": "", "trust_type": ""},
    "exemptions_by_trust": {"section": "", "trust": ""},
    "scraper_health": {"trust": ""},
    "review_queue": {"kind": "", "trust": ""},
}
# Queries whose sample data is made by another stage (round-robin grouping).
MAY_BE_EMPTY = {"round_robin_groups"}


def _is_fts(name: str, fts_tables: set[str]) -> bool:
    return name in fts_tables or any(name.startswith(f + "_") for f in fts_tables)


@pytest.fixture(scope="module")
def shaped_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "trustdocs.db"
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    db.close()
    return path


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    return build_sample_database(root / "trustdocs.db", store_dir=root / "raw")


def test_site_has_title_description_source_and_licence():
    for key in ("title", "description_html", "license", "license_url", "source", "source_url"):
        assert META.get(key), key
    assert "trusts' own publications" in META["description_html"]
    assert "Open Government Licence" in META["license"]


def test_every_table_view_and_column_is_described(shaped_db):
    db = sqlite_utils.Database(shaped_db)
    fts = {
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING FTS%'"
        ).fetchall()
    }
    missing = []
    for name in db.table_names() + db.view_names():
        if _is_fts(name, fts):
            continue
        table_meta = TABLES_META.get(name)
        if not table_meta or not table_meta.get("description"):
            missing.append(name)
            continue
        described = table_meta.get("columns") or {}
        for column in db[name].columns_dict:
            if not described.get(column):
                missing.append(f"{name}.{column}")
    assert not missing, f"described nowhere in metadata.yml: {missing}"
    # and nothing described that does not exist (stale names mislead readers)
    names = set(db.table_names()) | set(db.view_names())
    assert set(TABLES_META) <= names, set(TABLES_META) - names
    for name, table_meta in TABLES_META.items():
        stale = set(table_meta.get("columns") or {}) - set(db[name].columns_dict)
        assert not stale, f"{name}: {stale}"


def test_facets_sorts_labels_and_search_name_real_columns(shaped_db):
    db = sqlite_utils.Database(shaped_db)
    for name, table_meta in TABLES_META.items():
        columns = set(db[name].columns_dict)
        for facet in table_meta.get("facets", []):
            assert facet in columns, (name, facet)
        for key in ("sort", "sort_desc", "label_column", "fts_pk"):
            if key in table_meta:
                assert table_meta[key] in columns, (name, key)
        if "fts_table" in table_meta:
            assert table_meta["fts_table"] in db.table_names()
    # trust names instead of codes wherever a trust code is a foreign key
    assert TABLES_META["trusts"]["label_column"] == "name"
    assert TABLES_META["foi_requests"]["fts_table"] == "foi_requests_fts"
    assert TABLES_META["foi_items"]["fts_table"] == "foi_items_fts"


def test_canned_queries_are_documented_with_named_parameters():
    assert len(QUERIES) >= 7
    for needed in (
        "before_you_ask",
        "round_robin",
        "wres_indicator_ranking",
        "wres_trust_series",
        "foi_response_times",
        "exemptions_by_trust",
        "scraper_health",
        "review_queue",
    ):
        assert needed in QUERIES
    for name, query in QUERIES.items():
        assert query.get("title") and query.get("description"), name
        named = set(re.findall(r"(?<!:):([a-z_][a-z0-9_]*)", query["sql"]))
        assert named, f"{name} has no named parameter"
        assert set(query.get("params", [])) == named, name
    assert (
        "bm25" in QUERIES["before_you_ask"]["description"].lower()
        or "rank" in (QUERIES["before_you_ask"]["sql"])
    )
    assert "foi_items_fts" in QUERIES["before_you_ask"]["sql"]
    assert "wres_benchmark" in QUERIES["wres_indicator_ranking"]["sql"]


def _datasette(path: Path, store: Path | None = None) -> Datasette:
    meta = site_metadata(path.stem, store_dir=store)
    return open_site(path, meta)


async def _run_queries(path: Path, params_for) -> dict[str, list]:
    ds = _datasette(path)
    out = {}
    for name, query in QUERIES.items():
        params = params_for(name, query)
        r = await ds.client.get(f"/trustdocs/{name}.json", params={**params, "_shape": "objects"})
        assert r.status_code == 200, (name, r.text[:500])
        body = r.json()
        assert body.get("ok", True) is not False, (name, body.get("error"))
        out[name] = body["rows"]
    return out


def test_every_canned_query_answers_on_an_empty_database(shaped_db):
    rows = asyncio.run(
        _run_queries(shaped_db, lambda name, q: dict.fromkeys(q.get("params", []), ""))
    )
    assert all(r == [] for r in rows.values()), {k: v for k, v in rows.items() if v}


def test_every_canned_query_answers_on_a_populated_database(sample_db):
    rows = asyncio.run(_run_queries(sample_db, lambda name, q: SAMPLE_PARAMS[name]))
    for name, result in rows.items():
        if name not in MAY_BE_EMPTY:
            assert result, f"{name} returned nothing on the sample database"
    # spot checks of what each query promises
    assert all("agency" in r["question"].lower() for r in rows["round_robin"])
    assert len({r["trust"] for r in rows["round_robin"]}) == len(rows["round_robin"])
    first = rows["before_you_ask"][0]
    assert first["source"].startswith("https://") and first["stored_copy"].startswith("/-/raw/")
    ranking = rows["wres_indicator_ranking"]
    assert [r["rank"] for r in ranking] == sorted(r["rank"] for r in ranking)
    assert {r["period"] for r in ranking} == {"2022/23"}
    assert "#page=" in ranking[0]["source"]
    assert {r["kind"] for r in rows["wres_trust_vs_peers"]} == {"trust", "peer median"}
    assert rows["scraper_health"][0]["last_run_ok"] == 0  # failing trusts first


def test_free_text_with_punctuation_never_breaks_search(sample_db):
    async def run():
        ds = _datasette(sample_db)
        for text in ['"unbalanced', "AND OR NOT", "bed's (NEAR", "*", "—", "a"]:
            r = await ds.client.get("/trustdocs/before_you_ask.json", params={"text": text})
            assert r.status_code == 200, (text, r.text[:300])

    asyncio.run(run())


def test_dashboard_renders_with_its_charts(sample_db):
    board = DASHBOARDS["wres"]
    assert {"trust-vs-peers", "across-trusts"} <= set(board["charts"])

    async def run():
        ds = _datasette(sample_db)
        plugins = (await ds.client.get("/-/plugins.json")).json()
        assert "datasette-dashboards" in {p["name"] for p in plugins}
        r = await ds.client.get("/-/dashboards/wres?indicator=1&trust=RA0")
        assert r.status_code == 200
        for slug, chart in board["charts"].items():
            assert f"renderChart('{slug}'" in r.text
            if chart.get("query"):
                assert chart["title"] in r.text
        r = await ds.client.get("/-/dashboards/wres/trust-vs-peers?indicator=3&trust=RA0")
        assert r.status_code == 200

    asyncio.run(run())


@pytest.mark.parametrize("which", ["empty", "sample"])
def test_chart_queries_answer(which, shaped_db, sample_db):
    """What the dashboard's JavaScript fetches: /db.json?sql=…&filters."""
    path = sample_db if which == "sample" else shaped_db
    charts = [c for c in DASHBOARDS["wres"]["charts"].values() if c.get("query")]
    filters = DASHBOARDS["wres"]["filters"]

    async def run():
        ds = _datasette(path)
        for flt in filters.values():
            if flt.get("query"):
                r = await ds.client.get("/trustdocs.json", params={"sql": flt["query"]})
                assert r.status_code == 200, r.text[:300]
        for chart in charts:
            for params in ({"indicator": "1"}, {"indicator": "2", "trust": "RA1", "period": ""}):
                r = await ds.client.get(
                    "/trustdocs.json", params={"sql": chart["query"], "_shape": "objects", **params}
                )
                assert r.status_code == 200, r.text[:300]
                rows = r.json()["rows"]
                assert bool(rows) == (which == "sample"), chart["title"]

    asyncio.run(run())
