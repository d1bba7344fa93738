"""The words of held-out set F's FOI letters: topics (question, answer, exemption),
closings and signature blocks.

Written fresh for set F (issue #13) without reading the parser's vocabulary, rules or
model, without reusing set D's or E's wordings, and without copying any corpus letter:
fictional trusts, suppliers and figures. An answer is a list of paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    exemption: str | None = None  # FOIA section the answer cites, e.g. "40(2)"


TOPICS: list[Topic] = [
    Topic(
        "How many theatre sessions were cancelled on the day in the last quarter of 2023?",
        ["Between October and December 2023, 87 elective theatre sessions were stood down."],
    ),
    Topic(
        "Which electronic rostering product does the Trust use for nursing staff?",
        ["Nursing rotas are built in a product called ShiftWeave, licensed until 2026."],
    ),
    Topic(
        "What was the Trust's spend on taxis for patient transport in 2022/23?",
        [
            "We spent 41,380 pounds on taxi journeys for patients in 2022/23.",
            "This excludes journeys booked by the ambulance service on our behalf.",
        ],
    ),
    Topic(
        "Please give the names of the consultants who carried out private work on Trust "
        "premises in 2023.",
        [
            "We hold this information but are withholding the names, as they are personal "
            "data of the individuals concerned; section 40(2) applies."
        ],
        "40(2)",
    ),
    Topic(
        "How many falls resulting in a hip fracture were recorded on inpatient wards in 2023?",
        ["Nine inpatient falls in 2023 led to a fractured neck of femur."],
    ),
    Topic(
        "What unit prices does the Trust pay for each model of infusion pump under its "
        "current contract?",
        [
            "The unit prices are commercially sensitive; disclosing them would be likely to "
            "harm the supplier's negotiating position, so we rely on section 43(2).",
        ],
        "43(2)",
    ),
    Topic(
        "Does the Trust run a staff creche, and if so how many places does it have?",
        ["Yes. The Larkspur Nursery on the main site has 64 places for children of staff."],
    ),
    Topic(
        "How many mental health patients were placed out of area in March 2024?",
        ["No adult acute patients were placed out of area during March 2024."],
    ),
    Topic(
        "What is the annual budget for the Trust's chaplaincy service?",
        [
            "The chaplaincy budget for 2023/24 is 118,000 pounds.",
            "Most of this funds two whole-time chaplains; the rest covers volunteer expenses.",
        ],
    ),
    Topic(
        "When was the Trust's fire safety policy last reviewed?",
        ["The policy was last reviewed and approved by the Health and Safety Group in May 2023."],
    ),
    Topic(
        "How many reports of violence against staff in the emergency department were made in 2023?",
        ["Staff in the emergency department logged 312 incidents of physical assault in 2023."],
    ),
    Topic(
        "Please send the floor plans of the Trust's pharmacy aseptic unit.",
        [
            "We will not release the plans: they would reveal the layout of a secure area "
            "holding controlled drugs, which would be likely to prejudice the prevention of "
            "crime (section 31(1)(a))."
        ],
        "31(1)(a)",
    ),
]

# Each kind: (trust a's words, trust b's words). None of these are answers.
CLOSINGS: dict[str, tuple[str, str]] = {
    "review": (
        "Unhappy with how we handled this? Write to the Head of Governance within forty "
        "working days and a senior officer not involved in this reply will look at it again.",
        "If you feel we have got this wrong you may ask us to think again; send your "
        "reasons to the information governance team, quoting the reference above.",
    ),
    "regulator": (
        "Should that second look not settle things, the Information Commissioner can be "
        "approached at Wycliffe House, Water Lane, Wilmslow, SK9 5AF.",
        "After our own reconsideration you are free to take the matter to the Information "
        "Commissioner's Office, whose website explains how.",
    ),
    "reuse": (
        "Most of what we send is Crown copyright or ours; you may reuse it for private study "
        "and news reporting, but ask us first for anything commercial.",
        "Re-publishing this reply for profit needs our written permission.",
    ),
    "publish": (
        "An anonymised copy of this reply will appear in our online disclosure log.",
        "We routinely publish replies like this one, with your details removed.",
    ),
}

SIGNATURES: tuple[list[str], list[str]] = (
    ["With best wishes", "Information Rights Officer"],
    ["Kind regards", "FOI Lead, Corporate Affairs"],
)
