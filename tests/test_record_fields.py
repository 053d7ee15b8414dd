"""What every copy carries, and headings that only show with something under them (issue 14).

Every copy of every example is rendered, opened with python-docx and read
back: the case number, the review date, when the record was written (or the
copy made), "page N of M" as Word fields in the reader's words, whose copy it
is, and who was sent one. A recipient the IRO keeps from some roles is not
named in their copies, in any part of the file.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pytest
from docx.oxml.ns import qn

from recordgen import api
from recordgen.i18n import format_date, gettext_functions, localise_digits
from recordgen.record.loading import load_record
from recordgen.record.settings import ChildrensRightsSettings, Settings
from recordgen.rules.validation import validate

from recordfiles import AHMAD, LILY, SAM, docx_parts, docx_text, every_copy, write_record
from recordgen.rules.validation import today as validation_today


def render(path, who, settings=None, allow_untranslated=False):
    loaded = api.load_record(path)
    renderer = api.Renderer(settings=settings, allow_untranslated=allow_untranslated)
    return renderer.render_copy(loaded, api.recipient_for(loaded.record, who))


def footer_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    # Right-to-left copies isolate left-to-right values with invisible LRMs.
    return "\n".join(p.text for p in document.sections[0].footer.paragraphs).replace("\u200e", "")


def all_parts_text(data: bytes) -> str:
    return b"\n".join(docx_parts(data).values()).decode("utf-8", "replace")


@pytest.mark.parametrize("path,name", every_copy())
def test_every_copy_carries_what_a_filed_record_needs(path, name):
    loaded = api.load_record(path)
    record = loaded.record
    recipient = api.recipient_for(record, name)
    copy = render(path, name)
    _, _n = gettext_functions(copy.language)
    footer = footer_text(copy.data)
    # Case number and review date, on every page (the footer).
    assert _("Case number %(case)s", case=record.child.id) in footer
    # Dates in the copy's own digits (Pashto's Extended Arabic-Indic, for one).
    assert localise_digits(format_date(record.review.date, copy.language, "full"), copy.language) in footer
    # When it was written: no review.written in the examples, so the day the copy was made.
    made_on = _("Copy made on %(date)s", date=format_date(validation_today(), copy.language, "long"))
    assert localise_digits(made_on, copy.language) in footer
    # Page N of M: Word's PAGE and NUMPAGES fields between the reader's words.
    footer_xml = docx_parts(copy.data)["word/footer1.xml"].decode()
    instructions = re.findall(r'w:instr="([^"]+)"', footer_xml)
    assert [i.strip() for i in instructions] == ["PAGE", "NUMPAGES"]
    words_around = [w for w in re.split(r"%\((?:page|pages)\)s", _("Page %(page)s of %(pages)s")) if w.strip()]
    for words in words_around:
        assert words in footer
    # Whose copy it is, on every page (the header).
    header = "\n".join(p.text for p in docx.Document(io.BytesIO(copy.data)).sections[0].header.paragraphs)
    assert (recipient.name in header) or (record.child.first_name in header)
    # Who was sent a copy: everyone in the list, with their role, in the reader's words.
    body = docx_text(copy.data)
    assert _("A copy of this record was sent to:") in body
    listed = body.split(_("A copy of this record was sent to:"))[1]
    for other in record.distribution:
        if recipient.role.value == "parent" and record.placement.confidential and other.name == record.placement.carers:
            # A confidential placement's carers, by first names only in a parent's copy (issue 17.3).
            assert other.name not in listed and other.name.split()[0] in listed
        else:  # the name as written; a role the tool knows in brackets is in the reader's words
            assert other.name.split(" (")[0] in listed


def test_the_date_written_is_shown_when_the_record_gives_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # written, and Sam's next review still to come
    def written(d):
        d["review"].update(written="2026-03-10")
        # Sam's teacher by role: the shared example's "Mrs Patel said" is warned of (blind review 40, finding 1).
        d["working_well"][1] = d["working_well"][1].replace("Mrs Patel said", "Your teacher said")
    path = write_record(tmp_path, written)
    assert validate(load_record(path)) == []
    footer = footer_text(render(path, "child").data)
    assert "Record written on 10 March 2026" in footer
    assert "Copy made on" not in footer


def test_a_record_cannot_be_written_before_its_review(tmp_path):
    path = write_record(tmp_path, lambda d: d["review"].update(written="2026-03-01"))
    found = [d for d in validate(load_record(path)) if d.severity == "error"]
    assert [d.path for d in found] == ["review.written"]
    assert "before the review" in found[0].message


def _with_uncle(data):
    """Lily's record with a copy for an uncle the IRO keeps from her mum's copy."""
    data["distribution"].append({"role": "other", "name": "Tomasz Wrona", "withhold_from": ["parent"]})


def test_a_recipient_kept_from_a_role_is_named_nowhere_in_their_copies(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # before Lily's next review: validate is silent
    path = write_record(tmp_path, _with_uncle, base=LILY)
    assert validate(load_record(path)) == []
    parent = render(path, "parent", allow_untranslated=True)  # Polish; the sidecar is not beside it
    assert "Tomasz Wrona" not in all_parts_text(parent.data)
    assert "Wrona" not in parent.filename
    assert "Karen Bell" in docx_text(parent.data)  # the list is there, so the test can fail
    for who in ("carer", "social_worker", "Tomasz Wrona"):
        assert "Tomasz Wrona" in docx_text(render(path, who).data), who


def test_a_recipient_kept_from_a_role_is_always_named_in_their_own_copy(tmp_path):
    def second_parent(data):
        data["distribution"].append({"role": "parent", "name": "Pawel Nowak", "withhold_from": ["parent"]})
    path = write_record(tmp_path, second_parent, base=LILY)
    own = docx_text(render(path, "Pawel Nowak").data)
    assert "Pawel Nowak" in own.split("A copy of this record was sent to:")[1]
    mum = all_parts_text(render(path, "Agnieszka Nowak", allow_untranslated=True).data)
    assert "Pawel Nowak" not in mum


def test_validation_says_where_a_kept_recipient_would_still_be_named(tmp_path):
    def keep_mum_from_carers(data):
        for entry in data["distribution"]:
            if entry["role"] == "parent":
                entry["withhold_from"] = ["carer"]
    found = [d for d in validate(load_record(write_record(tmp_path, keep_mum_from_carers, base=LILY)))
             if d.severity == "error"]
    # She has an action; that she came is not an error: the carers' copies leave her out of
    # who came, as they leave her out of who was sent a copy.
    assert {d.path for d in found} == {"actions.2.who"}
    assert all("Agnieszka Nowak" in d.message and "distribution.2.withhold_from" in d.message for d in found)


def test_withhold_from_takes_only_roles(tmp_path):
    from recordgen.record.loading import InvalidRecord

    def bad(data):
        data["distribution"][1]["withhold_from"] = ["neighbour"]
    with pytest.raises(InvalidRecord) as raised:
        load_record(write_record(tmp_path, bad))
    assert any(d.path == "distribution.2.withhold_from.1" for d in raised.value.diagnostics)


def test_the_childs_copy_says_who_else_they_can_talk_to():
    text = docx_text(render(SAM, "child").data)
    assert ("You can also talk to the Children's Rights Service. Their phone number is 0808\u00a0157\u00a00192.") in text
    urdu = docx_text(render(SAM, "parent").data)
    _, _n = gettext_functions("ur")
    assert _("the Children's Rights Service") in urdu


def test_the_childrens_rights_service_is_a_setting():
    settings = Settings(childrens_rights=ChildrensRightsSettings(
        name="the Northshire Children's Rights Team", phone="01632 960123", email=""))
    text = docx_text(render(AHMAD, "social_worker", settings=settings).data)
    assert "the Northshire Children's Rights Team" in text and "01632\u00a0960123" in text
    assert "Their email address" not in text and "0808 157 0192" not in text


@pytest.mark.parametrize("level", ["early", "young"])
def test_young_children_read_the_iros_role_in_their_words(tmp_path, level):
    path = write_record(tmp_path, lambda d: d["child"].update(reading_level=level))
    document = docx.Document(io.BytesIO(render(path, "child").data))
    who = [row.cells[0].text for table in document.tables if len(table.columns) == 3 for row in table.rows]
    assert "Helen Price, who checks your plan" in who
    assert not any("IRO" in cell for cell in who)
    assert "Jo Smith (your social worker)" in who  # other roles are kept as the IRO wrote them


def test_older_children_keep_the_who_as_written():
    document = docx.Document(io.BytesIO(render(SAM, "child").data))
    who = [row.cells[0].text for table in document.tables if len(table.columns) == 3 for row in table.rows]
    assert "Helen Price (me)" in who  # the IRO's own row in their own letter (blind review 18), not "(your IRO)"


def headings(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_a_heading_whose_content_is_all_withheld_keeps_only_a_neutral_line(tmp_path):
    """Outside the child's own copy the heading stays, with the line a record with none gives too
    (blind review 16): the carer does not read that there are no worries, nor that some were kept."""
    def worries_for_parents_only(data):
        data["worries"] = [{"text": w if isinstance(w, str) else w["text"], "withhold_from": ["carer"]}
                           for w in data["worries"]]
    path = write_record(tmp_path, worries_for_parents_only)
    carer = render(path, "carer").data
    assert "What we are worried about" in headings(carer)
    assert "Nothing is written here in this copy." in docx_text(carer) and "behind with maths" not in docx_text(carer)
    assert "What we are worried about" in headings(render(path, "child").data)


def test_the_home_heading_names_the_school_only_when_it_is_shown(monkeypatch):
    # Weeks after the reviews: Ahmad's home as now (a year on, his next review gone by, "at the time of your review").
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    assert "Your home and school" in headings(render(SAM, "child").data)
    # Sam's mum: the placement is confidential, so no school; Ahmad has none.
    _, _n = gettext_functions("ur")
    urdu = headings(render(SAM, "parent").data)
    assert _("Your home") in urdu and _("Your home and school") not in urdu
    teen = headings(render(AHMAD, "social_worker").data)
    assert "Your home" in teen and "Your home and school" not in teen


def test_no_who_came_heading_when_no_one_is_listed(tmp_path):
    path = write_record(tmp_path, lambda d: d["review"].update(attendees=[]))
    assert "Who came and who shared their views" not in headings(render(path, "child").data)
    assert "Who came and who shared their views" in headings(render(SAM, "child").data)


def test_the_young_band_says_what_the_scale_means_once(tmp_path):
    path = write_record(tmp_path, lambda d: d["child"].update(reading_level="young"))
    text = docx_text(render(path, "child").data)
    assert len(re.findall(r"\b10 means", text)) == 1 and len(re.findall(r"\b0 means", text)) == 1


@pytest.mark.parametrize("level", ["early", "young", "middle", "teen", "young_adult"])
def test_space_between_the_scale_and_the_text_under_it(tmp_path, level):
    path = write_record(tmp_path, lambda d: d["child"].update(reading_level=level))
    document = docx.Document(io.BytesIO(render(path, "child").data))
    scale = next(t for t in document.tables if len(t.columns) == 11)._tbl
    following = scale.getnext()
    assert following.tag == qn("w:p")
    style = document.styles.element.get_by_id(following.pPr.pStyle.val)
    assert style.pPr.spacing.get(qn("w:before")) not in (None, "0")
    assert "You gave it 8 out of 10." in "".join(following.itertext())


def test_the_urdu_copy_has_tighter_lines_than_english():
    def line_of_normal(data: bytes) -> int:
        document = docx.Document(io.BytesIO(data))
        spacing = document.styles["Normal"].element.pPr.spacing
        return int(spacing.get(qn("w:line")))
    english = line_of_normal(render(SAM, "child").data)
    urdu = line_of_normal(render(SAM, "parent").data)
    assert urdu == round(english * 0.65)
    pashto = line_of_normal(render(AHMAD, "child").data)  # Naskh has ordinary lines
    assert pashto == english or pashto == line_of_normal(render(AHMAD, "social_worker").data)


@pytest.mark.parametrize("kept_from", ["parent", "carer", "social_worker", "child"])
def test_each_role_can_be_kept_from_a_recipients_name(tmp_path, kept_from):
    def uncle(data):
        data["distribution"].append({"role": "other", "name": "Tomasz Wrona", "withhold_from": [kept_from]})
    path = write_record(tmp_path, uncle, base=LILY)
    record = load_record(path).record
    for recipient in record.distribution:
        copy = render(path, recipient.name, allow_untranslated=True)
        named = "Tomasz Wrona" in all_parts_text(copy.data)
        # Lily is 3: her carer reads her copy aloud, so what is kept from the carer is left out of it too.
        readers = {recipient.role.value} | ({"carer"} if recipient.role.value == "child" else set())
        assert named is (kept_from not in readers), (recipient.name, kept_from)


def test_page_numbers_follow_the_translations_order():
    from recordgen.rendering.context import page_of_parts

    assert page_of_parts("Page %(page)s of %(pages)s") == [
        {"field": "", "text": "Page "}, {"field": "PAGE", "text": ""},
        {"field": "", "text": " of "}, {"field": "NUMPAGES", "text": ""}]
    assert [p["field"] for p in page_of_parts("%(pages)s ke %(page)s")] == ["NUMPAGES", "", "PAGE"]
    assert page_of_parts("%(page)s / %(pages)s 100%%")[-1] == {"field": "", "text": " 100%"}
