"""A record's value already in the reader's language (a Welsh place's name, the Welsh "mam")
is its own translation: never marked "in English", never asked of a translator, and a
translation that repeats it is accepted; real English is still marked and refused (blind
review 17, finding 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from recordgen.translation import XliffError, export_xliff_file, import_xliff, load_translations, sidecar_path
from recordgen.translation.items import translatable_items
from recordgen.translation.protect import in_language, untranslated_sentences

from test_translated_copies import render
from test_translation import pseudo, translate_with_toolkit

X = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def welsh_values(venue: str = "Canolfan Deulu Caernarfon", role: str = "mam"):
    def edit(data):
        data["review"]["venue"] = venue
        data["review"]["attendees"].append({"name": "Sioned Pritchard", "role": role,
                                            "contributed": "came to the meeting"})
    return edit


def test_a_welsh_venue_and_role_are_welsh_in_a_welsh_copy(tmp_path):
    text, loaded = render(tmp_path, "cy", edit=welsh_values())
    assert "yng Nghanolfan Deulu Caernarfon" in text  # a Welsh place, mutated after "yn"
    assert "Sioned (mam)" in text   # family by first name, as "Amina (mam)"
    assert "[yn Saesneg: Canolfan" not in text and "[yn Saesneg: mam]" not in text
    assert "[yn Saesneg: came to the meeting]" in text  # English is still marked
    paths = [item.path for item in translatable_items(loaded.record, "cy")]
    assert "review.venue" not in paths and "review.attendees.6.role" not in paths
    assert "review.attendees.6.contributed" in paths


def test_english_values_are_still_marked_in_a_welsh_copy(tmp_path):
    text, _ = render(tmp_path, "cy", edit=welsh_values("Caernarfon Family Centre", "mum's partner"))
    assert "[yn Saesneg: Caernarfon Family Centre]" in text
    assert "[yn Saesneg: mum's partner]" in text


@pytest.mark.parametrize("text, language, expected", [
    ("Canolfan Deulu Caernarfon", "cy", True),      # a proper name: no English word in it
    ("mam", "cy", True),                            # a word of the Welsh catalogs, rare in English
    ("mama", "pl", True),                           # wordfreq: commoner in Polish than in English
    ("dad", "cy", False),                           # Welsh too ("ei dad"), but everyday English
    ("carers", "cy", False),                        # a placeholder's name, "%(carers)s", is no Welsh word
    ("doctor", "ro", False),                        # as common in English: English
    ("Family Centre", "cy", False),
    ("CAMHS", "pl", False),                         # an English acronym is no name
    ("You sleep well at Mererid and Huw's house.", "cy", False),
    ("Canolfan Deulu Caernarfon", "en", False),
])
def test_what_is_already_in_the_readers_language(text, language, expected):
    assert in_language(text, language, ["Mererid and Huw Bowen", "Mererid"]) is expected


def test_a_welsh_sentence_left_in_a_welsh_translation_is_not_english():
    source = "We met at Canolfan Deulu Caernarfon. You see your mum."
    assert untranslated_sentences(source, "Canolfan Deulu Caernarfon. Rwyt ti'n gweld dy fam.", [], "cy") == []
    assert untranslated_sentences(source, "Canolfan Deulu Caernarfon. You see your mum.", [], "cy") == [
        "You see your mum."]


def _welsh_record(tmp_path: Path) -> Path:
    _, loaded = render(tmp_path, "cy", edit=welsh_values())
    return Path(loaded.file)


def test_a_file_exported_before_with_the_welsh_copied_into_its_target_is_imported(tmp_path):
    """A translator's file from before (the venue and "mam" were sent out) comes back with the
    Welsh as it was: accepted, and the Welsh copy is not held back."""
    path = _welsh_record(tmp_path)
    export = tmp_path / "cy.xlf"
    export_xliff_file(path, "cy", export)
    tree = etree.parse(str(export))
    body = tree.find(".//x:body", X)
    for loc, text in (("review.venue", "Canolfan Deulu Caernarfon"), ("review.attendees.6.role", "mam")):
        unit = etree.SubElement(body, f"{{{X['x']}}}trans-unit", id=loc)
        unit.append(body[0].find("x:source", X).__copy__())
        unit.find("x:source", X).text = text
    tree.write(str(export), xml_declaration=True, encoding="UTF-8")
    done = tmp_path / "cy-done.xlf"
    translate_with_toolkit(export, done, lambda english: english if english in ("mam", "Canolfan Deulu Caernarfon")
                           else pseudo(english, "cy"))
    import_xliff(done)
    assert load_translations(path).languages["cy"]


def test_english_copied_into_a_welsh_target_is_refused_even_marked_approved(tmp_path):
    """The protection stays: translate-toolkit marks every unit it fills approved="yes", so a
    tool's approval is no evidence; only the word lists say a value is already Welsh."""
    path = _welsh_record(tmp_path)
    export = tmp_path / "cy.xlf"
    export_xliff_file(path, "cy", export)
    done = tmp_path / "cy-done.xlf"
    translate_with_toolkit(export, done, lambda english: pseudo(english, "cy"))
    tree = etree.parse(str(done))
    unit = tree.find(".//x:trans-unit[@id='worries.2']", X)
    target = unit.find("x:target", X)
    target[:] = []
    target.text = unit.find("x:source", X).text
    target.set("state", "final")
    tree.write(str(done), xml_declaration=True, encoding="UTF-8")
    with pytest.raises(XliffError) as caught:
        import_xliff(done)
    assert caught.value.problems == [f"{done}: unit worries.2: is not translated (its target is the English, "
                                     "copied); translate it"]
    assert not sidecar_path(path).exists()
