"""Free text is data, never template code, and always makes a valid file."""

import io

import docx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from lxml import etree

from recordgen import api
from recordgen.record.loading import InvalidRecord

from conftest import examples
from recordfiles import docx_parts, docx_text, write_record

TRICKY = [
    "{{ child.name }} and {% if true %}yes{% endif %} {# note #}",
    "Tom & Jerry <b>bold</b> \"quoted\" 'single' ]]> <!-- -->",
    "Line one\nLine two\twith a tab",
    "Emoji 🌈🧸 and right-to-left \u200f\u202bمرحبا\u202c mark",
    "{%p endfor %} {%tr for x in y %} {% cellbg 'FF0000' %}",
    "&amp; already escaped &lt;tag&gt;",
]
CONTROL = "Bell\x07 and null\x00 and escape\x1b and form feed\x0c here"


@pytest.fixture(scope="module")
def renderer():
    return api.Renderer()


def render_with(tmp_path, renderer, change):
    loaded = api.load_record(write_record(tmp_path, change))
    return renderer.render_copy(loaded, api.recipient_for(loaded.record, "child")).data


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_comes_out_literally(tmp_path, renderer, text):
    data = render_with(tmp_path, renderer, lambda d: d["working_well"].__setitem__(0, text))
    out = docx_text(data)
    for line in text.split("\n"):
        assert line.replace("\t", "\t") in out.replace("\n", "\n")


def test_tricky_text_in_every_free_text_field(tmp_path, renderer):
    marker = "{{ 7*7 }} & <x> {% raw %}"

    def everywhere(d):
        d["review"]["venue"] = marker
        d["child_views"][0] = marker
        d["worries"][0] = marker
        d["goals"][0] = marker
        d["scale"]["meaning"] = marker
        d["actions"][0]["who"] = marker
        d["actions"][0]["what"] = marker
        d["care_plan"]["plan"] = marker
        d["review"]["attendees"][4]["contributed"] = marker
        d["placement"]["carers"] = marker
        d["child"]["known_as"] = marker

    data = render_with(tmp_path, renderer, everywhere)
    out = docx_text(data)
    assert out.count(marker) >= 9
    assert "49" not in out.replace("2026", "")  # nothing was evaluated
    core = docx_parts(data)["docProps/core.xml"]
    etree.fromstring(core)


def test_control_characters_are_removed(tmp_path, renderer):
    data = render_with(tmp_path, renderer, lambda d: d["worries"].__setitem__(0, CONTROL))
    out = docx_text(data)
    assert "Bell and null and escape and form feed here" in out
    for name, part in docx_parts(data).items():
        if name.endswith(".xml"):
            etree.fromstring(part)


def test_newlines_become_line_breaks(tmp_path, renderer):
    data = render_with(tmp_path, renderer, lambda d: d["care_plan"].update(plan="First line\nSecond line"))
    document = docx.Document(io.BytesIO(data))
    paragraph = next(p for p in document.paragraphs if "First line" in p.text)
    assert paragraph.text == "First line\nSecond line"


FREE_TEXT_FIELDS = {
    "venue": lambda d, t: d["review"].update(venue=t),
    "child_view": lambda d, t: d["child_views"].__setitem__(0, t),
    "working_well": lambda d, t: d["working_well"].__setitem__(0, t),
    "worry": lambda d, t: d["worries"].__setitem__(0, {"text": t, "withhold_from": ["carer"]}),
    "goal": lambda d, t: d["goals"].__setitem__(0, t),
    "action_what": lambda d, t: d["actions"][0].update(what=t),
    "action_who": lambda d, t: d["actions"][0].update(who=t),
    "plan": lambda d, t: d["care_plan"].update(plan=t),
    "scale_meaning": lambda d, t: d["scale"].update(meaning=t),
    "contributed": lambda d, t: d["review"]["attendees"][4].update(contributed=t),
    "chair_name": lambda d, t: d["review"]["chair"].update(name=t),
}

any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("{}%#<>&\"'\t\n\r\x00\x0b")),
    min_size=0, max_size=60,
)


@settings(max_examples=examples(60), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(FREE_TEXT_FIELDS)), text=any_text)
def test_any_text_in_any_field_gives_a_valid_docx_or_a_clear_error(tmp_path_factory, renderer, field, text):
    directory = tmp_path_factory.mktemp("h")
    try:
        loaded = api.load_record(write_record(directory, lambda d: FREE_TEXT_FIELDS[field](d, text)))
    except InvalidRecord as exc:
        # Only an empty text may be refused, and it is said plainly, with a line.
        assert not text.strip()
        for diagnostic in exc.diagnostics:
            assert diagnostic.line and diagnostic.message and "Traceback" not in diagnostic.message
        return
    copy = api.Renderer.render_copy(renderer, loaded, api.recipient_for(loaded.record, "child"))
    for name, part in docx_parts(copy.data).items():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(part)
    document = docx.Document(io.BytesIO(copy.data))
    visible = docx_text(copy.data)
    kept = "".join(c for c in text if c.isalnum())
    if field != "chair_name" or kept:
        assert "".join(c for c in visible if c.isalnum()).find(kept) >= 0
    assert document.paragraphs


def test_tricky_text_opens_in_libreoffice(tmp_path, renderer, libreoffice_pool):
    """LibreOffice reads the copy and shows the text literally (it is the council's converter too)."""
    from pypdf import PdfReader

    def everything_tricky(d):
        d["working_well"] = TRICKY[:2] + [CONTROL]

    docx_path = tmp_path / "tricky.docx"
    docx_path.write_bytes(render_with(tmp_path, renderer, everything_tricky))
    libreoffice_pool.convert(docx_path, tmp_path / "tricky.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "tricky.pdf").pages)
    text = " ".join(text.split())
    assert "{{ child.name }}" in text and "{% if true %}yes{% endif %}" in text
    assert "Tom & Jerry <b>bold</b>" in text
    assert "Bell and null and escape and form feed here" in text
