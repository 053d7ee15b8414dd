"""Rendering: every copy of every example, read back from the .docx that was written."""

import datetime as dt
import io
import re
import zipfile

import docx
import pytest
from lxml import etree

from recordgen import api
from recordgen.docx.bidi import LRM
from recordgen.i18n import gettext_functions
from recordgen.record.model import Role
from recordgen.translation import load_translations
from recordgen.rules.withholding import withheld_texts

from recordfiles import AHMAD, ALL_EXAMPLES, LILY, SAM, docx_parts, docx_text, every_copy, write_record

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEADINGS = {
    "early": ["The good things", "What we are working on", "What we hope for you"],
    "young": ["House of Good Things", "House of Worries", "House of Dreams"],
    "middle": ["What is working well", "What we are worried about",
               "What it will look like when things are better", "Who will do what, and by when"],
    "teen": ["What is working well", "What we are worried about", "Your rights"],
    # The pathway plan is for 16 and over by age (test_claims: a reading level does not give it).
    "young_adult": ["In your words", "Your rights"],
}


def shown(loaded, recipient, loc, english):
    """What a copy shows for the IRO's text at ``loc``: its translation in the reader's language."""
    language = loaded.record.recipient_language(recipient)
    if language == "en":
        return english
    translated = load_translations(loaded.file).lookup(language, loc, english)
    assert translated, f"the example has no {language} translation of {loc}"
    return translated


@pytest.fixture(scope="module")
def renderer():
    return api.Renderer()


@pytest.mark.parametrize("path,name", every_copy())
def test_every_copy_is_written_to_the_child_and_reads_back(renderer, path, name, tmp_path):
    loaded = api.load_record(path)
    recipient = api.recipient_for(loaded.record, name)
    target = tmp_path / "copy.docx"
    copy = renderer.render_to_path(loaded, recipient, target)
    document = docx.Document(target)
    text = docx_text(target.read_bytes())
    record = loaded.record
    assert record.child.first_name in text and record.review.chair.name in text
    assert shown(loaded, recipient, ("care_plan", "plan"), record.care_plan.plan) in text
    if copy.language == "en":
        # Written to the child: second person, by their name, in the IRO's first person.
        assert f"Dear {record.child.first_name}" in text or f"Hello {record.child.first_name}" in text
        assert re.search(r"\bI am\b|\bMy name is\b|written by me", text)
        for heading in HEADINGS[copy.band]:
            assert heading in text, heading
        heading_styles = {p.style.name for p in document.paragraphs if p.text in HEADINGS[copy.band]}
        assert heading_styles == {"Heading 1"}
        assert any(p.style.name == "Title" for p in document.paragraphs)
    # Whose copy it is, in the header.
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert (recipient.name in header) or (recipient.role is Role.child and record.child.first_name in header)
    # The actions table has a header row that repeats on every page, and every action.
    visible_actions = [a for a in record.actions if recipient.role not in a.withhold_from]
    if visible_actions:
        table = next(t for t in document.tables if len(t.columns) == 3)
        assert len(table.rows) == 1 + len(visible_actions)
        assert table.rows[0]._tr.find(docx.oxml.ns.qn("w:trPr")).find(docx.oxml.ns.qn("w:tblHeader")) is not None
    # Properties are this copy's, nothing from the template.
    props = document.core_properties
    assert props.author == record.review.chair.name
    assert record.child.first_name in props.title
    assert props.keywords in ("", None) and props.comments in ("", None)


@pytest.mark.parametrize("path,name", every_copy())
def test_withheld_items_are_in_no_part_of_the_copy(renderer, path, name):
    loaded = api.load_record(path)
    recipient = api.recipient_for(loaded.record, name)
    copy = renderer.render_copy(loaded, recipient)
    secrets = withheld_texts(loaded.record, recipient.role)
    parts = docx_parts(copy.data)
    # Every part as stored, and the text of each of its paragraphs joined up: a right-to-left
    # copy gives each left-to-right value (a name, a phone number) a run of its own.
    everything = b"\n".join(parts.values()).decode("utf-8", "replace") + "\n" + "\n".join(
        "".join(t.text or "" for t in paragraph.iter(f"{{{W}}}t")).replace("\u200e", "")
        for name, data in parts.items() if name.endswith(".xml") and data.lstrip().startswith(b"<")
        for paragraph in etree.fromstring(data).iter(f"{{{W}}}p"))
    for secret in secrets:
        assert secret not in everything
        assert secret not in copy.filename
    # Sanity: what they may see is there, so the test can fail.
    assert shown(loaded, recipient, ("care_plan", "plan"), loaded.record.care_plan.plan) in everything


def test_sam_withholding_is_real():
    loaded = api.load_record(SAM)
    renderer = api.Renderer()
    parent = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    carer = renderer.render_copy(loaded, api.recipient_for(loaded.record, "carer"))
    child = renderer.render_copy(loaded, api.recipient_for(loaded.record, "child"))
    mum_course = loaded.record.worries[2].text
    assert mum_course in docx_text(child.data)
    assert shown(loaded, parent.recipient, ("worries", 2), mum_course) in docx_text(parent.data)
    assert mum_course not in docx_text(carer.data)
    assert "14 Elm Road" in docx_text(child.data) and "Westcliffe Primary School" in docx_text(child.data)
    assert "14 Elm Road" not in docx_text(parent.data) and "Westcliffe" not in docx_text(parent.data)


def test_age_bands_pick_templates():
    renderer = api.Renderer()
    bands = {path.stem: renderer.band(api.load_record(path).record) for path in ALL_EXAMPLES}
    assert bands == {"review-sam-9": "middle", "review-lily-3": "early", "review-ahmad-15": "teen"}


@pytest.mark.parametrize("level", ["early", "young", "middle", "teen", "young_adult"])
def test_reading_level_overrides_age_and_each_template_renders(tmp_path, level):
    path = write_record(tmp_path, lambda d: d["child"].update(reading_level=level))
    loaded = api.load_record(path)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    assert copy.band == level
    text = docx_text(copy.data)
    for heading in HEADINGS[level]:
        assert heading in text
    if level == "young":
        assert any(name.startswith("word/media/") for name in docx_parts(copy.data))


def test_dates_written_out_in_full():
    loaded = api.load_record(SAM)
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child")).data)
    assert "Tuesday, 3 March 2026" in text
    assert "Tuesday, 31 March 2026" in text  # the first action
    assert "Tuesday, 25 August 2026" in text  # the next review as given


def test_next_review_defaults_to_latest_lawful_date(tmp_path):
    path = write_record(tmp_path, lambda d: d.pop("next_review"))
    loaded = api.load_record(path)
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child")).data)
    assert "Thursday, 3 September 2026" in text


def test_next_review_default_is_held_on_a_working_day(tmp_path):
    # Poppy's third review on 3 November 2026: the lawful limit, Monday 3 May 2027, is the
    # Early May bank holiday, so her letter gives the Friday before.
    def poppy(data):
        data.pop("next_review")
        data["review"].update(date=dt.date(2026, 11, 3), sequence=3)
        for action in data["actions"]:
            action["by"] = dt.date(2026, 12, 1)
    loaded = api.load_record(write_record(tmp_path, poppy))
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child")).data)
    assert "Friday, 30 April 2027" in text
    assert "3 May 2027" not in text


def test_document_language_is_set_per_recipient():
    loaded = api.load_record(LILY)
    renderer = api.Renderer()
    polish = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    styles = etree.fromstring(docx_parts(polish.data)["word/styles.xml"])
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", ns)
    assert lang.get("{%s}val" % ns["w"]) == "pl"
    core = docx_parts(polish.data)["docProps/core.xml"].decode()
    assert "<dc:language>pl</dc:language>" in core


def test_unknown_recipient_names_the_list():
    loaded = api.load_record(AHMAD)
    with pytest.raises(api.RecipientNotFound, match="Tom Hughes"):
        api.recipient_for(loaded.record, "parent")


def test_every_part_is_well_formed_xml_and_opens():
    loaded = api.load_record(SAM)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    with zipfile.ZipFile(io.BytesIO(copy.data)) as archive:
        assert archive.testzip() is None
        assert archive.namelist()[0] == "[Content_Types].xml"
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))


def test_a_council_templates_own_properties_and_preview_never_go_out(tmp_path):
    """Word may save custom properties and a preview picture in a template staff edited."""
    import shutil

    from recordgen.docx import package
    from recordgen.support.resources import templates_dir

    folder = tmp_path / "templates"
    shutil.copytree(templates_dir(), folder)
    parts = package.read_parts(folder / "middle.docx")
    parts["docProps/custom.xml"] = b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="Draft by">COUNCIL-SECRET</property></Properties>'
    parts["docProps/thumbnail.jpeg"] = b"\xff\xd8COUNCIL-SECRET-PREVIEW"
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
        b'<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    (folder / "middle.docx").write_bytes(package.to_bytes(parts))
    loaded = api.load_record(SAM)
    copy = api.Renderer(templates=folder).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    out = docx_parts(copy.data)
    assert "docProps/custom.xml" not in out and "docProps/thumbnail.jpeg" not in out
    assert b"COUNCIL-SECRET" not in b"".join(out.values())
    assert b"custom.xml" not in out["_rels/.rels"] and b"thumbnail" not in out["_rels/.rels"]
    docx.Document(io.BytesIO(copy.data))


def test_attendee_roles_are_translated_like_the_iros_other_words():
    loaded = api.load_record(SAM)
    parent = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(parent.data)
    # A role the catalogs know ("social worker") is in the reader's words from the catalog.
    social_worker = gettext_functions("ur")[0]("social worker")
    assert social_worker != "social worker"
    assert f"Jo Smith ({social_worker})" in text.replace(LRM, "")
    assert "(social worker)" not in text
