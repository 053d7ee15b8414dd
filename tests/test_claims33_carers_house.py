"""Session 33, item 3 (blind review 26, finding 18): a carer's invitation said "It will be at Sandra and
Jim's house." to Sandra and Jim: to the carers whose home it is, "It will be at your house."
Real invitations, read back."""

from __future__ import annotations

import pytest

from test_consult import documents, planned

from recordfiles import docx_text


def _at_their_house(venue: str = "Sandra and Jim's house", language: str = "en") -> dict:
    data = planned()
    data["review"]["venue"] = venue
    data["review"]["attendees"][2] = {"name": "Sandra and Jim Hale", "role": "foster carers"}
    data["placement"].update(carers="Sandra and Jim Hale", confidential=False)
    data["distribution"][2] = {"role": "carer", "name": "Sandra and Jim Hale", "language": language}
    return data


def test_the_carers_invitation_says_their_own_house():
    made = documents(_at_their_house())
    carers = docx_text(made["invitation", "carer"].data)
    assert "It will be at your house." in carers
    assert "Sandra and Jim's house" not in carers
    # Everyone else is told whose house it is.
    assert "It will be at Sandra and Jim's house." in docx_text(made["invitation", "parent"].data)
    assert "It will be at Sandra and Jim's house." in docx_text(made["invitation", "social_worker"].data)


@pytest.mark.parametrize("venue, said", [("Sandra's home", "It will be at your home."),
                                         ("Sandra and Jim's", "It will be at your home."),
                                         ("the family centre", "It will be at the family centre.")])
def test_other_ways_of_writing_it(venue, said):
    assert said in docx_text(documents(_at_their_house(venue))["invitation", "carer"].data)


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_in_every_language(language):
    from recordgen.rendering.consult import WHERE_YOURS
    from recordgen.i18n import catalog

    text = docx_text(documents(_at_their_house(language=language))["invitation", "carer"].data)
    assert "Sandra and Jim's house" not in text
    said = catalog(language, "consult").gettext(WHERE_YOURS["house"])
    # Said to the two of them in the plural where the language has a form for it (Polish "Państwa";
    # its consult.po form is for one reader of unknown gender: blind review 26, finding 19).
    plural = catalog(language, "gendered_consult").pgettext("person:plural", WHERE_YOURS["house"])
    said = plural if plural != WHERE_YOURS["house"] else said
    assert said != WHERE_YOURS["house"] and said in text
