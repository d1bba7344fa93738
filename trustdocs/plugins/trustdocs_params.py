"""Forgiving canned-query parameters (a second plugin module of the trustdocs site).

Canned queries take what people type. SQL functions registered on every connection turn
it into the database's vocabulary, so the SQL in metadata.yml stays readable:

* ``td_group(text)`` — BAME, bme, "global majority", "ethnic minority"… → ``BME``;
  white → ``White`` (the parsers' own synonym mapping, parsers/wres/cells.py);
* ``td_period(text)`` — 2023-24, 2023/24, 2023-2024, "March 2024" and a bare report year
  2024 → ``2023/24`` (parsers/wres/cells.parse_period);
* ``td_trust(text)`` — an ODS code in any case, a trust's name or short name, a unique
  part of a name, or "Name (CODE)" as the dashboard's picker shows it → the ODS code;
* ``td_staff_group``, ``td_band``, ``td_measure``, ``td_indicator`` (1-9 or words of
  an indicator's short name, e.g. "harassment from staff" → 6).

Each returns NULL for a blank value (so ``coalesce(td_x(:p), default)`` applies the
default) and, for a value it does not recognise, the value itself: it then matches
nothing, and the page says so in a message above the results ("No trust matches
'xyz'…") instead of showing 0 rows without a hint.

The published bundle has no trustdocs package: ``publish_bundle`` copies
parsers/wres/cells.py and the vocab.py it imports (standard library only) into
``plugins/vendor/trustdocs_vocab/``, where this module finds them. Datasette loads only the top-level ``*.py`` files of the plugins folder.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from pathlib import Path

from datasette import hookimpl

VENDORED = Path(__file__).resolve().parent / "vendor" / "trustdocs_vocab"


def load_cells(prefer_package: bool = True):
    """parsers.wres.cells: the package where installed, else the bundle's copy."""
    if prefer_package:
        try:
            from parsers.wres import cells as installed

            return installed
        except ImportError:
            pass
    name = "trustdocs_vendor_vocab"
    loaded = sys.modules.get(f"{name}.cells")
    if loaded is not None and getattr(loaded, "__file__", None) == str(VENDORED / "cells.py"):
        return loaded
    spec = importlib.util.spec_from_file_location(
        name, VENDORED / "__init__.py", submodule_search_locations=[str(VENDORED)]
    )
    if spec is None or spec.loader is None or not VENDORED.is_dir():
        raise ImportError(f"neither parsers.wres.cells nor {VENDORED} is available")
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package  # cells imports .vocab through it; dataclasses look it up
    spec.loader.exec_module(package)
    return importlib.import_module(f"{name}.cells")


cells = load_cells()

STAFF_GROUPS = {
    "overall": "overall",
    "all": "overall",
    "all_staff": "overall",
    "whole_workforce": "overall",
    "workforce": "overall",
    "total": "overall",
    "non_clinical": "non_clinical",
    "nonclinical": "non_clinical",
    "clinical": "clinical",
    "medical": "medical",
    "medical_and_dental": "medical",
    "board": "board",
    "board_voting": "board_voting",
    "voting_board": "board_voting",
    "voting": "board_voting",
    "board_executive": "board_executive",
    "executive_board": "board_executive",
    "executive": "board_executive",
    "bank": "bank",
}
MEASURES = {
    "percentage": "percentage",
    "percent": "percentage",
    "%": "percentage",
    "relative_likelihood": "relative_likelihood",
    "relative likelihood": "relative_likelihood",
    "ratio": "relative_likelihood",
    "rl": "relative_likelihood",
    "difference": "difference",
    "pp": "difference",
    "percentage points": "difference",
    "rate": "rate",
}
ETHNIC_GROUPS = ("BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown", "All")


def _blank(text) -> bool:
    return text is None or not str(text).strip()


def group(text):
    """td_group: the ethnic_group of wres_metrics for what was typed."""
    if _blank(text):
        return None
    t = str(text).strip()
    if t.lower() in ("all", "total", "overall", "everyone"):
        return "All"
    found = cells.ethnic_groups(t)
    return found[0] if len(found) == 1 else t


def period(text):
    """td_period: YYYY/YY for any way of writing a financial or report year."""
    if _blank(text):
        return None
    t = str(text).strip()
    if t.lower() in ("latest", "last", "current", "newest"):
        return None  # as blank: the query's latest year
    parsed = cells.parse_period(t)
    return parsed.period if parsed else t


def staff_group(text):
    if _blank(text):
        return None
    t = str(text).strip()
    known = cells.staff_group_only(t)
    if known:
        return known
    key = re.sub(r"[^a-z]+", "_", t.lower()).strip("_")
    key = re.sub(r"_(?:staff|members?|colleagues)$", "", key)
    return STAFF_GROUPS.get(key, t)


def band(text):
    if _blank(text):
        return None
    t = str(text).strip()
    return cells.band_and_group(t)[1] or t


def measure(text):
    if _blank(text):
        return None
    t = str(text).strip()
    return MEASURES.get(t.lower().replace("-", " "), MEASURES.get(t.lower(), t))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def indicator(conn, text):
    """td_indicator: 1-9 from "5", "indicator 5", "WRES 5" or words of a short name."""
    if _blank(text):
        return None
    t = str(text).strip()
    # "5", "indicator 5", and the dashboard's "5 · Harassment from patients and public"
    m = re.match(r"(?:wres\s*)?(?:indicator\s*)?([1-9])(?![0-9])", t, re.I)
    if m:
        return int(m.group(1))
    words = _words(t)
    try:
        rows = list(conn.execute("SELECT indicator, short_name, wording FROM wres_indicators"))
    except Exception:  # a database without the table: nothing to match against
        rows = []
    # the short name's words first ("harassment from staff" is 6, though 5's wording
    # has those words too), then the full wording's
    for text_of in (lambda r: r[1], lambda r: r[1] + " " + r[2]):
        hits = [r[0] for r in rows if words and words <= _words(text_of(r))]
        if len(hits) == 1:
            return hits[0]
    return t


# --- trusts ----------------------------------------------------------------------

_NOISE = {"nhs", "foundation", "trust", "the", "of", "ft"}


def _norm_name(name: str | None) -> str:
    words = re.findall(r"[a-z0-9]+", (name or "").lower().replace("&", " and "))
    return " ".join(w for w in words if w not in _NOISE)


def trust_candidates(rows: list[tuple], text: str) -> list[str]:
    """The ODS codes `text` could mean, best match first: a code, "Name (CODE)", a
    whole name or short name, else every trust whose name contains it."""
    codes = {str(r[0]).upper(): r[0] for r in rows}
    t = text.strip()
    if t.upper() in codes:
        return [codes[t.upper()]]
    m = re.search(r"\(\s*([A-Za-z0-9]{3,5})\s*\)\s*$", t)
    if m and m.group(1).upper() in codes:
        return [codes[m.group(1).upper()]]
    wanted = _norm_name(t)
    if not wanted:
        return []
    exact = [r[0] for r in rows if wanted in (_norm_name(r[1]), _norm_name(r[2]))]
    if exact:
        return exact
    pattern = re.compile(r"\b" + re.escape(wanted) + r"\b")
    return [r[0] for r in rows if pattern.search(_norm_name(r[1]) + " | " + _norm_name(r[2]))]


def _trust_rows(conn) -> list[tuple]:
    try:
        return list(conn.execute("SELECT ods_code, name, short_name FROM trusts"))
    except Exception:
        return []


def trust(conn, text):
    """td_trust: the ODS code of a single matching trust, else the text as typed."""
    if _blank(text):
        return None
    found = trust_candidates(_trust_rows(conn), str(text))
    return found[0] if len(found) == 1 else str(text).strip()


@hookimpl
def prepare_connection(conn):
    for name, fn in (
        ("td_group", group),
        ("td_period", period),
        ("td_staff_group", staff_group),
        ("td_band", band),
        ("td_measure", measure),
    ):
        conn.create_function(name, 1, fn, deterministic=True)
    # these read the database (trusts, wres_indicators), which a query does not change
    conn.create_function("td_trust", 1, lambda t: trust(conn, t), deterministic=True)
    conn.create_function("td_indicator", 1, lambda t: indicator(conn, t), deterministic=True)


# --- saying so when a value matches nothing --------------------------------------

_HINTS = {
    "ethnic_group": "BME (also BAME, global majority, ethnic minority), White, Asian, "
    "Black, Mixed, Other, Unknown or All",
    "period": "a financial year such as 2023/24, 2023-24 or 2024 (the report year)",
    "staff_group": "overall, clinical, non-clinical, medical, board, board voting, "
    "board executive or bank",
    "band": "Band 5, 8a, VSM…",
    "measure": "percentage, relative likelihood (ratio), difference (pp) or rate",
    "indicator": "1 to 9, or words of its name (e.g. harassment from staff)",
}


def _trust_problem(conn, typed: str) -> str | None:
    found = trust_candidates(_trust_rows(conn), typed)
    if not found:
        return f"No trust matches '{typed}': type an ODS code or part of a name."
    if len(found) > 1:
        more = "…" if len(found) > 6 else ""
        return (
            f"'{typed}' matches {len(found)} trusts ({', '.join(found[:6])}{more}): "
            "type more of the name or the ODS code."
        )
    return None


def _trusts_column_problem(conn, key: str, typed: str) -> str | None:
    """region or trust_type: compared case-insensitively by the queries."""
    try:
        rows = conn.execute(
            f"SELECT DISTINCT [{key}] FROM trusts WHERE [{key}] IS NOT NULL ORDER BY 1"
        )
        known = [r[0] for r in rows]
    except Exception:  # no trusts table: nothing to compare with
        return None
    if not known or typed.lower() in {k.lower() for k in known}:
        return None
    return f"No trust has the {key.replace('_', ' ')} '{typed}': type one of {', '.join(known)}."


_WRES_READERS = {
    "ethnic_group": group,
    "period": period,
    "staff_group": staff_group,
    "band": band,
    "measure": measure,
}


def _wres_problem(conn, key: str, typed: str) -> str | None:
    """A WRES parameter: read as td_<key> reads it, then looked for among the figures."""
    value = _WRES_READERS[key](typed)
    if value is None:  # e.g. "latest": as blank
        return None
    try:
        seen = conn.execute(
            f"SELECT 1 FROM wres_values WHERE [{key}] = ? LIMIT 1", [value]
        ).fetchone()
    except Exception:  # no WRES views: nothing to compare with
        return None
    if seen:
        return None
    shown = f"'{typed}'" + (f" (read as {value})" if value != typed else "")
    return f"No WRES figure has the {key.replace('_', ' ')} {shown}: type {_HINTS[key]}."


def problem(conn, key: str, typed: str) -> str | None:
    """What the page should say about one parameter's value, or None."""
    if key == "trust":
        return _trust_problem(conn, typed)
    if key in ("region", "trust_type"):
        return _trusts_column_problem(conn, key, typed)
    if key == "indicator":
        if isinstance(indicator(conn, typed), int):
            return None
        return f"No WRES indicator matches '{typed}': type {_HINTS[key]}."
    if key in _WRES_READERS:
        return _wres_problem(conn, key, typed)
    return None


async def problems(db, params: dict[str, str]) -> list[str]:
    """What a page should say about values that match nothing in the database."""

    def check(conn) -> list[str]:
        found = (problem(conn, k, str(v).strip()) for k, v in params.items() if not _blank(v))
        return [p for p in found if p]

    return await db.execute_fn(check)


@hookimpl
def extra_template_vars(request, datasette, database, view_name):
    """On a canned query's page, add a message for each value that matches nothing."""
    if request is None or database is None:
        return None
    name = (request.url_vars or {}).get("table")
    if not name:
        return None

    async def inner():
        query = await datasette.get_canned_query(database, name, request.actor)
        if not query:
            return {}
        wanted = {p: request.args.get(p) for p in query.get("params") or []}
        for message in await problems(datasette.get_database(database), wanted):
            datasette.add_message(request, message, datasette.WARNING)
        return {}

    return inner
