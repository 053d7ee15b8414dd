"""Blind review 26, finding 21: Welsh copies. (a) how a parent is named: "dy fam" ("your mum", with
its soft mutation) is the child's word for her; the mum's own copy never calls her that. (b) The
footer wrote the weekday with CLDR's capital mid-line ("Cofnod adolygiad Samira Khan, Dydd Mawrth,
3 Mawrth 2026"); Welsh writes "dydd" small there. (c) A council's service name set in English
("the Fernshire Children's Rights Service") was put into Welsh text with its English "the": the
council may give its Welsh name ([childrens_rights] names), else it is given as a name, without
"the". Renders real copies and reads them back."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from recordgen import api
from recordgen.record.settings import SettingsError, load_settings

from recordfiles import SAM, docx_text, example_data


def _record(language: str = "cy", mum: str = "Carys Jones"):
    data = copy.deepcopy(example_data(SAM))
    for person in data["review"]["attendees"]:
        if person["name"] == "Amina Khan":
            person["name"] = mum
    data["child"]["language"] = language
    data["distribution"][0]["language"] = language
    data["distribution"][1].update(name=mum, language=language)
    return api.load_data(data, "record.yaml").record


def _copy(record, name: str, settings=None) -> str:
    renderer = api.Renderer(settings=settings, allow_untranslated=True)
    recipient = next(r for r in record.distribution if r.name == name)
    return docx_text(renderer.render_copy(record, recipient).data)


def test_the_mums_own_welsh_copy_never_calls_her_your_mum():
    record = _record()
    mums = _copy(record, "Carys Jones")
    assert not re.search(r"\b[Dd]y (fam|mam)\b", mums)
    assert "Carys (mam)" in mums.splitlines() or any(line.startswith("Carys (mam)") for line in mums.splitlines())
    assert "Mae'r copi hwn ar gyfer Carys Jones (mam)." in mums


def test_the_welsh_footer_writes_the_weekday_small_mid_line():
    text = _copy(_record(), "Sam")
    assert "Cofnod adolygiad Sam, dydd Mawrth, 3 Mawrth 2026" in text
    assert ", Dydd Mawrth" not in text
    # A date opening a sentence or standing alone keeps its capital; after "ar", the mutation.
    assert "ar ddydd Mawrth, 3 Mawrth 2026" in text
    assert "Dydd Mawrth, 31 Mawrth 2026" in text.splitlines()  # an action's date, in its own cell


def _settings(tmp_path: Path, extra: str = ""):
    path = tmp_path / "council.toml"
    path.write_text('[childrens_rights]\nname = "the Fernshire Children\'s Rights Service"\n'
                    'phone = "01632 960999"\nemail = "rights@fernshire.example.gov.uk"\n' + extra, encoding="utf-8")
    return load_settings(path)


@pytest.mark.parametrize("language, said", [("cy", "Gelli di hefyd siarad â Fernshire Children's Rights Service."),
                                            ("pl", "Możesz też zwrócić się do organizacji: Fernshire Children's "
                                                   "Rights Service.")])
def test_an_english_service_name_in_a_translated_copy_is_a_name_without_the(tmp_path, language, said):
    text = _copy(_record(language), "Sam", _settings(tmp_path))
    assert said in text
    assert "the Fernshire" not in text


def test_the_council_gives_the_services_welsh_name(tmp_path):
    settings = _settings(tmp_path, 'names = { cy = "Gwasanaeth Hawliau Plant Fernshire" }\n')
    welsh = _copy(_record("cy"), "Sam", settings)
    assert "Gelli di hefyd siarad â Gwasanaeth Hawliau Plant Fernshire." in welsh
    assert "Fernshire Children's Rights Service" not in welsh
    # The English copy keeps the name as the council writes it, "the" and all.
    english = _copy(_record("en"), "Sam", settings)
    assert "You can also talk to the Fernshire Children's Rights Service." in english


@pytest.mark.parametrize("names, says", [('{ xx = "Y Gwasanaeth" }', "'xx' is not a language code"),
                                         ('{ cy = " " }', "the name for 'cy' is empty")])
def test_a_name_for_a_language_it_does_not_know_or_an_empty_one_is_a_clear_error(tmp_path, names, says):
    with pytest.raises(SettingsError) as caught:
        _settings(tmp_path, f"names = {names}\n")
    assert "childrens_rights.names" in str(caught.value) and says in str(caught.value)


def test_the_default_service_takes_the_welsh_article_joined_to_the_preposition():
    """"the Children's Rights Service" is definite: "â'r Gwasanaeth Hawliau Plant", not "â Gwasanaeth ..."
    (a service) nor "â y Gwasanaeth"."""
    text = _copy(_record(), "Sam")
    assert "Gelli di hefyd siarad â'r Gwasanaeth Hawliau Plant." in text
    assert "â Gwasanaeth" not in text and "â y Gwasanaeth" not in text
