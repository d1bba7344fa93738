"""The words of held-out set M's FOI letters: topics (question, answer paragraphs, a
short section title, whether the information is held, the department that supplied
it, the exemption applied), closings and signatures; and how the letters print set M's
date forms ("5/3/24", "5 Mar 24", "Tuesday 5th March 2024", "05.03.24").

Written fresh for set M without reading the parser's vocabulary, rules or model,
without reusing sets D to K's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    title: str  # a short section title ("Speech therapy staffing")
    dept: str  # the department that supplied the answer
    held: bool = True
    exemption: str | None = None  # the FOIA section the answer applies, e.g. "40(2)"


TOPICS: list[Topic] = [
    Topic(
        "How many speech and language therapists work in the Trust's stroke service?",
        ["The stroke service has 9 speech and language therapists (7.6 WTE) in post."],
        "Stroke therapy staffing",
        "Workforce Information",
    ),
    Topic(
        "What was the Trust's total expenditure on bottled water for staff in 2023/24?",
        [
            "The Trust spent £11,482 on bottled water in 2023/24.",
            "Most of this was for the two summer heat-health alerts.",
        ],
        "Bottled water",
        "Finance",
    ),
    Topic(
        "How many mattresses did the Trust replace because of fluid ingress last year?",
        ["Our bed management team replaced 316 mattresses after failed fluid-ingress checks."],
        "Mattress replacement",
        "Estates and Facilities",
    ),
    Topic(
        "Does the Trust keep a record of how long patients wait for a wheelchair "
        "assessment in the emergency department?",
        [
            "No such record exists: wheelchair waits in the emergency department are not "
            "timed or logged separately, so we do not hold this information.",
        ],
        "Wheelchair waits",
        "Urgent and Emergency Care",
        held=False,
    ),
    Topic(
        "Please give the number of patients referred to the Trust's long COVID clinic "
        "who were under 18.",
        [
            "The Trust's long COVID clinic only accepts adults, and referrals for children "
            "go to a regional service, so the Trust holds no figures for under-18s.",
        ],
        "Long COVID referrals",
        "Community Services",
        held=False,
    ),
    Topic(
        "What is the annual cost of the Trust's subscription to its rostering software?",
        [
            "The rostering system is supplied by Tallyrun Workforce Ltd.",
            "The annual subscription cost is commercially sensitive and is withheld under "
            "section 43(2) of the Act.",
        ],
        "Rostering software",
        "Digital Services",
        exemption="43(2)",
    ),
    Topic(
        "Please name each consultant anaesthetist who declared private practice income in 2023.",
        [
            "Fourteen consultant anaesthetists made a declaration of private practice in 2023.",
            "Their names are personal data, and disclosure would breach the data protection "
            "principles, so they are exempt under section 40(2).",
        ],
        "Private practice declarations",
        "Medical Staffing",
        exemption="40(2)",
    ),
    Topic(
        "Can you send me the Trust's latest gender pay gap report?",
        [
            "The report is published on the Trust's website on the Equality and diversity "
            "page, so it is exempt under section 21 because it is already accessible to you.",
        ],
        "Gender pay gap report",
        "People and Culture",
        exemption="21",
    ),
    Topic(
        "How many window restrictors were found to be faulty in the last twelve months?",
        ["Routine inspections found 23 faulty window restrictors, all repaired within 48 hours."],
        "Window restrictors",
        "Estates and Facilities",
    ),
    Topic(
        "How many nights did the Trust open its winter escalation ward in 2023/24?",
        ["The escalation ward was open for 97 nights between November 2023 and March 2024."],
        "Winter escalation",
        "Operations",
    ),
    Topic(
        "Does the Trust hold data on how many staff use the cycle-to-work scheme by ethnicity?",
        [
            "The cycle-to-work scheme is run by an external salary sacrifice provider and "
            "the Trust does not record scheme members' ethnicity, so this is not held.",
        ],
        "Cycle to work",
        "People and Culture",
        held=False,
    ),
    Topic(
        "What were the findings of the internal audit of the Trust's pharmacy stock "
        "controls completed this year?",
        [
            "The audit report will be presented to the Audit Committee in public session "
            "next quarter and is withheld until then under section 22(1), as information "
            "intended for future publication.",
        ],
        "Pharmacy stock audit",
        "Pharmacy",
        exemption="22(1)",
    ),
    Topic(
        "How many hours did the Trust's chaplaincy team provide on the wards in December 2023?",
        [
            "Chaplains and volunteers gave 412 hours of ward visiting in December 2023.",
            "This includes 36 hours on Christmas Day.",
        ],
        "Chaplaincy",
        "Patient Experience",
    ),
    Topic(
        "How many laptops were reported lost or stolen by staff during 2023?",
        ["Staff reported 19 laptops lost and 6 stolen in 2023; all were encrypted."],
        "Lost laptops",
        "Digital Services",
    ),
]

CLOSINGS = {
    "review": (
        "You have the right to ask for this decision to be looked at again. Write to the "
        "Head of Information Governance within two months and a senior officer not "
        "involved in this reply will review it.",
        "Unhappy with our reply? Ask us for an internal review by e-mail, quoting the "
        "reference above, and we will respond within twenty working days.",
    ),
    "regulator": (
        "Once our review is finished you can also refer the matter to the Information "
        "Commissioner, who regulates the Freedom of Information Act.",
        "The Information Commissioner can be asked to decide whether we have handled the "
        "request properly, usually after our own review.",
    ),
}
SIGNATURES = (
    ["Best wishes", "Imogen Valcourt", "Disclosure Officer"],
    ["Regards", "Tobias Fenwright", "Information Access Manager"],
)


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def short_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d}/{m}/{y % 100:02d}"


def abbr_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1][:3]} {y % 100:02d}"


def weekday_ordinal_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{dt.date(y, m, d).strftime('%A')} {d}{suffix} {MONTHS.split()[m - 1]} {y}"


def dotted_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}.{m:02d}.{y % 100:02d}"


DATE_FORMS = (short_date, abbr_date, weekday_ordinal_date, dotted_date)
