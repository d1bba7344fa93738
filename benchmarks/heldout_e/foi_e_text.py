"""The words of held-out set E's FOI letters: topics (question, answer, exemption),
closings, notices and signature blocks.

Written fresh for set E (issue #13) without reading the parser's vocabulary, rules or
model, without reusing set D's wordings, and without copying any corpus letter:
fictional trusts, suppliers, web addresses and figures. A topic's answer is a list of
parts: a string is a paragraph, a list of rows a table. `short` is the answer as a
trust writes it on the question's own line ("1. How many ...? - 14.").
"""

from __future__ import annotations

from dataclasses import dataclass

Part = str | list[list[str]]


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[Part]
    short: str  # a one-line answer for the inline styles
    exemption: str | None = None  # FOIA section the answer cites, e.g. "43(2)"


TOPICS: list[Topic] = [
    Topic(
        "How many hospital beds were closed because of norovirus outbreaks during winter 2023/24?",
        ["Across the winter period 214 bed days were lost to norovirus closures on four wards."],
        "214 bed days, on four wards.",
    ),
    Topic(
        "What is the name of the company that supplies the Trust's patient meals?",
        [
            "Our patient meals are cooked on site by the Trust's own catering team; no outside "
            "company is contracted to supply them."
        ],
        "None; meals are cooked on site by our own catering team.",
    ),
    Topic(
        "How many interpreters, by language, were booked for outpatient appointments in 2023?",
        [
            "Bookings for the calendar year 2023 were as follows.",
            [
                ["Language", "Bookings"],
                ["Polish", "1,126"],
                ["Romanian", "874"],
                ["Urdu", "655"],
                ["British Sign Language", "402"],
            ],
        ],
        "3,057 bookings in total.",
    ),
    Topic(
        "Does the Trust offer free car parking to staff working night shifts?",
        ["Yes. Staff whose shift starts after 7pm may park free of charge in the multi-storey."],
        "Yes, for shifts starting after 7pm.",
    ),
    Topic(
        "How much did the Trust pay in total to its managed print service provider in 2022/23?",
        [
            "The Trust considers that the amount paid under this contract is commercially "
            "sensitive and is withheld under section 43(2) of the Act."
        ],
        "Withheld under section 43(2).",
        exemption="43(2)",
    ),
    Topic(
        "Please send me the Trust's most recent annual report on complaints.",
        [
            "This information is reasonably accessible to you by other means and is therefore "
            "exempt under section 21. The report is published on our website at "
            "https://www.example-trust.nhs.uk/publications/complaints-annual-report-2023."
        ],
        "Published at https://www.example-trust.nhs.uk/publications/complaints (section 21).",
        exemption="21",
    ),
    Topic(
        "How many whole-time equivalent physician associates did the Trust employ on 1 April 2024?",
        ["On 1 April 2024 the Trust employed 17.6 whole-time equivalent physician associates."],
        "17.6 WTE.",
    ),
    Topic(
        "What were the names of the consultants suspended in 2023?",
        [
            "Releasing the names would disclose the personal data of the individuals concerned. "
            "We are withholding them under section 40(2)."
        ],
        "Names withheld under section 40(2).",
        exemption="40(2)",
    ),
    Topic(
        "How many ambulance handovers at the Trust's emergency departments took longer than "
        "60 minutes in each quarter of 2023/24?",
        [
            "Handover times are recorded by the ambulance service and shared with us each month.",
            [
                ["Quarter", "Handovers over 60 minutes"],
                ["Q1", "118"],
                ["Q2", "96"],
                ["Q3", "241"],
                ["Q4", "187"],
            ],
        ],
        "642 across the year.",
    ),
    Topic(
        "Has the Trust carried out a fire risk assessment of its tower block since 2020?",
        [
            "Yes. The most recent assessment was completed in August 2023 and found no "
            "high-risk items."
        ],
        "Yes, most recently in August 2023.",
    ),
    Topic(
        "How many serious incidents involving medication errors were declared in 2023?",
        ["Nine serious incidents involving medication errors were declared in 2023."],
        "Nine.",
    ),
    Topic(
        "Which electronic patient record system does the Trust use, and when does the "
        "contract end?",
        [
            "We use the CarePath EPR from Lindgrove Systems. The contract runs until "
            "30 September 2027."
        ],
        "CarePath (Lindgrove Systems), contract ending 30 September 2027.",
    ),
    Topic(
        "How many laptops were reported lost or stolen by staff in 2023/24?",
        [
            "To locate this we would need to search every device record by hand, which would "
            "take well over 18 hours. Section 12 therefore applies and we cannot answer this "
            "part."
        ],
        "Not answered: section 12 (cost limit) applies.",
        exemption="12",
    ),
    Topic(
        "What is the current waiting time for a first autism assessment for adults?",
        ["The median wait for a first adult autism assessment is currently 71 weeks."],
        "71 weeks (median).",
    ),
]

# Closing paragraphs in fresh words, two wordings (trust a, trust b) for each kind.
CLOSINGS: dict[str, tuple[str, str]] = {
    "review": (
        "Not happy with how we handled this? You may ask for the decision to be looked at "
        "again by someone who was not involved; write to us within forty working days.",
        "Should you feel our reply falls short, a senior officer who took no part in it can "
        "reconsider it if you ask us within two months of today.",
    ),
    "regulator": (
        "After that, the Information Commissioner's Office in Wilmslow can consider your "
        "case; their helpline is open on weekdays.",
        "The independent regulator for information rights can also look at your complaint "
        "once our own reconsideration is complete.",
    ),
    "reuse": (
        "Most of what we send you may be used again under the Open Government Licence; "
        "material owned by others is not covered.",
        "Re-use: the figures above may be republished with credit to the Trust under the "
        "Open Government Licence v3.0.",
    ),
    "thanks": (
        "We hope this is useful to you.",
        "Thanks again for your interest in our services.",
    ),
    "log": (
        "Because we publish our replies, an anonymised copy of this one will appear on our "
        "website in due course.",
        "Our replies are shared openly: this one will be added to the online archive "
        "without your details.",
    ),
}

EXPLANATIONS: dict[str, tuple[str, str]] = {
    "40(2)": (
        "Explanation of section 40(2): information about identifiable people is exempt "
        "where releasing it would breach the data protection principles.",
        "Why section 40(2) applies: the people concerned would expect their details to stay "
        "private, and disclosure would not be fair to them.",
    ),
    "43(2)": (
        "Explanation of section 43(2): we weighed the public interest in openness against "
        "the harm to our supplier's competitive position and found the balance favours "
        "withholding.",
        "Why section 43(2) applies: publishing the price would weaken our position the next "
        "time the service is tendered.",
    ),
    "21": (
        "About section 21: we need not supply information you can already get elsewhere, "
        "so we have pointed you to where it is published.",
        "Section 21 lets us direct you to material already in the public domain.",
    ),
    "12": (
        "About section 12: the cost limit for a public authority like the Trust is £450, "
        "which is 18 hours of staff time.",
        "Section 12 sets an upper limit of 18 hours' work on any one request.",
    ),
}

SIGNATURES: tuple[list[str], list[str]] = (
    ["With best wishes", "Information Governance Officer"],
    ["Kind regards", "FOI Team", "Tel: 01632 960 418"],
)
