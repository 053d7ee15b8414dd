"""Blind review 24, finding 4: a small town whose name is an everyday word ("Rye") and a street that is
"The" and one word ("3 The Paddocks") were no part of a confidential address: "Rye Family Centre" as
the venue, "Camber near Rye", "on the Paddocks" reached both parents. They count where written as a
name (with the capital inside a sentence, or before a name or a place at its start); a large place
with an everyday name ("Reading", "Bath") is no part, as a city is not."""

from __future__ import annotations

import pytest

from recordfiles import english_parent, refused_for_parent, validation_errors, write_record


def _sam(tmp_path, said: str, address: str = "5 Kiln Lane, Rye, TN31 7AA", venue: str | None = None):
    def change(data):
        english_parent(data)
        data["placement"]["address"] = address
        data["working_well"][0] = said
        if venue:
            data["review"]["venue"] = venue
    return write_record(tmp_path, change)


def _errors_at(path, field: str) -> list[str]:
    return [d.message for d in validation_errors(path) if d.path == field]


@pytest.mark.parametrize("said, named", [
    ("You love the beach at Camber near Rye.", "Rye"),
    ("You go to Rye library on Tuesdays.", "Rye"),
    ("Nana takes you to Rye Harbour to see the boats.", "Rye"),
    ("Rye Harbour is where you go crabbing.", "Rye"),
    ("You go to the Rye toddler group.", "Rye"),
    ("You ride your bike round The Paddocks.", "the Paddocks"),
    ("Your friends on the Paddocks are kind.", "the Paddocks"),
    ("You play football near The Paddocks every evening.", "the Paddocks"),
])
def test_an_everyday_word_town_or_street_written_as_a_name_is_an_error_and_refused(tmp_path, said, named):
    address = "3 The Paddocks, Otley, LS21 1AA" if "Paddocks" in said else "5 Kiln Lane, Rye, TN31 7AA"
    path = _sam(tmp_path, said, address)
    found = _errors_at(path, "working_well.1")
    assert any(f"this names '{named}'" in m for m in found), found
    assert refused_for_parent(tmp_path, path)


def test_the_venue_in_the_everyday_word_town_is_an_error(tmp_path):
    path = _sam(tmp_path, "You like your school.", venue="Rye Family Centre")
    assert any("this names 'Rye'" in m for m in _errors_at(path, "review.venue"))


@pytest.mark.parametrize("said, address", [
    ("Rye bread is your favourite.", "5 Kiln Lane, Rye, TN31 7AA"),
    ("You had rye bread at the cafe.", "5 Kiln Lane, Rye, TN31 7AA"),
    ("Your teacher Mrs Wells says you read well.", "3 Sea View, Wells, BA5 2AA"),
    ("You went to Reading with Mark to see the match.", "3 Sea View, Reading, RG1 1AA"),   # a large town
    ("You walked through the paddocks to see the horses.", "3 The Paddocks, Otley, LS21 1AA"),
])
def test_the_same_words_as_words_or_a_large_town_are_no_error(tmp_path, said, address):
    assert _errors_at(_sam(tmp_path, said, address), "working_well.1") == []
