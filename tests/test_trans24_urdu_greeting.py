"""Blind review 25, finding 12: a young Urdu girl's copy opened "عزیز Aisha،" (the young band's
"Hello %(name)s,", with no gendered form), while the rest of it, and her invitation, are feminine
("پیاری"). A girl is now greeted "پیاری", a boy "پیارے"; a child of unknown gender keeps "عزیز",
which needs none. Renders real copies."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import LILY, docx_text, example_data


@pytest.mark.parametrize("pronouns, opening", [("she/her", "پیاری"), ("he/him", "پیارے"), ("they/them", "عزیز")])
def test_a_young_childs_urdu_copy_opens_in_her_or_his_gender(pronouns, opening):
    data = copy.deepcopy(example_data(LILY))
    data["child"]["pronouns"] = pronouns
    data["child"]["date_of_birth"] = "2020-01-10"  # 6 at the review: the young band's "Hello"
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "ur", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    copy_ = api.Renderer(allow_untranslated=True).render_copy(record, recipient)
    assert copy_.band == "young"
    name = record.child.known_as or record.child.first_name
    assert f"{opening} {name}،" in docx_text(copy_.data)
