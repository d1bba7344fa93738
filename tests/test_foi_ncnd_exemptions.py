"""An answer neither confirming nor denying that information is held applies its own
section, printed with a subsection letter where the Act has one ("40(5A)", "23(5)"):
the section is read as printed (since set X's learning)."""

from __future__ import annotations

from parsers.foi.classify import find_exemptions


def test_neither_confirm_nor_deny_cites_its_section():
    text = "We neither confirm nor deny holding records on this patient, relying on s.40(5A)."
    assert find_exemptions(text) == [("FOIA", "40(5A)")]


def test_ncnd_without_another_exemption_word():
    text = "The Trust can neither confirm nor deny it holds such a report under section 24(2)."
    assert find_exemptions(text) == [("FOIA", "24(2)")]


def test_subsection_letter_kept_beside_a_lettered_paragraph():
    text = "The names are withheld under section 40(3A)(a)."
    assert find_exemptions(text) == [("FOIA", "40(3A)(a)")]


def test_a_mention_of_a_section_without_applying_it_stays_out():
    assert find_exemptions("Section 40(5B) of the Act is described on our website.") == []
