"""What every command shares: exit codes, settings, and never a traceback.

recordgen's own errors (``recordgen.errors.RecordgenError``) carry a category;
``EXIT_FOR`` is the one place a category becomes an exit code, and the group
does it for any such error a command lets through.
"""

from __future__ import annotations

import atexit
import gc
import os
import re
import sys

import click

from .. import api

#: Exit codes, documented in the README.
EXIT_OK = 0
EXIT_PROBLEMS = 1      # invalid record, findings under --strict, a copy not ready
EXIT_USAGE = 2         # wrong options, unreadable file, broken YAML, bad settings
EXIT_ENVIRONMENT = 3   # something the machine lacks (e.g. LibreOffice for PDFs)
EXIT_INTERNAL = 4      # a fault in recordgen itself; the message says where the details are
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT, as shells report it)

#: What an interrupted command says: every file is whole (each is written aside and renamed into place).
STOPPED = ("recordgen: stopped (Ctrl-C) before it finished; every file written is whole. Run the same "
           "command again to finish: a batch makes only the copies not yet made.")

#: Allocations between two collections of new objects while a command runs (Python's default: 700).
_GC_YOUNG = 10_000
_freeze_at_exit = True  # gc.freeze not yet registered with atexit

EXIT_FOR = {
    api.Category.PROBLEMS: EXIT_PROBLEMS,
    api.Category.USAGE: EXIT_USAGE,
    api.Category.ENVIRONMENT: EXIT_ENVIRONMENT,
    api.Category.INTERNAL: EXIT_INTERNAL,
}


def working_days(count: int) -> str:
    """"1 working day", "3 working days": as a message counts them."""
    return f"{count} working day{'' if count == 1 else 's'}"


def _interrupted(exc: BaseException) -> bool:
    """Whether a Ctrl-C is where the fault began (the exception, its cause or what it was handling)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def exit_code_for(error: api.RecordgenError) -> int:
    return EXIT_FOR[error.category]


class Problem(click.ClickException):
    """A one-line message for the user and the exit code that goes with it."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE):
        super().__init__(message)
        self.exit_code = exit_code

    @classmethod
    def from_error(cls, error: api.RecordgenError, message: str | None = None) -> Problem:
        """The error's message (or a better one for this command) with its category's exit code."""
        return cls(message if message is not None else str(error), exit_code_for(error))

    def show(self, file=None) -> None:
        click.echo(f"recordgen: {self.format_message()}", err=True)


def report_skipped(sidecars: list[api.TranslationsFileGiven], checked: int) -> int:
    """One line for the translations files a command skipped; a usage error when they were all it got."""
    if not sidecars:
        return EXIT_OK
    click.echo(api.skipped_line(sidecars), err=True)
    if checked:
        return EXIT_OK
    click.echo("recordgen: no records among the files given; give the record files themselves", err=True)
    return EXIT_USAGE


def _first_sentence(command: click.Command) -> str:
    """A command's one-line summary: its help's first sentence, whole (click cuts it at
    about 45 characters, mid-phrase)."""
    if command.short_help:
        return " ".join(command.short_help.split())
    paragraph = " ".join((command.help or "").strip().split("\n\n")[0].split())
    return re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]


def _settings_given_here(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
    """`--settings` after a command's name: the same file as before it (the later one wins)."""
    if value is not None:
        root = ctx.find_root()
        root.obj = value
        root.meta.pop("recordgen.settings", None)


class _Group(click.Group):
    group_class = type  # subgroups (translate) are _Groups too, and list their commands whole

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        # Every command takes --settings where a user writes it: `recordgen validate FILE --settings S`.
        if not any(isinstance(p, click.Option) and "--settings" in p.opts for p in cmd.params):
            cmd.params.append(click.Option(["--settings"], type=click.Path(dir_okay=False), expose_value=False,
                                           callback=_settings_given_here,
                                           help="Council settings file (TOML), as before the command."))
        super().add_command(cmd, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _first_sentence(command)) for name in self.list_commands(ctx)
                if (command := self.get_command(ctx, name)) is not None and not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)  # wraps long summaries instead of cutting them

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except api.RecordgenError as error:
            raise Problem.from_error(error) from None
        except KeyboardInterrupt:
            # Not click's "Aborted!" and exit 1, which would read as an invalid record.
            click.echo(STOPPED, err=True)
            ctx.exit(EXIT_INTERRUPTED)

    def main_entry(self, args=None, **kwargs):
        """Run the CLI; an unexpected fault becomes a short message, its details go to a log file."""
        # pydantic looks through every installed package for its plug-ins (observability tools) when the
        # first model is built: 8 ms a command, for models no plug-in is meant for. PYDANTIC_DISABLE_PLUGINS
        # set otherwise (empty: none disabled) still decides.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        # A command's imports make objects that live as long as it does (46,000 the collector tracks, for
        # a `validate`): it ran 90 times a `validate`, and once more over all of them as the process
        # ended (about 20 and 30 ms of CPU), finding next to nothing. Now less often while the command
        # runs, and not over what is left as the process ends (frozen, at exit: one that goes on after
        # the command, a test's, keeps its own collector's settings).
        global _freeze_at_exit
        if _freeze_at_exit:
            atexit.register(gc.freeze)
            _freeze_at_exit = False
        thresholds = gc.get_threshold()
        gc.set_threshold(_GC_YOUNG, *thresholds[1:])
        try:
            return self.main(args=args, standalone_mode=True, **kwargs)
        except SystemExit:
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
            if _interrupted(exc):  # Ctrl-C met a worker pool or a cleanup, which raised in turn
                click.echo(STOPPED, err=True)
                sys.exit(EXIT_INTERRUPTED)
            try:
                where = f"details are in {api.log_fault(exc, 'recordgen ' + ' '.join(sys.argv[1:2]))}"
            except OSError:
                where = "details could not be saved"
            click.echo(f"recordgen: something went wrong inside recordgen; {where}. "
                       "Please report it; no output was left half-written.", err=True)
            sys.exit(EXIT_INTERNAL)
        finally:
            gc.set_threshold(*thresholds)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--settings", "settings_path", type=click.Path(dir_okay=False),
              envvar="RECORDGEN_SETTINGS", help="Council settings file (TOML).")
@click.version_option(package_name="recordgen")
@click.pass_context
def main_group(ctx: click.Context, settings_path: str | None) -> None:
    """Turn Children in Care review records into records written to the child."""
    ctx.obj = settings_path
    api.today()  # a mistyped RECORDGEN_TODAY is refused by every command alike, `dates` too


def settings_from(ctx: click.Context) -> api.Settings:
    """The settings named by --settings (or RECORDGEN_SETTINGS), else the defaults."""
    root = ctx.find_root()
    cached = root.meta.get("recordgen.settings")
    if cached is None:
        cached = api.load_settings(root.obj)  # a SettingsError is a usage error (exit 2)
        root.meta["recordgen.settings"] = cached
    return cached


def warn_example_contacts(ctx: click.Context) -> None:
    """Once a run, on stderr: the copies would give a child the fictional example contacts."""
    root = ctx.find_root()
    why = api.example_contacts(settings_from(ctx))
    if why and not root.meta.get("recordgen.contacts_warned"):
        root.meta["recordgen.contacts_warned"] = True
        click.echo(f"recordgen: warning: {why}", err=True)
