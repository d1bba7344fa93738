"""FOI structures learned from held-out set W's first sight, read as structures rather
than set W's phrases:

* a question opened by a short bold topic tag run into its paragraph ("**Therapies:**
  How many …"), its answer in the paragraphs beneath (parsers.foi.bold_tags);
* questions numbered as whole numbers with a decimal place of nought ("1.0", "2.0"),
  the label kept as printed (parsers.foi.units._house_label).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers.extract.model import TextBlock
from parsers.foi.bold_tags import bold_tag, bold_tag_items
from parsers.foi.units import _label_of
from tests.foi_letters import SIGN_OFF, P
from tests.foi_p_structures import HEAD, MODELS
from tests.foi_r_structures import TOPICS, read_reply
from tests.test_foi_styles import FORMATS, pairs

# ---------------------------------------------------------------- bold topic tags


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("sep", [":", " –"])
def test_question_opened_by_a_bold_topic_tag(sep, model, fmt):
    blocks = list(HEAD)
    for tag, question, answer in TOPICS:
        blocks.append(P(f"**{tag}{sep}** {question}"))
        blocks.extend(P(line) for line in answer)
    foi = read_reply(blocks + SIGN_OFF, fmt, model)
    assert pairs(foi) == [(None, q, " ".join(a)) for _, q, a in TOPICS]


def test_bold_tag_wants_a_short_colon_tag_before_an_asking_sentence():
    asked = TextBlock("Therapies: How many physiotherapists work nights?", bold_run="Therapies:")
    assert bold_tag(asked) == "How many physiotherapists work nights?"
    told = TextBlock("Therapies: the service runs all week.", bold_run="Therapies:")
    assert bold_tag(told) is None
    long_tag = TextBlock(
        "The figures held for this year: How many?", bold_run="The figures held for this year:"
    )
    assert bold_tag(long_tag) is None
    no_colon = TextBlock("Therapies How many physiotherapists?", bold_run="Therapies")
    assert bold_tag(no_colon) is None
    labelled = TextBlock("Q2: How many physiotherapists?", bold_run="Q2:")
    assert bold_tag(labelled) is None
    # one such paragraph alone rewrites nothing
    assert bold_tag_items([asked]) == [asked]
    rewritten = bold_tag_items([asked, asked])
    assert [b.text for b in rewritten] == ["How many physiotherapists work nights?"] * 2
    assert all(b.style == "bold" for b in rewritten)


# ---------------------------------------------------------------- "1.0" numbering


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_questions_numbered_with_a_decimal_place_of_nought(model, fmt):
    blocks = list(HEAD)
    for n, (_, question, answer) in enumerate(TOPICS, 1):
        blocks.append(P(f"**{n}.0 {question}**"))
        blocks.extend(P(line) for line in answer)
    foi = read_reply(blocks + SIGN_OFF, fmt, model)
    assert pairs(foi) == [(f"{n}.0", q, " ".join(a)) for n, (_, q, a) in enumerate(TOPICS, 1)]


def test_decimal_place_of_nought_is_the_whole_number():
    lab = _label_of("4.0 How many clinics are there?")
    assert (lab.key, lab.num, lab.rest) == ("4.0", 4, "How many clinics are there?")
    # "4.1" stays a part counted under its heading
    assert _label_of("4.1 How many clinics are there?").num == 1


# ---------------------------------------------------------------- figures per key


@pytest.mark.parametrize("fmt", FORMATS)
def test_figure_per_site_lines_with_a_note_beneath_are_the_answer(fmt):
    sites = [("Riverside Clinic", ["3", "<5"]), ("Hilltop Unit", ["12", "0"])]
    asked = [
        "How many falls were reported on each ward in 2024?",
        "How many night shifts went unfilled at each unit in May?",
    ]
    note = "Counts below five are shown as '<5' and withheld under section 40(2)."
    blocks = list(HEAD)
    want = []
    for n, question in enumerate(asked, 1):
        blocks.append(P(f"{n}. {question}"))
        lines = [f"{site}: {values[n - 1]}" for site, values in sites]
        blocks.extend(P(line) for line in lines)
        blocks.append(P(note))
        want.append((str(n), question, " ".join([*lines, note])))
    foi = read_reply(blocks + SIGN_OFF, fmt, "rules only")
    assert pairs(foi) == want


def test_a_form_of_worded_fields_is_still_no_answer():
    from parsers.foi.form_fields import form_field_indices
    from parsers.foi.units import _Unit

    texts = [
        "1. How many parking permits were issued?",
        "Held: Yes",
        "The Trust issued 840 permits.",
        "2. How many permits were refused?",
        "Held: No",
        "The Trust does not record refusals.",
    ]
    assert form_field_indices([_Unit(text=t, lines=[t]) for t in texts]) == {1, 4}


# ---------------------------------------------------------------- a list in a question


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_question_listing_items_unstopped_then_its_answer(fmt):
    blocks = list(HEAD)
    want = []
    asked = [
        ("For the hydrotherapy pool, please give:", ["its opening hours", "its staffing"]),
        ("About the patient shuttle:", ["its daily runs", "whether visitors may ride"]),
    ]
    replies = ["A pool is open 9 to 5 with two staff.", "Sixteen runs a day; visitors ride free."]
    for n, ((lead, items), reply) in enumerate(zip(asked, replies, strict=True), 1):
        blocks.append(P(f"{n}. {lead}"))
        blocks.extend(P(f"• {item}") for item in items)
        blocks.append(P(reply))
        want.append((str(n), " ".join([lead, *items]), reply))
    foi = read_reply(blocks + SIGN_OFF, fmt, "rules only")
    assert pairs(foi) == want


# ---------------------------------------------------------------- public bodies' addresses


def test_an_organisations_address_is_kept_a_persons_masked():
    from parsers.privacy import mask_personal

    kept = "Please write to: Records Office, Northfold Community Health NHS Trust, Mill Row, Tamby ZZ3 4YY"
    assert mask_personal(kept) == kept
    person = "The letter was sent to 7 Orchard Close, Tamby ZZ3 4YY by the requester."
    assert "ZZ3 4YY" not in mask_personal(person) and "Orchard Close" not in mask_personal(person)
    next_line = "Northfold Community Health NHS Trust\nMill Row, Tamby ZZ3 4YY"
    assert mask_personal(next_line) == next_line
    listed = "You may write to:\n• Records Team\n• Northfold ICB\n• Mill House, Tamby ZZ3 4YY"
    assert mask_personal(listed) == listed


@pytest.mark.parametrize(
    "text",
    [
        # an organisation named in an earlier sentence: the requester's own address
        "I am a patient at the Hospital. My home is 4 Elm Road, Tamby ZZ3 4YY.",
        # an ordinary word between the organisation and the address
        "My carer from the Trust visits me at 4 Elm Road, Tamby ZZ3 4YY.",
        # an organisation word in lower case is no organisation's name
        "I attend the support group at 4 Elm Road, Tamby ZZ3 4YY.",
        # an addressee's lines between the organisation and the address
        "Northfold NHS Trust\nJane Doe\n4 Elm Road, Tamby ZZ3 4YY",
        "Northfold NHS Trust, Mr J Doe, 4 Elm Road, Tamby ZZ3 4YY",
    ],
)
def test_an_address_not_running_on_from_an_organisation_is_masked(text):
    from parsers.privacy import mask_personal

    masked = mask_personal(text)
    assert "ZZ3 4YY" not in masked and "Elm Road" not in masked


# ---------------------------------------------------------------- a note closing every answer


def test_the_last_answers_closing_note_alike_the_others_is_kept():
    from parsers.foi.answer_closers import past_shared_closer
    from parsers.foi.segment_items import _Q
    from parsers.foi.units import _Unit

    texts = [
        "1. How many wheelchairs does the Trust own?",
        "The Trust owns 212 wheelchairs.",
        "Bear in mind that porters' chairs are counted apart.",
        "2. How many are electric?",
        "Nine are electric.",
        "Bear in mind that two are on loan.",
        "3. How often are they serviced?",
        "Each is serviced every six months.",
        "Bear in mind that loan chairs are serviced by their owner.",
        "You may ask for a review of this reply.",
    ]
    units = [_Unit(text=t, lines=[t]) for t in texts]
    qs = [
        _Q("1", None, [texts[0][3:]], [f"{texts[1]} {texts[2]}"]),
        _Q("2", None, [texts[3][3:]], [f"{texts[4]} {texts[5]}"]),
        _Q("3", None, [texts[6][3:]], [f"{texts[7]} {texts[8]}"]),
    ]
    assert past_shared_closer(units, qs, 8) == 9
    assert past_shared_closer(units, qs, 9) == 9  # the closing itself stays the stop
    # the earlier answers closing each in its own way: the labeller's stop stands
    qs[0].answer = [texts[1]]
    assert past_shared_closer(units, qs, 8) == 8
