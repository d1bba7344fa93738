"""The README's examples work: every trustdocs command line in a shell block parses
(options where the command line accepts them), and the jq example runs on real
`parse-file --json` output."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import warnings
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from trustdocs.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"
# jq's keywords cannot be object-construction shorthand ({label} is a syntax error).
JQ_KEYWORDS = {
    "def", "as", "if", "then", "elif", "else", "end", "and", "or", "not", "reduce",
    "foreach", "try", "catch", "label", "import", "include", "__loc__",
}  # fmt: skip


def shell_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def trustdocs_commands() -> list[list[str]]:
    commands = []
    for line in shell_lines():
        line = line.split(" #", 1)[0].split(" | ", 1)[0].rstrip(" &")
        words = shlex.split(line)
        if words and Path(words[0]).name == "trustdocs":
            commands.append(words[1:])
    return commands


def jq_filters() -> list[str]:
    return [m for line in shell_lines() for m in re.findall(r"\| jq '([^']*)'", line)]


def test_the_readme_has_examples_to_check():
    assert len(trustdocs_commands()) >= 5
    assert jq_filters()


@pytest.mark.parametrize("args", trustdocs_commands(), ids=" ".join)
def test_every_trustdocs_command_in_the_readme_parses(args):
    """Parse (not run) the command line as click would: a misplaced option fails here."""
    with cli.make_context("trustdocs", list(args)) as ctx:
        with warnings.catch_warnings():  # protected_args: deprecated, not yet replaced
            warnings.simplefilter("ignore", DeprecationWarning)
            remaining = [*ctx.protected_args, *ctx.args]
        name, command, rest = cli.resolve_command(ctx, remaining)
        try:
            command.make_context(name, rest, parent=ctx)
        except click.BadParameter as exc:  # an example file that is not here
            assert "does not exist" in str(exc), exc


def _letter_json(tmp_path: Path) -> str:
    from parsers.extract.model import TextBlock
    from trustdocs.demo.render import render_docx

    letter = tmp_path / "some-response.docx"
    letter.write_bytes(
        render_docx(
            [
                TextBlock("Freedom of Information Request"),
                TextBlock("Ref No.: FOI/2627/SG20002"),
                TextBlock("Date FOI request received: 2nd March 2026"),
                TextBlock("Date FOI response: 16th March 2026"),
                TextBlock("REQUEST & OUR RESPONSE:"),
                TextBlock("1. How many beds does the Trust have on its dementia wards?"),
                TextBlock("OUR RESPONSE: 42"),
                TextBlock("2. Does the Trust use mechanical restraint?"),
                TextBlock("OUR RESPONSE: No. It is not used."),
            ]
        )
    )
    return CliRunner().invoke(cli, ["parse-file", str(letter), "--json"]).output


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq not installed (make system-deps)")
@pytest.mark.parametrize("jq_filter", jq_filters())
def test_the_jq_example_runs_on_parse_file_output(tmp_path, jq_filter):
    done = subprocess.run(
        ["jq", "-c", jq_filter],
        input=_letter_json(tmp_path),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows == [
        {"label": "1", "answer_kind": "number"},
        {"label": "2", "answer_kind": "no"},
    ]


@pytest.mark.parametrize("jq_filter", jq_filters())
def test_the_jq_example_names_keys_parse_file_prints(tmp_path, jq_filter):
    """Without jq: no keyword used as a shorthand key, and every key it reads exists."""
    shorthand = re.findall(r"[{,]\s*([A-Za-z_]\w*)\s*(?=[,}])", jq_filter)
    assert not set(shorthand) & JQ_KEYWORDS, shorthand
    item = json.loads(_letter_json(tmp_path))["foi"]["items"][0]
    read = set(re.findall(r"\.(\w+)", jq_filter)) | set(shorthand)
    assert read - {"foi", "items"} <= set(item), read - set(item)
