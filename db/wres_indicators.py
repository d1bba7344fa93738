"""What each WRES indicator means and which way is better: the one definition.

``INDICATORS`` is the single source of truth. ``ensure_db_shape`` writes it to the
``wres_indicators`` table (idempotently), and everything that ranks, labels or reads a
figure joins that table: the views (``direction``, ``rank_best_*``, ``better_or_worse``,
``reading``), the canned queries in metadata.yml and the dashboard's charts. Nothing else
says which way is better.

Directions (of the indicator's headline *measure*; other measures of the same indicator,
such as the per-group rates behind 2-4 or the board's BME share behind 9, have none):

* ``closer_to_parity`` — relative likelihoods (2, 3, 4): 1.00 means both groups are
  equally likely; 0.5 and 2.0 are equally far from it (badness ``max(v, 1/v)``);
* ``closer_to_zero`` — 9, board share minus workforce share (percentage points);
* ``lower_is_better`` — 5, 6, 8 (harassment, bullying, abuse, discrimination);
* ``higher_is_better`` — 7 (belief in equal opportunities for progression);
* none (NULL) — 1, the BME share of staff by band: a share is not better or worse by
  itself (it is read against the trust's whole workforce and its local population), so
  rankings list it highest share first and say that there is no better or worse.
"""

from __future__ import annotations

from dataclasses import dataclass

# SQL for "this figure is the indicator's headline figure" and for "which way is better"
# read the table, so a change here reaches every view after ensure_db_shape + refresh.
TABLE = "wres_indicators"
DDL = """CREATE TABLE [wres_indicators] (
   [indicator] INTEGER PRIMARY KEY,
   [short_name] TEXT NOT NULL,
   [wording] TEXT NOT NULL,
   [measure] TEXT NOT NULL,
   [unit] TEXT NOT NULL,
   [direction] TEXT,
   [parity] REAL,
   [headline_group] TEXT NOT NULL,
   [headline_staff_group] TEXT NOT NULL,
   [better] TEXT NOT NULL
)"""


@dataclass(frozen=True)
class Indicator:
    indicator: int
    short_name: str
    wording: str  # the WRES technical guidance's wording, shortened
    measure: str  # the headline measure (wres_metrics.measure)
    unit: str  # of the headline measure: %, ratio or pp
    direction: str | None
    parity: float | None  # where the two groups are equal (1.0 ratio, 0 pp)
    headline_group: str  # ethnic_group of the headline figure (the numerator of a ratio)
    headline_staff_group: str  # coalesce(staff_group, 'overall') of the headline figure
    # words for the plain reading of a headline figure (see reading_sql)
    subject: str  # who ("applicants", "staff")
    phrase: str  # what ("to be appointed from shortlisting", "experienced ...")
    rate_phrase: str = ""  # for the per-group rates behind a relative likelihood


INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        1,
        "BME share of staff by band",
        "Percentage of staff in each of the AfC bands 1-9 and VSM (including executive "
        "board members) compared with the percentage of staff in the overall workforce",
        "percentage",
        "%",
        None,
        None,
        "BME",
        "overall",
        "staff",
        "are BME",
    ),
    Indicator(
        2,
        "Appointment from shortlisting",
        "Relative likelihood of White applicants being appointed from shortlisting "
        "compared with BME applicants",
        "relative_likelihood",
        "ratio",
        "closer_to_parity",
        1.0,
        "White",
        "overall",
        "applicants",
        "to be appointed from shortlisting",
        "appointed from shortlisting",
    ),
    Indicator(
        3,
        "Entering formal disciplinary",
        "Relative likelihood of BME staff entering the formal disciplinary process "
        "compared with White staff",
        "relative_likelihood",
        "ratio",
        "closer_to_parity",
        1.0,
        "BME",
        "overall",
        "staff",
        "to enter the formal disciplinary process",
        "entering the formal disciplinary process",
    ),
    Indicator(
        4,
        "Access to non-mandatory training",
        "Relative likelihood of White staff accessing non-mandatory training and CPD "
        "compared with BME staff",
        "relative_likelihood",
        "ratio",
        "closer_to_parity",
        1.0,
        "White",
        "overall",
        "staff",
        "to access non-mandatory training and CPD",
        "accessing non-mandatory training and CPD",
    ),
    Indicator(
        5,
        "Harassment from patients and public",
        "Percentage of staff experiencing harassment, bullying or abuse from patients, "
        "relatives or the public in the last 12 months (staff survey)",
        "percentage",
        "%",
        "lower_is_better",
        None,
        "BME",
        "overall",
        "staff",
        "experienced harassment, bullying or abuse from patients, relatives or the public",
    ),
    Indicator(
        6,
        "Harassment from staff",
        "Percentage of staff experiencing harassment, bullying or abuse from staff in the "
        "last 12 months (staff survey)",
        "percentage",
        "%",
        "lower_is_better",
        None,
        "BME",
        "overall",
        "staff",
        "experienced harassment, bullying or abuse from staff",
    ),
    Indicator(
        7,
        "Equal opportunities for progression",
        "Percentage of staff believing that the trust provides equal opportunities for "
        "career progression or promotion (staff survey)",
        "percentage",
        "%",
        "higher_is_better",
        None,
        "BME",
        "overall",
        "staff",
        "believe the trust provides equal opportunities for career progression or promotion",
    ),
    Indicator(
        8,
        "Discrimination from colleagues",
        "Percentage of staff who personally experienced discrimination at work from a "
        "manager, team leader or other colleagues in the last 12 months (staff survey)",
        "percentage",
        "%",
        "lower_is_better",
        None,
        "BME",
        "overall",
        "staff",
        "personally experienced discrimination from a manager, team leader or colleagues",
    ),
    Indicator(
        9,
        "Board representation gap",
        "Percentage difference between the organisation's board voting membership and its "
        "overall workforce, by ethnicity (board share minus workforce share)",
        "difference",
        "pp",
        "closer_to_zero",
        0.0,
        "BME",
        "board",
        "board members",
        "",
    ),
)

# Which way is better, in words (the dashboard, the ranking query and the views).
DIRECTION_WORDS = {
    "closer_to_parity": "closer to 1.00 is better",
    "closer_to_zero": "closer to 0 is better",
    "lower_is_better": "lower is better ↓",
    "higher_is_better": "higher is better ↑",
    None: "no better or worse",
}


def rows() -> list[tuple]:
    """The table's rows, in column order."""
    return [
        (
            i.indicator,
            i.short_name,
            i.wording,
            i.measure,
            i.unit,
            i.direction,
            i.parity,
            i.headline_group,
            i.headline_staff_group,
            DIRECTION_WORDS[i.direction],
        )
        for i in INDICATORS
    ]


def ensure_indicators(conn) -> bool:
    """Create the table if missing and make its rows equal INDICATORS; True when
    anything changed (the caller then marks the WRES derived tables stale)."""
    stored = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]
    ).fetchone()
    if stored and stored[0] != DDL:  # an older shape: the table holds nothing else
        conn.execute(f"DROP TABLE [{TABLE}]")
        stored = None
    if not stored:
        conn.execute(DDL)
    wanted = rows()
    if conn.execute(f"SELECT * FROM [{TABLE}] ORDER BY indicator").fetchall() == wanted:
        return False
    conn.execute(f"DELETE FROM [{TABLE}]")
    conn.executemany(f"INSERT INTO [{TABLE}] VALUES ({', '.join('?' * len(wanted[0]))})", wanted)
    return True


# --- SQL over the table ({m} is the figure's alias with its dot, e.g. "v.") --------

# Which way is better for a figure: its indicator's direction when the figure is of the
# indicator's headline measure, else NULL.
DIRECTION_SQL = """(SELECT i.direction FROM wres_indicators i
   WHERE i.indicator = {m}indicator AND i.measure = {m}measure)"""

# 1 for the indicator's headline figure (whole organisation, headline group), else 0.
HEADLINE_SQL = """coalesce((SELECT {m}measure = i.measure AND {m}ethnic_group IS i.headline_group
     AND coalesce({m}staff_group, 'overall') = i.headline_staff_group AND {m}band IS NULL
   FROM wres_indicators i WHERE i.indicator = {m}indicator), 0)"""

SHORT_NAME_SQL = """(SELECT i.short_name FROM wres_indicators i
   WHERE i.indicator = {m}indicator)"""

# A score where lower is better, for each direction (parity: max(v, 1/v), which orders
# ratios as |ln v| does, so 0.5 and 2.0 are equally far from parity).
BADNESS_SQL = """CASE {d}
  WHEN 'lower_is_better' THEN {v}
  WHEN 'higher_is_better' THEN -{v}
  WHEN 'closer_to_parity' THEN CASE WHEN {v} > 0 THEN max({v}, 1.0 / {v}) END
  WHEN 'closer_to_zero' THEN abs({v})
END"""


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def better_sql(direction: str) -> str:
    """SQL: DIRECTION_WORDS for a direction expression."""
    whens = " ".join(
        f"WHEN {_sql_text(k)} THEN {_sql_text(v)}" for k, v in DIRECTION_WORDS.items() if k
    )
    return f"CASE {direction} {whens} ELSE {_sql_text(DIRECTION_WORDS[None])} END"


def reading_sql(m: str) -> str:
    """SQL: a figure in plain words, e.g. "1.45: White applicants 1.45× as likely to be
    appointed from shortlisting as BME applicants; parity is 1.00"."""
    other = f"CASE {m}ethnic_group WHEN 'White' THEN 'BME' WHEN 'BME' THEN 'White' ELSE 'other' END"
    group = f"coalesce({m}ethnic_group, 'all')"
    ratio_cases = " ".join(
        f"WHEN {i.indicator} THEN printf('%.2f: ', {m}value) || {group} || ' {i.subject} ' "
        f"|| printf('%.2f', {m}value) || '× as likely {i.phrase} as ' || {other} "
        f"|| ' {i.subject}; parity is 1.00'"
        for i in INDICATORS
        if i.measure == "relative_likelihood"
    )
    pct_cases = " ".join(
        f"WHEN {i.indicator} THEN printf('%.1f%%', {m}value) || ' of ' || {group} "
        f"|| ' staff {i.phrase}'"
        for i in INDICATORS
        if i.measure == "percentage" and i.indicator != 1
    )
    rate_cases = " ".join(
        f"WHEN {i.indicator} THEN ' {i.subject} {i.rate_phrase}'"
        for i in INDICATORS
        if i.rate_phrase
    )
    where = (
        f"coalesce(' in ' || {m}band, '') || coalesce(' (' || "
        f"replace(nullif({m}staff_group, 'overall'), '_', '-') || ')', '')"
    )
    board = (
        f"CASE {m}staff_group WHEN 'board_voting' THEN 'the voting board' "
        f"WHEN 'board_executive' THEN 'the executive board' ELSE 'the board' END"
    )
    return f"""CASE
  WHEN {m}value IS NULL THEN NULL
  WHEN {m}measure = 'relative_likelihood' THEN CASE {m}indicator {ratio_cases} END
  WHEN {m}measure = 'difference' THEN printf('%+.1f pp: ', {m}value) || {group}
    || ' share of ' || {board} || ' '
    || CASE WHEN abs({m}value) < 0.05 THEN 'equal to'
            ELSE printf('%.1f', abs({m}value)) || ' points '
                 || CASE WHEN {m}value < 0 THEN 'below' ELSE 'above' END END
    || ' their share of the workforce; 0 is parity'
  WHEN {m}measure = 'rate' THEN printf('%.1f%%', {m}value) || ' of ' || {group}
    || coalesce(CASE {m}indicator {rate_cases} END, ' staff')
    || ' (the rate behind the relative likelihood)'
  WHEN {m}staff_group LIKE 'board%' THEN printf('%.1f%%', {m}value) || ' of ' || {board}
    || ' are ' || {group}
  WHEN {m}indicator IN (1, 9) THEN printf('%.1f%%', {m}value) || ' of staff' || {where}
    || ' are ' || {group}
  WHEN {m}measure = 'percentage' THEN CASE {m}indicator {pct_cases} END
END"""


# What a relative likelihood says, in words. For 2 and 4 (White/BME by the WRES
# definition) above 1 means White staff are more likely to be appointed or trained; for
# 3 (BME/White) above 1 means BME staff are more likely to enter a disciplinary process.
INTERPRETATION_SQL = """CASE
  WHEN {m}measure <> 'relative_likelihood' OR {m}value IS NULL
    OR {m}ethnic_group NOT IN ('White', 'BME') THEN NULL
  WHEN abs({m}value - 1.0) < 0.005 THEN 'parity'
  ELSE (CASE WHEN ({m}value > 1) = ({m}ethnic_group = 'White') THEN 'White' ELSE 'BME' END)
    || ' staff more likely '
    || CASE {m}indicator
         WHEN 2 THEN 'to be appointed from shortlisting'
         WHEN 3 THEN 'to enter a formal disciplinary process'
         WHEN 4 THEN 'to access non-mandatory training and CPD'
         ELSE 'than the other group' END
END"""


def benchmark_extras(m: str, direction: str) -> str:
    """wres_benchmark's reading columns for the figure aliased `m` (e.g. "v.")."""
    return f"""{SHORT_NAME_SQL.format(m=m)} AS indicator_name,
       {HEADLINE_SQL.format(m=m)} AS headline,
       {reading_sql(m)} AS reading,
       {better_sql(direction)} AS better"""
