"""A carer whose gender the record does not give (a first name, no title) is given in Arabic in words
that need none, as Polish and Ukrainian do (blind review 30, finding 12: "Jenny (مقدم رعاية حاضن)",
masculine, for a woman); a carer the record shows to be a man or a woman keeps that form."""
from __future__ import annotations

import re

from test_translated_copies import render


def _jenny(title: str = "", confidential: bool = True):
    def edit(data):
        who = f"{title}Jenny Hart"
        data["placement"]["confidential"] = confidential
        data["placement"]["carers"] = who
        data["review"]["attendees"][2] = {"name": who, "role": "foster carer"}
        for recipient in data["distribution"]:
            if recipient["role"] == "carer":
                recipient["name"] = who
        for action in data["actions"]:
            if action["who"].startswith("Mark and Lisa"):
                action["who"] = who
        data["care_plan"]["plan"] = "You will keep living with Jenny as you grow up."
    return edit


def test_an_arabic_copy_gives_a_carer_of_unknown_gender_no_masculine_word(tmp_path):
    text, _ = render(tmp_path, "ar", edit=_jenny())
    assert not re.search(r"مقدّم (?:رعاية|الرعاية)|حاضن\)", text), re.findall(r".*مقدّم .*", text)
    assert "Jenny (من الأسرة الحاضنة)" in text.splitlines()   # who came, who was sent a copy
    assert "بيتك مع من يرعاك، Jenny." in text


def test_an_arabic_copy_keeps_the_womans_word_where_the_record_gives_mrs(tmp_path):
    text, _ = render(tmp_path, "ar", edit=_jenny("Mrs ", confidential=False))
    assert "مقدّمة رعاية حاضنة" in text and not re.search(r"مقدّم (?:رعاية|الرعاية)", text)
