"""trustdocs' Datasette plugin (loaded with ``datasette --plugins-dir trustdocs/plugins``).

It gives the published site three things Datasette does not have by itself:

* ``/-/raw/<sha256>`` serves the stored copy of a document from the content-addressed
  raw store (``root/ab/cd/<sha256>``, see ``scrapers/store.py``) with its own content
  type. Only 64-hex-digit names are accepted (never paths), only files that exist, and
  only documents a trust published itself (``documents.url`` is an http(s) address):
  a response a requester ingested from their own mailbox is never served.
  The store is ``plugins: trustdocs: store:`` in metadata, else ``$TRUSTDOCS_STORE``,
  else ``data/raw``.
* Provenance links in cells: wherever a figure or an answer is shown, one click leads
  to the original URL and to the stored copy, at the page it was read from.
* ``trustdocs_fts(text, mode[, column])``: an SQL function that turns free text (a
  draft FOI request, a pasted question) into a safe FTS5 query, so that canned
  queries never fail on punctuation. ``mode`` is ``any`` (OR: rank by bm25) or
  ``all`` (AND); ``column`` restricts the match to one column. Text without any
  searchable word gives ``""``, which matches nothing.

* WRES indicator numbers shown with their short names (from ``wres_indicators``), and
  long lists of column descriptions folded so that a table's rows come first.

Datasette loads every ``.py`` file in this folder as a plugin, so it holds plugin modules
only: ``trustdocs_params.py`` is the second (forgiving canned-query parameters).
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Response

PLUGIN = "trustdocs"
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
RAW_PREFIX = "/-/raw/"
_RAW_VALUE_RE = re.compile(r"^/-/raw/([0-9a-f]{64})(#page=\d+)?$")

# Words that carry no meaning for matching FOI questions (English function words, the
# boilerplate of FOI requests, and words nearly every NHS question contains, which cost
# time on a million questions and select nothing). Kept short on purpose: a word wrongly dropped
# loses recall, a word wrongly kept only costs a little precision.
STOPWORDS = frozenset(
    """a about above after all also am an and any are as at be been being below
    between both but by can could did do does doing during each for from further
    had has have having he her here hers him his how i if in into is it its itself
    me more most my no nor not of off on once only or other our ours out over own
    please provide provided same she should so some such than that the their them
    then there these they this those through to too under until up us very was we
    were what when where which while who whom why will with would you your yours
    dear kindly request requesting requested information freedom act foi foia
    under regarding re following details trust trusts nhs foundation organisation
    much many number numbers last year years month months total list copy copies current
    currently since per each including include whether know tell confirm send breakdown
    ask asking held hold patient patients staff use used using""".split()
)
MAX_TERMS = 16
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "bin": "application/octet-stream",
}
# Served inline. Anything that a browser could run as a page gets a sandbox CSP, so a
# hostile document cannot script this site.
_ACTIVE_TYPES = ("text/html", "application/xhtml", "image/svg", "text/xml", "application/xml")


def fts_query(text: Any, mode: str = "any", column: str | None = None) -> str:
    """Free text → a valid FTS5 query of quoted terms (see module docstring)."""
    if column is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", column):
        raise ValueError(f"bad column name {column!r}")
    words: list[str] = []
    seen: set[str] = set()
    for word in _WORD_RE.findall(str(text or "").lower()):
        if word in STOPWORDS or word in seen or (len(word) < 2 and not word.isdigit()):
            continue
        seen.add(word)
        words.append(word)
        if len(words) >= MAX_TERMS:
            break
    if not words:
        return '""'
    joiner = " OR " if str(mode).lower() == "any" else " AND "
    expr = joiner.join(f'"{w}"' for w in words)
    if column:
        return f"{column} : ({expr})"
    return expr


def store_root(datasette) -> Path:
    config = datasette.plugin_config(PLUGIN) or {}
    root = config.get("store") or os.environ.get("TRUSTDOCS_STORE") or "data/raw"
    return Path(root)


def raw_path(root: Path, sha256: str) -> Path:
    """Where the raw store keeps a blob (same layout as scrapers.store.RawStore.path)."""
    if not SHA_RE.match(sha256):
        raise ValueError("not a sha256")
    return root / sha256[:2] / sha256[2:4] / sha256


def sniff_type(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in head:
            return "docx"
        if b"xl/" in head:
            return "xlsx"
        if b"opendocument.text" in head or (b"content.xml" in head and b"META-INF/" in head):
            return "odt"
        return "bin"
    stripped = head.lstrip()[:512].lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")):
        return "html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "bin"
    return "txt"


def _database(datasette):
    config = datasette.plugin_config(PLUGIN) or {}
    name = config.get("database")
    return datasette.get_database(name) if name else datasette.get_database()


async def _published_document(datasette, sha256: str) -> dict | None:
    """The documents row if a trust published it (http(s) URL), else None."""
    db = _database(datasette)
    if "documents" not in await db.table_names():
        return None
    rows = await db.execute(
        "SELECT sha256, url, content_type, title FROM documents WHERE sha256 = ? "
        "AND (url LIKE 'http://%' OR url LIKE 'https://%' OR EXISTS ("
        "SELECT 1 FROM document_urls u WHERE u.sha256 = documents.sha256 "
        "AND (u.url LIKE 'http://%' OR u.url LIKE 'https://%')))",
        [sha256],
    )
    row = rows.first()
    return dict(row) if row else None


async def serve_raw(request, datasette):
    sha256 = request.url_vars["sha256"]
    if not SHA_RE.match(sha256):  # the route already insists; belt and braces
        return Response.text("Not found", status=404)
    doc = await _published_document(datasette, sha256)
    if doc is None:
        return Response.text(
            "No published document with that SHA-256 in this database.", status=404
        )
    path = raw_path(store_root(datasette), sha256)
    if not path.is_file():
        return Response.text(
            "The stored copy of this document is not on this server; "
            f"the original is at {doc['url']}",
            status=404,
        )
    with path.open("rb") as fh:
        kind = sniff_type(fh.read(4096))
    content_type = CONTENT_TYPES[kind]
    if kind == "bin" and doc.get("content_type"):
        content_type = doc["content_type"]
    headers = {
        "content-disposition": f'inline; filename="{sha256[:12]}.{kind}"',
        "x-content-type-options": "nosniff",
        "cache-control": "public, max-age=31536000, immutable",
        "referrer-policy": "no-referrer",
    }
    if content_type.startswith(_ACTIVE_TYPES):
        headers["content-security-policy"] = "sandbox; default-src 'none'; img-src data:"
    return AsgiFileDownload(path, content_type=content_type, headers=headers)


@hookimpl
def register_routes():
    return [(r"^/-/raw/(?P<sha256>[0-9a-f]{64})$", serve_raw)]


@hookimpl
def prepare_connection(conn):
    conn.create_function("trustdocs_fts", 2, fts_query, deterministic=True)
    conn.create_function("trustdocs_fts", 3, fts_query, deterministic=True)


# --- provenance links in cells ------------------------------------------------------


def _plain(value):
    """Table views hand foreign-key cells over as {"value": ..., "label": ...}."""
    if isinstance(value, dict):
        return value.get("value")
    return value


def _get(row, key: str):
    try:
        return _plain(row[key])
    except (IndexError, KeyError, TypeError):
        return None


def _page_fragment(row) -> str:
    for key in ("source_page", "page"):
        page = _get(row, key)
        if isinstance(page, int) and page > 0:
            return f"#page={page}"
    return ""


def _links(datasette, database: str, sha256: str, url: str | None, fragment: str) -> str:
    from markupsafe import Markup  # a Datasette dependency

    esc = html.escape
    parts = [
        f'<a href="{esc(datasette.urls.row(database, "documents", sha256))}" '
        f'title="{esc(sha256)}">{esc(sha256[:10])}…</a>'
    ]
    if url and url.startswith(("http://", "https://")):
        parts.append(f'<a href="{esc(url + fragment)}" rel="nofollow">original</a>')
        parts.append(
            f'<a href="{esc(datasette.urls.path(RAW_PREFIX + sha256) + fragment)}">stored copy</a>'
        )
    return Markup(" · ".join(parts))


async def _doc_url(datasette, database: str, sha256: str) -> str | None:
    rows = await datasette.get_database(database).execute(
        "SELECT url FROM documents WHERE sha256 = ?", [sha256]
    )
    row = rows.first()
    return row["url"] if row else None


_INDICATOR_NAMES: dict[str, dict[int, tuple[str, str]]] = {}


async def _indicator_names(datasette, database: str) -> dict[int, tuple[str, str]]:
    """{indicator: (short_name, wording)} from the wres_indicators table, per database."""
    if database not in _INDICATOR_NAMES:
        db = datasette.get_database(database)
        names: dict[int, tuple[str, str]] = {}
        if "wres_indicators" in await db.table_names():
            rows = await db.execute("SELECT indicator, short_name, wording FROM wres_indicators")
            names = {r[0]: (r[1], r[2]) for r in rows}
        _INDICATOR_NAMES[database] = names
    return _INDICATOR_NAMES[database]


def _has_column(row, key: str) -> bool:
    try:
        return key in row.keys()  # noqa: SIM118 (a sqlite3.Row iterates over values)
    except AttributeError:
        return False


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    from markupsafe import Markup

    value = _plain(value)
    if not isinstance(value, str | int) or database is None:
        return None

    # A WRES indicator's number with its short name (hover: the full wording), unless
    # the row already shows the name beside it.
    if (
        column == "indicator"
        and isinstance(value, int)
        and 1 <= value <= 9
        and not _has_column(row, "indicator_name")
        and table != "wres_indicators"
    ):

        async def inner_indicator():
            names = await _indicator_names(datasette, database)
            if value not in names:
                return None
            short, wording = names[value]
            return Markup(
                f'<span title="{html.escape(wording)}">{value}&nbsp;· {html.escape(short)}</span>'
            )

        return inner_indicator

    # Canned queries: a stored_copy column holding /-/raw/<sha>[#page=N]
    if column == "stored_copy" and isinstance(value, str):
        m = _RAW_VALUE_RE.match(value)
        if m:
            href = datasette.urls.path(value.split("#")[0]) + (m.group(2) or "")
            return Markup(f'<a href="{html.escape(href)}">stored copy</a>')
        return None

    if column == "document_sha256" and isinstance(value, str) and SHA_RE.match(value):

        async def inner():
            url = await _doc_url(datasette, database, value)
            return _links(datasette, database, value, url, _page_fragment(row))

        return inner

    if column == "url" and table in ("documents", "review_queue") and isinstance(value, str):
        sha = _get(row, "sha256")
        if sha and SHA_RE.match(sha) and value.startswith(("http://", "https://")):
            esc = html.escape
            raw = datasette.urls.path(RAW_PREFIX + sha)
            return Markup(
                f'<a href="{esc(value)}" rel="nofollow">{esc(value)}</a> · '
                f'<a href="{esc(raw)}">stored copy</a>'
            )
        return None

    if column == "source_page" and table == "wres_metrics" and isinstance(value, int):
        report_id = _get(row, "report_id")

        async def inner_page():
            rows = await datasette.get_database(database).execute(
                "SELECT d.sha256, d.url FROM wres_reports r JOIN documents d "
                "ON d.sha256 = r.document_sha256 WHERE r.id = ?",
                [report_id],
            )
            doc = rows.first()
            if not doc:
                return None
            return Markup(f"p. {value} · ") + _links(
                datasette, database, doc[0], doc[1], f"#page={value}"
            )

        return inner_page

    if (
        column == "request_id"
        and table in ("foi_items", "foi_exemptions")
        and isinstance(value, int)
    ):

        async def inner_request():
            rows = await datasette.get_database(database).execute(
                "SELECT r.id, r.reference, d.sha256, d.url FROM foi_requests r "
                "JOIN documents d ON d.sha256 = r.document_sha256 WHERE r.id = ?",
                [value],
            )
            req = rows.first()
            if not req:
                return None
            esc = html.escape
            label = req["reference"] or str(value)
            href = datasette.urls.row(database, "foi_requests", str(value))
            # Markup on both sides: a plain str added to Markup would be escaped and
            # print its tags as text
            return Markup(
                f'<a href="{esc(href)}">{esc(label)}</a>&nbsp;<em>{value}</em> · '
            ) + _links(datasette, database, req["sha256"], req["url"], "")

        return inner_request
    return None


# Tables and views with many columns list every column's description above the rows,
# pushing the data below the fold: fold the list into a closed <details>.
_FOLD_DESCRIPTIONS = """
document.querySelectorAll('dl.column-descriptions').forEach(function (dl) {
  var n = dl.querySelectorAll('dt').length;
  if (n < 10) return;
  var details = document.createElement('details');
  details.className = 'column-descriptions-folded';
  var summary = document.createElement('summary');
  summary.textContent = 'What each of the ' + n + ' columns means';
  dl.parentNode.insertBefore(details, dl);
  details.appendChild(summary);
  details.appendChild(dl);
});
"""


# Room for the words that explain a figure, so they do not wrap a word per line.
_WIDE_COLUMNS = """
(function () {
  var style = document.createElement('style');
  style.textContent = 'td.col-reading, td.col-wording { min-width: 22em; } ' +
    'td.col-trust, td.col-trust_name, td.col-indicator_name, td.col-better { min-width: 10em; }';
  document.head.appendChild(style);
})();
"""


@hookimpl
def extra_body_script(template):
    if template == "table.html":
        return _FOLD_DESCRIPTIONS + _WIDE_COLUMNS
    if template in ("query.html", "row.html"):
        return _WIDE_COLUMNS
    return None
