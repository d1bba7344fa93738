"""Synthetic FOI letters in varied house styles, written in code, for training the
block labeller and for measuring it on styles it was not trained on.

Every sentence here was written for this generator (no corpus wording). A
letter is a list of blocks, each with its true label, plus the true items;
`to_extracted` gives the parser's input directly, `to_docx`/`to_pdf` render it
as a real file. Styles combine a question/answer layout with a closing family;
`TRAIN_STYLES` and `HELDOUT_STYLES` share neither layouts nor closing wordings.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from parsers.extract.model import Extracted, TextBlock


@dataclass
class SBlock:
    text: str
    label: str
    style: str | None = None
    page: int = 1


@dataclass
class SLetter:
    style: str
    blocks: list[SBlock]
    items: list[dict]
    reference: str
    received: str
    responded: str
    pages: int = 1


TOPICS: list[tuple[str, str]] = [
    (
        "How many agency nurses did the organisation engage in the last financial year?",
        "The organisation engaged 212 agency nurses in 2023/24.",
    ),
    (
        "What was the total spend on interpreting services in 2022?",
        "Total spend on interpreting services in 2022 was £48,310.",
    ),
    (
        "Does the organisation operate a staff car parking permit scheme?",
        "Yes. Permits are allocated by a points system based on travel distance.",
    ),
    (
        "Please state the number of beds on each adult inpatient ward.",
        "Willow ward has 18 beds, Cedar ward has 20 beds and Maple ward has 16 beds.",
    ),
    (
        "Which electronic patient record system do you use and when does the contract end?",
        "We use a system supplied under a national framework; the current contract ends in March 2027.",
    ),
    (
        "How many formal complaints were received about discharge arrangements?",
        "We received 37 formal complaints about discharge arrangements in the period.",
    ),
    (
        "Please provide the number of patients waiting more than 52 weeks for a first appointment.",
        "As at the end of the quarter, 143 patients had waited more than 52 weeks.",
    ),
    (
        "What is the name of the senior officer responsible for cyber security?",
        "Responsibility sits with the Chief Digital Officer, supported by the Head of IT Security.",
    ),
    (
        "How many electric vehicle charging points are available on your sites?",
        "There are 26 charging points across four sites, all available to staff and visitors.",
    ),
    (
        "Has the organisation commissioned any external review of its maternity services since 2021?",
        "No external review of maternity services has been commissioned in that period.",
    ),
    (
        "How much was paid in clinical negligence settlements in each of the last three years?",
        "This information is held by NHS Resolution and is not held by the organisation.",
    ),
    (
        "How many staff were on long-term sickness absence on 1 April?",
        "Fewer than five staff fall into this category, so the exact figure is withheld to protect identities.",
    ),
    (
        "What is the average time from referral to assessment for the memory clinic?",
        "The average waiting time from referral to assessment was 9.4 weeks.",
    ),
    (
        "Do you use artificial intelligence tools to read diagnostic images?",
        "A pilot of decision-support software for chest X-rays began in the autumn; it is not yet in routine use.",
    ),
    (
        "How many catering staff are directly employed rather than contracted?",
        "All 84 catering staff are directly employed by the organisation.",
    ),
    (
        "What budget was allocated to staff wellbeing initiatives this year?",
        "A budget of £120,000 was set aside for staff wellbeing this year.",
    ),
]

# closing families: each kind has wordings for training styles (A) and held-out styles (B)
CLOSINGS: dict[str, dict[str, list[str]]] = {
    "satisfaction": {
        "E": [
            "That completes the information held on the subjects of this request.",
            "The organisation is glad to help with enquiries of this kind.",
            "It is hoped the figures set out here are of assistance.",
        ],
        "A": [
            "I trust this information meets your needs.",
            "We hope the information above is of help to you.",
            "Hopefully this fully answers the points you raised.",
            "I hope you find this reply useful.",
            "We trust the above is satisfactory.",
        ],
        "C": [
            "I am pleased to have been able to assist with your enquiry on this occasion.",
            "We believe this completes our reply to every part of your request.",
        ],
        "B": [
            "We trust that you will find the enclosed answers useful.",
            "I hope this response has been helpful and satisfies your enquiry.",
            "Thank you for your patience while we gathered this information.",
        ],
    },
    "review": {
        "E": [
            "A review of this decision may be sought within two calendar months by writing to the Governance Office.",
            "Requests for the decision to be re-examined are handled by a senior manager who took no part in it.",
            "Anybody unhappy with the way the request was dealt with is entitled to an independent review.",
        ],
        "A": [
            "If you are unhappy with how your request was handled you may ask for an internal review within 40 working days of this letter.",
            "You have the right to request an internal review; please write to the address above setting out your reasons.",
            "If you are not content with the outcome, you can ask for a review by writing to us within two months.",
        ],
        "C": [
            "Anyone who is not satisfied with how a request was dealt with can ask the Trust Secretary to look again at the decision.",
            "Complaints about the handling of this request should reach us no later than forty working days from today.",
        ],
        "B": [
            "Should you wish to complain about the handling of your request, please contact the Head of Governance, who will arrange a review by someone not involved in the original decision.",
            "If you remain dissatisfied with our reply, you are entitled to ask that it be reconsidered by a senior officer.",
        ],
    },
    "regulator": {
        "E": [
            "The regulator for freedom of information is independent of the NHS and its service is free of charge.",
            "Information Commissioner's Office, helpline 0303 000 1234 (weekdays).",
            "Further appeal lies to the Commissioner once the local procedure is exhausted.",
        ],
        "A": [
            "Following an internal review you may apply to the Information Commissioner, whose details are at www.ico.org.uk.",
            "The Information Commissioner's Office can be reached by telephone on 0303 000 0000.",
            "You may then contact the Information Commissioner at the address below.",
        ],
        "C": [
            "Beyond our own procedure, the Information Commissioner decides complaints about public bodies and can be written to free of charge.",
            "ICO helpline 0303 123 1113, Monday to Friday.",
        ],
        "B": [
            "After that you may take the matter to the ICO, the independent regulator for information rights.",
            "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF",
        ],
    },
    "reuse": {
        "E": [
            "Material supplied remains the property of the organisation and its licensors.",
            "Publishing these tables for commercial gain requires the written consent of the Communications Office.",
        ],
        "A": [
            "Copyright in the information supplied remains with the organisation.",
            "The information provided is free to re-use under the Open Government Licence unless stated otherwise.",
            "Most of the information we supply is protected by copyright; you may use it for your own research.",
        ],
        "C": [
            "Documents released under the Act remain subject to copyright and may not be republished for profit without consent.",
            "Crown copyright and database rights apply to the statistics supplied.",
        ],
        "B": [
            "© Example Health Services. Commercial re-use of this material needs our written permission.",
            "Re-use of the enclosed figures for research or news reporting does not require a licence.",
        ],
    },
    "feedback": {
        "E": [
            "Comments on the way this request was handled help the team improve the service.",
            "A feedback form for requesters is available at example.nhs.uk/comment.",
        ],
        "A": [
            "We would welcome your feedback on how we handled this request.",
            "Please take a moment to complete our short customer survey at example.nhs.uk/survey.",
            "How did we do? A two-minute survey is at example.nhs.uk/foi-feedback.",
        ],
        "C": [
            "Tell us what you thought of this service by completing the online form at example.nhs.uk/rate-us.",
            "Your opinion of how we handled this request matters to us; a short survey is attached.",
        ],
        "B": [
            "Help us improve: tell us about your experience using the link below.",
            "Our satisfaction questionnaire takes about two minutes to complete.",
        ],
    },
    "publication": {
        "A": [
            "Please note this response will be published in our disclosure log with personal details removed."
        ],
        "C": [
            "A copy of this reply, with your personal details removed, will appear in the disclosure log."
        ],
        "B": ["Your request and our reply may be made available on our website without your name."],
        "E": ["Responses to requests are placed in the public register after names are removed."],
    },
}
SIGNOFFS = {
    "A": ["Yours sincerely", "Kind regards"],
    "B": ["Yours faithfully", "Best wishes"],
    "C": ["With kind regards", "Yours truly"],
    "E": ["Sincerely", "Warm regards"],
}
EXPLANATIONS = {
    "A": [
        "Section 40(2) of the Act exempts personal data of third parties where disclosure would breach the data protection principles.",
        "Section 12 allows an authority to refuse a request where the cost of compliance would exceed the appropriate limit of £450.",
        "Section 43 - commercial interests: disclosure would prejudice the commercial position of the organisation or a supplier.",
    ],
    "C": [
        "Section 41 applies where information was provided in confidence and disclosure would be an actionable breach of that confidence.",
        "Note on exemptions: figures below a threshold of three are suppressed under section 40 to avoid identifying anyone.",
    ],
    "E": [
        "Section 31 concerns law enforcement: releasing the layout of security systems could assist crime.",
        "About section 22: the figures are due in the annual report, so they are withheld until then.",
    ],
    "B": [
        "Exemptions applied: where numbers are between one and four they have been suppressed because individuals could be identified.",
        "Section 21 - information reasonably accessible to the applicant by other means is exempt, and a link is given instead.",
    ],
}
NAMES = [
    "Northfield Health Services",
    "Riverside Care Partnership",
    "Example Community Trust",
    "Hillcrest Mental Health Services",
    "Eastbrook Hospitals",
]


# further paragraphs of a long answer: caveats, bullet lists, notes on the figures
ANSWER_MORE: list[list[str]] = [
    ["• Inpatient wards: 41", "• Community teams: 17", "• Corporate services: 6"],
    ["Please note that figures below five are shown as <5 so that no one can be identified."],
    ["The figures are taken from the workforce system as at the last day of each month."],
    ["- 2022/23: 118", "- 2023/24: 131"],
    ["Note: the data exclude bank staff and honorary contracts."],
    ["Where a category is blank, nothing was recorded in that period."],
]


# further answer paragraphs that address the reader or mention the request: a
# closing is not the only paragraph in the second person (training family E only)
ANSWER_MORE_E: list[list[str]] = [
    ["You can find the monthly breakdown of these figures on our website at example.nhs.uk/data."],
    ["The figures in your request cover the financial year 2023/24, as you asked."],
    ["If you need the same figures by site, they are in the attached spreadsheet."],
    ["Please note the count includes staff on fixed-term contracts."],
]


def _answer_blocks(rnd: random.Random, style: str | None = None, fam: str = "A") -> list[SBlock]:
    """The answer's paragraphs (the marker or first paragraph is added by the layout)."""
    if fam == "E" and rnd.random() < 0.4:
        return [SBlock(t, "answer", style) for t in rnd.choice(ANSWER_MORE_E)]
    if rnd.random() < 0.4:
        return [SBlock(t, "answer", style) for t in rnd.choice(ANSWER_MORE)]
    return []


def _layout_blocks(
    layout: str, items: list[tuple[str, str]], rnd: random.Random | None = None, fam: str = "A"
) -> tuple[list[SBlock], list[str]]:
    """The blocks of the questions and answers, and each answer's full text."""
    rnd = rnd or random.Random(0)
    out: list[SBlock] = []
    answers: list[str] = []
    for n, (q, a) in enumerate(items, start=1):
        letter = "abcdefgh"[n - 1]
        if layout == "num_response":  # "1. question" / "Response: answer"
            out += [SBlock(f"{n}. {q}", "question", "bold"), SBlock(f"Response: {a}", "answer")]
        elif layout == "qword_answer":  # "Question 1: …" / "Answer: …"
            out += [SBlock(f"Question {n}: {q}", "question"), SBlock(f"Answer: {a}", "answer")]
        elif layout == "bold_plain":  # bold numbered question, plain answer, no markers
            out += [SBlock(f"{n}. {q}", "question", "bold"), SBlock(a, "answer")]
        elif layout == "letter_paren":  # "a) …" with the answer in italics
            out += [SBlock(f"{letter}) {q}", "question"), SBlock(a, "answer", "italic")]
        elif layout == "request_marker":  # "You asked:" / "Our response:" per item
            out += [
                SBlock("You asked:", "question", "bold"),
                SBlock(q, "question"),
                SBlock("Our response:", "answer", "bold"),
                SBlock(a, "answer"),
            ]
        elif layout == "paren_reply":  # "1) …" in bold / "Reply: …"
            out += [SBlock(f"{n}) {q}", "question", "bold"), SBlock(f"Reply: {a}", "answer")]
        elif layout == "qshort_trust":  # "Q1 …" / "Trust response: …"
            out += [SBlock(f"Q{n} {q}", "question"), SBlock(f"Trust response: {a}", "answer")]
        elif layout == "bold_unnumbered":  # bold question, plain answer: no numbers, no markers
            out += [SBlock(q, "question", "bold"), SBlock(a, "answer")]
        elif layout == "shared_reply":  # every question, then one reply naming them all
            out.append(SBlock(q, "question", "bold"))
            if n < len(items):
                continue
            reply = SBlock(rnd.choice(SHARED_REPLIES), "answer")
            more = _answer_blocks(rnd)
            out += [reply, *more]
            text = " ".join([reply.text, *(b.text for b in more)])
            return out, [text] * len(items)
        more = _answer_blocks(rnd, "italic" if layout == "letter_paren" else None, fam)
        out += more
        answers.append(" ".join([a, *(b.text for b in more)]))
    return out, answers


# one reply for a run of questions, naming what it covers (the label-pair styles)
SHARED_REPLIES = [
    "In answer to all of the above questions, this information is not held in a form "
    "that can be reported.",
    "For all of the above, the organisation does not record this information centrally.",
    "The answer to each of the questions above is that no such records are kept.",
]


def _truth_items(layout: str, items: list[tuple[str, str]], answers: list[str]) -> list[dict]:
    out = []
    for n, ((q, _), a) in enumerate(zip(items, answers, strict=True), start=1):
        label = {"letter_paren": "abcdefgh"[n - 1], "qshort_trust": f"Q{n}"}.get(layout, str(n))
        if layout in ("request_marker", "bold_unnumbered", "shared_reply"):  # unnumbered
            label = None
        out.append({"label": label, "question": q, "answer": a})
    return out


STYLES: dict[str, tuple[str, str]] = {
    # name: (layout, closing wording family)
    "num_response/A": ("num_response", "A"),
    "bold_plain/A": ("bold_plain", "A"),
    "qword_answer/A": ("qword_answer", "A"),
    "request_marker/A": ("request_marker", "A"),
    "letter_paren/B": ("letter_paren", "B"),
    "qshort_trust/B": ("qshort_trust", "B"),
    "paren_reply/C": ("paren_reply", "C"),
    "bold_unnumbered/B": ("bold_unnumbered", "B"),
    "shared_reply/C": ("shared_reply", "C"),
    # family E: closings written for training the structural features (h16close),
    # on the training layouts; never measured as held-out
    "num_response/E": ("num_response", "E"),
    "bold_plain/E": ("bold_plain", "E"),
}
TRAIN_STYLES = [
    "num_response/A",
    "bold_plain/A",
    "qword_answer/A",
    "request_marker/A",
    "num_response/E",
    "bold_plain/E",
]
HELDOUT_STYLES = ["letter_paren/B", "qshort_trust/B"]
# family C was written after the vocabulary and the model were settled and not looked
# at before it was first measured: the cleanest held-out number
HELDOUT_C_STYLES = ["paren_reply/C"]
# no numbers and no markers: only the block labels and emphasis can pair these
# (parsers.foi.label_pairs); never trained on
LABEL_PAIR_STYLES = ["bold_unnumbered/B", "shared_reply/C"]


def generate(style: str, seed: int) -> SLetter:
    """One letter in `style`: letterhead, salutation, preamble, 1–5 items, maybe an
    exemption explanation, then a closing of 2–5 paragraphs in random order."""
    rnd = random.Random(f"{style}/{seed}")
    layout, fam = STYLES[style]
    org = rnd.choice(NAMES)
    ref = f"FOI-{rnd.randint(2019, 2026)}-{rnd.randint(100, 9999):04d}"
    day = rnd.randint(1, 20)
    received, responded = f"2025-03-{day:02d}", f"2025-04-{day + 5:02d}"
    blocks = [
        SBlock(org, "letterhead", "heading"),
        SBlock("Information Governance, 1 Example Road, Exampletown EX1 2AB", "letterhead"),
        SBlock(f"Our reference: {ref}", "letterhead"),
        SBlock(f"Date received: {day} March 2025", "letterhead"),
        SBlock(f"Date of response: {day + 5} April 2025", "letterhead"),
        SBlock(rnd.choice(["Dear Requester", "Dear Applicant", "Dear Sir or Madam"]), "salutation"),
        SBlock(
            rnd.choice(
                [
                    "Thank you for your request for information under the Freedom of Information Act 2000.",
                    "We have now considered your request and our answers are set out below.",
                    "Your request has been handled under the Freedom of Information Act 2000.",
                ]
            ),
            "preamble",
        ),
    ]
    chosen = rnd.sample(TOPICS, rnd.randint(1, 5))
    qa_blocks, answers = _layout_blocks(layout, chosen, rnd, fam)
    blocks += qa_blocks
    if rnd.random() < 0.4:
        blocks.append(SBlock(rnd.choice(EXPLANATIONS[fam]), "exemption_explanation"))
    kinds = rnd.sample(list(CLOSINGS), rnd.randint(2, 5))
    for kind in kinds:
        blocks.append(SBlock(rnd.choice(CLOSINGS[kind][fam]), "closing"))
    blocks.append(SBlock(rnd.choice(SIGNOFFS[fam]), "closing"))
    blocks.append(SBlock("Freedom of Information Team", "closing"))
    pages = 1 if len(blocks) < 16 else 2
    for i, b in enumerate(blocks):
        b.page = 1 if i < len(blocks) * 0.6 or pages == 1 else 2
    return SLetter(
        style, blocks, _truth_items(layout, chosen, answers), ref, received, responded, pages
    )


def to_extracted(letter: SLetter) -> Extracted:
    items = [TextBlock(b.text, page=b.page, style=b.style) for b in letter.blocks]
    return Extracted(items=list(items), pages=letter.pages, format="docx")


def to_docx(letter: SLetter) -> bytes:
    import docx

    d = docx.Document()
    for b in letter.blocks:
        if b.style == "heading":
            d.add_heading(b.text, level=2)
            continue
        run = d.add_paragraph().add_run(b.text)
        run.bold = b.style == "bold"
        run.italic = b.style == "italic"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf_text(text: str) -> str:
    """The text as the PDF core fonts can print it (Latin-1)."""
    return text.replace("£", "GBP ").replace("©", "(c)").replace("’", "'").replace("•", "·")


def to_pdf(letter: SLetter) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for b in letter.blocks:
        emph = {"bold": "B", "heading": "B", "italic": "I"}.get(b.style or "", "")
        pdf.set_font("Helvetica", emph, 13 if b.style == "heading" else 11)
        text = pdf_text(b.text)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def letters(styles: list[str], per_style: int, seed0: int = 0) -> list[SLetter]:
    return [generate(s, seed0 + k) for s in styles for k in range(per_style)]
