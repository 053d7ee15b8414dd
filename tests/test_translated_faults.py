"""Translated copies, faults found in blind review 16 (issue 17, "every sentence true"): a heading
in the plural above one person, the child's copy's marker in another register than the copy,
Sorani adults addressed informally, the running header on the wrong side of right-to-left pages,
couple titles other than "Mr and Mrs"."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from test_translated_copies import LANGUAGES, render

HEADINGS = (("This person shared their views:", "These people shared their views:"),
            ("This person was invited but did not take part:", "These people were invited but did not take part:"))


def _one_of_each(data):
    """One person came besides the child, one sent views, one was invited and took no part."""
    data["review"]["attendees"] = [
        {"name": "Sam", "role": "you"},
        {"name": "Jo Smith", "role": "social worker"},
        {"name": "Amina Khan", "role": "mum", "attended": False, "contributed": "sent a letter"},
        {"name": "Mrs Patel", "role": "teacher", "attended": False},
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_heading_above_one_person_is_in_the_singular(tmp_path, language):
    text, _ = render(tmp_path, language, edit=_one_of_each)
    _, ngettext = gettext_functions(language)
    lines = text.splitlines()
    for singular, plural in HEADINGS:
        one, many = ngettext(singular, plural, 1), ngettext(singular, plural, 5)
        assert one != many, (language, singular)
        assert one in lines and many not in lines, (language, singular)


def test_the_dari_headings_above_one_person(tmp_path):
    text, _ = render(tmp_path, "fa_AF", edit=_one_of_each)
    assert "این شخص دعوت شده بود اما اشتراک نکرد:" in text
    assert "این شخص نظرش را گفت:" in text
    assert "کسانی که" not in text
    assert "این افراد به جلسه آمدند:" in text  # Sam and Jo Smith
