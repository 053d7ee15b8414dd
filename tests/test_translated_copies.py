"""Translated copies: no "Drogi/Droga" forms, agreement from the pronouns where they are known,
weekday dates as a sentence needs them, and every English passage marked (issue 17, 12 and 13)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from recordgen import api
from recordgen.docx.bidi import LRM
from recordgen.i18n import _fill, format_date, gettext_functions
from recordgen.translation.items import items_for_recipient

from recordfiles import SAM, docx_text, write_record

LOCALES = Path(__file__).resolve().parent.parent / "locales"
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")
BANDS = ("early", "young", "middle", "teen", "young_adult")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
LETTER = r"[^\W\d_]"
#: "Drogi/Droga", "byłeś/byłaś": a letter, a slash, a letter.
SLASH_FORM = re.compile(rf"{LETTER}/{LETTER}")
#: "pequeno(a)", "пояснив (пояснила)", "sam (sama)": a word and another form of it in brackets.
BRACKET_FORM = re.compile(rf"({LETTER}+)\s?\(({LETTER}+)\)")


def both_forms(text: str) -> list[str]:
    """Every place ``text`` offers a reader two forms of a word to choose from."""
    text = PLACEHOLDER.sub(" ", text)
    found = [m.group() for m in SLASH_FORM.finditer(text)]
    for match in BRACKET_FORM.finditer(text):
        word, other = match.group(1).casefold(), match.group(2).casefold()
        stem = len(word) >= 3 and len(other) >= 3 and word[:3] == other[:3]
        if stem or (match.group().find(" (") < 0 and len(other) <= 3):  # "pronto(a)"
            found.append(match.group())
    return found


def test_the_scan_finds_the_forms_it_is_for():
    for text in ("Drogi/Droga %(name)s,", "Byłeś/Byłaś", "Ainda és muito pequeno(a)", "Я пояснив (пояснила)",
                 "провести його сам (сама)", "ሕቶ እንተለካ/ኪ"):
        assert both_forms(text), text
    for text in ("Jestem %(iro)s (IRO).", "Jo Smith (social worker)", "3/4", "%(name)s (%(role)s)",
                 "helen.price@example.gov.uk", "0 سے 10"):
        assert not both_forms(text), text


def catalog_strings(language: str):
    for domain in ("messages", "gendered", "mail", "consult", "gendered_consult", "feedback", "gendered_feedback"):
        path = LOCALES / language / "LC_MESSAGES" / f"{domain}.po"
        if not path.is_file():
            continue
        with path.open("rb") as handle:
            for message in read_po(handle):
                if not message.id:
                    continue
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                for text in strings:
                    yield domain, message.context, message.id, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalog_string_offers_two_forms_of_a_word(language):
    """Every string any copy can show (the usual translation and each gendered variant)."""
    offenders = [(domain, context, text) for domain, context, _, text in catalog_strings(language)
                 if both_forms(text)]
    assert not offenders


def render(tmp_path: Path, language: str, *, child: str | None = "she/her", iro: str | None = None,
           band: str | None = None, edit=None, allow_untranslated: bool = True, base: Path = SAM,
           name: str = "record.yaml") -> tuple[str, api.LoadedRecord]:
    """The parent's copy of Sam's record in ``language``, read back as text."""
    def change(data):
        data["child"].pop("pronouns", None)
        if child:
            data["child"]["pronouns"] = child
        data["review"]["chair"].pop("pronouns", None)
        if iro:
            data["review"]["chair"]["pronouns"] = iro
        if band:
            data["child"]["reading_level"] = band
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = language
        if edit:
            edit(data)

    path = write_record(tmp_path, change, base=base, name=name)
    loaded = api.load_record(path)
    renderer = api.Renderer(allow_untranslated=allow_untranslated)
    copy = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    return docx_text(copy.data), loaded


PRONOUNS = ("she/her", "he/him", "they/them", None)
IRO_PRONOUNS = ("she/her", "he/him", None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rendered_copy_offers_two_forms_of_a_word(tmp_path, language):
    """Every pairing of the child's and the IRO's pronouns, across the bands (the catalog test
    above covers every string any pairing can pick in any band)."""
    # 4 and 3 are coprime: twelve steps of the two cycles meet every pairing once.
    pairs = list(itertools.islice(zip(itertools.cycle(PRONOUNS), itertools.cycle(IRO_PRONOUNS)),
                                  len(PRONOUNS) * len(IRO_PRONOUNS)))
    for index, (band, (child, iro)) in enumerate(zip(itertools.cycle(BANDS), pairs)):
        directory = tmp_path / str(index)
        directory.mkdir()
        text, _ = render(directory, language, child=child, iro=iro, band=band,
                         edit=lambda d: d["rights"].update(advocate="offered", independent_visitor="offered"))
        assert not both_forms(text), (band, child, iro, both_forms(text))


# -------------------------------------------------------------------- agreement where known

@pytest.mark.parametrize("child,must,must_not", [
    ("she/her", ["Droga Sam,", "Byłaś na swoim spotkaniu i sama powiedziałaś"], ["Drogi", "Cześć", "Byłeś"]),
    # "Drogi" needs the vocative ("Samie"?), not formed by guess: the plain greeting (test_polish_greetings).
    ("he/him", ["Cześć, Sam,", "Byłeś na swoim spotkaniu i sam powiedziałeś"], ["Droga", "Drogi", "Byłaś"]),
    ("they/them", ["Cześć, Sam,", "Na spotkaniu byliśmy razem z tobą i usłyszeliśmy bezpośrednio od ciebie"],
     ["Drogi", "Droga", "Byłeś", "Byłaś", "sama", "powiedziałeś", "powiedziałaś"]),
    (None, ["Cześć, Sam,"], ["Drogi", "Droga", "Byłeś", "Byłaś"]),
])
def test_a_polish_copy_follows_the_childs_pronouns(tmp_path, child, must, must_not):
    text, _ = render(tmp_path, "pl", child=child)
    for words in must:
        assert words in text
    for words in must_not:
        assert not re.search(rf"\b{words}\b", text), words


@pytest.mark.parametrize("iro,must,must_not", [
    ("she/her", "Opowiedziałam ci o osobach wspierających", ["Opowiedziałem"]),
    ("he/him", "Opowiedziałem ci o osobach wspierających", ["Opowiedziałam"]),
    (None, "Masz już ode mnie informacje o osobach wspierających", ["Opowiedziałem", "Opowiedziałam", "wyjaśniłem", "wyjaśniłam"]),
])
@pytest.mark.parametrize("child", ["she/her", "they/them"])
def test_a_polish_iro_speaks_in_their_own_gender_or_in_words_that_need_none(tmp_path, iro, must, must_not, child):
    text, _ = render(tmp_path, "pl", child=child, iro=iro, edit=lambda d: d["rights"].update(advocate="offered"))
    assert must in text
    for words in must_not:
        assert words not in text


@pytest.mark.parametrize("child,must,must_not", [
    # Sam's translated items are feminine in the Urdu example; the fixed text now agrees.
    ("she/her", ["پیاری Sam،", "آپ اپنی میٹنگ میں آئیں", "آپ کیا سوچتی ہیں"], ["پیارے", "عزیز Sam", "میٹنگ میں آئے"]),
    ("he/him", ["پیارے Sam،", "آپ اپنی میٹنگ میں آئے"], ["پیاری", "میٹنگ میں آئیں"]),
    ("they/them", ["عزیز Sam،", "میٹنگ میں آپ کی شرکت ہوئی"], ["پیاری", "پیارے", "میٹنگ میں آئے", "میٹنگ میں آئیں"]),
])
def test_an_urdu_copy_follows_the_childs_pronouns(tmp_path, child, must, must_not):
    text, _ = render(tmp_path, "ur", child=child)
    for words in must:
        assert words in text
    for words in must_not:
        assert words not in text


def test_sams_urdu_copy_as_the_example_ships_it_is_feminine_throughout(tmp_path):
    import shutil

    path = tmp_path / SAM.name
    shutil.copy(SAM, path)
    shutil.copy(SAM.with_name("review-sam-9.translations.yaml"), tmp_path)
    loaded = api.load_record(path)
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent")).data)
    assert "پیاری Sam" in text and "سوچتی ہیں" in text and "پیارے" not in text


@pytest.mark.parametrize("iro,must,must_not", [
    ("she/her", "میں آپ کی رائے نہیں سن سکی", "سن سکا"),
    ("he/him", "میں آپ کی رائے نہیں سن سکا", "سن سکی"),
    (None, "آپ کی رائے مجھ تک نہیں پہنچی", "سن سک"),
])
@pytest.mark.parametrize("child", ["she/her", "they/them"])
def test_an_urdu_iro_speaks_in_their_own_gender_or_in_words_that_need_none(tmp_path, iro, must, must_not, child):
    def absent(data):
        data["review"]["participation"] = "PN7"
        for person in data["review"]["attendees"]:
            if person.get("role") == "you":
                person["attended"] = False
    text, _ = render(tmp_path, "ur", child=child, iro=iro, edit=absent)
    assert must in text and must_not not in text
    assert "میٹنگ میں نہیں آئے" not in text  # the child's part needs no gender


# -------------------------------------------------------------------- dates in sentences

@pytest.mark.parametrize("day,on,by", [
    (dt.date(2026, 3, 2), "w poniedziałek, 2 marca 2026", "do poniedziałku, 2 marca 2026"),
    (dt.date(2026, 3, 3), "we wtorek, 3 marca 2026", "do wtorku, 3 marca 2026"),
    (dt.date(2026, 3, 4), "w środę, 4 marca 2026", "do środy, 4 marca 2026"),
    (dt.date(2026, 3, 5), "w czwartek, 5 marca 2026", "do czwartku, 5 marca 2026"),
    (dt.date(2026, 3, 6), "w piątek, 6 marca 2026", "do piątku, 6 marca 2026"),
    (dt.date(2026, 3, 7), "w sobotę, 7 marca 2026", "do soboty, 7 marca 2026"),
    (dt.date(2026, 3, 8), "w niedzielę, 8 marca 2026", "do niedzieli, 8 marca 2026"),
])
def test_a_polish_weekday_takes_its_case_after_w_and_do(day, on, by):
    date = format_date(day, "pl")
    assert _fill("Spotkaliśmy się w %(date)s.", {"date": date}) == f"Spotkaliśmy się {on}."
    assert _fill("najpóźniej do %(date)s.", {"date": date}) == f"najpóźniej {by}."
    assert _fill("W %(date)s mieliśmy", {"date": date}) == on[0].upper() + on[1:] + " mieliśmy"
    # A date without its weekday keeps the preposition the translator wrote.
    assert _fill("dnia %(date)s", {"date": format_date(day, "pl", "long")}) == f"dnia {day.day} marca 2026"


@pytest.mark.parametrize("language,template,expected", [
    ("uk", "У %(date)s ми", "У середу, 4 березня 2026\u202fр. ми"),
    ("uk", "не пізніше %(date)s.", "не пізніше середи, 4 березня 2026\u202fр."),
    ("cy", "cyfarfod ar %(date)s yn", "cyfarfod ar ddydd Mercher, 4 Mawrth 2026 yn"),
    ("cy", "nesaf erbyn %(date)s.", "nesaf erbyn dydd Mercher, 4 Mawrth 2026."),
    ("pt", "revisão em %(date)s em", "revisão na quarta-feira, 4 de março de 2026 em"),
    ("ro", "până pe %(date)s.", "până miercuri, 4 martie 2026."),
    ("ro", "Pe %(date)s am avut", "Miercuri, 4 martie 2026 am avut"),
    ("ar", "عقدنا اجتماعًا في %(date)s في المدرسة", "عقدنا اجتماعًا يوم الأربعاء، 4 مارس 2026 في المدرسة"),
])
def test_other_languages_weekdays_after_a_preposition(language, template, expected):
    assert _fill(template, {"date": format_date(dt.date(2026, 3, 4), language)}) == expected


@pytest.mark.parametrize("band", BANDS)
def test_a_polish_copy_says_we_wtorek_and_do_wtorku(tmp_path, band):
    text, _ = render(tmp_path, "pl", band=band)  # review Tuesday 3 March, next by Tuesday 25 August 2026
    assert re.search(r"\b[Ww]e wtorek, 3 marca 2026", text)
    assert "do wtorku, 25 sierpnia 2026" in text
    # Only the footer names the day as a heading does ("Protokół przeglądu: Sam, wtorek, ...").
    for line in text.splitlines():
        if "3 marca 2026" in line and not line.startswith("Protokół przeglądu:"):
            assert re.search(r"\b[Ww]e wtorek, 3 marca 2026", line), line


@pytest.mark.parametrize("language,phrase", [
    ("cy", "ddydd Mawrth, 3 Mawrth 2026"), ("uk", "вівторок, 3 березня 2026"),
    ("pt", "na terça-feira, 3 de março de 2026"), ("ro", "marți, 3 martie 2026"),
])
def test_other_languages_copies_write_the_review_day_as_a_sentence_needs(tmp_path, language, phrase):
    text, _ = render(tmp_path, language, band="middle")
    assert phrase in text
    assert "pe marți" not in text and "no dia terça" not in text and "ar Dydd" not in text


# -------------------------------------------------------------------- English passages marked

def marker_parts(language: str) -> tuple[str, str]:
    _ = gettext_functions(language)[0]
    before, after = _("[in English: %(text)s]", text="\x00").split("\x00")
    return before, after


#: The items the reader must never meet unmarked (names, as written in the record, are not prose).
PROSE = re.compile(r"^(child_views|working_well|worries|goals)\.\d+$|^scale\.meaning$|^actions\.\d+\.what$"
                   r"|^care_plan\.plan$|^review\.venue$|^review\.attendees\.\d+\.contributed$")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("band", ["early", "middle", "young_adult"])
def test_every_english_passage_is_marked_in_the_readers_language(tmp_path, language, band):
    text, loaded = render(tmp_path, language, band=band)
    before, after = marker_parts(language)
    assert before.strip() and before != "[in English: "  # the marker is in the reader's words
    unmarked = re.sub(re.escape(before) + ".*?" + re.escape(after), "", text, flags=re.DOTALL)
    recipient = api.recipient_for(loaded.record, "parent")
    prose = [item for item in items_for_recipient(loaded.record, recipient) if PROSE.match(item.path)]
    assert len(prose) > 10
    shown = 0
    for item in prose:
        if item.text in text:
            shown += 1
            assert f"{before}{item.text}" in text, item.path
            assert item.text not in unmarked, item.path
    assert shown >= 10
    # A role the catalogs know is in the reader's words, in who came and in an action's "who";
    # the name is no English passage.
    assert f"{before}Jo Smith" not in text.replace(LRM, "")
    assert f"Jo Smith ({gettext_functions(language)[0]('social worker')})" in text.replace(LRM, "")


@pytest.mark.parametrize("names,expected", [
    (["Sam (ti)", "Amina Khan (rhiant)", "Jo Smith"], "Sam (ti), Amina Khan (rhiant), a Jo Smith"),
    (["Sam (ti)", "Owen Jones"], "Sam (ti) ac Owen Jones"),
])
def test_a_welsh_list_says_a_or_ac_never_both(names, expected):
    from recordgen.i18n import join_list

    assert join_list(names, "cy") == expected


def test_the_notice_names_the_iro_and_how_to_reach_them_and_shows_the_marker(tmp_path):
    text, _ = render(tmp_path, "pl")
    notice = next(line for line in text.splitlines() if line.startswith("Niektóre części"))
    assert "po angielsku" in notice and "[po angielsku: …]" in notice
    assert "Helen Price" in notice and "01724\u00a0296000" in notice and "helen.price@example.gov.uk" in notice
    assert "tłumaczenie zostanie przesłane" in notice


def test_the_notice_without_a_phone_or_email_still_names_the_iro(tmp_path):
    def no_contact(data):
        data["review"]["chair"].pop("phone", None)
        data["review"]["chair"].pop("email", None)
    text, _ = render(tmp_path, "ur", edit=no_contact)
    notice = next(line for line in text.splitlines() if "انگریزی میں: …" in line)
    assert "Helen Price" in notice and "رابطہ کریں" in notice and "01724" not in notice


def test_a_fully_translated_copy_has_no_marker_and_no_notice(tmp_path):
    import shutil

    path = tmp_path / SAM.name
    shutil.copy(SAM, path)
    shutil.copy(SAM.with_name("review-sam-9.translations.yaml"), tmp_path)
    loaded = api.load_record(path)
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent")).data)
    assert "انگریزی میں" not in text


def test_an_english_passage_in_a_right_to_left_copy_keeps_its_full_stop_at_its_end(tmp_path):
    """The marked English is held left to right by marks, so the stop is not drawn at its start."""
    import zipfile
    import io

    def change(data):
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = "ur"
    path = write_record(tmp_path, change)
    loaded = api.load_record(path)
    data = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent")).data
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    words = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    assert "\u200eMaths is hard but I like reading club\u200e.\u200e]" in words


@pytest.mark.parametrize("child,greeting,other", [
    ("she/her", "عزيزتي Sam،", "عزيزي"), ("he/him", "عزيزي Sam،", "عزيزتي"),
    ("they/them", "مرحبًا Sam،", "عزيز"), (None, "مرحبًا Sam،", "عزيز"),
])
@pytest.mark.parametrize("band", ["early", "middle", "teen"])
def test_an_arabic_copy_greets_by_the_pronouns_and_otherwise_needs_no_gender(tmp_path, child, greeting, other, band):
    text, _ = render(tmp_path, "ar", child=child, band=band,
                     edit=lambda d: d["rights"].update(advocate="not_yet", independent_visitor="declined"))
    assert greeting in text and other not in text
    # The masculine forms the copy used for every child: "you are safe", "what you think", "ready",
    # "you live", "small", "satisfied".
    for masculine in ("آمن وسعيد", "ما تفكر فيه", "مستعدًا", "تعيش", "صغيرًا", "راضيًا", "لا تريد"):
        assert masculine not in text, masculine


@pytest.mark.parametrize("language,child,must,must_not", [
    ("ps", "she/her", ["ګرانې Sam،"], ["ګرانه", "کوچنی یې"]),
    ("ps", "he/him", ["ګرانه Sam،"], ["ګرانې"]),
    ("ps", "they/them", ["سلام Sam،", "ستا عمر لا دومره نه دی"], ["ګرانه", "ګرانې", "کوچنی یې", "لوی شې"]),
    ("ro", "they/them", ["fără ajutor"], ["prea mic", "fericit", "citești singur"]),
    ("pt", "they/them", ["Olá, Sam,", "Ainda não tens idade"], ["(a)", "Querido", "pequeno"]),
    ("uk", "they/them", ["Привіт, Sam!", "коли підростеш"], ["замалий", "Дорогий", "старшим"]),
])
def test_an_early_copy_needs_no_gender_where_the_childs_is_not_known(tmp_path, language, child, must, must_not):
    # Sam at 3 (PN0): the letter is read to a child under 5 by age, and kept for when they are older.
    # Not brought to the meeting: "too little to take part" (brought along, "You were at your meeting").
    text, _ = render(tmp_path, language, child=child, band="early",
                     edit=lambda d: (d["review"].update(participation="PN0"),
                                     d["child"].update(date_of_birth="2022-09-01"),
                                     d["review"]["attendees"][0].update(attended=False)))
    for words in must:
        assert words in text, words
    for words in must_not:
        assert words not in text, words


@pytest.mark.parametrize("band", BANDS)
def test_an_urdu_copy_for_a_child_and_iro_of_unknown_gender_has_no_masculine_you_can(tmp_path, band):
    text, _ = render(tmp_path, "ur", child="they/them", iro=None, band=band,
                     edit=lambda d: d["rights"].update(advocate="declined", independent_visitor="not_yet"))
    for masculine in ("بدل سکتے ہیں", "شکایت کر سکتے ہیں", "بات کر سکتے ہیں", "چن سکتے ہیں", "رہتے ہیں",
                      "نہیں چاہتے", "بڑے ہو", "سکتا ہوں", "مدد کرتا ہوں", "بناؤں گا", "پیارے", "میٹنگ میں آئے"):
        assert masculine not in text, masculine
    assert "آپ کو شکایت کرنے کا حق ہے" in text


def test_an_urdu_copy_for_a_girl_says_you_can_in_the_feminine(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # before Sam's next review
    text, _ = render(tmp_path, "ur", child="she/her", band="teen",
                     edit=lambda d: d["rights"].update(advocate="declined"))
    # (No "you can choose" where the next review happens since blind review 18: she tells the IRO.)
    assert "شکایت کر سکتی ہیں" in text and "بدل سکتی ہیں" in text
    assert "سکتے ہیں" not in text.replace("مدد کر سکتے ہیں", "")  # the carers' "can help" is theirs


from hypothesis import given, settings, strategies as st  # noqa: E402
from conftest import examples  # noqa: E402


@settings(max_examples=examples(200))
@given(text=st.text(min_size=1, max_size=80), language=st.sampled_from(LANGUAGES))
def test_the_marker_carries_any_english_exactly(text, language):
    """Free text is data: "%", "%(x)s", brackets or a date inside an item come out as written."""
    _ = gettext_functions(language)[0]
    before, after = marker_parts(language)
    assert _("[in English: %(text)s]", text=text) == f"{before}{text}{after}"


def test_the_venue_goes_to_the_translator_and_is_marked_until_it_comes_back(tmp_path):
    from recordgen.translation.items import translatable_items

    text, loaded = render(tmp_path, "pl", band="teen")
    assert "review.venue" in [item.path for item in translatable_items(loaded.record, "pl")]
    assert "Miejsce spotkania: [po angielsku: your school]." in text
    assert "(your school)" not in text


#: Office abbreviations a child may not know ("ds." for "do spraw"), per language.
ABBREVIATIONS = {"pl": ("ds.", "np.", "tzw.", "ul.", "nr "), "pt": ("n.º", "p. ex.", "Sr."),
                 "ro": ("dvs.", "nr."), "uk": ("т.зв.", "напр.", "№"), "cy": ("e.e.", "h.y.")}


@pytest.mark.parametrize("language", sorted(ABBREVIATIONS))
def test_no_catalog_string_uses_an_office_abbreviation(language):
    found = [(context, text) for domain, context, _, text in catalog_strings(language)
             if any(short in text for short in ABBREVIATIONS[language])]
    for domain in ("consult", "feedback"):
        path = LOCALES / language / "LC_MESSAGES" / f"{domain}.po"
        with path.open("rb") as handle:
            found += [(domain, m.string) for m in read_po(handle) if m.id and isinstance(m.string, str)
                      and any(short in m.string for short in ABBREVIATIONS[language])]
    assert not found


@pytest.mark.parametrize("band", ["middle", "young_adult"])
def test_a_polish_copy_writes_the_iros_title_out_in_plain_words(tmp_path, band):
    text, _ = render(tmp_path, "pl", band=band)
    # Sam's IRO gives no pronouns: the title is said without a gendered noun, and never as "ds.".
    assert "niezależnie prowadzę twoje przeglądy" in text and not re.search(r"\bds\.", text)


def test_a_portuguese_copy_writes_the_case_number_out(tmp_path):
    text, _ = render(tmp_path, "pt")
    assert "Número do processo NL-20451" in text and "n.º" not in text


@pytest.mark.parametrize("language,gendered", [("ar", "أعطاها"), ("ti", "ሂቡ")])
def test_who_gave_the_score_needs_no_gender(tmp_path, language, gendered):
    """"Amina gave it 6 out of 10": the Arabic and Tigrinya verbs were masculine, whoever gave it."""
    text, _ = render(tmp_path, language, edit=lambda d: d["scale"].update(by="Amina Khan"))
    assert gendered not in text
    assert "Amina Khan" in text


def test_the_carers_place_is_translated_or_marked_and_a_persons_name_is_not(tmp_path):
    """"You live at Riverside supported lodgings": the place's name from the translations file,
    marked in the reader's words while it is missing, and a copy refused without it."""
    from recordfiles import AHMAD
    from recordgen.translation import TranslationsNotReady, load_translations

    path = write_record(tmp_path, base=AHMAD, name="ahmad.yaml")
    (tmp_path / "ahmad.translations.yaml").write_text(
        (AHMAD.parent / "review-ahmad-15.translations.yaml").read_text(encoding="utf-8")
        .replace("record: review-ahmad-15.yaml", "record: ahmad.yaml"), encoding="utf-8")

    def ahmads_copy(allow: bool = False) -> str:
        loaded = api.load_record(path)
        copy = api.Renderer(allow_untranslated=allow).render_copy(loaded, api.recipient_for(loaded.record, "child"))
        return docx_text(copy.data)

    assert "Riverside ملاتړي استوګنځی" in ahmads_copy()
    store = load_translations(path)
    entries = {k: v for k, v in store.languages["ps"].items() if k != "placement.carers"}
    store.replacing_language("ps", entries).save()
    with pytest.raises(TranslationsNotReady, match="placement.carers"):
        ahmads_copy()
    before, after = marker_parts("ps")
    assert f"{before}Riverside supported lodgings{after}" in ahmads_copy(allow=True)
    # Sam's carers are people: never offered, never marked.
    (tmp_path / "sam").mkdir()
    text, _ = render(tmp_path / "sam", "pl")
    assert "Mark" in text and "[po angielsku: Mark" not in text


@pytest.mark.parametrize("name,expected", [
    ("Caerdydd", "yng Nghaerdydd"), ("Bangor", "ym Mangor"), ("Pontypridd", "ym Mhontypridd"),
    ("Tywyn", "yn Nhywyn"), ("Glyn-nedd", "yng Nglyn-nedd"), ("Dinbych-y-pysgod", "yn Ninbych-y-pysgod"),
    ("Canolfan Deulu Caerdydd", "yng Nghanolfan Deulu Caerdydd"), ("Cwmbrân", "yng Nghwmbrân"),
    # English names, Welsh letters that do not mutate, phrases that open with a determiner, a marker.
    ("Oakfield", "yn Oakfield"), ("Cardiff", "yn Cardiff"), ("Paddington", "yn Paddington"),
    ("Tanfield", "yn Tanfield"), ("Bridgend", "yn Bridgend"), ("Chwilog", "yn Chwilog"),
    ("dy ysgol", "yn dy ysgol"), ("Abertawe", "yn Abertawe"), ("[yn Saesneg: your school]", "yn [yn Saesneg"),
])
def test_a_welsh_place_name_after_yn_takes_the_nasal_mutation(name, expected):
    _ = gettext_functions("cy")[0]
    assert _("It was at %(venue)s.", venue=name).startswith(f"Roedd y cyfarfod {expected}")
    assert expected in _("You live at %(place)s.", place=name)


def test_the_welsh_copy_mutates_a_welsh_place_and_leaves_an_english_one(tmp_path):
    """Sam's review at the family centre, its Welsh translation "Canolfan Deulu Caerdydd": the
    mother's Welsh copy says "yng Nghanolfan Deulu Caerdydd"; an English name is left as written."""
    from recordgen.translation import StoredTranslation, TranslationStore, sidecar_path, source_hash

    def welsh(venue_cy: str) -> str:
        text, loaded = render(tmp_path, "cy", edit=lambda d: d["review"].update(venue="Cardiff Family Centre"))
        path = Path(loaded.file)
        TranslationStore(sidecar_path(path), path.name).replacing_language("cy", {
            "review.venue": StoredTranslation(source_hash("Cardiff Family Centre"), "Cardiff Family Centre",
                                              venue_cy)}).save()
        copy = api.Renderer(allow_untranslated=True).render_copy(api.load_record(path),
                                                                 api.recipient_for(loaded.record, "parent"))
        return docx_text(copy.data)

    text = welsh("Canolfan Deulu Caerdydd")
    assert "yng Nghanolfan Deulu Caerdydd" in text and "yn Canolfan" not in text
    text = welsh("Oakfield Family Centre")
    assert "yn Oakfield Family Centre" in text


def test_a_childs_words_the_record_says_are_welsh_are_welsh_in_a_welsh_copy(tmp_path):
    """`language: cy` on the child's words: the Welsh copy shows them as the child said them,
    unmarked and once, nobody is asked to translate them into Welsh; a Polish copy still needs
    them translated, and names their language while it waits."""
    from recordgen.translation import export_xliff, translatable_items

    welsh = "Dw i'n hoffi chwarae pêl-droed gyda Dad."

    def add_welsh(data):
        data["child_views"].append({"text": welsh, "language": "cy"})
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["bilingual"] = True

    text, loaded = render(tmp_path, "cy", edit=add_welsh)
    assert welsh in text and f"[yn Saesneg: {welsh}]" not in text and text.count(welsh) == 1
    path = f"child_views.{len(loaded.record.child_views)}"
    assert path not in [item.path for item in translatable_items(loaded.record, "cy")]
    assert path not in [item.path for item in items_for_recipient(loaded.record, api.recipient_for(loaded.record, "parent"))]
    assert welsh not in export_xliff(loaded.record, "record.yaml", "cy").decode()

    (tmp_path / "pl").mkdir()
    text, loaded = render(tmp_path / "pl", "pl", edit=add_welsh)
    assert f"[po walijsku: {welsh}]" in text
    xliff = export_xliff(loaded.record, "record.yaml", "pl").decode()
    unit = xliff[xliff.index(f'id="{path}"'):]
    assert '<source xml:lang="cy">' in unit[:400] and "Written in Welsh, not English" in unit[:unit.index("</trans-unit>")]


def test_an_items_language_must_be_one_recordgen_knows(tmp_path):
    def unknown(data):
        data["child_views"][0] = {"text": "Dw i'n hapus.", "language": "welsh"}

    loaded = api.load_record(write_record(tmp_path, unknown))
    found = [d for d in api.validate(loaded) if d.severity == "error"]
    assert [d.path for d in found] == ["child_views.1.language"] and "'welsh' is not a language code" in found[0].message


# -------------------------------------------------------------------- blind review 6: words marked as Welsh

WELSH = "Dw i'n hoffi chwarae pêl-droed gyda Dad."


def with_welsh_words(data):
    data["child_views"].append({"text": WELSH, "language": "cy"})


def translated_but_the_welsh(tmp_path, language: str, keep_english: bool = False) -> str:
    """The parent's copy, every item translated (a stand-in) but the child's Welsh words."""
    from recordgen.translation import StoredTranslation, TranslationStore, sidecar_path, source_hash

    _, loaded = render(tmp_path, language, edit=with_welsh_words)
    path = Path(loaded.file)
    items = [item for item in items_for_recipient(loaded.record, api.recipient_for(loaded.record, "parent"))
             if item.text != WELSH and not (keep_english and item.path == "care_plan.plan")]
    TranslationStore(sidecar_path(path), path.name).replacing_language(language, {
        item.path: StoredTranslation(source_hash(item.text), item.text, f"({language}) {item.path}")
        for item in items}).save()
    copy = api.Renderer(allow_untranslated=True).render_copy(api.load_record(path),
                                                             api.recipient_for(loaded.record, "parent"))
    return docx_text(copy.data).replace(LRM, "").replace("\u200f", "")


@pytest.mark.parametrize("language,welsh_marker", [("pl", "[po walijsku: …]"), ("uk", "[валлійською: …]")])
def test_the_notice_does_not_call_words_in_welsh_english(tmp_path, language, welsh_marker):
    text = translated_but_the_welsh(tmp_path, language)
    _, ngettext = gettext_functions(language)
    for count in (1, 2):  # the notice of parts in English, one or several
        english_notice = ngettext("One part of this record is still in English. It is marked like this: %(marker)s. "
                                  "Its translation will follow.",
                                  "Some parts of this record are still in English. Each one is marked like this: "
                                  "%(marker)s. Their translation will follow.", count,
                                  marker=_("[in English: %(text)s]", text="…"))
        assert english_notice not in text
    assert welsh_marker in text and _("[in English: %(text)s]", text=WELSH) not in text


def test_the_notice_names_both_markers_when_english_and_welsh_await_translation(tmp_path):
    text = translated_but_the_welsh(tmp_path, "pl", keep_english=True)
    assert "tak: [po angielsku: …], [po walijsku: …]." in text
    assert "[po angielsku: You will keep living" in text and f"[po walijsku: {WELSH}]" in text


def test_an_english_copy_marks_words_the_record_says_are_welsh(tmp_path):
    loaded = api.load_record(write_record(tmp_path, with_welsh_words))
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "social_worker"))
    text = docx_text(copy.data)
    assert f"[in Welsh: {WELSH}]" in text
    assert "Some parts of this record" not in text


def test_a_welsh_copy_shows_welsh_words_unmarked_and_no_notice(tmp_path):
    text = translated_but_the_welsh(tmp_path, "cy")
    assert WELSH in text and f"[Cymraeg: {WELSH}]" not in text and "[yn Saesneg" not in text
    assert "Mae rhai rhannau" not in text and "Nid yw rhai rhannau" not in text


def test_a_bilingual_copy_gives_each_of_the_iros_items_in_the_readers_language_then_in_english(tmp_path):
    """Blind review 6 asked whether a bilingual copy's items were English in both halves: each
    translated item is in the reader's words, with its English after it, and nothing is marked."""
    import shutil

    from recordgen.translation import load_translations

    def bilingual(data):
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["bilingual"] = True
    path = write_record(tmp_path, bilingual, name=SAM.name)
    shutil.copy(SAM.with_name("review-sam-9.translations.yaml"), tmp_path)
    loaded = api.load_record(path)
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent")).data)
    store = load_translations(path)
    checked = 0
    for path_, entry in store.languages["ur"].items():
        if PROSE.match(path_) and entry.source in text:
            assert entry.translation in text, path_
            assert text.index(entry.translation) < text.index(entry.source), path_
            checked += 1
    assert checked >= 12
    assert "انگریزی میں" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bilingual_copy_awaiting_its_translation_shows_each_item_once_in_its_marker(tmp_path, language):
    """Blind review 29: a bilingual copy with nothing translated yet showed an empty marker
    ("[ብእንግሊዝኛ: …]") and the English on the next line. Now each item is shown once, its English
    inside the marker, as the copy in one language shows it."""
    def bilingual(data):
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["bilingual"] = True

    text, loaded = render(tmp_path, language, edit=bilingual)
    text = text.replace(LRM, "").replace("\u200f", "")
    before, after = marker_parts(language)
    lines = text.splitlines()
    items = [item for item in items_for_recipient(loaded.record, api.recipient_for(loaded.record, "parent"))
             if re.match(r"^(child_views|working_well|worries|goals)\.\d+$|^care_plan\.plan$", item.path)]
    assert len(items) >= 8
    assert f"{before}…{after}" not in lines
    for item in items:
        assert f"{before}{item.text}{after}" in lines, item.path   # the English in its marker, a line of its own
        assert item.text not in lines, item.path   # and not again on its own
    assert f"{before}{loaded.record.review.venue}{after}" in text   # within a sentence: marked in full, once


@pytest.mark.parametrize("language", ["ar", "ur", "ps", "fa_AF", "prs", "ckb"])
def test_a_right_to_left_copys_dates_have_the_arabic_comma(language, tmp_path):
    """Blind review 10: CLDR writes Pashto and Sorani dates with Latin commas ("دوشنبه 2, نومبر, 2026")
    in Arabic-script text; every date the tool writes has the script's comma (U+060C)."""
    for style in ("full", "long", "medium"):
        assert "," not in format_date(dt.date(2026, 11, 2), language, style)
    text, loaded = render(tmp_path, language)
    written = format_date(loaded.record.review.date, language, "full")
    assert "\u060c" in written or language in ("fa_AF", "prs")   # Dari's date has no comma at all
    date_lines = [line for line in text.splitlines() if localise(written, language) in line]
    assert date_lines and not [line for line in date_lines if re.search(r"\d,|,\s?\d", line)]


def localise(text: str, language: str) -> str:
    from recordgen.i18n import localise_digits

    return localise_digits(text, language)


#: The masculine forms Tigrinya copies gave every child in their most common sentences (blind review 6).
TI_MASCULINE = ("ክቡር", "ናጻ ገምጋሚ ሓላፊኻ", "ንዓኻ ቅኑዕ", "ዝቕጽል ገምጋምካ", "ነጊርካና", "እንታይ ነጊርካኒ", "መሰላትካ",
                "ክትዛረብ ትኽእል ኢኻ", "ንዓኻ ድማ እሰምዓካ", "ሂብካዮ", "ደጋፊ ኣሎካ", "ናጻ በጻሒ ኣሎካ", "ሓደ ክትሓትት ትኽእል ኢኻ",
                "ጉዳይካ ናጻ እየ", "መደብካ እንተ ዘይሰሪሑ")


@pytest.mark.parametrize("child,greeting,must_not", [
    ("she/her", "ክብርቲ Sam፡", TI_MASCULINE),
    ("they/them", "ሰላም Sam፡", TI_MASCULINE),
    (None, "ሰላም Sam፡", TI_MASCULINE),
    ("he/him", "ክቡር Sam፡", ("ክብርቲ", "ሓላፊኺ", "ሓላፊኹም")),
])
@pytest.mark.parametrize("band", ["young", "middle", "teen"])
def test_a_tigrinya_copy_greets_and_addresses_the_child_by_their_pronouns_or_needs_no_gender(
        tmp_path, child, greeting, must_not, band):
    """Issue 17: Tigrinya gave every child the masculine; its greeting, headings and commonest
    sentences now take a girl's (-ኪ) or a boy's (-ካ) form, or the polite plural (-ኩም) that needs none."""
    text, _ = render(tmp_path, "ti", child=child, band=band,
                     edit=lambda d: d["rights"].update(advocate="has_one", independent_visitor="has_one"))
    assert (greeting if band != "young" else "ሰላም Sam፡") in text  # the young band says hello to every child
    for words in must_not:
        assert words not in text, words


#: "you are", "you can", "you did not come", "you told", "you do not have" for a boy (blind review 6).
TI_MASCULINE_YOU = ("ትኽእል ኢኻ", "ንእሽቶ ኢኻ", "ኣይመጻእካን", "ነጊርካኒ", "ነጊርካና", "የብልካን", "ኣይትደልን ኢኻ", "ሓጊዙካ",
                    "ተነጊሩካ", "ምስ ዓበኻ", "መጺእካ")


@pytest.mark.parametrize("child", ["she/her", "they/them"])
@pytest.mark.parametrize("band,participation,rights", [
    ("early", "PN0", "declined"), ("young", "PN5", "not_yet"), ("middle", "PN3", "offered"),
    ("teen", "PN4", "declined"), ("teen", "PN2", "has_one"), ("middle", "PN6", "not_yet"),
])
def test_a_tigrinya_copy_for_a_girl_or_a_child_of_unknown_gender_never_says_you_in_the_masculine(
        tmp_path, child, band, participation, rights):
    def edit(data):
        data["review"]["participation"] = participation
        data["rights"].update(advocate=rights, independent_visitor=rights)
    text, _ = render(tmp_path, "ti", child=child, band=band, edit=edit)
    for words in TI_MASCULINE_YOU:
        assert words not in text, words


@pytest.mark.parametrize("child", ["she/her", "they/them"])
def test_a_tigrinya_pathway_plan_is_not_in_the_masculine_for_a_girl_or_a_child_of_unknown_gender(tmp_path, child):
    text, _ = render(tmp_path, "ti", child=child, band="young_adult",
                     edit=lambda d: d["child"].update(date_of_birth="2009-06-01"))
    assert "ውልቃዊ ኣማኻሪ" in text  # the pathway part is there
    for words in ("ኣማኻሪኻ", "መደብ መንገድኻ", "ክሕግዘካ", "ትነብር።", "ግዜኻ", *TI_MASCULINE_YOU):
        assert words not in text, words


def test_in_a_bilingual_copy_a_contributed_line_under_who_came_carries_its_english_half(tmp_path):
    """Blind review 13b, 14: "Carys (mam): daeth gyda siaradwr Cymraeg" had no English line in a
    bilingual copy, while "Karim (tad): anfonodd lythyr..." under who shared views had one."""
    import hashlib
    import shutil

    from ruamel.yaml import YAML

    came = "came with an interpreter"
    sent = "told me her views on the phone before the meeting"

    def mum_came(data):
        mum = data["review"]["attendees"][4]
        mum.pop("attended", None)
        mum["contributed"] = came
        data["review"]["attendees"].append({"name": "Tariq Khan", "role": "dad", "attended": False,
                                            "contributed": sent})
        data["distribution"][1]["bilingual"] = True
    path = write_record(tmp_path, mum_came, name=SAM.name)
    yaml = YAML(typ="safe", pure=True)
    sidecar = yaml.load(SAM.with_name("review-sam-9.translations.yaml").read_text(encoding="utf-8"))
    urdu = sidecar["languages"]["ur"]
    entry = urdu.pop("review.attendees.5.contributed")  # its paths count from 1
    for where, source, translation in (("review.attendees.5.contributed", came, "ترجمان کے ساتھ آئیں"),
                                       ("review.attendees.6.contributed", sent, entry["translation"])):
        urdu[where] = dict(entry, source=source, translation=translation,
                           source_sha256=hashlib.sha256(source.encode("utf-8")).hexdigest())
    with (tmp_path / "review-sam-9.translations.yaml").open("w", encoding="utf-8") as out:
        yaml.dump(sidecar, out)
    loaded = api.load_record(path)
    lines = docx_text(api.Renderer(allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "parent")).data).splitlines()
    mum = next(i for i, line in enumerate(lines) if "ترجمان کے ساتھ آئیں" in line)
    assert lines[mum + 1] == came, lines[mum:mum + 2]
    dad = next(i for i, line in enumerate(lines) if entry["translation"] in line)
    assert lines[dad + 1] == sent


@pytest.mark.parametrize("language, adult, child", [
    ("cy", "Os oes gennych unrhyw gwestiynau am y copi hwn, cysylltwch â Helen Price", "Os oes gen ti gwestiynau"),
    ("pt", "Se tiver perguntas sobre esta cópia, contacte", "Se tiveres perguntas"),
    ("uk", "Якщо у вас є запитання щодо цієї копії", "Якщо маєш запитання"),
])
def test_the_notice_in_an_adults_copy_addresses_the_adult_not_the_child(tmp_path, language, adult, child):
    """13b, 14: the notice of a part-English copy is to its reader: a parent's Welsh copy said
    "Os oes gen ti gwestiynau, cysyllta â ..." (the child's "ti"); the child's own copy keeps it."""
    text, _ = render(tmp_path, language)
    assert adult in text and child not in text

    def childs_language(data):
        data["child"]["language"] = language
    (tmp_path / "child").mkdir()
    path = write_record(tmp_path / "child", childs_language)
    loaded = api.load_record(path)
    own = docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child")).data)
    assert child in own and adult not in own
