"""Sentences a blind reviewer (session 22) found untrue for the record's facts: each test renders
real copies, reads the .docx back and looks for what must and must not be said (issue 17)."""

from __future__ import annotations

import copy

import pytest

from test_claims_blind16 import ROSA, copy_text

from recordfiles import AHMAD, LILY, SAM, example_data


# --- 1: an advocate who speaks for the child (PN5, PN2) is the child's own ----------------------------


def _rosa(code: str, status: str, role: str | None) -> dict:
    """Rosa (PN2: came, PN5: did not) with ``role`` among who came: the child's advocate or someone else's."""
    data = copy.deepcopy(ROSA)
    data["review"]["participation"] = code
    data["rights"]["advocate"] = status
    data["child_views"] = ["I want to stay with Carol and Dev."]
    if code == "PN2":
        data["review"]["attendees"].append({"name": "Rosa", "role": "you"})
    if role:
        data["review"]["attendees"].append({"name": "Kim Lowe", "role": role, "contributed": "spoke at the meeting"})
    return data


CLAIMS = {"PN5": "you told your advocate what to say for you", "PN2": "your advocate helped say what you think"}


@pytest.mark.parametrize("code", sorted(CLAIMS))
@pytest.mark.parametrize("role", [None, "mum's advocate", "advocate for mum", "advocate (for your mum)",
                                  "parent advocate"])
def test_no_advocate_of_the_childs_own_is_claimed(code, role):
    """Offered one, none taken up: mum's advocate (or nobody) spoke, not the child's."""
    text = copy_text(_rosa(code, "offered", role))
    assert CLAIMS[code] not in text.casefold()
    assert "Your advocate can help too." not in text
    assert ("You were at your meeting." if code == "PN2" else "You did not come to the meeting.") in text


@pytest.mark.parametrize("code", sorted(CLAIMS))
@pytest.mark.parametrize("status, role", [("offered", "your advocate"), ("offered", "advocate for Rosa"),
                                          ("has_one", None), ("has_one", "mum's advocate")])
def test_the_childs_own_advocate_is_still_told(code, status, role):
    assert CLAIMS[code] in copy_text(_rosa(code, status, role)).casefold()


# --- 2: a copy made years later says what was so then, and whom to ask now -----------------------------


def _en(path) -> dict:
    data = example_data(path)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    return data


ASK_THE_IRO = ("You can ask me about it.", "You can ask me how at any time.", "you can contact me",
               "My phone number is", "My email address is", "You can ask your Independent Reviewing Officer",
               "Now you are 18", "until you are 25", "A grown-up can mark it", "A grown-up can write what you show")


def test_lilys_copy_made_at_22_sends_her_to_the_records_team(monkeypatch):
    """Lily, 3 at her review, reads it in 2046: Daniel is no one to contact, her next review long gone."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2046-01-01")
    for who in ("child", "carer"):
        text = copy_text(_en(LILY), who)
        for words in ASK_THE_IRO:
            assert words not in text, (who, words)
        assert "Your next review was due by Monday, 24 August 2026." in text.splitlines() or \
            "Your next review was due by Monday, 24 August 2026." in text, who
        assert "If you have questions about this record now, ask the council's access to records team." in text
        assert "If you are unhappy about the help you got while you were in care, you can complain. " \
               "The council can tell you how." in text
    # Her feedback page goes to the records team, not to Daniel.
    text = copy_text(_en(LILY))
    assert "You can send this page to the council's access to records team." in text
    assert "daniel.reid@" not in text and "Please give this page back to me" not in text


def test_a_care_leavers_copy_at_30_heads_turning_18_in_the_past(monkeypatch):
    data = _en(AHMAD)
    data["child"]["date_of_birth"] = "2008-05-02"  # 17 at his review: 18 before the next one
    data["review"]["participation"] = "PN3"
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    text = copy_text(data)
    for words in ASK_THE_IRO:
        assert words not in text, words
    assert "When you turned 18" in text.splitlines()
    assert "If you have questions about this record now, ask the council's access to records team." in text
    assert "Tick one box." in text


@pytest.mark.parametrize("covered", [False, True])
def test_sams_copy_at_24_asks_no_iro_about_her_next_review(covered, monkeypatch):
    data = _en(SAM)
    if covered:  # Daniel Reid chaired for Helen Price, her own IRO
        data["review"]["chair"] = {"name": "Daniel Reid", "phone": "01724 296001"}
        data["review"]["attendees"].append({"name": "Helen Price", "role": "your IRO", "attended": False})
    data["review"]["participation"] = "PN3"
    monkeypatch.setenv("RECORDGEN_TODAY", "2041-06-01")
    text = copy_text(data)
    for words in ASK_THE_IRO:
        assert words not in text, words
    assert "Your next review was due by Tuesday, 25 August 2026." in text


def test_a_care_leavers_copy_before_25_still_gives_the_iro_and_the_present(monkeypatch):
    """At 20 the council still helps him: the IRO answers about this record, as before."""
    data = _en(AHMAD)
    data["child"]["date_of_birth"] = "2008-05-02"
    monkeypatch.setenv("RECORDGEN_TODAY", "2028-06-01")
    text = copy_text(data)
    assert "If you have questions about this record, you can contact me, Ruth." in text
    assert "My phone number is" in text and "Now you are 18" in text.splitlines()


# --- 3: a couple is two people ---------------------------------------------------------------------


def test_a_couple_alone_in_a_list_is_these_people():
    """Carol and Dev came, Rosa's mum and dad wrote together, her nan and grandad were invited: each
    list names one entry and two people."""
    data = copy.deepcopy(ROSA)
    data["review"]["attendees"] = [
        {"name": "Carol and Dev Mistry", "role": "foster carers"},
        {"name": "Kate and Joe Hale", "role": "mum and dad", "attended": False, "contributed": "sent a letter"},
        {"name": "Ann and Bob Cole", "role": "grandparents", "attended": False}]
    data["review"]["participation"] = "PN6"
    data["child_views"] = ["I like it here."]
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "parent"]
    for who in ("child", "carer"):
        lines = copy_text(data, who).splitlines()
        for said in ("These people came to the meeting:", "These people shared their views:",
                     "These people were invited but did not take part:"):
            assert said in lines, (who, said)
        assert not [line for line in lines if line.startswith("This person")], who


def test_one_person_and_a_place_are_this_person():
    data = copy.deepcopy(ROSA)
    data["review"]["attendees"] = [{"name": "Jo Smith", "role": "social worker"},
                                   {"name": "Sand and Sea House", "role": "children's home", "attended": False,
                                    "contributed": "sent a report"}]
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "parent"]
    lines = copy_text(data).splitlines()
    assert "This person came to the meeting:" in lines and "This person shared their views:" in lines


# --- 4: a body (the council, the school, CAMHS) doing an action is no one grown-up ---------------------


def _sam_does(band: str, whos: list[str]) -> dict:
    data = example_data(SAM)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    data["child"]["reading_level"] = band
    data["actions"] = [{"who": who, "what": "Send the report to Helen.", "by": "2026-04-30"} for who in whos]
    return data


@pytest.mark.parametrize("whos", [["Leeds City Council"], ["the school"], ["CAMHS", "CAMHS"],
                                  ["CAMHS (the mental health team)"], ["North Lincolnshire fostering team"]])
def test_a_body_is_not_this_grown_up_or_this_person(whos):
    early = copy_text(_sam_does("early", whos)).splitlines()
    young = copy_text(_sam_does("young", whos)).splitlines()
    assert not [line for line in early if line.startswith("This grown-up")]
    assert not [line for line in young if line.startswith("This person will")]
    assert ("These grown-ups have promised to do this:" if len(whos) == 1
            else "These grown-ups have promised to do these things:") in early
    assert ("These people will do this:" if len(whos) == 1 else "These people will do these things:") in young


@pytest.mark.parametrize("who", ["Mrs Patel (school)", "Jo Smith (your social worker)", "the school nurse",
                                 "Ann Bell (CAMHS worker)"])
def test_one_person_from_a_body_is_still_this_grown_up(who):
    assert "This grown-up has promised to do this:" in copy_text(_sam_does("early", [who])).splitlines()
    assert "This person will do this:" in copy_text(_sam_does("young", [who])).splitlines()


# --- 5: a score the child gave is "You gave it", by any of their names, alone or with someone ----------


def _ro_scored(by: str) -> dict:
    data = example_data(SAM)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    data["child"].update(name="Rowan Khan", known_as="Ro")
    data["scale"]["by"] = by
    return data


@pytest.mark.parametrize("by, said", [("Rowan", "You gave it 8 out of 10."),
                                      ("Ro and Tess", "You and Tess gave it 8 out of 10."),
                                      ("Rowan and Tess", "You and Tess gave it 8 out of 10."),
                                      ("Ro, Tess and Jo Smith", "You, Tess and Jo Smith gave it 8 out of 10."),
                                      ("Tess", "Tess gave it 8 out of 10.")])
@pytest.mark.parametrize("who", ["child", "carer"])
def test_a_score_ro_gave_is_yours_in_every_copy(by, said, who):
    text = copy_text(_ro_scored(by), who)
    assert said in text.splitlines()
    assert "Rowan" not in text.replace("Rowan Khan", "") or who != "child"


def test_a_score_given_with_someone_in_polish():
    text = copy_text(_ro_scored("Ro and Tess"), "child", "pl")
    assert "Ty i Tess" in text and "Ro i Tess" not in text


# --- 6: a 2-year-old's invitation and booklet are for the grown-up who looks after them ---------------


def _robin_at(born: str) -> dict[str, str]:
    from recordfiles import docx_text
    from test_consult import documents, planned

    data = planned("early")
    data["child"].update(date_of_birth=born, entered_care="2024-06-01")
    data["review"]["date"] = "2027-03-16"
    return {kind: docx_text(doc.data) for (kind, _role), doc in documents(data, "child").items()}


def test_a_two_year_olds_papers_are_for_the_grown_up_to_share():
    papers = _robin_at("2024-03-01")
    invitation, booklet = papers["invitation"], papers["booklet"]
    assert "This letter is for the grown-up who looks after Robin, to read and share with Robin." in invitation
    assert "If you cannot come, a grown-up who knows you can tell me how you are." in invitation
    assert "phone me" not in invitation and "you can still tell me what you think" not in invitation
    # Said once, to the child the booklet speaks to (blind review 26, finding 22).
    assert "This booklet is for you, Robin, to fill in with a grown-up who looks after you." in booklet


def test_a_five_year_old_still_reads_their_own_papers():
    papers = _robin_at("2021-06-01")
    assert "grown-up who looks after" not in papers["invitation"] + papers["booklet"]
    assert "If you cannot come, you can still tell me what you think." in papers["invitation"]


# --- 7: a child who turns 16 before the next review is told the pathway plan is theirs from then --------


def _ahmad_born(born: str) -> dict:
    data = example_data(AHMAD)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    data["child"]["date_of_birth"] = born
    return data


TURNS_16 = ("You turn 16 on Saturday, 2 May 2026, before your next review. From 16, you have a right to a pathway "
            "plan. It says what help you will get as a young adult.")


@pytest.mark.parametrize("band", ["young", "middle", "teen"])
def test_turning_16_before_the_next_review_names_the_pathway_plan(band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-01")
    data = _ahmad_born("2010-05-02")  # 15 at his review on 13 January, next by 13 July
    data["child"]["reading_level"] = band
    lines = copy_text(data).splitlines()
    assert TURNS_16 in lines and "Your pathway plan" in lines


@pytest.mark.parametrize("born, today", [("2010-11-02", "2026-02-01")])  # 16 after the next review
def test_no_turning_16_when_it_is_not_before_the_next_review(born, today, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(_ahmad_born(born))
    assert "You turn 16" not in text and "pathway plan" not in text


# --- 8: a next review on or after the 18th birthday: what happens instead --------------------------------


@pytest.mark.parametrize("band", ["young", "teen", "young_adult"])
@pytest.mark.parametrize("today, said", [
    ("2026-02-01", "Your pathway plan is checked instead, at least every 6 months."),
    ("2028-02-01", "Your pathway plan is checked instead, at least every 6 months."),        # 19: still so
    ("2040-02-01", "Your pathway plan was to be checked instead, at least every 6 months.")])  # 31
def test_no_review_after_18_but_the_pathway_plans_own(band, today, said, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    data = _ahmad_born("2008-05-02")  # 17 at his review: 18 on 2 May, before the next one
    data["child"]["reading_level"] = band
    text = copy_text(data)
    assert said in text
    assert "Reviews like this one stop" in text or "Reviews like this one stopped" in text
    assert "Your next review will be by" not in text and "Your next review was due by" not in text


# --- 10: a care leaver's personal adviser only when they have one; nan and grandad are two ---------------


@pytest.mark.parametrize("today", ["2026-02-01", "2028-02-01"])  # before 18, and at 19
def test_no_personal_adviser_of_theirs_is_claimed_when_the_record_names_none(today, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(_ahmad_born("2008-05-02"))
    assert "Your personal adviser will help you with it." not in text
    # Nor that one helps (blind review 28 F15): the pathway part says the right to one.
    assert "A personal adviser will help you with it." not in text
    assert "You have a right to a personal adviser" in text or "you will have a personal adviser" in text
    data = _ahmad_born("2008-05-02")
    data["review"]["attendees"].append({"name": "Dev Rao", "role": "personal adviser"})
    assert "Dev Rao, your personal adviser, will help you with it." in copy_text(data)


@pytest.mark.parametrize("carers", ["Pat and Ron Hale", "Pat and Ron Hale (your nan and grandad)"])
@pytest.mark.parametrize("today, lives", [("2026-12-07", "You live with your nan and grandad, Pat and Ron."),
                                          ("2040-01-01", "You lived with your nan and grandad, Pat and Ron.")])
def test_nan_and_grandad_are_two_people_by_their_relations(carers, today, lives, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    data = copy.deepcopy(ROSA)
    data["placement"]["carers"] = carers
    data["review"]["attendees"] = [{"name": "Jo Smith", "role": "social worker"},
                                   {"name": "Pat Hale", "role": "nan"}, {"name": "Ron Hale", "role": "grandad"}]
    data["distribution"] = [{"role": "child", "name": "Rosa"}, {"role": "carer", "name": carers}]
    data["actions"][0]["who"] = "Jo Smith (your social worker)"
    text = copy_text(data)
    assert lives in text.splitlines()
    assert "your nan, Pat, and Ron" not in text.casefold() and "Your nan, Ron or" not in text
    if today < "2030":
        assert "Your nan and grandad or your social worker can help you do it." in text


# --- 9: a unit or secure centre has staff, a lodgings host is a host, dad is dad -------------------------


def _rosa_at(carers: str, attendees: list[dict] | None = None, confidential: bool = False) -> dict:
    data = copy.deepcopy(ROSA)
    data["placement"].update(carers=carers, confidential=confidential)
    data["review"]["attendees"] = [{"name": "Jo Smith", "role": "social worker"},
                                   {"name": "Kate Hale", "role": "mum", "attended": False}, *(attendees or [])]
    data["distribution"] = [{"role": "child", "name": "Rosa"}, {"role": "parent", "name": "Kate Hale"},
                            {"role": "carer", "name": carers}]
    data["actions"][0]["who"] = "Jo Smith (your social worker)"
    return data


@pytest.mark.parametrize("carers", ["Lakeside (adolescent unit)", "The Junction (secure centre)",
                                    "Aycliffe Secure Centre", "Hill End Adolescent Unit"])
def test_a_unit_or_secure_centre_has_staff_not_a_carer(carers):
    for who in ("child", "carer"):
        text = copy_text(_rosa_at(carers), who)
        assert "your carer" not in text.casefold() and "carer)" not in text, who
        assert "Staff where you live, or your social worker, can help you." in text, who
    assert f"This copy is for the staff at {carers}." in copy_text(_rosa_at(carers), "carer")


def test_a_lodgings_host_is_a_host():
    carers = "Margaret Iveson (supported lodgings host)"
    data = _rosa_at(carers, confidential=True)
    assert "Your host or social worker can help you do it." in copy_text(data)
    parent = copy_text(data, "parent")
    assert "You live with your host, Margaret." in parent and "your carer" not in parent.casefold()


def test_a_host_by_the_role_who_came_gives_her():
    data = _rosa_at("Margaret Iveson", [{"name": "Margaret Iveson", "role": "supported lodgings host"}])
    assert "Your host or social worker can help you do it." in copy_text(data)


def test_dad_by_the_carers_brackets_is_dad():
    data = _rosa_at("Gary Hale (your dad)", confidential=True)
    for who in ("child", "parent"):
        text = copy_text(data, who)
        assert "You live with your dad, Gary." in text, who
        assert "Your dad or your social worker can help you do it." in text, who
        assert "your carer" not in text.casefold(), who
