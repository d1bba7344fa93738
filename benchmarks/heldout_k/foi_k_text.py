"""The words of held-out set K's FOI letters: topics (question, answer paragraphs,
exemption), numeric topics answered year by year or site by site, procurement items
answered in one table row, citation wordings, closings and signatures; and how the
letters print them: set K's date forms, a section in the CITES letters' wording, and
a scanned letter's hyphenated line wrapping.

Written fresh for set K without reading the parser's vocabulary, rules or model,
without reusing sets D to J's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"
WRAP = 58  # characters a line of a scanned letter


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    exemption: str | None = None  # the FOIA section the answer applies, e.g. "40(2)"


TOPICS: list[Topic] = [
    Topic(
        "How many podiatrists were employed by the Trust at the end of March 2024?",
        ["At 31 March 2024 the Trust employed 27 podiatrists, 22.4 whole-time equivalent."],
    ),
    Topic(
        "What is the current waiting time for a first appointment with the adult dyslexia "
        "assessment service?",
        [
            "The Trust does not provide an adult dyslexia assessment service, so this "
            "information is not held.",
            "Assessments of this kind are usually arranged through a college or employer.",
        ],
    ),
    Topic(
        "Please state the number of theatre sessions cancelled on the day in January 2024.",
        ["In January 2024 there were 41 theatre sessions cancelled on the day of surgery."],
    ),
    Topic(
        "Which company supplies the Trust's patient meal service, and when does the contract end?",
        [
            "The patient meal service is supplied by Harvest Table Catering Ltd under a contract "
            "that ends on 30 September 2026.",
            "The contract value is withheld under section 43(2) because its release would be "
            "likely to prejudice the supplier's commercial interests.",
        ],
        "43(2)",
    ),
    Topic(
        "Provide the job titles and names of the staff who sit on the Trust's discharge "
        "review panel.",
        [
            "The panel has six members: a consultant geriatrician, two ward sisters, a social "
            "worker, a pharmacist and an occupational therapist.",
            "Their names are personal data and are withheld under section 40(2).",
        ],
        "40(2)",
    ),
    Topic(
        "Please send me the Trust's policy on the use of personal mobile phones on wards.",
        [
            "The policy is published on our website under Policies and procedures, and is "
            "therefore exempt under section 21 as it is reasonably accessible to you.",
        ],
        "21",
    ),
    Topic(
        "Please provide the results of the Trust's 2024 staff car parking survey.",
        [
            "The survey closed in May 2024 and its results will be published in the autumn "
            "Estates report, so they are withheld under section 22(1) until then.",
        ],
        "22(1)",
    ),
    Topic(
        "How many complaints about hospital food did the Trust receive in 2023?",
        ["We received 58 complaints about food in 2023, 19 of them about menu choice."],
    ),
    Topic(
        "Does the Trust operate a staff nursery, and if so how many places does it have?",
        ["Yes. The staff nursery at the main hospital has 72 places for children under five."],
    ),
    Topic(
        "How many interpreters were booked for outpatient appointments in 2023/24?",
        [
            "Interpreters were booked for 6,214 outpatient appointments in 2023/24.",
            "Of these, 1,887 were British Sign Language bookings.",
        ],
    ),
    Topic(
        "What was the Trust's spend on taxis for patient transport in 2023/24?",
        ["The Trust spent £186,302 on taxis for patients in 2023/24."],
    ),
    Topic(
        "How many electric vehicle charging points are there on Trust sites?",
        ["There are 34 charging points, 12 of them reserved for pool and fleet vehicles."],
    ),
]

# Questions whose search would cost more than the limit: (question, refusal).
COSTLY: list[tuple[str, str]] = [
    (
        "For every inpatient fall since 2015, please give the ward, the time of day and "
        "whether the patient was injured.",
        "Falls before 2019 were recorded on paper incident forms. We estimate that reading "
        "the 3,900 forms would take over 60 hours, beyond the 18 hours (£450) allowed, so "
        "section 12 applies and we will not answer this part.",
    ),
    (
        "Please provide copies of all e-mails sent by the estates team that mention the "
        "word 'asbestos' in the last five years.",
        "Estates staff hold some 40 separate mailboxes. Searching and reviewing them would "
        "exceed the appropriate limit of £450, and section 12 of the Act therefore applies "
        "to this question.",
    ),
    (
        "List every prescription for melatonin issued to a child by the Trust since 2016, "
        "with the prescriber's specialty.",
        "Prescribing records before 2021 are held in each clinic's own paper files. "
        "Retrieving them would cost well over the £450 limit, so this part is refused "
        "under section 12.",
    ),
]
ADVICE = (
    "Advice and assistance: under section 16 of the Act we suggest narrowing a refused "
    "part to the last two financial years, which we could search within the limit."
)

# Numeric topics answered in a small table: (question, measure, unit prefix, low, high).
NUMERIC: list[tuple[str, str, str, int, int]] = [
    (
        "How much did the Trust spend on agency healthcare assistants in each of the last "
        "three financial years?",
        "Agency healthcare assistants",
        "£",
        400_000,
        2_500_000,
    ),
    (
        "How many patients waited more than 12 hours in the emergency department in each of "
        "the last three years?",
        "Patients waiting over 12 hours",
        "",
        300,
        4000,
    ),
    (
        "What was the number of reported violent incidents against staff per year for the "
        "last three years?",
        "Violent incidents reported",
        "",
        80,
        900,
    ),
    (
        "Please give the annual income from staff and visitor car parking for the last three "
        "years.",
        "Car parking income",
        "£",
        200_000,
        1_800_000,
    ),
    (
        "How many clinical negligence claims were opened against the Trust in each of the "
        "last three years?",
        "Claims opened",
        "",
        15,
        120,
    ),
    (
        "How many beds were closed because of norovirus in each of the last three winters?",
        "Bed closures (norovirus)",
        "",
        20,
        400,
    ),
]
YEARS = ("2021/22", "2022/23", "2023/24")

# Questions answered site by site: (question, unit after the number).
PER_SITE: list[tuple[str, str]] = [
    ("How many car parking spaces are there for staff at each of your hospitals?", "spaces"),
    ("How many defibrillators are installed at each site?", "defibrillators"),
    ("How many adult inpatient beds does each hospital have?", "beds"),
    ("How many vacancies for registered nurses were there at each hospital in June 2024?", "WTE"),
    ("How many hand sanitiser stations are fitted at each site?", "stations"),
    ("How many patient lifts are out of service at each hospital today?", "lifts"),
]

# Procurement items answered in one table row: (requested item, column heading, answers).
PROCUREMENT: list[tuple[str, str, tuple[str, str]]] = [
    (
        "The name of the supplier of your electronic patient record system.",
        "Supplier",
        ("Meridian Clinical Systems", "Oakfield Health Software"),
    ),
    ("The date the current contract started.", "Start date", ("1 April 2021", "1 October 2019")),
    (
        "The date the current contract expires.",
        "Expiry date",
        ("31 March 2027", "30 September 2025"),
    ),
    ("The total value of the contract.", "Contract value", ("£4,850,000", "£2,310,000")),
    (
        "The procurement route used to award the contract.",
        "Route",
        ("Crown Commercial Service framework", "open tender"),
    ),
    (
        "The job title of the contract owner.",
        "Contract owner",
        ("Chief Digital Officer", "Head of IM&T"),
    ),
]

CLOSINGS = {
    "review": (
        "Should you be unhappy with how your request was handled, you may ask for an "
        "internal review by writing to the Information Governance Manager within forty "
        "working days of this letter.",
        "If you would like us to look at our reply again, please contact the Freedom of "
        "Information Officer and ask for a review of the decision.",
    ),
    "regulator": (
        "After a review you may also take your complaint to the Information Commissioner, "
        "whose office is in Wilmslow and whose website explains how.",
        "The Information Commissioner's Office can consider your case once our own review "
        "process has been completed.",
    ),
    "reuse": (
        "Much of what we release may be re-used under the Open Government Licence.",
        "Please ask us before republishing any material in which a third party holds rights.",
    ),
}
SIGNATURES = (
    ["With kind regards", "Harriet Quennell", "Freedom of Information Lead"],
    ["Yours faithfully", "Owain Treharne", "Information Rights Coordinator"],
)


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def dash_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}-{MONTHS.split()[m - 1][:3]}-{y}"


def ordinal_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix} of {MONTHS.split()[m - 1]} {y}"


def caps_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d} {MONTHS.split()[m - 1].upper()} {y}"


def weekday_slash_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{dt.date(y, m, d).strftime('%a')} {d:02d}/{m:02d}/{y}"


DATE_FORMS = (dash_date, ordinal_date, caps_date, weekday_slash_date)


def cite(text: str, section: str | None, v: int) -> str:
    """A section as the CITES letters word it: "s.43(2)" or "section 43, subsection (2)"."""
    if not section:
        return text
    main, _, sub = section.partition("(")
    if v == 0:
        words = f"s.{section}"
    else:
        words = f"section {main}, subsection ({sub}" if sub else f"FOIA s{main}"
    return text.replace(f"section {section}", words)


def wrap(text: str, width: int = WRAP) -> list[str]:
    """Lines of at most about `width` characters, a long word hyphenated at the end of a
    line as a typist's or OCR's text is (never a word that has a hyphen of its own)."""
    lines, line = [], ""
    for word in text.split():
        room = width - len(line) - (1 if line else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line else word
            continue
        if room >= 5 and len(word) >= 8 and word.isalpha():
            cut = min(room - 1, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
            line = word[cut:]
            continue
        lines.append(line)
        line = word
    return [*lines, line] if line else lines
