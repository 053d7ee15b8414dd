"""The feedback part of a PDF copy is a form (issue 21, part 2): made by a real batch through LibreOffice,
filled programmatically with pypdf, and read back with `recordgen feedback import`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from recordgen import api
from recordgen.pdf import read_pdf_facts

from fictional import fictional_record, record_yaml
from recordfiles import LILY, SAM, require_libreoffice

require_libreoffice()

from pdfminer.high_level import extract_pages  # noqa: E402
from pdfminer.layout import LTChar  # noqa: E402


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A PDF batch: Sam (boxes to tick), Lily (faces to circle) and a child who reads Arabic (right to left)."""
    records = tmp_path_factory.mktemp("records")
    arabic = fictional_record(2)
    arabic["child"]["language"] = "ar"
    (records / "arabic.yaml").write_text(record_yaml(arabic), encoding="utf-8")
    young = fictional_record(1)   # the young band in Arabic: large print, the part runs over two pages
    young["child"]["language"] = "ar"
    (records / "young.yaml").write_text(record_yaml(young), encoding="utf-8")
    out = tmp_path_factory.mktemp("batch") / "out"
    api.Batch(api.BatchOptions(output=out, format="pdf", workers=1, allow_untranslated=True)).run(
        [str(SAM), str(LILY), str(records / "arabic.yaml"), str(records / "young.yaml")])
    return out


@pytest.fixture
def batch(made, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(made, out)
    return out


def _children(folder: Path) -> dict[str, api.CopyRow]:
    """The child's copies by band, or language and band when not English ('ar', 'ar young')."""
    found = {}
    for row in api.read_manifest(folder / "manifest.json"):
        if row.role == "child":
            key = row.band if row.language == "en" else row.language + ("" if row.band == "middle" else " " + row.band)
            found[key] = row
    return found


def _fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=source)
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.write(target)
    return target


def _widget_rects(path: Path) -> dict[str, list[tuple[float, ...]]]:
    found: dict[str, list] = {}
    for annotation in PdfReader(path).pages[-1].get("/Annots", []):
        widget = annotation.get_object()
        name = str(widget.get("/T") or widget["/Parent"].get_object()["/T"])
        found.setdefault(name, []).append(tuple(float(v) for v in widget["/Rect"]))
    return found


def _boxes(path: Path) -> list[tuple[float, float]]:
    page = list(extract_pages(str(path)))[-1]

    def chars(element):
        if isinstance(element, LTChar):
            yield element
        elif hasattr(element, "__iter__"):
            for child in element:
                yield from chars(child)
    return [((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2) for c in chars(page) if c.get_text() == "\u2610"]


def _inside(point, rect) -> bool:
    return rect[0] <= point[0] <= rect[2] and rect[1] <= point[1] <= rect[3]


def test_every_childs_pdf_copy_has_the_four_fields_and_stays_pdfa(batch):
    children = _children(batch)
    assert set(children) == {"middle", "early", "ar", "ar young"}
    for row in children.values():
        path = batch / row.path
        fields = api.read_fields(path)
        assert fields == {"sense": "", "wrong": "", "change": "", "reference": row.feedback}, row.path
        facts = read_pdf_facts(path)
        assert facts.pdfa_part == "2" and not facts.unembedded_fonts   # the text's fonts are still embedded
        reader = PdfReader(path)
        assert reader.get_fields()["reference"]["/Ff"] & 1   # read only
        said = " ".join(str(field.get(key, "")) for field in reader.get_fields().values() for key in ("/TU", "/V", "/T"))
        assert row.child_id not in said and row.recipient not in said   # the form names no one
    for row in api.read_manifest(batch / "manifest.json"):
        if row.role != "child" and row.path:
            assert api.read_fields(batch / row.path) == {}, row.path   # no feedback part, no form


def test_the_fields_lie_over_the_printed_part_left_to_right_and_right_to_left(batch):
    children = _children(batch)
    for key, first_is in (("middle", min), ("ar", max)):
        path = batch / children[key].path
        boxes = _boxes(path)
        assert len(boxes) == 3
        rects = _widget_rects(path)
        yes = rects["sense"][0]   # the first kid is "yes"
        assert _inside(first_is(boxes), yes), (key, boxes, yes)   # Arabic: the first box is the rightmost
        wrong, change = rects["wrong"][0], rects["change"][0]
        assert wrong[1] > change[3] and wrong[3] - wrong[1] > 60   # wrong above change, room to write
    lily = batch / children["early"].path
    faces = _widget_rects(lily)["sense"]
    assert len(faces) == 3 and faces[0][2] <= faces[1][0] + 0.01 <= faces[2][0]   # three faces, left to right


def test_a_part_over_two_pages_gets_its_fields_on_both(batch, run, tmp_path):
    row = _children(batch)["ar young"]
    path = batch / row.path
    reader = PdfReader(path)
    pages = {}
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots", []):
            widget = annotation.get_object()
            pages.setdefault(str(widget.get("/T") or widget["/Parent"].get_object()["/T"]), set()).add(number)
    last = len(reader.pages) - 1
    assert pages["reference"] == {last}
    assert pages["sense"] == pages["wrong"] == pages["change"] == {last - 1}   # where LibreOffice put them
    filled = _fill(path, tmp_path / "back.pdf", {"sense": "/partly", "wrong": "اسم أخي خطأ"})
    assert run("feedback", "import", filled, "--folder", batch).exit_code == 0
    assert api.read_answers(batch)[row.feedback].wrong == "اسم أخي خطأ"


def test_a_filled_pdf_is_imported(batch, run, tmp_path):
    children = _children(batch)
    words = "My dog is called Biscuit\nnot Bisket {{ x }} & <b>"
    sam = _fill(batch / children["middle"].path, tmp_path / "returned-1.pdf",
                {"sense": "/partly", "wrong": words, "change": "Shorter please"})
    arabic = _fill(batch / children["ar"].path, tmp_path / "returned-2.pdf", {"sense": "/no", "change": "أقل كلمات"})
    lily = _fill(batch / children["early"].path, tmp_path / "returned-3.pdf", {"sense": "/yes"})
    result = run("feedback", "import", sam, arabic, lily, "--folder", batch)
    assert result.exit_code == 0, result.output
    assert "Stored 3 of 3." in result.output
    answers = api.read_answers(batch)
    assert answers[children["middle"].feedback].wrong == words
    assert answers[children["middle"].feedback].sense == "partly"
    assert answers[children["ar"].feedback].change == "أقل كلمات"
    assert answers[children["early"].feedback].sense == "yes"
    assert {a.how for a in answers.values()} == {"pdf"}
    text = (batch / api.ANSWERS_FILE).read_text(encoding="utf-8")
    for row in api.read_manifest(batch / "manifest.json"):
        for secret in (row.child_id, row.recipient, Path(row.path).name if row.path else ""):
            assert not secret or secret not in text
    result = run("feedback", "import", sam, "--folder", batch)
    assert result.exit_code == 1 and "has an answer already" in result.output
    assert run("feedback", "import", sam, "--replace", "--folder", batch).exit_code == 0


def test_a_pdf_without_a_reference_or_of_another_batch_is_refused(batch, run, tmp_path):
    children = _children(batch)
    parent = next(r for r in api.read_manifest(batch / "manifest.json") if r.role == "parent" and r.path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a PDF")
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(batch / "manifest.json", other / "manifest.json")
    # Another batch: Lily's copies left out of its manifest.
    import json
    data = json.loads((other / "manifest.json").read_text(encoding="utf-8"))
    data["copies"] = [c for c in data["copies"] if c["feedback"] != children["early"].feedback]
    (other / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    lily = _fill(batch / children["early"].path, tmp_path / "returned.pdf", {"sense": "/yes"})
    good = _fill(batch / children["middle"].path, tmp_path / "good.pdf", {"sense": "/yes"})
    result = run("feedback", "import", batch / parent.path, broken, lily, good, "--folder", other)
    assert result.exit_code == 1
    assert "has no feedback reference field" in result.output
    assert "broken.pdf: cannot read it as a PDF" in result.output
    assert "is not the reference of any copy" in result.output
    assert "Stored 1 of 4." in result.output
    assert list(api.read_answers(other)) == [children["middle"].feedback]
    empty = _fill(batch / children["ar"].path, tmp_path / "empty.pdf", {})
    result = run("feedback", "import", empty, "--folder", batch)
    assert result.exit_code == 1 and "nothing to store" in result.output


def test_render_makes_the_same_form(tmp_path):
    """`recordgen render --format pdf` (api.write_copies) fills in the same fields as a batch."""
    loaded = api.load_record(SAM)
    renderer = api.Renderer(None, allow_untranslated=True)
    child, parent = api.recipient_for(loaded.record, "child"), api.recipient_for(loaded.record, "parent")
    api.write_copies(renderer, loaded, [(child, tmp_path / "child.pdf"), (parent, tmp_path / "parent.pdf")])
    fields = api.read_fields(tmp_path / "child.pdf")
    assert set(fields) == {"sense", "wrong", "change", "reference"}
    assert api.read_fields(tmp_path / "parent.pdf") == {}
    text = read_pdf_facts(tmp_path / "child.pdf").text
    assert f"The code of this letter is {fields['reference']}." in " ".join(text.split())


def test_the_post_pack_prints_the_feedback_page_without_its_form(batch, tmp_path):
    """A pack for the post is printed: its copies' forms are dropped (their fields would share names)."""
    from recordgen.distribution.postpack import PostItem, make_post_pack

    loaded = {}
    items = []
    for row in api.read_manifest(batch / "manifest.json"):
        if row.role == "child" and row.language == "en":
            record = loaded.setdefault(row.source, api.load_record(row.source).record)
            items.append(PostItem(row, record, api.recipient_for(record, "child"), batch / row.path))
    pack = tmp_path / "pack.pdf"
    make_post_pack(items, pack, api.Settings())
    reader = PdfReader(pack)
    assert api.read_fields(pack) == {}
    assert not any(a.get_object().get("/Subtype") == "/Widget" for p in reader.pages for a in p.get("/Annots", []))
    text = " ".join(read_pdf_facts(pack).text.split())
    for item in items:
        assert f"The code of this letter is {item.row.feedback}." in text


def test_a_copy_sent_locked_is_opened_with_the_passwords_file(batch, run, tmp_path):
    from recordgen.distribution.send import encrypt_pdf

    row = _children(batch)["middle"]
    filled = _fill(batch / row.path, tmp_path / "filled.pdf", {"sense": "/yes"})
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypt_pdf(filled.read_bytes(), "abcd-efgh-jkmn"))
    result = run("feedback", "import", locked, "--folder", batch)
    assert result.exit_code == 1 and "locked with a password" in result.output and "send --encrypt" in result.output
    passwords = tmp_path / "passwords.csv"
    passwords.write_text("copy,password\nx.pdf,wxyz-2345-6789\nother.pdf,abcd-efgh-jkmn\n", encoding="utf-8")
    result = run("feedback", "import", locked, "--folder", batch, "--passwords", passwords)
    assert result.exit_code == 0, result.output
    assert api.read_answers(batch)[row.feedback].sense == "yes"
