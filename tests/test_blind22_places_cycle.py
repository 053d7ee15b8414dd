"""Faults found by blind review 22 (places, the views' channel, items withheld, consultation
papers, validate, Scotland and the catalogs' words). Each test writes a small fictional record
and reads the copies (or validate's output) back."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import rendered_copies, the_copy, write_data

TODAY = "2026-12-07"


def run(*args, today: str = TODAY):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": today})


def jordan() -> dict:
    """Jordan, 15, placed confidentially; his copy and his mum's."""
    return copy.deepcopy({
        "child": {"id": "LS-77001", "name": "Jordan Pike", "known_as": "Jordan", "date_of_birth": "2011-04-02",
                  "pronouns": "he/him", "language": "en", "entered_care": "2025-05-05"},
        "review": {"date": "2026-11-19", "sequence": 4, "venue": "the family centre", "participation": "PN1",
                   "chair": {"name": "Mo Rahman", "phone": "0113 222 0000", "email": "mo.rahman@example.gov.uk"},
                   "attendees": [{"name": "Jordan", "role": "you"}, {"name": "Jade Pike", "role": "mum"}]},
        "child_views": ["I want to see my sister more."],
        "working_well": ["You are doing well in your lessons."],
        "worries": ["You miss your sister."],
        "goals": ["You see your sister every week."],
        "actions": [{"who": "Sara Platt (your social worker)", "what": "Set up weekly visits.", "by": "2026-12-18"}],
        "care_plan": {"plan": "You will stay where you are for now.", "still_right": True},
        "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
        "placement": {"carers": "Oakhill STC", "address": "1 Moor Lane, Milton Keynes, MK8 1AA",
                      "school": "Kingsbrook School", "confidential": True},
        "distribution": [{"role": "child", "name": "Jordan"}, {"role": "parent", "name": "Jade Pike"}],
    })


def copies(tmp_path, data, *options):
    path = write_data(tmp_path, data)
    return rendered_copies(tmp_path, path, *options)


# ---------------------------------------------------------------- 1: a confidential place read as a person


@pytest.mark.parametrize("place, secret", [
    ("Oakhill STC", "Oakhill"), ("Brambles", "Brambles"), ("Acorn Place", "Acorn"),
    ("Ward 12, Leeds General Infirmary", "Infirmary"), ("The Laurels", "Laurels"), ("Oakhill", "Oakhill"),
])
def test_a_confidential_place_is_not_named_to_parents_nor_read_as_a_person(tmp_path, monkeypatch, place, secret):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    data = jordan()
    data["placement"]["carers"] = place
    texts = copies(tmp_path, data)
    child, mum = the_copy(texts, "child-jordan"), the_copy(texts, "parent-jade-pike")
    assert f"You live at {place}." in child
    assert "You live with" not in child
    assert secret not in mum and "You live with" not in mum
    assert "Where you live is kept private in this copy." in mum


@pytest.mark.parametrize("carers, place", [
    ("Oakhill STC", True), ("Brambles", True), ("Acorn Place", True), ("The Laurels", True),
    ("Ward 12, Leeds General Infirmary", True),
    # People stay people: a family name Ward, a family word, a family, a first name.
    ("Sian and Gwyn Ward", False), ("Nicola Ward (your mum)", False), ("Mr Ward", False), ("Grandparents", False),
    ("Nan", False), ("The Owen family", False), ("Margaret", False), ("Ann Place", False),
])
def test_places_and_people_by_their_names(carers, place):
    from recordgen.rules.people import is_place

    assert is_place(carers) is place


# ---------------------------------------------------------------- 2: how the child shared views kept from the reader


def voice_note() -> dict:
    data = jordan()
    data["placement"]["carers"] = "Mark and Lisa Owen"
    data["review"]["participation"] = "PN6"
    data["review"]["attendees"][0] = {"name": "Jordan", "role": "you", "attended": False,
                                      "contributed": "sent me a voice note"}
    data["child_views"] = [{"text": "I want to stay living here.", "withhold_from": ["parent"]}]
    data["distribution"].append({"role": "carer", "name": "Mark and Lisa Owen"})
    return data


def test_how_the_child_shared_views_is_withheld_with_the_views_and_reads_as_an_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    texts = copies(tmp_path, voice_note())
    mum = the_copy(texts, "parent-jade-pike")
    assert "voice note" not in mum and "How you shared your views" not in mum
    for part in ("child-jordan", "carer-mark"):
        lines = the_copy(texts, part).splitlines()
        at = lines.index("How you shared your views:")
        assert lines[at + 1] == "Sent me a voice note"
        assert "You: sent me a voice note" not in lines


# ---------------------------------------------------------------- 3: words pointing at a withheld item


def test_words_pointing_at_a_withheld_inquiry_are_warned_of(tmp_path):
    data = jordan()
    data["placement"]["carers"] = "Pam Reed"
    data["review"]["attendees"].append({"name": "Pam Reed", "role": "foster carer"})
    data["worries"] = [{"text": "You told your teacher Pam grabbed your arm. The LADO is checking what happened.",
                        "withhold_from": ["carer", "parent"]}, "You find it hard to sleep."]
    data["actions"].append({"who": "Sara Platt (your social worker)",
                            "what": "Visit you at school every week while this is looked into.", "by": "2026-12-18"})
    data["distribution"].append({"role": "carer", "name": "Pam Reed"})
    result = run("validate", write_data(tmp_path, data))
    warned = [line for line in result.output.splitlines() if "actions.2.what: warning" in line]
    assert len(warned) == 1 and "'while this is looked into', which points to something it does not say" in warned[0]
    assert "worries.1" in warned[0] and "withheld from carer, parent" in warned[0]
    # Said in the text itself, it points nowhere else: no warning.
    data["actions"][1]["what"] = "Visit you at school every week."
    assert "actions.2.what" not in run("validate", write_data(tmp_path, data)).output


# ---------------------------------------------------------------- 4: consultation papers


def kyle_planned() -> dict:
    """Kyle's next review, planned: a covering IRO chairs, his own IRO is sent an invitation."""
    return {
        "child": {"id": "LS-77002", "name": "Kyle Dunn", "known_as": "Kyle", "date_of_birth": "2013-04-02",
                  "pronouns": "he/him", "language": "en", "entered_care": "2025-05-05"},
        "review": {"status": "planned", "date": "2027-01-19", "time": "10:00", "sequence": 4,
                   "venue": "the family centre",
                   "chair": {"name": "Sally Park", "phone": "0113 222 0000", "email": "sally.park@example.gov.uk"},
                   "attendees": [{"name": "Kyle", "role": "you"}, {"name": "Sally Park", "role": "covering IRO"},
                                 {"name": "Grace Obi", "role": "your IRO"},
                                 {"name": "Tess Grainger", "role": "manager of your home"},
                                 {"name": "Nadia Hussain", "role": "mum"}, {"name": "Sara Platt", "role": "social worker"}]},
        "placement": {"carers": "Meadowbank children's home", "address": "1 Moor Lane, Leeds, LS8 1AA",
                      "school": "Kingsbrook School", "confidential": False},
        "distribution": [{"role": "child", "name": "Kyle"}, {"role": "parent", "name": "Nadia Hussain", "language": "ur"},
                         {"role": "carer", "name": "Tess Grainger"}, {"role": "social_worker", "name": "Sara Platt"},
                         {"role": "other", "name": "Grace Obi"}],
    }


def papers(tmp_path, data) -> dict[str, str]:
    from recordfiles import docx_text

    out = tmp_path / "papers"
    result = run("consult", write_data(tmp_path, data), "--all", "-o", out, "--format", "docx")
    assert result.exit_code == 0, result.output
    return {p.name: docx_text(p.read_bytes()) for p in out.glob("*invitation*.docx")}


def test_adults_invitations_say_whose_home_spell_out_iro_and_the_childs_own_iro_is_not_told_of_herself(tmp_path):
    texts = papers(tmp_path, kyle_planned())
    child = the_copy(texts, "child-kyle")
    assert "Tess Grainger (manager of your home)" in child and "IRO" not in child
    for adult in ("social_worker-sara-platt", "other-grace-obi", "carer-tess-grainger", "parent-nadia-hussain"):
        text = the_copy(texts, adult)
        assert "your home" not in text
        assert "IRO" not in text, adult  # "Independent Reviewing Officer" in full, or in the reader's words
    assert "Tess Grainger (manager of Kyle's home)" in the_copy(texts, "social_worker-sara-platt")
    assert "Sally Park (covering Independent Reviewing Officer)" in the_copy(texts, "carer-tess-grainger")
    own = the_copy(texts, "other-grace-obi")
    assert "This time, I will chair the meeting for Kyle in your place." in own and "the usual" not in own
    assert "instead of the usual Independent Reviewing Officer for Kyle" in the_copy(texts, "social_worker-sara-platt")
    # Urdu: each role in Urdu, or marked as English; never a bare English role.
    urdu = the_copy(texts, "parent-nadia-hussain")
    assert "Grace Obi (آزاد جائزہ افسر)" in urdu
    for role in ("covering", "manager"):
        line = next(line for line in urdu.splitlines() if role in line)
        assert "[انگریزی میں:" in line, line


# ---------------------------------------------------------------- 5: validate


def maisie_planned(venue: str = "your home") -> dict:
    """Maisie's next review at home, where she lives with her mum, the carer."""
    from recordfiles import WITH_MUM

    data = copy.deepcopy(WITH_MUM)
    data["review"].update(status="planned", date="2027-01-20", time="10:00", venue=venue)
    del data["review"]["participation"]
    data["distribution"] = [{"role": "child", "name": "Maisie"}, {"role": "carer", "name": "Nicola Ward (your mum)"}]
    return data


def test_a_review_at_home_is_no_alarm_when_only_the_carer_mum_is_invited(tmp_path):
    assert "review.venue" not in run("validate", write_data(tmp_path, maisie_planned())).output
    # A social worker is told "It will be at Maisie's home": still said.
    data = maisie_planned()
    data["distribution"].append({"role": "social_worker", "name": "Jo Smith"})
    warned = run("validate", write_data(tmp_path, data)).output
    assert "the venue is in Maisie's words; the invitations to social_worker say" in warned


def belfast(next_review: str) -> dict:
    data = jordan()
    data["placement"] = {"carers": "Mark and Lisa Owen", "address": "4 Lisburn Road, Belfast, BT9 6AA",
                         "school": "Ashfield School", "confidential": False}
    data["next_review"] = {"date": next_review}
    return data


def test_a_next_review_on_a_northern_ireland_bank_holiday_is_warned_of(tmp_path):
    settings = tmp_path / "ni.toml"
    settings.write_text('[timescales]\nnation = "northern_ireland"\n', encoding="utf-8")
    path = write_data(tmp_path, belfast("2027-03-17"))
    said = run("validate", path, "--settings", settings).output
    assert "next_review.date: warning: the date 2027-03-17 is Saint Patrick's Day, a bank holiday in Northern " \
           "Ireland, and reviews are held on working days (the working day before is Tuesday 2027-03-16)" in said
    # No settings (England), the address in Belfast: the council may be there and not have said so.
    said = run("validate", path).output
    assert "next_review.date: warning: the date 2027-03-17 is Saint Patrick's Day, a bank holiday in Northern " \
           "Ireland, where the placement's address is" in said
    assert 'nation = "northern_ireland"' in said and "Tuesday 2027-03-16" in said
    assert "next_review.date" not in run("validate", write_data(tmp_path, belfast("2027-03-18"))).output


# ---------------------------------------------------------------- 6: Scotland, Welsh, Polish, plurals


@pytest.mark.parametrize("nation, until", [("scotland", 26), ("england", 25), ("wales", 25)])
def test_a_care_leavers_help_runs_to_26_in_scotland(tmp_path, monkeypatch, nation, until):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    settings = tmp_path / "council.toml"
    settings.write_text(f'[timescales]\nnation = "{nation}"\n', encoding="utf-8")
    data = jordan()
    data["child"]["date_of_birth"] = "2009-04-02"  # 17 at the review
    data["placement"]["carers"] = "Mark and Lisa Owen"
    child = the_copy(copies(tmp_path, data, "--settings", settings), "child-jordan")
    assert f"You can get help from the council until you are {until}." in child
    assert f"until you are {51 - until}." not in child


@pytest.mark.parametrize("today, said", [
    ("2034-06-01", "You can get help from the council until you are 26."),   # 25 in Scotland: help still his
    ("2035-06-01", "You could get help from the council until you were 26."),  # 26: ended, told as past
])
def test_a_scottish_care_leavers_copy_made_years_later_counts_to_26(tmp_path, monkeypatch, today, said):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    settings = tmp_path / "council.toml"
    settings.write_text('[timescales]\nnation = "scotland"\n', encoding="utf-8")
    data = jordan()
    data["child"]["date_of_birth"] = "2009-04-02"
    data["placement"]["carers"] = "Mark and Lisa Owen"
    child = the_copy(copies(tmp_path, data, "--settings", settings), "child-jordan")
    assert said in child and "25." not in child


def test_welsh_with_is_ag_before_a_vowel(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    data = jordan()
    data["child"]["language"] = "cy"
    data["review"]["chair"]["name"] = "Eleri Hughes"
    data["placement"]["carers"] = "Mark and Lisa Owen"
    data["distribution"][1]["language"] = "cy"
    texts = copies(tmp_path, data, "--allow-untranslated")
    for name, text in texts.items():
        assert "â Eleri" not in text, name
    assert any("ag Eleri" in text for text in texts.values())
    from recordgen.i18n import gettext_functions

    _ = gettext_functions("cy")[0]
    assert _("If you have questions, please contact %(name)s.", name="Gwen Hughes").endswith("â Gwen Hughes.")


@pytest.mark.parametrize("child, parent, role", [("Zosia", "Ewa", "mum"), ("Kai", "Tomasz", "dad")])
def test_polish_greetings_are_formal_to_adults_and_familiar_to_the_child_in_every_paper(child, parent, role):
    from recordgen.distribution.message import covering_note, plain_text
    from recordgen.record.model import Record
    from recordgen.rendering.consult import build_consult_context

    data = jordan()
    data["child"].update(name=f"{child} Nowak", known_as=child, pronouns="she/her", language="pl")
    data["review"]["attendees"] = [{"name": child, "role": "you"}, {"name": parent, "role": role}]
    data["placement"]["carers"] = "Mark and Lisa Owen"
    data["distribution"] = [{"role": "child", "name": child}, {"role": "parent", "name": parent, "language": "pl"}]
    record = Record.model_validate(data)
    child_reader, adult = record.distribution
    formal = "Szanowna Pani," if role == "mum" else "Szanowny Panie,"
    for kind in ("", "invitation"):
        assert plain_text(covering_note(record, adult, "pl", "x", kind=kind)).splitlines()[0] == formal
        assert plain_text(covering_note(record, child_reader, "pl", "x", kind=kind)).startswith("Cześć, ")
    assert build_consult_context(record, adult, "invitation", "young_adult", "pl")["greeting"] == formal
    greeting = build_consult_context(record, child_reader, "invitation", "teen", "pl")["greeting"]
    assert greeting.startswith(("Droga ", "Drogi ", "Cześć, ")) and "Dzień dobry" not in greeting


def test_one_working_day_is_singular_in_the_batch_summary(tmp_path):
    from recordfiles import SAM

    result = run("batch", SAM, "-o", tmp_path / "out", "--allow-untranslated", "--allow-example-contacts",
                 today="2026-04-01")  # the record was due on Tuesday 31 March
    assert "Overdue: 1 review, the oldest due 2026-03-31 (NL-20451, 1 working day ago)" in result.output, result.output


def test_a_scottish_care_leaver_at_25_is_still_sent_to_the_chair_not_the_records_team(tmp_path, monkeypatch):
    """At 25 in Scotland the council still helps (to 26): the copy is no "years on" copy yet."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2034-06-01")
    data = jordan()
    data["child"]["date_of_birth"] = "2009-04-02"
    data["placement"]["carers"] = "Mark and Lisa Owen"
    chairs_contact = "you can contact me, Mo."  # the chair; years on, no one to ask
    for nation, helped in (("scotland", True), ("england", False)):
        settings = tmp_path / f"{nation}.toml"
        settings.write_text(f'[timescales]\nnation = "{nation}"\n', encoding="utf-8")
        out = tmp_path / nation
        out.mkdir()
        child = the_copy(copies(out, data, "--settings", settings), "child-jordan")
        assert (chairs_contact in child) is helped, nation
        assert ("Please give this page back to me." in child) is helped, nation
