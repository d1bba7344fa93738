"""The words of held-out set I's FOI letters: topics (question, the same request as an
inline clause, answer, exemption, whether the information is held), footnotes,
exemption explanations, closings and signatures.

Written fresh for set I (issue #13) without reading the parser's vocabulary, rules or
model, without reusing sets D to H's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services and figures. An answer is a list of parts: a
paragraph (str) or a table of figures (a list of rows).
"""

from __future__ import annotations

from dataclasses import dataclass

Part = str | list[list[str]]


@dataclass(frozen=True)
class Topic:
    question: str  # the request as a requester writes it on its own line
    clause: str  # the same request as a clause of one sentence: no capital, no full stop
    answer: list[Part]
    exemption: str | None = None  # the FOIA section the answer cites, e.g. "43(2)"
    status: str = "Held"  # "Held", "Not held" or "Held in part"
    note: str = ""  # a footnote on the answer (the footnoted style prints it)

    @property
    def has_table(self) -> bool:
        return any(isinstance(p, list) for p in self.answer)


TOPICS: list[Topic] = [
    Topic(
        "How many hospital porters does the Trust employ, and how many of them work night shifts?",
        "the number of porters employed and how many of them work night shifts",
        [
            "The Trust employs 96 porters, of whom 23 are rostered mainly on night shifts.",
        ],
        note="Headcount from the electronic staff record at the end of June 2024.",
    ),
    Topic(
        "Please tell me the Trust's spending on bank holiday enhanced pay in 2023/24.",
        "the total paid in bank holiday enhancements during 2023/24",
        [
            "Enhanced pay for work on bank holidays cost the Trust £1,284,730 in 2023/24.",
            "This includes medical and dental staff as well as staff on Agenda for Change terms.",
        ],
        note="Payroll figures before employer's national insurance and pension costs.",
    ),
    Topic(
        "How many falls resulting in a hip fracture did inpatients suffer in each of the last "
        "three years?",
        "the number of inpatient falls causing a hip fracture in each of the last three years",
        [
            [
                ["Year", "Falls with hip fracture"],
                ["2021/22", "14"],
                ["2022/23", "11"],
                ["2023/24", "9"],
            ]
        ],
        note="Counted from incidents graded moderate harm or above.",
    ),
    Topic(
        "Does the Trust hold a register of gifts and hospitality offered to its consultants by "
        "pharmaceutical companies?",
        "a copy of the register of gifts and hospitality offered to consultants by drug companies",
        [
            "Yes. The register of interests, gifts and hospitality is published on our website "
            "each quarter, so we have not attached it; the information is exempt under section "
            "21 as it is already accessible to you.",
        ],
        "21",
        note="The register is on the About Us pages under Corporate Publications.",
    ),
    Topic(
        "What is the name of the company that supplies the Trust's hospital food, and what "
        "is the annual contract price?",
        "the name of the catering supplier and the yearly value of its contract",
        [
            "Patient meals are supplied by Hearthside Catering Partnerships Ltd.",
            "We are not releasing the contract price. Disclosing it would prejudice the "
            "supplier's commercial interests ahead of a re-tender, so it is withheld under "
            "section 43(2).",
        ],
        "43(2)",
        status="Held in part",
    ),
    Topic(
        "How many patients were discharged from the stroke unit to a care home in 2023?",
        "the number of stroke unit patients discharged to a care home in 2023",
        [
            "The Trust does not record discharge destination in a way that separates care "
            "homes from other residential settings, so this information is not held.",
            "We can tell you that 412 patients were discharged from the stroke unit in 2023.",
        ],
        status="Not held",
    ),
    Topic(
        "How many consultants have been suspended or excluded from work in the past two years, "
        "and in which specialties?",
        "the number of consultants excluded from work in the last two years and their specialties",
        [
            "Four consultants were excluded from work in the past two years.",
            "Their specialties are withheld under section 40(2). With numbers this small, "
            "naming the specialty would identify the doctors concerned and disclosure would "
            "breach data protection law.",
        ],
        "40(2)",
        status="Held in part",
    ),
    Topic(
        "Please provide the Trust's cyber security incident response plan.",
        "a copy of the cyber security incident response plan",
        [
            "We hold an incident response plan, reviewed every year by the digital services board.",
            "The plan itself is withheld under section 31(1)(a). It describes how our systems "
            "are defended and restored, and releasing it would make crime against the Trust "
            "more likely.",
        ],
        "31(1)(a)",
        status="Held in part",
    ),
    Topic(
        "What was the average time from referral to first appointment in the memory "
        "assessment service last year?",
        "the average wait from referral to first appointment for the memory clinic in 2023/24",
        [
            "The mean wait was 11.4 weeks and the median wait was 9 weeks in 2023/24.",
        ],
        note="Waits are measured from the date the referral letter was received.",
    ),
    Topic(
        "How much did the Trust spend on agency and locum doctors in each quarter of 2023/24?",
        "the spending on agency and locum doctors for each quarter of 2023/24",
        [
            [
                ["Quarter", "Agency and locum doctors"],
                ["April to June 2023", "£2,106,400"],
                ["July to September 2023", "£1,874,950"],
                ["October to December 2023", "£2,311,080"],
                ["January to March 2024", "£2,052,615"],
            ]
        ],
        note="Spending on doctors booked through framework agencies only.",
    ),
    Topic(
        "Does the Trust intend to close the minor injuries unit at its community hospital?",
        "any plans to close the minor injuries unit at the community hospital",
        [
            "A review of urgent care services is in progress and a report will be published "
            "after the board meeting in the autumn.",
            "The draft options paper is intended for publication at that time and is "
            "withheld until then under section 22(1).",
        ],
        "22(1)",
        status="Held in part",
    ),
    Topic(
        "How many complaints did the Trust receive about car parking charges in 2023?",
        "the number of complaints about car parking charges received in 2023",
        [
            "Complaints are coded by the service concerned rather than by subject, so we "
            "cannot identify those about parking charges without reading every file. The "
            "information is not held in a retrievable form.",
        ],
        status="Not held",
    ),
    Topic(
        "How many electric vehicle charging points are there on the Trust's sites?",
        "the number of electric vehicle charging points on Trust sites",
        [
            "There are 38 charging points: 24 at the main hospital, 10 at the treatment "
            "centre and 4 at the headquarters building.",
            "A further 12 are due to be installed in the new multi-storey car park.",
        ],
        note="Includes the 6 points reserved for the Trust's own pool cars.",
    ),
    Topic(
        "Please give me a copy of the independent investigation report into the maternity "
        "incident at the Trust in 2022, including the family's account.",
        "the independent investigation report into the 2022 maternity incident, with the "
        "family's account",
        [
            "The report was shared with the family in confidence and contains their account of "
            "events given to the investigators.",
            "It is withheld under section 41(1), as disclosure would be an actionable breach of "
            "the confidence in which the family spoke to the investigators.",
        ],
        "41(1)",
        status="Held in part",
    ),
    Topic(
        "How many staff were on long-term sickness absence for stress or anxiety on 31 March 2024?",
        "the number of staff on long-term sickness absence for stress or anxiety on 31 March 2024",
        [
            "On 31 March 2024, 73 members of staff had been absent for more than 28 days with "
            "stress, anxiety or depression recorded as the reason.",
        ],
        note="Long-term absence means an episode lasting more than 28 calendar days.",
    ),
    Topic(
        "What is the annual cost of the Trust's interpreting and translation services?",
        "the annual cost of interpreting and translation services",
        [
            "Interpreting and translation cost £402,118 in 2023/24. Face-to-face interpreting "
            "was £281,560 of this, telephone and video interpreting £96,204 and written "
            "translation £24,354.",
        ],
    ),
]

EXPLANATIONS: dict[str, str] = {
    "40(2)": "About section 40(2): personal data about people other than you may only be "
    "released where that would be fair and lawful, which it would not be here.",
    "43(2)": "About section 43(2): this is a qualified exemption, and we found the public "
    "interest favoured keeping the commercial detail back for now.",
    "31(1)(a)": "About section 31(1)(a): the law enforcement exemption protects information "
    "that would help someone commit a crime, including an attack on our IT.",
    "21": "About section 21: the Act does not require us to supply what you can already "
    "get elsewhere, and we have told you where to look.",
    "22(1)": "About section 22(1): information held with a view to publication at a future "
    "date can be kept back until that date.",
    "41(1)": "About section 41(1): this absolute exemption applies to information given to "
    "the Trust in confidence by another person.",
}

# the closing paragraphs of the two variants of each trust ("a", "b")
CLOSINGS: dict[str, tuple[str, str]] = {
    "review": (
        "Should you wish to challenge this response, please write to us within 40 working "
        "days asking for an internal review, which a senior officer not involved in this "
        "reply will carry out.",
        "You are entitled to request a review of our decision. Please quote the reference "
        "above and tell us which parts of the response you disagree with.",
    ),
    "regulator": (
        "Once the review is complete, if you remain dissatisfied you may take your case to "
        "the Information Commissioner: Information Commissioner's Office, Wycliffe House, "
        "Water Lane, Wilmslow, Cheshire, SK9 5AF.",
        "The Information Commissioner's Office (telephone 0303 123 1113) can consider a "
        "complaint once our own review process has been used.",
    ),
    "reuse": (
        "Most of the information we release can be reused under the Open Government Licence; "
        "where copyright belongs to someone else we will say so.",
        "Please ask us before republishing any document we have supplied for commercial use.",
    ),
    "thanks": (
        "We appreciate your interest in the work of the Trust.",
        "Thank you for contacting the Trust's information governance team.",
    ),
}

SIGNATURES: tuple[list[str], list[str]] = (
    ["Yours sincerely", "Freedom of Information Officer", "Corporate Governance Department"],
    ["Best regards", "Information Access Coordinator", "Tel. 01632 960 418"],
)
