"""`recordgen consult import`: a booklet PDF filled in programmatically (pypdf), read back into the
record: the child's words into child_views as written, the rest into `consultation`, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings, strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from ruamel.yaml import YAML

from recordgen import api
from recordgen.distribution.report import means_nothing
import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group as main

from recordfiles import docx_text, require_libreoffice
from test_consult import planned, write_yaml

require_libreoffice()

COMMENT = "# Robin's next review: booklets go out on the 1st\n"
#: The day the booklets are made.
MADE = "2026-09-01"


def fill(booklet: Path, target: Path, values: dict[str, str]) -> Path:
    """Fill the booklet's fields as a viewer would: text typed, a choice's button switched on."""
    writer = PdfWriter(clone_from=PdfReader(booklet))
    for page in writer.pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            parent = widget.get("/Parent")
            field = parent.get_object() if parent is not None else widget
            name = str(field.get("/T"))
            if name not in values:
                continue
            if field.get("/FT") == "/Tx":
                field[NameObject("/V")] = TextStringObject(values[name])
            else:
                state = "/" + values[name]
                on = state in widget["/AP"]["/N"]
                widget[NameObject("/AS")] = NameObject(state if on else "/Off")
                if on:
                    field[NameObject("/V")] = NameObject(state)
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


@pytest.fixture(scope="module")
def booklets(tmp_path_factory):
    """The teenager's booklets (child, parent, carer) as PDFs, and the planned record they are for."""
    folder = tmp_path_factory.mktemp("booklets")
    record = write_yaml(folder / "planned.yaml", planned("teen"))
    record.write_text(COMMENT + record.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECORDGEN_TODAY", MADE)   # sent out before the meeting; answers come back after
        result = CliRunner().invoke(main, ["consult", str(record), "--all", "--format", "pdf", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def _record(booklets: Path, tmp_path: Path) -> Path:
    record = tmp_path / "planned.yaml"
    record.write_bytes((booklets / "planned.yaml").read_bytes())
    return record


def _child(booklets: Path) -> Path:
    return booklets / "NL-30001_2026-09-15_booklet_child-robin.pdf"


def test_the_childs_answers_land_in_child_views_as_written_and_show_in_their_copy(booklets, tmp_path):
    record = _record(booklets, tmp_path)
    words = {"going_well": "i like my new skool & the dog", "worries": "that I wont see mum {{ at xmas }}",
             "wishes": "stay with Gail\nand see mum more", "who": "", "where": "at skool",
             "chair": "not_sure", "advocate": "yes"}
    filled = fill(_child(booklets), tmp_path / "robin.pdf", words)
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record), "--received", "2026-09-03"])
    assert result.exit_code == 0, result.output
    assert "3 answer(s) into child_views, 3 note(s) under consultation.meeting" in result.output
    text = record.read_text(encoding="utf-8")
    assert text.startswith(COMMENT)   # the IRO's comments stay
    assert "# from the booklet: What worries you?" in text
    data = YAML(typ="safe").load(text)
    assert data["child_views"] == ["i like my new skool & the dog", "that I wont see mum {{ at xmas }}",
                                   "stay with Gail\nand see mum more"]   # never corrected
    consultation = data["consultation"]
    assert consultation["meeting"] == [   # where to meet is the IRO's to arrange: not in every copy
        {"by": "Robin (child)", "question": "Where would you like your meeting to be?", "text": "at skool"},
        {"by": "Robin (child)", "question": "Would you like to chair part of your meeting?", "text": "Not sure"},
        {"by": "Robin (child)", "question": "Would you like an advocate to help you at your meeting?",
         "text": "Yes"}]
    assert consultation["booklets"][0]["by"] == "Robin (child)"
    assert str(consultation["booklets"][0]["received"]) == "2026-09-03"
    assert CliRunner().invoke(main, ["validate", str(record)]).exit_code == 0

    # Once the review is held, the child's copy says their words as they wrote them; no copy shows the notes.
    data["review"].pop("status")
    data["review"]["participation"] = "PN1"
    data["care_plan"] = {"plan": "You will stay with Gail.", "still_right": True}
    data["rights"] = {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True}
    loaded = api.load_data(data, str(record))
    assert not [d for d in api.validate(loaded) if d.severity == "error"], api.validate(loaded)
    renderer = api.Renderer(api.Settings(), allow_untranslated=True)
    copies = {r.role.value: renderer.render_copy(loaded, r) for r in loaded.record.distribution}
    child = docx_text(copies["child"].data)
    assert "i like my new skool & the dog" in child and "that I wont see mum {{ at xmas }}" in child
    for copy in copies.values():
        assert "Not sure" not in docx_text(copy.data)


def test_a_parents_and_a_carers_answers_go_under_their_headings(booklets, tmp_path):
    record = _record(booklets, tmp_path)
    parent = fill(booklets / "NL-30001_2026-09-15_booklet_parent-amina-khan.pdf", tmp_path / "p.pdf",
                  {"going_well": "Robin is happier", "worries": "school runs late", "help": "an Urdu interpreter"})
    carer = fill(booklets / "NL-30001_2026-09-15_booklet_carer-gail-pennifold.pdf", tmp_path / "c.pdf",
                 {"needs": "a bus pass", "say": "Robin sleeps well now"})
    for pdf in (parent, carer):
        result = CliRunner().invoke(main, ["consult", "import", str(pdf), str(record)])
        assert result.exit_code == 0, result.output
    data = YAML(typ="safe").load(record.read_text(encoding="utf-8"))
    notes = data["consultation"]
    assert not data.get("child_views")
    assert [n["text"] for n in notes["working_well"]] == ["Robin is happier"]
    assert notes["worries"][0]["by"] == "Amina Khan (parent)" and notes["worries"][0]["text"] == "school runs late"
    assert [n["text"] for n in notes["goals"]] == ["a bus pass"]
    assert [n["by"] for n in notes["meeting"]] == ["Amina Khan (parent)"]
    assert [n["text"] for n in notes["other"]] == ["Robin sleeps well now"]
    assert len(notes["booklets"]) == 2
    assert CliRunner().invoke(main, ["validate", str(record)]).exit_code == 0


def test_a_booklet_for_another_child_or_review_or_twice_is_refused_and_nothing_written(booklets, tmp_path):
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"going_well": "fine"})
    other = write_yaml(tmp_path / "other.yaml", planned("teen", child={**planned("teen")["child"], "id": "NL-99999"}))
    later = planned("teen")
    later["review"]["date"] = "2026-09-22"
    later = write_yaml(tmp_path / "later.yaml", later)
    for record in (other, later):
        before = record.read_bytes()
        result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record)])
        assert result.exit_code == 2 and "another child or another review" in result.output, result.output
        assert "Traceback" not in result.output and record.read_bytes() == before
    record = _record(booklets, tmp_path)
    assert CliRunner().invoke(main, ["consult", "import", str(filled), str(record)]).exit_code == 0
    before = record.read_bytes()
    again = CliRunner().invoke(main, ["consult", "import", str(filled), str(record)])
    assert again.exit_code == 2 and "already in" in again.output and record.read_bytes() == before
    invitation = booklets / "NL-30001_2026-09-15_invitation_child-robin.pdf"
    result = CliRunner().invoke(main, ["consult", "import", str(invitation), str(record)])
    assert result.exit_code == 2 and "not a consultation booklet" in result.output
    result = CliRunner().invoke(main, ["consult", "import", str(record), str(record)])   # not a PDF at all
    assert result.exit_code == 2 and "Traceback" not in result.output and record.read_bytes() == before


def test_a_booklet_received_in_the_future_is_refused(booklets, tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-09-10")
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"going_well": "fine"})
    record = _record(booklets, tmp_path)
    before = record.read_bytes()
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record), "--received", "2026-09-11"])
    assert result.exit_code == 2 and "received 2026-09-11 is in the future" in result.output, result.output
    assert record.read_bytes() == before
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record)])   # today, as the tests' day
    assert result.exit_code == 0, result.output
    assert "received: 2026-09-10" in record.read_text(encoding="utf-8")


def test_a_booklet_received_before_it_was_made_is_refused(booklets, tmp_path):
    """Blind review 12, item 10: the booklet carries the day it was made; no answer came back before."""
    from recordgen.pdf.forms import read_fields

    assert read_fields(_child(booklets))["booklet_made"] == MADE
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"going_well": "fine"})
    record = _record(booklets, tmp_path)
    before = record.read_bytes()
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record), "--received", "2026-08-31"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"received 2026-08-31 is before the booklet was made ({MADE})" in result.output, result.output
    assert record.read_bytes() == before
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record), "--received", MADE])
    assert result.exit_code == 0, result.output


_WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(words=_WORDS)
@example(words="0\x85")   # NEL: YAML folds it to a space unless the text is written escaped
@example(words="a\u2028b\u2029\x01")
def test_any_words_the_child_writes_come_back_as_written(booklets, tmp_path, words):
    record = _record(booklets, tmp_path)
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"worries": words})
    before = record.read_bytes()
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record)])
    if words.strip():   # written as typed; the model reads it back as it reads any item
        assert result.exit_code == 0, result.output
        views = YAML(typ="safe").load(record.read_text(encoding="utf-8")).get("child_views") or []
        if means_nothing(words):  # "-", "No": kept with its question under consultation.other
            assert views == [], views
            return
        # Words of another script are imported withheld from parent (the placement is confidential): as typed too.
        assert [view if isinstance(view, str) else view["text"] for view in views] == [words]
        assert api.load_record(record).record.child_views[0].text
    else:  # only spaces or line breaks: nothing is filled in, refused, the record as it was (cycle16)
        assert result.exit_code == 2 and "nothing is filled in" in result.output, result.output
        assert record.read_bytes() == before


# ------------------------------------------------ blind review 12: the fields as read, no PDF needed


def _read_as(monkeypatch, record: Path, role: str, answers: dict[str, str]) -> Path:
    """``consult import`` reads ``answers`` from the booklet of the recipient with ``role`` (the form as
    a viewer filled it; the PDF itself is the tests above')."""
    from recordgen.distribution import consult_import
    from recordgen.rendering import consult
    from recordgen.rendering.feedback import feedback_key

    loaded = api.load_record(record)
    recipient = next(r for r in loaded.record.distribution if r.role.value == role)
    reference = consult.booklet_reference(feedback_key(api.Settings().feedback), loaded.record.child.id,
                                          loaded.record.review.date.isoformat(), role, recipient.name)
    monkeypatch.setattr(consult_import, "read_fields", lambda pdf: {"booklet": reference, **answers})
    pdf = record.parent / "returned.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    return pdf


def _kacper(**change) -> dict:
    """Blind review 12's Kacper (r37), made smaller: a teenager, Mum and Dad both get a copy."""
    data = planned("teen", **change)
    data["review"]["date"] = "2027-01-12"
    data["review"]["attendees"] = [{"name": "Robin", "role": "you"}, {"name": "Amina Khan", "role": "mum"},
                                   {"name": "Karl Hale", "role": "dad"}, {"name": "Jo Smith", "role": "social worker"}]
    data["distribution"] = [{"role": "child", "name": "Robin"}, {"role": "parent", "name": "Amina Khan"},
                            {"role": "parent", "name": "Karl Hale"}]
    return data


def test_the_childs_wishes_for_the_meeting_go_to_the_iro_not_into_every_copy(monkeypatch, tmp_path):
    """Blind review 12, item 2: "who should come: Mum but not Dad" in child_views reached Dad's copy under
    "What you told me"; it is the IRO's to arrange the meeting with, kept whole under consultation.meeting."""
    record = write_yaml(tmp_path / "planned.yaml", _kacper())
    pdf = _read_as(monkeypatch, record, "child", {"going_well": "my room", "who": "Mum but not Dad",
                                                  "where": "not at school", "chair": "no"})
    result = CliRunner().invoke(main, ["consult", "import", str(pdf), str(record), "--received", "2026-12-05"])
    assert result.exit_code == 0, result.output
    assert "1 answer(s) into child_views, 3 note(s) under consultation.meeting" in result.output
    data = YAML(typ="safe").load(record.read_text(encoding="utf-8"))
    assert data["child_views"] == ["my room"]
    assert data["consultation"]["meeting"] == [   # nothing lost: the child's words as written, with the question
        {"by": "Robin (child)", "question": "Who do you want at your meeting?", "text": "Mum but not Dad"},
        {"by": "Robin (child)", "question": "Where would you like your meeting to be?", "text": "not at school"},
        {"by": "Robin (child)", "question": "Would you like to chair part of your meeting?", "text": "No"}]

    data["review"].pop("status")
    data["review"]["date"] = "2026-12-01"
    data["review"]["participation"] = "PN1"
    data["care_plan"] = {"plan": "You will stay with Gail.", "still_right": True}
    data["rights"] = {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True}
    data["consultation"]["booklets"] = []
    loaded = api.load_data(data, str(record))
    renderer = api.Renderer(api.Settings(), allow_untranslated=True)
    for recipient in loaded.record.distribution:
        text = docx_text(renderer.render_copy(loaded, recipient).data)
        assert "Mum but not Dad" not in text and "not at school" not in text, recipient.name


def test_a_booklet_in_the_childs_language_marks_their_answers_with_it(monkeypatch, tmp_path):
    """Blind review 12, item 3: a Polish booklet's answers came in unmarked, so a translator got them
    as English and an Urdu copy said "[in English: ...]"."""
    data = _kacper(child={**planned("teen")["child"], "language": "pl"})
    data["distribution"][1]["language"] = "pl"
    data["distribution"][2]["language"] = "ur"
    record = write_yaml(tmp_path / "planned.yaml", data)
    pdf = _read_as(monkeypatch, record, "child", {"worries": "Tata krzyczy\nprzez telefon", "who": "Mama",
                                                  "chair": "not_sure"})
    assert CliRunner().invoke(main, ["consult", "import", str(pdf), str(record)]).exit_code == 0
    pdf = _read_as(monkeypatch, record, "parent", {"worries": "szkoła"})   # Amina's booklet, in Polish
    assert CliRunner().invoke(main, ["consult", "import", str(pdf), str(record)]).exit_code == 0
    text = record.read_text(encoding="utf-8")
    assert "# from the booklet: What worries you?" in text
    data = YAML(typ="safe").load(text)
    # The placement is confidential and the English patterns cannot read Polish: withheld until the IRO reads it.
    assert data["child_views"] == [{"text": "Tata krzyczy\nprzez telefon", "language": "pl", "withhold_from": ["parent"]}]
    assert data["consultation"]["meeting"][0]["language"] == "pl"
    assert data["consultation"]["meeting"][1] == {   # a box ticked: its English words, not Polish ones
        "by": "Robin (child)", "question": "Would you like to chair part of your meeting?", "text": "Not sure"}
    assert data["consultation"]["worries"][0] == {"by": "Amina Khan (parent)", "question": "What are you worried "
                                                  "about?", "text": "szkoła", "language": "pl"}
    loaded = api.load_record(record)
    assert loaded.record.child_views[0].language == "pl"
    assert not [d for d in api.validate(loaded) if d.severity == "error"]


def test_an_english_booklets_answers_stay_plain_text(monkeypatch, tmp_path):
    record = write_yaml(tmp_path / "planned.yaml", _kacper())
    pdf = _read_as(monkeypatch, record, "child", {"wishes": "I like drawing"})
    assert CliRunner().invoke(main, ["consult", "import", str(pdf), str(record)]).exit_code == 0
    assert YAML(typ="safe").load(record.read_text(encoding="utf-8"))["child_views"] == ["I like drawing"]


def test_a_booklet_read_without_the_key_it_was_made_with_says_so(booklets, tmp_path, monkeypatch):
    """Blind review 30, finding 9: made with the council's key, imported in a shell without it, the
    child's own booklet was called "for another child or another review" and nothing else."""
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"going_well": "fine"})
    record = _record(booklets, tmp_path)
    monkeypatch.setenv("RECORDGEN_FEEDBACK_KEY", "the council's own key")   # not the one they were made with
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record)])
    assert result.exit_code == 2 and "made with another key than RECORDGEN_FEEDBACK_KEY holds now" in result.output
    monkeypatch.delenv("RECORDGEN_FEEDBACK_KEY")
    other = write_yaml(tmp_path / "other.yaml", planned("teen", child={**planned("teen")["child"], "id": "NL-99999"}))
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(other)])
    assert "the council's key (RECORDGEN_FEEDBACK_KEY), which is not set here" in result.output
