"""Blind review 30, finding 2: the confidential school's teacher's long surname written in Arabic letters as
it is said ("السيدة فيذرستونهو" for Mrs Featherstonehaugh) passed `translate import` into the father's
copy, while the school's own name in Arabic letters ("هوليميد", Hollymead) was refused. Read back to Latin
the word is "fydhrstwnhw": the voiced "th" written "ذ" (dh) and the silent "gh" left out, so its consonants
were not the name's. A long name is now also compared as it is said (``name_forms._as_said``)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from recordgen.cli import main_group
from recordgen.record.loading import load_record
from recordgen.rules.withholding import copy_shows, translation_leaks

from recordfiles import write_data
from test_leaks33_kinship import JADE

LOCALES = Path(__file__).resolve().parent.parent / "locales"
WORRY = "You sometimes wet the bed and feel embarrassed."
LEAK = "أحيانًا تبلل الفراش وتشعر بالحرج. السيدة فيذرستونهو قلقة."


def _yusuf(tmp_path):
    data = copy.deepcopy(JADE)
    data["placement"].update(carers="Jenny Oddbody (foster carer)", school="Hollymead Primary School")
    data["review"]["attendees"][1] = {"name": "Jenny Oddbody", "role": "foster carer"}
    data["review"]["attendees"].append({"name": "Mrs Featherstonehaugh", "role": "class teacher"})
    data["actions"][0]["who"] = "Jenny Oddbody (foster carer)"
    data["distribution"][1]["name"] = "Jenny Oddbody"
    data["distribution"][3]["language"] = "ar"
    data["worries"].append(WORRY)
    return load_record(write_data(tmp_path, data)).record


def _shown(record, text: str) -> list[tuple[str, str]]:
    return [(secret.text, secret.written) for _, _, secret, _ in translation_leaks(record, {"ar": {"worries.2": text}})]


@pytest.mark.parametrize("text, written", [
    (LEAK, "فيذرستونهو"),
    ("السيدة فيذرستونهاو قلقة.", "فيذرستونهاو"),
    ("المعلمة فيثرستونهو قلقة.", "فيثرستونهو"),  # "th" as "ث"
])
def test_the_teachers_long_surname_in_arabic_letters_is_refused(tmp_path, text, written):
    assert ("Featherstonehaugh", written) in _shown(_yusuf(tmp_path), text)


def test_the_schools_name_is_still_refused_and_a_clean_translation_is_not(tmp_path):
    record = _yusuf(tmp_path)
    assert ("Hollymead", "هوليميد") in _shown(record, "مدرسة هوليميد")
    assert _shown(record, "أحيانًا تبلل الفراش وتشعر بالحرج. معلمتك قلقة.") == []


def test_the_fathers_copy_is_refused_at_the_last_look(tmp_path):
    record = _yusuf(tmp_path)
    dad = next(r for r in record.distribution if r.language == "ar")
    shown = copy_shows([("word/document.xml", LEAK)], "dad.docx", record, dad)
    assert [secret.text for _, secret in shown] == ["Featherstonehaugh"]


def test_import_refuses_it(tmp_path):
    from translate.storage import xliff as toolkit_xliff

    from recordgen.i18n.names import names_rewritten, record_names

    _yusuf(tmp_path)
    record, xlf = tmp_path / "record.yaml", tmp_path / "record.ar.xlf"
    run = CliRunner().invoke
    assert run(main_group, ["translate", "export", str(record), "--lang", "ar", "-o", str(xlf)]).exit_code == 0
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    names = record_names(load_record(record).record)
    for unit in store.units:
        unit.target = LEAK if unit.source == WORRY else " ".join(["ترجمة", *names_rewritten(unit.source, "", names)])
    store.savefile(str(xlf))
    refused = run(main_group, ["translate", "import", str(xlf), "--record", str(record)])
    assert refused.exit_code == 1, refused.output
    assert "the translation shows 'فيذرستونهو' (read as 'Featherstonehaugh'" in refused.output


@pytest.mark.parametrize("language", ["ar", "ur", "fa_AF", "ps", "ckb"])
def test_no_catalog_text_of_the_arabic_script_reads_as_the_surname(tmp_path, language):
    record = _yusuf(tmp_path)
    texts = {}
    for po in sorted((LOCALES / language / "LC_MESSAGES").glob("*.po")):
        with open(po, "rb") as handle:
            for message in read_po(handle):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                texts.update({f"{po.name}:{i}:{message.id}": s for i, s in enumerate(strings) if s})
    found = [(key, secret.text) for key, text in texts.items()
             for _, _, secret, _ in translation_leaks(record, {"ar": {"worries.2": text}})
             if secret.text == "Featherstonehaugh"]
    assert found == []


def test_a_th_is_read_as_voiced_only_where_the_word_writes_one():
    from recordgen.rules.name_forms import other_script_form

    # Tigrinya "did you understand", read with its "d" for the "th": it once read as "Trevithick".
    assert not other_script_form("ተረዲኡኪ", "trevithick", letters=True)
    assert other_script_form("фезерстоун", "featherstone", lists=True)
