"""The words of held-out set AB's FOI letters: topics (a question, the requester's
second paragraph some questions run on into, the answer's paragraphs, the FOIA section
applied), the subjects requests are published under, the paragraphs on the
requester's rights under section 1(1), the section 12 refusal with its cost estimate,
the e-mail headers' wording, closings and signatures; set AA's date forms ('4 March
2024', '04/03/2024', imported).

Written fresh for set AB without reading the parser's vocabulary, rules or model,
without reusing sets D to AA's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from benchmarks.heldout_aa.foi_aa_text import long_date, slash_date


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies
    more: str = ""  # the requester's second paragraph of the question, if any


TOPICS: list[Topic] = [
    Topic(
        "How much did the Trust spend on bank and agency porters in 2023/24?",
        ("The Trust spent £284,615 on bank porters and £97,330 on agency porters in 2023/24.",),
        more="Please give bank and agency spend separately, by quarter if that is held.",
    ),
    Topic(
        "How old is each MRI scanner the Trust operates?",
        (
            "The Trust operates three MRI scanners, installed in 2011, 2017 and 2022.",
            "The 2011 scanner is due to be replaced in the 2025/26 capital programme.",
        ),
    ),
    Topic(
        "How many chaplains, of any faith, does the Trust employ?",
        (
            "The Trust employs five chaplains (3.6 whole-time equivalent) and is supported "
            "by 22 volunteer chaplaincy visitors.",
        ),
        more="I would also like to know how many of them are employed on a part-time basis.",
    ),
    Topic(
        "What weight of food waste did the Trust's hospital kitchens send for disposal in 2023?",
        (
            "The kitchens sent 61.8 tonnes of food waste for anaerobic digestion in 2023.",
            "Ward plate waste is collected separately and is not weighed.",
        ),
    ),
    Topic(
        "What was the Trust's average staff sickness absence rate in December 2023?",
        ("The sickness absence rate in December 2023 was 6.2%.",),
        more="If possible, please show the rate for nursing and midwifery staff separately.",
    ),
    Topic(
        "How many physical assaults on staff by patients were reported in 2023/24?",
        (
            "There were 412 reported physical assaults on staff by patients in 2023/24.",
            "Details of the wards involved are withheld under section 38(1), as publishing "
            "them could endanger the safety of staff on those wards.",
        ),
        "38(1)",
        more="Please break this down by the hospital site where each assault took place.",
    ),
    Topic(
        "Which supplier provides the Trust's digital dictation system, and what is the "
        "annual licence cost?",
        (
            "The digital dictation system is supplied by a national software company.",
            "The annual licence cost is withheld under section 43(2), because disclosure "
            "would be likely to prejudice the supplier's position in tenders now running "
            "with other trusts.",
        ),
        "43(2)",
    ),
    Topic(
        "Does the Trust use a robotic dispensing system in its hospital pharmacy?",
        ("Yes. A robotic dispensing system was installed in the main pharmacy in 2019.",),
    ),
    Topic(
        "How many patients waited more than 52 weeks for a first orthodontic appointment "
        "at the end of March 2024?",
        ("At 31 March 2024, 187 patients had waited more than 52 weeks.",),
        more="Please give the figure for children under 16 as a separate number.",
    ),
    Topic(
        "Please provide the names and salaries of the Trust's estates managers.",
        (
            "The Trust employs four estates managers, all paid on Agenda for Change band 8a.",
            "Their names and individual salaries are withheld under section 40(2), as they "
            "are personal data and the managers are not in public-facing senior roles.",
        ),
        "40(2)",
    ),
    Topic(
        "How many car parking permits did the Trust issue to staff in 2023?",
        (
            "The Trust issued 3,942 staff parking permits in 2023.",
            "Permit charges are published on the Trust's website and so are exempt under "
            "section 21, being reasonably accessible to you by other means.",
        ),
        "21",
    ),
    Topic(
        "How many hip fracture patients had surgery within 36 hours of admission in 2023/24?",
        (
            "Of 604 hip fracture patients admitted in 2023/24, 441 (73%) had surgery within 36 hours.",
        ),
        more="I would be grateful if you could also give the total number admitted.",
    ),
]

# the subjects requests are published under (the 'regarding:-' line, the log page's title)
REQUEST_TITLES = (
    "Workforce, estates and clinical services",
    "Trust staffing and facilities",
    "Hospital services and spending",
    "Staff, patients and contracts",
)
# the opening that names the request's subject on a line of its own ('regarding:-')
SUBJECT_OPENINGS = (
    (
        "I write further to your request of {r} under the Freedom of Information Act 2000 "
        "regarding:-",
        "Following a search of our records I can confirm the following information:-",
    ),
    (
        "Thank you for your request for information, received on {r}, regarding:-",
        "Having checked with the departments concerned, I can confirm the following:-",
    ),
)
# the requester's rights under section 1(1), printed before the questions
RIGHTS = (
    "Under section 1(1) of the Freedom of Information Act 2000 you are entitled to be told "
    "in writing whether the Trust holds the information you asked for and, if it does, "
    "to have that information communicated to you, unless an exemption applies.",
    "Section 1(1) of the Act gives you two rights: to be informed whether the Trust holds "
    "the information requested, and to receive it where it is held and not exempt. Our "
    "answers to each of your questions follow.",
)
# the head's lines where the requester's name and address were before publication
REDACTED = (
    ("[Redacted]", "[Redacted]", "[Redacted]"),
    ("[Name removed]", "[Address removed for publication]"),
)
SALUTATION_REDACTED = ("Dear [Name redacted],", "Dear [Requester name removed]")

# the section 12 refusal: the answer under each refused question, the part after
COST_POINTER = (
    "This question is refused under section 12; please see the explanation below.",
    "Refused – section 12 applies (see 'Cost of compliance' below).",
)
COST_HEADING = ("Section 12 – exceeding the appropriate limit", "Cost of compliance")
COST_LEAD = (
    "Section 12 of the Act allows the Trust to refuse a request where finding and "
    "extracting the information would cost more than the appropriate limit of £450, "
    "which is 18 hours of staff time at £25 an hour. Our estimate for the questions "
    "refused is:",
    "The Trust estimates that answering the remaining questions would take well over the "
    "18 hours the Fees Regulations allow, for these reasons:",
)
COST_LINES = (
    (
        "about 2,300 records would have to be identified on the incident system;",
        "each record would need to be opened and read, at some 4 minutes a record;",
        "this comes to roughly 153 hours of work.",
    ),
    (
        "the information is not held centrally and sits in 14 departmental files;",
        "an officer would need around 90 minutes to search each file by hand;",
        "with checking, the total would be over 24 hours.",
    ),
)
COST_ADVICE = (
    "Under section 16 we suggest that you narrow your request, for example to a single "
    "year or a single hospital site, which we may be able to answer within the limit.",
    "You may wish to submit a narrower request, for instance covering only the last six "
    "months; we will gladly consider it afresh.",
)

# the e-mail reply whose answers are typed into the original message
EMAIL_INTROS = (
    "Please see the Trust's responses in bold below each of your questions.",
    "Our responses are typed beneath each question in your original e-mail below, "
    "marked 'Response:'.",
)
EMAIL_GREETINGS = ("Dear FOI Team,", "Hello,")
EMAIL_ASKS = (
    "I would like to make a request under the Freedom of Information Act. Please tell me:",
    "Could you please provide the following information under the FOI Act:",
)
EMAIL_SIGNOFFS = ("Kind regards", "Thanks in advance")

# the disclosure-log page and the annex
LOG_ASKS = ("The requester asked:", "Details of the request:")
ANNEX_POINTERS = (
    "Our response to each of your questions is set out in the table at Annex A, after "
    "the end of this letter.",
    "Please find the Trust's answers in Annex A below.",
)
ANNEX_HEADS = (("No.", "Question", "Response"), ("Ref", "Information requested", "Trust response"))

CLOSINGS = {
    "review": (
        "Should you be dissatisfied with the way we have handled your request, you may "
        "ask for an internal review by writing to the Freedom of Information Lead within "
        "two months of this response.",
        "If you would like us to reconsider this reply, please request an internal "
        "review, quoting the reference above, within 40 working days.",
    ),
    "regulator": (
        "You also have the right to complain to the Information Commissioner, whose "
        "details are on the ICO's website, once our internal review is complete.",
        "If you remain unhappy after the review, the Information Commissioner's Office "
        "can consider a complaint; its helpline is 0303 123 1113.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Rosalind Achterberg", "Information Rights Officer"],
    ["Yours sincerely", "Ifeanyi Castellano-Reid", "FOI and Records Lead"],
)

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def sent_date(iso: str, hhmm: str) -> str:
    """An e-mail header's date: 'Tuesday, 12 March 2024 14:32'."""
    day = WEEKDAYS[dt.date.fromisoformat(iso).weekday()]
    return f"{day}, {long_date(iso)} {hhmm}"


__all__ = ["TOPICS", "Topic", "long_date", "sent_date", "slash_date"]
