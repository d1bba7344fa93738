"""The second batch of WRES structure layouts (benchmarks/wres_structure.py), written
after the first passed and scored at first sight: a caption over a transposed table,
merged snapshot headers over bands, a group named in a heading over band lines, the
other group's figure or last year's in brackets or words, bulleted and colon lines,
survey years as rows, an indicator named only in a table's caption, a ratio printed
alone with its description below. Fictional trusts, our own words."""

from __future__ import annotations

from benchmarks.wres_heldout import _h, _p, _t
from parsers.extract.model import Item, Table

RL = "relative_likelihood"


def _caption_transposed() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Wyvern Coast Hospitals NHS Trust - WRES report 2024"),
        _h("Indicator 1"),
        *_p("Table 4: Medical and dental staff - consultants"),
        Table(
            rows=[
                ["As at", "White", "BME", "Unknown"],
                ["31 March 2023", "49.0%", "47.5%", "3.5%"],
                ["31 March 2024", "46.2%", "50.1%", "3.7%"],
            ]
        ),
    ]
    truth = []
    for period, cells in (("2022/23", (49.0, 47.5, 3.5)), ("2023/24", (46.2, 50.1, 3.7))):
        for group, v in zip(("White", "BME", "Unknown"), cells, strict=True):
            truth.append(_t(1, "percentage", "medical", "Medical consultant", group, period, v))
    return items, truth


def _merged_snapshot_bands() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Elmstead Health NHS Foundation Trust: WRES 2024"),
        _h("Indicator 1 - Non-clinical workforce by band"),
        Table(
            rows=[
                ["Pay band", "31 March 2023", "", "31 March 2024", ""],
                ["", "White", "BME", "White", "BME"],
                ["Band 2", "80.4%", "17.9%", "78.8%", "19.6%"],
                ["Band 3", "83.1%", "15.2%", "82.0%", "16.5%"],
            ]
        ),
    ]
    truth = []
    for band, cells in (("Band 2", (80.4, 17.9, 78.8, 19.6)), ("Band 3", (83.1, 15.2, 82.0, 16.5))):
        for (period, group), v in zip(
            (("2022/23", "White"), ("2022/23", "BME"), ("2023/24", "White"), ("2023/24", "BME")),
            cells,
            strict=True,
        ):
            truth.append(_t(1, "percentage", "non_clinical", band, group, period, v))
    return items, truth


def _group_staff_lines() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Copperfield Valley NHS Trust - Workforce Race Equality Standard 2024"),
        _h("Indicator 5 - Harassment, bullying or abuse from patients, relatives or the public"),
        *_p("2023 NHS Staff Survey", "BME staff: 28.6%", "White staff: 25.3%"),
        _h("Indicator 6 - Harassment, bullying or abuse from staff"),
        *_p("2023 NHS Staff Survey", "BME staff: 24.9%", "White staff: 21.0%"),
    ]
    truth = [
        _t(5, "percentage", None, None, "BME", "2023/24", 28.6),
        _t(5, "percentage", None, None, "White", "2023/24", 25.3),
        _t(6, "percentage", None, None, "BME", "2023/24", 24.9),
        _t(6, "percentage", None, None, "White", "2023/24", 21.0),
    ]
    return items, truth


def _bracketed_group() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Marlow Heath NHS Trust WRES 2024"),
        _h("Indicator 7"),
        *_p(
            "In the 2023 NHS Staff Survey, 45.3% of BME staff believed the trust provides equal "
            "opportunities for career progression or promotion (White staff: 57.9%)."
        ),
    ]
    truth = [
        _t(7, "percentage", None, None, "BME", "2023/24", 45.3),
        _t(7, "percentage", None, None, "White", "2023/24", 57.9),
    ]
    return items, truth


def _rates_years_as_rows() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Gorsebrook Community NHS Trust - WRES 2024"),
        _h(
            "Indicator 2 - Relative likelihood of White applicants being appointed from "
            "shortlisting compared to BME applicants"
        ),
        Table(
            rows=[
                [
                    "Year",
                    "White appointed from shortlisting",
                    "BME appointed from shortlisting",
                    "Relative likelihood",
                ],
                ["2022/23", "24.0%", "15.0%", "1.60"],
                ["2023/24", "22.5%", "16.1%", "1.40"],
            ]
        ),
    ]
    truth = [
        _t(2, "rate", None, None, "White", "2022/23", 24.0),
        _t(2, "rate", None, None, "BME", "2022/23", 15.0),
        _t(2, RL, None, None, "White", "2022/23", 1.60),
        _t(2, "rate", None, None, "White", "2023/24", 22.5),
        _t(2, "rate", None, None, "BME", "2023/24", 16.1),
        _t(2, RL, None, None, "White", "2023/24", 1.40),
    ]
    return items, truth


def _group_heading_band_lines() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ferncliff Hospitals NHS Trust - WRES 2024"),
        _h("Indicator 1 - Clinical workforce"),
        *_p("BME staff by pay band, 31 March 2024"),
        *_p("Band 5 \u2013 31.2%", "Band 6 \u2013 24.8%", "Band 7 \u2013 18.3%"),
    ]
    truth = [
        _t(1, "percentage", "clinical", band, "BME", "2023/24", v)
        for band, v in (("Band 5", 31.2), ("Band 6", 24.8), ("Band 7", 18.3))
    ]
    return items, truth


def _year_before_in_words() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Heronsgate NHS Trust WRES report 2024"),
        _h("Indicator 3"),
        *_p(
            "The relative likelihood of BME staff entering the formal disciplinary process "
            "was 1.25 in 2024, down from 1.48 the year before."
        ),
    ]
    truth = [
        _t(3, RL, None, None, "BME", "2023/24", 1.25),
        _t(3, RL, None, None, "BME", "2022/23", 1.48),
    ]
    return items, truth


def _bulleted_colon_lines() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Stonebridge NHS Trust: WRES 2024"),
        _h("Indicator 8 - Discrimination from a manager or colleague"),
        *_p("2023 NHS Staff Survey results:", "\u2022 White: 6.1%", "\u2022 BME: 13.4%"),
    ]
    truth = [
        _t(8, "percentage", None, None, "White", "2023/24", 6.1),
        _t(8, "percentage", None, None, "BME", "2023/24", 13.4),
    ]
    return items, truth


def _survey_years_as_rows() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Alderway Mental Health NHS Trust - WRES 2024"),
        _h("Indicator 7 - Equal opportunities for career progression or promotion"),
        Table(
            rows=[
                ["NHS Staff Survey", "White", "BME"],
                ["2022", "58.3%", "44.0%"],
                ["2023", "59.1%", "46.8%"],
            ]
        ),
    ]
    truth = [
        _t(7, "percentage", None, None, group, period, v)
        for period, group, v in (
            ("2022/23", "White", 58.3),
            ("2022/23", "BME", 44.0),
            ("2023/24", "White", 59.1),
            ("2023/24", "BME", 46.8),
        )
    ]
    return items, truth


def _indicator_in_caption() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Pennywell Community NHS Trust - WRES 2024"),
        *_p("Table 6: Indicator 4 - access to non-mandatory training and CPD, 2023/24"),
        Table(
            rows=[
                ["Ethnicity", "Staff accessing training"],
                ["White", "41.0%"],
                ["BME", "38.2%"],
                ["Relative likelihood (White:BME)", "1.07"],
            ]
        ),
    ]
    truth = [
        _t(4, "rate", None, None, "White", "2023/24", 41.0),
        _t(4, "rate", None, None, "BME", "2023/24", 38.2),
        _t(4, RL, None, None, "White", "2023/24", 1.07),
    ]
    return items, truth


def _ratio_then_description() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Brindle Moor NHS Trust WRES 2024"),
        _h("Indicator 2"),
        *_p(
            "1.36",
            "times: the relative likelihood of White applicants being appointed from "
            "shortlisting compared with BME applicants in 2023/24",
        ),
    ]
    return items, [_t(2, RL, None, None, "White", "2023/24", 1.36)]


def _sentence_forms() -> tuple[list[Item], list[dict]]:
    # one sentence per indicator, each a common way of putting it (batch S3)
    items: list[Item] = [_h("Oakvale Community NHS Trust - WRES report 2024")]
    sections = (
        (
            "Indicator 1",
            "At 31 March 2024, 27.5% of our workforce were BME and 70.2% were White.",
        ),
        (
            "Indicator 2",
            "The relative likelihood of White applicants being appointed from shortlisting "
            "compared to BME applicants was 1.36 in 2023/24.",
        ),
        (
            "Indicator 3",
            "For 2023/24 the relative likelihood of BME staff entering the formal disciplinary "
            "process compared to White staff was 0.92.",
        ),
        (
            "Indicator 4",
            "White staff were 1.08 times as likely as BME staff to access non-mandatory "
            "training and CPD in 2023/24.",
        ),
        (
            "Indicator 5",
            "In the 2023 NHS Staff Survey, 24.1% of BME staff experienced harassment, bullying "
            "or abuse from patients, relatives or the public, compared with 21.0% of White staff.",
        ),
        (
            "Indicator 8",
            "Discrimination from a manager or colleague was reported by 12.5% of BME staff and "
            "6.0% of White staff in the 2023 NHS Staff Survey.",
        ),
        (
            "Indicator 9",
            "At 31 March 2024, 15.4% of our board members were BME, compared with 24.9% of the "
            "overall workforce.",
        ),
    )
    for heading, sentence in sections:
        items += [_h(heading), *_p(sentence)]
    truth = [
        _t(1, "percentage", "overall", None, "BME", "2023/24", 27.5),
        _t(1, "percentage", "overall", None, "White", "2023/24", 70.2),
        _t(2, RL, None, None, "White", "2023/24", 1.36),
        _t(3, RL, None, None, "BME", "2023/24", 0.92),
        _t(4, RL, None, None, "White", "2023/24", 1.08),
        _t(5, "percentage", None, None, "BME", "2023/24", 24.1),
        _t(5, "percentage", None, None, "White", "2023/24", 21.0),
        _t(8, "percentage", None, None, "BME", "2023/24", 12.5),
        _t(8, "percentage", None, None, "White", "2023/24", 6.0),
        _t(9, "percentage", "board", None, "BME", "2023/24", 15.4),
        _t(9, "percentage", "overall", None, "BME", "2023/24", 24.9),
    ]
    return items, truth


def _bands_as_columns() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ridgeway Hospitals NHS Trust - WRES 2024"),
        _h("Indicator 1 - Clinical staff, 31 March 2024"),
        Table(
            rows=[
                ["Ethnicity", "Band 5", "Band 6", "Band 7"],
                ["White", "62.0%", "71.5%", "80.3%"],
                ["BME", "36.1%", "26.9%", "18.0%"],
            ]
        ),
    ]
    truth = [
        _t(1, "percentage", "clinical", band, group, "2023/24", v)
        for group, values in (("White", (62.0, 71.5, 80.3)), ("BME", (36.1, 26.9, 18.0)))
        for band, v in zip(("Band 5", "Band 6", "Band 7"), values, strict=True)
    ]
    return items, truth


def _trust_and_national_columns() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ridgeway Hospitals NHS Trust - WRES 2024"),
        _h("Relative likelihoods"),
        Table(
            rows=[
                ["Indicator", "Trust 2023/24", "National 2023/24"],
                ["Indicator 2", "1.31", "1.59"],
                ["Indicator 3", "1.12", "1.03"],
                ["Indicator 4", "0.99", "1.12"],
            ]
        ),
    ]
    truth = [
        _t(2, RL, None, None, "White", "2023/24", 1.31),
        _t(3, RL, None, None, "BME", "2023/24", 1.12),
        _t(4, RL, None, None, "White", "2023/24", 0.99),
    ]
    return items, truth


def _bullets_with_last_year() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ridgeway Hospitals NHS Trust - WRES 2024"),
        _h("Indicator 1 - Workforce by ethnicity"),
        *_p(
            "Position at 31 March 2024",
            "\u2022 White \u2013 74.1% (2023: 75.0%)",
            "\u2022 BME \u2013 23.6% (2023: 22.4%)",
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "White", "2023/24", 74.1),
        _t(1, "percentage", "overall", None, "White", "2022/23", 75.0),
        _t(1, "percentage", "overall", None, "BME", "2023/24", 23.6),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 22.4),
    ]
    return items, truth


def _board_columns() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ridgeway Hospitals NHS Trust - WRES 2024"),
        _h("Indicator 9 - Board representation, 31 March 2024"),
        Table(
            rows=[
                ["Ethnicity", "Board", "Overall workforce", "Difference"],
                ["White", "86.7%", "74.1%", "12.6%"],
                ["BME", "13.3%", "23.6%", "-10.3%"],
            ]
        ),
    ]
    truth = [
        _t(9, "percentage", "board", None, "White", "2023/24", 86.7),
        _t(9, "percentage", "overall", None, "White", "2023/24", 74.1),
        _t(9, "difference", "board", None, "White", "2023/24", 12.6),
        _t(9, "percentage", "board", None, "BME", "2023/24", 13.3),
        _t(9, "percentage", "overall", None, "BME", "2023/24", 23.6),
        _t(9, "difference", "board", None, "BME", "2023/24", -10.3),
    ]
    return items, truth


LAYOUTS = {
    "S2: caption over a transposed table": _caption_transposed(),
    "S2: merged snapshot headers over bands": _merged_snapshot_bands(),
    "S2: 'Group staff: x%' lines": _group_staff_lines(),
    "S2: other group's figure in brackets": _bracketed_group(),
    "S2: rates and ratio with years as rows": _rates_years_as_rows(),
    "S2: group heading over band lines": _group_heading_band_lines(),
    "S2: 'the year before' in words": _year_before_in_words(),
    "S2: bulleted colon lines": _bulleted_colon_lines(),
    "S2: survey years as rows": _survey_years_as_rows(),
    "S2: indicator in a caption, groups as rows": _indicator_in_caption(),
    "S2: ratio alone, description below": _ratio_then_description(),
    "S3: a sentence per indicator, common forms": _sentence_forms(),
    "S4: bands as columns, groups as rows": _bands_as_columns(),
    "S4: trust and national columns": _trust_and_national_columns(),
    "S4: bullets with last year in brackets": _bullets_with_last_year(),
    "S4: board, workforce and difference columns": _board_columns(),
}
