"""`recordgen check`: language that cares, one finding per line; `--fix` and `--diff`."""

from __future__ import annotations

import json

import click

from .. import api
from ._common import EXIT_OK, EXIT_PROBLEMS, exit_code_for, main_group, report_skipped, settings_from


@main_group.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@click.option("--strict", is_flag=True, help="Exit 1 when there are any findings.")
@click.option("--fix", "fix", is_flag=True, help="Apply the safe fixes in place, then list what is left.")
@click.option("--diff", "diff", is_flag=True,
              help="Print a unified diff of what --fix would change; the files are left alone.")
@click.option("--unsafe-fixes", "unsafe", is_flag=True,
              help="With --fix or --diff, also the fixes that need a human eye (e.g. 'contact' -> 'family time').")
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], as_json: bool, strict: bool,
          fix: bool, diff: bool, unsafe: bool) -> None:
    """Check that each record speaks to the child in words that fit them.

    One finding per line as FILE:LINE: field: [kind] message -> suggestion, where
    kind is system-word, third-person, reading-level or action. The child's own
    words (child_views) and anything in quotation marks are never corrected.

    --fix writes the safe fixes into the file (atomically; comments and layout
    are kept), as Ruff does; --diff shows them instead and exits 1 when there is
    something to fix. A comment '# recordgen: allow WORD' on an item's line
    accepts that finding for that item (listed with "allowed" in --json).

    Exit 0 (1 with --strict when findings are left); 1 when a record does not
    fit the record format; 2 when a file cannot be read at all.
    """
    settings = settings_from(ctx)
    worst = EXIT_OK
    findings = []
    fixed = would_fix = 0
    checked = 0
    other_language: list[str] = []  # the language of each text marked as not English
    sidecars: list[api.TranslationsFileGiven] = []
    for path in files:
        try:
            if diff or fix:
                result = api.fix_file(path, unsafe=unsafe, dry_run=diff, settings=settings)
                for refused, why in result.refused:
                    click.echo(f"{path}: {refused.path}: not fixed ({refused.description}): {why}", err=True)
                if diff:
                    click.echo(result.diff, nl=False)
                    would_fix += len(result.applied)
                    checked += 1
                    continue
                fixed += len(result.applied)
                loaded = api.load_record(path)
            else:
                loaded = api.load_record(path)
        except api.TranslationsFileGiven as exc:
            sidecars.append(exc)
            continue
        except api.ReadError as exc:
            click.echo(str(exc.diagnostic), err=True)
            worst = max(worst, exit_code_for(exc))
            checked += 1
            continue
        except api.InvalidRecord as exc:
            # The record must fit the format before its words can be checked.
            for diagnostic in exc.diagnostics:
                click.echo(str(diagnostic), err=True)
            click.echo(f"recordgen: {path} was not checked; fix the problems above first "
                       f"(`recordgen validate {path}`)", err=True)
            worst = max(worst, exit_code_for(exc))
            checked += 1
            continue
        checked += 1
        unused: list = []
        findings.extend(api.check_record(loaded, settings, include_allowed=True, unused=unused))
        other_language += [language for _loc, language in api.other_language_texts(loaded.record)]
        for marker in unused:
            click.echo(f"{path}:{marker.line}: '{marker.text}' allows nothing here: check the spelling, "
                       f"or remove it if the finding has gone", err=True)
    worst = max(worst, report_skipped(sidecars, checked))
    if diff:
        click.echo(f"{checked} file(s): would fix {would_fix} finding(s)"
                   + ("" if unsafe else " (safe fixes only; add --unsafe-fixes for the others)"), err=True)
        ctx.exit(max(worst, EXIT_PROBLEMS if would_fix else EXIT_OK))
    active = [f for f in findings if not f.allowed]
    if as_json:
        # Allowed findings are listed too, with the marker that allowed them, for the record's audit.
        click.echo(json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False))
    else:
        for finding in active:
            click.echo(str(finding))
    click.echo(_summary(checked, active, len(findings) - len(active), fixed if fix else None), err=True)
    if other_language:
        # The word lists and rules are English's: a Welsh 'mynd' is no hard word.
        count = len(other_language)
        click.echo(f"{count} text{'' if count == 1 else 's'} written in another language "
                   f"({', '.join(dict.fromkeys(other_language))}) checked for system words only: "
                   f"the reading-level and third-person rules are for English", err=True)
    if strict and active:
        worst = max(worst, EXIT_PROBLEMS)
    ctx.exit(worst)


def _summary(files: int, active: list, allowed: int, fixed: int | None) -> str:
    noun = "finding" if len(active) == 1 else "findings"
    line = f"{files} file(s) checked: {len(active)} language {noun}"
    extras = []
    if fixed is not None:
        extras.append(f"{fixed} fixed")
    safe = sum(1 for f in active if f.fix and f.fix.safe)
    unsafe = sum(1 for f in active if f.fix and not f.fix.safe)
    if safe:
        extras.append(f"{safe} fixable with --fix")
    if unsafe:
        extras.append(f"{unsafe} more with --fix --unsafe-fixes")
    if allowed:
        extras.append(f"{allowed} allowed by a marker in the record")
    return line + (f" ({'; '.join(extras)})" if extras else "")
