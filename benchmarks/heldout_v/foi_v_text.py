"""The words of held-out set V's FOI letters: topics (a question, two answer
paragraphs, the FOIA section applied), short questions answered in a sentence
(conditional follow-ups among them), answers made of an introductory sentence and a
few bullet lines, the explanation printed for each exemption, closings and signatures;
and set V's date forms ("5/3/2024", "5 Mar. 2024", "5th of March 2024").

Written fresh for set V without reading the parser's vocabulary, rules or model,
without reusing sets D to U's wordings, and without copying any corpus letter:
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
    exemption: str | None = None  # the FOIA section the answer applies
    verdict: str = "Held"  # the one-word verdict a 'verdict' letter opens its answer with
    note: str = ""  # a 'Comments' cell, empty for most


@dataclass(frozen=True)
class Short:
    question: str
    answer: str  # one sentence


@dataclass(frozen=True)
class Listed:
    question: str
    intro: str
    bullets: tuple[str, ...]


TOPICS: list[Topic] = [
    Topic(
        "Does the Trust hold a contract for the laundry of theatre scrubs, and who is the "
        "current provider?",
        (
            "Yes. Theatre scrubs are laundered by Harlow Linen Services Ltd.",
            "The contract began in May 2022 and runs for four years.",
        ),
        note="The contract includes patient gowns.",
    ),
    Topic(
        "How many registered nurses recruited from overseas joined the Trust in 2023?",
        (
            "One hundred and twelve internationally recruited nurses started with the Trust "
            "in 2023.",
            "Most joined the medical and surgical wards after their clinical skills exam.",
        ),
    ),
    Topic(
        "Please provide the mobile telephone numbers of the Trust's executive directors.",
        (
            "Executive directors can be contacted through the Trust's corporate office.",
            "Their work mobile numbers are personal data and are withheld under section 40(2).",
        ),
        "40(2)",
        "Withheld",
    ),
    Topic(
        "What discount does the Trust receive from its supplier of continence products?",
        (
            "The Trust buys continence products through a national framework.",
            "The discount negotiated under that framework is commercially sensitive and is "
            "withheld under section 43(2).",
        ),
        "43(2)",
        "Withheld",
        "Framework reference held by procurement.",
    ),
    Topic(
        "How many falls resulting in a hip fracture occurred on the Trust's wards in 2023/24?",
        (
            "Twenty-three inpatient falls led to a hip fracture in 2023/24.",
            "Each was reviewed by the falls prevention group within six weeks.",
        ),
    ),
    Topic(
        "Does the Trust record the number of staff who cycle to work?",
        (
            "No. The Trust does not record how staff travel to work.",
            "The last travel survey, in 2019, was voluntary and is not held in a form that "
            "answers the question.",
        ),
        verdict="Not held",
    ),
    Topic(
        "Please provide a copy of the Trust's most recent penetration test report for its network.",
        (
            "The Trust commissions an independent penetration test every year.",
            "Releasing the report would reveal weaknesses that could be exploited, so it is "
            "withheld under section 31(1)(a).",
        ),
        "31(1)(a)",
        "Withheld",
    ),
    Topic(
        "How many patients waited more than 18 weeks for a first dermatology appointment "
        "on 31 March 2024?",
        (
            "On 31 March 2024, 1,036 patients had waited more than 18 weeks.",
            "Additional Saturday clinics started in April 2024 to reduce the backlog.",
        ),
        note="Snapshot taken from the patient administration system.",
    ),
    Topic(
        "Are free period products provided in the toilets used by Trust staff?",
        (
            "Yes. Free period products have been provided in staff toilets at both main "
            "sites since October 2023.",
            "The scheme is funded from the staff wellbeing budget.",
        ),
    ),
    Topic(
        "What was the total value of the Trust's spend on external management consultants "
        "in 2023/24?",
        (
            "The Trust spent £284,600 on external management consultants in 2023/24.",
            "Most of this related to the review of the Trust's estates strategy.",
        ),
    ),
]

SHORTS: list[Short] = [
    Short("Does the Trust have a dedicated sickle cell service?", "Yes."),
    Short("If so, how many patients are registered with it?", "There are 214 registered patients."),
    Short("Does the Trust use robotic surgery?", "No."),
    Short("If yes, for which specialties?", "Not applicable."),
    Short("How many MRI scanners does the Trust operate?", "Three."),
    Short("How many of them were installed before 2015?", "One, installed in 2012."),
    Short("Does the Trust run a staff creche?", "Yes, at the Ferrybridge site."),
    Short("How many places does the creche offer?", "Sixty places for children under five."),
    Short("Is there a waiting list for the creche?", "Yes; 31 families were waiting in May 2024."),
    Short("Does the Trust operate a patient transport service itself?", "No."),
    Short("If not, who provides it?", "Ambrose Medical Transport Ltd."),
    Short("When does that contract end?", "31 March 2026."),
    Short("Does the Trust employ a freedom to speak up guardian?", "Yes, one full-time guardian."),
    Short("How many concerns were raised with the guardian in 2023/24?", "Eighty-seven."),
]

LISTED: list[Listed] = [
    Listed(
        "Which electronic systems does the Trust use in its emergency department?",
        "The emergency department uses the following systems:",
        ("Tallis ED for patient tracking", "Brightwell PACS for imaging", "Orla for e-prescribing"),
    ),
    Listed(
        "What support does the Trust offer staff going through the menopause?",
        "Staff can use any of the following:",
        (
            "a monthly menopause café at each site",
            "adjustments agreed with their manager",
            "referral to occupational health",
        ),
    ),
    Listed(
        "Which languages are the Trust's patient leaflets printed in?",
        "Leaflets are printed in English and, on request, in:",
        ("Polish", "Bengali", "Lithuanian", "Somali"),
    ),
    Listed(
        "How does the Trust dispose of clinical waste?",
        "Clinical waste is handled in three streams:",
        (
            "infectious waste goes to alternative treatment at Ridley Waste Ltd",
            "anatomical waste is incinerated",
            "sharps are collected in sealed bins by the same contractor",
        ),
    ),
    Listed(
        "Which wards have had a temporary closure to admissions in the last year?",
        "The following wards closed to admissions for a time:",
        ("Ward 7 (norovirus, January 2024)", "Beech Ward (flooding, August 2023)"),
    ),
    Listed(
        "What car parking is available to blue badge holders?",
        "Blue badge holders can park free of charge in:",
        ("the main entrance car park (42 bays)", "the maternity drop-off area (8 bays)"),
    ),
]

YEARS = ("2021/22", "2022/23", "2023/24")


@dataclass(frozen=True)
class Yearly:
    question: str
    figures: tuple[str, str, str]  # YEARS' order
    after: str  # the sentence after the figures


YEARLY: list[Yearly] = [
    Yearly(
        "How many patients were referred to the Trust's memory clinic in each of the last "
        "three years?",
        ("1,118", "1,264", "1,397"),
        "Referrals come mainly from GPs in the Trust's catchment.",
    ),
    Yearly(
        "What did the Trust spend on taxis for patients in each of the last three years?",
        ("£96,410", "£104,775", "£88,302"),
        "These figures exclude taxis booked by the patient transport provider.",
    ),
    Yearly(
        "How many staff resigned within their first year of employment, by year?",
        ("203", "188", "176"),
        "Leavers on fixed-term contracts are not included.",
    ),
    Yearly(
        "How many violent incidents against staff were reported to the police in each "
        "financial year since 2021?",
        ("47", "62", "58"),
        "Reports are counted in the year the incident took place.",
    ),
    Yearly(
        "How many home births did the Trust's community midwives attend in each year?",
        ("84", "91", "77"),
        "Planned and unplanned home births are both counted.",
    ),
    Yearly(
        "How much has the Trust received in car parking income over the last three years?",
        ("£2.14m", "£2.38m", "£2.51m"),
        "Staff permit income is included.",
    ),
]

# What each section means, printed once in an 'Exemptions' part after all the answers.
EXPLAINED = {
    "40(2)": "Section 40(2) – Personal information. Information about identifiable "
    "individuals is exempt where its release would breach the data protection principles.",
    "43(2)": "Section 43(2) – Commercial interests. This is a qualified exemption; the Trust "
    "considered the public interest and concluded that it favours withholding the figures.",
    "31(1)(a)": "Section 31(1)(a) – Law enforcement. Information is exempt where its release "
    "would be likely to prejudice the prevention or detection of crime.",
}

STEMS = (
    "For the year April 2023 to March 2024, please tell me:",
    "In relation to the Trust's services, I would like to know:",
)

CLOSINGS = {
    "review": (
        "If you are dissatisfied with this response you may ask for an internal review, "
        "in writing, within two months of the date of this letter.",
        "Should you wish to appeal against this decision, please write to the Trust Secretary "
        "quoting your reference number.",
    ),
    "regulator": (
        "If you are still not satisfied after the internal review, you can contact the "
        "Information Commissioner's Office, whose details are on its website.",
        "You may then apply to the Information Commissioner for a decision under section 50 "
        "of the Act.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Ottoline Strand", "FOI Officer"],
    ["Yours faithfully", "Barnaby Okafor-Hill", "Information Rights Manager"],
)


def slash_date(iso: str) -> str:
    """'5/3/2024'"""
    d, m, y = _dmy(iso)
    return f"{d}/{m}/{y}"


def dotted_month_date(iso: str) -> str:
    """'5 Mar. 2024'"""
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1][:3]}. {y}"


def of_date(iso: str) -> str:
    """'5th of March 2024'"""
    d, m, y = _dmy(iso)
    return f"{d}{_th(d)} of {MONTHS.split()[m - 1]} {y}"
