"""The published site tells researchers the truth at a glance (issue #14, site side).

On the fictional sample database, through Datasette's test client:

* the ranking query puts the best figure first for every WRES indicator, by the
  direction written out here independently of db/wres_indicators.py, and says in words
  what each figure means;
* canned-query parameters take what people type (BAME, bme, global majority, 2023-24,
  2024, Board, a trust's name) and say so when a value matches nothing;
* no page shows escaped HTML in a cell: every table's and view's first page, every
  table's first row page, the full-text search pages and every canned query;
* indicator numbers carry their names on table pages; long column lists are folded.
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.utils import path_from_row_pks

from tests.site_util import open_site
from trustdocs.publish import site_metadata
from trustdocs.sample_db import build_sample_database

# Which way is better, from the WRES technical guidance (not from the code under test):
# a score where lower is better, or None where there is no better or worse.
BADNESS = {
    1: None,
    2: lambda v: max(v, 1 / v),
    3: lambda v: max(v, 1 / v),
    4: lambda v: max(v, 1 / v),
    5: lambda v: v,
    6: lambda v: v,
    7: lambda v: -v,
    8: lambda v: v,
    9: abs,
}
YEAR = "2023/24"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    import sqlite_utils

    from db.derived import refresh_derived

    root = tmp_path_factory.mktemp("readings")
    path = build_sample_database(root / "trustdocs.db", store_dir=root / "raw")
    db = sqlite_utils.Database(path)
    refresh_derived(db)  # as `trustdocs parse` leaves a database
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _ds(path: Path) -> Datasette:
    return open_site(path, site_metadata(path.stem))


def _query(ds: Datasette, name: str, **params) -> list[dict]:
    async def run():
        r = await ds.client.get(f"/trustdocs/{name}.json", params={**params, "_shape": "objects"})
        assert r.status_code == 200, r.text[:500]
        return r.json()["rows"]

    return asyncio.run(run())


def _html(ds: Datasette, path: str, **params) -> str:
    async def run():
        r = await ds.client.get(path, params=params or None)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
        return r.text

    return asyncio.run(run())


@pytest.mark.parametrize("indicator", range(1, 10))
def test_rank_one_is_the_best_figure_by_direction(sample, indicator):
    rows = _query(_ds(sample), "wres_indicator_ranking", indicator=str(indicator), period=YEAR)
    assert len(rows) == 8, indicator  # every sample trust reports every headline figure
    assert {r["period"] for r in rows} == {YEAR}
    assert [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    assert rows[0]["rank"] == 1 and all(r["trusts"] == 8 for r in rows)
    values = [r["value"] for r in rows]
    score = BADNESS[indicator]
    if score is None:  # no better or worse: highest share first, and it says so
        assert values == sorted(values, reverse=True)
        assert rows[0]["better"] == "no better or worse"
        return
    scores = [score(v) for v in values]
    assert scores[0] == min(scores), (indicator, values)
    assert scores == sorted(scores), (indicator, values)
    assert rows[0]["better"] and rows[0]["better"] != "no better or worse"
    assert rows[0]["reading"] and rows[0]["indicator_name"]


def test_ranking_reads_each_figure_in_words(sample):
    ds = _ds(sample)
    two = _query(ds, "wres_indicator_ranking", indicator="2", period=YEAR)[0]
    v = two["value"]
    assert two["reading"] == (
        f"{v:.2f}: White applicants {v:.2f}× as likely to be appointed from shortlisting "
        "as BME applicants; parity is 1.00"
    )
    assert two["better"] == "closer to 1.00 is better"
    assert two["indicator_name"] == "Appointment from shortlisting"
    seven = _query(ds, "wres_indicator_ranking", indicator="7", period=YEAR)
    assert seven[0]["better"] == "higher is better ↑"
    assert "equal opportunities" in seven[0]["reading"]
    nine = _query(ds, "wres_indicator_ranking", indicator="9", period=YEAR)
    assert "share of the board" in nine[0]["reading"]
    assert math.isclose(abs(nine[0]["value"]), min(abs(r["value"]) for r in nine))
    # an indicator by its name
    assert (
        _query(ds, "wres_indicator_ranking", indicator="harassment from staff", period=YEAR)[0][
            "indicator"
        ]
        == 6
    )


def _ranking(ds, **params) -> list[tuple]:
    rows = _query(ds, "wres_indicator_ranking", **params)
    return [(r["trust_ods"], r["value"], r["ethnic_group"], r["period"]) for r in rows]


def test_groups_and_years_as_people_type_them(sample):
    ds = _ds(sample)
    base = _ranking(ds, indicator="5", ethnic_group="BME", period="2023/24")
    assert base
    for group in ("BAME", "bme", "B.A.M.E.", "global majority", "Ethnic minority"):
        assert _ranking(ds, indicator="5", ethnic_group=group, period="2023/24") == base, group
    for year in ("2023-24", "2023/2024", "2023-2024", "2024", "March 2024", " 2023/24 "):
        assert _ranking(ds, indicator="5", ethnic_group="BME", period=year) == base, year
    assert _ranking(ds, indicator="5", ethnic_group="bame", period="2023-24") == base
    white = _ranking(ds, indicator="5", ethnic_group="white", period="2024")
    assert white and {r[2] for r in white} == {"White"}
    # staff groups and bands in any case
    board = _ranking(ds, indicator="9", staff_group="board", period=YEAR)
    assert _ranking(ds, indicator="9", staff_group="Board", period=YEAR) == board
    band = _ranking(ds, indicator="1", staff_group="clinical", band="Band 5", period=YEAR)
    assert (
        band
        and _ranking(ds, indicator="1", staff_group="Clinical staff", band="band 5", period=YEAR)
        == band
    )


def test_a_trust_by_code_or_name(sample):
    ds = _ds(sample)
    by_code = _query(ds, "wres_trust_series", trust="RA0", indicator="5")
    assert by_code
    for typed in ("ra0", "Ashford Acute NHS Foundation Trust", "ashford acute", "Ashford"):
        assert _query(ds, "wres_trust_series", trust=typed, indicator="5") == by_code, typed
    assert _query(ds, "wres_trust_series", trust="RA0", indicator="indicator 5") == by_code
    assert _query(ds, "wres_trust_series", trust="no such trust", indicator="") == []


def test_unknown_values_are_named_on_the_page(sample):
    ds = _ds(sample)
    page = _html(ds, "/trustdocs/wres_trust_series", trust="xyz", indicator="")
    assert "No trust matches &#39;xyz&#39;" in page
    page = _html(ds, "/trustdocs/wres_indicator_ranking", indicator="5", ethnic_group="martian")
    assert "No WRES figure has the ethnic group &#39;martian&#39;" in page
    page = _html(ds, "/trustdocs/wres_indicator_ranking", indicator="5", period="2031")
    assert "No WRES figure has the period &#39;2031&#39; (read as 2030/31)" in page
    page = _html(ds, "/trustdocs/wres_indicator_ranking", indicator="fish")
    assert "No WRES indicator matches &#39;fish&#39;" in page
    # known values say nothing
    page = _html(ds, "/trustdocs/wres_indicator_ranking", indicator="5", ethnic_group="BAME")
    assert "No WRES" not in page and "No trust" not in page


def _walk(ds: Datasette) -> dict[str, str]:
    """Every page a reader can land on, by path: HTML text."""

    async def run():
        pages = {}
        info = (await ds.client.get("/trustdocs.json")).json()
        tables = [t for t in info["tables"] if not t["name"].endswith(("_fts", "_config"))]
        tables = [t for t in tables if "_fts_" not in t["name"]]
        for table in tables:
            name = table["name"]
            path = f"/trustdocs/{name}"
            pages[path] = (await ds.client.get(path)).text
            body = (await ds.client.get(path + ".json", params={"_size": "1"})).json()
            if body["rows"]:
                pks = body.get("primary_keys") or []
                columns = body["columns"]
                row = dict(zip(columns, body["rows"][0], strict=True))
                if pks:
                    row_path = f"{path}/{path_from_row_pks(row, pks, False)}"
                    pages[row_path] = (await ds.client.get(row_path)).text
        for view in info["views"]:
            path = f"/trustdocs/{view}"
            pages[path] = (await ds.client.get(path)).text
        for name in ("foi_items", "foi_requests"):
            path = f"/trustdocs/{name}?_search=agency"
            pages[path] = (await ds.client.get(path)).text
        for row_path in ("/trustdocs/foi_items/1", "/trustdocs/foi_exemptions/1"):
            pages[row_path] = (await ds.client.get(row_path)).text
        return pages

    return asyncio.run(run())


def test_no_page_shows_escaped_html(sample):
    pages = _walk(_ds(sample))
    assert len(pages) > 40
    for path, text in pages.items():
        assert "&lt;a " not in text and "&lt;a\u00a0" not in text, path
        assert "&lt;em&gt;" not in text, path
    # the request cells link to the response, the original and the stored copy
    items = pages["/trustdocs/foi_items"]
    assert '<a href="/trustdocs/foi_requests/1">' in items and ">stored copy</a>" in items
    assert '<a href="/trustdocs/foi_requests/' in pages["/trustdocs/foi_exemptions"]
    assert '<a href="/trustdocs/foi_requests/' in pages["/trustdocs/foi_items?_search=agency"]


def test_indicators_carry_their_names_and_long_column_lists_fold(sample):
    ds = _ds(sample)
    page = _html(ds, "/trustdocs/wres_metrics", indicator="5")
    assert "5&nbsp;· Harassment from patients and public" in page
    bench = _html(ds, "/trustdocs/wres_benchmark")
    assert "What each of the " in bench  # the script that folds the descriptions
    assert "Appointment from shortlisting" in bench or "BME share of staff by band" in bench
    home = _html(ds, "/trustdocs")
    assert "wres_indicators" in home
    for internal in ("http_cache", "schema_meta", "derived_state", "trust_runs"):
        assert f'href="/trustdocs/{internal}"' not in home, internal


def test_the_home_page_lists_the_indicators_as_the_table_defines_them():
    """metadata.yml's list on the home page is a copy: it must say what the table says."""
    import yaml

    from db.wres_indicators import DIRECTION_WORDS, INDICATORS
    from trustdocs.publish import METADATA

    home = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["description_html"]
    for i in INDICATORS:
        line = f"<li>{i.indicator} · {i.short_name} ({i.unit}): {DIRECTION_WORDS[i.direction]}</li>"
        assert line in home, line


def test_dashboard_names_trusts_and_indicators_and_says_which_way_is_better(sample):
    import yaml

    from trustdocs.publish import METADATA

    board = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["plugins"]["datasette-dashboards"][
        "wres"
    ]
    ds = _ds(sample)

    def sql(query: str, **params) -> list[dict]:
        async def run():
            r = await ds.client.get(
                "/trustdocs.json", params={"sql": query, "_shape": "objects", **params}
            )
            assert r.status_code == 200, r.text[:300]
            return r.json()["rows"]

        return asyncio.run(run())

    trusts = [next(iter(r.values())) for r in sql(board["filters"]["trust"]["query"])]
    assert "Ashford Acute NHS Foundation Trust (RA0)" in trusts
    indicators = [next(iter(r.values())) for r in sql(board["filters"]["indicator"]["query"])]
    assert len(indicators) == 9 and board["filters"]["indicator"]["default"] in indicators
    charts = board["charts"]
    picked = {"trust": "Calder Community NHS Foundation Trust (RA2)", "period": ""}
    two = sql(charts["across-trusts"]["query"], indicator=indicators[1], **picked)
    assert two[0]["chart_title"] == f"2 · Appointment from shortlisting (White), {YEAR}"
    assert "closer to 1.00 is better" in two[0]["chart_subtitle"]
    assert "ratio" in two[0]["chart_subtitle"] and two[0]["parity"] == 1.0
    assert [r["rank"] for r in two] == sorted(r["rank"] for r in two)
    assert {r["colour"] for r in two if r["trust"] == "Calder Community"} == {"selected trust"}
    nine = sql(charts["trust-vs-peers"]["query"], indicator=indicators[8], **picked)
    assert {r["series"] for r in nine} == {"Calder Community", "Median of other community trusts"}
    assert "percentage points" in nine[0]["chart_subtitle"] and nine[0]["parity"] == 0.0
    five = sql(charts["across-trusts"]["query"], indicator="5", **picked)
    assert "lower is better" in five[0]["chart_subtitle"] and five[0]["parity"] is None


def test_every_figure_of_the_benchmark_has_a_reading(sample):
    ds = _ds(sample)
    rows = [
        *_query(ds, "wres_benchmark", measure="rate", _size="max"),
        *_query(ds, "wres_benchmark", indicator="9", _size="max"),
        *_query(ds, "wres_benchmark", indicator="1", band="Band 5", _size="max"),
    ]
    assert rows and all(r["reading"] for r in rows)
    by = {(r["indicator"], r["measure"]): r["reading"] for r in rows if r["band"] is None}
    assert "BME applicants appointed from shortlisting (the rate" in by[(2, "rate")] or (
        "White applicants appointed from shortlisting (the rate" in by[(2, "rate")]
    )
    assert " staff entering the formal disciplinary process" in by[(3, "rate")]
    assert by[(9, "percentage")].endswith("% of the board are BME")
    banded = [
        r["reading"] for r in rows if r["band"] == "Band 5" and r["staff_group"] == "clinical"
    ]
    assert banded and banded[0].endswith("% of staff in Band 5 (clinical) are BME")


def test_foi_queries_take_names_and_any_case(sample):
    ds = _ds(sample)
    london = _query(ds, "foi_response_times", region="London", trust_type="")
    assert london and _query(ds, "foi_response_times", region="london ", trust_type="") == london
    acute = _query(ds, "foi_response_times", region="", trust_type="Acute")
    assert acute and _query(ds, "foi_response_times", region="", trust_type="ACUTE") == acute
    sections = {r["section"] for r in _query(ds, "exemptions_by_trust", section="", trust="")}
    section = sorted(s for s in sections if s[0].isdigit())[0]
    base = _query(ds, "exemptions_by_trust", section=section, trust="")
    assert base
    for typed in (f"section {section}", f"s.{section}", f"FOIA s{section}", f"S{section}"):
        assert _query(ds, "exemptions_by_trust", section=typed, trust="") == base, typed
    health = _query(ds, "scraper_health", trust="RA0")
    assert health and _query(ds, "scraper_health", trust="ashford acute") == health
    queue = _query(ds, "review_queue", kind="wres_report", trust="")
    assert _query(ds, "review_queue", kind="WRES report", trust="") == queue
    page = _html(ds, "/trustdocs/foi_response_times", region="Lundon", trust_type="")
    assert "No trust has the region &#39;Lundon&#39;: type one of " in page and "London" in page


def test_the_readers_of_typed_values():
    from trustdocs.plugins import trustdocs_params as tp

    assert [tp.group(g) for g in ("BAME", "bme", "Global majority", "white", "ALL", "")] == [
        "BME",
        "BME",
        "BME",
        "White",
        "All",
        None,
    ]
    assert tp.group("BME and White") == "BME and White"  # two groups: as typed, matches nothing
    assert {tp.period(p) for p in ("2023-24", "2023/24", "2023-2024", "2024", "March 2024")} == {
        "2023/24"
    }
    assert tp.period("latest") is None and tp.period("soon") == "soon"
    assert [tp.staff_group(g) for g in ("Board", "Non-clinical staff", "voting board")] == [
        "board",
        "non_clinical",
        "board_voting",
    ]
    assert [tp.band(b) for b in ("band 5", "8A", "vsm")] == ["Band 5", "Band 8a", "VSM"]
    assert [tp.measure(m) for m in ("ratio", "Relative likelihood", "pp", "%")] == [
        "relative_likelihood",
        "relative_likelihood",
        "difference",
        "percentage",
    ]
    rows = [
        ("RA0", "Ashford Acute NHS Foundation Trust", "Ashford Acute"),
        ("RA1", "Ashford Mental Health NHS Trust", "Ashford Mental Health"),
        ("RX9", "St George's & Wyre NHS Trust", None),
    ]
    assert tp.trust_candidates(rows, "ra0") == ["RA0"]
    assert tp.trust_candidates(rows, "Ashford Acute NHS Foundation Trust (RA0)") == ["RA0"]
    assert tp.trust_candidates(rows, "ashford acute") == ["RA0"]
    assert tp.trust_candidates(rows, "Ashford") == ["RA0", "RA1"]  # ambiguous: said so
    assert tp.trust_candidates(rows, "St George's and Wyre") == ["RX9"]
    assert tp.trust_candidates(rows, "Leeds") == []
