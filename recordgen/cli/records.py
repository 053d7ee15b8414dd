"""Commands on single records: validate, schema, dates, render."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

from .. import api
from ._common import (EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Problem, exit_code_for, main_group, report_skipped,
                      settings_from, warn_example_contacts)


def load_or_report(path: str) -> tuple[api.LoadedRecord | None, int]:
    """Load a record, printing its problems; returns (record or None, exit code so far)."""
    try:
        return api.load_record(path), EXIT_OK
    except api.ReadError as exc:
        click.echo(str(exc.diagnostic), err=True)
        return None, exit_code_for(exc)
    except api.InvalidRecord as exc:
        for diagnostic in exc.diagnostics:
            click.echo(str(diagnostic))
        return None, exit_code_for(exc)


def load_valid(path: str, settings) -> api.LoadedRecord:
    """A record that passed validation, or a Problem with the right exit code."""
    loaded, code = load_or_report(path)
    if loaded is None:
        raise Problem(f"{path} cannot be used until the problems above are fixed", code)
    diagnostics = api.validate(loaded, settings)
    for diagnostic in diagnostics:
        click.echo(str(diagnostic), err=True)
    if any(d.severity == "error" for d in diagnostics):
        raise Problem(f"{path} has errors; run `recordgen validate {path}` and fix them first", EXIT_PROBLEMS)
    return loaded


@main_group.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@click.option("--copies", is_flag=True,
              help="Also make every copy in memory and report, at the line, any `render` would refuse (slower).")
@click.pass_context
def validate(ctx: click.Context, files: tuple[str, ...], strict: bool, as_json: bool, copies: bool) -> None:
    """Check records and report every problem, one per line as FILE:LINE: field: message.

    Exit 0 when clean (warnings allowed), 1 when any record has errors (or warnings
    with --strict), 2 when a file cannot be read at all.
    """
    settings = settings_from(ctx)
    warn_example_contacts(ctx)
    worst = EXIT_OK
    found = []
    language = []
    checked = 0
    sidecars: list[api.TranslationsFileGiven] = []
    not_run: list[str] = []
    records: list[api.LoadedRecord] = []
    for path in files:
        try:
            loaded = api.load_record(path)
        except api.TranslationsFileGiven as exc:
            sidecars.append(exc)
            continue
        except api.ReadError as exc:
            found.append(exc.diagnostic)
            worst = max(worst, exit_code_for(exc))
            checked += 1
            continue
        except api.InvalidRecord as exc:
            worst = max(worst, exit_code_for(exc))
            # The later checks still run on the parts that fit, so every problem is found in one run.
            loaded, first = exc.partial()
            diagnostics = list(exc.diagnostics)
            if loaded is None:
                diagnostics += api.format_problems(exc)  # what needs nothing else: 'PN 1' beside a broken date
                not_run.append(f"recordgen: {path}: the record's other checks (dates, ages, who may see what"
                               f"{', the copies' if copies else ''}) could not run: fix {first} first, "
                               "then validate again")
        else:
            diagnostics = []
        checked += 1
        if loaded is not None:
            records.append(loaded)
            diagnostics += api.validate(loaded, settings)
            # What render refuses for the child's records in the same folder, found as render finds them
            # (those given here too are checked together below).
            diagnostics += api.chain_problems(loaded, settings, files)
            # What `render` would still refuse: each copy is made, so only when asked (render's refusal says to).
            if copies:
                diagnostics += _not_said(api.refused_copies(loaded, settings), diagnostics)
            language.extend(api.check_record(loaded, settings))
        found.extend(sorted(diagnostics, key=lambda d: d.line or 0))
        if any(d.severity == "error" or strict for d in diagnostics):
            worst = max(worst, EXIT_PROBLEMS)
    siblings = list(api.sibling_leaks(records))
    # And each against its siblings' records beside it in its folder, as a batch of the folder checks it.
    beside = api.sibling_problems_beside(records, list(files))
    siblings += [d for d in beside if d.severity == "error"]
    found.extend(siblings)
    repeated = api.earlier_review_repeats(records)  # warnings: the IRO may have decided they may know now
    repeated += api.sibling_street_warnings(records) + [d for d in beside if d.severity != "error"]
    found.extend(repeated)
    if strict and repeated:
        worst = max(worst, EXIT_PROBLEMS)
    if siblings:
        worst = max(worst, EXIT_PROBLEMS)
    # A held review whose next review is checked with it: a batch of them tells that review's day,
    # so "the copies say it was due then" is not so.
    later = {(r.file, r.record.review.date) for r in records
             if any(o.record.child.id == r.record.child.id and o.record.review.date > r.record.review.date
                    for o in records)}
    # So does one whose next_review.date has gone by: the copies tell the day it was held, not that date.
    held_later = {r.file for r in records
                  if any(o.record.child.id == r.record.child.id and o.record.review.date > r.record.review.date
                         and not (o.record.review.planned and o.record.review.date < api.today()) for o in records)}
    # And so does one whose next review is in the same folder, as render finds it.
    beside = {r.file for r in records if api.next_review_beside(r, files) is not None}
    later |= {(file, None) for file in beside}
    held_later |= beside
    found = [d for d in found if not (d.path == "review.date" and d.message.startswith("the next review was due by ")
                                      and any(d.file == file for file, _day in later))
             and not (d.path == "next_review.date" and d.message.startswith("the next review was due on ")
                      and d.file in held_later)]
    chain = api.sequence_problems(records, settings)
    found.extend(chain)
    if any(d.severity == "error" or strict for d in chain):
        worst = max(worst, EXIT_PROBLEMS)
    worst = max(worst, report_skipped(sidecars, checked))
    if as_json:
        click.echo(json.dumps([d.as_dict() for d in found], indent=2, ensure_ascii=False))
    else:
        for diagnostic in found:
            click.echo(str(diagnostic))
        errors = sum(d.severity == "error" for d in found)
        warnings = len(found) - errors
        click.echo(f"{checked} file(s) checked: {errors} error(s), {warnings} warning(s)", err=True)
    for line in not_run:
        click.echo(line, err=True)
    if api.summary_line(language):
        click.echo(api.summary_line(language), err=True)
    ctx.exit(worst)


def _not_said(refusals: list, said: list) -> list:
    """A copy refused for a secret that an error already names (at its text, or the secret's
    field as where it comes from) is that error again. A recipient kept off a list is named by
    their entry: an error giving its ``withhold_from`` ("distribution.3.withhold_from") as the
    cause explains the refusal at its name ("distribution.3.name"), and sends nobody to the developers."""
    errors = [d for d in said if d.severity == "error"]

    def said_already(refusal) -> bool:
        entry = re.fullmatch(r"(distribution\.\d+\.)name", refusal.path or "")
        return any(refusal.path == e.path or f"{refusal.path}, line" in e.message
                   or (entry and f"({entry.group(1)}withhold_from, line" in e.message) for e in errors)
    return [d for d in refusals if not said_already(d)]


@main_group.command()
def schema() -> None:
    """Print the JSON Schema of a record, for editors that complete and check YAML."""
    click.echo(json.dumps(api.record_schema(), indent=2))


@main_group.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the dates as JSON (ISO dates, and notes on where the next review's date comes from).")
@click.pass_context
def dates(ctx: click.Context, file: str, as_json: bool) -> None:
    """Work out the review's deadlines: distribution, decisions, next review, invitations."""
    settings = settings_from(ctx)
    loaded, code = load_or_report(file)
    if loaded is None:
        ctx.exit(code)
    # The child's next review in its own record beside this one: its day, as render tells it.
    later = api.next_review_beside(loaded)
    dates = api.review_dates(loaded.record, settings, later)
    figures = dates.as_dict()
    notes = api.date_notes(loaded.record, dates, settings, later)
    not_used = api.dates_not_used(loaded.record, dates, later)
    late = api.chain_problems(loaded, settings)  # what render refuses, said as render says it
    figures.update(dict.fromkeys(not_used))  # no deadline: not given as one
    # A next review date validate refuses (not one that ends at 18), or a review on or after the 18th
    # birthday, is a problem, not a figure.
    refused = "invitations_by" in not_used and "next_review" not in not_used
    # 18 by then, no such review (validate refuses it); not a planned day's note (a bank holiday)
    refused = refused or "there is no such review" in notes.get("review_date", "") or bool(late)
    for diagnostic in late:
        click.echo(str(diagnostic), err=True)
    if as_json:
        click.echo(json.dumps({**figures, "notes": notes}, indent=2))
        ctx.exit(EXIT_PROBLEMS if refused else EXIT_OK)
    for key, label in api.date_labels(dates).items():
        if figures.get(key) or key in not_used:
            note = f"  ({notes[key]})" if key in notes else ""
            if key == "review_date" and loaded.record.review.planned:
                label = "Review planned for"
            if key in not_used:
                click.echo(f"{label:<38} {notes[key]}")
                continue
            click.echo(f"{label:<38} {figures[key]}{note}")
    ctx.exit(EXIT_PROBLEMS if refused else EXIT_OK)


@main_group.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(),
              help="A .docx or .pdf file to write, or else a folder (created if need be).")
@click.option("--for", "who", help="Whose copy: a role (parent, carer, social_worker, other: each recipient of it, "
              "a copy each) or a recipient's name.")
@click.option("--all", "everyone", is_flag=True, help="Every recipient's copy in the distribution list.")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf"]), help="Override each recipient's format.")
@click.option("--json", "as_json", is_flag=True, help="Print a summary of each copy as JSON.")
@click.option("--allow-untranslated", is_flag=True,
              help="Where a translation is missing, keep the English and add a notice that one is coming.")
@click.option("--templates", type=click.Path(file_okay=False),
              help="Folder of council templates (BAND.docx, BAND.LANG.docx); the stock ones fill the gaps.")
# Taken as batch and send take it, so one trial's commands agree; render makes a copy with the example
# contacts either way (the README's one-command demo), with the warning: batch, which makes the copies
# that are sent, and send refuse without it.
@click.option("--allow-example-contacts", is_flag=True, envvar="RECORDGEN_ALLOW_EXAMPLE_CONTACTS",
              help="Make copies with the fictional example Children's Rights Service contacts, for a trial or a "
              "demonstration (render makes them anyway, with a warning; batch and send refuse without it).")
@click.pass_context
def render(ctx: click.Context, file: str, output: str | None, who: str | None, everyone: bool,
           fmt: str | None, as_json: bool, allow_untranslated: bool, templates: str | None,
           allow_example_contacts: bool) -> None:
    """Write the child's copy of a record (or a recipient's, or everyone's)."""
    if everyone and who:
        raise Problem("use either --for or --all, not both", EXIT_USAGE)
    if everyone and not output:
        raise Problem("--all needs -o FOLDER to put the copies in", EXIT_USAGE)
    settings = api.with_templates(settings_from(ctx), templates)
    warn_example_contacts(ctx)
    loaded = load_valid(file, settings)
    # The child's next review beside it, planned too late: a batch of the folder refuses the copies.
    late = api.chain_problems(loaded, settings)
    for diagnostic in late:
        click.echo(str(diagnostic), err=True)
    if late:
        raise Problem(f"{file}: its copies would tell the next review beside it as settled (above), so batch "
                      "refuses them too; fix that first", EXIT_PROBLEMS)
    # A sibling's confidential placement named in a text its parents read: validate of both files refuses it,
    # and a batch of the folder the parents' copies.
    siblings = api.sibling_problems_beside([loaded])
    for diagnostic in siblings:
        click.echo(str(diagnostic), err=True)
    if any(d.severity == "error" for d in siblings):
        raise Problem(f"{file}: a text its parents read names a confidential placement of another record in its "
                      "folder (above), so validate of both files and a batch of the folder refuse it too; fix that "
                      "first", EXIT_PROBLEMS)
    record = loaded.record
    recipients = list(record.distribution) if everyone else api.recipients_for(record, who or "child")
    several = everyone or len(recipients) > 1   # --for a role two people have (two parents): each their copy

    renderer = api.Renderer(settings, allow_untranslated=allow_untranslated)
    summaries = []
    plans = []
    # -o names a file only when it ends .docx or .pdf (which then sets the format); else a folder.
    output_file = output and not everyone and Path(output).suffix.lower() in (".docx", ".pdf")
    listed = ", ".join(r.name for r in recipients)
    if output_file and several:
        raise Problem(f"--for {who} is {len(recipients)} recipients ({listed}), a copy each: give -o a folder "
                      f"to write them all, or --for a name for one", EXIT_USAGE)
    if several and not everyone:
        click.echo(f"--for {who}: {len(recipients)} recipients, a copy each: {listed}", err=True)
    if output_file and fmt and Path(output).suffix.lower() != "." + fmt:
        raise Problem(f"-o {output} does not end .{fmt}, but --format {fmt} was asked for", EXIT_USAGE)
    names = api.copy_filenames(record, recipients, lambda r: "." + (fmt or r.format))
    for recipient, name in zip(recipients, names):
        target = Path(output) if output_file else Path(output or ".") / name
        plans.append((recipient, target))
    refused: list[api.RecordgenError] = []
    try:
        # --all (or a role's several) writes every copy that is fine and reports the others, as a batch does.
        written = api.write_copies(renderer, loaded, plans, refused if several else None)
    except api.PdfError as exc:
        raise Problem.from_error(exc, f"a PDF could not be made: {exc}") from None
    except OSError as exc:  # a read-only or full folder: say so, as batch does
        raise Problem(f"cannot write the copies to {output or '.'}: {exc.strerror or exc}", EXIT_USAGE) from None
    for copy, target in written:
        summaries.append(copy.summary(target))
        if not as_json:
            click.echo(f"wrote {target}  ({copy.recipient.name}, {copy.recipient.role.value}, "
                       f"{copy.band}, {copy.language})")
    if as_json:
        click.echo(json.dumps(summaries, indent=2, ensure_ascii=False))
    language_summary = api.summary_line(api.check_record(loaded, settings))
    if language_summary:
        click.echo(language_summary, err=True)
    for refusal in refused:
        click.echo(f"recordgen: {refusal}", err=True)
    if refused:
        ctx.exit(EXIT_PROBLEMS)
