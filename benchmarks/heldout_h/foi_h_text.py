"""The words of held-out set H's FOI letters: topics (question, the same request as a
noun phrase, answer, exemption), exemption explanations, closings and signatures.

Written fresh for set H (issue #13) without reading the parser's vocabulary, rules or
model, without reusing sets D to G's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services and figures. An answer is a list of parts: a
paragraph (str) or a table of figures (a list of rows).
"""

from __future__ import annotations

from dataclasses import dataclass

Part = str | list[list[str]]


@dataclass(frozen=True)
class Topic:
    question: str  # the request as a question
    item: str  # the same request as a requester's list item: a noun phrase, no "?"
    answer: list[Part]
    exemption: str | None = None  # the FOIA section the answer cites, e.g. "43(2)"

    @property
    def has_table(self) -> bool:
        return any(isinstance(p, list) for p in self.answer)


TOPICS: list[Topic] = [
    Topic(
        "How many midwives did the Trust employ on 1 April 2024, counted as whole-time "
        "equivalents?",
        "The number of whole-time equivalent midwives employed by the Trust on 1 April 2024.",
        ["On 1 April 2024 the Trust employed 187.4 whole-time equivalent midwives."],
    ),
    Topic(
        "What did the Trust pay in clinical negligence premiums to NHS Resolution in 2023/24?",
        "The total clinical negligence premium paid to NHS Resolution in 2023/24.",
        [
            "The Trust's contribution to the Clinical Negligence Scheme for Trusts in 2023/24 "
            "was £14,862,000.",
            "Maternity services account for a little over half of this sum.",
        ],
    ),
    Topic(
        "How many patients waited longer than 12 hours in the emergency department from "
        "arrival to admission, discharge or transfer in each month of 2023?",
        "Monthly counts of patients spending more than 12 hours in the emergency "
        "department, January to December 2023.",
        [
            [
                ["Quarter of 2023", "Patients waiting over 12 hours"],
                ["January to March", "1,146"],
                ["April to June", "702"],
                ["July to September", "655"],
                ["October to December", "1,018"],
            ],
            "We have given the figures by quarter because our published performance reports "
            "use quarters; a monthly split is available on request.",
        ],
    ),
    Topic(
        "Does the Trust use any artificial intelligence software to read X-rays or CT "
        "scans, and if so which product?",
        "Details of any artificial intelligence software used to report X-rays or CT scans, "
        "including the product name.",
        [
            "Yes. Since February 2023 chest X-rays from GP referrals have been triaged by "
            "LumenRead, supplied by Calder Imaging Ltd.",
            "A consultant radiologist still reports every image; the software only sets the "
            "order in which they are read.",
        ],
    ),
    Topic(
        "What was the total value of the Trust's contract for laundry and linen services, "
        "and which company holds it?",
        "The name of the laundry and linen contractor and the total value of the contract.",
        [
            "Linen and laundry are provided by Whitestone Textile Services Ltd.",
            "The value of the contract is withheld under section 43(2). The contract is due "
            "for renewal this year and knowledge of the current price would weaken the "
            "Trust's position in the negotiation.",
        ],
        "43(2)",
    ),
    Topic(
        "How many formal grievances were raised by staff in 2023/24 and how many of them "
        "alleged bullying by a named manager?",
        "Formal staff grievances raised in 2023/24, and the subset alleging bullying by "
        "named managers with those managers' departments.",
        [
            "Staff raised 58 formal grievances in 2023/24, of which 17 included an "
            "allegation of bullying.",
            "We have not provided the departments of the managers concerned. In several "
            "departments the numbers are small enough that individuals could be identified, "
            "so this detail is exempt under section 40(2) of the Act.",
        ],
        "40(2)",
    ),
    Topic(
        "What is the Trust's annual spend on taxis for patients and staff?",
        "Annual expenditure on taxi journeys for patients and staff for 2023/24.",
        [
            [
                ["Journeys for", "2023/24"],
                ["Patients", "£318,260"],
                ["Staff", "£47,905"],
                ["Total", "£366,165"],
            ]
        ],
    ),
    Topic(
        "When will the Trust publish its next gender pay gap report?",
        "A copy of the Trust's most recent gender pay gap report and the date of the next one.",
        [
            "The next report will be published on our website by 30 March 2025, with the "
            "snapshot date of 31 March 2024.",
            "As the report is intended for future publication, we are withholding the draft "
            "under section 22(1) until then.",
        ],
        "22(1)",
    ),
    Topic(
        "How many beds on the Trust's wards were closed because of norovirus in winter 2023/24?",
        "Bed days lost to norovirus ward closures between December 2023 and March 2024.",
        [
            "Between December 2023 and March 2024, 2,214 bed days were lost to ward closures "
            "for norovirus, across nine outbreaks."
        ],
    ),
    Topic(
        "Can the Trust provide its most recent Patient-Led Assessment of the Care "
        "Environment scores?",
        "The Trust's latest Patient-Led Assessment of the Care Environment (PLACE) scores.",
        [
            "PLACE results for every hospital are published by NHS Digital, and the Trust's "
            "scores can be found there. This information is therefore exempt under "
            "section 21, being reasonably accessible by other means."
        ],
        "21",
    ),
    Topic(
        "How many members of staff completed the Trust's menopause awareness training last year?",
        "Staff completions of menopause awareness training in the last financial year.",
        [
            "412 members of staff completed the e-learning module and 96 line managers "
            "attended the half-day workshop in 2023/24."
        ],
    ),
    Topic(
        "What firewall and anti-virus products protect the Trust's network, and when do "
        "their licences expire?",
        "Names of the firewall and anti-virus products in use, with licence expiry dates.",
        [
            "We can confirm that the Trust uses commercial firewall and endpoint protection "
            "products, renewed annually.",
            "The product names and renewal dates are withheld under section 31(1)(a), since "
            "they would help anyone planning an attack on our network.",
        ],
        "31(1)(a)",
    ),
    Topic(
        "How many outpatient appointments were delivered by video consultation in 2023/24?",
        "Outpatient appointments held by video in 2023/24, as a number and a share of all "
        "outpatient appointments.",
        [
            "There were 38,905 video consultations in 2023/24, which is 6.1% of all "
            "outpatient attendances."
        ],
    ),
    Topic(
        "Which wards have had a ligature risk assessment completed in the last twelve months?",
        "The list of wards with a ligature risk assessment completed in the past year.",
        [
            "All eleven inpatient wards had a ligature risk assessment in the last twelve "
            "months. Each is reviewed again after any change to the ward's layout or fittings."
        ],
    ),
    Topic(
        "How much did the Trust receive from overseas visitors charged for NHS treatment, "
        "and how much was written off?",
        "Income invoiced to overseas visitors for treatment in 2023/24, and the sum written "
        "off as unrecoverable.",
        [
            [
                ["2023/24", "Amount"],
                ["Invoiced", "£1,093,480"],
                ["Recovered", "£402,115"],
                ["Written off", "£288,760"],
            ],
        ],
    ),
    Topic(
        "What is the average time taken to recruit a newly qualified nurse, from advert to "
        "start date?",
        "The average time from advert to start date for newly qualified nurses.",
        [
            "The average time to hire in 2023/24 was 64 days from the closing date of the "
            "advert to the first day in post.",
            "Most newly qualified nurses join in September, after their registration, so "
            "this average includes time waiting for their registration.",
        ],
    ),
]

# After the answers, some letters explain the exemptions they applied (in no answer).
EXPLANATIONS: dict[str, str] = {
    "40(2)": "Note on section 40(2): this absolute exemption covers information about third "
    "parties whose release would break data protection principles.",
    "43(2)": "Note on section 43(2): having weighed the arguments, we judge that the public "
    "interest in maintaining the exemption is greater than that in releasing the price.",
    "31(1)(a)": "Note on section 31(1)(a): details of defences are withheld across the NHS, "
    "and the public interest lies in keeping services safe from cyber crime.",
    "21": "Note on section 21: where information is already published, we point you to it "
    "rather than sending another copy.",
    "22(1)": "Note on section 22(1): the exemption applies because a publication date has "
    "been set and it is reasonable to wait for it.",
}

# Each kind: (trust a's words, trust b's words). None of these are answers.
CLOSINGS: dict[str, tuple[str, str]] = {
    "review": (
        "If you are unhappy with the way your request was handled, you can ask for an "
        "internal review within two months of today by replying to this letter.",
        "Any complaint about this response should be sent to the Head of Information "
        "Governance, who will arrange an independent review.",
    ),
    "regulator": (
        "If the review does not settle the matter, you may complain to the Information "
        "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "After an internal review you also have a right to apply to the Information "
        "Commissioner at www.ico.org.uk or on 0303 123 1113.",
    ),
    "reuse": (
        "Most information we release can be reused freely; please ask before republishing "
        "anything marked as third-party copyright.",
        "This disclosure is made to the public, not just to you, and will appear in the "
        "Trust's disclosure log.",
    ),
    "thanks": (
        "With thanks for your patience while we gathered this information.",
        "Please quote the reference above in any further correspondence.",
    ),
}

SIGNATURES: tuple[list[str], list[str]] = (
    ["Kind regards", "FOI Lead", "Information Rights Office"],
    ["With best wishes", "Information Governance Manager", "Direct line: 01632 960 771"],
)
