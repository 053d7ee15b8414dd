"""Copies made for people the record names otherwise than in full (blind review 21): a parent sent a
copy under a short form of their name, a parent's family sent a copy as 'other', a young child's copy
read aloud by the carer, a personal adviser or advocate named only in withheld items, an action's
owner written short, and what a copy says of the advocate. Each test writes a small fictional record,
then reads validate's output, or the copies back."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import rendered_copies, the_copy, write_data


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": "2026-12-07"})


#: Kayla, placed confidentially with foster carers; mum and dad in the record's list of who came.
KAYLA = {
    "child": {"id": "BR-25001", "name": "Kayla Brannigan", "known_as": "Kayla", "date_of_birth": "2016-04-02",
              "pronouns": "she/her", "language": "en", "entered_care": "2025-05-05"},
    "review": {"date": "2026-11-19", "sequence": 4, "venue": "the family centre", "participation": "PN1",
               "chair": {"name": "Mo Rahman", "phone": "0113 222 0000", "email": "mo.rahman@example.gov.uk"},
               "attendees": [{"name": "Kayla", "role": "you"}, {"name": "Sara Platt", "role": "social worker"},
                             {"name": "Hazel and Ian Harrowby", "role": "foster carers"},
                             {"name": "Donna Brannigan", "role": "mum"}, {"name": "Wayne Brannigan", "role": "dad"}]},
    "child_views": ["I like my school."],
    "working_well": ["You are doing well at school."],
    "worries": ["You miss your sister.",
                {"text": "You told me you do not want your dad to know about your counselling.",
                 "withhold_from": ["parent"]}],
    "goals": ["You see your sister every week."],
    "actions": [{"who": "Sara Platt (your social worker)", "what": "Set up weekly visits.", "by": "2026-12-18"}],
    "care_plan": {"plan": "You will stay where you are.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    "placement": {"carers": "Hazel and Ian Harrowby", "address": "6 Fulneck Mews, Pudsey, LS28 8NT",
                  "school": "Greenside Primary School", "confidential": True},
    "distribution": [{"role": "child", "name": "Kayla"}, {"role": "carer", "name": "Hazel and Ian Harrowby"}],
}

KEPT_FROM_PARENTS = ("Fulneck", "Harrowby", "Greenside", "counselling")


def kayla(*recipients: dict) -> dict:
    data = copy.deepcopy(KAYLA)
    data["distribution"] += list(recipients)
    return data


# ---------------------------------------------------------------- 1: a parent sent a copy under a short name


@pytest.mark.parametrize("name, parent", [
    ("Mrs D Brannigan", "Donna Brannigan (mum)"),   # title, initial and family name
    ("Wayne", "Wayne Brannigan (dad)"),             # first name alone
    ("Mr Brannigan", "Wayne Brannigan (dad)"),      # title and family name: the title says which parent
    ("D. Brannigan", "Donna Brannigan (mum)"),
])
def test_a_parent_written_short_as_other_gets_a_parents_copy(tmp_path, name, parent):
    path = write_data(tmp_path, kayla({"role": "other", "name": name}))
    result = run("validate", path)
    assert f"distribution.3.role: warning: {name} is sent papers as 'other', and is {parent}, Kayla's parent, " \
        "written short" in result.output, result.output
    line = result.output.split(f"{name} is sent papers")[0].splitlines()[-1]
    assert line.startswith(f"{path}:") and int(line.split(":")[1]) > 0
    texts = rendered_copies(tmp_path, path)
    copy_text = the_copy(texts, "_parent-")
    for secret in KEPT_FROM_PARENTS:
        assert secret not in copy_text, secret


@pytest.mark.parametrize("name", [
    "Mrs Brannigan (paternal grandmother)",  # a role given: someone else with the family name
    "Mr D Brannigan",                         # Mr is not Donna, and Wayne's initial is not D
    "Brannigan",                              # a family name alone says no one
])
def test_someone_else_with_a_parents_family_name_stays_other(tmp_path, name):
    path = write_data(tmp_path, kayla({"role": "other", "name": name}))
    assert "written short" not in run("validate", path).output
    assert any("_other-" in n for n in rendered_copies(tmp_path, path))


def test_a_first_name_two_people_share_is_not_taken_for_the_parent(tmp_path):
    data = kayla({"role": "other", "name": "Wayne"})
    data["review"]["attendees"].append({"name": "Wayne Platt", "role": "family support worker"})
    path = write_data(tmp_path, data)
    assert "written short" not in run("validate", path).output


# ---------------------------------------------------------------- 2: a parent's family sent a copy as 'other'


@pytest.mark.parametrize("name, whose", [
    ("Mrs Brannigan (paternal grandmother)", "Kayla's dad"),
    ("Leanne Doyle (mum's sister)", "Kayla's mum"),
    ("Craig Holt (mum's boyfriend)", "Kayla's mum"),
    ("Dean Fox (Donna's partner)", "Donna"),
])
def test_a_parents_family_sent_a_copy_as_other_is_warned_of_at_their_line(tmp_path, name, whose):
    path = write_data(tmp_path, kayla({"role": "other", "name": name}))
    result = run("validate", path)
    bare = name.split(" (")[0]
    warned = [line for line in result.output.splitlines() if "distribution.3.role: warning:" in line
              and "is the parents' family" in line]
    assert any("withheld only from parents, the school, the address and the carers' names" in line
               and f"may carry it to {whose}" in line for line in warned), result.output
    if "partner" in name or "boyfriend" in name:  # said at the item, as of anyone close to a parent
        assert f"worries.2: warning: this is withheld from parent, but {name}, sent a copy as 'other'" in result.output
    else:
        assert any("distribution.3.role: warning:" in line and "their copy gives the 1 item withheld from parent "
                   "(worries.2" in line for line in result.output.splitlines())
    # They are not parents: their copy stays 'other', as the README says.
    assert any("_other-" in n for n in rendered_copies(tmp_path, path)), bare


@pytest.mark.parametrize("name", ["Ann Cole (mum's friend)", "Jo Reid (social worker)", "Tom Hale (baby's dad)"])
def test_someone_who_is_no_parents_family_is_not_warned_of_as_such(tmp_path, name):
    assert "is the parents' family" not in run("validate", write_data(tmp_path, kayla({"role": "other",
                                                                                         "name": name}))).output


def test_an_item_withheld_from_other_too_is_not_said_to_reach_the_parents_family(tmp_path):
    data = kayla({"role": "other", "name": "Leanne Doyle (mum's sister)"})
    data["worries"][1]["withhold_from"] = ["parent", "other"]
    data["placement"]["confidential"] = False
    assert "is the parents' family" not in run("validate", write_data(tmp_path, data)).output


# ---------------------------------------------------------------- 3: a young child's copy, read aloud by the carer


def poppy(born: str = "2023-01-10") -> dict:
    """Kayla's little sister, 3 at her review (the early band); a worry kept from her carers."""
    data = copy.deepcopy(KAYLA)
    data["child"].update(name="Poppy Brannigan", known_as="Poppy", date_of_birth=born)
    data["review"]["participation"] = "PN0" if born > "2022-11-19" else "PN1"
    data["review"]["attendees"][0]["name"] = "Poppy"
    data["child_views"] = [] if born > "2022-11-19" else ["I like my school."]
    data["worries"][1] = {"text": "Your foster carers may not be able to keep you after the summer.",
                          "withhold_from": ["carer"]}
    data["actions"].append({"who": "Sara Platt (your social worker)", "what": "Look for a family for after the summer.",
                            "by": "2027-01-29", "withhold_from": ["carer"]})
    data["distribution"] = [{"role": "child", "name": "Poppy"}, {"role": "carer", "name": "Hazel and Ian Harrowby"},
                            {"role": "parent", "name": "Donna Brannigan"}]
    return data


def test_a_young_childs_own_copy_leaves_out_what_is_kept_from_the_carer_who_reads_it(tmp_path):
    path = write_data(tmp_path, poppy())
    result = run("validate", path)
    assert "worries.2: warning: this is withheld from carer, and Poppy's own copy is for the carer to read to " \
        "Poppy (under 8 on the review date), so it leaves this out too" in result.output, result.output
    assert "actions.2: warning: this is withheld from carer, and Poppy's own copy" in result.output
    texts = rendered_copies(tmp_path, path)
    child = the_copy(texts, "_child-")
    assert "for the grown-ups to read with you" in child
    assert "You miss your sister." in child
    assert "after the summer" not in child and "This is not in your carers' copy" not in child
    assert "after the summer" in the_copy(texts, "_parent-")


def test_an_older_childs_own_copy_still_has_what_is_kept_from_the_carer(tmp_path):
    path = write_data(tmp_path, poppy(born="2016-01-10"))
    assert "carer to read to" not in run("validate", path).output
    child = the_copy(rendered_copies(tmp_path, path), "_child-")
    assert "Your foster carers may not be able to keep you after the summer. (This is not in your carers' copy.)" \
        in child


# ---------------------------------------------------------------- 4: a personal adviser named only in what a reader may not see


def jordan(kept_where: str = "action") -> dict:
    """Kayla's brother, 17: his personal adviser named only in an action, or as someone who came,
    kept from his mum."""
    data = copy.deepcopy(KAYLA)
    data["child"].update(name="Jordan Brannigan", known_as="Jordan", date_of_birth="2009-03-10", pronouns="he/him")
    data["review"]["attendees"][0]["name"] = "Jordan"
    if kept_where == "action":
        data["actions"].append({"who": "Priya Nandra (your personal adviser)", "what": "Help you find a flat near "
                                "college.", "by": "2027-01-29", "withhold_from": ["parent"]})
    else:  # she came, and is kept off mum's lists
        data["review"]["attendees"].append({"name": "Priya Nandra", "role": "personal adviser"})
    data["distribution"] = [{"role": "child", "name": "Jordan"}, {"role": "carer", "name": "Hazel and Ian Harrowby"},
                            {"role": "parent", "name": "Donna Brannigan"}]
    if kept_where == "attendee":
        data["distribution"].append({"role": "other", "name": "Priya Nandra", "withhold_from": ["parent"]})
    return data


@pytest.mark.parametrize("kept_where", ["action", "attendee"])
def test_a_personal_adviser_named_only_where_a_reader_may_not_look_is_not_named_to_them(tmp_path, kept_where):
    texts = rendered_copies(tmp_path, write_data(tmp_path, jordan(kept_where)))
    mums = the_copy(texts, "_parent-")
    assert "Priya" not in mums and "Nandra" not in mums
    assert "you will have a personal adviser to help you" in mums
    assert "Your personal adviser is Priya Nandra." in the_copy(texts, "_child-")


# ---------------------------------------------------------------- 5: an action's owner written short


def who_cells(texts_folder) -> dict[str, list[str]]:
    """Each copy's Who column, read back from the .docx: file name -> cells."""
    import docx

    cells = {}
    for path in sorted(texts_folder.glob("*.docx")):
        for table in docx.Document(str(path)).tables:
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            if rows and rows[0][0] == "Who":
                cells[path.name] = [row[0] for row in rows[1:]]
    return cells


def test_an_actions_owner_written_short_is_the_attendee_and_no_who_cell_is_empty(tmp_path):
    data = kayla({"role": "parent", "name": "Donna Brannigan"})
    data["review"]["attendees"] += [{"name": "Ian Fenwick", "role": "head of year"},
                                    {"name": "Mrs Khatun", "role": "form tutor"},
                                    {"name": "Lee Fraser", "role": "family support worker"}]
    data["actions"] = [{"who": who, "what": f"Task {i}.", "by": "2026-12-18"}
                       for i, who in enumerate(["Ian F.", "Mr Fenwick", "Mrs Khatun", "Lee F.", "Sara P"])]
    path = write_data(tmp_path, data)
    rendered_copies(tmp_path, path)
    cells = who_cells(tmp_path / "out")
    assert len(cells) == 3
    for name, column in cells.items():
        assert len(column) == 5 and all(cell.strip() for cell in column), (name, column)
        assert column[3] == "Lee Fraser (family support worker)" and column[4] == "Sara Platt (social worker)"
    parents = next(column for name, column in cells.items() if "_parent-" in name)
    # The confidential school's staff by first name and role, or by role alone, to a parent.
    assert parents[:3] == ["Ian (head of year)", "Ian (head of year)", "Your form tutor"]
    childs = next(column for name, column in cells.items() if "_child-" in name)
    assert childs[1:3] == ["Ian Fenwick (head of year)", "Mrs Khatun (form tutor)"]
    assert "(head of year)" in childs[0]


def test_a_short_form_two_attendees_share_is_left_as_written(tmp_path):
    data = kayla()
    data["review"]["attendees"] += [{"name": "Lee Fraser", "role": "family support worker"},
                                    {"name": "Lee Ford", "role": "youth worker"}]
    data["actions"] = [{"who": "Lee F.", "what": "Take you to football.", "by": "2026-12-18"}]
    path = write_data(tmp_path, data)
    rendered_copies(tmp_path, path)
    assert all(column == ["Lee F."] for column in who_cells(tmp_path / "out").values())


def test_mums_partner_living_with_mum_the_carer_is_not_said_to_carry_the_address(tmp_path):
    """Mum is the carer, the placement kept from dad: her partner's home is the child's own."""
    data = kayla({"role": "other", "name": "Craig Holt (mum's partner)"}, {"role": "parent", "name": "Wayne Brannigan"})
    data["placement"]["carers"] = "Donna Brannigan (your mum)"
    data["distribution"][1] = {"role": "carer", "name": "Donna Brannigan"}
    data["review"]["attendees"] = [p for p in data["review"]["attendees"] if "Harrowby" not in p["name"]]
    assert "is the parents' family" not in run("validate", write_data(tmp_path, data)).output


# ---------------------------------------------------------------- 6: one thing said of the advocate


ADVOCATE_SAYS = ("You have an advocate", "your advocate helped", "you told your advocate", "Your advocate can help")
NO_ADVOCATE_SAYS = ("you can ask for one", "You do not have an advocate", "When you are ready, you can have an advocate",
                    "I told you about advocates")


@pytest.mark.parametrize("code, status, has_one", [
    ("PN2", "offered", True),   # an advocate spoke for the child at the meeting
    ("PN5", "offered", True),   # the child briefed an advocate
    ("PN1", "offered", True),   # the child's own advocate came
    ("PN1", "not_yet", False),  # the record says none: validate warns; the copy does not say both
    ("PN1", "has_one", True),
])
def test_a_copy_says_one_thing_of_the_advocate(tmp_path, code, status, has_one):
    data = kayla({"role": "parent", "name": "Donna Brannigan"})
    data["review"]["participation"] = code
    data["review"]["attendees"].append({"name": "Kim Ortiz", "role": "advocate"})
    if code == "PN5":
        data["review"]["attendees"][0]["attended"] = False
    data["rights"]["advocate"] = status
    for name, text in rendered_copies(tmp_path, write_data(tmp_path, data)).items():
        folded = "\n".join(line for line in text.casefold().splitlines() if "advocate" in line)
        says_has = [s for s in ADVOCATE_SAYS if s.casefold() in folded]
        says_none = [s for s in NO_ADVOCATE_SAYS if s.casefold() in folded]
        assert not (says_has and says_none), (name, says_has, says_none)
        assert bool(says_has) == has_one, (name, says_has, says_none)
