"""A planned review's booklets and invitations as PDF/A, through the LibreOffice pool, read back."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group
from pypdf.generic import NameObject
from recordgen.pdf.checks import read_pdf_facts

from recordfiles import require_libreoffice
from test_consult import planned, write_yaml

require_libreoffice()


def _field_words(path) -> str:
    """Every label (/TU) and value (/V) of the PDF's form fields, for the leak checks."""
    from pypdf import PdfReader

    words = []
    for page in PdfReader(path).pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            for field in (widget, widget.get("/Parent", widget).get_object()):
                words += [str(field.get(key, "")) for key in ("/TU", "/V", "/T")]
    return " ".join(words)


def test_booklets_and_invitations_as_pdf_hold_their_words_and_nothing_withheld(tmp_path):
    record = write_yaml(tmp_path / "planned.yaml", planned("teen"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--all", "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 8 and not list(out.glob("*.docx"))
    booklet = read_pdf_facts(out / "NL-30001_2026-09-15_booklet_child-robin.pdf")
    assert "What worries you?" in _field_words(out / "NL-30001_2026-09-15_booklet_child-robin.pdf")
    for question in ("What is going well for you at the moment?", "Would you like to chair part of your meeting?",
                     "Would you like an advocate to help you at your meeting?"):
        assert question in " ".join(booklet.text.split()), question
    assert booklet.pdfa_part == "2" and booklet.tagged and booklet.unembedded_fonts == []
    assert booklet.title == "My review booklet"
    for pdf in pdfs:
        text = read_pdf_facts(pdf).text + _field_words(pdf)   # the form's labels and values too
        assert "Quarrington" not in text and "Brackenhill" not in text
        if "_parent-" in pdf.name:
            assert "Pennifold" not in text
        if "_carer-" in pdf.name or "_child-" in pdf.name:
            assert "Rowbotham" not in text
    invitation = read_pdf_facts(out / "NL-30001_2026-09-15_invitation_parent-amina-khan.pdf").text
    assert "Dean Rowbotham" in invitation and "Gail (carer)" in invitation


# ---------------------------------------------------------------- the fillable booklet


def _widgets(path):
    """{field name: [(page index, rect)]} of every widget, read back with pypdf."""
    from pypdf import PdfReader

    found = {}
    for index, page in enumerate(PdfReader(path).pages):
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            field = widget.get("/Parent", widget).get_object()
            found.setdefault(str(field["/T"]), []).append((index, [float(v) for v in widget["/Rect"]]))
    return found


def test_a_teenagers_pdf_booklet_has_a_field_over_each_answer_space_and_stays_pdfa(tmp_path):
    from recordgen.pdf.forms import read_fields
    from recordgen.rendering.consult import booklet_reference
    from recordgen.rendering.feedback import feedback_key
    from recordgen.record.settings import Settings

    record = write_yaml(tmp_path / "planned.yaml", planned("teen"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    booklet = out / "NL-30001_2026-09-15_booklet_child-robin.pdf"
    fields = read_fields(booklet)
    assert list(fields) == ["going_well", "worries", "wishes", "who", "where", "chair", "advocate", "booklet",
                            "booklet_made"]
    assert fields["booklet_made"] == "2026-12-06"   # the day it was made (RECORDGEN_TODAY): consult import's floor
    assert fields["booklet"] == booklet_reference(feedback_key(Settings().feedback), "NL-30001", "2026-09-15",
                                                  "child", "Robin")
    widgets = _widgets(booklet)
    assert len(widgets["chair"]) == 3 and len(widgets["advocate"]) == 3   # a radio button over each ☐
    boxes = [widgets[key][0] for key in ("going_well", "worries", "wishes", "who", "where")]
    for (page, (x0, y0, x1, y1)) in boxes:   # each text field fills its box: most of the line's width
        assert x1 - x0 > 400 and y1 - y0 > 30
    tops = [(page, -rect[3]) for page, rect in boxes]
    assert tops == sorted(tops)   # in the questions' order down the pages
    facts = read_pdf_facts(booklet)
    assert facts.pdfa_part == "2" and not facts.unembedded_fonts
    assert "What worries you?" in " ".join(facts.text.split())
    invitation = out / "NL-30001_2026-09-15_invitation_child-robin.pdf"
    assert read_fields(invitation) == {}


def test_a_young_childs_booklet_has_the_houses_to_draw_in_and_the_faces_as_one_choice(tmp_path):
    from pypdf import PdfReader, PdfWriter
    from recordgen.pdf.forms import read_fields

    record = write_yaml(tmp_path / "planned.yaml", planned("young"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    booklet = out / "NL-30001_2026-09-15_booklet_child-robin.pdf"
    assert list(read_fields(booklet)) == ["house_good", "house_worries", "house_dreams", "feeling", "who",
                                          "booklet", "booklet_made"]
    widgets = _widgets(booklet)
    assert [page for page, _ in widgets["house_good"] + widgets["house_worries"] + widgets["house_dreams"]] == [0, 1, 2]
    faces = widgets["feeling"]
    assert len(faces) == 3 and len({page for page, _ in faces}) == 1
    assert [rect[0] for _, rect in faces] == sorted(rect[0] for _, rect in faces)   # happy, in between, sad
    # Filled as a viewer would: the face chosen and words written in a house.
    writer = PdfWriter(clone_from=PdfReader(booklet))
    writer.update_page_form_field_values(writer.pages[0], {"house_good": "my dog Biscuit"}, auto_regenerate=False)
    for annotation in writer.pages[faces[0][0]]["/Annots"]:
        widget = annotation.get_object()
        if widget.get("/Parent") and widget["/Parent"].get_object()["/T"] == "feeling":
            states = [s for s in widget["/AP"]["/N"] if s != "/Off"]
            if states == ["/in_between"]:
                widget[NameObject("/AS")] = NameObject("/in_between")
                widget["/Parent"].get_object()[NameObject("/V")] = NameObject("/in_between")
    filled = tmp_path / "filled.pdf"
    with open(filled, "wb") as handle:
        writer.write(handle)
    answers = read_fields(filled)
    assert answers["house_good"] == "my dog Biscuit" and answers["feeling"] == "in_between"


def test_a_batch_makes_pdf_booklets_fillable_too(tmp_path, monkeypatch):
    from recordgen import api
    from recordgen.pdf.forms import read_fields

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-08-20")   # the day the booklets say they were made

    records = tmp_path / "records"
    records.mkdir()
    write_yaml(records / "planned.yaml", planned("middle"))
    out = tmp_path / "out"
    summary = api.Batch(api.BatchOptions(output=out, format="pdf", allow_untranslated=True,
                                         today=dt.date(2026, 8, 20))).run(   # before the planned day
        api.find_record_files([records]))
    assert summary.all_ready
    rows = list(api.read_manifest(out / api.MANIFEST_CSV))
    for row in rows:
        fields = read_fields(out / row.path)
        if row.kind == "booklet" and row.role == "child":
            assert list(fields) == ["going_well", "worries", "wishes", "who", "tell", "booklet", "booklet_made"], \
                row.path
        elif row.kind == "booklet":
            assert "going_well" in fields and fields["booklet"], row.path
        if row.kind == "booklet":   # the day the batch made it, as its manifest row says
            assert fields["booklet_made"] == row.made == "2026-08-20", row.path
        else:
            assert fields == {}, row.path
        assert not row.reason, row.reason
    assert not list(out.rglob("*.form.json"))


@pytest.mark.parametrize("band, field, values", [("teen", "chair", ["yes", "no", "not_sure"]),
                                                 ("young", "feeling", ["happy", "in_between", "sad"])])
def test_a_right_to_left_booklets_choices_run_from_the_right(tmp_path, band, field, values, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-09-01")  # before the planned review
    data = planned(band)
    data["child"]["language"] = "ar"
    record = write_yaml(tmp_path / "planned.yaml", data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--format", "pdf", "-o", str(out)])
    # The two warnings: Dean, kept off Robin's list, is asked to the meeting Robin comes to; and he is
    # mum's partner sent an 'other' copy of a confidential placement.
    assert result.exit_code == 0 and result.output.count("warning") == 2, result.output
    assert "is the parents' family (mum's)" in result.output
    from pypdf import PdfReader

    order = []
    for page in PdfReader(out / "NL-30001_2026-09-15_booklet_child-robin.pdf").pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if "/Parent" in widget and widget["/Parent"]["/T"] == field:
                state = next(s for s in widget["/AP"]["/N"] if s != "/Off")
                order.append((-float(widget["/Rect"][0]), state[1:]))
    assert [state for _, state in sorted(order)] == values   # the first choice is the rightmost
