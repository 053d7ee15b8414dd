"""Blind review 25, finding 7: a copy made years on (a care-experienced adult asking for their record)
is told in the past, in every language as in English. Checked for Welsh (the finding), Polish and
Urdu: every heading and sentence the English turns to the past is past in them too, and nothing of
the present is left. Not reproduced on main when checked (the blind corpus and the examples, made
in 2029 and 2045, the fixed text of each such copy in the three languages); kept as a guard. The
Welsh complaint sentence of such a copy said "gallet ti gwyno" ("you could complain") where the
English says "you can complain": now "gelli di gwyno". Renders real copies, read back."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import SAM, docx_text, example_data

PAST = {
    "cy": (["Beth oedd yn gweithio'n dda", "Beth oedd yn ein poeni ni", "Sut roedd pethau'n mynd",
            "Pwy oedd yn mynd i wneud beth, ac erbyn pryd", "Roeddet ti'n byw gyda Mark a Lisa Owen.",
            "Roeddwn i'n credu bod dy gynllun di yn dal yn iawn i ti.",
            "Daethost ti i dy gyfarfod a dweud wrthon ni dy hun beth roeddet ti'n ei feddwl.",
            "gelli di gwyno."],
           ["Beth sy'n gweithio'n dda", "Beth sy'n ein poeni ni", "Rwyt ti'n byw gyda", "Rwy'n credu bod",
            "beth rwyt ti'n ei feddwl.", "gallet ti gwyno"]),
    "pl": (["Co działało dobrze", "Co nas martwiło", "Jak szły sprawy", "Kto co miał zrobić i do kiedy",
            "Osoby, z którymi wtedy mieszkałaś: Mark i Lisa Owen.", "Moim zdaniem twój plan był nadal dobry dla ciebie."],
           ["Co działa dobrze", "Co nas martwi\n", "Mieszkasz z", "twój plan jest nadal dobry"]),
    "ur": (["کیا اچھا چل رہا تھا", "ہمیں کس بات کی فکر تھی", "حالات کیسے جا رہے تھے", "کس نے کیا کرنا تھا، اور کب تک",
            "آپ Mark اور Lisa Owen کے ساتھ رہتی تھیں۔"],
           ["کیا اچھا چل رہا ہے", "ہمیں کس بات کی فکر ہے", "کون کیا کرے گا", "کے ساتھ رہتی ہیں۔"]),
}


def _sams_copy(language: str) -> str:
    data = copy.deepcopy(example_data(SAM))
    data["child"]["language"] = language
    data["distribution"][0]["language"] = language
    loaded = api.load_data(data, "record.yaml")
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded.record,
                                                                        loaded.record.distribution[0]).data)


@pytest.mark.parametrize("language", sorted(PAST))
def test_a_copy_made_years_on_is_in_the_past_as_the_english_is(monkeypatch, language):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-06-01")  # Sam is 28
    text = _sams_copy(language)
    past, present = PAST[language]
    for said in past:
        assert said in text, (language, said)
    for said in present:
        assert said not in text, (language, said)
