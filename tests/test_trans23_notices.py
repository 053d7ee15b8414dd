"""Session 23, 1: the review-cycle papers (invitations and booklets) said "Some parts ... are still in
English" over one part as over several. Like a copy's notice, theirs counts the parts the paper marks,
in the reader's number forms (each language's Plural-Forms). Each test makes the real .docx and reads
it back. The feedback part has no notice of its own: it is a part of the copy, under the copy's."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions
from recordgen.rendering import consult

from recordfiles import docx_text
from test_consult import _translated, planned, write_yaml

LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")

LETTER = ("One part of this letter is still in English. It is marked like this: %(marker)s. "
          "Its translation will follow.",
          "Some parts of this letter are still in English. Each one is marked like this: %(marker)s. "
          "Their translation will follow.")
BOOKLET = ("One part of this booklet is still in English. It is marked like this: %(marker)s. "
           "Its translation will follow.",
           "Some parts of this booklet are still in English. Each one is marked like this: %(marker)s. "
           "Their translation will follow.")


def _paper(path: Path, role: str, kind: str) -> str:
    loaded = api.load_record(path)
    return docx_text(consult.ConsultRenderer().render(loaded, api.recipient_for(loaded.record, role), kind).data)


def _clean(text: str) -> str:
    return text.replace("\u200e", "").replace("\u200f", "")


def _expects(language: str, messages: tuple[str, str], parts: int) -> tuple[str, str]:
    """The notice for ``parts`` parts in ``language``, and the one for a number in another form."""
    _, ngettext = gettext_functions(language)
    marker = _("[in English: %(text)s]", text="…")
    right = ngettext(*messages, parts, marker=marker)
    wrong = ngettext(*messages, 2 if parts == 1 else 1, marker=marker)
    assert right != messages[parts != 1] % {"marker": marker}, f"{language}: no draft"
    return _clean(right), _clean(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation_with_one_part_in_english_says_one_part(tmp_path, language):
    data = planned("teen")
    data["distribution"][1]["language"] = language
    path = write_yaml(tmp_path / "planned.yaml", data)
    # The partner's role translated: the venue alone is in English.
    _translated(path, language, {"review.attendees.4.role": ("mum's partner", "X-partner")})
    text = _clean(_paper(path, "parent", "invitation"))
    one, several = _expects(language, LETTER, 1)
    assert one in text, text
    assert several not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation_with_two_parts_in_english_says_some_parts(tmp_path, language):
    data = planned("teen")
    data["distribution"][1]["language"] = language
    path = write_yaml(tmp_path / "planned.yaml", data)
    text = _clean(_paper(path, "parent", "invitation"))
    several, one = _expects(language, LETTER, 2)
    assert several in text, text
    assert one not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_booklet_naming_one_english_home_says_one_part(tmp_path, language):
    data = planned("teen")
    home = "Meadowbank children's home"
    data["placement"]["carers"] = home
    data["review"]["attendees"][2] = {"name": home, "role": "carer"}
    data["distribution"][2] = {"role": "carer", "name": home, "language": language}
    path = write_yaml(tmp_path / "planned.yaml", data)
    text = _clean(_paper(path, "carer", "booklet"))
    one, several = _expects(language, BOOKLET, 1)
    assert one in text, text
    assert several not in text
