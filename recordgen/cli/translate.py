"""`recordgen translate`: send the IRO's words to a translator and take them back."""

from __future__ import annotations

from pathlib import Path

import click

from ..record.loading import InvalidRecord, load_record
from ..translation import (
    XliffError, export_xliff_file, import_xliff, items_for_recipient,
    languages_needing_translation, load_translations, normalize_language, recipients_in,
)
from ._common import EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group


def _problems(lines: list[str]) -> str:
    return lines[0] if len(lines) == 1 else f"{len(lines)} problems:\n  " + "\n  ".join(lines)


def _run(action):
    """Several problems at once read better as a list; the group gives the rest their exit codes."""
    try:
        return action()
    except InvalidRecord as exc:
        raise Problem.from_error(exc, _problems([str(d) for d in exc.diagnostics])) from None
    except XliffError as exc:
        raise Problem.from_error(exc, _problems(exc.problems)) from None
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
def export_command(record_file: str, language: str, output: str | None) -> None:
    """Write an XLIFF 1.2 file of every item a reader of LANG may see."""
    record_path = Path(record_file)
    out = Path(output) if output else record_path.with_name(
        f"{record_path.stem}.{normalize_language(language)}.xlf")
    count = _run(lambda: export_xliff_file(record_path, language, out))
    click.echo(f"wrote {out}: {count} item{'s' if count != 1 else ''} to translate into {language}")


@translate_group.command("import")
@click.argument("xliff_file", type=click.Path(dir_okay=False))
@click.option("--record", "record_file", type=click.Path(dir_okay=False),
              help="The record the file was exported from (default: found by name next to the file).")
def import_command(xliff_file: str, record_file: str | None) -> None:
    """Check a translated XLIFF file and store its translations next to the record."""
    result = _run(lambda: import_xliff(xliff_file, record_file))
    click.echo(f"stored {result.count} translation{'s' if result.count != 1 else ''} "
               f"into {result.language} in {result.sidecar}")


@translate_group.command("status")
@click.argument("record_file", type=click.Path(dir_okay=False))
def status_command(record_file: str) -> None:
    """Show, per recipient, how many items are translated, missing or stale."""
    def report() -> int:
        loaded = load_record(record_file)
        store = load_translations(record_file)
        record = loaded.record
        blocked = 0
        if not languages_needing_translation(record):
            click.echo("every copy is in English; nothing to translate")
            return 0
        for language in languages_needing_translation(record):
            for recipient in recipients_in(record, language):
                counts = {"translated": [], "missing": [], "stale": []}
                for item in items_for_recipient(record, recipient):
                    counts[store.status(language, item.path, item.text)].append(item.path)
                if counts["missing"] or counts["stale"]:
                    blocked += 1
                line = (f"{recipient.name} ({language}): {len(counts['translated'])} translated, "
                        f"{len(counts['missing'])} awaiting translation, {len(counts['stale'])} stale")
                if counts["stale"]:
                    line += f" ({', '.join(counts['stale'])})"
                click.echo(line)
        return blocked
    if _run(report):
        raise SystemExit(EXIT_PROBLEMS)
