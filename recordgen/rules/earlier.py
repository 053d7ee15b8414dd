"""What an earlier review of the same child withheld, said again without withholding.

The usual way to write a review is to start from the last record and edit it: a sentence the last
review withheld from parents ("Mum shouted at me on the phone.", ``withhold_from: [parent]``) is copied
with its words and without its ``withhold_from``, or a child's booklet answer repeats what they asked
to be kept from a parent last time ("I don't want him to know where I live" after "I don't want my dad
to know where I live."). When the earlier record is at hand (among the files `validate` is given, or in
the record's folder for `consult import`), each text of the later record that a reader of the earlier
withheld item sees is compared with it: the same words (folded), or most of the same distinctive words
(``paraphrase.retold``, the paraphrase check's rule), is a repeat. A warning, as the IRO may have decided
that the reader may now know.

Also the child's own words that ask for their home to be kept from someone ("I don't want him to know
where I live": ``KEEP_HOME_FROM``): `consult import` imports such an answer withheld from parent.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Iterable, Iterator

from ..record.model import ITEM_SECTIONS, Record, Role
from .withholding import fold
from ..support import regexes

#: A parent, as a child writes one.
_PARENT = r"(?:dad|daddy|father|step-?dad|mum|mummy|mam|mom|mother|step-?mum|parents?)"

#: The child's words asking that someone not know (or find) where they live: "I don't want him to know
#: where I live", "Dad must never find out where I am", "please don't tell mum my address", "I don't want
#: my dad to find me", "I'm scared Dad will come to my house".
KEEP_HOME_FROM = regexes.compile(
    r"\b(?:don'?t|do\s+not|dont|never|not|doesn'?t|mustn'?t|must\s+not|won'?t|shouldn'?t)\b[^.!?]{0,60}?"
    r"\b(?:know|find(?:\s+out)?|see|tell|told|find\s+me)\b[^.!?]{0,30}?"
    r"\b(?:where\s+(?:i|we)\s+(?:live|am\s+living|am|stay|am\s+staying|go\s+to\s+school)|my\s+(?:address|house|home|school))\b"
    # Not wanting a parent (or "him") to find them is the same wish, said without the home.
    r"|\b(?:don'?t|do\s+not|dont|never|not|mustn'?t|must\s+not|won'?t)\b[^.!?]{0,40}?"
    rf"\b(?:{_PARENT}|him|her|them|he|she)\b[^.!?]{{0,20}}?\bfind\s+(?:me|us)\b"
    # Afraid a parent will come to the home or the school.
    r"|\b(?:scared|afraid|frightened|worried|worry|worries|fear)\b[^.!?]{0,30}?"
    rf"\b(?:{_PARENT}|he|she)\b[^.!?]{{0,25}}?\b(?:come|comes|turn\s+up|turns\s+up|find|finds)\b[^.!?]{{0,15}}?"
    r"\b(?:my\s+(?:house|home|school|address)|where\s+(?:i|we)\s+(?:live|am|stay))\b",
    re.IGNORECASE)

#: A school event a parent is welcome at: "Dad came to my school play" says nothing of where it is.
_SCHOOL = (r"(?:the\s+|my\s+|our\s+)?(?:new\s+)?school\b(?!\s+(?:play|plays|concert|assembly|show|disco|fair|"
           r"fete|trip|sports|nativity|photos?|report|parents'?\s+evening))")

#: A child's answer that speaks of a parent at or near their school ("Dad came to my school again", "I saw
#: dad by the school"), or of a parent knowing where the school or home is ("dad knows where my school is
#: now"): with a confidential placement, it confirms to that parent what the placement keeps from them.
PARENT_AT_SCHOOL = regexes.compile(
    rf"\b{_PARENT}\b[^.!?]{{0,20}}?"
    r"\b(?:came|come|comes|coming|turned\s+up|turns\s+up|waited|waits|waiting|was\s+at|is\s+at|outside|found"
    r"|(?:was|is|were|stood|standing|waiting|hanging\s+(?:a)?round)\s+(?:by|near|outside|round|around|behind|opposite))\b"
    rf"[^.!?]{{0,20}}?{_SCHOOL}"
    rf"|\b(?:saw|seen|see|spotted|noticed)\b[^.!?]{{0,10}}?\b{_PARENT}\b[^.!?]{{0,20}}?"
    rf"\b(?:by|near|outside|at|round|around|behind|opposite|next\s+to|in\s+front\s+of|across\s+from)\s+{_SCHOOL}"
    rf"|\b{_PARENT}\b[^.!?]{{0,20}}?\b(?:knows?|knew|found\s+out|has\s+found|worked\s+out)\b[^.!?]{{0,10}}?"
    r"\b(?:where|which)\b[^.!?]{0,25}?\b(?:school|live|living|stay|staying|house|home)\b",
    re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Repeat:
    """A text of the later record (``loc``) that repeats an item the earlier record withheld from
    ``roles`` (those of them the later text reaches)."""

    loc: tuple
    earlier: Record
    earlier_file: str
    earlier_loc: tuple
    roles: tuple[Role, ...]


def withheld_items(record: Record) -> list[tuple[tuple, str, frozenset[Role]]]:
    """(where, text, kept from) of each item and action the record withholds from someone."""
    found = [((section, i), item.text, frozenset(item.withhold_from))
             for section in ITEM_SECTIONS for i, item in enumerate(getattr(record, section)) if item.withhold_from]
    found += [(("actions", i, "what"), action.what, frozenset(action.withhold_from))
              for i, action in enumerate(record.actions) if action.withhold_from]
    return found


def repeats(withheld: str, shown: str) -> bool:
    """Does ``shown`` say what ``withheld`` said: the same words (folded, punctuation aside), or most
    of its distinctive words (``paraphrase.retold``)?"""
    from .paraphrase import MIN_SHARED, content_words, retold

    def bare(text: str) -> str:
        return " ".join(re.findall(r"[^\W_]+", fold(text)))

    if bare(withheld) and bare(withheld) == bare(shown):
        return True
    words = content_words(withheld)
    return len(words) >= MIN_SHARED and retold(words, content_words(shown))


def earlier_repeats(record: Record, earlier: Iterable[tuple[str, Record]]) -> Iterator[Repeat]:
    """Each item, view and action of ``record`` that repeats an item an earlier review of the same child
    (``earlier``: (file, record), any order; those of other children or not before are passed over)
    withheld from a role ``record`` still sends a copy to, and that ``record`` does not withhold from it.
    The latest earlier review first, one repeat per text."""
    readers = {recipient.role for recipient in record.distribution}
    before = sorted(((file, other) for file, other in earlier
                     if other.child.id == record.child.id and other.review.date < record.review.date),
                    key=lambda pair: pair[1].review.date, reverse=True)
    if not before:
        return
    shown = [((section, i), item.text, frozenset(item.withhold_from))
             for section in ITEM_SECTIONS for i, item in enumerate(getattr(record, section))]
    shown += [(("actions", i, "what"), action.what, frozenset(action.withhold_from))
              for i, action in enumerate(record.actions)]
    for loc, text, kept in shown:
        for file, other in before:
            hit = next(((where, roles) for where, old, roles in withheld_items(other)
                        if (roles - kept) & readers and repeats(old, text)), None)
            if hit is not None:
                roles = tuple(sorted((hit[1] - kept) & readers, key=lambda role: role.value))
                yield Repeat(loc, other, file, hit[0], roles)
                break


def records_in_folder(path: str | Path, child_id: str) -> list[tuple[str, Record]]:
    """The records beside ``path`` (its folder's .yaml, .yml and .json) of the child ``child_id``,
    ``path`` itself left out; a file that does not name the child or does not load is passed over."""
    from ..record.loading import load_record

    path = Path(path)
    found = []
    for other in sorted(path.parent.iterdir()) if path.parent.is_dir() else []:
        if other.suffix.lower() not in (".yaml", ".yml", ".json") or other.resolve() == path.resolve():
            continue
        try:
            if child_id.encode("utf-8") not in other.read_bytes():
                continue  # cheap: most files are other children's
            found.append((str(other), load_record(other).record))
        except Exception:   # another kind of file, or a record with errors of its own: not read
            continue
    return found


def names_the_placement(record: Record, text: str):
    """The part of the confidential placement (school, address, carers' family name...) a text names,
    as a ``Secret``, or None (``withholding.placement_secrets``)."""
    from .withholding import placement_secrets, shows

    return next((secret for secret in placement_secrets(record.placement) if shows(text, secret)), None)


def by_a_parent(record: Record, by: str) -> bool:
    """Is a consultation note's ``by`` ("Darren Marsh (parent)") a parent's, or that of someone sent a
    parent's copy?"""
    name, _, role = by.rpartition(" (")
    if role.rstrip(")").strip().casefold() == "parent":
        return True
    name = (name or by).strip().casefold()
    return any(r.name.strip().casefold() == name and Role.parent in r.kept_as for r in record.distribution)


def parent_knows_message(by: str, secret) -> str:
    """The warning for a parent's booklet answer that names a part of the confidential placement."""
    what = {"school": "the school", "address": "the address"}.get(secret.loc[-1] if secret.loc else "", "a part")
    kept = (f"{what} kept from parents" if what != "a part"
            else f"a part of the placement ({secret.part_of or secret.what}) kept from parents")
    return (f"{by}'s booklet names '{secret.text}', {kept} because the placement is confidential: they may "
            "know where the child is, so the placement may no longer be confidential; tell the child's social "
            "worker")
