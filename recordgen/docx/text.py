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


_NOT_PLAIN = re.compile("[\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def run_text(text: str) -> Markup:
    """Text for inside a ``<w:t>``: escaped, newlines as line breaks, tabs as tabs."""
    if not _NOT_PLAIN.search(text):
        return escape(text)  # one line, nothing to drop: what the joins below make of it
    lines = []
    for line in clean(text).split("\n"):
        lines.append(_TAB.join(escape(part) for part in line.split("\t")))
    return _BREAK.join(lines)


def attribute_text(text: str) -> str:
    """Text for an XML attribute or a plain element such as a document property."""
    return str(escape(clean(text).replace("\n", " ").replace("\t", " ")))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Parts a reader can see words of; styles, theme, fonts and settings hold none.
_READABLE = re.compile(r"^(word/(document|header\d*|footer\d*|footnotes|endnotes|comments\w*)\.xml"
                       r"|docProps/\w+\.xml|word/_rels/[^/]+\.rels)$")


def package_texts(data: bytes) -> list[tuple[str, str]]:
    """``(part name, text)`` for every part of a .docx a reader can see words of: the body,
    headers, footers, notes, comments, document properties, links. A paragraph's runs are
    joined (a value split into runs reads whole), one paragraph a line; a picture's
    description and title, and a link's target, are read too."""
    import io
    import zipfile

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not _READABLE.match(name):
                continue
            raw = archive.read(name)
            try:
                root = etree.fromstring(raw, parser)
            except etree.XMLSyntaxError:
                found.append((name, raw.decode("utf-8", "replace")))
                continue
            if name.endswith(".rels"):
                lines = [element.get("Target", "") for element in root]
            elif name.startswith("docProps/"):
                lines = [text for text in root.itertext() if text.strip()]
            else:
                lines = ["".join(p.itertext(f"{_W}t", f"{_W}delText", f"{_W}instrText"))
                         for p in root.iter(f"{_W}p")]
                lines += [value for element in root.iter("{*}docPr")
                          for key, value in element.attrib.items() if key in ("descr", "title", "name")]
            found.append((name, "\n".join(lines)))
    return found
