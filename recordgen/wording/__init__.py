"""Language that cares: check that a record speaks to the child in words that fit them.

Four kinds of finding: ``system-word`` (words young people asked us to drop),
``third-person`` (writing about the child instead of to them),
``reading-level`` (too hard for the child's age band) and ``action``
(an action nobody can be held to).
"""

from .check import (
    KINDS,
    Finding,
    FindingKind,
    Note,
    check_record,
    check_text,
    other_language_texts,
    summary_line,
)
from .edits import Fix
from .voice import ChildWords

__all__ = ["KINDS", "ChildWords", "Finding", "FindingKind", "Fix", "Note", "check_record", "check_text", "other_language_texts",
           "summary_line"]
