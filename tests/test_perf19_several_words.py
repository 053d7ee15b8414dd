"""A copy's text is folded word by word once for all the confidential names of several words it is
compared with, not once for each (blind review 33's Urdu check, leaks43, had right-to-left copies
cost twice what they did: each name folded every word of every paragraph again)."""

from __future__ import annotations

from recordgen.record.model import Role
from recordgen.rules import withholding


def _names(count: int) -> list[withholding.Secret]:
    streets = ["Cavendish Mews", "Heronsgate Close", "Kingfisher Way", "Larkspur Gardens", "Tregothnan Road",
               "Ashworth Lane", "Foxglove Court", "Whitmoor Rise"]
    return [withholding.Secret(text=street, what="address", loc=("placement", "address"),
                               hidden_from=frozenset({Role.parent}), strict=True) for street in streets[:count]]


def _folds(monkeypatch, secrets, text: str) -> list[list]:
    calls = []
    real = withholding.fold

    def counting(value, *args, **kwargs):
        calls.append(value)
        return real(value, *args, **kwargs)

    monkeypatch.setattr(withholding, "fold", counting)
    found = withholding.found_in(text, secrets, cache=False, language="ur")
    return calls, found


def test_the_text_is_folded_once_for_every_name(monkeypatch):
    text = "آپ اپنی خالہ کے گھر میں اچھی طرح رچ بس گئی ہیں اور اپنی کزن کے ساتھ ایک کمرے میں رہتی ہیں۔ " * 3
    words = len(withholding._WORD.findall(text))
    one, _ = _folds(monkeypatch, _names(1), text)
    if hasattr(withholding, "_folded_words_of"):  # a secret's words are kept folded: count the text's alone
        withholding._folded_words_of.cache_clear()
    eight, _ = _folds(monkeypatch, _names(8), text)
    assert sum(call in text.split() for call in eight) <= words  # each word of the text once
    assert len(eight) < len(one) + 8 * words


def test_a_name_said_in_urdu_letters_is_still_found(monkeypatch):
    text = "میں کیونڈش میوز پر خالہ کے گھر محفوظ محسوس کرتی ہوں۔"
    _calls, found = _folds(monkeypatch, _names(8), text)
    assert [s.text for s in found] == ["Cavendish Mews"]
