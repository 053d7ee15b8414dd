"""Fixed text in .docx templates reaches the catalogs: the Babel extractor."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from babel.messages.extract import DEFAULT_KEYWORDS
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from docxtpl import DocxTemplate

from recordgen.rendering.template_messages import TemplateExtractionError, extract_docx

ROOT = Path(__file__).resolve().parent.parent


def template(paragraphs: list[list[str]], header: str | None = None) -> bytes:
    """A .docx whose paragraphs are made of the given runs, as Word splits typed text."""
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text in runs:
            paragraph.add_run(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SAMPLE = template([
    ['{{ _("Your ', "review", ', %(name)s", name=child) }}'],           # split across three runs
    ["{# Translators: a heading; the child reads it #}"],
    ['{{ _("What is ', 'working well") }}'],
    ["{%p if n %}"],
    ['{{ ngettext("%(num)d thing", "%(num)d things", n) }}'],
    ["{%p endif %}"],
    ['{{ _("Mum & Dad said \u2018yes\u2019") }}'],                    # Word's curly quotes
], header='{{ _("Page") }}')


def extracted(data: bytes) -> list[tuple]:
    return list(extract_docx(io.BytesIO(data), DEFAULT_KEYWORDS, ["Translators:"], {}))


def test_messages_split_across_runs_are_found_with_comments_and_plurals() -> None:
    found = {message if isinstance(message, str) else message[0]: (line, function, message, comments)
             for line, function, message, comments in extracted(SAMPLE)}
    assert set(found) == {"Your review, %(name)s", "What is working well", "%(num)d thing",
                          "Mum &amp; Dad said 'yes'", "Page"}
    assert found["What is working well"][3] == ["a heading; the child reads it"]
    assert found["%(num)d thing"][1] == "ngettext" and found["%(num)d thing"][2][:2] == (
        "%(num)d thing", "%(num)d things")
    assert found["Page"][3] == ["in header1.xml"]
    assert found["Your review, %(name)s"][0] == 1 and found["What is working well"][0] == 3


def test_extracted_messages_are_exactly_those_docxtpl_looks_up() -> None:
    looked_up: list[str] = []

    def gettext(message, **values):
        looked_up.append(message)
        return message

    def ngettext(singular, plural, n, **values):
        looked_up.append(singular)
        return singular

    rendered = DocxTemplate(io.BytesIO(SAMPLE))
    rendered.render({"_": gettext, "ngettext": ngettext, "child": "Sam", "n": 2})
    rendered.save(io.BytesIO())
    messages = {m if isinstance(m, str) else m[0] for _, _, m, _ in extracted(SAMPLE)}
    assert set(looked_up) == messages


def test_a_broken_template_stops_extraction_and_says_where() -> None:
    broken = template([["fine"], ['{{ _("Unclosed" }}']])
    with pytest.raises(TemplateExtractionError, match=r"word/document.xml, paragraph 2"):
        extracted(broken)
    with pytest.raises(TemplateExtractionError, match="not a .docx file"):
        extracted(b"plain text")


def test_pybabel_extract_uses_the_project_babel_cfg(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "teen.docx").write_bytes(SAMPLE)
    shutil.copyfile(ROOT / "babel.cfg", tmp_path / "babel.cfg")
    monkeypatch.chdir(tmp_path)
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", "babel.cfg", "-o", "messages.pot", "."])
    with open(tmp_path / "messages.pot", "rb") as handle:
        catalog = read_po(handle)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    assert {"Your review, %(name)s", "What is working well", "%(num)d thing", "Page"} <= ids
    assert catalog.get("What is working well").locations == [("templates/teen.docx", 3)]
    assert catalog.get("What is working well").auto_comments == ["a heading; the child reads it"]
