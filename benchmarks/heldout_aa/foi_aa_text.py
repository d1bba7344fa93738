"""The words of held-out set AA's FOI letters: topics (a question, its answer
paragraphs, the FOIA section applied, a web address some answers end with), answers
quoting an exemption's wording from the Act, the opening sentences that name the
request's own date and the day it arrived, apologies for a late reply, the subjects
of two requests answered in one letter, ordinal lead-ins, closings and signatures;
and set AA's date forms ("4 March 2024", "04/03/2024", "2024-03-04"; sets Y's and
W's functions, imported).

Written fresh for set AA without reading the parser's vocabulary, rules or model,
without reusing sets D to Z's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.heldout_y.foi_y_text import DATE_FORMS as DATE_FORMS_Y


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies
    link: str = ""  # the path of a page on the trust's site the 'web link' letters print


TOPICS: list[Topic] = [
    Topic(
        "How many speech and language therapists does the Trust employ in its paediatric "
        "service, as whole-time equivalents?",
        (
            "The paediatric service employs 23.4 whole-time equivalent speech and language "
            "therapists as at 31 March 2024.",
        ),
        link="/services/childrens-therapies",
    ),
    Topic(
        "What was the Trust's total spend on interpreting and translation services in 2023/24?",
        (
            "The Trust spent £412,880 on interpreting and translation in 2023/24.",
            "This includes face-to-face, telephone and British Sign Language interpreting.",
        ),
        link="/about-us/spending-over-25k",
    ),
    Topic(
        "How many complaints about its car parking charges did the Trust log in 2023?",
        (
            "The Patient Advice and Liaison Service logged 146 complaints about parking "
            "charges in 2023.",
        ),
    ),
    Topic(
        "Which company supplies the Trust's patient meals, and when does the contract end?",
        (
            "Patient meals are supplied by a regional catering firm under a contract that "
            "ends on 30 September 2026.",
            "The contract's unit prices are withheld under section 43(2), as releasing them "
            "during the current retender would be likely to prejudice the supplier's "
            "commercial interests.",
        ),
        "43(2)",
        link="/about-us/contracts-register",
    ),
    Topic(
        "How many overnight stays of more than 12 hours in the emergency department were "
        "recorded for patients aged 75 or over in January 2024?",
        ("There were 318 such stays in January 2024.",),
    ),
    Topic(
        "Please provide the names of the consultants who carried out private work on Trust "
        "premises in 2023/24.",
        (
            "Fourteen consultants carried out private practice on Trust premises in 2023/24.",
            "Their names are personal data and are withheld under section 40(2); the "
            "consultants have not consented to their disclosure.",
        ),
        "40(2)",
    ),
    Topic(
        "How many pieces of medical equipment were reported lost or stolen in 2023/24?",
        (
            "Nine items were reported lost or stolen in 2023/24.",
            "Where they were taken from is withheld under section 31(1)(a), as it would "
            "help anyone intending to commit further thefts.",
        ),
        "31(1)(a)",
    ),
    Topic(
        "Does the Trust offer staff a salary sacrifice scheme for electric cars?",
        ("Yes. The scheme opened to staff in May 2022 and 211 cars have been ordered through it.",),
        link="/careers/staff-benefits",
    ),
    Topic(
        "How many beds on the Trust's stroke unit were closed for more than seven days in "
        "2023 because of staff shortages?",
        ("No stroke beds were closed for more than seven days in 2023.",),
    ),
    Topic(
        "What is the average wait from referral to first appointment in the adult "
        "autism assessment service?",
        (
            "The average wait in the quarter to March 2024 was 71 weeks.",
            "The service has recruited two further psychologists to reduce it.",
        ),
        link="/our-performance/waiting-times",
    ),
    Topic(
        "What did the Trust pay out in 2023/24 for patients' belongings lost on its wards?",
        ("The Trust paid £6,215 in 87 claims for lost property in 2023/24.",),
    ),
    Topic(
        "How many internationally educated nurses started work at the Trust in 2023?",
        (
            "One hundred and four internationally educated nurses joined the Trust in 2023.",
            "Most came from India, the Philippines and Nigeria.",
        ),
    ),
]


@dataclass(frozen=True)
class ActQuoted:
    """An answer withholding information that quotes the exemption's wording."""

    question: str
    lead: str  # the sentence before the quoted wording, ending 'which states:'
    wording: tuple[str, ...]  # the subsection lines as printed, '(1) …', '(a) …'
    after: str  # the sentence after the quotation
    exemption: str


ACT_QUOTED: list[ActQuoted] = [
    ActQuoted(
        "Please send me a copy of the Trust's latest review of its maternity triage service.",
        "The review is due to be published with the board papers for July 2024, so it "
        "is withheld under section 22 of the Freedom of Information Act 2000, which states:",
        (
            "(1) Information is exempt information if—",
            "(a) the information is held by the public authority with a view to its "
            "publication, by the authority or any other person, at some future date "
            "(whether determined or not),",
            "(b) the information was already held with a view to such publication at the "
            "time when the request for information was made, and",
            "(c) it is reasonable in all the circumstances that the information should be "
            "withheld from disclosure until the date referred to in paragraph (a).",
        ),
        "We would be happy to send you a link once the board papers are online.",
        "22",
    ),
    ActQuoted(
        "Please provide the layout of the CCTV cameras covering the Trust's pharmacy.",
        "The Trust holds this information but withholds it under section 31(1) of the "
        "Freedom of Information Act 2000, which states:",
        (
            "(1) Information which is not exempt information by virtue of section 30 is "
            "exempt information if its disclosure under this Act would, or would be likely "
            "to, prejudice—",
            "(a) the prevention or detection of crime,",
            "(b) the apprehension or prosecution of offenders,",
        ),
        "Publishing where cameras are and are not placed would help anyone planning a "
        "theft of controlled drugs.",
        "31(1)",
    ),
]

# the opening sentence naming the request's own date ({w}) and the day it arrived ({r})
TWO_DATES = (
    "Thank you for your e-mail dated {w}, which we received on {r}, asking for "
    "information under the Freedom of Information Act 2000.",
    "Your letter of {w} reached the Trust on {r}. We have dealt with it under the "
    "Freedom of Information Act 2000 and answer each question below.",
)
DELAYS = (
    "Please accept our apologies for the delay in replying. We were not able to "
    "collect the figures from the services concerned within twenty working days.",
    "I am sorry that this reply is later than the Act requires; the information had to "
    "be gathered from several departments and this took longer than we expected.",
)
CONFIDENTIAL = (
    ("PRIVATE AND CONFIDENTIAL", "Sent by e-mail only"),
    ("Private & Confidential – Addressee Only", "By e-mail: [requester's address withheld]"),
)
# the subjects of the two requests one letter answers
SUBJECTS = (("Staffing", "Estates and facilities"), ("Workforce figures", "Patient services"))
ORDINALS = "first second third fourth fifth sixth".split()
ORDINAL_LEADS = ("In answer to your {o} question: ", "Turning to your {o} question – ")
ORDINAL_INTRO = (
    "You asked the Trust the following questions:",
    "Your request listed these questions:",
)
FORM_INTRO = (
    "Freedom of Information Act 2000 – Response to Request",
    "FOI Response Form",
)

CLOSINGS = {
    "review": (
        "If you are unhappy with this response you may ask us to look at it again. "
        "Please write to the Head of Information Governance within 40 working days.",
        "You are entitled to request an internal review of our decision; the review "
        "will be carried out by a senior manager not involved in this reply.",
    ),
    "regulator": (
        "After an internal review you may complain to the Information Commissioner's "
        "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "If the review does not resolve matters, the Information Commissioner can be "
        "contacted through its website at ico.org.uk/make-a-complaint.",
    ),
}
SIGNATURES = (
    ["With best wishes", "Tamsin Okonjo-Bright", "Information Governance Manager"],
    ["Yours sincerely", "Declan Ferreira-Muir", "Freedom of Information Officer"],
)


# set Y's date forms '4 March 2024' and '04/03/2024', imported (the ISO form is set W's)
long_date = DATE_FORMS_Y["'12 March 2024'"]
slash_date = DATE_FORMS_Y["'12/03/2024'"]
