"""The words of held-out set AI's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied), the answers withheld until a later publication,
the questions naming their period by full dates, the openings citing section 8 of the
Act, the letterheads' contact lines, the labels of the per-question tables, openings,
closings and signatures; its own date forms ('03 May 2024', '03/05/24').

Written fresh for set AI without reading the parser's vocabulary, rules or model,
without reusing sets D to AH's wordings, and without copying any corpus letter:
fictional trusts, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def padded_date(iso: str) -> str:
    """'03 May 2024': the day always two figures, the month in full."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def short_slashed_date(iso: str) -> str:
    """'03/05/24': day, month and a two-figure year, joined by slashes."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many patients had waited longer than 52 weeks for an orthopaedic operation at "
        "the end of 2023?",
        (
            "At the end of 2023, 418 patients had waited more than 52 weeks for orthopaedic surgery.",
        ),
    ),
    Topic(
        "How much did the Trust pay for interpreters and for translating documents in 2023/24?",
        (
            "Interpreting and translation cost the Trust £286,450 in 2023/24.",
            "Face-to-face interpreting made up just over half of that sum.",
        ),
    ),
    Topic(
        "How many beds are there on the Trust's stroke unit?",
        ("The stroke unit has 32 beds, 8 of which are kept for hyperacute care.",),
    ),
    Topic(
        "Which company supplies the Trust's patient meals, and what is the contract worth?",
        (
            "Patient meals are supplied by an outside caterer under a seven-year agreement.",
            "The value of the contract is withheld under section 43(2), as releasing it would "
            "weaken the caterer's position when it bids for other hospitals' work.",
        ),
        "43(2)",
    ),
    Topic(
        "How often were the Trust's clinical IT systems down for more than four hours in 2023?",
        (
            "There were six unplanned outages lasting over four hours in 2023.",
            "Which systems failed is withheld under section 31(1)(a), because a list of them "
            "would help anyone planning an attack on the Trust.",
        ),
        "31(1)(a)",
    ),
    Topic(
        "Are the minutes of the Trust Board's meetings published?",
        (
            "Yes. The minutes of each public Board meeting are posted on the Trust's website "
            "about a month after it takes place.",
            "Since you can already reach them there, they are exempt under section 21.",
        ),
        "21",
    ),
    Topic(
        "How many inpatient falls on the Trust's wards led to a hip fracture in 2023/24?",
        ("Twenty-three inpatient falls in 2023/24 resulted in a fractured hip.",),
    ),
    Topic(
        "What is the average wait from referral to a first appointment at the memory clinic?",
        ("In 2023/24 patients waited 11 weeks on average for their first memory clinic visit.",),
    ),
    Topic(
        "How many charging points for electric cars has the Trust installed for staff and visitors?",
        (
            "There are 46 charging points across the Trust's car parks.",
            "Another 20 are due to be fitted during 2025.",
        ),
    ),
    Topic(
        "Please name the consultants who were given clinical excellence awards in 2023.",
        (
            "Eleven consultants received local clinical excellence awards in 2023.",
            "We are not releasing their names: they are withheld under section 40(2), as "
            "disclosure would be unfair to the consultants and contrary to data protection law.",
        ),
        "40(2)",
    ),
    Topic(
        "How many concerns did staff raise with the Freedom to Speak Up Guardian in 2023/24?",
        ("Staff brought 97 concerns to the Freedom to Speak Up Guardian in 2023/24.",),
    ),
    Topic(
        "Did the Trust take legal advice on closing its midwife-led birth centre?",
        (
            "Yes, the Trust obtained legal advice before it consulted on the closure.",
            "The advice itself is withheld under section 42(1), being subject to legal "
            "professional privilege.",
        ),
        "42(1)",
    ),
    Topic(
        "How many hospital volunteers were active at the Trust in 2023?",
        (
            "The Trust had 612 active volunteers in 2023.",
            "Around a third of them helped on the wards at mealtimes.",
        ),
    ),
]

# answers withheld because the figures will be published later (section 22):
# (question, answer's paragraphs with '{day}' for the day of publication, section)
LATER_ROWS = (
    (
        "What were the Trust's rates of C. difficile and E. coli bloodstream infection in 2023/24?",
        (
            "The Trust's infection figures for 2023/24 are being checked for its Quality Account.",
            "The Quality Account will be published on {day}, so the figures are withheld until "
            "then under section 22, as information intended for future publication.",
        ),
        "22",
    ),
    (
        "Please provide the results of the Trust's 2024 patient-led assessment of the care "
        "environment (PLACE) for each site.",
        (
            "The assessments have been carried out and the scores are being validated nationally.",
            "They are due to be published on {day}; until that day they are exempt under section "
            "22(1), because the Trust intends to publish them.",
        ),
        "22(1)",
    ),
)

# questions naming the period they ask about by full dates: (question, answer's
# paragraphs); the dates are the requester's and the trust's words, no date of the truth
PERIOD_ROWS = (
    (
        (
            "How many referrals did the Trust's community eating disorder service receive "
            "between 1 April 2023 and 31 March 2024?",
            ("Between 1 April 2023 and 31 March 2024 the service received 744 referrals.",),
        ),
        (
            "How many nursing vacancies were open on 31 December 2023?",
            ("On 31 December 2023 the Trust had 187 open nursing vacancies.",),
        ),
    ),
    (
        (
            "For the period 1 January 2023 to 30 June 2023, how many operations were cancelled on "
            "the day for non-clinical reasons?",
            (
                "From 1 January 2023 to 30 June 2023, 261 operations were cancelled on the day "
                "for non-clinical reasons.",
                "A shortage of beds after surgery was the most common cause.",
            ),
        ),
        (
            "How many staff were off sick with stress on 1 December 2023?",
            ("On 1 December 2023, 58 members of staff were absent with stress-related illness.",),
        ),
    ),
)

# the openings citing section 8 of the Act (no exemption), and the subject line above
SECTION8_SUBJECTS = (
    "Request for information under section 8 of the Freedom of Information Act 2000",
    "Re: your valid request (section 8(1), Freedom of Information Act 2000)",
)
SECTION8_OPENINGS = (
    "Thank you for your e-mail received on {rec}. It gives your name, an address for our "
    "reply and a description of what you want, so it is a valid request under section 8 of "
    "the Act, and we answer it below.",
    "We received your request on {rec}. As it meets the conditions of section 8(1) of the "
    "Act, it has been dealt with as a request for information, and our answers follow.",
)

# the letterheads' contact lines around the reference and date lines
CONTACT_LINES = (
    (
        "Information Governance Office",
        "Telephone: 01632 960 418",
        "Text relay: 18001 01632 960 418",
        "E-mail: information.requests@{domain}",
    ),
    (
        "Freedom of Information Team, Ground Floor, Trust Offices",
        "Switchboard 01632 960 772 (ext. 4410)",
        "Email: foi.enquiries@{domain}",
        "Web: www.{domain}",
    ),
)

# the labels of the margin, the bullets and the tables
MARGIN_ANSWER = ("A:", "Reply")
OUTLINE_INTROS = (
    "Your questions are set out below, each followed by our answer.",
    "Questions and answers",
)
STACKED_HEADS = (("No.", "Item", "Details"), None)
STACKED_LABELS = (("Request", "Response"), ("Question", "Answer"))
KV_TITLES = ("Request {n}", "Q{n}")
KV_ROWS = (
    ("Information requested", "Information held", "Exemption applied", "Response"),
    ("Question", "Held by the Trust?", "Exemption", "Answer"),
)
KV_HELD = ("Yes", "Yes")
KV_NONE = ("None", "Not applicable")

OPENINGS = (
    "Thank you for your request for information, which reached us on {rec}. Our response "
    "to each of your questions is given below.",
    "Your Freedom of Information request dated {rec} has now been considered, and we are "
    "pleased to reply as follows.",
)
GREETINGS = ("Dear Applicant,", "Dear Enquirer,")

CLOSINGS = {
    "review": (
        "Should you be unhappy with the way your request has been handled, you may ask for an "
        "internal review by writing to the Information Governance Manager within 40 working "
        "days of this letter.",
        "You have the right to request that this decision be looked at again; please send "
        "your request for an internal review to the FOI Office, giving the reference above.",
    ),
    "regulator": (
        "If you remain unhappy after the review, you may appeal to the Information "
        "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "If our review does not settle the matter, the Information Commissioner's Office will "
        "consider your complaint; see its website, ico.org.uk, for how to apply.",
    ),
    "reuse": (
        "Most of the information we provide may be re-used under the terms of the Open "
        "Government Licence.",
        "Information released to you may be reproduced under the Open Government Licence, "
        "provided the Trust is acknowledged as its source.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Ifeoma Castellane", "Information Governance Officer"],
    ["Yours sincerely", "Rhodri Penhaligon-Shaw", "FOI Lead"],
)

__all__ = ["TOPICS", "Topic", "padded_date", "short_slashed_date"]
