"""The FOI parser's phrase lists are data: every phrase has a made-up example
sentence here, and a phrase that matches none of them fails (a phrase no one
can give an example of is a dead rule). Examples are written for these tests,
not taken from any letter."""

from __future__ import annotations

import re

import pytest

from parsers.foi_patterns import _I, _RE_SIGNOFF, _SIGNOFF_PHRASES, answer_marker
from parsers.foi_segment import _ANSWER_CUES, _RE_ANSWER_CUE, _RE_REQUEST_CUE, _REQUEST_CUES

SIGNOFF_EXAMPLES = [
    "If you are not satisfied with this reply you can ask us to look at it again.",
    "If you have any further questions about this reply, write to the FOI office.",
    "If you wish to request an internal review, please do so within 40 working days.",
    "Should you wish to challenge this decision, contact the Governance Manager.",
    "You have the right to ask for the handling of your request to be reviewed.",
    "Your right to complain is explained in the leaflet enclosed.",
    "Information Commissioner's Office, Water Lane, Wilmslow.",
    "Internal reviews are carried out by a senior manager not involved in the request.",
    "Appeals procedure: write to the Director of Corporate Affairs.",
    "Complaints and appeals are handled by the Trust Secretary.",
    "Yours faithfully",
    "Kind regards",
    "Regards,",
    "Re-use of public sector information is allowed under the Open Government Licence.",
    "Copyright in the attached report belongs to the Trust.",
    "Any information supplied in this reply remains subject to copyright.",
    "In line with the Information Commissioner's guidance we publish our responses.",
    "Please be aware that any information released may be published on our website.",
    "The information supplied to you continues to be protected by copyright.",
    "We hope the information above is useful.",
    "I hope that this response answers your questions.",
    "Please do not hesitate to get in touch with the team.",
    "Please quote your FOI number in any letter about this request.",
    "If for any reason you are unhappy with this reply, tell us.",
    "I trust this response meets your needs.",
    "We confirm that the information provided is correct at the date of this letter.",
    "This concludes our response to your request.",
    "Publication scheme documents are available on the Trust's website.",
    "Feedback:",
    "The full Freedom of Information Act can be read online.",
    "Please let us know if we can help further.",
]
NOT_SIGNOFF = [
    "The Trust employed 14 housing officers in 2023.",
    "Please provide the number of complaints received.",
    "2. How many reviews of ward staffing took place?",
]

REQUEST_EXAMPLES = [
    "Please list every ward that has a housing officer.",
    "Could you tell me the budget for 2024?",
    "Can you say which sites are affected?",
    "Would you include agency staff in the totals?",
    "I would be grateful for a copy of the policy.",
    "I'd like the figures by month.",
    "If possible, give the answer as a spreadsheet.",
    "These could be shown as percentages.",
    "For each site, give the number of beds.",
    "Broken down by age band and sex.",
    "In the form of a table, if you hold it that way.",
    "Including any staff on secondment.",
    "E.g. occupational therapists and social workers.",
]
ANSWER_EXAMPLES = [
    "The Trust holds this information.",
    "The figures requested are in the table below.",
    "We do not record this.",
    "Our records show 12 cases.",
    "I can confirm that the policy was updated in May.",
    "There were 31 incidents in the year.",
    "Yes, a policy exists.",
    "No, the Trust does not use this supplier.",
    "None were recorded.",
    "Nil return.",
    "Zero, as the service closed in 2020.",
    "N/A to this Trust.",
    "Not known at this time.",
    "Please see the attached spreadsheet.",
    "See appendix B for the breakdown.",
    "Attached is the latest policy.",
    "Unfortunately this is not recorded centrally.",
    "This information is published on our website.",
    "Information is not held in that form.",
    "– the figure for 2023 was 48.",
    "It is not possible to split the figure by ward.",
    "In response to this question, the total was 9.",
    "For the response to this question, see question 2.",
]


def _uncovered(phrases, examples):
    return [p for p in phrases if not any(re.match(p, e, _I) for e in examples)]


def test_every_signoff_phrase_has_an_example():
    assert _uncovered(_SIGNOFF_PHRASES, SIGNOFF_EXAMPLES) == []


@pytest.mark.parametrize("sentence", SIGNOFF_EXAMPLES)
def test_signoff_examples_open_the_closing(sentence):
    assert _RE_SIGNOFF.match(sentence)


@pytest.mark.parametrize("sentence", NOT_SIGNOFF)
def test_answers_and_questions_are_not_closing(sentence):
    assert not _RE_SIGNOFF.match(sentence)


def test_every_request_cue_has_an_example():
    assert _uncovered(_REQUEST_CUES, REQUEST_EXAMPLES) == []
    assert all(_RE_REQUEST_CUE.match(e) for e in REQUEST_EXAMPLES)
    assert not any(_RE_REQUEST_CUE.match(e) for e in ANSWER_EXAMPLES)


def test_every_answer_cue_has_an_example():
    assert _uncovered(_ANSWER_CUES, ANSWER_EXAMPLES) == []
    assert all(_RE_ANSWER_CUE.match(e) for e in ANSWER_EXAMPLES)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Response: 42", "42"),
        ("OUR RESPONSE:", ""),
        ("Trust's response - see below", "see below"),
        ("Answer to question 3: none", "none"),
        ("Information provided: the policy is attached.", "the policy is attached."),
        ("A2. 58.", "58."),
        ("A3) Nil", "Nil"),
        ("RESPONSE 134", "134"),
        ("Answer 412", "412"),
        ("Response The Trust holds no such list.", "The Trust holds no such list."),
        ("Response Date: 27/03/2024", None),
        ("Responses to the staff survey fell in 2023.", None),
        ("RESPONSE TIMES", None),
        ("A4 paper is used for all letters.", None),
    ],
)
def test_answer_markers(line, rest):
    assert answer_marker(line) == rest
