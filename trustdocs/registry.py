"""The trust registry: which NHS trusts exist, where they publish, who absorbed whom.

The registry is a CSV with the columns of the `trusts` table (DESIGN.md), in that
order, with a header row. The bundled copy, `trustdocs/data/trusts.csv`, is built by
`scripts/build_registry.py` from public ODS and trust-directory data; it carries one
extra trailing column, `source`, saying where each row came from. Extra columns are
allowed and ignored by the loader.

An operator fixes or adds trusts without touching the bundled file: a local CSV with
an `ods_code` column and any of the other columns, merged by `merge_overrides`
(non-empty fields win).
"""

from __future__ import annotations

import csv
import importlib.resources
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from db.save import TRUST_COLUMNS
from scrapers.models import TrustSite

# The columns of the `trusts` table, in order: a registry CSV has exactly these.
REGISTRY_COLUMNS: tuple[str, ...] = TRUST_COLUMNS

REGIONS: tuple[str, ...] = (
    "East of England",
    "London",
    "Midlands",
    "North East and Yorkshire",
    "North West",
    "South East",
    "South West",
)

TRUST_TYPES: tuple[str, ...] = (
    "Acute",
    "Mental health",
    "Community",
    "Ambulance",
    "Specialist",
    "Integrated care",
    "Mental health and community",
)

# R.. and T.. trust codes, five-character codes of trusts formed since 2024 (G6V2S),
# and X.. codes, which no real trust has: the offline demo's fictional trusts.
ODS_CODE_RE = re.compile(r"^(R[A-Z0-9]{2}|T[A-Z0-9]{2}|[A-Z0-9]{5}|X[A-Z0-9]{1,4})$")
SITE_TYPE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

_TRUE = frozenset({"1", "true", "yes", "y"})
_FALSE = frozenset({"0", "false", "no", "n"})


class RegistryError(ValueError):
    """A registry CSV that cannot be used; the message names the row and the reason."""


# --------------------------------------------------------------------------- loading


def bundled_registry_text() -> str:
    """The text of the registry shipped inside the package."""
    resource = importlib.resources.files("trustdocs").joinpath("data", "trusts.csv")
    return resource.read_text(encoding="utf-8")


def load_registry(path: Path | str | None = None, validate: bool = True) -> list[dict[str, Any]]:
    """Read a registry CSV (the bundled one when `path` is None) into row dicts.

    Each row has exactly the REGISTRY_COLUMNS keys: strings ("" when empty), except
    `active`, an int 0 or 1. With `validate` (the default) every column must be
    present and every row must pass `validate_rows`; otherwise only `ods_code` is
    required and rows keep only the columns the file has (for override files).
    Raises RegistryError naming the CSV line and the reason.
    """
    if path is None:
        text = bundled_registry_text()
        label = "bundled trusts.csv"
    else:
        path = Path(path)
        text = path.read_text(encoding="utf-8-sig")
        label = str(path)
    return _parse(text, label, validate)


def _parse(text: str, label: str, validate: bool) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise RegistryError(f"{label}: empty file, no header row") from None
    present = [c for c in REGISTRY_COLUMNS if c in header]
    missing = [c for c in REGISTRY_COLUMNS if c not in header]
    if validate and missing:
        raise RegistryError(f"{label}: missing column(s): {', '.join(missing)}")
    if "ods_code" not in header:
        raise RegistryError(f"{label}: missing column: ods_code")
    index = {c: header.index(c) for c in present}

    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue  # blank line
        if len(values) > len(header):
            raise RegistryError(
                f"{label}: row {line}: {len(values)} fields, header has {len(header)}"
            )
        raw = {c: (values[i].strip() if i < len(values) else "") for c, i in index.items()}
        raw["ods_code"] = raw["ods_code"].upper()
        row: dict[str, Any] = dict(raw)
        if "active" in row:
            try:
                row["active"] = _parse_active(raw["active"])
            except ValueError as exc:
                raise RegistryError(f"{label}: row {line} ({raw['ods_code']}): {exc}") from None
        rows.append(row)
        lines.append(line)
    if validate:
        validate_rows(rows, label=label, lines=lines)
    return rows


def _parse_active(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        if value in (0, 1):
            return value
        raise ValueError(f"active must be 0 or 1, not {value!r}")
    text = str(value if value is not None else "").strip().lower()
    if text == "" or text in _TRUE:
        return 1
    if text in _FALSE:
        return 0
    raise ValueError(f"active must be 0 or 1, not {value!r}")


# --------------------------------------------------------------------------- validation


def _complete(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with every registry column, empty strings for what is missing."""
    out: dict[str, Any] = {}
    for c in REGISTRY_COLUMNS:
        value = row.get(c)
        if c == "active":
            out[c] = _parse_active(value)
        else:
            out[c] = "" if value is None else str(value).strip()
    out["ods_code"] = out["ods_code"].upper()
    out["site_type"] = out["site_type"] or "generic"
    return out


def _is_loopback(host: str | None) -> bool:
    return bool(host) and (host in LOOPBACK_HOSTS or host.startswith("127."))


def _url_problem(value: str, require_https: bool) -> str | None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "is not an absolute http(s) URL"
    if require_https and parts.scheme != "https" and not _is_loopback(parts.hostname):
        return "must use https"
    if any(ch.isspace() for ch in value):
        return "contains white space"
    return None


def row_problems(row: Mapping[str, Any]) -> list[str]:
    """What is wrong with one row on its own (successors are checked by validate_rows)."""
    problems = []
    code = str(row.get("ods_code") or "")
    if not ODS_CODE_RE.match(code):
        problems.append(f"bad ODS code {code!r}")
    if not str(row.get("name") or "").strip():
        problems.append("empty name")
    region = row.get("region") or ""
    if region not in REGIONS:
        problems.append(f"region {region!r} is not one of: {', '.join(REGIONS)}")
    trust_type = row.get("trust_type") or ""
    if trust_type and trust_type not in TRUST_TYPES:
        problems.append(f"trust_type {trust_type!r} is not one of: {', '.join(TRUST_TYPES)}")
    website = row.get("website") or ""
    if website:
        problem = _url_problem(website, require_https=True)
        if problem:
            problems.append(f"website {website!r} {problem}")
    for column in ("foi_url", "wres_url"):
        url = row.get(column) or ""
        if url:
            problem = _url_problem(url, require_https=False)
            if problem:
                problems.append(f"{column} {url!r} {problem}")
    site_type = row.get("site_type") or "generic"
    if not SITE_TYPE_RE.match(site_type):
        problems.append(f"site_type {site_type!r} is not a module name")
    successor = row.get("successor_ods") or ""
    if successor and successor == code:
        problems.append("successor_ods names the trust itself")
    try:
        _parse_active(row.get("active"))
    except ValueError as exc:
        problems.append(str(exc))
    return problems


def validate_rows(
    rows: list[Mapping[str, Any]],
    label: str = "registry",
    lines: list[int] | None = None,
) -> None:
    """Raise RegistryError at the first bad row: bad code, duplicate code, region,
    non-https website, unknown successor, or a successor chain that loops."""

    def where(i: int, code: str) -> str:
        number = lines[i] if lines is not None else i + 2  # +2: header is line 1
        return f"{label}: row {number} ({code or 'no code'})"

    seen: dict[str, int] = {}
    for i, row in enumerate(rows):
        code = str(row.get("ods_code") or "")
        problems = row_problems(row)
        if problems:
            raise RegistryError(f"{where(i, code)}: {'; '.join(problems)}")
        if code in seen:
            raise RegistryError(f"{where(i, code)}: duplicate ODS code (also row {seen[code]})")
        seen[code] = lines[i] if lines is not None else i + 2
    for i, row in enumerate(rows):
        successor = row.get("successor_ods") or ""
        if successor and successor not in seen:
            code = str(row["ods_code"])
            raise RegistryError(
                f"{where(i, code)}: successor_ods {successor!r} is not in the registry"
            )
    by_code = {str(r["ods_code"]): r for r in rows}
    for i, row in enumerate(rows):
        try:
            successors_chain(by_code.values(), str(row["ods_code"]))
        except RegistryError as exc:
            raise RegistryError(f"{where(i, str(row['ods_code']))}: {exc}") from None


# --------------------------------------------------------------------------- using rows


def successors_chain(rows: Iterable[Mapping[str, Any]], ods: str) -> list[str]:
    """The trusts that took over `ods`, in order, ending with the one that has no
    successor: for a trust merged twice, [first successor, current trust]. Empty
    when `ods` has no successor. KeyError for an unknown code; RegistryError when a
    successor is missing from `rows` or the chain loops."""
    by_code = {str(r["ods_code"]): r for r in rows}
    if ods not in by_code:
        raise KeyError(ods)
    chain: list[str] = []
    seen = {ods}
    current = ods
    while True:
        successor = by_code[current].get("successor_ods") or ""
        if not successor:
            return chain
        if successor not in by_code:
            raise RegistryError(f"successor_ods {successor!r} of {current} is not in the registry")
        if successor in seen:
            raise RegistryError(f"successor chain loops: {' -> '.join([ods, *chain, successor])}")
        chain.append(successor)
        seen.add(successor)
        current = successor


def to_trust_sites(rows: Iterable[Mapping[str, Any]]) -> list[TrustSite]:
    """Registry rows as the scrapers' TrustSite values (empty strings become None)."""

    def opt(value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        return text or None

    sites = []
    for row in rows:
        sites.append(
            TrustSite(
                ods_code=str(row["ods_code"]),
                name=str(row.get("name") or row["ods_code"]),
                website=opt(row.get("website")),
                foi_url=opt(row.get("foi_url")),
                wres_url=opt(row.get("wres_url")),
                site_type=opt(row.get("site_type")) or "generic",
                short_name=opt(row.get("short_name")),
                trust_type=opt(row.get("trust_type")),
                region=opt(row.get("region")),
                successor_ods=opt(row.get("successor_ods")),
                active=bool(_parse_active(row.get("active"))),
                document_hosts=(),
            )
        )
    return sites


def write_registry_csv(
    rows: Iterable[Mapping[str, Any]],
    fh: IO[str],
    extra_columns: Iterable[str] = (),
) -> None:
    """Write rows as a registry CSV: header, then the REGISTRY_COLUMNS in order
    (plus any `extra_columns` after them), `active` as 0/1."""
    columns = [*REGISTRY_COLUMNS, *extra_columns]
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        record = []
        for c in columns:
            value = row.get(c)
            if c == "active":
                record.append(str(_parse_active(value)))
            else:
                record.append("" if value is None else str(value))
        writer.writerow(record)


def merge_overrides(
    rows: Iterable[Mapping[str, Any]],
    override_rows: Iterable[Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """Apply an operator's rows over the registry, matched by ods_code.

    A non-empty override field replaces the registry's value; empty or absent
    fields leave it alone (so an override can change but not blank a field). A code
    the registry lacks adds a new trust. The result is validated (RegistryError).
    """
    merged = [_complete(r) for r in rows]
    position = {r["ods_code"]: i for i, r in enumerate(merged)}
    for override in override_rows:
        code = str(override.get("ods_code") or "").strip().upper()
        if not code:
            raise RegistryError("override row without an ods_code")
        changes = {
            c: override[c]
            for c in REGISTRY_COLUMNS
            if c != "ods_code" and override.get(c) is not None and str(override[c]).strip() != ""
        }
        if code in position:
            target = merged[position[code]]
            for c, value in changes.items():
                target[c] = _parse_active(value) if c == "active" else str(value).strip()
        else:
            position[code] = len(merged)
            merged.append(_complete({**changes, "ods_code": code}))
    validate_rows(merged, label="registry with overrides")
    return merged
