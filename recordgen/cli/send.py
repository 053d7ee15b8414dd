"""`recordgen send`: email every ready copy of a batch, and make the post pack for the rest."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import api
from ._common import (EXIT_ENVIRONMENT, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Problem, main_group, settings_from,
                      warn_example_contacts)

def _line(done: int, total: int, outcome: api.Outcome) -> str:
    Action = api.SendAction
    where = f" to {outcome.to}" if outcome.to and outcome.action in (Action.sent, Action.failed, Action.unknown) else ""
    return f"[{done}/{total}] {outcome.row.path}: {outcome.action.label}{where}: {outcome.detail}"


def _summary(summary: api.SendSummary, dry_run: bool) -> str:
    Action = api.SendAction
    lines = []
    if dry_run:
        lines.append(f"Dry run, nothing was sent: {summary.count(Action.would_send)} would be emailed, "
                     f"{summary.count(Action.already)} already sent, {summary.count(Action.post)} for post.")
    else:
        lines.append(f"Sent: {summary.count(Action.sent)}; failed: {summary.count(Action.failed)}; "
                     f"already sent: {summary.count(Action.already)}; left for post: {summary.count(Action.post, Action.packed)}.")
    for action, heading in ((Action.refused, "Refused, the file changed since the batch"),
                            (Action.sending, "Left in `sending` by a run that stopped (not resent)"),
                            (Action.unknown, "Handed over, but the server did not answer (not resent)"),
                            (Action.skipped, "Not sent"), (Action.failed, "Failed (a rerun tries them again)")):
        found = summary.of(action)
        if found:
            lines.append(f"{heading}: {len(found)}")
            lines += [f"  {o.row.path}: {o.detail}" for o in found]
    packed = summary.of(Action.packed)
    if packed:
        envelopes = {o.detail.rsplit(", ", 2)[1] for o in packed}   # "pack.pdf, envelope 3, pages 7-9"
        lines.append(f"Post pack: {len(envelopes)} envelope(s) in {packed[0].detail.split(',')[0]}, "
                     "with a CSV of pages and addresses beside it.")
    if summary.post_pack_error:
        lines.append(f"The post pack was not made: {summary.post_pack_error}")
    post = summary.of(Action.post)
    if post:
        lines.append(f"For post ({len(post)}" + ("" if dry_run else "; `--post-pack FILE.pdf` makes their pack") + "):")
        lines += [f"  {o.row.path} ({o.row.recipient}, {o.row.role})" for o in post]
    if summary.stopped:
        lines.append(f"Stopped: {summary.stopped}. Copies not reached are still ready; run send again.")
    return "\n".join(lines)


@main_group.command()
@click.argument("manifest", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Print who would get what, without connecting to the server.")
@click.option("--only", multiple=True, metavar="ROLE|ID",
              help="Only these copies: a role, a child id, or a copy's path or file name (repeatable).")
@click.option("--resend", multiple=True, metavar="ID",
              help="Send this copy (path or file name) again, even if it is sent or left in `sending`; "
                   "only the copies named are sent (repeatable).")
@click.option("--encrypt", is_flag=True, help="Protect PDF copies with a password (AES-256); needs --passwords.")
@click.option("--passwords", type=click.Path(dir_okay=False),
              help="With --encrypt: the CSV file for the passwords, outside the batch folder.")
@click.option("--post-pack", "post_pack", type=click.Path(dir_okay=False),
              help="Also make one PDF of every copy going by post, with cover sheets, and a CSV beside it.")
@click.option("--allow-example-contacts", is_flag=True, envvar="RECORDGEN_ALLOW_EXAMPLE_CONTACTS",
              help="Send even with the fictional example Children's Rights Service contacts "
              "(for a trial with test addresses: never to children).")
@click.pass_context
def send(ctx: click.Context, manifest: str, dry_run: bool, only: tuple[str, ...], resend: tuple[str, ...],
         encrypt: bool, passwords: str | None, post_pack: str | None, allow_example_contacts: bool) -> None:
    """Email every ready copy in MANIFEST to its recipient alone, and track it in the manifest.

    Each copy goes `sending`, then `sent` (time, queue id) or `failed` (reason).
    A rerun sends what is ready or failed and skips what is sent; a copy left in
    `sending` by a run that stopped is reported, and sent again only with --resend.
    Exit 0 when every copy with an email address is sent, 1 when any failed, was
    refused or is left in `sending`, 2 on usage or settings errors, 3 when the mail
    server cannot be reached.
    """
    settings = settings_from(ctx)
    # As batch: no copy reaches a child with a number that reaches nobody (send_copies refuses:
    # api.ExampleContacts); a dry run, or a trial allowed, is warned.
    why = api.example_contacts_in(manifest, settings)
    if why and (allow_example_contacts or dry_run):
        if api.example_contacts(settings):
            warn_example_contacts(ctx)
        else:
            click.echo(f"recordgen: warning: {why}", err=True)
    options = dict(dry_run=dry_run, only=only, resend=resend, encrypt=encrypt,
                   passwords=Path(passwords) if passwords else None, post_pack=Path(post_pack) if post_pack else None,
                   allow_example_contacts=allow_example_contacts)
    total = [0]
    done = [0]
    bar = []  # a progress bar on a terminal, one line per copy otherwise (as batch does)

    def plan(count: int) -> None:
        total[0] = count
        if sys.stderr.isatty() and not dry_run:
            bar.append(click.progressbar(length=count, label="Sending", file=sys.stderr))
            bar[0].__enter__()

    def progress(outcome: api.Outcome) -> None:
        done[0] += 1
        if bar:
            bar[0].update(1)
        else:
            click.echo(_line(done[0], total[0], outcome), err=not dry_run)

    try:
        summary = api.send_copies(manifest, settings, on_copy=progress, on_plan=plan, **options)
    except api.ExampleContacts as exc:
        raise Problem(f"{exc.why}; nothing was sent (--allow-example-contacts sends anyway, for a trial)",
                      EXIT_USAGE) from None
    except (api.ManifestError, api.SendProblem) as exc:
        raise Problem(str(exc), EXIT_USAGE) from None
    except api.BatchBusy as exc:
        raise Problem(f"{exc} (a batch or another send is using it)", EXIT_USAGE) from None
    finally:
        if bar:
            bar[0].__exit__(None, None, None)
    click.echo(_summary(summary, dry_run))
    if summary.post_pack_unavailable:
        ctx.exit(EXIT_ENVIRONMENT)
    if summary.stopped:
        ctx.exit(EXIT_ENVIRONMENT if summary.stopped_unreachable else EXIT_USAGE)
    ctx.exit(EXIT_OK if summary.all_done else EXIT_PROBLEMS)
