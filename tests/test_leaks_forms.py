"""Leaks a blind reviewer still found in a parent's copy after the eighth blind review (brief
leaks8): street types, surnames without their apostrophe, venues by description, siblings' records,
translators' files, nicknames, web addresses. Each test writes a real record, then reads validate's
output or the parent's copy back."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import brother, brother_naming_her_school, copy_text, english_parent, validation_errors, write_record


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def errors_at(path, where: str) -> list[str]:
    return [e.message for e in validation_errors(path) if e.path == where]


# ---------------------------------------------------------------- 1: street types


@pytest.mark.parametrize("street", [
    "Castle Meadows", "Kirkby Heights", "Thorn Bank", "Ravens Brow", "Ackroyd Fold", "Marine Esplanade",
    "Oak Lea", "Rose Nook", "Fox Hollow", "Burn Side", "Eastfield Loan", "Ash Garth", "Elm Chase",
    "Cedar Croft", "Abbey Wynd",
])
@pytest.mark.parametrize("written", ["You walk to the shop on {street} with Lisa.",
                                     "Mum can send cards to 43 {street}."])
def test_a_street_of_a_british_type_is_caught_without_its_number(tmp_path, street, written):
    def change(data):
        english_parent(data)
        data["placement"]["address"] = f"43 {street}, Scunthorpe, DN15 7XY"
        data["worries"][0] = written.format(street=street)
    path = write_record(tmp_path, change)
    assert any("of the address '43 " in m for m in errors_at(path, "worries.1"))
    with pytest.raises(api.CopyWouldLeak):
        copy_text(path)


def test_a_street_of_only_generic_words_is_no_false_alarm(tmp_path):
    """"High Meadows" is as common as "High Street": only the house number with it finds a home."""
    text = "You like the high meadows by the river where you fly your kite."
    def change(data):
        english_parent(data)
        data["placement"]["address"] = "43 High Meadows, Scunthorpe, DN15 7XY"
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    assert errors_at(path, "worries.1") == []
    assert text in copy_text(path)


# ---------------------------------------------------------------- 2: a surname's prefix and apostrophe


def carers_called(carers: str):
    def change(data):
        data["placement"]["carers"] = carers
        data["review"]["attendees"][2]["name"] = carers
        data["distribution"][2]["name"] = carers
    return change


@pytest.mark.parametrize("carers, text, named", [
    ("Declan and Mary O'Neill", "Declan O Neill's brother takes you fishing.", "'O Neill'"),
    ("Declan and Mary O'Neill", "The ONeill family take you fishing.", "'ONeill'"),
    ("Dina D'Souza", "Mrs Souza's cooking is your favourite.", "'Souza'"),
    ("Dina D'Souza", "You love the Dsouza family dog.", "'Dsouza'"),
    ("Ian Mc Allister", "You love Mr McAllister's dog.", "'McAllister'"),
    ("Ian McAllister", "You love Mr Mc Allister's dog.", "'Mc Allister'"),
    ("Hans Van Dijk", "You love Mr Vandijk's dog.", "'VanDijk'"),
])
def test_a_carers_surname_without_its_apostrophe_or_prefix_is_caught(tmp_path, carers, text, named):
    def change(data):
        english_parent(data)
        carers_called(carers)(data)
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    found = errors_at(path, "worries.1")
    assert any(f"this names {named}".casefold() in m.casefold() for m in found), found
    with pytest.raises(api.CopyWouldLeak):
        copy_text(path)


@pytest.mark.parametrize("said", ["Dobrze ci u państwa Souza.", "Lubisz jeździć z Dsouzami nad morze."])
def test_a_polish_translation_with_the_surname_without_its_prefix_is_caught(tmp_path, said):
    from test_leaks_blind11 import sam_with_polish_carers

    record = sam_with_polish_carers(tmp_path, said, "Dina D'Souza")
    result = run("validate", "--copies", record)
    assert result.exit_code == 1, result.output
    assert any("languages.pl.working_well.2.translation" in line and "D'Souza" in line
               for line in result.output.splitlines()), result.output


def test_a_carers_prefixed_surname_leaves_their_first_names_in_the_parents_copy(tmp_path):
    def change(data):
        english_parent(data)
        carers_called("Declan and Mary O'Neill")(data)
    text = copy_text(write_record(tmp_path, change))
    assert "Declan" in text and "Neill" not in text


# ---------------------------------------------------------------- 7: a surname inside a web address


@pytest.mark.parametrize("text", [
    "Dale puts photos of the club on www.hopkirk-family.co.uk/photos for your mum.",
    "Your mum can see your football on facebook.com/dale.hopkirk each week.",
    "The home's page https://fellcare.co.uk/staff/dale_hopkirk shows your key worker.",
])
def test_a_secret_surname_inside_a_web_address_is_caught(tmp_path, text):
    from test_leaks_blind11 import brackenmoor_home

    def change(data):
        english_parent(data)
        brackenmoor_home(data)
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    assert any("this names 'Hopkirk'" in m for m in errors_at(path, "worries.1")), errors_at(path, "worries.1")
    with pytest.raises(api.CopyWouldLeak):
        copy_text(path)


def test_a_web_address_without_a_secret_still_passes(tmp_path):
    from test_leaks_blind11 import brackenmoor_home

    text = "You can read about advocates at www.example.gov.uk/childrens-rights any time."
    def change(data):
        english_parent(data)
        brackenmoor_home(data)
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    assert errors_at(path, "worries.1") == []
    assert text in copy_text(path)


# ---------------------------------------------------------------- 3: a planned venue at the confidential place by description


def nana_carers(data) -> None:
    data["placement"]["carers"] = "Pat and Ron Hill"
    data["review"]["attendees"][2].update(name="Pat and Ron Hill", role="kinship carers (your nana and grandad)")
    data["distribution"][2]["name"] = "Pat and Ron Hill"


def childrens_home(data) -> None:
    data["placement"]["carers"] = "Brackenmoor children's home"
    data["distribution"][2]["name"] = "Dale Hopkirk"
    data["review"]["attendees"][2].update(name="Dale Hopkirk", role="key worker")


@pytest.mark.parametrize("venue, place, change", [
    ("the head teacher's office at the school you go to", "the child's school", None),
    ("the meeting room where you go to school", "the child's school", None),
    ("your nana's house", "the child's home", nana_carers),
    ("your gran's house", "the child's home", nana_carers),
    ("your grandad's home", "the child's home", nana_carers),
    ("the children's home", "the child's home", childrens_home),
    ("your home", "the child's home", None),
    ("where you live", "the child's home", None),
])
def test_a_planned_venue_at_the_confidential_place_by_description_is_an_error(tmp_path, venue, place, change,
                                                                               monkeypatch):
    from test_leaks_blind10 import planned

    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    def changed(data):
        (change or (lambda d: None))(data)
        planned(data, venue)
    path = write_record(tmp_path, changed)
    found = errors_at(path, "review.venue")
    assert any(place in m and "Amina Khan would be invited" in m for m in found), found
    result = run("consult", "make", path, "--all", "-o", tmp_path / "papers")
    assert result.exit_code != 0
    from recordfiles import docx_text
    assert not [p for p in (tmp_path / "papers").rglob("*.docx") if venue in docx_text(p.read_bytes())]


@pytest.mark.parametrize("venue", ["your nana's house", "the children's home"])
def test_a_relatives_house_that_is_not_where_the_child_lives_is_no_error(tmp_path, venue, monkeypatch):
    """Sam lives with foster carers: her nana's house, or a children's home, is somewhere else."""
    from test_leaks_blind10 import planned

    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    path = write_record(tmp_path, lambda data: planned(data, venue))
    assert errors_at(path, "review.venue") == []


# ---------------------------------------------------------------- 6: a short form of a withheld recipient's first name


@pytest.mark.parametrize("name, text, short", [
    ("Robert Hale", "Robbie came to see you at Easter and brought a kite.", "'Robbie'"),
    ("Robert Hale", "You went fishing with Bob on Saturday.", "'Bob'"),
    ("Rebecca Hale", "Bex took you to the cinema for your birthday.", "'Bex'"),
    ("Rebecca Hale", "You told Becky about your new school.", "'Becky'"),
])
def test_a_short_form_of_a_withheld_recipients_first_name_is_caught(tmp_path, name, text, short):
    from recordfiles import refused_for_parent

    def change(data):
        english_parent(data)
        data["distribution"].append({"role": "other", "name": name, "withhold_from": ["parent"]})
        data["working_well"][0] = text
    path = write_record(tmp_path, change)
    found = errors_at(path, "working_well.1")
    assert any(short in m and name in m for m in found), found
    assert refused_for_parent(tmp_path, path)


def test_a_short_form_someone_else_in_the_record_has_is_no_false_alarm(tmp_path):
    """Rob is also the social worker's name: the parent knows of him."""
    text = "Rob is your social worker and came to see you."
    def change(data):
        english_parent(data)
        data["distribution"].append({"role": "other", "name": "Robert Hale", "withhold_from": ["parent"]})
        data["review"]["attendees"][1]["name"] = "Rob Smith"
        data["distribution"][3]["name"] = "Rob Smith"
        data["working_well"][0] = text
    path = write_record(tmp_path, change)
    assert errors_at(path, "working_well.1") == []


# ---------------------------------------------------------------- 4: siblings' records in one folder


def test_a_siblings_record_naming_the_others_confidential_school_is_an_error(tmp_path):
    sam = write_record(tmp_path, lambda data: english_parent(data), name="review-sam.yaml")
    leo_path = write_record(tmp_path, brother_naming_her_school, name="review-leo.yaml")
    assert errors_at(leo_path, "worries.1") == []  # alone, Leo's record keeps nothing from his mum
    result = run("validate", sam, leo_path)
    assert result.exit_code == 1, result.output
    (line,) = [line for line in result.output.splitlines() if "review-leo.yaml" in line and "worries.1" in line]
    assert "'Westcliffe'" in line and "review-sam.yaml" in line and "Amina Khan" in line


def test_siblings_records_for_different_parents_are_not_compared(tmp_path):
    sam = write_record(tmp_path, lambda data: english_parent(data), name="review-sam.yaml")
    def leo(data):
        brother(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["name"] = "Kerry Booth"
        data["review"]["attendees"][4]["name"] = "Kerry Booth"
        data["worries"][0] = "You play football at Westcliffe park on Saturdays."
    result = run("validate", sam, write_record(tmp_path, leo, name="review-leo.yaml"))
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- a child's words kept in Welsh


@pytest.mark.parametrize("said", ["Dw i'n hapus yn yr ysgol ym Mhenrhos.", "Dw i'n cerdded i Benrhos bob dydd."])
def test_a_mutated_school_name_in_an_item_written_in_welsh_is_caught(tmp_path, said):
    """"ym Mhenrhos" is "Penrhos" after "yn": a child's words kept in Welsh are searched as a
    translation into Welsh is, for the name's mutated forms."""
    def change(data):
        english_parent(data)
        data["placement"]["school"] = "Ysgol Gynradd Penrhos"
        data["child_views"][0] = {"text": said, "language": "cy"}
    path = write_record(tmp_path, change)
    assert any("Penrhos" in m for m in errors_at(path, "child_views.1"))
    with pytest.raises(api.CopyWouldLeak):
        copy_text(path)


def test_a_mutated_school_name_in_welsh_is_reported_at_the_items_line_and_the_copy_refused(tmp_path):
    def change(data):
        english_parent(data)
        data["placement"]["school"] = "Ysgol Gynradd Penrhos"
        data["child_views"][0] = {"text": "Dw i'n hapus yn yr ysgol ym Mhenrhos.", "language": "cy"}
    path = write_record(tmp_path, change)
    result = run("validate", path)
    assert result.exit_code == 1, result.output
    (found,) = [line for line in result.output.splitlines() if "child_views.1" in line]
    line = path.read_text(encoding="utf-8").splitlines().index("child_views:") + 2  # the item's first line
    assert found.startswith(f"{path}:{line}: child_views.1: error: this names 'Mhenrhos' (read as 'Penrhos', ")
    rendered = run("render", path, "--for", "parent", "-o", tmp_path / "out", "--format", "docx")
    assert rendered.exit_code != 0 and "'Mhenrhos' (read as 'Penrhos'" in rendered.output
    assert not list((tmp_path / "out").glob("*.docx"))


def test_welsh_words_naming_no_mutated_place_are_no_false_alarm(tmp_path):
    said = "Dw i'n hapus yn yr ysgol."
    def change(data):
        english_parent(data)
        data["placement"]["school"] = "Ysgol Gynradd Penrhos"
        data["child_views"][0] = {"text": said, "language": "cy"}
    path = write_record(tmp_path, change)
    assert errors_at(path, "child_views.1") == []
    assert said in copy_text(path)
