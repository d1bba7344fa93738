"""The words of held-out set X's FOI letters: topics (a question, the requester's
context sentence before it, two answer paragraphs, the FOIA section applied), answers
that neither confirm nor deny, policy extracts quoted in answers, single requests quoted
in an opening paragraph, closings and signatures; and set X's date forms ("5th March
2024", "5 Mar 2024", "05.03.2024").

Written fresh for set X without reading the parser's vocabulary, rules or model,
without reusing sets D to W's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    context: str  # the requester's own lead-in a 'long question' letter prints before it
    answer: tuple[str, str]  # two paragraphs
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many midwives left the Trust in the financial year 2023/24?",
        "I am researching retention in maternity services across the region.",
        (
            "Thirty-one midwives left the Trust in 2023/24.",
            "Of these, eleven retired and the remainder resigned or moved to other trusts.",
        ),
    ),
    Topic(
        "What is the value of the Trust's current contract for clinical waste collection?",
        "I understand the Trust re-tendered its waste services in 2022.",
        (
            "The contract was awarded to a regional waste company in October 2022.",
            "Its value is commercially sensitive while prices are renegotiated and is "
            "withheld under section 43(2).",
        ),
        "43(2)",
    ),
    Topic(
        "How many patients were cared for in corridors of the emergency department on "
        "the busiest day of winter 2023/24?",
        "Local press have reported patients waiting on trolleys in corridors.",
        (
            "On 2 January 2024, 27 patients were cared for in corridor spaces.",
            "The Trust opened an escalation area the following week.",
        ),
    ),
    Topic(
        "How many hearing aids did the audiology service fit in 2023?",
        "My question concerns adult audiology only.",
        (
            "The audiology service fitted 5,482 hearing aids to adults in 2023.",
            "Repairs and replacement batteries are not counted in this figure.",
        ),
    ),
    Topic(
        "Please give the home addresses of the Trust's non-executive directors.",
        "I wish to write to the non-executive directors individually.",
        (
            "The Trust holds this information.",
            "Home addresses are personal data and are withheld under section 40(2); "
            "non-executive directors can be written to care of the Trust Secretary.",
        ),
        "40(2)",
    ),
    Topic(
        "How many cyber security incidents did the Trust report to NHS England in 2023/24?",
        "I am comparing how trusts report cyber incidents.",
        (
            "The Trust reported fewer than five incidents in 2023/24.",
            "Giving the exact number or their nature would be likely to prejudice the "
            "prevention of crime and is withheld under section 31(1)(a).",
        ),
        "31(1)(a)",
    ),
    Topic(
        "What did the Trust pay private ambulance firms for patient transport in 2023/24?",
        "Patient transport costs have risen sharply across the NHS.",
        (
            "The Trust paid £1,204,780 to private ambulance firms in 2023/24.",
            "Most of the journeys took patients to and from renal dialysis.",
        ),
    ),
    Topic(
        "How many wheelchairs did the Trust's wheelchair service issue to children in 2023/24?",
        "My enquiry concerns the paediatric wheelchair service.",
        (
            "The service issued 318 wheelchairs to children in 2023/24.",
            "The median wait from referral to handover was 14 weeks.",
        ),
    ),
    Topic(
        "Please provide the draft business case for the Trust's new diagnostic centre.",
        "The centre was mentioned in the Trust's annual plan.",
        (
            "The draft business case is still being developed with the integrated care board.",
            "It is withheld under section 22(1) because the Trust intends to publish the "
            "final version on its website in the spring.",
        ),
        "22(1)",
    ),
    Topic(
        "How many MRI scanners does the Trust operate, and how old is each?",
        "I am looking at the age of imaging equipment in the NHS.",
        (
            "The Trust operates three MRI scanners.",
            "They were installed in 2012, 2017 and 2023.",
        ),
    ),
]


@dataclass(frozen=True)
class Ncnd:
    """A question the trust neither confirms nor denies holding information about."""

    question: str
    answer: str
    exemption: str


NCND: list[Ncnd] = [
    Ncnd(
        "Has a named consultant at the Trust been referred to the General Medical Council?",
        "The Trust can neither confirm nor deny whether it holds this information, as to do "
        "so would disclose personal data; section 40(5B) applies.",
        "40(5B)",
    ),
    Ncnd(
        "Has the Trust received any warning of a planned attack on its computer systems?",
        "The Trust neither confirms nor denies that it holds information of this kind, "
        "under section 31(3), as either answer could assist criminals.",
        "31(3)",
    ),
]


@dataclass(frozen=True)
class Policy:
    """A question answered by a lead-in sentence and a quoted extract of a policy."""

    question: str
    lead: str
    extract: str


POLICIES: list[Policy] = [
    Policy(
        "What is the Trust's policy on staff wearing lanyards on wards?",
        "The Trust's Uniform and Dress Code Policy says:",
        "“Lanyards must not be worn in clinical areas; identity badges are to be clipped "
        "to the uniform at chest height.”",
    ),
    Policy(
        "Does the Trust allow patients to bring their own medicines into hospital?",
        "Section 6.2 of the Medicines Management Policy reads:",
        "“Patients' own medicines may be used during an admission once a pharmacist or "
        "pharmacy technician has checked that they are suitable.”",
    ),
    Policy(
        "How does the Trust decide which staff may work from home?",
        "This is set out in the Agile Working Procedure, which states:",
        "“Working from home is agreed between the employee and their line manager where "
        "the role allows it and service needs are met.”",
    ),
    Policy(
        "What does the Trust's policy say about visitors at mealtimes?",
        "The Visiting Policy includes the following paragraph:",
        "“Protected mealtimes apply on all adult wards; a relative or carer who helps a "
        "patient to eat is welcome to stay.”",
    ),
]


@dataclass(frozen=True)
class Single:
    """A letter's only question, quoted in its opening paragraph."""

    request: str  # the requester's words, printed in quotation marks
    answer: tuple[str, ...]


SINGLES: list[Single] = [
    Single(
        "Please tell me how many operations were cancelled on the day for non-clinical "
        "reasons in 2023/24.",
        (
            "In 2023/24, 1,046 operations were cancelled on the day for non-clinical reasons.",
            "The most common reasons were a lack of beds and theatre lists overrunning.",
            "Every patient affected was offered a new date within 28 days.",
        ),
    ),
    Single(
        "How many nurses recruited from overseas joined the Trust in 2023?",
        (
            "The Trust welcomed 147 internationally educated nurses in 2023.",
            "Each completed a pastoral and clinical induction programme of eight weeks.",
        ),
    ),
    Single(
        "What was the Trust's total spend on interpreting and translation in 2023/24?",
        (
            "The Trust spent £356,210 on interpreting and translation in 2023/24.",
            "This covers face-to-face, telephone and video interpreting and written translation.",
        ),
    ),
    Single(
        "How many complaints did the Trust receive about car parking in 2023?",
        (
            "The Trust received 64 complaints about car parking in 2023.",
            "Half of them concerned the payment machines at the main entrance.",
        ),
    ),
]


SECTIONS = (
    ("Workforce", "Services", "Finance"),
    ("Staffing", "Clinical services", "Contracts and spending"),
)

JOINT_LEADS = ("Response to questions {a} and {b}:", "Questions {a} and {b} are answered together:")
JOINT_ANSWER = (
    "The Trust does not record this information in a way that separates the two parts "
    "of the question.",
    "The figures asked for are held only as a combined total, which was 2,317 in 2023/24.",
)
JOINT_QUESTIONS = (
    "How many outpatient appointments were held by video in 2023/24?",
    "How many outpatient appointments were held by telephone in 2023/24?",
)

EARLIER_LETTER = (
    "This letter completes our response to your request. We answered questions 1 to {k} "
    "in our letter of {d}; the remaining questions are answered below."
)

CLOSINGS = {
    "review": (
        "Should you be dissatisfied with our handling of this request, you may ask for "
        "an internal review by writing to the Trust Secretary within two months.",
        "An internal review of this response can be requested from the Director of "
        "Governance; please quote our reference.",
    ),
    "regulator": (
        "If you remain dissatisfied after the review, the Information Commissioner's "
        "Office can consider your complaint; its helpline is 0303 123 1113.",
        "You may then refer the matter to the Information Commissioner, whose details "
        "are at www.ico.org.uk.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Oluwaseun Harcourt", "Information Rights Officer"],
    ["Yours faithfully", "Maren Castellanos-Reid", "FOI Lead, Corporate Affairs"],
)


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def ordinal_date(iso: str) -> str:
    """'5th March 2024'"""
    d = _d(iso)
    return f"{d.day}{_suffix(d.day)} {MONTHS.split()[d.month - 1]} {d.year}"


def short_month_date(iso: str) -> str:
    """'5 Mar 2024'"""
    d = _d(iso)
    return f"{d.day} {MONTHS.split()[d.month - 1][:3]} {d.year}"


def dotted_date(iso: str) -> str:
    """'05.03.2024'"""
    d = _d(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"
