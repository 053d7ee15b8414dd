"""`recordgen check`: language that cares, one finding per line."""

from __future__ import annotations

import json

import click

from ..api import InvalidRecord, ReadError, TranslationsFileGiven, check_record, load_record, skipped_line
from ._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, exit_code_for, main_group, settings_from


@main_group.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@click.option("--strict", is_flag=True, help="Exit 1 when there are any findings.")
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """Check that each record speaks to the child in words that fit them.

    One finding per line as FILE:LINE: field: [kind] message -> suggestion, where
    kind is system-word, third-person, reading-level or action. The child's own
    words (child_views) and anything in quotation marks are never corrected.

    Exit 0 (1 with --strict when there are findings); 1 when a record does not
    fit the record format; 2 when a file cannot be read at all.
    """
    settings = settings_from(ctx)
    worst = EXIT_OK
    findings = []
    checked = 0
    sidecars: list[TranslationsFileGiven] = []
    for path in files:
        try:
            loaded = load_record(path)
        except TranslationsFileGiven as exc:
            sidecars.append(exc)
            continue
        except ReadError as exc:
            click.echo(str(exc.diagnostic), err=True)
            worst = max(worst, exit_code_for(exc))
            checked += 1
            continue
        except InvalidRecord as exc:
            # The record must fit the format before its words can be checked.
            for diagnostic in exc.diagnostics:
                click.echo(str(diagnostic), err=True)
            click.echo(f"recordgen: {path} was not checked; fix the problems above first "
                       f"(`recordgen validate {path}`)", err=True)
            worst = max(worst, exit_code_for(exc))
            checked += 1
            continue
        checked += 1
        findings.extend(check_record(loaded, settings))
    if sidecars:
        click.echo(skipped_line(sidecars), err=True)
        if not checked:
            click.echo("recordgen: no records among the files given; give the record files themselves", err=True)
            worst = max(worst, EXIT_USAGE)
    if as_json:
        click.echo(json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False))
    else:
        for finding in findings:
            click.echo(str(finding))
        noun = "finding" if len(findings) == 1 else "findings"
        click.echo(f"{checked} file(s) checked: {len(findings)} language {noun}", err=True)
    if strict and findings:
        worst = max(worst, EXIT_PROBLEMS)
    ctx.exit(worst)
