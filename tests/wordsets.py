"""Labelled sentences for measuring the language check (language_corpus.yaml,
child_words_corpus.yaml, blind_child_words.yaml, blind_child_words_2.yaml): loaded, and each
checked as one item of a record written to its child."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

#: The child of a set that names none: the sentences are written to 'you', so only the names matter.
_ANYONE = {"name": "Kayla Brown", "known_as": "Kay", "pronouns": "she/her"}


class WordSet:
    def __init__(self, name: str):
        self.data = data = YAML(typ="safe").load(Path(__file__).with_name(name).read_text(encoding="utf-8"))
        self.entries = data.get("entries", [])
        children = data.get("children") or {"kay": _ANYONE}
        self.children = {key: ChildWords.of(c["name"], c.get("known_as"), c.get("pronouns"))
                         for key, c in children.items()}

    def notes(self, entry):
        child = self.children[entry.get("child", "kay")]
        # As in a record: the child's names are names of the record, never hard words.
        names = frozenset(w.lower() for n in child.names for w in n.split())
        return check_text(entry["text"], field=entry.get("field", "item"), band=entry.get("band", "teen"),
                          child=child, names=names)


def caught(notes, word: str | None = None, system_words: bool = True, text: str | None = None) -> bool:
    """Whether the notes point a planted hard word out (the word itself, when the set names it): as
    a hard word, or as a system word, which is told to be said plainly too ('reunification'). Given
    the sentence, a note whose marked words overlap the planted word's points it out too ('statutory
    visits', a system word, for a planted 'statutory')."""
    kinds = {FindingKind.reading_level} | ({FindingKind.system_word} if system_words else set())
    found = [n for n in notes if n.kind in kinds]
    if word is None:
        return bool(found)
    if any((n.word or "").lower() == word.lower() for n in found):
        return True
    places = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text or "", re.IGNORECASE)]
    return any(a < end and start < b for n in found for a, b in n.spans for start, end in places)
