"""A name that the items withheld from a reader keep to themselves, named in an item that reader sees.

Every item about Tia is withheld from parent, but the child's own words, shared, say "I don't want
my dad knowing anything about Tia.": the parents learn there is a Tia. Withholding (``withholding``)
finds a withheld item repeated whole, and ``paraphrase`` one retold in most of its words; a single
name is neither. So validate warns, at the shared item, when a name (a capitalised word that is no one
the record lists: not the child, who came, who is sent a copy, the chair or the carers) is named in
an item withheld from a reader who is sent a copy and in only one item that reader sees, or in fewer
items they see than are kept from them: the IRO chose to keep it, mostly, from them. A name the
reader's items give as often as the withheld ones, or more (a brother, "Tyler", in two shared items
and two withheld), is theirs to read. Measured with
tools/measure_names_shown.py (README "What validation checks").
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import Iterator

from ..record.model import Record, Role
from ..record.roles import KNOWN_ROLES, PARENT_ROLES
from ..support import lexicon
from .people import names_given
from ..support import regexes

#: A word as written, letters only (an apostrophe's "'s" is read off it).
_WORD = regexes.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Capitalised words that name no one: days, months, family and role words ("Mum", "Nanny"), titles.
_NOT_NAMES = frozenset(
    {w.casefold() for w in (*calendar.day_name, *calendar.month_name) if w}
    | {w for role in (*KNOWN_ROLES, *PARENT_ROLES) for w in role.split()}
    | {"i", "mr", "mrs", "ms", "miss", "mx", "dr", "nanny", "grandma", "grandad", "granny", "mummy", "daddy",
       "christmas", "eve", "boxing", "new", "year", "easter", "eid", "diwali", "ramadan", "english", "iro", "you",
       "your"})


def _starts_sentence(text: str, at: int) -> bool:
    """Whether a word at ``at`` starts a sentence, where a capital may be any word ("Ask the school",
    "The plan"): the text's start, or after ". " (or ! ? : ;), an opening quote or bracket, a new line.
    Read back from ``at`` over the spaces only (a search of all the text before each word was quadratic)."""
    if at == 0:
        return True
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    spaces = text[k + 1:at]
    return "\n" in spaces or k >= 0 and (text[k] in "\"“‘(" or bool(spaces) and text[k] in ".!?:;")


#: An everyday word (wordfreq Zipf) beside another capitalised one names a body or a scheme, not a person
#: ("Home Office", "Staying Put", the "House" of "Hollins House").
EVERYDAY = 4.0


@functools.lru_cache(maxsize=4096)
def _capitalised(text: str) -> tuple[tuple[str, bool], ...]:
    """Each capitalised word of ``text`` ("Tia", "Tia's" as "Tia"), and whether it starts a sentence."""
    return tuple(_each_capitalised(text))


def _each_capitalised(text: str) -> Iterator[tuple[str, bool]]:
    matches = list(_WORD.finditer(text))
    for i, match in enumerate(matches):
        word = re.sub(r"['’]s$", "", match.group())
        if not (len(word) > 1 and word.replace("-", "").isalpha() and word[0].isupper() and word[1:].islower()
                and word.casefold() not in _NOT_NAMES):  # not "I'm"
            continue
        beside = [m for m in (matches[i - 1] if i else None, matches[i + 1] if i + 1 < len(matches) else None)
                  if m and m.group()[0].isupper()
                  and not text[min(m.end(), match.end()):max(m.start(), match.start())].strip()]
        if beside and lexicon.zipf(word.casefold(), "en") >= EVERYDAY:
            continue
        yield word, _starts_sentence(text, match.start())


def _names(text: str, names: set[str]) -> set[str]:
    """The words of ``text`` that are ``names``."""
    return {word for word, _start in _capitalised(text)} & names


def _people(record: Record) -> set[str]:
    """The words of every name the record lists, and of a home named as the carers ("Hollins House")."""
    return {w for name in [*names_given(record), record.placement.carers] for w in _WORD.findall(name)}


def _item(loc: tuple) -> tuple:
    """An item's place: an action's who and what are one item, as are an attendee's role and words."""
    return tuple(loc[:3]) if loc[0] == "review" else tuple(loc[:2])


def names_shown(record: Record) -> Iterator[tuple[tuple, str, tuple, int, list[Role]]]:
    """``(shown text, name, first withheld item naming it, how many withheld items name it, readers)``
    for each text a reader sees that names what the items withheld from them mostly keep."""
    readers = {role for recipient in record.distribution for role in recipient.kept_as}
    people = _people(record)
    # A name is written with its capital inside a sentence somewhere in the record.
    named = {word for _loc, text, _withheld in record.free_texts() for word, start in _capitalised(text)
             if not start} - people
    texts = [(loc, _names(text, named), withheld) for loc, text, withheld in record.free_texts()]
    found: dict[tuple, tuple[str, tuple, int, list[Role]]] = {}
    for reader in sorted(readers, key=lambda role: role.value):
        held: dict[str, list[tuple]] = {}
        seen: dict[str, list[tuple]] = {}
        for loc, names, withheld in texts:
            for name in names:
                places = held if reader in withheld else seen
                if _item(loc) not in places.setdefault(name, []):
                    places[name].append(_item(loc))
        for name, withheld_items in held.items():
            shown = [loc for loc, names, withheld in texts if name in names and reader not in withheld]
            shown_items = seen.get(name, [])
            # Named in one item the reader sees, or in fewer than those kept from them.
            if not shown or (len(shown_items) > 1 and len(shown_items) >= len(withheld_items)):
                continue
            for loc in shown:
                key = (loc, name)
                if key in found:
                    found[key][3].append(reader)
                else:
                    found[key] = (name, withheld_items[0], len(withheld_items), [reader])
    for (loc, _name), (name, first, count, roles) in found.items():
        yield loc, name, first, count, roles


__all__ = ["names_shown"]
