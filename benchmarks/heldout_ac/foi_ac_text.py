"""The words of held-out set AC's FOI letters: topics (a question, the answer's
paragraphs, the FOIA section applied), environmental topics answered under the
Environmental Information Regulations 2004 (the regulation applied), the openings of
each style (the PALS route, the shared office of a hospital group, the round-robin,
the fresh response after a decision notice), the answer pointing to an earlier
published response, the section 10(3) extension notice, the request-site page's
messages, closings and signatures; set AA's date forms ('4 March 2024', '04/03/2024',
imported).

Written fresh for set AC without reading the parser's vocabulary, rules or model,
without reusing sets D to AB's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.heldout_aa.foi_aa_text import long_date, slash_date


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, ...]  # its paragraphs
    exemption: str | None = None  # the FOIA section (or EIR regulation) the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many interpreting sessions did the Trust book for outpatient appointments in 2023/24?",
        (
            "The Trust booked 6,318 face-to-face and 2,941 telephone interpreting sessions "
            "for outpatient appointments in 2023/24.",
        ),
    ),
    Topic(
        "What did the Trust spend on printing and posting letters to patients last year?",
        (
            "In 2023/24 the Trust spent £412,880 on printing and posting patient letters.",
            "Letters began moving to the patient portal in January 2024, so this figure is "
            "expected to fall.",
        ),
    ),
    Topic(
        "How many of the Trust's beds were occupied by patients medically fit for discharge "
        "on 1 February 2024?",
        ("On that day 97 beds were occupied by patients who were medically fit to leave.",),
    ),
    Topic(
        "Which company maintains the Trust's nurse call system, and what is the maintenance "
        "contract worth?",
        (
            "The nurse call system is maintained by its manufacturer under a five-year agreement.",
            "The value of the agreement is withheld under section 43(2): releasing it while "
            "the service is being retendered would be likely to harm the manufacturer's "
            "commercial interests.",
        ),
        "43(2)",
    ),
    Topic(
        "How many complaints about car parking did the Trust receive during 2023?",
        ("The Trust received 58 complaints about car parking during 2023.",),
    ),
    Topic(
        "Please list the consultants who carried out private practice at the Trust in 2023/24.",
        (
            "Eleven consultants carried out private practice in the Trust's private patient "
            "unit in 2023/24.",
            "Their names are withheld under section 40(2), because naming them would be an "
            "unfair use of their personal data.",
        ),
        "40(2)",
    ),
    Topic(
        "Does the Trust run a salary sacrifice scheme for electric cars?",
        ("Yes. The scheme opened in April 2022 and 214 staff had joined it by March 2024.",),
    ),
    Topic(
        "How many security officers are on duty overnight in the emergency department?",
        (
            "Two security officers are on duty in the emergency department every night.",
            "How cover is arranged at other times is withheld under section 38(1), as "
            "publishing it could put staff and patients at risk.",
        ),
        "38(1)",
    ),
    Topic(
        "On how many occasions did the Trust declare an internal critical incident between "
        "April 2023 and March 2024?",
        ("An internal critical incident was declared on nine occasions in that period.",),
    ),
    Topic(
        "How many midwives left the Trust in 2023/24, and how many joined?",
        ("In 2023/24, 47 midwives left the Trust and 63 joined it.",),
    ),
    Topic(
        "What does the Trust's policy say about staff wearing uniform outside work?",
        (
            "The rule on wearing uniform outside work is set out in the Trust's dress code, "
            "which is published on its website.",
            "The policy is therefore exempt under section 21, as it is reasonably "
            "accessible to you already.",
        ),
        "21",
    ),
    Topic(
        "How many patients were waiting for a hearing test at the end of January 2024?",
        (
            "At 31 January 2024, 1,206 patients were waiting for a hearing test, 388 of them "
            "for more than six weeks.",
        ),
    ),
    Topic(
        "How much compensation did the Trust pay for patients' lost property in 2023?",
        ("The Trust paid £7,645 on 39 claims for patients' lost property in 2023.",),
    ),
    Topic(
        "How many discharges in 2023/24 were delayed while a package of home care was arranged?",
        ("1,872 discharges were delayed while a package of home care was arranged.",),
    ),
]

# answered under the EIR, not the Act (their exceptions are regulations of the EIR)
EIR_TOPICS: list[Topic] = [
    Topic(
        "What unit price does the Trust pay for gas under its current energy contract?",
        (
            "The Trust buys its gas through a purchasing framework for NHS bodies.",
            "The unit price is withheld under regulation 12(5)(e) of the EIR, because it is "
            "commercially confidential and its release would harm the supplier's "
            "legitimate economic interests.",
        ),
        "12(5)(e)",
    ),
    Topic(
        "How much electricity did the Trust's hospital sites use in 2023/24?",
        ("The hospital sites used 31.4 gigawatt hours of electricity in 2023/24.",),
    ),
    Topic(
        "How many tonnes of clinical waste did the Trust send for incineration in 2023?",
        ("412 tonnes of clinical waste went for high-temperature incineration in 2023.",),
    ),
    Topic(
        "What were the Trust's carbon emissions from anaesthetic gases in 2023/24?",
        (
            "Emissions from anaesthetic gases were 1,190 tonnes of carbon dioxide "
            "equivalent in 2023/24.",
            "This is down from 2,030 tonnes in 2021/22, after desflurane was withdrawn from "
            "use in theatres.",
        ),
    ),
]
EIR_NOTES = (
    "Your questions {nums} concern environmental information and have been answered under "
    "the Environmental Information Regulations 2004 (EIR); the others are answered under "
    "the Freedom of Information Act 2000.",
    "Please note that questions {nums} ask for environmental information, so the Trust has "
    "dealt with them under the Environmental Information Regulations 2004 rather than the "
    "Act.",
)

# a question answered by a pointer to an earlier response on the disclosure log
EARLIER_TOPICS = (
    "How many agency nurses did the Trust use in each month of 2022/23?",
    "What was the Trust's total spend on taxis for patients in 2022/23?",
)
EARLIER_ANSWERS = (
    "This information was released in reply to request {ref} on {date} and is published "
    "on the Trust's disclosure log. It is therefore exempt under section 21, as it is "
    "already reasonably accessible to you.",
    "We answered the same question on {date} under reference {ref}; that reply is on our "
    "disclosure log, and section 21 applies because the information is accessible to you "
    "by other means.",
)

# the request that came in through the Patient Advice and Liaison Service
PALS_OPENINGS = (
    "Your enquiry to our Patient Advice and Liaison Service (PALS) of {rec} was passed to "
    "the Freedom of Information office on {passed} and has been handled as a request under "
    "the Freedom of Information Act 2000.",
    "Thank you for contacting the PALS team on {rec}. As your questions ask for recorded "
    "information, PALS forwarded them to us on {passed} and we have answered them under "
    "the Freedom of Information Act.",
)

# one Freedom of Information office answering for both trusts of a hospital group
GROUP_NAMES = ("Two Rivers Hospital Group", "Moorland Edge Healthcare Group")
GROUP_OPENINGS = (
    "Your request of {rec} was sent to both trusts of the {group}. As the trusts share one "
    "Freedom of Information service, this single reply answers for both of them.",
    "We received your request, addressed to each trust of the {group}, on {rec}. The "
    "information below covers both trusts unless an answer says otherwise.",
)
GROUP_SIGNED = ("on behalf of {a} and {b}", "for and on behalf of both trusts of the {group}")

# the round-robin: one response for everyone who sent the same request
ROUND_OPENINGS = (
    "The Trust received the same request from several people. So that everyone receives "
    "the same answer, this single response is sent to each of them and published on our "
    "disclosure log.",
    "This is a round-robin response: identical requests reached us from the requesters "
    "listed above, and each of them is sent this reply.",
)
ROUND_LISTS = ("Requests covered by this response:", "Request | Received")

# the fresh response issued after the Information Commissioner's decision notice
NOTICE_OPENINGS = (
    "On {rec} you asked the Trust for the information set out below. We refused your "
    "request on {refused} under section {s}. The Information Commissioner's decision "
    "notice of {notice} found that the Trust was not entitled to rely on that section and "
    "required us to issue a fresh response, which follows.",
    "Following the Commissioner's decision notice dated {notice}, the Trust has looked "
    "again at your request of {rec}, which we refused on {refused} citing section {s}. "
    "Our fresh response to each question is below.",
)
FIRST_REFUSALS = ("12", "43(2)")

# a question held back under section 10(3) while the public interest is weighed
EXTENSION_NOTICES = (
    "We need more time to answer this question. The Trust is considering whether section "
    "{s} applies and, if it does, where the balance of the public interest lies. Under "
    "section 10(3) of the Act we will reply to this part by {due}.",
    "Held back: the public interest test for section {s} is still being carried out. We "
    "expect to send you our answer to this question by {due}, as section 10(3) allows.",
)
EXTENSION_QUESTIONS = (  # the question held back, by the section considered for it
    "What rate per shift does the Trust pay each of its locum agencies for junior doctors?",
    "Where in the mental health unit are staff personal alarm receivers fitted?",
)
EXTENSION_LEADS = (
    "We have answered all but one of your questions below; one answer will follow.",
    "Most of your questions are answered in this letter. One needs more time, as explained "
    "beneath it.",
)

# the request-site page: the requester's message, the acknowledgement, the reply
SITE_NAME = "AskOpenly"
REQUESTERS = ("Marguerite Oyelaran-Finch", "Tobias Quennell")
THREAD_ASKS = (
    "Please send me the following information under the Freedom of Information Act:",
    "Under the FOI Act, I would be grateful for answers to these questions.",
)
THREAD_ACKS = (
    "Thank you for your request, which we have logged under reference {ref}. We aim to "
    "reply by {due}, which is 20 working days after we received it.",
    "Your request has been received and given the reference {ref}. A response is due no "
    "later than {due}.",
)
THREAD_REPLY_LEADS = (
    "Our answers are numbered as you numbered your questions:",
    "Please find the Trust's response to each question below.",
)
THREAD_STATUS = (
    "Status: the trust has replied and the information was supplied.",
    "This request is closed. Response received.",
)

CLOSINGS = {
    "review": (
        "If you are unhappy with this reply you may ask the Trust to review it. Please "
        "write to the Head of Information Governance within 40 working days, giving your "
        "reasons.",
        "Any request for an internal review should reach our Information Governance team "
        "within two months of the date of this letter.",
    ),
    "regulator": (
        "Should the review not resolve matters, you may take your complaint to the "
        "Information Commissioner's Office at Wycliffe House, Water Lane, Wilmslow, "
        "Cheshire SK9 5AF.",
        "After a review you are free to approach the Information Commissioner, who "
        "regulates how public bodies handle requests.",
    ),
}
SIGNATURES = (
    ["Yours faithfully", "Perpetua Lindqvist-Obi", "Freedom of Information Manager"],
    ["With best wishes", "Declan Arkwright-Mensah", "Information Access Officer"],
)


__all__ = ["EIR_TOPICS", "TOPICS", "Topic", "long_date", "slash_date"]
