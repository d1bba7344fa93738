"""The words of held-out set AH's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied, a short phrase of the question a reply may quote,
the question in reported speech), the answers citing two exemptions in one phrase, the
questions naming sections of another Act, the policies sent as attachments, the
openings giving the day of arrival without its year, the two-part questions answered
part by part, the chains of questions building on one another, openings, closings and
signatures; its own date forms ('Friday, 3 May 2024', '03-05-2024').

Written fresh for set AH without reading the parser's vocabulary, rules or model,
without reusing sets D to AF's wordings, and without copying any corpus letter:
fictional trusts, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def weekday_date(iso: str) -> str:
    """'Friday, 3 May 2024': the weekday, a comma, the day without a leading zero."""
    d = dt.date.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def dashed_date(iso: str) -> str:
    """'03-05-2024': day, month and year in figures, day first, joined by hyphens."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_month(iso: str) -> str:
    """'3 May': the day and month without the year, as an opening names the e-mail."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]}"


def ordinal_of_month(iso: str) -> str:
    """'the 3rd of May': the day as an ordinal, without the year."""
    d = dt.date.fromisoformat(iso)
    return f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies
    key: str = ""  # a phrase of the question a reply may quote to point to it
    reported: str = ""  # the question in reported speech, after 'You asked'


TOPICS: list[Topic] = [
    Topic(
        "How many portering staff did the Trust employ at the end of March 2024?",
        (
            "At the end of March 2024 the Trust employed 126 portering staff, 112.4 "
            "whole-time equivalent.",
        ),
        key="portering staff",
        reported="how many portering staff the Trust employed at the end of March 2024",
    ),
    Topic(
        "What was the Trust's total spend on taxis for patients in 2023/24?",
        (
            "Patient taxi journeys cost the Trust £412,960 in 2023/24.",
            "Most of these journeys took renal patients to and from dialysis.",
        ),
        key="taxis for patients",
        reported="what the Trust spent in total on taxis for patients in 2023/24",
    ),
    Topic(
        "How many complaints did the Trust receive about car parking in 2023?",
        ("The Trust received 58 complaints about car parking in 2023.",),
        key="car parking",
        reported="how many complaints about car parking the Trust received in 2023",
    ),
    Topic(
        "Which company maintains the Trust's MRI scanners, and what is the annual value of "
        "the maintenance contract?",
        (
            "The MRI scanners are maintained by their manufacturer under a five-year service "
            "agreement.",
            "The annual value is withheld under section 43(2), because disclosing it while the "
            "service is being retendered would prejudice the commercial interests of the "
            "manufacturer and of the Trust.",
        ),
        "43(2)",
        key="MRI scanners",
        reported="which company maintains the Trust's MRI scanners and what the maintenance "
        "contract is worth each year",
    ),
    Topic(
        "What antivirus and firewall products does the Trust use on its clinical network?",
        (
            "The Trust uses commercial antivirus and firewall products on its clinical network.",
            "The names and versions of the products are withheld under section 31(1)(a), as "
            "publishing them would make the network easier to attack.",
        ),
        "31(1)(a)",
        key="antivirus and firewall products",
        reported="which antivirus and firewall products the Trust uses on its clinical network",
    ),
    Topic(
        "Does the Trust publish its Gender Pay Gap report?",
        (
            "Yes. The report is published each March on the Trust's website and on the "
            "government's gender pay gap service.",
            "Because it is reasonably accessible to you already, it is exempt under section 21.",
        ),
        "21",
        key="Gender Pay Gap report",
        reported="whether the Trust publishes its Gender Pay Gap report",
    ),
    Topic(
        "How many inpatients developed a category 3 or 4 pressure ulcer while in the Trust's "
        "care in 2023/24?",
        (
            "In 2023/24, 37 inpatients developed a category 3 pressure ulcer and 9 a category "
            "4 pressure ulcer.",
        ),
        key="pressure ulcer",
        reported="how many inpatients developed a category 3 or 4 pressure ulcer in the "
        "Trust's care in 2023/24",
    ),
    Topic(
        "How many ambulance handovers at the emergency department took longer than 60 "
        "minutes in January 2024?",
        (
            "In January 2024, 311 ambulance handovers took longer than 60 minutes.",
            "The longest handover that month took four hours and twelve minutes.",
        ),
        key="ambulance handovers",
        reported="how many ambulance handovers at the emergency department took longer than "
        "60 minutes in January 2024",
    ),
    Topic(
        "What did the Trust spend on locum consultants in anaesthetics in 2023/24?",
        ("Locum consultant anaesthetists cost the Trust £1,384,200 in 2023/24.",),
        key="locum consultants in anaesthetics",
        reported="what the Trust spent on locum consultants in anaesthetics in 2023/24",
    ),
    Topic(
        "How many nurses recruited from abroad started work at the Trust during 2023?",
        (
            "In 2023, 148 internationally recruited nurses joined the Trust.",
            "Most of them came from India, the Philippines and Nigeria.",
        ),
        key="recruited from abroad",
        reported="how many nurses recruited from abroad started work at the Trust during 2023",
    ),
    Topic(
        "Who approved the overtime payments made in the pathology department in 2023?",
        (
            "Overtime in pathology was approved by three service managers.",
            "Their names are withheld under section 40(2), since they are not senior staff "
            "and releasing them would breach the data protection principles.",
        ),
        "40(2)",
        key="overtime payments",
        reported="who approved the overtime payments made in the pathology department in 2023",
    ),
    Topic(
        "How many security staff are on duty overnight at the Trust's main hospital?",
        (
            "The Trust keeps a security team on site at the main hospital at all times.",
            "The number on duty overnight is withheld under section 38(1)(b), because "
            "publishing it could put the safety of staff and patients at risk.",
        ),
        "38(1)(b)",
        key="security staff",
        reported="how many security staff are on duty overnight at the Trust's main hospital",
    ),
]

# one answer citing two exemptions in one phrase: (question, answer, sections)
PAIR_ROWS = (
    (
        "Please provide the unit prices the Trust pays for blood gas analyser cartridges "
        "under its current contract.",
        (
            "The Trust buys its blood gas cartridges under a managed service contract with a "
            "single supplier.",
            "The unit prices were given to us in confidence during the tender and are withheld "
            "under sections 41(1) and 43(2) of the Act: disclosing them would be an actionable "
            "breach of confidence and would harm the supplier's commercial position.",
        ),
        ("41(1)", "43(2)"),
    ),
    (
        "Please send me the draft options appraisal for moving stroke services to one site.",
        (
            "The draft options appraisal is held; the Board has not yet taken its decision.",
            "It is withheld under section 36(2)(b)(i) and (ii): in the reasonable opinion of the "
            "Trust's qualified person, releasing it now would inhibit the free and frank "
            "provision of advice and the free and frank exchange of views for deliberation.",
        ),
        ("36(2)(b)(i)", "36(2)(b)(ii)"),
    ),
)
PAIR_PHRASES = ("sections 41(1) and 43(2)", "section 36(2)(b)(i) and (ii)")

# a question and its answer naming sections of another Act (no exemption of the FOIA)
OTHER_ACT_ROWS = (
    (
        "How many people were brought to the Trust's health-based place of safety under "
        "section 136 of the Mental Health Act 1983 in 2023, and how many of them were then "
        "detained under section 2?",
        (
            "In 2023, 214 people were brought to the place of safety under section 136.",
            "Of these, 61 were then detained for assessment under section 2 of the Act.",
        ),
    ),
    (
        "Does the Trust have an agreement under section 75 of the National Health Service Act "
        "2006 with the county council for community equipment, and what does the Trust pay "
        "into the pooled budget in 2024/25?",
        (
            "Yes. The Trust and the county council pool their funds for community equipment "
            "under a section 75 partnership agreement.",
            "The Trust's contribution to the pooled budget in 2024/25 is £1,240,000.",
        ),
    ),
)

# a question asking for a copy of a policy, answered by attaching it
ATTACHED_QUESTIONS = (
    "Please send me a copy of the Trust's current lone working policy.",
    "Could you provide a copy of the Trust's policy on the use of chaperones during intimate "
    "examinations?",
)
ATTACHED_ANSWERS = (
    (
        "Please find attached the Trust's Lone Working Policy (document HS-027, version 4), "
        "approved by the Health and Safety Committee on {approved}.",
        "The policy is due for review next year.",
    ),
    (
        "A copy of the Chaperone Policy is attached to this e-mail as 'CP-012 Chaperone Policy "
        "v3.pdf'.",
        "It was ratified on {approved} and remains in force.",
    ),
)

# openings naming the day the request arrived without its year
NOYEAR_OPENINGS = (
    "Thank you for your e-mail of {rec}, asking for information under the Freedom of "
    "Information Act 2000. It reached us the same day, and our reply follows.",
    "Your request for information reached us on {rec}. We have dealt with it under the "
    "Freedom of Information Act 2000 and answer each question below.",
)

# the questions in reported speech: the lead before the clause
REPORTED_LEADS = ("You asked", "You wanted to know")
REPORTED_INTROS = (
    "We have summarised each of your questions in our own words before answering it.",
    "For each point in your request we set out what you asked, then our answer.",
)

# answers pointing to their question by a phrase quoted from it, in another order
KEYED_INTROS = (
    "Our answers",
    "We have grouped our answers by the teams that supplied them, so they do not follow the "
    "order of your questions; each names the question it answers.",
)
KEYED_POINTERS = ("On “{key}”:", "Your question about “{key}”")


@dataclass(frozen=True)
class TwoPart:
    """A question of two parts, each quoted again before its own reply."""

    question: str
    parts: tuple[tuple[str, str], ...]  # (the part as the question prints it, the reply)
    exemption: str | None = None


TWO_PARTS: list[TwoPart] = [
    TwoPart(
        "How many cyber security incidents did the Trust report to NHS England in 2023, and "
        "which suppliers' systems were involved?",
        (
            (
                "How many cyber security incidents did the Trust report to NHS England in 2023",
                "Nine incidents were reported to NHS England in 2023.",
            ),
            (
                "which suppliers' systems were involved",
                "This part is withheld under section 31(1)(a): naming the suppliers would point "
                "attackers to other systems that may share the same weaknesses.",
            ),
        ),
        "31(1)(a)",
    ),
    TwoPart(
        "What was the total cost of the new theatre block, and how much of it was paid to each "
        "subcontractor?",
        (
            (
                "What was the total cost of the new theatre block",
                "The theatre block cost £18.6 million in total, equipment included.",
            ),
            (
                "how much of it was paid to each subcontractor",
                "We are withholding the payments to individual subcontractors under section "
                "43(2), as they would reveal each firm's pricing to its competitors.",
            ),
        ),
        "43(2)",
    ),
    TwoPart(
        "How many staff were dismissed by the Trust in 2023, and what were their job titles?",
        (
            (
                "How many staff were dismissed by the Trust in 2023",
                "Fourteen members of staff were dismissed in 2023.",
            ),
            (
                "what were their job titles",
                "Their job titles are withheld under section 40(2): with so few dismissals, the "
                "titles could identify the people concerned.",
            ),
        ),
        "40(2)",
    ),
    TwoPart(
        "Does the Trust record violent incidents against staff, and how many were recorded on "
        "each ward in 2023?",
        (
            (
                "Does the Trust record violent incidents against staff",
                "Yes; every incident is logged on the Trust's incident reporting system.",
            ),
            (
                "how many were recorded on each ward in 2023",
                "This part is not held: incidents are recorded by site rather than by ward, so "
                "we have no ward figures to give.",
            ),
        ),
    ),
    TwoPart(
        "How many hospital at home beds does the Trust run, and what did the service cost in "
        "2023/24?",
        (
            ("How many hospital at home beds does the Trust run", "The Trust runs 40 beds."),
            (
                "what did the service cost in 2023/24",
                "The service cost £2,950,000 in 2023/24.",
            ),
        ),
    ),
    TwoPart(
        "Which management consultancy firms did the Trust engage in 2023/24, and what was each "
        "firm paid?",
        (
            (
                "Which management consultancy firms did the Trust engage in 2023/24",
                "The Trust engaged Brookfield Advisory LLP and Harcourt Lane Consulting.",
            ),
            (
                "what was each firm paid",
                "The payments appear in the Trust's monthly reports of spending over £25,000 on "
                "its website, so this part is exempt under section 21.",
            ),
        ),
        "21",
    ),
]
PARTS_INTROS = (
    "Where a question has more than one part, we quote each part before our reply to it.",
    "We have split some of your questions into their parts and answer each part separately.",
)


@dataclass(frozen=True)
class Link:
    """One question of a chain; '{q0}' (or '{Q0}' opening a sentence) stands for the
    question the chain began with, '{q1}' for the second, as the letter numbers them."""

    question: str
    answer: tuple[str, ...]
    exemption: str | None = None


CHAINS: list[list[Link]] = [
    [
        Link(
            "How many midwives left the Trust in the 2023/24 financial year?",
            ("Fifty-three midwives left the Trust in 2023/24.",),
        ),
        Link(
            "Of the midwives in {q0}, how many had worked at the Trust for less than two years?",
            (
                "{Q0} covers 53 leavers. Of these, 22 had worked at the Trust for less than two years.",
            ),
        ),
        Link(
            "For the leavers in {q1}, what reasons for leaving were recorded at their exit "
            "interviews?",
            (
                "The 22 leavers counted in our answer to {q1} gave these reasons: relocation "
                "(8), work-life balance (6), career progression (5) and other reasons (3).",
            ),
        ),
    ],
    [
        Link(
            "What did the Trust spend on agency nursing staff in 2023/24?",
            ("Agency nursing cost the Trust £4,812,300 in 2023/24.",),
        ),
        Link(
            "Which agencies supplied the staff in {q0}, and what hourly rate did each charge?",
            (
                "The staff counted in our answer to {q0} were supplied by five agencies on the "
                "national framework.",
                "The hourly rate each agency charged is withheld under section 43(2), as the "
                "rates are commercially sensitive to the agencies and to the Trust.",
            ),
            "43(2)",
        ),
        Link(
            "How much of the spend given in reply to {q0} was for shifts above the national "
            "price cap?",
            (
                "{Q0}'s total includes £1,106,900 for shifts above the price cap, about 23% of "
                "the spend.",
            ),
        ),
    ],
    [
        Link(
            "How many patients did the Trust discharge from its hospitals in December 2023?",
            ("The Trust discharged 7,204 patients in December 2023.",),
        ),
        Link(
            "How many of the patients in {q0} were readmitted within 30 days?",
            ("Of the patients in our answer to {q0}, 684 were readmitted within 30 days.",),
        ),
    ],
]
CHAIN_REFS = (("question {n}", "Question {n}"), ("Q{n}", "Q{n}"))

OPENINGS = (
    "Thank you for your Freedom of Information request, which we received on {rec}. Please "
    "find our response below.",
    "We write in reply to your request for information of {rec}, which we have handled under "
    "the Freedom of Information Act 2000.",
)
GREETINGS = ("Dear Requester,", "Dear Sir/Madam,")

CLOSINGS = {
    "review": (
        "If you are dissatisfied with this response, you may ask for it to be reviewed: please "
        "write to the Head of Information Governance within 40 working days, quoting our "
        "reference.",
        "Should you wish to challenge any part of this reply, our internal review procedure is "
        "open to you for two months from the date above; address your request to the FOI "
        "Review Panel.",
    ),
    "regulator": (
        "If the review does not resolve your concerns, you can take the matter to the "
        "Information Commissioner's Office, which can be contacted through ico.org.uk.",
        "Once our review is finished, the Information Commissioner can consider a complaint "
        "from you; the ICO's helpline is 0303 123 1113.",
    ),
    "reuse": (
        "You are free to re-use the information we have supplied under the Open Government "
        "Licence, unless we have said otherwise.",
        "The information in this letter is the Trust's copyright and may be re-used freely "
        "under the Open Government Licence v3.0.",
    ),
}
SIGNATURES = (
    ["Yours faithfully", "Morwenna Talbot-Reyes", "Freedom of Information Officer"],
    ["With best wishes", "Kwabena Ashdown", "Information Rights Coordinator"],
)

__all__ = ["CHAINS", "TOPICS", "TWO_PARTS", "Link", "Topic", "TwoPart", "weekday_date"]
