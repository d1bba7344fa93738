"""Held-out WRES layouts: documents written in code for issue #13's failure class 5,
in words and figures of our own (fictional trusts; nothing copied from the corpus).

Each layout was written and scored BEFORE the parser was changed to read it (the
first-sight score in the README), so it measures how the reader copes with a house
style it has not seen; afterwards it is a regression test as well. The truth below is
typed by hand from the text, by the WRES conventions the project uses throughout:

- a snapshot date ("31 March 2023") is the financial year it closes (2022/23);
- a bare year beside an indicator 1-4 or 9 figure is a WRES data year ("2023" ->
  2022/23); a staff survey year is its own financial year ("2022 NHS Staff Survey" ->
  2022/23);
- relative likelihoods take their numerator group (White for 2 and 4, BME for 3);
- national, regional and benchmark figures are not the trust's and are not in truth.

`LAYOUTS` maps a layout name to (items, truth); `render(items, fmt)` gives the bytes
of one rendering (html, pdf, docx) and its file name.
"""

from __future__ import annotations

from parsers.extract.model import Item, Table, TextBlock

KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")


def _t(ind, measure, sg, band, group, period, value) -> dict:
    return dict(zip((*KEY, "value"), (ind, measure, sg, band, group, period, value), strict=True))


def _h(text: str) -> TextBlock:
    return TextBlock(text=text, style="heading")


def _p(*texts: str) -> list[TextBlock]:
    return [TextBlock(text=t) for t in texts]


# ---------------------------------------------------------------------------
# 1. label/value lines under a dated heading, under an indicator heading


def _lines_under_dated_heading() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Wrenbury Hospitals NHS Foundation Trust - Workforce Race Equality Standard 2023"),
        *_p(
            "This page sets out our WRES data for the year to 31 March 2023 and how it "
            "compares with the year before."
        ),
        _h("Indicator 1 - Our workforce by ethnicity"),
        *_p("Position at 31 March 2023", "White 78.2%", "BME 19.1%", "Unknown 2.7%"),
        *_p("Position at 31 March 2022", "White 79.6%", "BME 17.5%", "Unknown 2.9%"),
        _h(
            "Indicator 5 - Staff experiencing harassment, bullying or abuse from patients, "
            "relatives or the public in the last 12 months"
        ),
        *_p("2022 NHS Staff Survey", "White staff 24.9%", "BME staff 29.3%"),
        *_p("2021 NHS Staff Survey", "White staff 26.0%", "BME staff 31.4%"),
        _h(
            "Indicator 8 - Staff who personally experienced discrimination at work from a "
            "manager, team leader or other colleagues"
        ),
        *_p("2022 NHS Staff Survey", "White staff 6.1%", "BME staff 13.8%"),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "White", "2022/23", 78.2),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 19.1),
        _t(1, "percentage", "overall", None, "Unknown", "2022/23", 2.7),
        _t(1, "percentage", "overall", None, "White", "2021/22", 79.6),
        _t(1, "percentage", "overall", None, "BME", "2021/22", 17.5),
        _t(1, "percentage", "overall", None, "Unknown", "2021/22", 2.9),
        _t(5, "percentage", None, None, "White", "2022/23", 24.9),
        _t(5, "percentage", None, None, "BME", "2022/23", 29.3),
        _t(5, "percentage", None, None, "White", "2021/22", 26.0),
        _t(5, "percentage", None, None, "BME", "2021/22", 31.4),
        _t(8, "percentage", None, None, "White", "2022/23", 6.1),
        _t(8, "percentage", None, None, "BME", "2022/23", 13.8),
    ]
    return items, truth


# ---------------------------------------------------------------------------
# 2. a trust-and-year label and its figure under each indicator's heading


def _trust_year_labels() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ashcombe and Tolley Partnership NHS Trust: WRES annual report 2024"),
        *_p(
            "Each indicator below shows the Trust's figure for the last two WRES years, with "
            "the national figure for comparison where NHS England publishes one."
        ),
        _h(
            "Indicator 2: Relative likelihood of White applicants being appointed from "
            "shortlisting across all posts compared to BME applicants"
        ),
        *_p("Trust 2023: 1.42", "Trust 2024: 1.27", "National 2024: 1.54"),
        _h(
            "Indicator 3: Relative likelihood of BME staff entering the formal disciplinary "
            "process compared to White staff"
        ),
        *_p("2022/23  1.31", "2023/24  1.12"),
        _h(
            "Indicator 4: Relative likelihood of White staff accessing non-mandatory training "
            "and CPD compared to BME staff"
        ),
        *_p("Trust 2023: 1.08", "Trust 2024: 0.97", "National 2024: 1.14"),
    ]
    truth = [
        _t(2, "relative_likelihood", None, None, "White", "2022/23", 1.42),
        _t(2, "relative_likelihood", None, None, "White", "2023/24", 1.27),
        _t(3, "relative_likelihood", None, None, "BME", "2022/23", 1.31),
        _t(3, "relative_likelihood", None, None, "BME", "2023/24", 1.12),
        _t(4, "relative_likelihood", None, None, "White", "2022/23", 1.08),
        _t(4, "relative_likelihood", None, None, "White", "2023/24", 0.97),
    ]
    return items, truth


# ---------------------------------------------------------------------------
# 3. tables whose columns are years, the staff group and band only in the heading


def _year_columns_band_heading() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Kestrel Vale Healthcare NHS Trust - WRES 2023 data"),
        _h(
            "Indicator 1: Percentage of staff in each of the AfC bands 1-9 and VSM compared "
            "with the percentage of staff in the overall workforce"
        ),
        _h("Clinical staff - Band 8a"),
        Table(
            rows=[
                ["Ethnicity", "2021/22", "2022/23"],
                ["White", "81.0%", "79.4%"],
                ["BME", "16.2%", "18.1%"],
                ["Unknown", "2.8%", "2.5%"],
            ]
        ),
        _h("Non-clinical staff - Band 7"),
        Table(
            rows=[
                ["", "March 2022", "March 2023"],
                ["White", "84.3%", "83.0%"],
                ["BME", "13.9%", "15.2%"],
                ["Not stated", "1.8%", "1.8%"],
            ]
        ),
        _h("Medical and dental staff - Consultants"),
        Table(
            rows=[
                ["Ethnic group", "2021/22", "2022/23"],
                ["White", "58.5%", "55.9%"],
                ["BME", "38.7%", "41.6%"],
                ["Unknown", "2.8%", "2.5%"],
            ]
        ),
    ]
    truth = []
    for sg, band, rows in (
        ("clinical", "Band 8a", items[3].rows),  # type: ignore[union-attr]
        ("non_clinical", "Band 7", items[5].rows),  # type: ignore[union-attr]
        ("medical", "Medical consultant", items[7].rows),  # type: ignore[union-attr]
    ):
        for label, *cells in rows[1:]:
            group = "Unknown" if label == "Not stated" else label
            for period, cell in zip(("2021/22", "2022/23"), cells, strict=True):
                truth.append(_t(1, "percentage", sg, band, group, period, float(cell[:-1])))
    return items, truth


# ---------------------------------------------------------------------------
# 4. prose stating a likelihood without "times", compared with last year's


def _likelihood_prose() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Harrowfield Community NHS Trust Workforce Race Equality Standard Report 2023"),
        _h("Indicator 2"),
        *_p(
            "The relative likelihood of White applicants being appointed from shortlisting "
            "compared with BME applicants is 1.21, compared with 1.45 last year."
        ),
        _h("Indicator 3"),
        *_p(
            "The likelihood of BME staff entering the formal disciplinary process, relative "
            "to White staff, was 0.87 in 2022/23, down from 1.12 in 2021/22."
        ),
        _h("Indicator 4"),
        *_p(
            "For access to non-mandatory training and CPD, the ratio for White staff relative "
            "to BME staff stood at 1.04 this year, against 1.09 the year before."
        ),
    ]
    truth = [
        _t(2, "relative_likelihood", None, None, "White", "2022/23", 1.21),
        _t(2, "relative_likelihood", None, None, "White", "2021/22", 1.45),
        _t(3, "relative_likelihood", None, None, "BME", "2022/23", 0.87),
        _t(3, "relative_likelihood", None, None, "BME", "2021/22", 1.12),
        _t(4, "relative_likelihood", None, None, "White", "2022/23", 1.04),
        _t(4, "relative_likelihood", None, None, "White", "2021/22", 1.09),
    ]
    return items, truth


# ---------------------------------------------------------------------------
# 5. a trust whose own name holds a region word ("London", "Midlands", "North West")


def _region_word_trust() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Workforce Race Equality Standard 2022"),
        *_p(
            "At North East London NHS Foundation Trust, 46.2% of our workforce were BME at "
            "31 March 2022, against 44.0% across the London region.",
            "In the 2021 NHS Staff Survey 27.5% of BME staff at Midlands Partnership "
            "University NHS Foundation Trust said they had experienced harassment, bullying "
            "or abuse from patients, relatives or the public.",
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "BME", "2021/22", 46.2),
        _t(5, "percentage", None, None, "BME", "2021/22", 27.5),
    ]
    return items, truth


# ---------------------------------------------------------------------------
# second batch: the same families in other words, written after the attribution
# engine and scored by it at first sight (benchmarks/accuracy_wres.py FIRST_SIGHT)


def _colon_lines_other_names() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Fernleigh Mental Health NHS Trust - Race equality data 2024"),
        _h("WRES Indicator 1: Workforce composition"),
        *_p("As at 31/03/2024:", "White: 71.4%", "Black, Asian and minority ethnic: 26.2%"),
        *_p("Not stated: 2.4%", "As at 31/03/2023:", "White: 73.0%"),
        *_p("Black, Asian and minority ethnic: 24.1%", "Not stated: 2.9%"),
        _h(
            "WRES Indicator 7: Staff believing the trust provides equal opportunities for "
            "career progression or promotion"
        ),
        *_p("2023 Staff Survey results", "White colleagues: 58.8%"),
        *_p("Global majority colleagues: 47.6%"),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "White", "2023/24", 71.4),
        _t(1, "percentage", "overall", None, "BME", "2023/24", 26.2),
        _t(1, "percentage", "overall", None, "Unknown", "2023/24", 2.4),
        _t(1, "percentage", "overall", None, "White", "2022/23", 73.0),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 24.1),
        _t(1, "percentage", "overall", None, "Unknown", "2022/23", 2.9),
        _t(7, "percentage", None, None, "White", "2023/24", 58.8),
        _t(7, "percentage", None, None, "BME", "2023/24", 47.6),
    ]
    return items, truth


def _bracketed_years() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Moorgate Valley Hospitals NHS Trust WRES summary 2024"),
        _h(
            "Indicator 2 - Relative likelihood of White applicants being appointed from "
            "shortlisting compared to BME applicants"
        ),
        *_p("This year (2024) \u2013 1.19", "Last year (2023) \u2013 1.33"),
        _h(
            "Indicator 3 - Relative likelihood of BME staff entering the formal "
            "disciplinary process compared to White staff"
        ),
        *_p("2024 \u2013 0.94", "2023 \u2013 1.27", "England average 2024 \u2013 1.14"),
    ]
    truth = [
        _t(2, "relative_likelihood", None, None, "White", "2023/24", 1.19),
        _t(2, "relative_likelihood", None, None, "White", "2022/23", 1.33),
        _t(3, "relative_likelihood", None, None, "BME", "2023/24", 0.94),
        _t(3, "relative_likelihood", None, None, "BME", "2022/23", 1.27),
    ]
    return items, truth


def _snapshot_columns_band_ranges() -> tuple[list[Item], list[dict]]:
    head = ["Ethnicity", "31 March 2023", "31 March 2024"]
    clinical = [
        head,
        ["White", "77.7%", "75.1%"],
        ["BAME", "19.6%", "22.3%"],
        ["Unknown/Not stated", "2.7%", "2.6%"],
    ]
    trainees = [
        head,
        ["White", "41.2%", "38.5%"],
        ["BAME", "55.0%", "58.4%"],
        ["Unknown/Not stated", "3.8%", "3.1%"],
    ]
    items: list[Item] = [
        _h("Penhallow Community Health NHS Trust: WRES 2024"),
        _h("Indicator 1 - Workforce representation by pay band"),
        *_p("Bands 8a to 8b (clinical)"),
        Table(rows=clinical),
        *_p("Trainee grades (medical and dental)"),
        Table(rows=trainees),
    ]
    truth = []
    for sg, band, rows in (
        ("clinical", "Bands 8a to 8b", clinical),
        ("medical", "Medical trainee", trainees),
    ):
        for label, *cells in rows[1:]:
            group = {"BAME": "BME", "Unknown/Not stated": "Unknown"}.get(label, label)
            for period, cell in zip(("2022/23", "2023/24"), cells, strict=True):
                truth.append(_t(1, "percentage", sg, band, group, period, float(cell[:-1])))
    return items, truth


def _ratio_prose() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Tarnbrook University Hospitals NHS Foundation Trust WRES report 2024"),
        _h("Indicator 4"),
        *_p(
            "White staff are more likely than BME staff to access non-mandatory training and "
            "CPD; the relative likelihood is 1.12 (2023: 1.05)."
        ),
        _h("Indicator 2"),
        *_p(
            "Shortlisted White applicants remain more likely to be appointed than BME "
            "applicants, with a ratio of 1.62 in 2024 against 1.71 in 2023."
        ),
    ]
    truth = [
        _t(4, "relative_likelihood", None, None, "White", "2023/24", 1.12),
        _t(4, "relative_likelihood", None, None, "White", "2022/23", 1.05),
        _t(2, "relative_likelihood", None, None, "White", "2023/24", 1.62),
        _t(2, "relative_likelihood", None, None, "White", "2022/23", 1.71),
    ]
    return items, truth


def _band_lines() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Workforce Race Equality Standard 2024"),
        _h("Indicator 1"),
        *_p("Non-clinical staff at Band 6", "March 2024"),
        *_p("White 83.5%", "BME 14.9%", "Unknown 1.6%"),
    ]
    truth = [
        _t(1, "percentage", "non_clinical", "Band 6", "White", "2023/24", 83.5),
        _t(1, "percentage", "non_clinical", "Band 6", "BME", "2023/24", 14.9),
        _t(1, "percentage", "non_clinical", "Band 6", "Unknown", "2023/24", 1.6),
    ]
    return items, truth


def _prose_under_dated_headings() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Oakridge Partnership NHS Trust - WRES report 2024"),
        _h("Indicator 1"),
        *_p(
            "Position at 31 March 2024",
            "BME staff made up 23.8% of our workforce, and White staff 73.9%.",
            "Position at 31 March 2023",
            "BME staff made up 21.5% of our workforce, and White staff 75.6%.",
        ),
        _h("Indicator 5"),
        *_p(
            "2023 NHS Staff Survey",
            "27.1% of BME staff and 24.2% of White staff reported harassment, bullying or "
            "abuse from patients, relatives or the public.",
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "BME", "2023/24", 23.8),
        _t(1, "percentage", "overall", None, "White", "2023/24", 73.9),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 21.5),
        _t(1, "percentage", "overall", None, "White", "2022/23", 75.6),
        _t(5, "percentage", None, None, "BME", "2023/24", 27.1),
        _t(5, "percentage", None, None, "White", "2023/24", 24.2),
    ]
    return items, truth


LAYOUTS = {
    "lines under a dated heading": _lines_under_dated_heading(),
    "trust-and-year labels": _trust_year_labels(),
    "year columns, band in heading": _year_columns_band_heading(),
    "likelihood prose, no 'times'": _likelihood_prose(),
    "region word in a trust name": _region_word_trust(),
    "B: colon lines, other group names": _colon_lines_other_names(),
    "B: bracketed years, dashes": _bracketed_years(),
    "B: snapshot columns, band ranges": _snapshot_columns_band_ranges(),
    "B: ratio prose with (2023: x)": _ratio_prose(),
    "B: band heading over lines": _band_lines(),
    "C: prose under dated headings": _prose_under_dated_headings(),
}
FORMATS = ("html", "pdf", "docx")


def render(items: list[Item], fmt: str) -> tuple[bytes, str]:
    """One rendering of a layout: (bytes, file name)."""
    from trustdocs.demo.render import render_docx, render_html, render_pdf

    fn = {"html": render_html, "pdf": render_pdf, "docx": render_docx}[fmt]
    return fn(items), f"heldout.{fmt}"
