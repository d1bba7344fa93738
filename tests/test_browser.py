"""A real browser on the published site: Debian's Chromium driven by Playwright.

Starts `datasette serve` exactly as `trustdocs serve` does (trustdocs.publish.
datasette_command) on 127.0.0.1 and a free port, against a small sample database,
then opens the home page, fills in and runs a canned query, follows a provenance link
and opens the WRES chart, saving a screenshot of each to a temporary folder and a copy
to benchmarks/out/screenshots/ (git-ignored).

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

            # home: title and the way in for requesters
            page.goto(base + "/")
            assert "what NHS trusts disclose" in page.title()
            assert page.locator("a[href='/trustdocs/before_you_ask']").count() >= 1
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

            # a figure with its page of the source
            page.goto(base + "/trustdocs/wres_indicator_ranking?indicator=1&period=")
            page.wait_for_selector("table.rows-and-columns tbody tr")
            assert page.locator("a[href*='#page=']").count() >= 2
            _shoot(page, root, "04-wres-ranking")

            # the charts: vega-embed draws a canvas or an svg in each chart card
            page.goto(base + "/-/dashboards/wres?indicator=1&trust=RA0")
            for chart in ("trust-vs-peers", "across-trusts"):
                page.wait_for_selector(f"#chart-{chart} canvas, #chart-{chart} svg")
            page.wait_for_timeout(500)
            _shoot(page, root, "05-wres-dashboard")
            assert not errors, errors
        finally:
            browser.close()
    assert (root / "screenshots" / "05-wres-dashboard.png").stat().st_size > 10_000
