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


#: Attributes that carry words a reader can see: a picture's description and title, a link.
_TEXT_ATTRIBUTES = frozenset({"descr", "title", "name", "Target"})
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def package_texts(data: bytes) -> list[tuple[str, str]]:
    """``(part name, text)`` for every XML part of a .docx: the body, headers, footers, notes,
    comments, document properties. A paragraph's runs are joined (a value split into runs
    reads whole); each paragraph, and each other element's text, on its own line."""
    import io
    import zipfile

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                root = etree.fromstring(archive.read(name), parser)
            except etree.XMLSyntaxError:
                found.append((name, archive.read(name).decode("utf-8", "replace")))
                continue
            paragraphs = root.findall(f".//{_W}p")
            lines = ["".join(t.text or "" for t in p.iter(f"{_W}t", f"{_W}delText", f"{_W}instrText"))
                     for p in paragraphs]
            # Everything else: document properties, attributes such as a picture's description.
            lines += [text for text in root.itertext() if text and text.strip()] if not paragraphs else []
            lines += [value for element in root.iter() if isinstance(element.tag, str)
                      for key, value in element.attrib.items() if etree.QName(key).localname in _TEXT_ATTRIBUTES]
            found.append((name, "\n".join(lines)))
    return found
