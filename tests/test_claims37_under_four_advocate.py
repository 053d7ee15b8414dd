"""The invitation for a child under 4 said an advocate is "someone independent", a word a young child
does not know; the early band's copy says "a grown-up who is on your side". The invitation now says
what an advocate is in the copy's own words, in every language."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions
from recordgen.rendering import consult

from recordfiles import docx_text
from test_consult import documents, planned

#: What an advocate is, in the early band's copy (sentences.advocate).
EARLY_WHAT = "An advocate is a grown-up who is on your side and helps you say what you think."


@pytest.mark.parametrize("language", ["en", "cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti",
                                      "bn"])
def test_a_child_under_four_is_told_what_an_advocate_is_in_the_early_copys_words(language):
    data = planned("early")
    data["child"]["date_of_birth"] = "2023-02-28"  # 3 on the review day
    for recipient in data["distribution"]:
        recipient["language"] = language
    child = docx_text(documents(data)[("invitation", "child")].data)
    copy_words = gettext_functions(language)[0](EARLY_WHAT)
    assert copy_words in child, (language, copy_words)
    assert consult._gettext(language)(consult.ADVOCATE_UNDER_FOUR) in child
    if language == "en":
        assert "independent" not in child


@pytest.mark.parametrize("language", ["ur", "ti"])
def test_a_girl_under_four_is_told_it_as_her_copy_tells_her(language):
    """Urdu and Tigrinya say "when you are older" in the feminine to a girl in her copy: so does her invitation."""
    data = planned("early")
    data["child"].update(date_of_birth="2023-02-28", pronouns="she/her")
    for recipient in data["distribution"]:
        recipient["language"] = language
    child = docx_text(documents(data)[("invitation", "child")].data)
    older = gettext_functions(language, "female")[0]("When you are older, you can ask for one.")
    assert older != gettext_functions(language)[0]("When you are older, you can ask for one.")
    assert older in child
