"""An item withheld from a reader told again in other words in an item that reader sees.

Withholding (``withholding.leaks``) finds a withheld item repeated whole, word for word. A
paraphrase ("Mum is moving to Leeds", withheld from parent; "Your mum will move to Leeds
soon", shared) cannot be proved, so validate only warns the IRO to read the two: when a shared
item has most of the withheld item's distinctive words, compared by their lemmas ("moving" is
"move"), leaving out function words, words any review uses (``STOP_WORDS``) and the child's names,
and weighing each by how rare it is. Measured with tools/measure_paraphrase.py (README "What
validation checks"): no warning on the examples' and the blind corpus's records.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..record.model import ITEM_SECTIONS, Record, Role
from ..support import lexicon
from .withholding import Secret, shows

#: Function words and the words of any review: they say nothing of what an item is about.
STOP_WORDS = frozenset("""
    a an the and or but if so as at by for from in into of off on onto out over to up with without about
    after again against all also am any are be been before being below between both can could did do
    does doing done down during each few had has have having he her here hers herself him himself his
    how i is it its itself just let me more most my myself no nor not now only other our ours ourselves
    own same she should some such than that their theirs them themselves then there these they this
    those through too under until very was we were what when where which while who whom why will would
    you your yours yourself yourselves one two get got go going ask asked asks make made say said says
    tell told want wants like likes well still back really lot lots much many way thing things time
    times day days week weeks month months year years today next last new good feel feels felt think
    thinks thought know knows need needs shall may might must us o ok okay yes mum mam mom mother dad
    father parent parents carer carers family social worker iro school home review meeting plan
""".split())

#: A shared item must have this many of a withheld item's distinctive words to warn: two ("Leeds",
#: "move") already say what the item said; one word ("Leeds") is a coincidence.
MIN_SHARED = 2
#: ... weighing together at least this much (``weight``): "Leeds" and "moving", 5; not "see" and
#: "every", 2.1, which many items share.
MIN_WEIGHT = 4.0
#: ... and more than this share of the withheld item's words by weight: most of what it said.
#: "HMP Fenwold" weighs more than "video call".
MOST = 0.6
#: A word's weight is this less its Zipf frequency (wordfreq, English): "Fenwold" 7, "Leeds" 3,
#: "video" 2.2, "call" 1.7; a word as common as "the" (Zipf 7) weighs nothing.
RAREST = 7.0

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@functools.lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    """The word and each lemma lemminflect gives it ("moving": "moving", "move")."""
    return frozenset({word}).union(*(set(forms) for forms in lexicon.lemmas(word).values()))


@functools.lru_cache(maxsize=4096)
def weight(word: str) -> float:
    return max(0.0, RAREST - lexicon.zipf(word, "en"))


def content_words(text: str, left_out: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """The distinctive words of ``text``, each with its lemmas: no function word, none of ``left_out``
    (the child's names), none shorter than three letters."""
    found: dict[str, frozenset[str]] = {}
    for word in _WORD.findall(text):
        word = re.sub(r"['’]s$", "", word.casefold())
        if len(word) < 3 or word in found or word in STOP_WORDS or word in left_out:
            continue
        lemmas = _lemmas(word)
        if lemmas & STOP_WORDS:
            continue  # "said", "told", "moms"
        found[word] = lemmas
    return found


def retold(withheld: dict[str, frozenset[str]], shown: dict[str, frozenset[str]]) -> bool:
    """Does a shown text hold most of a withheld item's words (``MIN_SHARED``, ``MIN_WEIGHT``,
    ``MOST``), each matched by any lemma?"""
    shared = [word for word, lemmas in withheld.items() if any(lemmas & other for other in shown.values())]
    if len(shared) < MIN_SHARED:
        return False
    weighed = sum(map(weight, shared))
    return weighed >= MIN_WEIGHT and weighed > MOST * sum(map(weight, withheld))


def child_names(record: Record) -> frozenset[str]:
    names = [record.child.name, record.child.known_as or ""]
    return frozenset(word.casefold() for name in names for word in _WORD.findall(name))


def paraphrases(record: Record) -> Iterator[tuple[tuple, tuple, list[Role]]]:
    """``(shown item, withheld item, who reads one and not the other)`` for each shared text that
    retells most of a withheld item; roles are those a copy goes to."""
    readers = {recipient.role for recipient in record.distribution}
    left_out = child_names(record)
    withheld = [((section, i), item.text, frozenset(item.withhold_from))
                for section in ITEM_SECTIONS for i, item in enumerate(getattr(record, section)) if item.withhold_from]
    withheld += [(("actions", i, "what"), action.what, frozenset(action.withhold_from))
                 for i, action in enumerate(record.actions) if action.withhold_from]
    if not withheld:
        return
    shown = [(loc, text, content_words(text, left_out), kept) for loc, text, kept in record.free_texts()
             if loc[-1:] != ("role",) and loc[-1:] != ("who",)]
    for loc, text, kept_from in withheld:
        words = content_words(text, left_out)
        if len(words) < MIN_SHARED:
            continue
        secret = Secret(text, "withheld item", loc, kept_from, strict=False)
        for other, other_text, other_words, other_kept in shown:
            exposed = sorted((kept_from - other_kept) & readers, key=lambda role: role.value)
            if (exposed and other[:2] != loc[:2] and retold(words, other_words)
                    and not shows(other_text, secret)):  # word for word: validate's error says so
                yield other, loc, exposed
