"""What the chair promises and how they name themselves and others, as a blind reviewer (session
18) found it: each test renders real copies, reads the .docx back and looks for what must and
must not be said (issue 17)."""

from __future__ import annotations

import copy
import re

import pytest

from recordgen.i18n import gettext_functions, person_gettext

from test_claims_blind16 import LANGUAGES, copy_text

#: Priya, 11: Daniel Reid chaired her review, covering for her own IRO Helen Price, who sent a
#: report (blind review 18, variant v2b).
PRIYA = {
    "child": {"id": "LW-10016", "name": "Priya Dassan", "known_as": "Priya", "date_of_birth": "2015-06-09",
              "pronouns": "she/her", "language": "en", "entered_care": "2026-01-12"},
    "review": {"date": "2026-11-03", "sequence": 3, "venue": "your home", "participation": "PN1",
               "chair": {"name": "Daniel Reid", "phone": "01632 960020", "email": "daniel.reid@example.gov.uk",
                         "pronouns": "he/him"},
               "attendees": [{"name": "Priya", "role": "you"}, {"name": "Hugh Lister", "role": "social worker"},
                             {"name": "Angela Frain", "role": "foster carer"},
                             {"name": "Helen Price", "role": "your IRO", "attended": False,
                              "contributed": "sent a report"}]},
    "child_views": ["I like it here."],
    "working_well": ["You have joined the school netball team."],
    "worries": ["You miss your old friends."],
    "goals": ["You keep in touch with your old friends."],
    "actions": [{"who": "Angela Frain (your foster carer)", "what": "Take you to meet your old friends.",
                 "by": "2026-12-23"}],
    "care_plan": {"plan": "You will stay with Angela.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    "placement": {"carers": "Angela Frain", "address": "8 Curlew Drive, Fenwold, LW6 5BB", "confidential": False},
    "distribution": [{"role": "child", "name": "Priya"}, {"role": "carer", "name": "Angela Frain"},
                     {"role": "social_worker", "name": "Hugh Lister"}],
}


def record(band: str | None = None, covered: bool = True, age: int | None = None) -> dict:
    data = copy.deepcopy(PRIYA)
    if band:
        data["child"]["reading_level"] = band
    if age:
        data["child"]["date_of_birth"] = f"{2026 - age}-01-09"
    if not covered:
        data["review"]["attendees"].pop()
    return data


# --- Finding 10: a covering chair promises nothing for next time; the child's own IRO is named ----------

#: What "me" would promise after the review, which a chair covering once cannot keep.
ME_LATER = ("You can tell me before then", "You can tell me what you want us", "You can ask me about it",
            "You can tell me where", "You can tell me who", "If you disagree with your plan or a decision, tell me.",
            "I can take your worries further")


@pytest.mark.parametrize("band,said", [
    ("young", "You can tell Helen what you want to talk about."),
    ("middle", "You can tell your Independent Reviewing Officer what you would like to talk about."),
    ("teen", "You can tell your Independent Reviewing Officer where you would like it to happen and who you "
             "would like to come."),
])
def test_a_covering_chair_sends_the_child_to_their_own_iro_for_next_time(band, said):
    data = record(band, age=14 if band == "teen" else None)
    text = copy_text(data)
    assert said in text
    for words in ME_LATER:
        assert words not in text, words
    if band == "teen":
        assert ("If you disagree with your plan or a decision, tell your Independent Reviewing Officer, who can take "
                "your worries further for you.") in text


def test_a_covering_chair_sends_the_child_to_their_own_iro_once_the_next_review_is_due(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2027-06-01")
    assert "You can ask Helen about it." in copy_text(record("young"))
    assert "You can ask your Independent Reviewing Officer about it." in copy_text(record("middle"))
    assert "You can ask me about it." in copy_text(record("middle", covered=False))


def test_a_covering_chair_does_not_offer_to_be_asked_about_an_advocate_later():
    data = record("young", age=6)
    data["rights"]["advocate"] = "not_yet"
    text = copy_text(data)
    assert "You can ask me about it at any time." not in text and "You can ask for one at any time." in text
    data["review"]["attendees"].pop()
    assert "You can ask me about it at any time." in copy_text(data)


def test_the_childs_own_chair_still_speaks_for_themselves():
    text = copy_text(record("middle", covered=False))
    assert "You can tell me before then what you would like us to talk about." in text


# --- Finding 14: who comes is not the teenager's choice alone ---------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_teenager_says_where_and_who_they_would_like_not_chooses(language):
    from recordgen.i18n import grammatical_gender

    _ = gettext_functions(language, grammatical_gender("she/her"))[0]  # Priya's words
    text = copy_text(record("teen", covered=False, age=14), language=language)
    said = _("You can tell me where you would like it to happen and who you would like to come.")
    assert said in text and (language == "en" or said != "You can tell me where you would like it to happen and "
                                                            "who you would like to come.")
    assert _("You can choose where it happens and who comes.") not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_covering_sentences_are_translated(language):
    from recordgen.i18n import grammatical_gender

    _ = gettext_functions(language, grammatical_gender("she/her"))[0]  # Priya's words (Arabic: a girl's 'you')
    for band, age in (("young", None), ("middle", None), ("teen", 14)):
        text = copy_text(record(band, age=age), language=language)
        for words in ME_LATER:
            assert not words.startswith("You") or _(words) == words or _(words) not in text
    teen = copy_text(record("teen", age=14), language=language)
    english = ("You can tell your Independent Reviewing Officer where you would like it to happen and who you "
               "would like to come.")
    assert _(english) in teen and (language == "en" or _(english) != english)


def _warnings(tmp_path, data) -> list[str]:
    from recordfiles import write_data
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d.message for d in validate(load_record(write_data(tmp_path, data))) if d.severity == "warning"]


def test_validate_warns_of_an_action_by_another_iro_called_the_childs(tmp_path):
    """Blind review 18, v2a: "Farida Osei (your IRO)" did an action while who came named Helen Price
    as the child's IRO and Daniel Reid chaired; no warning."""
    data = record()
    data["actions"].append({"who": "Farida Osei (your IRO)", "what": "Check that you see your friends.",
                            "by": "2027-01-08"})
    found = [m for m in _warnings(tmp_path, data) if "two IROs" in m]
    assert found and "Farida Osei" in found[0] and "Helen Price" in found[0], found
    for who in ("Helen Price (your IRO)", "Daniel Reid (IRO)", "Farida Osei (IRO covering in January)"):
        data["actions"][-1]["who"] = who
        assert not [m for m in _warnings(tmp_path, data) if "two IROs" in m], who
    uncovered = record(covered=False)
    uncovered["actions"].append({"who": "Farida Osei (your IRO)", "what": "Check.", "by": "2027-01-08"})
    assert [m for m in _warnings(tmp_path, uncovered) if "two IROs" in m]


# --- Finding 15: someone a parent's copy gives by role alone is "Your teacher", not "Teacher" -------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hidden_teacher_is_your_teacher_in_a_parents_list_of_who_came(tmp_path, language):
    """Blind review 18, mod-11: Mrs Kaur, at the confidential school, showed in dad's list of who came as
    "Teacher", standing alone like a name."""
    from recordfiles import write_record
    from test_leaks_blind6 import copy_for, home_with_staff

    def change(data):
        home_with_staff(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = language
    _ = gettext_functions(language)[0]
    lines = copy_for(write_record(tmp_path, change)).splitlines()
    # "Your" as the catalog says it, or in a woman's words where the language has them (Arabic, Urdu), or
    # as the letter says it to its child, Sam, a girl (Tigrinya "ናትኪ").
    forms = []
    for gettext in (_, person_gettext(language, "female", _), gettext_functions(language, "female")[0]):
        before, after = gettext("Your %(role)s", role="\0").split("\0")
        forms.append(re.escape(before[:1].upper() + before[1:]) + r".+" + re.escape(after))
    yours = re.compile(r"(?:" + "|".join(forms) + r")(?::.*)?")
    # Who came: the teacher and the head of year; the SENCo who sent a report; the teacher's action.
    assert len([line for line in lines if yours.fullmatch(line)]) >= 4, lines
    if language == "en":
        assert {"Your teacher", "Your head of year"} <= set(lines) and not {"Teacher", "Head of year"} & set(lines)
    assert "Khatun" not in "\n".join(lines)


# --- Finding 12: placed with mum, she is "your mum" in the child's note, and at home at her own home -------


def test_an_item_kept_from_the_mum_the_child_lives_with_says_your_mums_copy():
    from recordfiles import WITH_MUM

    data = copy.deepcopy(WITH_MUM)
    data["child"]["date_of_birth"] = "2018-01-20"  # 8: reads it herself (under 8, mum reads it aloud: left out)
    data["worries"].append({"text": "Mum sometimes shouts when she is tired.", "withhold_from": ["carer"]})
    text = copy_text(data)
    assert "Mum sometimes shouts when she is tired. (This is not in your mum's copy.)" in text
    assert "Nicola's copy" not in text
    data["placement"]["carers"] = "Nicola Ward"  # the relation given only in who came
    assert "(This is not in your mum's copy.)" in copy_text(data)


def test_validate_does_not_warn_of_the_mum_the_child_lives_with_at_her_own_home(tmp_path):
    from recordfiles import WITH_MUM

    data = copy.deepcopy(WITH_MUM)
    data["review"]["venue"] = "your home"
    assert not [m for m in _warnings(tmp_path, data) if "came to the meeting at" in m]
    data["review"]["attendees"].append({"name": "Craig Ward", "role": "dad"})
    found = [m for m in _warnings(tmp_path, data) if "came to the meeting at" in m]
    assert found and "Craig Ward" in found[0] and "Nicola" not in found[0]


# --- Finding 7: no "(your IRO)": the chair is "me" in their own letter, an acronym in full -----------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("band", ["middle", "teen"])
def test_the_chairs_own_action_is_me_and_no_role_is_an_acronym(band, language):
    """Blind review 18: "Alex Penhallow (your IRO)" in the IRO's own letter (10, 18, 22, 26), the
    acronym never explained and the IRO in the third person."""
    _ = gettext_functions(language)[0]
    data = record(band, covered=False, age=14 if band == "teen" else None)
    data["actions"] += [{"who": "Daniel Reid (your IRO)", "what": "Check that you see your friends.",
                         "by": "2027-01-08"},
                        {"who": "Hugh Lister (your SW)", "what": "Find a club near you.", "by": "2027-01-08"}]
    text = copy_text(data, language=language)
    assert _("%(name)s (me)", name="Daniel Reid") in text.splitlines()
    assert "IRO" not in text and "(your SW)" not in text
    assert _("social worker") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_childs_own_iro_in_who_came_is_in_full(language):
    _ = gettext_functions(language)[0]
    text = copy_text(record("middle"), language=language)
    assert "IRO" not in text
    if language == "en":
        assert "Helen Price (your Independent Reviewing Officer): sent a report" in text
    else:
        assert _("Independent Reviewing Officer") != "Independent Reviewing Officer"
        assert f"Helen Price ({_('Independent Reviewing Officer')})" in text
