"""A line answering two or more consecutive questions together, in a letter that
answers each question beneath it: numbered questions printed one after another with
no text between them, then a short line naming exactly those numbers ("Replies to
points 6 and 7", "Items 2-3 – one reply"), then the reply. Read by structure: the
line is a lead (parsers.foi.answer_leads: a few words naming one group of numbers)
standing straight after a run of two or more labelled paragraphs, and the numbers it
names are that run's numbers, each once. The lead is dropped so that it is neither
an answer marker nor the reply's first words; the segmenter then gives the reply
beneath the run's last question to every question of the run, as it does for
questions answered together. Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

from parsers.foi.answer_leads import _lead_of
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


def joint_lead_indices(units: list[_Unit]) -> set[int]:
    """The units that lead one reply to the run of questions just before them."""
    found: set[int] = set()
    for k, u in enumerate(units):
        if k + 1 >= len(units) or _label_of(u.text) is not None:
            continue
        lead = _lead_of(k, u)
        if lead is None or lead.rest or len(lead.nums) < 2:
            continue
        # the lead names the last questions of the run, each once, and a reply follows
        run = _run_before(units, k)[-len(lead.nums) :]
        nxt = units[k + 1]
        if len(run) == len(lead.nums) and sorted(lead.nums) == run and _label_of(nxt.text) is None:
            found.add(k)
    return found


def without_joint_leads(units: list[_Unit]) -> list[_Unit]:
    """The units less the leads of replies shared by a run of questions."""
    drop = joint_lead_indices(units)
    return [u for k, u in enumerate(units) if k not in drop] if drop else units
