"""`recordgen actions`: between reviews, what each child's latest review decided and what needs chasing."""

from __future__ import annotations

import datetime as dt

import click

from .. import api
from ._common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group, settings_from

_DATE = click.DateTime(formats=["%Y-%m-%d"])


@main_group.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--as-of", "as_of", type=_DATE, help="As on this date (YYYY-MM-DD); default today.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write one row per action to this CSV file.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write the list as a self-contained page.")
@click.pass_context
def actions(ctx: click.Context, inputs: tuple[str, ...], as_of: dt.datetime | None, csv_path: str | None,
            html_path: str | None) -> None:
    """List every action of each child's latest review in INPUT (record files or folders): overdue, due or done.

    Overdue and due count working days (bank holidays of the council's nation
    skipped); an action is done when the IRO has recorded its `done` date.
    What needs chasing comes first, then each review's midway check date.
    For IROs and their managers: withheld actions are listed too, and marked.
    Exit 1 when a record could not be listed (it is named, with why).
    """
    settings = settings_from(ctx)
    result = api.action_list(inputs, as_of.date() if as_of else None, settings)
    click.echo(api.format_actions(result), nl=False)
    for path, write in ((csv_path, api.write_actions_csv), (html_path, api.write_actions_html)):
        if path:
            try:
                write(result, path)
            except OSError as exc:
                raise Problem(f"cannot write {path}: {exc.strerror or exc}", EXIT_USAGE) from None
            click.echo(f"\nWrote {path}")
    ctx.exit(EXIT_PROBLEMS if result.not_listed else EXIT_OK)
