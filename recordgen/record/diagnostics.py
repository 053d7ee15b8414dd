"""Problems found in a record, said so that business support can act on them."""

from __future__ import annotations

import dataclasses
from typing import Literal, Sequence

Severity = Literal["error", "warning"]
Location = Sequence[str | int]


def format_path(loc: Location) -> str:
    """``('worries', 2, 'text')`` -> ``worries.3.text``: list positions count from 1."""
    return ".".join(str(p + 1) if isinstance(p, int) else str(p) for p in loc) or "(record)"


@dataclasses.dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int | None
    path: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        if self.line is None:  # no line to point at: never FILE:?:
            field = "" if self.path == "(file)" else f" {self.path}:"
            return f"{self.file}:{field} {self.severity}: {self.message}"
        return f"{self.file}:{self.line}: {self.path}: {self.severity}: {self.message}"

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)
