"""`recordgen consult`: a planned review's invitations and consultation booklets."""

from __future__ import annotations

import json

import click

from .. import api
from ._common import EXIT_USAGE, Problem, main_group, settings_from
from . import records  # load_valid: the same refusal as render


@main_group.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--for", "who", help="One recipient's: a role (child, parent, carer, social_worker, other) or a name.")
@click.option("--all", "everyone", is_flag=True, help="Every recipient in the distribution list.")
@click.option("-o", "--output", type=click.Path(file_okay=False), default=".",
              help="The folder to write to (created if need be; default: the current folder).")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf"]), default="docx",
              help="Word (default) or PDF/A through LibreOffice.")
@click.option("--json", "as_json", is_flag=True, help="Print a summary of each document as JSON.")
@click.pass_context
def consult(ctx: click.Context, file: str, who: str | None, everyone: bool, output: str, fmt: str,
            as_json: bool) -> None:
    """Before a review: each invited person's invitation, and a consultation booklet for the child,
    parents and carers (the child's alone without --for or --all).

    The record is a planned review (review.status: planned); exit 1 when it has errors.
    """
    if everyone and who:
        raise Problem("use either --for or --all, not both", EXIT_USAGE)
    settings = settings_from(ctx)
    loaded = records.load_valid(file, settings)
    try:
        documents = api.consult_documents(loaded, "all" if everyone else who, settings)
        problems: list[str] = []
        written = api.write_consult(documents, output, fmt, settings, problems)
    except api.PdfError as exc:
        raise Problem.from_error(exc, f"a PDF could not be made: {exc}") from None
    except OSError as exc:
        raise Problem(f"cannot write to {output}: {exc.strerror or exc}", EXIT_USAGE) from None
    for problem in problems:  # the booklet is still written, to print
        click.echo(f"warning: {problem}", err=True)
    if as_json:
        click.echo(json.dumps([document.summary(target) for document, target in written], indent=2,
                              ensure_ascii=False))
        return
    for document, target in written:
        click.echo(f"wrote {target}  ({document.kind}, {document.recipient.name}, "
                   f"{document.recipient.role.value}, {document.band}, {document.language})")
    dates = api.review_dates(loaded.record, settings)
    click.echo(f"Invitations and booklets to be sent by {dates.invitations_by.isoformat()} "
               f"({settings.timescales.invitations_working_days} working days before the review "
               f"on {loaded.record.review.date.isoformat()})", err=True)
