"""A line answering two or more consecutive questions together, in a letter that
answers each question beneath it: numbered questions printed one after another with
no text between them, then a short line naming exactly those numbers ("Replies to
points 6 and 7", "Items 2-3 – one reply"), then the reply. Read by structure: the
line is a lead (parsers.foi.answer_leads: a few words naming one group of numbers)
standing straight after a run of two or more labelled paragraphs, and the numbers it
names are that run's numbers, each once. The lead is dropped so that it is neither
an answer marker nor the reply's first words; the segmenter then gives the reply
beneath the run's last question to every question of the run, as it does for
questions answered together. A lead run into its reply after a colon or dash
("Items 2 and 3: The Trust …") is the same structure: only the lead's words go, the
reply stays; but not in a letter whose answers carry markers ("Answer –"), where the
segmenter reads such a lead as the shared reply's marker itself. Part of the FOI
parser, run by parsers.foi.passes.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.foi.answer_leads import _Lead, _lead_of
from parsers.foi.line_kinds import _is_answer_marker
from parsers.foi.units import _label_of, _Unit


def _run_before(units: list[_Unit], k: int) -> list[int]:
    """The numbers of the labelled paragraphs standing straight before unit k."""
    nums: list[int] = []
    j = k - 1
    while j >= 0 and units[j].table is None:
        lab = _label_of(units[j].text)
        if lab is None or lab.num is None or lab.letter is not None:
            break
        nums.insert(0, lab.num)
        j -= 1
    return nums


def joint_leads(units: list[_Unit]) -> dict[int, _Lead]:
    """The units that lead one reply to the run of questions just before them, each
    with its lead (whose `rest` is the reply run into it, if any)."""
    found: dict[int, _Lead] = {}
    marked = any(_is_answer_marker(u) for u in units)
    for k, u in enumerate(units):
        if _label_of(u.text) is not None:
            continue
        lead = _lead_of(k, u)
        if lead is None or len(lead.nums) < 2:
            continue
        # the lead names the last questions of the run, each once, and a reply follows
        # (run into the lead, or in the next paragraph)
        run = _run_before(units, k)[-len(lead.nums) :]
        if len(run) != len(lead.nums) or sorted(lead.nums) != run:
            continue
        if lead.rest and marked:
            continue  # (the segmenter reads it as the reply's marker)
        if lead.rest or (k + 1 < len(units) and _label_of(units[k + 1].text) is None):
            found[k] = lead
    return found


def joint_lead_indices(units: list[_Unit]) -> set[int]:
    """The indices of `joint_leads`."""
    return set(joint_leads(units))


def without_joint_leads(units: list[_Unit]) -> list[_Unit]:
    """The units less the leads of replies shared by a run of questions (a lead run
    into its reply leaves the reply)."""
    leads = joint_leads(units)
    if not leads:
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        lead = leads.get(k)
        if lead is None:
            out.append(u)
        elif lead.rest:
            out.append(replace(u, text=lead.rest, lines=[lead.rest]))
    return out
