"""`recordgen feedback add | import`: the answers children send back on their copy's feedback part."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import click

from .. import api
from ._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group, settings_from

_DATE = click.DateTime(formats=["%Y-%m-%d"])
_FOLDER = click.option("--folder", "folder", type=click.Path(file_okay=False), default=".", show_default=True,
                       help="The batch's folder (where its manifest is); the answers go in its feedback.yaml.")
_REPLACE = click.option("--replace", is_flag=True, help="Put this answer in place of one already stored.")


@main_group.group("feedback")
def feedback_group() -> None:
    """Store the answers sent back on a copy's feedback part (one feedback.yaml per batch folder)."""


def _stored_line(stored: api.Stored) -> str:
    row = stored.copy
    what = "replaced" if stored.replaced else "stored"
    return (f"{stored.answer.reference}: {what} ({stored.answer.how}, received {stored.answer.received}; "
            f"a {row.role}'s copy, {row.band or 'band unknown'}, {row.language})")


def _echo_stored(stored: api.Stored, folder: str) -> None:
    """The stored line, and a warning when the copy answered is not recorded as sent (stored all the same:
    it was handed over, or the mark was forgotten)."""
    click.echo(_stored_line(stored))
    if not stored.sent:
        name = Path(stored.copy.path).name or "the copy"
        manifest = next((p for p in (Path(folder) / "manifest.json", Path(folder) / "manifest.csv") if p.is_file()),
                        Path(folder) / "manifest.json")
        click.echo(f"recordgen: warning: {stored.answer.reference}: the manifest does not record {name} as sent, "
                   "so `report` counts this answer for a copy not recorded as sent; if it was sent, mark it: "
                   f"recordgen mark-sent {manifest} {name} --on DAY", err=True)


@feedback_group.command("add")
@click.argument("reference")
@click.option("--sense", type=click.Choice(["yes", "partly", "no"]),
              help="Did the letter make sense: yes, partly ('a bit', the middle face) or no.")
@click.option("--wrong", help="What they say is wrong, in their words.")
@click.option("--change", help="What they would change, in their words.")
@click.option("--received", type=_DATE, help="The day the answer came back (YYYY-MM-DD); default today.")
@_FOLDER
@_REPLACE
@click.pass_context
def feedback_add(ctx: click.Context, reference: str, sense: str | None, wrong: str | None, change: str | None,
                 received: dt.datetime | None, folder: str, replace: bool) -> None:
    """Store an answer typed from a paper page: REFERENCE is the code printed on it (7KQ2-M9XD).

    The reference must be of a copy in the batch folder; a second answer for it needs
    --replace. Exit 0 when stored, 2 when refused (the message says why).
    """
    settings = settings_from(ctx)
    answer = api.Answer(reference, sense=sense or "", wrong=wrong or "", change=change or "",
                        received=received.date().isoformat() if received else "", how="paper")
    try:
        stored = api.store_answers(folder, [answer], replace, settings.feedback)
    except OSError as exc:
        raise Problem(f"cannot write the answers in {folder}: {exc.strerror or exc}", EXIT_USAGE) from None
    _echo_stored(stored[0], folder)


def _passwords(path: str | None) -> list[str]:
    if not path:
        return []
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if "password" not in (reader.fieldnames or []):
                raise Problem(f"{path}: not a passwords file (it needs a 'password' column, as `send --encrypt` "
                              "writes)", EXIT_USAGE)
            return [row["password"] for row in reader if row.get("password")]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise Problem(f"cannot read the passwords file {path}: {getattr(exc, 'strerror', None) or exc}",
                      EXIT_USAGE) from None


@feedback_group.command("import")
@click.argument("pdfs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@_FOLDER
@_REPLACE
@click.option("--passwords", "passwords_path", type=click.Path(dir_okay=False),
              help="The passwords file `send --encrypt` wrote, for copies sent locked.")
@click.pass_context
def feedback_import(ctx: click.Context, pdfs: tuple[str, ...], folder: str, replace: bool,
                    passwords_path: str | None) -> None:
    """Store the answers filled in on returned PDF copies (their form fields).

    A PDF with no reference, or one of a copy not in the batch folder, is refused
    and named; the others are stored. Exit 0 when every PDF was stored, 1 when
    one was refused, 2 when none could be read at all.
    """
    settings = settings_from(ctx)
    try:
        stored, refused = api.import_feedback_pdfs(pdfs, folder, replace, settings.feedback,
                                                   _passwords(passwords_path))
    except OSError as exc:
        raise Problem(f"cannot write the answers in {folder}: {exc.strerror or exc}", EXIT_USAGE) from None
    for line in refused:
        click.echo(f"recordgen: {line}", err=True)
    for item in stored:
        _echo_stored(item, folder)
    click.echo(f"Stored {len(stored)} of {len(pdfs)}.")
    ctx.exit(EXIT_OK if not refused else EXIT_PROBLEMS)
