"""Blind review 25, finding 10: a Pashto copy written by an IRO of unknown gender (they/them)
called them by the masculine title ("ستا د خپلواک بیاکتونکي افسر لخوا لیکل شوی"), while its
sign-off was gender-free. The opening now says who wrote it without a gendered title where the
IRO's gender is not known, the feminine title for a woman and the masculine for a man. Renders
real copies."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import AHMAD, docx_text, example_data


@pytest.mark.parametrize("pronouns, said, not_said", [
    ("they/them", "لخوا لیکل شوی، هغه څوک چې", "بیاکتونکي افسر لخوا"),
    ("she/her", "خپلواکې بیاکتونکې افسرې لخوا", "بیاکتونکي افسر لخوا"),
    ("he/him", "خپلواک بیاکتونکي افسر لخوا", "افسرې"),
])
def test_the_pashto_opening_names_the_iro_in_their_gender_or_none(pronouns, said, not_said):
    data = copy.deepcopy(example_data(AHMAD))
    data["child"]["date_of_birth"] = "2009-06-01"  # 16 at the review: the young adult band's opening
    data["review"]["chair"]["pronouns"] = pronouns
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "ps", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    assert said in text and not_said not in text
