"""`recordgen serve`: the authoring page for IROs."""

from __future__ import annotations

from pathlib import Path

import click

from .. import api
from ._common import EXIT_USAGE, Problem, main_group, settings_from


@main_group.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option("--port", type=int, default=8750, show_default=True,
              help="Port to listen on; 0 picks a free one. A busy default port moves to a free one.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this computer needs --allow-remote.")
@click.option("--allow-remote", is_flag=True,
              help="Allow --host to be an address other computers can reach (put a reverse proxy with sign-in in front).")
@click.option("--no-browser", is_flag=True, help="Do not open the browser.")
@click.option("--templates", type=click.Path(file_okay=False),
              help="Folder of council templates for the previews (BAND.docx, BAND.LANG.docx).")
@click.pass_context
def serve(ctx: click.Context, folder: str, port: int, host: str, allow_remote: bool, no_browser: bool,
          templates: str | None) -> None:
    """Write records in the browser: the records in FOLDER (default: this folder), live checks, previews.

    Prints a link with a one-off token; only that link (and the browser it opens) can use the page.
    """
    from ..web.server import LOOPBACK, Server, access_log_to_stderr

    root = Path(folder)
    if not root.is_dir():
        raise Problem(f"{folder} is not a folder", EXIT_USAGE)
    if host not in LOOPBACK and not allow_remote:
        raise Problem(f"--host {host} would let other computers reach children's records; "
                      "add --allow-remote if that is really meant", EXIT_USAGE)
    settings = api.with_templates(settings_from(ctx), templates)
    try:
        server = Server(root, settings, host=host, port=port)
    except OSError as exc:
        if port != 8750:
            raise Problem(f"cannot listen on {host}:{port}: {exc.strerror}", EXIT_USAGE) from None
        server = Server(root, settings, host=host, port=0)
    if host not in LOOPBACK:
        click.echo(f"recordgen: WARNING: listening on {host}, which other computers may reach. "
                   "The token is the only lock: use a reverse proxy with sign-in and HTTPS in front.", err=True)
    access_log_to_stderr()
    click.echo(f"Serving the records in {root.resolve()}")
    click.echo(f"Open this link (it holds the key to the page; do not share it):\n    {server.url}")
    click.echo("Press Ctrl+C to stop.")
    if not no_browser:
        import webbrowser  # subprocess and more: only for the command that opens one

        webbrowser.open(server.url)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
