"""A confidential placement in a secure centre or home (blind review 29, finding 2): its own nurse,
psychologist, education lead and the head teacher of its school on site work there, as its residential
workers do, so a parent kept from the place is given them by first name and role, and a text parents
read that names one is an error. The child's own GP, a CAMHS worker or a teacher elsewhere stay named."""

from __future__ import annotations

import copy
import re

from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import rendered_copies, the_copy, write_data

MOZ = {
    "child": {"id": "SC-31007", "name": "Robin Ashdown", "known_as": "Robin", "date_of_birth": "2012-12-01",
              "pronouns": "they/them", "language": "en", "entered_care": "2022-01-10"},
    "review": {"date": "2026-11-11", "sequence": 9, "venue": "the council offices", "participation": "PN4",
               "chair": {"name": "Alex Nwosu", "phone": "01325 000222", "email": "alex.nwosu@example.gov.uk",
                         "pronouns": "they/them"},
               "attendees": [{"name": "Robin", "role": "you"},
                             {"name": "Carl Wetherby", "role": "unit manager"},
                             {"name": "Saira Bibi", "role": "social worker"},
                             {"name": "Ms Thornycroft", "role": "head teacher at the centre's school"},
                             {"name": "Dr Ingleby-Thwaite", "role": "clinical psychologist at the unit"},
                             {"name": "Rhian Gwilliam", "role": "unit nurse"},
                             {"name": "Mr Faraday-Okon", "role": "education lead"},
                             {"name": "Dr Okafor", "role": "your GP"},
                             {"name": "Jo Lumbwe", "role": "CAMHS nurse"},
                             {"name": "Fran Quarmby", "role": "advocate"},
                             {"name": "Liam Ashdown", "role": "dad", "attended": False,
                              "contributed": "told me his views on the phone"}]},
    "child_views": [],
    "working_well": ["You have not hurt yourself for six weeks."],
    "worries": ["You find it very hard when staff change shift."],
    "goals": ["You feel safe enough to move to a children's home near the sea."],
    "actions": [{"who": "Saira Bibi (your social worker)", "what": "Find a children's home that can keep you safe.",
                 "by": "2027-01-08"},
                {"who": "Dr Ingleby-Thwaite (psychologist)", "what": "Start weekly sessions with you.",
                 "by": "2026-12-11"}],
    "care_plan": {"plan": "You will stay where you are until the court's order ends, then move to a children's home.",
                  "still_right": False},
    "rights": {"advocate": "has_one", "independent_visitor": "not_yet", "complaints_explained": True},
    "placement": {"carers": "Aycliffe Secure Centre", "address": "Aycliffe Secure Centre, Newton Aycliffe, DL5 6JB",
                  "confidential": True},
    "next_review": {"date": "2027-05-11"},
    "distribution": [{"role": "child", "name": "Robin"}, {"role": "parent", "name": "Liam Ashdown"},
                     {"role": "carer", "name": "Carl Wetherby (unit manager)"},
                     {"role": "social_worker", "name": "Saira Bibi"},
                     {"role": "other", "name": "Dr Sefton-Marr (unit nurse)"}],
}

_CENTRE_SURNAMES = ("Thornycroft", "Ingleby-Thwaite", "Gwilliam", "Faraday-Okon", "Sefton-Marr", "Wetherby")


def test_a_parents_copy_gives_the_centres_own_staff_by_first_name_and_role(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, MOZ))
    dad = the_copy(texts, "_parent-liam-ashdown")
    for surname in _CENTRE_SURNAMES:
        assert surname not in dad, surname
    assert "Rhian (unit nurse)" in dad
    # Only a title and surname: the role alone (the psychologist's action too).
    assert "psychologist at the unit" in dad and "Your psychologist" in dad
    assert "education lead" in dad.casefold()
    # Someone who works elsewhere is named as the record names them.
    for kept in ("Saira Bibi", "Dr Okafor", "Jo Lumbwe", "Fran Quarmby"):
        assert kept in dad, kept
    # The child's and the social worker's copies name them all.
    worker = the_copy(texts, "_social_worker-saira-bibi")
    assert "Rhian Gwilliam" in worker and "Dr Ingleby-Thwaite" in worker


def test_a_text_parents_read_naming_the_centres_nurse_is_an_error(tmp_path):
    data = copy.deepcopy(MOZ)
    data["working_well"] = ["Rhian Gwilliam says you are sleeping better.", "Dr Okafor says your asthma is better."]
    output = CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output
    assert re.search(r"working_well\.1: error: this names 'Gwilliam', the family name of Rhian Gwilliam, "
                     r"who works where the child lives", output), output
    assert "'Okafor'" not in output


def test_the_same_roles_in_foster_care_or_not_confidential_are_not_cut(tmp_path):
    data = copy.deepcopy(MOZ)
    data["placement"]["confidential"] = False
    dad = the_copy(rendered_copies(tmp_path, write_data(tmp_path, data)), "_parent-liam-ashdown")
    assert "Rhian Gwilliam (unit nurse)" in dad
    data = copy.deepcopy(MOZ)
    data["placement"].update(carers="Gail and Ron Pennifold", address="3 Linthorpe Rise, Darlington, DL3 7QT")
    data["distribution"][2]["name"] = "Gail Pennifold"
    (tmp_path / "f").mkdir()
    dad = the_copy(rendered_copies(tmp_path / "f", write_data(tmp_path / "f", data)), "_parent-liam-ashdown")
    assert "Mr Faraday-Okon" in dad  # an education lead at no place of the child's
