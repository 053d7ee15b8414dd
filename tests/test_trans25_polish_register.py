"""Blind review 26, finding 19: a Polish consultation booklet to a dad called him "Państwo", the
plural (a couple's) form. Polish papers to parents and carers take the reader's number and gender:
one man "Pan", one woman "Pani", two or more "Państwo", and one reader of unknown gender a
construction that needs none. The record gives a dad's gender however it writes it ("dad",
"Robin's dad", "Tomasz Nowak (dad)"). A parent's feedback page, which ends the record written to
the child, speaks to the parent, not in the child's "ty". Renders real papers and reads them back."""

from __future__ import annotations

import copy
import re

from recordgen import api
from recordgen.record.settings import FeedbackSettings, Settings

from recordfiles import SAM, docx_text, example_data
from test_consult import planned


def _papers(change) -> dict[tuple[str, str], str]:
    data = copy.deepcopy(planned("middle"))
    data["child"]["pronouns"] = "he/him"
    data["placement"]["confidential"] = False
    data["review"]["attendees"] = [{"name": "Robin", "role": "you"}, {"name": "Tomasz Nowak", "role": "dad"},
                                   {"name": "Gail Pennifold", "role": "carer"},
                                   {"name": "Jo Smith", "role": "social worker"}]
    data["distribution"] = [{"role": "child", "name": "Robin"},
                            {"role": "parent", "name": "Tomasz Nowak", "language": "pl"},
                            {"role": "carer", "name": "Gail Pennifold", "language": "pl"},
                            {"role": "social_worker", "name": "Jo Smith"}]
    change(data)
    loaded = api.load_data(data, "planned.yaml")
    return {(d.kind, d.recipient.role.value): docx_text(d.data) for d in api.consult_documents(loaded, "all")}


def _dad_written(how: str):
    def change(data: dict) -> None:
        dad = data["review"]["attendees"][1]
        if how == "in brackets":
            dad.update(name="Tomasz Nowak (dad)", role="parent")
        elif how == "as the child's":
            dad["role"] = "Robin's dad"
    return change


def test_a_polish_dad_is_pan_however_the_record_says_he_is_the_dad():
    for how in ("dad", "in brackets", "as the child's"):
        papers = _papers(_dad_written(how))
        booklet, invitation = papers["booklet", "parent"], papers["invitation", "parent"]
        assert "Państw" not in booklet + invitation, how
        assert "Pana zdanie przed przeglądem: Robin" in booklet and "Co Pana niepokoi?" in booklet, how
        assert "Czy potrzebuje Pan tłumacza" in booklet, how
        assert "Szanowny Panie," in invitation, how


def test_one_polish_reader_of_unknown_gender_is_addressed_with_no_gendered_form():
    def unknown(data: dict) -> None:
        del data["review"]["attendees"][1]  # only sent papers: no role, no title gives his gender
    papers = _papers(unknown)
    for kind in ("booklet", "invitation"):
        for role in ("parent", "carer"):
            text = papers[kind, role]
            assert not re.search(r"\bPa(n|ni|na|nią|nie|ństw\w*)\b", text), (kind, role, text)
    assert "Co budzi niepokój?" in papers["booklet", "parent"]
    assert "Osoba, która czyta ten list" in papers["invitation", "carer"]


def test_a_couple_of_carers_is_panstwo():
    def couple(data: dict) -> None:
        data["placement"]["carers"] = "Gail and Martin Pennifold"
        data["review"]["attendees"][2]["name"] = "Gail and Martin Pennifold"
        data["distribution"][2]["name"] = "Gail and Martin Pennifold"
    papers = _papers(couple)
    assert "Państwo" in papers["invitation", "carer"].splitlines()
    assert "Państwa zdanie przed przeglądem: Robin" in papers["booklet", "carer"]


def test_a_polish_parents_feedback_page_speaks_to_the_parent_not_in_the_childs_ty():
    data = copy.deepcopy(example_data(SAM))
    data["review"]["attendees"].append({"name": "Tomasz Nowak", "role": "dad", "attended": False})
    data["distribution"].append({"role": "parent", "name": "Tomasz Nowak", "language": "pl"})
    data["distribution"][0]["language"] = "pl"
    loaded = api.load_data(data, "record.yaml")
    renderer = api.Renderer(settings=Settings(feedback=FeedbackSettings(parents=True)), allow_untranslated=True)
    dad = next(r for r in loaded.record.distribution if r.name == "Tomasz Nowak")
    text = docx_text(renderer.render_copy(loaded.record, dad).data)
    page = text[text.index("Proszę o opinię o tym liście"):]
    assert "Czy ten list był zrozumiały?" in page and "Co należałoby zmienić?" in page
    assert "Proszę zaznaczyć jedno pole." in page
    assert not re.search(r"\b(ciebie|chcesz|Możesz|Napisz|swoich)\b", page[:page.index("Kod tego listu")
                                                                             + 80]), page
    # The child's own page keeps the child's "ty".
    sam = api.recipient_for(loaded.record, "child")
    own = docx_text(renderer.render_copy(loaded.record, sam).data)
    assert "Powiedz mi, co myślisz o tym liście" in own and "Czy ten list był dla ciebie zrozumiały?" in own


def test_the_covering_email_greets_the_dad_as_his_papers_do():
    from recordgen.distribution.message import covering_note, plain_text

    data = copy.deepcopy(planned("middle"))
    data["review"]["attendees"][1] = {"name": "Tomasz Nowak", "role": "Robin's dad"}
    data["distribution"][1] = {"role": "parent", "name": "Tomasz Nowak", "language": "pl"}
    record = api.load_data(data, "planned.yaml").record
    dad = next(r for r in record.distribution if r.name == "Tomasz Nowak")
    text = plain_text(covering_note(record, dad, "pl", "01632 960100", kind="booklet"))
    assert text.startswith("Szanowny Panie,"), text
    assert "Państw" not in text
