"""The words of held-out set AE's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied, and how the trust read an unclear word in it),
the glossary lines, the repeat-request and withdrawn-question notes, the questions
that need clarifying with the trust's own questions back, the case-export column
heads, the bundle's acknowledgement and extension letters, the answer tags, openings,
closings and signatures; its own date forms ('3rd April 2024', '3 Apr 2024').

Written fresh for set AE without reading the parser's vocabulary, rules or model,
without reusing sets D to AD's wordings, and without copying any corpus letter:
fictional trusts, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def ordinal_date(iso: str) -> str:
    """'3rd April 2024'."""
    d = dt.date.fromisoformat(iso)
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MONTHS[d.month - 1]} {d.year}"


def short_date(iso: str) -> str:
    """'3 Apr 2024'."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies
    reading: tuple[str, str] = ("", "")  # how the trust read the question (trust a, trust b)


TOPICS: list[Topic] = [
    Topic(
        "How many WTE health visitors did the Trust employ on 31 March 2024?",
        ("On 31 March 2024 the Trust employed 57.4 WTE health visitors.",),
        reading=(
            "We have taken ‘health visitors’ to mean staff on the specialist community "
            "public health nursing register, not their assistants.",
            "(We have read ‘health visitors’ as registered specialist community public "
            "health nurses only.)",
        ),
    ),
    Topic(
        "What did the Trust pay to agency radiographers in the financial year 2023/24?",
        (
            "Payments to agency radiographers in 2023/24 came to £412,905.",
            "Around two thirds of this covered the CT service at weekends.",
        ),
        reading=(
            "We have counted invoices paid between 1 April 2023 and 31 March 2024.",
            "(We have read ‘pay’ as invoices settled in that year, whenever the shifts were worked.)",
        ),
    ),
    Topic(
        "How many ambulance handovers at the ED took longer than 60 minutes in December 2023?",
        ("In December 2023, 486 ambulance handovers at the ED took longer than 60 minutes.",),
    ),
    Topic(
        "Which company holds the Trust's contract for clinical waste collection, and what "
        "is its annual value?",
        (
            "Clinical waste is collected under a regional framework contract awarded in 2021.",
            "The annual value is withheld under section 43(2) because the ICB is about to "
            "retender the framework and the figure would weaken the supplier's position.",
        ),
        "43(2)",
    ),
    Topic(
        "How many beds on the Trust's stroke unit were closed for staffing reasons in February 2024?",
        ("No stroke beds were closed for staffing reasons in February 2024.",),
        reading=(
            "We have treated a bed as closed if it was unavailable for a full shift.",
            "(We have read ‘closed’ as unavailable for at least one whole shift.)",
        ),
    ),
    Topic(
        "What is the Trust's budget for the staff wellbeing service in 2024/25?",
        (
            "The staff wellbeing service has a budget of £238,000 for 2024/25.",
            "This includes the psychology sessions funded jointly with the ICB.",
        ),
    ),
    Topic(
        "Where does the Trust store its emergency generator fuel, and how much is kept on site?",
        (
            "Fuel is stored in bunded tanks within the hospital grounds.",
            "The location and quantity are withheld under section 38(1), since publishing "
            "them could put the hospital's resilience at risk.",
        ),
        "38(1)",
    ),
    Topic(
        "How many CAMHS referrals did the Trust accept in the calendar year 2023?",
        ("The Trust accepted 2,314 CAMHS referrals in 2023.",),
        reading=(
            "We have counted first referrals only; re-referrals within six months are excluded.",
            "(We have read ‘accepted’ as referrals that led to a first assessment being booked.)",
        ),
    ),
    Topic(
        "Does the Trust publish its car parking charges for patients and visitors?",
        (
            "Yes. Current charges for patients and visitors are listed on the Trust's website.",
            "The information is therefore exempt under section 21, as it is already "
            "reasonably accessible to you.",
        ),
        "21",
    ),
    Topic(
        "How many nurses recruited from overseas joined the Trust between April 2023 and March 2024?",
        (
            "Between April 2023 and March 2024, 73 internationally recruited nurses joined the Trust.",
        ),
    ),
    Topic(
        "How many complaints about hospital food did the Trust's PALS team log in 2023?",
        ("PALS logged 29 complaints about hospital food in 2023.",),
    ),
    Topic(
        "How many ED attendances were there for people aged 90 or over in January 2024?",
        (
            "There were 611 ED attendances by people aged 90 or over in January 2024.",
            "This was 9% more than in January 2023.",
        ),
    ),
    Topic(
        "What was the average length of stay on the Trust's elderly care wards in 2023/24?",
        ("The average length of stay on the elderly care wards in 2023/24 was 11.8 days.",),
        reading=(
            "We have measured stays from admission to the ward to discharge from hospital.",
            "(We have read ‘length of stay’ as days from ward admission to hospital discharge.)",
        ),
    ),
    Topic(
        "How many porters does the Trust employ on night shifts at the main hospital?",
        ("Eleven porters are rostered on each night shift at the main hospital.",),
    ),
]

# abbreviations the answers use, with their meanings (for the glossary)
GLOSSARY = {
    "WTE": "whole-time equivalent",
    "ED": "emergency department",
    "ICB": "integrated care board",
    "CT": "computed tomography",
    "CAMHS": "child and adolescent mental health services",
    "PALS": "Patient Advice and Liaison Service",
}
GLOSSARY_HEADS = ("Glossary", "Abbreviations used in this response:")
GLOSSARY_SEPS = (" – ", ": ")

# a question repeating an earlier request (section 14(2))
REPEAT_QUESTIONS = (
    "Please provide the number of patients who waited more than 12 hours for a mental "
    "health bed in 2023.",
    "Please send me the Trust's spending on taxis for patient transport in 2022/23.",
)
REPEAT_ANSWERS = (
    "This question is the same as question 3 of your request {old} of {when}, which we "
    "answered in full, and nothing has changed since. Under section 14(2) of the Act the "
    "Trust is not obliged to answer an identical request again.",
    "You asked for this information in your earlier request (our reference {old}) and "
    "we replied on {when}. As a repeated request it is refused under section 14(2); the "
    "figures we gave then still stand.",
)

# a question the requester withdrew while the request was open
WITHDRAWN_QUESTIONS = (
    "Please list every ward where bank staff filled more than half of the nursing shifts in 2023.",
    "How many agency doctors worked in the Trust's acute medical unit during each month of 2023?",
)
WITHDRAWN_NOTES = (
    "You withdrew this question in your e-mail of {when}, so it has not been answered.",
    "Not answered: withdrawn at your request on {when}.",
)


# questions the trust asks the requester to clarify (section 1(3))
@dataclass(frozen=True)
class Unclear:
    question: str
    asks: tuple[str, ...]  # the trust's own questions back to the requester


UNCLEAR: list[Unclear] = [
    Unclear(
        "Please provide all information relating to the redevelopment of the outpatient block.",
        (
            "which period you are interested in;",
            "whether you want board papers, contracts, correspondence or all of these.",
        ),
    ),
    Unclear(
        "How much has the Trust spent on consultants over the past few years?",
        (
            "whether you mean medical consultants or management consultancy firms;",
            "which financial years you would like figures for.",
        ),
    ),
    Unclear(
        "Please send me the Trust's data on incidents in theatres.",
        (
            "what kind of incidents you mean (patient safety, security or equipment faults);",
            "whether you want numbers only or a description of each incident.",
        ),
    ),
    Unclear(
        "What are the waiting times for the Trust's services for adults?",
        (
            "which services you would like waiting times for;",
            "whether you want the average wait or the longest wait.",
        ),
    ),
]
UNCLEAR_POINTERS = (
    "We need more information before we can answer this question; please see "
    "‘Clarification needed’ below.",
    "See ‘What we need from you’ at the end of this letter.",
)
CLARIFY_HEADS = ("Clarification needed", "What we need from you")
CLARIFY_LEADS = (
    "To answer question {n} we would be grateful if you could tell us:",
    "For question {n}, please let us know:",
)
CLARIFY_MARKS = ("({r})", "{a}.")  # the trust's own questions: (i) / a.
CLARIFY_NOTES = (
    "Under section 1(3) of the Act we are not obliged to deal with these questions until "
    "you have given us the details above. If we have not heard from you within three "
    "months we will close this part of your request.",
    "Until we hear from you, section 1(3) of the Act allows us to put these questions on "
    "hold. The 20 working days will start again from the day your reply arrives.",
)
CLARIFY_OPENINGS = (
    "Thank you for your request for information, which we received on {rec}. We can "
    "answer most of it now; a few questions need clarifying first, as explained below.",
    "Your request reached us on {rec}. Some of it we can answer straight away; for the "
    "rest we need a little more detail from you.",
)

# a case-management export, a row a question
EXPORT_HEADS = (
    ["Case ref", "Received", "Closed", "Q", "Question", "Response"],
    ["Request ID", "Question no.", "Request text", "Trust response", "Date logged", "Date sent"],
)
EXPORT_TITLES = ("FOI case export", "Disclosure log extract")
EXPORT_NOTES = (
    "Exported from the Information Governance case system on {when}.",
    "Extract produced {when} for publication on the disclosure log.",
)

# the correspondence bundle: acknowledgement, extension, final response
BUNDLE_PARTS = (
    ("Acknowledgement", "Extension of time", "Response"),
    ("Letter 1 of 3", "Letter 2 of 3", "Letter 3 of 3"),
)
BUNDLE_ACKS = (
    "We acknowledge your request for information, received on {rec}. We will reply by "
    "{due}, within the 20 working days the Act allows.",
    "Your request arrived on {rec} and has been logged. A reply is due by {due}.",
)
BUNDLE_EXTENSIONS = (
    "We are still considering the public interest in releasing the information you asked "
    "for in question {k}. Section 10(3) of the Act allows us more time for this, and we "
    "now expect to reply by {due}.",
    "We need longer to weigh the public interest for question {k} and are extending the "
    "deadline under section 10(3). Please expect our full reply by {due}.",
)

# answers in another order than asked, each closed by a tag naming its question
TAG_FORMS = (" [Q{n}]", " (question {n})")
TAG_HEADS = (("Your questions", "Our answers"), ("What you asked", "Our reply"))
TAG_LEADS = (
    "We have grouped our answers by the department that holds the information, so they "
    "do not follow the order of your questions; each answer is marked with the number "
    "of the question it answers.",
    "Our answers below are arranged by subject rather than in the order you asked; the "
    "number in brackets at the end of each shows which question it answers.",
)

OPENINGS = (
    "Thank you for your request for information, which we received on {rec}. Our "
    "answers are set out below.",
    "We received your Freedom of Information request on {rec}. Please find our reply below.",
)

CLOSINGS = {
    "review": (
        "Should you be unhappy with this response, please write to the Head of "
        "Information Governance within 40 working days to ask for an internal review.",
        "An internal review of this decision can be requested by e-mailing our FOI team "
        "within 40 working days of the date of this letter.",
    ),
    "regulator": (
        "If the review does not resolve your concerns, the Information Commissioner's "
        "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, can look at your "
        "case.",
        "After a review you may still complain to the Information Commissioner; details "
        "of how to do so are at www.ico.org.uk/make-a-complaint.",
    ),
    "reuse": (
        "The information supplied is Crown copyright and may be re-used under the Open "
        "Government Licence.",
        "You may re-use the information in this letter freely under the Open Government "
        "Licence v3.0.",
    ),
}
SIGNATURES = (
    ["With best wishes", "Imogen Ashcombe-Reyes", "Head of Information Governance"],
    ["Yours faithfully", "Tobias Quennell", "Freedom of Information Officer"],
)

__all__ = ["TOPICS", "UNCLEAR", "Topic", "Unclear", "ordinal_date", "short_date"]
