"""Free text written into a YAML record so that it reads back exactly as it was given."""

from __future__ import annotations

import re

from ruamel.yaml.scalarstring import DoubleQuotedScalarString

#: Characters a plain, quoted or block scalar would not give back as written (YAML folds NEL,
#: LS and PS as line breaks; control characters are not allowed unescaped).
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]")


def as_written(text: str) -> str:
    """The text, double-quoted with escapes when it holds a character YAML would change."""
    return DoubleQuotedScalarString(text) if UNPRINTABLE.search(text) else text
