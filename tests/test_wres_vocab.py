"""The WRES vocabulary (parsers/wres/vocab.py): one copy of each concept, and every
reader that uses it agrees."""

from __future__ import annotations

import re

import pytest

from parsers.wres.cells import band_and_group, ethnic_groups
from parsers.wres.narrative_terms import _indicators
from parsers.wres.tables import Tab, classify
from parsers.wres.template_columns import _col_group
from parsers.wres.template_summary import row_indicator
from parsers.wres.vocab import (
    BME_PATTERN,
    BME_SQUASHED,
    CAREER,
    indicators_named,
    is_bme,
    mask_trust_names,
    medical_band,
    squash,
)

BME_NAMES = [
    "BME",
    "BAME",
    "B.A.M.E.",
    "Black, Asian and minority ethnic",
    "Black and minority ethnic",
    "ethnic minority",
    "minority ethnic",
    "global majority",
    "Global Majority",
    "non-white",
    "ethnically diverse",
    "racially minoritised",
    "people of colour",
]


@pytest.mark.parametrize("name", BME_NAMES)
def test_every_bme_name_is_one_group_everywhere(name):
    assert is_bme(name)
    assert re.search(BME_SQUASHED, squash(name)), name
    assert ethnic_groups(f"{name} staff") == ["BME"]  # tables
    assert _col_group(f"% {name}") == "BME"  # template columns


def test_white_and_other_groups_are_not_bme():
    for text in ("White", "Asian", "Black", "Mixed", "Other ethnic group", "Unknown"):
        assert not is_bme(text)
        assert not re.search(BME_PATTERN, text, re.I)


@pytest.mark.parametrize(
    "wording",
    [
        "Percentage of staff believing that the organisation provides equal opportunities "
        "for career progression or promotion",
        "Staff who believe the trust offers fair chances of promotion",
        "Equal opportunity for career progression",
    ],
)
def test_indicator_7_wording_is_known_to_every_reader(wording):
    assert re.search(CAREER, wording, re.I)
    assert indicators_named(wording) == {7}
    assert _indicators(wording) == {7}  # sentences
    assert row_indicator(wording) == 7  # summary rows
    rows = [["", "2022", "2023"], ["White", "60.1%", "61.0%"], ["BME", "45.2%", "47.3%"]]
    tab = Tab(rows, [1, 1, 1], caption=wording, label=None, heading_indicator=None, objective=None)
    assert classify(tab) == 7  # table captions


def test_indicators_named_tells_5_from_6_by_who():
    assert indicators_named("harassment, bullying or abuse from patients or the public") == {5}
    assert indicators_named("harassment, bullying or abuse from other colleagues") == {6}
    assert indicators_named("relative likelihood of being appointed from shortlisting") == {2}
    assert indicators_named("entering the formal disciplinary process") == {3}
    assert indicators_named("accessing non-mandatory training and CPD") == {4}
    assert indicators_named("experienced discrimination at work") == {8}


@pytest.mark.parametrize(
    "label, band",
    [
        ("Consultants", "Medical consultant"),
        ("Consul tants", "Medical consultant"),  # broken by a narrow PDF column
        ("Non-consultant career grade", "Medical non-consultant"),
        ("Specialty doctors", "Medical non-consultant"),
        ("Trainee grades", "Medical trainee"),
        ("Junior doctors", "Medical trainee"),
        ("of which Senior medical manager", "Medical senior manager"),
        ("Band 6", None),
    ],
)
def test_medical_grades_have_one_name(label, band):
    assert medical_band(label) == band
    if band is not None and " " not in label.replace("of which ", ""):
        assert band_and_group(label) == ("medical", band)


def test_a_foundation_trust_is_not_a_trainee_grade():
    assert medical_band("Leeds Teaching Hospitals NHS Foundation Trust") is None
    assert medical_band("Foundation year doctors") == "Medical trainee"


def test_trust_names_with_region_words_are_masked_not_other_text():
    text = "At North East London NHS Foundation Trust 46.2% were BME, against 44.0% in London."
    masked = mask_trust_names(text)
    assert len(masked) == len(text)
    assert "North East London" not in masked
    assert masked.endswith("in London.")  # the region itself stays a comparator
    assert mask_trust_names("The Midlands average was 9.1%.") == "The Midlands average was 9.1%."
    # the report's own trust, even when not in the registry
    own = "Greater London Community Care NHS Trust"
    assert own not in mask_trust_names(f"{own} employs 30% BME staff.", own=own)


@pytest.mark.parametrize(
    "text, n",
    [
        ("Indicator 2", 2),
        ("Metric 5: harassment from patients", 5),
        ("WRES indicator 1 - workforce", 1),
        ("Narrative for indicator 3", 3),
        ("Recruitment (WRES 2)", 2),
        ("Indicators 5 to 8", None),
        ("Indicator 5 and 6", None),
        ("Our indicators", None),
    ],
)
def test_one_indicator_heading_pattern(text, n):
    from parsers.wres.context import indicator_heading

    assert indicator_heading(text) == n


@pytest.mark.parametrize(
    "words",
    ["Model employer 2026/27", "Our aspiration", "Aims for 2025", "Trajectory", "Goal"],
)
def test_one_target_vocabulary_for_heads_cards_and_sentences(words):
    """A target's words are one list (vocab.TARGET): a year column's head, a dashboard
    card's entry and a sentence's lead read them alike."""
    from parsers.wres.cards import _RE_TARGET
    from parsers.wres.narrative_terms import _TARGET
    from parsers.wres.template_columns import _BENCH

    assert _BENCH.search(words) and _RE_TARGET.search(words) and _TARGET.search(words)


def test_will_and_should_mark_an_aim_in_a_sentence_only():
    from parsers.wres.cards import _RE_TARGET
    from parsers.wres.narrative_terms import _TARGET

    assert _TARGET.search("the share of senior posts will be 21% by 2027")
    assert not _RE_TARGET.search("Will reach")  # a card's label: no sentence grammar
