"""The researcher's commands: `similar` (prior disclosures that answer a draft request)
and `parse-file` (what the parsers read in one file)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from trustdocs.commands.options import (
    EXIT_OK,
    EXIT_PARTIAL,
    Fatal,
    common_options,
    limit_options,
)
from trustdocs.settings import Settings, open_db


@click.command()
@common_options
@click.argument("text")
@click.option("--limit", default=10, show_default=True, type=int)
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def similar(settings: Settings, text: str, limit: int, as_json: bool) -> int:
    """Prior disclosures, from every trust, that answer a draft request.

    Relevance runs from 0 to 1 and compares across drafts: 0.7 × the share of the
    draft's words matched, each weighted by how rare it is among all disclosures, plus
    0.3 × the character-trigram similarity of draft and question. The words a
    disclosure lacks are listed after its relevance."""
    from dataclasses import asdict

    from db.search import similar as find_similar

    if not settings.db_path.exists():
        raise Fatal(
            f"no database at {settings.db_path}: run `trustdocs run` or `trustdocs demo` first"
        )
    matches = find_similar(open_db(settings.db_path), text, limit=limit)
    if as_json:
        rows = [{**asdict(m), "partial": m.partial} for m in matches]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not matches:
        click.echo("No prior disclosure matches that text.")
    elif all(m.partial for m in matches):
        click.echo(
            "No prior disclosure matches every word of the draft; the closest follow, "
            "with the words each one lacks.\n"
        )
    for n, m in enumerate(matches, start=1):
        answer = " ".join((m.answer or "").split())
        lacks = f"; lacks: {', '.join(m.missing)}" if m.missing else ""
        click.echo(
            f"{n}. {m.trust_name or m.trust_ods} — {m.reference or 'no reference'}, "
            f"{m.responded_date or 'date unknown'}  (relevance {m.score:.2f}{lacks})"
        )
        click.echo(f"   Q{m.label or ''}: {' '.join(m.question.split())[:200]}")
        click.echo(f"   A: {answer[:240]}{'…' if len(answer) > 240 else ''}")
        click.echo(f"   {m.url or ''}")
    return EXIT_OK


@click.command("parse-file")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["foi", "wres"]), help="skip classification")
@click.option("--json", "as_json", is_flag=True, default=True, help="print JSON (the default)")
@limit_options
def parse_file(file: Path, kind: str | None, as_json: bool, limits) -> int:
    """Print what the parsers extract from one file, as JSON, touching no database.
    The file is read in a worker under the same limits as a run."""
    from trustdocs.isolation import Job
    from trustdocs.report import parse_result_json
    from trustdocs.workerpool import parse_isolated

    job = Job(key=str(file), path=str(file), filename=file.name, kind_hint=kind)
    result = parse_isolated(job, limits).result
    click.echo(json.dumps(parse_result_json(result), indent=2, ensure_ascii=False))
    return EXIT_OK if result.status in ("ok", "partial", "scanned") else EXIT_PARTIAL
