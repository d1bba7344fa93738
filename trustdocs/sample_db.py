"""A fictional but realistically shaped trustdocs database, for the publication tests,
the browser screenshots and the national-scale benchmark (benchmarks/bench_datasette.py)."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

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
