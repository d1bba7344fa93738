"""The words of held-out set O's FOI letters: topics (question, answer paragraphs,
whether the information is held, the exemption applied, a small table for the letters
that answer in tables), closings (each with the Information Commissioner's address, as
real letters print it) and signatures; and how the letters print set O's date forms
("5.3.2024", "5th Mar 2024", "05 Mar. 2024", "Tuesday 05/03/2024").

Written fresh for set O without reading the parser's vocabulary, rules or model,
without reusing sets D to M's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    held: bool = True
    exemption: str | None = None  # the FOIA section the answer applies, e.g. "43(2)"
    table: list[list[str]] = field(default_factory=list)  # header row first
    caption: str = ""

    @property
    def status(self) -> str:
        """The one-line outcome a status line prints before the answer."""
        if not self.held:
            return "Not held"
        if self.exemption is None:
            return "Released in full"
        if self.exemption == "21":
            return "Exempt – section 21 (reasonably accessible elsewhere)"
        return f"Withheld – section {self.exemption}"


TOPICS: list[Topic] = [
    Topic(
        "How many falls resulting in a hip fracture occurred on the Trust's inpatient wards "
        "in each of the last two financial years?",
        ["Inpatient falls with a hip fracture numbered 14 in 2022/23 and 11 in 2023/24."],
        table=[["Year", "Falls with hip fracture"], ["2022/23", "14"], ["2023/24", "11"]],
        caption="Inpatient falls with a hip fracture",
    ),
    Topic(
        "What is the current waiting time for a first appointment in the adult audiology service?",
        [
            "At the end of last month the median wait for a first audiology appointment was "
            "13 weeks.",
            "Urgent referrals from ENT are seen within two weeks.",
        ],
    ),
    Topic(
        "How many agency porters did the Trust book each month between April and June 2024?",
        ["Agency porter bookings were 41 in April, 37 in May and 52 in June 2024."],
        table=[["Month", "Agency porter shifts"], ["April", "41"], ["May", "37"], ["June", "52"]],
        caption="Agency porter bookings, April to June 2024",
    ),
    Topic(
        "Does the Trust record the number of patients who self-discharge against medical "
        "advice from the acute medical unit, broken down by age?",
        [
            "Self-discharges are recorded on the patient's electronic record but the Trust "
            "does not report them by age, and no such breakdown is held.",
        ],
        held=False,
    ),
    Topic(
        "Please provide the contract value of the Trust's agreement with its patient "
        "transport provider.",
        [
            "Patient transport is provided by Pennywort Patient Travel Ltd under a five-year contract.",
            "The contract value is withheld under section 43(2) as its release would be "
            "likely to prejudice the commercial interests of both parties.",
        ],
        exemption="43(2)",
    ),
    Topic(
        "How many car parking penalty notices were issued to visitors at the main hospital "
        "site in 2023?",
        ["Our parking contractor issued 1,208 penalty notices to visitors in 2023."],
        table=[["Site", "Notices issued"], ["Main hospital", "1,208"]],
        caption="Visitor parking penalty notices, 2023",
    ),
    Topic(
        "What were the names and job titles of the staff on the panel that investigated the "
        "never event reported in March 2024?",
        [
            "The panel had four members, led by a consultant from a neighbouring trust.",
            "Their names are personal data and are withheld under section 40(2); the panel's "
            "report is shared with the family concerned.",
        ],
        exemption="40(2)",
    ),
    Topic(
        "Please send me the Trust's current policy on staff wearing lanyards in clinical areas.",
        [
            "The Uniform and Lanyards in Clinical Areas policy is published in the policies "
            "library on our website and is therefore exempt under section 21.",
        ],
        exemption="21",
    ),
    Topic(
        "How many births were there in the Trust's midwife-led birth centre in 2023/24?",
        [
            "The birth centre supported 688 births in 2023/24, of which 5 were water births "
            "recorded as * in our monthly return because of small numbers.",
        ],
        table=[["Birth setting", "Births 2023/24"], ["Birth centre", "688"], ["Home", "*"]],
        caption="Midwife-led births, 2023/24",
    ),
    Topic(
        "Does the Trust hold a list of every email sent by the Chief Executive about the "
        "new electronic patient record?",
        [
            "No single list exists and we do not hold the information in that form; the "
            "emails would have to be found in individual mailboxes.",
        ],
        held=False,
    ),
    Topic(
        "How many complaints about food quality did the Trust receive from inpatients in "
        "the last twelve months?",
        ["We received 27 complaints about food quality from inpatients in that period."],
        table=[["Complaint subject", "Number"], ["Food quality", "27"], ["Food temperature", "*"]],
        caption="Inpatient complaints about food",
    ),
    Topic(
        "What will the Trust's new car park at the east entrance cost to build?",
        [
            "The final cost will be set out in the Trust's annual report for 2024/25, which "
            "we intend to publish in July, so it is withheld under section 22(1) until then.",
        ],
        exemption="22(1)",
    ),
    Topic(
        "How many interpreters did the Trust book for appointments in British Sign "
        "Language during 2023?",
        ["Interpreters were booked for 356 British Sign Language appointments in 2023."],
        table=[["Language", "Bookings 2023"], ["British Sign Language", "356"]],
        caption="Interpreter bookings, 2023",
    ),
    Topic(
        "How many sharps injuries were reported by nursing staff in 2023/24?",
        [
            "Nursing staff reported 63 sharps injuries in 2023/24.",
            "All were followed up by the occupational health team.",
        ],
        table=[["Staff group", "Sharps injuries"], ["Nursing", "63"], ["Students", "*"]],
        caption="Sharps injuries reported, 2023/24",
    ),
]

CLOSINGS = {
    "review": (
        "Should you be dissatisfied with how we have handled your request, you may ask for "
        "an internal review. Please write to the Information Rights Lead within 40 working "
        "days of the date of this letter.",
        "If you disagree with any part of this response, please tell us within two months "
        "and a manager who had no part in it will look at your request again.",
    ),
    "regulator": (
        "If you remain unhappy after the review you may complain to the Information "
        "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "You may then take your complaint to the Information Commissioner at Wycliffe "
        "House, Water Lane, Wilmslow SK9 5AF, or through the ICO's website.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Priya Ambler-Stowe", "Freedom of Information Coordinator"],
    ["With best wishes", "Callum Rendlesham", "Information Rights Lead"],
)


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def dot_full_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d}.{m}.{y}"


def ordinal_abbr_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix} {MONTHS.split()[m - 1][:3]} {y}"


def abbr_point_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    name = MONTHS.split()[m - 1]
    return f"{d:02d} {name if len(name) <= 4 else name[:3] + '.'} {y}"


def weekday_slash_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{dt.date(y, m, d).strftime('%A')} {d:02d}/{m:02d}/{y}"


DATE_FORMS = (dot_full_date, ordinal_abbr_date, abbr_point_date, weekday_slash_date)
