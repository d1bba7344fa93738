"""WRES figures stated in sentences rather than tables.

Most trusts publish their WRES as a web page or a report whose figures sit in prose:
"White applicants were 1.79 times more likely to be appointed from shortlisting than
BME applicants", "(24.3% BAME, 21.8% White)", "BAME colleagues made up 25.6%
(1409/5511) of our workforce", "-8.9% difference in representation". This module reads
such sentences into `WresMetric`s (source_table "narrative"). `parse_wres` calls it
after the tables and keeps only figures whose key the tables did not give.

The rule throughout is: never misattribute; when unsure, skip. Concretely:

- Indicator: the sentence's vocabulary (shortlisting -> 2, disciplinary -> 3,
  non-mandatory training/CPD -> 4, harassment from patients/the public -> 5, from
  staff/colleagues -> 6, equal opportunities/career progression -> 7, discrimination ->
  8, board -> 9, workforce/bands -> 1); without vocabulary, the section heading
  ("Indicator 2", "Metric 2:", "WRES indicator 5", "(WRES 1)"), then the previous
  sentence of the same paragraph. Two indicators' vocabulary in one sentence -> skipped
  unless the section heading picks one of them, or its clauses part them, one
  indicator each (parsers.wres.narrative_joined: read clause by clause). Figures about managers alone (staff
  survey question 14b) or "(not managers)" (14c) are not WRES indicators.
- Ethnic group: the group printed right after the figure ("24.3% BAME", "12.7% of BAME
  staff", "(21.8%, 488/2237 White colleagues)") or right before it ("White 84.2%",
  "BAME = 1.75%", "white (6%)"); a sentence whose figures could be read either way is
  skipped. Relative likelihoods need their numerator group (or, with no group at all,
  the WRES definition: White for 2 and 4, BME for 3) and a comparator that is the other
  of White/BME: "1.15 times more likely than Asian colleagues" is not indicator 4.
- Period: a time expression bound to the figure ("1.36 times in 2021", "from 2020/21
  representation of 24.7%"), else one that opens the sentence ("In 2021/22, ...", "The
  2021 NHS Staff Survey showed ..."), else a dated heading ("Ethnicity Workforce
  Profile - March 2025"), else the report's data year (an "Action Plan 2022-2023" reports
  the 2021/22 data). A bare year is a WRES data year for 1-4 and 9 ("in 2021" ->
  2020/21) but ambiguous for the staff survey indicators 5-8 unless "staff survey" is
  named: those figures are skipped. A dated heading below an indicator heading
  ("Position at 31 March 2024", "2023 NHS Staff Survey") dates the sentences below it
  (parsers.wres.context.is_dated_heading), as it dates label/value lines.
- Lines parsers.wres.lines has read (label/value lines) are not read again here;
  figures whose key is not settled are reported in `skipped` for the review count.
- Not the trust's figure: national, regional, benchmark and peer comparators ("the
  national BAME representation ... is 22.4%", "Trusts of a similar type in the
  benchmark group (31.8% ...)"), targets ("our target of 22%", "will be 24% by 2022"),
  changes ("grew by 5%", "an increase since last year (0.5%)"), bank staff, staff
  networks, and whole documents that summarise the national WRES (NHS Employers' or
  NHS England's reports about "NHS trusts").
- Indicator 1 shares must be shares *of* a staff group or band. "11.1% of the overall
  workforce is made up of non-medical BAME staff" and "1.75% BAME staff were in
  non-clinical Band 7 and above roles" are shares of the whole workforce: skipped, and so
  is a set of group shares for one staff group and band that does not add up (BME +
  White (+ unknown) far from 100).
- A relative likelihood printed as a percentage ("17.16%") is skipped, never read as a
  rate.

Modules: narrative_terms (vocabulary; figures, times, groups, bands found in a
sentence), narrative_lines (the document as lines and sentences, headings and
lead-ins, its own data year), narrative_bind and narrative_times (which group and
which time each figure has), narrative_measure (what a figure measures: rate, relative likelihood,
board or staff group share), narrative_sentence (reading one sentence); this
module is the entry point: the document-level pass and its cross-checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Extracted
from parsers.records import WresMetric
from parsers.wres.context import Context, Key, heading_key
from parsers.wres.dated_continuation import continues_paragraph
from parsers.wres.narrative_charts import RE_CAPTION_LABEL, captioned_charts
from parsers.wres.narrative_lines import (
    _RE_HEADING,
    _RE_HEADING_WRES,
    _lead_in,
    _lines,
    _Prev,
    _sentences,
    default_period,
    is_national_summary,
)
from parsers.wres.narrative_sentence import SOURCE, _read_sentence
from parsers.wres.narrative_terms import _board_group, _figures
from parsers.wres.question_heading import question_indicator
from parsers.wres.report_year_heading import report_year_heading
from parsers.wres.skipped import Skipped
from parsers.wres.validate import check_percentage

__all__ = ["SOURCE", "default_period", "is_national_summary", "parse_narrative"]


@dataclass
class _Found:
    metric: WresMetric
    sentence: int
    sentence_text: str
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# checks across sentences


def _shares_add_up(found: list[_Found], warnings: list[str]) -> list[_Found]:
    """Indicator 1 group shares of one staff group, band and period must be shares of
    that staff group: BME + White (+ Unknown) close to 100."""
    by: dict[tuple, dict[str, float]] = {}
    for x in found:
        m = x.metric
        if m.indicator == 1 and m.value is not None:
            by.setdefault((m.staff_group, m.band, m.period), {})[m.ethnic_group or ""] = m.value
    bad = set()
    for key, groups in by.items():
        if "BME" in groups and "White" in groups:
            total = groups["BME"] + groups["White"] + groups.get("Unknown", 0.0)
            low = 97.0 if "Unknown" in groups else 75.0
            if not low <= total <= 101.0:
                bad.add(key)
        subs = sum(groups.get(g, 0.0) for g in ("Asian", "Black", "Mixed", "Other"))
        if "BME" in groups and subs > groups["BME"] + 1.0:
            bad.add(key)
    if not bad:
        return found
    for key in sorted(bad, key=str):
        warnings.append(
            f"narrative: indicator 1 shares for {key[0]} {key[1] or ''} {key[2]} do not add up "
            "to a staff group's profile (shares of the whole workforce?); not read"
        )
    return [
        x
        for x in found
        if not (
            x.metric.indicator == 1
            and (x.metric.staff_group, x.metric.band, x.metric.period) in bad
        )
    ]


def _agrees(a: WresMetric, b: WresMetric) -> bool:
    if a.value is None or b.value is None:
        return a.value is None and b.value is None
    da = getattr(a, "_decimals", 2)
    db = getattr(b, "_decimals", 2)
    tol = 0.5 * 10 ** -min(da, db) + 1e-9
    return abs(a.value - b.value) <= tol


def _one_per_key(
    found: list[_Found], warnings: list[str], skipped: list[Skipped] | None = None
) -> list[_Found]:
    """One figure per key. When sentences disagree on a key, a value that two or more
    sentences state outvotes one stated once, and the outvoted sentence is dropped
    whole (it measures something else, e.g. a staff survey sub-question); otherwise
    every sentence involved is dropped."""
    by: dict[tuple, list[_Found]] = {}
    for x in found:
        by.setdefault(x.metric.key(), []).append(x)
    drop: set[int] = set()
    for key, xs in by.items():
        if all(_agrees(xs[0].metric, x.metric) for x in xs[1:]):
            continue
        clusters: list[list[_Found]] = []
        for x in xs:
            for c in clusters:
                if _agrees(c[0].metric, x.metric):
                    c.append(x)
                    break
            else:
                clusters.append([x])
        clusters.sort(key=lambda c: -len({x.sentence for x in c}))
        support = [len({x.sentence for x in c}) for c in clusters]
        losers = clusters[1:] if support[0] >= 2 and support[1] == 1 else clusters
        values = ", ".join(f"{x.metric.value:g}" for x in xs)
        warnings.append(
            f"narrative: indicator {key[0]} {key[1]} {key[4]} {key[5]} printed as {values}; "
            + ("kept the value most sentences give" if losers is not clusters else "not read")
        )
        drop.update(x.sentence for c in losers for x in c)
        if losers is clusters and skipped is not None:
            skipped.extend(
                Skipped(x.sentence_text, x.metric.source_page or 1, "sentences disagree")
                for x in xs
            )
    out = []
    seen: set[tuple] = set()
    for x in found:
        if x.sentence in drop or x.metric.key() in seen:
            continue
        seen.add(x.metric.key())
        out.append(x)
    return out


def _rl_vs_rates(found: list[_Found], warnings: list[str]) -> None:
    rates = {
        (x.metric.indicator, x.metric.period, x.metric.ethnic_group): x.metric
        for x in found
        if x.metric.measure == "rate"
    }
    for x in found:
        m = x.metric
        if m.measure != "relative_likelihood" or m.value is None:
            continue
        other = "BME" if m.ethnic_group == "White" else "White"
        top = rates.get((m.indicator, m.period, m.ethnic_group))
        bottom = rates.get((m.indicator, m.period, other))
        if top and bottom and top.value and bottom.value:
            calc = top.value / bottom.value
            tol = 0.5 * 10 ** -getattr(m, "_decimals", 2) + 0.02
            if abs(calc - m.value) > tol:
                m.validation = (
                    f"relative likelihood {m.value:g} disagrees with {m.ethnic_group} "
                    f"{top.value:g}% / {other} {bottom.value:g}% = {calc:.2f}"
                )
                warnings.append(f"narrative: indicator {m.indicator} {m.period}: {m.validation}")


def _dated_heading(text: str, ctx: Context) -> None:
    """A dated heading ("Position at 31 March 2024", "2023 NHS Staff Survey", "2023/24")
    dates the sentences below it, as it dates label/value lines (parsers.wres.context);
    a bare year does not (a WRES year or a survey year?)."""
    head = heading_key(text)
    if head is None or head[0] != 3 or head[1].time is None:
        return
    if ctx.section is None and head[1].time.kind != "survey":
        # above the first indicator heading a title's year is the default's; a staff
        # survey's year ("2023 NHS Staff Survey") still dates the survey figures below
        return
    if head[1].time.kind in ("fy", "month", "survey"):
        ctx.heading(3, head[1])


# ---------------------------------------------------------------------------
# entry point


def parse_narrative(
    doc: Extracted,
    tables: list[WresMetric] | None = None,
    claimed: set[str] | None = None,
    skipped: list[Skipped] | None = None,
) -> tuple[list[WresMetric], list[str]]:
    """WRES figures stated in the document's text. `tables` are the figures the table
    parser found: a sentence that contradicts one of them is not read (it measures
    something else, or we misread it), and a key they already give is not repeated.
    `claimed`: lines the label/value reader (parsers.wres.lines) has read. Figures
    whose key the sentences do not settle (several dates, an undated staff survey
    figure, sentences that disagree) are added to `skipped` when given."""
    warnings: list[str] = []
    if is_national_summary(doc):
        return [], ["narrative: a national summary, not one trust's figures; not read"]
    ctx = Context(default=default_period(doc))
    prev = _Prev()
    found: list[_Found] = []
    sentence_no = 0
    for line in captioned_charts(_lines(doc)):
        if line is None:  # a table: lead-in context ends
            ctx.end_lead()
            prev = _Prev()
            continue
        text = line.text
        if claimed and text in claimed:
            continue  # a label/value line parsers.wres.lines read (or knew a comparator's)
        figs = _figures(text)
        heading = _RE_HEADING.match(text) or _RE_HEADING_WRES.search(text)
        asked = None if heading or figs else question_indicator(text)  # "What does ... 5 tell us?"
        if (heading or asked) and not figs and len(text) <= 200:
            n = int(heading.group("n")) if heading else asked
            # ends the lead-ins and the dated heading above; a date it names itself
            # ("Indicator 6: ... (2023 NHS Staff Survey)") dates the figures below
            head = heading_key(text)
            time = head[1].time if head is not None and head[0] == 1 else None
            # the board the indicator 9 heading names ("Board voting membership")
            board = _board_group(text) if n == 9 and _board_group(text) != "?" else None
            ctx.heading(
                1,
                Key(
                    indicator=n if 1 <= n <= 9 else None,
                    staff_group=board,
                    time=time,
                    time_text=time.text if time else None,
                ),
            )
            prev = _Prev()
            continue
        caption = RE_CAPTION_LABEL.match(text)
        if caption:
            ctx.end_lead()
            if not figs:
                continue
            # a chart's caption that states its figures ("Figure 1. Harassment ...
            # (indicator 5), 2022 and 2023 surveys: White 28.4% then 26.9%; ...") is read
            # as a sentence, without its label's number
            text = text[caption.end() :]
        if not figs and (
            text.endswith(":")
            or (len(text) <= 70 and not re.search(r"[.!?]$", text))
            or (line.heading and len(text) <= 200)  # a long heading is no sentence either
        ):
            _lead_in(text, ctx)
            _dated_heading(text, ctx)
            year = report_year_heading(text)
            if year is not None:
                ctx.default = year  # "WRES 2023": the data year of what follows
            prev = _Prev()
            continue
        # "2022 survey: 31.9% BME, 27.2% White.": the line above, another year's
        block = prev.block if prev.block >= 0 and continues_paragraph(text) else line.block
        for s in _sentences(text):
            sentence_no += 1
            metrics, prev = _read_sentence(s, ctx, prev, block, line.page, warnings, skipped)
            found.extend(_Found(m, sentence_no, s) for m in metrics)
    found = _shares_add_up(found, warnings)
    found = _against_tables(found, tables or [], warnings)
    found = _one_per_key(found, warnings, skipped)
    _rl_vs_rates(found, warnings)
    metrics = [x.metric for x in found]
    for m in metrics:
        if m.measure in ("percentage", "rate"):
            note = check_percentage(m)
            if note:
                m.validation = note if not m.validation else f"{m.validation}; {note}"
                warnings.append(
                    f"narrative: indicator {m.indicator} {m.ethnic_group} {m.period}: {note}"
                )
    return metrics, warnings


def _against_tables(
    found: list[_Found], tables: list[WresMetric], warnings: list[str]
) -> list[_Found]:
    if not tables:
        return found
    given: dict[tuple, list[WresMetric]] = {}
    for m in tables:
        given.setdefault(m.key(), []).append(m)
    bad_sentences = set()
    for x in found:
        ms = given.get(x.metric.key())
        if not ms:
            continue
        values = [m for m in ms if m.value is not None]
        if values and not any(_agrees(x.metric, m) for m in values):
            bad_sentences.add(x.sentence)
    for no in sorted(bad_sentences):
        text = next(x.sentence_text for x in found if x.sentence == no)
        warnings.append(f"narrative: '{text[:90]}' disagrees with the tables; not read")
    return [x for x in found if x.sentence not in bad_sentences and x.metric.key() not in given]
