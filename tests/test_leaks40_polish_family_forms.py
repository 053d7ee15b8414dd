"""Blind review 40, finding 3: a confidential placement's carer "Anna Kowalska"; a Polish translation naming
the family by a form of the name that opens a sentence ("Kowalscy mówią, że ...", "Nowiccy ..." of "Nowicka",
"Kowalskich dom ...") passed `translate import`, validate and render. A family name that is also counted as an
everyday Polish word ("Kowalska", "Nowicka": common surnames are frequent words) was read only mid-sentence,
so "Kowal naprawił bramę" would not be the smith; a declined form of the -ski/-ska/-cki/-cka/-dzki family
that is itself no everyday word is the family wherever it stands, and is caught where the translation enters
(import), at validate (file, line) and at the copy's last look."""

from __future__ import annotations

import copy

import pytest

from recordgen.record.loading import load_record
from recordgen.rules.withholding import translation_leaks

from recordfiles import write_data
from test_leaks33_kinship import JADE
from test_leaks39_declined_home import _run, _translated

SENTENCE = "You are happy at home and the carers say you come home on time."


def _record(tmp_path, carer: str = "Anna Kowalska"):
    data = copy.deepcopy(JADE)
    data["child"].update(id="WS-40877", name="Kacper Nowak", known_as="Kacper", pronouns="he/him")
    data["placement"] = {"carers": carer, "address": "9 Kestrel Lane, Westbury, WS3 4PQ",
                         "school": "Westbury Academy", "confidential": True}
    data["review"]["attendees"] = [{"name": "Kacper", "role": "you", "attended": False,
                                    "contributed": "sent me text messages"},
                                   {"name": "Tomasz Nowak", "role": "dad"},
                                   {"name": carer, "role": "foster carer"},
                                   {"name": "Nadia Khan", "role": "social worker"}]
    data["working_well"] = [SENTENCE]
    data["actions"][0]["who"] = "Nadia Khan"
    data["distribution"] = [{"role": "child", "name": "Kacper"},
                            {"role": "parent", "name": "Tomasz Nowak", "language": "pl", "format": "docx"},
                            {"role": "carer", "name": carer},
                            {"role": "social_worker", "name": "Nadia Khan"}]
    return write_data(tmp_path, data)


def _shown(tmp_path, text: str, carer: str = "Anna Kowalska") -> list[str]:
    record = load_record(_record(tmp_path, carer)).record
    return [secret.text for _, _, secret, _ in translation_leaks(record, {"pl": {"working_well.1": text}})]


@pytest.mark.parametrize("text, carer", [
    ("Kowalscy mówią, że wracasz do domu na czas.", "Anna Kowalska"),
    ("KOWALSCY mówią, że wracasz do domu na czas.", "Anna Kowalska"),
    ("Kowalskich dom jest duży i ciepły.", "Anna Kowalska"),
    ("Kowalskim bardzo zależy na tobie.", "Anna Kowalska"),
    ("Nowiccy mówią, że wracasz do domu na czas.", "Anna Nowicka"),
    ("Nowickich dom jest duży.", "Anna Nowicka"),
    # Mid-sentence every form was caught before; kept so.
    ("Mieszkasz u państwa Kowalskich.", "Anna Kowalska"),
    ("Pan Kowalski mówi, że wracasz na czas.", "Anna Kowalska"),
    ("Mieszkasz z panią Kowalską.", "Anna Kowalska"),
    ("Mieszkasz u pani Nowickiej.", "Anna Nowicka"),
])
def test_a_declined_form_of_the_family_name_is_caught_where_it_stands(tmp_path, text, carer):
    assert carer.split()[-1] in _shown(tmp_path, text, carer)


@pytest.mark.parametrize("text", [
    "Kowal naprawił bramę w szkole.",          # the smith
    "Kowalski warsztat w muzeum był ciekawy.",  # the adjective "smith's", an everyday word opening the sentence
    "Twój tata mówi, że jesteś miły.",
])
def test_no_alarm_without_the_family(tmp_path, text):
    assert _shown(tmp_path, text) == []




def test_import_validate_and_render_each_refuse_it(tmp_path):
    record = _record(tmp_path)
    leak = "Kowalscy mówią, że wracasz do domu na czas."
    xlf = tmp_path / "record.pl.xlf"
    assert _run("translate", "export", record, "--lang", "pl", "-o", xlf).exit_code == 0
    _translated(xlf, record, leak)
    refused = _run("translate", "import", xlf, "--record", record)
    assert refused.exit_code == 1, refused.output
    assert ("unit working_well.1: the translation shows 'Kowalska', part of the confidential carers, which parent "
            "reading 'pl' must not see") in refused.output
    clean = "Opiekunowie mówią, że wracasz do domu na czas."
    _translated(xlf, record, clean)
    assert _run("translate", "import", xlf, "--record", record).exit_code == 0
    # The translations file written by hand: validate names it, its line and the carers.
    sidecar = tmp_path / "record.translations.yaml"
    text = sidecar.read_text(encoding="utf-8")
    sidecar.write_text(text.replace(clean, leak), encoding="utf-8")
    line = next(i for i, row in enumerate(sidecar.read_text(encoding="utf-8").splitlines(), 1) if leak in row)
    validated = _run("validate", record)
    assert validated.exit_code == 1
    assert (f"record.translations.yaml:{line}: languages.pl.working_well.1.translation: error: The pl translation "
            "of working_well.1: this names 'Kowalska', the family name of the carers 'Anna Kowalska'") in validated.output
    out = tmp_path / "out"
    rendered = _run("render", record, "--for", "parent", "-o", out)
    assert rendered.exit_code == 1, rendered.output
    assert not list(out.glob("*.docx"))
