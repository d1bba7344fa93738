"""The words of held-out set AG's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied), the answers citing two exemptions together in
the plural, the 'not held' answers citing section 1(1)(a), the answers withheld under
section 36 on the qualified person's opinion, the sentences that carry the reference,
the card titles, the form's field titles, the fixed-width listing's column heads, the
letterhead panel's and page footer's lines, openings, closings and signatures; its own
date forms ('3 Apr 2024', '3 April 2024').

Written fresh for set AG without reading the parser's vocabulary, rules or model,
without reusing sets D to AF's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def short_month_date(iso: str) -> str:
    """'3 Apr 2024': the month cut to three letters, no full stop."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def long_date(iso: str) -> str:
    """'3 April 2024'."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many electric vehicle charging points are there in the Trust's visitor car parks?",
        ("There are 26 charging points across the three visitor car parks.",),
    ),
    Topic(
        "How many complaints about patient meals did the Trust receive in 2023/24?",
        (
            "The Trust received 57 complaints about patient meals in 2023/24.",
            "Most concerned the choice of hot meals on the evening menu.",
        ),
    ),
    Topic(
        "What rates per item does the Trust pay its laundry contractor for bed linen?",
        (
            "The laundry contract was awarded in 2022 for five years after an open tender.",
            "The rates per item are withheld under section 43(2), because publishing them "
            "before the contract is retendered would weaken the Trust's negotiating position.",
        ),
        "43(2)",
    ),
    Topic(
        "How many CCTV cameras cover the main hospital site, and where are they positioned?",
        (
            "There are 184 CCTV cameras on the main hospital site.",
            "Their positions are withheld under section 31(1)(a), as a map of the cameras "
            "would show where offences could be committed without being recorded.",
        ),
        "31(1)(a)",
    ),
    Topic(
        "How many concerns were raised with the Trust's Freedom to Speak Up Guardian in 2023?",
        ("Ninety-three concerns were raised with the Guardian during 2023.",),
    ),
    Topic(
        "How many bariatric beds does the Trust own, and how many does it hire when needed?",
        (
            "The Trust owns 11 bariatric beds.",
            "A further four were hired on average each month in 2023/24.",
        ),
    ),
    Topic(
        "How many security officers are on duty in the emergency department overnight?",
        (
            "The emergency department is covered by the site security team throughout the night.",
            "The number on duty is withheld under section 38(1)(a), because disclosing it "
            "could put the health and safety of staff and patients at risk.",
        ),
        "38(1)(a)",
    ),
    Topic(
        "Has the Trust published its green plan, and where can it be found?",
        (
            "Yes. The green plan is on the Sustainability page of the Trust's website.",
            "Because it is already published, it is exempt under section 21 and we have "
            "not attached a copy.",
        ),
        "21",
    ),
    Topic(
        "What proportion of the Trust's staff had a flu vaccination in the 2023/24 season?",
        ("Of frontline staff, 61.8% were vaccinated against flu in the 2023/24 season.",),
    ),
    Topic(
        "How many pest control call-outs did the Trust make on its hospital sites in 2023?",
        (
            "There were 38 pest control call-outs in 2023.",
            "Twenty-two of them were for mice in storage areas.",
        ),
    ),
    Topic(
        "What pricing model did the supplier of the Trust's staff rostering system submit "
        "in its bid?",
        (
            "The rostering system was bought through a national framework in 2021.",
            "The pricing model was provided to the Trust in confidence and is exempt under "
            "section 41(1), as disclosing it would be an actionable breach of confidence.",
        ),
        "41(1)",
    ),
    Topic(
        "How many consultant radiologist posts were vacant on 1 March 2024?",
        ("On 1 March 2024, 4.5 whole-time equivalent consultant radiologist posts were vacant.",),
    ),
]

# one answer citing two exemptions together in the plural ('sections 40(2) and 43(2)')
PLURAL_QUESTIONS = (
    "Please send me the Trust's contract with its patient transport provider, including "
    "the price paid per journey.",
    "Where are panic alarms fitted in the emergency department, and how often were they "
    "used in 2023?",
)
PLURAL_ANSWERS = (
    (
        "A copy of the contract is enclosed, with the price per journey and the names of "
        "the provider's staff removed.",
        "These details are withheld under sections 40(2) and 43(2) of the Act: the names are "
        "personal data, and the prices would harm the commercial interests of the Trust and "
        "of the provider.",
    ),
    (
        "Panic alarms in the emergency department were used 212 times in 2023.",
        "Their locations are not disclosed. Sections 31(1)(a) and 38(1)(a) apply, since "
        "knowing them would help anyone intending harm and could endanger staff.",
    ),
)
PLURAL_SECTIONS = (("40(2)", "43(2)"), ("31(1)(a)", "38(1)(a)"))

# one 'not held' answer citing section 1(1)(a), which is the duty to say so
NOT_HELD_QUESTIONS = (
    "How many patients seen by the Trust's hospital-at-home service in 2023 had been "
    "referred by paramedics?",
    "How much did the Trust spend on agency porters in each month of 2023?",
)
NOT_HELD_ANSWERS = (
    (
        "The Trust does not hold this information. Under section 1(1)(a) of the Act we must "
        "tell you so; referrals to the service are not recorded by where they came from.",
    ),
    (
        "Under section 1(1)(a) of the Freedom of Information Act, I can confirm that the "
        "Trust holds no record of this.",
        "Porters are employed directly, and no agency porters were engaged in 2023.",
    ),
)

# one answer withheld under section 36 on the qualified person's opinion, given on {day}
QP_QUESTIONS = (
    "Please provide the draft report of the review of bed management presented to the "
    "Executive Team earlier this year.",
    "Please send me the notes of the options appraisal for merging the two stroke units.",
)
QP_ANSWERS = (
    (
        "The draft report is withheld under section 36(2)(b)(ii), as disclosure would be "
        "likely to inhibit the free and frank exchange of views for the purposes of "
        "deliberation.",
        "The Trust's qualified person, the Chief Executive, gave her opinion that the "
        "exemption applies on {day}.",
        "The final report will be published once the Board has considered it.",
    ),
    (
        "In the reasonable opinion of the qualified person (the Trust Chair), given on "
        "{day}, releasing the notes would otherwise prejudice the effective conduct of "
        "public affairs, and section 36(2)(c) applies.",
        "The appraisal is still under way, and we have concluded that the public interest "
        "favours withholding the notes until a decision is made.",
    ),
)
QP_SECTIONS = ("36(2)(b)(ii)", "36(2)(c)")

# the reference printed only in a sentence of running text
REF_OPENINGS = (
    "Thank you for your e-mail received on {rec}, which we have logged under reference "
    "{ref}. Our answers to your questions follow.",
    "We received your request for information on {rec} and answer it below.",
)
REF_QUOTE = "Please quote {ref} if you write to us about this request."

# cards set two or three to a row
CARD_TITLES = ("Question {n}", "{n}")
CARD_LEADS = (
    "Each of your questions is set out on a card below, with our answer under it.",
    "Your questions and our answers:",
)

# the response form: its title and field titles
FORM_TITLES = ("Freedom of Information – Response Form", "FOI Response Record")
FORM_HEAD_FIELDS = (
    ("Reference number", "Date request received", "Date of response"),
    ("Our reference", "Received", "Responded"),
)
FORM_ASK = ("Request {n}", "Question {n}")
FORM_REPLY = ("Response {n}", "Trust answer")
FORM_DONE = ("Completed by", "Response approved by")

# the fixed-width listing's column heads
LISTING_HEADS = (("No.", "Your question", "Our response"), ("Q", "Request", "Response"))
LISTING_LEADS = (
    "Our response to each of your questions is in the table below.",
    "Please see the table below for the Trust's answers.",
)

# the letterhead panel (a text box) and the page footer
PANEL_LINES = (
    (
        "Information Governance Office",
        "Level 3, Harbour Wing",
        "Tel: 01632 960 418",
        "foi.team@ospreyquay.nhs.uk",
        "",
        "Our ref: {ref}",
        "Date: {resp}",
    ),
    (
        "Freedom of Information",
        "Corporate Offices, Block C",
        "Direct line: 01632 960 772",
        "",
        "Please quote: {ref}",
        "Date of letter: {resp}",
    ),
)
FOOTERS = (
    "Chair: Imogen Achterberg   Chief Executive: Rafael Nwankwo",
    "Chair: Dr Sunita Baptiste | Chief Executive: Owen Fairhurst | www.redstartyard.nhs.uk",
)
RECIPIENT = ("Sent by e-mail only", "[Requester's e-mail address redacted]")

OPENINGS = (
    "Thank you for your Freedom of Information request, received on {rec}. Please find "
    "the Trust's response below.",
    "Your request under the Freedom of Information Act 2000 reached us on {rec}. We have "
    "now looked into each of your questions.",
)
GREETINGS = ("Dear Requester,", "Dear Sir/Madam")

CLOSINGS = {
    "review": (
        "Should you be dissatisfied with this response, you may ask for it to be reviewed. "
        "Please write to the Head of Information Governance within 40 working days.",
        "Any request for an internal review of this decision should reach the FOI Office "
        "no later than two months after the date of this letter.",
    ),
    "regulator": (
        "After the internal review you may take the matter to the Information "
        "Commissioner, whose office can be contacted through ico.org.uk.",
        "If the review does not resolve your concerns, the Information Commissioner's "
        "Office can investigate; its address is Wycliffe House, Water Lane, Wilmslow "
        "SK9 5AF.",
    ),
    "reuse": (
        "You are free to re-use the information supplied under the Open Government "
        "Licence v3.0, unless it says otherwise.",
        "The information we have provided may be re-used under the Open Government "
        "Licence; where third-party material is included, please seek the owner's consent.",
    ),
}
SIGNATURES = (
    ["Yours sincerely", "Marisol Pennington-Oyelaran", "Freedom of Information Officer"],
    ["Yours faithfully", "Cormac Delahunty", "Information Rights Manager"],
)

__all__ = ["TOPICS", "Topic", "long_date", "short_month_date"]
