"""The words of held-out set D's FOI letters: questions and answers, exemption
explanations, closings and signature blocks.

Written fresh for set D (issue #13) without reading the parser's vocabulary, rules or
model, and without copying any corpus letter: fictional trusts, suppliers and figures.
A topic's answer is a list of parts: a string is a paragraph, a list of rows a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Part = str | list[list[str]]


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[Part]
    exemption: str | None = None  # FOIA section cited in the answer, e.g. "40(2)"
    tags: frozenset[str] = field(default_factory=frozenset)  # "table", "multi"


def _t(q: str, *a: Part, ex: str | None = None) -> Topic:
    tags = {"table" for p in a if isinstance(p, list)} | ({"multi"} if len(a) > 1 else set())
    return Topic(q, list(a), ex, frozenset(tags))


TOPICS: list[Topic] = [
    _t(
        "How many incidents of violence or aggression against staff were reported in each of "
        "the last three financial years?",
        "The figures below are taken from our incident reporting system.",
        [
            ["Financial year", "Incidents reported"],
            ["2021/22", "412"],
            ["2022/23", "467"],
            ["2023/24", "503"],
        ],
    ),
    _t(
        "What was the Trust's total spend on agency medical staff in 2023/24?",
        "The Trust spent £4,812,330 on agency medical staff in 2023/24.",
    ),
    _t(
        "Does the Trust employ a dedicated menopause lead?",
        "No. Menopause support is provided through our occupational health service and the "
        "staff wellbeing hub.",
    ),
    _t(
        "How many patients waited longer than 12 hours in the emergency department from a "
        "decision to admit during January 2024?",
        "Nil return. No patient waited longer than 12 hours from a decision to admit in "
        "January 2024.",
    ),
    _t(
        "Please provide a copy of the Trust's policy on the use of body-worn cameras by "
        "security staff.",
        "The Trust does not hold this information. Our security officers do not wear body-worn "
        "cameras, so there is no policy on their use.",
    ),
    _t(
        "How many never events did the Trust declare in 2023, broken down by category?",
        "Four never events were declared in 2023.",
        [
            ["Category", "Number"],
            ["Wrong site surgery", "2"],
            ["Retained foreign object", "1"],
            ["Misplaced naso-gastric tube", "1"],
        ],
    ),
    _t(
        "How many members of staff were dismissed for gross misconduct in 2023/24?",
        "Fewer than five members of staff were dismissed for gross misconduct in 2023/24. We "
        "are withholding the exact number under section 40(2) of the Act because, with other "
        "information in the public domain, it could identify the people concerned.",
        ex="40(2)",
    ),
    _t(
        "Who supplies the Trust's electronic patient record system, and when does the contract "
        "end?",
        "The system is supplied by Corvell Health Systems Ltd under a contract that runs until "
        "31 March 2028. The value of the contract is withheld under section 43(2) of the Act.",
        ex="43(2)",
    ),
    _t(
        "Please send me a copy of the Trust's annual report for 2022/23.",
        "The annual report is published on our website in the About us section, under Annual "
        "reports and accounts. As it is reasonably accessible to you, it is exempt under "
        "section 21 of the Act.",
        ex="21",
    ),
    _t(
        "How many car parking penalty charge notices were issued to staff vehicles in 2023?",
        "1,284 penalty charge notices were issued to staff vehicles in 2023.",
    ),
    _t(
        "How many inpatient beds did the Trust have on 1 April 2024, by type of ward?",
        "On 1 April 2024 the Trust had 746 inpatient beds.",
        [
            ["Type of ward", "Beds"],
            ["Adult acute", "512"],
            ["Children's", "64"],
            ["Maternity", "58"],
            ["Critical care", "42"],
            ["Rehabilitation", "70"],
        ],
    ),
    _t(
        "How many formal complaints about communication did the Trust receive in 2023/24?",
        "We received 1,107 formal complaints in 2023/24, of which 238 were recorded with "
        "communication as the main subject.",
        "Our complaints system records one main subject per complaint, so complaints in which "
        "communication was a secondary concern are not counted in this figure.",
    ),
    _t(
        "Does the Trust provide free sanitary products in staff toilets?",
        "Yes. Free sanitary products have been available in staff toilets at all of our "
        "hospital sites since October 2022.",
    ),
    _t(
        "How many bookings for British Sign Language interpreters were made in 2023?",
        "There were 356 bookings for British Sign Language interpreters in 2023.",
    ),
    _t(
        "What is the average time taken to fill a registered nurse vacancy?",
        "The average time to hire a registered nurse in 2023/24 was 71 days, measured from the "
        "closing date of the advert to the first day in post.",
        "We do not record the date on which an advert is first placed, so this is the nearest "
        "measure we hold.",
    ),
    _t(
        "Please provide every email sent by the estates department since 2015 that mentions "
        "asbestos.",
        "We estimate that finding and extracting these emails would take well over 18 hours, "
        "so under section 12 of the Act we are not obliged to answer this part of your request.",
        ex="12",
    ),
    _t(
        "How much did the Trust spend on taxis for patients in 2023/24?",
        "£386,214.",
    ),
    _t(
        "How many public-access defibrillators are there on the Trust's sites?",
        "There are 48 public-access defibrillators across our sites.",
    ),
    _t(
        "Has the Trust audited its use of restrictive practice on mental health wards since 2022?",
        "This information is not held. The Trust does not run inpatient mental health wards.",
    ),
    _t(
        "How many members of staff began a career break in 2023?",
        "Nil. No member of staff began a career break in 2023.",
    ),
    _t(
        "What was the vacancy rate for healthcare support workers in March 2024?",
        "9.4%.",
    ),
    _t(
        "How many cyber security incidents were reported to NHS England in 2023?",
        "Two incidents were reported in 2023. Neither led to the loss of patient data.",
    ),
]

# Long explanations printed after the answers, one per section, in two wordings.
EXPLANATIONS: dict[str, list[str]] = {
    "40(2)": [
        "Section 40(2) exempts personal data about people other than the applicant where "
        "disclosing it would breach the data protection principles. Staff who have left under "
        "a disciplinary process would reasonably expect that fact to stay confidential, and "
        "with numbers this small the risk of someone being recognised is real, so we have "
        "given a range rather than the exact figure. This exemption is absolute and needs no "
        "public interest test.",
        "About personal information: where a figure is below five we do not publish it. Small "
        "numbers, put together with what colleagues or the local press already know, can point "
        "to individuals, and releasing them would be unfair to those people. We rely on "
        "section 40(2) of the Freedom of Information Act for this.",
    ],
    "43(2)": [
        "Section 43(2) covers information whose release would be likely to prejudice someone's "
        "commercial interests. The contract value would show competitors the price at which the "
        "supplier is willing to work, and would weaken the Trust's hand when the contract is "
        "retendered. We have weighed the public interest in transparency about public spending "
        "against this and concluded that, on balance, it favours withholding the figure.",
        "On the contract value: we consider that disclosure would be likely to harm both the "
        "supplier's and the Trust's commercial interests, so section 43(2) applies. Having "
        "considered the public interest, we find that the interest in keeping the figure "
        "confidential outweighs the interest in releasing it at this time.",
    ],
    "21": [
        "Section 21 applies to information that the applicant can already get by other means. "
        "Where a document is published on our website we point you to it rather than sending "
        "a copy; this is an absolute exemption and no public interest test is needed.",
        "Where we have relied on section 21, the information is already published and freely "
        "available, and the link or location we have given will take you to it.",
    ],
    "12": [
        "Section 12 allows a public authority to refuse a request where the cost of finding, "
        "retrieving and extracting the information would exceed the appropriate limit, which "
        "for the NHS is £450, or 18 hours of staff time at £25 an hour. Our email system holds "
        "several million messages and cannot be searched by keyword across a department, so "
        "each mailbox would have to be read by hand. If you narrow your request, for example "
        "to one named project and a single year, we will consider it again.",
        "Why we cannot answer in full: the law sets a limit of 18 hours on the time we may "
        "spend locating and extracting information for a request. Searching years of "
        "departmental correspondence would go far beyond that limit, so section 12 of the "
        "Freedom of Information Act applies. You are welcome to submit a narrower request.",
    ],
}

# Closings by kind, two wording families (trust "a" of a style takes family 0, "b" 1).
CLOSINGS: dict[str, list[str]] = {
    "hope": [
        "We trust that this answers your questions, but do get in touch if anything is unclear.",
        "I hope the information above is useful to you.",
    ],
    "review": [
        "Should you be dissatisfied with how we have dealt with your request, you can ask for "
        "it to be looked at again. Please write to our Head of Information Governance within "
        "40 working days of the date of this letter, saying what you would like reconsidered.",
        "Not happy with our reply? You have the right to an independent review carried out by "
        "a senior manager who took no part in the original decision. Reply to this email within "
        "two months and tell us why you think we got it wrong.",
    ],
    "ico": [
        "Once our review is complete, if you still feel the matter is unresolved you may take "
        "it to the Information Commissioner, the independent regulator for information rights, "
        "at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or through the ICO website.",
        "The regulator of the Act is the Information Commissioner's Office. You may appeal to "
        "the Commissioner after our internal review has concluded; there is no charge for "
        "doing so.",
    ],
    "reuse": [
        "The material supplied remains subject to the Trust's copyright. You are free to use "
        "it for your own research or private study, but republishing it or using it "
        "commercially requires our permission.",
        "Most of what we release can be re-used under the Open Government Licence. Where a "
        "document belongs to someone else, such as a supplier, you will need their consent "
        "before re-using it.",
    ],
    "survey": [
        "Help us improve: please take two minutes to tell us about your experience of our FOI "
        "service by completing our short online questionnaire.",
        "We would value your views on how we handled this request. A link to a brief feedback "
        "form is on our Freedom of Information web page.",
    ],
    "publish": [
        "Please be aware that we publish anonymised copies of our responses in the disclosure "
        "log on our website, so this reply may appear there.",
        "In the interests of openness, this response will be added to our online disclosure "
        "log, with your personal details removed.",
    ],
}

SIGNATURES: list[list[str]] = [
    [
        "Yours sincerely",
        "Rowan Tremlett",
        "Information Governance Officer",
        "Information Governance Team",
    ],
    [
        "Kind regards",
        "FOI Administrator",
        "Corporate Governance Department",
    ],
]
