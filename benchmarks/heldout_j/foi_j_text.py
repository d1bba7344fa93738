"""The words of held-out set J's FOI letters: topics (question, answer, the subject
heading a sectioned letter files it under, exemption, and how the answer reads when
the exemption is explained in a table at the end instead), closed questions with
one-word answers for the dotted-leader letters, exemption reasons, closings and
signatures.

Written fresh for set J (issue #13) without reading the parser's vocabulary, rules or
model, without reusing sets D to I's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services and figures. An answer is a list of paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    theme: str  # the subject heading a sectioned letter files the question under
    exemption: str | None = None  # the FOIA section the answer cites, e.g. "43(2)"
    withheld: str = ""  # the answer when the exemption is explained in a final table


TOPICS: list[Topic] = [
    Topic(
        "How many speech and language therapists did the Trust employ on 1 April 2024?",
        [
            "On 1 April 2024 we employed 38 speech and language therapists (31.6 whole-time "
            "equivalent)."
        ],
        "Workforce",
    ),
    Topic(
        "What was the Trust's total expenditure on locum consultants in 2023/24?",
        [
            "Locum consultant cover cost £3,907,415 in 2023/24, of which £1,120,060 was paid to "
            "agencies and the remainder through the internal medical bank."
        ],
        "Workforce",
    ),
    Topic(
        "Please provide the number of exit interviews completed by nursing staff who left in "
        "the last twelve months.",
        [
            "Nursing staff who left between July 2023 and June 2024 completed 64 exit interviews.",
            "Completion is voluntary, and 211 nurses left the Trust in that time.",
        ],
        "Workforce",
    ),
    Topic(
        "Please list the names of the ward managers on the surgical wards.",
        [
            "We can confirm there are seven surgical wards, each with one ward manager.",
            "The managers' names are withheld under section 40(2), because they are personal "
            "data and their release would not be fair to the staff concerned.",
        ],
        "Workforce",
        "40(2)",
        "We can confirm there are seven surgical wards, each with one ward manager. Their "
        "names are not disclosed (see the exemptions table).",
    ),
    Topic(
        "How much did the Trust pay for the supply of incontinence products in 2023/24, and "
        "who is the supplier?",
        [
            "The supplier is Marlowe Continence Supplies Ltd.",
            "The unit prices and the total "
            "paid are withheld under section 43(2): releasing them during a live tender would "
            "harm the supplier's and the Trust's commercial position.",
        ],
        "Procurement",
        "43(2)",
        "The supplier is Marlowe Continence Supplies Ltd. The prices are withheld; the "
        "exemption is set out in the table at the end of this letter.",
    ),
    Topic(
        "When does the Trust's contract for pathology courier services end?",
        [
            "The current contract with Swiftline Medical Logistics runs until 30 September "
            "2025, with an option to extend by one year."
        ],
        "Procurement",
    ),
    Topic(
        "How many printers and multifunction devices does the Trust lease?",
        ["The Trust leases 412 multifunction devices and 58 desktop printers."],
        "Procurement",
    ),
    Topic(
        "Please send me the Trust's most recent penetration test report for its patient portal.",
        [
            "We hold a penetration test report for the portal dated February 2024.",
            "It is withheld in full under section 31(1)(a), as the weaknesses it describes "
            "could be used to attack the Trust's systems.",
        ],
        "Digital",
        "31(1)(a)",
        "We hold a penetration test report for the portal dated February 2024, which is "
        "withheld in full for the reason given in the table of exemptions below.",
    ),
    Topic(
        "Which version of the Windows operating system runs on the majority of the Trust's "
        "desktop computers?",
        [
            "Most of our 6,300 desktop computers run Windows 11; a further 240 run Windows 10 "
            "and are due to be upgraded by December 2024."
        ],
        "Digital",
    ),
    Topic(
        "How many outpatient appointments were delivered by video in 2023/24?",
        [
            "We delivered 18,742 outpatient appointments by video in 2023/24, about 4% of all "
            "outpatient attendances."
        ],
        "Digital",
    ),
    Topic(
        "How many car parking spaces are reserved for staff at the main hospital site?",
        ["There are 1,160 staff spaces at the main site, including 44 accessible bays."],
        "Estates",
    ),
    Topic(
        "What is the backlog maintenance figure for the Trust's estate?",
        [
            "The backlog maintenance figure at 31 March 2024 was £61.2 million, of which "
            "£14.8 million is classed as high risk.",
            "These figures are published each year "
            "in the Estates Returns Information Collection, so we have answered under section "
            "21 by referring you to the published collection.",
        ],
        "Estates",
        "21",
        "The figure is already published in the Estates Returns Information Collection; "
        "the exemption that applies is listed in the table below.",
    ),
    Topic(
        "How many mortuary fridge spaces does the Trust have?",
        ["The mortuary has 86 standard fridge spaces and 6 bariatric spaces."],
        "Estates",
    ),
    Topic(
        "How many patients waited more than 12 hours in the emergency department in May 2024?",
        [
            "In May 2024, 1,047 patients spent more than 12 hours in the emergency department "
            "from arrival to admission, transfer or discharge."
        ],
        "Clinical services",
    ),
    Topic(
        "Please provide the minutes of the Trust's mortality review group for June 2024.",
        [
            "The minutes will be published with the group's annual report in November 2024 and "
            "are therefore withheld under section 22(1) until then."
        ],
        "Clinical services",
        "22(1)",
        "The minutes are due to be published in November 2024 and are held back until then, "
        "as the exemptions table explains.",
    ),
    Topic(
        "How many patients were referred to the Trust's eating disorder service in 2023?",
        [
            "The service received 329 referrals in calendar year 2023, 71 of them for people "
            "aged under 18."
        ],
        "Clinical services",
    ),
]

# why each exemption applies, as the "Exemptions applied" table states it
REASONS: dict[str, str] = {
    "40(2)": "Personal data of third parties; disclosure would breach the data protection "
    "principles.",
    "43(2)": "Commercial interests; the public interest in disclosure is outweighed while "
    "the tender is live.",
    "31(1)(a)": "Prevention of crime; the report would assist an attack on Trust systems.",
    "21": "Information reasonably accessible by other means (published annually).",
    "22(1)": "Information intended for future publication (November 2024).",
}

# closed questions with one-word or one-figure answers (the dotted-leader letters)
CLOSED: list[tuple[str, str]] = [
    ("Does the Trust employ a Freedom to Speak Up Guardian?", "Yes"),
    ("Does the Trust run its own staff nursery?", "No"),
    ("Is the Trust's main switchboard outsourced?", "No"),
    ("Number of adult critical care beds", "24"),
    ("Number of electric vehicle charging points for staff", "36"),
    ("Does the Trust use an electronic prescribing system on all wards?", "Yes"),
    ("Does the Trust hold a record of staff who use the cycle to work scheme?", "Not held"),
    ("Number of dedicated dementia care beds", "0"),
    ("Has the Trust carried out an energy audit since April 2022?", "Yes"),
    ("Number of wards with a ward-based pharmacist", "17"),
    ("Does the Trust provide free sanitary products in staff toilets?", "Yes"),
    ("Is the hospital laundry service provided in-house?", "Outsourced"),
]

# the closing paragraphs of the two variants of each trust ("a", "b")
CLOSINGS: dict[str, tuple[str, str]] = {
    "review": (
        "If you are unhappy with the way your request has been handled, you can ask for an "
        "internal review by replying to this letter within two months of today's date.",
        "Any complaint about this response should first go to our Head of Information "
        "Governance, who will arrange an independent review of the decision.",
    ),
    "regulator": (
        "After that review you have the right to apply to the Information Commissioner, "
        "Wycliffe House, Water Lane, Wilmslow SK9 5AF, for a decision.",
        "You may then refer the matter to the Information Commissioner's Office, whose "
        "details are at ico.org.uk, if you are still not satisfied.",
    ),
    "reuse": (
        "You are free to reuse the information in this reply under the terms of the Open "
        "Government Licence.",
        "Re-use of this information for commercial purposes requires the Trust's prior permission.",
    ),
    "thanks": (
        "Thank you for your interest in our services.",
        "We hope you find this information helpful.",
    ),
}

SIGNATURES: tuple[list[str], list[str]] = (
    ["Yours faithfully", "Information Rights Team"],
    ["Kind regards", "FOI Lead, Governance Directorate", "foi.enquiries@trust.nhs.example"],
)
