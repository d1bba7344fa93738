"""The operator's command line: common options on either side of the command,
progress bars on a terminal only, busy ports."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import socket
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from trustdocs.cli import cli, main
from trustdocs.demo.server import DemoWeb
from trustdocs.demo_run import discovered_demo_rows
from trustdocs.ports import PortBusy, choose_port, port_is_free
from trustdocs.progress import progress_wanted
from trustdocs.registry import write_registry_csv

TRUSTDOCS = Path(sys.executable).with_name("trustdocs")


def invoke(*args: str, env: dict | None = None):
    """Run the command in process; `return_value` is its exit code (0, 3)."""
    return CliRunner().invoke(
        cli, list(args), env=env, catch_exceptions=False, standalone_mode=False
    )


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.argv", ["trustdocs", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    out = capsys.readouterr()
    return stop.value.code, out.out, out.err


@pytest.fixture
def listening():
    """A socket listening on 127.0.0.1 at some free port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture
def one_trust_registry(tmp_path):
    path = tmp_path / "registry.csv"
    row = {
        "ods_code": "RT5",
        "name": "Leicestershire Partnership NHS Trust",
        "region": "Midlands",
        "trust_type": "Mental health and community",
        "website": "http://127.0.0.1:9/",
        "foi_url": "http://127.0.0.1:9/foi",
        "site_type": "generic",
        "active": 1,
    }
    with path.open("w", newline="") as fh:
        write_registry_csv([row], fh)
    return path


# --- common options before and after the command ------------------------------


def test_registry_before_and_after_the_command_gives_the_same_rows(one_trust_registry):
    before = invoke("--registry", str(one_trust_registry), "trusts", "--csv")
    after = invoke("trusts", "--csv", "--registry", str(one_trust_registry))
    assert before.exit_code == after.exit_code == 0
    assert before.output == after.output
    assert before.output.count("\n") == 2  # header and RT5, not the bundled ~240


@pytest.mark.parametrize("placement", ["before", "after"])
def test_db_and_verbose_work_on_either_side(monkeypatch, capsys, tmp_path, placement):
    common = ["-v", "--db", str(tmp_path / "none.db")]
    args = [*common, "status"] if placement == "before" else ["status", *common]
    code, _, err = run_main(monkeypatch, capsys, *args)
    assert code == 1
    assert f"no database at {tmp_path / 'none.db'}" in err
    assert "No such option" not in err


def test_an_option_after_the_command_wins_over_one_before(tmp_path, one_trust_registry):
    out = invoke(
        "--registry", str(tmp_path / "missing.csv"), "trusts", "--registry", str(one_trust_registry)
    )
    assert out.exit_code == 0 and "RT5" in out.output


def test_db_before_the_command_beats_the_environment(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("TRUSTDOCS_DB", str(tmp_path / "from-env.db"))
    code, _, err = run_main(monkeypatch, capsys, "--db", str(tmp_path / "given.db"), "status")
    assert code == 1 and "given.db" in err and "from-env" not in err


@pytest.mark.parametrize("placement", ["before", "after"])
def test_quiet_on_either_side_silences_run(tmp_path, one_trust_registry, placement):
    common = ["-q", "--db", str(tmp_path / "t.db"), "--store", str(tmp_path / "raw")]
    run = ["run", "--registry", str(one_trust_registry), "--allow-private", "--delay", "0"]
    args = [*common, *run] if placement == "before" else [*run, *common]
    loud = invoke(*run, "--db", str(tmp_path / "t.db"), "--store", str(tmp_path / "raw"))
    quiet = invoke(*args)
    assert loud.return_value == quiet.return_value == 3  # the trust's site is not there
    assert "Scraping 1 trust(s)…" in loud.stderr
    assert "Scraping" not in quiet.stderr


# --- progress ------------------------------------------------------------------


def test_progress_is_wanted_on_a_terminal_unless_quiet_or_forced(monkeypatch, tmp_path):
    monkeypatch.delenv("TRUSTDOCS_PROGRESS", raising=False)
    _, slave = pty.openpty()
    with os.fdopen(slave, "w") as tty, (tmp_path / "log").open("w") as log:
        assert progress_wanted(False, tty) and not progress_wanted(True, tty)
        assert not progress_wanted(False, log)
        monkeypatch.setenv("TRUSTDOCS_PROGRESS", "1")
        assert progress_wanted(False, log) and not progress_wanted(True, log)
        monkeypatch.setenv("TRUSTDOCS_PROGRESS", "0")
        assert not progress_wanted(False, tty)


@pytest.fixture(scope="module")
def demo_registry(tmp_path_factory):
    """One demo trust's web on loopback and its registry CSV."""
    path = tmp_path_factory.mktemp("web") / "registry.csv"
    with DemoWeb(port=0, hosts=1) as web:
        with path.open("w", newline="") as fh:
            write_registry_csv(discovered_demo_rows(web), fh)
        yield path


@pytest.mark.network
def test_run_shows_trusts_documents_and_parsing_only_when_forced(tmp_path, demo_registry):
    def run(name: str, env: dict):
        return invoke(
            "run",
            "--registry",
            str(demo_registry),
            "--allow-private",
            "--delay",
            "0",
            "--db",
            str(tmp_path / name / "t.db"),
            "--store",
            str(tmp_path / name / "raw"),
            env=env,
        )

    plain = run("plain", {"TRUSTDOCS_PROGRESS": None})
    forced = run("forced", {"TRUSTDOCS_PROGRESS": "1"})
    assert plain.return_value == forced.return_value == 0, plain.output
    # Not a terminal: stderr is exactly what it was before progress bars existed.
    assert plain.stderr == "Scraping 1 trust(s)…\n"
    assert "Parsed" in plain.stdout and "Parsed" in forced.stdout
    assert "Trusts: 100%" in forced.stderr and "1/1" in forced.stderr
    assert "Documents:" in forced.stderr and "downloaded, 0 failed" in forced.stderr
    assert "Parsing: 100%" in forced.stderr


@pytest.mark.network
def test_run_on_a_real_terminal_draws_bars_and_quiet_does_not(tmp_path, demo_registry):
    def run_on_pty(name: str, *extra: str) -> str:
        master, slave = pty.openpty()
        # A terminal of 24 × 100 (a fresh pty has 0 columns, where a bar has no room).
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        env = {k: v for k, v in os.environ.items() if k != "TRUSTDOCS_PROGRESS"}
        args = [str(TRUSTDOCS), "run", "--registry", str(demo_registry), "--allow-private"]
        args += ["--delay", "0", "--db", str(tmp_path / name / "t.db")]
        args += ["--store", str(tmp_path / name / "raw"), *extra]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=slave, env=env)
        os.close(slave)
        chunks, deadline = [], time.monotonic() + 120
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        os.close(master)
        assert proc.wait(timeout=30) == 0
        return b"".join(chunks).decode("utf-8", "replace")

    shown = run_on_pty("tty")
    assert "Trusts: 100%" in shown and "Documents:" in shown and "Parsing: 100%" in shown
    quiet = run_on_pty("quiet", "-q")
    assert "Trusts" not in quiet and "Parsing" not in quiet and "Scraping" not in quiet


# --- ports -----------------------------------------------------------------------


def test_a_busy_default_port_moves_to_the_next_free_one(listening):
    assert not port_is_free("127.0.0.1", listening)
    chosen = choose_port(["127.0.0.1"], listening, explicit=False)
    assert chosen > listening and port_is_free("127.0.0.1", chosen)


def test_a_busy_explicit_port_is_a_one_line_error(listening):
    with pytest.raises(PortBusy, match=f"port {listening} on 127.0.0.1 is in use"):
        choose_port(["127.0.0.1"], listening, explicit=True)
    assert choose_port(["127.0.0.1"], 0, explicit=True) == 0  # any port: the server picks


def test_a_port_busy_on_one_demo_host_is_busy_for_the_demo_web():
    sock = socket.socket()
    sock.bind(("127.0.0.3", 0))
    sock.listen()
    port = sock.getsockname()[1]
    try:
        assert port_is_free("127.0.0.2", port)
        assert choose_port(["127.0.0.2", "127.0.0.3"], port, explicit=False) != port
    finally:
        sock.close()


def _fake_serve(calls):
    def serve(db_path, store_dir, host, port):
        calls.append(port)
        return 0

    return serve


def test_serve_with_a_busy_port_flag_exits_1_in_one_line(monkeypatch, capsys, tmp_path, listening):
    (tmp_path / "t.db").touch()
    calls: list[int] = []
    monkeypatch.setattr("trustdocs.commands.publishing._serve", _fake_serve(calls))
    code, _, err = run_main(
        monkeypatch, capsys, "serve", "--db", str(tmp_path / "t.db"), "--port", str(listening)
    )
    assert code == 1 and calls == []
    assert err.strip().count("\n") == 0 and "Traceback" not in err
    assert f"port {listening} on 127.0.0.1 is in use" in err


def test_serve_with_a_busy_default_port_says_which_port_it_used(
    monkeypatch, capsys, tmp_path, listening
):
    (tmp_path / "t.db").touch()
    calls: list[int] = []
    monkeypatch.setattr("trustdocs.commands.publishing._serve", _fake_serve(calls))
    port_option = next(p for p in cli.commands["serve"].params if p.name == "port")
    monkeypatch.setattr(port_option, "default", listening)
    code, _, err = run_main(monkeypatch, capsys, "serve", "--db", str(tmp_path / "t.db"))
    assert code == 0 and len(calls) == 1 and calls[0] > listening
    assert f"Port {listening} is in use; Datasette uses port {calls[0]} instead." in err


def test_demo_checks_its_ports_before_building(monkeypatch, capsys, tmp_path, listening):
    def no_build(*args, **kwargs):
        raise AssertionError("the demo must not build when it cannot serve")

    monkeypatch.setattr("trustdocs.demo_run.build_demo", no_build)
    workdir = ["--workdir", str(tmp_path / "demo")]
    started = time.monotonic()
    code, _, err = run_main(monkeypatch, capsys, "demo", "--port", str(listening), *workdir)
    assert code == 1 and time.monotonic() - started < 5
    assert "Datasette: port" in err and "Traceback" not in err
    web = socket.socket()
    web.bind(("127.0.0.2", 0))  # the first demo trust's address
    web.listen()
    try:
        busy = str(web.getsockname()[1])
        code, _, err = run_main(monkeypatch, capsys, "demo", "--no-serve", "--web-port", busy)
    finally:
        web.close()
    assert code == 1 and f"the demo web: port {busy} on 127.0.0.2…" in err


def test_demo_web_with_a_busy_explicit_port_exits_1(monkeypatch, capsys):
    sock = socket.socket()
    sock.bind(("127.0.0.2", 0))
    sock.listen()
    try:
        port = sock.getsockname()[1]
        code, _, err = run_main(monkeypatch, capsys, "demo-web", "--port", str(port))
    finally:
        sock.close()
    assert code == 1 and "the demo web: port" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "command", [["status"], ["similar", "agency nurses"], ["parse"], ["serve", "--port", "0"]]
)
def test_a_file_that_is_not_a_database_is_a_one_line_error(monkeypatch, capsys, tmp_path, command):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("meeting notes, not a database\n")
    code, _, err = run_main(monkeypatch, capsys, *command, "--db", str(not_a_db))
    assert code == 1
    assert "Traceback" not in err and err.strip().count("\n") == 0
    assert str(not_a_db) in err and "not a database" in err
    assert not_a_db.read_text() == "meeting notes, not a database\n"  # left as it was
