"""A fictional but realistically shaped trustdocs database, for the publication tests,
the browser screenshots and the national-scale benchmark (benchmarks/bench_datasette.py).

Its names and questions come from trustdocs/sample_vocab.py. Every figure is drawn from
one seeded random generator, in a fixed order, so a seed always gives the same database.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from trustdocs.sample_vocab import EXEMPTIONS, PLACES, REGIONS, TOPICS, TRUST_TYPES, year_label

LAST_YEAR = 2023
SEEN_AT = "2025-03-01T02:00:00Z"
FLUSH_ITEMS = 20000  # FOI items held in memory before they are written
PAY_BANDS = (*(f"Band {b}" for b in "2 3 4 5 6 7 8a 8b 8c 9".split()), "VSM")
# The one table each sample WRES report carries (its rows, as doc_tables keeps them).
PAY_BAND_TABLE = json.dumps(
    [["Band", "BME %", "White %", "Unknown %"], ["Band 5", "25.0", "70.1", "4.9"]]
)


def build_sample_database(
    path: Path,
    *,
    trusts: int = 8,
    years: int = 4,
    requests_per_trust: int = 6,
    items_per_request: int = 3,
    store_dir: Path | None = None,
    seed: int = 7,
    progress: bool = False,
) -> Path:
    """A fictional but realistically shaped database, made with ``ensure_db_shape``.

    Used by the tests, the browser screenshots and benchmarks/bench_datasette.py (at
    about a million FOI items). With ``store_dir``, each published document's bytes
    are written to the raw store so ``/-/raw/<sha256>`` can serve them.
    """
    import sqlite_utils

    from db.schema import ensure_db_shape

    rnd = random.Random(seed)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    store = None
    if store_dir is not None:
        from scrapers.store import RawStore

        store = RawStore(store_dir)

    trust_rows = _trust_rows(trusts)
    _write_run(conn, rnd, trust_rows, requests_per_trust)
    first_year = LAST_YEAR - years + 1
    batch = _Batch(conn, store)
    for t_index, trust in enumerate(trust_rows):
        for n in range(requests_per_trust):
            _add_foi_request(batch, rnd, trust, t_index, n, years, first_year, items_per_request)
            if len(batch.item_rows) >= FLUSH_ITEMS:
                batch.flush()
        _add_wres_reports(batch, rnd, trust, first_year)
        if progress and t_index % 10 == 9:
            print(f"  {t_index + 1}/{trusts} trusts", file=sys.stderr, flush=True)
    batch.flush()
    if trust_rows:
        _add_received_response(conn, store, trust_rows[0][0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _trust_rows(trusts: int) -> list[tuple]:
    """The trusts table's rows, in its column order (codes RA0, RA1, …)."""
    rows = []
    for i in range(trusts):
        place = PLACES[i % len(PLACES)] + ("" if i < len(PLACES) else f" {i // len(PLACES) + 1}")
        ttype = TRUST_TYPES[i % len(TRUST_TYPES)]
        code = "R" + "ABCDEFGHJKLMNPQRSTVWXY"[i // 22 % 22] + "0123456789ABCDEFGHJKLM"[i % 22]
        slug = place.lower().replace(" ", "")
        rows.append(
            (
                code,
                f"{place} {ttype} NHS Foundation Trust",
                f"{place} {ttype}",
                ttype,
                REGIONS[(i * 3) % len(REGIONS)],
                f"https://www.{slug}.nhs.uk",
                f"https://www.{slug}.nhs.uk/foi/disclosure-log",
                f"https://www.{slug}.nhs.uk/about/wres",
                "generic",
                None,
                1,
            )
        )
    return rows


def _write_run(conn, rnd: random.Random, trust_rows: list[tuple], requests_per_trust: int) -> None:
    """The trusts and one scrape run, in which the last trust's listing came back empty."""
    trusts = len(trust_rows)
    with conn:
        conn.executemany("INSERT OR REPLACE INTO trusts VALUES (?,?,?,?,?,?,?,?,?,?,?)", trust_rows)
        conn.execute(
            "INSERT INTO scrape_runs (id, started_at, finished_at, status, trusts_ok, "
            "trusts_failed, documents_new) VALUES (1, '2025-03-01T02:00:00Z', "
            "'2025-03-01T02:20:00Z', 'partial', ?, 1, ?)",
            [trusts - 1, trusts * requests_per_trust],
        )
        conn.executemany(
            "INSERT INTO trust_runs (run_id, trust_ods, ok, error, documents_listed, "
            "documents_new, seconds) VALUES (1, ?, ?, ?, ?, ?, ?)",
            [
                (
                    t[0],
                    0 if n == trusts - 1 else 1,
                    "disclosure log listed no documents (it used to)" if n == trusts - 1 else None,
                    requests_per_trust,
                    requests_per_trust,
                    round(rnd.uniform(5, 90), 1),
                )
                for n, t in enumerate(trust_rows)
            ],
        )


class _Batch:
    """Rows waiting to be written, and the ids given so far."""

    def __init__(self, conn, store) -> None:
        self.conn, self.store = conn, store
        self.doc_rows: list[tuple] = []
        self.url_rows: list[tuple] = []
        self.req_rows: list[tuple] = []
        self.item_rows: list[tuple] = []
        self.exe_rows: list[tuple] = []
        self.rep_rows: list[tuple] = []
        self.met_rows: list[tuple] = []
        self.table_rows: list[tuple] = []
        self.request_id = self.item_id = self.report_id = self.metric_id = 0

    def add_document(
        self, code, website, url_path, kind, title, body, pages, status="ok", conf=0.95
    ) -> str:
        """A small PDF-like file holding `body`; returns its sha256."""
        data = b"%PDF-1.4\n% trustdocs sample\n" + body.encode("utf-8") + b"\n%%EOF\n"
        sha = hashlib.sha256(data).hexdigest()
        if self.store is not None:
            self.store.put(data)
        url = f"{website}{url_path}"
        self.doc_rows.append(
            (
                sha,
                code,
                url,
                kind,
                title,
                "application/pdf",
                len(data),
                pages,
                None,
                None,
                SEEN_AT,
                SEEN_AT,
                status,
                None,
                "1",
                conf,
            )
        )
        self.url_rows.append((url, sha, SEEN_AT, SEEN_AT))
        return sha

    def flush(self) -> None:
        conn = self.conn
        with conn:
            conn.executemany(
                "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                self.doc_rows,
            )
            conn.executemany("INSERT OR IGNORE INTO document_urls VALUES (?,?,?,?)", self.url_rows)
            conn.executemany(
                "INSERT INTO foi_requests VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.req_rows
            )
            conn.executemany("INSERT INTO foi_items VALUES (?,?,?,?,?,?,?,?)", self.item_rows)
            conn.executemany(
                "INSERT INTO foi_exemptions (request_id, item_id, law, section, label) "
                "VALUES (?,?,?,?,?)",
                self.exe_rows,
            )
            conn.executemany("INSERT INTO wres_reports VALUES (?,?,?,?,?)", self.rep_rows)
            conn.executemany(
                "INSERT INTO wres_metrics VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                self.met_rows,
            )
            conn.executemany(
                "INSERT INTO doc_tables (document_sha256, page, index_on_page, caption, n_rows, "
                "n_cols, rows_json, confidence) VALUES (?,?,?,?,?,?,?,?)",
                self.table_rows,
            )
        for rows in (
            self.doc_rows,
            self.url_rows,
            self.req_rows,
            self.item_rows,
            self.exe_rows,
            self.rep_rows,
            self.met_rows,
            self.table_rows,
        ):
            rows.clear()


def _add_foi_request(
    batch: _Batch,
    rnd: random.Random,
    trust: tuple,
    t_index: int,
    n: int,
    years: int,
    first_year: int,
    items_per_request: int,
) -> None:
    """The trust's n-th FOI response: its document, request row, items and exemptions."""
    code, website = trust[0], trust[5]
    batch.request_id += 1
    request_id = batch.request_id
    year = first_year + n % years
    month = 1 + rnd.randrange(12)
    day = 1 + rnd.randrange(28)
    topics = [rnd.choice(TOPICS) for _ in range(items_per_request)]
    if n < 2:  # round-robin requests: every trust was asked the same two questions
        topics[0] = TOPICS[(0, 10)[n]]
    ref = f"FOI/{year % 100:02d}{(year + 1) % 100:02d}/{request_id:06d}"
    wd = max(1, int(rnd.gauss(16 + (t_index % 5) * 3, 6)))
    questions, answers = [], []
    for k, (topic, template) in enumerate(topics, 1):
        batch.item_id += 1
        q = template.format(year=year_label(year))
        roll = rnd.random()
        if roll < 0.08:
            a, kind = "This information is not held by the trust.", "not_held"
        elif roll < 0.15:
            law, section, label = rnd.choice(EXEMPTIONS)
            a, kind = f"Exempt under section {section} ({label}).", "exempt"
            batch.exe_rows.append((request_id, batch.item_id, law, section, label))
        elif roll < 0.6:
            a, kind = f"{rnd.randrange(1, 5000)} ({topic}, {year_label(year)}).", "number"
        else:
            a = f"The trust's {topic} policy was reviewed in {year}; see the attached summary."
            kind = "text"
        batch.item_rows.append(
            (batch.item_id, request_id, k, str(k), topic.capitalize(), q, a, kind)
        )
        questions.append(q)
        answers.append(a)
    outcome = "disclosed"
    if any(r[0] == request_id for r in batch.exe_rows[-items_per_request:]):
        outcome = "partially_disclosed"
    received = f"{year}-{month:02d}-{day:02d}"
    responded = (datetime(year, month, day) + timedelta(days=wd * 7 // 5 + 1)).strftime("%Y-%m-%d")
    sha = batch.add_document(
        code,
        website,
        f"/foi/{ref.replace('/', '-')}.pdf",
        "foi_response",
        f"{ref} {topics[0][0]}",
        "\n".join(questions + answers),
        1 + items_per_request // 3,
        status="partial" if request_id % 97 == 0 else "ok",
        conf=0.5 if request_id % 89 == 0 else 0.95,
    )
    batch.req_rows.append(
        (
            request_id,
            sha,
            code,
            ref,
            topics[0][0].capitalize(),
            received,
            responded,
            wd,
            1 if wd <= 20 else 0,
            outcome,
            "\n".join(questions),
            "\n".join(answers),
        )
    )


def _add_wres_reports(batch: _Batch, rnd: random.Random, trust: tuple, first_year: int) -> None:
    """One WRES report a year; each prints its year and the year before."""
    code, website = trust[0], trust[5]
    base_bme = rnd.uniform(5, 45)
    for y in range(first_year, LAST_YEAR + 1):
        batch.report_id += 1
        label = year_label(y)
        sha = batch.add_document(
            code,
            website,
            f"/about/wres/wres-report-{y}.pdf",
            "wres_report",
            f"Workforce Race Equality Standard report {label}",
            f"WRES {code} {label}",
            24,
        )
        batch.rep_rows.append((batch.report_id, sha, code, label, f"WRES report {label}"))
        batch.table_rows.append(
            (
                sha,
                7,
                0,
                "Table 1: ethnicity profile by pay band",
                3,
                4,
                PAY_BAND_TABLE,
                0.9,
            )
        )
        for period_year in (y - 1, y):
            if period_year < first_year - 1:
                continue
            figures = _wres_figures(rnd, base_bme + (period_year - first_year) * 0.6)
            for ind, measure, sg, band, group, value, unit, table, page in figures:
                batch.metric_id += 1
                redacted = 1 if band == "VSM" and value < 3 else 0
                batch.met_rows.append(
                    (
                        batch.metric_id,
                        batch.report_id,
                        code,
                        ind,
                        measure,
                        sg,
                        band,
                        group,
                        year_label(period_year),
                        f"March {period_year + 1}" if ind == 1 else year_label(period_year),
                        None if redacted else value,
                        None,
                        None,
                        redacted,
                        unit,
                        table,
                        page,
                        "percentage disagrees with counts" if batch.metric_id % 211 == 0 else None,
                    )
                )


def _wres_figures(rnd: random.Random, centre: float) -> list[tuple]:
    """One period's figures of the nine indicators, around a BME share of `centre`:
    (indicator, measure, staff group, band, ethnic group, value, unit, table, page)."""
    figures = []
    bme = round(centre + rnd.uniform(-1, 1), 1)
    figures.append((1, "percentage", "overall", None, "BME", bme, "%", "Table 1", 7))
    figures.append(
        (1, "percentage", "overall", None, "White", round(100 - bme - 3, 1), "%", "Table 1", 7)
    )
    for sg in ("clinical", "non_clinical"):
        for band in PAY_BANDS:
            senior = "8" in band or band in ("Band 9", "VSM")
            v = round(max(0.0, bme + rnd.uniform(-12, 8) - (6 if senior else 0)), 1)
            figures.append((1, "percentage", sg, band, "BME", v, "%", "Table 1", 8))
    for ind, group, mean in ((2, "White", 1.5), (3, "BME", 1.3), (4, "White", 1.05)):
        rl = round(max(0.3, rnd.gauss(mean, 0.3)), 2)
        table, page = f"Table {ind + 1}", 10 + ind
        figures.append((ind, "relative_likelihood", None, None, group, rl, "ratio", table, page))
        for rate_group in ("BME", "White"):
            rate = round(rnd.uniform(5, 40), 1)
            figures.append((ind, "rate", None, None, rate_group, rate, "%", table, page))
    for ind in (5, 6, 7, 8):
        b = round(rnd.uniform(8, 35), 1)
        w = round(b + rnd.uniform(-6, 3), 1)
        figures.append((ind, "percentage", None, None, "BME", b, "%", "Staff survey", 15))
        figures.append((ind, "percentage", None, None, "White", w, "%", "Staff survey", 15))
    board = round(rnd.uniform(0, 30), 1)
    figures.append((9, "percentage", "board", None, "BME", board, "%", "Table 9", 18))
    figures.append(
        (9, "difference", "board", None, "BME", round(board - bme, 1), "pp", "Table 9", 18)
    )
    return figures


def _add_received_response(conn, store, trust_ods: str) -> None:
    """A response a requester received and ingested: never served from the raw store."""
    data = b"%PDF-1.4\n% privately received response\n%%EOF\n"
    sha = hashlib.sha256(data).hexdigest()
    if store is not None:
        store.put(data)
    with conn:
        conn.execute(
            "INSERT OR IGNORE INTO documents (sha256, trust_ods, url, kind, title, "
            "content_type, bytes, first_seen, last_seen, parse_status) VALUES "
            "(?, ?, 'file:///home/requester/response.pdf', 'foi_response', 'received by "
            "e-mail', 'application/pdf', ?, '2025-03-02T09:00:00Z', '2025-03-02T09:00:00Z', "
            "'scanned')",
            [sha, trust_ods, len(data)],
        )
