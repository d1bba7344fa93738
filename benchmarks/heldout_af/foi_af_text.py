"""The words of held-out set AF's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied), the question asking for an explanation rather
than recorded information, the template's leftover drafting notes, the questions
quoting the trust's earlier reply, the staff-name answers citing section 40(2) with its
condition, the run-on answer markers, the plain-text e-mail's underlines, the web
form's fields, the requester's e-mail paragraphs that ask nothing, openings, closings
and signatures; its own date forms ('03 April 2024', '3/4/2024').

Written fresh for set AF without reading the parser's vocabulary, rules or model,
without reusing sets D to AE's wordings, and without copying any corpus letter:
fictional trusts, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def padded_date(iso: str) -> str:
    """'03 April 2024': the day always two digits."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def slashed_date(iso: str) -> str:
    """'3/4/2024': day and month without leading zeros."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day}/{d.month}/{d.year}"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many midwives left the Trust during the financial year 2023/24?",
        ("Forty-one midwives left the Trust between April 2023 and March 2024.",),
    ),
    Topic(
        "What did the Trust spend on interpreting for patients in 2023/24?",
        (
            "The Trust spent £187,340 on interpreting services in 2023/24.",
            "Just over half of this was for telephone interpreting.",
        ),
    ),
    Topic(
        "How many hip fracture patients had surgery within 36 hours of admission in 2023?",
        ("In 2023, 318 of 402 hip fracture patients had surgery within 36 hours of admission.",),
    ),
    Topic(
        "Which supplier provides the Trust's electronic patient record, and what did the "
        "Trust pay for it last year?",
        (
            "The electronic patient record is supplied under a ten-year agreement signed in 2020.",
            "The amount paid is withheld under section 43(2), as releasing it while the "
            "agreement is being renegotiated would prejudice the Trust's commercial interests.",
        ),
        "43(2)",
    ),
    Topic(
        "How many cyber security incidents did the Trust record in 2023, and which systems "
        "were affected?",
        (
            "The Trust recorded 12 cyber security incidents in 2023.",
            "The systems affected are withheld under section 31(1)(a), because naming them "
            "would help anyone planning an attack on them.",
        ),
        "31(1)(a)",
    ),
    Topic(
        "How many falls with harm were reported on the Trust's inpatient wards in 2023/24?",
        (
            "There were 96 falls with harm on inpatient wards in 2023/24.",
            "Of these, seven resulted in a fracture.",
        ),
    ),
    Topic(
        "Does the Trust publish the minutes of its Board meetings held in public?",
        (
            "Yes. The minutes are on the Board meetings page of the Trust's website.",
            "As they are already reasonably accessible to you, we have applied section 21.",
        ),
        "21",
    ),
    Topic(
        "How many patients were waiting more than 52 weeks for a first outpatient "
        "appointment in dermatology on 31 January 2024?",
        ("On 31 January 2024, 143 patients had waited more than 52 weeks in dermatology.",),
    ),
    Topic(
        "How much did the Trust receive from car parking in the year to 31 March 2024?",
        ("Car parking income in the year to 31 March 2024 was £2,106,480.",),
    ),
    Topic(
        "How many hospital beds were occupied by patients who were medically fit for "
        "discharge on 15 February 2024?",
        ("On 15 February 2024, 88 beds were occupied by patients fit for discharge.",),
    ),
    Topic(
        "What security arrangements are in place at the Trust's pharmacy stores overnight?",
        (
            "The pharmacy stores are covered by the Trust's security team at all times.",
            "The details of the arrangements are withheld under section 38(1), because "
            "making them public could endanger the staff who work there.",
        ),
        "38(1)",
    ),
    Topic(
        "How many speech and language therapists does the Trust employ in its children's services?",
        (
            "The children's services employ 14.6 whole-time equivalent speech and language therapists.",
        ),
    ),
]

# a question asking for an explanation, answered outside the Act
OUTSIDE_QUESTIONS = (
    "Why did the Trust decide to close the minor injuries unit overnight from January 2024?",
    "In the Trust's opinion, is the current number of night-shift porters safe?",
)
OUTSIDE_NOTES = (
    "The Act gives a right of access to information the Trust holds in recorded form; "
    "it does not oblige us to explain our decisions or to create new information to "
    "answer a question.",
    "This question asks for a view rather than for recorded information, so it falls "
    "outside the Freedom of Information Act.",
)
OUTSIDE_EXPLANATIONS = (
    "Outside the Act, we can tell you that the unit saw fewer than four patients a night "
    "on average, and that its staff now support the daytime service instead.",
    "Even so, we can say that porter numbers at night are reviewed every quarter by the "
    "Facilities Manager against the number of requests logged.",
)

# drafting notes the letter template left in print (in no item)
TEMPLATE_NOTES = (
    (
        "[Guidance: insert the exemption wording here if any information is withheld – "
        "delete this paragraph if not needed]",
        "[Guidance: check that every question has been answered before sending]",
    ),
    (
        "[DRAFTING NOTE – remove before issue: confirm the figures with the service lead]",
        "[DRAFTING NOTE – remove before issue: add the review paragraph for the relevant team]",
    ),
)

# a question quoting the trust's earlier reply by its reference and date
EARLIER_QUESTIONS = (
    "In your reply to my request {old} of {when}, you said the Trust had 19 vacant "
    "pharmacist posts. How many of those posts have been filled since then?",
    "Your response to FOI {old} (sent {when}) listed 6 wards using agency healthcare "
    "assistants. Are agency healthcare assistants still used on those wards?",
)
EARLIER_ANSWERS = (
    ("Eleven of the 19 posts have been filled; the other eight are being advertised.",),
    (
        "Agency healthcare assistants are now used on two of the six wards.",
        "The other four are staffed from the Trust's own bank.",
    ),
)

# staff names withheld under section 40(2), with the condition cited beside it
NAMED_QUESTIONS = (
    "Please give the names of the consultants who led the review of maternity incidents in 2023.",
    "Who are the members of the Trust's procurement panel for the new catering contract?",
)
NAMED_ANSWERS = (
    (
        "The review was led by two consultant obstetricians.",
        "Their names are withheld under section 40(2) by virtue of section 40(3A)(a), as "
        "disclosure would breach the data protection principles.",
    ),
    (
        "The panel has five members: two from Estates and Facilities, two from "
        "Procurement and one from Finance.",
        "Their names are exempt under section 40(2) of the FOIA, by virtue of subsection "
        "(3A)(a), because they are junior staff who would not expect them to be published.",
    ),
)

# answers run together in one paragraph, each opened by a marker
RUNON_LEADS = (
    "Our answers follow in one paragraph, each marked with the number of your question:",
    "Answers (numbered as in your request):",
)
RUNON_MARKS = ("({n})", "Answer {n}:")

# the plain-text e-mail reply: underlines, rules and its signature delimiter
PLAIN_MARKS = ("-", "=")
PLAIN_INTRO = (
    "Subject: RE: Freedom of Information request {ref}",
    "Subject: Your FOI request - ref {ref}",
)
SIG_DELIMITER = "-- "

# the online request form's record, above the trust's reply
FORM_TITLES = ("Online request form – submission record", "Web form: Request for information")
FORM_FIELDS = (
    ("Submission ID", "Submitted", "Name", "Preferred reply", "Request details"),
    ("Form reference", "Date and time received", "Requester", "Reply by", "Your request"),
)
FORM_VALUES = ("[Redacted]", "E-mail")
FORM_REPLY_HEADS = ("Our response", "Trust reply")
FORM_REPLY_LINES = (("FOI reference: {ref}", "Response date: {resp}"), ("{resp}", "Case {ref}"))
FORM_TIMES = ("09:41", "16:07")

# the requester's e-mail, paragraph by paragraph beside the trust's reply
EMAIL_HEADS = (("What you wrote", "Our reply"), ("Your request", "Trust response"))
EMAIL_GREETINGS = ("Dear Freedom of Information Officer,", "Hello FOI team,")
EMAIL_CONTEXTS = (
    "I am a student nurse writing a dissertation on how hospitals plan their workforce.",
    "I have been looking at your annual report and have a few questions it does not answer.",
    "I understand some of this may be published already; if so a link would be fine.",
)
EMAIL_SIGNOFFS = ("Many thanks, [Redacted]", "Kind regards, [Redacted]")
EMAIL_NOTED = ("", "Noted – no information requested.")

OPENINGS = (
    "Thank you for your request under the Freedom of Information Act 2000, received "
    "here on {rec}. I can now reply as follows.",
    "Your request for information reached the Trust on {rec}; each of your questions is "
    "answered in turn below.",
)

CLOSINGS = {
    "review": (
        "If you are not satisfied with how we have handled your request, you can ask for "
        "an internal review by writing to the Information Governance Manager within two "
        "months of this reply.",
        "Unhappy with our answer? Ask us for an internal review within 40 working days, "
        "quoting the case reference above.",
    ),
    "regulator": (
        "Should the review not settle the matter, you may complain to the Information "
        "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
        "You have a further right of complaint to the Information Commissioner once our "
        "review is complete; see ico.org.uk for how to complain.",
    ),
    "reuse": (
        "Most of the information in this reply may be re-used under the Open Government "
        "Licence; please ask us first about re-using anything else.",
        "Re-use of this information is permitted under the terms of the Open Government "
        "Licence, with the Trust acknowledged as its source.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Priya Holloway-Grant", "Information Governance Manager"],
    ["Regards", "Dominic Varga", "FOI and Records Lead"],
)

__all__ = ["TOPICS", "Topic", "padded_date", "slashed_date"]
