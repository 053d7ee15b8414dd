"""Variants for the grammatical gender of the child or the IRO: checked against the template, and used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from recordgen import api
from recordgen.i18n import gettext_functions, grammatical_gender

from recordfiles import LILY, SAM, docx_text, write_record

LOCALES = Path(__file__).resolve().parent.parent / "locales"
#: gendered.po varies messages.pot's messages; gendered_consult.po and gendered_feedback.po those
#: of the consultation papers' and the feedback part's own domains.
GENDERED = sorted(LOCALES.glob("*/LC_MESSAGES/gendered*.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd%]")
#: person:... is a role word's variant for the gender of the person it names ("opiekunka").
#: child:own is the child's own register, any gender (i18n.CHILD_OWN: a grown-up's copy's feedback part).
#: person:plural is the form to more than one adult reader (a couple, a home's staff: Polish "Państwo").
CONTEXT = re.compile(r"child:(female|male)|iro:(female|male)|child:(female|male) iro:(female|male)"
                     r"|person:(female|male|plural)|child:own")


def load(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_there_are_gendered_catalogs():
    assert {p.parts[-3] for p in GENDERED if p.stem == "gendered"} >= {"pl", "uk", "ur", "ro", "pt", "ar"}
    assert {p.parts[-3] for p in GENDERED if p.stem == "gendered_consult"} >= {"pl", "uk", "ur", "ar", "ps", "ti"}
    assert {p.parts[-3] for p in GENDERED if p.stem == "gendered_feedback"} >= {"ti"}


def template_of(path: Path) -> Path:
    """messages.pot for gendered.po, consult.pot for gendered_consult.po..."""
    return LOCALES / (f"{path.stem.split('_', 1)[1]}.pot" if "_" in path.stem else "messages.pot")


@pytest.mark.parametrize("path", GENDERED, ids=lambda p: f"{p.parts[-3]}-{p.stem}")
def test_each_variant_is_for_a_known_message_with_both_genders_and_intact_placeholders(path):
    template = template_of(path)
    template_ids = {m.id for m in load(template) if m.id}
    text = path.read_text(encoding="utf-8")
    assert "REVIEW STATUS: DRAFT" in text.split("msgid", 1)[0]
    contexts: dict[str, set] = {}
    for message in load(path):
        if not message.id:
            continue
        assert message.id in template_ids, f"not in {template.name} (stale?): {message.id!r}"
        assert CONTEXT.fullmatch(message.context or ""), message.context
        assert message.string.strip(), message.id
        assert set(PLACEHOLDER.findall(message.string)) == set(PLACEHOLDER.findall(message.id)), message.id
        contexts.setdefault(message.id, set()).add(message.context)
    assert contexts
    for message_id, found in contexts.items():
        # Both genders of whoever the variants are for; a child and IRO pair needs all four.
        for person in ("child", "iro", "person"):
            mine = {c for c in found if c == f"{person}:female" or c == f"{person}:male"}
            assert not mine or mine == {f"{person}:female", f"{person}:male"}, message_id
        pairs = {c for c in found if " " in c}
        assert not pairs or len(pairs) == 4, message_id
        # With variants for both people, the child's would hide the IRO's: all four pairs are needed.
        if any(c.startswith("child:") for c in found) and any(c.startswith("iro:") for c in found):
            assert len(pairs) == 4, f"needs child:... iro:... variants: {message_id!r}"


@pytest.mark.parametrize("pronouns,expected", [("she/her", "female"), ("He/Him", "male"),
                                                ("they/them", None), (None, None), ("", None)])
def test_grammatical_gender_from_pronouns(pronouns, expected):
    assert grammatical_gender(pronouns) == expected


def test_a_variant_is_used_only_where_there_is_one():
    generic, _ = gettext_functions("pl")
    female, _ = gettext_functions("pl", "female")
    assert generic("Dear %(name)s,", name="Lily") == "Cześć, Lily,"  # needs no gender
    assert female("Dear %(name)s,", name="Lily") == "Droga Lily,"
    assert female("Your rights") == generic("Your rights")  # no variant: the usual translation
    welsh, _ = gettext_functions("cy", "female")  # no gendered catalog at all
    assert welsh("Your rights") == gettext_functions("cy")[0]("Your rights")


def test_child_and_iro_variants_are_looked_up_together():
    told = "I told you about advocates"
    message = ("An advocate is someone independent who helps you say what you think. I told you about "
               "advocates, and you can ask for one at any time.")
    assert told in message
    generic, _ = gettext_functions("pl")
    by_her, _ = gettext_functions("pl", "male", "female")  # a boy's record written by a woman
    by_him, _ = gettext_functions("pl", None, "male")
    assert "Masz już ode mnie informacje o osobach wspierających" in generic(message)  # needs no gender
    assert "Opowiedziałam ci" in by_her(message) and "/" not in by_her(message)
    assert "Opowiedziałem ci" in by_him(message)
    assert by_her("Dear %(name)s,", name="Adam") == "Drogi Adam,"  # the child's variant still applies


@pytest.mark.parametrize("language,generic_form,male,female", [
    ("uk", "ми обговорили на твоєму перегляді", "Я пояснив,", "Я пояснила,"),
    ("pl", "Na twoim przeglądzie omówiliśmy", "wyjaśniłem,", "wyjaśniłam,"),
])
def test_i_explained_follows_the_iros_pronouns(language, generic_form, male, female):
    message = ("If you are unhappy about the help you get, you can complain. I explained how at your "
               "review, and your carers or social worker can help you do it.")
    assert generic_form in gettext_functions(language)[0](message)
    assert male in gettext_functions(language, "female", "male")[0](message)
    assert female in gettext_functions(language, None, "female")[0](message)


def test_an_urdu_speaking_iro_who_is_a_woman_says_so():
    heard, next_time = "I did not hear your views.", "I would really like to hear from you next time."
    assert "مجھ تک نہیں پہنچی" in gettext_functions("ur")[0](heard)  # the generic text needs no gender
    by_her = gettext_functions("ur", None, "female")[0]
    assert "سن سکی" in by_her(heard) and "چاہوں گی" in by_her(next_time)
    assert "سکا" not in by_her(heard) + by_her(next_time)


# "Drogi" needs the vocative, which a boy's foreign name is not given by guess (test_polish_greetings).
@pytest.mark.parametrize("pronouns,name,greeting", [("she/her", "Lily", "Droga Lily,"),
                                                     ("he/him", "Adam", "Drogi Adamie,"),
                                                     ("they/them", "Lily", "Cześć, Lily,")])
def test_lilys_polish_letter_follows_her_pronouns(tmp_path, pronouns, name, greeting):
    import shutil

    path = write_record(tmp_path, lambda d: d["child"].update(pronouns=pronouns, known_as=name), base=LILY,
                        name="review-lily-3.yaml")
    shutil.copy(LILY.with_name("review-lily-3.translations.yaml"), tmp_path)
    loaded = api.load_record(path)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert greeting in text
    if pronouns != "they/them":
        assert "Drogi/Droga" not in text and "mały/mała" not in text


@pytest.mark.parametrize("chair_pronouns,told", [("she/her", "Opowiedziałam ci"), ("he/him", "Opowiedziałem ci"),
                                                 (None, "Masz już ode mnie informacje o osobach wspierających")])
def test_the_iro_speaks_polish_in_their_own_grammatical_gender(tmp_path, chair_pronouns, told):
    def edit(data):
        data["review"]["chair"]["pronouns"] = chair_pronouns
        data["rights"]["advocate"] = "offered"
        data["distribution"][1]["language"] = "pl"

    # Sam came to her review (PN1), so "I told you about advocates" is true for her; Lily (PN0)
    # was told nothing, and her copy no longer says so (issue 17.4, test_claims).
    path = write_record(tmp_path, edit, base=SAM, name="review-sam-9.yaml")
    loaded = api.load_record(path)
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert told in text
    if chair_pronouns:
        assert "Opowiedziałem/Opowiedziałam" not in text


INDEPENDENT = "I am independent of your social worker."
INTRODUCED = "I am %(iro)s, your Independent Reviewing Officer."


@pytest.mark.parametrize("language,message,male,female", [
    ("uk", INDEPENDENT, "Я незалежний від", "Я незалежна від"),
    ("ro", INDEPENDENT, "Sunt independent față", "Sunt independentă față"),
    ("pt", INTRODUCED, "o teu Responsável", "a tua Responsável"),
    ("ar", INDEPENDENT, "أنا مستقل عن", "أنا مستقلة عن"),
])
def test_i_am_independent_follows_the_iros_pronouns(language, message, male, female):
    values = {"iro": "Ruth Okafor"} if "%(iro)s" in message else {}
    assert male in gettext_functions(language, None, "male")[0](message, **values)
    by_her = gettext_functions(language, "male", "female")[0](message, **values)
    assert female in by_her and male not in by_her
    unknown = gettext_functions(language, None, None)[0](message, **values)
    assert male not in unknown and female not in unknown  # no gender where the IRO's is not known


# --- the consultation papers and the feedback part (issue 17.13) ------------------------------


def child_papers(language: str, pronouns: str | None, iro: str | None = None, band: str = "middle",
                 reading_level: str | None = None, who: str = "child") -> dict[str, str]:
    """The invitation and booklet sent to ``who`` (the child, or a parent in the child's language),
    read back from the .docx files made."""
    from test_consult import documents, planned

    data = planned(band)
    data["child"]["language"] = language
    data["child"].pop("pronouns", None)
    if pronouns:
        data["child"]["pronouns"] = pronouns
    if reading_level:
        data["child"]["reading_level"] = reading_level
    if iro:
        data["review"]["chair"]["pronouns"] = iro
    for person in data["distribution"]:
        person["language"] = language
    made = documents(data)
    return {kind: docx_text(made[kind, who].data) for kind in ("invitation", "booklet")}


@pytest.mark.parametrize("language,pronouns,shown,not_shown", [
    ("pl", "she/her", ["Droga Robin,"], ["Drogi", "Dzień dobry", "Cześć"]),
    ("pl", "he/him", ["Cześć, Robin,"], ["Droga", "Drogi", "Dzień dobry"]),  # "Drogi Robinie"? not by guess
    ("pl", "they/them", ["Cześć, Robin,"], ["Drogi", "Droga", "Dzień dobry"]),
    ("pl", None, ["Cześć, Robin,"], ["Drogi", "Droga", "Dzień dobry"]),
    # A teenager reading at the middle level: the plain questions ("would you like to lead").
    ("ar", "she/her", ["عزيزتي Robin،", "تحبين أن تقودي"], ["مرحبًا", "تحب أن تقود "]),
    ("ar", "he/him", ["عزيزي Robin،", "تحب أن تقود"], ["مرحبًا", "تحبين"]),
    ("ar", "they/them", ["مرحبًا Robin،", "هل لديك رغبة في قيادة جزء"], ["عزيز", "تحب"]),
    ("ti", "she/her", ["ክብርቲ Robin፡", "ኣኼባ ገምጋምኪ", "ትደልዪ"], ["ሰላም", "ገምጋምካ", "ገምጋምኩም"]),
    ("ti", "he/him", ["ክቡር Robin፡", "ኣኼባ ገምጋምካ", "ትደሊ"], ["ሰላም", "ገምጋምኪ", "ገምጋምኩም", "ትደልዪ"]),
    ("ti", "they/them", ["ሰላም Robin፡", "ኣኼባ ገምጋምኩም", "ትደልዩ"], ["ክብርቲ", "ክቡር", "ገምጋምካ", "ገምጋምኪ", "ትደሊ?"]),
])
def test_the_childs_consultation_papers_follow_the_childs_pronouns(language, pronouns, shown, not_shown):
    papers = child_papers(language, pronouns, band="teen", reading_level="middle")
    text = "\n".join(papers.values())
    for words in shown:
        assert words in text, words
    for words in not_shown:
        assert words not in text, words


def test_a_parents_papers_do_not_take_the_childs_gender():
    parent = child_papers("pl", "she/her", who="parent")["invitation"]
    assert "Szanowna Pani," in parent and "Droga" not in parent  # a mum, untitled: no nominative name


@pytest.mark.parametrize("language,iro,shown,not_shown", [
    ("ar", "she/her", "مسؤولة المراجعة المستقلة", "مسؤول المراجعة المستقل "),
    ("ar", "he/him", "مسؤول المراجعة المستقل الخاص بك", "مسؤولة"),
    ("ps", "she/her", "خپلواکه بیاکتونکې افسره", "بیاکتونکی افسر"),
    ("ps", "he/him", "خپلواک بیاکتونکی افسر", "افسره"),
    ("ps", None, "په خپلواکه توګه پرمخ وړم", "افسر"),
])
def test_the_iro_introduces_themselves_in_their_own_gender(language, iro, shown, not_shown):
    invitation = child_papers(language, "they/them", iro=iro)["invitation"]
    assert shown in invitation and not_shown not in invitation


@pytest.mark.parametrize("pronouns,shown,not_shown", [
    ("she/her", ["ተረዲኡኪ", "ክትቅይሪ ትደልዪ"], ["ተረዲኡካ", "ተረዲኡኩም"]),
    ("he/him", ["ተረዲኡካ", "ክትቅይር ትደሊ"], ["ተረዲኡኪ", "ተረዲኡኩም"]),
    ("they/them", ["ተረዲኡኩም", "ክትቅይሩ ትደልዩ"], ["ተረዲኡካ", "ተረዲኡኪ"]),
])
def test_the_childs_feedback_part_in_tigrinya_follows_the_childs_pronouns(tmp_path, pronouns, shown, not_shown):
    def edit(data):
        data["child"].update(language="ti", pronouns=pronouns)

    loaded = api.load_record(write_record(tmp_path, edit, base=SAM, name="review-sam-9.yaml"))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    text = docx_text(copy.data)
    for words in shown:
        assert words in text, words
    for words in not_shown:
        assert words not in text, words
