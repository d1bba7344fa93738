"""Load national per-trust WRES figures (a second source beside the trusts' own
publications) into the wres_national table.

Recognised layouts (by their column names, never by file name):

* **staff survey by ethnicity** — columns ``Indicator, Trust, Trust Type, White Rate,
  BME Rate, Likelihood Ratio (BME/White)``: one row per trust (ODS code) and staff survey
  indicator, rates as fractions or percentages; as published by the public repository
  leeslatergv/SS_2024 for the 2024 NHS Staff Survey. Indicator labels map to WRES
  indicators: "Harassment from patients" -> 5, "Harassment from staff" -> 6, "Fair career
  progression" (Q15) -> 7, "Discrimination from manager/colleagues" (Q16b) -> 8. Each row
  gives a White and a BME percentage and the BME/White ratio (measure
  relative_likelihood, ethnic_group BME). The survey year is not in the file: it comes
  from ``period`` or from the file name ("ss2024..." -> the 2024 survey -> 2024/25).

NHS England's own organisation-level WRES data tables are not recognised: their column
names could not be checked here, and guessing them would load figures under the wrong
indicator. Any other layout raises ValueError naming the columns found.

Re-importing a file replaces the rows of its ``source`` (default: the file's stem).
"""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from db.derived import refresh_derived
from db.national import ensure_national_shape

SS_COLUMNS = {"indicator", "trust", "white rate", "bme rate"}
SS_RATIO = "likelihood ratio (bme/white)"

_SS_INDICATORS = [
    (5, re.compile(r"harass\w*.*\b(?:patients?|public|relatives|service users)\b", re.I)),
    (6, re.compile(r"harass\w*.*\b(?:staff|colleagues|managers?)\b", re.I)),
    (7, re.compile(r"\bq\s*15\b|career progression|equal opportunit", re.I)),
    (8, re.compile(r"\bq\s*16\s*b\b|discriminat", re.I)),
]


def _fy(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def _survey_period(path: Path) -> str | None:
    m = re.search(
        r"(?:^|[^a-z])(?:ss|nss|staff[\s_-]*survey)[\s_-]*(20\d\d)(?!\d)", path.stem, re.I
    )
    return _fy(int(m.group(1))) if m else None


def _number(text: str | None) -> float | None:
    t = (text or "").strip().replace(",", "").rstrip("%")
    if t.lower() in ("", "na", "n/a", "nan", "none", "null", "-", "*"):
        return None
    try:
        return float(t)
    except ValueError:
        return None


def _ss_indicator(label: str) -> int:
    for ind, rx in _SS_INDICATORS:
        if rx.search(label):
            return ind
    raise ValueError(f"unknown staff survey indicator label {label!r}")


def _read_staff_survey(rows: list[dict[str, str]], cols: dict[str, str], period: str) -> list[dict]:
    rates = [
        v
        for r in rows
        for v in (_number(r.get(cols["white rate"])), _number(r.get(cols["bme rate"])))
        if v is not None
    ]
    scale = 100.0 if rates and max(rates) <= 1.0 else 1.0  # fractions -> percentages
    out = []
    for r in rows:
        code = (r.get(cols["trust"]) or "").strip().upper()
        label = (r.get(cols["indicator"]) or "").strip()
        if not code or not label:
            continue
        ind = _ss_indicator(label)
        figures = [
            ("percentage", "White", _number(r.get(cols["white rate"]))),
            ("percentage", "BME", _number(r.get(cols["bme rate"]))),
        ]
        if SS_RATIO in cols:
            figures.append(("relative_likelihood", "BME", _number(r.get(cols[SS_RATIO]))))
        for measure, group, value in figures:
            if value is None:
                continue
            if measure == "percentage":
                value = round(value * scale, 4)
            else:
                value = round(value, 4)
            out.append(
                {
                    "trust_ods": code,
                    "indicator": ind,
                    "measure": measure,
                    "ethnic_group": group,
                    "period": period,
                    "value": value,
                    "numerator": None,
                    "denominator": None,
                }
            )
    return out


def import_national(
    db: sqlite_utils.Database,
    path: Path,
    source: str | None = None,
    *,
    period: str | None = None,
) -> int:
    """Load one national data file into wres_national; returns the number of figures.
    Raises ValueError for a layout it does not know (naming the columns found) or when
    the survey year cannot be told (pass ``period`` such as "2024/25")."""
    path = Path(path)
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        header = [h for h in (reader.fieldnames or [])]
        rows = list(reader)
    cols = {h.strip().lower(): h for h in header if h is not None}
    if set(cols) >= SS_COLUMNS:
        if period is None:
            period = _survey_period(path)
        if period is None or not re.fullmatch(r"20\d\d/\d\d", period):
            raise ValueError(
                f"{path.name}: staff survey layout, but the survey year is not in the file name; "
                "pass period (e.g. '2024/25' for the 2024 survey)"
            )
        records = _read_staff_survey(rows, cols, period)
    else:
        found = ", ".join(repr(h) for h in header) or "none"
        raise ValueError(
            f"{path.name}: unknown national WRES layout; columns found: {found}. Known: "
            "Indicator, Trust, Trust Type, White Rate, BME Rate, Likelihood Ratio (BME/White)"
        )
    source = source or path.stem
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    ensure_national_shape(db)
    with db.conn:
        db.conn.execute("DELETE FROM wres_national WHERE source = ?", [source])
        db.conn.executemany(
            "INSERT OR REPLACE INTO wres_national (source, trust_ods, indicator, measure, "
            "ethnic_group, period, value, numerator, denominator, imported_at) VALUES "
            "(:source, :trust_ods, :indicator, :measure, :ethnic_group, :period, :value, "
            ":numerator, :denominator, :imported_at)",
            [r | {"source": source, "imported_at": stamp} for r in records],
        )
    refresh_derived(db)  # wres_self_vs_national reads wres_values: keep it fast
    return db.execute("SELECT count(*) FROM wres_national WHERE source = ?", [source]).fetchone()[0]
