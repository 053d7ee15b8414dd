"""Labelled sentences for measuring the language check (language_corpus.yaml,
child_words_corpus.yaml, blind_child_words.yaml): loaded, and each checked as one item
of a record written to its child."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from recordgen.wording import ChildWords, check_text


class WordSet:
    def __init__(self, name: str):
        data = YAML(typ="safe").load(Path(__file__).with_name(name).read_text(encoding="utf-8"))
        self.entries = data["entries"]
        self.children = {key: ChildWords.of(c["name"], c.get("known_as"), c.get("pronouns"))
                         for key, c in data["children"].items()}

    def notes(self, entry):
        child = self.children[entry.get("child", "kay")]
        # As in a record: the child's names are names of the record, never hard words.
        names = frozenset(w.lower() for n in child.names for w in n.split())
        return check_text(entry["text"], field=entry.get("field", "item"), band=entry.get("band", "teen"),
                          child=child, names=names)
