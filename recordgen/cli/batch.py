"""Commands for distributing many records: batch, report, mark-sent."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import click

from .. import api
from ._common import (EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group, settings_from, warn_example_contacts,
                      working_days)

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _date(value: dt.datetime | None) -> dt.date:
    return value.date() if value is not None else api.today()


#: Between the errors of an invalid record's reason: "line 12: review.date: ...; line 38: worrys: ...".
_ERROR_START = re.compile(r"; (?=line \d+: )")
_LINE = re.compile(r"^line (\d+): ")


def _progress_line(done: int, total: int, result: api.RecordResult) -> str:
    rows = result.rows
    if len(rows) == 1 and rows[0].status == api.CopyStatus.invalid_record:
        # The first error where the IRO would look ("FILE:12: review.date: ..."); all of them in the manifest.
        errors = _ERROR_START.split(rows[0].reason) if rows[0].reason else []
        if not errors:
            return f"[{done}/{total}] {result.source}: invalid record, not made (see the manifest for why)"
        first = _LINE.sub(lambda m: f"{result.source}:{m.group(1)}: ", errors[0], count=1)
        if first == errors[0]:
            first = f"{result.source}: {first}"
        more = f" (and {len(errors) - 1} more: all in the manifest)" if len(errors) > 1 else ""
        return f"[{done}/{total}] invalid record, not made: {first}{more}"
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    parts = ", ".join(f"{n} {api.status_label(status)}" for status, n in counts.items())
    first = rows[0]
    who = f"{first.child_id} {first.review_date}" if first.child_id else result.source
    return f"[{done}/{total}] {who}: {parts}"


def _summary_text(summary: api.Summary, output: Path) -> str:
    lines = [f"Records: {summary.records} ({summary.invalid} invalid)"]
    copies = f"Copies: {summary.copies}: {summary.ready} ready"
    if summary.reused:
        copies += f" ({summary.reused} unchanged since the last run, kept as they were)"
    for count, label in ((summary.awaiting_translation, api.CopyStatus.awaiting_translation.label),
                         (summary.stale_translation, api.CopyStatus.stale_translation.label),
                         (summary.failed, api.CopyStatus.failed.label)):
        if count:
            copies += f", {count} {label}"
    lines.append(copies)
    lines.append(f"Awaiting translation: {summary.awaiting_translation + summary.stale_translation}")
    if summary.adult_parent_copies:
        lines.append(f"Warning: {summary.adult_parent_copies} ready parent's cop"
                     f"{'y is' if summary.adult_parent_copies == 1 else 'ies are'} of a young person who is 18 now, "
                     "an adult: sharing it with their parents may need their consent; check before sending "
                     "(the manifest's reason says whose)")
    if summary.overdue_reviews:
        # Kept apart from what is due soon: a deadline gone by is no "soonest due".
        count = len(summary.overdue_reviews)
        lines.append(f"Overdue: {count} review{'' if count == 1 else 's'}, the oldest due {summary.oldest_overdue} "
                     f"({summary.oldest_overdue_child}, {working_days(summary.oldest_overdue_days_ago)} ago)")
    if summary.soonest_due:
        left = summary.soonest_due_days_left
        when = "" if left is None else f", {working_days(left)} left"
        lines.append(f"Soonest due: {summary.soonest_due} ({summary.soonest_due_child}{when})")
    lines.append(f"Manifest: {output / api.MANIFEST_CSV} and {api.MANIFEST_JSON}")
    return "\n".join(lines)


@main_group.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(), help="Folder for the copies and the manifest.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes making copies; 0 means one per core.")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf"]), help="Override every recipient's format.")
@click.option("--force", is_flag=True, help="Make every copy again, even those whose inputs are unchanged.")
@click.option("--templates", type=click.Path(file_okay=False), help="Folder of council templates (one .docx per age band).")
@click.option("--allow-untranslated", is_flag=True,
              help="Send English, with a notice in the reader's language, where a translation is missing.")
@click.option("--today", type=_DATE, envvar="RECORDGEN_TODAY",
              help="Count working days left from this date (YYYY-MM-DD) instead of today.")
@click.option("--shard", metavar="I/N", help="Only the I-th of N disjoint parts of the inputs (by case number), "
              "for spreading a batch over N machines.")
@click.option("--allow-example-contacts", is_flag=True, envvar="RECORDGEN_ALLOW_EXAMPLE_CONTACTS",
              help="Make copies even with the fictional example Children's Rights Service contacts "
              "(for a trial or a demonstration: never copies to send).")
@click.pass_context
def batch(ctx: click.Context, inputs: tuple[str, ...], output: str, workers: int, fmt: str | None,
          force: bool, templates: str | None, allow_untranslated: bool, today: dt.datetime | None,
          shard: str | None, allow_example_contacts: bool) -> None:
    """Make every recipient's copy of every record in INPUT (files or folders), with a manifest.

    Copies go to OUTPUT/<child id>/<review date>/. Exit 0 when every copy is ready,
    1 when a record is invalid or a copy failed or waits for translation, 2 on usage errors.
    """
    settings = settings_from(ctx)
    # A batch makes the copies that are sent: none giving a child a number that reaches nobody.
    if api.example_contacts(settings) and not allow_example_contacts:
        raise Problem(f"{api.example_contacts(settings)}; no copy was made (--allow-example-contacts makes "
                      "them anyway, for a trial)", EXIT_USAGE)
    warn_example_contacts(ctx)
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise Problem(f"{output} is a file; -o needs a folder for the copies", EXIT_USAGE)
    if templates and not Path(templates).is_dir():
        raise Problem(f"{templates}: no such folder of templates", EXIT_USAGE)
    files = every_file = api.find_record_files(inputs, exclude=out)
    if shard:
        parts = shard.split("/")
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[0]) <= int(parts[1]):
            raise Problem(f"--shard {shard}: give I/N with 1 <= I <= N, e.g. --shard 2/8", EXIT_USAGE)
        files = [f for f in files if api.in_shard(f, int(parts[0]), int(parts[1]))]
        if not files:
            click.echo(f"recordgen: no records fall in shard {shard}", err=True)
    options = api.BatchOptions(output=out, settings=settings, templates=Path(templates) if templates else None,
                           format=fmt, force=force, today=_date(today), workers=workers,
                           allow_untranslated=allow_untranslated)
    total = len(files)
    try:
        if sys.stderr.isatty():
            with click.progressbar(length=total, label="Making copies", file=sys.stderr) as bar:
                summary = api.Batch(options).run(files, lambda result: bar.update(1), every_file)
        else:
            done = [0]

            def report_line(result: api.RecordResult) -> None:
                done[0] += 1
                click.echo(_progress_line(done[0], total, result), err=True)

            summary = api.Batch(options).run(files, report_line, every_file)
    except OSError as exc:
        raise Problem(f"cannot write to {output}: {exc.strerror or exc}", EXIT_USAGE) from None
    click.echo(_summary_text(summary, out))
    for warning in _earlier_review_repeats(files, every_file):
        click.echo(warning, err=True)
    ctx.exit(EXIT_OK if summary.all_ready else EXIT_PROBLEMS)


_CHILD_ID = re.compile(rb"[\s{,]['\"]?id['\"]?\s*:\s*['\"]?([^\s'\"#,}]+)")


def _earlier_review_repeats(files: list, every_file: list) -> list[str]:
    """What a record of ``files`` repeats, unwithheld, of an earlier review of the same child among
    ``every_file`` (``api.earlier_review_repeats``): only files whose child id another file shares are loaded."""
    by_child: dict[bytes, list] = {}
    for path in every_file:
        try:
            found = _CHILD_ID.search(Path(path).read_bytes())
        except OSError:
            continue
        if found:
            by_child.setdefault(found.group(1), []).append(path)
    mine = {str(Path(f)) for f in files}
    warnings = []
    for paths in by_child.values():
        if len(paths) < 2:
            continue
        records = []
        for path in paths:
            try:
                records.append(api.load_record(path))
            except Exception:   # the batch has said why it is invalid
                continue
        warnings += [str(d) for d in api.earlier_review_repeats(records) if str(Path(d.file)) in mine]
    return warnings


@main_group.command()
@click.argument("manifests", nargs=-1, required=True, type=click.Path())
@click.option("--as-of", "as_of", type=_DATE, help="Report as on this date (YYYY-MM-DD); default today.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write one row per copy to this CSV file.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write a self-contained page with the figures and a chart of on-time % by month.")
@click.pass_context
def report(ctx: click.Context, manifests: tuple[str, ...], as_of: dt.datetime | None, csv_path: str | None,
           html_path: str | None) -> None:
    """Where each review's distribution stands: ready, sent, overdue; and the on-time figure.

    MANIFEST is a batch's manifest.csv or manifest.json (the sent.csv beside it is
    read too), or a folder of batches, such as a year's: then the figures are
    reviews held, on time by month, overdue now and the median working days from
    review to sending. The feedback sent back on the copies (feedback.yaml in each
    batch folder) is counted by month, age band and language.
    """
    settings = settings_from(ctx)
    days = settings.timescales.record_distribution_working_days
    try:
        found = api.find_manifests(manifests)
        result = api.distribution_report(found, _date(as_of), settings)
    except api.ManifestError as exc:
        raise Problem(str(exc), EXIT_USAGE) from None
    numbers = api.distribution_figures(result, settings)
    if len(found) == 1:
        click.echo(api.format_report(result, days), nl=False)
        click.echo(f"\nMedian working days from review to sending: "
                   f"{'none distributed yet' if numbers.median_working_days is None else f'{numbers.median_working_days:g}'}")
    else:
        click.echo(f"{len(found)} batches.")
        click.echo(api.format_figures(numbers, days), nl=False)
        overdue = result.overdue()
        click.echo(f"\nOverdue ({len(overdue)}):" if overdue else "\nOverdue: none.")
        for review in overdue:
            click.echo(f"  {review.child_id} review {review.review_date}, due {review.due}, "
                       f"{working_days(-(review.days_left or 0))} over ({review.manifest})")
        waiting = result.awaiting_translation()  # outstanding too, though not yet overdue
        click.echo(f"\nAwaiting translation ({len(waiting)}):" if waiting else "\nAwaiting translation: none.")
        for review, copy in waiting:
            click.echo(f"  {review.child_id} review {review.review_date}: {copy.row.recipient} ({copy.row.role}, "
                       f"{copy.row.language}), {copy.state.replace('_', ' ')} ({review.manifest})")
    returns = api.format_returns(result)
    if returns:
        click.echo("\n" + returns, nl=False)
    for path, write in ((csv_path, lambda p: api.write_report_csv(result, p)),
                        (html_path, lambda p: api.write_report_html(result, p, settings))):
        if path:
            try:
                write(path)
            except OSError as exc:
                raise Problem(f"cannot write {path}: {exc.strerror or exc}", EXIT_USAGE) from None
            click.echo(f"\nWrote {path}")


@main_group.command("mark-sent")
@click.argument("manifest", type=click.Path(dir_okay=False))
@click.argument("copies", nargs=-1)
@click.option("--child", "child_id", help="Every ready copy of this child's reviews (with --review, of one review).")
@click.option("--review", "review_date", type=_DATE, help="With --child: the review date (YYYY-MM-DD).")
@click.option("--on", "sent_on", type=_DATE, help="The day they were sent (YYYY-MM-DD); default today.")
@click.pass_context
def mark_sent(ctx: click.Context, manifest: str, copies: tuple[str, ...], child_id: str | None,
              review_date: dt.datetime | None, sent_on: dt.datetime | None) -> None:
    """Record that copies were sent, for `recordgen report`. COPY is a path or file name from the manifest.

    Only ready copies can be marked, and only while the file is still the one the
    manifest lists. The marks go to sent.csv beside the manifest; a batch rerun keeps them.
    """
    if not copies and not child_id:
        raise Problem("name the copies (paths or file names from the manifest) or use --child ID", EXIT_USAGE)
    if review_date and not child_id:
        raise Problem("--review needs --child", EXIT_USAGE)
    day = _date(sent_on)
    try:
        result = api.mark_sent(manifest, copies, child_id, review_date.date() if review_date else None, day)
    except OSError as exc:
        raise Problem(f"cannot write the sent log: {exc.strerror or exc}", EXIT_USAGE) from None
    for line in result.refused:
        click.echo(line, err=True)
    click.echo(f"Marked {result.marked} cop{'y' if result.marked == 1 else 'ies'} sent on {day}")
    ctx.exit(EXIT_PROBLEMS if result.refused else EXIT_OK)


@main_group.group("manifest")
def manifest_group() -> None:
    """Work with batch manifests: merge the parts of a sharded batch."""


@manifest_group.command("merge")
@click.argument("parts", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder for the merged manifest.csv and manifest.json (paths are made relative to it).")
def manifest_merge(parts: tuple[str, ...], output: str) -> None:
    """Join the manifests of `batch --shard I/N` parts (each a manifest.json or its folder) into one."""
    try:
        rows = api.merge_manifests(parts, output)
    except api.ManifestError as exc:
        raise Problem(str(exc), EXIT_USAGE) from None
    except OSError as exc:
        raise Problem(f"cannot write to {output}: {exc.strerror or exc}", EXIT_USAGE) from None
    click.echo(f"Merged {len(parts)} parts, {rows} rows: {Path(output) / api.MANIFEST_CSV} and {api.MANIFEST_JSON}")
