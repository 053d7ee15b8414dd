"""Ukrainian: who came called the advocate "особа, яка допомагає висловити думку", about 50 sentences
"представник": a child could not tell they were the same person. The label now names the
sentences' word too, still in the "особа, яка ..." words that need no gender and say what an
advocate does (test_role_words.py::test_ukrainian_roles_of_unknown_gender_are_one_style_of_words)."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

from test_claims import render, sam

#: The word every sentence of the Ukrainian catalogs uses for an advocate.
TERM = "представник"
MESSAGES = Path(__file__).resolve().parent.parent / "locales" / "uk" / "LC_MESSAGES" / "messages.po"


def test_the_advocates_label_uses_the_sentences_word_and_still_says_what_they_do():
    with MESSAGES.open("rb") as handle:
        catalog = read_po(handle)
    label = catalog.get("advocate").string
    assert TERM in label and "допомагає висловити думку" in label, label
    assert re.fullmatch(r"особа, яка [^,()]+", label), label
    assert catalog.get("You have an advocate.").string.startswith("У тебе є " + TERM)


def test_a_ukrainian_childs_copy_calls_the_advocate_who_came_what_its_sentences_do():
    def change(data):
        data["review"]["attendees"].append({"name": "Nia Evans", "role": "advocate"})
        data["rights"]["advocate"] = "has_one"
    text, _ = render(sam(change), "child", language="uk")
    came = re.search(r"Nia Evans \(([^()]*)\)", text)
    assert came and TERM in came.group(1), came
    assert "(представник)" not in text  # no masculine noun for someone whose gender the record does not give
    assert "У тебе є представник" in text
