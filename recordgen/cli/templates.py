"""`recordgen templates check`: is a council's template safe to use before any copy is made with it?"""

from __future__ import annotations

import click

from .. import api
from ._common import EXIT_OK, EXIT_PROBLEMS, main_group


@main_group.group("templates")
def templates_group() -> None:
    """Council templates (one .docx per age band)."""


@templates_group.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--quiet", "-q", is_flag=True, help="Do not list the names a template may use.")
@click.pass_context
def check_command(ctx: click.Context, files: tuple[str, ...], quiet: bool) -> None:
    """List the names each template uses that a copy's context does not provide, then the names it may use.

    Exit 0 when every name is known, 1 when one is not (or a tag is broken).
    """
    worst = EXIT_OK
    for path in files:
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
