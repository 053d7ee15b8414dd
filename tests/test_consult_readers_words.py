"""Found by blind review 14a: an adult's translated invitation speaks to its reader as the body
does, gives titles in the reader's words, and the child's own list speaks the child's words."""
from __future__ import annotations

import pytest

from recordfiles import docx_text
from test_consult import documents, planned


def _invited(data: dict, role: str) -> list[str]:
    text = docx_text(documents(data)[("invitation", role)].data)
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.endswith(":") and i > 3) + 1
    return lines[start:start + len(data["review"]["attendees"]) + 1]


def _in_language(data: dict, role: str, language: str) -> dict:
    for entry in data["distribution"]:
        if entry["role"] == role:
            entry["language"] = language
    return data


@pytest.mark.parametrize("role, language, polite, informal", [
    ("carer", "ro", "dumneavoastră", "tu"), ("social_worker", "bn", "আপনি", "তুমি"),
    ("parent", "cy", "chi", "ti"), ("parent", "uk", "ви", "ти")])
def test_an_adults_invitation_lists_its_reader_as_the_polite_you_its_body_uses(role, language, polite, informal):
    invited = _invited(_in_language(planned("teen"), role, language), role)
    assert polite in invited and informal not in invited, invited


def test_the_childs_own_invitation_still_says_the_childs_you():
    data = planned("teen")
    data["child"]["language"] = "ro"
    assert "tu" in _invited(data, "child")


def _fenwick_ashby(carers_language: str, worker_language: str) -> dict:
    data = planned("teen")
    data["placement"].update(carers="Mr and Mrs Fenwick-Ashby", confidential=False)
    data["review"]["attendees"][2] = {"name": "Mr and Mrs Fenwick-Ashby", "role": "foster carers"}
    data["distribution"][2] = {"role": "carer", "name": "Mr and Mrs Fenwick-Ashby", "language": carers_language}
    return _in_language(data, "social_worker", worker_language)


def _whole(document) -> str:
    from test_consult import parts_text
    return parts_text(document.data)


def test_carers_known_by_their_titles_are_greeted_together_with_the_titles_in_the_readers_words():
    made = documents(_fenwick_ashby("ro", "bn"))
    carers = docx_text(made["invitation", "carer"].data)
    assert "Stimați domnule și doamnă Fenwick-Ashby," in carers.split("\n")
    assert "Dragă" not in carers and "Mr și Mrs" not in _whole(made["invitation", "carer"])
    assert "Domnul și Doamna Fenwick-Ashby" in _whole(made["invitation", "carer"])  # the header
    worker = docx_text(made["invitation", "social_worker"].data)
    assert "Mr এবং Mrs" not in worker and "মিস্টার ও মিসেস Fenwick-Ashby" in worker


def test_english_carers_known_by_their_titles_stay_as_written():
    carers = docx_text(documents(_fenwick_ashby("en", "en"))["invitation", "carer"].data)
    assert "Dear Mr and Mrs Fenwick-Ashby," in carers.split("\n")


def _with_an_old_iro_and_an_interpreter(band: str, language: str = "en") -> dict:
    data = planned(band)
    data["child"]["language"] = language
    data["review"]["attendees"] += [{"name": "Tom Reid", "role": "previous IRO"},
                                    {"name": "Ioana Popescu", "role": "interpreter"}]
    return data


@pytest.mark.parametrize("band", ["early", "young"])
def test_a_young_childs_invitation_gives_roles_in_the_words_of_their_copy(band):
    invited = _invited(_with_an_old_iro_and_an_interpreter(band), "child")
    assert "Tom Reid, who used to check your plan" in invited, invited
    assert "Ioana Popescu, who helps with words in another language" in invited, invited
    assert not [line for line in invited if "IRO" in line or "(interpreter)" in line]


def test_a_young_childs_translated_invitation_gives_roles_in_the_words_of_their_copy():
    invited = _invited(_with_an_old_iro_and_an_interpreter("early", "ro"), "child")
    assert "Ioana Popescu, care ajută cu cuvintele în altă limbă" in invited, invited
    assert not [line for line in invited if "IRO" in line or "interpreter" in line], invited


def test_older_children_and_adults_keep_the_roles_as_written():
    data = _with_an_old_iro_and_an_interpreter("teen")
    assert "Tom Reid (previous Independent Reviewing Officer)" in _invited(data, "child")  # no acronym to a child
    assert "Tom Reid (previous Independent Reviewing Officer)" in _invited(data, "parent")  # nor to a parent
    assert "Ioana Popescu (interpreter)" in _invited(data, "parent")


def test_a_record_copy_gives_carers_known_by_their_titles_in_the_readers_words():
    from pathlib import Path

    from ruamel.yaml import YAML

    from recordgen import api

    data = YAML(typ="safe").load(Path(__file__).resolve().parent.parent / "examples" / "review-sam-9.yaml")
    for person in data["review"]["attendees"]:
        if person["name"] == "Mark and Lisa Owen":
            person["name"] = "Mr and Mrs Owen"
    data["placement"]["carers"] = "Mr and Mrs Owen"
    for entry in data["distribution"]:
        if entry["role"] == "carer":
            entry.update(name="Mr and Mrs Owen", language="ro")
    loaded = api.load_data(data, "review-sam-9.yaml")
    carer = next(r for r in loaded.record.distribution if r.role.value == "carer")
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, carer).data)
    assert "Mr și Mrs" not in text and "Domnul și Doamna Owen" in text
