"""An answer opening with a date ("On 1 February 2024, …", "By 1 February …") beneath
a question labelled 'Q1' keeps its opening words: 'On 1' is no reply label mirroring
'Q1' (parsers.foi.mirrored_labels), as 'R1' or 'A1' would be."""

from __future__ import annotations

import io

import pytest

from parsers import parse_document


def _letter(first_answer: str) -> bytes:
    import docx

    document = docx.Document()
    lines = [
        "Hollinford Community NHS Trust",
        "Our ref: HC/2024/077",
        "Date: 11 March 2024",
        "Dear Ms Ambrose,",
        "Q1 How many district nurses were in post on 1 February 2024?",
        first_answer,
        "Q2 How many caseloads were there?",
        "There were 19 caseloads.",
        "Yours sincerely,",
        "Records Team",
    ]
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    "answer",
    [
        "On 1 February 2024, 73 district nurses were in post.",
        "By 1 February the Trust had 73 district nurses in post.",
    ],
)
def test_date_opening_is_not_a_mirrored_label(answer: str) -> None:
    foi = parse_document(_letter(answer), filename="letter.docx", kind_hint="foi").foi
    assert foi.items[0].answer == answer


def test_mirrored_reply_label_still_dropped() -> None:
    letter = _letter("R1 There were 73 district nurses in post.")
    foi = parse_document(letter, filename="letter.docx", kind_hint="foi").foi
    assert foi.items[0].answer == "There were 73 district nurses in post."
