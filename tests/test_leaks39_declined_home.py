"""Blind review 30, finding 1: a Polish translation declining the confidential home's name without an
apostrophe ("opiekunowie w Foxglovie", the ordinary locative of a name ending in a silent -e), or writing
it in small letters ("w domu foxglove"), passed `translate import`, validate and render into the father's
copy. In a language whose nouns take case endings, a name's silent -e is now replaced by an ending too,
and a name that is no everyday word of the language counts in small letters, outside an English sentence."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner
from translate.storage import xliff as toolkit_xliff

from recordgen.cli import main_group
from recordgen.i18n.names import names_rewritten, record_names
from recordgen.record.loading import load_record
from recordgen.rules.withholding import translation_leaks

from recordfiles import write_data
from test_leaks33_kinship import JADE

SENTENCE = "You have not gone missing once since the summer, and the staff say you come home on time."
LEAK = "Od lata ani razu nie zaginąłeś, a opiekunowie w Foxglovie mówią, że wracasz do domu na czas."


def _kacper(tmp_path):
    data = copy.deepcopy(JADE)
    data["child"].update(id="WS-40877", name="Kacper Wiśniewski", known_as="Kacper", pronouns="he/him")
    data["placement"] = {"carers": "Foxglove House children's home", "address": "9 Kestrel Lane, Westbury, WS3 4PQ",
                         "school": "Westbury Academy", "confidential": True}
    data["review"]["attendees"] = [{"name": "Kacper", "role": "you", "attended": False,
                                    "contributed": "sent me text messages"},
                                   {"name": "Tomasz Wiśniewski", "role": "dad"},
                                   {"name": "Nadia Khan", "role": "social worker"}]
    data["working_well"] = [SENTENCE]
    data["actions"][0]["who"] = "Nadia Khan"
    data["distribution"] = [{"role": "child", "name": "Kacper"},
                            {"role": "parent", "name": "Tomasz Wiśniewski", "language": "pl", "format": "docx"},
                            {"role": "social_worker", "name": "Nadia Khan"}]
    return write_data(tmp_path, data)


def _shown(record, text: str) -> list[str]:
    return [secret.text for _, _, secret, _ in translation_leaks(record, {"pl": {"working_well.1": text}})]


@pytest.mark.parametrize("text, shown", [
    ("a opiekunowie w Foxglovie mówią", "Foxglove"),
    ("a opiekunowie w foxglovie mówią", "Foxglove"),
    ("a opiekunowie w domu foxglove mówią", "Foxglove"),
    ("a opiekunowie w Foxglove'ie mówią", "Foxglove"),  # refused before too
    ("mieszkasz przy ulicy kestrelowej", "Kestrel"),
])
def test_the_home_and_street_declined_or_in_small_letters_are_refused(tmp_path, text, shown):
    assert shown in _shown(load_record(_kacper(tmp_path)).record, text)


@pytest.mark.parametrize("text", [
    "a opiekunowie w domu mówią, że sadzisz naparstnice",
    "Posadziłeś kwiaty. The foxglove seeds you planted have grown.",  # a bilingual copy's English half: the flower
    "Twój tata mówi, że pustułka lata nad polem.",
])
def test_no_alarm_without_the_name(tmp_path, text):
    assert _shown(load_record(_kacper(tmp_path)).record, text) == []


def _run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def _translated(xlf, record, leak: str) -> None:
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    names = record_names(load_record(record).record)
    for unit in store.units:
        unit.target = leak if unit.getid().split("\x04")[-1] == "working_well.1" else " ".join(
            ["Tłumaczenie", *names_rewritten(unit.source, "", names)]) + "."
    store.savefile(str(xlf))


@pytest.mark.parametrize("leak", [LEAK, LEAK.replace("w Foxglovie", "w domu foxglove")])
def test_import_refuses_it_and_the_fathers_copy_is_not_written(tmp_path, leak):
    record = _kacper(tmp_path)
    xlf = tmp_path / "record.pl.xlf"
    assert _run("translate", "export", record, "--lang", "pl", "-o", xlf).exit_code == 0
    _translated(xlf, record, leak)
    refused = _run("translate", "import", xlf, "--record", record)
    assert refused.exit_code == 1, refused.output
    assert ("unit working_well.1: the translation shows 'Foxglove', part of the confidential carers, which parent "
            "reading 'pl' must not see") in refused.output
    # Stored before this check existed, as the reviewer's was: validate says where, render's last look refuses.
    clean = LEAK.replace("w Foxglovie ", "")
    _translated(xlf, record, clean)
    assert _run("translate", "import", xlf, "--record", record).exit_code == 0
    out = tmp_path / "out"
    made = _run("render", record, "--for", "parent", "-o", out / "dad.docx")
    assert made.exit_code == 0, made.output
    (out / "dad.docx").unlink()
    sidecar = tmp_path / "record.translations.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(clean, leak), encoding="utf-8")
    validated = _run("validate", record)
    assert validated.exit_code == 1
    assert "The pl translation of working_well.1: this names 'Foxglove'" in validated.output
    rendered = _run("render", record, "--for", "parent", "-o", out)
    assert rendered.exit_code == 1, rendered.output
    assert not list(out.glob("*.docx"))
