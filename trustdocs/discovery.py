"""`trustdocs discover`: find trusts' FOI and WRES pages, write them for review.

    proposals = discover_trusts(rows, ["XA7"], config, Path("overrides.csv"))
    print(format_proposals(proposals))
    rows = apply_discovery(rows, proposals)        # e.g. the demo, before scraping

`discover_trusts` runs `scrapers.discover.discover_entry_points` for each
trust, trusts on different hosts at once (``config.workers``), one request at
a time per host (``config.min_delay`` apart, or robots.txt's Crawl-delay),
and writes an override CSV (``ods_code, foi_url, wres_url, site_type,
discovered_at, evidence``) that `trustdocs.registry.merge_overrides` reads:
the operator reviews it, deletes what is wrong, and passes it as overrides.
Rows of the file for other trusts are kept; a trust's row is replaced by its
new proposal, keeping any value an operator put in a column discovery left
empty and any extra columns.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapers.config import ScrapeConfig
from scrapers.discover import PoliteSession, Proposal, discover_entry_points
from scrapers.politeness import Stopped, host_key

OVERRIDE_COLUMNS = ("ods_code", "foi_url", "wres_url", "site_type", "discovered_at", "evidence")


def _needs_discovery(row: Mapping[str, Any]) -> bool:
    active = str(row.get("active", 1)).strip().lower() not in ("0", "false", "no")
    return active and not (row.get("foi_url") and row.get("wres_url"))


def _host(row: Mapping[str, Any]) -> str:
    for key in ("website", "foi_url", "wres_url"):
        u = str(row.get(key) or "")
        if u:
            try:
                return host_key(urlsplit(u if "://" in u else "https://" + u).hostname)
            except ValueError:
                continue
    return str(row.get("ods_code"))


def discover_trusts(
    rows: list[Mapping[str, Any]],
    trusts: Iterable[str],
    config: ScrapeConfig,
    overrides_path: Path | None,
    *,
    progress: Callable[[Proposal], None] | None = None,
) -> list[Proposal]:
    """Discover entry points for ``trusts`` (ODS codes; empty: every active trust
    whose row lacks ``foi_url`` or ``wres_url``) and write ``overrides_path``.

    Returns one `Proposal` per trust, in the order of ``rows``; a proposal whose
    ``error`` is set found nothing because the trust could not be examined (no
    website, robots.txt unavailable, ...). ``overrides_path`` None writes no file.
    Raises ValueError for an unknown code. ``progress`` is called (on worker
    threads) as each trust finishes.
    """
    from trustdocs.registry import to_trust_sites

    wanted = [t.strip().upper() for t in trusts if t.strip()]
    by_code = {str(r["ods_code"]).upper(): r for r in rows}
    unknown = [t for t in wanted if t not in by_code]
    if unknown:
        raise ValueError(f"unknown trust code(s): {', '.join(unknown)}")
    chosen = [by_code[t] for t in dict.fromkeys(wanted)] if wanted else [
        r for r in rows if _needs_discovery(r)
    ]  # fmt: skip
    sites = to_trust_sites(chosen)
    session = PoliteSession(config)
    groups: dict[str, list] = {}
    for row, site in zip(chosen, sites, strict=True):
        groups.setdefault(_host(row), []).append(site)
    results: dict[str, Proposal] = {}

    def work(group: list) -> None:
        http = session.http_client()
        try:
            for site in group:
                if session.stop.is_set():
                    return
                results[site.ods_code] = _one(site, session, http)
                if progress is not None:
                    progress(results[site.ods_code])
        finally:
            http.close()

    workers = max(1, min(config.workers, len(groups) or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="trustdocs-discover") as pool:
        futures = [pool.submit(work, g) for g in groups.values()]
        try:
            for f in futures:
                f.result()
        except BaseException:
            session.stop.set()
            raise
    proposals = [results[s.ods_code] for s in sites if s.ods_code in results]
    if overrides_path is not None:
        write_overrides(overrides_path, proposals)
    return proposals


def _one(site, session: PoliteSession, http) -> Proposal:
    if not (site.website or site.foi_url or site.wres_url):
        return Proposal("", "", "", ["no website in the registry"], site.ods_code, 0, "no website")
    client = session.client_for(site, http)
    try:
        origin = site.website or site.foi_url or site.wres_url
        rules = client.rules(origin if "://" in origin else "https://" + origin)
        if not rules.available:
            return Proposal("", "", "", [rules.error or "robots.txt unavailable"], site.ods_code,
                            client.requests, rules.error)  # fmt: skip
        return discover_entry_points(client, site)
    except Stopped:
        raise
    except Exception as exc:  # one odd site must not stop the others
        return Proposal("", "", "", [f"discovery failed: {exc!r}"], site.ods_code,
                        client.requests, f"{exc.__class__.__name__}: {exc}")  # fmt: skip


# ---------------------------------------------------------------- the override file


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_overrides(path: Path, proposals: Iterable[Proposal], when: str | None = None) -> None:
    """Create or update the override CSV (atomically): one row per proposed trust."""
    path = Path(path)
    columns = list(OVERRIDE_COLUMNS)
    existing: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            for c in reader.fieldnames or []:
                if c and c not in columns:
                    columns.append(c)
            existing = [dict(r) for r in reader]
    stamp = when or _now()
    index = {str(r.get("ods_code") or "").upper(): i for i, r in enumerate(existing)}
    for p in proposals:
        if p.error and not (p.foi_url or p.wres_url):
            new = {
                "ods_code": p.ods_code,
                "discovered_at": stamp,
                "evidence": " | ".join(p.evidence),
            }
        else:
            new = {
                "ods_code": p.ods_code,
                "foi_url": p.foi_url,
                "wres_url": p.wres_url,
                "site_type": p.site_type if p.foi_url or p.wres_url else "",
                "discovered_at": stamp,
                "evidence": " | ".join(p.evidence),
            }
        if p.ods_code in index:
            old = existing[index[p.ods_code]]
            merged = dict(old)
            merged.update({k: v for k, v in new.items() if v or k in ("discovered_at", "evidence")})
            existing[index[p.ods_code]] = merged
        else:
            index[p.ods_code] = len(existing)
            existing.append(new)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for r in existing:
        writer.writerow({c: r.get(c) or "" for c in columns})
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".overrides-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(buf.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- using proposals


def apply_discovery(
    rows: list[Mapping[str, Any]], proposals: Iterable[Proposal]
) -> list[dict[str, Any]]:
    """Registry rows with the proposals' entry points filled in (new dicts).

    Only empty ``foi_url``/``wres_url`` are filled: an operator's URL wins. The
    proposed ``site_type`` replaces the row's when discovery supplied an entry
    point the row lacked (so a configured trust keeps its site type).
    """
    by_code = {p.ods_code: p for p in proposals}
    out = []
    for row in rows:
        new = dict(row)
        p = by_code.get(str(row.get("ods_code")))
        if p is not None:
            filled = False
            for key, value in (("foi_url", p.foi_url), ("wres_url", p.wres_url)):
                if value and not (row.get(key) or "").strip():
                    new[key] = value
                    filled = True
            if filled and p.site_type:
                new["site_type"] = p.site_type
        out.append(new)
    return out


def format_proposals(proposals: Iterable[Proposal], evidence: bool = True) -> str:
    """A plain-text report: one block per trust (what was found, and why)."""
    proposals = list(proposals)
    lines = []
    for p in proposals:
        status = (
            "ERROR"
            if p.error
            else ("found" if p.found else "partial" if (p.foi_url or p.wres_url) else "nothing")
        )
        lines.append(
            f"{p.ods_code}  {status}  site_type={p.site_type or '-'}  ({p.requests} requests)"
        )
        lines.append(f"    foi_url:  {p.foi_url or '-'}")
        lines.append(f"    wres_url: {p.wres_url or '-'}")
        if p.error:
            lines.append(f"    error: {p.error}")
        if evidence:
            lines.extend(f"    · {e}" for e in p.evidence)
    found = sum(1 for p in proposals if p.found)
    lines.append(f"{found} of {len(proposals)} trusts: FOI and WRES entry points both found")
    return "\n".join(lines)


__all__ = [
    "OVERRIDE_COLUMNS",
    "Proposal",
    "apply_discovery",
    "discover_trusts",
    "format_proposals",
    "write_overrides",
]
