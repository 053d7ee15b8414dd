"""Blind review 32, finding 3: a withheld aunt's initial after a Welsh or Polish family word ("Modryb T",
"Fodryb T", "Anti T", "Bopa T", "Ciocia T") reached dad, where "Auntie T" is refused. The family words of
the languages the tool serves (rules/family_words.py), with their mutations and cases, count as the English
ones do; a family word before another name or initial, or alone, is no alarm."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from recordfiles import docx_text, errors_by_field, write_data
from recordgen.rules.family_words import FAMILY_WORDS_BY_LANGUAGE, OTHER_LANGUAGE_KIN_WORDS

DATA = Path(__file__).parent / "data_leaks41"
#: What the reviewer wrote in m4.yaml (child_views 4 to 8).
REVIEWERS = ["Modryb T", "Anti T", "Ciocia T", "Bopa T", "Fodryb T"]
#: The words the brief names, each to be among them (aunt, uncle, grandparents).
NAMED = {"cy": ["modryb", "fodryb", "ewythr", "anti", "bopa", "wncwl", "nain", "taid", "mamgu", "tadcu"],
         "pl": ["babcia", "ciocia", "wujek", "dziadek"], "ro": ["mătușa", "bunica"], "pt": ["tia", "avó", "avô"],
         "ar": ["khalto", "ammo", "teta", "jiddo"], "ur": ["khala", "phuppo", "nani", "dadi", "chacha"],
         "bn": ["nanu", "khala"]}


def _m4() -> dict:
    return YAML(typ="safe", pure=True).load((DATA / "m4.yaml").read_text(encoding="utf-8"))


def _views(data: dict, texts: list[str]) -> None:
    data["child_views"] = data["child_views"][:3] + texts


def test_every_language_served_has_its_words():
    assert set(FAMILY_WORDS_BY_LANGUAGE) == {"cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti",
                                              "bn"}
    for language, words in NAMED.items():
        assert set(words) <= set(FAMILY_WORDS_BY_LANGUAGE[language]), language


def test_the_reviewers_record_is_refused_at_each_view(tmp_path):
    path = tmp_path / "m4.yaml"
    path.write_bytes((DATA / "m4.yaml").read_bytes())
    errors = errors_by_field(path)
    for i, said in enumerate(REVIEWERS, start=4):
        assert any(f"'{said}'" in m and "Carys Tregaskis" in m for m in errors.get(f"child_views.{i}", [])), \
            (said, errors)


def test_each_word_before_the_withheld_aunts_initial_is_refused(tmp_path):
    words = OTHER_LANGUAGE_KIN_WORDS
    path = write_data(tmp_path, _m4(), lambda d: _views(d, [f"I love going to {w.capitalize()} T's on Fridays."
                                                             for w in words]))
    errors = errors_by_field(path)
    missed = [w for i, w in enumerate(words, start=4)
              if not any("Carys Tregaskis" in m for m in errors.get(f"child_views.{i}", []))]
    assert not missed


def test_each_word_before_another_name_or_alone_is_no_alarm(tmp_path):
    words = OTHER_LANGUAGE_KIN_WORDS
    texts = [f"{w.capitalize()} Jones and {w.capitalize()} B came, and I saw my {w} too." for w in words]
    path = write_data(tmp_path, _m4(), lambda d: _views(d, texts))
    errors = errors_by_field(path)
    alarms = [w for i, w in enumerate(words, start=4) if errors.get(f"child_views.{i}")]
    assert not alarms, {w: errors[f"child_views.{i}"] for i, w in enumerate(words, start=4) if w in alarms}


def test_dads_copy_leaves_the_welsh_aunt_out_once_withheld(tmp_path):
    """The remedy the error gives works: withheld from parent, dad's copy has no "Modryb T"."""
    from recordgen import api

    def change(data):
        _views(data, [{"text": "I love going to Modryb T's on Fridays.", "withhold_from": ["parent"]}])
    path = write_data(tmp_path, _m4(), change)
    assert not errors_by_field(path)
    loaded = api.load_record(path)
    dad = [r for r in loaded.record.distribution if r.name == "Dafydd Pritchard"][0]
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, dad).data)
    assert "Modryb T" not in text and "I love going to" not in text


@pytest.mark.parametrize("said", ["Dw i'n caru mynd at Fodryb T.", "Rwy'n mynd i weld fy Nhaid T.",
                                  "Jadę do Babci T w sobotę.", "Mieszkam u Wujka T.", "Merg la Mătușa T duminica.",
                                  "Khala T picks me up.", "Phuppo T rang me.", "Teta T makes kibbeh."])
def test_sentences_in_the_language_are_refused(tmp_path, said):
    language = {"D": "cy", "R": "cy", "J": "pl", "M": "pl"}.get(said[0])
    if said.startswith("Merg"):
        language = "ro"
    item = {"text": said, "language": language} if language else said
    path = write_data(tmp_path, _m4(), lambda d: _views(d, [item]))
    assert any("Carys Tregaskis" in m for m in errors_by_field(path).get("child_views.4", []))


def test_a_kin_word_that_is_a_given_name_before_the_shared_family_name_is_that_persons_name(tmp_path):
    """"Tia Tregaskis" is a girl called Tia (a cousin sent a copy too), not Portuguese "aunt Tregaskis"; "Tia T"
    is still the aunt."""
    def change(data):
        data["distribution"].append({"role": "other", "name": "Tia Tregaskis (cousin)"})
        _views(data, ["Tia Tregaskis came to my party.", "Tia T came to my party."])
    path = write_data(tmp_path, _m4(), change)
    errors = errors_by_field(path)
    assert not [m for m in errors.get("child_views.4", []) if "'Tia Tregaskis'" in m]
    assert any("'Tia T'" in m for m in errors.get("child_views.5", []))
