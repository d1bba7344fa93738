"""The command line: exit codes, discover → run through the override file, parse-file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from trustdocs.cli import cli, main
from trustdocs.demo.facts import demo_trusts
from trustdocs.demo.server import DemoWeb
from trustdocs.registry import write_registry_csv


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def exit_code_of(monkeypatch, *args: str) -> int:
    monkeypatch.setattr("sys.argv", ["trustdocs", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    return stop.value.code


def test_bad_arguments_and_missing_files_exit_1(monkeypatch, tmp_path):
    assert exit_code_of(monkeypatch, "run", "--no-such-option") == 1
    assert exit_code_of(monkeypatch, "status", "--db", str(tmp_path / "none.db")) == 1
    assert exit_code_of(monkeypatch, "trusts", "--registry", str(tmp_path / "none.csv")) == 1
    assert exit_code_of(monkeypatch, "run", "--trust", "ZZZ", "--db", str(tmp_path / "t.db")) == 1


def test_trusts_lists_the_bundled_registry_as_csv():
    out = invoke("trusts", "--csv").output.splitlines()
    assert out[0].startswith("ods_code,name,short_name,trust_type,region")
    assert any(line.startswith("RT5,Leicestershire Partnership NHS Trust") for line in out)
    assert len(out) > 200


def test_parse_file_reports_a_broken_pdf_as_failed_json(monkeypatch, capsys, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    assert exit_code_of(monkeypatch, "parse-file", str(broken), "--json") == 3
    data = json.loads(capsys.readouterr().out)
    assert data["status"] in ("failed", "unsupported")
    assert data["error"]
    assert data["foi"] is None and data["wres"] is None


@pytest.mark.network
def test_discover_writes_overrides_that_run_then_uses(tmp_path):
    bare = tmp_path / "bare.csv"
    with DemoWeb(port=0) as web:
        rows = [
            {
                "ods_code": t.ods_code,
                "name": t.name,
                "region": t.region,
                "website": web.base_url(t.ods_code),
                "site_type": "generic",
                "active": 1,
            }
            for t in demo_trusts()
        ]
        with bare.open("w", newline="") as fh:
            write_registry_csv(rows, fh)
        common = [
            "--registry",
            str(bare),
            "--db",
            str(tmp_path / "t.db"),
            "--store",
            str(tmp_path / "raw"),
        ]
        found = invoke("discover", "--trust", "XA8", "--allow-private", "--delay", "0", *common)
        assert found.exit_code == 0, found.output
        overrides = (tmp_path / "registry-overrides.csv").read_text()
        assert "XA8" in overrides and "sitemap" in overrides
        ran = invoke("run", "--trust", "XA8", "--allow-private", "--delay", "0", *common)
    assert ran.exit_code == 0, ran.output
    assert "1 trust(s) ok, 0 failed" in ran.output
    status = invoke("status", "--json", "--db", str(tmp_path / "t.db"))
    health = json.loads(status.output)
    assert health[0]["trust_ods"] == "XA8" and health[0]["foi_documents"] > 0


def test_ingest_a_received_response_then_find_it_with_similar(tmp_path):
    from parsers.extract.model import TextBlock
    from trustdocs.demo.render import render_docx

    letter = render_docx(
        [
            TextBlock("Freedom of Information Request"),
            TextBlock("Ref No.: FOI/2627/SG20001"),
            TextBlock("Date FOI request received: 2nd March 2026"),
            TextBlock("Date FOI response: 16th March 2026"),
            TextBlock("REQUEST & OUR RESPONSE:"),
            TextBlock("1. How many beds does the Trust have on its dementia wards?"),
            TextBlock("OUR RESPONSE: 42"),
            TextBlock("2. Please contact me at jane.doe@example.com with the answer."),
            TextBlock("OUR RESPONSE: Noted."),
        ]
    )
    path = tmp_path / "received.docx"
    path.write_bytes(letter)
    common = ["--db", str(tmp_path / "t.db"), "--store", str(tmp_path / "raw")]
    out = invoke("ingest", str(path), "--trust", "RT5", *common)
    assert "Parsed 1 document(s)" in out.output, out.output
    db = __import__("sqlite_utils").Database(tmp_path / "t.db")
    request = next(db.query("select * from foi_requests"))
    assert (request["trust_ods"], request["reference"]) == ("RT5", "FOI/2627/SG20001")
    assert (request["received_date"], request["responded_date"], request["working_days"]) == (
        "2026-03-02",
        "2026-03-16",
        10,
    )
    assert "jane.doe@example.com" not in (request["request_text"] or "")
    found = invoke("similar", "number of beds on dementia wards", "--json", *common)
    matches = json.loads(found.output)
    assert matches[0]["reference"] == "FOI/2627/SG20001" and matches[0]["trust_ods"] == "RT5"
    assert "Unknown trust" not in invoke("ingest", str(path), "--trust", "rt5", *common).output
