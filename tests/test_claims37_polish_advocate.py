"""Polish: every sentence and the who-came label call an advocate "osoba wspierająca", but what an
advocate is, in the early and young bands' words (and so the under-4 invitation, which takes them),
said "Rzecznik": one term in the child's copy and papers."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from recordfiles import docx_text
from test_claims import render, sam
from test_consult import documents, planned

POLISH = Path(__file__).resolve().parent.parent / "locales" / "pl" / "LC_MESSAGES"


@pytest.mark.parametrize("domain", ["messages", "gendered", "consult", "gendered_consult", "mail"])
def test_no_polish_catalog_calls_an_advocate_rzecznik(domain):
    path = POLISH / f"{domain}.po"
    if not path.is_file():
        pytest.skip("no such catalog")
    with path.open("rb") as handle:
        found = [message.string for message in read_po(handle)
                 if isinstance(message.string, str) and "rzecznik" in message.string.casefold()]
    assert not found


@pytest.mark.parametrize("band", ["early", "young"])
def test_a_polish_young_childs_copy_uses_one_word_for_an_advocate(band):
    text, _ = render(sam(lambda d: d["child"].update(reading_level=band)), "child", language="pl")
    assert "Osoba wspierająca to dorosły" in text and "zecznik" not in text


def test_a_polish_invitation_for_a_child_under_four_uses_it_too():
    data = planned("early")
    data["child"]["date_of_birth"] = "2023-02-28"
    for recipient in data["distribution"]:
        recipient["language"] = "pl"
    child = docx_text(documents(data)[("invitation", "child")].data)
    assert "Osoba wspierająca to dorosły" in child and "zecznik" not in child
