"""Session 17 (words16): the orders a court makes about a child, named by what they are about ('care order',
'supervision order', 'referral order'), are legal terms to keep and explain, as 'placement order' and 'contact
order' were (issue 17, item 14). Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _system_words(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]


@pytest.mark.parametrize("band, text, word", [
    ("early", "The judge made a supervision order last month.", "supervision order"),
    ("young", "You live with Gran under a residence order.", "residence order"),
    ("teen", "You have a referral order for six months.", "referral order"),
    ("middle", "Dad has a non-molestation order, so he cannot come here.", "non-molestation order"),
    ("teen", "The court made an interim care order in May.", "interim care order"),
])
def test_a_court_order_is_a_legal_term(band, text, word):
    assert word in _system_words(text, band)


@pytest.mark.parametrize("band, text", [
    ("middle", "You put your cards in order of size."),
    ("teen", "You took the order at the café on Saturday."),
    ("young", "You lined up in order for lunch."),
])
def test_order_in_everyday_use_is_not(band, text):
    assert _system_words(text, band) == []
