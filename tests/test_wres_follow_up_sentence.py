"""A bare follow-up sentence (parsers/wres/narrative_refer.py): after a sentence naming
two groups with a figure each, a short sentence naming only another time and a list
of figures ("Last year's survey put them at ..." style) gives those groups' figures
for that time, in the order the sentence before named them. A comparator's follow-up
is not the trust's. A made-up trust, in words of our own."""

from __future__ import annotations

from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, percentage

TRUST = "Ashcombe Downs NHS Foundation Trust"


def _html(paragraph: str) -> bytes:
    body = (
        f"<h1>{TRUST}</h1><h2>Workforce race equality 2023/24</h2>"
        "<h3>Indicator 6: harassment, bullying or abuse from colleagues</h3>"
        f"<p>{paragraph}</p>"
    )
    return f"<html><body><main>{body}</main></body></html>".encode()


def _read(paragraph: str):
    report, _warnings = parse_wres(extract(_html(paragraph), filename="report.html"))
    return report


FIRST = (
    "In the 2023 staff survey 26.2% of our BME staff reported harassment, bullying or "
    "abuse from colleagues, against 21.4% of White staff."
)


def test_a_time_and_a_bare_list_take_the_groups_of_the_sentence_before():
    report = _read(f"{FIRST} For the 2022 survey: 28.5% and 22.9%.")
    assert_exact(
        report,
        [
            percentage(6, "BME", "2023/24", 26.2),
            percentage(6, "White", "2023/24", 21.4),
            percentage(6, "BME", "2022/23", 28.5),
            percentage(6, "White", "2022/23", 22.9),
        ],
    )


def test_a_comparators_follow_up_is_not_the_trusts():
    report = _read(f"{FIRST} Nationally the 2023 survey gave 27.7% and 23.0%.")
    assert_exact(
        report,
        [percentage(6, "BME", "2023/24", 26.2), percentage(6, "White", "2023/24", 21.4)],
    )
