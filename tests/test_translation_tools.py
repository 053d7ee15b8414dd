"""What real translators' tools do with the export, and what the import makes of it:
the strict XLIFF 1.2 schema, OmegaT's file as it really comes back (tests/omegat/),
protected names and values, English passed off as a translation, translate-toolkit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from translate.storage import xliff as toolkit_xliff

from omegat import FIXTURES
from recordgen.cli import main_group
from recordgen.record.loading import load_record
from recordgen.record.model import Item
from recordgen.translation import (
    XliffError, check_translations, export_xliff, export_xliff_file, import_xliff,
    languages_needing_translation, load_translations, read_xliff, sidecar_path, translatable_items,
)
from recordgen.translation.protect import nothing_to_translate, protected_spans, untranslated_sentences
from recordgen.i18n.names import record_names
from test_translation import pseudo, translate_with_toolkit
from xliff_schema import schema_errors

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
X = "urn:oasis:names:tc:xliff:document:1.2"
NS = {"x": X}


@pytest.fixture
def sam(tmp_path: Path) -> Path:
    path = tmp_path / "review-sam-9.yaml"
    shutil.copyfile(EXAMPLES / "review-sam-9.yaml", path)
    return path


def _unit(tree, unit_id: str):
    return tree.find(f".//x:trans-unit[@id='{unit_id}']", NS)


# ------------------------------------------------------------------ the strict schema

EXPORTS = [(example.name, lang) for example in sorted(EXAMPLES.glob("review-*[0-9].yaml"))
           for lang in languages_needing_translation(load_record(example).record)]


@pytest.mark.parametrize("source_in_target", [False, True], ids=["plain", "source-in-target"])
@pytest.mark.parametrize("with_translations", [False, True], ids=["new", "with-stored"])
@pytest.mark.parametrize("example, lang", EXPORTS)
def test_every_export_is_valid_against_the_strict_xliff_1_2_schema(
        example: str, lang: str, with_translations: bool, source_in_target: bool) -> None:
    path = EXAMPLES / example
    store = load_translations(path) if with_translations else None
    data = export_xliff(load_record(path).record, example, lang, store, source_in_target)
    assert schema_errors(data) == []


def test_the_schema_check_can_fail() -> None:
    # The export as it was before: one context-group name shared by every unit.
    root = etree.fromstring(export_xliff(load_record(EXAMPLES / "review-sam-9.yaml").record,
                                         "review-sam-9.yaml", "ur"))
    for group in root.iter(f"{{{X}}}context-group"):
        group.set("name", "recordgen")
    errors = schema_errors(etree.tostring(root))
    # One error a unit after the first: 23 units (the roles the catalogs translate are not exported).
    assert len(errors) == 22 and all("Duplicate key-sequence ['recordgen']" in e for e in errors)


# ------------------------------------------------------------------ protected names and values

def test_names_and_values_go_out_as_protected_markup_and_come_back(sam: Path) -> None:
    record = load_record(sam).record
    text = ("Helen Price will call Mark and Lisa on 01724 296000 or write to helen.price@example.gov.uk "
            "about NL-20451.")
    record = record.model_copy(update={"worries": [Item(text=text), *record.worries[1:]]})
    tree = etree.fromstring(export_xliff(record, sam.name, "ur"))
    source = _unit(tree, "worries.1").find("x:source", NS)
    assert [m.text for m in source.iterfind("x:mrk", NS)] == [
        # Each person alone: the "and" between them is the translator's (blind review 24, finding 16).
        "Helen Price", "Mark", "Lisa", "01724 296000", "helen.price@example.gov.uk", "NL-20451"]
    assert {m.get("mtype") for m in source.iterfind("x:mrk", NS)} == {"protected"}
    assert "".join(source.itertext()) == text

    def returned(target_of) -> bytes:
        for unit in tree.iterfind(".//x:trans-unit", NS):
            for old in unit.findall("x:target", NS):
                unit.remove(old)
            target = etree.Element(f"{{{X}}}target")
            unit.find("x:source", NS).addnext(target)
            target_of(unit, target)
        return etree.tostring(tree)

    def keep_markup(unit, target, rewrite=lambda v: v) -> None:
        # What a CAT tool writes: the locked tags where the translator placed them.
        target.text = "ترجمہ "
        for mrk in unit.find("x:source", NS).iterfind("x:mrk", NS):
            copy = etree.SubElement(target, f"{{{X}}}mrk", mtype="protected")
            copy.text = rewrite(mrk.text)
            # The "and" between two people is the translator's to write: Urdu "اور".
            copy.tail = " اور " if (mrk.tail or "") == " and " else " ترجمہ "

    lang, entries = check_translations(record, read_xliff(returned(keep_markup)), "back.xlf")
    assert entries["worries.1"].translation.split(" ترجمہ ")[1:4] == ["Mark اور Lisa", "01724 296000",
                                                                    "helen.price@example.gov.uk"]
    for wrong, message in (({"Helen Price": "ہیلن پرائس"}, "writes 'Helen Price' differently"),
                           ({"01724 296000": "01724 296 000"}, "writes '01724 296000' differently")):
        with pytest.raises(XliffError) as caught:
            check_translations(record, read_xliff(returned(
                lambda u, t: keep_markup(u, t, lambda v: wrong.get(v, v) if u.get("id") == "worries.1" else v))),
                "back.xlf")
        assert len(caught.value.problems) == 1
        assert caught.value.problems[0].startswith(f"back.xlf: unit worries.1: {message} from the record")


def test_what_counts_as_protected_and_as_nothing_to_translate() -> None:
    names = ["Mark and Lisa Owen", "Jo Smith", "Jo"]
    text = "Jo Smith (your social worker) will ring 07700 900123; Mark and Lisa know. Case CIC/2026/0417."
    assert [text[a:b] for a, b in protected_spans(text, names)] == [
        "Jo Smith", "07700 900123", "Mark and Lisa", "CIC/2026/0417"]
    assert nothing_to_translate("Mark and Lisa", names)
    assert nothing_to_translate(" Jo Smith, 07700 900123. ", names)
    assert not nothing_to_translate("Jo Smith (your social worker)", names)
    # A count, a year or a date is not a phone number.
    assert protected_spans("You are 9, in Year 4 since 2025, seen on 31/03/2026.", []) == []


# ------------------------------------------------------------------ English passed off as a translation

def test_english_copied_into_every_target_is_refused_unit_by_unit(sam: Path) -> None:
    out = sam.with_name("copied.xlf")
    export_xliff_file(sam, "ur", sam.with_name("sam.xlf"))
    translate_with_toolkit(sam.with_name("sam.xlf"), out, lambda english: english)
    with pytest.raises(XliffError) as caught:
        import_xliff(out)
    record = load_record(sam).record
    names = record_names(record)
    expected = [i.path for i in translatable_items(record, "ur") if not nothing_to_translate(i.text, names)]
    assert "actions.3.who" not in expected                  # "Mark and Lisa": only names
    assert sorted(caught.value.problems) == sorted(
        f"{out}: unit {path}: is not translated (its target is the English, copied); translate it"
        for path in expected)
    assert not sidecar_path(sam).exists()


def test_one_english_sentence_left_in_a_translation_is_named() -> None:
    source = "Your family time with your mum has gone well.  You see her every two weeks."
    assert untranslated_sentences(source, "آپ کا وقت اچھا گزرا۔ You see her every\ntwo weeks.", []) == [
        "You see her every two weeks."]
    assert untranslated_sentences(source, "آپ کا وقت اچھا گزرا۔ آپ ہر دو ہفتے ملتی ہیں۔", []) == []


@pytest.mark.parametrize("state", ["new", "needs-translation"])
def test_a_unit_its_tool_marks_untranslated_is_refused(sam: Path, state: str) -> None:
    done = sam.with_name("done.xlf")
    export_xliff_file(sam, "ur", sam.with_name("sam.xlf"))
    translate_with_toolkit(sam.with_name("sam.xlf"), done)
    tree = etree.parse(str(done))
    _unit(tree, "goals.2").find("x:target", NS).set("state", state)
    tree.write(str(done), xml_declaration=True, encoding="UTF-8")
    with pytest.raises(XliffError) as caught:
        import_xliff(done)
    assert caught.value.problems == [f'{done}: unit goals.2: is marked state="{state}", not translated; '
                                     "translate it (or confirm the translation) in your tool"]


# ------------------------------------------------------------------ for OmegaT: the English in the target

def test_source_in_target_export_gives_omegat_every_segment(sam: Path) -> None:
    shutil.copyfile(EXAMPLES / "review-sam-9.translations.yaml", sidecar_path(sam))
    store = load_translations(sam)
    record = load_record(sam).record
    record = record.model_copy(update={"goals": [record.goals[0], Item(text="You feel ready."), record.goals[2]]})
    tree = etree.fromstring(export_xliff(record, sam.name, "ur", store, source_in_target=True))
    assert tree.find(".//x:header/x:note[@from='recordgen-export-mode']", NS).text == "source-in-target"
    new = _unit(tree, "goals.2")
    assert new.find("x:target", NS).get("state") == "needs-translation"
    assert etree.tostring(new.find("x:target", NS)).split(b">", 1)[1].rsplit(b"<", 1)[0] == \
        etree.tostring(new.find("x:source", NS)).split(b">", 1)[1].rsplit(b"<", 1)[0]
    kept = _unit(tree, "goals.1").find("x:target", NS)
    assert kept.get("state") == "translated"
    assert "".join(kept.itertext()) == store.entry("ur", "goals.1").translation
    # Plain export: no target until there is a translation.
    plain = etree.fromstring(export_xliff(record, sam.name, "ur", store))
    assert _unit(plain, "goals.2").find("x:target", NS) is None


@pytest.mark.parametrize("option", [["--for-tool", "omegat"], ["--for-tool", "OmegaT"], ["--source-in-target"]])
def test_for_tool_omegat_on_the_command_line(sam: Path, option: list[str]) -> None:
    out = sam.with_name("sam-omegat.xlf")
    result = CliRunner().invoke(main_group, ["translate", "export", str(sam), "--lang", "ur",
                                             *option, "-o", str(out)])
    assert result.exit_code == 0, result.output
    contents = read_xliff(out.read_bytes())
    assert contents.source_in_target and all(u.state == "needs-translation" for u in contents.units)
    assert all(u.target == u.source for u in contents.units)
    # Imported untouched, it is all English: refused, nothing stored.
    refused = CliRunner().invoke(main_group, ["translate", "import", str(out)])
    assert refused.exit_code == 1 and "unit worries.1: is not translated" in refused.output
    assert not sidecar_path(sam).exists()


@pytest.fixture
def omegat_files(tmp_path: Path) -> Path:
    for path in FIXTURES.iterdir():
        shutil.copyfile(path, tmp_path / path.name)
    return tmp_path


def test_omegat_file_partly_translated_is_refused_naming_the_units(omegat_files: Path) -> None:
    # As OmegaT 3.6 returns it (tests/omegat.py made it): untranslated segments hold the
    # English, and every target still says state="needs-translation".
    returned = omegat_files / "review-sam-9.ur.omegat-partly-translated.xlf"
    assert set(u.state for u in read_xliff(returned.read_bytes()).units) == {"needs-translation"}
    with pytest.raises(XliffError) as caught:
        import_xliff(returned)
    assert caught.value.problems == [
        f"{returned}: unit working_well.3: is only partly translated; still in English: "
        "'You see her every two weeks at the family centre.'",
        f"{returned}: unit worries.1: is not translated (its target is the English, copied); translate it",
    ]
    assert not sidecar_path(omegat_files / "review-sam-9.yaml").exists()


def test_omegat_file_translated_stores_exactly_what_was_translated(omegat_files: Path) -> None:
    returned = omegat_files / "review-sam-9.ur.omegat-translated.xlf"
    assert schema_errors(returned.read_bytes()) == []
    result = import_xliff(returned)
    assert result.count == 23  # 28 free texts less 5 roles the catalogs translate ("your teacher")
    tree = etree.parse(str(returned))
    store = load_translations(omegat_files / "review-sam-9.yaml")
    for unit in tree.iterfind(".//x:trans-unit", NS):
        stored = store.entry("ur", unit.get("id"))
        assert stored.translation == "".join(unit.find("x:target", NS).itertext()).strip()
        assert not stored.approved            # OmegaT's file says nothing of approval
    assert store.entry("ur", "actions.3.who").translation == "Mark اور Lisa"   # names, and Urdu's "and"
    assert store.entry("ur", "working_well.3").translation.count("[ur]") == 2  # two segments


# ------------------------------------------------------------------ translate-toolkit

def test_round_trip_through_translate_toolkit_keeps_units_translated(sam: Path) -> None:
    first = sam.with_name("sam.xlf")
    export_xliff_file(sam, "ur", first)
    assert all(not u.istranslated() for u in toolkit_xliff.xlifffile.parsefile(str(first)).units)
    done = sam.with_name("done.xlf")
    translate_with_toolkit(first, done)      # the toolkit marks what it fills approved="yes"
    import_xliff(done)
    assert all(e.approved for e in load_translations(sam).languages["ur"].values())
    assert "approved: true" in sidecar_path(sam).read_text(encoding="utf-8")

    again = sam.with_name("again.xlf")
    export_xliff_file(sam, "ur", again, source_in_target=True)
    assert schema_errors(again.read_bytes()) == []
    units = toolkit_xliff.xlifffile.parsefile(str(again)).units
    assert len(units) == 23  # 28 free texts less 5 roles the catalogs translate ("your teacher")
    assert [u.getid() for u in units if not u.istranslated() or u.isfuzzy()] == []
    assert all(u.target == pseudo(u.source) for u in units)
    # Imported again as it is, it stores the same.
    import_xliff(again)
    assert all(e.translation == pseudo(e.source) for e in load_translations(sam).languages["ur"].values())
