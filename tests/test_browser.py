"""A real browser on the published site: Debian's Chromium driven by Playwright.

Starts `datasette serve` exactly as `trustdocs serve` does (trustdocs.publish.
datasette_command) on 127.0.0.1 and a free port, against a small sample database
(refreshed as `trustdocs parse` leaves it), then opens the home page, fills in and runs a
canned query, follows a provenance link, opens wres_benchmark, the WRES ranking query and
the WRES charts, and checks that indicator names, units and which way is better are on
each; a screenshot of each goes to a temporary folder and a copy to
benchmarks/out/screenshots/ (git-ignored).

Needs /usr/bin/chromium (`make browser-deps`) and the `playwright` package; never runs
`playwright install`. Skips with the reason when either is missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from db.derived import refresh_derived
from trustdocs.publish import datasette_command
from trustdocs.sample_db import build_sample_database

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "out" / "screenshots"
TIMEOUT_MS = 20_000

pytestmark = [pytest.mark.slow, pytest.mark.network]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (run `make browser-deps`)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    root = tmp_path_factory.mktemp("browser")
    db = build_sample_database(root / "trustdocs.db", store_dir=root / "raw", trusts=8, years=4)
    sample = sqlite_utils.Database(db)
    refresh_derived(sample)  # as `trustdocs parse` leaves a database
    sample.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sample.close()
    port = _free_port()
    env = dict(os.environ, TRUSTDOCS_STORE=str(root / "raw"))
    log = (root / "datasette.log").open("w")
    server = subprocess.Popen(
        datasette_command(db, "127.0.0.1", port), env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("Datasette did not start:\n" + (root / "datasette.log").read_text())
                time.sleep(0.2)
        yield base, root
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _shoot(page, root: Path, name: str) -> Path:
    path = root / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    with contextlib.suppress(OSError):
        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, OUT / path.name)
    return path


def test_researcher_and_requester_journeys(site):
    from playwright.sync_api import sync_playwright

    base, root = site
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, timeout=TIMEOUT_MS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))

            # home: title, the way in for requesters, the indicators and which way is better
            page.goto(base + "/")
            assert "what NHS trusts disclose" in page.title()
            assert page.locator("a[href='/trustdocs/before_you_ask']").count() >= 1
            page.locator("summary", has_text="The nine WRES indicators").click()
            home = page.locator("body").inner_text()
            for words in ("Harassment from staff", "(ratio)", "closer to 1.00 is better", "↑"):
                assert words in home, words
            _shoot(page, root, "01-home")

            # a canned query with a parameter, filled in as a person would
            page.goto(base + "/trustdocs/round_robin")
            page.fill("input[name=question]", "How much did the trust spend on agency nurses?")
            page.locator("form.sql input[type=submit], form input[type=submit]").first.click()
            page.wait_for_selector("table.rows-and-columns tbody tr")
            rows = page.locator("table.rows-and-columns tbody tr").count()
            assert rows >= 2, "every trust asked should answer"
            assert "agency nurses" in page.locator("table.rows-and-columns").inner_text()
            _shoot(page, root, "02-round-robin")

            # before you ask, and one click from an answer to its stored copy
            page.goto(base + "/trustdocs/before_you_ask?text=agency+nurses+spend")
            page.wait_for_selector("table.rows-and-columns tbody tr")
            link = page.locator("a", has_text="stored copy").first
            href = link.get_attribute("href")
            assert href and href.startswith("/-/raw/")
            response = page.request.get(base + href)
            assert response.status == 200
            assert response.headers["content-type"] == "application/pdf"
            assert response.body().startswith(b"%PDF")
            _shoot(page, root, "03-before-you-ask")

            # a view: opens on headline figures with name, unit and direction first
            page.goto(base + "/trustdocs/wres_benchmark")
            page.wait_for_selector("table.rows-and-columns tbody tr")
            headers = page.locator("table.rows-and-columns thead th").all_inner_texts()
            assert [h.strip() for h in headers[:8]] == [
                "indicator",
                "indicator_name",
                "trust_name",
                "period",
                "value",
                "unit",
                "direction",
                "better",
            ], headers[:8]
            first = page.locator("table.rows-and-columns tbody tr").first.inner_text()
            assert "BME share of staff by band" in first and "%" in first, first
            # the column descriptions are folded away, not pushing the rows down
            assert page.locator("details.column-descriptions-folded").count() == 1
            assert not page.locator("dl.column-descriptions").is_visible()
            _shoot(page, root, "04-wres-benchmark")

            # the ranking query, typed as a person would: best first, in words
            page.goto(
                base + "/trustdocs/wres_indicator_ranking?indicator=harassment+from+staff"
                "&period=2023-24&ethnic_group=bame&staff_group=&band=&measure="
            )
            page.wait_for_selector("table.rows-and-columns tbody tr")
            table = page.locator("table.rows-and-columns")
            first = table.locator("tbody tr").first.inner_text()
            assert first.split()[0] == "1"
            for words in ("Harassment from staff", "lower is better", "% of BME staff", "2023/24"):
                assert words in first, (words, first)
            assert page.locator("a[href*='#page=']").count() >= 2
            _shoot(page, root, "05-wres-ranking")

            # the charts: vega-embed draws each chart; titles state indicator, year,
            # which way is better and the unit; the trust picker lists names
            page.goto(base + "/-/dashboards/wres")
            options = page.locator("select#trust option").all_inner_texts()
            assert "Calder Community NHS Foundation Trust (RA2)" in options
            page.select_option("select#trust", "Calder Community NHS Foundation Trust (RA2)")
            page.select_option("select#indicator", "9 · Board representation gap")
            page.locator(".dashboard-filters input[type=submit]").click()
            for chart in ("trust-vs-peers", "across-trusts"):
                page.wait_for_selector(f"#chart-{chart} svg, #chart-{chart} canvas")
            page.wait_for_timeout(800)
            across = page.locator("#chart-across-trusts")
            # vega draws an <svg class="marks"> (usermeta.embedOptions.renderer in metadata)
            assert across.locator("svg.marks").count() == 1, "the chart is drawn as SVG"
            drawn = across.locator("svg.marks").text_content() or ""
            assert "9 · Board representation gap (BME), 2023/24" in drawn
            assert "closer to 0 is better" in drawn and "percentage points" in drawn
            assert " pp" in drawn  # the unit on the axis labels
            assert "selected trust" in drawn
            _shoot(page, root, "06-wres-dashboard")
            assert not errors, errors
        finally:
            browser.close()
    assert (root / "screenshots" / "06-wres-dashboard.png").stat().st_size > 10_000
