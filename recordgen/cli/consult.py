"""`recordgen consult`: a planned review's invitations and consultation booklets, and
`recordgen consult import`: a returned booklet's answers read into the record."""

from __future__ import annotations

import json

import click

from .. import api
from ._common import EXIT_PROBLEMS, EXIT_USAGE, Problem, _Group, main_group, settings_from, working_days
from . import records  # load_valid: the same refusal as render


class _PapersByDefault(_Group):
    """`consult RECORD ...` makes the papers (the `make` subcommand); `consult import ...` reads answers."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["make", *args]
        return super().parse_args(ctx, args)


@main_group.group(cls=_PapersByDefault)
def consult() -> None:
    """Before a review: `consult RECORD` writes the invitations and booklets (`consult make`);
    `consult import FILE.pdf RECORD` reads a returned booklet's answers into the record."""


@consult.command("make")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--for", "who", help="A role's (child, parent, carer, social_worker, other: each recipient of it) "
              "or one recipient's, by name.")
@click.option("--all", "everyone", is_flag=True, help="Every recipient in the distribution list.")
@click.option("-o", "--output", type=click.Path(file_okay=False), default=".",
              help="The folder to write to (created if need be; default: the current folder).")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf"]), default="docx",
              help="Word (default) or PDF/A through LibreOffice.")
@click.option("--json", "as_json", is_flag=True, help="Print a summary of each document as JSON.")
@click.pass_context
def make(ctx: click.Context, file: str, who: str | None, everyone: bool, output: str, fmt: str,
            as_json: bool) -> None:
    """Before a review: each invited person's invitation, and a consultation booklet for the child,
    parents and carers (the child's alone without --for or --all).

    The record is a planned review (review.status: planned); exit 1 when it has errors, or when
    a paper would show its reader something kept from them: with --all every other paper is still
    written and each refused one named.
    """
    if everyone and who:
        raise Problem("use either --for or --all, not both", EXIT_USAGE)
    settings = settings_from(ctx)
    loaded = records.load_valid(file, settings)
    refused: list[api.RecordgenError] = []
    matched = api.recipients_for(loaded.record, who) if who else []
    if len(matched) > 1:   # two parents: each their own papers
        click.echo(f"--for {who}: {len(matched)} recipients, papers for each: "
                   f"{', '.join(r.name for r in matched)}", err=True)
    try:
        # --all writes every paper that is fine and names the others, as `render --all` does.
        documents = api.consult_documents(loaded, "all" if everyone else who, settings, refused if everyone else None)
        problems: list[str] = []
        written = api.write_consult(documents, output, fmt, settings, problems)
    except api.PdfError as exc:
        raise Problem.from_error(exc, f"a PDF could not be made: {exc}") from None
    except OSError as exc:
        raise Problem(f"cannot write to {output}: {exc.strerror or exc}", EXIT_USAGE) from None
    for problem in problems:  # the booklet is still written, to print
        click.echo(f"warning: {problem}", err=True)
    for refusal in refused:
        click.echo(f"recordgen: {refusal}", err=True)
    if as_json:
        click.echo(json.dumps([document.summary(target) for document, target in written], indent=2,
                              ensure_ascii=False))
        if refused:
            ctx.exit(EXIT_PROBLEMS)
        return
    for document, target in written:
        click.echo(f"wrote {target}  ({document.kind}, {document.recipient.name}, "
                   f"{document.recipient.role.value}, {document.band}, {document.language})")
    dates = api.review_dates(loaded.record, settings)
    today = api.today()
    if dates.invitations_by < today <= loaded.record.review.date:
        click.echo(f"warning: the invitations and booklets were to be sent by {dates.invitations_by.isoformat()}, "
                   f"which has passed (today is {today.isoformat()}): send them today "
                   f"({working_days(settings.timescales.invitations_working_days)} before the review "
                   f"on {loaded.record.review.date.isoformat()})", err=True)
    elif today > loaded.record.review.date:   # the day itself gone by: "to be sent by" a past date misleads
        click.echo(f"warning: the invitations and booklets were to be sent by {dates.invitations_by.isoformat()}, "
                   f"which has passed, and so has the review's day, {loaded.record.review.date.isoformat()} "
                   f"(today is {today.isoformat()}): these papers invite people to a day gone by; once the "
                   "review is held, set review.status: held; if it was moved, give its new date", err=True)
    else:
        click.echo(f"Invitations and booklets to be sent by {dates.invitations_by.isoformat()} "
                   f"({working_days(settings.timescales.invitations_working_days)} before the review "
                   f"on {loaded.record.review.date.isoformat()})", err=True)
    if refused:
        ctx.exit(EXIT_PROBLEMS)


@consult.command("import")
@click.argument("pdf", type=click.Path(dir_okay=False))
@click.argument("record", type=click.Path(dir_okay=False))
@click.option("--received", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="The day the booklet came back (YYYY-MM-DD); default today.")
@click.pass_context
def import_(ctx: click.Context, pdf: str, record: str, received) -> None:
    """Read a returned booklet (a filled-in PDF) into RECORD: the child's written answers into
    child_views as they wrote them, the rest (their wishes for the meeting too: who comes, where) into
    the record's consultation section (no copy shows it); a booklet not in English marks them with its language.

    Exit 0 when imported; 1 when RECORD has errors; 2 when refused, with nothing written: not a
    booklet recordgen made, a booklet for another child or review, nothing filled in, already imported,
    unreadable.
    """
    settings = settings_from(ctx)
    loaded = records.load_valid(record, settings)
    try:
        imported = api.import_booklet(pdf, loaded, settings, received.date() if received else None)
    except api.BookletRefused as exc:
        raise Problem(str(exc), EXIT_USAGE) from None
    who = imported.recipient
    click.echo(f"{record}: imported {imported.reference} ({who.name}, {who.role.value}): {imported.summary}")
    for warning in imported.warnings:
        click.echo(f"{record}: warning: {warning}", err=True)
