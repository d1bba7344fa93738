"""The offline demo web: facts, generated documents and the loopback server."""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from datetime import date
from email.utils import format_datetime
from urllib.parse import urljoin, urlsplit

import pytest
import requests
from bs4 import BeautifulSoup

from trustdocs.demo import facts, wres_data
from trustdocs.demo.documents import foi_items, render_foi
from trustdocs.demo.facts import (
    DemoFoi,
    add_working_days,
    demo_trusts,
    foi_facts,
    working_days_between,
    wres_facts,
)
from trustdocs.demo.fastrender import pdf_safe
from trustdocs.demo.server import TRUST_COLUMNS, DemoWeb, demo_registry_rows
from trustdocs.demo.site import build_sites, generate_sites

ANSWER_KINDS = {"yes", "no", "not_applicable", "not_held", "exempt", "number", "text", "table"}
ETHNIC = {"BME", "White", "Asian", "Black", "Mixed", "Other"}
STAFF = {
    None,
    "overall",
    "non_clinical",
    "clinical",
    "medical",
    "board",
    "board_voting",
    "board_executive",
}
BANDS = (
    {None, "VSM", "Apprentices", "Medical consultant", "Medical non-consultant", "Medical trainee"}
    | {f"Band {n}" for n in range(2, 10)}
    | {f"Band 8{c}" for c in "abcd"}
)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- facts


def test_generation_is_deterministic():
    fresh_foi = [f for t in demo_trusts() for f in facts._trust_foi(t)]
    assert fresh_foi == foi_facts()
    fresh_wres = [r for i, t in enumerate(demo_trusts()) for r in wres_data.trust_reports(t, i)]
    assert fresh_wres == wres_facts()
    first, second = generate_sites(), generate_sites()
    assert first.keys() == second.keys()
    for ods in first:
        assert first[ods].pages.keys() == second[ods].pages.keys()
        for path, resource in first[ods].pages.items():
            assert resource.body == second[ods].pages[path].body, (ods, path)
            assert resource.last_modified == second[ods].pages[path].last_modified


def test_trusts_are_fictional_and_distinct():
    trusts = demo_trusts()
    assert len(trusts) >= 6
    assert all(re.fullmatch(r"XA\d", t.ods_code) for t in trusts)
    assert len({t.host for t in trusts}) == len(trusts)
    assert [t.host for t in trusts] == [f"127.0.0.{n}" for n in range(2, 2 + len(trusts))]
    regions = {
        "London",
        "South East",
        "South West",
        "East of England",
        "Midlands",
        "North West",
        "North East and Yorkshire",
    }
    assert all(t.region in regions for t in trusts)


def test_foi_counts_formats_styles_and_outcomes():
    fois = foi_facts()
    assert len(fois) >= 150
    assert len({(f.trust_ods, f.filename) for f in fois}) == len(fois)
    assert {f.style for f in fois} == {"seed", "table", "qa"}
    for trust in demo_trusts():
        mine = [f for f in fois if f.trust_ods == trust.ods_code]
        assert len(mine) >= 25
        assert {f.fmt for f in mine} == {"pdf", "docx", "html"}, trust.ods_code
        sections = Counter(s for f in mine for s, _ in f.exemptions)
        assert sections["12"] and sections["21"] and sections["40(2)"], trust.ods_code
        refused = [f for f in mine if f.outcome == "refused"]
        assert refused and all(("12", None) in f.exemptions for f in refused)
        assert any(f.outcome == "not_held" for f in mine)
        assert any(
            f.outcome == "partially_disclosed" and ("40(2)", lab) in f.exemptions
            for f in mine
            for lab in [i.label for i in f.items]
        )
        assert any(not f.within_deadline for f in mine)  # some late responses
        s21 = [i.answer for f in mine for i in f.items if "section 21" in i.answer]
        assert s21 and all(re.search(r"https://\S+/", a) for a in s21)
        years = {f.received.year for f in mine}
        assert years >= {2023, 2024, 2025, 2026}
    for f in fois:
        assert 5 <= f.working_days <= 25
        assert f.working_days == working_days_between(f.received, f.responded)
        assert f.outcome in {"disclosed", "partially_disclosed", "refused", "not_held"}
        assert all(i.answer_kind in ANSWER_KINDS for i in f.items)


def test_working_days_respect_bank_holidays():
    # Good Friday 7 April and Easter Monday 10 April 2023 are not working days
    assert working_days_between(date(2023, 4, 3), date(2023, 4, 14)) == 7
    # the coronation bank holiday, Monday 8 May 2023
    assert add_working_days(date(2023, 5, 5), 1) == date(2023, 5, 9)


def test_answer_kinds_follow_the_printed_patterns():
    for f in foi_facts():
        for item in f.items:
            a = item.answer
            expected = {
                "yes": a.startswith("Yes."),
                "no": a.startswith("No."),
                "not_applicable": a == "N/A" or a.startswith("Not applicable."),
                "not_held": a.startswith("The Trust does not hold this information."),
                "exempt": "Freedom of Information Act 2000" in a
                or a.startswith("Please see our response to question 1"),
                "number": re.fullmatch(r"£?[\d,]+(\.\d+)?%?", a) is not None,
                "table": a == "Please see the table below." and item.table is not None,
                "text": True,
            }[item.answer_kind]
            assert expected, (f.filename, item)


def test_labels_follow_the_house_style():
    for f in foi_facts():
        labels = [i.label for i in f.items]
        if f.style == "seed":
            assert all(re.fullmatch(r"\d+[a-j]?", lab) for lab in labels)
            for item in f.items:
                if item.label[-1].isalpha():
                    assert item.heading and item.heading.startswith(item.label[:-1] + ". ")
                else:
                    assert item.heading is None
        else:
            assert labels == [str(n) for n in range(1, len(labels) + 1)]
            assert all(i.heading is None for i in f.items)
        for item in f.items:
            assert item.question == norm(item.question) and item.answer == norm(item.answer)
            assert pdf_safe(item.question) and pdf_safe(item.answer)


def test_round_robin_request_answered_by_several_trusts():
    groups = [f for f in foi_facts() if f.round_robin]
    assert len({f.trust_ods for f in groups}) >= 4
    assert len({f.round_robin for f in groups}) == 1
    questions = {tuple(i.question for i in f.items) for f in groups}
    assert len(questions) == 1  # the same questions ...
    answers = {tuple(i.answer for i in f.items) for f in groups}
    assert len(answers) == len(groups)  # ... answered differently
    assert groups[0].items[0].question == "What is the Trust’s name, written out in full?"
    assert {f.style for f in groups} >= {"seed", "table", "qa"}


def test_disallowed_documents_recorded():
    disallowed = [f for f in foi_facts() if f.disallowed]
    assert disallowed and {f.trust_ods for f in disallowed} == {"XA3"}


# ---------------------------------------------------------------- WRES facts


def test_wres_reports_and_figures_are_consistent():
    reports = wres_facts()
    assert len(reports) >= 18
    assert {r.fmt for r in reports} == {"pdf", "docx"}
    for trust in demo_trusts():
        years = sorted(r.reporting_year for r in reports if r.trust_ods == trust.ods_code)
        assert years == ["2022/23", "2023/24", "2024/25"]
    for report in reports:
        assert report.actions and all(a.objective.startswith("Objective ") for a in report.actions)
        by_key = {}
        for fig in report.figures:
            assert fig.ethnic_group in ETHNIC and fig.staff_group in STAFF and fig.band in BANDS
            assert re.fullmatch(r"20\d\d/\d\d", fig.period)
            assert fig.measure in {"percentage", "relative_likelihood", "difference", "rate"}
            if fig.redacted:
                assert fig.value is None and fig.numerator is None
            if fig.numerator is not None and fig.measure in ("percentage", "rate"):
                assert fig.value == round(100 * fig.numerator / fig.denominator, 1)
            by_key[
                (
                    fig.indicator,
                    fig.measure,
                    fig.staff_group,
                    fig.band,
                    fig.ethnic_group,
                    fig.period,
                )
            ] = fig
            assert fig.key() in by_key
        assert {f.indicator for f in report.figures} == set(range(1, 10))
        # relative likelihood = ratio of the rates
        for fig in report.figures:
            if fig.measure != "relative_likelihood":
                continue
            other = "BME" if fig.ethnic_group == "White" else "White"
            a = by_key[(fig.indicator, "rate", None, None, fig.ethnic_group, fig.period)]
            b = by_key[(fig.indicator, "rate", None, None, other, fig.period)]
            if a.numerator is not None and b.numerator is not None:
                assert fig.value == round(
                    (a.numerator / a.denominator) / (b.numerator / b.denominator), 2
                )
        # survey year 2022 belongs to 2022/23; a March 2023 snapshot too
        end = int(report.reporting_year[:4]) + 1
        labels = {f.period_label: f.period for f in report.figures if f.indicator in (5, 9)}
        assert labels[str(end - 1)] == report.reporting_year
        assert labels[f"March {end}"] == report.reporting_year


# ---------------------------------------------------------------- documents


def _first(fmt: str, style: str | None = None) -> DemoFoi:
    return next(f for f in foi_facts() if f.fmt == fmt and (style is None or f.style == style))


def test_pdf_text_layer_holds_the_facts():
    import pdfplumber

    foi = _first("pdf", "seed")
    site = build_sites()[foi.trust_ods]
    body = site.pages[site.foi_paths[foi.filename]].body
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        text = norm(" ".join(page.extract_text() or "" for page in pdf.pages))
    assert foi.reference in text
    for item in foi.items:
        assert item.question in text
        assert norm("OUR RESPONSE: " + item.answer) in text


def test_docx_holds_the_facts():
    import docx

    foi = _first("docx", "table")
    site = build_sites()[foi.trust_ods]
    document = docx.Document(io.BytesIO(site.pages[site.foi_paths[foi.filename]].body))
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[0] == ["Question", "Response"]
    assert rows[1:] == [[f"{i.label}. {i.question}", i.answer] for i in foi.items]
    assert any(p.style.name == "Heading 2" for p in document.paragraphs)


def test_reference_renderer_also_works():
    foi = _first("docx", "seed")
    body = render_foi(foi, engine="reference")
    assert body[:2] == b"PK"
    assert any(getattr(b, "text", "") == foi.sign_off for b in foi_items(foi))


# ---------------------------------------------------------------- server


@pytest.fixture(scope="module")
def web():
    with DemoWeb() as demo:
        yield demo


@pytest.fixture()
def http():
    session = requests.Session()
    session.trust_env = False  # never a proxy for loopback
    yield session
    session.close()


def test_hosts_are_distinct(web, http):
    bases = [web.base_url(t.ods_code) for t in web.trusts]
    assert len({urlsplit(b).hostname for b in bases}) == len(web.trusts) >= 6
    assert len({urlsplit(b).port for b in bases}) == 1
    for base in bases:
        assert http.get(base, timeout=5).status_code == 200
    hosts = {r[0] for r in web.requests}
    assert hosts >= {urlsplit(b).hostname for b in bases}
    record = web.requests[-1]
    assert record[2] == "GET" and record[4] == 200 and isinstance(record[3], float)


def test_robots_txt(web, http):
    def robots(ods):
        return http.get(web.url(ods, "/robots.txt"), timeout=5)

    assert "Crawl-delay: 0.3" in robots("XA2").text
    assert "Disallow: /foi/archive/" in robots("XA3").text
    assert robots("XA6").status_code == 404  # no robots.txt: everything allowed
    archived = [f for f in web.foi_facts() if f.disallowed]
    assert all(
        urlsplit(web.document_url("XA3", f.filename)).path.startswith("/foi/archive/")
        for f in archived
    )


def test_listing_pagination_reaches_every_document(web, http):
    for site in web.trust_sites():
        url, pages, links = site.foi_url, 0, set()
        while url:
            response = http.get(url, timeout=5)
            assert response.status_code == 200
            pages += 1
            soup = BeautifulSoup(response.text, "html.parser")
            for a in soup.select("main a[href]"):
                target = urljoin(response.url, a["href"])
                if "page=" not in target:
                    links.add(target)
            nxt = soup.find("a", rel="next")
            url = urljoin(response.url, nxt["href"]) if nxt else None
            if url:
                assert "?page=" in url
        assert pages >= 3
        expected = {
            web.document_url(site.ods_code, f.filename)
            for f in web.foi_facts()
            if f.trust_ods == site.ods_code
        }
        assert expected <= links, site.ods_code
        assert web.fact_for_url(next(iter(expected))).trust_ods == site.ods_code


def test_document_etag_and_conditional_get(web, http):
    foi = _first("pdf")
    url = web.document_url(foi.trust_ods, foi.filename)
    response = http.get(url, timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert int(response.headers["Content-Length"]) == len(response.content)
    assert response.content.startswith(b"%PDF")
    etag = response.headers["ETag"]
    assert etag == f'"{hashlib.sha256(response.content).hexdigest()}"'
    again = http.get(url, headers={"If-None-Match": etag}, timeout=5)
    assert again.status_code == 304 and not again.content
    since = http.get(
        url, headers={"If-Modified-Since": response.headers["Last-Modified"]}, timeout=5
    )
    assert since.status_code == 304
    older = format_datetime(
        web.resource(foi.trust_ods, urlsplit(url).path).last_modified.replace(year=2020),
        usegmt=True,
    )
    assert http.get(url, headers={"If-Modified-Since": older}, timeout=5).status_code == 200
    head = http.head(url, timeout=5)
    assert head.status_code == 200 and head.headers["ETag"] == etag and not head.content
    docx_foi = _first("docx")
    r = http.get(web.document_url(docx_foi.trust_ods, docx_foi.filename), timeout=5)
    assert r.headers["Content-Type"].endswith("wordprocessingml.document")


def test_wres_page_links_reports(web, http):
    for site in web.trust_sites():
        response = http.get(site.wres_url, timeout=5, allow_redirects=True)
        soup = BeautifulSoup(response.text, "html.parser")
        links = {urljoin(response.url, a["href"]) for a in soup.select("main a[href]")}
        expected = {
            web.document_url(site.ods_code, r.filename)
            for r in web.wres_facts()
            if r.trust_ods == site.ods_code
        }
        assert len(expected) == 3 and expected <= links


def test_redirect_404_and_failure_hooks(web, http):
    r = http.get(web.url("XA1", "/foi/disclosure-log?page=2"), allow_redirects=False, timeout=5)
    assert r.status_code == 301 and r.headers["Location"] == "/foi/disclosure-log/?page=2"
    assert http.get(web.url("XA1", "/no/such/page"), timeout=5).status_code == 404
    web.fail("XA1", "/", status=503, times=1, retry_after="1")
    failed = http.get(web.base_url("XA1"), timeout=5)
    assert failed.status_code == 503 and failed.headers["Retry-After"] == "1"
    assert http.get(web.base_url("XA1"), timeout=5).status_code == 200


def test_trust_sites_and_registry_rows(web):
    sites = web.trust_sites()
    assert [s.ods_code for s in sites] == [t.ods_code for t in demo_trusts()]
    assert all(s.site_type == "generic" and s.foi_url.startswith(s.website) for s in sites)
    rows = demo_registry_rows(web)
    assert all(tuple(row) == TRUST_COLUMNS for row in rows)
    assert rows[0]["website"] == web.base_url("XA1")


def test_every_printed_text_survives_the_pdf_writer():
    from parsers.extract.model import Table
    from trustdocs.demo.documents import wres_items

    texts = [b.text for f in foi_facts() for b in foi_items(f) if not isinstance(b, Table)]
    for report in wres_facts():
        for item in wres_items(report):
            texts.extend(
                [c for row in item.rows for c in row] if isinstance(item, Table) else [item.text]
            )
    assert all(pdf_safe(t) for t in texts)


def test_fewer_hosts_and_port_clash(web):
    with DemoWeb(hosts=2) as small:
        assert [s.ods_code for s in small.trust_sites()] == ["XA1", "XA2"]
        assert small.port != web.port
    with pytest.raises(OSError):
        DemoWeb(port=web.port).start()
