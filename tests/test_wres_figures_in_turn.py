"""The one model of "figures in turn" (parsers.wres.figures_in_turn): a later list of
figures takes, in order, the groups of an earlier one."""

from parsers.wres.figures_in_turn import in_turn
from parsers.wres.narrative_terms import _figures


def test_later_list_takes_the_groups_in_order() -> None:
    figs = _figures("Mixed 41.0% and Asian 38.5% in 2021, then 40.2% and 37.9% in 2020.")
    assert in_turn(figs, ["Mixed", "Asian"], [0, 1], [2, 3]) == {2: "Mixed", 3: "Asian"}


def test_lists_of_other_lengths_kinds_or_repeated_groups_bind_nothing() -> None:
    figs = _figures("Mixed 41.0% and Asian 38.5% in 2021, then 1.2 times and 37.9% in 2020.")
    assert in_turn(figs, ["Mixed", "Asian"], [0, 1], [2, 3]) is None  # a ratio for a share
    assert in_turn(figs, ["Mixed", "Asian"], [0, 1], [3]) is None
    assert in_turn(figs, ["Mixed", "Mixed"], [0, 1], [2, 3]) is None
    assert in_turn(figs, ["Mixed", None], [0, 1], [2, 3]) is None
    assert in_turn(figs, [], [], []) is None
