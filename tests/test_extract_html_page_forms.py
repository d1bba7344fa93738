"""A web page wrapped whole in one <form> (as ASP.NET sites print every page) is read
as its content, not dropped as a form; the forms inside a page (a search box, a
feedback form) are still no part of the document."""

from __future__ import annotations

from parsers import parse_document
from parsers.extract import extract

LETTER = """
<h1>FOI 2024/117 – Hospital beds</h1>
<p>Date of response: 4 June 2024</p>
<p>1. How many adult inpatient beds does the Trust have?</p>
<p>The Trust has 412 adult inpatient beds.</p>
<p>2. How many of them are critical care beds?</p>
<p>Eighteen of them are critical care beds.</p>
"""
SEARCH = '<div role="search"><input type="text" name="q" value="Search this site"></div>'
FEEDBACK = (
    "<form action='/feedback'><h2>Was this page useful?</h2><label>Tell us why</label>"
    "<textarea name='why'></textarea><button>Send</button></form>"
)


def page(body: str) -> bytes:
    return (
        f"<html><head><title>Ravensmoor NHS Trust</title></head><body>{body}</body></html>".encode()
    )


def texts(data: bytes) -> list[str]:
    return [getattr(item, "text", "") for item in extract(data, filename="page.html").items]


def aspnet(inner: str) -> str:
    return (
        '<form id="aspnetForm" method="post" action="./foi-2024-117">'
        '<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4MTc2">'
        f"<header>Ravensmoor NHS Trust</header>{inner}{SEARCH}</form>"
    )


def test_page_wrapped_in_a_form_keeps_its_main_content():
    got = texts(page(aspnet(f"<main>{LETTER}</main>")))
    assert "The Trust has 412 adult inpatient beds." in got
    assert not any("VIEWSTATE" in t or "dDwt" in t or "Search this site" in t for t in got)


def test_page_wrapped_in_a_form_without_a_main_element():
    got = texts(page(aspnet(f"<div class='content'>{LETTER}</div>")))
    assert "Eighteen of them are critical care beds." in got


def test_the_letter_in_a_wrapped_page_is_parsed():
    foi = parse_document(page(aspnet(f"<main>{LETTER}</main>")), filename="page.html").foi
    assert [(i.label, i.answer) for i in foi.items] == [
        ("1", "The Trust has 412 adult inpatient beds."),
        ("2", "Eighteen of them are critical care beds."),
    ]


def test_a_feedback_form_after_the_content_is_still_dropped():
    got = texts(page(f"<main>{LETTER}</main>{FEEDBACK}"))
    assert "The Trust has 412 adult inpatient beds." in got
    assert not any("useful" in t or "Tell us why" in t for t in got)
