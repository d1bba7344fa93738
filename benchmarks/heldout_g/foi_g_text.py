"""The words of held-out set G's FOI letters: topics (question, answer, exemption),
exemption explanations, closings and signature blocks.

Written fresh for set G (issue #13) without reading the parser's vocabulary, rules or
model, without reusing set D's, E's or F's wordings, and without copying any corpus
letter: fictional trusts, suppliers, wards and figures. An answer is a list of parts:
a paragraph (str) or a table of figures (a list of rows), as trusts answer "how many"
questions with a small table by year.
"""

from __future__ import annotations

from dataclasses import dataclass

Part = str | list[list[str]]


@dataclass(frozen=True)
class Topic:
    area: str  # the heading a letter grouping its questions by subject puts it under
    question: str
    answer: list[Part]
    exemption: str | None = None  # FOIA section the answer cites, e.g. "40(2)"

    @property
    def has_table(self) -> bool:
        return any(isinstance(p, list) for p in self.answer)


TOPICS: list[Topic] = [
    Topic(
        "Workforce",
        "How much did the Trust spend on agency registered nurses in each of the last "
        "three financial years?",
        [
            "Spend on agency registered nurses, taken from the ledger at each year end, "
            "is set out below.",
            [
                ["Financial year", "Spend"],
                ["2021/22", "£2,418,300"],
                ["2022/23", "£3,106,750"],
                ["2023/24", "£1,972,040"],
            ],
            "The fall in 2023/24 follows the opening of an internal staff bank for nurses "
            "in June 2023.",
        ],
    ),
    Topic(
        "Workforce",
        "What was the Trust's sickness absence rate for March 2024?",
        ["The sickness absence rate for March 2024 was 5.3% of available working days."],
    ),
    Topic(
        "Workforce",
        "Please provide the salary, job title and name of every member of staff paid more "
        "than £150,000 in 2023/24.",
        [
            "Eleven members of staff were paid more than £150,000 in 2023/24; all of them "
            "are consultants or executive directors.",
            "The salaries of executive directors are published in the remuneration report "
            "of our annual report. The names and salaries of the other individuals are "
            "personal data and are withheld under section 40(2) of the Act, as releasing "
            "them would not be fair to the staff concerned.",
        ],
        "40(2)",
    ),
    Topic(
        "Workforce",
        "How many Freedom to Speak Up guardians does the Trust have, and how many hours a "
        "week are they given for the role?",
        [
            "We have three guardians. The lead guardian works 22.5 hours a week in the "
            "role; the other two are each given one day a week."
        ],
    ),
    Topic(
        "Finance",
        "How much income did the Trust receive from staff, patient and visitor car "
        "parking in 2023/24?",
        [
            "Car parking income in 2023/24 was £1,284,600, of which £412,900 came from "
            "staff permits.",
            "Parking remains free for blue badge holders, parents of sick children staying "
            "overnight and patients attending frequent outpatient treatment.",
        ],
    ),
    Topic(
        "Finance",
        "Who supplies the Trust's electricity, what is the contract end date and what is "
        "the unit rate paid per kilowatt hour?",
        [
            "Electricity is supplied by Brightwater Energy Ltd under a regional framework; "
            "the current contract ends on 30 September 2026.",
            "The unit rate is withheld. It was agreed in a competitive tender that is due "
            "to be re-run, and publishing it would be likely to prejudice the commercial "
            "interests of the Trust and the supplier (s.43(2)).",
        ],
        "43(2)",
    ),
    Topic(
        "Finance",
        "What did the Trust spend on face-to-face and telephone interpreting in 2023?",
        [
            [
                ["Service", "Calendar year 2023"],
                ["Face-to-face interpreting", "£186,420"],
                ["Telephone and video interpreting", "£74,915"],
            ]
        ],
    ),
    Topic(
        "Estates and facilities",
        "What is the current cost of the Trust's backlog maintenance, broken down by risk "
        "category?",
        [
            "At 31 March 2024 backlog maintenance was estimated at £38.7 million: "
            "£6.2 million high risk, £14.9 million significant risk, £11.3 million "
            "moderate risk and £6.3 million low risk.",
            "These figures are those returned in the Estates Returns Information Collection "
            "for 2023/24.",
        ],
    ),
    Topic(
        "Estates and facilities",
        "How many tonnes of food waste did the Trust's hospital kitchens produce in 2023/24?",
        ["Our kitchens and ward pantries sent 96 tonnes of food waste to anaerobic digestion."],
    ),
    Topic(
        "Estates and facilities",
        "Please provide a copy of the Trust's policy on the use of CCTV.",
        [
            "The policy is published on our website under Policies and procedures, "
            "Information governance, so it is exempt under section 21 of the Act as it is "
            "reasonably accessible to you by other means."
        ],
        "21",
    ),
    Topic(
        "Digital",
        "How many cyber security incidents did the Trust report to NHS England in 2023, "
        "and which systems were affected?",
        [
            "The Trust reported two incidents in 2023. Neither led to the loss of patient data.",
            "We will not say which systems were affected. Doing so would give useful "
            "information to anyone planning an attack, and section 31(1)(a) exempts "
            "information whose disclosure would be likely to prejudice the prevention of "
            "crime.",
        ],
        "31(1)(a)",
    ),
    Topic(
        "Digital",
        "Which electronic patient record system does the Trust use, and when was it installed?",
        [
            "Our electronic patient record is Meridian Care Record, in use across the "
            "acute site since November 2019 and in community services since April 2021."
        ],
    ),
    Topic(
        "Clinical services",
        "How many bariatric beds does the Trust own, and how many are hired when needed?",
        [
            "We own 14 bariatric beds. A further 6 to 10 are hired each month from an "
            "equipment library, depending on demand."
        ],
    ),
    Topic(
        "Clinical services",
        "What is the current average wait from referral to first appointment for an adult "
        "autism assessment?",
        [
            "At the end of April 2024 the average wait was 61 weeks.",
            "The longest wait was 118 weeks. We have commissioned an additional provider "
            "to see 300 people over the coming year to bring these waits down.",
        ],
    ),
    Topic(
        "Clinical services",
        "How many operations did the Trust carry out with robotic assistance in each of "
        "the last two financial years?",
        [
            [
                ["Specialty", "2022/23", "2023/24"],
                ["Urology", "212", "287"],
                ["Colorectal surgery", "64", "131"],
                ["Gynaecology", "0", "38"],
            ],
        ],
    ),
    Topic(
        "Clinical services",
        "How many complaints did the Trust receive about discharge from hospital in "
        "2023/24, and how many of these were about patients on each ward?",
        [
            "We received 73 complaints in 2023/24 whose main subject was discharge.",
            "We have not broken these down by ward. On several wards the number is "
            "fewer than five, and together with other published information this could "
            "identify the patients involved; that breakdown is withheld under section "
            "40(2).",
        ],
        "40(2)",
    ),
]

# After the answers, some letters explain the exemptions they applied (in no answer).
EXPLANATIONS: dict[str, str] = {
    "40(2)": "About section 40(2): personal data about people other than the requester may "
    "only be released where that would be lawful and fair to them.",
    "43(2)": "About section 43(2): this is a qualified exemption, so we weighed the public "
    "interest in openness about spending against the harm to a live procurement.",
    "31(1)(a)": "About section 31(1)(a): we considered the public interest and concluded "
    "that protecting our systems from attack outweighs it.",
    "21": "About section 21: information you can already get elsewhere need not be sent "
    "again, and we have given you its location instead.",
}

# Each kind: (trust a's words, trust b's words). None of these are answers.
CLOSINGS: dict[str, tuple[str, str]] = {
    "review": (
        "Should you disagree with any part of this decision, please tell us within 40 "
        "working days and a manager who took no part in it will reconsider the request.",
        "You may ask for this decision to be looked at afresh by writing to our Freedom of "
        "Information Manager, giving your reasons and our reference.",
    ),
    "regulator": (
        "Once our reconsideration is complete, any remaining concern may be put to the "
        "Information Commissioner, the independent regulator for information rights.",
        "The Information Commissioner's Office can be contacted once our own process has "
        "been completed, by post or through its online form.",
    ),
    "reuse": (
        "The material in this reply may be reused under the Open Government Licence "
        "unless it says otherwise.",
        "Copyright in the enclosed material stays with the Trust or the third party who "
        "produced it.",
    ),
    "thanks": (
        "Thank you for your interest in the work of the Trust.",
        "We hope this information is helpful to you.",
    ),
}

SIGNATURES: tuple[list[str], list[str]] = (
    ["Yours faithfully", "Information Governance Officer", "Tel: 01632 960 418"],
    ["Regards", "Freedom of Information Team", "Corporate Governance Directorate"],
)
