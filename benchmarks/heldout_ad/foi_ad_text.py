"""The words of held-out set AD's FOI letters: topics (a question, the noun phrase a
requester's narrative would use for it, the answer's paragraphs, the FOIA section
applied), answers naming staff whose names are redacted inline, questions asking for
the requester's own records, the returned questionnaire's questions and tick-box
options, the requester's data template's rows, the openings, summaries, notes and
cover sheets of each style, closings and signatures; set AA's date forms ('4 March
2024', '04/03/2024', imported).

Written fresh for set AD without reading the parser's vocabulary, rules or model,
without reusing sets D to AC's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.heldout_aa.foi_aa_text import long_date, slash_date


@dataclass(frozen=True)
class Topic:
    question: str
    gist: str  # how a requester's narrative asks for it ("the cost of …")
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many hospital-acquired pressure ulcers of category 3 or worse were reported "
        "in 2023/24?",
        "the number of serious hospital-acquired pressure ulcers last year",
        ("Staff reported 41 hospital-acquired pressure ulcers of category 3 or worse in 2023/24.",),
    ),
    Topic(
        "What was the Trust's spend on locum pharmacists between April 2023 and March 2024?",
        "what was spent on locum pharmacists",
        (
            "Between April 2023 and March 2024 the Trust spent £186,410 on locum pharmacists.",
            "Most of this covered two long vacancies on the aseptic unit.",
        ),
    ),
    Topic(
        "How many patients were cared for in a corridor or other temporary space in the "
        "emergency department in January 2024?",
        "how often patients were cared for in corridors in the emergency department",
        (
            "In January 2024, 318 patients spent part of their stay in a corridor or other "
            "temporary space in the emergency department.",
        ),
    ),
    Topic(
        "Which firm supplies the Trust's patient meals, and what is the cost per meal?",
        "who supplies patient meals and at what price",
        (
            "Patient meals are supplied by a contract caterer appointed in 2022.",
            "The cost per meal is withheld under section 43(2), as the contract is being "
            "renegotiated and releasing the price would prejudice the caterer's commercial "
            "position.",
        ),
        "43(2)",
    ),
    Topic(
        "How many staff at the Trust are trained as mental health first aiders?",
        "how many staff are mental health first aiders",
        (
            "At the end of March 2024, 126 staff held a current mental health first aid certificate.",
        ),
    ),
    Topic(
        "How many bank holiday shifts were left unfilled on the Trust's medical rotas during 2023?",
        "unfilled medical shifts on bank holidays",
        ("During 2023, 23 bank holiday shifts on the medical rotas went unfilled.",),
    ),
    Topic(
        "Where are the Trust's controlled drugs cabinets located, and how are their keys kept?",
        "the security arrangements for controlled drugs",
        (
            "Every ward and theatre suite has a controlled drugs cabinet.",
            "How the keys are held is withheld under section 38(1), because publishing it "
            "could endanger staff and patients.",
        ),
        "38(1)",
    ),
    Topic(
        "How much did the Trust receive in charitable donations during 2023/24?",
        "donations received by the hospital charity",
        ("The Trust's charity received £1,042,300 in donations during 2023/24.",),
    ),
    Topic(
        "How many times was the Trust's MRI scanner out of action for more than a day in 2023?",
        "breakdowns of the MRI scanner",
        (
            "The MRI scanner was out of action for more than a day on four occasions in 2023.",
            "The longest outage lasted six days while a cooling unit was replaced.",
        ),
    ),
    Topic(
        "What is the Trust's policy on staff taking their breaks during night shifts?",
        "the rules on night-shift breaks",
        (
            "Night-shift breaks are covered by the Trust's rostering policy, which is "
            "published on its website.",
            "The policy is exempt under section 21, being reasonably accessible to you already.",
        ),
        "21",
    ),
    Topic(
        "How many patients left the emergency department before being seen in March 2024?",
        "patients who left the emergency department without being seen",
        ("In March 2024, 702 patients left the emergency department before being seen.",),
    ),
    Topic(
        "How many maternity incidents did the Trust refer to the national maternity "
        "investigation programme in 2023?",
        "maternity incidents referred for national investigation",
        ("The Trust referred five maternity incidents for national investigation in 2023.",),
    ),
    Topic(
        "How much did the Trust spend on replacing lost or damaged hearing aids for "
        "inpatients last year?",
        "replacing patients' lost hearing aids",
        ("In 2023/24 the Trust spent £9,870 replacing hearing aids lost or damaged on its wards.",),
    ),
    Topic(
        "How many charging points for electric vehicles has the Trust installed in its car parks?",
        "electric vehicle charging in the car parks",
        (
            "There are 38 charging points across the Trust's car parks.",
            "A further 20 are due to be installed at the main hospital by the end of 2024.",
        ),
    ),
]

# answers that name people; "{R}" is where a name is redacted (section 40(2))
REDACT_TOPICS: list[Topic] = [
    Topic(
        "Who sat on the panel that approved the closure of the Trust's minor injuries unit?",
        "who approved closing the minor injuries unit",
        (
            "The closure was approved by a panel chaired by the Chief Operating Officer. "
            "Its other members were the Director of Nursing, {R} (divisional general "
            "manager) and {R} (clinical lead for urgent care).",
        ),
        "40(2)",
    ),
    Topic(
        "Please provide the names of the staff who received the Trust's long service "
        "awards in 2023.",
        "names of staff given long service awards",
        (
            "Thirty-two staff received a long service award in 2023, among them {R} "
            "(40 years, pathology) and {R} (35 years, estates). The awards were presented "
            "by the Chair.",
        ),
        "40(2)",
    ),
    Topic(
        "Which managers signed off the business case for the new endoscopy unit?",
        "who signed off the endoscopy business case",
        (
            "The business case was signed off by the Director of Finance and by {R}, "
            "the senior responsible officer for the scheme, in October 2023.",
        ),
        "40(2)",
    ),
]
REDACT_MARKS = ("[Redacted – s40(2)]", "[name removed]")
REDACT_NOTES = (
    "Where a name appears as [Redacted – s40(2)], it has been withheld under section 40(2) "
    "of the Act: the staff concerned are not senior and would not expect their names to "
    "be published.",
    "About redactions: names shown as [name removed] are personal data withheld under "
    "section 40(2), since releasing them would breach the data protection principles.",
)
REDACT_HEADS = ("Redactions", "")

# a question asking for the requester's own records (section 40(1))
SAR_QUESTIONS = (
    "Please also send me copies of every e-mail between the ward staff that mentions "
    "my mother's admission or me.",
    "Could you also include any notes the Trust holds about the complaint I made in August 2023?",
)
SAR_ANSWERS = (
    (
        "This part of your request asks for your own personal data. It is exempt from "
        "the Act under section 40(1), so we are dealing with it as a subject access "
        "request under the data protection legislation instead.",
        "Our Subject Access Team will write to you separately about proof of identity.",
    ),
    (
        "Information about you is exempt from disclosure under the Act by section 40(1). "
        "We have passed this question to the Trust's subject access service, which will "
        "reply to you directly under the UK GDPR.",
    ),
)

# a short paragraph up front summarising the outcome
SUMMARY_LEADS = ("In summary:", "Summary of our reply –")
SUMMARY_FULL = ("all {n} questions are answered in full.", "every question answered in full.")
SUMMARY_PART = (
    "we have answered {full} in full and {part} in part, withholding some information "
    "under {secs}.",
    "{full} answered in full; {part} answered in part (information withheld under {secs}).",
)

# the request as sent, then the questions the trust read in it
INTERPRET_ASKS = (
    "I am looking into how hospital trusts are coping this year and would be grateful "
    "for anything you can tell me about {gists}.",
    "Could the Trust please send me whatever it holds on {gists}? Thank you.",
)
INTERPRET_LEADS = (
    "We have read your request as the following questions and answered each in turn:",
    "To make sure we answered everything, we set your request out as separate questions:",
)
INTERPRET_HEADS = ("Your request", "What you asked for")

# a disclosure log's cover sheet
COVER_TITLES = ("Freedom of Information – Disclosure Log", "Published Response")
COVER_SUBJECTS = ("Hospital services and spending", "Assorted operational figures")
COVER_OUTCOMES = ("Released in full", "Partially released")


# the requester's questionnaire, returned with boxes ticked
@dataclass(frozen=True)
class Tick:
    question: str
    options: tuple[str, ...]
    chosen: int  # the index of the ticked option
    comment: str = ""
    exemption: str | None = None


TICKS: list[Tick] = [
    Tick(
        "Is the Trust's sterile services department run in-house or outsourced?",
        ("Run in-house", "Outsourced", "A mix of both"),
        0,
        "The department moved back in-house in 2021.",
    ),
    Tick(
        "Does the Trust use an electronic system to record patients' fluid balance?",
        ("Yes", "No", "Being introduced"),
        2,
        "Roll-out on the surgical wards began in February 2024.",
    ),
    Tick(
        "How often is the Trust's hospital transport contract retendered?",
        ("Every three years", "Every five years", "Other"),
        1,
    ),
    Tick(
        "Which supplier provides the Trust's bed management software?",
        ("An NHS framework supplier", "An in-house system", "No system in use"),
        0,
        "The supplier's name and the licence fee are withheld under section 43(2).",
        "43(2)",
    ),
    Tick(
        "Does the Trust offer free parking to staff working night shifts?",
        ("Yes", "No"),
        0,
    ),
    Tick(
        "Has the Trust carried out a review of its chaplaincy service since 2020?",
        ("Yes", "No", "Planned"),
        2,
        "A review is planned for the autumn of 2024.",
    ),
    Tick(
        "Are the Trust's security officers employed directly or through a contractor?",
        ("Employed directly", "Through a contractor"),
        1,
        "Details of the officers' deployment are withheld under section 38(1).",
        "38(1)",
    ),
]
TICK_BOXES = (("☒", "☐"), ("[X]", "[ ]"))
TICK_COMMENTS = ("Comments:", "Further details:")
TICK_LEADS = (
    "You asked us to complete the questionnaire attached to your request. Our answers "
    "are marked below.",
    "We have filled in the survey you sent us; the boxes we ticked show our answers.",
)


# the requester's data template returned filled in: (data item, guidance, response, section)
TEMPLATE_ROWS: list[tuple[str, str, str, str | None]] = [
    (
        "Number of occupational therapists employed",
        "Count whole-time equivalents at 31 March 2024; include bank staff",
        "48.6 whole-time equivalents.",
        None,
    ),
    (
        "Number of falls with harm on inpatient wards",
        "Financial year 2023/24; moderate harm or above",
        "37 falls with moderate harm or above.",
        None,
    ),
    (
        "Annual cost of the interpreting contract",
        "Most recent full year; excluding VAT",
        "Withheld under section 43(2): the contract is commercially sensitive until it "
        "is retendered.",
        "43(2)",
    ),
    (
        "Average wait for a wheelchair assessment",
        "In weeks, from referral to first appointment",
        "11 weeks.",
        None,
    ),
    (
        "Number of patients discharged to care homes",
        "Calendar year 2023",
        "1,146 patients.",
        None,
    ),
    (
        "Layout of the panic alarm system in the mental health unit",
        "A plan or description is fine",
        "Withheld under section 38(1), as its release could endanger staff and patients.",
        "38(1)",
    ),
    (
        "Whether the Trust has a dementia strategy",
        "Answer yes or no; a link is welcome",
        "Yes, adopted in 2022 and published on the Trust's website.",
        None,
    ),
]
TEMPLATE_HEADS = (
    ["Ref", "Data item", "Guidance", "Trust response"],
    ["No.", "Information requested", "Notes for completion", "Response"],
)
TEMPLATE_LEADS = (
    "You sent us a data template to complete. We have entered our responses in its last column.",
    "Your request came as a table for us to fill in; it is returned below with our "
    "responses added.",
)

# a reissued response
AMENDED_MARKS = (
    "AMENDED RESPONSE",
    "Reissued response – please read in place of our earlier reply",
)
AMENDED_OPENINGS = (
    "This letter replaces our response of {first} to your request received on {rec}. "
    "Our answer to question {k} contained an error and is corrected below; the other "
    "answers are as before.",
    "We wrote to you on {first} in reply to your request of {rec}. We have since found "
    "a mistake in our answer to question {k}, so we are reissuing the whole response "
    "with that answer corrected.",
)
AMENDED_TAGS = ("Amended answer:", "[Corrected]")

OPENINGS = (
    "Thank you for your request for information, which reached the Trust on {rec}. Our "
    "reply follows.",
    "Your Freedom of Information request was logged on {rec}; please see our reply below.",
)

CLOSINGS = {
    "review": (
        "If you disagree with how we have handled your request, you can ask for an "
        "internal review by writing to the Trust's Information Rights Lead. Please do so "
        "within 40 working days.",
        "You are entitled to have this decision looked at again by someone who was not "
        "involved in it; contact our Information Rights office within two months.",
    ),
    "regulator": (
        "Once the internal review is complete, you may refer the matter to the "
        "Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF, if you "
        "remain dissatisfied.",
        "If the review does not settle things, the Information Commissioner's Office can "
        "consider a complaint from you; see ico.org.uk for how to make one.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Rosalind Okonkwo-Hale", "Information Rights Lead"],
    ["Yours sincerely", "Fergus Tallentire", "FOI Coordinator"],
)

__all__ = ["TICKS", "TOPICS", "Tick", "Topic", "long_date", "slash_date"]
