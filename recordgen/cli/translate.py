"""`recordgen translate`: send the IRO's words to a translator and take them back."""

from __future__ import annotations

import click

from .. import api
from ._common import EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group


def _problems(lines: list[str]) -> str:
    return lines[0] if len(lines) == 1 else f"{len(lines)} problems:\n  " + "\n  ".join(lines)


def _run(action):
    """Several problems at once read better as a list; the group gives the rest their exit codes."""
    try:
        return action()
    except api.InvalidRecord as exc:
        raise Problem.from_error(exc, _problems([str(d) for d in exc.diagnostics])) from None
    except api.XliffError as exc:
        raise Problem.from_error(exc, _problems(exc.problems) + (f"\n{exc.hint}" if exc.hint else "")) from None
    except OSError as exc:
        raise Problem(f"{exc.filename or 'a file'}: cannot write ({exc.strerror})", EXIT_USAGE) from None


@main_group.group("translate")
def translate_group() -> None:
    """Translate the IRO's own words through XLIFF files (see README, Translations)."""


@translate_group.command("export")
@click.argument("record_file", type=click.Path(dir_okay=False))
@click.option("--lang", "language", required=True, help="Language to translate into, e.g. ur, ps, fa-AF.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="XLIFF file to write (default: RECORD.LANG.xlf next to the record).")
@click.option("--source-in-target", is_flag=True,
              help="Start each untranslated target as a copy of the English (state needs-translation).")
@click.option("--for-tool", type=click.Choice(["omegat"], case_sensitive=False),
              help="Shape the file for this tool: omegat means --source-in-target.")
def export_command(record_file: str, language: str, output: str | None,
                   source_in_target: bool, for_tool: str | None) -> None:
    """Write an XLIFF 1.2 file of every item a reader of LANG may see."""
    # OmegaT's XLIFF filter translates what the targets hold and finds nothing in empty ones.
    copy_source = source_in_target or for_tool is not None
    out, count = _run(lambda: api.export_translation(record_file, language, output, copy_source))
    click.echo(f"wrote {out}: {count} item{'s' if count != 1 else ''} to translate into {language}")


@translate_group.command("import")
@click.argument("xliff_file", type=click.Path(dir_okay=False))
@click.option("--record", "record_file", type=click.Path(dir_okay=False),
              help="The record the file was exported from (default: found by name next to the file).")
def import_command(xliff_file: str, record_file: str | None) -> None:
    """Check a translated XLIFF file and store its translations next to the record."""
    result = _run(lambda: api.import_translation(xliff_file, record_file))
    click.echo(f"stored {result.count} translation{'s' if result.count != 1 else ''} "
               f"into {result.language} in {result.sidecar}")
    for warning in api.imported_translation_warnings(result):
        click.echo(str(warning), err=True)


@translate_group.command("status")
@click.argument("record_file", type=click.Path(dir_okay=False))
def status_command(record_file: str) -> None:
    """Show, per recipient, how many items are translated, missing or stale."""
    progress = _run(lambda: api.translation_status(record_file))
    if not progress:
        click.echo("every copy is in English; nothing to translate")
        return
    for each in progress:
        line = (f"{each.recipient.name} ({each.language}): {len(each.translated)} translated, "
                f"{len(each.missing)} awaiting translation, {len(each.stale)} stale")
        if each.stale:
            line += f" ({', '.join(each.stale)})"
        click.echo(line)
    if not all(each.ready for each in progress):
        raise SystemExit(EXIT_PROBLEMS)
