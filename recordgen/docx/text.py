"""Putting untrusted text into WordprocessingML safely."""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable, Mapping

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

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return parts_texts((name, archive.read(name)) for name in archive.namelist() if _READABLE.match(name))


def parts_texts(parts: Iterable[tuple[str, bytes]], trees: Mapping[str, Any] | None = None) -> list[tuple[str, str]]:
    """The same as ``package_texts``, of a package's parts in its zip's order (the bytes the
    zip is written from, so a copy need not be unzipped again to be read). ``trees``: parts
    already parsed, by name, as their bytes were written from (not parsed again)."""
    trees = trees or {}
    return [(name, _tree_text(name, trees[name]) if name in trees
             else _part_text(name, raw) if name == _BODY or len(raw) > _LARGEST_PART_KEPT
             else _kept_part_text(name, raw))
            for name, raw in parts if _READABLE.match(name)]


_BODY = "word/document.xml"
#: Parts other than the body (headers, footers, links, properties) are mostly the same in
#: every copy of a template and language: their words are kept, 128 parts of 32 KB at most.
_LARGEST_PART_KEPT = 32 * 1024


def _part_text(name: str, raw: bytes) -> str:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError:
        return raw.decode("utf-8", "replace")
    return _tree_text(name, root)


def _tree_text(name: str, root) -> str:
    if name.endswith(".rels"):
        lines = [element.get("Target", "") for element in root]
    elif name.startswith("docProps/"):
        lines = [text for text in root.itertext() if text.strip()]
    else:
        lines = _paragraph_texts(root)
        lines += [value for element in root.iter("{*}docPr")
                  for key, value in element.attrib.items() if key in ("descr", "title", "name")]
    return "\n".join(lines)


_P, _TEXTS = f"{_W}p", (f"{_W}t", f"{_W}delText", f"{_W}instrText")


def _paragraph_texts(root) -> list[str]:
    """``"".join(p.itertext(*_TEXTS))`` for each paragraph, in one walk of the part (a copy's body
    has a hundred paragraphs): a text in a text box's paragraph is also its outer paragraph's."""
    from lxml import etree

    lines: list[list[str]] = []
    inside: list[list[str]] = []  # the paragraphs the walk is in, outermost first
    for event, element in etree.iterwalk(root, events=("start", "end"), tag=(_P, *_TEXTS)):
        if element.tag == _P:
            if event == "start":
                inside.append([])
                lines.append(inside[-1])
            else:
                inside.pop()
        elif inside:
            text = element.text if event == "start" else element.tail
            if text:
                for line in inside:
                    line.append(text)
    return ["".join(line) for line in lines]


_kept_part_text = functools.lru_cache(maxsize=128)(_part_text)
