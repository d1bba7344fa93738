"""The words of held-out set W's FOI letters: topics (a question, two answer
paragraphs, a 'Please note' caveat, the FOIA section applied, a topic tag), questions
carrying the requester's own bullet list, answers pointing the requester to another
body (with its address lines), answers by site with small numbers shown as '<5', the
re-use paragraph, closings and signatures; and set W's date forms ("Tuesday 5 March
2024", "05/03/24", "2024-03-05").

Written fresh for set W without reading the parser's vocabulary, rules or model,
without reusing sets D to V's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, str]  # two paragraphs
    caveat: str  # a 'Please note …' paragraph an ordinary letter may add
    tag: str  # the short topic tag a 'tagged' letter prints before the question
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many hospital beds were closed because of reinforced autoclaved aerated "
        "concrete (RAAC) in 2023?",
        (
            "Eighteen beds on Larch Ward were closed between June and November 2023.",
            "They reopened once the roof planks had been propped and surveyed.",
        ),
        "Please note that day-case trolleys are not counted as beds.",
        "Estates",
    ),
    Topic(
        "What is the annual cost of the Trust's subscription to its staff rostering software?",
        (
            "The Trust pays £61,250 a year for its rostering software.",
            "The current licence runs until August 2026.",
        ),
        "Please note that the figure excludes VAT.",
        "Digital",
    ),
    Topic(
        "How many complaints about hospital food did the Trust receive in 2023/24?",
        (
            "The Trust received 29 complaints about food in 2023/24.",
            "Most concerned choice for patients on texture-modified diets.",
        ),
        "Please note that informal concerns raised with ward staff are not logged as complaints.",
        "Catering",
    ),
    Topic(
        "Please provide the names of the consultants who have been suspended in the last "
        "two years.",
        (
            "The Trust holds this information.",
            "Naming the individuals would disclose their personal data and it is withheld "
            "under section 40(2).",
        ),
        "Please note that suspension is a neutral act and not a finding of wrongdoing.",
        "Medical staffing",
        "40(2)",
    ),
    Topic(
        "What hourly rate does the Trust pay its supplier of agency radiographers?",
        (
            "The Trust uses two agencies on a national framework for radiographers.",
            "The rates agreed are commercially sensitive and are withheld under section 43(2).",
        ),
        "Please note that the Trust has reduced its use of agency radiographers since 2022.",
        "Agency spend",
        "43(2)",
    ),
    Topic(
        "How many ambulances waited more than one hour to hand over patients at the "
        "emergency department in January 2024?",
        (
            "In January 2024, 412 handovers took longer than one hour.",
            "A new ambulance receiving area opened in February 2024.",
        ),
        "Please note that handover times are taken from the ambulance service's system.",
        "Urgent care",
    ),
    Topic(
        "Please send me the floor plans of the Trust's pharmacy aseptic unit.",
        (
            "The Trust holds floor plans of the aseptic unit.",
            "Releasing them would be likely to endanger the security of controlled drugs and "
            "they are withheld under section 38(1)(b).",
        ),
        "Please note that a general site map is published on the Trust's website.",
        "Pharmacy",
        "38(1)(b)",
    ),
    Topic(
        "How many charging points for electric cars has the Trust installed in its car parks?",
        (
            "There are 26 charging points across the Trust's car parks.",
            "Twelve more are due to be installed at the eye hospital in 2025.",
        ),
        "Please note that four of the points are reserved for Trust pool cars.",
        "Transport",
    ),
    Topic(
        "How many interpreters did the Trust book for British Sign Language in 2023/24?",
        (
            "The Trust booked 684 British Sign Language interpreter sessions in 2023/24.",
            "Video interpreting is also available in the emergency department.",
        ),
        "Please note that bookings cancelled on the day are included.",
        "Patient experience",
    ),
    Topic(
        "What was the Trust's spend on bank and agency porters in 2023/24?",
        (
            "The Trust spent £418,930 on bank and agency porters in 2023/24.",
            "Substantive recruitment has since filled nine porter posts.",
        ),
        "Please note that the figure includes employer's on-costs.",
        "Facilities",
    ),
]


@dataclass(frozen=True)
class Bulleted:
    lead: str  # the question's own words before the requester's bullets
    bullets: tuple[str, ...]
    answer: str


BULLETED: list[Bulleted] = [
    Bulleted(
        "For each of your endoscopy units please state:",
        ("the number of procedure rooms", "the weekly number of sessions"),
        "The Trust has two endoscopy units with five procedure rooms and 46 weekly sessions "
        "between them.",
    ),
    Bulleted(
        "Please tell me, for the Trust's staff car parks:",
        ("the monthly permit charge for full-time staff", "whether night staff pay"),
        "A full-time permit costs £18 a month; staff working only nights park free.",
    ),
    Bulleted(
        "Regarding the Trust's hospital at home service, how many:",
        ("beds it offers", "patients it admitted in 2023/24"),
        "The service offers 40 virtual beds and admitted 1,906 patients in 2023/24.",
    ),
    Bulleted(
        "Could you confirm, for theatre staff:",
        ("whether scrubs are laundered on site", "how many sets each member of staff has"),
        "Scrubs are laundered off site; theatre staff draw clean sets as needed.",
    ),
    Bulleted(
        "Please provide, for your maternity unit in 2023:",
        ("the number of births", "the caesarean section rate"),
        "There were 3,712 births in 2023 and the caesarean rate was 38.6%.",
    ),
    Bulleted(
        "In relation to the Trust's chaplaincy:",
        ("how many chaplains are employed", "which faiths they represent"),
        "The Trust employs four chaplains, who are Christian, Muslim, Sikh and humanist.",
    ),
]


@dataclass(frozen=True)
class Redirect:
    question: str
    answer: str  # what the Trust says
    body: tuple[str, ...]  # the other body's name and address lines, printed beneath


REDIRECTS: list[Redirect] = [
    Redirect(
        "How much does the local integrated care board spend on weight-loss injections?",
        "The Trust does not hold this information. You may wish to contact:",
        ("Freedom of Information Team", "Weald and Marsh ICB", "Marsh House, Ashby WM1 2AH"),
    ),
    Redirect(
        "How many GP practices in the area have closed their lists to new patients?",
        "This is not held by the Trust. The information may be held by:",
        ("Primary Care Contracts", "Weald and Marsh ICB", "Marsh House, Ashby WM1 2AH"),
    ),
    Redirect(
        "How long do patients in the county wait for an ambulance after a fall?",
        "The Trust does not provide ambulance services. Please direct this part to:",
        (
            "Information Governance",
            "Southdown Ambulance Service NHS Trust",
            "Beacon Way, Lewes SD4 8BW",
        ),
    ),
]


@dataclass(frozen=True)
class BySite:
    question: str
    sites: tuple[tuple[str, str], ...]  # (site, number as printed, '<5' when small)


BY_SITE: list[BySite] = [
    BySite(
        "How many never events were reported at each of the Trust's hospitals in 2023/24?",
        (("Kingsmead Hospital", "<5"), ("Ashworth Community Hospital", "0")),
    ),
    BySite(
        "How many patients aged under 18 were admitted to adult mental health beds, by site?",
        (("Kingsmead Hospital", "<5"), ("Orchard Unit", "<5")),
    ),
    BySite(
        "How many staff were dismissed for gross misconduct at each site in 2023?",
        (("Kingsmead Hospital", "7"), ("Ashworth Community Hospital", "<5")),
    ),
    BySite(
        "How many pressure ulcers of category 4 were acquired on each site in 2023/24?",
        (("Kingsmead Hospital", "11"), ("Ashworth Community Hospital", "<5")),
    ),
]
SMALL = (
    "Numbers between one and four are shown as '<5' because they could identify "
    "individuals; the exact figures are withheld under section 40(2)."
)

REUSE = (
    "Most of the information we supply is Crown copyright and may be re-used under the "
    "Open Government Licence; information belonging to a third party may need their "
    "permission."
)

CLOSINGS = {
    "review": (
        "If you are unhappy with how your request has been handled you can ask for a "
        "review by writing to the Head of Corporate Governance within 40 working days.",
        "You have the right to ask us to look again at this decision; please write to our "
        "Information Governance Lead.",
    ),
    "regulator": (
        "After that, you may complain to the Information Commissioner, Wycliffe House, "
        "Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "The Information Commissioner can be reached through ico.org.uk if a review does "
        "not settle your complaint.",
    ),
}
SIGNATURES = (
    ["With best wishes", "Priya Lindqvist", "Freedom of Information Co-ordinator"],
    ["Yours sincerely", "Tomasz Adeyemi-Ward", "Corporate Records Officer"],
)


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def weekday_date(iso: str) -> str:
    """'Tuesday 5 March 2024'"""
    d = _d(iso)
    return f"{d.strftime('%A')} {d.day} {MONTHS.split()[d.month - 1]} {d.year}"


def short_year_date(iso: str) -> str:
    """'05/03/24'"""
    d = _d(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def iso_date(iso: str) -> str:
    """'2024-03-05'"""
    return iso
