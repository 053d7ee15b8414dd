"""The IRO's words through XLIFF and back: what is exported, what an import accepts,
and what a recipient's copy may then say."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import xliff as toolkit_xliff

from recordgen.record.loading import load_record
from recordgen.record.model import Role
from recordgen.record.roles import known_role
from recordgen.translation import (
    TranslationsNotReady, XliffError, export_xliff, export_xliff_file, import_xliff,
    load_translations, normalize_language, read_xliff, sidecar_path, source_hash, texts_for,
    translatable_items,
)
from recordgen.translation.sidecar import SidecarError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


@pytest.fixture
def sam(tmp_path: Path) -> Path:
    path = tmp_path / "review-sam-9.yaml"
    shutil.copyfile(EXAMPLES / "review-sam-9.yaml", path)
    return path


def pseudo(text: str, lang: str = "ur") -> str:
    """A stand-in translation that is not English: words in capitals, names, "and" and
    values (emails, numbers) kept as they are, as a translator keeps them."""
    return f"[{lang}] " + re.sub(r"(?<![\w@.'’-])(?!and\b)[a-z][a-z'’-]*(?![\w@'’-]|\.\w)",
                                  lambda m: m.group().upper(), text)


def translate_with_toolkit(xlf: Path, out: Path, translate=pseudo) -> None:
    """What a translator's tool does: open the file, fill every target, save."""
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    for unit in store.units:
        unit.target = translate(unit.source)
    store.savefile(str(out))


def exported(sam: Path, lang: str = "ur") -> Path:
    out = sam.with_name(f"sam-{lang}.xlf")
    export_xliff_file(sam, lang, out)
    return out


def translated(sam: Path, lang: str = "ur") -> Path:
    done = sam.with_name(f"sam-{lang}-done.xlf")
    translate_with_toolkit(exported(sam, lang), done)
    return done


# ------------------------------------------------------------------ what goes out

def test_export_holds_what_some_urdu_reader_may_see_and_nothing_else(sam: Path) -> None:
    record = load_record(sam).record
    paths = [i.path for i in translatable_items(record, "ur")]
    assert "worries.3" in paths                     # withheld from carers, not from mum
    assert "care_plan.plan" in paths and "actions.4.what" in paths
    # Every free text but the roles the catalogs translate ("social worker", "mum"), and Mrs Patel's
    # action, cut to "your teacher" in the Urdu-reading mum's copy (the school is kept from her).
    own_words = [text for loc, text, _ in record.free_texts() if not (loc[-1] == "role" and known_role(text))
                 and text != "Mrs Patel (your teacher)"]
    assert len(paths) == len(set(paths)) == len(own_words) < len(list(record.free_texts()))

    worries = list(record.worries)
    worries[2] = worries[2].model_copy(update={"withhold_from": [Role.parent]})
    barred = record.model_copy(update={"worries": worries})
    xml = export_xliff(barred, sam.name, "ur")
    assert b"worries.3" not in xml
    assert worries[2].text.encode() not in xml


def test_export_is_read_by_the_translate_toolkit_as_xliff_1_2(sam: Path) -> None:
    record = load_record(sam).record
    store = toolkit_xliff.xlifffile.parsefile(str(exported(sam)))
    assert store.gettargetlanguage() == "ur" and store.getsourcelanguage() == "en"
    units = {u.getid().split("\x04")[-1]: u for u in store.units}  # toolkit ids are "file\x04id"
    expected = {i.path: i for i in translatable_items(record, "ur")}
    assert set(units) == set(expected)
    for path, unit in units.items():
        assert unit.source == expected[path].text
        assert unit.getcontextgroups(f"recordgen:{path}") == [[("x-source-sha256", source_hash(unit.source))]]


def test_dari_is_written_as_bcp47_in_the_file(sam: Path) -> None:
    text = sam.read_text(encoding="utf-8").replace("language: ur", "language: fa_AF")
    sam.write_text(text, encoding="utf-8")
    root = etree.fromstring(exported(sam, "fa-AF").read_bytes())
    assert root.find("x:file", NS).get("target-language") == "fa-AF"
    assert normalize_language("FA-af") == "fa_AF"


def test_export_refuses_english_and_languages_nobody_reads(sam: Path) -> None:
    record = load_record(sam).record
    with pytest.raises(XliffError, match="nothing to translate"):
        export_xliff(record, sam.name, "en")
    with pytest.raises(XliffError, match="nobody on the distribution list reads 'pl'.*ur"):
        export_xliff(record, sam.name, "pl")


# ------------------------------------------------------------------ what comes back

def test_round_trip_through_a_real_xliff_tool_stores_every_translation(sam: Path) -> None:
    result = import_xliff(translated(sam))
    assert result.language == "ur" and result.sidecar == sidecar_path(sam)
    record = load_record(sam).record
    store = load_translations(sam)
    for item in translatable_items(record, "ur"):
        assert store.status("ur", item.loc, item.text) == "translated"
        assert store.lookup("ur", item.path, item.text) == pseudo(item.text)
    # The sidecar says, per item, what English it translates.
    entry = store.entry("ur", "worries.1")
    assert entry.source == record.worries[0].text and entry.source_sha256 == source_hash(entry.source)


def test_a_second_export_carries_the_translations_already_done(sam: Path) -> None:
    import_xliff(translated(sam))
    again = read_xliff(exported(sam).read_bytes())
    assert all(u.target and u.target.startswith("[ur] ") for u in again.units)


def _remove_unit(path: Path, unit_id: str) -> None:
    tree = etree.parse(str(path))
    unit = tree.find(f".//x:trans-unit[@id='{unit_id}']", NS)
    unit.getparent().remove(unit)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_import_reports_every_problem_at_once_and_writes_nothing(sam: Path) -> None:
    done = translated(sam)
    tree = etree.parse(str(done))
    tree.find(".//x:trans-unit[@id='goals.1']/x:target", NS).text = "   "
    tree.find(".//x:trans-unit[@id='goals.2']/x:source", NS).text = "Something the IRO never wrote."
    tree.write(str(done), xml_declaration=True, encoding="UTF-8")
    _remove_unit(done, "worries.2")
    with pytest.raises(XliffError) as caught:
        import_xliff(done)
    problems = "\n".join(caught.value.problems)
    assert "unit goals.1: has no translation" in problems
    assert "unit goals.2: the English in the file was edited" in problems
    assert "unit worries.2: is missing from the file" in problems
    assert len(caught.value.problems) == 3
    assert not sidecar_path(sam).exists()


def test_import_refuses_a_file_exported_before_the_record_changed(sam: Path) -> None:
    done = translated(sam)
    sam.write_text(sam.read_text(encoding="utf-8").replace(
        "Maths is hard but I like reading club.", "Maths is hard but I love reading club."), encoding="utf-8")
    with pytest.raises(XliffError, match=r"unit child_views\.3: the record's English has changed"):
        import_xliff(done)


def test_import_refuses_another_childs_file(sam: Path, tmp_path: Path) -> None:
    lily = tmp_path / "review-lily-3.yaml"
    shutil.copyfile(EXAMPLES / "review-lily-3.yaml", lily)
    with pytest.raises(XliffError, match="exported from a different review"):
        import_xliff(translated(sam), record_path=lily)


def test_import_finds_no_record_and_says_how_to_name_it(sam: Path, tmp_path: Path, monkeypatch) -> None:
    done = translated(sam)
    elsewhere = tmp_path / "inbox"
    elsewhere.mkdir()
    moved = shutil.move(str(done), elsewhere / done.name)
    monkeypatch.chdir(elsewhere)
    with pytest.raises(XliffError, match="--record FILE"):
        import_xliff(moved)
    assert import_xliff(moved, record_path=sam).count > 0


@pytest.mark.parametrize("content, message", [
    (b"not xml at all", "not a readable XLIFF file"),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"/>',
     "recordgen reads XLIFF 1.2"),
    (b"<html/>", "not an XLIFF file"),
])
def test_files_that_are_not_xliff_1_2_get_a_plain_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "odd.xlf"
    path.write_bytes(content)
    with pytest.raises(XliffError, match=message):
        import_xliff(path)


def test_entities_in_an_imported_file_are_not_expanded(sam: Path) -> None:
    done = translated(sam)
    data = done.read_bytes()
    secret = sam.with_name("secret.txt")
    secret.write_text("SECRET", encoding="utf-8")
    data = data.replace(b"<xliff ", f'<!DOCTYPE xliff [<!ENTITY x SYSTEM "file://{secret}">]><xliff '.encode(), 1)
    data = data.replace("[ur] YOUR SCHOOL".encode(), b"&x;", 1)
    done.write_bytes(data)
    with pytest.raises(XliffError, match=r"unit review.venue: holds an entity reference \(&x;\)"):
        import_xliff(done)
    assert not sidecar_path(sam).exists()


# ------------------------------------------------------------------ the sidecar

def test_a_hand_edited_sidecar_is_refused_in_plain_words(sam: Path) -> None:
    import_xliff(translated(sam))
    path = sidecar_path(sam)
    path.write_text(path.read_text(encoding="utf-8").replace("source: your school", "source: your home"),
                    encoding="utf-8")
    with pytest.raises(SidecarError, match=r"review\.venue: the stored English does not match"):
        load_translations(sam)
    path.write_text("languages: [", encoding="utf-8")
    with pytest.raises(SidecarError, match="not valid YAML"):
        load_translations(sam)


def test_importing_again_replaces_the_language_and_keeps_others(sam: Path) -> None:
    text = sam.read_text(encoding="utf-8").replace(
        "    name: Mark and Lisa Owen\n", "    name: Mark and Lisa Owen\n    language: pl\n")
    sam.write_text(text, encoding="utf-8")
    import_xliff(translated(sam, "ur"))
    done_pl = sam.with_name("sam-pl-done.xlf")
    translate_with_toolkit(exported(sam, "pl"), done_pl, lambda s: pseudo(s, "pl"))
    import_xliff(done_pl)
    store = load_translations(sam)
    assert set(store.languages) == {"ur", "pl"}
    # Carers are barred from worries.3, and they are the only Polish reader.
    assert "worries.3" not in store.languages["pl"] and "worries.3" in store.languages["ur"]


# ------------------------------------------------------------------ a recipient's copy

def recipient(record, role: Role):
    return next(r for r in record.distribution if r.role is role)


def test_stale_translation_blocks_and_names_the_item(sam: Path) -> None:
    import_xliff(translated(sam))
    sam.write_text(sam.read_text(encoding="utf-8").replace("big school", "secondary school"), encoding="utf-8")
    record = load_record(sam).record
    with pytest.raises(TranslationsNotReady) as caught:
        texts_for(record, recipient(record, Role.parent), load_translations(sam), allow_untranslated=True)
    assert caught.value.stale == ["worries.2", "goals.2"]
    assert "stale translations: the English of worries.2, goals.2 changed" in str(caught.value)


def test_missing_translations_block_unless_allowed(sam: Path) -> None:
    record = load_record(sam).record
    mum = recipient(record, Role.parent)
    # 28 free texts, less the 4 roles the catalogs translate ("social worker", "mum"...) and "your teacher".
    with pytest.raises(TranslationsNotReady, match=r"awaiting translation: 23 items"):
        texts_for(record, mum, load_translations(sam))
    texts = texts_for(record, mum, load_translations(sam), allow_untranslated=True)
    assert texts.needs_notice and len(texts.untranslated) == 23
    assert texts.text(("worries", 0), record.worries[0].text) == record.worries[0].text


def test_a_copy_gets_the_translation_and_bilingual_puts_the_reader_language_first(sam: Path) -> None:
    import_xliff(translated(sam))
    record = load_record(sam).record
    mum = recipient(record, Role.parent)
    store = load_translations(sam)
    english = record.care_plan.plan
    texts = texts_for(record, mum, store)
    assert texts.text(("care_plan", "plan"), english) == pseudo(english) and not texts.needs_notice
    assert texts.versions(("care_plan", "plan"), english) == [("ur", pseudo(english))]
    both = texts_for(record, mum.model_copy(update={"bilingual": True}), store)
    assert both.versions("care_plan.plan", english) == [("ur", pseudo(english)), ("en", english)]


def test_english_copies_need_no_translation(sam: Path) -> None:
    record = load_record(sam).record
    carer = recipient(record, Role.carer)
    texts = texts_for(record, carer, load_translations(sam))
    assert not texts.translated and texts.text("worries.1", "x") == "x"


def test_the_child_copy_follows_the_child_language(tmp_path: Path) -> None:
    ahmad = tmp_path / "review-ahmad-15.yaml"
    shutil.copyfile(EXAMPLES / "review-ahmad-15.yaml", ahmad)
    record = load_record(ahmad).record
    child = recipient(record, Role.child)
    with pytest.raises(TranslationsNotReady, match=r"Ahmad \(ps\): awaiting translation"):
        texts_for(record, child, load_translations(ahmad))
    export_xliff_file(ahmad, "ps", tmp_path / "ahmad-ps.xlf")
    done = tmp_path / "ahmad-ps-done.xlf"
    translate_with_toolkit(tmp_path / "ahmad-ps.xlf", done, lambda s: pseudo(s, "ps"))
    import_xliff(done)
    texts = texts_for(record, child, load_translations(ahmad))
    assert texts.bilingual and texts.versions("goals.2", record.goals[1].text)[0] == (
        "ps", pseudo(record.goals[1].text, "ps"))



def test_the_renderer_reads_a_translations_file_once_until_it_changes(sam: Path, monkeypatch) -> None:
    """A batch validates a record then renders every copy of it, the page a preview at each pause:
    the file is parsed once for all of them, English copies never read it, and a new import is
    seen at once."""
    from recordgen.rendering.renderer import Renderer
    from recordgen.rules.validation import validate
    from recordgen.translation import sidecar

    reads: list[Path] = []
    real = sidecar.load_translations
    monkeypatch.setattr(sidecar, "load_translations", lambda path: reads.append(path) or real(path))
    first, second = sam.with_name("first.xlf"), sam.with_name("second.xlf")
    again = lambda text: "[ur2]" + pseudo(text)[len("[ur]"):]  # noqa: E731
    translate_with_toolkit(exported(sam), first)
    translate_with_toolkit(exported(sam), second, again)
    import_xliff(first)
    loaded = load_record(sam)
    mum, carer = recipient(loaded.record, Role.parent), recipient(loaded.record, Role.carer)
    renderer = Renderer()
    renderer.translated_texts(loaded, carer)
    assert reads == []
    validate(loaded)
    for _ in range(3):
        renderer.translated_texts(loaded, mum)
    assert len(reads) == 1
    english = loaded.record.care_plan.plan
    import_xliff(second)
    assert renderer.translated_texts(loaded, mum).text(("care_plan", "plan"), english) == again(english)
    assert len(reads) == 2


# ---------------------------------------------------------------- the carers' place (issue 17, 12)


def test_the_carers_place_is_offered_for_translation_and_a_persons_name_never(tmp_path: Path) -> None:
    """Ahmad lives at "Riverside supported lodgings", which his Pashto copy shows: the XLIFF offers
    it (the place's own name, Riverside, protected); Sam's carers, Mark and Lisa Owen, never."""
    from recordfiles import AHMAD, write_record

    ahmad = load_record(write_record(tmp_path, base=AHMAD, name="ahmad.yaml")).record
    assert "placement.carers" in [item.path for item in translatable_items(ahmad, "ps")]
    unit = etree.fromstring(export_xliff(ahmad, "ahmad.yaml", "ps")).find(".//x:trans-unit[@id='placement.carers']", NS)
    assert unit is not None and "the name of a place" in unit.find("x:note", NS).text
    assert unit.find("x:source/x:mrk", NS).text == "Riverside"
    sam = load_record(EXAMPLES / "review-sam-9.yaml").record
    assert not [item for item in translatable_items(sam, "ur") if item.path.startswith("placement")]


def test_a_confidential_homes_name_is_not_offered_to_its_parents_language(tmp_path: Path) -> None:
    from recordfiles import AHMAD, write_record

    def parent_reads_urdu(data):
        data["placement"].update(carers="Meadowbank children's home", confidential=True)
        data["distribution"].append({"role": "parent", "name": "Farida Karimi", "language": "ur"})
        data["distribution"].append({"role": "carer", "name": "Meadowbank children's home", "language": "pl"})

    record = load_record(write_record(tmp_path, parent_reads_urdu, base=AHMAD)).record
    assert "placement.carers" not in [item.path for item in translatable_items(record, "ur")]
    assert "placement.carers" in [item.path for item in translatable_items(record, "pl")]


# ---------------------------------------------------------------- what each note tells the translator


def _notes(record, lang: str = "ur") -> dict[str, str]:
    tree = etree.fromstring(export_xliff(record, "record.yaml", lang))
    return {unit.get("id"): unit.find("x:note", NS).text for unit in tree.iterfind(".//x:trans-unit", NS)}


def test_the_note_on_contributed_says_what_is_true_for_who_came_and_who_did_not(tmp_path: Path) -> None:
    """Mrs Patel came and "brought your reading record": her note says what she did at the meeting,
    not that she was invited and shared her views; Sam's mum did not come, and hers still says so."""
    from recordfiles import write_record

    def change(data):
        data["review"]["attendees"][3]["contributed"] = "brought your reading record"
    notes = _notes(load_record(write_record(tmp_path, change)).record)
    came, away = notes["review.attendees.4.contributed"], notes["review.attendees.5.contributed"]
    assert came.startswith("What this person did or said at the meeting") and "invited" not in came
    assert away.startswith("How someone who was invited, and did not come, shared their views")


def test_the_note_on_the_venue_says_the_copy_already_says_at() -> None:
    """An Urdu translator wrote "کونسل کے دفاتر میں" for the venue and the copy read "... میں میں":
    the note says the sentence has its own 'at' or 'in', so only the place is translated."""
    note = _notes(load_record(EXAMPLES / "review-sam-9.yaml").record)["review.venue"]
    assert "already says 'at' or 'in'" in note and "translate the place only" in note
