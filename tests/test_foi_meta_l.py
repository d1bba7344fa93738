"""FOI letters' references and dates in the forms held-out set L showed at first sight,
read as grammars rather than set L's phrases:

* dates printed year first ("2025/11/04"), month first ("Nov 4th, 2025"), with the
  weekday and a comma before the year ("Tuesday, 4 November, 2025");
* a letterhead line of a verb and its date, no colon ("Issued 2025/12/01");
* the request dated in prose by the Trust's act of recording it ("The Trust
  registered your e-mail on …") or by what carried it ("your message of …");
* an internal review's outcome that quotes the original request's dates: those are
  not the review's;
* a period asked about ("complaints received 1 April 2024 to 31 March 2025") is no
  day of receipt;
* references as a numbered designation ("Ticket No. 25/0912"), after "FOI case", a
  free "FOI#…" code, and the "Our ref" of a "Your ref / Our ref" pair;
* a chronology table of the request's dates: its first arrival is the receipt.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, read

BODY = [
    P("1. How many occupational therapists does the Trust employ?"),
    P("The Trust employs 57 occupational therapists (49.2 WTE)."),
    P("2. What was spent on taxis for patients in 2024/25?"),
    P("Patient taxi journeys cost £88,310 in 2024/25."),
    *SIGN_OFF,
]


def _dates(foi) -> tuple[str | None, str | None, str | None]:
    def iso(d):
        return d.isoformat() if d else None

    return foi.reference, iso(foi.received_date), iso(foi.responded_date)


@pytest.mark.parametrize("fmt", FORMATS)
def test_issued_line_and_the_trust_registering_the_request(fmt):
    blocks = [
        P("Harrowden Vale NHS Trust | Mill Street, Harrowden HV4 2MS"),
        P("Issued 2025/12/01"),
        H("Freedom of Information response HVT-FOI-3318"),
        P("Dear Applicant"),
        P("The Trust registered your e-mail on 2025/11/10 and passed it to the teams below."),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("HVT-FOI-3318", "2025-11-10", "2025-12-01")


@pytest.mark.parametrize("fmt", FORMATS)
def test_your_ref_our_ref_pair_with_a_numbered_designation(fmt):
    blocks = [
        H("Stanwick Lakes Hospitals NHS Trust"),
        P("Your ref: letter of 02/10/25"),
        P("Our ref: Ticket No. 25/0912"),
        P("Date: Oct 24th, 2025"),
        P("Dear Mr Pellow,"),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("Ticket No. 25/0912", "2025-10-02", "2025-10-24")


@pytest.mark.parametrize("fmt", FORMATS)
def test_foi_case_label_and_a_message_dated(fmt):
    blocks = [
        H("Ringstead Heath Community NHS Trust"),
        P("Heath Road, Ringstead RH3 9HR"),
        P("FOI case RHC#0078-25, answered Wednesday, 3 December, 2025"),
        P("Good morning,"),
        P("Your message of Nov 12th, 2025 came to the information governance office."),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("RHC#0078-25", "2025-11-12", "2025-12-03")


@pytest.mark.parametrize("fmt", FORMATS)
def test_designation_after_request_in_a_heading_and_a_free_hash_code(fmt):
    heading = [
        H("Titchmarsh Fen NHS Foundation Trust"),
        P("Date: 2025/07/18"),
        H("Freedom of Information Act 2000 – request Log No. 25/3310"),
        P("Dear Requester"),
        P("We recorded your request on 2025/06/30."),
        *BODY,
    ]
    assert _dates(read(heading, fmt)) == ("Log No. 25/3310", "2025-06-30", "2025-07-18")
    free = [
        H("Titchmarsh Fen NHS Foundation Trust"),
        P("Date: 18/07/2025"),
        P("Dear Requester"),
        P("This reply is filed as FOI#20250630-14 in our disclosure log."),
        *BODY,
    ]
    assert read(free, fmt).reference == "FOI#20250630-14"


@pytest.mark.parametrize("fmt", FORMATS)
def test_internal_review_quoting_the_original_requests_dates(fmt):
    blocks = [
        H("Aldwincle Meadows NHS Trust"),
        P("Our ref: AMT-IR-0457"),
        P("Date: 02/12/25"),
        P("Dear Ms Quarrie,"),
        P("Your message of 14/11/25 asked for an internal review of our reply."),
        P(
            "Your initial request arrived on 2025/09/30 and our first response was issued "
            "on 2025/10/21. A senior manager has now reviewed that response."
        ),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("AMT-IR-0457", "2025-11-14", "2025-12-02")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_period_named_before_the_request_date(fmt):
    blocks = [
        H("Lowick Bridge NHS Trust"),
        P("Reference: LBT 25-118"),
        P("Date: 5 May 2025"),
        P("Re: complaints received 1/4/2024 to 31/3/2025"),
        P("Dear Requester"),
        P("Thank you for your request dated 14 April 2025."),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("LBT 25-118", "2025-04-14", "2025-05-05")


@pytest.mark.parametrize("fmt", FORMATS)
def test_chronology_table_first_arrival_is_the_receipt(fmt):
    blocks = [
        H("Woodford Halse NHS Trust"),
        H("Case timeline"),
        T(
            [
                ["Reference", "WHT/FOI/2291"],
                ["Request received", "2025/06/02"],
                ["Further details asked for", "2025/06/04"],
                ["Further details received", "2025/06/09"],
                ["Reply issued", "2025/06/27"],
            ]
        ),
        P("Dear Requester"),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("WHT/FOI/2291", "2025-06-02", "2025-06-27")


@pytest.mark.parametrize("fmt", FORMATS)
def test_case_log_newest_first_the_request_is_received_not_its_clarification(fmt):
    blocks = [
        H("Great Addington NHS Foundation Trust"),
        T(
            [
                ["Case", "GAF-FOI-0610"],
                ["Reply issued", "14 August 2025"],
                ["Clarification received", "1 August 2025"],
                ["Clarification requested", "29 July 2025"],
                ["Request received", "25 July 2025"],
            ]
        ),
        P("Dear Requester"),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("GAF-FOI-0610", "2025-07-25", "2025-08-14")
