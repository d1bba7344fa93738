"""The words of held-out set Q's FOI letters: topics (question, answer paragraphs, the
sentence a "The Trust can confirm that ..." letter restates the question with, a
Yes/No, the exemption applied), follow-up questions answered only by a reference back
to an earlier answer, the "Additional information" a letter prints after all answers,
closings and signatures; and how the letters print set Q's date forms ("5th Mar 2024",
"5.3.2024", "March 5th, 2024") and reference forms.

Written fresh for set Q without reading the parser's vocabulary, rules or model,
without reusing sets D to P's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    confirm: str  # the answer restated: "The Trust can confirm that ..."
    yes: str = "Yes"  # the Yes/No a tick-table letter prints
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "Does the Trust run a hospital at home service for frail older patients?",
        ["The service covers the two northern localities and takes up to 22 patients at once."],
        "The Trust can confirm that it runs a hospital at home service for frail older patients.",
    ),
    Topic(
        "How many hospital beds were occupied by patients who were medically fit for "
        "discharge on 1 February 2024?",
        ["On that date 63 beds were occupied by patients with no criteria to reside."],
        "The Trust can confirm that it holds a daily count of these patients.",
    ),
    Topic(
        "What did the Trust spend on interpreting and translation services in 2023/24?",
        [
            "Face-to-face interpreting cost £318,450 and telephone interpreting £96,210.",
            "Written translation was bought separately and cost £27,880.",
        ],
        "The Trust can confirm that it holds its spend on interpreting and translation.",
    ),
    Topic(
        "Does the Trust use an electronic system to record controlled drugs on its wards?",
        ["Paper controlled drug registers are still used on every ward."],
        "The Trust can confirm that it does not use an electronic controlled drugs register.",
        yes="No",
    ),
    Topic(
        "Please list the names of the consultants who were suspended in the last two years.",
        [
            "Fewer than five consultants were suspended in the period.",
            "Their names are personal data and are withheld under section 40(2) of the Act.",
        ],
        "The Trust can confirm that it holds this information.",
        exemption="40(2)",
    ),
    Topic(
        "What is the contract value and end date of the Trust's car parking management contract?",
        [
            "The contract with Coldfell Parking Solutions ends on 30 September 2026.",
            "The contract value is commercially sensitive and is withheld under section 43(2).",
        ],
        "The Trust can confirm that it has a contract for car parking management.",
        exemption="43(2)",
    ),
    Topic(
        "Please send a copy of the Trust's policy on staff wearing religious dress.",
        [
            "The policy is on the Trust's website under Policies and Procedures, so we rely "
            "on section 21 of the Act.",
        ],
        "The Trust can confirm that it has a dress code policy covering religious dress.",
        exemption="21",
    ),
    Topic(
        "How many incidents of violence against staff in the emergency department were "
        "reported in 2023?",
        ["Staff reported 214 incidents of physical assault and 377 of verbal abuse."],
        "The Trust can confirm that it records these incidents on its risk system.",
    ),
    Topic(
        "Does the Trust have a menopause policy for its staff?",
        [
            "A menopause policy was adopted in June 2023 and menopause cafés run monthly on "
            "each site.",
        ],
        "The Trust can confirm that it has a menopause policy.",
    ),
    Topic(
        "How many nurses left the Trust within their first year of employment in 2023/24?",
        ["Ninety-one nurses left within twelve months of starting."],
        "The Trust can confirm that it holds leaver data by length of service.",
    ),
    Topic(
        "Does the Trust provide free sanitary products in its staff toilets?",
        ["The products are not provided at present but a trial is planned for 2025."],
        "The Trust can confirm that it does not currently provide these products.",
        yes="No",
    ),
    Topic(
        "Please give the number of IT servers the Trust runs and the locations of its data "
        "centres.",
        [
            "We are not disclosing this, as it would help an attack on the Trust's systems; "
            "section 31(1)(a) applies.",
        ],
        "The Trust can confirm that it holds this information.",
        exemption="31(1)(a)",
    ),
]

# Follow-up questions a REFBACK letter answers only by pointing to an earlier answer.
FOLLOW_UPS = [
    "Is this information broken down by hospital site?",
    "Could you also break this figure down by financial year?",
    "Please confirm whether this information is published anywhere.",
]
REFER = ("Please see the answer to question {n}.", "See our response to question {n} above.")

ADDITIONAL = (
    [
        "Additional information",
        "Figures in this response are taken from live systems and may change slightly as "
        "records are validated.",
        "Where a figure of fewer than five is given, it has not been broken down further to "
        "protect individuals.",
    ],
    [
        "Further information",
        "The Trust publishes its responses to requests in a disclosure log; this reply "
        "will appear there with your personal details removed.",
    ],
)

CLOSINGS = {
    "review": (
        "Should you be unhappy with how your request has been handled, please write to "
        "the Freedom of Information Lead within two months and we will carry out a review.",
        "You may ask for an internal review of this response by replying to this letter "
        "and stating the reasons you are dissatisfied.",
    ),
    "regulator": (
        "After our review, if you remain dissatisfied, the Information Commissioner's "
        "Office can look into the matter for you.",
        "A complaint to the Information Commissioner's Office can follow once the internal "
        "review has concluded.",
    ),
}
SIGNATURES = (
    ["With kind regards", "Morwenna Tresillian", "Freedom of Information Lead"],
    ["Kind regards", "Declan Ashworth-Mbeki", "Information Access Coordinator"],
)


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def _th(d: int) -> str:
    return "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def short_ordinal_date(iso: str) -> str:
    """'5th Mar 2024'"""
    d, m, y = _dmy(iso)
    return f"{d}{_th(d)} {MONTHS.split()[m - 1][:3]} {y}"


def dotted_date(iso: str) -> str:
    """'5.3.2024'"""
    d, m, y = _dmy(iso)
    return f"{d}.{m}.{y}"


def month_first_date(iso: str) -> str:
    """'March 5th, 2024'"""
    d, m, y = _dmy(iso)
    return f"{MONTHS.split()[m - 1]} {d}{_th(d)}, {y}"


DATE_FORMS = (short_ordinal_date, dotted_date, month_first_date)
