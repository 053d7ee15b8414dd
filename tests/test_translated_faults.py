"""Translated copies, faults found in blind review 16 (issue 17, "every sentence true"): a heading
in the plural above one person, the child's copy's marker in another register than the copy,
Sorani adults addressed informally, the running header on the wrong side of right-to-left pages,
couple titles other than "Mr and Mrs"."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from test_translated_copies import LANGUAGES, render

HEADINGS = (("This person shared their views:", "These people shared their views:"),
            ("This person was invited but did not take part:", "These people were invited but did not take part:"))


def _one_of_each(data):
    """One person came besides the child, one sent views, one was invited and took no part."""
    data["review"]["attendees"] = [
        {"name": "Sam", "role": "you"},
        {"name": "Jo Smith", "role": "social worker"},
        {"name": "Amina Khan", "role": "mum", "attended": False, "contributed": "sent a letter"},
        {"name": "Mrs Patel", "role": "teacher", "attended": False},
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_heading_above_one_person_is_in_the_singular(tmp_path, language):
    text, _ = render(tmp_path, language, edit=_one_of_each)
    _, ngettext = gettext_functions(language)
    lines = text.splitlines()
    for singular, plural in HEADINGS:
        one, many = ngettext(singular, plural, 1), ngettext(singular, plural, 5)
        assert one != many, (language, singular)
        assert one in lines and many not in lines, (language, singular)


def test_the_dari_headings_above_one_person(tmp_path):
    text, _ = render(tmp_path, "fa_AF", edit=_one_of_each)
    assert "این شخص دعوت شده بود اما اشتراک نکرد:" in text
    assert "این شخص نظرش را گفت:" in text
    assert "کسانی که" not in text
    assert "این افراد به جلسه آمدند:" in text  # Sam and Jo Smith


# -------------------------------------------------------------------- the marker's register

def _childs_copy(tmp_path, language, edit=None) -> str:
    from recordgen import api
    from recordfiles import docx_text, write_record

    def change(data):
        data["child"]["language"] = language
        for recipient in data["distribution"]:
            if recipient["role"] == "child":
                recipient["language"] = language
            if recipient["role"] == "parent":
                recipient.update(language="en", format="docx")
        data["worries"].append({"text": "Your dad is not allowed to know where you live.",
                                "withhold_from": ["parent"]})
        if edit:
            edit(data)

    loaded = api.load_record(write_record(tmp_path, change))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    return docx_text(copy.data)


def _home(data):
    data["placement"]["carers"] = "Meadowbank children's home"
    for person in data["review"]["attendees"] + data["distribution"]:
        if person["name"] == "Mark and Lisa Owen":
            person["name"] = "Meadowbank children's home"


@pytest.mark.parametrize("edit,marks", [
    (None, ["(این در نسخهٔ مادر شما نیست.)", "(این در نسخهٔ مراقبان شما نیست.)"]),
    (_home, ["(این در نسخه‌ای که برای کارمندان جایی که زندگی می‌کنید فرستاده شده نیست.)"]),
])
def test_the_dari_childs_copy_says_whose_copy_leaves_an_item_out_in_its_polite_you(tmp_path, edit, marks):
    text = _childs_copy(tmp_path, "fa_AF", edit)
    assert "برنامهٔ شما" in text  # the copy's own "you" is the polite شما
    for mark in marks:
        assert mark in text
    for informal in ("مادرت", "مراقبانت", "می‌کنی "):
        assert informal not in text


#: The word each language's child's copy says "your" with ("Your next review"), and the marker must too.
YOUR = {"ur": "آپ", "ps": "ستا", "fa_AF": "شما", "bn": "তোমার", "ti": "ኹም", "cy": "dy", "pl": "twoj",
        "uk": "тво", "pt": "tua", "ro": "tale", "ar": "أمك", "ckb": "دایکت"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_mums_copy_marker_speaks_to_the_child_as_the_copy_does(tmp_path, language):
    text = _childs_copy(tmp_path, language)
    marker = next(line for line in text.splitlines() if "Your dad is not allowed" in line)
    assert YOUR[language] in marker, marker


# -------------------------------------------------------------------- the running header

@pytest.mark.parametrize("language", ["ur", "ar", "ps", "fa_AF", "ckb"])
def test_a_right_to_left_copys_running_header_is_aligned_to_its_start(tmp_path, language):
    """Start in a right-to-left paragraph: the page's top right (tests/test_rtl_pdf.py sees it on the page)."""
    import io
    import zipfile

    import docx
    from recordgen import api
    from recordfiles import write_record

    def change(data):
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient.update(language=language, format="docx")

    loaded = api.load_record(write_record(tmp_path, change))
    data = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent")).data
    header = docx.Document(io.BytesIO(data)).sections[0].header.paragraphs[0]
    assert header.text.strip()
    ppr = header._p.pPr
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert ppr.find(w + "bidi") is not None and ppr.find(w + "bidi").get(w + "val") is None
    assert ppr.find(w + "jc").get(w + "val") == "left"  # the start of a right-to-left line
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert all(b'w:val="right"' not in archive.read(name)
                   for name in archive.namelist() if name.startswith("word/header"))


# -------------------------------------------------------------------- couples by their titles

def _carers_called(couple: str):
    def edit(data):
        data["placement"].update(carers=couple, confidential=False)
        for person in data["review"]["attendees"] + data["distribution"]:
            if person["name"] == "Mark and Lisa Owen":
                person["name"] = couple
    return edit


@pytest.mark.parametrize("couple,language,words", [
    ("Mr and Mr Owen", "pl", "Panowie Owen"),
    ("Mrs and Mrs Owen", "pl", "Panie Owen"),
    ("Ms and Mr Owen", "pl", "Państwo Owen"),        # Polish Ms is its Mrs: a mixed couple's one word
    ("Mr and Mrs Owen", "pl", "Państwo Owen"),
    ("Mr & Mr Owen", "ro", "Domnii Owen"),
    ("Mrs and Mrs Owen", "ro", "Doamnele Owen"),
    ("Mrs and Ms Owen", "pt", "Senhoras Owen"),
    ("Ms and Mr Owen", "ur", "محترمہ اور مسٹر Owen"),  # Urdu's Ms is not its Mrs: each title, in order
    ("Mr and Mr Owen", "ar", "السيد والسيد Owen"),
    ("Miss and Mrs Owen", "bn", "মিস এবং মিসেস Owen"),
])
def test_a_couple_by_their_titles_is_named_in_the_readers_words_whatever_the_titles(tmp_path, couple, language,
                                                                                     words):
    text, _ = render(tmp_path, language, edit=_carers_called(couple))
    assert words in text
    english = couple.rsplit(" ", 1)[0]  # "Mr and Mr"
    assert english not in text and english.replace(" and ", " i ") not in text


@pytest.mark.parametrize("couple,language,greeting", [
    ("Mr and Mr Fenwick", "pl", "Szanowni Panowie Fenwick,"),
    ("Mrs and Mrs Fenwick", "pl", "Szanowne Panie Fenwick,"),
    ("Ms and Mr Fenwick", "ro", "Stimați domnule și doamnă Fenwick,"),
    ("Ms and Mr Fenwick", "ur", "سلام،"),  # no one phrase for Ms and Mr: greeted with no name
])
def test_an_invitation_greets_a_couple_by_their_titles_whatever_the_titles(couple, language, greeting):
    from recordfiles import docx_text
    from test_consult import documents, planned

    data = planned("teen")
    data["placement"].update(carers=couple, confidential=False)
    data["review"]["attendees"][2] = {"name": couple, "role": "foster carers"}
    data["distribution"][2] = {"role": "carer", "name": couple, "language": language}
    lines = docx_text(documents(data)["invitation", "carer"].data).split("\n")
    assert greeting in lines
    assert not any(couple.rsplit(" ", 1)[0] in line for line in lines)


# -------------------------------------------------------------------- Sorani adults: the polite "you"

#: Sorani's informal "you": the pronoun, and the second person singular of the verbs and clitics
#: the adults' papers use ("you can", "if you cannot", "your views", "send back", "ask").
SORANI_INFORMAL = ("تۆ", "دەتوانیت", "نەتوانیت", "بیرۆکەکانت ", "بیرۆکەکانت،", "پێویستت ", "وەڵامەکانت ",
                   "بکەرەوە", "بنێرەوە", "بپرسە", "بۆچوونەکانت ", "بانگهێشتنامەکەتە", "کۆپییەکەی تۆیە", "نیگەرانی چیت")


def _informal(text: str) -> list[str]:
    import re
    words = re.findall(r"\S+", text)
    return [form for form in SORANI_INFORMAL if (form in words if " " not in form and len(form) < 4
                                                 else form in text)]


@pytest.mark.parametrize("role", ["parent", "carer"])
def test_a_sorani_adults_invitation_and_booklet_say_the_polite_you(role):
    from recordfiles import docx_text
    from test_consult import documents, planned

    data = planned("teen")
    for entry in data["distribution"]:
        if entry["role"] == role:
            entry["language"] = "ckb"
    made = documents(data)
    invitation = docx_text(made["invitation", role].data)
    booklet = docx_text(made["booklet", role].data)
    assert "ئێوە" in invitation.split("\n")  # the reader in the list of who is invited
    assert "ناتوانن" in invitation or "دەتوانن" in invitation
    assert not _informal(invitation) and not _informal(booklet), (_informal(invitation), _informal(booklet))


def test_a_sorani_childs_invitation_still_says_the_childs_you():
    from recordfiles import docx_text
    from test_consult import documents, planned

    data = planned("teen")
    data["child"]["language"] = "ckb"
    assert "تۆ" in docx_text(documents(data)["invitation", "child"].data).split("\n")


@pytest.mark.parametrize("kind", ["", "invitation", "booklet"])
def test_a_sorani_adults_email_says_the_polite_you(kind):
    from recordgen import api
    from recordgen.distribution.message import covering_note
    from test_consult import planned

    data = planned("teen")
    for entry in data["distribution"]:
        if entry["role"] == "parent":
            entry["language"] = "ckb"
    record = api.load_data(data, "planned.yaml").record
    note = covering_note(record, api.recipient_for(record, "parent"), "ckb", "01632 960100", kind=kind, protected=True)
    # Every line, those the child's email shares too (in words that need no "you").
    text = "\n".join([note.subject] + ["".join(piece for piece, _ in paragraph) for paragraph in note.paragraphs])
    assert not _informal(text) and "پرسیارێکت" not in text and "پێت دەدەین" not in text, text


def test_the_dari_childs_feedback_part_speaks_as_the_copy_does_in_the_polite_you(tmp_path):
    """The page to send back is part of the child's copy, whose Dari is the polite شما throughout."""
    text = _childs_copy(tmp_path, "fa_AF")
    feedback = text[text.index("به من بگویید"):]
    assert "برایتان" in feedback and "جواب‌هایتان" in feedback
    import re
    for informal in ("بگو", "می‌کنی", "برایت", "بگذار", "می‌خواهی", "بده", "داری", "بفرستی", "بنویس", "خودت"):
        assert not re.search(rf"(?<!\w){informal}(?![\w\u200c])", text), informal


@pytest.mark.parametrize("couple,language,greeting", [
    ("Mr and Mr Fenwick", "pl", "Szanowni Panowie Fenwick,"),
    ("Mrs and Mrs Fenwick", "ro", "Stimate doamne Fenwick,"),
    ("Mr and Mrs Fenwick", "pl", "Szanowni Państwo Fenwick,"),  # was "Dzień dobry Państwo Fenwick,"
])
def test_an_email_greets_a_couple_by_their_titles_as_the_invitation_does(couple, language, greeting):
    from recordgen import api
    from recordgen.distribution.message import covering_note
    from test_consult import planned

    data = planned("teen")
    data["placement"].update(carers=couple, confidential=False)
    data["review"]["attendees"][2] = {"name": couple, "role": "foster carers"}
    data["distribution"][2] = {"role": "carer", "name": couple, "language": language}
    record = api.load_data(data, "planned.yaml").record
    for kind in ("", "invitation"):
        note = covering_note(record, api.recipient_for(record, "carer"), language, "x", kind=kind)
        assert "".join(text for text, _ in note.paragraphs[0]) == greeting
