"""`trustdocs similar`: does a reworded request find the disclosure it asks again?

Indexes, in a scratch database, the questions of the real FOI letters in
../shared/corpus/foi (read at run time through the parsers; nothing is copied) and
every request of the offline demo web (the demo database's requests: targets for the
demo rewordings and distractors for the rest). Then asks `similar` each draft below —
a real request reworded as a requester might write it (synonyms, another order,
plainer or more formal words) — and counts a hit when a disclosure of the same
question is ranked first (top-1) or among the first three (top-3).

"before" is the ranking `similar` used until issue #14 (bm25 normalised by the best
candidate, 0.4, plus trigram similarity, 0.6); "after" is db.search.similar today
(idf-weighted coverage of the draft's words, 0.7, plus trigram similarity, 0.3).
Both rank the same bm25 candidates.

    make bench-similar      # or: .venv/bin/python benchmarks/bench_similar.py [-v]

Without the corpus only the demo drafts are measured (and that is said).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.save import register_local_document, save_parse, upsert_trusts  # noqa: E402
from db.schema import ensure_db_shape  # noqa: E402
from db.search import candidates, similar, trigram_similarity  # noqa: E402
from parsers.records import FoiItem, FoiResponse, ParseResult  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "foi"

# Which question of the corpus a draft asks again: (topic, label) for the round-robin
# requests whose letters number their questions alike, the topic alone where letters
# number them differently (the police forces) or not at all.
CORPUS_TOPICS = {
    "housing-support": "housing",
    "hospital-crimes": "crimes",
    "statutory-overrides": "overrides",
    "complaint": "complaint",
    "accommodation": "accommodation",
}
NUMBERED_TOPICS = {"housing", "accommodation", "overrides"}

# Reworded corpus requests: (question key, draft). Written for this benchmark.
CORPUS_DRAFTS: list[tuple[str, str]] = [
    (
        "accommodation 1",
        "How many adults using your mental health services are homeowners, tenants, "
        "living in care homes or sleeping rough?",
    ),
    (
        "accommodation 1",
        "Breakdown of adult mental health service users by their accommodation status code",
    ),
    (
        "accommodation 2",
        "Of the adults on the Care Programme Approach (CPA), how many are in each type of "
        "accommodation?",
    ),
    ("accommodation 2", "accommodation status of mental health patients who are on CPA"),
    (
        "accommodation 3",
        "Housing status of people receiving section 117 aftercare from adult mental health "
        "services",
    ),
    (
        "accommodation 3",
        "For patients entitled to s117 aftercare, numbers by accommodation type please",
    ),
    (
        "housing 1",
        "How many housing officers or housing support workers help people on your mental "
        "health inpatient wards?",
    ),
    ("housing 1", "Staff dedicated to helping inpatients with housing problems: how many?"),
    (
        "housing 2",
        "What is your protocol when discharging a patient who will be homeless?",
    ),
    (
        "housing 2",
        "Please send the discharge policy for people who are homeless or at risk of "
        "homelessness when they leave hospital",
    ),
    (
        "housing 3",
        "Number of housing support workers for mental health patients living in the community",
    ),
    (
        "housing 3",
        "How many specialist housing nurses or officers support community mental health patients?",
    ),
    ("crimes", "How many crimes were recorded on hospital grounds in each year since 2019/20?"),
    ("crimes", "Offences logged by police at hospitals 2019-2024 and what the outcomes were"),
    ("crimes", "Which hospitals in your force area had crimes recorded on site?"),
    (
        "overrides 1",
        "Which local authorities asked MHCLG for a statutory override, and on what date?",
    ),
    (
        "overrides 2",
        "What justification did each council give when it requested an override?",
    ),
    ("overrides 3", "Statutory overrides approved and refused by the ministry, per year"),
    (
        "overrides 4",
        "Why did MHCLG approve or deny each statutory override request?",
    ),
    (
        "complaint",
        "You said the information is not readily available, yet the mental health monthly "
        "statistics already report patients' accommodation type",
    ),
]

# Reworded demo requests: (original question with digits as #, draft).
DEMO_DRAFTS: list[tuple[str, str]] = [
    (
        "How many incidents of physical restraint were recorded in ####/##?",
        "How often were patients physically restrained on your mental health wards last year?",
    ),
    (
        "How many of these involved prone restraint?",
        "Number of times a patient was held face down in prone restraint",
    ),
    (
        "How many episodes of seclusion were recorded in ####/##?",
        "How many times was seclusion used on inpatients in the last financial year?",
    ),
    (
        "Does the Trust use mechanical restraint?",
        "Are mechanical restraints such as belts or cuffs ever used on your units?",
    ),
    (
        "How many patients were placed in out of area mental health beds in ####/##?",
        "Number of mental health patients sent to beds outside your area last year",
    ),
    (
        "What was the Trust’s expenditure on gas in ####/##?",
        "How much did you spend on gas for your buildings last year?",
    ),
    ("Who is the Trust’s electricity supplier?", "Which company supplies your electricity?"),
    (
        "Does the Trust generate any electricity from solar panels?",
        "Do any of your sites have solar panels producing power?",
    ),
    (
        "Which electronic patient record (EPR) system does the Trust use?",
        "What electronic health record software do you run?",
    ),
    ("Is the telephony system cloud-based?", "Is your telephone system hosted in the cloud?"),
    (
        "How many Freedom to Speak Up Guardians does the Trust have?",
        "How many speak up guardians are there at your organisation?",
    ),
    (
        "Please provide a copy of the Trust’s current Freedom to Speak Up policy.",
        "Send me your current speak up policy document",
    ),
    (
        "How many volumetric infusion pumps does the Trust own?",
        "Number of volumetric pumps owned by the hospital",
    ),
    (
        "Is patient catering provided in-house or outsourced?",
        "Is food for inpatients cooked in-house or outsourced to a contractor?",
    ),
    (
        "What is the average spend per patient day on food?",
        "How much is spent on food per patient each day?",
    ),
    (
        "What income did the Trust receive from staff car parking charges in ####/##?",
        "How much money did you make from staff parking charges?",
    ),
    ("Do any staff wear body-worn cameras?", "Are body cameras worn by any of your employees?"),
    (
        "How many incidents of physical assault on staff were reported in ####/##?",
        "Number of physical assaults against employees reported last year",
    ),
    (
        "How many inpatient falls were reported in each of the last three financial years, "
        "and how many resulted in severe harm or death?",
        "How many patients fell on your wards in the last 3 years and how many were "
        "seriously harmed?",
    ),
    (
        "How many cyber attacks on the Trust were detected in ####/##?",
        "How many cyber attacks did you detect last year?",
    ),
    (
        "Does the Trust pay for the Objective Structured Clinical Examination (OSCE)?",
        "Do you cover the cost of the OSCE exam for nurses recruited from overseas?",
    ),
    (
        "What is the highest hourly rate paid to a locum consultant in ####/##?",
        "Top hourly pay rate for a locum consultant",
    ),
    (
        "How many vacancies were advertised on NHS Jobs in March ####?",
        "How many jobs did you advertise on NHS Jobs in March?",
    ),
    (
        "How many complaints were referred to the Parliamentary and Health Service Ombudsman?",
        "How many complaints went on to the Ombudsman?",
    ),
    ("Does the Trust have any PFI buildings?", "Are any of your hospitals built under PFI?"),
    (
        "Does the Trust commission any independent providers for ADHD assessment?",
        "Do you pay private companies to carry out adult ADHD assessments?",
    ),
]


def demo_key(question: str) -> str:
    return re.sub(r"\d", "#", " ".join(question.split()))


def corpus_key(filename: str, label: str | None) -> str | None:
    topic = next((t for part, t in CORPUS_TOPICS.items() if part in filename), None)
    if topic is None:
        return None
    return f"{topic} {label}" if topic in NUMBERED_TOPICS and label else topic


def _add(db: sqlite_utils.Database, n: int, ods: str, result: ParseResult) -> None:
    sha = f"{n:064x}"
    register_local_document(
        db,
        sha256=sha,
        trust_ods=ods,
        url=f"file:///bench/{n}",
        kind="foi_response",
        title=None,
        content_type="text/plain",
        size=0,
    )
    save_parse(db, sha, ods, result)


def build_index(db: sqlite_utils.Database) -> tuple[dict[int, str], int]:
    """Index the demo requests and the corpus letters; item id → question key, and the
    number of corpus letters read."""
    from parsers import PARSER_VERSION, parse_document
    from trustdocs.demo.facts import demo_trusts, foi_facts

    ensure_db_shape(db)
    upsert_trusts(db, [{"ods_code": t.ods_code, "name": t.name} for t in demo_trusts()])
    n = 0
    for foi in foi_facts():
        n += 1
        items = [
            FoiItem(seq, i.label, i.question, i.answer, i.answer_kind, i.heading)
            for seq, i in enumerate(foi.items, start=1)
        ]
        response = FoiResponse(reference=foi.reference, title=foi.title, items=items)
        _add(db, n, foi.trust_ods, ParseResult("foi_response", PARSER_VERSION, foi=response))
    letters = sorted(p for p in CORPUS.glob("*") if p.name != "PROVENANCE.md")
    if letters:
        upsert_trusts(db, [{"ods_code": "CORPUS", "name": "a real letter"}])
    names: dict[int, str] = {}
    for path in letters:
        n += 1
        names[n] = path.name
        _add(db, n, "CORPUS", parse_document(path.read_bytes(), filename=path.name))
    keys = {}
    rows = db.execute(
        "select i.id, i.label, i.question, d.url, r.trust_ods from foi_items i "
        "join foi_requests r on r.id = i.request_id join documents d on d.sha256 = r.document_sha256"
    )
    for item_id, label, question, url, ods in rows:
        if ods == "CORPUS":
            key = corpus_key(names[int(url.rsplit("/", 1)[1])], label)
        else:
            key = demo_key(question or "")
        if key:
            keys[item_id] = key
    return keys, len(letters)


def baseline(db: sqlite_utils.Database, text: str, limit: int = 3) -> list[int]:
    """The ranking before issue #14, over the same candidates."""
    found = candidates(db, text)
    if not found:
        return []
    best = min(c.bm25 for c in found)
    scored = [
        (0.4 * (c.bm25 / best if best else 0.0) + 0.6 * trigram_similarity(text, c.question), c)
        for c in found
    ]
    scored.sort(key=lambda sc: (-sc[0], sc[1].item_id))
    return [c.item_id for _, c in scored[:limit]]


def current(db: sqlite_utils.Database, text: str, limit: int = 3) -> list[int]:
    return [m.item_id for m in similar(db, text, limit=limit)]


def hit_rates(
    db: sqlite_utils.Database,
    keys: dict[int, str],
    drafts: list[tuple[str, str]],
    rank: Callable[[sqlite_utils.Database, str], list[int]],
    verbose: bool = False,
) -> tuple[float, float]:
    top1 = top3 = 0
    for key, draft in drafts:
        ranked = [keys.get(i) for i in rank(db, draft)]
        top1 += bool(ranked) and ranked[0] == key
        top3 += key in ranked[:3]
        if verbose and (not ranked or ranked[0] != key):
            where = "top-3" if key in ranked[:3] else "miss "
            print(f"    {where} {draft!r}: wanted {key!r}, got {ranked[0] if ranked else None!r}")
    return top1 / len(drafts), top3 / len(drafts)


def main() -> None:
    verbose = "-v" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "bench.db")
        started = time.monotonic()
        keys, letters = build_index(db)
        print(
            f"Indexed {db['foi_items'].count} questions ({letters} real letters and the "
            f"demo's requests) in {time.monotonic() - started:.1f} s"
        )
        if not letters:
            print(f"No corpus at {CORPUS}: measuring the demo drafts only.")
        measure(db, keys, verbose)


def measure(db: sqlite_utils.Database, keys: dict[int, str], verbose: bool = False) -> None:
    """Print the hit rates of the ranking before issue #14 and of today's."""
    present = set(keys.values())
    drafts = [(k, d) for k, d in CORPUS_DRAFTS + DEMO_DRAFTS if k in present]
    skipped = len(CORPUS_DRAFTS) + len(DEMO_DRAFTS) - len(drafts)
    print(
        f"{len(drafts)} reworded requests"
        + (f" ({skipped} whose original is not indexed left out)" if skipped else "")
    )
    for name, rank in (("before", baseline), ("after", current)):
        started = time.monotonic()
        top1, top3 = hit_rates(db, keys, drafts, rank, verbose)
        ms = (time.monotonic() - started) / len(drafts) * 1000
        print(f"  {name:<6}  top-1 {top1:6.1%}   top-3 {top3:6.1%}   {ms:5.0f} ms/query")


if __name__ == "__main__":
    main()
