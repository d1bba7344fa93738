"""How well links and documents are told apart: FOI response, WRES report, other.

Measured on every demo link and document (the truth is the facts table: which
paths hold FOI responses and WRES reports) and on the real corpus
(``/work/shared/corpus/foi/*`` are FOI responses, ``corpus/wres/pages/*.txt``
WRES pages; skipped when absent). Prints precision and recall per class and
asserts what the classifier reaches, so a regression shows.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from parsers.classify import classify_document
from parsers.extract.model import Table
from parsers.kinds import FOI, OTHER, WRES
from parsers.linkclass import classify_link
from trustdocs.demo.documents import foi_items, wres_items
from trustdocs.demo.facts import foi_facts, wres_facts
from trustdocs.demo.site import build_sites

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def scores(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, int]]:
    """(truth, predicted) pairs → {class: (precision, recall, support)}."""
    out = {}
    for kind in (FOI, WRES):
        tp = sum(1 for t, p in pairs if t == kind and p == kind)
        predicted = sum(1 for _, p in pairs if p == kind)
        actual = sum(1 for t, _ in pairs if t == kind)
        out[kind] = (tp / predicted if predicted else 1.0, tp / actual if actual else 1.0, actual)
    return out


def report(name: str, pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, int]]:
    result = scores(pairs)
    others = sum(1 for t, _ in pairs if t == OTHER)
    print(f"\n{name}: {len(pairs)} items ({others} other)")
    for kind, (p, r, n) in result.items():
        print(f"  {kind:13} precision {p:6.1%}  recall {r:6.1%}  (n={n})")
    confusion = Counter(pairs)
    print("  confusion (truth → predicted):", dict(sorted(confusion.items())))
    return result


def _truth_by_path() -> tuple[dict[tuple[str, str], str], dict]:
    sites = build_sites()
    truth = {}
    for ods, site in sites.items():
        for path in site.pages:
            truth[(ods, path.split("?", 1)[0])] = OTHER
        for path in site.foi_paths.values():
            truth[(ods, path)] = FOI
        for path in site.wres_paths.values():
            truth[(ods, path)] = WRES
    return truth, sites


def test_link_classification_on_the_demo():
    truth, sites = _truth_by_path()
    pairs = []
    # every URL the sites serve, as a sitemap lists them (no link text)
    for (_ods, path), kind in truth.items():
        if path.endswith((".css", ".txt")):
            continue
        pairs.append((kind, classify_link("http://demo.example" + path).kind))
    url_only = report("demo URLs (no text)", pairs)
    # every link on every page, with its text
    links = []
    for ods, site in sites.items():
        for path, res in site.pages.items():
            if not res.content_type.startswith("text/html"):
                continue
            soup = BeautifulSoup(res.body, "lxml")
            for a in soup.find_all("a", href=True):
                target = urljoin("http://demo.example" + path, str(a["href"]))
                tpath = target.removeprefix("http://demo.example").split("?", 1)[0].split("#", 1)[0]
                kind = truth.get((ods, tpath), OTHER)
                links.append((kind, classify_link(target, a.get_text(" "), a.get("title")).kind))
    with_text = report("demo links (URL and link text)", links)
    for result in (url_only, with_text):
        assert result[FOI][0] >= 0.99 and result[FOI][1] >= 0.99
        assert result[WRES][0] >= 0.99 and result[WRES][1] >= 0.95


def _item_text(items) -> str:
    parts = []
    for item in items:
        if isinstance(item, Table):
            parts.extend(" ".join(r) for r in item.rows[:10])
        else:
            parts.append(item.text)
    return "\n".join(parts)


def test_document_classification_on_the_demo():
    """First-page text of every demo document (as the extractors give it), no names."""
    pairs = []
    for foi in foi_facts():
        pairs.append((FOI, classify_document(_item_text(foi_items(foi))).kind))
    for report_ in wres_facts():
        pairs.append((WRES, classify_document(_item_text(wres_items(report_))).kind))
    _, sites = _truth_by_path()
    for site in sites.values():  # pages that are neither: home, listings, the WRES index
        for path, res in site.pages.items():
            if res.content_type.startswith("text/html") and path not in site.foi_paths.values():
                text = BeautifulSoup(res.body, "lxml").get_text(" ")
                pairs.append((OTHER, classify_document(text).kind))
    result = report("demo documents (text only)", pairs)
    assert result[FOI][0] >= 0.99 and result[FOI][1] >= 0.99
    assert result[WRES][0] >= 0.99 and result[WRES][1] >= 0.99


def _fast_text(path: Path) -> str:
    """The first pages' text, quickly (pypdfium2 / python-docx / plain text)."""
    data = path.read_bytes()
    if data[:5] == b"%PDF-":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(data)
        try:
            return "\n".join(
                pdf[i].get_textpage().get_text_range() for i in range(min(3, len(pdf)))
            )
        finally:
            pdf.close()
    if data[:2] == b"PK":
        import docx

        document = docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables[:3] for row in t.rows[:10] for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs[:200]] + cells)
    text = data.decode("utf-8", "replace")
    if path.suffix == ".html":
        text = BeautifulSoup(text, "lxml").get_text(" ")
    return text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")
def test_classification_on_the_real_corpus():
    links, docs = [], []
    foi_dir = CORPUS / "foi"
    for f in sorted(foi_dir.iterdir()) if foi_dir.is_dir() else []:
        if (f.suffix.lower() in (".md",) and f.name.isupper()) or f.name == "PROVENANCE.md":
            continue
        links.append((FOI, classify_link("https://trust.example/documents/" + f.name).kind))
        try:
            text = _fast_text(f)
        except Exception:
            text = ""
        docs.append((FOI, classify_document(text).kind))
    pages = CORPUS / "wres" / "pages"
    for f in sorted(pages.glob("*.txt")) if pages.is_dir() else []:
        raw = f.read_text(encoding="utf-8", errors="replace")
        url = re.sub(r"^URL:\s*", "", raw.split("\n", 1)[0]).strip()
        body = raw.split("---", 1)[-1]
        title = body.strip().split("\n", 1)[0][:200]
        links.append((WRES, classify_link(url, None, title).kind))
        docs.append((WRES, classify_document(body).kind))
    if not links:
        pytest.skip("corpus folders empty")
    link_result = report("corpus links (file name / URL and title)", links)
    doc_result = report("corpus documents (first pages' text)", docs)
    # precision: nothing is taken for the other kind
    assert link_result[FOI][0] == 1.0 and link_result[WRES][0] == 1.0
    assert doc_result[FOI][0] == 1.0 and doc_result[WRES][0] == 1.0
    # recall: corpus file names were chosen by people, not trusts; texts are what counts
    assert link_result[FOI][1] >= 0.7 and link_result[WRES][1] >= 0.8
    assert doc_result[FOI][1] >= 0.9 and doc_result[WRES][1] >= 0.9
