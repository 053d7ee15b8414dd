"""A Word template parsed and compiled once, then rendered for many copies.

The template is a docxtpl-style .docx (Jinja tags typed in Word). Its XML
parts are cleaned with docxtpl's own tag repair once, compiled by Jinja once,
and each copy only runs the compiled code and writes the zip; the naive way
re-reads and re-parses the template for every copy.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import os
import re
import threading
import zipfile
from pathlib import Path
from types import CodeType
from typing import Any, Callable, Mapping

import jinja2.compiler
from jinja2 import StrictUndefined, TemplateError as JinjaTemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from lxml import etree
from markupsafe import Markup

from ..errors import Category, RecordgenError
from ..support.derived import cached_value
from ..docx import package, properties
from ..docx.language import set_document_language
from ..docx.ns import TEXT_PART  # the parts that may hold Jinja tags
from ..docx.text import parts_texts, run_text
from .finishing import finish

_STYLES = "word/styles.xml"
_BODY = "word/document.xml"

PartTransform = Callable[[str, bytes], bytes]


class TemplateError(RecordgenError):
    """A template that cannot be used; the message names the template and the problem."""

    category = Category.PROBLEMS


def _finalize(value: Any) -> Any:
    """Every ``{{ value }}``: free text is data, escaped and made safe for a ``<w:t>``."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return run_text(str(value))


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, each answer to "may a template read this attribute?" kept by the
    object's type and the attribute's name. Jinja's answer depends on nothing else (the type's kind,
    a name starting with "_", a known mutable type's methods), and a copy asked it about a hundred
    times, of the same few types and names; an object whose ``__class__`` is not its type is asked
    afresh each time."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._safe_attributes: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        kind = type(obj)
        if obj.__class__ is not kind or type(attr) is not str:
            return super().is_safe_attribute(obj, attr, value)
        safe = self._safe_attributes.get((kind, attr))
        if safe is None:
            safe = self._safe_attributes[(kind, attr)] = super().is_safe_attribute(obj, attr, value)
        return safe


def make_environment() -> ImmutableSandboxedEnvironment:
    # Sandboxed: templates are edited by council staff, not programmers.
    return _Sandbox(
        autoescape=True, finalize=_finalize, undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _visible_text(xml: str, line: int | None) -> str:
    """The words of the template near a Jinja error, for the message."""
    lines = xml.splitlines()
    if not line or line > len(lines):
        return ""
    words = re.sub(r"<[^>]+>", "", " ".join(lines[max(line - 2, 0): line + 1]))
    return re.sub(r"\s+", " ", words).strip()[:120]


# docxtpl's {% cellbg %} puts w:shd first in w:tcPr; ECMA-376 wants it after these.
_SHADING_FIRST = re.compile(r"(<w:tcPr>)(<w:shd [^>]*/>)((?:<w:(?:cnfStyle|tcW|gridSpan|hMerge|vMerge)\b[^>]*/>)+)")


@functools.cache
def _patcher():
    # docxtpl imports python-docx (0.1 s of every command that renders): only a template compiled
    # afresh (not in the cache folder) needs its tag repair.
    from docxtpl import DocxTemplate

    return DocxTemplate(None)


def _module_file(package: str, module: str) -> str:
    """``package.module``'s ``__file__``, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"no package {package}")
    return os.path.join(spec.submodule_search_locations[0], f"{module}.py")


#: What makes a template's code besides the template and this module: a new version compiles again.
_JINJA_COMPILER, _DOCXTPL_PATCHER = jinja2.compiler.__file__, _module_file("docxtpl", "template")
# LibreOffice writes every quote in text as an entity; inside a tag Jinja needs the character.
_TAG = re.compile(r"{{.*?}}|{%.*?%}", re.DOTALL)
_QUOTES = re.compile(r"&(quot|apos|#34|#39|#x22|#x27);")


def prepare_xml(xml: str) -> str:
    """A part's XML as Jinja source: docxtpl's tag repair (``{%p %}``, ``{%tr %}``, ``{% cellbg %}``...),
    cell shading put back in schema order, and one line per paragraph for error messages."""
    xml = _patcher().patch_xml(xml)
    xml = _TAG.sub(lambda tag: _QUOTES.sub(lambda q: "'" if q.group(1) in ("apos", "#39", "#x27") else '"',
                                            tag.group(0)), xml)
    xml = _SHADING_FIRST.sub(r"\1\3\2", xml)
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


class CompiledTemplate:
    """One .docx template, ready to render copies to bytes quickly and thread-safely."""

    def __init__(self, path: str | Path, environment: ImmutableSandboxedEnvironment | None = None):
        self.path = Path(path)
        self.name = self.path.name
        own_environment = environment is not None
        environment = environment or make_environment()
        try:
            parts = package.read_parts(self.path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise TemplateError(f"template {self.name}: cannot be opened as a Word file ({exc})") from None
        if "word/document.xml" not in parts:
            raise TemplateError(f"template {self.name}: not a Word document (no word/document.xml)")
        # Properties of the template itself, and Word's preview picture of it, never go out.
        for left_over in (properties.CUSTOM_PART, properties.THUMBNAIL_PART):
            package.drop_part(parts, left_over)
        self._static = {name: data for name, data in parts.items() if not TEXT_PART.fullmatch(name)}
        sources = {name: data for name, data in parts.items() if TEXT_PART.fullmatch(name)}
        build = lambda: self._jinja_code(sources, environment)  # noqa: E731
        # The default environment's code is kept in the cache folder, by the template file and the
        # code that makes it: a batch, a render or the page compiles each template once, not each time.
        jinja_code = build() if own_environment else cached_value(
            f"template-{self.path.stem}", (self.path.resolve(), __file__, _JINJA_COMPILER, _DOCXTPL_PATCHER), build)
        self._compiled = {name: (environment.template_class.from_code(
                              environment, code, environment.make_globals(None), None), xml)
                          for name, (xml, code) in jinja_code.items()}
        self._styles_by_language: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def _jinja_code(self, sources: dict[str, bytes], environment: ImmutableSandboxedEnvironment
                    ) -> dict[str, tuple[str, CodeType]]:
        """Each text part's Jinja source (for error messages) and its compiled code."""
        compiled = {}
        for name, data in sources.items():
            xml = prepare_xml(data.decode("utf-8"))
            try:
                compiled[name] = (xml, environment.compile(xml))
            except JinjaTemplateError as exc:
                near = _visible_text(xml, getattr(exc, "lineno", None))
                raise TemplateError(
                    f"template {self.name}: a tag is broken ({exc.message}) near “{near}”"
                ) from None
        return compiled

    def _styles(self, language_tag: str) -> bytes | None:
        styles = self._static.get(_STYLES)
        if styles is None:
            return None
        cached = self._styles_by_language.get(language_tag)
        if cached is None:
            with self._lock:
                cached = set_document_language(styles, language_tag)
                self._styles_by_language[language_tag] = cached
        return cached

    def render_parts(self, context: Mapping[str, Any], *, language_tag: str, title: str,
                     author: str, subject: str = "", when: dt.datetime | None = None,
                     transform: PartTransform | None = None) -> package.Parts:
        """All parts of one copy. ``transform`` may rewrite each XML part (right to left)."""
        return self._render(context, language_tag, title, author, subject, when, transform)[0]

    def _render(self, context: Mapping[str, Any], language_tag: str, title: str, author: str, subject: str,
                when: dt.datetime | None, transform: PartTransform | None
                ) -> tuple[package.Parts, etree._Element | None]:
        """The parts, and the body's tree as its bytes were written from (read for its words)."""
        parts: package.Parts = dict(self._static)
        # A transform that can take the body's tree (``transform.body``) has it as parsed here:
        # the body is parsed once and written once.
        body_transform = getattr(transform, "body", None)
        body = None
        for name, (template, source) in self._compiled.items():
            try:
                xml = template.render(context)
            except JinjaTemplateError as exc:
                near = _visible_text(source, getattr(exc, "lineno", None))
                raise TemplateError(f"template {self.name}: {exc.message or exc}" +
                                    (f" near “{near}”" if near else "")) from None
            data = xml.replace("\n<w:p", "<w:p").encode("utf-8")
            try:
                root = etree.fromstring(data)
            except etree.XMLSyntaxError as exc:
                raise TemplateError(
                    f"template {self.name}: the result is not a valid document ({exc}); "
                    "check that tags such as {%p if %} / {%p endif %} are each in a paragraph of their own"
                ) from None
            changed = finish(root, context)
            if name == _BODY:
                body = root
                if body_transform is not None:
                    body_transform(root)
                    changed = True
            if changed:
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            parts[name] = data
        styles = self._styles(language_tag)
        if styles is not None:
            parts[_STYLES] = styles
        if transform is not None:
            for name in list(parts):
                if (name.endswith(".xml") and name.startswith("word/")
                        and not (name == _BODY and body is not None and body_transform is not None)):
                    parts[name] = transform(name, parts[name])
            if body_transform is None:
                body = None  # the body's bytes may have been changed from elsewhere than its tree
        parts[properties.CORE_PART] = properties.core_properties(
            title=title, author=author, language=language_tag, subject=subject, when=when)
        parts[properties.APP_PART] = properties.app_properties("recordgen")
        return parts, body

    def render(self, context: Mapping[str, Any], **kwargs: Any) -> bytes:
        return package.to_bytes(self.render_parts(context, **kwargs))

    def render_read(self, context: Mapping[str, Any], *, language_tag: str, title: str, author: str,
                    subject: str = "", when: dt.datetime | None = None, transform: PartTransform | None = None
                    ) -> tuple[bytes, list[tuple[str, str]]]:
        """The copy's bytes, and the words a reader can see in it (``package_texts``) read from
        the very parts its zip is made of: unzipping the copy again read the same bytes."""
        parts, body = self._render(context, language_tag, title, author, subject, when, transform)
        return package.to_bytes(parts), parts_texts(package.in_zip_order(parts.items()),
                                                    {_BODY: body} if body is not None else None)
