from parsers.classify import classify
from parsers.extract.model import Extracted, TextBlock


def doc(*texts: str) -> Extracted:
    return Extracted(items=[TextBlock(t) for t in texts], pages=1, format="text")


def test_kind_hint_wins():
    assert classify(doc("anything"), kind_hint="wres") == "wres_report"
    assert classify(doc("anything"), kind_hint="foi") == "foi_response"


def test_foi_by_text():
    d = doc("Freedom of Information Request", "Our ref: FOI-2025-0012", "Question 1: How many?")
    assert classify(d) == "foi_response"


def test_wres_by_text():
    d = doc(
        "Workforce Race Equality Standard (WRES) report 2021/22",
        "Indicator 2: relative likelihood of white staff being appointed from shortlisting",
        "WRES indicator 9: BME board membership",
    )
    assert classify(d) == "wres_report"


def test_foi_about_wres_is_foi():
    d = doc(
        "Freedom of Information Request",
        "Our ref: FOI-2025-0012",
        "Please provide your latest WRES report.",
        "Response: it is published on our website (section 21 of the Freedom of Information Act).",
    )
    assert classify(d) == "foi_response"


def test_unknown():
    assert classify(doc("Minutes of the board meeting", "Item 1: apologies")) == "unknown"


def test_filename_helps():
    assert classify(doc("Item 1"), filename="FOI_0316_Disclosure.pdf") == "foi_response"


def test_wres_table_that_never_names_the_standard():
    """A staff-survey table under "Staff Survey indicators (5 to 8)": only the
    indicators' own wording says what it is (cell text keeps its line breaks)."""
    from parsers.extract.model import Table

    table = Table(
        rows=[
            ["Indicator", "Ethnicity", "2022", "2023"],
            [
                "Harassment, bullying or abuse\nfrom patients, relatives or the public",
                "White",
                "25%",
                "28%",
            ],
            ["Harassment, bullying or abuse from staff", "White", "20%", "24%"],
            ["Equal opportunities for career progression or promotion", "White", "58%", "44%"],
        ]
    )
    d = Extracted(items=[TextBlock("Staff Survey indicators (5 to 8)"), table], format="pdf")
    assert classify(d) == "wres_report"
    # one indicator's wording alone is not enough
    assert classify(doc("Staff reported harassment, bullying or abuse from patients.")) == "unknown"


def test_one_label_set_for_links_documents_and_parse_file():
    from parsers.classify import classify_document
    from parsers.kinds import (
        FOI,
        KINDS,
        OTHER,
        PARSE_KINDS,
        WRES,
        hint_for,
        kind_from_hint,
        parse_kind,
        stored_kind,
    )
    from parsers.linkclass import classify_link

    assert KINDS == ("foi_response", "wres_report", "other")  # documents.kind
    assert PARSE_KINDS == ("foi_response", "wres_report", "unknown")  # parse-file JSON
    for kind in KINDS:
        assert stored_kind(parse_kind(kind)) == kind
        assert kind_from_hint(hint_for(kind)) == (kind if kind != OTHER else None)
    assert kind_from_hint(" WRES ") == WRES and kind_from_hint("eir") == FOI
    assert kind_from_hint("minutes") is None
    # the document and link classifiers give kinds of the one set, and parse-file's
    # `classify` is the document classifier in its spelling
    minutes = "Minutes of the board meeting. Item 1: apologies."
    assert classify_document(minutes).kind == OTHER
    assert classify(doc(minutes)) == "unknown"
    assert classify_link("https://trust.example/board/minutes-2023.pdf").kind == OTHER
    letter = ("Freedom of Information Request", "Our ref: FOI-2025-0012", "Question 1: How many?")
    assert classify_document("\n".join(letter)).kind == FOI == classify(doc(*letter))
    assert classify_link("https://trust.example/foi/FOI-2025-0012-response.pdf").kind == FOI


def test_a_response_naming_itself_an_foi_request_is_one():
    d = doc("FOI 0316 – FOI request concerning parking", "1. How many permits?", "310.")
    assert classify(d) == "foi_response"
