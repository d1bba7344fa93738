"""FOI parsing: the seed letters, the three demo house styles, exemptions,
answer kinds, privacy masking and parse_document's statuses."""

from __future__ import annotations

import re
from datetime import date

import pytest

from parsers import PARSER_VERSION, parse_document
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.foi.classify import exemption_label
from parsers.foi.parse import classify_answer, find_exemptions, parse_foi
from parsers.privacy import find_names, mask_personal
from parsers.records import foi_to_rows
from trustdocs.demo.render import render_docx, render_html, render_pdf

RENDERERS = {"docx": render_docx, "pdf": render_pdf, "html": render_html}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


# ---------------------------------------------------------------- the demo house styles

SIGN_OFF = (
    "If you are dissatisfied with the handling of your request, you have the right to ask for an "
    "internal review. If you are not content with the outcome of the internal review, you have the "
    "right to apply directly to the Information Commissioner for a decision."
)


def _ordinal(d: date) -> str:
    n = d.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {d:%B} {d.year}"


def build_style(style, trust, ref, title, received, responded, items, sign_off=SIGN_OFF):
    """A letter in one of the demo web's house styles. `items` are
    (label, heading, question, answer, table rows or None)."""
    out = [
        TextBlock(trust, style="heading"),
        TextBlock("Freedom of Information Request", style="bold"),
    ]
    if style == "seed":
        out += [
            TextBlock(f"Ref No.: {ref}"),
            TextBlock(f"Date FOI request received: {_ordinal(received)}"),
            TextBlock(f"Date FOI response: {_ordinal(responded)}"),
            TextBlock("REQUEST & OUR RESPONSE:"),
        ]
        last = None
        for label, heading, q, a, table in items:
            if heading and heading != last:
                out.append(TextBlock(heading, style="bold"))
            last = heading
            out.append(TextBlock(f"{label[-1]}) {q}" if heading else f"{label}. {q}"))
            out.append(TextBlock(f"OUR RESPONSE: {a}"))
            if table:
                out.append(Table(rows=[list(r) for r in table]))
    elif style == "table":
        out += [
            TextBlock(f"Our ref: {ref}"),
            TextBlock(f"Date received: {received:%d/%m/%Y}"),
            TextBlock(f"Date of response: {responded:%d/%m/%Y}"),
            TextBlock(f"Subject: {title}"),
        ]
        rows = [["Question", "Response"]] + [[f"{lab}. {q}", a] for lab, _, q, a, _ in items]
        out.append(Table(rows=rows))
    else:
        out += [
            TextBlock(f"Request ID: {ref}"),
            TextBlock(f"Subject: {title}"),
            TextBlock(f"Received: {received:%A} {received.day} {received:%B %Y}"),
            TextBlock(f"Responded: {responded.day} {responded:%B %Y}"),
        ]
        for label, _, q, a, table in items:
            out.append(TextBlock(f"Question {label}: {q}"))
            out.append(TextBlock(f"Answer: {a}"))
            if table:
                out.append(Table(rows=[list(r) for r in table]))
    out.append(TextBlock(sign_off))
    return out


S40 = (
    "Fewer than 5. Where a figure is fewer than five we do not disclose the exact number, as this "
    "could lead to the identification of individuals. This information is exempt under section "
    "40(2) of the Freedom of Information Act 2000 (personal information)."
)
TABLE = (("Year", "Spend"), ("2022/23", "£1,204"), ("2023/24", "£2,310"))
SEED_ITEMS = [
    (
        "1a",
        "1. Agency staff",
        "How much did the Trust spend on agency nurses in 2023/24?",
        "£15,320",
        None,
        "number",
    ),
    (
        "1b",
        "1. Agency staff",
        "Which agencies did the Trust use?",
        "Please see the table below.",
        TABLE,
        "table",
    ),
    (
        "2",
        None,
        "Does the Trust have a sexual safety lead?",
        "Yes. The Deputy Director of Nursing is the lead.",
        None,
        "yes",
    ),
    (
        "3",
        None,
        "How many members of staff were dismissed following such an incident?",
        S40,
        None,
        "exempt",
    ),
    (
        "4",
        None,
        "What was the total cost of these journeys?",
        "The Trust does not hold this information.",
        None,
        "not_held",
    ),
    ("5", None, "If so, when was it reviewed?", "N/A", None, "not_applicable"),
    ("6", None, "Does the Trust use a contractor?", "No.", None, "no"),
    ("7", None, "Who provides the service?", "Yes, Saba Parking UK.", None, "text"),
]


def _plain(items, style):
    out = []
    for label, heading, q, a, table, _ in items:
        if style != "seed":
            heading = None
        if style == "table" and table:
            table = None
        out.append((label if style == "seed" else None, heading, q, a, table))
    return out


def _expected(style):
    rows = []
    for n, (label, heading, q, a, table, kind) in enumerate(SEED_ITEMS, start=1):
        if style != "seed":
            label, heading = str(n), None
            if table and style == "table":
                kind = "text"
        rows.append((label, heading, q, a, kind))
    return rows


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
@pytest.mark.parametrize("style", ["seed", "table", "qa"])
def test_demo_house_styles(style, fmt):
    items = []
    for i, (label, heading, q, a, table) in enumerate(_plain(SEED_ITEMS, style), start=1):
        items.append((label or str(i), heading, q, a, table))
    refs = {"seed": "FOI/2526/AB12345", "table": "FOI-2025-0012", "qa": "12345"}
    received, responded = date(2025, 6, 3), date(2025, 6, 17)
    doc = build_style(
        style,
        "Northmoor Partnership NHS Trust",
        refs[style],
        "Agency spend",
        received,
        responded,
        items,
    )
    result = parse_document(RENDERERS[fmt](doc), kind_hint="foi")
    assert result.status == "ok", (result.error, result.warnings)
    assert result.kind == "foi_response"
    foi = result.foi
    assert foi.reference == refs[style]
    assert foi.received_date == received and foi.responded_date == responded
    assert foi.working_days == 10 and foi.within_deadline is True
    if style != "seed":
        assert foi.title == "Agency spend"
    got = [(i.label, i.heading, norm(i.question), norm(i.answer), i.answer_kind) for i in foi.items]
    assert got == _expected(style)
    assert [(e.law, e.section, e.item_seq, e.label) for e in foi.exemptions] == [
        ("FOIA", "40(2)", 4, "personal information")
    ]
    assert foi.outcome == "partially_disclosed"
    if style != "table":
        table_item = foi.items[1]
        assert table_item.table_index is not None
        assert result.tables[table_item.table_index].rows[0] == ["Year", "Spend"]
    assert "internal review" not in (foi.response_text or "")
    assert foi.request_text.startswith("How much did the Trust spend")


def test_demo_facts_round_trip():
    """Every FOI of the demo web's facts, rendered in its house style, parses back
    exactly (labels, headings, questions, answers, kinds, exemptions, outcome)."""
    facts = pytest.importorskip("trustdocs.demo.facts")
    try:
        from trustdocs.demo.fastrender import render_docx_fast, render_pdf_fast
    except ImportError:
        render_docx_fast, render_pdf_fast = render_docx, render_pdf
    renderers = {"docx": render_docx_fast, "pdf": render_pdf_fast, "html": render_html}
    wrong = []
    all_foi = facts.foi_facts()
    for f in all_foi[::3]:
        trust = facts.trust_by_ods(f.trust_ods)
        items = [(i.label, i.heading, i.question, i.answer, i.table) for i in f.items]
        doc = build_style(
            f.style,
            trust.name,
            f.reference,
            f.title,
            f.received,
            f.responded,
            items,
            f.sign_off or SIGN_OFF,
        )
        r = parse_document(renderers[f.fmt](doc), kind_hint="foi")
        foi = r.foi
        got = (
            foi.reference,
            foi.received_date,
            foi.responded_date,
            foi.working_days,
            foi.outcome,
            [
                (i.label, i.heading, norm(i.question), norm(i.answer), i.answer_kind)
                for i in foi.items
            ],
            sorted(
                (
                    (x.section, None if x.item_seq is None else foi.items[x.item_seq - 1].label)
                    for x in foi.exemptions
                ),
                key=str,
            ),
        )
        exp = (
            f.reference,
            f.received,
            f.responded,
            f.working_days,
            f.outcome,
            [
                (i.label, i.heading, norm(i.question), norm(i.answer), i.answer_kind)
                for i in f.items
            ],
            sorted(f.exemptions, key=str),
        )
        if got != exp:
            wrong.append(f.filename)
    assert not wrong, wrong


# ---------------------------------------------------------------- the seed letters


def _seed(name, fmt):
    seedrender = pytest.importorskip("seedrender")
    if not (seedrender.SEEDS / name).exists():
        pytest.skip("shared seeds not available")
    items = seedrender.seed_items(seedrender.seed_text(name))
    return parse_document(RENDERERS[fmt](items), kind_hint="foi")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_seed_sg18763(fmt):
    r = _seed("lpt-foi-2627-SG18763.txt", fmt)
    foi = r.foi
    assert r.status == "ok"
    assert foi.reference == "FOI/2627/SG18763"
    assert foi.received_date == date(2026, 6, 3) and foi.responded_date == date(2026, 6, 16)
    assert foi.working_days == 9 and foi.within_deadline
    assert [i.label for i in foi.items] == [
        "1a",
        "1b",
        "2a",
        "2b",
        "2c",
        "3a",
        "3b",
        "3c",
        "3d",
        "4a",
        "4b",
    ]
    assert foi.items[0].heading == "1. Trust status"
    assert foi.items[0].question == "Please state your Trusts’ full name (i.e. no acronyms)"
    assert foi.items[0].answer == "Leicestershire Partnership NHS Trust"
    assert foi.items[1].question.startswith(
        "Please state whether you are an: · Acute Foundation Trust"
    )
    assert foi.items[1].answer.startswith(
        "Leicestershire Partnership NHS Trust is an integrated Community"
    )
    assert foi.items[2].heading == "2. Accessibility of Performance Data"
    assert foi.items[2].question.endswith(
        "Note: Please exclude any access routed directly through the national Electronic Staff Record (ESR) platform or similar."
    )
    assert foi.items[2].answer.endswith("similar to ESR.")
    # one "N/A" answers all four questions of section 3
    assert all(i.answer == "N/A" and i.answer_kind == "not_applicable" for i in foi.items[3:])
    assert foi.items[5].heading == "3. Access Permissions & Restriction Protocols"
    assert foi.items[5].question.endswith(
        "Is the information visible to all corporate network users uniformly (yes/no)?"
    )
    assert "If restricted, please state the criteria used" in foi.items[7].question
    assert foi.items[10].question.endswith("up to March 2026).")
    assert foi.exemptions == []
    assert foi.outcome == "disclosed"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_seed_sg16054(fmt):
    r = _seed("lpt-foi-2425-SG16054.txt", fmt)
    foi = r.foi
    assert foi.reference == "FOI/2425/SG16054"
    assert foi.received_date == date(2025, 2, 6) and foi.responded_date == date(2025, 2, 19)
    assert foi.working_days == 9
    assert {e.section for e in foi.exemptions} == {"21", "22", "12"}
    by_section = {e.section: e for e in foi.exemptions}
    assert by_section["21"].item_seq == 1 and by_section["22"].item_seq == 1
    assert by_section["12"].label == "cost limit"
    first = foi.items[0]
    assert first.question == (
        "Do you have a policy for when a service user is not engaging? If so, please can you attach to the FOI response."
    )
    assert first.answer.startswith(
        "Yes. This information is exempt from disclosure under Section 21"
    )
    assert first.answer.endswith("until the date referred to in paragraph (a).")
    assert first.answer_kind == "exempt"
    # four year-blocks of eight questions, all answered by the one section 12 refusal
    blocks = foi.items[1:]
    assert len(blocks) == 32
    headings = sorted({i.heading for i in blocks})
    assert headings == [
        f"For the 12 months between January {y} to January {y + 1}:" for y in range(2021, 2025)
    ]
    assert all(i.answer.startswith("From our preliminary assessment") for i in blocks)
    assert all(i.answer_kind == "exempt" for i in blocks)
    assert blocks[5].question == (
        "Of those service users classed as being a “sufficient risk to self or others” and also classed as "
        "DNA or non-engagement service users: How many were referred back to their GP without a Care "
        "Co-Ordination review meeting?"
    )
    assert foi.outcome == "refused"
    assert foi.response_text.count("From our preliminary assessment") == 1


# ---------------------------------------------------------------- pieces


def test_find_exemptions():
    assert find_exemptions("This is exempt under section 40(2) of the FOIA.") == [("FOIA", "40(2)")]
    assert find_exemptions("We rely on sections 21 and 43(2) of the Act to withhold this.") == [
        ("FOIA", "21"),
        ("FOIA", "43(2)"),
    ]
    assert find_exemptions("Compliance would exceed the cost limit (s.12).") == [("FOIA", "12")]
    assert find_exemptions("The request is refused under regulation 12(4)(b) of the EIR.") == [
        ("EIR", "12(4)(b)")
    ]
    # an adverse-effect exception keeps its paragraph, as 12(4)'s do
    withheld = "Prices are withheld under regulation 12(5)(e) of the EIR (commercial)."
    assert find_exemptions(withheld) == [("EIR", "12(5)(e)")]
    assert exemption_label("EIR", "12(5)(e)") == "adverse effect"
    assert find_exemptions("We apply regulation 12(5) of the EIR to this part.") == [
        ("EIR", "12(5)")
    ]
    # not exemptions: other Acts, procedural sections
    assert find_exemptions("Patients on section 117 aftercare under the Mental Health Act.") == []
    assert find_exemptions("Detained under section 3 of the Mental Health Act 1983, exempt.") == []
    assert find_exemptions("You may apply under section 50 to the Commissioner.") == []
    assert find_exemptions("Section 1(1) entitles you to information held.") == []


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("Yes.", "yes"),
        ("Yes. We do.", "yes"),
        ("No", "no"),
        ("No - not since 2020.", "no"),
        ("N/A", "not_applicable"),
        ("Not applicable. The Trust has no such service.", "not_applicable"),
        ("The Trust does not hold this information.", "not_held"),
        ("No information is held.", "not_held"),
        ("1,204", "number"),
        ("£15,320", "number"),
        ("4.7%", "number"),
        ("<5", "number"),
        ("12 weeks", "text"),
        ("Yes, Saba Parking UK.", "text"),
        ("See attached spreadsheet.", "text"),
    ],
)
def test_classify_answer(answer, kind):
    assert classify_answer(answer) == kind


def test_classify_answer_table_and_exempt():
    assert classify_answer("Please see the table below.", has_table=True) == "table"
    assert classify_answer("", has_table=True) == "table"
    assert classify_answer("Exempt under section 43.", exempt=True) == "exempt"


def test_privacy_masking():
    # every name, address and number here is made up (Ofcom's drama ranges for phones)
    text = (
        "Dear Ms Example, please email jane.example@example.org or foi@trust.nhs.uk, call "
        "0121 496 0123 or +44 20 7946 0321, or write to 12 Acacia Avenue, Northmoor ZZ1 1ZZ. "
        "We saw 1,204 patients in 2021."
    )
    masked = mask_personal(text)
    assert "example.org" not in masked and "foi@" not in masked and masked.count("[email]") == 2
    assert masked.count("[phone]") == 2
    assert "ZZ1 1ZZ" not in masked and "Acacia Avenue" not in masked
    assert "Dear [name]" in masked
    assert "1,204 patients in 2021" in masked
    assert mask_personal("Dear Sir/Madam") == "Dear Sir/Madam"
    assert find_names("Dear Jane Example") == ["Jane Example", "Example", "Jane"]
    assert find_names("Requester: Mr Sam Placeholder") == [
        "Mr Sam Placeholder",
        "Sam Placeholder",
        "Placeholder",
        "Sam",
    ]
    assert mask_personal("Jane Example asked", names=["Jane Example"]) == "[name] asked"


def test_thread_masks_the_name_the_replies_greet():
    """A WhatDoTheyKnow request need not be signed; the authority's reply greets
    the requester, and that name is masked wherever it appears in the thread."""
    import json

    export = {
        "title": "Parking",
        "events": [
            {
                "type": "outgoing",
                "created_at": "2024-02-01T10:00:00+00:00",
                "content": ["Dear Council,\n\n1) How many parking permits did you issue?"],
            },
            {
                "type": "incoming",
                "created_at": "2024-02-20T10:00:00+00:00",
                "content": [
                    "Dear Sam Placeholder,\nWe issued 310 permits. As the Tribunal found in "
                    "Council v Sam Placeholder, the list of holders is exempt under section "
                    "40(2).\nYours sincerely"
                ],
            },
        ],
    }
    foi = parse_document(json.dumps(export).encode(), kind_hint="foi").foi
    assert "Placeholder" not in (foi.response_text or "")
    assert "Council v [name]" in foi.response_text


def test_parse_foi_masks_personal_data():
    doc = Extracted(
        items=[
            TextBlock("Our ref: FOI 123"),
            TextBlock("Dear Jane Doe"),
            TextBlock("1. Please reply to jane.doe@example.com about ward 7."),
            TextBlock("Response: We have written to Jane Doe at jane.doe@example.com."),
        ],
        format="text",
    )
    foi = parse_foi(doc)
    assert foi.items[0].question == "Please reply to [email] about ward 7."
    assert foi.items[0].answer == "We have written to [name] at [email]."
    assert "example.com" not in foi.request_text + foi.response_text


def test_parse_document_statuses():
    bad = parse_document(b"%PDF-1.4 rubbish")
    assert bad.status == "failed" and "pdf" in bad.error
    assert bad.parser_version == PARSER_VERSION
    unsupported = parse_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    assert unsupported.status == "unsupported"
    empty = parse_document(b"")
    assert empty.status in ("failed", "unsupported") and empty.error


def test_parse_document_scanned(monkeypatch):
    from fpdf import FPDF

    import parsers.extract.ocr as ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    r = parse_document(bytes(pdf.output()), kind_hint="foi")
    assert r.status == "scanned"
    assert r.error == "no text layer; OCR unavailable (install tesseract-ocr)"


def test_parse_document_unknown_kind_keeps_tables():
    items = [TextBlock("Board minutes"), Table(rows=[["a", "b"], ["1", "2"]])]
    r = parse_document(render_docx(items))
    assert r.kind == "unknown" and r.status == "partial"
    assert r.tables[0].rows == [["a", "b"], ["1", "2"]]


def test_rows_shape():
    items = [
        (str(i), None, q, a, None) for i, (_, _, q, a, _, _) in enumerate(SEED_ITEMS[:3], start=1)
    ]
    doc = build_style("qa", "T", "555", "Title", date(2025, 6, 3), date(2025, 6, 5), items)
    r = parse_document(render_html(doc), kind_hint="foi")
    row = foi_to_rows(r.foi)
    assert row["reference"] == "555" and row["received_date"] == "2025-06-03"
    assert row["within_deadline"] == 1
    assert [i["label"] for i in row["items"]] == ["1", "2", "3"]


# ---------------------------------------------------------------- 0.3.0 rules


def _doc(*texts, style=None):
    return Extracted(items=[TextBlock(text=t, style=style) for t in texts], format="text")


def test_range_label_answers_several_questions_and_preamble_is_general():
    doc = _doc(
        "Our ref: FOI 123",
        "1. How many nurses are there?",
        "2. How many doctors are there?",
        "3. How many porters are there?",
        "OUR RESPONSE",
        "Under the Act the Trust has two duties to individuals requesting information.",
        "1 – 2: Please see attached document.",
        "3. The Trust does not hold this information.",
        "Yours sincerely",
    )
    foi = parse_foi(doc)
    answers = {it.label: it.answer for it in foi.items}
    assert answers == {
        "1": "Please see attached document.",
        "2": "Please see attached document.",
        "3": "The Trust does not hold this information.",
    }
    assert "two duties" in foi.response_text


def test_inline_answers_before_a_general_response_marker():
    doc = _doc(
        "Reference Number: FOI 2021 131",
        "1. How many housing workers do you employ?",
        "We employ three dedicated housing support workers.",
        "2. Please provide your discharge policy.",
        "Please refer to the attached procedure.",
        "Response:",
        "Please see attachments.",
        "Yours sincerely",
    )
    foi = parse_foi(doc)
    assert [it.answer for it in foi.items] == [
        "We employ three dedicated housing support workers.",
        "Please refer to the attached procedure.",
    ]
    assert "Please see attachments." in foi.response_text


def test_numbered_lead_in_then_restarted_numbering():
    doc = _doc(
        "1. The number of crimes in hospitals. Please break these down as follows:",
        "1. By crime type",
        "2. By outcome",
        "Response",
        "1.",
        "See table.",
        "2.",
        "See second table.",
        "Yours sincerely",
    )
    foi = parse_foi(doc)
    assert [it.label for it in foi.items] == ["1", "2"]
    assert foi.items[1].question == (
        "The number of crimes in hospitals. Please break these down as follows: By outcome"
    )
    assert foi.items[1].answer == "See second table."


def test_requester_cost_caveat_is_not_part_of_the_last_question():
    doc = _doc(
        "Request Description:",
        "1. How many beds?",
        "2. How many wards?",
        "If it is not possible to provide the information due to the cost limit in Section 12, "
        "please provide advice and assistance.",
        "Response:",
        "12 beds on 2 wards.",
        "Yours sincerely",
    )
    foi = parse_foi(doc)
    assert foi.items[1].question == "How many wards?"
    assert not foi.exemptions


def test_thread_final_substantive_reply_and_numbered_questions():
    import json

    export = {
        "title": "Beds",
        "events": [
            {
                "type": "outgoing",
                "created_at": "2023-08-01T10:00:00+01:00",
                "content": [
                    "Dear Council,\n\nPlease provide:\n\n1) How many beds?\n\n"
                    "2) How many wards?\n\nIf this exceeds the cost limit in section 12, "
                    "please provide advice and assistance.\n\nYours faithfully,\n\nJane Doe"
                ],
            },
            {
                "type": "incoming",
                "created_at": "2023-08-02T10:00:00+01:00",
                "content": ["Your request has been logged, reference FOI / 123456."],
            },
            {
                "type": "incoming",
                "created_at": "2023-08-30T10:00:00+01:00",
                "content": [
                    "Dear Jane Doe,\nThank you for your request which we received on "
                    "01/08/2023.\nThe figures are exempt from disclosure under section "
                    "43(2) of the Freedom of Information Act 2000.\nYours sincerely"
                ],
            },
        ],
    }
    result = parse_document(json.dumps(export).encode(), kind_hint="foi")
    foi = result.foi
    assert foi.reference == "FOI / 123456"
    assert foi.received_date == date(2023, 8, 1)
    assert foi.responded_date == date(2023, 8, 30)
    assert [(it.label, it.question) for it in foi.items] == [
        ("1", "How many beds?"),
        ("2", "How many wards?"),
    ]
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]
    assert "Jane" not in (foi.response_text or "") and "Doe" not in (foi.request_text or "")


def test_greeting_to_an_organisation_is_not_a_name():
    assert find_names("Dear Ministry of Housing, Communities and Local Government,") == []
    assert mask_personal("Dear Despatch Box,") == "Dear Despatch Box,"
