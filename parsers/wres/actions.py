"""WRES action plan tables -> WresAction rows."""

from __future__ import annotations

import re

from parsers.records import WresAction
from parsers.wres.cells import clean, clean_block

# header keyword per field, tried in this order so "Action lead" is a lead, not an action
_FIELDS: list[tuple[str, re.Pattern[str]]] = [
    ("number", re.compile(r"^(?:no\.?|number|ref\.?|reference|#|id|item)$", re.I)),
    ("rag", re.compile(r"\brag\b|^status$|rag rating", re.I)),
    ("metrics", re.compile(r"metric|indicator|wres\s+(?:standard|measure)", re.I)),
    ("milestone", re.compile(r"milestone|measure of success|outcome", re.I)),
    ("progress", re.compile(r"progress|update|comment", re.I)),
    ("lead", re.compile(r"\blead\b|responsib|owner|accountab|\bwho\b", re.I)),
    (
        "due",
        re.compile(
            r"by when|\bdue\b|deadline|timescale|target date|completion|\bdate\b|\bwhen\b", re.I
        ),
    ),
    ("action", re.compile(r"\baction|activity|what we will do", re.I)),
]


def action_columns(header: list[str]) -> dict[str, int] | None:
    """Map field -> column index when `header` is an action plan header row."""
    cols: dict[str, int] = {}
    for j, cell in enumerate(header):
        text = clean(cell)
        if not text or len(text) > 60:
            continue
        for name, rx in _FIELDS:
            if name not in cols and rx.search(text):
                cols[name] = j
                break
    if "action" in cols and len(cols) >= 3:
        return cols
    return None


def is_action_header(row: list[str]) -> bool:
    return action_columns(row) is not None


def parse_actions(rows: list[list[str]], objective: str | None) -> list[WresAction]:
    """Rows of an action table (header first). A row with an empty number cell after
    an action continues that action (a row split across pages)."""
    if not rows:
        return []
    cols = action_columns(rows[0])
    if cols is None:
        return []
    out: list[WresAction] = []
    fields: dict[str, str] | None = None

    def flush() -> None:
        if fields and fields.get("action"):
            out.append(
                WresAction(
                    number=fields.get("number") or None,
                    objective=objective,
                    action=fields["action"],
                    lead=fields.get("lead") or None,
                    due=fields.get("due") or None,
                    milestone=fields.get("milestone") or None,
                    progress=fields.get("progress") or None,
                    metrics=fields.get("metrics") or None,
                    rag=fields.get("rag") or None,
                )
            )

    for row in rows[1:]:
        values = {
            name: (clean(row[j]) if name in ("number", "rag", "metrics") else clean_block(row[j]))
            for name, j in cols.items()
            if j < len(row)
        }
        if not any(values.values()):
            continue
        if action_columns(row) is not None:  # a header repeated on a new page
            continue
        starts_new = "number" not in cols or bool(values.get("number")) or fields is None
        if starts_new:
            flush()
            fields = dict(values)
        else:
            assert fields is not None
            for name, text in values.items():
                if text:
                    sep = " " if name in ("metrics", "rag") else "\n"
                    fields[name] = f"{fields[name]}{sep}{text}" if fields.get(name) else text
    flush()
    return out


_RE_OBJECTIVE = re.compile(r"^\s*(?:WRES\s+)?objective\s*\d*\s*[.:)\-]?\s*\S", re.I)


def objective_text(text: str) -> str | None:
    t = clean(text)
    return t if _RE_OBJECTIVE.match(t) else None
