"""`recordgen serve`: the authoring page, a local web server over the same API as the CLI."""

from .app import create_app
from .server import Server

__all__ = ["Server", "create_app"]
