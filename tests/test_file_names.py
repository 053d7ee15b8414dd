"""Blind review 14a: "parent-magorzata-nowak.pdf" for Małgorzata: a file name romanises every
letter, so business support searching for "malgorzata" finds it, and stays unique per record."""
from __future__ import annotations

import pytest

from recordgen import api
from test_consult import documents, planned


@pytest.mark.parametrize("name, slug", [
    ("Małgorzata Nowak", "malgorzata-nowak"), ("Søren Ørsted", "soren-orsted"), ("Karl Weiß", "karl-weiss"),
    ("Олена Коваль", "olena-koval"), ("Siobhán Ní Bhriain", "siobhan-ni-bhriain"), ("Łukasz Żółć", "lukasz-zolc")])
def test_a_file_name_romanises_every_letter_of_a_name(name, slug):
    assert api.filename_slug(name) == slug


def test_an_invitations_file_name_keeps_the_polish_letters_as_latin_ones():
    data = planned("teen")
    data["review"]["attendees"][1]["name"] = data["distribution"][1]["name"] = "Małgorzata Nowak"
    made = documents(data)
    assert made["invitation", "parent"].filename.endswith("_invitation_parent-malgorzata-nowak.docx")


def test_two_names_that_romanise_alike_still_get_two_files():
    data = planned("teen")
    data["review"]["attendees"].append({"name": "Malgorzata Nowak", "role": "aunt"})
    data["distribution"][1]["name"] = data["review"]["attendees"][1]["name"] = "Małgorzata Nowak"
    data["distribution"].append({"role": "parent", "name": "Malgorzata Nowak"})
    loaded = api.load_data(data, "planned.yaml")
    names = api.copy_filenames(loaded.record, loaded.record.distribution)
    assert len(set(names)) == len(names)
    assert [n for n in names if n.endswith("parent-malgorzata-nowak.docx")]
    assert [n for n in names if n.endswith("parent-malgorzata-nowak-2.docx")]
