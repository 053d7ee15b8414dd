"""Every error recordgen raises on purpose, under one base that says what kind of failure it is.

A caller (the CLI, a case-management integration) catches ``RecordgenError``
and reads ``category``; the CLI turns a category into its documented exit code
in one place (``recordgen.cli._common``). Messages are plain words fit to show
a user: no status is ever worked out from a message's text.
"""

from __future__ import annotations

import enum


class Category(enum.Enum):
    """What kind of failure: who has to act, and so which exit code the CLI gives."""

    PROBLEMS = "problems"        # a record has errors, or a copy could not be made: fix the record
    USAGE = "usage"              # wrong options, an unreadable file, broken YAML, bad settings
    ENVIRONMENT = "environment"  # the machine lacks something (LibreOffice for PDFs)
    INTERNAL = "internal"        # a fault in recordgen itself


class RecordgenError(Exception):
    """Base of recordgen's own errors; ``str(error)`` is the message for the user."""

    category: Category = Category.INTERNAL
