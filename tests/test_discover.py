"""Discovery finds every demo trust's FOI and WRES entry points without being told,
proposes the site type, writes the override CSV, and a crawl with the proposed
rows collects every document the facts say is there (loopback only)."""

from __future__ import annotations

import csv

import pytest

from scrapers.config import ScrapeConfig
from scrapers.crawl import crawl
from scrapers.discover import Proposal, link_scores
from scrapers.store import RawStore
from trustdocs.demo.server import DemoWeb, demo_registry_rows
from trustdocs.discovery import (
    OVERRIDE_COLUMNS,
    apply_discovery,
    discover_trusts,
    format_proposals,
    write_overrides,
)
from trustdocs.registry import load_registry, merge_overrides, to_trust_sites

pytestmark = pytest.mark.network
NEW = ("XA7", "XA8", "XA9", "XA0")
# the site type each demo trust should get (XA2 and XA5 list their logs as tables)
SITE_TYPES = {"XA7": "wordpress", "XA8": "sitemap", "XA9": "html_table", "XA0": "generic"}
ACCEPTABLE = {"XA2": {"generic", "html_table"}, "XA5": {"generic", "html_table"}}


def _config() -> ScrapeConfig:
    return ScrapeConfig(allow_private=True, min_delay=0.0)


@pytest.fixture(scope="module")
def web():
    with DemoWeb() as demo:
        yield demo


@pytest.fixture(scope="module")
def discovered(web, tmp_path_factory):
    rows = demo_registry_rows(web)
    path = tmp_path_factory.mktemp("disc") / "overrides.csv"
    proposals = discover_trusts(rows, [t.ods_code for t in web.trusts], _config(), path)
    return rows, proposals, path


def test_registry_rows_hide_the_new_trusts_entry_points(web):
    rows = {r["ods_code"]: r for r in demo_registry_rows(web)}
    for ods in NEW:
        assert rows[ods]["foi_url"] == rows[ods]["wres_url"] == ""
        assert rows[ods]["site_type"] == "generic"
    assert rows["XA1"]["foi_url"] == web.foi_url("XA1")


def test_discovery_finds_every_demo_trusts_entry_points(web, discovered):
    _, proposals, _ = discovered
    by = {p.ods_code: p for p in proposals}
    assert set(by) == {t.ods_code for t in web.trusts}
    report = format_proposals(proposals)
    print(report)
    for ods, p in by.items():
        assert p.error is None, (ods, p.evidence)
        assert p.foi_url == web.foi_url(ods), (ods, p.evidence)
        assert p.wres_url == web.wres_url(ods), (ods, p.evidence)
        assert p.site_type in ACCEPTABLE.get(ods, {SITE_TYPES.get(ods, "generic")}), (ods, p)
        assert p.requests <= 25, (ods, p.requests)  # polite: a handful of requests
        assert p.evidence
    assert "WordPress REST API" in " ".join(by["XA7"].evidence)
    assert "only the sitemaps" in " ".join(by["XA8"].evidence)
    assert "table" in " ".join(by["XA9"].evidence)
    assert "link on" in " ".join(by["XA0"].evidence) and "/who-we-are/" in " ".join(
        by["XA0"].evidence
    )
    assert f"{len(proposals)} of {len(proposals)} trusts" in report


def test_override_csv_is_what_merge_overrides_reads(web, discovered):
    rows, _, path = discovered
    with path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == OVERRIDE_COLUMNS
        written = {r["ods_code"]: r for r in reader}
    assert written["XA7"]["site_type"] == "wordpress" and written["XA7"]["discovered_at"]
    assert "WordPress REST API" in written["XA7"]["evidence"]
    merged = {r["ods_code"]: r for r in merge_overrides(rows, load_registry(path, validate=False))}
    for ods in NEW:
        assert merged[ods]["foi_url"] == web.foi_url(ods)
        assert merged[ods]["site_type"] == SITE_TYPES[ods]
    # updating keeps other trusts' rows, extra columns and values discovery left empty
    text = path.read_text().replace("ods_code,", "note,ods_code,", 1)
    lines = text.splitlines()
    lines = [lines[0]] + [("kept," if "XA1," in line else ",") + line for line in lines[1:]]
    path.write_text("\n".join(lines) + "\n")
    write_overrides(path, [Proposal("", web.wres_url("XA7"), "generic", ["again"], "XA7")])
    with path.open(newline="") as fh:
        again = {r["ods_code"]: r for r in csv.DictReader(fh)}
    assert again["XA1"]["note"] == "kept" and len(again) == len(written)
    assert again["XA7"]["foi_url"] == web.foi_url("XA7")  # not blanked
    assert again["XA7"]["evidence"] == "again"


def test_apply_discovery_fills_only_what_is_missing(web, discovered):
    rows, proposals, _ = discovered
    applied = {r["ods_code"]: r for r in apply_discovery(rows, proposals)}
    for ods in NEW:
        assert applied[ods]["foi_url"] == web.foi_url(ods)
        assert applied[ods]["site_type"] == SITE_TYPES[ods]
    assert applied["XA2"]["site_type"] == "generic"  # configured trusts keep their type
    assert rows[0] is not applied[rows[0]["ods_code"]]


def test_crawl_with_proposed_rows_collects_every_document(web, discovered, tmp_path):
    rows, proposals, _ = discovered
    sites = [s for s in to_trust_sites(apply_discovery(rows, proposals)) if s.ods_code in NEW]
    results = []
    report = crawl(
        sites, {"foi", "wres"}, {}, RawStore(tmp_path / "raw"), _config(), results.append
    )
    assert report.ok, [(t.ods, t.error) for t in report.trusts]
    got = {f.url: f for f in results if f.link is not None and f.ok}
    want = {
        web.document_url(f.trust_ods, f.filename): "foi"
        for f in web.foi_facts()
        if f.trust_ods in NEW and not f.disallowed
    }
    want |= {
        web.document_url(r.trust_ods, r.filename): "wres"
        for r in web.wres_facts()
        if r.trust_ods in NEW
    }
    assert set(got) == set(want)  # every document, and nothing else (no forms, no WDES)
    assert all(got[u].link.kind_hint == k for u, k in want.items())


def test_discover_without_codes_takes_trusts_lacking_entry_points(web):
    rows = demo_registry_rows(web)
    proposals = discover_trusts(rows, [], _config(), None)
    assert sorted(p.ods_code for p in proposals) == sorted(NEW)
    with pytest.raises(ValueError, match="unknown trust"):
        discover_trusts(rows, ["ZZZ"], _config(), None)


def test_link_scores():
    assert link_scores("Disclosure log", "https://t/foi/disclosure-log/")["foi"] >= 6
    assert link_scores("Publication scheme", "https://t/foi/publication-scheme/")["foi"] <= 1
    assert link_scores("Workforce Race Equality Standard", "https://t/x/")["wres"] == 6
    assert link_scores("WDES report", "https://t/wdes/")["wres"] == 0
    assert link_scores("About us", "https://t/about/")["hub"] > 0


def test_discovery_respects_robots_txt(tmp_path):
    """A disallowed page is never fetched, even when its link promises the log."""
    with DemoWeb(hosts=3) as small:
        rows = [r for r in demo_registry_rows(small) if r["ods_code"] == "XA3"]
        rows[0]["foi_url"] = rows[0]["wres_url"] = ""
        small.requests.reset()
        discover_trusts(rows, ["XA3"], _config(), tmp_path / "o.csv")
        paths = [r[1] for r in small.requests_for("XA3")]
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith("/foi/archive/")]
