"""Consistency checks on parsed WRES figures. They never change a figure: a
disagreement is written to WresMetric.validation and added to the warnings.

- percentage or rate vs its "N out of M": |value - 100*N/M| <= 0.6 units of the printed
  last decimal place (23.5 -> ±0.06; 24 -> ±0.6);
- relative likelihood vs the two groups' rates of the same table and period: from the
  counts when both are printed (tolerance 0.02), else from the printed rates (tolerance
  0.02 plus what rounding the rates can move the ratio);
- indicator 9 difference vs board share - workforce share, when the board share is
  printed (tolerance: the rounding of the three figures plus 0.01); without a board
  share, only that the implied board share lies between 0 and 100.
"""

from __future__ import annotations

from parsers.records import WresMetric

BOARD_GROUPS = ("board", "board_voting", "board_executive")


def decimals_of(m: WresMetric) -> int:
    d = getattr(m, "_decimals", None)
    if d is not None:
        return d
    if m.value is None:
        return 0
    text = repr(float(m.value))
    if "e" in text or "." not in text:
        return 0
    frac = text.split(".", 1)[1].rstrip("0")
    return min(len(frac), 3)


def half_unit(m: WresMetric) -> float:
    return 0.5 * 10 ** -decimals_of(m)


def fmt(value: float, decimals: int | None = None) -> str:
    if decimals is None:
        return f"{value:g}"
    return f"{value:.{decimals}f}"


def check_percentage(m: WresMetric) -> str | None:
    if m.value is None or m.numerator is None or not m.denominator:
        return None
    expected = 100.0 * m.numerator / m.denominator
    tol = 0.6 * 10 ** -decimals_of(m) + 1e-9
    if abs(m.value - expected) > tol:
        return (
            f"{m.measure} {fmt(m.value, decimals_of(m))} disagrees with "
            f"{fmt(m.numerator)}/{fmt(m.denominator)}"
        )
    return None


def check_relative_likelihood(rl: WresMetric, top: WresMetric, bottom: WresMetric) -> str | None:
    """`top` is the numerator group's rate, `bottom` the comparator's."""
    if rl.value is None:
        return None
    if top.numerator is not None and top.denominator and bottom.numerator and bottom.denominator:
        calc = (top.numerator / top.denominator) / (bottom.numerator / bottom.denominator)
        tol = 0.02 + 1e-9
        source = (
            f"({fmt(top.numerator)}/{fmt(top.denominator)})/"
            f"({fmt(bottom.numerator)}/{fmt(bottom.denominator)})"
        )
    elif top.value is not None and bottom.value:
        calc = top.value / bottom.value
        tol = 0.02 + calc * (
            half_unit(top) / max(top.value, 1e-9) + half_unit(bottom) / bottom.value
        )
        source = (
            f"{top.ethnic_group} {fmt(top.value)}% / {bottom.ethnic_group} {fmt(bottom.value)}%"
        )
    else:
        return None
    if abs(round(calc, 2) - rl.value) > tol:
        return f"relative likelihood {fmt(rl.value)} disagrees with {source} = {calc:.2f}"
    return None


def check_difference(
    diff: WresMetric, board: WresMetric | None, workforce: WresMetric | None
) -> str | None:
    if diff.value is None or workforce is None or workforce.value is None:
        return None
    if board is not None and board.value is not None:
        calc = board.value - workforce.value
        tol = half_unit(board) + half_unit(workforce) + half_unit(diff) + 0.01
        if abs(calc - diff.value) > tol:
            return (
                f"difference {fmt(diff.value)} disagrees with board {fmt(board.value)} - "
                f"workforce {fmt(workforce.value)} = {calc:.1f}"
            )
        return None
    implied = workforce.value + diff.value
    slack = half_unit(workforce) + half_unit(diff) + 0.01
    if implied < -slack or implied > 100 + slack:
        return (
            f"difference {fmt(diff.value)} implies a board share of {implied:.1f}% "
            f"(workforce {fmt(workforce.value)})"
        )
    return None


def _other(group: str | None) -> str:
    return "BME" if group == "White" else "White"


def validate(metrics: list[WresMetric], warnings: list[str]) -> None:
    def note(m: WresMetric, text: str | None) -> None:
        if not text:
            return
        m.validation = text if not m.validation else f"{m.validation}; {text}"
        where = m.source_table or "table"
        what = " ".join(x for x in (m.staff_group, m.band, m.ethnic_group) if x)
        warnings.append(f"{where}: indicator {m.indicator} {m.measure} {what} {m.period}: {text}")

    for m in metrics:
        if m.measure in ("percentage", "rate"):
            note(m, check_percentage(m))

    rates = {
        (m.indicator, m.source_table, m.period_label, m.ethnic_group): m
        for m in metrics
        if m.measure == "rate"
    }
    for m in metrics:
        if m.measure != "relative_likelihood":
            continue
        top = rates.get((m.indicator, m.source_table, m.period_label, m.ethnic_group))
        bottom = rates.get((m.indicator, m.source_table, m.period_label, _other(m.ethnic_group)))
        if top and bottom:
            note(m, check_relative_likelihood(m, top, bottom))

    shares = {}
    workforce = {}
    for m in metrics:
        if m.measure != "percentage" or m.value is None:
            continue
        if m.indicator == 9 and m.staff_group in BOARD_GROUPS:
            shares.setdefault((m.period, m.staff_group, m.ethnic_group), m)
        elif m.staff_group == "overall" and m.band is None and m.indicator in (1, 9):
            key = (m.period, m.ethnic_group)
            if m.indicator == 9 or key not in workforce:
                workforce[key] = m
    for m in metrics:
        if m.measure == "difference":
            board = shares.get((m.period, m.staff_group, m.ethnic_group))
            note(m, check_difference(m, board, workforce.get((m.period, m.ethnic_group))))
