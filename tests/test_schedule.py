"""The shipped scheduling files are valid and call the right command.

deploy/trustdocs.service + deploy/trustdocs.timer (systemd), deploy/trustdocs-web.service,
deploy/crontab (cron) and .github/workflows/nightly.yml (scheduled CI)."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
UNITS = ["trustdocs.service", "trustdocs.timer", "trustdocs-web.service"]


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string((DEPLOY / name).read_text())
    return parser


def _trustdocs_args(command_line: str) -> list[str]:
    words = shlex.split(command_line.lstrip("-+@!"))
    assert words[0].endswith("/trustdocs"), words
    return words[1:]


def test_units_parse_with_required_keys():
    service = _unit("trustdocs.service")
    assert service["Service"]["Type"] == "oneshot"
    for key in ("ExecStart", "User", "WorkingDirectory"):
        assert service["Service"].get(key), key
    assert service["Unit"].get("Description")
    timer = _unit("trustdocs.timer")
    assert timer["Timer"]["Unit"] == "trustdocs.service"
    assert timer["Timer"]["OnCalendar"]
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"
    web = _unit("trustdocs-web.service")
    assert web["Install"]["WantedBy"] == "multi-user.target"


def test_service_calls_trustdocs_run_with_db_and_store():
    service = _unit("trustdocs.service")["Service"]
    args = _trustdocs_args(service["ExecStart"])
    assert args[0] == "run"
    assert args[args.index("--db") + 1].endswith(".db")
    assert "--store" in args
    # exit 3 (some trusts failed) still publishes; exit 1 (fatal) fails the unit
    assert service["SuccessExitStatus"].split() == ["3"]
    post = [
        line.split("=", 1)[1]
        for line in (DEPLOY / "trustdocs.service").read_text().splitlines()
        if line.startswith("ExecStartPost=")
    ]
    assert any(_trustdocs_args(p)[0] == "publish" for p in post if "trustdocs publish" in p)
    # the site serves the published copy, not the database being written
    web_args = _trustdocs_args(_unit("trustdocs-web.service")["Service"]["ExecStart"])
    assert web_args[0] == "serve" and "/site/" in web_args[web_args.index("--db") + 1]


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_units_pass_systemd_analyze_verify(tmp_path):
    # verify insists that executables exist: point them at one that does
    for name in UNITS:
        text = (
            (DEPLOY / name).read_text().replace("/opt/trustdocs/.venv/bin/trustdocs", "/bin/true")
        )
        (tmp_path / name).write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / n) for n in UNITS)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "trustdocs" in line  # ignore complaints about the host's own units
    ]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_crontab_line():
    lines = [
        line
        for line in (DEPLOY / "crontab").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#") and not re.match(r"^\w+=", line)
    ]
    assert len(lines) == 1, lines
    fields = lines[0].split(None, 5)
    time_fields, command = fields[:5], fields[5]
    patterns = [
        r"[0-5]?\d",
        r"(1?\d|2[0-3])",
        r"(\*|[1-9]|[12]\d|3[01])",
        r"(\*|[1-9]|1[0-2])",
        r"(\*|[0-7])",
    ]
    for value, pattern in zip(time_fields, patterns, strict=True):
        assert re.fullmatch(pattern, value) or value == "*", time_fields
    assert re.search(r"trustdocs run\b.*--db \S+.*--store \S+", command)
    assert "trustdocs publish" in command


def _seconds(span: str) -> float:
    """A duration as timeout(1) or systemd write it: 90, 90s, 5m, 6h, 1d, 2min."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(s|m|min|h|d)?", span)
    assert match, span
    factor = {None: 1, "s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}[match.group(2)]
    return float(match.group(1)) * factor


def test_schedules_contain_the_run():
    # cron: the run is wrapped in timeout(1), with a SIGKILL fallback
    command = next(
        line
        for line in (DEPLOY / "crontab").read_text().splitlines()
        if "trustdocs run" in line and not line.lstrip().startswith("#")
    )
    wrapped = re.search(
        r"\btimeout\s+(?:--kill-after=(\S+)\s+)?(\S+)\s+\S*trustdocs run\b", command
    )
    assert wrapped, command
    assert wrapped.group(1) and 0 < _seconds(wrapped.group(1)) <= 3600
    assert 3600 <= _seconds(wrapped.group(2)) <= 12 * 3600
    # systemd: a oneshot unit's run is bounded by TimeoutStartSec (RuntimeMaxSec does not
    # apply to oneshot), its memory by MemoryMax, and a worker the kernel OOM-kills is
    # one failed document rather than the end of the run
    service = _unit("trustdocs.service")["Service"]
    assert service["Type"] == "oneshot"
    assert 3600 <= _seconds(service["TimeoutStartSec"]) <= 12 * 3600
    memory = re.fullmatch(r"(\d+)([MG])", service["MemoryMax"])
    assert memory and 2 <= int(memory.group(1)) / (1024 if memory.group(2) == "M" else 1) <= 16
    assert service["OOMPolicy"] == "continue"


def test_nightly_workflow():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "nightly.yml").read_text())
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    crons = [entry["cron"] for entry in on["schedule"]]
    assert crons and all(len(c.split()) == 5 for c in crons)
    steps = workflow["jobs"]["run"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert re.search(r"^\s*trustdocs run\b", runs, re.M)
    uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert any(s["with"]["path"].endswith(".db") for s in uploads)
