"""A Babel extractor for .docx templates: finds ``_()``/``ngettext()`` in their Jinja tags.

Word splits typed text across runs at will, so ``{{ _("What you told me") }}``
may be stored as several ``<w:t>`` pieces with XML between them. The
extractor cleans each part exactly as docxtpl does before rendering
(``DocxTemplate.patch_xml``), so the messages it finds are the very strings
the renderer will look up, then hands the result to Jinja's own Babel
extractor.

Registered in ``babel.cfg``::

    [extractors]
    docx = recordgen.rendering.template_messages:extract_docx

    [docx: templates/**.docx]

Line numbers count paragraphs within a part; messages from headers and
footers carry an extracted comment naming the part.

It reads templates, so it lives with them here: in i18n/ it made i18n and docx/ import
each other (docx/bidi.py builds on i18n's language facts).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any, BinaryIO, Collection, Iterator, Mapping

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError
from jinja2.ext import babel_extract

from ..errors import Category, RecordgenError
from ..docx.ns import TEXT_PART

class TemplateExtractionError(RecordgenError):
    """A template's Jinja cannot be read; the message names the file part and paragraph."""

    category = Category.PROBLEMS


def _part_order(name: str) -> tuple[int, str]:
    return (0 if name == "word/document.xml" else 1, name)


def text_parts(archive: zipfile.ZipFile) -> list[str]:
    return sorted((n for n in archive.namelist() if TEXT_PART.fullmatch(n)), key=_part_order)


def template_source(xml: str) -> str:
    """A part's XML as docxtpl hands it to Jinja, one paragraph per line."""
    # patch_xml uses nothing from the instance; calling it on a bare one keeps docxtpl's
    # exact cleaning without loading a document.
    patched = DocxTemplate.patch_xml(DocxTemplate.__new__(DocxTemplate), xml)
    # Line breaks between tags change nothing Jinja extracts; one after each paragraph
    # (and none elsewhere) makes Babel's line numbers paragraph numbers.
    return re.sub(r"(</w:p>)", r"\1\n", re.sub(r">\r?\n", ">", patched))


def extract_docx(
    fileobj: BinaryIO,
    keywords: Mapping[str, Any] | Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, str | tuple[str, ...], list[str]]]:
    """Babel extraction method: yields (line, function, message(s), comments) per call found.

    Options from babel.cfg are passed to Jinja's extractor (``trimmed``,
    ``extensions``...). Unlike Jinja's default, a template Jinja cannot parse
    stops the extraction: a silently skipped template would leave its
    messages untranslated in every language.
    """
    jinja_options = {"silent": "false", **options}
    try:
        archive = zipfile.ZipFile(fileobj)
    except zipfile.BadZipFile:
        name = getattr(fileobj, "name", "the template")
        raise TemplateExtractionError(f"{name}: not a .docx file (it is not a zip package)") from None
    with archive:
        for part in text_parts(archive):
            source = template_source(archive.read(part).decode("utf-8"))
            try:
                found = list(babel_extract(io.BytesIO(source.encode("utf-8")), keywords, comment_tags,
                                           jinja_options))
            except TemplateSyntaxError as exc:
                name = getattr(fileobj, "name", "template")
                raise TemplateExtractionError(
                    f"{name}: {part}, paragraph {exc.lineno}: the template cannot be read: {exc.message}"
                ) from None
            for lineno, function, message, comments in found:
                if part != "word/document.xml":
                    comments = [*comments, f"in {part.removeprefix('word/')}"]
                yield lineno, function, message, list(comments)
