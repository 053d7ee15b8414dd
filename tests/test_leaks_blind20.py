"""Leaks found by blind review 20 (/work/blind20/REPORT.md, items 1, 2, 7, 8/9 and 18). Each test
writes a small fictional record, then reads validate's output, or the copies back."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import docx_text, parent_copies, rendered_copies, the_copy, write_data


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": "2026-12-07"})


def _record(child_id: str, name: str, known_as: str) -> dict:
    return {
        "child": {"id": child_id, "name": name, "known_as": known_as, "date_of_birth": "2016-04-02",
                  "pronouns": "she/her", "language": "en", "entered_care": "2025-05-05"},
        "review": {"date": "2026-11-19", "sequence": 4, "venue": "the family centre",
                   "chair": {"name": "Mo Rahman", "phone": "0113 222 0000", "email": "mo.rahman@example.gov.uk"},
                   "participation": "PN1", "attendees": [{"name": known_as, "role": "you"}]},
        "working_well": ["You are doing well at school."],
        "worries": ["You miss your sister."],
        "goals": ["You see your sister every week."],
        "actions": [{"who": "Sara Platt (your social worker)", "what": "Set up weekly visits.", "by": "2026-12-18"}],
        "care_plan": {"plan": "You will stay where you are.", "still_right": True},
        "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    }


# ---------------------------------------------------------------- 1: twins, a parent sent as carer or written otherwise


def ella(dad: str = "Mark Lowe") -> dict:
    """Placed confidentially with foster carers; her copies to mum and dad."""
    data = _record("LS-50101", "Ella Lowe", "Ella")
    data["review"]["attendees"] += [{"name": "Hazel and Ian Harrowby", "role": "foster carers"},
                                    {"name": "Jade Lowe", "role": "mum"}, {"name": dad, "role": "dad"}]
    data["placement"] = {"carers": "Hazel and Ian Harrowby", "address": "6 Fulneck Mews, Pudsey, LS28 8NT",
                         "school": "Greenside Primary School", "confidential": True}
    data["distribution"] = [{"role": "child", "name": "Ella"}, {"role": "parent", "name": "Jade Lowe"},
                            {"role": "parent", "name": dad}, {"role": "carer", "name": "Hazel and Ian Harrowby"}]
    return data


def evie(dad: str = "Mr M. Lowe", mums_role: str = "carer") -> dict:
    """Her twin, at home with mum (sent a copy as ``mums_role``); her items name Ella's school,
    carers and street."""
    data = _record("LS-50102", "Evie Lowe", "Evie")
    data["review"]["attendees"] += [{"name": "Jade Lowe", "role": "mum"}, {"name": dad, "role": "dad"}]
    data["working_well"] = ["You went to Ella's sports day at Greenside and cheered for her."]
    data["goals"] = ["You see Ella every week, sometimes at the Harrowbys' house."]
    data["actions"][0]["what"] = "Set up weekly visits with Ella at Fulneck Mews."
    data["placement"] = {"carers": "Jade Lowe (your mum)", "address": "41 Tong Road, Leeds, LS12 4QA",
                         "school": "Armley Park Primary School", "confidential": False}
    data["distribution"] = [{"role": "child", "name": "Evie"}, {"role": mums_role, "name": "Jade Lowe"},
                            {"role": "parent", "name": dad}]
    return data


SECRETS = ("Greenside", "Harrowby", "Fulneck")


def _twins(folder, ella_data, evie_data):
    folder.mkdir(exist_ok=True)
    return write_data(folder, ella_data, name="ella.yaml"), write_data(folder, evie_data, name="evie.yaml")


@pytest.mark.parametrize("ellas_dad, evies_dad, mums_role, readers", [
    ("Mark Lowe", "Mr M. Lowe", "carer", "Jade Lowe and Mr M. Lowe are"),   # the record as the reviewer wrote it
    ("Mark Lowe", "Mark Lowe", "carer", "Jade Lowe and Mark Lowe are"),     # mum sent as carer alone
    ("Mark Lowe", "Mr M. Lowe", "parent", "Jade Lowe and Mr M. Lowe are"),  # dad written otherwise alone
    ("Mr M Lowe", "Mark Lowe", "parent", "Jade Lowe and Mark Lowe are"),
])
def test_a_twins_copies_to_mum_sent_as_carer_and_to_dad_written_otherwise_are_refused(
        tmp_path, ellas_dad, evies_dad, mums_role, readers):
    records = tmp_path / "records"
    one, other = _twins(records, ella(ellas_dad), evie(evies_dad, mums_role))
    result = run("validate", one, other)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if "evie.yaml" in line and ": error:" in line]
    assert len(errors) == 3, result.output
    assert all("ella.yaml" in line and f"{readers} sent this copy too" in line for line in errors), errors
    for secret, where in zip(SECRETS, ("working_well.1", "goals.1", "actions.1.what")):
        assert any(f"{where}: error: this names '{secret}" in line for line in errors), errors

    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    assert result.exit_code == 1, result.output
    made = [p for p in out.rglob("*.docx")]
    assert [p for p in made if "_child-evie" in p.name]
    for paper in made:
        if "LS-50102" in paper.name:
            assert "_child-" in paper.name, paper.name  # mum's (as carer) and dad's copies are not made
        text = docx_text(paper.read_bytes())
        if "_parent-" in paper.name or "_carer-jade" in paper.name:
            assert not [s for s in SECRETS if s in text], paper.name


@pytest.mark.parametrize("ellas_dad, evies_dad", [
    ("Mr Mark Lowe", "Mrs M. Lowe"),  # a woman's title: not Mr Mark Lowe
    ("Mark Lowe", "Mr P. Lowe"),   # another initial
    ("Mark Lowe", "Mr Lowe"),      # a title and family name alone say too little
    ("Mark Lowe", "Mark Lowery"),
])
def test_another_parent_of_the_family_name_is_not_compared(tmp_path, ellas_dad, evies_dad):
    data = evie(evies_dad, "parent")
    data["distribution"] = [r for r in data["distribution"] if r["name"] != "Jade Lowe"]
    one, other = _twins(tmp_path / "records", ella(ellas_dad), data)
    result = run("validate", one, other)
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- 18: a carer kept out by a short form of her name


def bells(worry: str) -> dict:
    data = _record("DN-33120", "Leo Barker", "Leo")
    data["child"].update(pronouns="he/him", date_of_birth="2014-07-07")
    data["review"]["attendees"] += [{"name": "Margaret and Ken Bell", "role": "foster carers"},
                                    {"name": "Sian Lewis", "role": "social worker"}]
    data["worries"] = [{"text": worry, "withhold_from": ["carer"]}]
    data["placement"] = {"carers": "Margaret and Ken Bell", "address": "3 Ash Grove, Doncaster, DN4 5TT",
                         "school": "Hall Cross Academy", "confidential": False}
    data["distribution"] = [{"role": "child", "name": "Leo"}, {"role": "carer", "name": "Margaret and Ken Bell"},
                            {"role": "social_worker", "name": "Sian Lewis"}]
    return data


@pytest.mark.parametrize("worry", [
    "Maggie slapped you in October. This is being looked into by someone outside the council.",
    "Peggy shouted at you.",
    "Mrs B slapped you in October.",
    "Kenny shouted at you.",
])
def test_a_carer_named_by_a_short_form_in_an_item_kept_from_the_carers_is_not_offered_to_help_complain(
        tmp_path, worry):
    texts = rendered_copies(tmp_path, write_data(tmp_path, bells(worry)))
    for part in ("_child-", "_carer-", "_social_worker-"):
        text = the_copy(texts, part)
        assert "Your social worker or I can help you do it." in text, part
        assert "your carers or social worker can help you" not in text.casefold(), part


def test_a_short_form_of_someone_else_leaves_the_carers_offered(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, bells("Jamie at school shouted at you.")))
    assert "your carers or social worker can help you do it." in the_copy(texts, "_child-")


# ---------------------------------------------------------------- 2: mum's partner among the carers


def larks(carers: str = "Nicola Lark (your mum) and Dean Forbes") -> dict:
    """Ty at home with mum (a carer's copy) and her partner Dean (an `other` copy), kept from dad."""
    data = _record("WK-77310", "Tyler Lark", "Ty")
    data["child"].update(pronouns="he/him", date_of_birth="2015-06-11", entered_care="2025-01-20")
    data["review"].update(date="2026-10-14")
    data["review"]["attendees"] += [{"name": "Nicola Lark", "role": "mum"}, {"name": "Dean Forbes", "role": "mum's partner"},
                                    {"name": "Gary Lark", "role": "dad"}, {"name": "Ruth Bell", "role": "social worker"}]
    data["worries"] = [{"text": "You told me you do not want your mum to know you have a girlfriend.",
                        "withhold_from": ["parent"]},
                       "You miss your dad."]
    data["actions"][0].update(who="Ruth Bell (your social worker)", by="2026-11-11")
    data["placement"] = {"carers": carers, "address": "9 Wrenthorpe Mews, Wakefield, WF2 0QP",
                         "school": "Kirkhamgate Primary School", "confidential": True}
    data["distribution"] = [{"role": "child", "name": "Ty"}, {"role": "carer", "name": "Nicola Lark"},
                            {"role": "parent", "name": "Gary Lark"}, {"role": "social_worker", "name": "Ruth Bell"}]
    return data


@pytest.mark.parametrize("carers", [
    "Nicola Lark (your mum) and Dean Forbes",
    "Nicola Lark (your mum) and Dean Forbes (her partner)",
    "Nicola and Dean",
    "Dean Forbes and Nicola Lark (your mum)",
    "your mum, Nicola Lark, and Dean Forbes",
    "Nicola Lark (mum) & Dean Forbes",
])
def test_mum_as_carer_with_her_partner_among_the_carers_is_still_a_parent(tmp_path, carers):
    path = write_data(tmp_path, larks(carers))
    texts = rendered_copies(tmp_path, path)
    girlfriend = "do not want your mum to know you have a girlfriend"
    assert girlfriend not in the_copy(texts, "_carer-nicola-lark")
    assert girlfriend not in the_copy(texts, "_parent-gary-lark")
    child = the_copy(texts, "_child-")
    assert f"{girlfriend}. (This is not in your parents' copies.)" in child, child
    for part in ("_parent-gary-lark", "_child-", "_carer-nicola-lark"):  # mum is no "carer" to him
        assert "You live with your mum, Nicola, and Dean." in the_copy(texts, part), part
    result = run("validate", path)
    assert "Nicola Lark is a carer the placement names" in result.output, result.output
    assert "is sent a copy as 'carer': what is withheld from parent is kept from their copy too" in result.output


# ---------------------------------------------------------------- 7: a respite carer of a confidential placement


def kay(item: str = "You stay with Janet one weekend a month.") -> dict:
    """Placed confidentially with Jess and Owen Tranmere; a respite carer sent a carer's copy; a childminder."""
    data = _record("BD-62044", "Kay Shaw", "Kay")
    data["review"].update(date="2026-11-10")
    data["review"]["attendees"] += [{"name": "Jess and Owen Tranmere", "role": "foster carers"},
                                    {"name": "Carl Shaw", "role": "dad"},
                                    {"name": "Janet Oddie", "role": "respite carer"},
                                    {"name": "Mrs Whitcombe", "role": "Kay's childminder after school"}]
    data["working_well"] = [item]
    data["placement"] = {"carers": "Jess and Owen Tranmere", "address": "5 Tanyard Fold, Ilkley LS29 7AA",
                         "school": "St Aidan's C of E Academy", "confidential": True}
    data["distribution"] = [{"role": "child", "name": "Kay"}, {"role": "parent", "name": "Carl Shaw"},
                            {"role": "carer", "name": "Jess and Owen Tranmere"},
                            {"role": "carer", "name": "Janet Oddie"}, {"role": "carer", "name": "Sue Pimblett"}]
    return data


def test_a_respite_carers_family_name_is_kept_from_the_parent_of_a_confidentially_placed_child(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, kay()))
    dad = the_copy(texts, "_parent-carl-shaw")
    assert "Janet (respite carer)" in dad.splitlines(), dad
    assert "Kay's childminder after school" in dad.splitlines()
    for name in ("Oddie", "Whitcombe", "Pimblett"):
        assert name not in dad, name
    assert "Sue" in dad  # sent a carer's copy: by first name, as the carers are
    assert "Janet Oddie (respite carer)" in the_copy(texts, "_child-").splitlines()  # the child's own copy names her


@pytest.mark.parametrize("item, who", [
    ("You stay with Janet Oddie one weekend a month.", "Janet Oddie"),
    ("Mrs Whitcombe picks you up after school.", "Mrs Whitcombe"),
    ("You have tea at the Pimbletts' on Tuesdays.", "Sue Pimblett"),
])
def test_a_respite_carers_family_name_in_a_parents_text_is_an_error(tmp_path, item, who):
    path = write_data(tmp_path, kay(item))
    result = run("validate", path)
    assert result.exit_code == 1, result.output
    (line,) = [line for line in result.output.splitlines() if "working_well.1: error:" in line]
    assert f"the family name of {who}, who also looks after the child" in line, line


# ---------------------------------------------------------------- 8/9: mum's partner, sent a copy as other


def with_dean(data: dict, worry: str = "Dean shouted at you and your social worker is checking what happened.",
              withheld=("carer",)) -> dict:
    """``larks`` with mum alone the carer, her partner Dean sent a copy as `other`, and ``worry`` kept
    from ``withheld``."""
    data["placement"]["carers"] = "Nicola Lark (your mum)"
    data["worries"] = [{"text": worry, "withhold_from": list(withheld)}, "You miss your dad."]
    data["distribution"].append({"role": "other", "name": "Dean Forbes"})
    return data


@pytest.mark.parametrize("worry, withheld, why", [
    ("Dean shouted at you and your social worker is checking what happened.", ["carer"], "is named in it"),
    ("Mr Forbes shouted at you.", ["carer"], "is named in it"),
    ("You told me you do not want your mum to know you have a girlfriend.", ["parent"], "is 'mum's partner'"),
])
def test_mums_partner_sent_a_copy_as_other_reading_what_is_kept_from_the_home_is_warned_of_at_the_item(
        tmp_path, worry, withheld, why):
    path = write_data(tmp_path, with_dean(larks(), worry, withheld))
    result = run("validate", path)
    (line,) = [line for line in result.output.splitlines() if "worries.1: warning:" in line]
    assert f"this is withheld from {withheld[0]}, but Dean Forbes (mum's partner), sent a copy as 'other'" in line
    assert why in line and "The child's own copy says after it that it is not in that copy." in line, line
    assert "add other to its withhold_from" in line
    assert not [line for line in result.output.splitlines() if "worries.2:" in line]


def test_no_such_warning_when_the_item_is_kept_from_other_too(tmp_path):
    path = write_data(tmp_path, with_dean(larks(), withheld=("carer", "other")))
    assert "sent a copy as 'other'" not in run("validate", path).output


def test_mums_partner_is_given_to_dad_without_his_surname_when_mum_is_the_confidential_carer(tmp_path):
    data = with_dean(larks())
    data["goals"] = ["You go fishing with Dean Forbes."]
    path = write_data(tmp_path, data)
    result = run("validate", path)
    assert "goals.1: error: this names 'Forbes', the family name of Dean Forbes, who lives with the carers" \
        in result.output, result.output
    data["goals"] = ["You go fishing with Dean."]
    texts = rendered_copies(tmp_path, write_data(tmp_path, data))
    dad = the_copy(texts, "_parent-gary-lark")
    assert "Dean (mum's partner)" in dad.splitlines() and "Forbes" not in dad
    assert "Dean Forbes (mum's partner)" in the_copy(texts, "_child-").splitlines()


def test_mums_partner_keeps_his_surname_when_the_child_lives_with_foster_carers(tmp_path):
    data = with_dean(larks())
    data["placement"]["carers"] = "Hazel and Ian Harrowby"
    data["distribution"][1]["name"] = "Hazel and Ian Harrowby"
    texts = rendered_copies(tmp_path, write_data(tmp_path, data))
    assert "Dean Forbes (mum's partner)" in the_copy(texts, "_parent-gary-lark").splitlines()


def test_a_carers_short_form_is_the_carer_not_a_name_kept_from_her(tmp_path):
    """"Maggie" in an item kept from Margaret and in one she reads is her own name: no warning that it
    tells her of someone."""
    data = bells("Maggie slapped you in October.")
    data["goals"] = ["You feel safe at home and Maggie helps with homework."]
    result = run("validate", write_data(tmp_path, data))
    assert "this names 'Maggie'" not in result.output, result.output
    data["goals"] = ["You feel safe at home and Daniela helps with homework."]
    data["worries"][0]["text"] = "Daniela slapped you in October."
    assert "this names 'Daniela'" in run("validate", write_data(tmp_path, data)).output  # someone else: warned


def test_a_meeting_at_maggies_house_is_at_the_confidential_home(tmp_path):
    data = bells("You told me about school.")
    data["placement"]["confidential"] = True
    data["review"]["venue"] = "Maggie's house"
    data["review"]["attendees"].append({"name": "Lisa Barker", "role": "mum"})
    data["distribution"].append({"role": "parent", "name": "Lisa Barker"})
    result = run("validate", write_data(tmp_path, data))
    assert "came to the meeting at 'Maggie's house', the child's home" in result.output, result.output


def test_a_carer_written_otherwise_is_not_taken_for_another_carer(tmp_path):
    """"Mr and Mrs Tranmere" and "Nana Jess" are the carers: "Jess" is no surname to keep from parents."""
    data = kay("Nana Jess helps you with your reading.")
    data["review"]["attendees"] += [{"name": "Nana Jess", "role": "carer"}, {"name": "Mr and Mrs Tranmere", "role": "carers"}]
    path = write_data(tmp_path, data)
    assert run("validate", path).exit_code == 0
