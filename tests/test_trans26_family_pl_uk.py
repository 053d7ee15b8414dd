"""Blind review 27, finding 16: Polish and Ukrainian copies named family stiltedly, "Z twojej rodziny –
tata Rhys" ("from your family – dad Rhys") in who came and "Mieszkasz z kimś z rodziny – mama Amina." /
"Ти живеш із людиною з твоєї родини — мама Amina." ("with a person from your family") for a child
at home. Now "Twój tata, Rhys" / "Твій тато, Rhys" by the person's gender (as "Your dad, Rhys"),
"Ktoś z twojej rodziny: ..." / "Хтось із твоєї родини: ..." when it is not known, and "Mieszkasz z
kimś ze swojej rodziny: mama Amina." / "Ти живеш із кимось зі своєї родини: мама Amina.", in the
child's "ty"/"ти" as the rest of the letter. Renders real copies and reads them back."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def _record(language: str, change=None):
    data = copy.deepcopy(example_data(SAM))
    data["review"]["attendees"] += [{"name": "Rhys Jones", "role": "dad"},
                                    {"name": "Kim Jones", "role": "cousin", "attended": False,
                                     "contributed": "sent a letter"}]
    for recipient in data["distribution"]:
        recipient["language"] = language
    if change:
        change(data)
    return api.load_data(data, "record.yaml").record


def _text(record, name: str = "Sam") -> str:
    recipient = next(r for r in record.distribution if r.name == name)
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


@pytest.mark.parametrize("language, said", [
    ("pl", ["Twój tata, Rhys", "Twoja mama, Amina", "Ktoś z twojej rodziny: dziecko cioci lub wujka Kim"]),
    ("uk", ["Твій тато, Rhys", "Твоя мама, Amina", "Хтось із твоєї родини: дитина тітки або дядька Kim"]),
])
def test_who_came_names_family_naturally(language, said):
    for name in ("Sam", "Mark and Lisa Owen"):
        lines = _text(_record(language), name).splitlines()
        assert all(any(line == s or line.startswith(s + ":") for line in lines) for s in said), (name, said)
    text = _text(_record(language))
    assert "Z twojej rodziny –" not in text and "З твоєї родини —" not in text


def _at_home(data):
    data["placement"].update(carers="Amina Khan", confidential=False)


@pytest.mark.parametrize("language, said", [
    ("pl", "Mieszkasz z kimś ze swojej rodziny: mama Amina."),
    ("uk", "Ти живеш із кимось зі своєї родини: мама Amina."),
])
def test_a_child_at_home_lives_with_someone_from_her_family(language, said):
    text = _text(_record(language, _at_home))
    assert said in text
    assert "z kimś z rodziny –" not in text and "з людиною з твоєї родини" not in text


@pytest.mark.parametrize("language, said", [
    ("pl", "Mieszkałaś wtedy z kimś ze swojej rodziny: mama Amina."),
    ("uk", "Ти тоді жила з кимось зі своєї родини: мама Amina."),
])
def test_years_on_she_lived_with_someone_from_her_family(language, said, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-01-10")
    assert said in _text(_record(language, _at_home))


@pytest.mark.parametrize("language, childs, mums", [
    ("pl", "Twoja mama, Amina – ocena 8 na 10.", "Amina (mama) – ocena 8 na 10."),
    ("uk", "Твоя мама, Amina: оцінка 8 з 10.", "Amina (мама): оцінка 8 з 10."),
    ("pt", "A tua mãe, Amina: nota 8 em 10.", "Amina (mãe): nota 8 em 10."),
])
def test_the_scale_given_by_mum_names_her_as_who_came_does(language, childs, mums):
    def by_mum(data):
        data["scale"]["by"] = "mum"
    record = _record(language, by_mum)
    assert childs in _text(record).splitlines()
    assert mums in _text(record, "Amina Khan").splitlines()
