"""The derived tables behind the comparison views (db/derived.py).

On a small hand-built database (trusts in several regions and of several types, a merger
chain, reports repeating earlier years, ties, redactions, FOI requests with odd and even
counts, exemptions cited on the same day or with no date): what refresh_derived
materialises equals a straightforward recomputation in Python and equals the views'
computation from the base tables; refresh is idempotent; the views are thin over the
derived tables once fresh and show new data after a refresh; the exemptions_by_trust
query over foi_exemptions_by_trust answers exactly as its former SQL over the base tables.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
import sqlite_utils
import yaml

from db.derived import TABLES, TRIGGERS, refresh_derived, stale_groups, sync_views
from db.schema import ensure_db_shape
from db.views import (
    BENCHMARK_COLUMNS,
    FOI_EXEMPTIONS_BY_TRUST_COLUMNS,
    FOI_RESPONSE_TIMES_COLUMNS,
    TRENDS_COLUMNS,
    WRES_LATEST_COLUMNS,
    WRES_VALUES_COLUMNS,
)

DERIVED_VIEWS = [
    "wres_values",
    "wres_latest",
    "wres_benchmark",
    "wres_trends",
    "wres_series",
    "foi_response_times",
    "foi_exemptions_by_trust",
]

TRUSTS = [
    # ods, name, type, region, successor
    ("RA1", "Alpha Acute", "Acute", "London", None),
    ("RA2", "Beta Acute", "Acute", "London", None),
    ("RA3", "Gamma Acute", "Acute", "Midlands", None),
    ("RA4", "Delta Acute", "Acute", "North West", None),
    ("RM1", "Epsilon Mental Health", "Mental health", "Midlands", None),
    ("RX1", "Untyped Trust", None, None, None),
    # a merger chain: ROLD -> RMID -> RNEW
    ("RNEW", "New Merged Trust", "Mental health", "Midlands", None),
    ("RMID", "Middle Trust", "Mental health", "Midlands", "RNEW"),
    ("ROLD", "Old Trust", "Mental health", "London", "RMID"),
]

# report year -> figures (trust, indicator, measure, staff_group, band, group, period, value)
# Each report prints its year and the year before; a later report's figure for a period
# wins over an earlier report's.
REPORTS = {
    ("RA1", "2021/22"): [
        (1, "percentage", "overall", None, "BME", "2020/21", 20.0),
        (1, "percentage", "overall", None, "BME", "2021/22", 22.0),
        (2, "relative_likelihood", None, None, "White", "2021/22", 1.80),
        (5, "percentage", None, None, "BME", "2021/22", 24.0),
        (7, "percentage", None, None, "BME", "2021/22", 50.0),
    ],
    ("RA1", "2022/23"): [
        (1, "percentage", "overall", None, "BME", "2021/22", 22.5),  # restated: wins
        (1, "percentage", "overall", None, "BME", "2022/23", 25.6),
        (1, "percentage", "clinical", "Band 5", "BME", "2022/23", 30.0),
        (2, "relative_likelihood", None, None, "White", "2022/23", 1.30),
        (5, "percentage", None, None, "BME", "2022/23", 26.0),
        (7, "percentage", None, None, "BME", "2022/23", 50.0),
        (9, "difference", "board", None, "BME", "2022/23", -8.9),
    ],
    ("RA2", "2022/23"): [
        (1, "percentage", "overall", None, "BME", "2022/23", 40.0),
        (1, "percentage", "clinical", "Band 5", "BME", "2022/23", None),  # redacted
        (2, "relative_likelihood", None, None, "White", "2021/22", 0.70),
        (2, "relative_likelihood", None, None, "White", "2022/23", 0.50),
        (5, "percentage", None, None, "BME", "2022/23", 20.0),
        (7, "percentage", None, None, "BME", "2022/23", 60.0),
        (9, "difference", "board", None, "BME", "2022/23", 3.0),
    ],
    ("RA3", "2022/23"): [
        (1, "percentage", "overall", None, "BME", "2022/23", 25.6),  # a tie with RA1
        (2, "relative_likelihood", None, None, "White", "2022/23", 1.10),
        (5, "percentage", None, None, "BME", "2022/23", 30.0),
        (5, "percentage", None, None, "BME", "2023/24", 31.0),
    ],
    ("RA4", "2022/23"): [
        (2, "relative_likelihood", None, None, "White", "2022/23", 2.0),  # as far as 0.50
        (5, "percentage", None, None, "BME", "2022/23", 26.0),  # a tie with RA1
        (5, "percentage", None, None, "BME", "not a year", 26.0),
    ],
    ("RM1", "2022/23"): [
        (3, "relative_likelihood", None, None, "BME", "2022/23", 1.64),
        (3, "relative_likelihood", None, None, "BME", "2021/22", 1.0),
        (5, "percentage", None, None, "BME", "2022/23", 18.0),
    ],
    ("RX1", "2022/23"): [
        (5, "percentage", None, None, "BME", "2022/23", 22.0),
    ],
    ("ROLD", "2019/20"): [(1, "percentage", "overall", None, "BME", "2019/20", 10.0)],
    ("RMID", "2021/22"): [
        (1, "percentage", "overall", None, "BME", "2020/21", 12.0),
        (1, "percentage", "overall", None, "BME", "2021/22", 13.0),
    ],
    ("RNEW", "2022/23"): [
        (1, "percentage", "overall", None, "BME", "2022/23", 15.0),
        (5, "percentage", None, None, "BME", "2022/23", 19.0),
    ],
}

# trust -> working days of its FOI responses (None: dates not printed), with outcomes
FOI = {
    "RA1": [(5, "disclosed"), (12, "disclosed"), (25, "refused"), (18, "not_held")],
    "RA2": [(3, "disclosed"), (30, "partially_disclosed"), (None, "unknown")],
    "RM1": [(None, "disclosed")],
    "RNEW": [(20, "refused"), (21, "disclosed"), (20, "disclosed"), (7, "not_held"), (9, "x")],
}

# (trust, n-th FOI response above) -> reference, responded date, exemptions cited (law,
# section, label), one per question they apply to
FOI_CITED = {
    ("RA1", 0): (
        "RA1-001",
        "2023-03-01",
        [
            ("FOIA", "12", "cost limit"),
            ("FOIA", "40(2)", "personal information"),
            ("FOIA", "40(2)", "personal information"),  # two questions of one response
        ],
    ),
    ("RA1", 1): ("RA1-002", "2023-05-10", [("FOIA", "12", "cost limit")]),
    ("RA1", 2): ("RA1-003", "2023-05-10", [("FOIA", "12", "cost limit")]),  # same day
    ("RA1", 3): ("RA1-004", "2023-04-01", [("FOIA", "40(2)", "personal information")]),
    ("RA2", 0): ("RA2-A", None, [("EIR", "12(4)(b)", None)]),  # never dated
    ("RA2", 1): ("RA2-B", "2022-01-01", [("FOIA", "43(2)", "commercial interests")]),
    ("RA2", 2): ("RA2-C", None, [("EIR", "12(4)(b)", None)]),
    ("RM1", 0): (None, "2024-02-02", [("FOIA", "12", None)]),  # no reference, no label
    ("RNEW", 0): ("N/1", None, [("FOIA", "21", "reasonably accessible")]),
    ("RNEW", 1): (
        "N/2",
        "2021-06-01",
        [("FOIA", "21", "reasonably accessible"), ("FOIA", "12", "cost limit")],
    ),
    ("RNEW", 2): ("N/3", None, [("FOIA", "21", "reasonably accessible")]),
    ("RNEW", 3): ("N/4", "2021-07-01", []),
    ("RNEW", 4): ("N/5", "2021-08-01", [("FOIA", "43(2)", "commercial interests")]),
}

# The exemptions_by_trust canned query as it was before foi_exemption_stats: the
# reference its new SQL (metadata.yml) must answer exactly as.
OLD_EXEMPTIONS_BY_TRUST = """
WITH agg AS (
  SELECT r.trust_ods, e.law, e.section, e.label,
         count(*) AS citations, count(DISTINCT e.request_id) AS requests,
         max(r.responded_date) AS last_cited,
         r.reference AS latest_reference  -- SQLite: taken from the row of max()
  FROM foi_exemptions e
  JOIN foi_requests r ON r.id = e.request_id
  WHERE (coalesce(:section, '') = '' OR e.section = trim(:section))
    AND (coalesce(:trust, '') = '' OR r.trust_ods = upper(trim(:trust)))
  GROUP BY r.trust_ods, e.law, e.section, e.label
)
SELECT t.name AS trust, a.trust_ods, a.law, a.section, a.label, a.citations, a.requests,
       a.last_cited, a.latest_reference
FROM agg a LEFT JOIN trusts t ON t.ods_code = a.trust_ods
ORDER BY a.citations DESC, trust
"""


def add_report(db, ods: str, year: str, figures) -> None:
    sha = f"sha-{ods}-{year}"
    db.conn.execute(
        "INSERT INTO documents (sha256, trust_ods, kind, first_seen, last_seen) "
        "VALUES (?, ?, 'wres_report', '2023-01-01', '2023-01-01')",
        [sha, ods],
    )
    report_id = db.conn.execute(
        "INSERT INTO wres_reports (document_sha256, trust_ods, reporting_year) VALUES (?, ?, ?)",
        [sha, ods, year],
    ).lastrowid
    for ind, measure, staff_group, band, group, period, value in figures:
        db.conn.execute(
            "INSERT INTO wres_metrics (report_id, trust_ods, indicator, measure, staff_group, "
            "band, ethnic_group, period, value, redacted, unit, source_page) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                report_id,
                ods,
                ind,
                measure,
                staff_group,
                band,
                group,
                period,
                value,
                int(value is None),
                "%",
                ind + 3,
            ],
        )


def build(db: sqlite_utils.Database) -> None:
    ensure_db_shape(db)
    with db.conn:
        for ods, name, ttype, region, _ in TRUSTS:
            db.conn.execute(
                "INSERT INTO trusts (ods_code, name, trust_type, region) VALUES (?, ?, ?, ?)",
                [ods, name, ttype, region],
            )
        for ods, *_, successor in TRUSTS:
            if successor:
                db.conn.execute(
                    "UPDATE trusts SET successor_ods = ?, active = 0 WHERE ods_code = ?",
                    [successor, ods],
                )
        for (ods, year), figures in REPORTS.items():
            add_report(db, ods, year, figures)
        for ods, responses in FOI.items():
            for n, (days, outcome) in enumerate(responses):
                sha = f"foi-{ods}-{n}"
                db.conn.execute(
                    "INSERT INTO documents (sha256, trust_ods, kind, first_seen, last_seen) "
                    "VALUES (?, ?, 'foi_response', '2023-01-01', '2023-01-01')",
                    [sha, ods],
                )
                reference, responded, cited = FOI_CITED.get((ods, n), (None, None, []))
                request_id = db.conn.execute(
                    "INSERT INTO foi_requests (document_sha256, trust_ods, reference, "
                    "responded_date, working_days, within_deadline, outcome) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        sha,
                        ods,
                        reference,
                        responded,
                        days,
                        None if days is None else int(days <= 20),
                        outcome,
                    ],
                ).lastrowid
                for law, section, label in cited:
                    db.conn.execute(
                        "INSERT INTO foi_exemptions (request_id, law, section, label) "
                        "VALUES (?, ?, ?, ?)",
                        [request_id, law, section, label],
                    )


@pytest.fixture()
def db(tmp_path: Path) -> sqlite_utils.Database:
    from trustdocs.plugins.trustdocs_params import prepare_connection

    database = sqlite_utils.Database(tmp_path / "t.db")
    build(database)
    prepare_connection(database.conn)  # the canned queries' td_*() functions
    return database


def rows(db, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in db.query(sql, params)]


def view_rows(db, view: str) -> list[tuple]:
    return sorted(db.execute(f"SELECT * FROM [{view}]").fetchall(), key=repr)


def view_sql(db, view: str) -> str:
    return db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [view]).fetchone()[0]


def live_and_cached(db) -> tuple[dict, dict]:
    """Every derived view computed from the base tables, then read from the tables."""
    with db.conn:
        db.conn.execute("UPDATE derived_state SET stale = 1")
        sync_views(db.conn)
    assert "_cache" not in view_sql(db, "wres_benchmark")
    live = {v: view_rows(db, v) for v in DERIVED_VIEWS}
    refresh_derived(db)
    assert stale_groups(db) == []
    assert "FROM wres_benchmark_cache" in view_sql(db, "wres_benchmark")
    cached = {v: view_rows(db, v) for v in DERIVED_VIEWS}
    return live, cached


# --- a straightforward recomputation, in Python ------------------------------------------

KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group")


def py_values(db) -> dict[int, dict]:
    metrics = rows(
        db,
        "SELECT m.*, r.reporting_year, r.document_sha256 FROM wres_metrics m "
        "JOIN wres_reports r ON r.id = m.report_id",
    )
    best: dict[tuple, dict] = {}
    for m in metrics:
        k = (m["trust_ods"], *(m[c] for c in KEY), m["period"])
        if k not in best or (m["reporting_year"], m["id"]) > (
            best[k]["reporting_year"],
            best[k]["id"],
        ):
            best[k] = m
    return {m["id"]: m for m in best.values()}


def py_latest(values: dict[int, dict]) -> set[int]:
    latest: dict[tuple, dict] = {}
    for v in values.values():
        if v["value"] is None:
            continue
        k = (v["trust_ods"], *(v[c] for c in KEY))
        if k not in latest or (v["period"] or "") > (latest[k]["period"] or ""):
            latest[k] = v
    return {v["id"] for v in latest.values()}


def py_direction(v: dict) -> str | None:
    if v["measure"] == "relative_likelihood":
        return "closer_to_parity"
    if v["measure"] == "difference":
        return "closer_to_zero"
    if v["measure"] == "percentage" and v["indicator"] in (5, 6, 8):
        return "lower_is_better"
    if v["measure"] == "percentage" and v["indicator"] == 7:
        return "higher_is_better"
    return None


def py_badness(v: dict) -> float | None:
    d, x = py_direction(v), v["value"]
    if d == "lower_is_better":
        return x
    if d == "higher_is_better":
        return -x
    if d == "closer_to_parity":
        return max(x, 1 / x) if x > 0 else None
    if d == "closer_to_zero":
        return abs(x)
    return None


def py_rank(x, others) -> int:
    return 1 + sum(1 for o in others if o < x)


def test_derived_tables_have_the_views_columns(db):
    assert list(db["wres_values_cache"].columns_dict) == [
        *WRES_LATEST_COLUMNS,
        "latest",
        "series_ods",
        "series_name",
        "trust_name",
    ]
    assert list(db["wres_benchmark_cache"].columns_dict) == BENCHMARK_COLUMNS
    assert list(db["wres_trends_cache"].columns_dict) == TRENDS_COLUMNS
    assert list(db["foi_response_time_stats"].columns_dict) == FOI_RESPONSE_TIMES_COLUMNS
    assert list(db["foi_exemption_stats"].columns_dict) == FOI_EXEMPTIONS_BY_TRUST_COLUMNS
    # and the views keep their columns, in order, computed or thin
    series = [c for c in rows(db, "SELECT * FROM wres_series LIMIT 1")[0]]
    for fresh in (False, True):
        if fresh:
            refresh_derived(db)
        assert list(db["wres_values"].columns_dict) == WRES_VALUES_COLUMNS
        assert list(db["wres_latest"].columns_dict) == WRES_LATEST_COLUMNS
        assert list(db["wres_benchmark"].columns_dict) == BENCHMARK_COLUMNS
        assert list(db["wres_trends"].columns_dict) == TRENDS_COLUMNS
        assert list(db["wres_series"].columns_dict) == series
        assert list(db["foi_response_times"].columns_dict) == FOI_RESPONSE_TIMES_COLUMNS
        assert list(db["foi_exemptions_by_trust"].columns_dict) == FOI_EXEMPTIONS_BY_TRUST_COLUMNS
    stored = dict(db.execute("SELECT name, sql FROM sqlite_master").fetchall())
    for name, ddl in {**TABLES, **TRIGGERS}.items():
        assert stored[name] == ddl


def test_materialized_equals_the_views_own_computation(db):
    live, cached = live_and_cached(db)
    for view in DERIVED_VIEWS:
        assert cached[view] == live[view], view
        assert live[view], view


def test_values_latest_and_series_equal_a_python_recomputation(db):
    refresh_derived(db)
    values = py_values(db)
    got = {r["id"]: r for r in rows(db, "SELECT * FROM wres_values")}
    assert set(got) == set(values)
    for i, v in values.items():
        for c in WRES_LATEST_COLUMNS:
            assert got[i][c] == v[c], (i, c)
        assert got[i]["_pick"] == 1
    # the restated figure wins
    ra1 = [r for r in got.values() if r["trust_ods"] == "RA1" and r["indicator"] == 1]
    assert {r["period"]: r["value"] for r in ra1 if r["band"] is None}["2021/22"] == 22.5
    assert {r["id"] for r in rows(db, "SELECT id FROM wres_latest")} == py_latest(values)
    successor = {t[0]: t[4] for t in TRUSTS}

    def carrier(ods):
        while successor.get(ods):
            ods = successor[ods]
        return ods

    series = rows(db, "SELECT * FROM wres_series")
    assert len(series) == len(values)
    for r in series:
        assert r["trust_ods"] == carrier(r["reported_by_ods"])
        assert r["via_merger"] == int(r["trust_ods"] != r["reported_by_ods"])
    rnew = rows(
        db,
        "SELECT period, value FROM wres_series WHERE trust_ods = 'RNEW' AND indicator = 1 "
        "ORDER BY period",
    )
    assert [(r["period"], r["value"]) for r in rnew] == [
        ("2019/20", 10.0),
        ("2020/21", 12.0),
        ("2021/22", 13.0),
        ("2022/23", 15.0),
    ]


def test_benchmark_equals_a_python_recomputation(db):
    refresh_derived(db)
    trusts = {t[0]: t for t in TRUSTS}
    values = [v for v in py_values(db).values() if v["value"] is not None]
    got = rows(db, "SELECT * FROM wres_benchmark")
    assert len(got) == len(values)
    by_key = {(r["trust_ods"], *(r[c] for c in KEY), r["period"]): r for r in got}
    for v in values:
        r = by_key[(v["trust_ods"], *(v[c] for c in KEY), v["period"])]
        region, ttype = trusts[v["trust_ods"]][3], trusts[v["trust_ods"]][2]
        peers = [w for w in values if all(w[c] == v[c] for c in (*KEY, "period"))]
        for scope, extra in (("national", None), ("region", 3), ("trust_type", 2)):
            group = [
                w
                for w in peers
                if extra is None or trusts[w["trust_ods"]][extra] == trusts[v["trust_ods"]][extra]
            ]
            n = len(group)
            rank = py_rank(v["value"], [w["value"] for w in group])
            assert r[f"rank_{scope}"] == rank, (scope, r)
            assert r[f"trusts_{scope}"] == n
            assert r[f"percentile_{scope}"] == round(
                100.0 * (rank - 1) / (n - 1) if n > 1 else 0.0, 1
            )
            bad = py_badness(v)
            if bad is None:
                assert r[f"rank_best_{scope}"] is None
            else:
                others = [py_badness(w) for w in group]
                assert r[f"rank_best_{scope}"] == py_rank(bad, [o for o in others if o is not None])
        assert (r["region"], r["trust_type"]) == (region, ttype)
        assert r["direction"] == py_direction(v)
    # 0.50 and 2.0 are equally far from parity: they share a best-first rank
    two = {r["trust_ods"]: r for r in got if r["indicator"] == 2 and r["period"] == "2022/23"}
    assert two["RA2"]["rank_best_national"] == two["RA4"]["rank_best_national"] == 3
    assert (
        two["RA1"]["interpretation"] == "White staff more likely to be appointed from shortlisting"
    )


def test_trends_equal_a_python_recomputation(db):
    refresh_derived(db)
    trusts = {t[0]: t for t in TRUSTS}
    values = [
        v
        for v in py_values(db).values()
        if v["value"] is not None and len(v["period"]) == 7 and v["period"][4] == "/"
    ]
    got = rows(db, "SELECT * FROM wres_trends")
    assert len(got) == len(values)
    by_key = {(r["trust_ods"], *(r[c] for c in KEY), r["period"]): r for r in got}
    for v in values:
        r = by_key[(v["trust_ods"], *(v[c] for c in KEY), v["period"])]
        year = int(v["period"][:4])
        previous = f"{year - 1}/{(year) % 100:02d}"
        assert r["previous_period"] == previous
        before = [
            w["value"]
            for w in values
            if w["trust_ods"] == v["trust_ods"]
            and w["period"] == previous
            and all(w[c] == v[c] for c in KEY)
        ]
        assert r["previous_value"] == (before[0] if before else None)
        if before:
            assert r["change"] == round(v["value"] - before[0], 4)
        ttype = trusts[v["trust_ods"]][2]
        peers = [
            w["value"]
            for w in values
            if ttype is not None
            and trusts[w["trust_ods"]][2] == ttype
            and w["period"] == v["period"]
            and all(w[c] == v[c] for c in KEY)
        ]
        assert r["peers"] == (len(peers) or None)
        assert r["peer_median"] == (statistics.median(peers) if peers else None)
    ra1_5 = by_key[("RA1", 5, "percentage", None, None, "BME", "2022/23")]
    # acute trusts' indicator 5 in 2022/23: 20, 26, 26, 30 -> 26.0; RA1 was 24 the year before
    assert (ra1_5["peer_median"], ra1_5["peers"]) == (26.0, 4)
    assert (ra1_5["better_or_worse"], ra1_5["vs_peers"]) == ("worse", "same")


def test_foi_response_times_equal_a_python_recomputation(db):
    refresh_derived(db)
    trusts = {t[0]: t for t in TRUSTS}
    got = {r["trust_ods"]: r for r in rows(db, "SELECT * FROM foi_response_times")}
    assert set(got) == set(FOI)
    for ods, responses in FOI.items():
        r = got[ods]
        days = [d for d, _ in responses if d is not None]
        on_time = [int(d <= 20) for d in days]
        assert r["trust_name"] == trusts[ods][1] and r["region"] == trusts[ods][3]
        assert r["requests"] == len(responses)
        assert r["median_working_days"] == (statistics.median(days) if days else None)
        assert r["max_working_days"] == (max(days) if days else None)
        assert r["on_time"] == (sum(on_time) if days else None)
        assert r["pct_on_time"] == (round(100.0 * sum(on_time) / len(on_time), 1) if days else None)
        assert r["refused"] == sum(o == "refused" for _, o in responses)
        assert r["not_held"] == sum(o == "not_held" for _, o in responses)
    assert got["RNEW"]["median_working_days"] == 20.0  # 7 9 20 20 21
    assert got["RA1"]["median_working_days"] == 15.0  # 5 12 18 25


def test_refresh_is_idempotent(db):
    first = refresh_derived(db)
    assert set(first) == {"wres", "foi", "exemptions"} and first["wres"] > 0
    tables = [t for t in TABLES if t != "derived_state"]
    snapshot = {t: db.execute(f"SELECT * FROM [{t}]").fetchall() for t in tables}
    assert refresh_derived(db) == {}  # nothing changed: nothing done
    assert refresh_derived(db, force=True) == first  # recomputed: the same
    assert {t: db.execute(f"SELECT * FROM [{t}]").fetchall() for t in tables} == snapshot
    state = rows(db, "SELECT * FROM derived_state ORDER BY name")
    assert [(s["name"], s["stale"]) for s in state] == [
        ("exemptions", 0),
        ("foi", 0),
        ("wres", 0),
    ]
    assert all(s["refreshed_at"] and s["seconds"] is not None for s in state)


def test_views_reflect_new_data_after_a_refresh(db):
    refresh_derived(db)
    before = {v: view_rows(db, v) for v in DERIVED_VIEWS}
    with db.conn:
        add_report(
            db, "RA3", "2023/24", [(2, "relative_likelihood", None, None, "White", "2023/24", 1.0)]
        )
        db.conn.execute(
            "INSERT INTO documents (sha256, trust_ods, kind, first_seen, last_seen) "
            "VALUES ('foi-new', 'RA3', 'foi_response', '2024-01-01', '2024-01-01')"
        )
        db.conn.execute(
            "INSERT INTO foi_requests (document_sha256, trust_ods, working_days, within_deadline,"
            " outcome, reference, responded_date) "
            "VALUES ('foi-new', 'RA3', 40, 0, 'refused', 'RA3-9', '2024-03-01')"
        )
        db.conn.execute(
            "INSERT INTO foi_exemptions (request_id, law, section, label) "
            "VALUES (last_insert_rowid(), 'FOIA', '12', 'cost limit')"
        )
    assert stale_groups(db) == ["wres", "foi", "exemptions"]
    # until the refresh, the views show the last one: a consistent snapshot
    assert {v: view_rows(db, v) for v in DERIVED_VIEWS} == before

    def check():
        latest = rows(
            db, "SELECT period, value FROM wres_latest WHERE trust_ods = 'RA3' AND indicator = 2"
        )
        assert latest == [{"period": "2023/24", "value": 1.0}]
        bench = rows(db, "SELECT * FROM wres_benchmark WHERE period = '2023/24' AND indicator = 2")
        assert [(r["trust_ods"], r["rank_national"], r["interpretation"]) for r in bench] == [
            ("RA3", 1, "parity")
        ]
        trend = rows(db, "SELECT * FROM wres_trends WHERE trust_ods = 'RA3' AND period = '2023/24'")
        two = next(r for r in trend if r["indicator"] == 2)
        assert (two["previous_value"], two["better_or_worse"]) == (1.10, "better")
        foi = rows(db, "SELECT * FROM foi_response_times WHERE trust_ods = 'RA3'")
        assert [(r["requests"], r["median_working_days"], r["refused"]) for r in foi] == [
            (1, 40.0, 1)
        ]
        cited = rows(db, "SELECT * FROM foi_exemptions_by_trust WHERE trust_ods = 'RA3'")
        assert [(r["section"], r["citations"], r["latest_reference"]) for r in cited] == [
            ("12", 1, "RA3-9")
        ]

    assert set(refresh_derived(db)) == {"wres", "foi", "exemptions"}
    check()  # read from the derived tables
    # shaping a stale database installs the computing views: current at once
    with db.conn:
        db.conn.execute("UPDATE wres_metrics SET value = value WHERE id = 1")
    ensure_db_shape(db)
    assert "_cache" not in view_sql(db, "wres_latest")
    check()
    live, cached = live_and_cached(db)
    assert live == cached


def test_trust_changes_mark_stale_only_when_they_matter(db):
    refresh_derived(db)
    with db.conn:  # a registry refresh rewriting the same values
        db.conn.execute(
            "UPDATE trusts SET name = name, region = region, successor_ods = successor_ods"
        )
        db.conn.execute(
            "UPDATE trusts SET website = 'https://example.nhs.uk' WHERE ods_code = 'RA1'"
        )
    assert stale_groups(db) == []
    with db.conn:
        db.conn.execute("UPDATE trusts SET region = 'London' WHERE ods_code = 'RA3'")
    assert stale_groups(db) == ["wres", "foi"]
    refresh_derived(db)
    london = rows(
        db,
        "SELECT trusts_region FROM wres_benchmark WHERE trust_ods = 'RA3' AND indicator = 5 "
        "AND period = '2022/23'",
    )
    assert london == [{"trusts_region": 3}]
    # a merger re-files a series
    with db.conn:
        db.conn.execute("UPDATE trusts SET successor_ods = 'RA1' WHERE ods_code = 'RA2'")
    refresh_derived(db)
    assert {
        r["trust_ods"]
        for r in rows(db, "SELECT trust_ods FROM wres_series WHERE reported_by_ods = 'RA2'")
    } == {"RA1"}


def test_a_failed_refresh_leaves_the_previous_tables(db, monkeypatch):
    import db.derived as derived

    refresh_derived(db)
    before = view_rows(db, "wres_benchmark")
    with db.conn:
        db.conn.execute("UPDATE wres_metrics SET value = value + 1")

    def boom(conn):
        raise RuntimeError("disk full")

    monkeypatch.setitem(derived._REFRESH, "foi", boom)
    with db.conn:
        db.conn.execute("UPDATE foi_requests SET working_days = working_days")
    with pytest.raises(RuntimeError):
        refresh_derived(db)
    assert stale_groups(db) == ["wres", "foi"]  # rolled back together
    assert db.execute("SELECT count(*) FROM wres_benchmark_cache").fetchone()[0] == len(before)
    assert view_rows(db, "wres_benchmark") == before  # the last refresh, still thin
    assert "FROM wres_benchmark_cache" in view_sql(db, "wres_benchmark")


def test_filtered_views_read_the_derived_tables_through_indexes(db):
    refresh_derived(db)
    for view, where, index in (
        (
            "wres_benchmark",
            "indicator = 2 AND period = '2022/23'",
            "idx_wres_benchmark_cache_indicator",
        ),
        ("wres_benchmark", "period = '2022/23'", "idx_wres_benchmark_cache_period"),
        ("wres_benchmark", "trust_ods = 'RA1'", "idx_wres_benchmark_cache_trust"),
        ("wres_trends", "indicator = '2'", "idx_wres_trends_cache_indicator"),
        ("wres_values", "indicator = 2 AND period = '2022/23'", "idx_wres_values_cache_indicator"),
        ("wres_latest", "trust_ods = 'RA1'", "idx_wres_values_cache_trust_period"),
        ("wres_latest", "indicator = 5", "idx_wres_values_cache_latest"),
        ("wres_series", "trust_ods = 'RNEW'", "idx_wres_values_cache_series"),
        ("foi_exemptions_by_trust", "trust_ods = 'RA1'", "idx_foi_exemption_stats_trust"),
        ("foi_exemptions_by_trust", "section = '12'", "idx_foi_exemption_stats_section"),
    ):
        plan = " ".join(
            r[3] for r in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {view} WHERE {where}")
        )
        assert index in plan, (view, where, plan)


def test_parse_refreshes_even_when_nothing_was_parsed(db, tmp_path):
    from trustdocs.pipeline import parse

    assert stale_groups(db) == ["wres", "foi", "exemptions"]
    summary = parse(db, tmp_path / "store")
    assert summary.parsed == 0
    assert stale_groups(db) == []
    live, cached = live_and_cached(db)
    assert live == cached


def test_a_derived_table_from_an_older_version_is_replaced(db):
    refresh_derived(db)
    with db.conn:
        db.conn.execute("DROP VIEW wres_trends")
        db.conn.execute("DROP TABLE wres_trends_cache")
        db.conn.execute("CREATE TABLE wres_trends_cache (trust_ods TEXT, old_column TEXT)")
    ensure_db_shape(db)
    assert stale_groups(db) == ["wres"]
    assert list(db["wres_trends_cache"].columns_dict) == TRENDS_COLUMNS
    live, cached = live_and_cached(db)
    assert live == cached


# --- foi_exemptions_by_trust and the exemptions_by_trust query ----------------------------

EXEMPTIONS_BY_TRUST = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "metadata.yml").read_text(encoding="utf-8")
)["databases"]["trustdocs"]["queries"]["exemptions_by_trust"]["sql"]

# As Datasette passes them: every named parameter, "" when the form leaves it empty.
EXEMPTION_PARAMS = [
    {"section": "", "trust": ""},
    {"section": "12", "trust": ""},
    {"section": " 40(2) ", "trust": ""},
    {"section": "", "trust": "ra1"},
    {"section": "", "trust": " RNEW "},
    {"section": "12", "trust": "RNEW"},
    {"section": "12(4)(b)", "trust": "RA2"},
    {"section": "99", "trust": ""},
    {"section": "", "trust": "NOPE"},
]


def answers_as_before(db, params_list=EXEMPTION_PARAMS) -> int:
    """The canned query equals its former SQL, row for row and in order, for every set
    of parameters; returns how many rows they gave in all."""
    from trustdocs.plugins.trustdocs_params import prepare_connection

    prepare_connection(db.conn)  # td_trust(), as the published site registers it
    total = 0
    for params in params_list:
        old = db.execute(OLD_EXEMPTIONS_BY_TRUST, params).fetchall()
        new = db.execute(EXEMPTIONS_BY_TRUST, params).fetchall()
        assert new == old, params
        total += len(new)
    return total


def py_exemptions(db) -> dict[tuple, dict]:
    cited = rows(
        db,
        "SELECT e.rowid, e.request_id, e.law, e.section, e.label, r.trust_ods, r.reference, "
        "r.responded_date FROM foi_exemptions e JOIN foi_requests r ON r.id = e.request_id "
        "ORDER BY e.request_id, e.rowid",
    )
    groups: dict[tuple, list] = {}
    for c in cited:
        groups.setdefault((c["trust_ods"], c["law"], c["section"], c["label"]), []).append(c)
    out = {}
    for key, members in groups.items():
        dated = [c for c in members if c["responded_date"] is not None]
        if dated:  # the latest date; of those, the first saved
            last = max(c["responded_date"] for c in dated)
            latest = next(c for c in dated if c["responded_date"] == last)
        else:  # no date at all: the last saved (what max() left its bare column at)
            last, latest = None, members[-1]
        out[key] = {
            "citations": len(members),
            "requests": len({c["request_id"] for c in members}),
            "last_cited": last,
            "latest_reference": latest["reference"],
        }
    return out


def test_exemption_counts_equal_a_python_recomputation(db):
    for fresh in (False, True):
        if fresh:
            refresh_derived(db)
        got = {
            (r["trust_ods"], r["law"], r["section"], r["label"]): {
                k: r[k] for k in ("citations", "requests", "last_cited", "latest_reference")
            }
            for r in rows(db, "SELECT * FROM foi_exemptions_by_trust")
        }
        assert got == py_exemptions(db)
    assert got[("RA1", "FOIA", "12", "cost limit")] == {
        "citations": 3,
        "requests": 3,
        "last_cited": "2023-05-10",
        "latest_reference": "RA1-002",  # RA1-003 has the same date, and came later
    }
    assert got[("RA1", "FOIA", "40(2)", "personal information")]["requests"] == 2
    assert got[("RA2", "EIR", "12(4)(b)", None)]["latest_reference"] == "RA2-C"
    assert got[("RNEW", "FOIA", "21", "reasonably accessible")]["latest_reference"] == "N/2"
    assert got[("RM1", "FOIA", "12", None)]["latest_reference"] is None


def test_exemptions_by_trust_answers_as_its_former_sql(db):
    # computed from the base tables (never refreshed), then from foi_exemption_stats
    assert "foi_exemption_stats" not in view_sql(db, "foi_exemptions_by_trust")
    assert answers_as_before(db) > 0
    refresh_derived(db)
    assert "FROM foi_exemption_stats" in view_sql(db, "foi_exemptions_by_trust")
    assert answers_as_before(db) > 0
    # and after the data changes: a stale group shows the last refresh until the next
    with db.conn:
        db.conn.execute("UPDATE foi_requests SET responded_date = '2023-06-01' WHERE id = 3")
        db.conn.execute("DELETE FROM foi_exemptions WHERE rowid = 1")
    assert stale_groups(db) == ["exemptions"]
    refresh_derived(db)
    assert answers_as_before(db) > 0
    first = rows(db, EXEMPTIONS_BY_TRUST, {"section": "12", "trust": "RA1"})
    assert [
        (r["trust"], r["citations"], r["last_cited"], r["latest_reference"]) for r in first
    ] == [("Alpha Acute", 2, "2023-06-01", "RA1-003")]


def test_exemptions_by_trust_answers_as_its_former_sql_on_the_sample_database(tmp_path):
    from trustdocs.sample_db import build_sample_database

    path = build_sample_database(
        tmp_path / "sample.db", trusts=12, years=3, requests_per_trust=80, items_per_request=4
    )
    sample = sqlite_utils.Database(path)
    trusts = [ods for (ods,) in sample.execute("SELECT ods_code FROM trusts LIMIT 3")]
    sections = [s for (s,) in sample.execute("SELECT DISTINCT section FROM foi_exemptions")]
    params = [
        *EXEMPTION_PARAMS,
        *({"section": s, "trust": ""} for s in sections),
        *({"section": "", "trust": t.lower()} for t in trusts),
        *({"section": s, "trust": t} for s in sections[:2] for t in trusts),
    ]
    stale = answers_as_before(sample, params)
    refresh_derived(sample)
    assert stale_groups(sample) == []
    assert answers_as_before(sample, params) == stale > 100


def test_exemption_counts_refresh_only_when_their_inputs_change(db):
    refresh_derived(db)
    unchanged = view_rows(db, "foi_exemptions_by_trust")
    with db.conn:  # what response times read, not the exemption counts
        db.conn.execute("UPDATE foi_requests SET working_days = 30, outcome = 'refused'")
    assert stale_groups(db) == ["foi"]
    assert refresh_derived(db).keys() == {"foi"}
    with db.conn:  # a trust's name is joined when the query runs
        db.conn.execute("UPDATE trusts SET name = 'Alpha' WHERE ods_code = 'RA1'")
    assert stale_groups(db) == ["wres", "foi"]
    refresh_derived(db)
    assert view_rows(db, "foi_exemptions_by_trust") == unchanged
    assert rows(db, EXEMPTIONS_BY_TRUST, {"section": "", "trust": "RA1"})[0]["trust"] == "Alpha"
    for change, stale in (
        ("INSERT INTO foi_exemptions (request_id, law, section) VALUES (1, 'FOIA', '21')", []),
        ("UPDATE foi_exemptions SET label = 'costs' WHERE section = '12'", []),
        ("DELETE FROM foi_exemptions WHERE section = '21'", []),
        ("UPDATE foi_requests SET reference = 'RA1-X' WHERE id = 1", []),
        ("UPDATE foi_requests SET responded_date = NULL WHERE id = 1", []),
        ("UPDATE foi_requests SET trust_ods = 'RA3' WHERE id = 1", ["foi"]),
    ):
        with db.conn:
            db.conn.execute(change)
        assert stale_groups(db) == [*stale, "exemptions"], change
        assert set(refresh_derived(db)) == {*stale, "exemptions"}, change
        live, cached = live_and_cached(db)
        assert live == cached, change
    assert view_rows(db, "foi_exemptions_by_trust") != unchanged
