"""Serving and publishing the database with Datasette.

* `serve_datasette` runs Datasette on this machine, read-only, with metadata.yml and
  the trustdocs plugin (``trustdocs/plugins``: stored copies of documents under
  ``/-/raw/<sha256>``, provenance links, safe full-text queries).
* `publish_bundle` writes a folder that can be deployed anywhere a container runs:
  a copy of the database, metadata.yml, the plugins folder, the stored copies of the
  published documents, requirements.txt and a Containerfile/Dockerfile. It does
  nothing when neither the database's content nor the site's configuration changed
  since the last publish (a content hash is kept in ``publish.json``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import metadata as importlib_metadata
from pathlib import Path

import yaml

from trustdocs.settings import REPO_ROOT

METADATA = REPO_ROOT / "metadata.yml"
PLUGINS_DIR = REPO_ROOT / "trustdocs" / "plugins"
DATABASE_NAME = "trustdocs"  # the name metadata.yml describes (databases: trustdocs:)

# Settings for a public, read-only site: a short SQL time limit, bounded result
# sizes, no facet suggestions (they run many queries per page on big tables).
DATASETTE_SETTINGS = {
    "sql_time_limit_ms": "3000",
    "max_returned_rows": "2000",
    "facet_time_limit_ms": "200",
    "default_page_size": "50",
    "allow_download": "on",
    "suggest_facets": "off",
    "default_cache_ttl": "3600",
    "truncate_cells_html": "600",
}


def typed_settings(**overrides: str) -> dict:
    """DATASETTE_SETTINGS typed as ``Datasette(settings=...)`` wants them (the CLI parses)."""
    out: dict = {}
    for name, value in {**DATASETTE_SETTINGS, **overrides}.items():
        value = str(value)
        out[name] = value == "on" if value in ("on", "off") else int(value)
    return out


# Datasette plugins the published site uses (installed from PyPI in the bundle).
SITE_PLUGINS = ["datasette-dashboards"]


def checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the main file, so an immutable reader sees everything."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def site_metadata(db_name: str = DATABASE_NAME, store_dir: Path | None = None) -> dict:
    """metadata.yml as a dict, re-keyed for a database file named ``db_name``.

    Datasette names a database after its file, and metadata applies by that name; a
    database saved as ``other.db`` gets the same descriptions, queries and charts.
    """
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    if db_name != DATABASE_NAME:
        dbs = meta.get("databases", {})
        if DATABASE_NAME in dbs:
            dbs[db_name] = dbs.pop(DATABASE_NAME)
        for key in ("description_html", "description"):
            if isinstance(meta.get(key), str):
                meta[key] = meta[key].replace(f"/{DATABASE_NAME}/", f"/{db_name}/")
        dashboards = meta.get("plugins", {}).get("datasette-dashboards", {})
        for board in dashboards.values():
            for chart in board.get("charts", {}).values():
                if chart.get("db") == DATABASE_NAME:
                    chart["db"] = db_name
                if chart.get("library") == "markdown" and isinstance(chart.get("display"), str):
                    chart["display"] = chart["display"].replace(
                        f"/{DATABASE_NAME}/", f"/{db_name}/"
                    )
            for flt in board.get("filters", {}).values():
                if flt.get("db") == DATABASE_NAME:
                    flt["db"] = db_name
    if store_dir is not None:
        meta.setdefault("plugins", {}).setdefault("trustdocs", {})["store"] = str(
            Path(store_dir).resolve()
        )
    return meta


def datasette_command(
    db_path: Path,
    host: str,
    port: int,
    *,
    metadata: Path | None = None,
    plugins_dir: Path | None = PLUGINS_DIR,
) -> list[str]:
    """The `datasette serve` command line for a public read-only site."""
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(db_path),
        "--metadata",
        str(metadata or METADATA),
        "--host",
        host,
        "--port",
        str(port),
        "--cors",
    ]
    if plugins_dir is not None:
        command += ["--plugins-dir", str(plugins_dir)]
    for name, value in DATASETTE_SETTINGS.items():
        command += ["--setting", name, value]
    return command


def serve_datasette(
    db_path: Path, store_dir: Path, host: str = "127.0.0.1", port: int = 8001
) -> int:
    db_path = Path(db_path)
    checkpoint(db_path)
    env = dict(os.environ, TRUSTDOCS_STORE=str(Path(store_dir).resolve()))
    with tempfile.TemporaryDirectory(prefix="trustdocs-serve-") as tmp:
        metadata = METADATA
        if db_path.stem != DATABASE_NAME:
            metadata = Path(tmp) / "metadata.yml"
            metadata.write_text(yaml.safe_dump(site_metadata(db_path.stem), sort_keys=False))
        print(f"Serving {db_path} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
        try:
            return subprocess.call(
                datasette_command(db_path, host, port, metadata=metadata), env=env
            )
        except KeyboardInterrupt:
            return 0


# --- publishing a deployable bundle ---------------------------------------------


def database_content_hash(db_path: Path) -> str:
    """SHA-256 of the database's logical content: schema and every row of every table.

    Independent of the file's bytes, which change on every open (WAL, change counter)
    even when nothing was written. Full-text shadow tables are derived, so skipped.
    """
    h = hashlib.sha256()
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()
        fts = {name for _, name, sql in objects if sql and "USING FTS" in sql.upper()}
        for kind, name, sql in objects:
            h.update(f"{kind}\0{name}\0{sql}\0".encode())
            if kind != "table" or name in fts or any(name.startswith(f + "_") for f in fts):
                continue
            pks = [
                r[1]
                for r in sorted(conn.execute(f"PRAGMA table_info([{name}])"), key=lambda r: r[5])
                if r[5]
            ]
            order = " ORDER BY " + ", ".join(f"[{c}]" for c in pks) if pks else ""
            cur = conn.execute(f"SELECT * FROM [{name}]{order}")
            while rows := cur.fetchmany(5000):
                h.update(repr(rows).encode())
    finally:
        conn.close()
    return h.hexdigest()


def _site_hash() -> str:
    """SHA-256 of what shapes the site besides the data: metadata and plugins."""
    h = hashlib.sha256(METADATA.read_bytes())
    for path in sorted(PLUGINS_DIR.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _version(dist: str) -> str | None:
    try:
        return importlib_metadata.version(dist)
    except importlib_metadata.PackageNotFoundError:
        return None


def requirements_txt() -> str:
    lines = [f"datasette=={_version('datasette') or '0.65.5'}"]
    for name in SITE_PLUGINS:
        version = _version(name)
        lines.append(f"{name}=={version}" if version else name)
    return "\n".join(lines) + "\n"


def containerfile() -> str:
    settings = " ".join(f"--setting {n} {v}" for n, v in DATASETTE_SETTINGS.items())
    return f"""# The published trustdocs site: Datasette, read-only, with the stored documents.
# Build and run:  docker build -t trustdocs-site . && docker run -p 8001:8001 trustdocs-site
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY {DATABASE_NAME}.db metadata.yml ./
COPY plugins/ plugins/
COPY raw/ raw/
ENV TRUSTDOCS_STORE=/app/raw PORT=8001
EXPOSE 8001
RUN datasette inspect {DATABASE_NAME}.db --inspect-file inspect-data.json
CMD ["sh", "-c", "exec datasette serve --immutable {DATABASE_NAME}.db --inspect-file inspect-data.json --metadata metadata.yml --plugins-dir plugins --host 0.0.0.0 --port ${{PORT}} --cors {settings}"]
"""


@dataclass
class PublishResult:
    out_dir: Path
    changed: bool
    content_hash: str
    actions: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if not self.changed:
            return (
                f"{self.out_dir}: unchanged since the last publish "
                f"(content {self.content_hash[:12]}); nothing to do"
            )
        return f"Published to {self.out_dir} (content {self.content_hash[:12]}):\n" + "\n".join(
            f"  {a}" for a in self.actions
        )


def _copy_database(src: Path, dest: Path) -> None:
    """A consistent copy (SQLite backup API) in rollback-journal mode, for --immutable."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src.resolve()}?mode=ro", uri=True)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()
        source.close()
    os.replace(tmp, dest)


def _published_shas(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT sha256 FROM documents WHERE url LIKE 'http://%' OR url LIKE 'https://%' "
                "ORDER BY sha256"
            )
        ]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def _copy_raw(db_path: Path, store_dir: Path, raw_out: Path) -> tuple[int, int, int]:
    """Copy the stored files of published documents; returns (copied, kept, missing).

    Hard links when the store is on the same filesystem; files already in the bundle
    are kept (content-addressed, so same name means same bytes); files no longer
    referenced are removed.
    """
    copied = kept = missing = 0
    wanted = set()
    for sha in _published_shas(db_path):
        rel = Path(sha[:2]) / sha[2:4] / sha
        wanted.add(rel)
        dest = raw_out / rel
        if dest.is_file():
            kept += 1
            continue
        src = store_dir / rel
        if not src.is_file():
            missing += 1
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dest)
        except OSError:
            shutil.copyfile(src, dest)
        copied += 1
    if raw_out.is_dir():
        for path in raw_out.rglob("*"):
            if path.is_file() and path.relative_to(raw_out) not in wanted:
                path.unlink()
    return copied, kept, missing


def publish_bundle(
    db_path: Path, store_dir: Path, out_dir: Path, *, include_raw: bool = True, force: bool = False
) -> PublishResult:
    """Write (or refresh) a deployable bundle in ``out_dir``; see the module docstring."""
    db_path, store_dir, out_dir = Path(db_path), Path(store_dir), Path(out_dir)
    if not db_path.is_file():
        raise FileNotFoundError(f"no database at {db_path}")
    with contextlib.suppress(sqlite3.Error):
        checkpoint(db_path)
    content_hash = hashlib.sha256(
        (database_content_hash(db_path) + _site_hash() + str(include_raw)).encode()
    ).hexdigest()
    manifest_path = out_dir / "publish.json"
    previous = {}
    if manifest_path.is_file():
        with contextlib.suppress(ValueError):
            previous = json.loads(manifest_path.read_text())
    if (
        not force
        and previous.get("content_hash") == content_hash
        and (out_dir / f"{DATABASE_NAME}.db").is_file()
    ):
        return PublishResult(out_dir, False, content_hash)

    out_dir.mkdir(parents=True, exist_ok=True)
    actions = []
    db_out = out_dir / f"{DATABASE_NAME}.db"
    _copy_database(db_path, db_out)
    actions.append(f"wrote {db_out.name} ({db_out.stat().st_size / 1e6:.1f} MB)")

    meta = site_metadata(DATABASE_NAME)
    (out_dir / "metadata.yml").write_text(
        yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    actions.append("wrote metadata.yml")

    plugins_out = out_dir / "plugins"
    if plugins_out.exists():
        shutil.rmtree(plugins_out)
    plugins_out.mkdir()
    for path in sorted(PLUGINS_DIR.glob("*.py")):
        shutil.copyfile(path, plugins_out / path.name)
    actions.append(f"wrote plugins/ ({len(list(plugins_out.glob('*.py')))} file(s))")

    raw_out = out_dir / "raw"
    raw_out.mkdir(exist_ok=True)
    if include_raw:
        copied, kept, missing = _copy_raw(db_path, store_dir, raw_out)
        actions.append(
            f"raw/: {copied} stored document(s) copied, {kept} kept"
            + (f", {missing} missing from {store_dir}" if missing else "")
        )
    (out_dir / "requirements.txt").write_text(requirements_txt())
    actions.append("wrote requirements.txt")
    text = containerfile()
    (out_dir / "Containerfile").write_text(text)
    (out_dir / "Dockerfile").write_text(text)
    actions.append("wrote Containerfile and Dockerfile")

    manifest = {
        "content_hash": content_hash,
        "published_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source_database": str(db_path.resolve()),
        "datasette": _version("datasette"),
        "plugins": {name: _version(name) for name in SITE_PLUGINS},
        "include_raw": include_raw,
    }
    tmp = manifest_path.with_suffix(".json.part")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, manifest_path)
    actions.append("wrote publish.json")
    return PublishResult(out_dir, True, content_hash, actions)


# --- a fictional sample database (tests, screenshots, benchmarks) -----------------

_PLACES = (
    "Ashford Bexley Calder Dunmore Eastleigh Fenwick Glenby Harrow Ilkley Jarrow Kestle "
    "Linton Marbury Northam Oakham Pelham Quarrington Redcliffe Selby Thornbury Upton Verwood "
    "Wexcombe Yarford Zennor"
).split()
_TYPES = ["Acute", "Mental health", "Community", "Ambulance", "Specialist"]
_REGIONS = [
    "London",
    "South East",
    "South West",
    "Midlands",
    "East of England",
    "North West",
    "North East and Yorkshire",
]
# (question template, subjects): about 150 distinct subjects, so that a subject's words
# match well under 1 % of a million questions, as in real disclosure logs.
_TEMPLATES = [
    (
        "How much did the trust spend on {x} in {year}?",
        [
            "agency nurses",
            "agency midwives",
            "locum consultants",
            "taxis for patients",
            "legal fees",
            "management consultants",
            "private ambulances",
            "security guards",
            "translation apps",
            "temporary porters",
        ],
    ),
    (
        "How many patients were placed in {x} in {year}?",
        [
            "supported accommodation",
            "out of area beds",
            "private psychiatric hospitals",
            "bed and breakfast housing",
            "secure units",
            "care homes",
            "hospices",
        ],
    ),
    (
        "What was the cost of {x} in {year}?",
        [
            "interpreting services",
            "sign language interpreters",
            "car parking enforcement",
            "staff uniforms",
            "clinical waste collection",
            "window cleaning",
            "pest control",
            "laundry services",
        ],
    ),
    (
        "How many incidents of {x} were recorded in {year}?",
        [
            "prone restraint",
            "seclusion",
            "rapid tranquillisation",
            "absconding",
            "self harm",
            "medication errors",
            "falls with harm",
            "pressure ulcers",
            "never events",
        ],
    ),
    (
        "Has the trust suffered {x} in {year}?",
        [
            "a ransomware attack",
            "a data breach",
            "a phishing attack",
            "a power outage",
            "an IT system failure",
            "a flood in its premises",
        ],
    ),
    (
        "Which {x} does the trust use, and when does the contract end?",
        [
            "electronic patient record system",
            "rostering software",
            "pharmacy stock system",
            "payroll provider",
            "radiology information system",
            "telephony platform",
            "e-learning platform",
            "occupational health provider",
        ],
    ),
    (
        "How many patients were waiting for {x} at the end of {year}?",
        [
            "autism assessment",
            "ADHD assessment",
            "hip replacement",
            "cataract surgery",
            "psychological therapy",
            "gender identity services",
            "memory assessment",
            "endoscopy",
        ],
    ),
    (
        "What was the sickness absence rate for {x} in {year}?",
        [
            "nursing staff",
            "healthcare assistants",
            "junior doctors",
            "paramedics",
            "estates staff",
            "pharmacists",
        ],
    ),
    (
        "How many assaults on {x} were reported in {year}?",
        [
            "emergency department staff",
            "ward nurses",
            "security staff",
            "ambulance crews",
            "receptionists",
        ],
    ),
    (
        "How much income did the trust receive from {x} in {year}?",
        [
            "car parking charges",
            "overseas visitors",
            "private patients",
            "retail leases",
            "catering sales",
            "research grants",
        ],
    ),
    (
        "How many {x} did the trust employ on 31 March in {year}?",
        [
            "housing support workers",
            "homelessness leads",
            "freedom to speak up guardians",
            "chaplains",
            "dieticians",
            "play specialists",
            "peer support workers",
            "physician associates",
        ],
    ),
    (
        "What is the trust's {x} for {year}?",
        [
            "mean gender pay gap",
            "median ethnicity pay gap",
            "apprenticeship levy spend",
            "carbon footprint",
            "energy consumption",
            "water consumption",
        ],
    ),
    (
        "How many {x} were made in {year}?",
        [
            "out of area placements",
            "safeguarding referrals",
            "complaints about discharge",
            "subject access requests",
            "clinical negligence claims",
            "whistleblowing reports",
        ],
    ),
    (
        "How many breaches of {x} occurred in {year}?",
        [
            "mixed sex accommodation",
            "the four hour target",
            "the 18 week target",
            "cancer waiting times",
            "ambulance handover times",
        ],
    ),
    (
        "How many shifts were filled by {x} in {year}?",
        [
            "bank staff",
            "agency healthcare assistants",
            "off framework agencies",
            "international recruits",
        ],
    ),
    (
        "What were the trust's {x} costs in {year}?",
        [
            "gas and electricity",
            "printing and postage",
            "mobile phone",
            "software licence",
            "insurance premium",
            "food and catering",
        ],
    ),
    (
        "Does the trust have a policy on {x}?",
        [
            "staff wearing religious dress",
            "use of body worn cameras",
            "artificial intelligence",
            "social media use",
            "menopause at work",
            "domestic abuse affecting staff",
            "reasonable adjustments",
        ],
    ),
    (
        "How many {x} were cancelled in {year}?",
        [
            "elective operations",
            "outpatient appointments",
            "community clinics",
            "mental health assessments",
            "cancer treatments",
        ],
    ),
]
_TOPICS = [(x, template.replace("{x}", x)) for template, xs in _TEMPLATES for x in xs]
_EXEMPTIONS = [
    ("FOIA", "12", "cost limit"),
    ("FOIA", "40(2)", "personal information"),
    ("FOIA", "43(2)", "commercial interests"),
    ("FOIA", "21", "reasonably accessible by other means"),
    ("FOIA", "31(1)(a)", "law enforcement"),
]


def _year_label(start: int) -> str:
    return f"{start}/{(start + 1) % 100:02d}"


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
    import random

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

    trust_rows = []
    for i in range(trusts):
        place = _PLACES[i % len(_PLACES)] + (
            "" if i < len(_PLACES) else f" {i // len(_PLACES) + 1}"
        )
        ttype = _TYPES[i % len(_TYPES)]
        code = "R" + "ABCDEFGHJKLMNPQRSTVWXY"[i // 22 % 22] + "0123456789ABCDEFGHJKLM"[i % 22]
        slug = place.lower().replace(" ", "")
        trust_rows.append(
            (
                code,
                f"{place} {ttype} NHS Foundation Trust",
                f"{place} {ttype}",
                ttype,
                _REGIONS[(i * 3) % len(_REGIONS)],
                f"https://www.{slug}.nhs.uk",
                f"https://www.{slug}.nhs.uk/foi/disclosure-log",
                f"https://www.{slug}.nhs.uk/about/wres",
                "generic",
                None,
                1,
            )
        )
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

    last_year = 2023
    first_year = last_year - years + 1
    doc_rows, req_rows, item_rows, exe_rows = [], [], [], []
    rep_rows, met_rows, url_rows, table_rows = [], [], [], []
    request_id = item_id = report_id = metric_id = 0

    def add_document(code, website, url_path, kind, title, body, pages, status="ok", conf=0.95):
        data = b"%PDF-1.4\n% trustdocs sample\n" + body.encode("utf-8") + b"\n%%EOF\n"
        sha = hashlib.sha256(data).hexdigest()
        if store is not None:
            store.put(data)
        url = f"{website}{url_path}"
        doc_rows.append(
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
                "2025-03-01T02:00:00Z",
                "2025-03-01T02:00:00Z",
                status,
                None,
                "1",
                conf,
            )
        )
        url_rows.append((url, sha, "2025-03-01T02:00:00Z", "2025-03-01T02:00:00Z"))
        return sha

    def flush() -> None:
        with conn:
            conn.executemany(
                "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", doc_rows
            )
            conn.executemany("INSERT OR IGNORE INTO document_urls VALUES (?,?,?,?)", url_rows)
            conn.executemany("INSERT INTO foi_requests VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", req_rows)
            conn.executemany("INSERT INTO foi_items VALUES (?,?,?,?,?,?,?,?)", item_rows)
            conn.executemany(
                "INSERT INTO foi_exemptions (request_id, item_id, law, section, label) "
                "VALUES (?,?,?,?,?)",
                exe_rows,
            )
            conn.executemany("INSERT INTO wres_reports VALUES (?,?,?,?,?)", rep_rows)
            conn.executemany(
                "INSERT INTO wres_metrics VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", met_rows
            )
            conn.executemany(
                "INSERT INTO doc_tables (document_sha256, page, index_on_page, caption, n_rows, "
                "n_cols, rows_json, confidence) VALUES (?,?,?,?,?,?,?,?)",
                table_rows,
            )
        for rows in (
            doc_rows,
            url_rows,
            req_rows,
            item_rows,
            exe_rows,
            rep_rows,
            met_rows,
            table_rows,
        ):
            rows.clear()

    for t_index, trust in enumerate(trust_rows):
        code, website, ttype = trust[0], trust[5], trust[3]
        # FOI responses
        for n in range(requests_per_trust):
            request_id += 1
            year = first_year + n % years
            month = 1 + rnd.randrange(12)
            day = 1 + rnd.randrange(28)
            topics = [rnd.choice(_TOPICS) for _ in range(items_per_request)]
            if n < 2:  # round-robin requests: every trust was asked the same two questions
                topics[0] = _TOPICS[(0, 10)[n]]
            ref = f"FOI/{year % 100:02d}{(year + 1) % 100:02d}/{request_id:06d}"
            wd = max(1, int(rnd.gauss(16 + (t_index % 5) * 3, 6)))
            questions, answers = [], []
            for k, (topic, template) in enumerate(topics, 1):
                item_id += 1
                q = template.format(year=_year_label(year))
                roll = rnd.random()
                if roll < 0.08:
                    a, kind = "This information is not held by the trust.", "not_held"
                elif roll < 0.15:
                    law, section, label = rnd.choice(_EXEMPTIONS)
                    a, kind = f"Exempt under section {section} ({label}).", "exempt"
                    exe_rows.append((request_id, item_id, law, section, label))
                elif roll < 0.6:
                    a, kind = f"{rnd.randrange(1, 5000)} ({topic}, {_year_label(year)}).", "number"
                else:
                    a = f"The trust's {topic} policy was reviewed in {year}; see the attached summary."
                    kind = "text"
                item_rows.append((item_id, request_id, k, str(k), topic.capitalize(), q, a, kind))
                questions.append(q)
                answers.append(a)
            outcome = "disclosed"
            if any(r[0] == request_id for r in exe_rows[-items_per_request:]):
                outcome = "partially_disclosed"
            received = f"{year}-{month:02d}-{day:02d}"
            responded = (datetime(year, month, day) + timedelta(days=wd * 7 // 5 + 1)).strftime(
                "%Y-%m-%d"
            )
            body = "\n".join(questions + answers)
            sha = add_document(
                code,
                website,
                f"/foi/{ref.replace('/', '-')}.pdf",
                "foi_response",
                f"{ref} {topics[0][0]}",
                body,
                1 + items_per_request // 3,
                status="partial" if request_id % 97 == 0 else "ok",
                conf=0.5 if request_id % 89 == 0 else 0.95,
            )
            req_rows.append(
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
            if len(item_rows) >= 20000:
                flush()
        # WRES reports: each prints its year and the year before
        base_bme = rnd.uniform(5, 45)
        for y in range(first_year, last_year + 1):
            report_id += 1
            label = _year_label(y)
            sha = add_document(
                code,
                website,
                f"/about/wres/wres-report-{y}.pdf",
                "wres_report",
                f"Workforce Race Equality Standard report {label}",
                f"WRES {code} {label}",
                24,
            )
            rep_rows.append((report_id, sha, code, label, f"WRES report {label}"))
            table_rows.append(
                (
                    sha,
                    7,
                    0,
                    "Table 1: ethnicity profile by pay band",
                    3,
                    4,
                    json.dumps(
                        [
                            ["Band", "BME %", "White %", "Unknown %"],
                            ["Band 5", "25.0", "70.1", "4.9"],
                        ]
                    ),
                    0.9,
                )
            )
            for period_year in (y - 1, y):
                if period_year < first_year - 1:
                    continue
                period = _year_label(period_year)
                drift = (period_year - first_year) * 0.6
                figures = []
                bme = round(base_bme + drift + rnd.uniform(-1, 1), 1)
                figures.append((1, "percentage", "overall", None, "BME", bme, "%", "Table 1", 7))
                figures.append(
                    (
                        1,
                        "percentage",
                        "overall",
                        None,
                        "White",
                        round(100 - bme - 3, 1),
                        "%",
                        "Table 1",
                        7,
                    )
                )
                for sg in ("clinical", "non_clinical"):
                    for band in (
                        "Band 2",
                        "Band 3",
                        "Band 4",
                        "Band 5",
                        "Band 6",
                        "Band 7",
                        "Band 8a",
                        "Band 8b",
                        "Band 8c",
                        "Band 9",
                        "VSM",
                    ):
                        v = round(
                            max(
                                0.0,
                                bme
                                + rnd.uniform(-12, 8)
                                - (6 if "8" in band or band in ("Band 9", "VSM") else 0),
                            ),
                            1,
                        )
                        figures.append((1, "percentage", sg, band, "BME", v, "%", "Table 1", 8))
                for ind, group, centre in ((2, "White", 1.5), (3, "BME", 1.3), (4, "White", 1.05)):
                    rl = round(max(0.3, rnd.gauss(centre, 0.3)), 2)
                    figures.append(
                        (
                            ind,
                            "relative_likelihood",
                            None,
                            None,
                            group,
                            rl,
                            "ratio",
                            f"Table {ind + 1}",
                            10 + ind,
                        )
                    )
                    figures.append(
                        (
                            ind,
                            "rate",
                            None,
                            None,
                            "BME",
                            round(rnd.uniform(5, 40), 1),
                            "%",
                            f"Table {ind + 1}",
                            10 + ind,
                        )
                    )
                    figures.append(
                        (
                            ind,
                            "rate",
                            None,
                            None,
                            "White",
                            round(rnd.uniform(5, 40), 1),
                            "%",
                            f"Table {ind + 1}",
                            10 + ind,
                        )
                    )
                for ind in (5, 6, 7, 8):
                    b = round(rnd.uniform(8, 35), 1)
                    w = round(b + rnd.uniform(-6, 3), 1)
                    figures.append(
                        (ind, "percentage", None, None, "BME", b, "%", "Staff survey", 15)
                    )
                    figures.append(
                        (ind, "percentage", None, None, "White", w, "%", "Staff survey", 15)
                    )
                board = round(rnd.uniform(0, 30), 1)
                figures.append((9, "percentage", "board", None, "BME", board, "%", "Table 9", 18))
                figures.append(
                    (
                        9,
                        "difference",
                        "board",
                        None,
                        "BME",
                        round(board - bme, 1),
                        "pp",
                        "Table 9",
                        18,
                    )
                )
                for ind, measure, sg, band, group, value, unit, table, page in figures:
                    metric_id += 1
                    redacted = 1 if band == "VSM" and value < 3 else 0
                    met_rows.append(
                        (
                            metric_id,
                            report_id,
                            code,
                            ind,
                            measure,
                            sg,
                            band,
                            group,
                            period,
                            f"March {period_year + 1}" if ind == 1 else period,
                            None if redacted else value,
                            None,
                            None,
                            redacted,
                            unit,
                            table,
                            page,
                            "percentage disagrees with counts" if metric_id % 211 == 0 else None,
                        )
                    )
        if progress and t_index % 10 == 9:
            print(f"  {t_index + 1}/{trusts} trusts", file=sys.stderr, flush=True)
    flush()
    # A response a requester received and ingested: never served from the raw store.
    if trust_rows:
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
                [sha, trust_rows[0][0], len(data)],
            )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path
