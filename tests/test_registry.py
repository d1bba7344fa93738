"""The trust registry: the bundled CSV's invariants, the loader's checks, overrides."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from scrapers.models import TrustSite
from trustdocs.registry import (
    REGIONS,
    REGISTRY_COLUMNS,
    TRUST_TYPES,
    RegistryError,
    bundled_registry_text,
    load_registry,
    merge_overrides,
    successors_chain,
    to_trust_sites,
    write_registry_csv,
)

CODE_RE = re.compile(r"^(R[A-Z0-9]{2}|T[A-Z0-9]{2}|[A-Z0-9]{5})$")

GOOD_ROWS = [
    {
        "ods_code": "XA1",
        "name": "Demo Acute NHS Trust",
        "short_name": "Demo Acute",
        "trust_type": "Acute",
        "region": "Midlands",
        "website": "https://demo-acute.example",
        "foi_url": "https://demo-acute.example/foi/",
        "wres_url": "",
        "site_type": "generic",
        "successor_ods": "",
        "active": 1,
    },
    {
        "ods_code": "XB2",
        "name": "Demo Old NHS Trust",
        "short_name": "Demo Old",
        "trust_type": "Community",
        "region": "London",
        "website": "",
        "foi_url": "",
        "wres_url": "",
        "site_type": "generic",
        "successor_ods": "XA1",
        "active": 0,
    },
]


@pytest.fixture(scope="module")
def bundled() -> list[dict]:
    return load_registry()


def write_csv(tmp_path: Path, rows: list[dict], columns=REGISTRY_COLUMNS) -> Path:
    path = tmp_path / "registry.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def with_changes(index: int, **changes) -> list[dict]:
    rows = [dict(r) for r in GOOD_ROWS]
    rows[index].update(changes)
    return rows


# --------------------------------------------------------------------------- bundled CSV


def test_bundled_header_is_the_trusts_table_then_source():
    header = bundled_registry_text().splitlines()[0].split(",")
    assert tuple(header[: len(REGISTRY_COLUMNS)]) == REGISTRY_COLUMNS
    assert header[len(REGISTRY_COLUMNS) :] == ["source"]


def test_bundled_rows_have_exactly_the_registry_columns(bundled):
    assert all(tuple(r) == REGISTRY_COLUMNS for r in bundled)


def test_bundled_active_count(bundled):
    active = [r for r in bundled if r["active"] == 1]
    assert len(active) >= 195
    assert len(bundled) > len(active)  # closed trusts are kept


def test_bundled_codes_unique_and_well_formed(bundled):
    codes = [r["ods_code"] for r in bundled]
    assert len(codes) == len(set(codes))
    assert all(CODE_RE.match(c) for c in codes), [c for c in codes if not CODE_RE.match(c)]


def test_bundled_regions_and_types(bundled):
    active = [r for r in bundled if r["active"]]
    assert {r["region"] for r in active} == set(REGIONS)
    assert {r["trust_type"] for r in bundled} <= set(TRUST_TYPES)
    assert all(r["name"] and r["short_name"] for r in bundled)


def test_bundled_urls_are_https(bundled):
    for r in bundled:
        for column in ("website", "foi_url", "wres_url"):
            assert r[column] == "" or r[column].startswith("https://"), (r["ods_code"], column)
    with_site = [r for r in bundled if r["active"] and r["website"]]
    assert len(with_site) >= 195


def test_bundled_successors_exist_and_lead_to_an_open_trust(bundled):
    by_code = {r["ods_code"]: r for r in bundled}
    for r in bundled:
        succ = r["successor_ods"]
        if succ:
            assert succ in by_code, r["ods_code"]
            assert by_code[succ]["active"] == 1 or by_code[succ]["successor_ods"]
            assert r["active"] == 0, f"{r['ods_code']} has a successor but is active"
            chain = successors_chain(bundled, r["ods_code"])
            assert by_code[chain[-1]]["active"] == 1


def test_bundled_known_trusts(bundled):
    by_code = {r["ods_code"]: r for r in bundled}
    rt5 = by_code["RT5"]
    assert rt5["name"] == "Leicestershire Partnership NHS Trust"
    assert rt5["short_name"] == "Leicestershire Partnership"
    assert rt5["region"] == "Midlands"
    assert rt5["trust_type"] == "Mental health and community"
    assert "leicspart.nhs.uk" in rt5["website"]
    assert rt5["active"] == 1
    assert by_code["G6V2S"]["active"] == 1  # five-character codes of trusts formed since 2024
    assert by_code["RNK"]["successor_ods"] == "G6V2S"  # Tavistock and Portman, 2026
    assert by_code["RE9"]["successor_ods"] == "R0B"  # South Tyneside, 2019
    assert by_code["RAP"]["successor_ods"] == "RAL"  # North Middlesex, 2025
    assert "RT4" not in by_code  # Welsh Ambulance Services


# --------------------------------------------------------------------------- loader


def test_load_good_file(tmp_path):
    rows = load_registry(write_csv(tmp_path, GOOD_ROWS))
    assert [r["ods_code"] for r in rows] == ["XA1", "XB2"]
    assert rows[0]["active"] == 1 and rows[1]["active"] == 0
    assert rows[1]["website"] == ""


def test_loopback_http_is_allowed_for_the_demo(tmp_path):
    rows = with_changes(0, website="http://127.0.0.1:8765", foi_url="http://127.0.0.1:8765/foi")
    assert load_registry(write_csv(tmp_path, rows))[0]["website"] == "http://127.0.0.1:8765"


@pytest.mark.parametrize(
    ("index", "changes", "message"),
    [
        (0, {"ods_code": "ABC"}, "bad ODS code 'ABC'"),
        (0, {"ods_code": "R1"}, "bad ODS code"),
        (0, {"region": "Wales"}, "region 'Wales'"),
        (0, {"region": ""}, "region ''"),
        (0, {"website": "http://demo-acute.example"}, "must use https"),
        (0, {"website": "demo-acute.example"}, "not an absolute"),
        (0, {"name": ""}, "empty name"),
        (0, {"trust_type": "Hospital"}, "trust_type 'Hospital'"),
        (0, {"active": "maybe"}, "active must be 0 or 1"),
        (0, {"site_type": "Word Press"}, "site_type"),
        (1, {"successor_ods": "XZ9"}, "successor_ods 'XZ9' is not in the registry"),
        (1, {"successor_ods": "XB2"}, "names the trust itself"),
        (1, {"ods_code": "XA1", "successor_ods": ""}, "duplicate ODS code"),
    ],
)
def test_loader_rejects_bad_rows(tmp_path, index, changes, message):
    path = write_csv(tmp_path, with_changes(index, **changes))
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    text = str(caught.value)
    assert message in text
    assert f"row {index + 2}" in text  # CSV line: the header is line 1


def test_loader_rejects_a_successor_loop(tmp_path):
    rows = with_changes(0, successor_ods="XB2", active=0)
    with pytest.raises(RegistryError, match="loops"):
        load_registry(write_csv(tmp_path, rows))


def test_loader_rejects_a_missing_column(tmp_path):
    columns = [c for c in REGISTRY_COLUMNS if c != "region"]
    with pytest.raises(RegistryError, match=r"missing column.*region"):
        load_registry(write_csv(tmp_path, GOOD_ROWS, columns=columns))


def test_loader_ignores_extra_columns(tmp_path):
    rows = [dict(r, source="test") for r in GOOD_ROWS]
    loaded = load_registry(write_csv(tmp_path, rows, columns=[*REGISTRY_COLUMNS, "source"]))
    assert "source" not in loaded[0]


def test_unvalidated_load_reads_a_partial_override_file(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text("ods_code,wres_url\nrt5,https://www.leicspart.nhs.uk/wres/\n")
    assert load_registry(path, validate=False) == [
        {"ods_code": "RT5", "wres_url": "https://www.leicspart.nhs.uk/wres/"}
    ]


# --------------------------------------------------------------------------- overrides


def test_merge_overrides_replaces_only_non_empty_fields_and_adds_rows():
    overrides = [
        {"ods_code": "xa1", "name": "", "wres_url": "https://demo-acute.example/wres/"},
        {"ods_code": "XB2", "active": "1", "successor_ods": ""},
        {"ods_code": "XC3", "name": "Demo New NHS Trust", "region": "North West"},
    ]
    merged = merge_overrides(GOOD_ROWS, overrides)
    by_code = {r["ods_code"]: r for r in merged}
    assert by_code["XA1"]["name"] == "Demo Acute NHS Trust"  # empty override: kept
    assert by_code["XA1"]["wres_url"] == "https://demo-acute.example/wres/"
    assert by_code["XB2"]["active"] == 1
    assert by_code["XB2"]["successor_ods"] == "XA1"
    assert by_code["XC3"]["site_type"] == "generic" and by_code["XC3"]["active"] == 1
    assert GOOD_ROWS[0]["wres_url"] == ""  # inputs untouched


def test_merge_overrides_validates_the_result():
    with pytest.raises(RegistryError, match="must use https"):
        merge_overrides(GOOD_ROWS, [{"ods_code": "XA1", "website": "http://x.example"}])
    with pytest.raises(RegistryError, match="region"):
        merge_overrides(GOOD_ROWS, [{"ods_code": "XC3", "name": "No Region NHS Trust"}])


def test_merge_overrides_over_the_bundled_registry(bundled):
    merged = merge_overrides(bundled, [{"ods_code": "RT5", "site_type": "generic"}])
    assert len(merged) == len(bundled)
    assert next(r for r in merged if r["ods_code"] == "RT5")["site_type"] == "generic"


# --------------------------------------------------------------------------- writing, sites


def test_round_trip_write_then_load(tmp_path, bundled):
    path = tmp_path / "copy.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_registry_csv(bundled, fh)
    assert load_registry(path) == bundled


def test_write_registry_csv_header_and_extra_columns():
    buffer = io.StringIO()
    write_registry_csv([dict(GOOD_ROWS[0], source="here")], buffer, extra_columns=("source",))
    lines = buffer.getvalue().splitlines()
    assert lines[0] == ",".join([*REGISTRY_COLUMNS, "source"])
    assert lines[1].endswith(",1,here")


def test_successors_chain():
    rows = [
        *GOOD_ROWS,
        dict(GOOD_ROWS[1], ods_code="XC3", successor_ods="XB2", name="Demo Older NHS Trust"),
    ]
    assert successors_chain(rows, "XC3") == ["XB2", "XA1"]
    assert successors_chain(rows, "XA1") == []
    with pytest.raises(KeyError):
        successors_chain(rows, "XZ9")


def test_to_trust_sites():
    sites = to_trust_sites(GOOD_ROWS)
    assert sites[0] == TrustSite(
        ods_code="XA1",
        name="Demo Acute NHS Trust",
        website="https://demo-acute.example",
        foi_url="https://demo-acute.example/foi/",
        wres_url=None,
        site_type="generic",
        short_name="Demo Acute",
        trust_type="Acute",
        region="Midlands",
        successor_ods=None,
        active=True,
        document_hosts=(),
    )
    assert sites[1].active is False and sites[1].successor_ods == "XA1"
    assert sites[1].website is None
