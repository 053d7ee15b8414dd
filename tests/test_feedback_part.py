"""The feedback part at the end of a child's copy (issue 21, part 2): read back from the .docx."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from babel.messages.pofile import read_po
from hypothesis import given, strategies as st
from lxml import etree

from recordgen import api
from recordgen.rendering import feedback
from recordgen.wording import ChildWords, check_text

from fictional import fictional_record
from recordfiles import SAM

LOCALES = SAM.parent.parent / "locales"
LANGUAGES = ["cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn"]
BANDS = ["early", "young", "middle", "teen", "young_adult"]


def _text(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def _alt_texts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return [e.get("descr") for e in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]


def _copy(record, who="child", settings=None, allow_untranslated=False):
    loaded = api.load_data(record, "r.yaml") if isinstance(record, dict) else api.load_record(record)
    renderer = api.Renderer(settings, allow_untranslated=allow_untranslated)
    return renderer.render_copy(loaded, api.recipient_for(loaded.record, who))


def _record_in_band(band: str) -> dict:
    return fictional_record(BANDS.index(band))   # tests/fictional.py: one age per band, in order


@pytest.mark.parametrize("band", BANDS)
def test_every_childs_copy_ends_with_its_feedback_part(band):
    record = _record_in_band(band)
    copy = _copy(record)
    assert copy.band == band
    text = _text(copy.data)
    start = text.index("Tell me what you think of this letter")
    part = text[start:]
    # Under 4 (PN0, the early record) the page says first that it is for the grown-up reading with them.
    assert any(line.endswith("Did this letter make sense to you?") for line in part)
    assert "Is anything in it wrong?" in part
    assert "What would you change?" in part
    code = next(line for line in part if line.startswith("The code of this letter is "))
    reference = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}", code).group(0)
    assert feedback.REFERENCE.match(reference)
    assert record["child"]["id"] not in code and "Morgan" not in code
    send = next(line for line in part if "back to me" in line)
    assert "morgan.lyle@example.gov.uk" in send
    alt = _alt_texts(copy.data)
    faces = [t for t in docx.Document(io.BytesIO(copy.data)).tables
             if [c.text.strip() for c in t.rows[0].cells] == ["Yes", "A bit", "No"]]
    if band in ("early", "young"):
        # Each face in its own cell with its word under it, so the two stay together.
        assert "Draw a circle round one face." in part and len(faces) == 1
        assert {"A happy face: Yes", "A face in between: A bit", "A sad face: No"} <= set(alt)
    else:
        assert "Tick one box." in part and "\u2610 Yes      \u2610 A bit      \u2610 No" in part
        assert not faces and not any("face" in a for a in alt)
    # The heading starts a page of its own, so the page can be torn off and sent back.
    paragraph = next(p for p in docx.Document(io.BytesIO(copy.data)).paragraphs
                     if p.text == "Tell me what you think of this letter")
    assert paragraph.paragraph_format.page_break_before


def test_only_the_child_by_default_and_parents_as_a_setting():
    record = fictional_record(2)
    for role in ("parent", "carer", "social_worker"):
        assert "Tell me what you think of this letter" not in _text(_copy(record, role).data), role
    with_parents = api.Settings.model_validate({"feedback": {"parents": True}})
    parent = _text(_copy(record, "parent", with_parents).data)
    assert "Tell me what you think of this letter" in parent
    assert "Please give this page back to me." in " ".join(parent) and "post it" not in " ".join(parent)
    assert "Tell me what you think of this letter" not in _text(_copy(record, "carer", with_parents).data)
    off = api.Settings.model_validate({"feedback": {"enabled": False}})
    assert "Tell me what you think of this letter" not in _text(_copy(record, "child", off).data)


def test_the_reference_names_no_one_is_stable_and_needs_the_key(monkeypatch):
    record = api.load_record(SAM).record
    settings = api.Settings()
    child = feedback.feedback_part(record, api.recipient_for(record, "child"), "middle", "en", settings.feedback)
    again = feedback.feedback_part(record, api.recipient_for(record, "child"), "middle", "en", settings.feedback)
    assert child["reference"] == again["reference"]
    mum = api.recipient_for(record, "parent")
    assert feedback.reference_for(feedback.feedback_key(settings.feedback), record.child.id, "2026-03-03",
                                  "parent", mum.name) != child["reference"]
    for part in ("NL", "20451", "SAM", "KHAN", "HELEN"):
        assert part not in child["reference"].replace("-", "")
    monkeypatch.setenv("RECORDGEN_FEEDBACK_KEY", "the council's own secret")
    keyed = feedback.feedback_part(record, api.recipient_for(record, "child"), "middle", "en", settings.feedback)
    assert keyed["reference"] != child["reference"]


@given(st.text(min_size=1, max_size=30), st.dates(), st.text(min_size=1, max_size=30))
def test_any_reference_is_read_back_as_typed_from_paper(child_id, day, name):
    code = feedback.reference_for(b"k", child_id, day.isoformat(), "child", name)
    assert feedback.REFERENCE.match(code)
    assert feedback.normalise_reference(code.lower().replace("-", " ")) == code
    assert feedback.normalise_reference(code.replace("0", "O").replace("1", "l")) == code
    assert feedback.normalise_reference(code[:-1]) == ""


@pytest.mark.parametrize("band", BANDS)
def test_the_feedback_sentences_keep_each_bands_language_rules(band):
    child = ChildWords.of("Kayla Brown", "Kay", "she/her")
    for for_child in (True, False):
        for sentence in feedback.english_sentences(band, for_child):
            found = check_text(sentence, band=band, child=child, names=frozenset({"helen", "price"}))
            assert not found, (sentence, [f.message for f in found])


def test_every_language_has_the_part_translated_as_a_draft():
    template = read_po((LOCALES / "feedback.pot").open("rb"))
    marked = set()
    for name, value in vars(feedback).items():
        if name.isupper() and name not in ("FEEDBACK_DOMAIN", "_ALPHABET"):
            marked |= {value} if isinstance(value, str) else {v for v in value if isinstance(v, str)} \
                if isinstance(value, tuple) else set()
    assert {m.id for m in template if m.id} == marked
    for language in LANGUAGES:
        record = fictional_record(1)                       # young band: the faces
        record["child"]["language"] = language
        copy = _copy(record, allow_untranslated=True)   # the IRO's words wait; the fixed text is there
        translated = read_po((LOCALES / language / "LC_MESSAGES" / "feedback.po").open("rb"))
        text = _text(copy.data)
        # The child's own register where the language has one (child:own, gendered_feedback.po).
        own = LOCALES / language / "LC_MESSAGES" / "gendered_feedback.po"
        own_heading = read_po(own.open("rb")).get(feedback.HEADING, context="child:own") if own.exists() else None
        assert (own_heading or translated.get(feedback.HEADING)).string in text, language
        assert "Tell me what you think of this letter" not in text, language
        alt = " ".join(_alt_texts(copy.data))
        assert all(translated.get(face).string in alt for face in feedback.FACES), language
        reference = _copy(fictional_record(1))  # the same child and reader: the same code in any language
        code = next(line for line in _text(reference.data) if line.startswith("The code of this letter is "))
        assert re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}", code).group(0) in " ".join(text), language


def test_a_parents_copy_in_urdu_has_the_urdu_part_and_the_guard_still_reads_it():
    settings = api.Settings.model_validate({"feedback": {"parents": True}})
    copy = _copy(SAM, "parent", settings)
    assert copy.language == "ur"
    urdu = read_po((LOCALES / "ur" / "LC_MESSAGES" / "feedback.po").open("rb"))
    assert urdu.get(feedback.ADULT_SEND).string in " ".join(_text(copy.data))
    # Sam's placement is confidential from her mum: nothing of it on the page the mum sends back.
    joined = " ".join(_text(copy.data))
    assert "Elm Road" not in joined and "Westcliffe" not in joined and "DN15" not in joined


def test_the_templates_use_only_documented_feedback_fields():
    for band in BANDS:
        unknown = api.check_template(SAM.parent.parent / "templates" / f"{band}.docx")
        assert not [u for u in unknown if "feedback" in str(u)], band


@pytest.mark.parametrize("language", ["ar", "ur", "en"])
def test_each_face_and_its_word_share_a_cell_in_either_direction(language):
    """Each face is its own picture with its word under it in one table cell, so a right-to-left
    copy (whose table runs from the right) keeps every word under its own face."""
    from recordgen.i18n import catalog

    record = _record_in_band("young")
    record["child"]["language"] = language
    data = _copy(record, allow_untranslated=True).data
    words = catalog(language, feedback.FEEDBACK_DOMAIN)
    choices = [words.gettext(m) for m in (feedback.YES, feedback.A_BIT, feedback.NO)]
    faces = [words.gettext(m) for m in feedback.FACES]
    table = next(t for t in docx.Document(io.BytesIO(data)).tables
                 if [c.text.strip() for c in t.rows[0].cells] == choices)
    for cell, face, choice in zip(table.rows[0].cells, faces, choices):
        alt = _alt_texts_of(cell._tc)
        assert alt == [f"{face}: {choice}"], (language, alt)


def _alt_texts_of(element) -> list[str]:
    return [e.get("descr") for e in element.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]


@pytest.mark.parametrize("language", ["en"] + LANGUAGES)
def test_a_pn0_childs_page_is_for_the_grown_up_who_reads_the_letter_with_them(language):
    """Lily is 3 (PN0): her letter is read to her, so its feedback page says it is for the grown-up
    reading with her and asks them, as an adult's page does (the same choices, read back the same);
    nothing asks her to write or draw, or to give it back (blind review 13a, F5)."""
    data = api.load_record(SAM.parent / "review-lily-3.yaml").record.model_dump(mode="json", exclude_none=True)
    data["child"]["language"] = language
    text = " ".join(_text(_copy(data, allow_untranslated=True).data))
    catalog = read_po((LOCALES / language / "LC_MESSAGES" / "feedback.po").open("rb")) if language != "en" else None

    def said(message: str, **values) -> str:
        return (catalog.get(message).string if catalog else message) % values

    assert said(feedback.FOR_GROWN_UP, name="Lily") in text, language
    assert said(feedback.ADULT_SEND) in text and said(feedback.SEND) not in text, language
    assert said(feedback.DRAW) not in text, language
    # Written for that adult, about the child: no rule for writing to the child applies.
    assert not check_text(feedback.FOR_GROWN_UP % {"name": "Lily"}, band="early", for_adults=True,
                          child=ChildWords.of("Lily Nowak", "Lily", "she/her"))
    # A 6-year-old (not PN0) is still asked herself.
    assert feedback.FOR_GROWN_UP.split("%")[0] not in " ".join(_text(_copy(fictional_record(1)).data))


@pytest.mark.parametrize("band", ["young", "middle"])
def test_a_child_who_shows_their_views_without_words_is_asked_to_point_or_look(band):
    """Blind review 17: a PN3 child who uses an eye-gaze board was asked to "Draw a circle round one face"
    and told "You can write or draw your answers"; they answer as they showed their views."""
    record = _record_in_band(band)
    record["review"]["participation"] = "PN3"
    part = _text(_copy(record).data)
    part = part[part.index("Tell me what you think of this letter"):]
    faces = band == "young"
    assert ("Point to or look at one face. A grown-up can mark it for you." in part) == faces
    assert ("Point to or look at one answer. A grown-up can mark it for you." in part) == (not faces)
    assert "A grown-up can write what you show." in part
    assert not {"Draw a circle round one face.", "Tick one box.", "You can write or draw your answers."} & set(part)
    # Another child of the band is asked as before.
    other = _text(_copy(_record_in_band(band)).data)
    assert ("Draw a circle round one face." if faces else "Tick one box.") in other
