"""Session 23, 3: "your <role>" and the role word itself, for the person's gender where the language has
it. Urdu and Arabic gave "your" a woman's form ("آپ کی", "الخاصة بك"); the other languages were checked:

* Polish, Ukrainian, Romanian, Portuguese and Welsh say "Someone you know: <role>", which needs no
  gender; only the role word varies ("nauczycielka", "директорка школи"), and the school's roles now
  have a woman's and a man's word in Ukrainian, Romanian, Portuguese, Arabic, Pashto, Tigrinya, Welsh,
  Urdu and Bengali too, where the language's word varies.
* Pashto "ستا", Dari "شما", Sorani "ی تۆ" and Bengali "তোমার" do not vary (Pashto's role word does).
* Tigrinya's "your" varies with whose it is, the child's: "ናትኪ" to a girl, "ናትካ" to a boy, the polite
  "ናትኩም" where the child's gender is not known, as the rest of the letter.

Each test renders a real copy and reads the .docx back."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions, person_variant

from recordfiles import SAM, example_data
from test_translated_leftovers22 import copy_text

#: Who came with a school's role, a woman or a man by their title.
STAFF = {"Mrs Lowe": "head teacher", "Mr Dunn": "form tutor", "Ms Peel": "head of year",
         "Mrs Fry": "teaching assistant", "Mr Hart": "SENCo", "Mrs Vance": "youth worker", "Mr Crane": "key worker"}
#: Languages whose role words vary with the person, and the school roles that do in each.
VARY = {"uk": 5, "ro": 5, "pt": 3, "ar": 5, "ps": 5, "ti": 5, "cy": 1, "ur": 1, "bn": 3, "pl": 5}


def _lines(text: str) -> list[str]:
    return [line.strip(" ") for line in text.replace("\u200e", "").replace("\u200f", "").splitlines()]


@pytest.mark.parametrize("language", sorted(VARY))
def test_who_came_gives_a_womans_or_a_mans_word_for_a_school_role(language):
    data = example_data(SAM)
    data["review"]["attendees"] += [{"name": name, "role": role} for name, role in STAFF.items()]
    data["child"]["reading_level"] = "teen"  # under 12, a SENCo is said as what he does (claims41)
    _ = gettext_functions(language)[0]
    text = "\n".join(_lines(copy_text(data, "child", language)))
    varied = 0
    for name, role in STAFF.items():
        message = "special educational needs coordinator" if role == "SENCo" else role
        gender = "female" if name.startswith("M") and not name.startswith("Mr ") else "male"
        word = person_variant(language, message, gender)
        if word is None:
            assert f"{name.split()[1]} ({_(message)})" in text, (name, role)
            continue
        varied += message in ("head teacher", "form tutor", "head of year", "teaching assistant",
                              "special educational needs coordinator")
        assert f"{name.split()[1]} ({word})" in text, (name, role, word)
    assert varied == VARY[language]


@pytest.mark.parametrize("pronouns, your", [("she/her", "ናትኪ"), ("he/him", "ናትካ"), ("they/them", "ናትኩም")])
def test_tigrinya_your_agrees_with_the_child(pronouns, your):
    data = example_data(SAM)
    data["child"]["pronouns"] = pronouns
    data["actions"].append({"who": "your social worker", "what": "Visit Sam.", "by": data["actions"][0]["by"]})
    lines = _lines(copy_text(data, "child", "ti"))
    _ = gettext_functions("ti")[0]
    assert f"{your} {_('social worker')}" in lines
    others = {"ናትኪ", "ናትካ", "ናትኩም"} - {your}
    assert not [line for line in lines if line.split()[:1] and line.split()[0] in others], lines


@pytest.mark.parametrize("language, your", [("fa_AF", "%(role)s شما"), ("ckb", "%(role)sی تۆ"),
                                            ("bn", "তোমার %(role)s"), ("ps", "ستا %(role)s")])
@pytest.mark.parametrize("pronouns", ["she/her", "he/him"])
def test_your_does_not_vary_where_the_language_has_no_such_agreement(language, your, pronouns):
    """A woman's and a man's "your mum" and "your dad" alone: the same possessive."""
    data = example_data(SAM)
    data["child"]["pronouns"] = pronouns
    by = data["actions"][0]["by"]
    data["actions"] += [{"who": "your mum", "what": "Visit Sam.", "by": by},
                        {"who": "your dad", "what": "Visit Sam.", "by": by}]
    lines = _lines(copy_text(data, "child", language))
    _ = gettext_functions(language)[0]
    for role in ("mum", "dad"):
        shown = your % {"role": _(role)}
        assert shown[:1].upper() + shown[1:] in lines, (role, shown)


@pytest.mark.parametrize("language, her, not_hers", [("ur", "آپ کی استانی", "آپ کے استانی"),
                                                     ("ar", "معلّمة الخاصة بك", "معلّمة الخاص بك")])
def test_a_woman_named_by_her_role_alone_has_your_in_her_form_in_every_list(language, her, not_hers):
    """Mrs Patel teaches at Sam's confidential school: her mum's copy gives her by role alone, in who
    came and in the Who cell. The Who cell had "your" in her form; the list of who came had the
    masculine beside her feminine word ("آپ کے استانی")."""
    lines = _lines(copy_text(example_data(SAM), "parent", language))
    assert lines.count(her) >= 2, [line for line in lines if her.split()[-1] in line]
    assert not_hers not in lines
