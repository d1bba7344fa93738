"""A WRES report saved as plain text by a word processor (table cells as tab-indented
lines, rows separated by blank lines) reads as the DOCX it was saved from: through
`parse_document`, which `parse-file` runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.wres_score import score
from parsers import parse_document
from parsers.wres.plaintext import looks_tabbed, tabbed_items

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "lpt-wres-2021-22.txt"
TRUTH = Path(__file__).parent / "truth" / "wres" / "lpt-wres-2021-22.json"


def _tabbed(rows: list[list[str]]) -> str:
    return "\n\n".join("\n".join(f"\t{c}" for c in r) for r in rows)


# a made-up report: paragraphs and two indicator tables saved as text
TEXT = (
    "Workforce Race Equality Standard report 2023\n\n"
    "Table 2: Indicator 2 - Relative likelihood of staff being appointed from shortlisting\n\n"
    + _tabbed(
        [
            ["", "2021/22", "2022/23"],
            ["White applicants appointed from shortlisting %", "24.0%", "25.5%"],
            ["BME applicants appointed from shortlisting %", "15.0%", "17.0%"],
            ["Relative likelihood (White/BME)", "1.60", "1.50"],
        ]
    )
    + "\n\n\nTable 3: Indicator 3 - Relative likelihood of entering the formal disciplinary "
    "process\n\n"
    + _tabbed(
        [
            ["", "2021/22", "2022/23"],
            ["White staff entering the disciplinary process %", "0.50%", "0.60%"],
            ["BME staff entering the disciplinary process %", "0.80%", "0.72%"],
            ["Relative likelihood (BME/White)", "1.60", "1.20"],
        ]
    )
    + "\n\nThe tables above show our figures.\n"
)


def test_looks_tabbed_needs_tables_not_a_few_indented_lines():
    assert looks_tabbed(TEXT)
    assert not looks_tabbed("Dear requester,\n\n\tthank you\n\nRegards\n")


def test_tabbed_text_rebuilds_its_table():
    tables = [i for i in tabbed_items(TEXT) if hasattr(i, "rows")]
    assert tables and tables[0].rows[3] == ["Relative likelihood (White/BME)", "1.60", "1.50"]


def test_parse_document_reads_a_tabbed_text_report():
    result = parse_document(TEXT.encode(), filename="wres.txt", kind_hint="wres")
    got = {m.key(): m.value for m in result.wres.metrics}
    assert got[(2, "relative_likelihood", None, None, "White", "2022/23")] == 1.5
    assert got[(2, "rate", None, None, "BME", "2021/22")] == 15.0
    assert got[(3, "relative_likelihood", None, None, "BME", "2022/23")] == 1.2
    assert got[(3, "rate", None, None, "BME", "2022/23")] == 0.72
    assert result.tables


@pytest.mark.skipif(not SEED.exists(), reason="../shared seeds not present")
def test_the_seed_text_file_reads_like_its_docx():
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))["metrics"]
    result = parse_document(SEED.read_bytes(), filename=SEED.name, kind_hint="wres")
    s = score(result.wres.metrics, truth)
    assert s["matched"] == len(truth) and not s["misattributed"]
