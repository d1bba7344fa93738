"""The words of held-out set T's FOI letters: topics (question, two answer paragraphs,
the answer a follow-up letter first gave, a status a status-column table prints, a
small table of counts with its total and the note beneath it, the exemption applied),
the related requests a disclosure page lists in its sidebar, the source lines printed
under answers, closings and signatures; and how the letters print set T's date forms
("05 Mar. 2024", "Mar 5, 2024", "the 5th day of March 2024").

Written fresh for set T without reading the parser's vocabulary, rules or model,
without reusing sets D to S's wordings, and without copying any corpus letter:
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
    earlier: str  # what the first response said (a follow-up letter quotes it)
    status: str  # the status a status-column table prints beside the answer
    counts: tuple[tuple[str, str], ...]  # (category, number) rows; the total is their sum
    note: str  # the note printed under the table of counts
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many patients waited more than twelve hours in the emergency department "
        "before being admitted during January 2024?",
        (
            "In January 2024, 163 patients waited more than twelve hours from arrival "
            "before they were admitted to a ward.",
            "Most of these waits were for medical beds on the two acute admission units.",
        ),
        "We provided a figure for the whole winter rather than for January alone.",
        "Provided",
        (("Medical admissions", "131"), ("Surgical admissions", "24"), ("Paediatric", "8")),
        "Note: counted from the time of arrival, not from the decision to admit.",
    ),
    Topic(
        "What did the Trust spend on taxis to transport patients home from hospital in 2023/24?",
        (
            "Patient taxi journeys booked by the discharge lounge cost £92,418 in 2023/24.",
            "Journeys booked by individual wards are not recorded separately.",
        ),
        "We gave the total spend on all patient transport.",
        "Provided",
        (("Discharge lounge", "2,611"), ("Out-of-hours desk", "487"), ("Renal unit", "356")),
        "Note: the numbers are journeys, not patients; some patients travelled more than once.",
    ),
    Topic(
        "How many midwives left the Trust in the twelve months to March 2024?",
        (
            "Forty-four midwives left the Trust between April 2023 and March 2024.",
            "Twelve of them retired and nine moved to other NHS trusts.",
        ),
        "We said the figure was held by the regional workforce team.",
        "Provided",
        (("Retirement", "12"), ("Moved to another trust", "9"), ("Other reasons", "23")),
        "Note: headcount, including bank-only midwives who resigned their bank contract.",
    ),
    Topic(
        "Please state the annual value of the Trust's contract for patient meals and "
        "the name of the caterer.",
        (
            "Patient meals are supplied by Fellgate Catering Ltd.",
            "The annual value is commercially sensitive while the contract is being "
            "re-let and is withheld under section 43(2) of the Act.",
        ),
        "We named the caterer but did not address the annual value.",
        "Withheld – s.43(2)",
        (("Main hospital", "3"), ("Community hospitals", "2"), ("Mental health wards", "1")),
        "Note: the table gives the number of kitchens the caterer serves, not the value.",
        "43(2)",
    ),
    Topic(
        "How many security guards are on duty overnight at the Trust's main hospital?",
        (
            "Six security officers are on duty between 10pm and 7am every night.",
            "A seventh officer covers the emergency department at weekends.",
        ),
        "We gave the daytime staffing in error.",
        "Provided",
        (("Emergency department", "2"), ("Main entrance and wards", "3"), ("Car parks", "1")),
        "Note: weekday nights; one more officer is added on Friday and Saturday nights.",
    ),
    Topic(
        "Please give the salary and home town of each consultant suspended since 2021.",
        (
            "Four consultants have been excluded from work since January 2021.",
            "Their salaries and home towns are personal data whose release would be "
            "unfair to them, so they are exempt under section 40(2) of the Act.",
        ),
        "We confirmed the number of exclusions only.",
        "Partly withheld – s.40(2)",
        (("2021", "1"), ("2022", "2"), ("2023", "1")),
        "Note: exclusions under Maintaining High Professional Standards in the Modern NHS.",
        "40(2)",
    ),
    Topic(
        "How many pharmacy dispensing errors reached patients in 2023?",
        (
            "Fifty-one dispensing errors reached patients in 2023.",
            "None caused severe harm; three caused moderate harm and were reviewed by "
            "the medication safety officer.",
        ),
        "We reported prescribing and dispensing errors together.",
        "Provided",
        (("No harm", "39"), ("Low harm", "9"), ("Moderate harm", "3")),
        "Note: errors recorded on the incident system with the dispensing category.",
    ),
    Topic(
        "What is the Trust's policy on staff use of personal mobile phones on wards, "
        "and when was it last reviewed?",
        (
            "The policy on personal devices is published in the Trust's document library "
            "on its public website.",
            "As it is reasonably accessible to you, section 21 of the Act applies; it was "
            "last reviewed in November 2023.",
        ),
        "We sent an out-of-date version of the policy.",
        "Exempt – s.21",
        (("Clinical areas", "4"), ("Non-clinical areas", "2"), ("Visitors", "1")),
        "Note: the table counts the sections of the policy by the areas they cover.",
        "21",
    ),
    Topic(
        "Which firewall products does the Trust use, and when do their licences expire?",
        (
            "The Trust holds the information about its network defences.",
            "Publishing the products and renewal dates would help an attacker and is "
            "withheld under section 31(1)(a) of the Act, as prejudicial to the "
            "prevention of crime.",
        ),
        "We did not confirm whether the information was held.",
        "Withheld – s.31(1)(a)",
        (("Perimeter", "2"), ("Internal segments", "4"), ("Remote access", "1")),
        "Note: the numbers are of devices; products and dates are withheld.",
        "31(1)(a)",
    ),
    Topic(
        "How many category 3 or worse pressure ulcers did patients on the Trust's "
        "district nursing caseload develop in 2023/24?",
        (
            "Twenty-seven category 3 or 4 pressure ulcers developed on the community "
            "caseload in 2023/24.",
            "Each was reviewed by the tissue viability team within 72 hours.",
        ),
        "We gave the inpatient figure instead of the community figure.",
        "Provided",
        (("Category 3", "19"), ("Category 4", "6"), ("Unstageable", "2")),
        "Note: unstageable ulcers are counted as category 3 or above, as national guidance asks.",
    ),
    Topic(
        "How many electric vehicle charging points are there in the Trust's staff car parks?",
        (
            "There are 18 charging points across the staff car parks.",
            "Another 12 are planned for the multi-storey car park in 2025.",
        ),
        "We counted the visitor car park as well.",
        "Provided",
        (("North staff car park", "8"), ("South staff car park", "6"), ("Hub building", "4")),
        "Note: points with two sockets are counted once.",
    ),
    Topic(
        "Does the Trust hold any information on the number of violent incidents against "
        "porters in 2023?",
        (
            "The Trust does not hold this information by job role.",
            "Incidents are recorded by location, and porters are not identified "
            "separately on the incident system.",
        ),
        "We said the information was held and would follow.",
        "Not held",
        (("Wards", "0"), ("Corridors", "0"), ("Loading bay", "0")),
        "Note: nil return; no incident is recorded against the porter role.",
    ),
]

# A disclosure page's sidebar: other published requests, in no item.
RELATED = (
    "FOI 23/881 – Agency spend on locum radiologists",
    "FOI 23/904 – Hospital parking permits for carers",
    "FOI 24/017 – Energy use at the main hospital site",
    "FOI 24/052 – Cancelled outpatient clinics",
)

# The line printed under each answer naming where it came from, in no answer.
SOURCES = (
    "Source: the Trust's electronic patient record, searched {d}.",
    "Source: the finance ledger and the workforce system, as at {d}.",
)

# The paragraph a follow-up letter opens with, and an internal preamble: in no answer.
FOLLOWUP_INTRO = (
    "You wrote again after our first reply asking us to look once more at some of "
    "our answers; each earlier answer is quoted below with our fuller reply after it.",
    "Having considered your further e-mail, we set out below the points you raised, "
    "what we said before, and our additional response.",
)
POINTS_INTRO = (
    "You wrote to us as follows:",
    "Your e-mail to the Information Governance mailbox read:",
)
POINTS_PREAMBLE = (
    "I am researching hospital services in the region and would be grateful for the "
    "following under the FOI Act:",
    "Under the Freedom of Information Act please could you tell me",
)

CLOSINGS = {
    "review": (
        "If you are dissatisfied with this response you may ask the Trust to review it; "
        "write to the Information Rights Manager within two months of today.",
        "You can ask for the handling of your request to be looked at again by a senior "
        "officer who played no part in it; simply reply to this letter.",
    ),
    "regulator": (
        "Should the review not resolve matters, the Information Commissioner can be "
        "asked to decide whether the Trust has complied with the Act.",
        "Beyond our own review, the Information Commissioner's Office may investigate "
        "a complaint about how we handled your request.",
    ),
}
SIGNATURES = (
    ["Yours faithfully", "Ottoline Marsh-Adeyemi", "Information Rights Officer"],
    ["Many thanks", "Florian Dacre", "Disclosure Team Leader"],
)


def dotted_month_date(iso: str) -> str:
    """'05 Mar. 2024'"""
    d, m, y = _dmy(iso)
    return f"{d:02d} {MONTHS.split()[m - 1][:3]}. {y}"


def us_date(iso: str) -> str:
    """'Mar 5, 2024'"""
    d, m, y = _dmy(iso)
    return f"{MONTHS.split()[m - 1][:3]} {d}, {y}"


def day_of_date(iso: str) -> str:
    """'the 5th day of March 2024'"""
    d, m, y = _dmy(iso)
    return f"the {d}{_th(d)} day of {MONTHS.split()[m - 1]} {y}"


DATE_FORMS = (dotted_month_date, us_date, day_of_date)
