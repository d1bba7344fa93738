"""The words of held-out set U's FOI letters: topics (a question, two answer paragraphs,
the FOIA section applied), topics answered by a small table of figures (its column
heads and rows), topics answered a figure a financial year, requested items answered
by a short value ('label: value'), closings and signatures; and set U's date forms
("05-Mar-2024", "Tuesday 5th March 2024", "5 MARCH 2024").

Written fresh for set U without reading the parser's vocabulary, rules or model,
without reusing sets D to T's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from benchmarks.heldout_q.foi_q_text import _dmy, _th  # set Q's date pieces, imported

MONTHS = "January February March April May June July August September October November December"
YEARS = ("2021/22", "2022/23", "2023/24")


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, str]  # two paragraphs
    exemption: str | None = None  # the FOIA section the answer applies


@dataclass(frozen=True)
class Figures:
    question: str
    head: tuple[str, str]  # the answer table's column heads
    rows: tuple[tuple[str, str], ...]  # (what, how many)


@dataclass(frozen=True)
class Yearly:
    question: str
    figures: tuple[str, str, str]  # one a financial year, YEARS' order


@dataclass(frozen=True)
class Item:
    label: str  # the requested item as the letter names it
    value: str  # its answer as printed after the colon
    exemption: str | None = None


TOPICS: list[Topic] = [
    Topic(
        "Does the Trust use an external company to manage its outpatient appointment "
        "reminders by text message, and if so which company?",
        (
            "Yes. Outpatient reminders are sent by Pennant Messaging Ltd under a contract "
            "awarded in 2022.",
            "Reminders go out seven days and again two days before each appointment.",
        ),
    ),
    Topic(
        "How many beds on the Trust's stroke unit were closed for refurbishment in 2023?",
        (
            "Eight of the unit's twenty-eight beds were closed from June to September 2023.",
            "Patients were cared for on the neighbouring rehabilitation ward meanwhile.",
        ),
    ),
    Topic(
        "Please provide the names and direct e-mail addresses of the Trust's ward "
        "managers in the surgical division.",
        (
            "The surgical division has eleven ward managers; their posts are listed on "
            "the Trust's organisation chart.",
            "Their names and direct e-mail addresses are personal data and are withheld "
            "under section 40(2); they can be reached through the division's office.",
        ),
        "40(2)",
    ),
    Topic(
        "What rate per hour does the Trust pay its main supplier of agency radiographers?",
        (
            "The Trust uses one framework supplier for agency radiographers.",
            "The hourly rate agreed with that supplier would prejudice its commercial "
            "position and the Trust's if released, so it is withheld under section 43(2).",
        ),
        "43(2)",
    ),
    Topic(
        "Has the Trust carried out an audit of hand hygiene on its children's wards "
        "since April 2023?",
        (
            "Yes. Monthly hand hygiene audits are carried out on both children's wards.",
            "Compliance averaged 96 per cent over the twelve months to March 2024.",
        ),
    ),
    Topic(
        "How many complaints did the Trust receive about car parking charges in 2023/24?",
        (
            "The patient advice and liaison service logged 74 complaints about parking "
            "charges in 2023/24.",
            "A further 19 concerned the availability of disabled spaces.",
        ),
    ),
    Topic(
        "Please send a copy of the Trust's business continuity plan for a cyber attack.",
        (
            "The Trust holds a business continuity plan covering loss of its IT systems.",
            "Its release would help anyone planning an attack and it is withheld under "
            "section 31(1)(a), as likely to prejudice the prevention of crime.",
        ),
        "31(1)(a)",
    ),
    Topic(
        "Which interpreting languages were requested most often by the maternity service in 2023?",
        (
            "Polish, Romanian and Urdu were the three languages requested most often.",
            "Together they made up just over half of all maternity interpreting bookings.",
        ),
    ),
    Topic(
        "Does the Trust employ a dedicated learning disability liaison nurse?",
        (
            "Yes. The Trust employs two learning disability liaison nurses, one at each acute site.",
            "They are available on weekdays and can be contacted through switchboard.",
        ),
    ),
    Topic(
        "How much did the Trust spend on bottled water for staff in 2023/24?",
        (
            "The Trust does not buy bottled water for staff.",
            "Chilled water fountains are provided in every staff rest area instead.",
        ),
    ),
]

FIGURES: list[Figures] = [
    Figures(
        "How many hip fracture patients had surgery within 36 hours of admission in 2023?",
        ("Hospital", "Patients"),
        (("Kingsmead General", "212"), ("Aldervale Community Hospital", "38")),
    ),
    Figures(
        "How many nursing vacancies did the Trust have on 31 March 2024, by directorate?",
        ("Directorate", "Vacancies (WTE)"),
        (("Medicine", "64.2"), ("Surgery", "41.8"), ("Women and children", "17.5")),
    ),
    Figures(
        "How many patients were discharged before midday in March 2024?",
        ("Ward type", "Discharges before 12:00"),
        (("Medical wards", "388"), ("Surgical wards", "251"), ("Elderly care", "97")),
    ),
    Figures(
        "How many ambulance handovers at the Trust took longer than sixty minutes in 2023/24?",
        ("Quarter", "Handovers over 60 minutes"),
        (
            ("April to June", "412"),
            ("July to September", "367"),
            ("October to December", "645"),
            ("January to March", "588"),
        ),
    ),
    Figures(
        "How many incidents of aggression towards staff were reported in 2023, by type?",
        ("Type of incident", "Reports"),
        (("Verbal abuse", "1,046"), ("Physical assault", "219"), ("Sexual harassment", "33")),
    ),
    Figures(
        "How many never events did the Trust declare in each of the last two years?",
        ("Year", "Never events"),
        (("2022/23", "3"), ("2023/24", "2")),
    ),
]

YEARLY: list[Yearly] = [
    Yearly("How much did the Trust spend on agency medical staff?", ("£6.41m", "£7.02m", "£5.37m")),
    Yearly(
        "How many patients were admitted to hospital from care homes?", ("1,284", "1,351", "1,420")
    ),
    Yearly("How many formal complaints did the Trust receive?", ("611", "702", "655")),
    Yearly(
        "What was the Trust's spend on translation and interpreting?",
        ("£388,200", "£402,950", "£451,030"),
    ),
    Yearly("How many staff were dismissed following a disciplinary hearing?", ("14", "9", "17")),
    Yearly(
        "How many patients left the emergency department before being seen?",
        ("4,905", "5,612", "6,018"),
    ),
    Yearly(
        "How many operations were cancelled on the day for non-clinical reasons?",
        ("733", "690", "812"),
    ),
    Yearly(
        "How many claims for clinical negligence were made against the Trust?", ("41", "37", "46")
    ),
]

ITEMS: list[Item] = [
    Item("Number of adult critical care beds", "18"),
    Item("Number of neonatal cots", "24, of which 6 are intensive care cots"),
    Item("Electronic patient record system in use", "Cortland EPR, version 11"),
    Item("Date the current patient record contract ends", "31 October 2027"),
    Item("Annual cost of the patient record contract", "Withheld under section 43(2)", "43(2)"),
    Item("Number of whole-time equivalent pharmacists", "52.6"),
    Item("Name of the Trust's Caldicott Guardian", "Dr Imelda Rusk, Medical Director"),
    Item("Number of operating theatres", "14 (including 2 day-case theatres)"),
    Item("Main provider of the Trust's staff bank", "Held in-house; no external provider"),
    Item("Number of hospital sites with a helipad", "1"),
]

# The paragraph in front of the 'label: value' lines and the summary before the answers.
ITEMS_INTRO = (
    "The information you requested is set out below.",
    "We have answered each item you listed as follows.",
)

CLOSINGS = {
    "review": (
        "If you are unhappy with the way your request has been handled you may request "
        "an internal review by writing to the Head of Information Governance within 40 "
        "working days.",
        "Any request for a review of this decision should be sent to the FOI team, "
        "quoting the reference above.",
    ),
    "regulator": (
        "You also have the right to complain to the Information Commissioner's Office "
        "once the internal review process has been completed.",
        "If you remain dissatisfied after the review you may refer the matter to the "
        "Information Commissioner at Wycliffe House, Water Lane, Wilmslow.",
    ),
}
SIGNATURES = (
    ["Yours sincerely", "Petronella Ashdown", "Freedom of Information Lead"],
    ["Regards", "Cosmo Ferreira-Lund", "Information Governance Officer"],
)


def excel_date(iso: str) -> str:
    """'05-Mar-2024'"""
    d, m, y = _dmy(iso)
    return f"{d:02d}-{MONTHS.split()[m - 1][:3]}-{y}"


def weekday_ordinal_date(iso: str) -> str:
    """'Tuesday 5th March 2024'"""
    d, m, y = _dmy(iso)
    return f"{dt.date(y, m, d):%A} {d}{_th(d)} {MONTHS.split()[m - 1]} {y}"


def capital_date(iso: str) -> str:
    """'5 MARCH 2024'"""
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1].upper()} {y}"
