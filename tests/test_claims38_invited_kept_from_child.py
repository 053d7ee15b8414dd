"""Blind review (claims38, finding 4): a dad invited to the review who took no part, kept from the child
(``withhold_from: [child]`` on his copy), was dropped from every copy, his own included: no copy said he
was invited. Only the copies that must not show him (the child's, and those of any role the record keeps
him from) leave him out; every other copy tells the adults he was invited, in the part for the adults, as
it tells who came that is kept from the child, never among the lines read to the child."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import SAM, example_data, rendered_copies, the_copy, write_data

LINE = "Invited but did not take part: Sam's dad, Tariq."
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")


def _dad_kept_from(*roles):
    def change(data):
        for recipient in data["distribution"]:
            recipient["language"] = "en"
            recipient.pop("format", None)
        data["review"]["attendees"].append({"name": "Tariq Khan", "role": "dad", "attended": False})
        data["distribution"].append({"role": "parent", "name": "Tariq Khan", "withhold_from": list(roles)})
    return change


@pytest.mark.parametrize("roles", [("child",), ("child", "carer")])
def test_a_dad_kept_from_the_child_is_still_invited_in_the_copies_that_may_show_him(tmp_path, monkeypatch, roles):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _dad_kept_from(*roles)))
    assert "Tariq" not in the_copy(texts, "_child-")
    for part in ("_parent-tariq-khan", "_parent-amina-khan", "_social_worker-", "_carer-"):
        text = the_copy(texts, part)
        if part == "_carer-" and "carer" in roles:
            assert "Tariq" not in text
            continue
        assert LINE in text, part
        # In the part for the adults, after the letter read to the child: not in its list of who was invited.
        assert text.index("For the adults: not to be read to Sam") < text.index(LINE), part


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_line(language):
    _ = gettext_functions(language)[0]
    english = "Invited but did not take part: %(who)s."
    assert _(english) != english
