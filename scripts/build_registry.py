#!/usr/bin/env python
"""Build trustdocs/data/trusts.csv, the bundled trust registry. Run by hand:

    .venv/bin/python scripts/build_registry.py [--corpus ../shared/corpus/trusts] [--out ...]

Inputs (public data; facts are derived from them, the files are never copied):

- ods-etr-2026.csv  NHS ODS "NHS trusts" extract: codes, names, national grouping
                    (NHS England region), open and close dates.
- ods-etr-2021.csv  an older etr extract: trusts open then and closed or gone since.
- trust-urls.csv    proper-cased names, trust types, board-papers URLs (the website's
                    host), predecessor codes and merger dates, alternative names.
- trust-contacts.csv  the URL of each trust's FOI page.

Rows: every English trust open in the 2026 extract (national groupings Y56-Y63),
trusts in trust-urls.csv that the etr lacks (the former care trusts, T-codes), and
trusts closed since 1 January 2018, kept with active=0 and, when known, the code of
the trust that absorbed them. The trailing `source` column records where each row's
facts came from; "public record" marks the few facts taken from neither file
(curated below, each with the reason).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from trustdocs.registry import (  # noqa: E402
    REGIONS,
    TRUST_TYPES,
    validate_rows,
    write_registry_csv,
)

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "trusts"
DEFAULT_OUT = REPO / "trustdocs" / "data" / "trusts.csv"
CLOSED_SINCE = "20180101"

# ODS national grouping codes (NHS England regions since 2020).
NATIONAL_GROUPINGS = {
    "Y56": "London",
    "Y58": "South West",
    "Y59": "South East",
    "Y60": "Midlands",
    "Y61": "East of England",
    "Y62": "North West",
    "Y63": "North East and Yorkshire",
}

# etr columns (0-based): code, name, national grouping, open date, close date.
ETR_CODE, ETR_NAME, ETR_GROUPING, ETR_OPEN, ETR_CLOSE = 0, 1, 2, 10, 11

URL_TYPES = {
    "Acute and Acute & Community Trusts": "Acute",
    "Acute Specialist Trusts": "Specialist",
    "Community Trusts": "Community",
    "Ambulance Trusts": "Ambulance",
    "Mental Health & Learning Disability and Mental Health, Learning Disability "
    "& Community Trusts": "Mental health",
    # The Online NHS Trust (K0N6A): a national provider of specialist outpatient care
    # online; none of our peer groups fits, Specialist is the nearest.
    "Online / Digital": "Specialist",
}

# trust-urls.csv lumps mental health trusts with those that also run community
# (physical) health services. These also run community services, from the trusts'
# own descriptions of their services; an operator can fix one with an override row.
MH_AND_COMMUNITY = {
    "G6V2S",  # North London (Enfield community services, from BEH)
    "R1A",  # Herefordshire and Worcestershire Health and Care
    "R1L",  # Essex Partnership
    "RAT",  # North East London
    "RDY",  # Dorset Healthcare
    "RHA",  # Nottinghamshire Healthcare
    "RJ8",  # Cornwall Partnership
    "RNU",  # Oxford Health
    "RP1",  # Northamptonshire Healthcare
    "RPG",  # Oxleas
    "RRE",  # Midlands Partnership
    "RT1",  # Cambridgeshire and Peterborough
    "RT5",  # Leicestershire Partnership
    "RTQ",  # Gloucestershire Health and Care
    "RV3",  # Central and North West London
    "RV9",  # Humber Teaching
    "RW1",  # Hampshire and Isle of Wight Healthcare
    "RW4",  # Mersey Care
    "RWK",  # East London
    "RWX",  # Berkshire Healthcare
    "RXA",  # Cheshire and Wirral Partnership
    "RXE",  # Rotherham Doncaster and South Humber
    "RXG",  # South West Yorkshire Partnership
    "RYG",  # Coventry and Warwickshire Partnership
    "TAD",  # Bradford District Care
}

# Trust types of closed trusts that the name alone does not show (default: Acute).
CLOSED_TYPES = {
    "R1C": "Mental health and community",  # Solent
    "R1E": "Community",  # Staffordshire and Stoke on Trent Partnership
    "R1J": "Community",  # Gloucestershire Care Services
    "RNK": "Mental health",  # Tavistock and Portman
    "RRP": "Mental health and community",  # Barnet, Enfield and Haringey
    "RT3": "Specialist",  # Royal Brompton & Harefield
    "RTV": "Mental health and community",  # North West Boroughs Healthcare
    "TAF": "Mental health",  # Camden and Islington
}

# Successors the two files do not state, from the public record of each merger or
# acquisition: closed code -> (successor code, a word the successor's name must
# contain, as a guard against a wrong code, and what happened).
KNOWN_SUCCESSORS = {
    "RY1": ("RW4", "Mersey Care", "Liverpool Community Health acquired by Mersey Care, 2018"),
    "RR1": ("RRK", "Birmingham", "Heart of England acquired by UHB, 2018"),
    "R1E": ("RRE", "Midlands Partnership", "SSOTP services to MPFT (then SSSFT), 2018"),
    "RGQ": ("RDE", "East Suffolk", "Ipswich merged with Colchester to form ESNEFT, 2018"),
    "RJF": ("RTG", "Derby and Burton", "Burton merged with Derby to form UHDB, 2018"),
    "R1J": ("RTQ", "Gloucestershire", "GCS merged with 2gether to form GHC, 2019"),
    "RNL": ("RNN", "North Cumbria", "NCUH merged with Cumbria Partnership to form NCIC, 2019"),
    "RQ6": ("REM", "Liverpool University", "RLBUHT merged with Aintree to form LUHFT, 2019"),
    "RA3": ("RA7", "Bristol", "Weston merged with UH Bristol to form UHBW, 2020"),
    "RBA": ("RH5", "Somerset", "Taunton and Somerset merged with Somerset Partnership, 2020"),
    "RC1": ("RC9", "Bedfordshire", "Bedford merged with Luton and Dunstable, 2020"),
    "RDD": ("RAJ", "Mid and South Essex", "Basildon and Thurrock into Mid and South Essex, 2020"),
    "RQ8": ("RAJ", "Mid and South Essex", "Mid Essex into Mid and South Essex, 2020"),
    "RT3": ("RJ1", "Guy's", "Royal Brompton & Harefield acquired by Guy's and St Thomas', 2021"),
    "RXH": ("RYR", "Sussex", "BSUH merged with Western Sussex to form UH Sussex, 2021"),
    "RTV": ("RW4", "Mersey Care", "North West Boroughs acquired by Mersey Care, 2021"),
    "RW6": ("RM3", "Northern Care Alliance", "Pennine Acute acquired by Salford Royal (NCA), 2021"),
    "RBZ": ("RH8", "Royal Devon", "Northern Devon merged with RD&E to form Royal Devon, 2022"),
    "RA4": ("RH5", "Somerset", "Yeovil District Hospital merged into Somerset FT, 2023"),
    "RVY": ("RBN", "Mersey and West Lancashire", "Southport and Ormskirk merged with StHK, 2023"),
    "RYK": ("TAJ", "Black Country", "DIHC services transferred to Black Country Healthcare, 2024"),
    "RAP": ("RAL", "Royal Free", "North Middlesex acquired by Royal Free London, 2025"),
}

# Closed trusts that neither etr extract lists, stated in trust-urls.csv's notes.
EXTRA_CLOSED = {
    "TAF": {
        "name": "Camden and Islington NHS Foundation Trust",
        "region": "London",
        "close": "20241031",
        "successor": "G6V2S",
        "source": "trust-urls.csv G6V2S access_notes (formed Nov 2024 from TAF and RRP)",
    },
}

# Where trust-urls.csv's NHS England region is right and ODS's grouping is not: ODS
# groups by the head office's postcode, and Oxleas (South East London ICS) sits in
# Dartford, Kent (Y59 in the 2026 extract, Y56 London in the older one).
REGION_OVERRIDES = {"RPG": "London"}

SHORT_NAMES = {
    "RBV": "The Christie",
    "K0N6A": "Online NHS Trust",
}

# Words kept as written when proper-casing ODS's upper-case names.
KEEP_CASE = {"NHS": "NHS", "ICT": "ICT", "UK": "UK", "2GETHER": "2gether"}
SMALL_WORDS = {"and", "of", "the", "for", "on", "upon", "in", "at", "with", "under"}

FOI_PATH_RE = re.compile(
    r"foi|freedom|information|disclos|request|publication|transparen", re.IGNORECASE
)
WORDPRESS_RE = re.compile(r"wp-content|wp-json|wordpress", re.IGNORECASE)


# --------------------------------------------------------------------------- helpers


def proper_case(name: str) -> str:
    """ODS's upper-case names in proper case: "BARNET, ENFIELD AND HARINGEY MENTAL
    HEALTH NHS TRUST" -> "Barnet, Enfield and Haringey Mental Health NHS Trust"."""
    words = name.split()
    out = []
    for i, word in enumerate(words):
        core = word.strip(",.()")
        if core.upper() in KEEP_CASE:
            out.append(word.replace(core, KEEP_CASE[core.upper()]))
            continue
        parts = word.split("-")
        cased = []
        for j, part in enumerate(parts):
            lower = part.lower()
            if (i > 0 or j > 0) and lower.strip(",.") in SMALL_WORDS:
                cased.append(lower)
            else:
                cased.append(part[:1].upper() + part[1:].lower())
        out.append("-".join(cased))
    return " ".join(out)


def short_name(code: str, name: str) -> str:
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    short = re.sub(r"\s*,?\s*(NHS\s+)?(Foundation\s+)?Trust$", "", name).strip(" ,")
    short = re.sub(r"\s+NHS$", "", short)
    return short[4:] if short.startswith("The ") else short


def type_from_name(name: str) -> str:
    low = name.lower()
    if "ambulance" in low:
        return "Ambulance"
    if "integrated" in low:
        return "Integrated care"
    if "mental health" in low:
        return "Mental health"
    if "community" in low or "care services" in low:
        return "Community"
    return "Acute"


def https_origin(url: str) -> str:
    host = urlsplit(url.strip()).hostname
    return f"https://{host}" if host else ""


def force_https(url: str) -> str:
    url = url.strip()
    if url.startswith("http://"):
        return "https://" + url[len("http://") :]
    return url if url.startswith("https://") else ""


def bare_host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def iso(date: str) -> str:
    return f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else date


def read_etr(path: Path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {r[ETR_CODE].strip(): r for r in csv.reader(fh) if r and r[ETR_CODE].strip()}


def read_dicts(path: Path, key: str) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {r[key].strip(): r for r in csv.DictReader(fh) if r.get(key, "").strip()}


def norm_name(name: str) -> str:
    name = name.lower().replace("&", "and")
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", name)).strip()


# --------------------------------------------------------------------------- build


def build(corpus: Path) -> tuple[list[dict], list[str]]:
    etr26 = read_etr(corpus / "ods-etr-2026.csv")
    etr21 = read_etr(corpus / "ods-etr-2021.csv")
    urls = read_dicts(corpus / "trust-urls.csv", "ods_code")
    contacts = read_dicts(corpus / "trust-contacts.csv", "ods_code")
    notes: list[str] = []

    def english(r: list[str]) -> bool:
        return r[ETR_GROUPING] in NATIONAL_GROUPINGS

    # -- which trusts: open ones (etr 2026, plus trust-urls codes the etr lacks)
    active_codes = [c for c, r in etr26.items() if english(r) and not r[ETR_CLOSE]]
    for code, u in urls.items():
        if code not in etr26 and u.get("region") in REGIONS:
            active_codes.append(code)
            notes.append(f"{code} {u['name']}: in trust-urls.csv, not in the etr (care trust code)")
    for code in urls:
        if code in etr26 and etr26[code][ETR_CLOSE]:
            notes.append(f"{code}: trust-urls.csv lists it but etr 2026 closed it")

    # -- closed since 2018 (etr 2026 close dates; etr 2021 codes gone from 2026)
    closed: dict[str, dict] = {}
    for code, r in etr26.items():
        if english(r) and r[ETR_CLOSE] and r[ETR_CLOSE] >= CLOSED_SINCE:
            closed[code] = {
                "close": r[ETR_CLOSE],
                "src": [f"ods-etr-2026 (closed {iso(r[ETR_CLOSE])})"],
            }
            if code in etr21:
                closed[code]["src"].append("ods-etr-2021")
    for code, r in etr21.items():
        if code not in etr26 and not r[ETR_CLOSE] and code not in urls:
            closed[code] = {"close": "", "src": ["ods-etr-2021 (absent from 2026)"]}
            notes.append(f"{code} {r[ETR_NAME]}: in etr 2021, absent from etr 2026")
    for code, extra in EXTRA_CLOSED.items():
        if code not in etr26 and code not in urls:
            closed[code] = {"close": extra["close"], "src": [extra["source"]]}

    # -- successors, strongest evidence first
    successor: dict[str, tuple[str, str]] = {}
    for code, u in urls.items():  # 1. trust-urls predecessor_codes
        for pred in filter(None, (p.strip() for p in u.get("predecessor_codes", "").split(";"))):
            if pred in closed:
                successor[pred] = (code, f"successor: trust-urls.csv predecessor_codes of {code}")
    opened = defaultdict(list)  # 2. the one trust that opened the day after the closure
    for code, r in etr26.items():
        if english(r) and not r[ETR_CLOSE] and r[ETR_OPEN] >= CLOSED_SINCE:
            opened[r[ETR_OPEN]].append(code)
    for code, c in closed.items():
        if code in successor or not c["close"]:
            continue
        d = date(int(c["close"][:4]), int(c["close"][4:6]), int(c["close"][6:8]))
        next_day = (d + timedelta(days=1)).strftime("%Y%m%d")
        if len(opened.get(next_day, [])) == 1:
            new = opened[next_day][0]
            successor[code] = (new, f"successor: etr 2026 ({new} opened {iso(next_day)})")
    alt_index = {}  # 3. a closed trust's name among an open trust's alternative names
    for code, u in urls.items():
        for alt in u.get("alt_names", "").split(";"):
            if alt.strip():
                alt_index.setdefault(norm_name(alt), set()).add(code)
    for code in closed:
        if code in successor or code not in etr26:
            continue
        hits = alt_index.get(norm_name(etr26[code][ETR_NAME]), set())
        if len(hits) == 1:
            (new,) = hits
            successor[code] = (new, f"successor: trust-urls.csv alt_names of {new}")
    for code, extra in EXTRA_CLOSED.items():  # 4. stated in the notes
        if code in closed and code not in successor:
            successor[code] = (extra["successor"], "successor: " + extra["source"])
    for code, (new, _guard, what) in KNOWN_SUCCESSORS.items():  # 5. public record
        if code not in closed:
            notes.append(f"KNOWN_SUCCESSORS {code}: not a closed trust in the sources, unused")
            continue
        if code in successor:
            if successor[code][0] != new:
                notes.append(f"{code}: sources say {successor[code][0]}, public record {new}")
            continue
        successor[code] = (new, f"successor: public record ({what})")

    # -- rows
    rows: list[dict] = []
    for code in sorted(active_codes):
        r = etr26.get(code)
        u = urls.get(code, {})
        c = contacts.get(code, {})
        src = []
        if r:
            src.append("ods-etr-2026")
        if code in etr21:
            src.append("ods-etr-2021")
        if u:
            src.append("trust-urls.csv")
        if u.get("name"):
            name = u["name"].strip()
        else:
            name = proper_case(r[ETR_NAME])
        region = NATIONAL_GROUPINGS[r[ETR_GROUPING]] if r else u["region"]
        if code in REGION_OVERRIDES:
            notes.append(f"{code}: region {REGION_OVERRIDES[code]!r}, not {region!r} from ODS")
            region = REGION_OVERRIDES[code]
            src.append("region: trust-urls.csv")
        elif u.get("region") and u["region"] != region:
            notes.append(f"{code}: region {u['region']!r} in trust-urls.csv, {region!r} from ODS")
        if u.get("type") in URL_TYPES:
            trust_type = URL_TYPES[u["type"]]
            if trust_type == "Acute" and "Integrated Care" in name:
                trust_type = "Integrated care"
            if trust_type == "Mental health" and code in MH_AND_COMMUNITY:
                trust_type = "Mental health and community"
        else:
            trust_type = type_from_name(name)
            if u.get("type"):
                notes.append(f"{code}: unknown trust-urls type {u['type']!r}")

        board = u.get("url", "").strip()
        foi_page = c.get("foi_source_url", "").strip()
        press_page = c.get("press_source_url", "").strip()
        foi_ok = foi_page.startswith(("http://", "https://"))
        website = https_origin(board) if board.startswith("http") else ""
        # The board-papers URL sometimes sits on a group board's or a shared host;
        # the FOI (or press) page is on the trust's own site, so it wins when they differ.
        own = foi_page if foi_ok else press_page if press_page.startswith("http") else ""
        if own and (not website or bare_host(own) != bare_host(website)):
            if website:
                notes.append(f"{code}: board papers on {website}, own site {https_origin(own)}")
            website = https_origin(own)
            src.append("website: trust-contacts.csv")
        foi_url = ""
        if foi_ok and FOI_PATH_RE.search(urlsplit(foi_page).path + urlsplit(foi_page).query):
            foi_url = force_https(foi_page)
        if c:
            src.append("trust-contacts.csv")
        if not website:
            notes.append(f"{code} {name}: no website in the sources")

        evidence = " ".join(u.values()) if u else ""
        site_type = "generic"
        same_host = bool(website and board) and bare_host(board) == bare_host(website)
        if same_host and WORDPRESS_RE.search(evidence):
            site_type = "wordpress"
        if code in MH_AND_COMMUNITY:
            src.append("type: curated")
        rows.append(
            {
                "ods_code": code,
                "name": name,
                "short_name": short_name(code, name),
                "trust_type": trust_type,
                "region": region,
                "website": website,
                "foi_url": foi_url,
                "wres_url": "",
                "site_type": site_type,
                "successor_ods": "",
                "active": 1,
                "source": "; ".join(dict.fromkeys(src)),
            }
        )

    for code in sorted(closed):
        c = closed[code]
        if code in etr26:
            r = etr26[code]
            name = proper_case(r[ETR_NAME])
            region = NATIONAL_GROUPINGS[r[ETR_GROUPING]]
        else:
            name = EXTRA_CLOSED[code]["name"]
            region = EXTRA_CLOSED[code]["region"]
        src = list(c["src"])
        trust_type = CLOSED_TYPES.get(code) or type_from_name(name)
        if code in CLOSED_TYPES:
            src.append("type: curated")
        succ = ""
        if code in successor:
            succ, why = successor[code]
            src.append(why)
        else:
            notes.append(f"{code} {name}: closed {iso(c['close'])}, no successor known")
        rows.append(
            {
                "ods_code": code,
                "name": name,
                "short_name": short_name(code, name),
                "trust_type": trust_type,
                "region": region,
                "website": "",
                "foi_url": "",
                "wres_url": "",
                "site_type": "generic",
                "successor_ods": succ,
                "active": 0,
                "source": "; ".join(src),
            }
        )

    # guards: the successor named by the public record is the trust we mean
    by_code = {r["ods_code"]: r for r in rows}
    for code, (new, guard, _what) in KNOWN_SUCCESSORS.items():
        named = code in by_code and by_code[code]["successor_ods"] == new
        if named and (new not in by_code or guard.lower() not in by_code[new]["name"].lower()):
            raise SystemExit(f"{code}: successor {new} is not {guard!r}: check the sources")
    for r in rows:
        assert r["trust_type"] in TRUST_TYPES, r
    rows.sort(key=lambda r: r["ods_code"])
    validate_rows(rows, label="built registry")
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary or notes")
    args = parser.parse_args(argv)
    if not (args.corpus / "ods-etr-2026.csv").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    rows, notes = build(args.corpus)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        write_registry_csv(rows, fh, extra_columns=("source",))
    tmp.replace(args.out)
    if not args.quiet:
        active = [r for r in rows if r["active"]]
        print(f"wrote {args.out}: {len(active)} active, {len(rows) - len(active)} inactive")
        for label, key in (("region", "region"), ("type", "trust_type"), ("site", "site_type")):
            counts = Counter(r[key] for r in active)
            print(f"  by {label}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for note in notes:
            print("  note:", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
