"""Records the parsers produce. Field names are the column names of the tables
in DESIGN.md, so `db/` saves them as they are and `parse-file --json` prints them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from parsers.wres.bands import band_in_one_spelling

if TYPE_CHECKING:
    from parsers.foi.template import LetterShingles

# answer_kind values
ANSWER_KINDS = ("yes", "no", "not_applicable", "not_held", "exempt", "number", "text", "table")
# outcome values
OUTCOMES = ("disclosed", "partially_disclosed", "refused", "not_held", "unknown")


@dataclass
class FoiExemption:
    law: str  # "FOIA" | "EIR"
    section: str  # "12", "40(2)", "12(4)(a)"
    label: str | None = None  # "cost limit"
    item_seq: int | None = None  # seq of the FoiItem it applies to, None = whole request


@dataclass
class FoiItem:
    seq: int  # 1-based order in the document
    label: str | None  # as printed: "1", "1a", "Q4"
    question: str
    answer: str | None
    answer_kind: str = "text"
    heading: str | None = None  # the enclosing numbered heading, e.g. "1. Trust status"
    table_index: int | None = None  # index into ParseResult.tables when the answer is a table


@dataclass
class FoiResponse:
    reference: str | None = None
    title: str | None = None
    received_date: date | None = None
    responded_date: date | None = None
    working_days: int | None = None
    within_deadline: bool | None = None
    outcome: str = "unknown"
    request_text: str | None = None
    response_text: str | None = None
    items: list[FoiItem] = field(default_factory=list)
    exemptions: list[FoiExemption] = field(default_factory=list)


@dataclass
class WresMetric:
    indicator: int
    measure: str  # percentage | relative_likelihood | difference | rate
    ethnic_group: str | None
    period: str | None  # financial year "2021/22"
    value: float | None
    staff_group: str | None = None
    band: str | None = None
    period_label: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    redacted: bool = False
    unit: str | None = None  # "%", "ratio", "pp"
    source_table: str | None = None
    source_page: int | None = None
    validation: str | None = None

    def key(self) -> tuple:
        return (
            self.indicator,
            self.measure,
            self.staff_group,
            band_in_one_spelling(self.band),
            self.ethnic_group,
            self.period,
        )


@dataclass
class WresAction:
    number: str | None
    objective: str | None
    action: str
    lead: str | None = None
    due: str | None = None
    milestone: str | None = None
    progress: str | None = None
    metrics: str | None = None
    rag: str | None = None


@dataclass
class WresReport:
    reporting_year: str | None = None
    title: str | None = None
    metrics: list[WresMetric] = field(default_factory=list)
    actions: list[WresAction] = field(default_factory=list)


@dataclass
class ParseResult:
    """Everything one document yields. `status` is a documents.parse_status value."""

    kind: str  # foi_response | wres_report | unknown
    parser_version: str
    status: str = "ok"  # ok | partial | failed | unsupported | scanned
    error: str | None = None
    confidence: float | None = None
    pages: int = 0
    title: str | None = None
    foi: FoiResponse | None = None
    wres: WresReport | None = None
    tables: list[Any] = field(default_factory=list)  # parsers.extract.model.Table
    warnings: list[str] = field(default_factory=list)
    # an FOI letter as hashes, for its trust's template (parsers.foi.template); never text
    shingles: LetterShingles | None = None
    # the part of its trust's template the letter was parsed with (effective_fingerprint)
    template_fingerprint: str | None = None


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def foi_to_rows(foi: FoiResponse) -> dict[str, Any]:
    """The foi_requests row with nested items and exemptions, ids local to the document."""
    row = {
        "id": None,
        "document_sha256": None,
        "trust_ods": None,
        "reference": foi.reference,
        "title": foi.title,
        "received_date": _jsonable(foi.received_date),
        "responded_date": _jsonable(foi.responded_date),
        "working_days": foi.working_days,
        "within_deadline": _jsonable(foi.within_deadline),
        "outcome": foi.outcome,
        "request_text": foi.request_text,
        "response_text": foi.response_text,
    }
    row["items"] = [
        {
            "id": item.seq,
            "request_id": None,
            "seq": item.seq,
            "label": item.label,
            "heading": item.heading,
            "question": item.question,
            "answer": item.answer,
            "answer_kind": item.answer_kind,
        }
        for item in foi.items
    ]
    row["exemptions"] = [
        {
            "request_id": None,
            "item_id": ex.item_seq,
            "law": ex.law,
            "section": ex.section,
            "label": ex.label,
        }
        for ex in foi.exemptions
    ]
    return row


def wres_to_rows(wres: WresReport) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": None,
        "document_sha256": None,
        "trust_ods": None,
        "reporting_year": wres.reporting_year,
        "title": wres.title,
    }
    row["metrics"] = [
        {"id": None, "report_id": None, "trust_ods": None}
        | {k: _jsonable(v) for k, v in asdict(m).items()}
        for m in wres.metrics
    ]
    row["actions"] = [{"report_id": None} | asdict(a) for a in wres.actions]
    return row
