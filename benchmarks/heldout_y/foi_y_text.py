"""The words of held-out set Y's FOI letters: three topics (a fictional trust, its
reference and dates, its ordinary questions and answers, the one answer that applies
an exemption, and the replacement question for each answer-content and sub-part cell),
the base closing and its variants, and the date forms the grid prints.

Written fresh for set Y without reading the parser's vocabulary, rules or model,
without reusing sets D to W's wordings, and without copying any corpus letter:
fictional trusts, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class QA:
    question: str
    answer: tuple[str, ...]  # its paragraphs


@dataclass(frozen=True)
class Exempt:
    """The question whose answer applies an exemption: `withheld` holds "{cite}" where
    the citation is printed; `explanation` is the paragraph printed beneath it."""

    question: str
    withheld: str
    section: str
    reason: str
    explanation: str
    s21: str  # the answer when the information is published elsewhere (section 21)


@dataclass(frozen=True)
class Topic:
    trust: str
    address: str
    ref: str
    received: str  # ISO
    responded: str  # ISO
    qas: tuple[QA, ...]  # the ordinary questions, in order
    exempt: Exempt
    exempt_at: int  # where the exempt question stands among the questions
    table: tuple[str, tuple[tuple[str, ...], ...]]  # a question answered by a table only
    bullets: tuple[str, str, tuple[str, ...]]  # question, lead line, bullet lines
    multi: QA  # an answer of three paragraphs
    nil: QA
    not_held: QA
    yes_no: QA
    parts: tuple[str, tuple[tuple[str, str], ...]]  # stem, (part, its answer) each


SPECIAL_AT = 1  # the answer-content and sub-part cells replace the second question

TOPICS: list[Topic] = [
    Topic(
        trust="Harrowden Moor NHS Trust",
        address="Moorgate House, Harrowden HM4 2QD",
        ref="FOI/2024/0317",
        received="2024-03-12",
        responded="2024-04-05",
        qas=(
            QA(
                "How many staff car parking permits did the Trust issue in 2023/24?",
                ("The Trust issued 2,146 staff parking permits in 2023/24.",),
            ),
            QA(
                "What was the total income from patient and visitor car parking in 2023/24?",
                ("Income from patient and visitor parking was £1,382,400 in 2023/24.",),
            ),
            QA(
                "Does the Trust offer free parking to blue badge holders?",
                ("Blue badge holders park free of charge in the marked bays at both sites.",),
            ),
        ),
        exempt=Exempt(
            "What price per hour does the Trust pay the contractor that manages its car parks?",
            "The Trust holds this information but the hourly rate is withheld under {cite}, "
            "as its disclosure would be likely to prejudice the contractor's commercial "
            "interests.",
            "43(2)",
            "commercial interests",
            "This is a qualified exemption. We weighed the public interest in transparency "
            "about public spending against the harm to the contractor's position in future "
            "tenders and concluded that the balance lies in withholding the rate.",
            "The car park management contract, with its rates, is published on Contracts "
            "Finder, so this information is exempt under Section 21 – information accessible "
            "by other means.",
        ),
        exempt_at=3,
        table=(
            "How many penalty charge notices were issued on Trust sites in each of the last "
            "three years?",
            (
                ("Year", "Notices issued"),
                ("2021/22", "612"),
                ("2022/23", "745"),
                ("2023/24", "688"),
            ),
        ),
        bullets=(
            "Which car parks on the main site have electric vehicle charging points?",
            "Charging points are installed in:",
            (
                "Car park A (main entrance) – 6 points",
                "Car park D (maternity) – 4 points",
                "The multi-storey staff car park – 12 points",
            ),
        ),
        multi=QA(
            "Please describe how the Trust allocates staff parking permits.",
            (
                "Permits are allocated by a points system agreed with the staff side.",
                "Points are given for caring responsibilities, shift patterns that end after "
                "the last bus, and distance from the site.",
                "Staff who are refused a permit may appeal to the Estates Manager within "
                "one month.",
            ),
        ),
        nil=QA(
            "How many staff were dismissed for misuse of parking permits in 2023?",
            ("Nil.",),
        ),
        not_held=QA(
            "How many private vehicles were damaged in Trust car parks in 2023?",
            ("Information not held. The Trust does not record damage to private vehicles.",),
        ),
        yes_no=QA(
            "Has the Trust changed its parking charges since April 2023?",
            ("No. The charges have not changed since April 2022.",),
        ),
        parts=(
            "Regarding disabled parking bays:",
            (
                (
                    "How many bays are there on the main site?",
                    "There are 58 bays on the main site.",
                ),
                ("How many bays are there at Wellow Community Hospital?", "There are 11 bays."),
                ("Are the bays monitored by cameras?", "Yes, all bays are covered by CCTV."),
            ),
        ),
    ),
    Topic(
        trust="Selwick Estuary NHS Foundation Trust",
        address="Estuary Road, Selwick SE9 7LB",
        ref="IG-2024-0582",
        received="2024-06-03",
        responded="2024-06-28",
        qas=(
            QA(
                "Which languages were most requested from the Trust's interpreting service "
                "in 2023?",
                (
                    "The five most requested languages were Polish, Romanian, Arabic, Urdu "
                    "and Portuguese.",
                ),
            ),
            QA(
                "How many face-to-face interpreting sessions were booked in 2023?",
                ("There were 4,318 face-to-face sessions booked in 2023.",),
            ),
            QA(
                "How many interpreting sessions were cancelled at less than 24 hours' notice?",
                ("412 sessions were cancelled at short notice in 2023.",),
            ),
            QA(
                "Does the Trust use video interpreting in its emergency department?",
                ("Video interpreting has been available there since September 2022.",),
            ),
        ),
        exempt=Exempt(
            "Please provide the hourly rates the Trust pays its interpreting agency.",
            "The Trust holds the rates, but they are withheld under {cite} because their "
            "release would be likely to prejudice the agency's commercial interests and the "
            "Trust's own position when it retenders the service.",
            "43(2)",
            "commercial interests",
            "In reaching this decision the Trust considered the public interest in openness "
            "about how it spends public money. It concluded that this is outweighed by the "
            "public interest in a fair and competitive tender.",
            "The agency's rates are set out in the framework price schedule, which is "
            "published online, and so they are exempt under Section 21 – information "
            "accessible by other means.",
        ),
        exempt_at=2,
        table=(
            "How many interpreting sessions were provided in each format in 2023?",
            (
                ("Format", "Sessions"),
                ("Face to face", "4,318"),
                ("Telephone", "9,702"),
                ("Video", "2,265"),
            ),
        ),
        bullets=(
            "Which departments booked the most interpreting sessions?",
            "The departments that booked the most sessions were:",
            ("Maternity", "Paediatric outpatients", "Mental health liaison"),
        ),
        multi=QA(
            "How does a patient ask for an interpreter?",
            (
                "A patient can ask for an interpreter when the appointment is booked, or tell "
                "the reception desk on arrival.",
                "The booking team then arranges a face-to-face, telephone or video "
                "interpreter depending on the appointment.",
                "Family members are not used as interpreters except in an emergency.",
            ),
        ),
        nil=QA(
            "How many complaints about interpreters did the Trust receive in 2023?",
            ("0",),
        ),
        not_held=QA(
            "What is the average time taken for a telephone interpreter to connect?",
            ("The Trust does not hold this information.",),
        ),
        yes_no=QA(
            "Does the Trust provide British Sign Language interpreters?",
            ("Yes. BSL interpreters are booked through the same agency.",),
        ),
        parts=(
            "About translated patient leaflets:",
            (
                ("How many leaflets have been translated?", "126 leaflets have been translated."),
                ("Into how many languages?", "Into 14 languages."),
                (
                    "Who approves the translations?",
                    "The Patient Information Group approves every translation.",
                ),
            ),
        ),
    ),
    Topic(
        trust="Brantham Downs Hospitals NHS Trust",
        address="Downs View, Brantham BD2 5WE",
        ref="FOI 24/0941",
        received="2024-09-17",
        responded="2024-10-11",
        qas=(
            QA(
                "How many robotic-assisted operations did the Trust carry out in 2023/24?",
                ("The Trust carried out 874 robotic-assisted operations in 2023/24.",),
            ),
            QA(
                "Which specialties use the surgical robot?",
                ("Urology, colorectal surgery and gynaecology use the robot.",),
            ),
        ),
        exempt=Exempt(
            "What did the Trust pay for the annual maintenance contract for its surgical robot?",
            "This information is held, but it is withheld under {cite}: disclosing the price "
            "would be likely to prejudice the commercial interests of the manufacturer, "
            "which negotiates prices with each hospital separately.",
            "43(2)",
            "commercial interests",
            "We recognise the public interest in knowing how the Trust spends its budget. "
            "Having weighed it against the likely harm to a competitive market for surgical "
            "equipment, we have decided not to release the figure.",
            "The maintenance contract's value is published in the Trust's contracts register "
            "on its website, so this information is exempt under Section 21 – information "
            "accessible by other means.",
        ),
        exempt_at=2,
        table=(
            "How many robotic operations did each specialty carry out in 2023/24?",
            (
                ("Specialty", "Operations"),
                ("Urology", "402"),
                ("Colorectal surgery", "291"),
                ("Gynaecology", "181"),
            ),
        ),
        bullets=(
            "What training must a surgeon complete before operating with the robot?",
            "Before operating unsupervised a surgeon must complete:",
            (
                "the manufacturer's online modules",
                "twenty hours on the simulator",
                "ten proctored cases with a mentor",
            ),
        ),
        multi=QA(
            "How does the Trust decide which patients are offered robotic surgery?",
            (
                "The decision is made by the consultant surgeon with the patient.",
                "Robotic surgery is offered where the multidisciplinary team agrees that it "
                "gives a shorter recovery than open or laparoscopic surgery.",
                "Theatre lists for the robot are planned six weeks ahead.",
            ),
        ),
        nil=QA(
            "How many robotic operations were converted to open surgery in 2023/24?",
            ("Nil",),
        ),
        not_held=QA(
            "How many hours was the robot out of use for repairs in 2023?",
            ("Information not held.",),
        ),
        yes_no=QA(
            "Does the Trust plan to buy a second surgical robot?",
            ("Yes. A second robot is included in the capital plan for 2025/26.",),
        ),
        parts=(
            "With regard to the robot's purchase:",
            (
                ("In which year was it bought?", "It was bought in 2021."),
                ("How was it funded?", "It was funded by the Brantham Hospitals Charity."),
                ("Who is its manufacturer?", "The manufacturer is Corvell Surgical Ltd."),
            ),
        ),
    ),
]

SIGN_OFF = ("Yours sincerely", "Information Governance Team")
SIGNATURE = ("Yours sincerely", "Morwenna Trelease", "Freedom of Information Officer")

CLOSINGS: dict[str, tuple[str, ...]] = {
    "review": (
        "If you are unhappy with the way your request has been handled, you may ask for "
        "an internal review by writing to the Information Governance Team within 40 "
        "working days of the date of this letter.",
    ),
    "ico": (
        "If you remain unhappy after the internal review, you may complain to the "
        "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
        "Cheshire SK9 5AF.",
    ),
    "ico_short": (
        "If you remain unhappy after the internal review, you may complain to the "
        "Information Commissioner's Office.",
    ),
    "reuse": (
        "The information in this letter may be re-used under the Open Government Licence, "
        "acknowledging the Trust as its source.",
    ),
    "reuse_long": (
        "Re-use of public sector information",
        "The information we have supplied is subject to the Trust's copyright unless "
        "otherwise stated. You are free to use it for your own purposes, including private "
        "study, non-commercial research and news reporting.",
        "Any other re-use, for example commercial publication, needs our permission under "
        "the Re-use of Public Sector Information Regulations 2015. Most information we "
        "release may be re-used under the Open Government Licence; where a third party owns "
        "the copyright you must ask that party. Please write to the Information Governance "
        "Team if you wish to re-use the information commercially.",
    ),
    "survey": (
        "We would value your views on how we handled your request. Our short feedback "
        "survey takes two minutes and can be found on the Freedom of Information page of "
        "our website.",
    ),
    "further": (
        "If you would like any further information about this response, please contact the "
        "Information Governance Team, quoting the reference at the top of this letter.",
    ),
}


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def long_date(iso: str) -> str:
    """'12 March 2024' (the base)"""
    d = _d(iso)
    return f"{d.day} {MONTHS.split()[d.month - 1]} {d.year}"


def ordinal_date(iso: str) -> str:
    """'12th March 2024'"""
    day = _d(iso).day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return long_date(iso).replace(str(day), f"{day}{suffix}", 1)


def weekday_date(iso: str) -> str:
    """'Tuesday 12 March 2024'"""
    return f"{_d(iso).strftime('%A')} {long_date(iso)}"


def _numeric(sep: str, month: Callable[[dt.date], str]) -> Callable[[str], str]:
    """'12/03/2024', '12.03.2024', '12-Mar-2024': day, month, year and a separator."""

    def form(iso: str) -> str:
        d = _d(iso)
        return sep.join((f"{d.day:02d}", month(d), str(d.year)))

    return form


DATE_FORMS: dict[str, Callable[[str], str]] = {
    "'12 March 2024'": long_date,
    "'12/03/2024'": _numeric("/", lambda d: f"{d.month:02d}"),
    "'12th March 2024'": ordinal_date,
    "'Tuesday 12 March 2024'": weekday_date,
    "'12.03.2024'": _numeric(".", lambda d: f"{d.month:02d}"),
    "'12-Mar-2024'": _numeric("-", lambda d: MONTHS.split()[d.month - 1][:3]),
}

# the opening sentence naming the day the request arrived ("{d}" is the date)
RECEIVED: dict[str, str] = {
    "'received on'": "Thank you for your request for information received on {d}. Our "
    "response to each of your questions is set out below.",
    "'dated'": "Thank you for your request for information dated {d}. Our response to each "
    "of your questions is set out below.",
    "'which we received on'": "Thank you for your request for information, which we "
    "received on {d}. Our response to each of your questions is set out below.",
    "'your email of'": "Thank you for your email of {d} requesting information from the "
    "Trust. Our response to each of your questions is set out below.",
}
