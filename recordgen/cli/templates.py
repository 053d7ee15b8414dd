"""`recordgen templates new|check`: a council's own templates, started from the stock ones and
checked before any copy is made with them."""

from __future__ import annotations

from pathlib import Path

import click

from .. import api
from ._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group, settings_from

BANDS = ("early", "young", "middle", "teen", "young_adult")


@main_group.group("templates")
def templates_group() -> None:
    """Council templates (one .docx per age band, and per language if wanted)."""


@templates_group.command("new")
@click.argument("band", type=click.Choice(BANDS))
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--language", help="Only for copies in this language: writes BAND.LANG.docx (e.g. middle.ur.docx).")
def new_command(band: str, folder: str, language: str | None) -> None:
    """Copy the stock template of BAND into FOLDER to start from (never over a file there)."""
    target = api.new_template(band, folder, language)
    click.echo(f"wrote {target}: open it in Word or LibreOffice, then run `recordgen templates check {folder}`")


@templates_group.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--quiet", "-q", is_flag=True, help="Do not list the names a template may use.")
@click.pass_context
def check_command(ctx: click.Context, paths: tuple[str, ...], quiet: bool) -> None:
    """Check template files, or every template in a folder (default: the [templates] folder setting).

    Lists the names a template uses that a copy's context does not provide, files in a folder whose
    name is never looked up, and which bands use the stock template; then the names a template may use.
    Exit 0 when all is well, 1 when not (or a tag is broken).
    """
    if not paths:
        folder = settings_from(ctx).templates.folder
        if not folder:
            raise Problem("name template files or a folder, or set [templates] folder in the settings", EXIT_USAGE)
        paths = (folder,)
    worst = EXIT_OK
    for path in paths:
        if Path(path).is_dir():
            worst = max(worst, _check_folder(Path(path)))
            continue
        unknown = api.check_template(path)  # a TemplateError (broken tag, not Word) exits 1
        for problem in unknown:
            click.echo(f"{path}: {problem}")
        if unknown:
            worst = EXIT_PROBLEMS
        else:
            click.echo(f"{path}: every name it uses is one the context provides")
    if not quiet:
        fields = api.documented_fields()
        width = max(len(name) for name, _ in fields)
        click.echo("\nNames a template may use:")
        for name, doc in fields:
            click.echo(f"  {name:<{width}}  {doc}")
    ctx.exit(worst)


@templates_group.command("fields")
def fields_command() -> None:
    """Every name a template may use, with what it is (from rendering/fields.py)."""
    fields = api.documented_fields()
    width = max(len(name) for name, _ in fields)
    for name, doc in fields:
        click.echo(f"{name:<{width}}  {doc}")


def _check_folder(folder: Path) -> int:
    files = api.check_folder(folder)
    worst = EXIT_OK
    for found in files:
        if found.problems:
            worst = EXIT_PROBLEMS
            for problem in found.problems:
                click.echo(f"{found.path}: {problem}")
        else:
            used_for = f"{found.band} copies in {found.language}" if found.language else \
                f"{found.band} copies (every language without its own)"
            click.echo(f"{found.path}: sound; used for {used_for}")
    own = {found.band for found in files if found.band and not found.language and not found.problems}
    languages = {band: sorted(f.language for f in files if f.band == band and f.language and not f.problems)
                 for band in BANDS}
    stock = [band + (f" (but in {', '.join(languages[band])})" if languages[band] else "")
             for band in BANDS if band not in own]
    if stock:
        click.echo(f"{folder}: the stock template is used for {', '.join(stock)}")
    return worst
