"""People the parent must not find, written otherwise than in full (blind review 23): the confidential
carers' family name as a child shortens it ("the Thornies", "Mr T"), a relative kept off the parent's
list after a family word ("Nanny Peggy's"), and a parent sent a copy under another role. Each test
writes a small fictional record, then reads validate's output, or the copies back."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import refused_for_parent, rendered_copies, the_copy, write_data


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": "2026-12-07"})


#: Jay, placed confidentially with Bev and Carl Thornbury; mum sent a parent's copy.
JAY = {
    "child": {"id": "BT-23001", "name": "Jayden Fell", "known_as": "Jay", "date_of_birth": "2016-10-02",
              "pronouns": "he/him", "language": "en", "entered_care": "2025-04-14"},
    "review": {"date": "2026-10-20", "sequence": 3, "venue": "the family centre", "participation": "PN1",
               "chair": {"name": "Moira Tait", "phone": "01670 533000", "email": "moira.tait@example.gov.uk"},
               "attendees": [{"name": "Jay", "role": "you"}, {"name": "Priya Rahman", "role": "social worker"},
                             {"name": "Bev Thornbury", "role": "foster carer"},
                             {"name": "Kelly Fell", "role": "mum", "attended": False}]},
    "child_views": ["I want to see mum more."],
    "working_well": ["You walk to school with your friends every morning."],
    "worries": ["You get cross when family time is cancelled."],
    "goals": ["You see your mum every two weeks and it goes well."],
    "actions": [{"who": "Priya Rahman (your social worker)", "what": "Send the family time plan to your mum.",
                 "by": "2026-11-06"}],
    "care_plan": {"plan": "You will stay with Bev and Carl as you grow up.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    "placement": {"carers": "Bev and Carl Thornbury", "address": "22 Pennywort Close, Hexham, NE46 3PQ",
                  "school": "St Aldhelm's CofE Primary School", "confidential": True},
    "distribution": [{"role": "child", "name": "Jay"}, {"role": "parent", "name": "Kelly Fell"},
                     {"role": "carer", "name": "Bev and Carl Thornbury"},
                     {"role": "social_worker", "name": "Priya Rahman"}],
}

KEPT_FROM_PARENTS = ("Pennywort", "Thornbury", "Aldhelm")


def jay(**changes) -> dict:
    data = copy.deepcopy(JAY)
    for key, value in changes.items():
        data[key] = value
    return data


# ---------------------------------------------------------------- 5: the carers' family name shortened


@pytest.mark.parametrize("text, form", [
    ("I like it at the Thornies. Their dog Biscuit sleeps on my bed.", "Thorn"),
    ("The Thorns take you camping.", "Thorn"),
    ("You call them Auntie Bev and Uncle Carl Thorn.", "Thorn"),
    ("You help Mr T wash the car.", "T"),
    ("Bev T. says you are kind.", "T"),
])
def test_a_short_form_of_the_carers_family_name_is_kept_from_the_parent(tmp_path, text, form):
    path = write_data(tmp_path, jay(working_well=[text]))
    result = run("validate", path)
    assert f"working_well.1: error: this names '{form}', the " in result.output, result.output
    assert "of the carers 'Bev and Carl Thornbury'" in result.output
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("text", [
    "The thorns on the roses scratched you.",   # the word, not the name
    "Thorny bushes grow by the path.",          # a word at the start of a sentence
    "Mr T Harris runs the football club.",      # an initial and another surname
    "You got a new T-shirt.",
    "Mrs Thompson helps you read.",             # a family name with the same letter
])
def test_the_word_or_another_name_is_no_short_form(tmp_path, text):
    path = write_data(tmp_path, jay(working_well=[text]))
    assert "family name" not in run("validate", path).output
    parent = the_copy(rendered_copies(tmp_path, path), "_parent-")
    assert text.split()[1] in parent
    for secret in KEPT_FROM_PARENTS:
        assert secret not in parent


# ---------------------------------------------------------------- 4: a relative kept off the list, after a family word


def with_nan_kept_from_parents(text: str) -> dict:
    data = jay(working_well=[text])
    data["distribution"].append({"role": "other", "name": "Margaret Fell (nan)", "withhold_from": ["parent"]})
    return data


@pytest.mark.parametrize("text, shown", [
    ("You love sleepovers at Nanny Peggy's.", "Peggy"),      # a family word is no given name before her short form
    ("Nanny Fell takes you to the park.", "Nanny Fell"),     # the family name after "Nanny", shared with mum
    ("Nanna Fell came to sports day.", "Nanna Fell"),
    ("Grampy Fell took you fishing.", "Grampy Fell"),
    ("Granny M's cakes are the best.", "Granny M"),          # her first name's initial
])
def test_a_relative_kept_off_the_list_is_not_named_after_a_family_word(tmp_path, text, shown):
    path = write_data(tmp_path, with_nan_kept_from_parents(text))
    result = run("validate", path)
    assert f"working_well.1: error: this names '{shown}' (Margaret Fell (nan)), who is not to be named to parent" \
        in result.output, result.output
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("text", ["Nanny Brenda takes you swimming.", "Peggy Sue Lowe is your swimming coach."])
def test_another_relative_or_a_whole_name_is_not_the_one_kept_off(tmp_path, text):
    path = write_data(tmp_path, with_nan_kept_from_parents(text))
    assert "Margaret Fell (nan)), who is not to be named" not in run("validate", path).output


# ---------------------------------------------------------------- 1: a parent sent a copy under another role


def mum_as(role_word: str, sent_as: str = "other") -> dict:
    """Kelly sent papers as ``sent_as`` with ``role_word`` in brackets (as 'other') or as who came says."""
    data = jay()
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "parent"]
    data["review"]["attendees"][-1]["role"] = role_word
    name = f"Kelly Fell ({role_word})" if sent_as == "other" and "(" not in role_word else "Kelly Fell"
    data["distribution"].insert(1, {"role": sent_as, "name": name})
    return data


@pytest.mark.parametrize("role_word", [
    "parent", "birth parent", "natural mother", "natural father", "biological mother", "ma", "real mum",
    "Jay's natural mum", "mother (birth)", "birth mam", "father of Jay", "mummy Kelly",
])
def test_a_parent_sent_as_other_in_any_words_is_warned_of_at_the_line(tmp_path, role_word):
    result = run("validate", write_data(tmp_path, mum_as(role_word)))
    assert "distribution.2.role: warning: Kelly Fell" in result.output, result.output
    assert "is sent papers as 'other', and the record shows them to be Jay's parent" in result.output


@pytest.mark.parametrize("role_word, sent_as", [
    ("natural mother", "other"), ("real mum", "other"), ("mum", "carer"), ("mum", "social_worker"),
])
def test_a_parent_sent_papers_under_another_role_gets_a_parents_copy(tmp_path, role_word, sent_as):
    path = write_data(tmp_path, mum_as(role_word, sent_as))
    result = run("validate", path)
    assert f"distribution.2.role: warning: Kelly Fell ({role_word}) is sent papers as '{sent_as}', and the record " \
        "shows them to be Jay's parent" in result.output, result.output
    texts = rendered_copies(tmp_path, path)
    mums = the_copy(texts, "kelly-fell")
    for secret in KEPT_FROM_PARENTS:
        assert secret not in mums, secret
    assert not any(f"_{sent_as}-kelly" in name for name in texts)


@pytest.mark.parametrize("role_word", ["foster mum", "adoptive mum", "mum's friend", "family support worker"])
def test_someone_who_is_no_parent_keeps_their_role(tmp_path, role_word):
    assert "shows them to be Jay's parent" not in run("validate", write_data(tmp_path, mum_as(role_word))).output


def test_a_parent_caring_for_the_child_stays_a_carer(tmp_path):
    data = mum_as("mum", "carer")
    data["placement"].update(carers="Kelly Fell (your mum)", confidential=False)
    data["distribution"] = [r for r in data["distribution"] if r["name"] != "Bev and Carl Thornbury"]
    data["care_plan"]["plan"] = "You will stay with your mum."
    assert "shows them to be Jay's parent" not in run("validate", write_data(tmp_path, data)).output


@pytest.mark.parametrize("language, text", [("ro", "Câmpul de lângă casă e mare."), ("pl", "Tak, Tomek jest.")])
def test_the_carers_syllable_takes_no_endings_of_another_language(tmp_path, language, text):
    """Romanian "Câmpul" ("the field") begins like Campbell's "Camp", and Polish "Tak" like its "T";
    "Campbell" itself, in the same translation, is still found."""
    from recordgen.record.loading import load_record
    from recordgen.rules.withholding import translation_leaks

    data = jay()
    data["placement"]["carers"] = data["distribution"][2]["name"] = "Bev and Carl Campbell"
    data["review"]["attendees"][2]["name"] = "Bev Campbell"
    data["distribution"][1]["language"] = language
    record = load_record(write_data(tmp_path, data)).record
    assert list(translation_leaks(record, {language: {"working_well.1": text}})) == []
    assert list(translation_leaks(record, {language: {"working_well.1": text + " Bev Campbell."}}))
