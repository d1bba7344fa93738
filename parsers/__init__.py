"""bytes → records. `parse_document` is the one entry point the pipeline uses."""

from __future__ import annotations

from parsers.records import ParseResult
from parsers.versions import PARSER_VERSION

__all__ = ["PARSER_VERSION", "parse_document"]

DOUBTFUL_CONFIDENCE = 0.3  # ceiling for a document whose text does not read as language


def parse_document(
    data: bytes,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    kind_hint: str | None = None,
) -> ParseResult:
    """Sniff, extract, classify and parse one document. Never raises for bad
    input: the result's `status` says what happened (ok, partial, failed,
    unsupported, scanned) and `error` why."""
    try:
        return _parse(data, filename=filename, content_type=content_type, kind_hint=kind_hint)
    except Exception as exc:  # a parser bug must not stop a run
        return ParseResult(
            kind=_hint_kind(kind_hint),
            parser_version=PARSER_VERSION,
            status="failed",
            error=f"internal parser error: {type(exc).__name__}: {exc}"[:500],
        )


def _hint_kind(kind_hint: str | None) -> str:
    from parsers.kinds import kind_from_hint, parse_kind

    return parse_kind(kind_from_hint(kind_hint))


def _parse(data, *, filename, content_type, kind_hint) -> ParseResult:
    from parsers.classify import classify
    from parsers.extract import ExtractionError, extract, sniff

    result = ParseResult(kind=_hint_kind(kind_hint), parser_version=PARSER_VERSION)
    fmt = sniff(data or b"")
    try:
        doc = extract(data or b"", filename=filename, content_type=content_type)
    except ExtractionError as exc:
        result.status = "unsupported" if exc.reason == "unsupported" else "failed"
        result.error = str(exc)
        result.confidence = 0.0
        return result
    result.pages = doc.pages
    result.title = doc.title
    result.tables = list(doc.tables)
    result.warnings.extend(doc.warnings)
    result.kind = classify(doc, kind_hint=kind_hint, filename=filename)

    if "scanned" in doc.flags and "ocr" not in doc.flags:
        result.status = "scanned"
        result.error = "no text layer; OCR unavailable (install tesseract-ocr)"
        result.confidence = 0.0
        return result

    if result.kind == "foi_response":
        from parsers.foi.label_pairs import LABEL_PAIRS_CONFIDENCE, LABEL_PAIRS_WARNING
        from parsers.foi.parse import parse_foi_with_warnings

        foi, warnings = parse_foi_with_warnings(doc)
        result.foi = foi
        result.warnings.extend(warnings)
        result.title = foi.title or doc.title
        result.confidence = _foi_confidence(foi)
        if LABEL_PAIRS_WARNING in warnings:  # pairs from the model, not the rules
            result.confidence = min(result.confidence, LABEL_PAIRS_CONFIDENCE)
        result.shingles = _letter_shingles(doc, foi)
        if not foi.items and not foi.response_text:
            result.status = "partial"
            result.error = "no questions or answers recognised"
        elif result.confidence < 0.5:
            result.status = "partial"
    elif result.kind == "wres_report":
        try:
            from parsers.wres.parse import parse_wres
        except Exception as exc:
            result.status = "partial"
            result.warnings.append(f"WRES parser unavailable ({type(exc).__name__}: {exc})")
            result.confidence = 0.1
        else:
            from parsers.wres.parse import UNSETTLED

            if doc.format == "text" and not doc.tables:
                doc = _tabbed_text(data, doc, result)
            try:
                wres, warnings = parse_wres(doc)
            except Exception as exc:
                result.status = "failed"
                result.error = f"WRES parser error: {type(exc).__name__}: {exc}"[:500]
                result.confidence = 0.0
            else:
                result.wres = wres
                result.warnings.extend(warnings)
                result.title = getattr(wres, "title", None) or doc.title
                n = len(getattr(wres, "metrics", []) or [])
                result.confidence = 0.9 if n >= 10 else (0.5 if n else 0.2)
                if any(w.startswith(UNSETTLED) for w in warnings):
                    # figures whose key no reader settled: a person should look
                    # (review_queue lists documents under 0.6)
                    result.confidence = min(result.confidence, 0.5)
                if not n:
                    result.status = "partial"
    else:
        result.status = "partial"
        result.confidence = 0.1
        result.warnings.append("document kind not recognised; tables kept only")

    if "ocr" in doc.flags:
        result.status = "scanned"
        ocr_conf = doc.ocr_confidence if doc.ocr_confidence is not None else 0.5
        result.confidence = round(min(result.confidence or 0.0, ocr_conf), 2)
        result.warnings.append(f"text recovered by OCR (mean word confidence {ocr_conf:.2f})")
    if "truncated" in doc.flags and result.status == "ok":
        result.status = "partial"
    if "doubtful" in doc.flags:
        # garbled text is kept for a reviewer but never saved as a clean read
        result.confidence = round(min(result.confidence or 0.0, DOUBTFUL_CONFIDENCE), 2)
        if result.status == "ok":
            result.status = "partial"
    _ = fmt
    return result


def _letter_shingles(doc, foi):
    """The letter as hashes for its trust's template; None (and a parse that stands)
    if they cannot be had."""
    from parsers.foi.template import letter_shingles
    from parsers.foi.units import _units

    try:
        blocks = [u.text for u in _units(doc)]
    except Exception:  # the template is a refinement: never the reason a parse fails
        return None
    answers = [it.answer for it in foi.items if it.answer]
    return letter_shingles(blocks, [it.question for it in foi.items], answers)


def _tabbed_text(data: bytes, doc, result: ParseResult):
    """A WRES report saved as text by a word processor (cells as tab-indented lines):
    its tables rebuilt, so it reads as the DOCX or PDF it was saved from."""
    from parsers.extract.model import Extracted, Table
    from parsers.wres.plaintext import looks_tabbed, tabbed_items

    text = (data or b"").decode("utf-8", "replace").lstrip("\ufeff")
    if not looks_tabbed(text):
        return doc
    items = tabbed_items(text)
    rebuilt = Extracted(items=items, pages=doc.pages, format="text", title=doc.title)
    rebuilt.flags, rebuilt.warnings = doc.flags, doc.warnings
    result.tables = [i for i in items if isinstance(i, Table)]
    result.warnings.append(
        f"plain text with tab-indented table cells: {len(result.tables)} tables rebuilt"
    )
    return rebuilt


def _foi_confidence(foi) -> float:
    score = 0.0
    score += 0.15 if foi.reference else 0.0
    score += 0.1 if foi.received_date else 0.0
    score += 0.1 if foi.responded_date else 0.0
    if foi.items:
        score += 0.35
        answered = sum(1 for it in foi.items if it.answer)
        score += 0.3 * answered / len(foi.items)
    elif foi.response_text:
        score += 0.2
    return round(min(score, 1.0), 2)
