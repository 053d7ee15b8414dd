"""The confidential address in a translation (blind review 29, finding 4): "Bramall" of "40 Bramall Lane
Cottages" written in Arabic letters as "برامال", "برامل" or "بْرامال" passed import, validate and render while
"برامول" was refused: anyascii drops the alif, so the word's shape lost its vowels. An Arabic-script word
with the part's consonants, each vowel written long or left out, is now the name unless a word list has it.
And the home's town ("Dronfield", "درونفيلد") in a translation gets the warning the English gets."""

from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group
from recordgen.rules.name_forms import other_script_form
from recordgen.rules.withholding import fold, translation_leaks

from recordfiles import write_data

ROOT = Path(__file__).resolve().parent.parent
WORRY = "You wet the bed some nights and feel embarrassed."
NADIA = {
    "child": {"id": "SH-90388", "name": "Yusuf Al-Haddad", "known_as": "Yusuf", "date_of_birth": "2020-05-02",
              "pronouns": "he/him", "language": "en", "entered_care": "2026-05-01"},
    "review": {"date": "2026-11-26", "sequence": 2, "venue": "the council offices", "participation": "PN6",
               "chair": {"name": "Sam Okoye", "phone": "0114 273 0000", "email": "sam.okoye@example.gov.uk"},
               "attendees": [{"name": "Yusuf", "role": "you", "attended": False, "contributed": "drew me a picture"},
                             {"name": "Lorraine Sidebottom", "role": "foster carer"},
                             {"name": "Mina Al-Haddad", "role": "mum"},
                             {"name": "Haroon Sheikh", "role": "social worker"}]},
    "child_views": ["I like the cat."],
    "working_well": ["You have lots of friends and you love football at break."],
    "worries": [WORRY],
    "goals": ["You sleep dry and feel proud."],
    "actions": [{"who": "Haroon Sheikh (your social worker)", "what": "Book an interpreter for every family time.",
                 "by": "2026-12-18"}],
    "care_plan": {"plan": "You will keep living with Lorraine.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "not_yet", "complaints_explained": True},
    "placement": {"carers": "Lorraine Sidebottom", "address": "40 Bramall Lane Cottages, Dronfield, S18 2QW",
                  "confidential": True},
    "next_review": {"date": "2027-05-26"},
    "distribution": [{"role": "carer", "name": "Lorraine Sidebottom"},
                     {"role": "parent", "name": "Mina Al-Haddad", "language": "ar"},
                     {"role": "social_worker", "name": "Haroon Sheikh"}],
}


def _leaks(tmp_path, translation: str) -> list[str]:
    record = api.load_record(write_data(tmp_path, NADIA)).record
    return [secret.written or secret.text
            for _, _, secret, _ in translation_leaks(record, {"ar": {"worries.1": translation}})]


@pytest.mark.parametrize("written", ["برامال", "برامل", "بْرامال", "بَرامال", "برامول", "براماول"])
def test_bramall_in_arabic_letters_is_the_address_however_its_vowels_are_written(tmp_path, written):
    assert _leaks(tmp_path, f"تبلل الفراش بعض الليالي في بيتك في شارع {written} لين.") != []


def test_an_arabic_word_with_the_same_consonants_is_not(tmp_path):
    # "برميل" (barrel) has Bramall's consonants; a word list has it. "بيرامال" has a vowel Bramall has not.
    assert _leaks(tmp_path, "وجدنا برميل ماء في الحديقة.") == []
    assert not other_script_form("بيرامال", "bramall", lambda: False, lists=True)


def _address_words() -> set[str]:
    """Every distinctive address word of the tests' and examples' records, of four consonants or more."""
    from recordgen.rules.name_forms import consonants
    from recordgen.rules.withholding import is_distinctive

    found = set()
    for path in list((ROOT / "tests").rglob("*.py")) + list((ROOT / "tests").rglob("*.yaml")) \
            + list((ROOT / "examples").glob("*.yaml")):
        for address in re.findall(r"""["']?address["']?\s*:\s*["']?([^"'\n]+)""", path.read_text(encoding="utf-8")):
            found |= {fold(w) for w in re.findall(r"[A-Za-z]+", address)
                      if len(w) >= 4 and is_distinctive(w) and len(consonants(fold(w))) >= 4}
    return found


def test_no_word_of_the_arabic_script_catalogs_reads_as_an_address_word():
    words = set()
    for language in ("ar", "ur", "fa_AF", "ps", "ckb"):
        for po in (ROOT / "locales" / language / "LC_MESSAGES").glob("*.po"):
            with po.open("rb") as f:
                for message in read_po(f):
                    for text in message.string if isinstance(message.string, (list, tuple)) else [message.string]:
                        words |= {w for w in re.findall(r"[^\W\d_]+", fold(text or "")) if not w.isascii()}
    parts = _address_words()
    assert len(words) > 2000 and len(parts) > 40
    # Not even before the word lists are asked (the catalogs' words are left out there too).
    assert [(w, p) for w in words for p in parts if other_script_form(w, p, lambda: False, lists=True)] == []


def _with_translation(tmp_path, translation: str) -> str:
    path = write_data(tmp_path, NADIA)
    digest = hashlib.sha256(WORRY.encode("utf-8")).hexdigest()
    path.with_name(path.stem + ".translations.yaml").write_text(
        "format: recordgen-translations/1\n"
        f"record: {path.name}\n"
        "languages:\n  ar:\n    worries.1:\n"
        f"      source_sha256: {digest}\n      source: {WORRY}\n      translation: {translation}\n",
        encoding="utf-8")
    return CliRunner().invoke(main_group, ["validate", str(path)]).output


@pytest.mark.parametrize("town", ["Dronfield", "درونفيلد"])
def test_the_homes_town_in_a_translation_is_warned_of_as_in_english(tmp_path, town):
    output = _with_translation(tmp_path, f"تبلل الفراش بعض الليالي في بيتك في {town}.")
    assert re.search(r"translations\.yaml:\d+: languages\.ar\.worries\.1\.translation: warning: The ar translation "
                     r"of worries\.1 names '[^']+'.*the town of the child's home", output), output


def test_a_translation_without_the_town_is_not_warned_of(tmp_path):
    output = _with_translation(tmp_path, "تبلل الفراش بعض الليالي.")
    assert "the town of the child's home" not in output, output
    data = copy.deepcopy(NADIA)
    data["distribution"][1].pop("language")  # no parent reads Arabic: the translation goes to no parent
    path = write_data(tmp_path, data)
    assert "the town" not in CliRunner().invoke(main_group, ["validate", str(path)]).output


def test_translate_import_gives_the_towns_warning_too(tmp_path):
    path = write_data(tmp_path, NADIA)
    xlf = tmp_path / "record.ar.xlf"
    runner = CliRunner()
    result = runner.invoke(main_group, ["translate", "export", str(path), "--lang", "ar", "-o", str(xlf)])
    assert result.exit_code == 0, result.output
    text = xlf.read_text(encoding="utf-8")
    # Every unit comes back translated (all or nothing); the worry names the town.
    text = re.sub(r"(<source xml:lang=\"en\">(.*?)</source>)", lambda m: m.group(1) + '<target xml:lang="ar">' + (
        "تبلل الفراش بعض الليالي في درونفيلد." if m.group(2) == WORRY
        else "Haroon Sheikh (الأخصائي الاجتماعي)" if "Haroon" in m.group(2)
        else "ستبقى مع Lorraine." if "Lorraine" in m.group(2) else "هذا نص مترجم.") + "</target>", text)
    xlf.write_text(text, encoding="utf-8")
    result = runner.invoke(main_group, ["translate", "import", str(xlf), "--record", str(path)])
    assert result.exit_code == 0, result.output
    assert "languages.ar.worries.1.translation: warning: The ar translation of worries.1 names 'درونفيلد'" in result.output
