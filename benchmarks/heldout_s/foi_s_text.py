"""The words of held-out set S's FOI letters: topics (question, two answer paragraphs,
a one-line summary answer, the department a letter files it under, the exemption
applied), the refusal of a whole request on cost and its advice, the narrative a
summary letter opens with, closings and signatures; and how the letters print set S's
date forms ("5.3.2024", "5 Mar 24", "March 5th 2024").

Written fresh for set S without reading the parser's vocabulary, rules or model,
without reusing sets D to R's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.heldout_q.foi_q_text import _dmy, _th  # set Q's date pieces, imported

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, str]  # two paragraphs
    brief: str  # the one-line answer a summary gives
    department: str  # the department a regrouped letter files it under
    exemption: str | None = None  # the FOIA section the answer (and the brief) applies


TOPICS: list[Topic] = [
    Topic(
        "How many hospital beds were closed because of norovirus on the Trust's wards "
        "during the winter of 2023/24?",
        (
            "Between December 2023 and February 2024 a total of 214 bed days were lost "
            "to norovirus closures.",
            "The worst week was at the start of January, when two elderly care wards "
            "were closed to admissions for five days.",
        ),
        "214 bed days lost between December 2023 and February 2024.",
        "Infection prevention",
    ),
    Topic(
        "What was the Trust's spend on interpreting and translation services in 2023/24?",
        (
            "Face-to-face and telephone interpreting cost £286,150 in 2023/24.",
            "Written translation of leaflets and letters cost a further £19,730.",
        ),
        "£305,880 in 2023/24, of which £19,730 was written translation.",
        "Finance",
    ),
    Topic(
        "How many complaints about hospital car parking charges were made to the Trust in 2023?",
        (
            "The Patient Advice and Liaison Service logged 57 complaints about parking "
            "charges in 2023.",
            "Most concerned the pay machines at the main entrance, which were replaced in October.",
        ),
        "57 complaints in 2023.",
        "Estates and facilities",
    ),
    Topic(
        "Does the Trust employ any staff on zero-hours contracts, and if so how many?",
        (
            "The Trust does not use zero-hours contracts.",
            "Flexible work is offered through the staff bank, which 1,240 people had "
            "joined at 31 March 2024.",
        ),
        "Nil return: no zero-hours contracts are used.",
        "People and organisational development",
    ),
    Topic(
        "How many ambulance handovers at the Trust's emergency department took longer "
        "than sixty minutes in March 2024?",
        (
            "In March 2024 there were 38 handovers that took longer than sixty minutes.",
            "The longest wait recorded that month was two hours and twelve minutes.",
        ),
        "38 handovers in March 2024.",
        "Urgent and emergency care",
    ),
    Topic(
        "Please provide the contract value and expiry date of the Trust's contract for "
        "clinical waste collection.",
        (
            "Clinical waste is collected by Harrowfield Environmental Ltd under a contract "
            "that expires on 30 September 2026.",
            "The contract value would reveal the supplier's pricing ahead of a "
            "re-tender and is withheld under section 43(2) of the Act.",
        ),
        "Withheld under section 43(2); the contract expires on 30 September 2026.",
        "Estates and facilities",
        "43(2)",
    ),
    Topic(
        "Please give the names and job titles of staff disciplined for misuse of patient "
        "records since 2022.",
        (
            "Seven members of staff have been through the disciplinary procedure for "
            "inappropriate access to records since January 2022.",
            "Naming them would disclose their personal data unfairly, so their names and "
            "job titles are exempt under section 40(2) of the Act.",
        ),
        "Seven staff; names and job titles withheld under section 40(2).",
        "People and organisational development",
        "40(2)",
    ),
    Topic(
        "Please send the Trust's latest annual accounts.",
        (
            "The annual accounts for 2022/23 are published on the Trust's website under "
            "Publications.",
            "Because they are already reasonably accessible to you, section 21 of the Act "
            "applies and we have not attached them.",
        ),
        "Published on our website; exempt under section 21.",
        "Finance",
        "21",
    ),
    Topic(
        "How many cyber security incidents did the Trust report to NHS England in 2023, "
        "and what systems were affected?",
        (
            "The Trust reported three incidents to NHS England in 2023.",
            "Naming the systems affected would be likely to prejudice the prevention of "
            "crime, so that detail is withheld under section 31(1)(a) of the Act.",
        ),
        "Three incidents; the systems affected withheld under section 31(1)(a).",
        "Digital services",
        "31(1)(a)",
    ),
    Topic(
        "How many falls resulting in a hip fracture occurred on the Trust's inpatient "
        "wards in 2023?",
        (
            "Nineteen inpatient falls in 2023 resulted in a fractured neck of femur.",
            "Each was investigated under the Patient Safety Incident Response Framework.",
        ),
        "19 falls with hip fracture in 2023.",
        "Quality and safety",
    ),
    Topic(
        "How much did the Trust pay in compensation for lost patient property in 2023/24?",
        (
            "No compensation was paid for lost patient property in 2023/24.",
            "Claims of this kind are handled by the Patient Experience team and none "
            "were upheld in the year.",
        ),
        "Nil return.",
        "Finance",
    ),
    Topic(
        "How many wheelchairs are available for patients and visitors at the main "
        "hospital entrance?",
        (
            "There are 22 wheelchairs at the main entrance, released with a £1 coin.",
            "A porter checks and returns them to the bays every two hours.",
        ),
        "22 wheelchairs.",
        "Estates and facilities",
    ),
]

# The refusal of a whole request on cost: the one paragraph that answers every question
# (two variants), and the section 16 advice printed after it, in no answer.
REFUSALS = (
    "We estimate that locating, retrieving and extracting the information for all of "
    "your questions would take about 41 hours, well above the 18-hour appropriate limit, "
    "so under section 12 of the Act the Trust is not obliged to comply with the request.",
    "Complying with this request would exceed the £450 cost limit set for the Trust: "
    "the records sit in four separate systems and would have to be checked one by one, "
    "so section 12 of the Act applies to the request as a whole.",
)
ADVICE = (
    "You may wish to narrow your request, for example to a single year or a single "
    "hospital site, which would be likely to bring it within the limit.",
    "If you resubmit asking only about the last twelve months, or only about the "
    "emergency department, we expect we could answer it.",
)

# The narrative a summary letter opens with: how the reply was put together, in no answer.
NARRATIVE = (
    "Your request was passed to the finance, estates, workforce and patient safety "
    "teams, each of which searched its own systems for the years you named.",
    "Where a team holds nothing, we say so; a nil return means the Trust searched and "
    "found no information of the kind described.",
    "Figures are taken from the Trust's records as they stood on the day of the search "
    "and may differ slightly from published statistics.",
)

CLOSINGS = {
    "review": (
        "Should you be unhappy with how we dealt with your request, write to the Head of "
        "Information Governance within forty working days and ask for an internal review.",
        "An internal review is available on request; please email us within 40 working "
        "days of receiving this reply, quoting the reference above.",
    ),
    "regulator": (
        "After an internal review you may take your complaint to the Information "
        "Commissioner's Office, which can be contacted through its website.",
        "The Information Commissioner regulates the Act and can consider your complaint "
        "once our internal procedures have been used.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Leontyne Abara-Stone", "FOI Lead"],
    ["With best regards", "Casimir Pellow", "Information Access Co-ordinator"],
)


def point_date(iso: str) -> str:
    """'5.3.2024'"""
    d, m, y = _dmy(iso)
    return f"{d}.{m}.{y}"


def short_year_date(iso: str) -> str:
    """'5 Mar 24'"""
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1][:3]} {y % 100:02d}"


def month_ordinal_date(iso: str) -> str:
    """'March 5th 2024'"""
    d, m, y = _dmy(iso)
    return f"{MONTHS.split()[m - 1]} {d}{_th(d)} {y}"


DATE_FORMS = (point_date, short_year_date, month_ordinal_date)
