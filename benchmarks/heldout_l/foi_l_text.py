"""The words of held-out set L's FOI letters: topics (question, answer paragraphs,
exemption, the attachment a topic's answer can point to, the department that supplied
it, an earlier reply an internal review looks at again), multi-part topics, definitions
and background points, closings and signatures; and set L's date forms.

Written fresh for set L without reading the parser's vocabulary, rules or model,
without reusing sets D to K's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from benchmarks.heldout_k.foi_k_text import MONTHS, _dmy


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    exemption: str | None = None  # the FOIA section the answer applies, e.g. "40(2)"
    attachment: str = ""  # what an enclosed appendix holds
    department: str = "Information Governance"
    earlier: str = ""  # the first reply, as an internal review quotes it


TOPICS: list[Topic] = [
    Topic(
        "How many speech and language therapists were in post at the Trust on 30 June 2024?",
        ["On 30 June 2024 there were 38 speech and language therapists in post (33.6 WTE)."],
        attachment="therapy staffing by band and team",
        department="Workforce Information",
        earlier="We told you that the figure was not held centrally.",
    ),
    Topic(
        "What was the Trust's total spend on interpreting services in 2023/24?",
        [
            "Spend on face-to-face and telephone interpreting in 2023/24 was £612,480.",
            "British Sign Language interpreting is included in that total.",
        ],
        attachment="interpreting spend by language and month",
        department="Finance",
        earlier="We gave the spend on telephone interpreting only.",
    ),
    Topic(
        "How many hospital beds were closed because of norovirus during winter 2023/24?",
        [
            "Between December 2023 and February 2024 a total of 214 bed days were lost to "
            "norovirus closures across 9 wards."
        ],
        attachment="ward closures by week",
        department="Infection Prevention and Control",
        earlier="We said the Trust does not record closures by cause.",
    ),
    Topic(
        "Does the Trust use an electronic rostering system, and if so which one?",
        [
            "Yes. Nursing and midwifery rotas are managed in RotaWise Cloud, supplied by "
            "Pellham Systems Ltd since 2021."
        ],
        department="Workforce Information",
        earlier="We confirmed that a rostering system is used but did not name it.",
    ),
    Topic(
        "How many complaints about car parking charges did the Trust receive in 2023?",
        ["The Trust received 57 complaints about parking charges in the 2023 calendar year."],
        attachment="parking complaints by site",
        department="Patient Experience",
        earlier="We gave the number of all complaints about parking.",
    ),
    Topic(
        "What is the name of the consultant who leads the Trust's gender identity clinic?",
        [
            "The Trust runs a gender identity clinic led by a consultant psychiatrist.",
            "We do not release the names of staff below executive level: the name is withheld "
            "under section 40(2), as disclosure would breach the data protection principles.",
        ],
        "40(2)",
        department="Mental Health Services",
        earlier="We withheld the name under section 40(2).",
    ),
    Topic(
        "Please provide the hourly rates paid to each locum agency for junior doctors.",
        [
            "The Trust uses four agencies under a regional framework.",
            "The rates agreed with each agency are withheld under section 43(2): publishing "
            "them would weaken the Trust's position in the next round of negotiation.",
        ],
        "43(2)",
        department="Procurement",
        earlier="We withheld every rate under section 43(2).",
    ),
    Topic(
        "How much did the Trust pay in clinical negligence settlements in 2022/23?",
        [
            "Clinical negligence claims are handled for the Trust by NHS Resolution, which "
            "publishes settlements by trust on its website, so the information is reasonably "
            "accessible to you by other means and exempt under section 21.",
        ],
        "21",
        department="Legal Services",
        earlier="We sent you a link to NHS Resolution's annual report.",
    ),
    Topic(
        "Provide the results of the Trust's most recent fire safety audit of Brackley Ward.",
        [
            "The audit report will be published with the board papers for the meeting of the "
            "Estates Committee next month. We are withholding it under section 22(1) until then.",
        ],
        "22(1)",
        department="Estates and Facilities",
        earlier="We said the report would be published in due course.",
    ),
    Topic(
        "Give details of any cyber security incidents reported by the Trust in the past year.",
        [
            "The Trust neither confirms nor denies holding details of particular incidents. "
            "Releasing such details could help an attacker, and the information is exempt "
            "under section 31(1)(a) because it would be likely to prejudice the prevention of "
            "crime.",
        ],
        "31(1)(a)",
        department="Digital Services",
        earlier="We refused the request under section 31.",
    ),
    Topic(
        "How many patients waited more than 12 hours in the emergency department in March 2024?",
        [
            "In March 2024, 311 patients spent more than 12 hours in the emergency department "
            "from arrival to admission or discharge."
        ],
        attachment="twelve-hour waits by day",
        department="Performance and Information",
        earlier="We gave you the number of trolley waits only.",
    ),
    Topic(
        "What does the Trust pay each year to lease its MRI scanners?",
        [
            "The Trust owns two MRI scanners outright and leases one mobile unit.",
            "The annual charge for the mobile unit is £298,000 including servicing.",
        ],
        attachment="imaging equipment register",
        department="Finance",
        earlier="We said the lease cost was commercially sensitive.",
    ),
    Topic(
        "How many staff took a career break during 2023/24?",
        ["Nineteen members of staff started a career break during 2023/24."],
        department="Workforce Information",
        earlier="We said this was not recorded.",
    ),
    Topic(
        "Does the Trust offer free sanitary products in staff toilets?",
        [
            "Free sanitary products are available in staff toilets at both main hospital sites "
            "and in the community hubs."
        ],
        department="Estates and Facilities",
        earlier="We said a pilot was under way at one site.",
    ),
]

# Multi-part topics for the nested letters: (stem, [(part, answer, sub-parts)]) where a
# sub-part list, when not empty, replaces the part's own answer by its (sub, answer) pairs.
NESTED: list[tuple[str, list[tuple[str, str, list[tuple[str, str]]]]]] = [
    (
        "Regarding patient transport:",
        [
            (
                "Who provides non-emergency patient transport?",
                "Marsdon Ambulance Services provides the service under contract.",
                [],
            ),
            (
                "How many journeys were made in 2023/24?",
                "",
                [
                    (
                        "How many of them were for outpatient appointments?",
                        "There were 41,207 outpatient journeys.",
                    ),
                    (
                        "How many were for hospital discharges?",
                        "There were 9,856 discharge journeys.",
                    ),
                ],
            ),
        ],
    ),
    (
        "About the Trust's use of temporary staff:",
        [
            (
                "How many shifts were filled by bank nurses in January 2024?",
                "Bank nurses filled 6,412 shifts in January 2024.",
                [],
            ),
            ("How many were filled by agency nurses?", "Agency nurses filled 1,187 shifts.", []),
            (
                "What was the cost of those agency shifts?",
                "",
                [
                    (
                        "How much was paid for shifts above the price cap?",
                        "£96,240 was paid for shifts above the price cap.",
                    ),
                    (
                        "How much was paid for shifts within the cap?",
                        "£151,330 was paid for shifts within the cap.",
                    ),
                ],
            ),
        ],
    ),
    (
        "With respect to the maternity unit:",
        [
            ("How many births were there in 2023?", "There were 3,902 births in 2023.", []),
            (
                "How many midwives were in post on 31 December 2023?",
                "",
                [
                    ("What was their headcount?", "The headcount was 171."),
                    (
                        "What was their whole-time equivalent?",
                        "The whole-time equivalent was 142.8.",
                    ),
                ],
            ),
        ],
    ),
    (
        "Concerning food waste:",
        [
            (
                "How much patient food was thrown away in 2023/24?",
                "An estimated 48.2 tonnes of patient food was discarded.",
                [],
            ),
            (
                "How is food waste disposed of?",
                "Food waste goes to an anaerobic digestion plant run by Crestmere Recycling.",
                [],
            ),
        ],
    ),
    (
        "On staff wellbeing services:",
        [
            (
                "Does the Trust run an employee assistance programme?",
                "Yes, through Lanterne Wellbeing, available to all staff at any hour.",
                [],
            ),
            (
                "How many staff used it in 2023/24?",
                "",
                [
                    ("How many contacted it by telephone?", "There were 702 telephone contacts."),
                    (
                        "How many were referred for counselling sessions?",
                        "There were 263 counselling referrals.",
                    ),
                ],
            ),
        ],
    ),
]

DEFINITIONS = (
    (
        "For this request, 'agency staff' means any worker supplied through a third-party "
        "staffing agency.",
        "'The period' means 1 April 2023 to 31 March 2024.",
        "Where a figure is below five, the Trust may show it as fewer than five.",
        "All figures refer to the Trust as a whole, not to any single hospital.",
    ),
    (
        "Background: you wrote to us after reading a report in the local press.",
        "Background: the Trust's records system was replaced in the autumn of 2023.",
        "Background: your earlier request on a similar subject was answered in January.",
        "Background: some figures in this reply are provisional until the annual accounts "
        "are audited.",
    ),
)

DECISIONS = ("Upheld", "Partly upheld", "Not upheld")

CLOSINGS = {
    "review": (
        "If you are dissatisfied with this reply, the Trust's Head of Information Governance "
        "will carry out an independent internal review on request.",
        "You are entitled to ask for our decision to be reconsidered by a senior officer who "
        "was not involved in this reply.",
    ),
    "regulator": (
        "Beyond that, the Information Commissioner can decide whether the Trust has met its "
        "obligations under the Act.",
        "The Information Commissioner's Office, an independent regulator, will look at cases "
        "once the Trust's own procedure is exhausted.",
    ),
    "reuse": (
        "Information we release may be republished under the terms of the Open Government "
        "Licence unless we tell you otherwise.",
        "Copyright in the enclosed material remains with the Trust.",
    ),
}
REVIEW_CLOSING = (
    "This concludes the internal review. If you remain unhappy you may now apply to the "
    "Information Commissioner."
)
SIGNATURES = (
    ["Kind regards", "Imogen Farthingale", "Information Rights Officer"],
    ["Yours sincerely", "Tobias Wrenfield", "Records and FOI Manager"],
)


def bare_slash_date(iso: str) -> str:
    """5/3/2024: no leading zeros."""
    d, m, y = _dmy(iso)
    return f"{d}/{m}/{y}"


def short_year_date(iso: str) -> str:
    """05/03/24: a two-digit year."""
    d, m, y = _dmy(iso)
    return f"{d:02d}/{m:02d}/{y % 100:02d}"


def year_first_date(iso: str) -> str:
    """2024/03/05: year first, slashes."""
    d, m, y = _dmy(iso)
    return f"{y}/{m:02d}/{d:02d}"


def month_first_date(iso: str) -> str:
    """Mar 5th, 2024: month abbreviated first, an ordinal day."""
    d, m, y = _dmy(iso)
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{MONTHS.split()[m - 1][:3]} {d}{suffix}, {y}"


def weekday_comma_date(iso: str) -> str:
    """Tuesday, 5 March, 2024: full weekday and a comma before the year."""
    d, m, y = _dmy(iso)
    return f"{dt.date(y, m, d).strftime('%A')}, {d} {MONTHS.split()[m - 1]}, {y}"


DATE_FORMS = (
    bare_slash_date,
    short_year_date,
    year_first_date,
    month_first_date,
    weekday_comma_date,
)
