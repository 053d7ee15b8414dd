"""An action's who given as roles of several people ("dad and mum", "your carers and social worker")
is said in the reader's words in every language's copy (fix18): each role the catalogs know, joined
as the language joins a list, never the IRO's English marked ("[بالإنجليزية: Dad and mum]"), and not
sent to a translator. Real files, copies rendered and read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recordfiles import docx_text
from recordgen import api
from recordgen.i18n import gettext_functions, person_variant
from recordgen.record.roles import known_role, person_gender
from recordgen.translation.items import translatable_items

SAM = Path(__file__).parents[1] / "examples" / "review-sam-9.yaml"
LANGUAGES = ["cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn"]
PARTS = {"dad and mum": ["dad", "mum"], "mum and dad": ["mum", "dad"],
         "your carers and social worker": ["your carers", "social worker"], "Mum & Dad": ["Mum", "Dad"]}
WHOS = list(PARTS)


def _record(tmp_path: Path, who: str, language: str) -> Path:
    source = SAM.read_text(encoding="utf-8").replace("  - who: Mark and Lisa\n", f"  - who: {who}\n")
    source = source.replace("  language: en\n", f"  language: {language}\n", 1)
    path = tmp_path / f"review-{language}.yaml"
    path.write_text(source, encoding="utf-8")
    return path


def _who_cell(path: Path) -> str:
    loaded = api.load_record(path)
    copy = api.Renderer(api.Settings(), allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "child"))
    lines = docx_text(copy.data).split("\n")
    return lines[next(n for n, line in enumerate(lines) if "calm bedtime" in line) - 1]


def _words(language: str, part: str) -> set[str]:
    """The catalog's word for one role, and its word for the person's gender where it has one."""
    _ = gettext_functions(language)[0]
    message = known_role(part)
    return {_(message), person_variant(language, message, person_gender("", part)) or _(message)}


@pytest.mark.parametrize("who", WHOS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_roles_of_several_are_said_in_the_readers_words(tmp_path, language, who):
    cell = _who_cell(_record(tmp_path, who, language))
    assert "[" not in cell and not re.search(r"\b(?:dad|mum|carers|social worker|Your)\b", cell, re.I), cell
    for part in PARTS[who]:
        assert any(word in cell for word in _words(language, part)), (part, cell)


def test_arabic_says_your_dad_and_your_mum_each_in_their_gender(tmp_path):
    assert _who_cell(_record(tmp_path, "dad and mum", "ar")) == "الأب الخاص بك والأم الخاصة بك"


@pytest.mark.parametrize("who", WHOS)
def test_the_english_copy_says_them_as_written(tmp_path, who):
    cell = _who_cell(_record(tmp_path, who, "en"))
    assert cell == who[:1].upper() + who[1:]


def test_roles_of_several_are_not_sent_to_a_translator(tmp_path):
    loaded = api.load_record(_record(tmp_path, "dad and mum", "ar"))
    assert "actions.3.who" not in {item.path for item in translatable_items(loaded.record, "ar")}


@pytest.mark.parametrize("who", ["Mark and Lisa", "mother, in Sudan", "dad and Mark", "mum"])
def test_a_name_or_a_note_among_them_is_no_roles_of_several(who):
    from recordgen.record.roles import role_parts

    assert role_parts(who) is None
    assert role_parts("your carers and social worker") == ["your carers", "social worker"]


def _scale_line(tmp_path: Path, by: str, language: str) -> str:
    source = re.sub(r"(\nscale:\n  score: \d+\n  by: ).*", rf"\g<1>{by}", SAM.read_text(encoding="utf-8"))
    source = source.replace("  language: en\n", f"  language: {language}\n", 1)
    path = tmp_path / f"scale-{language}.yaml"
    path.write_text(source, encoding="utf-8")
    loaded = api.load_record(path)
    copy = api.Renderer(api.Settings(), allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "child"))
    lines = docx_text(copy.data).split("\n")
    return lines[next(n for n, line in enumerate(lines) if "10 means everything" in line) + 1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_who_gave_the_score_as_roles_of_several_is_said_in_the_readers_words(tmp_path, language):
    # Read as two people's names before: "Dad وmum: التقييم 8 من 10."
    line = _scale_line(tmp_path, "dad and mum", language)
    assert not re.search(r"\b(?:dad|mum)\b", line, re.I), line
    for part in PARTS["dad and mum"]:
        assert any(word in line or word.capitalize() in line for word in _words(language, part)), (part, line)
