"""recordgen/pdf/forms.py, the generic part: fields added to a PDF, filled by another program, read back."""

from __future__ import annotations

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from recordgen.pdf.forms import Form, FormError, Rect, read_fields


@pytest.fixture
def blank(tmp_path):
    path = tmp_path / "blank.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_fields_are_added_filled_and_read_back(blank, tmp_path):
    before = blank.read_bytes()
    form = Form(blank)
    assert form.page_count == 2
    form.add_text_field(1, "wrong", Rect(60, 400, 530, 600), label="Is anything in it wrong?", multiline=True)
    form.add_choice(1, "sense", [("yes", Rect(60, 700, 72, 712)), ("partly", Rect(120, 700, 132, 712)),
                                 ("no", Rect(180, 700, 192, 712))], label="Did this letter make sense to you?")
    form.add_text_field(1, "reference", Rect(60, 300, 140, 312), label="Code", value="7KQ2-M9XD", read_only=True)
    form.save()
    after = blank.read_bytes()
    assert after.startswith(before)   # an incremental update: the converted file's bytes stay as they were
    assert read_fields(blank) == {"wrong": "", "sense": "", "reference": "7KQ2-M9XD"}

    reader = PdfReader(blank)
    fields = reader.get_fields()
    assert fields["reference"]["/Ff"] & 1                     # read only
    assert fields["wrong"]["/Ff"] & (1 << 12)                 # multi-line
    assert fields["sense"]["/Ff"] & (1 << 15)                 # radio buttons
    assert "/NeedAppearances" not in reader.trailer["/Root"]["/AcroForm"]
    for annotation in reader.pages[1]["/Annots"]:
        widget = annotation.get_object()
        assert widget["/F"] & 4 and "/N" in widget["/AP"]     # prints, and draws itself (PDF/A)
    assert "/Annots" not in reader.pages[0]

    writer = PdfWriter(clone_from=blank)
    words = "My dog is called Biscuit\nnot Bisket {{ x }} & <b> ٹھیک"
    writer.update_page_form_field_values(writer.pages[1], {"wrong": words, "sense": "/partly"},
                                         auto_regenerate=False)
    filled = tmp_path / "filled.pdf"
    writer.write(filled)
    assert read_fields(filled) == {"wrong": words, "sense": "partly", "reference": "7KQ2-M9XD"}


def test_only_the_chosen_button_marked_is_enough(blank, tmp_path):
    form = Form(blank)
    form.add_choice(0, "sense", [("yes", Rect(60, 700, 72, 712)), ("no", Rect(180, 700, 192, 712))],
                    label="Sense", mark="ring")
    form.save()
    writer = PdfWriter(clone_from=blank)
    for annotation in writer.pages[0]["/Annots"]:
        widget = annotation.get_object()
        if "/no" in widget["/AP"]["/N"]:
            widget[NameObject("/AS")] = NameObject("/no")
    filled = tmp_path / "as-only.pdf"
    writer.write(filled)
    assert read_fields(filled) == {"sense": "no"}


def test_mistakes_are_refused(blank, tmp_path):
    form = Form(blank)
    form.add_text_field(0, "wrong", Rect(0, 0, 10, 10), label="x")
    with pytest.raises(ValueError, match="already has a field"):
        form.add_text_field(0, "wrong", Rect(0, 0, 10, 10), label="x")
    with pytest.raises(ValueError, match="export value"):
        form.add_choice(0, "sense", [("a bit", Rect(0, 0, 10, 10))], label="x")
    with pytest.raises(ValueError, match="own export value"):
        form.add_choice(0, "other", [("y", Rect(0, 0, 1, 1)), ("y", Rect(2, 2, 3, 3))], label="x")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    with pytest.raises(FormError, match="broken.pdf"):
        read_fields(broken)
    with pytest.raises(FormError, match="broken.pdf"):
        Form(broken)
    assert read_fields(blank) == {}   # nothing saved: the file has no form
