"""Blind review 25, finding 2 (task item 5): where the only passage still in English is the
carers' place ("Riverside supported lodgings"), the notice said "Some parts ... Each one is
marked" in Arabic, Polish, Pashto and Tigrinya: the place is in the copy's context twice (the
home's sentence and its name), and was counted twice. It is one part. Renders real copies, with
every other item translated in the record's translations file."""

from __future__ import annotations

import hashlib

import pytest
from ruamel.yaml import YAML

from recordgen import api
from recordgen.i18n import gettext_functions
from recordgen.translation.items import translatable_items

from recordfiles import SAM, docx_text, write_record

PLACE = "Riverside supported lodgings"


@pytest.mark.parametrize("language", ["ar", "pl", "ps", "ti", "ur", "ro"])
def test_the_carers_place_alone_is_one_part(tmp_path, language):
    def at_a_place(data):
        data["placement"]["carers"] = PLACE
        data["child"]["language"] = language
        for recipient in data["distribution"]:
            if recipient["role"] == "child":
                recipient["language"] = language
    path = write_record(tmp_path, at_a_place, name="record.yaml")
    record = api.load_record(path).record
    entries = {}
    for item in translatable_items(record, language):
        if item.path == "placement.carers":
            continue
        entries[item.path] = {"source_sha256": hashlib.sha256(item.text.encode("utf-8")).hexdigest(),
                              "source": item.text, "translation": f"«{language}» {item.path}",
                              "imported_from": "hand.xlf", "imported_at": "2026-12-07T10:00:00+00:00"}
    yaml = YAML(typ="safe", pure=True)
    with (tmp_path / "record.translations.yaml").open("w", encoding="utf-8") as handle:
        yaml.dump({"format": "recordgen-translations/1", "record": "record.yaml", "note": "test",
                   "languages": {language: entries}}, handle)
    loaded = api.load_record(path)
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    text = docx_text(copy.data)
    assert PLACE in text
    ngettext = gettext_functions(language)[1]
    one = ngettext("One part of this record is still in English. It is marked like this: %(marker)s. "
                   "Its translation will follow.",
                   "Some parts of this record are still in English. Each one is marked like this: %(marker)s. "
                   "Their translation will follow.", 1, marker="\0").split("\0")[0]
    assert one in text
