"""The translator's file for a language a confidential placement's parent reads carries each text as
the parent's copy shows it (issue 17): the carers' and the school staff's surnames cut, never sent.
Real files: a record on disk, `translate export`, a translator's tool, `translate import`, the copies."""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from recordgen.cli import main_group
from recordfiles import copy_text, write_record
from webserver import translate_xliff

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
#: The catalog's word for a woman who is a SENCo ("Mrs Quarmby"), in Polish.
SENCO = "koordynatorka do spraw specjalnych potrzeb edukacyjnych"


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def polish_parent(carer_reads_polish: bool = False):
    """Sam's review, the carer Mrs D'Souza doing an action, the school's SENCo Mrs Quarmby another;
    the mum reads Polish (and the carer too, when asked)."""
    def change(data):
        data["placement"]["carers"] = "Dina D'Souza"
        data["review"]["attendees"][2]["name"] = "Dina D'Souza"
        data["actions"][0]["who"] = "Mrs D'Souza"
        data["actions"][1]["who"] = "Mrs Quarmby (your SENCo)"
        data["actions"][2]["who"] = "Dina D'Souza (your foster carer)"
        data["child"]["reading_level"] = "teen"  # under 12, a SENCo is said as what she does (claims41)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent" or (carer_reads_polish and recipient["role"] == "carer"):
                recipient.update(language="pl", format="docx")
            if recipient["role"] == "carer":
                recipient["name"] = "Dina D'Souza"
    return change


def exported(path: Path) -> bytes:
    out = path.parent / "record.pl.xlf"
    result = run("translate", "export", path, "--lang", "pl", "-o", out)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def translated_back(path: Path) -> None:
    """The file through a translator's tool (translate-toolkit), then `translate import`."""
    back = path.parent / "back.pl.xlf"
    back.write_bytes(translate_xliff(exported(path), "pl"))
    result = run("translate", "import", back)
    assert result.exit_code == 0, result.output


def sources(data: bytes) -> dict[str, str]:
    tree = etree.fromstring(data)
    return {unit.get("id"): "".join(unit.find("x:source", NS).itertext())
            for unit in tree.iterfind(".//x:trans-unit", NS)}


def test_a_file_only_a_parent_reads_names_people_as_the_parents_copy_does(tmp_path):
    data = exported(write_record(tmp_path, polish_parent()))
    for surname in ("Souza", "Quarmby"):
        assert surname not in data.decode()
    units = sources(data)
    assert units["actions.3.who"] == "Dina (your foster carer)"
    # Cut to a role the catalogs translate ("your carer", "your SENCo"): not sent at all.
    assert "actions.1.who" not in units and "actions.2.who" not in units


def test_the_parents_copy_shows_the_translation_of_what_the_file_carried(tmp_path):
    path = write_record(tmp_path, polish_parent())
    translated_back(path)
    stored = (tmp_path / "record.translations.yaml").read_text(encoding="utf-8")
    assert "Souza" not in stored and "Quarmby" not in stored
    copy = copy_text(path)  # every item translated: no --allow-untranslated
    assert "Dina (rodzic zastępczy)" in copy  # the stand-in's "YOUR FOSTER CARER" is a role the catalogs know
    # "Your SENCo", in Polish, agreeing with Mrs Quarmby (claims31, blind review 24 #17: not "Ktoś, kogo znasz: ...")
    assert f"Twoja {SENCO}" in copy and "Ktoś, kogo znasz" not in copy and "[po angielsku" not in copy
    assert "Souza" not in copy and "Quarmby" not in copy


def test_a_language_the_carer_reads_too_gets_the_parents_form_and_the_carer_the_names(tmp_path):
    path = write_record(tmp_path, polish_parent(carer_reads_polish=True))
    data = exported(path)
    assert "Souza" not in data.decode() and "Quarmby" not in data.decode()
    translated_back(path)
    carers = copy_text(path, "carer")
    assert f"Mrs Quarmby ({SENCO})" in carers  # the record's name, the catalog's role
    assert "Dina D'Souza (rodzic zastępczy)" in carers and "your SENCo" not in carers
    assert "Souza" not in copy_text(path)


def test_an_item_the_parents_copy_would_be_refused_for_never_reaches_the_translator(tmp_path):
    """A worry naming the carers by surname: validate refuses the parent's copy; the file is refused too."""
    def change(data):
        polish_parent()(data)
        data["worries"][0] = "Mrs D'Souza takes you swimming on Saturdays."
    out = tmp_path / "record.pl.xlf"
    result = run("translate", "export", write_record(tmp_path, change), "--lang", "pl", "-o", out)
    assert result.exit_code != 0 and not out.exists()
    assert "worries.1: this names 'D'Souza'" in result.output and "actions" not in result.output


def test_a_file_exported_before_with_the_surname_is_asked_for_again_in_the_parents_form(tmp_path):
    """A file exported before the parent's form, its who still 'Dina D'Souza (your foster carer)', is refused."""
    path = write_record(tmp_path, polish_parent())
    tree = etree.fromstring(translate_xliff(exported(path), "pl"))
    for unit in tree.iterfind(".//x:trans-unit", NS):
        if unit.get("id") == "actions.3.who":
            unit.find("x:source", NS).text = "Dina D'Souza (your foster carer)"
            unit.find("x:target", NS).text = "Dina D'Souza (twoja opiekunka)"
            unit.find(".//x:context", NS).text = hashlib.sha256(b"Dina D'Souza (your foster carer)").hexdigest()
    old = tmp_path / "old.pl.xlf"
    old.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    result = run("translate", "import", old)
    assert result.exit_code != 0
    assert "unit actions.3.who: was exported naming people as the record writes them; a parent's copy names them " \
           "as 'Dina (your foster carer)'" in result.output


def test_a_who_the_parents_form_cuts_to_your_carer_gets_that_role_in_the_carers_and_childs_copies(tmp_path):
    """Fix 13, 4: "Mrs D'Souza", the parent's "your carer", is never sent to the Polish translator;
    the carer's and the child's Polish copies showed "Mrs D'Souza" alone, no role in their words."""
    def change(data):
        polish_parent(carer_reads_polish=True)(data)
        data["child"]["language"] = "pl"
        for recipient in data["distribution"]:
            if recipient["role"] == "child":
                recipient.update(language="pl", format="docx")
    path = write_record(tmp_path, change)
    translated_back(path)
    for who in ("carer", "child"):
        lines = copy_text(path, who).splitlines()
        assert "Mrs D'Souza (opiekunka)" in lines and "Mrs D'Souza" not in lines, who
        assert "Dina D'Souza (rodzic zastępczy)" in lines, who
    assert "Osoba, która się tobą opiekuje" in copy_text(path).splitlines()
    assert "Souza" not in copy_text(path)
