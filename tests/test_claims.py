"""Every sentence recordgen adds to a copy is true for this child (issue 17, items 2 to 10).

Each test renders copies, reads the .docx back and looks for what must and must not be
said. The fixed sentences are built from the record's facts in rendering/sentences.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re

import docx
import pytest

from recordgen import api
from recordgen.record.settings import LanguageSettings
from recordgen.rendering import sentences
from recordgen.wording import voice
from recordgen.wording.check import check_text, record_names

from recordfiles import AHMAD, LILY, SAM, docx_text, english_parent, example_data, write_record
from recordgen.rules.validation import today as validation_today

BANDS = ("early", "young", "middle", "teen", "young_adult")
#: A child's age for each band (on the review date, 3 March 2026).
AGES = {"early": 3, "young": 6, "middle": 9, "teen": 13, "young_adult": 16}
REVIEW = dt.date(2026, 3, 3)


def born(age: int) -> str:
    return dt.date(REVIEW.year - age - 1, 9, 1).isoformat()


def sam(change=None, base=SAM) -> dict:
    data = copy.deepcopy(example_data(base))
    if change:
        change(data)
    return data


def render(data: dict, who: str = "child", language: str | None = "en") -> tuple[str, object]:
    loaded = api.load_data(data, "record.yaml")
    recipient = api.recipient_for(loaded.record, who)
    if language:
        recipient = recipient.model_copy(update={"language": language})
    made = api.Renderer(allow_untranslated=True).render_copy(loaded.record, recipient)
    return docx_text(made.data), made


def body_lines(data: bytes) -> list[str]:
    """The body's paragraphs in order, each line of a paragraph on its own (tables after)."""
    document = docx.Document(io.BytesIO(data))
    lines = []
    for paragraph in document.paragraphs:
        lines += paragraph.text.split("\n")
    return [line for line in lines if line.strip()]


# ---------------------------------------------------------------- (2) kept from the child


def _kept_from_child(data: dict) -> None:
    data["worries"].append({"text": "Daddy is in prison and does not know where you live.",
                            "withhold_from": ["child"]})
    data["actions"].append({"who": "Jo Smith (your social worker)", "what": "Ask the prison about letters from Daddy.",
                            "by": "2026-04-01", "withhold_from": ["child"]})


@pytest.mark.parametrize("band", BANDS)
def test_items_kept_from_the_child_are_set_apart_for_the_adults_in_every_band(band):
    data = sam(lambda d: (_kept_from_child(d), d["child"].update(reading_level=band)))
    heading = ("For the adults: not to be read to Sam" if band in ("early", "young", "middle")
               else "For the adults only: not to be shared with Sam")
    for who in ("carer", "parent", "social_worker"):
        _, made = render(data, who)
        lines = body_lines(made.data)
        assert heading in lines, who
        start = lines.index(heading)
        # Below the heading, after the letter's sign-off; nowhere among the lines to the child.
        assert "Daddy is in prison and does not know where you live." in lines[start:]
        assert not any("Daddy is in prison" in line for line in lines[:start])
        assert any("Ask the prison about letters from Daddy." in line for line in lines[start:])
        table = "\n".join(c.text for t in docx.Document(io.BytesIO(made.data)).tables for r in t.rows for c in r.cells)
        assert "Ask the prison" not in table
        assert lines.index("Your Independent Reviewing Officer") < start
    child, _ = render(data, "child")
    assert "Daddy" not in child and "For the adults" not in child


def test_the_adults_part_is_headed_in_the_readers_language():
    from recordgen.i18n import gettext_functions

    data = sam(_kept_from_child)
    text, _made = render(data, "parent", language=None)  # Amina reads Urdu
    _, _n = gettext_functions("ur")
    heading = _("For the adults: not to be read to %(name)s", name="Sam")
    assert heading != "For the adults: not to be read to Sam" and heading in text


# ---------------------------------------------------------------- (3) carers' names


def test_a_confidential_placements_parent_copy_names_the_carers_by_first_names_only():
    data = sam(lambda d: d["actions"].append({"who": "Lisa Owen (your foster carer)", "what": "Take you swimming.",
                                              "by": "2026-04-01"}))
    text, _ = render(data, "parent")
    assert "Owen" not in text
    assert "You live with your carers, Mark and Lisa." in text
    assert "Mark and Lisa (foster carers)" in text and "Lisa (your foster carer)" in text  # the role who came gives
    # The carers' and the child's own copies name them in full.
    assert "You live with Mark and Lisa Owen." in render(data, "child")[0]
    assert "Lisa Owen (your foster carer)" in render(data, "carer")[0]


def test_the_record_can_say_the_carers_may_be_named_to_parents():
    data = sam(lambda d: d["placement"].update(carers_named_to_parents=True))
    text, _ = render(data, "parent")
    assert "You live with Mark and Lisa Owen." in text
    assert "Westcliffe" not in text and "Elm Road" not in text  # the address and school still are not


def test_a_carer_known_only_by_title_and_surname_is_not_named_to_parents():
    data = sam(lambda d: d["placement"].update(carers="Mrs Hargreaves"))
    text, _ = render(data, "parent")
    assert "Hargreaves" not in text and "You live with your carer." in text


# ---------------------------------------------------------------- (4) claims that did not happen

CLAIMS = re.compile(r"\bI (?:explained|told you|asked)\b|\bYou told me\b")


@pytest.mark.parametrize("code", ["PN0", "PN5", "PN6", "PN7"])
@pytest.mark.parametrize("band", BANDS)
def test_no_i_told_you_to_a_child_who_was_not_at_the_review(code, band):
    def change(d):
        d["child"].update(reading_level=band)
        if code == "PN0":
            d["child"].update(date_of_birth=born(3))
        d["review"].update(participation=code)
        d["review"]["attendees"][0]["attended"] = False
        d["rights"].update(advocate="offered", independent_visitor="offered", complaints_explained=True)
    text, _ = render(sam(change))
    found = CLAIMS.findall(text.split("A copy of this record")[0])
    # The child's own quoted words and the IRO's text may say "you told me"; the tool must not.
    tool = [f for f in found if f != "You told me" or code in ("PN5", "PN6")]
    assert not [f for f in tool if f.startswith("I ")], (code, band, found)
    if code == "PN0":
        assert "When you are older, someone will explain how to complain." in text
        assert "I explained how" not in text
    if code == "PN7":
        assert "I told you about advocates" not in text and "I asked if you would like one" not in text


@pytest.mark.parametrize("band", BANDS)
def test_claims_that_did_happen_are_still_made(band):
    text, _ = render(sam(lambda d: (d["child"].update(reading_level=band),
                                    d["rights"].update(advocate="offered", independent_visitor="offered"))))
    assert "I told you about advocates" in text
    assert "I asked if you would like one." in text
    assert "I explained how at your review" in text


def test_declined_is_you_told_me_only_when_the_child_spoke_for_themselves():
    def change(code):
        return lambda d: (d["review"].update(participation=code),
                          d["rights"].update(advocate="declined", independent_visitor="declined"))
    assert "You told me you do not want an advocate just now." in render(sam(change("PN1")))[0]
    text = render(sam(change("PN5")))[0]
    assert "You told me you do not want" not in text
    assert "You do not want an advocate just now." in text


def test_an_independent_visitor_not_yet_is_not_for_when_a_teenager_is_older():
    text = render(sam(lambda d: (d["child"].update(date_of_birth=born(13)),
                                 d["rights"].update(independent_visitor="not_yet"))))[0]
    assert "When you are older, you can have an independent visitor" not in text
    assert "You do not have an independent visitor yet." in text


def test_an_advocate_not_yet_is_not_for_when_a_teenager_is_ready():
    text = render(sam(lambda d: (d["child"].update(date_of_birth=born(14)),
                                 d["rights"].update(advocate="not_yet"))))[0]
    assert "When you are ready, you can have an advocate" not in text
    assert "You do not have an advocate yet." in text
    young = render(sam(lambda d: (d["child"].update(date_of_birth=born(6)),
                                  d["rights"].update(advocate="not_yet"))))[0]
    assert "When you are ready, you can have an advocate." in young


def test_pn4_does_not_guess_why_the_child_said_nothing():
    text = render(sam(lambda d: d["review"].update(participation="PN4")))[0]
    assert "did not want" not in text
    assert "You did not share your views this time. That is okay." in text


def test_someone_in_lodgings_is_not_told_about_their_carers():
    text = render(sam(base=AHMAD), "social_worker")[0]
    assert "your carers" not in text.lower()
    assert "Staff where you live, or your social worker, can help you." in text


# ---------------------------------------------------------------- (5) what an IRO does


@pytest.mark.parametrize("band", BANDS)
def test_the_iros_job_is_not_overstated(band):
    text = render(sam(lambda d: d["child"].update(reading_level=band)))[0]
    assert "make sure you are safe" not in text and "I help make sure" not in text
    assert re.search(r"check that your plan is right for you|check that your plan meets your needs", text)
    assert re.search(r"do what they promised|do what they say they will", text)


# ---------------------------------------------------------------- (6) reading level


def test_a_lower_reading_level_keeps_every_right_of_the_childs_age(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")  # before the next review: its choices are offered
    mia = sam(lambda d: d["child"].update(date_of_birth=born(14), reading_level="young"))
    text, made = render(mia)
    assert made.band == "young"
    assert "If you disagree with your plan or a decision, tell me." in text
    assert "You can ask for another review at any time." in text
    assert "You can ask to see the records we keep about you." in text
    assert "You can tell me where you would like it to happen and who you would like to come." in text
    # Sam at 9 reading at the young level is not told the teenager's rights.
    assert "You can ask to see the records" not in render(sam(lambda d: d["child"].update(reading_level="young")))[0]


def test_a_sixteen_year_old_reading_at_the_middle_level_keeps_the_pathway_plan():
    text, made = render(sam(lambda d: d["child"].update(date_of_birth=born(16), reading_level="middle")))
    assert made.band == "middle"
    assert "Your pathway plan" in text and "From 16, you have a right to a pathway plan." in text
    # A 9-year-old who reads well has no pathway plan.
    assert "pathway plan" not in render(sam(lambda d: d["child"].update(reading_level="young_adult")))[0]


# ---------------------------------------------------------------- (7) pathway from the facts


def _kayden(d, adviser: bool):
    d["child"].update(name="Kayden Shaw", known_as="Kayden", date_of_birth=born(16), pronouns="he/him")
    if adviser:
        d["review"]["attendees"].append({"name": "Femi Adeyemi", "role": "personal adviser"})


def test_a_personal_adviser_at_the_meeting_is_named_not_promised():
    text = render(sam(lambda d: _kayden(d, True)))[0]
    assert "Your personal adviser is Femi Adeyemi." in text
    assert "you will have a personal adviser" not in text
    assert text.count("pathway plan") == 2  # the heading and "From 16, you have a right to a pathway plan."
    assert "before you turn 18" not in text


def test_a_personal_adviser_named_in_an_action_is_named():
    text = render(sam(lambda d: (_kayden(d, False), d["actions"].append(
        {"who": "Dev Rao (your personal adviser)", "what": "Write your pathway plan with you.", "by": "2026-04-30"}))))[0]
    assert "Your personal adviser is Dev Rao." in text


@pytest.mark.parametrize("role", ["mum's personal adviser", "Mum’s PA", "parents' personal adviser"])
def test_a_parents_personal_adviser_is_not_the_childs(role):
    """Blind review 8: a mum who left care came with her own personal adviser; her 16-year-old was
    told "Your personal adviser is Femi Adeyemi"."""
    text = render(sam(lambda d: (_kayden(d, False), d["review"]["attendees"].append(
        {"name": "Femi Adeyemi", "role": role}))))[0]
    assert "Your personal adviser is Femi" not in text
    assert "By 18, you will have a personal adviser to help you." in text
    # The child's own, by their name, is theirs.
    text = render(sam(lambda d: (_kayden(d, False), d["review"]["attendees"].append(
        {"name": "Dev Rao", "role": "Kayden's personal adviser"}))))[0]
    assert "Your personal adviser is Dev Rao." in text


def test_without_an_adviser_the_copy_says_when_there_will_be_one():
    text = render(sam(lambda d: _kayden(d, False)))[0]
    assert "By 18, you will have a personal adviser to help you." in text
    assert len(re.findall(r"From 16", text)) == 1


# ---------------------------------------------------------------- (8) invited, took no part


def test_someone_invited_who_took_no_part_is_not_listed_as_sharing_views():
    def change(d):
        d["review"]["attendees"][4].update(attended=False, contributed=None)  # Amina: invited, nothing more
    text, made = render(sam(change))
    lines = body_lines(made.data)
    shared = lines.index("These people shared their views:") if "These people shared their views:" in lines else None
    assert shared is None and "This person shared their views:" not in lines
    assert "This person was invited but did not take part:" in lines
    assert lines[lines.index("This person was invited but did not take part:") + 1] == "Your mum, Amina"


def test_the_shared_examples_are_still_valid_unchanged():
    for path in (SAM, LILY, AHMAD):
        assert [d for d in api.validate(api.load_record(path)) if d.severity == "error"] == []


# ---------------------------------------------------------------- (10) grammar from the facts


def test_one_person_who_shared_views_is_singular():
    text, made = render(sam())
    lines = body_lines(made.data)
    assert "This person shared their views:" in lines
    assert "These people shared their views:" not in lines


def test_family_is_listed_as_the_child_knows_them_and_carers_in_the_plural():
    text, _ = render(sam(), "carer")
    assert "Your mum, Amina: told me her views on the phone before the meeting" in text
    assert "Amina Khan (mum)" not in text
    assert "Mark and Lisa Owen (foster carers)" in text and "(carer)" not in text
    # The header gives the role who came gives them, as the list does (blind review 24, finding 13).
    assert "This copy is for Mark and Lisa Owen (foster carers)." in text


def test_a_name_with_brackets_takes_its_role_inside_them():
    def change(d):
        d["placement"].update(carers="Paul Green", confidential=False)
        d["distribution"][2].update(name="Paul Green (Brookside House)")
    text, _ = render(sam(change), "carer")
    assert "Paul Green (Brookside House, carer)" in text and ") (" not in text
    other = render(sam(base=AHMAD), "other")[0]
    assert "This copy is for Sarah Moss (advocate)." in other and "(copy for information)" not in other


def test_a_place_is_where_you_live_not_who_you_live_with(monkeypatch):
    # Made weeks after the review: the home is told as now (a year on, his next review gone by, as then).
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-01")
    text = render(sam(base=AHMAD), "social_worker")[0]
    assert "You live at Riverside supported lodgings." in text
    custody = render(sam(lambda d: d["placement"].update(carers="HMYOI Wetherby"), base=AHMAD), "social_worker")[0]
    assert "You live at HMYOI Wetherby." in custody and "You live with HMYOI" not in custody  # blind review 16
    assert "You live with Riverside" not in text
    assert "Riverside supported lodgings (carer)" not in text


def test_no_sentence_the_tool_adds_starts_with_a_numeral():
    _, made = render(sam())
    own = {"10 means everything is great at home and school, 0 means everything is really hard."}
    assert [line for line in body_lines(made.data) if re.match(r"\d", line) and line not in own] \
        == [str(n) for n in range(11)] or all(re.fullmatch(r"\d+", line) for line in body_lines(made.data)
                                                 if re.match(r"\d", line) and line not in own)


def test_the_young_adult_letter_opens_with_the_greeting_then_their_words():
    _, made = render(sam(lambda d: d["child"].update(date_of_birth=born(16))))
    lines = body_lines(made.data)
    assert lines.index("Dear Sam,") < lines.index("In your words")


@pytest.mark.parametrize("band", BANDS)
def test_what_0_and_10_mean_comes_before_the_number_given(band):
    _, made = render(sam(lambda d: d["child"].update(reading_level=band)))
    document = docx.Document(io.BytesIO(made.data))
    body = [el for el in document.element.body.iterchildren()]
    texts = ["".join(el.itertext()) for el in body]
    meaning = next(i for i, t in enumerate(texts) if t.startswith("10 means everything"))
    given = next(i for i, t in enumerate(texts) if t.startswith("You gave it 8 out of 10."))
    assert meaning < given
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert not any("Scaling" in h for h in headings)


def test_a_nursery_is_called_a_nursery():
    text = render(sam(lambda d: d["placement"].update(school="Little Acorns Nursery")))[0]
    assert "Your nursery: Little Acorns Nursery" in text and "Your school: Little Acorns" not in text


# ---------------------------------------------------------------- (9) the tool keeps its own rules


def _path_record(band: str, code: str, index: int, age: int | None = None) -> dict:
    """A record whose own texts are short and plain, so any finding is in the tool's words."""
    statuses = ("offered", "has_one", "declined", "not_yet")
    age = 3 if code == "PN0" else age or AGES[band]
    attended = code in ("PN1", "PN2", "PN3", "PN4")
    return {
        "child": {"id": "TS-00001", "name": "Robin Hale", "known_as": "Robin", "date_of_birth": born(age),
                  "pronouns": "they/them", "entered_care": "2025-01-06", "reading_level": band},
        "review": {
            "date": REVIEW.isoformat(), "sequence": 3, "venue": "your home",
            "chair": {"name": "Helen Price", "phone": "01632 960100", "email": "helen.price@example.gov.uk"},
            "participation": code,
            "attendees": [
                {"name": "Robin", "role": "you", "attended": attended},
                {"name": "Jo Smith", "role": "social worker"},
                {"name": "Amina Khan", "role": "mum", "attended": False,
                 **({"contributed": "sent a letter"} if index % 2 else {})},
                {"name": "Dr Evans", "role": "doctor", "attended": False},
            ],
        },
        "child_views": ["I like my bike."] if code not in ("PN0", "PN4", "PN7") else [],
        "working_well": ["You sleep well."],
        "worries": ["You miss your mum.", {"text": "Your dad is ill.", "withhold_from": ["child"]}],
        "goals": ["You feel happy at school."],
        "scale": {"score": 7, "by": "you" if index % 2 else "your mum", "meaning": "Ten means great."},
        "actions": [{"who": "Jo Smith (your social worker)", "what": "Visit you.", "by": "2026-03-20",
                     **({"done": "2026-03-18"} if index % 2 else {})},
                    {"who": "Helen Price (your IRO)", "what": "Call Jo.", "by": "2026-03-27"}],
        "care_plan": {"plan": "You stay at home.", "still_right": bool(index % 2)},
        "rights": {"advocate": statuses[index % 4], "independent_visitor": statuses[(index + 1) % 4],
                   "complaints_explained": bool(index % 3)},
        "placement": {"carers": ("Mark and Lisa Owen", "Bev Hargreaves", "Riverside supported lodgings")[index % 3],
                      "address": "14 Elm Road, Scunthorpe, DN15 7XY", "school": "Westcliffe Primary School",
                      "confidential": bool(index % 2)},
        "distribution": [{"role": "child", "name": "Robin"}, {"role": "parent", "name": "Amina Khan"},
                         {"role": "carer", "name": "Mark and Lisa Owen"}],
    }


_EMAIL_OR_PHONE = re.compile(r"\S+@\S+|\b0[\d ]{9,12}\d\b")


def _tool_findings(record_data: dict) -> list[str]:
    loaded = api.load_data(record_data, "record.yaml")
    record = loaded.record
    child = voice.ChildWords.of(record.child.name, record.child.known_as, record.child.pronouns)
    names = record_names(record)
    found = []
    for recipient in record.distribution:
        made = api.Renderer().render_copy(record, recipient)
        band = made.band
        text = docx_text(made.data)
        for line in text.split("\n"):
            line = _EMAIL_OR_PHONE.sub("", line).strip()
            if not line or line in ("Helen Price (your IRO)",):  # the IRO's own words, not the tool's
                continue
            for note in check_text(line, band=band, child=child, settings=LanguageSettings(), names=names):
                if note.kind in ("reading-level", "system-word"):
                    found.append(f"{band} {record.review.participation} {recipient.role.value}: {line!r}: {note.message}")
    return found


@pytest.mark.parametrize("band", BANDS)
def test_every_sentence_the_tool_adds_passes_the_language_check(band):
    """Each band through every PN code, each right's status, complaints explained or not,
    attended or not, confidential or not, one carer, two or a place; every copy."""
    findings = []
    for index, code in enumerate(("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")):
        for shift in (0, 1):
            findings += _tool_findings(_path_record(band, code, index + shift))
    # A 16-year-old reading at this band: the pathway plan, with an adviser named and without.
    for index in (0, 1):
        data = _path_record(band, "PN1", index, age=16)
        if index:
            data["review"]["attendees"].append({"name": "Femi Adeyemi", "role": "personal adviser"})
        findings += _tool_findings(data)
    assert not findings, "\n".join(dict.fromkeys(findings))


# ---- the code and the facts agree (found by the session-5 blind review) ---------------------------

def _said(tmp_path, change):
    loaded = api.load_record(write_record(tmp_path, change))
    return [(d.severity, d.path, d.message) for d in api.validate(loaded)]


def test_a_code_for_not_coming_with_the_child_listed_as_coming_is_an_error(tmp_path):
    def change(data):
        data["review"]["participation"] = "PN5"
    found = [f for f in _said(tmp_path, change) if f[1].startswith("review.attendees")]
    assert found and found[0][0] == "error" and "PN5 says Sam did not come" in found[0][2]


def test_a_code_for_coming_with_the_child_listed_as_not_coming_is_an_error(tmp_path):
    def change(data):
        for person in data["review"]["attendees"]:
            if person["role"] == "you":
                person["attended"] = False
    found = [f for f in _said(tmp_path, change) if f[1].startswith("review.attendees")]
    assert found and found[0][0] == "error" and "PN1 says Sam came" in found[0][2]


@pytest.mark.parametrize("code", ["PN4", "PN7"])
def test_views_not_heard_with_views_written_is_an_error(tmp_path, code):
    def change(data):
        data["review"]["participation"] = code
        for person in data["review"]["attendees"]:
            if person["role"] == "you":
                person["attended"] = code == "PN4"
    found = [f for f in _said(tmp_path, change) if f[1] == "child_views"]
    assert found and found[0][0] == "error" and "views were not heard" in found[0][2]


def test_an_advocate_code_with_no_advocate_in_the_record_is_a_warning(tmp_path):
    def change(data):
        data["review"]["participation"] = "PN2"
        data["rights"]["advocate"] = "offered"
    found = [f for f in _said(tmp_path, change) if f[1] == "review.participation"]
    assert found == [("warning", "review.participation", found[0][2])] and "names no advocate" in found[0][2]


def test_someone_invited_is_listed_even_when_nobody_came():
    def change(d):
        d["review"]["participation"] = "PN7"
        d["child_views"] = []
        d["review"]["attendees"] = [{"name": "Amina Khan", "role": "mum", "attended": False}]
    text = render(sam(change))[0]
    assert "Your mum, Amina" in text and "was invited but did not take part" in text


def test_the_carers_names_are_joined_in_the_readers_language():
    from recordgen.rendering.sentences import lives_with

    def say(text, **values):
        return text % values
    assert lives_with(say, "cy", "Marek and Ania Kowalczyk", first_names_only=False) == \
        "You live with Marek ac Ania Kowalczyk."  # not the English "and" inside a Welsh sentence
    assert lives_with(say, "en", "Marek and Ania Kowalczyk", first_names_only=False) == \
        "You live with Marek and Ania Kowalczyk."


def test_someone_kept_off_the_childs_list_is_told_only_in_the_adults_part():
    """Hamza's dad is kept off his list of who was sent a copy: the carer, who reads the letter
    to him, finds the dad's words in the part for the adults, not under who came."""
    def change(d):
        for entry in d["distribution"]:
            if entry["role"] == "parent":
                entry["withhold_from"] = ["child"]
                entry["language"] = "en"
        for person in d["review"]["attendees"]:
            if person["name"] == "Amina Khan":
                person["contributed"] = "wrote to me from the hospital"
    data = sam(change)
    child, carer = render(data)[0], render(data, "carer")[0]
    assert "hospital" not in child and "Amina" not in child
    adults = carer.index("For the adults")
    assert carer.index("wrote to me from the hospital") > adults


def test_a_welsh_college_is_a_college():
    from recordgen.rendering.sentences import school_line

    assert school_line(lambda text, **values: text % values, "Coleg y Cymoedd") == "Your college: Coleg y Cymoedd"


# ---- found by the last blind review of session 5 ---------------------------------------------------


def _thornbury(d):
    """Sam's carers as "Bev and Carl Thornbury", at the meeting and sent a copy; they gave the score
    and have an action."""
    d["placement"].update(carers="Bev and Carl Thornbury")
    for person in d["review"]["attendees"]:
        if person["name"] == "Mark and Lisa Owen":
            person["name"] = "Bev and Carl Thornbury"
    d["distribution"][2]["name"] = "Bev and Carl Thornbury"
    d["scale"]["by"] = "Bev and Carl"
    d["actions"].append({"who": "Bev and Carl Thornbury (your foster carers)", "what": "Take you swimming.",
                         "by": "2026-04-01"})


@pytest.mark.parametrize("language,joined", [("pl", "Bev i Carl"), ("cy", "Bev a Carl"), ("ro", "Bev și Carl"),
                                             ("uk", "Bev і Carl")])
def test_two_people_in_one_name_are_joined_in_the_readers_language_wherever_they_are_shown(language, joined):
    """"Bev and Carl Thornbury" kept the English "and" in who came, who was sent a copy, the copy's
    label, who gave the score and who does an action; the carers' line already joined them."""
    _, made = render(sam(_thornbury), "carer", language=language)
    lines = body_lines(made.data)
    table = [c.text for t in docx.Document(io.BytesIO(made.data)).tables for r in t.rows for c in r.cells]
    header = "\n".join(p.text for s in docx.Document(io.BytesIO(made.data)).sections for p in s.header.paragraphs)
    shown = [line for line in lines + table + header.split("\n") if "Carl" in line and "[" not in line.split("Carl")[0]]
    assert not [line for line in shown if "Bev and Carl" in line], shown
    came = [line for line in lines if line.startswith(f"{joined} Thornbury (")]
    assert len(came) >= 2, lines  # who came, and who was sent a copy
    assert any(line.startswith(f"{joined} Thornbury (") for line in table)  # the action
    assert any(joined in line and "8" in line and "Thornbury" not in line for line in lines)  # who gave the score
    assert f"{joined} Thornbury" in header
    # An English copy keeps the name as the record writes it.
    english, _ = render(sam(_thornbury), "carer", language="en")
    assert "Bev and Carl Thornbury (foster carers)" in english


def test_the_same_name_is_joined_in_a_translated_invitation_and_email():
    from recordgen.distribution.message import covering_note

    def change(d):
        d["review"].update(status="planned", time="10:30")
        for key in ("participation",):
            d["review"].pop(key, None)
        for key in ("care_plan", "rights"):
            d.pop(key, None)
        _thornbury(d)
        d.pop("scale")
        d["actions"] = []
        d["distribution"][2]["language"] = "pl"
    loaded = api.load_data(sam(change), "planned.yaml")
    carer = api.recipient_for(loaded.record, "carer")
    made = {d.kind: d for d in api.consult_documents(loaded, "carer")}
    text = docx_text(made["invitation"].data)
    assert "Bev i Carl Thornbury" in text and "Bev and Carl" not in text
    note = covering_note(loaded.record, carer, "pl", "reviews@council.example", kind="invitation")
    greeting = "".join(piece for piece, _ in note.paragraphs[0])
    # Polish would decline the names: the email greets as the invitation does (blind review 19, F19).
    assert greeting == "Dzień dobry," and greeting in text.splitlines() and "and" not in greeting


def _childrens_home(d):
    d["placement"].update(carers="Meadowbank children's home", confidential=False)
    for person in d["review"]["attendees"]:
        if person["name"] == "Mark and Lisa Owen":
            person.update(name="Meadowbank children's home", role="children's home")
    d["distribution"][2]["name"] = "Meadowbank children's home"


def test_a_childrens_home_is_greeted_through_its_staff_in_its_copy_invitation_and_email():
    """A place is not a person: not "Dear Meadowbank children's home," nor "(carer)" after it."""
    from recordgen.distribution.message import covering_note
    from recordgen.rendering import consult

    text, _ = render(sam(_childrens_home), "carer")
    assert "This copy is for the staff at Meadowbank children's home." in text
    assert "Meadowbank children's home (carer)" not in text

    def planned(d):
        _childrens_home(d)
        d["review"].update(status="planned", time="10:30")
        d["review"].pop("participation", None)
        for key in ("care_plan", "rights", "scale"):
            d.pop(key, None)
        d["actions"] = []
    loaded = api.load_data(sam(planned), "planned.yaml")
    carer = api.recipient_for(loaded.record, "carer")
    invitation = docx_text({d.kind: d for d in api.consult_documents(loaded, "carer")}["invitation"].data)
    assert "Dear staff at Meadowbank children's home," in invitation
    assert "Dear Meadowbank" not in invitation
    for language, kind in (("en", "invitation"), ("en", ""), ("pl", "")):
        note = covering_note(loaded.record, carer, language, "reviews@council.example", kind=kind)
        greeting = "".join(piece for piece, _ in note.paragraphs[0])
        assert "staff" in greeting or language != "en", greeting
        assert greeting != f"Dear {carer.name}," and "Meadowbank children's home" in greeting
    # A person carer is still greeted by name.
    person = api.recipient_for(api.load_data(sam(), "r.yaml").record, "carer")
    note = covering_note(api.load_data(sam(), "r.yaml").record, person, "en", "reviews@council.example")
    assert "".join(piece for piece, _ in note.paragraphs[0]) == "Dear Mark and Lisa Owen,"
    assert consult.DEAR_STAFF == "Dear staff at %(place)s,"


# A greeting's own form of the title: Romanian "Stimată doamnă Okafor," (test_greetings_with_a_title).
@pytest.mark.parametrize("language, greeting", [("pl", "Pani Okafor"), ("ro", "doamnă Okafor"), ("en", "Mrs Okafor")])
def test_the_emails_greeting_gives_a_title_in_the_readers_words_as_the_invitation_does(language, greeting):
    """Blind review 10: the invitation said "Pani Okafor", the email carrying it "Mrs Okafor"."""
    from recordgen.distribution.message import covering_note

    def titled_mum(d):
        d["distribution"][1].update(name="Mrs Okafor", language=language)
    loaded = api.load_data(sam(titled_mum), "r.yaml")
    mum = api.recipient_for(loaded.record, "parent")
    for kind in ("", "invitation"):
        note = covering_note(loaded.record, mum, language, "reviews@council.example", kind=kind)
        first = "".join(piece for piece, _ in note.paragraphs[0])
        assert greeting in first and (language == "en" or "Mrs" not in first), first


# A child born on 15 June 2008 turns 18 on Monday 15 June 2026, before the next review (by
# 3 September 2026 after Sam's review on 3 March): no review happens for them then.
TURNS_18 = "2008-06-15"
NOT_SAID_AT_18 = ("Your next review will be by", "where you would like it to happen", "You can lead",
                  "You can tell me before then", "You can tell me what you want us to talk about")


@pytest.fixture
def made_before_18(monkeypatch):
    """Copies made a week after the review, before the 18th birthday (told as to come)."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")


@pytest.mark.parametrize("band", BANDS)
def test_a_child_who_turns_18_first_is_told_that_not_a_review_date_in_every_copy(band, made_before_18):
    data = sam(lambda d: d["child"].update(date_of_birth=TURNS_18, reading_level=band))
    for who in ("child", "parent", "carer", "social_worker"):
        text, _ = render(data, who)
        assert "You turn 18 on Monday, 15 June 2026. Your next review would be after that." in text, who
        assert "At 18, you are no longer in care. Reviews like this one stop then." in text
        assert "After that, your pathway plan says what help you get." in text
        # None named (blind review 22), nor said to help (blind review 28 F15): the pathway part says the right.
        assert "A personal adviser will help you with it." not in text
        assert "You have a right to a personal adviser" in text or "you will have a personal adviser" in text
        for words in NOT_SAID_AT_18:
            assert words not in text, (who, words)


def test_at_18_the_personal_adviser_is_named_when_the_record_names_one(made_before_18):
    text, _ = render(sam(lambda d: (d["child"].update(date_of_birth=TURNS_18),
                                    d["review"]["attendees"].append({"name": "Femi Adeyemi",
                                                                     "role": "personal adviser"}))))
    assert "Femi Adeyemi, your personal adviser, will help you with it." in text


def test_a_next_review_date_the_record_gives_after_the_18th_birthday_is_not_promised(made_before_18):
    text, _ = render(sam(lambda d: (d["child"].update(date_of_birth="2008-05-01"),
                                    d.update(next_review={"date": "2026-05-29"}))))
    assert "You turn 18 on Friday, 1 May 2026." in text and "29 May 2026" not in text


def test_a_child_who_turns_18_after_the_next_review_still_gets_its_date(made_before_18):
    text, _ = render(sam(lambda d: d["child"].update(date_of_birth="2008-09-30")))
    assert "Your next review will be by" in text and "where you would like it to happen" in text
    assert "You turn 18" not in text


def test_a_translated_copy_says_it_in_the_readers_language(made_before_18):
    from recordgen.i18n import gettext_functions

    text, _ = render(sam(lambda d: d["child"].update(date_of_birth=TURNS_18)), "parent", language="pl")
    _, _n = gettext_functions("pl")
    said = _("At 18, you are no longer in care.")
    assert said != "At 18, you are no longer in care." and said in text
    assert "We wtorek" not in text and "poniedziałek, 15 czerwca 2026" in text


@pytest.mark.parametrize("band", BANDS)
def test_what_a_child_turning_18_is_told_passes_the_language_check(band, made_before_18):
    findings = []
    for index, code in enumerate(("PN1", "PN5", "PN7")):
        data = _path_record(band, code, index)
        data["child"]["date_of_birth"] = TURNS_18
        findings += _tool_findings(data)
    assert not findings, "\n".join(dict.fromkeys(findings))


def test_validate_says_the_copies_tell_a_child_turning_18_so(tmp_path):
    found = _said(tmp_path, lambda d: d["child"].update(date_of_birth=TURNS_18))
    warning = [f for f in found if "turns 18" in f[2]]
    assert warning and warning[0][0] == "warning" and "the copies say that instead" in warning[0][2]


@pytest.mark.parametrize("status", ["held", "planned"])
def test_a_review_on_or_after_the_18th_birthday_is_an_error(tmp_path, status):
    def change(d):
        d["child"]["date_of_birth"] = "2008-03-03"  # 18 on the review day, 3 March 2026
        if status == "planned":
            d["review"].update(status="planned", time="10:30")
    found = _said(tmp_path, change)
    assert ("error", "child.date_of_birth") in [(f[0], f[1]) for f in found]
    assert any("turned 18 on 2026-03-03, on or before this review" in f[2] for f in found)


def test_carers_whose_family_name_is_a_place_word_are_people_not_a_place():
    """"Sue and Pete Hall" are people: greeted by name, not "Dear staff at ...", and their family
    name is kept from a confidential placement's parents like any other."""
    from recordgen.distribution.message import covering_note

    def change(d):
        d["placement"].update(carers="Sue and Pete Hall")
        for person in d["review"]["attendees"]:
            if person["name"] == "Mark and Lisa Owen":
                person["name"] = "Sue and Pete Hall"
        d["distribution"][2]["name"] = "Sue and Pete Hall"
    data = sam(change)
    carer_copy = render(data, "carer")[0]
    assert "You live with Sue and Pete Hall." in carer_copy and "staff" not in carer_copy.split("Case number")[0]
    assert "This copy is for Sue and Pete Hall (foster carers)." in carer_copy
    parent = render(data, "parent")[0]
    assert "You live with your carers, Sue and Pete." in parent and "Hall" not in parent
    record = api.load_data(data, "r.yaml").record
    note = covering_note(record, api.recipient_for(record, "carer"), "en", "x@example.org")
    assert "".join(piece for piece, _ in note.paragraphs[0]) == "Dear Sue and Pete Hall,"


# ---- blind review 4 (findings 9 to 12 and 25) ---------------------------------------------------


@pytest.mark.parametrize("code", ["PN2", "PN5"])
@pytest.mark.parametrize("status", ["not_yet", "declined"])
def test_an_advocate_code_when_the_child_has_no_advocate_is_an_error(tmp_path, code, status):
    """The copy would say both "Your advocate helped say what you think" and "You do not have
    an advocate yet": the facts contradict each other, so the IRO is asked which is right."""
    def change(data):
        data["review"]["participation"] = code
        data["rights"]["advocate"] = status
        data["review"]["attendees"][0]["attended"] = code == "PN2"
        data["review"]["attendees"].append({"name": "Leanne Cartwright", "role": "advocate",
                                            "contributed": "said what you wanted to say"})
    loaded = api.load_record(write_record(tmp_path, change))
    found = [d for d in api.validate(loaded) if d.path == "rights.advocate"]
    assert [d.severity for d in found] == ["error"], found
    assert found[0].line is not None and f"{code} says an advocate" in found[0].message
    assert f"'{status}' says Sam has no advocate" in found[0].message


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("code", ["PN4", "PN7"])
def test_declined_states_no_wish_the_child_never_gave(band, code):
    """Under PN4 and PN7 no view of the child's was heard: the copy says what is true (what an
    advocate and a visitor are, that the child can ask) and not "You do not want..."."""
    def change(d):
        d["child"].update(reading_level=band)
        d["review"].update(participation=code)
        d["review"]["attendees"][0]["attended"] = code == "PN4"
        d["rights"].update(advocate="declined", independent_visitor="declined")
        d["child_views"] = []
    text = render(sam(change))[0]
    assert "do not want an advocate" not in text and "do not want an independent visitor" not in text
    advocate, visitor = (("An advocate is a grown-up who is on your side and helps you say what you think.",
                          "An independent visitor is a kind grown-up who comes to see you and have fun with you.")
                         if band == "early" else  # under-5 words (blind review 23)
                         ("An advocate is a grown-up who is on your side. They help you say what you think.",
                          "An independent visitor is a kind grown-up. They come to see you and have fun with you.")
                         if band == "young" else  # and 5 to 7 (blind review 29)
                         ("An advocate is someone independent who helps you say what you think.",
                          "An independent visitor is a volunteer who visits you as a friend."))
    assert f"{advocate} You can ask for one at any time." in text
    assert f"{visitor} You can ask for one at any time." in text
    # The child who spoke for themselves still reads what they said.
    spoke = render(sam(lambda d: (d["child"].update(reading_level=band),
                                  d["rights"].update(advocate="declined", independent_visitor="declined"))))[0]
    assert "You told me you do not want an advocate just now." in spoke
    assert "You told me you do not want an independent visitor just now." in spoke


@pytest.mark.parametrize("band", BANDS)
def test_a_child_who_came_but_took_no_part_was_not_told_at_the_review(band):
    """PN4 (Noah, 4, at the meeting but not speaking or showing a view): the IRO did not tell,
    ask or explain anything to him there; the record says he was told how to complain."""
    def change(d):
        d["child"].update(date_of_birth=born(4), reading_level=band)
        d["review"].update(participation="PN4")
        d["rights"].update(advocate="offered", independent_visitor="offered", complaints_explained=True)
        d["child_views"] = []
    text = render(sam(change))[0]
    assert "I told you about advocates" not in text and "I asked if you would like one" not in text
    assert "I explained how" not in text
    assert "You have been told how to do it." in text
    assert "You can ask for one at any time." in text


def test_someone_who_only_came_is_listed_as_coming_not_as_sharing_views():
    """Lily's mum "came to the meeting with an interpreter": she is under who came, with how;
    only Dr Evans, who did not come and sent a report, shared views."""
    made = api.Renderer().render_copy(api.load_record(LILY).record,
                                      api.recipient_for(api.load_record(LILY).record, "carer"))
    lines = body_lines(made.data)
    came = lines.index("These people came to the meeting:")
    shared = lines.index("This person shared their views:")
    assert lines[came + 1:shared] == ["Priya Shah (social worker)", "Karen Bell (foster carer)",
                                      "Your mum, Agnieszka: came to the meeting with an interpreter"]
    assert lines[shared + 1] == "Dr Evans (health visitor): sent a report"
    assert "These people shared their views:" not in lines


@pytest.mark.parametrize("band", ["early", "young", "middle"])
def test_a_sixteen_year_old_reading_below_the_teen_level_gets_the_pathway_plan_in_their_words(band):
    data = sam(lambda d: d["child"].update(date_of_birth=born(16), reading_level=band))
    text, made = render(data)
    assert "It sets out the help you will get" not in text
    # What a pathway plan is, plainly; true for one staying on with their carers after 18 (claims38).
    assert "A pathway plan says what help you get as a young adult." in text
    assert "A personal adviser helps you before and after you turn 18." in text
    assert "By 18, you will have a personal adviser." in text


# ---- blind review 6 (issue 17, "every sentence true") ---------------------------------------------

def _visits_done(d):
    """Jo's visits were set up on 20 March 2026, after the review that agreed them."""
    d["actions"][0]["done"] = "2026-03-20"


@pytest.mark.parametrize("band", BANDS)
def test_a_done_action_is_shown_as_done_with_when_in_every_band(band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    data = sam(lambda d: (_visits_done(d), d["child"].update(reading_level=band)))
    text, _ = render(data, "carer")
    done = "Done on Friday, 20 March 2026"
    assert done in text
    if band not in ("early", "young"):
        assert "Done on Friday, 20 March 2026 (due by Tuesday, 31 March 2026)" in text
    # The open actions keep their dates; the done one is not shown as still to do by its date.
    assert "Friday, 17 April 2026" in text
    assert not re.search(r"every two weeks\.\s*Tuesday, 31 March 2026", text)


def test_a_done_action_kept_from_the_child_is_done_in_the_adults_part(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")

    def change(d):
        _kept_from_child(d)
        d["actions"][-1]["done"] = "2026-03-25"
    text, _ = render(sam(change), "carer")
    assert ("Jo Smith (Sam's social worker), done on Wednesday, 25 March 2026: "
            "Ask the prison about letters from Daddy.") in text


def test_a_done_action_is_done_in_a_translated_copy(monkeypatch):
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    text, _ = render(sam(_visits_done), "parent", language="pl")
    _, _n = gettext_functions("pl")
    before_the_date = _("Done on %(date)s (due by %(by)s)", date="DATE", by="BY").split("DATE")[0]
    assert before_the_date != "Done on " and before_the_date + "piątek, 20 marca 2026" in text


def test_a_planned_review_with_a_participation_code_is_an_error_at_its_line(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-02")

    def change(d):
        d["review"].update(status="planned", time="10:30")
    found = _said(tmp_path, change)  # Sam's record keeps its PN1
    errors = [f for f in found if f[0] == "error" and f[1] == "review.participation"]
    assert errors and "has not happened yet" in errors[0][2] and "take out" in errors[0][2]
    loaded = api.load_record(write_record(tmp_path, change))
    diagnostic = [d for d in api.validate(loaded) if d.path == "review.participation"][0]
    assert diagnostic.line == loaded.line_of(("review", "participation"))

    def without_code(d):
        change(d)
        del d["review"]["participation"]
    assert not [f for f in _said(tmp_path, without_code) if f[1] == "review.participation"]


def _lodgings_alone(d):
    """Ahmad's record naming nobody where he lives and no social worker: only his advocate."""
    d["review"]["attendees"] = [p for p in d["review"]["attendees"] if p["role"] in ("you", "advocate", "interpreter")]
    d["actions"] = [a for a in d["actions"] if "advocate" in a["who"]]
    d["distribution"] = [r for r in d["distribution"] if r["role"] != "social_worker"]
    d["distribution"][0].pop("bilingual", None)


def _complaints(text: str) -> str:
    return next(line for line in text.split("\n") if line.startswith("If you are unhappy about the help"))


def test_help_to_complain_promises_nobody_the_record_does_not_name(monkeypatch):
    # Before his next review: a copy made once it has gone by and he is 16 is made years on, when the
    # chair offers no help of their own (tests/test_claims30_years_on.py).
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-02")
    said = _complaints(render(sam(_lodgings_alone, base=AHMAD))[0])
    assert "Staff" not in said and "social worker" not in said and "carer" not in said
    assert "I can help you do it." in said


@pytest.mark.parametrize("who, expected", [
    ({"name": "Grace Lee", "role": "key worker"}, "Staff where you live can help you do it."),
    ({"name": "Pat Doyle", "role": "supported lodgings host"}, "Your host can help you do it."),
    ({"name": "Tom Hughes", "role": "social worker"}, "Your social worker can help you do it."),
    ({"name": "Femi Adeyemi", "role": "personal adviser"}, "Your personal adviser can help you do it."),
])
def test_help_to_complain_names_who_the_record_says_is_around(who, expected):
    said = _complaints(render(sam(lambda d: (_lodgings_alone(d), d["review"]["attendees"].append(who)),
                                  base=AHMAD))[0])
    assert expected in said and "I can help you do it." not in said


def test_help_to_complain_from_the_home_the_social_worker_and_the_adviser():
    def change(d):
        d["review"]["attendees"].append({"name": "Femi Adeyemi", "role": "personal adviser"})
    said = _complaints(render(sam(change, base=AHMAD))[0])
    assert ("Staff where you live, or your social worker, can help you. Your personal adviser and your advocate can "
            "help too.") in said  # Ahmad has an advocate
    # A children's home has staff whether or not the record names them.
    home = _complaints(render(sam(lambda d: (_lodgings_alone(d), d["placement"].update(
        carers="Meadowbank children's home")), base=AHMAD))[0])
    assert "Staff where you live can help you do it." in home
    # Foster carers and a social worker, as before.
    assert "Your carers or social worker can help you do it." in _complaints(
        render(sam(lambda d: d["child"].update(reading_level="young")))[0])


@pytest.mark.parametrize("band", BANDS)
def test_help_to_complain_passes_the_language_check_with_each_helper(band):
    findings = []
    for index, who in enumerate(({"name": "Pat Doyle", "role": "host"},
                                 {"name": "Femi Adeyemi", "role": "personal adviser"}, None)):
        data = _path_record(band, "PN1", 2)  # Riverside supported lodgings
        data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["role"] != "social worker"]
        data["actions"] = [a for a in data["actions"] if "social worker" not in a["who"]]
        data["rights"]["complaints_explained"] = bool(index % 2)
        if who:
            data["review"]["attendees"].append(who)
        findings += _tool_findings(data)
    assert not findings, "\n".join(dict.fromkeys(findings))


@pytest.mark.parametrize("band", BANDS)
def test_the_heading_over_turning_18_is_not_your_next_review_in_any_band(band, made_before_18):
    data = sam(lambda d: d["child"].update(date_of_birth=TURNS_18, reading_level=band))
    for who in ("child", "parent"):
        _, made = render(data, who)
        lines = body_lines(made.data)
        assert "Your next review" not in lines and "Next time" not in lines, (band, who)
        heading = lines.index("After you turn 18")
        assert lines[heading + 1].startswith("You turn 18 on Monday, 15 June 2026."), (band, who)
    # A child who is still in care at the next review keeps the band's heading.
    _, made = render(sam(lambda d: d["child"].update(reading_level=band)))
    lines = body_lines(made.data)
    assert ("Next time" if band == "young" else "Your next review") in lines and "After you turn 18" not in lines


def test_the_heading_over_turning_18_is_in_the_readers_language(made_before_18):
    from recordgen.i18n import gettext_functions

    _, made = render(sam(lambda d: d["child"].update(date_of_birth=TURNS_18)), "parent", language="pl")
    _, _n = gettext_functions("pl")
    heading = _("After you turn 18")
    assert heading != "After you turn 18" and heading in body_lines(made.data)


def test_a_home_that_came_is_its_staff_without_its_kind_said_twice():
    lines = body_lines(render(sam(_childrens_home))[1].data)
    assert "The staff at Meadowbank children's home" in lines
    assert not [line for line in lines if "(children's home)" in line]

    def confidential(d):
        _childrens_home(d)
        d["placement"]["confidential"] = True
        english_parent(d)
    lines = body_lines(render(sam(confidential), "parent", language=None)[1].data)
    came = lines[lines.index("These people came to the meeting:") + 1:]
    assert "The staff where you live" in came and "the staff where you live (children's home)" not in lines


PEOPLE_WITH_PLACE_WORD_NAMES = ("Sue Hall", "Ann Lodge", "Tom House", "Sue and Pete Hall", "Mrs Hall",
                                "Dr Ann Lodge", "Mary Jane Court", "Mary-Jane Court", "Gail and Ron House",
                                "Zainab and Tariq Hall")
PLACES = ("Brookside Hall", "Larkspur Lodge children's home", "Oakwood House", "Sand and Sea House",
          "Riverside supported lodgings", "Meadowbank children's home", "Robin House", "Heather Lodge",
          "Rose Cottage", "Hope House", "Holly Lodge children's home", "Tom House children's home",
          "HMYOI Wetherby", "Wetherby YOI", "Oakhill secure training centre", "Kestrel Ward, St Ann's Hospital")


@pytest.mark.parametrize("name", PEOPLE_WITH_PLACE_WORD_NAMES)
def test_a_persons_name_with_a_place_word_is_a_person(name):
    from recordgen.rules.people import is_place

    assert not is_place(name)


@pytest.mark.parametrize("name", PLACES)
def test_a_places_name_is_a_place(name):
    from recordgen.rules.people import is_place

    # A home named after a flower or a bird ("Heather Lodge") stays a place: read as a person,
    # its name would be given to a confidential placement's parents.
    assert is_place(name)


def test_a_foster_carer_called_sue_hall_is_a_person_in_every_copy():
    def change(d):
        d["placement"].update(carers="Sue Hall")
        for person in d["review"]["attendees"]:
            if person["name"] == "Mark and Lisa Owen":
                person.update(name="Sue Hall", role="foster carer")
        d["distribution"][2]["name"] = "Sue Hall"
        english_parent(d)
    data = sam(change)
    carer = render(data, "carer")[0]
    assert "You live with Sue Hall." in carer and "This copy is for Sue Hall (foster carer)." in carer
    assert "staff" not in carer.split("Case number")[0].lower()
    parent = render(data, "parent", language=None)[0]
    assert "You live with your carer, Sue." in parent and "Hall" not in parent


def test_validate_says_a_carer_with_a_place_word_is_read_as_a_person(tmp_path):
    found = _said(tmp_path, lambda d: d["placement"].update(carers="Tom House"))
    said = [f for f in found if f[1] == "placement.carers"]
    assert said and said[0][0] == "warning" and "'Tom House' is read as a person's name" in said[0][2]
    assert "'Tom House children's home'" in said[0][2]
    for carers in ("Mrs House", "Sue Hall", "Sue and Pete Hall"):
        assert not [f for f in _said(tmp_path, lambda d: d["placement"].update(carers=carers))
                    if f[1] == "placement.carers"], carers


ADVISER_SAID = "A personal adviser helps you get ready for 18 and keeps helping you after."


@pytest.mark.parametrize("band", ["teen", "young_adult"])
@pytest.mark.parametrize("adviser", [False, True])
def test_a_sixteen_year_old_at_the_teen_level_is_told_what_a_pathway_plan_and_an_adviser_are(band, adviser):
    text = render(sam(lambda d: (_kayden(d, adviser), d["child"].update(reading_level=band))))[0]
    # Each explained where it first appears: the plan right after the heading that names it.
    plan = text.index("From 16, you have a right to a pathway plan.")
    assert text.index("pathway plan") == text.index("Your pathway plan") + len("Your ")
    assert text[plan:].startswith("From 16, you have a right to a pathway plan. "
                                  "It says what help you will get as a young adult.")
    assert text.index("personal adviser") == text.index(ADVISER_SAID) + len("A ")
    assert ("Your personal adviser is Femi Adeyemi." if adviser
            else "By 18, you will have a personal adviser to help you.") in text


def test_what_an_adviser_is_is_said_in_the_readers_language():
    from recordgen.i18n import gettext_functions

    text = render(sam(lambda d: (_kayden(d, False), d["child"].update(reading_level="teen"))), "parent",
                  language="pl")[0]
    _, _n = gettext_functions("pl")
    assert _(ADVISER_SAID) != ADVISER_SAID and _(ADVISER_SAID) in text


# ---------------------------------------------------------------- blind review 6 (claims4)


@pytest.mark.parametrize("by", ["Sam", "Samira Khan"])
@pytest.mark.parametrize("language, said", [("en", "You gave it 8 out of 10."), ("pl", "Twoja ocena: 8 na 10."),
                                            ("uk", "Твоя оцінка — 8 з 10.")])
def test_a_score_the_child_gave_by_their_name_is_you_gave_it(by, language, said):
    data = sam(lambda d: d["scale"].update(by=by))
    for who in ("child", "carer"):  # every copy is a letter to the child
        text, _ = render(data, who, language)
        assert said in text, (who, text)
        assert f"{by} gave it" not in text and f"{by} –" not in text and f"{by}:" not in text


def _amina_kept_from_sam(d):
    for entry in d["distribution"]:
        if entry["role"] == "parent":
            entry.update(withhold_from=["child"], language="en", format="docx")


@pytest.mark.parametrize("band", ["early", "teen"])
def test_someone_kept_from_the_child_is_not_among_who_was_sent_a_copy_in_the_letter(band):
    """Who was sent a copy closes the letter an adult reads to the child: someone kept from the
    child is named only in the adults' part below it, in every other copy (their own too)."""
    data = sam(lambda d: (_amina_kept_from_sam(d), d["child"].update(reading_level=band)))
    assert "Amina" not in render(data)[0]
    for who in ("carer", "parent", "social_worker"):
        _, made = render(data, who)
        lines = body_lines(made.data)
        adults = next(i for i, line in enumerate(lines) if line.startswith("For the adults"))
        sent = lines.index("A copy of this record was sent to:")
        assert sent < adults and "Jo Smith (social worker)" in lines[sent:adults], who
        assert not any("Amina Khan" in line for line in lines[:adults]), who
        assert "A copy of this record was also sent to Amina Khan (parent)." in lines[adults:], who


def test_a_child_who_turned_18_before_the_copy_is_made_is_told_it_as_past(monkeypatch):
    """Jordan turned 18 after the review but before the copy was made: the day is past."""
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-06-15")  # the birthday itself, then later
    data = sam(lambda d: d["child"].update(date_of_birth=TURNS_18))
    for who in ("child", "carer"):
        text, _ = render(data, who)
        assert ("You turned 18 on Monday, 15 June 2026. Your next review would have been after that. "
                "At 18, you were no longer in care. Reviews like this one stopped then.") in text, who
        assert "You turn 18" not in text and "stop then" not in text
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    text, _ = render(data, "parent", language="pl")
    say = gettext_functions("pl")[0]
    for english in ("Your next review would have been after that.", "At 18, you were no longer in care."):
        assert say(english) != english and say(english) in text
    assert say("At 18, you are no longer in care.") not in text


@pytest.mark.parametrize("band", BANDS)
def test_what_a_child_who_turned_18_is_told_and_who_else_was_sent_a_copy_pass_the_language_check(band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    findings = []
    for index, code in enumerate(("PN1", "PN5")):
        data = _path_record(band, code, index)
        data["child"]["date_of_birth"] = TURNS_18
        data["distribution"][1]["withhold_from"] = ["child"]  # "A copy ... was also sent to"
        findings += _tool_findings(data)
    assert not findings, "\n".join(dict.fromkeys(findings))


def test_read_with_you_now_is_for_an_under_5_by_age_not_by_reading_level():
    """A reading level changes the words, never what is true for the age: a 17-year-old reading
    at the early level is not told the letter is for grown-ups to read with them now."""
    said = "This letter is for the grown-ups to read with you now."
    for age, told in ((17, False), (3, True)):
        data = sam(lambda d: d["child"].update(date_of_birth=born(age), reading_level="early"))
        for who in ("child", "carer"):
            text, made = render(data, who)
            assert made.band == "early"
            assert (said in text) is told and ("read it yourself when you are older" in text) is told, (age, who)


def test_a_ukrainian_copy_gives_a_womans_role_in_words_that_need_no_gender():
    """The record gives no one's gender but the child's and the IRO's: a role beside a name says
    where they are from or a word that needs none, never a masculine noun for Hannah ("представник")."""
    data = sam(lambda d: d["review"]["attendees"].append({"name": "Hannah Ivers", "role": "advocate"}))
    text, _ = render(data, "carer", language="uk")
    assert "Hannah Ivers (особа, яка є представником і допомагає висловити думку)" in text
    assert "Jo Smith (особа, яка працює в соціальній службі)" in text
    for masculine in ("(представник)", "(соціальний працівник)", "(патронатний вихователь)", "(опікун)"):
        assert masculine not in text


# ---- found by blind review 7 ---------------------------------------------------------------------


def _mr_okonjo(d):
    """Sam's one carer known only as "Mr Okonjo": at the meeting, sent a copy, gave the score and
    has an action, in a confidential placement."""
    d["placement"].update(carers="Mr Okonjo")
    for person in d["review"]["attendees"]:
        if person["name"] == "Mark and Lisa Owen":
            person.update(name="Mr Okonjo", role="foster carer")
    d["distribution"][2]["name"] = "Mr Okonjo"
    d["scale"]["by"] = "Mr Okonjo"
    d["actions"][2]["who"] = "Mr Okonjo (foster carer)"


@pytest.mark.parametrize("language,one,several", [
    ("en", "Your carer", "Your carers"),
    ("pl", "Osoba, która się tobą opiekuje", "Twoi opiekunowie"),
    ("ar", "مقدّم الرعاية لك", "مقدّمو الرعاية لك"),
])
def test_one_carer_known_by_title_and_surname_is_one_person_in_a_parents_copy(language, one, several):
    """"Mr Okonjo" was "Your carers" in who gave the score, who came, who does an action and who
    was sent a copy, while the same copy said "You live with your carer"."""
    _, made = render(sam(_mr_okonjo), "parent", language=language)
    lines = body_lines(made.data)
    table = [c.text for t in docx.Document(io.BytesIO(made.data)).tables for r in t.rows for c in r.cells]
    text = docx_text(made.data)
    assert "Okonjo" not in text
    assert several not in text
    assert [line for line in lines if line.startswith(one)], lines  # who gave the score, who came, sent to
    assert one in table  # who does the action
    score = {"en": "Your carer gave it 8 out of 10.", "pl": "Osoba, która się tobą opiekuje – ocena 8 na 10.",
             "ar": "مقدّم الرعاية لك: التقييم 8 من 10."}[language]
    assert score in lines


def test_carers_known_by_titles_and_surname_are_still_several():
    def change(d):
        _mr_okonjo(d)
        d["placement"]["carers"] = "Mr and Mrs Okonjo"
        d["review"]["attendees"][2]["name"] = d["distribution"][2]["name"] = d["scale"]["by"] = "Mr and Mrs Okonjo"
        d["actions"][2]["who"] = "Mr and Mrs Okonjo (foster carers)"
    text, _ = render(sam(change), "parent")
    assert "Okonjo" not in text
    assert "Your carers gave it 8 out of 10." in text and "You live with your carers." in text


@pytest.mark.parametrize("language,said", [
    # A name in a construct ("تقييم مقدّمو") would need the genitive; the verb, the number.
    ("ar", "مقدّمو الرعاية لك: التقييم 8 من 10."), ("pt", "Os teus cuidadores: nota 8 em 10."),
    ("ro", "Îngrijitorii tăi: nota 8 din 10."),
])
def test_who_gave_the_score_reads_right_for_several_carers(language, said):
    def change(d):
        _mr_okonjo(d)
        d["placement"]["carers"] = "Mr and Mrs Okonjo"
        d["review"]["attendees"][2]["name"] = d["distribution"][2]["name"] = d["scale"]["by"] = "Mr and Mrs Okonjo"
    assert said in body_lines(render(sam(change), "parent", language=language)[1].data)


def test_one_carer_in_tigrinya_is_the_girls_carer():
    """Tigrinya's "your" agrees with the child: Sam is a girl (-ኺ), as "You live with your carer" says."""
    text, _ = render(sam(_mr_okonjo), "parent", language="ti")
    assert "ምስ ተንከባካቢኺ ትነብሪ።" in text and "ተንከባካቢኺ: ካብ 10 8።" in text
    assert "ተንከባካቢኻ" not in text


# ---------------------------------------------------------------- blind review 8


def _uasc(change=None) -> dict:
    """Blind review 8's r3: a 16-year-old with a supported lodgings host, his words in Tigrinya."""
    data = sam(None, AHMAD)
    data["placement"]["carers"] = "Margaret Iveson (supported lodgings)"
    data["distribution"] = [{"role": "child", "name": data["child"]["known_as"] if data["child"].get("known_as")
                             else data["child"]["name"].split()[0]},
                            {"role": "carer", "name": "Margaret Iveson"},
                            {"role": "parent", "name": "Almaz Tesfay"}]
    if change:
        change(data)
    return data


@pytest.mark.parametrize("confidential, said", [(False, "You live with Margaret Iveson."),
                                                (True, "You live with your carer, Margaret.")])
def test_a_lodgings_host_with_the_place_word_in_brackets_is_a_person(confidential, said, monkeypatch):
    """F6: "Margaret Iveson (supported lodgings)" is a person: "You live with", not "You live at"."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-01")  # weeks after the review: the home as now
    def change(data):
        data["placement"]["confidential"] = confidential
    text, _ = render(_uasc(change), "parent" if confidential else "carer")
    assert "You live at Margaret" not in text
    assert said in text
    if confidential:
        assert "Iveson" not in text


@pytest.mark.parametrize("code, name", [("ti", "Tigrinya"), ("am", "Amharic")])
def test_a_childs_words_in_geez_script_are_marked_with_their_language_in_an_english_copy(code, name):
    """F7: the child's words in Ge'ez, in the carer's English copy, say which language they are in,
    as Welsh and Polish words do."""
    words = "ኣብ ኮሌጅ ክመሃር እደሊ።"

    def change(data):
        data["child_views"] = [{"text": words, "language": code}] + data["child_views"][1:]
    text, _ = render(_uasc(change), "carer")
    assert f"[in {name}: {words}]" in text
    assert not any(line.strip() == words for line in text.split("\n"))


@pytest.mark.parametrize("venue, warned", [("by video", True), ("a video call on Teams", True), ("online", True),
                                           ("the council offices (by video call)", False), ("your school", False)])
def test_a_venue_that_is_a_call_not_a_place_is_a_warning(tmp_path, venue, warned):
    """F8: copies said "at <venue>": "at by video" read wrongly; the copies now say "on a video call", and
    validate asks where the IRO was."""
    def change(data):
        data["review"]["venue"] = venue
    said = [(severity, message) for severity, path, message in _said(tmp_path, change) if path == "review.venue"]
    assert any(severity == "warning" and f"'{venue}' is a call, not a place" in message
               for severity, message in said) == warned


# ---------------------------------------------------------------- blind review 9


def _lily_brought_along(data: dict) -> None:
    data["review"]["attendees"].insert(0, {"name": "Lily Nowak", "role": "you"})


@pytest.mark.parametrize("language, came, absent", [
    ("en", "You were at your meeting.", "You are too little to take part in the meeting yet."),
    ("pl", "Byłaś na swoim spotkaniu.", "Jesteś jeszcze za mała"),
])
def test_a_baby_brought_to_the_meeting_is_not_told_she_was_too_little_to_come(language, came, absent):
    """1: under PN0, a baby listed among who came was at the meeting: she is told so, not that
    she was too little to take part (and Lily is a girl: the Polish agrees)."""
    for who in ("child", "carer"):
        text, _ = render(sam(_lily_brought_along, LILY), who, language=language)
        assert came in text and absent not in text, who
    # Not brought along: still too little to take part.
    assert "You are too little to take part in the meeting yet." in render(sam(None, LILY))[0]


def _iros_changed(data: dict) -> None:
    data["child"]["reading_level"] = "young"
    data["actions"] += [
        {"who": "Tom Reid (your previous IRO)", "what": "Send you the photos from your last review.", "by": "2026-04-01"},
        {"who": "Helen Price (your IRO)", "what": "Visit you at home.", "by": "2026-04-01"},
    ]


def test_after_the_iro_changed_only_the_chair_checks_the_plan():
    """2: the young band calls the IRO "who checks your plan"; an earlier IRO no longer does."""
    text, _ = render(sam(_iros_changed))
    assert "Tom Reid, who used to check your plan" in text
    assert "Tom Reid, who checks your plan" not in text
    assert "Helen Price, who checks your plan" in text  # the chair
    # An IRO taking over from the chair will check it.
    text, _ = render(sam(lambda d: (d["child"].update(reading_level="young"), d["actions"].append(
        {"who": "Tom Reid (your new IRO)", "what": "Meet you.", "by": "2026-04-01"}))))
    assert "Tom Reid, who will check your plan" in text


def test_another_iro_whose_role_says_neither_before_nor_after_is_not_the_one_who_checks_the_plan():
    """Blind review 10: an IRO who is not the chair ("Priya Shah (IRO covering while Helen is away)")
    was "who checks your plan" too; the chair alone checks it, the other is named as the IRO wrote."""
    text, _ = render(sam(lambda d: (d["child"].update(reading_level="young"), d["actions"].append(
        {"who": "Priya Shah (IRO covering while Helen is away)", "what": "Ring you.", "by": "2026-04-01"}))))
    assert "Priya Shah, who checks your plan" not in text
    assert "Priya Shah (IRO covering while Helen is away)" in text


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("venue, said", [("by video", "We met on a video call."), ("by phone", "We met on a phone call."),
                                         ("online", "We met online.")])
def test_a_meeting_by_call_is_not_at_by_video(band, venue, said):
    """3: with the venue warning ignored, the copies say how we met, never "at by video"."""
    text, _ = render(sam(lambda d: (d["child"].update(reading_level=band), d["review"].update(venue=venue))))
    assert f"at {venue}" not in text and said in text
    assert "Tuesday, 3 March 2026" in text


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("venue, said", [("by video", "The meeting was on a video call."),
                                         ("by phone", "The meeting was on a phone call."),
                                         ("online", "The meeting was online.")])
def test_a_call_the_child_was_not_on_is_not_we_met(band, venue, said):
    """13b, 11: "We met on a video call." includes the child; under PN6 (not there) the copy says
    how the meeting was held instead, in every band and, from the catalogs, in every language."""
    from recordgen.i18n import gettext_functions

    def change(d):
        d["child"].update(reading_level=band)
        d["review"].update(venue=venue, participation="PN6")
        d["review"]["attendees"] = [a for a in d["review"]["attendees"] if a.get("role") != "you"]
    text = render(sam(change))[0]
    assert said in text and "We met" not in text
    for language in ("cy", "pl", "ur"):
        _, _n = gettext_functions(language, "female")
        assert _(said) != said and _(said) in render(sam(change), language=language)[0]


def test_a_meeting_by_call_in_a_translated_copy_and_an_invitation():
    data = sam(lambda d: d["review"].update(venue="a video call on Teams"))
    text, _ = render(data, "parent", language="pl")
    assert "Spotkaliśmy się przez rozmowę wideo." in text and "Teams" not in text
    planned = sam(lambda d: d["review"].update(venue="by video", status="planned", time="10:00",
                                               date=validation_today().isoformat()))
    loaded = api.load_data(planned, "planned.yaml")
    invitation = next(d for d in api.consult_documents(loaded, "child") if d.kind == "invitation")
    words = docx_text(invitation.data)
    assert "It will be on a video call." in words and "at by video" not in words


def test_copy_made_on_is_the_projects_today(monkeypatch):
    """5: "Copy made on" is RECORDGEN_TODAY when set, as every other date the tool measures from today."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    text, _ = render(sam(lambda d: d["review"].pop("written", None)))
    assert "Copy made on 20 March 2026" in text
    planned = sam(lambda d: d["review"].update(status="planned", time="10:00", date="2026-04-01"))
    invitation = api.consult_documents(api.load_data(planned, "planned.yaml"), "child")[0]
    assert "20 March 2026" in docx_text(invitation.data)


@pytest.mark.parametrize("sequence, said", [(1, "I do not think your plan is right for you. It needs to change."),
                                            (2, "I do not think your plan is right for you. It needs to change.")])
def test_the_plan_is_not_right_any_more_only_after_an_earlier_review(sequence, said):
    """11: at a first review there was no earlier verdict for the plan to have stopped being right;
    nor, for a record given alone, is there one it gives (blind review 27, 11: tests/test_claims34_plan_verdict.py)."""
    text, _ = render(sam(lambda d: (d["review"].update(sequence=sequence), d["care_plan"].update(still_right=False))))
    assert said in text
    assert "any more" not in text


def _siobhan(data: dict) -> None:
    data["placement"]["carers"] = "Siobhan O'Neill-Byrne"
    data["review"]["attendees"] = [a for a in data["review"]["attendees"] if "Owen" not in a["name"]] + [
        {"name": "Siobhan O'Neill-Byrne", "role": "foster carer"}]
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "carer"] + [
        {"role": "carer", "name": "Siobhan O'Neill-Byrne"}]
    data["actions"].append({"who": "Mrs O'Neill-Byrne (your foster carer) and you", "what": "Make a memory box.",
                            "by": "2026-04-01"})


def test_a_surname_with_an_apostrophe_and_a_hyphen_is_cut_whole_and_the_role_not_repeated():
    """13: "Siobhan O'Neill-Byrne" by first name is "Siobhan", whichever part of the surname is
    looked for; "your carer (your foster carer) and you" says the role once."""
    text, _ = render(sam(_siobhan), "parent")
    assert "Neill" not in text and "Byrne" not in text
    assert "You live with your carer, Siobhan." in text
    assert "Your carer and you" in text and "(your foster carer) and you" not in text
    for surname in ("O'Neill", "Byrne", "O'Neill-Byrne"):
        assert sentences.without_surnames("Siobhan O'Neill-Byrne", [surname], "your carers", "your carer") == "Siobhan"
    assert sentences.without_surnames("Gail Pennifold's house", ["Pennifold"], "your carers") == "Gail's house"


@pytest.mark.parametrize("school, age, said", [
    ("Hollybank Nursery and Primary School", 4, "Your school: Hollybank Nursery and Primary School"),
    ("Little Acorns Nursery", 3, "Your nursery: Little Acorns Nursery"),
    ("Sunbeams Pre-school", 3, "Your nursery: Sunbeams Pre-school"),
    ("Kingsmead College", 13, "Your school: Kingsmead College"),
    ("Kingsmead College", 16, "Your college: Kingsmead College"),
    ("Riverside Academy", 16, "Your school: Riverside Academy"),
])
def test_the_kind_of_school_follows_its_name_and_the_childs_age(school, age, said):
    """10: a name with "School" or "Academy" is a school; "College" a college only at 16 and over."""
    def change(d):
        d["placement"]["school"] = school
        d["child"]["date_of_birth"] = born(age)
        d["review"]["participation"] = "PN0" if age < 4 else "PN1"
        d["child"]["reading_level"] = "middle"
    text, _ = render(sam(change))
    assert said in text


@pytest.mark.parametrize("band", BANDS)
def test_the_heading_over_turning_18_is_past_once_the_young_person_is_18(band, monkeypatch):
    """4: text told as past ("You turned 18 on ...") sits under "Now you are 18", not "After you turn 18"."""
    data = sam(lambda d: (d["child"].update(date_of_birth=TURNS_18, reading_level=band)))
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    lines = body_lines(render(data)[1].data)
    assert "Now you are 18" in lines and "After you turn 18" not in lines
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-06-14")
    lines = body_lines(render(data)[1].data)
    assert "After you turn 18" in lines and "Now you are 18" not in lines
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    text, _ = render(data, "parent", language="pl")
    assert "Teraz masz 18 lat" in text


def test_a_family_member_sent_a_copy_as_other_is_listed_with_the_relationship_the_record_gives():
    """7: a dad sent a copy as 'other' by his bare name is "Lee Marsh (your dad)" in the list, his
    role as an action gives it (as an attendee's role does: "Tariq Khan (dad)")."""
    def change(d):
        d["distribution"] += [{"role": "other", "name": "Lee Marsh"}, {"role": "other", "name": "Tariq Khan"}]
        d["review"]["attendees"].append({"name": "Tariq Khan", "role": "dad", "attended": False})
        d["actions"].append({"who": "Lee Marsh (your dad)", "what": "Write to you.", "by": "2026-04-01"})
    for who in ("child", "social_worker"):
        lines = body_lines(render(sam(change), who)[1].data)
        assert "Lee Marsh (your dad)" in lines and "Tariq Khan (dad)" in lines, who
        assert "Lee Marsh" not in lines


@pytest.mark.parametrize("language, said", [("en", "You live with your mum, Amina."),
                                            ("pl", "Mieszkasz z kimś ze swojej rodziny: mama Amina.")])
def test_a_child_placed_at_home_with_mum_is_told_she_lives_with_her_mum(language, said):
    """12: family carers are named as family, not "You live with Amina Khan."."""
    data = sam(lambda d: d["placement"].update(carers="Amina Khan", confidential=False))
    text, _ = render(data, "child" if language == "en" else "parent", language=language)
    assert said in text and "You live with Amina Khan." not in text
    # Foster carers are still named as they are.
    assert "You live with Mark and Lisa Owen." in render(sam())[0]


@pytest.mark.parametrize("band", BANDS)
def test_a_child_at_home_with_mum_is_told_his_mum_can_help_him_complain_not_his_carer(band):
    """13b, 13: after "You live with your mum, Amina." the copy said "Your carer or social worker can
    help you do it."; he has no carer but his mum. Where no social worker is named: "Your mum can"."""
    def home(d):
        d["child"].update(reading_level=band)
        d["placement"].update(carers="Amina Khan", confidential=False)
        # The example's worry about mum kept from its foster carers would now be kept from mum
        # herself, and leave her out as a helper (blind review 18): here it is shared.
        d["worries"] = [w["text"] if isinstance(w, dict) else w for w in d["worries"]]
    text = render(sam(home))[0]
    assert "Your mum or your social worker can help you do it." in text and "your carer" not in text.lower()

    def no_social_worker(d):
        home(d)
        d["review"]["attendees"] = [a for a in d["review"]["attendees"] if "social worker" not in a["role"]]
        d["actions"] = [a for a in d["actions"] if "social worker" not in a["who"]]
        d["distribution"] = [r for r in d["distribution"] if r["role"] != "social_worker"]
    assert "Your mum can help you do it." in render(sam(no_social_worker))[0]
    polish = render(sam(home), "parent", language="pl")[0]
    assert "W tym może ci pomóc mama albo osoba z pomocy społecznej." in polish and "opiekuje" not in polish


def _young_mum(data: dict) -> None:
    """A young mum in care whose baby has a social worker, and whose own mum has an advocate."""
    data["child"]["date_of_birth"] = born(16)
    data["review"]["attendees"] = [a for a in data["review"]["attendees"] if "social worker" not in a["role"]] + [
        {"name": "Kerry Lane", "role": "baby's social worker"}, {"name": "Nia Evans", "role": "Mum's advocate"}]
    data["actions"] = [a for a in data["actions"] if "social worker" not in a["who"]]
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "social_worker"] + [
        {"role": "social_worker", "name": "Kerry Lane"}]


def test_someone_elses_social_worker_or_advocate_is_not_the_childs(tmp_path):
    """9: "baby's social worker" and "Mum's advocate" are someone else's: the copy does not offer
    that social worker's help, and validate does not take the advocate for the child's."""
    data = sam(_young_mum)
    text, _ = render(data)
    assert "Your carers can help you do it." in text
    assert "social worker can help" not in text
    lily = sam(lambda d: d["review"]["attendees"].append({"name": "Nia Evans", "role": "Mum's advocate"}), LILY)
    said = [d.message for d in api.validate(api.load_data(lily, "record.yaml")) if "advocate" in d.message]
    assert not said
    # The child's own, said with her name or "your", still are hers.
    own = sam(lambda d: (_young_mum(d), d["review"]["attendees"].append(
        {"name": "Jo Smith", "role": "Sam's social worker"})))
    assert "your carers or social worker can help you do it." in render(own)[0]


def _invitations(language: str = "en") -> dict:
    from test_consult import planned

    data = planned()
    data["review"]["attendees"][1]["name"] = data["distribution"][1]["name"] = "Gemma Harding"
    data["review"]["attendees"].append({"name": "Mrs Okafor", "role": "nan"})
    data["distribution"].append({"role": "other", "name": "Mrs Okafor", "language": language})
    loaded = api.load_data(data, "planned.yaml")
    return {d.recipient.name: body_lines(d.data) for d in api.consult_documents(loaded, "all")
            if d.kind == "invitation"}


def test_a_parents_own_invitation_gives_her_as_you_among_who_is_invited():
    """8: in Gemma's own paper she is "you", not "Gemma Harding (mum)"; others see her by name."""
    papers = _invitations()
    assert "you" in papers["Gemma Harding"] and "Gemma Harding (mum)" not in papers["Gemma Harding"]
    assert "Gemma Harding (mum)" in papers["Mrs Okafor"] and "Mrs Okafor (nan)" not in papers["Mrs Okafor"]


# Romanian greets "Stimată doamnă", not the list's "Doamna" after "Dragă" (test_greetings_with_a_title).
@pytest.mark.parametrize("language, greeting", [("en", "Dear Mrs Okafor,"), ("ro", "Stimată doamnă Okafor,"),
                                                ("ur", "محترمہ مسز Okafor،")])
def test_an_invitation_greets_by_the_title_the_record_gives_in_the_readers_words(language, greeting):
    """6: "Dear Mrs Okafor" with the reader's own title, as the copies give it ("Dragă Mrs" before)."""
    assert greeting in _invitations(language)["Mrs Okafor"]


# ---------------------------------------------------------------- blind review 11


def _old_iro_called_your_iro(data: dict) -> None:
    data["review"]["attendees"].append({"name": "Tom Reid", "role": "your old IRO", "attended": False,
                                        "contributed": "sent notes"})
    data["actions"].append({"who": "Tom Reid (your IRO)", "what": "Pass on your file.", "by": "2026-04-01"})


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("language", ["en", "pl"])
def test_an_old_iro_called_your_iro_in_an_action_is_who_the_list_of_who_came_says(band, language):
    """Blind review 11, 5: Tom Reid came as "your old IRO" while his action says "(your IRO)" and
    Helen Price chairs: he is the earlier IRO in every band and language, never the one who checks."""
    from recordgen.i18n import gettext_functions

    _, _n = gettext_functions(language)
    text, _made = render(sam(lambda d: (_old_iro_called_your_iro(d), d["child"].update(reading_level=band))),
                         language=language)
    assert _("%(name)s, who checks your plan", name="Tom Reid") not in text
    assert "Tom Reid (your IRO)" not in text
    table = "\n".join(c.text for t in docx.Document(io.BytesIO(_made.data)).tables for r in t.rows for c in r.cells)
    if band in ("early", "young"):
        assert _("%(name)s, who used to check your plan", name="Tom Reid") in table
    else:  # as who came says (in a Polish copy marked as English)
        # "IRO" in full (blind review 18): a child is not expected to know the acronym.
        assert re.search(r"Tom Reid \([^)]*your old Independent Reviewing Officer", table), table
        assert not re.search(r"Tom Reid \([^)]*your IRO", table), table


def test_an_action_giving_an_iro_another_role_than_who_came_is_warned_at_the_action(tmp_path):
    said = [f for f in _said(tmp_path, _old_iro_called_your_iro) if f[1].startswith("actions.")]
    assert said and said[0][0] == "warning" and "your old IRO" in said[0][2] and said[0][1].endswith(".who")


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("given", [False, True])
def test_a_next_review_gone_by_when_the_copy_is_made_is_not_told_as_to_come(band, given, monkeypatch):
    """Blind review 11, 6: made on 6 December, a copy said "Your next review will be by Friday,
    27 November 2026" (worked out, the record giving no date). It is told as past, with nothing
    offered "before then", in every band and language; validate warns at the review date."""
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    data = sam(lambda d: (d["child"].update(reading_level=band), d.pop("next_review"),
                          d["review"].update(date="2026-05-29", sequence=5)) if not given
               else d["child"].update(reading_level=band))
    day = "Friday, 27 November 2026" if not given else "Tuesday, 25 August 2026"
    for language in ("en", "pl"):
        _, _n = gettext_functions(language)
        for who in ("child", "parent"):
            text, _made = render(data, who, language=language)
            assert _("Your next review will be by %(date)s.", date="\0").split("\0")[0] not in text
            if language == "en":
                assert f"Your next review was due by {day}. You can ask me about it." in text, who
                for words in NOT_SAID_AT_18[1:]:
                    assert words not in text, (who, words)
            else:
                assert _("You can ask me about it.") in text
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-08-01" if given else "2026-11-20")  # made before it: to come
    assert "Your next review will be by" in render(data)[0]


def test_a_worked_out_next_review_gone_by_is_warned_at_the_review_date_and_noted_by_dates(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import recordgen.cli  # noqa: F401
    from recordgen.cli._common import main_group

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(d):
        d.pop("next_review")
        d["review"].update(date="2026-05-29", sequence=5)
        for action in d["actions"]:
            action["by"] = "2026-06-30"
    said = [f for f in _said(tmp_path, change) if f[1] == "review.date"]
    assert any(s == "warning" and "2026-11-27" in m and "has passed" in m and "next_review.date" in m
               for s, _p, m in said), said
    result = CliRunner().invoke(main_group, ["dates", str(write_record(tmp_path, change))])
    line = next(l for l in result.output.splitlines() if l.startswith("Next review (date used)"))
    assert "2026-11-27" in line and "it has passed (today is 2026-12-06)" in line


# A copy made on 6 December 2026 of Sam's review, she born on 25 November 2008: 18 by then.
CARE_ONLY = ("You can ask for another review at any time.", "By 18, you will have a personal adviser",
             "independent visitor", "I can take your worries further for you.", "whenever you want to",
             "social worker can help you",
             # What the IRO does for a child in care, no longer for them: told as what they did.
             "I check that", "My job is", "My role is", "I can challenge the council", "I listen to")


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("iv", ["offered", "has_one", "not_yet"])
def test_a_copy_made_after_the_18th_birthday_offers_only_what_a_care_leaver_has(band, iv, monkeypatch):
    """Blind review 11, 7: made the day after Rowan turned 18 ("Reviews like this one stopped then"),
    a copy still offered another review, a personal adviser "by 18" and an independent visitor."""
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(d):
        d["child"].update(date_of_birth="2008-11-25", reading_level=band)
        d["review"].update(date="2026-11-24", sequence=5)
        d.pop("next_review")
        d["rights"]["independent_visitor"] = iv
        for action in d["actions"]:
            action["by"] = "2026-12-18"
    data = sam(change)
    for who in ("child", "carer"):
        text, _made = render(data, who)
        assert "Now you are 18" in text or "You turned 18 on" in text
        for words in CARE_ONLY:
            assert words not in text, (who, words)
        # No adviser named: none of "yours" assumed (test_claims_leftovers29).
        assert "You have a right to a personal adviser" in text and "tell the council." in text
        assert "You can ask to see the records we keep about you." in text
        assert "If you are unhappy about the help you get, you can complain." in text
        assert "If you have questions about this record, you can contact me, Helen." in text
        assert ("I checked that your plan was right for you." if band in ("early", "young", "middle")
                else "My role was to check that your plan met your needs") in text
    _, _n = gettext_functions("pl")
    text, _made = render(data, language="pl")
    assert _("You can ask for another review at any time.") not in text
    assert _("If you disagree with your pathway plan, tell the council.") in text
    # Made before the birthday: still in care, still offered what a child in care has.
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-11-24")
    text, _made = render(data)
    assert "You can ask for another review at any time." in text and "whenever you want to" in text
    assert "I check that your plan is right for you." in text or "to check that your plan" in text


#: What a copy says of a child still in care, or getting ready to leave it: not true at 18.
IN_CARE_ADVISER_AND_ADVOCATE = (ADVISER_SAID, "You have an advocate", "I told you about advocates",
                                "You do not have an advocate yet", "When you are ready, you can have an advocate",
                                "You do not want an advocate just now", "You can change your mind")


@pytest.mark.parametrize("band", ["young", "middle", "teen", "young_adult"])
@pytest.mark.parametrize("advocate", ["has_one", "offered", "declined", "not_yet"])
def test_a_care_leavers_copy_speaks_of_the_adviser_and_advocacy_as_they_are_now(band, advocate, monkeypatch):
    """Fix 13, 1: a copy made after the 18th birthday said the adviser "helps you get ready to
    leave care" and "You have an advocate", as of a child in care."""
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(d):
        d["child"].update(date_of_birth="2008-11-25", reading_level=band)
        d["review"].update(date="2026-11-24", sequence=5)
        d.pop("next_review")
        d["rights"]["advocate"] = advocate
        for action in d["actions"]:
            action["by"] = "2026-12-18"
    data = sam(change)
    for who in ("child", "carer"):
        text, _made = render(data, who)
        for words in IN_CARE_ADVISER_AND_ADVOCATE:
            assert words not in text, (who, words)
        # The record names none of hers: the right, not that one helps her (blind review 28 F15).
        assert "A personal adviser helps you now you are no longer in care." not in text
        assert "You have a right to a personal adviser" in text
        # An 18-year-old reading at the young level: plain, and no "grown-up" (claims38, finding 3).
        what = ("An advocate is someone on your side. They help you say what you think." if band == "young"
                else "An advocate is someone independent who helps you say what you think.")  # blind review 29
        assert f"{what} You can still ask for one, for example to help you complain." in text
        # Blind review 17: one she had at the review is said, so "still ask for one" never reads as none.
        assert (f"You had an advocate while you were in care. {what}" in text) == \
            (advocate == "has_one"), (who, advocate)
    _, _n = gettext_functions("uk")
    text, _made = render(data, language="uk")
    assert _("You have a right to a personal adviser.") in text or \
        _("You have a right to a personal adviser to help you.") in text
    assert _("You can still ask for one, for example to help you complain.") in text


@pytest.mark.parametrize("still_right,sequence,said", [
    (True, 5, "I thought your plan was still right for you."),
    (False, 5, "I did not think your plan was right for you. It needed to change."),  # alone: not "any more"
    (False, 1, "I did not think your plan was right for you. It needed to change."),
])
def test_a_care_leavers_copy_tells_the_plan_and_who_checked_it_as_past(still_right, sequence, said, monkeypatch):
    """Fix 13, 1: "I think your plan is still right for you", "Helen Price, who checks your plan" and
    "An adult you trust can send it to me too" to someone whose care plan ended at 18."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(d):
        d["child"].update(date_of_birth="2008-11-25", reading_level="young")
        d["review"].update(date="2026-11-24", sequence=sequence)
        d["care_plan"]["still_right"] = still_right
        d.pop("next_review")
        for action in d["actions"]:
            action["by"] = "2026-12-18"
    data = sam(change)
    text, _made = render(data)
    assert said in text and "I think your plan" not in text and "I do not think your plan" not in text
    assert "Helen Price, who checked your plan" in text and "who checks your plan" not in text
    # The feedback page: an adult now, with no "adult you trust" to send it for them.
    assert "Please give this page back to me." in text and "post it" not in text and "An adult you trust" not in text
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-11-24")  # made before the birthday: as for a child in care
    text, _made = render(data)
    assert "Helen Price, who checks your plan" in text and said not in text
    assert "An adult you trust can send it to me too." in text


# ---- blind review 12 -----------------------------------------------------------------------------


def _pn5_advocate(**advocate):
    def change(d):
        d["review"]["participation"] = "PN5"
        d["review"]["attendees"][0]["attended"] = False
        d["rights"]["advocate"] = "has_one"
        d["review"]["attendees"].append({"name": "Jo King", "role": "your advocate", **advocate})
    return change


@pytest.mark.parametrize("band", ["young", "teen"])
def test_pn5_does_not_say_the_child_told_an_advocate_who_gave_nothing(tmp_path, band):
    """Item 4: the only advocate did not come and sent nothing: the copy does not say the child
    told them what to say, and validate asks at the code."""
    change = _pn5_advocate(attended=False)
    text = render(sam(lambda d: (change(d), d["child"].update(reading_level=band))))[0]
    assert "told your advocate" not in text and "You did not come to the meeting." in text
    found = [f for f in _said(tmp_path, change) if f[1] == "review.participation"]
    assert len(found) == 1 and found[0][0] == "warning" and "Jo King" in found[0][2], found
    # The advocate who sent the child's views: PN5 as before, and nothing to warn about.
    spoke = _pn5_advocate(attended=False, contributed="read out what you wanted to say")
    assert "You told your advocate what to say for you." in render(sam(lambda d: (
        spoke(d), d["child"].update(reading_level=band))))[0] or band != "young"
    assert not [f for f in _said(tmp_path, spoke) if f[1] == "review.participation"]


@pytest.mark.parametrize("status", ["declined", "not_yet"])
@pytest.mark.parametrize("came", [{}, {"attended": False, "contributed": "sent a letter"}])
def test_a_visitor_status_saying_none_while_theirs_took_part_is_a_warning(tmp_path, status, came):
    """Item 5: as for the advocate: 'declined' or 'not_yet' while "your independent visitor"
    came or sent something."""
    def change(d):
        d["rights"]["independent_visitor"] = status
        d["review"]["attendees"].append({"name": "Bob Hill", "role": "your independent visitor", **came})
    found = [f for f in _said(tmp_path, change) if f[1] == "rights.independent_visitor"]
    assert len(found) == 1 and found[0][0] == "warning", found
    assert f"'{status}' says Sam has no independent visitor" in found[0][2] and "has_one" in found[0][2]
    # Invited but gave nothing, or someone else's visitor: nothing to say.
    def absent(d):
        change(d)
        d["review"]["attendees"][-1] = {"name": "Bob Hill", "role": "mum's independent visitor"}
    assert not [f for f in _said(tmp_path, absent) if f[1] == "rights.independent_visitor"]


def _covering(d):
    d["review"]["attendees"] += [{"name": "Helen Price", "role": "covering IRO"},
                                 {"name": "Grace Obi", "role": "your IRO", "attended": False,
                                  "contributed": "sent a report"}]
    d["actions"].append({"who": "Grace Obi (your IRO)", "what": "Come and see you after Christmas.",
                         "by": "2026-04-10"})


@pytest.mark.parametrize("band", ["early", "young"])
def test_a_covering_chair_tells_a_young_child_who_usually_checks_their_plan(tmp_path, band):
    """Item 7: Helen chairs for Grace, the child's IRO: a 6-year-old is not told both check the plan."""
    change = lambda d: (_covering(d), d["child"].update(reading_level=band))
    text = render(sam(change))[0]
    assert "I check that your plan is right for you." not in text
    assert "Grace usually checks your plan. This time, I checked it instead." in text
    assert "(your IRO)" not in text and "Grace Obi, who usually checks your plan" in text
    assert "Helen Price, who checked your plan this time" in text and "Helen Price (covering IRO)" not in text
    assert not [f for f in _said(tmp_path, change) if "IRO" in f[2]]
    from recordgen.i18n import gettext_functions
    _, _n = gettext_functions("pl")
    polish = render(sam(change), language="pl")[0]
    assert _("%(name)s usually checks your plan.", name="Grace") in polish
    assert _("I check that your plan is right for you.") not in polish
    # Older readers keep the roles as the IRO wrote them.
    older = render(sam(lambda d: (_covering(d), d["child"].update(reading_level="teen"))))[0]
    assert "Grace Obi (your Independent Reviewing Officer)" in older  # the acronym in full (blind review 18)


@pytest.mark.parametrize("band", BANDS)
def test_a_covering_chair_signs_as_who_chaired_and_sends_the_child_to_their_own_iro(band):
    """fix15 item 1: Helen chaired for Grace: no copy, in any band or language, signs Helen as the
    child's IRO or tells the child to talk to her whenever they want; they are told Grace."""
    from recordgen.i18n import gettext_functions
    change = lambda d: (_covering(d), d["child"].update(reading_level=band))
    grace = "Grace" if band in ("early", "young") else "Grace Obi"
    for who in ("child", "parent", "carer"):
        text = render(sam(change), who)[0]
        assert "Your Independent Reviewing Officer" not in text and "your Independent Reviewing Officer." not in text
        assert "Helen Price\nIndependent Reviewing Officer who chaired your review" in text, who
        assert "You can talk to me" not in text, who
        assert f"You can talk to {grace}, your Independent Reviewing Officer, whenever you want." in text, who
    for language in ("pl", "ur", "cy"):
        _, _n = gettext_functions(language)
        translated = render(sam(change), language=language)[0]
        assert _("Independent Reviewing Officer who chaired your review") in translated
        assert _("Your Independent Reviewing Officer") not in translated
        assert _("You can talk to %(name)s, your Independent Reviewing Officer, whenever you want.",
                 name=grace) in translated
    # Grace not named: the child is still sent to their own IRO, not the chair.
    unnamed = render(sam(lambda d: (d["review"]["attendees"].append({"name": "Helen Price", "role": "covering IRO"}),
                                    d["child"].update(reading_level=band))))[0]
    assert "You can talk to your Independent Reviewing Officer whenever you want to." in unnamed
    assert "Independent Reviewing Officer who chaired your review" in unnamed
    # The child's own IRO chairing: as before.
    own = render(sam(lambda d: d["child"].update(reading_level=band)))[0]
    assert "Your Independent Reviewing Officer" in own and "You can talk to me, " in own


def test_a_covering_chairs_invitations_do_not_call_them_the_childs_iro():
    """fix15 item 1: the invitations of a review Helen chairs for Grace."""
    from test_consult import documents, planned
    for band in ("young", "teen"):
        data = planned(band)
        data["review"]["attendees"] += [{"name": "Helen Price", "role": "covering IRO"},
                                        {"name": "Grace Obi", "role": "your IRO"}]
        made = documents(data)
        child = docx_text(made[("invitation", "child")].data)
        assert "your Independent Reviewing Officer." not in child and "I check that your plan" not in child
        assert ("I am Helen. This time, I will run your meeting." if band == "young" else
                "I am Helen Price, an Independent Reviewing Officer. This time, I will run the meeting instead of "
                "your own Independent Reviewing Officer.") in child
        for role in ("parent", "carer"):
            adult = docx_text(made[("invitation", role)].data)
            assert "the Independent Reviewing Officer for Robin" not in adult, role
            assert ("I am Helen Price, an Independent Reviewing Officer. This time, I will chair the meeting instead "
                    "of the usual Independent Reviewing Officer for Robin.") in adult, role


def test_a_visitor_offered_for_a_child_under_four_is_said_as_offered(tmp_path):
    """Item 13: PN0 with independent_visitor: offered was told "When you are older, you can have one"."""
    text = render(sam(lambda d: d["rights"].update(independent_visitor="offered"), base=LILY))[0]
    assert "When you are older, you can have an independent visitor." not in text
    assert ("An independent visitor is a kind grown-up who comes to see you and have fun with you. "
            "One has been offered for you.") in text  # in under-5 words (blind review 23)
    assert "When you are older, you can have an independent visitor." in render(sam(base=LILY))[0]  # not_yet


def test_declined_for_a_child_under_four_is_a_warning(tmp_path):
    def change(d):
        d["rights"].update(advocate="declined", independent_visitor="declined")
    loaded = api.load_record(write_record(tmp_path, change, base=LILY))
    found = {d.path: d for d in api.validate(loaded) if d.path.startswith("rights.")}
    assert set(found) == {"rights.advocate", "rights.independent_visitor"}, found
    assert all(d.severity == "warning" and "under 4" in d.message and d.line for d in found.values())


def test_a_covering_chair_takes_no_earlier_iro_for_the_childs_own():
    """Tom came as "your old IRO" (an action calls him "your IRO"): who came decides, so he is not
    who usually checks the plan; one known by title is named so ("Mrs Obi usually checks...")."""
    def change(d):
        d["child"].update(reading_level="young")
        d["review"]["attendees"] += [{"name": "Helen Price", "role": "covering IRO"},
                                     {"name": "Tom Reid", "role": "your old IRO", "attended": False}]
        d["actions"].append({"who": "Tom Reid (your IRO)", "what": "Send your notes.", "by": "2026-04-10"})
    text = render(sam(change))[0]
    assert "Someone else usually checks your plan. This time, I checked it instead." in text
    assert "Tom Reid, who used to check your plan" in text and "Tom usually" not in text
    titled_iro = render(sam(lambda d: (_covering(d), d["child"].update(reading_level="young"),
                                       d["review"]["attendees"][-1].update(name="Mrs Obi"))))[0]
    assert "Mrs Obi usually checks your plan." in titled_iro


def test_pn2_with_the_named_advocate_not_at_the_meeting_is_a_warning(tmp_path):
    def change(d):
        d["review"]["participation"] = "PN2"
        d["rights"]["advocate"] = "has_one"
        d["review"]["attendees"].append({"name": "Jo King", "role": "your advocate", "attended": False,
                                         "contributed": "sent a note"})
    found = [f for f in _said(tmp_path, change) if f[1] == "review.participation"]
    assert len(found) == 1 and found[0][0] == "warning" and "did not come" in found[0][2], found

    def came(d):
        change(d)
        d["review"]["attendees"][-1] = {"name": "Jo King", "role": "your advocate"}
    assert not [f for f in _said(tmp_path, came) if f[1] == "review.participation"]


@pytest.mark.parametrize("band", ["young", "teen"])
def test_pn2_does_not_say_an_advocate_who_did_not_come_helped_at_the_meeting(band):
    """PN2 with the only advocate named not at the meeting (they sent a note): the copy says the
    child was at the meeting, not that the advocate helped there; with the advocate there, as before."""
    def change(d, **advocate):
        d["child"].update(reading_level=band)
        d["review"]["participation"] = "PN2"
        d["rights"]["advocate"] = "has_one"
        d["review"]["attendees"].append({"name": "Jo King", "role": "your advocate", **advocate})
    text = render(sam(lambda d: change(d, attended=False, contributed="sent a note")))[0]
    assert "advocate helped" not in text and "You were at your meeting." in text
    came = render(sam(change))[0]
    assert "advocate helped say what you think" in came and "You were at your meeting." not in came
    # The catalogs' gendered forms of that sentence (Sam is she/her): no new string was needed.
    polish = render(sam(lambda d: change(d, attended=False)), language="pl")[0]
    assert "Byłaś na swoim spotkaniu." in polish and "osoba wspierająca pomogła" not in polish


@pytest.mark.parametrize("language", ["en", "pl", "cy", "ar"])
def test_the_adults_part_gives_roles_as_the_childs_never_your(language):
    """Under "For the adults" the reader is an adult: an action's "Jo Smith (your social worker)" is
    Sam's social worker there, and mum kept off Sam's list is "Sam's mum, Amina", in the reader's
    language; the table read to Sam keeps "your" (blind review 13a, F2)."""
    from recordgen.i18n import gettext_functions

    say = gettext_functions(language)[0]
    data = sam(lambda d: (_kept_from_child(d), _amina_kept_from_sam(d)))
    _, made = render(data, "carer", language)
    lines = body_lines(made.data)
    heading = say("For the adults: not to be read to %(name)s", name="Sam")
    adults = [re.sub("[\u200e\u200f]", "", line) for line in lines[lines.index(heading):]]
    social_worker = say("%(child)s's %(role)s", child="Sam", role="social worker" if language == "en"
                        else say("social worker"))
    assert any(f"Jo Smith ({social_worker})" in line for line in adults), adults
    mum = say("%(child)s's %(role)s, %(name)s", child="Sam", role=say("mum"), name="Amina")
    assert any(line.startswith(mum[:1].upper() + mum[1:]) for line in adults), adults
    if language == "en":
        assert "Sam's mum, Amina: told me her views on the phone before the meeting" in adults
        assert not any("(your social worker)" in line or "Your mum" in line for line in adults)
        assert "Jo Smith (your social worker)" in docx_text(made.data)  # the table read to Sam


@pytest.mark.parametrize("band", BANDS)
def test_the_adults_part_starts_a_page_of_its_own_in_every_band(band):
    """The child's letter can be handed over, or read with them, without the adults' part:
    its heading has a page break before it (blind review 13a, F3)."""
    data = sam(lambda d: (_kept_from_child(d), d["child"].update(reading_level=band)))
    _, made = render(data, "carer")
    document = docx.Document(io.BytesIO(made.data))
    heading = next(p for p in document.paragraphs if p.text.startswith("For the adults"))
    assert heading.paragraph_format.page_break_before or heading.style.paragraph_format.page_break_before


@pytest.mark.parametrize("band", BANDS)
def test_the_views_heading_follows_the_participation_code_in_every_band(band):
    """PN3's heading is "What you showed us" in every band, the early one too (blind review 13a, F6:
    "What you like" over "the sad card for the bus"); PN1's "What you told me" below young adult."""
    def change(code):
        return lambda d: (d["child"].update(reading_level=band), d["review"].update(participation=code))
    showed, _ = render(sam(change("PN3")), "child")
    assert "What you showed us" in showed and "What you like" not in showed and "In your words" not in showed
    told, _ = render(sam(change("PN1")), "child")
    assert ("In your words" if band == "young_adult" else "What you told me") in told


@pytest.mark.parametrize("band", ["middle", "teen", "young_adult"])
def test_the_people_heading_says_shared_views_only_when_someone_did(band):
    """Records 09 and 13 (blind review 13a, F10): only who came, so the heading is "Who came";
    Sam's mum, who sent her views, gives "Who came and who shared their views"."""
    def came(d):
        d["child"].update(reading_level=band)
        d["review"]["attendees"][-1].update(attended=True, contributed=None)
    lines = body_lines(render(sam(came), "child")[1].data)
    assert "Who came" in lines and "Who came and who shared their views" not in lines
    lines = body_lines(render(sam(lambda d: d["child"].update(reading_level=band)), "child")[1].data)
    assert "Who came and who shared their views" in lines


@pytest.mark.parametrize("language", ["en", "pl"])
def test_an_other_recipient_by_a_bare_name_is_labelled_by_the_role_who_came_gives(language):
    """Record 01's "This copy is for Maureen Ardley (copy for information)." beside "Maureen Ardley
    (nan)" in who was sent a copy: the label gives the role the record gives (blind review 13a, F10)."""
    from recordgen.i18n import gettext_functions

    def nan(d):
        d["review"]["attendees"].append({"name": "Maureen Ardley", "role": "nan"})
        d["distribution"].append({"role": "other", "name": "Maureen Ardley", "language": language})
    loaded = api.load_data(sam(nan), "record.yaml")
    maureen = next(r for r in loaded.record.distribution if r.name == "Maureen Ardley")
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded.record, maureen).data)
    say = gettext_functions(language, "female")[0]
    label = say("This copy is for %(name)s.", name=f"Maureen Ardley ({say('nan')})")
    assert label in text and say("copy for information") not in text


def test_third_person_in_the_childs_own_contributed_text_is_a_finding():
    """The child's own ``contributed`` is read to them as 'You: ...': 'told Wendy what she wanted me
    to know' (corpus 21) says 'she' of the child, found by check at its line (blind review 13b, 8)."""
    from pathlib import Path

    from recordgen.wording.check import check_record

    path = Path(__file__).resolve().parent / "blind_corpus" / "21-age4-pn6-mum-polish-nan.yaml"
    found = [f for f in check_record(api.load_record(path)) if f.loc == ("review", "attendees", 0, "contributed")]
    assert [(f.word, f.line) for f in found] == [("she", 25)], found
    assert found[0].fix is None or not found[0].fix.safe
    # Someone else's: 'her' there is that person, as before.
    assert not [f for f in check_record(api.load_record(path)) if f.loc == ("review", "attendees", 2, "contributed")]


@pytest.mark.parametrize("language", ["en", "ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_the_iros_view_of_the_plan_names_your_plan_not_this_plan(language):
    """After a plan's text saying there is no plan yet ('We do not yet have a plan for where you will
    live after you are 18'), "this plan" points at the missing one: the view says "your plan" (13b, 10)."""
    from recordgen.i18n import gettext_functions

    plan = "We do not yet have a plan for where you will live after you are 18."
    text = render(sam(lambda d: (d["review"].update(sequence=2),
                                 d["care_plan"].update(plan=plan, still_right=False))), language=language)[0]
    _, _n = gettext_functions(language, "female")
    said = _("I do not think your plan is right for you. It needs to change.")  # alone: not "any more"
    assert said in text and (language == "en" or said != "I do not think your plan is right for you. "
                                                         "It needs to change.")
    assert "this plan" not in text


def test_the_childs_own_copy_is_filed_under_the_name_they_go_by_and_case_copies_under_the_legal_name():
    """13b, 15: "Review record for Yusuf Emrys Haddad" on every page of Joe's own letter. His copy says
    the name he is known by (with the case number to find the record); the case-file copies keep the
    legal name. Nowhere in his copy's files is the legal name."""
    from recordfiles import docx_parts

    data = sam(lambda d: d["child"].update(name="Samira Aisha Khan", known_as="Sam"))
    text, made = render(data, "child")
    assert "Review record for Sam, Tuesday, 3 March 2026 · Case number NL-20451" in text
    assert not [name for name, part in docx_parts(made.data).items() if b"Samira" in part]
    for who in ("parent", "carer", "social_worker"):
        assert "Review record for Samira Aisha Khan, Tuesday, 3 March 2026" in render(data, who)[0], who
    # No known_as: the legal name, as before.
    plain = render(sam(lambda d: (d["child"].update(name="Sam Khan"), d["child"].pop("known_as"))), "child")[0]
    assert "Review record for Sam Khan, Tuesday, 3 March 2026" in plain


def test_validate_does_not_send_the_iro_to_the_developers_for_a_cause_it_has_just_named(tmp_path, monkeypatch):
    """13b, 7 (lower): dad kept off the child's list and an action's who "Tariq Khan (your dad)":
    `validate --copies` named the cause at actions.N.who, then said of the same name "the record's
    own checks found no text that shows it ... tell the tool's developers". Only the first now."""
    from click.testing import CliRunner

    from recordgen.cli import main_group

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    monkeypatch.setenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", "1")

    def dad(d):
        d["review"]["attendees"].append({"name": "Tariq Khan", "role": "dad", "attended": False,
                                         "contributed": "sent a letter"})
        d["actions"].append({"who": "Tariq Khan (your dad)", "what": "Write to you every month.", "by": "2026-04-01"})
        d["distribution"].append({"role": "parent", "name": "Tariq Khan", "withhold_from": ["child"]})
    result = CliRunner().invoke(main_group, ["validate", "--copies", str(write_record(tmp_path, dad))])
    assert "who: error: this names Tariq Khan" in result.output, result.output
    assert "developers" not in result.output and "1 error(s)" in result.output, result.output


@pytest.mark.parametrize("carers,held", [("Kestrel Lodge secure children's home", True), ("HMYOI Wetherby", True),
                                         ("Riverside supported lodgings", False), ("Mark and Lisa Owen", False)])
def test_a_child_held_by_an_order_is_not_told_they_can_choose_where_the_next_review_happens(carers, held,
                                                                                             monkeypatch):
    """Blind review 17: a 14-year-old in a secure children's home was told "You can choose where it happens
    and who comes."; where is not theirs to choose there, who they would like to come is theirs to say."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")  # before the next review: its choices are offered
    text, _made = render(sam(lambda d: (d["child"].update(date_of_birth=born(14)),
                                        d["placement"].update(carers=carers))))
    assert ("You can tell me who you would like to come." in text) == held
    assert ("You can tell me where you would like it to happen and who you would like to come." in text) == (not held)
