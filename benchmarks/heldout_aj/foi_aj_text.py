"""The words of held-out set AJ's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied, the theme a grouped table files it under), the
requesters' notes on the section 12 cost limit, the heads' received / due / sent
lines, the request-relay addresses, the labels of the boxes, the spreadsheet and the
grouped table, openings, closings and signatures; its own date forms ('3rd May, 2024',
'Fri 3 May 2024').

Written fresh for set AJ without reading the parser's vocabulary, rules or model,
without reusing sets D to AI's wordings, and without copying any corpus letter:
fictional trusts, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January February March April May June July August September October November December"
).split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def _ordinal(n: int) -> str:
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def ordinal_comma_date(iso: str) -> str:
    """'3rd May, 2024': an ordinal day, the month in full, a comma before the year."""
    d = dt.date.fromisoformat(iso)
    return f"{_ordinal(d.day)} {MONTHS[d.month - 1]}, {d.year}"


def short_weekday_date(iso: str) -> str:
    """'Fri 3 May 2024': the weekday cut to three letters, then day, month and year."""
    d = dt.date.fromisoformat(iso)
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies
    theme: str = ""  # the group a grouped table files it under


TOPICS: list[Topic] = [
    Topic(
        "How many physiotherapists did the Trust employ on 1 April 2024, as whole-time "
        "equivalents?",
        ("The Trust employed 138.4 whole-time equivalent physiotherapists on that day.",),
        theme="Staffing",
    ),
    Topic(
        "What did the Trust spend on bank and agency porters in 2023/24?",
        (
            "Bank portering cost £412,300 and agency portering £96,750 in 2023/24.",
            "Agency porters were used mostly to cover night shifts at the main hospital.",
        ),
        theme="Staffing",
    ),
    Topic(
        "How many international nurses joined the Trust through overseas recruitment in 2023?",
        ("Seventy-four nurses recruited overseas started work at the Trust in 2023.",),
        theme="Staffing",
    ),
    Topic(
        "Who provides the Trust's linen and laundry service, and what was the agreed price per "
        "item?",
        (
            "Linen and laundry are provided by a regional contractor under a framework agreement.",
            "The unit prices are withheld under section 43(2), since they would show the "
            "contractor's margins to its competitors at the next tender.",
        ),
        "43(2)",
        theme="Contracts",
    ),
    Topic(
        "Does the Trust still use fax machines to send patient information, and if so how many?",
        (
            "Yes. Nine fax machines remain in use, all in departments awaiting a secure e-mail "
            "link to local GP practices.",
        ),
        theme="Digital",
    ),
    Topic(
        "Which anti-virus and endpoint protection products are installed on the Trust's computers?",
        (
            "The Trust does hold this information.",
            "It is withheld under section 31(1)(a): naming the products would tell an attacker "
            "which weaknesses to look for.",
        ),
        "31(1)(a)",
        theme="Digital",
    ),
    Topic(
        "How many patients were given a gastroscopy at the Trust in 2023/24?",
        ("The Trust carried out 5,872 gastroscopies in 2023/24.",),
        theme="Clinical activity",
    ),
    Topic(
        "How many babies were born at the Trust's maternity unit in calendar year 2023?",
        (
            "There were 3,214 births at the maternity unit in 2023.",
            "Twin and triplet births are counted once for each baby.",
        ),
        theme="Clinical activity",
    ),
    Topic(
        "Can you send me the report of the external review of the Trust's neonatal unit?",
        (
            "The review was commissioned jointly with the regional neonatal network, which "
            "supplied parts of it in confidence.",
            "Those parts are withheld under section 41(1), as disclosing them would be an "
            "actionable breach of confidence; the rest of the report is enclosed.",
        ),
        "41(1)",
        theme="Clinical activity",
    ),
    Topic(
        "Please give the names of the agency doctors who worked shifts in the emergency "
        "department in March 2024.",
        (
            "Twenty-one agency doctors covered shifts in the emergency department that month.",
            "Their names are personal data and are withheld under section 40(2).",
        ),
        "40(2)",
        theme="Staffing",
    ),
    Topic(
        "Where can I find the Trust's gender pay gap report for 2023?",
        (
            "The report is on the Trust's website under 'Equality and diversity', and on the "
            "government's gender pay gap service.",
            "As it is already published it is exempt under section 21.",
        ),
        "21",
        theme="Contracts",
    ),
    Topic(
        "How many car parking fines were issued on Trust sites in 2023?",
        (
            "The Trust's parking contractor issued 2,046 parking charge notices in 2023.",
            "No fines are issued by the Trust itself.",
        ),
        theme="Contracts",
    ),
    Topic(
        "How many ligature points were found in the Trust's inpatient mental health wards at "
        "the last audit, and where are they?",
        (
            "The last audit found 17 ligature points, all since removed or made safe.",
            "Where they were is withheld under section 38(1)(b), as publishing it could put "
            "patients at risk of harm.",
        ),
        "38(1)(b)",
        theme="Estates",
    ),
    Topic(
        "What was the Trust's total gas and electricity bill in 2023/24?",
        ("Gas and electricity cost the Trust £6.38 million in 2023/24.",),
        theme="Estates",
    ),
]

# the requester's note on the cost limit, ending a question: (question, answer)
COST_NOTE_ROWS = (
    (
        "How many complaints about car parking did the Trust receive in each of the last three "
        "financial years? If finding all three years would take you over the section 12 cost "
        "limit, please give 2023/24 only.",
        (
            "All three years could be found within the cost limit: the Trust received 88 "
            "parking complaints in 2021/22, 104 in 2022/23 and 131 in 2023/24.",
        ),
    ),
    (
        "How many patients were discharged from the Trust's wards between 11pm and 6am in "
        "2023/24? NB: if the full year would exceed the appropriate limit under section 12 of "
        "the Act, a single month's figure would be fine.",
        (
            "The full year is given: 1,362 patients were discharged between 11pm and 6am in "
            "2023/24.",
            "Most were adults leaving the emergency assessment unit.",
        ),
    ),
)

# the heads of the due-date letters: (reference, received, due, sent) labels
DUE_LABELS = (
    ("Our reference:", "Date received:", "Response due:", "Date of response:"),
    ("Case ref", "Received", "Statutory deadline", "Sent"),
)
DUE_OPENINGS = (
    "Thank you for your request for information. The Trust's answers to your questions are "
    "set out below.",
    "We have now looked into each of the questions in your request, and our replies follow.",
)

# the relay letters: the requester's name, the relay address pattern, the address line's
# label, and an opening naming the relay site
RELAY_NAMES = (("Ms T. Abiodun", "Dear Ms Abiodun,"), ("Mr K. Vassiliou", "Dear Mr Vassiliou,"))
RELAY_ADDRESS = "request-{n}-{tag}@askthetrusts.example"
RELAY_LABELS = ("By e-mail:", "Sent to:")
RELAY_OPENINGS = (
    "Thank you for your request made through the AskTheTrusts website and received on {rec}. "
    "Please find our response below.",
    "Your request, which reached us on {rec} through the AskTheTrusts site, has been answered "
    "as follows.",
)

# the letters keeping the requester's own numbering, one number missed out
GAP_OPENINGS = (
    "Thank you for your e-mail of {rec}. We have kept the numbering you used in it so that "
    "each answer matches your question.",
    "We received your request on {rec} and answer it below, question by question.",
)

# the tracked-changes letters: the reviewer the insertions are credited to, the opening
TRACKED_AUTHORS = ("FOI Office", "Information Rights Team")
TRACKED_OPENINGS = (
    "Your request is copied below as you sent it on {rec}, with our answers typed in "
    "beneath each question.",
    "We have answered in your own document, received on {rec}; our replies follow each "
    "of your questions.",
)

# the boxes: their title, and (trust b) the line between question and answer
FRAME_TITLES = ("Question {n}", "Enquiry {n}")
FRAME_ANSWER_LINE = "Our answer"

# the spreadsheet printout: its title row, column heads and the number column's prefix
SHEET_TITLES = ("Freedom of information response", "Responses to your request")
SHEET_HEADS = (("Q No.", "Question", "Response"), ("Ref", "Request", "Answer", "Exemption"))

# the grouped table's column heads
GROUPED_HEADS = (
    ("Area", "No.", "Question", "Response"),
    ("Theme", "Ref", "Your question", "Our answer"),
)

OPENINGS = (
    "Thank you for your request for information received on {rec}. Each of your questions is "
    "answered below.",
    "We write in reply to your Freedom of Information request of {rec}.",
)
GREETINGS = ("Dear Requester,", "Dear Sir or Madam,")

CLOSINGS = {
    "review": (
        "If you are not satisfied with this response you can ask for it to be reviewed; "
        "please write to the Head of Information Governance within two months, quoting "
        "our reference.",
        "A request for an internal review of this decision should reach the Trust within 40 "
        "working days; write to the FOI Office at the address above.",
    ),
    "regulator": (
        "You may then take your complaint to the Information Commissioner, whose details are "
        "at ico.org.uk or on 0303 123 1113.",
        "Once our review is complete you may refer the matter to the Information "
        "Commissioner's Office, Wycliffe House, Wilmslow SK9 5AF.",
    ),
    "reuse": (
        "The information in this reply is Crown copyright or the Trust's own and may be "
        "re-used under the Open Government Licence v3.0.",
        "Re-use of what we have sent you is permitted under the Open Government Licence, "
        "with the Trust named as the source.",
    ),
}
SIGNATURES = (
    ["Yours faithfully", "Oluwaseun Tremayne", "Freedom of Information Officer"],
    ["With best wishes", "Marguerite Ndlovu-Hart", "Information Rights Adviser"],
)

__all__ = ["TOPICS", "Topic", "ordinal_comma_date", "short_weekday_date"]
