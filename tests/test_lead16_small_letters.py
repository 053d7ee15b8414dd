"""Blind review 28, findings F3 and F5: a child writes names in small letters ("i want to stay at the
featherstones house", "mrs quennell helps me with maths"). The carers' family name and the confidential
school's teacher's went into both parents' copies: a name was only looked for with a capital, as "Moss"
is a word too. A name no dictionary lists is a name however written; one that is a word ("Moss",
"Wood") still counts only with a capital. And `consult import` withholds from parents an answer naming
what validate refuses in a parent's copy (the teacher's family name too), not only the placement's parts."""

from __future__ import annotations

import pytest

from recordfiles import SAM, write_record


def _placement(data, carers="Gail and Martin Featherstone"):
    data["placement"]["carers"] = carers
    for person in data["review"]["attendees"]:
        if person["name"] == "Mark and Lisa Owen":
            person["name"] = carers
        if person["name"] == "Mrs Patel":
            person.update(name="Mrs Quennell", role="class teacher")
    for recipient in data["distribution"]:
        if recipient["role"] == "carer":
            recipient["name"] = carers
    for section in ("child_views", "working_well", "goals"):
        data[section] = [t.replace("Mark and Lisa", "Gail and Martin").replace("Mrs Patel", "Mrs Quennell")
                         if isinstance(t, str) else t for t in data[section]]


def _errors(tmp_path, answer, carers="Gail and Martin Featherstone"):
    from recordgen import api

    def change(data):
        _placement(data, carers)
        data["child_views"].append(answer)
    loaded = api.load_record(write_record(tmp_path, change, base=SAM))
    return [d for d in api.validate(loaded) if d.severity == "error" and d.path == "child_views.4"]


@pytest.mark.parametrize("answer", ["i want to stay at the featherstones house", "the featherstones are kind",
                                    "mrs quennell helps me with maths", "quennell is my teacher"])
def test_a_name_in_small_letters_is_refused_in_a_parents_copy(tmp_path, answer):
    found = _errors(tmp_path, answer)
    assert len(found) == 1 and "kept from parents" in found[0].message, found


@pytest.mark.parametrize("answer", ["we saw moss on the wall", "the wood behind school is fun"])
def test_a_name_that_is_a_word_still_needs_its_capital(tmp_path, answer):
    assert _errors(tmp_path, answer, carers="Gail and Martin Moss") == []
    assert _errors(tmp_path, answer, carers="Gail and Martin Wood") == []


def test_consult_import_withholds_an_answer_naming_the_schools_teacher(tmp_path):
    from recordgen import api
    from recordgen.distribution.consult_import import _kept_from
    from recordgen.record.model import Role

    loaded = api.load_record(write_record(tmp_path, _placement, base=SAM))
    assert _kept_from(loaded.record, "I like my teacher Mrs Quennell", []) == (
        [Role.parent], "names a part of the confidential placement")
    assert _kept_from(loaded.record, "I like my teacher", []) == ([], "")
