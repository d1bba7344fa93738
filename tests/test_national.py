"""National per-trust WRES data beside the trusts' own figures: db/national.py (table
wres_national, view wres_self_vs_national) and trustdocs/national.import_national."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from db.national import ensure_national_shape
from db.schema import ensure_db_shape
from trustdocs.national import import_national

CORPUS_CSV = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpus"
    / "wres"
    / "data"
    / "ss2024_racism_LR_per_trust.csv"
)

SS_CSV = """Indicator,Trust,Trust Type,White Rate,BME Rate,Likelihood Ratio (BME/White)
Q15: Fair career progression,RA1,Acute&Acute Community Trusts,0.671,0.528,0.7869
Q16b: Discrimination from manager/colleagues,RA1,Acute&Acute Community Trusts,0.064,0.135,2.1094
Harassment from patients (by ethnicity),RA1,Acute&Acute Community Trusts,0.218,0.243,1.1147
Harassment from staff (by ethnicity),RA1,Acute&Acute Community Trusts,0.188,0.209,1.1117
Harassment from staff (by ethnicity),RA2,Community Trusts,0.2,,
"""


@pytest.fixture()
def db():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    ensure_national_shape(db)
    return db


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shape_is_idempotent(db):
    ensure_national_shape(db)
    ensure_national_shape(db)
    assert "wres_national" in db.table_names()
    assert "wres_self_vs_national" in db.view_names()
    assert list(db["wres_national"].columns_dict) == [
        "source",
        "trust_ods",
        "indicator",
        "measure",
        "ethnic_group",
        "period",
        "value",
        "numerator",
        "denominator",
        "imported_at",
    ]


def test_import_staff_survey_layout(db, tmp_path):
    path = _write(tmp_path, "ss2024_test.csv", SS_CSV)
    n = import_national(db, path)
    assert n == 4 * 3 + 1  # RA2: White only (BME and ratio missing)
    got = {
        (r["trust_ods"], r["indicator"], r["measure"], r["ethnic_group"]): r
        for r in db.query("SELECT * FROM wres_national")
    }
    row = got[("RA1", 7, "percentage", "BME")]
    assert row["value"] == pytest.approx(52.8)  # fractions become percentages
    assert row["period"] == "2024/25"  # the 2024 staff survey
    assert row["source"] == "ss2024_test"
    assert got[("RA1", 8, "relative_likelihood", "BME")]["value"] == pytest.approx(2.1094)
    assert got[("RA1", 5, "percentage", "White")]["value"] == pytest.approx(21.8)
    assert got[("RA1", 6, "percentage", "BME")]["value"] == pytest.approx(20.9)
    assert ("RA2", 6, "percentage", "BME") not in got
    # importing again replaces the source's rows
    assert import_national(db, path) == n
    assert db["wres_national"].count == n


def test_period_and_source_can_be_given(db, tmp_path):
    path = _write(tmp_path, "survey_by_ethnicity.csv", SS_CSV)
    with pytest.raises(ValueError, match="survey year"):
        import_national(db, path)
    assert import_national(db, path, source="my source", period="2023/24") == 13
    assert {r["period"] for r in db.query("SELECT period FROM wres_national")} == {"2023/24"}
    assert {r["source"] for r in db.query("SELECT source FROM wres_national")} == {"my source"}


def test_unknown_layout_names_its_columns(db, tmp_path):
    path = _write(tmp_path, "ss2024_other.csv", "Org code,Metric,Value\nRA1,1,25.6\n")
    with pytest.raises(ValueError) as info:
        import_national(db, path)
    assert "'Org code', 'Metric', 'Value'" in str(info.value)


def test_unknown_indicator_label_is_an_error(db, tmp_path):
    text = "Indicator,Trust,White Rate,BME Rate\nQ99: Something else,RA1,0.1,0.2\n"
    with pytest.raises(ValueError, match="Q99"):
        import_national(db, _write(tmp_path, "ss2024_bad.csv", text))


def test_self_vs_national(db, tmp_path):
    with db.conn:
        db.conn.execute("INSERT INTO trusts (ods_code, name) VALUES ('RA1', 'Alpha')")
        db.conn.execute(
            "INSERT INTO documents (sha256, trust_ods, kind, first_seen, last_seen) "
            "VALUES ('s1', 'RA1', 'wres_report', '2025-01-01', '2025-01-01')"
        )
        db.conn.execute(
            "INSERT INTO wres_reports (id, document_sha256, trust_ods, reporting_year) "
            "VALUES (1, 's1', 'RA1', '2024/25')"
        )
        for ind, group, value, band in [
            (7, "BME", 52.0, None),
            (7, "White", 67.1, None),
            (8, "BME", 13.5, None),
            (1, "BME", 30.0, "Band 5"),  # a band figure: nothing national to compare
        ]:
            db.conn.execute(
                "INSERT INTO wres_metrics (report_id, trust_ods, indicator, measure, band, "
                "ethnic_group, period, value) VALUES (1, 'RA1', ?, 'percentage', ?, ?, "
                "'2024/25', ?)",
                [ind, band, group, value],
            )
    import_national(db, _write(tmp_path, "ss2024_test.csv", SS_CSV))
    got = {
        (r["indicator"], r["ethnic_group"]): r
        for r in db.query("SELECT * FROM wres_self_vs_national WHERE trust_ods = 'RA1'")
    }
    assert set(got) == {(7, "BME"), (7, "White"), (8, "BME")}
    assert got[(7, "BME")]["self_value"] == 52.0
    assert got[(7, "BME")]["national_value"] == pytest.approx(52.8)
    assert got[(7, "BME")]["difference"] == pytest.approx(-0.8)
    assert got[(8, "BME")]["difference"] == pytest.approx(0.0)
    assert got[(7, "BME")]["trust_name"] == "Alpha"


@pytest.mark.skipif(not CORPUS_CSV.exists(), reason="../shared/corpus not present")
def test_real_staff_survey_file(db):
    n = import_national(db, CORPUS_CSV)
    # 159 trusts x 4 indicators x (White, BME, ratio)
    assert n == 159 * 4 * 3
    rows = list(db.query("SELECT * FROM wres_national"))
    assert {r["period"] for r in rows} == {"2024/25"}
    assert {r["indicator"] for r in rows} == {5, 6, 7, 8}
    pct = [r["value"] for r in rows if r["measure"] == "percentage"]
    assert min(pct) >= 0 and max(pct) <= 100 and max(pct) > 1
    # The Christie (RBV), 2024 survey, fair career progression: White 64.9%, BME 61.6%
    christie = {
        (r["measure"], r["ethnic_group"]): r["value"]
        for r in rows
        if r["trust_ods"] == "RBV" and r["indicator"] == 7
    }
    assert christie[("percentage", "White")] == pytest.approx(64.8898, abs=1e-3)
    assert christie[("percentage", "BME")] == pytest.approx(61.6352, abs=1e-3)
    assert christie[("relative_likelihood", "BME")] == pytest.approx(0.9498, abs=1e-3)
