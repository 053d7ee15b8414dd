"""Checking a council's template before it is used: names it uses that the context does not provide.

The template's parts are read as the renderer reads them (docxtpl's tag repair,
then Jinja), and every name and field it reads (``child.name``,
``w.english`` in ``{% for w in worries %}``) is looked up in the documented
context (``rendering.fields``). A misspelt name would otherwise only show up
as an error when a copy is made, possibly in the middle of a batch.
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Mapping

from jinja2 import TemplateSyntaxError, nodes

from ..docx import package
from ..docx.ns import TEXT_PART
from .fields import CONTEXT, Field
from .template import TemplateError, _visible_text, make_environment, prepare_xml

_ANY = Field("set in the template, or a field of a value the context does not describe")


@dataclasses.dataclass(frozen=True)
class UnknownName:
    """A name (or field) a template uses that the context does not provide."""

    name: str        # "child.nmae", "worry.txt"
    part: str        # "word/document.xml"
    near: str        # the template's words around it

    def __str__(self) -> str:
        where = f" near “{self.near}”" if self.near else ""
        return f"{self.part}: '{self.name}' is not a name the context provides{where}"


def check_template(path: str | Path) -> list[UnknownName]:
    """Every name ``path`` uses that no copy's context has; empty when the template is sound.

    Raises TemplateError when the file is not a Word document or a tag is broken.
    """
    path = Path(path)
    try:
        parts = package.read_parts(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise TemplateError(f"template {path.name}: cannot be opened as a Word file ({exc})") from None
    if "word/document.xml" not in parts:
        raise TemplateError(f"template {path.name}: not a Word document (no word/document.xml)")
    environment = make_environment()
    found: list[UnknownName] = []
    for name, data in parts.items():
        if not TEXT_PART.fullmatch(name):
            continue
        xml = prepare_xml(data.decode("utf-8"))
        try:
            tree = environment.parse(xml)
        except TemplateSyntaxError as exc:
            raise TemplateError(f"template {path.name}: a tag is broken ({exc.message}) "
                                f"near “{_visible_text(xml, exc.lineno)}”") from None
        walker = _Walker(set(environment.globals))
        walker.visit(tree, dict(CONTEXT))
        seen = set()
        for unknown, line in walker.unknown:
            if unknown not in seen:
                seen.add(unknown)
                found.append(UnknownName(unknown, name, _visible_text(xml, line)))
    return found


class _Walker:
    def __init__(self, known_globals: set[str]):
        self.known_globals = known_globals
        self.unknown: list[tuple[str, int]] = []

    def visit(self, node: nodes.Node, scope: dict[str, Field]) -> None:
        if isinstance(node, nodes.For):
            self.visit(node.iter, scope)
            inner = dict(scope)
            self._bind(node.target, _item_of(self._resolve(node.iter, scope, report=False)), inner)
            inner["loop"] = _ANY
            if node.test is not None:
                self.visit(node.test, inner)
            for child in node.body:
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
            return
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for child in ([node.node] if isinstance(node, nodes.Assign) else node.body):
                self.visit(child, scope)
            self._bind(node.target, _ANY, scope)
            return
        if isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values):
                self.visit(value, scope)
                self._bind(target, _ANY, inner)
            for child in node.body:
                self.visit(child, inner)
            return
        if isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope)
            for argument in node.args:
                self._bind(argument, _ANY, inner)
            inner.update(caller=_ANY, varargs=_ANY, kwargs=_ANY)
            for child in node.body:
                self.visit(child, inner)
            if isinstance(node, nodes.Macro):
                scope[node.name] = _ANY
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)) and _is_load(node):
            self._resolve(node, scope)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)

    def _bind(self, target: nodes.Node, field: Field, scope: dict[str, Field]) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = field
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self._bind(item, _ANY, scope)

    def _resolve(self, node: nodes.Node, scope: dict[str, Field], report: bool = True) -> Field:
        """The documented field an expression reads; reports (once) what the context lacks."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name not in self.known_globals and report:
                self.unknown.append((node.name, node.lineno))
            return _ANY
        if isinstance(node, nodes.Getattr):
            return self._field(node, self._resolve(node.node, scope, report), node.attr, report)
        if isinstance(node, nodes.Getitem):
            base = self._resolve(node.node, scope, report)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                return self._field(node, base, node.arg.value, report)
            if report:
                self.visit(node.arg, scope)
            return _item_of(base)
        if report:
            self.visit(node, scope)
        return _ANY

    def _field(self, node: nodes.Node, base: Field, name: str, report: bool) -> Field:
        if base.fields is None:  # a plain value (text, a number, a list): its own methods are its business
            return _ANY
        if name in base.fields:
            return base.fields[name]
        if report:
            self.unknown.append((_dotted(node), node.lineno))
        return _ANY


def _item_of(field: Field) -> Field:
    if field.is_list:
        return Field("an item of a list", field.each) if field.each else Field("an item of a list")
    return _ANY


def _is_load(node: nodes.Node) -> bool:
    return getattr(node, "ctx", "load") == "load"


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        index = repr(node.arg.value) if isinstance(node.arg, nodes.Const) else "..."
        return f"{_dotted(node.node)}[{index}]"
    return "(expression)"


def documented_fields(fields: Mapping[str, Field] = CONTEXT) -> list[tuple[str, str]]:
    """``(name, what it is)`` for every name a template may use, in the order they are documented."""
    from .fields import field_names

    return [(name, field.doc) for name, field in field_names(fields)]
