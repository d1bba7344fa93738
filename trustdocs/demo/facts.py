"""The facts behind the offline demo web: six fictional NHS trusts, their FOI
responses and their WRES reports.

Everything the demo web serves is rendered from these facts (see
`trustdocs.demo.documents`), so tests know exactly what each document says.
Generation is deterministic: seeded `random.Random` instances, no clock.

Conventions the documents follow (what a parser should read back):

* `DemoFoiItem.question` / `.answer` are exactly the printed text with
  whitespace normalised, without the label prefix ("a)", "1.", "Question 1:")
  and without the answer marker ("OUR RESPONSE:", "Answer:").
* `DemoFoi.exemptions` holds (section, item label or None for the whole request).
* `DemoWresFigure` lists every figure printed in the WRES tables (not those in
  narrative paragraphs), with `period` the financial year and `period_label` the
  column header as printed.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from trustdocs.demo import foi_topics
from trustdocs.demo.foi_topics import Ctx, Q

# ---------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class DemoTrust:
    ods_code: str
    name: str
    short_name: str
    trust_type: str
    region: str
    host: str  # loopback address, e.g. "127.0.0.2"
    # added fields
    domain: str = ""  # the trust's (fictional) public domain, used in answer texts
    foi_style: str = "seed"  # the house style of its FOI responses
    robots: str = "permissive"  # permissive | crawl_delay | disallow


@dataclass(frozen=True)
class DemoFoiItem:
    label: str
    question: str
    answer: str
    answer_kind: str
    heading: str | None = None
    # added fields
    table: tuple[tuple[str, ...], ...] | None = None  # a table printed after the answer


@dataclass(frozen=True)
class DemoFoi:
    trust_ods: str
    reference: str
    title: str
    received: date
    responded: date
    style: str  # seed | table | qa
    fmt: str  # pdf | docx | html
    items: tuple[DemoFoiItem, ...]
    exemptions: tuple[tuple[str, str | None], ...]
    outcome: str  # disclosed | partially_disclosed | refused | not_held
    filename: str
    round_robin: str | None
    # added fields
    disallowed: bool = False  # stored under a path robots.txt disallows
    working_days: int = 0  # FOIA s10 working days from receipt to response
    sign_off: str = ""  # the closing paragraph (not part of any answer)

    @property
    def within_deadline(self) -> bool:
        return self.working_days <= 20


@dataclass(frozen=True)
class DemoWresFigure:
    indicator: int
    measure: str  # percentage | relative_likelihood | difference | rate
    ethnic_group: str  # BME | White | Asian | Black | Mixed | Other
    period: str  # financial year "2022/23"
    value: float | None
    staff_group: str | None = None
    band: str | None = None
    period_label: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    redacted: bool = False
    # added fields
    source_table: str | None = None  # "Table 1"

    def key(self) -> tuple:
        return (
            self.indicator,
            self.measure,
            self.staff_group,
            self.band,
            self.ethnic_group,
            self.period,
        )


@dataclass(frozen=True)
class DemoWresAction:
    number: str
    objective: str
    action: str
    lead: str
    due: str
    milestone: str
    progress: str | None
    metrics: str
    rag: str | None


@dataclass(frozen=True)
class DemoWres:
    trust_ods: str
    reporting_year: str
    fmt: str  # pdf | docx
    filename: str
    title: str
    figures: tuple[DemoWresFigure, ...]
    actions: tuple[DemoWresAction, ...]
    # added fields
    published: date | None = None


# ---------------------------------------------------------------- trusts

_TRUSTS = (
    DemoTrust(
        "XA1",
        "Northmoor Partnership NHS Trust",
        "Northmoor Partnership",
        "Mental health and learning disability",
        "Midlands",
        "127.0.0.2",
        "www.northmoor-partnership.nhs.example",
        "seed",
        "permissive",
    ),
    DemoTrust(
        "XA2",
        "Eastvale Hospitals NHS Foundation Trust",
        "Eastvale Hospitals",
        "Acute",
        "East of England",
        "127.0.0.3",
        "www.eastvale-hospitals.nhs.example",
        "table",
        "crawl_delay",
    ),
    DemoTrust(
        "XA3",
        "Southbourne Community Health NHS Trust",
        "Southbourne Community Health",
        "Community",
        "South East",
        "127.0.0.4",
        "www.southbourne-community.nhs.example",
        "qa",
        "disallow",
    ),
    DemoTrust(
        "XA4",
        "Westmere Ambulance Service NHS Trust",
        "Westmere Ambulance",
        "Ambulance",
        "South West",
        "127.0.0.5",
        "www.westmere-ambulance.nhs.example",
        "seed",
        "permissive",
    ),
    DemoTrust(
        "XA5",
        "Riverfells Teaching Hospitals NHS Foundation Trust",
        "Riverfells Hospitals",
        "Acute",
        "North East and Yorkshire",
        "127.0.0.6",
        "www.riverfells-hospitals.nhs.example",
        "table",
        "permissive",
    ),
    DemoTrust(
        "XA6",
        "Kingsgate Mental Health NHS Foundation Trust",
        "Kingsgate Mental Health",
        "Mental health and learning disability",
        "London",
        "127.0.0.7",
        "www.kingsgate-mh.nhs.example",
        "qa",
        "permissive",
    ),
    # Four more trusts, one per site type discovery must recognise on its own
    # (their registry rows carry no foi_url/wres_url: see trustdocs.demo.sitetypes).
    DemoTrust(
        "XA7",
        "Harrowfield University Hospitals NHS Foundation Trust",
        "Harrowfield Hospitals",
        "Acute",
        "London",
        "127.0.0.8",
        "www.harrowfield-hospitals.nhs.example",
        "seed",
        "permissive",
    ),
    DemoTrust(
        "XA8",
        "Lowmarsh Community Healthcare NHS Trust",
        "Lowmarsh Community",
        "Community",
        "North West",
        "127.0.0.9",
        "www.lowmarsh-community.nhs.example",
        "table",
        "permissive",
    ),
    DemoTrust(
        "XA9",
        "Thornbury and Wyre Mental Health NHS Foundation Trust",
        "Thornbury and Wyre",
        "Mental health and learning disability",
        "North West",
        "127.0.0.10",
        "www.thornbury-wyre.nhs.example",
        "qa",
        "permissive",
    ),
    DemoTrust(
        "XA0",
        "Eskdale Ambulance Service NHS Trust",
        "Eskdale Ambulance",
        "Ambulance",
        "North East and Yorkshire",
        "127.0.0.11",
        "www.eskdale-ambulance.nhs.example",
        "seed",
        "permissive",
    ),
)

# A few trusts changed house style: before this date they used another one.
_STYLE_BEFORE = {"XA4": (date(2024, 4, 1), "table"), "XA5": (date(2024, 4, 1), "qa")}


def demo_trusts() -> list[DemoTrust]:
    return list(_TRUSTS)


def trust_by_ods(ods: str) -> DemoTrust:
    for trust in _TRUSTS:
        if trust.ods_code == ods:
            return trust
    raise KeyError(ods)


# ---------------------------------------------------------------- calendar


@functools.cache
def bank_holidays() -> frozenset[date]:
    """England and Wales bank holidays 2022-2027."""
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=range(2022, 2028)))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays()


def add_working_days(start: date, n: int) -> date:
    day = start
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def working_days_between(received: date, responded: date) -> int:
    """FOIA s10: the first working day after receipt is day 1."""
    count, day = 0, received
    while day < responded:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def ordinal_date(day: date) -> str:
    """'3rd June 2025'"""
    n = day.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {day:%B} {day.year}"


def financial_year(day: date) -> str:
    """'2025/26' for any date from 1 April 2025 to 31 March 2026."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


# ---------------------------------------------------------------- FOI

N_FOI_PER_TRUST = 28
ROUND_ROBIN_GROUP = "rr-2026-appraisal-training-data"
ROUND_ROBIN_TRUSTS = ("XA1", "XA2", "XA3", "XA4", "XA5")
# Received dates chosen to straddle bank holidays (Easter, coronation, Christmas).
_HOLIDAY_DATES = (
    date(2023, 4, 3),
    date(2023, 5, 2),
    date(2023, 12, 18),
    date(2024, 3, 25),
    date(2024, 12, 16),
    date(2025, 4, 14),
    date(2025, 5, 19),
    date(2025, 12, 15),
    date(2026, 3, 30),
)
_SIGN_OFFS = (
    "Should you wish us to look again at how we handled your request, please write to the "
    "Information Governance Team at {email} within two months of the date of this letter. "
    "Should that review not resolve matters, you "
    "may take your complaint to the Information Commissioner, whose office is at Wycliffe House, "
    "Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).",
    "We hope this information is helpful. If you are unhappy with our response you may request "
    "an internal review by writing to {email} within 40 working days. If you remain dissatisfied "
    "after the internal review you may complain to the Information Commissioner’s Office "
    "(www.ico.org.uk), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "Your right to complain: if you are not satisfied with this response you can ask for an "
    "internal review by contacting {email}. If you are still not satisfied after the review, you "
    "can complain to the Information Commissioner at www.ico.org.uk or by telephone on "
    "0303 123 1113.",
)


def _foi_email(trust: DemoTrust) -> str:
    return "foi@" + trust.domain.removeprefix("www.")


def foi_style_for(trust: DemoTrust, received: date) -> str:
    before = _STYLE_BEFORE.get(trust.ods_code)
    if before and received < before[0]:
        return before[1]
    return trust.foi_style


def _kind_outcome(items: list[DemoFoiItem], exemptions: list[tuple[str, str | None]]) -> str:
    if any(label is None for _, label in exemptions):
        return "refused"
    if items and all(i.answer_kind == "not_held" for i in items):
        return "not_held"
    if any(i.answer_kind == "exempt" for i in items):
        return "partially_disclosed"
    return "disclosed"


def _labelled_items(
    sections: list[tuple[str | None, list[Q]]], style: str
) -> list[tuple[str, str | None, Q]]:
    """Give every question its printed label: '1a' under a numbered heading, else '1'."""
    out: list[tuple[str, str | None, Q]] = []
    if style != "seed":
        n = 0
        for _, questions in sections:
            for q in questions:
                n += 1
                out.append((str(n), None, q))
        return out
    n = 0
    for heading, questions in sections:
        if heading is None:
            for q in questions:
                n += 1
                out.append((str(n), None, q))
        else:
            n += 1
            for i, q in enumerate(questions):
                out.append((f"{n}{'abcdefghij'[i]}", f"{n}. {heading}", q))
    return out


def _items_for(
    sections: list[tuple[str | None, list[Q]]], style: str
) -> tuple[tuple[DemoFoiItem, ...], list[tuple[str, str | None]]]:
    items: list[DemoFoiItem] = []
    exemptions: list[tuple[str, str | None]] = []
    for label, heading, q in _labelled_items(sections, style):
        if q.table is not None and style != "table":
            answer, kind, table = q.answer, "table", q.table
        elif q.table is not None:  # a table cannot sit in a table cell: printed as text
            answer, kind, table = q.table_text or q.answer, "text", None
        else:
            answer, kind, table = q.answer, q.kind, None
        items.append(DemoFoiItem(label, q.question, answer, kind, heading, table))
        if q.exemption:
            exemptions.append((q.exemption, None if q.whole_request else label))
    # one whole-request exemption, not one per item
    seen: set[tuple[str, str | None]] = set()
    unique = [e for e in exemptions if not (e in seen or seen.add(e))]
    return tuple(items), unique


def _received_dates(rng: random.Random, n: int) -> list[date]:
    start, end = date(2023, 1, 9), date(2026, 9, 25)
    span = (end - start).days
    picks = set(rng.sample(_HOLIDAY_DATES, 3))
    while len(picks) < n:
        day = start + timedelta(days=rng.randrange(span))
        if is_working_day(day) and not (date(2026, 5, 20) <= day <= date(2026, 6, 20)):
            picks.add(day)
    return sorted(picks)


def _formats(rng: random.Random, n: int, weights: tuple[int, int, int]) -> list[str]:
    fmts = rng.choices(("pdf", "docx", "html"), weights=weights, k=n)
    for i, fmt in enumerate(("pdf", "docx", "html")):
        if fmt not in fmts:
            fmts[i * 3] = fmt
    return fmts


_FORMAT_WEIGHTS = {
    "XA1": (2, 5, 1),
    "XA2": (5, 1, 2),
    "XA3": (2, 2, 4),
    "XA4": (4, 3, 1),
    "XA5": (3, 2, 3),
    "XA6": (3, 3, 3),
    "XA7": (3, 4, 2),
    "XA8": (4, 2, 2),
    "XA9": (3, 3, 2),
    "XA0": (5, 2, 1),
}
_INITIALS = {"XA1": ("SG", "JM", "KP"), "XA4": ("AB", "RT")}


class _RefCounter:
    def __init__(self, trust: DemoTrust, rng: random.Random):
        self.trust = trust
        self.rng = rng
        self.by_year: dict[int, int] = {}
        self.serial = rng.randrange(11000, 16000)

    def make(self, style: str, received: date) -> tuple[str, str]:
        """(reference as printed, file stem)"""
        self.serial += self.rng.randrange(60, 260)
        if style == "seed":
            fy = financial_year(received)
            code = fy[2:4] + fy[5:7]
            initials = self.rng.choice(_INITIALS.get(self.trust.ods_code, ("IG",)))
            ref = f"FOI/{code}/{initials}{self.serial:05d}"
            return ref, ref.replace("/", "-")
        if style == "table":
            seq = self.by_year.get(received.year, 0) + self.rng.randrange(8, 60)
            self.by_year[received.year] = seq
            ref = f"FOI-{received.year}-{seq:04d}"
            return ref, ref
        ref = f"{self.serial:05d}"
        return ref, f"foi-response-{ref}"


def _build_foi(
    trust: DemoTrust,
    rng: random.Random,
    refs: _RefCounter,
    received: date,
    days: int,
    fmt: str,
    title: str,
    sections: list[tuple[str | None, list[Q]]],
    round_robin: str | None = None,
) -> DemoFoi:
    style = foi_style_for(trust, received)
    responded = add_working_days(received, days)
    reference, stem = refs.make(style, received)
    items, exemptions = _items_for(sections, style)
    ext = {"pdf": "pdf", "docx": "docx", "html": "html"}[fmt]
    sign_off = _SIGN_OFFS[int(trust.ods_code[-1]) % len(_SIGN_OFFS)].format(email=_foi_email(trust))
    return DemoFoi(
        trust_ods=trust.ods_code,
        reference=reference,
        title=title,
        received=received,
        responded=responded,
        style=style,
        fmt=fmt,
        items=items,
        exemptions=tuple(exemptions),
        outcome=_kind_outcome(list(items), exemptions),
        filename=f"{stem}.{ext}",
        round_robin=round_robin,
        working_days=working_days_between(received, responded),
        sign_off=sign_off,
    )


def _trust_foi(trust: DemoTrust) -> list[DemoFoi]:
    rng = random.Random(f"trustdocs-demo-foi-{trust.ods_code}")
    refs = _RefCounter(trust, rng)
    has_rr = trust.ods_code in ROUND_ROBIN_TRUSTS
    n_regular = N_FOI_PER_TRUST - (1 if has_rr else 0)
    dates = _received_dates(rng, n_regular)
    fmts = _formats(rng, N_FOI_PER_TRUST, _FORMAT_WEIGHTS[trust.ods_code])
    # working days: mostly on time, a few late; at least two late per trust
    days = [rng.randrange(21, 26) if rng.random() < 0.15 else rng.randrange(5, 21) for _ in dates]
    for i in rng.sample(range(len(days)), 2):
        days[i] = rng.randrange(21, 26)
    # which topics: the special ones first (placed at random positions), then the bank
    specials = list(foi_topics.SPECIAL_TOPICS)
    regular = rng.sample(foi_topics.TOPICS, n_regular - len(specials))
    plan = specials + regular
    rng.shuffle(plan)
    # (received, working days, format, title, sections, round-robin group)
    tasks = []
    for i, topic in enumerate(plan):
        topic_rng = random.Random(f"{trust.ods_code}-{i}-{topic.__name__}")
        title, sections = topic(topic_rng, trust, Ctx(dates[i]))
        tasks.append((dates[i], days[i], fmts[i], title, sections, None))
    if has_rr:
        rr_rng = random.Random(f"trustdocs-demo-rr-{trust.ods_code}")
        received = date(2026, 6, 1) + timedelta(days=ROUND_ROBIN_TRUSTS.index(trust.ods_code) % 3)
        title, sections = foi_topics.round_robin_appraisal(rr_rng, trust, Ctx(received))
        tasks.append(
            (received, rr_rng.randrange(8, 24), fmts[-1], title, sections, ROUND_ROBIN_GROUP)
        )
    tasks.sort(key=lambda t: t[0])
    # references are allocated in order of receipt
    out = [
        _build_foi(trust, rng, refs, received, n_days, fmt, title, sections, round_robin=group)
        for received, n_days, fmt, title, sections, group in tasks
    ]
    out.sort(key=lambda f: (f.received, f.reference))
    if trust.robots == "disallow":
        # the three oldest responses live in an archive folder robots.txt disallows
        out = [replace(f, disallowed=True) if i < 3 else f for i, f in enumerate(out)]
    return out


@functools.cache
def _all_foi() -> tuple[DemoFoi, ...]:
    out: list[DemoFoi] = []
    for trust in _TRUSTS:
        out.extend(_trust_foi(trust))
    return tuple(out)


def foi_facts() -> list[DemoFoi]:
    return list(_all_foi())


# ---------------------------------------------------------------- WRES


@functools.cache
def _all_wres() -> tuple[DemoWres, ...]:
    from trustdocs.demo import wres_data  # imports this module's dataclasses

    out: list[DemoWres] = []
    for index, trust in enumerate(_TRUSTS):
        out.extend(wres_data.trust_reports(trust, index))
    return tuple(out)


def wres_facts() -> list[DemoWres]:
    return list(_all_wres())
