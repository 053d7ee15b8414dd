"""A copy's words for its last look, read line by line and each line's kept (withholding._Folded),
are those the whole text gives: the same words, pairs and names, in the same order, whatever the
lines hold (hidden characters, words of another script split over two lines, addresses, titles).

The whole-text reading here is the one the checks used before they read line by line."""

from __future__ import annotations

import pytest

from recordgen.rules import withholding as w


def _whole_cased(f: w._Folded):
    removed = w._words_and_tokens(f.cased_text)[1]
    return removed, w._folded_words(f.text, " ", casefold=False)[1] if f.hidden else removed


def _whole_distinct(f: w._Folded):
    kinds = tuple(dict.fromkeys(_whole_cased(f)))
    words = dict.fromkeys(x for ws in kinds for x in ws if len(x) > 2 or (len(x) == 2 and not x.isascii()))
    found = tuple((x, x.casefold(), w.romanised_consonants(x.casefold())) for x in words)
    keys = {x: key for x, _, key in found if key}
    pairs = {}
    for ws in kinds if keys else ():
        for one, two in zip(ws, ws[1:]):
            if one in keys and two in keys and w.script_of(one) == w.script_of(two):
                pair = f"{one} {two}"
                pairs[pair] = (pair, pair.casefold(), keys[one] + keys[two])
    return found + tuple(pairs.values())


def _whole_after_title(f: w._Folded):
    titles = w._titles_folded()
    kinds = tuple(dict.fromkeys(_whole_cased(f)))
    return frozenset(x.casefold() for ws in kinds for before, x in zip(ws, ws[1:])
                     if before.casefold() in titles and not x.isascii()) | w._capitalised(f.cased_text)


def _whole_name_cased(f: w._Folded):
    addresses = w._EMAIL.findall(f.cased_text) + w._WEB.findall(f.cased_text)
    in_email = {part for address in addresses for part in w._EMAIL_SEPARATORS.split(address)}
    return tuple(tuple(x.casefold() if x[:1].isupper() or x in in_email else "\0" + x for x in ws)
                 for ws in _whole_cased(f))


TEXTS = [
    "مسز\nٹاڈ آج آئیں\n\nاوک فیلڈ میں\u200e رہتے ہیں",            # a title and a pair across line breaks
    "Bev and Carl\u200b Thornbury\nمسٹر اور مسز\u200f ٹاڈ\nبرکن\nفولڈ",  # hidden characters: two kinds of words
    "\n\nMrs Оукфілд\nТодд сказав, що\n\u200eРадд каже\n",            # Cyrillic names, empty lines at both ends
    "Write to dale.hopkirk@gmail.com\u200b\nor Dale at www.hopkirk-family.co.uk\nhopkirk said so",
    "one line, no break \u200b at all",
    "اوک\u200b\nفیلڈ\n" * 3,
]


@pytest.mark.parametrize("text", TEXTS)
def test_line_by_line_is_the_whole_text(text):
    for _ in range(2):  # the second time from what each line kept
        f = w._Folded.of(text)
        assert f.cased == _whole_cased(f)
        assert f.distinct == _whole_distinct(f)
        assert f.after_title == _whole_after_title(f)
        assert f.name_cased == _whole_name_cased(f)
        assert f.hidden == any(w._is_invisible(c) for c in text)


def test_pairs_and_titles_across_a_line_break_are_read():
    f = w._Folded.of("مسز\nٹاڈ\n\nاوک\nفیلڈ")
    assert "ٹاڈ" in f.after_title
    assert "اوک فیلڈ" in {word for word, _, _ in f.distinct}
