"""Lay out the demo facts as documents (text blocks and tables) and render them.

`foi_items(foi)` / `wres_items(report)` give the document model; `render_foi`
/ `render_wres` give the bytes. The default engine is the fast writer in
`trustdocs.demo.fastrender`; engine="reference" uses `trustdocs.demo.render`
(python-docx / fpdf2), slower but useful to check the parsers against a second
producer.
"""

from __future__ import annotations

from parsers.extract.model import Item, Table, TextBlock
from trustdocs.demo import render
from trustdocs.demo.facts import DemoFoi, DemoTrust, DemoWres, ordinal_date, trust_by_ods
from trustdocs.demo.fastrender import render_docx_fast, render_pdf_fast

INTRO = (
    "We have handled your request under the Freedom of Information Act 2000. Our answers to "
    "your questions follow."
)


def _p(text: str, style: str | None = None) -> TextBlock:
    return TextBlock(text=text, style=style)


def foi_items(foi: DemoFoi) -> list[Item]:
    trust = trust_by_ods(foi.trust_ods)
    items: list[Item] = [_p(trust.name, "heading"), _p("Freedom of Information Request", "heading")]
    if foi.style == "seed":
        items += [
            _p(f"Ref No.: {foi.reference}"),
            _p(f"Date FOI request received: {ordinal_date(foi.received)}"),
            _p(f"Date FOI response: {ordinal_date(foi.responded)}"),
            _p("REQUEST & OUR RESPONSE:", "bold"),
        ]
        current_heading = None
        for item in foi.items:
            if item.heading is not None:
                if item.heading != current_heading:
                    items.append(_p(item.heading, "bold"))
                    current_heading = item.heading
                items.append(_p(f"{item.label[-1]}) {item.question}"))
            else:
                current_heading = None
                items.append(_p(f"{item.label}. {item.question}"))
            items.append(_p(f"OUR RESPONSE: {item.answer}"))
            if item.table:
                items.append(Table(rows=[list(r) for r in item.table]))
    elif foi.style == "table":
        items += [
            _p(f"Our ref: {foi.reference}"),
            _p(f"Date received: {foi.received:%d/%m/%Y}"),
            _p(f"Date of response: {foi.responded:%d/%m/%Y}"),
            _p(f"Subject: {foi.title}"),
            _p(INTRO),
        ]
        rows = [["Question", "Response"]]
        rows += [[f"{item.label}. {item.question}", item.answer] for item in foi.items]
        items.append(Table(rows=rows))
    elif foi.style == "qa":
        items += [
            _p(f"Request ID: {foi.reference}"),
            _p(f"Subject: {foi.title}"),
            _p(f"Received: {foi.received:%A} {foi.received.day} {foi.received:%B %Y}"),
            _p(f"Responded: {foi.responded.day} {foi.responded:%B %Y}"),
            _p(INTRO),
        ]
        for item in foi.items:
            items.append(_p(f"Question {item.label}: {item.question}", "bold"))
            items.append(_p(f"Answer: {item.answer}"))
            if item.table:
                items.append(Table(rows=[list(r) for r in item.table]))
    else:  # pragma: no cover - facts only use the three styles
        raise ValueError(foi.style)
    items.append(_p(foi.sign_off))
    return items


def wres_items(report: DemoWres) -> list[Item]:
    from trustdocs.demo import wres_data
    from trustdocs.demo.facts import demo_trusts

    trusts = demo_trusts()
    trust = trust_by_ods(report.trust_ods)
    return wres_data.report(trust, trusts.index(trust), report.reporting_year)[1]


def foi_title(foi: DemoFoi) -> str:
    return f"{foi.reference} {foi.title}"


def render_items(items: list[Item], fmt: str, title: str, engine: str = "fast") -> bytes:
    if fmt == "pdf":
        return (
            render_pdf_fast(items, title) if engine == "fast" else render.render_pdf(items, title)
        )
    if fmt == "docx":
        return (
            render_docx_fast(items, title) if engine == "fast" else render.render_docx(items, title)
        )
    if fmt == "html":
        return render.render_html(items, title)
    raise ValueError(fmt)


def render_foi(foi: DemoFoi, engine: str = "fast", chrome: str | None = None) -> bytes:
    """The response as served. HTML responses get the trust's site header and
    footer (`chrome` = site name) around the <main> element."""
    body = render_items(foi_items(foi), foi.fmt, foi_title(foi), engine)
    if foi.fmt == "html" and chrome:
        body = wrap_html_page(body, chrome)
    return body


def render_wres(report: DemoWres, engine: str = "fast") -> bytes:
    return render_items(wres_items(report), report.fmt, report.title, engine)


def wrap_html_page(page: bytes, site_name: str) -> bytes:
    """Insert site navigation before and a footer after <main>, as CMS pages have."""
    text = page.decode("utf-8")
    header = (
        "<header class='site-header'><a href='/' class='logo'>"
        f"{site_name}</a><nav><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/about-us/'>About us</a></li><li><a href='/contact-us/'>Contact us</a></li>"
        "</ul></nav></header>"
    )
    footer = (
        "<footer class='site-footer'><p>Freedom of Information: this response is published in our "
        "disclosure log.</p><p>&copy; NHS demo trust</p></footer>"
    )
    text = text.replace("<body><main>", "<body>" + header + "<main>", 1)
    text = text.replace("</main></body>", "</main>" + footer + "</body>", 1)
    return text.encode("utf-8")


def trust_of(foi_or_report: DemoFoi | DemoWres) -> DemoTrust:
    return trust_by_ods(foi_or_report.trust_ods)
