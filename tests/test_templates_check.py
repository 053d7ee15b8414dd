"""`recordgen templates check`: names a template uses that the context lacks, against the documented context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group
from recordgen.rendering.context import Line, build_context
from recordgen.rendering.fields import CONTEXT, LINE, Field

from recordfiles import SAM

TEMPLATES = sorted((Path(__file__).resolve().parents[1] / "templates").glob("*.docx"))


def template(tmp_path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    section = document.sections[0]
    section.header.paragraphs[0].text = "{{ copy_lable }}"
    path = tmp_path / "council.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_the_shipped_templates_use_only_names_the_context_provides(path):
    assert api.check_template(path) == []


def test_misspelt_names_and_fields_are_listed_with_where_they_are(tmp_path):
    path = template(tmp_path, "Dear {{ child.nmae }},", "{{ chld }}",
                    "{%p for w in worries %}", "{{ w.txt }} {{ w.english }} {{ loop.index }}", "{%p endfor %}",
                    "{%p for a in actions %}", "{{ a.who.english }} by {{ a.bye }}", "{%p endfor %}",
                    "{% set shown = review.venue %}{{ shown.anything }} {{ scale.fills[3] }} {{ child.name|upper }}",
                    '{{ _("Hello %(name)s", name=child.name) }} {{ range(3)|list }} {{ review["dates"] }}')
    found = api.check_template(path)
    assert [(u.name, u.part) for u in found] == [
        ("child.nmae", "word/document.xml"), ("chld", "word/document.xml"), ("w.txt", "word/document.xml"),
        ("a.bye", "word/document.xml"), ("review['dates']", "word/document.xml"),
        ("copy_lable", "word/header1.xml")]
    assert found[0].near.startswith("Dear {{ child.nmae }}")


def test_the_command_lists_unknown_names_then_the_names_a_template_may_use(tmp_path):
    bad = template(tmp_path, "{{ child.nmae }}")
    result = CliRunner().invoke(main_group, ["templates", "check", str(bad)])
    assert result.exit_code == 1
    assert "'child.nmae' is not a name the context provides" in result.output
    assert "Names a template may use:" in result.output and "child.name" in result.output
    assert "actions[].what" in result.output
    good = CliRunner().invoke(main_group, ["templates", "check", "-q", *map(str, TEMPLATES)])
    assert good.exit_code == 0 and "Names a template" not in good.output
    broken = template(tmp_path, "{% if child.name %}")
    assert CliRunner().invoke(main_group, ["templates", "check", str(broken)]).exit_code == 1
    assert CliRunner().invoke(main_group, ["templates", "check", str(tmp_path / "none.docx")]).exit_code == 2


def _documented(value, field: Field, path: str) -> None:
    """``value`` (from build_context) has exactly the documented fields, all the way down."""
    if isinstance(value, Line):
        assert field.fields is LINE, path
        return
    if isinstance(value, dict):
        assert field.fields is not None and set(value) == set(field.fields), path
        for name, inner in value.items():
            _documented(inner, field.fields[name], f"{path}.{name}")
    elif isinstance(value, list):
        assert field.is_list, path
        for item in value:
            if field.each is not None:
                _documented(item, Field("item", field.each), f"{path}[]")


def test_build_context_returns_exactly_the_documented_fields():
    loaded = api.load_record(SAM)
    record = loaded.record
    for recipient in record.distribution:
        context = build_context(record, recipient, band="middle", language="en", next_review=dt.date(2026, 8, 25),
                                untranslated_notice=True)
        assert set(context) == set(CONTEXT)
        for name, value in context.items():
            if callable(value):
                continue
            _documented(value, CONTEXT[name], name)
    assert record.scale and record.actions and any(a.contributed for a in record.review.attendees)
