"""WRES tables in the NHS England reporting-template shapes, and summary tables.

Three readers, all returning finished `WresMetric`s:

- `parse_group_columns`: a table whose columns are ethnic groups (White / BME /
  Ethnicity unknown / Total, optionally "% White", "% BME"), often under a year heading
  row ("31 March 2023" ... "31 March 2024"). Indicator 1 rows are pay bands, indicator
  9 rows are board / workforce lines, indicators 2-4 rows are "Number of shortlisted
  applicants", "Number appointed", "Likelihood of ..." and "Relative likelihood ...".
  `parse_group_rows` reads the same template transposed (a row per ethnic group).
- `parse_summary`: a table whose rows are different indicators ("1.", "Indicator 2",
  or the indicator's wording), each row attributed by its own label only.
- `parse_profile`: a workforce profile table (rows White / BME / Unknown), indicator 1
  shares of the whole workforce.

A figure is emitted only when printed: headcounts alone give no percentage; a printed
percentage takes its group's headcount as numerator and the printed Total as
denominator. A 0-1 "likelihood"/"proportion" of a group (indicators 2-4) is a rate,
recorded in percent (x100) like every other rate. Benchmark, national, average and
median columns are not the trust's figures and are never read.

Modules: template_columns (heading rows, group columns, spans, the metric a cell
gives: shared by the readers), template_groups (group-column and group-row
tables), template_summary (summary tables), template_profile (workforce
profile tables); this module keeps the public API.
"""

from __future__ import annotations

from parsers.wres.cell_figures import group_pairs
from parsers.wres.template_columns import (
    RL_DEFAULT,
    UNITS,
    GCol,
    fix_spans,
    group_columns,
    squash,
)
from parsers.wres.template_groups import (
    is_group_column_table,
    is_group_row_table,
    parse_group_columns,
    parse_group_rows,
)
from parsers.wres.template_profile import is_profile_table, parse_profile
from parsers.wres.template_summary import parse_summary, row_indicator

__all__ = [
    "RL_DEFAULT",
    "UNITS",
    "GCol",
    "fix_spans",
    "group_columns",
    "group_pairs",
    "is_group_column_table",
    "is_group_row_table",
    "is_profile_table",
    "parse_group_columns",
    "parse_group_rows",
    "parse_profile",
    "parse_summary",
    "row_indicator",
    "squash",
]
