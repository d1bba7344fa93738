"""The words of held-out set P's FOI letters: topics (question, answer paragraphs, the
items of an answer typed as a numbered list, the exemption applied and, for a
qualified exemption, the public interest factors weighed), closings and signatures;
and how the letters print set P's date forms ("5 March, 2024", "05/Mar/2024",
"5-March-2024", "Tuesday the 5th of March 2024") and the Welsh month names a
bilingual letter prints beside them.

Written fresh for set P without reading the parser's vocabulary, rules or model,
without reusing sets D to O's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MONTHS = "January February March April May June July August September October November December"
WELSH_MONTHS = (
    "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr"
)


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    exemption: str | None = None  # the FOIA section the answer applies, e.g. "43(2)"
    listed: list[str] = field(default_factory=list)  # an answer's typed numbered list
    favour: str = ""  # public interest in disclosure (qualified exemptions only)
    against: str = ""  # public interest in withholding
    conclusion: str = ""


TOPICS: list[Topic] = [
    Topic(
        "How many pressure ulcers of category 3 or above developed on the Trust's "
        "community caseload in 2023/24?",
        ["District nursing teams recorded 38 category 3 and 9 category 4 pressure ulcers."],
    ),
    Topic(
        "What is the Trust's annual spend on taxis used to move patients between its "
        "hospital sites?",
        [
            "Inter-site taxi journeys cost the Trust £212,640 in 2023/24.",
            "This excludes journeys booked through the non-emergency transport service.",
        ],
    ),
    Topic(
        "Please supply the number of nurses recruited from overseas in each of the last "
        "three calendar years.",
        ["Please see the attached spreadsheet, which gives the figures by year and by band."],
    ),
    Topic(
        "Does the Trust employ a dedicated lead for patients with a learning disability?",
        [
            "Yes. A Learning Disability Liaison Lead works across both acute sites, supported "
            "by two liaison nurses.",
        ],
    ),
    Topic(
        "How much did the Trust pay its linen and laundry contractor last year, and what "
        "is the unit price per item?",
        [
            "The total paid to Harebell Linen Services in 2023/24 was £1,487,300.",
            "The unit prices are withheld under section 43(2) of the Act.",
        ],
        exemption="43(2)",
        favour="Disclosure would show how public money is spent on a large contract.",
        against="Unit prices would let competitors undercut the supplier when the contract "
        "is retendered next year, and weaken the Trust's position in that tender.",
        conclusion="On balance the public interest favours withholding the unit prices.",
    ),
    Topic(
        "Please provide the floor plans and the locations of the security cameras in the "
        "emergency department.",
        [
            "We hold this information but are not releasing it, relying on section 31(1)(a).",
        ],
        exemption="31(1)(a)",
        favour="Publishing the plans would reassure the public that the department is "
        "properly monitored.",
        against="Showing where cameras are, and where they are not, would help anyone "
        "planning a crime in the department.",
        conclusion="We have concluded that the public interest lies in withholding the plans.",
    ),
    Topic(
        "Which electronic systems does the Trust use for rostering, e-prescribing and "
        "theatre scheduling?",
        ["The Trust uses the following systems:"],
        listed=[
            "Rostering: Wrenfield Rota, version 9",
            "E-prescribing: Coltsfoot ePMA",
            "Theatre scheduling: a module of the Trust's patient administration system",
        ],
    ),
    Topic(
        "What were the five most common reasons given for cancelling an elective "
        "operation on the day in 2023?",
        ["The five most common reasons, most frequent first, were:"],
        listed=[
            "No bed available after the operation",
            "Patient unfit for surgery on the day",
            "Theatre list overran",
            "Surgeon unavailable",
            "Equipment failure",
        ],
    ),
    Topic(
        "Please list the external consultancy firms the Trust has engaged since April 2023.",
        ["Three firms have been engaged in that period:"],
        listed=[
            "Ravensworth Advisory LLP (financial recovery plan)",
            "Quillmore Health Partners (outpatient transformation)",
            "Stanegate Estates Consulting (site masterplan)",
        ],
    ),
    Topic(
        "What are the names of the staff who were disciplined following the data breach "
        "reported to the ICO in 2023?",
        [
            "The names are the personal data of the staff concerned and are withheld under "
            "section 40(2).",
        ],
        exemption="40(2)",
    ),
    Topic(
        "Please send the Trust's latest gender pay gap report.",
        [
            "Our gender pay gap report for 2023 is published on the Trust's website and on "
            "the government's gender pay gap service, so section 21 applies.",
        ],
        exemption="21",
    ),
    Topic(
        "How many staff were physically assaulted by patients on mental health wards in "
        "2023/24, and how many of those incidents were reported to the police?",
        [
            "There were 214 recorded physical assaults on staff on our mental health wards.",
            "Of these, 61 were reported to the police.",
        ],
    ),
    Topic(
        "Please provide the risk assessment carried out for the storage of medical gases "
        "at the main hospital.",
        [
            "The risk assessment is withheld under section 38(1)(b), as its detail about "
            "the storage area could endanger the safety of staff and patients.",
        ],
        exemption="38(1)(b)",
        favour="The public has an interest in knowing that medical gases are stored safely.",
        against="The detail of the storage area and its weaknesses could be used to cause "
        "harm, putting staff and patients at risk.",
        conclusion="The balance of the public interest favours keeping the assessment back.",
    ),
    Topic(
        "How many outpatient consultations took place by video link during 2023/24?",
        [
            "A total of 18,402 outpatient appointments took place by video.",
            "Please note that telephone appointments are recorded separately and are not "
            "included in this figure.",
        ],
    ),
    Topic(
        "Does the Trust offer free parking to blue badge holders at all of its sites?",
        ["Yes, parking is free for blue badge holders in any marked disabled bay."],
    ),
]

CLOSINGS = {
    "review": (
        "You are entitled to ask for a review of this decision. Requests for a review "
        "should reach the Information Rights Unit no later than 40 working days from the "
        "date you receive this response.",
        "If you would like us to look at this response again, write to the Head of "
        "Information Governance, who will arrange an independent internal review.",
    ),
    "regulator": (
        "Once our review process is complete you have the right to refer the matter to "
        "the Information Commissioner, whose website explains how to make a complaint.",
        "The Information Commissioner can consider a complaint about our handling of your "
        "request once you have been through our own review process.",
    ),
}
SIGNATURES = (
    ["Yours sincerely", "Eluned Maesbury", "Information Rights Officer"],
    ["Yours faithfully", "Gareth Penhallow-Reid", "Information Governance Manager"],
)


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def comma_year_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1]}, {y}"


def slash_month_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}/{MONTHS.split()[m - 1][:3]}/{y}"


def hyphen_month_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d}-{MONTHS.split()[m - 1]}-{y}"


def the_ordinal_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    day = dt.date(y, m, d).strftime("%A")
    return f"{day} the {d}{suffix} of {MONTHS.split()[m - 1]} {y}"


def welsh_date(iso: str) -> str:
    """The Welsh form a bilingual letter prints before the English one."""
    d, m, y = _dmy(iso)
    return f"{d} {WELSH_MONTHS.split()[m - 1]} {y}"


DATE_FORMS = (comma_year_date, slash_month_date, hyphen_month_date, the_ordinal_date)
