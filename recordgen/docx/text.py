"""Putting untrusted text into WordprocessingML safely."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Characters XML 1.0 forbids (C0 controls but tab/newline/CR, lone surrogates,
# U+FFFE/U+FFFF). They cannot be written, so they are dropped.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAK = Markup('</w:t><w:br/><w:t xml:space="preserve">')
_TAB = Markup('</w:t><w:tab/><w:t xml:space="preserve">')


def clean(text: str) -> str:
    """The text with XML-forbidden characters removed and line endings made \\n."""
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def run_text(text: str) -> Markup:
    """Text for inside a ``<w:t>``: escaped, newlines as line breaks, tabs as tabs."""
    lines = []
    for line in clean(text).split("\n"):
        lines.append(_TAB.join(escape(part) for part in line.split("\t")))
    return _BREAK.join(lines)


def attribute_text(text: str) -> str:
    """Text for an XML attribute or a plain element such as a document property."""
    return str(escape(clean(text).replace("\n", " ").replace("\t", " ")))
