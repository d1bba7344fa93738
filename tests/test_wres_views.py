"""The WRES comparison views on a small hand-built database: wres_benchmark's
direction and best-first ranks, wres_trends (previous year, better or worse, against
peers) and wres_series (a series that follows mergers through trusts.successor_ods)."""

from __future__ import annotations

import pytest
import sqlite_utils

from db.schema import ensure_db_shape

TRUSTS = [
    # ods, name, type, region, successor
    ("RA1", "Alpha Acute", "Acute", "London", None),
    ("RA2", "Beta Acute", "Acute", "London", None),
    ("RA3", "Gamma Acute", "Acute", "Midlands", None),
    ("RM1", "Delta Mental Health", "Mental health", "Midlands", None),
    # a merger chain: ROLD -> RMID -> RNEW
    ("RNEW", "New Merged Trust", "Mental health", "Midlands", None),
    ("RMID", "Middle Trust", "Mental health", "Midlands", "RNEW"),
    ("ROLD", "Old Trust", "Mental health", "Midlands", "RMID"),
]

# trust, indicator, measure, group, period, value  (staff_group/band null unless indicator 1/9)
FIGURES = [
    # indicator 2, relative likelihood White/BME, 2021/22 and 2022/23
    ("RA1", 2, "relative_likelihood", "White", "2021/22", 1.80),
    ("RA1", 2, "relative_likelihood", "White", "2022/23", 1.30),
    ("RA2", 2, "relative_likelihood", "White", "2022/23", 0.50),
    ("RA3", 2, "relative_likelihood", "White", "2022/23", 1.10),
    # indicator 5, lower is better
    ("RA1", 5, "percentage", "BME", "2021/22", 24.0),
    ("RA1", 5, "percentage", "BME", "2022/23", 26.0),
    ("RA2", 5, "percentage", "BME", "2022/23", 20.0),
    ("RA3", 5, "percentage", "BME", "2022/23", 30.0),
    # indicator 7, higher is better
    ("RA1", 7, "percentage", "BME", "2021/22", 50.0),
    ("RA1", 7, "percentage", "BME", "2022/23", 50.0),
    ("RA2", 7, "percentage", "BME", "2022/23", 60.0),
    # indicator 9 difference, closer to zero
    ("RA1", 9, "difference", "BME", "2022/23", -8.9),
    ("RA2", 9, "difference", "BME", "2022/23", 3.0),
    # indicator 3, BME/White
    ("RM1", 3, "relative_likelihood", "BME", "2022/23", 1.64),
    # indicator 1: no better or worse
    ("RA1", 1, "percentage", "BME", "2022/23", 25.6),
    ("RA2", 1, "percentage", "BME", "2022/23", 40.0),
    # the merger chain reports indicator 1 over the years
    ("ROLD", 1, "percentage", "BME", "2019/20", 10.0),
    ("RMID", 1, "percentage", "BME", "2020/21", 12.0),
    ("RMID", 1, "percentage", "BME", "2021/22", 13.0),
    ("RNEW", 1, "percentage", "BME", "2022/23", 15.0),
]


@pytest.fixture()
def db():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    with db.conn:
        for ods, name, ttype, region, _succ in TRUSTS:
            db.conn.execute(
                "INSERT INTO trusts (ods_code, name, trust_type, region) VALUES (?, ?, ?, ?)",
                [ods, name, ttype, region],
            )
        for ods, *_rest, succ in TRUSTS:
            if succ:
                db.conn.execute(
                    "UPDATE trusts SET successor_ods = ?, active = 0 WHERE ods_code = ?",
                    [succ, ods],
                )
        reports: dict[str, int] = {}
        for ods, ind, measure, group, period, value in FIGURES:
            if ods not in reports:
                sha = f"sha-{ods}"
                db.conn.execute(
                    "INSERT INTO documents (sha256, trust_ods, kind, first_seen, last_seen) "
                    "VALUES (?, ?, 'wres_report', '2023-01-01', '2023-01-01')",
                    [sha, ods],
                )
                cur = db.conn.execute(
                    "INSERT INTO wres_reports (document_sha256, trust_ods, reporting_year) "
                    "VALUES (?, ?, '2022/23')",
                    [sha, ods],
                )
                reports[ods] = cur.lastrowid
            staff_group = "overall" if ind == 1 else ("board" if ind == 9 else None)
            db.conn.execute(
                "INSERT INTO wres_metrics (report_id, trust_ods, indicator, measure, staff_group, "
                "ethnic_group, period, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [reports[ods], ods, ind, measure, staff_group, group, period, value],
            )
    return db


def rows(db, sql, params=()):
    return [dict(r) for r in db.query(sql, params)]


def test_benchmark_direction_and_best_first_rank(db):
    got = {
        (r["trust_ods"], r["indicator"]): r
        for r in rows(db, "SELECT * FROM wres_benchmark WHERE period = '2022/23'")
    }
    # relative likelihood: closest to parity is best (1.10, then 1.30, then 0.50 = 2.0 away)
    assert got[("RA3", 2)]["direction"] == "closer_to_parity"
    assert [got[(t, 2)]["rank_best_national"] for t in ("RA3", "RA1", "RA2")] == [1, 2, 3]
    # value-ordered ranks unchanged: 0.50 lowest
    assert got[("RA2", 2)]["rank_national"] == 1
    # lower is better for 5; higher is better for 7; closer to zero for 9
    assert got[("RA2", 5)]["direction"] == "lower_is_better"
    assert [got[(t, 5)]["rank_best_national"] for t in ("RA2", "RA1", "RA3")] == [1, 2, 3]
    assert got[("RA2", 7)]["direction"] == "higher_is_better"
    assert got[("RA2", 7)]["rank_best_national"] == 1
    assert got[("RA2", 9)]["direction"] == "closer_to_zero"
    assert got[("RA2", 9)]["rank_best_national"] == 1 and got[("RA1", 9)]["rank_best_national"] == 2
    # indicator 1: no better or worse
    assert got[("RA1", 1)]["direction"] is None
    assert got[("RA1", 1)]["rank_best_national"] is None
    # region and trust type peers
    assert got[("RA3", 5)]["rank_best_region"] == 1  # alone in the Midlands
    assert got[("RA3", 5)]["rank_best_trust_type"] == 3
    # interpretation of relative likelihoods
    assert got[("RA1", 2)]["interpretation"] == (
        "White staff more likely to be appointed from shortlisting"
    )
    assert got[("RA2", 2)]["interpretation"] == (
        "BME staff more likely to be appointed from shortlisting"
    )
    assert got[("RM1", 3)]["interpretation"] == (
        "BME staff more likely to enter a formal disciplinary process"
    )


def test_trends_previous_year_and_peers(db):
    got = {
        (r["trust_ods"], r["indicator"], r["period"]): r
        for r in rows(db, "SELECT * FROM wres_trends")
    }
    rl = got[("RA1", 2, "2022/23")]
    assert (rl["previous_period"], rl["previous_value"]) == ("2021/22", 1.80)
    assert rl["change"] == pytest.approx(-0.5)
    assert rl["better_or_worse"] == "better"  # 1.30 is closer to parity than 1.80
    five = got[("RA1", 5, "2022/23")]
    assert five["better_or_worse"] == "worse"  # 24% -> 26% harassment
    assert got[("RA1", 7, "2022/23")]["better_or_worse"] == "same"
    first = got[("RA1", 2, "2021/22")]
    assert first["previous_value"] is None and first["better_or_worse"] is None
    # peers: acute trusts' median for indicator 5 in 2022/23 is 26.0
    assert five["peer_median"] == 26.0 and five["peers"] == 3
    assert five["vs_peers"] == "same"
    assert got[("RA2", 5, "2022/23")]["vs_peers"] == "better"
    assert got[("RA3", 5, "2022/23")]["vs_peers"] == "worse"
    # the median of an even number of trusts is the mean of the middle two: 50, 60 -> 55
    assert got[("RA1", 7, "2022/23")]["peer_median"] == 55.0
    assert got[("RA1", 7, "2022/23")]["vs_peers"] == "worse"
    # indicator 1 has no better or worse, but a median
    assert got[("RA1", 1, "2022/23")]["vs_peers"] is None
    # a trust alone in its type has no peers to compare with
    assert got[("RM1", 3, "2022/23")]["vs_peers"] is None


def test_series_follows_mergers(db):
    series = rows(
        db,
        "SELECT period, value, reported_by_ods, via_merger FROM wres_series "
        "WHERE trust_ods = 'RNEW' AND indicator = 1 ORDER BY period",
    )
    assert [(r["period"], r["value"], r["reported_by_ods"]) for r in series] == [
        ("2019/20", 10.0, "ROLD"),
        ("2020/21", 12.0, "RMID"),
        ("2021/22", 13.0, "RMID"),
        ("2022/23", 15.0, "RNEW"),
    ]
    assert [r["via_merger"] for r in series] == [1, 1, 1, 0]
    # predecessors' figures are not left under their old codes
    assert not rows(db, "SELECT * FROM wres_series WHERE trust_ods IN ('ROLD', 'RMID')")
    # a trust without mergers is its own series
    ra1 = rows(
        db, "SELECT DISTINCT reported_by_ods, trust_name FROM wres_series WHERE trust_ods = 'RA1'"
    )
    assert ra1 == [{"reported_by_ods": "RA1", "trust_name": "Alpha Acute"}]


def test_series_survives_a_successor_loop(db):
    with db.conn:
        db.conn.execute("UPDATE trusts SET successor_ods = 'ROLD' WHERE ods_code = 'RNEW'")
    # a data error (a cycle) must not hang the query
    assert rows(db, "SELECT count(*) AS n FROM wres_series")[0]["n"] == len(FIGURES)


def test_existing_view_columns_kept(db):
    cols = list(db["wres_benchmark"].columns_dict)
    for c in (
        "trust_ods",
        "rank_national",
        "percentile_national",
        "rank_region",
        "rank_trust_type",
        "percentile_trust_type",
        "document_sha256",
    ):
        assert c in cols
    assert {"direction", "rank_best_national", "rank_best_region", "rank_best_trust_type"} <= set(
        cols
    )


def test_benchmark_names_reads_and_marks_the_headline_figure(db):
    from db.derived import refresh_derived

    for fresh in (False, True):  # computed from the base tables, then from the caches
        if fresh:
            refresh_derived(db)
        got = {
            (r["trust_ods"], r["indicator"]): r
            for r in rows(db, "SELECT * FROM wres_benchmark WHERE period = '2022/23'")
        }
        ra1 = got[("RA1", 2)]
        assert ra1["indicator_name"] == "Appointment from shortlisting"
        assert ra1["reading"] == (
            "1.30: White applicants 1.30× as likely to be appointed from shortlisting as BME "
            "applicants; parity is 1.00"
        )
        assert ra1["better"] == "closer to 1.00 is better" and ra1["headline"] == 1
        assert got[("RM1", 3)]["reading"].startswith("1.64: BME staff 1.64× as likely to enter")
        assert got[("RA2", 5)]["reading"] == (
            "20.0% of BME staff experienced harassment, bullying or abuse from patients, "
            "relatives or the public"
        )
        assert got[("RA2", 7)]["better"] == "higher is better ↑"
        assert got[("RA1", 9)]["reading"] == (
            "-8.9 pp: BME share of the board 8.9 points below their share of the workforce; "
            "0 is parity"
        )
        assert got[("RA1", 1)]["reading"] == "25.6% of staff are BME"
        assert got[("RA1", 1)]["better"] == "no better or worse"
        # the view opens on what a reader needs: what, who, the figure, which way, the rank
        assert list(db["wres_benchmark"].columns_dict)[:9] == [
            "indicator",
            "indicator_name",
            "trust_name",
            "period",
            "value",
            "unit",
            "direction",
            "better",
            "rank_best_national",
        ]
    # headline figures first, best first
    first = rows(db, "SELECT indicator, trust_ods, headline FROM wres_benchmark LIMIT 3")
    assert first[0] == {"indicator": 1, "trust_ods": "RA2", "headline": 1}


def test_trends_open_on_headline_figures_with_what_moved_first(db):
    from db.derived import refresh_derived

    for fresh in (False, True):
        if fresh:
            refresh_derived(db)
        assert list(db["wres_trends"].columns_dict)[:9] == [
            "indicator",
            "trust_name",
            "period",
            "value",
            "unit",
            "better_or_worse",
            "previous_period",
            "previous_value",
            "change",
        ]
        first = rows(db, "SELECT indicator, period, staff_group FROM wres_trends LIMIT 1")[0]
        # indicator 1's headline (overall) in the latest year, not a band
        assert first == {"indicator": 1, "period": "2022/23", "staff_group": "overall"}
