"""The authoring page at the HTTP level (Starlette's TestClient, no browser): no lost work,
nothing said for the IRO, translation, dates, sections, records.

The token/Host/Origin guard is tested in test_web.py; here the app is called directly.
"""

from __future__ import annotations

import copy
import json
import re
import threading

import pytest
from starlette.testclient import TestClient

from recordgen import api
from recordgen.record.loading import parse_file
from recordgen.web import Server, create_app
from recordgen.web.store import Folder, differences, tidy, version_of

from webserver import EXAMPLES, Client, copy_examples, translate_xliff

SAM = "review-sam-9.yaml"
S1, S2 = "a" * 24, "b" * 24  # two pages' (tabs') sessions


@pytest.fixture
def folder(tmp_path):
    return copy_examples(tmp_path / "records")


@pytest.fixture
def client(folder):
    with TestClient(create_app(folder)) as c:
        yield c


def sam() -> dict:
    data, _ = parse_file(EXAMPLES / SAM)
    return json.loads(json.dumps(data, default=str))  # as the page sends it: dates as text


def opened(client, name=SAM) -> str:
    """Open the record as the page does; the version the page holds."""
    html = client.get(f"/records/{name}").text
    return re.search(r'data-version="([0-9a-f]+)"', html).group(1)


# ---- 1. no lost work ------------------------------------------------------------------------

@pytest.mark.parametrize("n", [2, 50])
def test_saves_released_together_with_one_version_one_wins_the_rest_are_told(folder, n):
    # A real server (uvicorn, saves in its thread pool): the race the hostile probe found.
    server = Server(folder).start()
    try:
        client = Client(server)
        version = version_of((folder / SAM).read_bytes())
        gate = threading.Barrier(n)
        answers: list[tuple[int, str]] = []

        def save(i: int) -> None:
            data = sam()
            data["review"]["venue"] = f"room {i}"
            gate.wait()
            status, _, _ = client.request("POST", f"/api/records/{SAM}/save",
                                          body={"data": data, "version": version})
            answers.append((status, f"room {i}"))

        threads = [threading.Thread(target=save, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        won = [venue for status, venue in answers if status == 200]
        assert len(won) == 1, sorted(s for s, _ in answers)
        assert sorted(s for s, _ in answers) == [200] + [409] * (n - 1)
        assert api.load_record(folder / SAM).record.review.venue == won[0]  # the winner's save is the file
    finally:
        server.stop()


def test_a_conflict_lists_each_differing_field_and_who_changed_it(client, folder):
    version = opened(client)
    theirs = sam()
    theirs["working_well"][0] = "Saved in tab A."
    assert client.post(f"/api/records/{SAM}/save", json={"data": theirs, "version": version,
                                                         "session": S1}).status_code == 200
    mine = sam()
    mine["review"]["venue"] = "the park"
    mine["care_plan"]["plan"] = "Mine."
    answer = client.post(f"/api/records/{SAM}/save", json={"data": mine, "version": version, "session": S2})
    assert answer.status_code == 409
    body = answer.json()
    found = {d["key"]: d for d in body["differences"]}
    assert set(found) == {"working_well.1", "review.venue", "care_plan.plan"}
    assert found["working_well.1"]["changed"] == "theirs" and found["working_well.1"]["choice"] == "theirs"
    assert found["working_well.1"]["theirs_text"] == "Saved in tab A."
    assert found["review.venue"]["changed"] == "mine" and found["review.venue"]["label"] == "Where the review was held"
    assert "Saved in tab A." in (folder / SAM).read_text()  # nothing overwritten
    # B's typing is kept as B's own draft.
    assert (folder / ".recordgen-drafts" / f"{SAM}.{S2}.json").is_file()

    # Keeping the defaults: A's edit (not B's) and B's edits: nothing anybody typed is lost.
    choices = {k: d["choice"] for k, d in found.items()}
    saved = client.post(f"/api/records/{SAM}/save", json={"data": mine, "version": body["version"],
                                                          "base": body["base"], "choices": choices, "session": S2})
    assert saved.status_code == 200, saved.text
    record = api.load_record(folder / SAM).record
    assert record.working_well[0].text == "Saved in tab A."
    assert record.review.venue == "the park" and record.care_plan.plan == "Mine."
    assert not (folder / ".recordgen-drafts" / f"{SAM}.{S2}.json").exists()


def test_a_field_both_changed_must_be_chosen_and_the_choice_is_kept(client, folder):
    version = opened(client)
    theirs = sam()
    theirs["care_plan"]["plan"] = "Theirs."
    client.post(f"/api/records/{SAM}/save", json={"data": theirs, "version": version})
    mine = sam()
    mine["care_plan"]["plan"] = "Mine."
    body = client.post(f"/api/records/{SAM}/save", json={"data": mine, "version": version}).json()
    (diff,) = body["differences"]
    assert diff["changed"] == "both" and diff["choice"] is None
    refused = client.post(f"/api/records/{SAM}/save",
                          json={"data": mine, "version": body["version"], "base": body["base"], "choices": {}})
    assert refused.status_code == 409 and "Choose which to keep for The plan" in refused.json()["message"]
    assert api.load_record(folder / SAM).record.care_plan.plan == "Theirs."
    ok = client.post(f"/api/records/{SAM}/save", json={"data": mine, "version": body["version"],
                                                       "base": body["base"], "choices": {"care_plan.plan": "theirs"}})
    assert ok.status_code == 200
    assert api.load_record(folder / SAM).record.care_plan.plan == "Theirs."


def test_choices_made_against_a_file_that_changed_again_are_refused(client, folder):
    version = opened(client)
    first = sam()
    first["review"]["venue"] = "one"
    client.post(f"/api/records/{SAM}/save", json={"data": first, "version": version})
    mine = sam()
    mine["review"]["venue"] = "mine"
    body = client.post(f"/api/records/{SAM}/save", json={"data": mine, "version": version}).json()
    second = sam()
    second["goals"][0] = "changed again, after the differences were shown"
    client.post(f"/api/records/{SAM}/save", json={"data": second, "version": body["version"]})
    again = client.post(f"/api/records/{SAM}/save", json={"data": mine, "version": body["version"],
                                                          "base": body["base"], "choices": {"review.venue": "mine"}})
    assert again.status_code == 409
    assert "goals.1" in {d["key"] for d in again.json()["differences"]}  # shown, never silently dropped
    assert "changed again" in (folder / SAM).read_text()


def test_items_added_in_the_file_are_a_difference_of_their_own(folder):
    base = sam()
    theirs, mine = copy.deepcopy(base), copy.deepcopy(base)
    theirs["goals"].append("A new goal from the other tab.")
    mine["worries"][0] = "Mine."
    found = {d["key"]: d for d in differences(base, tidy(mine), theirs)}
    assert found["goals"]["changed"] == "theirs" and found["worries.1"]["changed"] == "mine"


def test_an_old_draft_is_never_replaced_by_another_page(client, folder):
    version = opened(client)
    old = sam()
    old["goals"][0] = "Typed in a tab that crashed."
    client.post(f"/api/records/{SAM}/check", json={"data": old, "version": version, "keep_draft": True, "session": S1})
    html = client.get(f"/records/{SAM}").text
    assert "Restore these unsaved changes" in html and f"?draft={S1}" in html
    new = sam()
    new["goals"][0] = "Typed in the new page without answering."
    client.post(f"/api/records/{SAM}/check", json={"data": new, "version": version, "keep_draft": True, "session": S2})
    kept = {d["session"]: d["data"]["goals"][0] for d in Folder(folder).drafts(SAM)}
    assert kept == {S1: "Typed in a tab that crashed.", S2: "Typed in the new page without answering."}
    html = client.get(f"/records/{SAM}?draft={S1}").text
    assert "Typed in a tab that crashed." in html and f'data-session="{S1}"' in html
    assert f"?draft={S2}" in html  # the other draft is still offered
    client.post(f"/api/records/{SAM}/discard-draft", json={"session": S2})
    assert [d["session"] for d in Folder(folder).drafts(SAM)] == [S1]


# ---- 5. nothing said for the IRO; 11. names ---------------------------------------------------

def new_record(client, name="review-new-1") -> str:
    answer = client.post("/api/new", json={"name": name})
    assert answer.status_code == 200, answer.text
    return answer.json()["name"]


def test_a_new_record_says_nothing_the_iro_has_not_chosen(client, folder):
    name = new_record(client)
    record_file = (folder / name).read_text()
    data, _ = parse_file(folder / name)
    assert data["care_plan"]["still_right"] is None
    assert [data["rights"][k] for k in ("advocate", "independent_visitor", "complaints_explained")] == [None] * 3
    html = client.get(f"/records/{name}").text
    for path in ("care_plan.still_right", "rights.advocate", "rights.independent_visitor", "rights.complaints_explained"):
        group = re.search(rf'<fieldset class="radios" data-path="{re.escape(path)}".*?</fieldset>', html, re.S).group(0)
        assert "checked" not in group, path  # nothing chosen for them
    result = client.post(f"/api/records/{name}/check", json={"data": json.loads(json.dumps(data, default=str))}).json()
    messages = {p["path"]: p["message"] for p in result["problems"]}
    assert messages["care_plan.still_right"] == "Say whether the plan is still right for the child"
    assert messages["rights.advocate"] == "Say where the child is with an advocate"
    assert messages["rights.independent_visitor"] == "Say where the child is with an independent visitor"
    assert messages["rights.complaints_explained"] == "Say whether how to complain was explained"
    assert "still_right: true" not in record_file
    # As the form sends it (no radio chosen is no answer): every message is a person's words.
    data["review"]["participation"] = None
    result = client.post(f"/api/records/{name}/check", json={"data": json.loads(json.dumps(data, default=str))}).json()
    messages = {p["path"]: p["message"] for p in result["problems"]}
    assert messages["review.participation"] == "Choose how the child took part"
    for message in messages.values():
        assert not re.search(r"'\w*'|\bNone\b|should be text|YYYY", message), message  # no quoted values


def test_an_answer_chosen_on_the_page_is_what_the_copy_says(client, folder):
    name = new_record(client)
    data = sam()
    data["care_plan"]["still_right"] = False
    version = opened(client, name)
    assert client.post(f"/api/records/{name}/save", json={"data": data, "version": version}).status_code == 200
    assert api.load_record(folder / name).record.care_plan.still_right is False


@pytest.mark.parametrize("wanted", ["../secret", "a/b", "..", "x\\y", "r" * 300, "<b>", "."])
def test_a_name_that_is_not_a_plain_file_name_is_refused_with_a_message(client, folder, wanted):
    before = sorted(p.name for p in folder.iterdir())
    answer = client.post("/api/new", json={"name": wanted})
    assert answer.status_code == 400
    assert "for example review-sam-10" in answer.json()["error"]
    assert sorted(p.name for p in folder.iterdir()) == before


# ---- 6. translation on the page; 7. check your answers, copies -------------------------------

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def translated(xliff: bytes) -> bytes:
    return translate_xliff(xliff, "pl")


def polish_parent(client, folder) -> dict:
    """Sam's record with Amina reading Polish and a father who reads English, saved."""
    data = sam()
    data["distribution"][1]["language"] = "pl"
    data["distribution"].append({"role": "parent", "name": "Tariq Khan", "format": "docx"})
    version = opened(client)
    assert client.post(f"/api/records/{SAM}/save", json={"data": data, "version": version}).status_code == 200
    return data


def readers(client):
    return {r["name"]: r for r in client.post(f"/api/records/{SAM}/copies", json={}).json()["readers"]}


def english_for_now(client, reader: int, on: bool = True) -> dict:
    answer = client.post(f"/api/records/{SAM}/english-for-now", json={"reader": reader, "on": on})
    assert answer.status_code == 200, answer.text
    return {r["name"]: r for r in answer.json()["readers"]}


def test_check_your_answers_says_per_reader_what_their_copy_is_and_what_blocks_it(client, folder):
    polish_parent(client, folder)
    found = readers(client)
    amina = found["Amina Khan"]
    assert amina["language_name"] == "Polish" and amina["format"] == "PDF"
    assert amina["translation"]["state"] == "missing" and amina["blocked"] == "its translation is not ready"
    assert re.fullmatch(r"\d+ items to translate\.", amina["translation"]["text"])
    assert amina["withheld"] == ["Address", "School"]  # confidential placement
    assert found["Mark and Lisa Owen"]["withheld"] == ["What are we worried about 3"]
    assert found["Jo Smith"]["delivery"] == "by email to jo.smith@example.gov.uk"
    assert found["Tariq Khan"]["translation"]["state"] == "english" and not found["Tariq Khan"]["blocked"]


def test_the_polish_file_goes_out_and_comes_back_through_the_page(client, folder):
    polish_parent(client, folder)
    download = client.get(f"/api/records/{SAM}/xliff?lang=pl")
    assert download.status_code == 200
    assert 'filename*=UTF-8\'\'review-sam-9.pl.xlf' in download.headers["content-disposition"]
    assert b'target-language="pl"' in download.content
    assert not (folder / "review-sam-9.pl.xlf").exists()  # nothing left in the records folder
    # The same refusals as `translate import`: a file with an empty target is refused, nothing stored.
    from lxml import etree
    half = etree.fromstring(translated(download.content))
    half.find(".//x:target", NS).text = ""
    refused = client.post(f"/api/records/{SAM}/xliff?filename=review-sam-9.pl.xlf",
                          content=etree.tostring(half, xml_declaration=True, encoding="UTF-8"))
    assert refused.status_code == 400 and refused.json()["problems"]
    assert "review-sam-9.pl.xlf" in " ".join(refused.json()["problems"]) or refused.json()["problems"]
    assert readers(client)["Amina Khan"]["translation"]["state"] == "missing"

    stored = client.post(f"/api/records/{SAM}/xliff?filename=review-sam-9.pl.xlf", content=translated(download.content))
    assert stored.status_code == 200, stored.text
    assert stored.json()["language_name"] == "Polish" and stored.json()["count"] > 10
    amina = readers(client)["Amina Khan"]
    assert amina["translation"]["state"] == "ready" and not amina["blocked"]


def test_an_edit_makes_one_readers_translation_stale_and_the_others_copies_are_still_made(client, folder):
    data = sam()  # Amina reads Urdu, translated in the example's translations file
    version = opened(client)
    data["worries"][0] = "You are still worried about moving school, and we will talk about it."
    assert client.post(f"/api/records/{SAM}/save", json={"data": data, "version": version}).status_code == 200
    amina = readers(client)["Amina Khan"]
    assert amina["translation"]["state"] == "stale"
    assert amina["translation"]["stale"] == ["What are we worried about 1"]
    made = client.post(f"/api/records/{SAM}/render", json={})
    assert made.status_code == 200, made.text
    body = made.json()
    assert {w["recipient"] for w in body["written"]} == {"Sam", "Mark and Lisa Owen", "Jo Smith"}
    assert body["blocked"] == [{"recipient": "Amina Khan", "role": "parent", "why": "its translation is out of date"}]
    assert not amina["translation"].get("english_possible")  # as `render --allow-untranslated`: stale never goes
    made = readers(client)
    assert made["Sam"]["made"]["url"] == next(w["url"] for w in body["written"] if w["recipient"] == "Sam")
    assert not made["Sam"]["made"]["older"] and made["Amina Khan"]["made"] is None
    data["worries"][1] = "You are behind with maths, and we will help."
    assert client.post(f"/api/records/{SAM}/save", json={"data": data, "version": opened(client)}).status_code == 200
    assert readers(client)["Sam"]["made"]["older"]  # made before the last save: to make again
    for w in body["written"]:
        opened_copy = client.get(w["url"])
        assert opened_copy.status_code == 200 and opened_copy.content[:2] == b"PK"
        assert "attachment" in opened_copy.headers["content-disposition"]
    assert any(d["label"] for d in body["dates"])


def test_english_for_now_is_the_iros_choice_per_reader_and_the_copy_says_so(client, folder):
    polish_parent(client, folder)
    amina = english_for_now(client, 2)["Amina Khan"]
    assert not amina["blocked"] and amina["translation"]["english_for_now"]
    assert "in English for now" in amina["translation"]["text"]
    assert readers(client)["Amina Khan"]["translation"]["english_for_now"]  # kept: asked again, still chosen
    made = client.post(f"/api/records/{SAM}/render", json={}).json()
    written = {w["recipient"]: w for w in made["written"]}
    assert set(written) == {"Sam", "Amina Khan", "Mark and Lisa Owen", "Jo Smith", "Tariq Khan"}
    assert made["blocked"] == []
    if written["Amina Khan"]["file"].endswith(".pdf"):
        from pypdf import PdfReader
        import io
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(client.get(written["Amina Khan"]["url"]).content)).pages)
    else:
        import io
        import zipfile
        text = zipfile.ZipFile(io.BytesIO(client.get(written["Amina Khan"]["url"]).content)).read("word/document.xml").decode()
    assert "Mrs Patel said you have made two good friends" in text  # the IRO's words, in English for now
    # ... and the copy says so, in Polish (the fixed text's catalog): the renderer's notice.
    assert "still in English" in text or "angielsk" in text


def test_english_for_now_stays_with_its_reader_until_the_translation_comes(client, folder):
    polish_parent(client, folder)
    english_for_now(client, 2)
    # Another app (a reload, another day) still has it; a reader moved up keeps the choice, not the place.
    with TestClient(create_app(folder)) as later:
        data = sam()
        data["distribution"][1]["language"] = "pl"
        data["distribution"].append({"role": "parent", "name": "Tariq Khan", "format": "docx"})
        data["distribution"].insert(0, data["distribution"].pop(1))
        assert later.post(f"/api/records/{SAM}/save", json={"data": data, "version": opened(later)}).status_code == 200
        found = readers(later)
        assert found["Amina Khan"]["n"] == 1 and found["Amina Khan"]["translation"]["english_for_now"]
        assert not found["Sam"]["translation"].get("english_for_now")
        # Untick: blocked again.
        assert english_for_now(later, 1, on=False)["Amina Khan"]["blocked"] == "its translation is not ready"
        english_for_now(later, 1)
        # The same record renamed and undeleted keeps it; the choice file names nothing outside the folder.
        assert later.post(f"/api/records/{SAM}/rename", json={"to": "review-sam-9b"}).status_code == 200
        bin_id = later.post("/api/records/review-sam-9b.yaml/delete", json={}).json()["bin"]
        assert later.post("/api/undo-delete", json={"bin": bin_id}).status_code == 200
        back = {r["name"]: r for r in later.post("/api/records/review-sam-9b.yaml/copies", json={}).json()["readers"]}
        assert back["Amina Khan"]["translation"]["english_for_now"]
        # The translation comes: the choice is dropped, so a later edit's stale translation asks again.
        xliff = later.get("/api/records/review-sam-9b.yaml/xliff?lang=pl").content
        assert later.post("/api/records/review-sam-9b.yaml/xliff?filename=t.pl.xlf", content=translated(xliff)).status_code == 200
        assert not (folder / ".recordgen-choices" / "review-sam-9b.yaml.json").exists()
    # A reader number that is not on the saved record is refused in words.
    refused = client.post(f"/api/records/{SAM}/english-for-now", json={"reader": 9, "on": True})
    assert refused.status_code in (400, 403, 404)


def test_english_for_now_is_never_written_through_a_link_out_of_the_folder(client, folder, tmp_path):
    polish_parent(client, folder)
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / ".recordgen-choices").symlink_to(outside, target_is_directory=True)
    answer = client.post(f"/api/records/{SAM}/english-for-now", json={"reader": 2, "on": True})
    assert answer.status_code == 403 and list(outside.iterdir()) == []


@pytest.mark.parametrize("file", ["../review-sam-9.yaml", ".hidden.docx", "x.yaml", "a%2Fb.docx"])
def test_only_copies_in_the_copies_folder_open(client, folder, file):
    (folder / "copies").mkdir(exist_ok=True)
    answer = client.get(f"/copies/{file}")
    assert answer.status_code in (403, 404)
    assert b"Samira" not in answer.content


# ---- 3. dates; 2. errors in the IRO's words; 4. labels ----------------------------------------

@pytest.mark.parametrize("typed,message", [
    ("3/4/26", "The year must have 4 numbers: write 2026 or 1926, not 26 (Review date)"),
    ("31/2/2026", "Review date must be a real date: February 2026 has no day 31"),
    ("3//2026", "Review date must include a month"),
    ("3/13/2026", "Review date must be a real date: the month is 1 to 12"),
    ("x/4/2026", "Review date must be a real date, in numbers, for example 3 3 2026"),
])
def test_a_date_typed_in_three_boxes_that_is_not_a_date_says_why(client, typed, message):
    data = sam()
    data["review"]["date"] = typed
    problems = {p["path"]: p["message"] for p in client.post(f"/api/records/{SAM}/check", json={"data": data}).json()["problems"]}
    assert problems["review.date"] == message


def test_dates_show_in_uk_order_in_boxes_and_in_words(client):
    html = client.get(f"/records/{SAM}").text
    group = re.search(r'data-path="review.date".*?</fieldset>', html, re.S).group(0)
    assert re.findall(r'data-part="(\w+)"[^>]*value="(\d*)"', group) == [("day", "3"), ("month", "3"), ("year", "2026")]
    assert "For example, 3 3 2026" in group and 'type="date"' not in html
    result = client.post(f"/api/records/{SAM}/check", json={"data": sam()}).json()
    assert {d["label"]: d["shown"] for d in result["dates"]}["Review held"] == "3 March 2026"
    data = sam()
    data["actions"][0]["by"] = "2026-01-01"
    problems = client.post(f"/api/records/{SAM}/check", json={"data": data}).json()["problems"]
    assert any(p["message"] == "The date 1 January 2026 is before the review (3 March 2026); actions are for after the review"
               for p in problems)


def test_the_page_is_in_sections_with_a_task_list_and_plain_labels(client):
    html = client.get(f"/records/{SAM}").text
    tasks = re.findall(r'<li class="task" data-task="(\w+)"><a href="#s-\1"', html)
    assert tasks == ["child", "review", "words", "headings", "scale", "actions", "plan", "placement",
                     "distribution", "copies"]
    for key in tasks:
        assert f'id="s-{key}"' in html
    assert 'href="#section-start"' in html and 'href="#save"' in html  # skip links
    assert "You came to your meeting and showed us how you feel. (PN3)" in html  # participation as its sentence
    assert ">Polish</option>" in html and "Another language: an English copy, translated by hand" in html
    assert "Written for ages 8 to 11" in html
    assert "'you' for the child" not in html and "YYYY-MM-DD" not in html and "Your own words" not in html
    assert 'This is the child, person 1' in html
    assert "<h1>Sam's review, 3 March 2026</h1>" in html  # the child and the day, not a file name


@pytest.mark.parametrize("change,path,message", [
    (lambda d: d["worries"].append(""), "worries.4.text", "Write the worry 4, or remove it"),
    (lambda d: d["review"].__setitem__("sequence", 0), "review.sequence", "Review number must be 1 or more"),
    (lambda d: d["scale"].__setitem__("score", "seven"), "scale.score", "Score (0 to 10) must be a number, for example 3"),
    (lambda d: d["review"].__setitem__("participation", "PN0"), "review.participation",
     "The first answer (too little to come, PN0) is only for a child under 4; Sam was 9 on the review date"),
    (lambda d: d.__setitem__("child_views", []), "child_views",
     "The answer you chose (PN1) says Sam shared their views, but nothing is written under The child's words, "
     "so the copies say only whether Sam came"),
    (lambda d: d["distribution"].append(dict(d["distribution"][1])), "distribution.5",
     "Amina Khan (parent) already has copy 2"),
])
def test_an_empty_point_or_a_wrong_number_is_said_in_the_forms_words(client, change, path, message):
    data = sam()
    change(data)
    problems = client.post(f"/api/records/{SAM}/check", json={"data": data}).json()["problems"]
    assert {p["path"]: p["message"] for p in problems}[path] == message


def test_a_blank_new_record_opens_without_red_errors_but_knows_them(client):
    name = new_record(client)
    html = client.get(f"/records/{name}").text
    assert 'class="problem error"' not in html  # errors appear after leaving a field or on Save
    assert 'id="error-summary" class="error-summary" hidden' in html


# ---- 10. fixes through the engine ------------------------------------------------------------

def test_apply_goes_through_fix_file_and_its_refusals(client):
    data = sam()
    data["working_well"][0] = "Sam has settled well at school and likes her teacher."
    result = client.post(f"/api/records/{SAM}/check", json={"data": data}).json()
    fixes = [f for f in result["findings"] if f["path"] == "working_well.1" and f["fix"] and f["fix"]["safe"]]
    assert fixes
    answer = client.post(f"/api/records/{SAM}/fix", json={"data": data, "path": "working_well.1",
                                                          "new": fixes[0]["fix"]["new"]}).json()
    assert answer["text"].startswith("You have settled well")
    # A fix made for text that is no longer there is refused, not written over the IRO's words.
    data["working_well"][0] = "Something else now."
    stale = client.post(f"/api/records/{SAM}/fix", json={"data": data, "path": "working_well.1",
                                                         "new": fixes[0]["fix"]["new"]}).json()
    assert "refused" in stale



def test_the_page_is_sent_the_spans_of_exactly_what_each_finding_is_about(client):
    data = sam()
    text = "Sam's report was good and Sam's school is pleased."
    data["working_well"][0] = text
    result = client.post(f"/api/records/{SAM}/check", json={"data": data}).json()
    marked = sorted((f["message"].split("'")[1], [text[a:b] for a, b in f["spans"]], f["spans"][0][0])
                    for f in result["findings"] if f["path"] == "working_well.1")
    # Each 'Sam's' marks itself with its 's (not both 'Sam's, without it).
    assert marked == [("Sam", ["Sam's"], 0), ("Sam", ["Sam's"], 26)]

# ---- 12. every picture has alt text, in the reader's language ------------------------------------

@pytest.mark.parametrize("band", ["early", "young", "middle", "teen", "young_adult"])
@pytest.mark.parametrize("language", ["en", "pl", "ur"])
def test_every_picture_in_a_word_copy_has_alt_text_in_the_readers_language(band, language):
    import io
    import zipfile

    loaded = api.load_record(EXAMPLES / "review-lily-3.yaml")
    record = loaded.record.model_copy(update={"child": loaded.record.child.model_copy(update={"reading_level": band})})
    recipient = api.recipient_for(record, "child").model_copy(update={"language": language})
    copy = api.Renderer(allow_untranslated=True).render_copy(record, recipient)
    document = zipfile.ZipFile(io.BytesIO(copy.data)).read("word/document.xml").decode()
    pictures = re.findall(r"<wp:docPr [^>]*>", document)
    for picture in pictures:
        alt = re.search(r'descr="([^"]+)"', picture)
        assert alt and "{{" not in alt.group(1), picture
        if language != "en":
            assert alt.group(1) != "House of Good Things"
    if band == "young":  # the Three Houses, and the feedback part's faces to circle
        assert len(pictures) == 6


# ---- 11. records: rename, delete to the bin and undo, the next review -------------------------------

def test_rename_moves_the_record_and_its_translations(client, folder):
    answer = client.post(f"/api/records/{SAM}/rename", json={"to": "review-sam-9b"})
    assert answer.status_code == 200 and answer.json()["name"] == "review-sam-9b.yaml"
    assert not (folder / SAM).exists() and not (folder / "review-sam-9.translations.yaml").exists()
    sidecar = (folder / "review-sam-9b.translations.yaml").read_text()
    assert "record: review-sam-9b.yaml" in sidecar
    progress = api.translation_status(folder / "review-sam-9b.yaml")
    assert all(p.ready for p in progress)  # Amina's Urdu still matches
    assert client.post("/api/records/review-sam-9b.yaml/rename", json={"to": "../secret"}).status_code == 400
    assert client.post("/api/records/review-sam-9b.yaml/rename", json={"to": "review-lily-3"}).status_code == 409


def test_delete_goes_to_the_bin_in_the_folder_and_undo_puts_it_back(client, folder):
    before = (folder / SAM).read_bytes()
    answer = client.post(f"/api/records/{SAM}/delete", json={})
    assert answer.status_code == 200
    entry = answer.json()["bin"]
    assert not (folder / SAM).exists()
    assert (folder / ".recordgen-bin" / entry / SAM).read_bytes() == before
    listing = client.get(answer.json()["url"]).text
    assert "review-sam-9.yaml was moved to the bin" in listing and f'data-undo="{entry}"' in listing
    assert 'href="/records/review-sam-9.yaml"' not in listing
    back = client.post("/api/undo-delete", json={"bin": entry})
    assert back.status_code == 200 and (folder / SAM).read_bytes() == before
    assert (folder / "review-sam-9.translations.yaml").is_file()
    assert client.post("/api/undo-delete", json={"bin": "../../etc"}).status_code == 403


def test_the_next_review_carries_forward_the_child_people_open_actions_and_plan(client, folder, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-09-01")
    before = sam()
    before["actions"][2]["done"] = "2026-03-15"  # the bedtime plan: done between reviews
    assert client.post(f"/api/records/{SAM}/save", json={"data": before, "version": opened(client)}).status_code == 200
    answer = client.post(f"/api/records/{SAM}/next", json={"to": "review-sam-10"})
    assert answer.status_code == 200 and answer.json()["url"] == "/records/review-sam-10.yaml?started=1"
    data, _ = parse_file(folder / "review-sam-10.yaml")
    old, _ = parse_file(folder / SAM)
    bedtime = old["actions"].pop(2)["what"]
    assert bedtime not in (folder / "review-sam-10.yaml").read_text()  # done: it stays in the last review
    assert data["child"] == old["child"] and data["placement"] == old["placement"]
    assert str(data["review"]["date"]) == "2026-09-01" and data["review"]["sequence"] == old["review"]["sequence"] + 1
    assert [a["name"] for a in data["review"]["attendees"]] == [a["name"] for a in old["review"]["attendees"]]
    assert [a["what"] for a in data["actions"]] == [a["what"] for a in old["actions"]]
    assert all(a["by"] == "" for a in data["actions"])  # dates to set again
    assert data["care_plan"]["plan"] == old["care_plan"]["plan"] and data["care_plan"]["still_right"] is None
    assert data["working_well"] == [] and "scale" not in data and "next_review" not in data
    assert data["rights"] == {"advocate": None, "independent_visitor": None, "complaints_explained": None}
    assert "# A Child in Care review record" in (folder / "review-sam-10.yaml").read_text()
    assert client.post(f"/api/records/{SAM}/next", json={"to": "review-sam-10"}).status_code == 409


def test_the_next_review_shows_the_last_reviews_open_actions_and_how_late_they_are(client, folder, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-09")  # a Thursday: Jo's visit (31 March) is late
    before = sam()
    before["actions"][2]["done"] = "2026-03-15"
    assert client.post(f"/api/records/{SAM}/save", json={"data": before, "version": opened(client)}).status_code == 200
    url = client.post(f"/api/records/{SAM}/next", json={"to": "review-sam-10"}).json()["url"]
    page = client.get(url).text
    banner = page[page.index('aria-label="Started from the last review"'):]
    banner = banner[:banner.index("</div>")]
    assert "the review of 3 March 2026" in banner and "3 of its actions are still open" in banner
    panel = page[page.index('id="h-last-open"'):]
    panel = panel[:panel.index("</div>")]
    items = re.findall(r"<li>(.*?)</li>", panel, re.S)
    assert len(items) == 3 and "bedtime" not in panel
    jo = next(i for i in items if "Jo Smith" in i)
    # 31 March to 9 April 2026: Good Friday and Easter Monday are not working days.
    assert "Overdue: 5 working days late (it was due 31 March 2026)" in jo  # 1, 2, 7, 8, 9 April
    assert any("Due 17 April 2026" in i for i in items)
    assert 'href="/records/review-sam-9.yaml"' in panel
    # Sam's own page has no earlier review in the folder; the banner only follows a start.
    assert 'id="h-last-open"' not in client.get(f"/records/{SAM}").text
    assert "Started from the last review" not in client.get("/records/review-sam-10.yaml").text
    assert 'id="h-last-open"' in client.get("/records/review-sam-10.yaml").text
    # Another child's record in the folder is never taken for the last review.
    other = client.get("/records/review-lily-3.yaml").text
    assert 'id="h-last-open"' not in other
    # Every action done: the next review says so, and carries none.
    for action in before["actions"]:
        action["done"] = "2026-04-01"
    assert client.post(f"/api/records/{SAM}/save", json={"data": before, "version": opened(client)}).status_code == 200
    page = client.get(client.post(f"/api/records/{SAM}/next", json={"to": "review-sam-10b"}).json()["url"]).text
    assert page.count("Every action from it is done.") == 2
    assert parse_file(folder / "review-sam-10b.yaml")[0]["actions"] == []


def test_a_fix_of_the_name_takes_the_childs_possessive_with_it(client):
    # One click fixes the sentence whole (fix18: never 'You have settled ... and her placement').
    data = sam()
    data["working_well"][0] = "Sam has settled well at school and her placement is stable."
    result = client.post(f"/api/records/{SAM}/check", json={"data": data}).json()
    name_fix = next(f for f in result["findings"] if f["path"] == "working_well.1" and "'Sam'" in f["message"])
    fixed = client.post(f"/api/records/{SAM}/fix", json={"data": data, "path": "working_well.1",
                                                         "new": name_fix["fix"]["new"]}).json()["text"]
    assert fixed == "You have settled well at school and your placement is stable."
    # Written so by hand, the possessive is still flagged, for a person to read first.
    data["working_well"][0] = "You have settled well at school and her placement is stable."
    again = [f for f in client.post(f"/api/records/{SAM}/check", json={"data": data}).json()["findings"]
             if f["path"] == "working_well.1" and f["kind"] == "third-person"]
    assert [f["message"] for f in again] == ["'her' is about the child, but the record is written to them"]
    assert again[0]["fix"]["new"] == "You have settled well at school and your placement is stable."
    assert again[0]["fix"]["safe"] is False  # beside a 'you', a person reads it first


@pytest.mark.parametrize("text,flagged", [
    ("Jo told him about the plan, and you were pleased.", ["him"]),
    ("You have a new bike and his old one is in the shed.", ["his"]),
    ("You told your dad his news.", []),  # his = dad's
    ("You and Zain see his dad.", []),
    ("You said he was kind.", []),  # 'he' could be anyone: only possessive and object forms
])
def test_possessive_and_object_pronouns_beside_you(text, flagged):
    data, _ = parse_file(EXAMPLES / "review-ahmad-15.yaml")
    data["working_well"][0] = text
    loaded = api.load_data(data, "review.yaml")
    found = [f.word for f in api.check_record(loaded) if f.path == "working_well.1" and f.kind == "third-person"]
    assert found == flagged


def test_findings_name_headings_and_reading_ages_not_keys_and_grades():
    from recordgen.web.app import _reworded

    assert _reworded("the heading 'worries' reads at grade 18.7; the ceiling is 9") == \
        'the heading "What are we worried about" reads at a reading age of about 24; the ceiling is 9'


def test_curly_and_straight_quotes_are_one_for_every_check(client):
    found = {}
    for apostrophe in ("'", "\u2019"):
        data = sam()
        data["working_well"][0] = f"Ellie{apostrophe}s mum said she{apostrophe}s settled and her SW visits."
        result = client.post(f"/api/records/{SAM}/check", json={"data": data}).json()
        found[apostrophe] = sorted((f["kind"], f["message"]) for f in result["findings"] if f["path"] == "working_well.1")
    assert found["'"] == found["\u2019"] and found["'"]


def test_a_field_the_form_does_not_show_is_kept_when_saving(client, folder):
    # The model moves on (new optional fields) while the page may not show them yet.
    path = folder / SAM
    path.write_text(path.read_text().replace("  venue: your school", "  venue: your school\n  council_ref: ABC-1"))
    version = opened(client)
    data = sam()
    data["review"].pop("council_ref", None)
    data["review"]["venue"] = "the library"
    assert client.post(f"/api/records/{SAM}/save", json={"data": data, "version": version}).status_code == 200
    text = path.read_text()
    assert "council_ref: ABC-1" in text and "venue: the library" in text


#: A planned review's fields (`recordgen consult`): the page writes held reviews, and keeps these
#: in the file as they are when it saves one (test_web's saving keeps unknown keys).
#: `consultation` is written by `recordgen consult import` (the booklets' answers), kept as it is too.
NOT_ON_THE_FORM = {(("review",), "status"), (("review",), "time"), ((), "consultation"),
                   # The language of an action, the plan, the venue (blind review 25): not on the form yet,
                   # kept in the file as written when the page saves (`language: cy` beside the text).
                   (("actions", "*"), "language"), (("care_plan",), "language"), (("review",), "venue_language")}


def test_every_field_of_the_model_is_on_the_form(client):
    """Other engineers add optional fields to the model: this fails until the form has them too."""
    from recordgen.web.store import FORM_FIELDS

    schema = api.record_schema()
    defs = schema.get("$defs", {})

    def fields(model: dict, where: tuple) -> None:
        for key, spec in model.get("properties", {}).items():
            if (where, key) in NOT_ON_THE_FORM:
                continue
            assert key in FORM_FIELDS.get(where, frozenset()), (where, key)
            ref = spec.get("$ref") or next((a.get("$ref") for a in spec.get("anyOf", []) if "$ref" in a), None)
            items = spec.get("items", {})
            item_ref = items.get("$ref") or next((a.get("$ref") for a in items.get("anyOf", []) if "$ref" in a), None)
            if ref:
                fields(defs[ref.split("/")[-1]], where + (key,))
            elif item_ref:
                fields(defs[item_ref.split("/")[-1]], where + (key, "*"))

    fields(schema, ())
    html = client.get(f"/records/{SAM}").text
    for where, keys in FORM_FIELDS.items():
        for key in keys:
            if where and where[-1] == "*" or key in ("text", "withhold_from"):
                continue
            path = ".".join(where + (key,))
            if path in ("review.chair", "review.attendees") or key in {"child", "review", "scale", "care_plan", "rights",
                                                                     "placement", "next_review", "distribution",
                                                                     "actions", "child_views", "working_well",
                                                                     "worries", "goals"}:
                continue
            assert f'data-path="{path}"' in html, path


# ---- merging, for any edits ------------------------------------------------------------------

_FIELDS = [("review", "venue"), ("care_plan", "plan"), ("placement", "carers"), ("child", "known_as"),
           ("working_well", 0), ("worries", 1), ("goals", 2), ("actions", 0, "what"), ("scale", "meaning")]


def _set(data, path, value):
    for part in path[:-1]:
        data = data[part]
    if isinstance(data[path[-1]], dict):
        data[path[-1]]["text"] = value
    else:
        data[path[-1]] = value


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402
from conftest import examples  # noqa: E402

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).map(str.strip).filter(bool)


@hsettings(max_examples=examples(150))
@given(mine=st.dictionaries(st.sampled_from(range(len(_FIELDS))), _text, max_size=4),
       theirs=st.dictionaries(st.sampled_from(range(len(_FIELDS))), _text, max_size=4))
def test_merging_keeps_every_edit_nobody_else_made_and_asks_for_the_rest(mine, theirs):
    from recordgen.web.store import merged, normal

    base = sam()
    ours, other, expected = copy.deepcopy(base), copy.deepcopy(base), copy.deepcopy(base)
    for i, value in mine.items():
        _set(ours, _FIELDS[i], value)
        _set(expected, _FIELDS[i], value)
    for i, value in theirs.items():
        _set(other, _FIELDS[i], value)
        if i not in mine:
            _set(expected, _FIELDS[i], value)
    diffs = differences(base, tidy(ours), other)
    both = {d["key"] for d in diffs if d["changed"] == "both"}
    clash = {i for i in mine if i in theirs and normal(mine[i]) != normal(theirs[i])}
    assert len(both) == len(clash)
    if both:
        with pytest.raises(ValueError):
            merged(tidy(ours), other, diffs, {})
    result = merged(tidy(ours), other, diffs, {k: "mine" for k in both})
    assert normal(tidy(result)) == normal(tidy(expected))  # nothing anybody typed is lost


def test_a_date_saved_half_typed_comes_back_in_its_boxes(client, folder):
    version = opened(client)
    data = sam()
    data["review"]["date"] = "3/4/26"
    assert client.post(f"/api/records/{SAM}/save", json={"data": data, "version": version}).status_code == 200
    group = re.search(r'data-path="review.date".*?</fieldset>', client.get(f"/records/{SAM}").text, re.S).group(0)
    assert re.findall(r'data-part="(\w+)"[^>]*value="(\d*)"', group) == [("day", "3"), ("month", "4"), ("year", "26")]


def test_a_draft_kept_by_the_earlier_page_is_still_offered(client, folder):
    drafts = folder / ".recordgen-drafts"
    drafts.mkdir()
    data = sam()
    data["goals"][0] = "Typed before recordgen was updated."
    (drafts / f"{SAM}.json").write_text(json.dumps({"version": "x", "kept_at": "2026-03-04T10:00:00", "data": data}))
    html = client.get(f"/records/{SAM}").text
    assert "?draft=earlierversion" in html
    assert "Typed before recordgen was updated." in client.get(f"/records/{SAM}?draft=earlierversion").text
    client.post(f"/api/records/{SAM}/discard-draft", json={"session": "earlierversion"})
    assert not (drafts / f"{SAM}.json").exists()


def test_word_copies_are_made_when_pdfs_cannot_be(client, folder, monkeypatch):
    real = api.write_copies

    def no_libreoffice(renderer, loaded, plans):
        if any(str(target).endswith(".pdf") for _, target in plans):
            raise api.PdfUnavailable("PDF copies need LibreOffice; install libreoffice-writer-nogui")
        return real(renderer, loaded, plans)

    monkeypatch.setattr(api, "write_copies", no_libreoffice)
    body = client.post(f"/api/records/{SAM}/render", json={}).json()
    assert {w["recipient"] for w in body["written"]} == {"Sam", "Mark and Lisa Owen", "Jo Smith"}
    assert body["blocked"] == [{"recipient": "Amina Khan", "role": "parent",
                                "why": "the copy could not be made: PDF copies need LibreOffice; install "
                                       "libreoffice-writer-nogui"}]


def test_one_readers_copy_refused_for_a_leak_never_stops_the_others(client, monkeypatch):
    """The last guard refuses Amina's copy (as it would a leak validation missed): her copy is
    refused, by name and why; every other reader's copy is still made."""
    import recordgen.rendering.renderer as renderer
    from recordgen.rules.withholding import Secret

    shows = renderer.copy_shows
    kept = Secret("Westcliffe", "short name", ("placement", "school"), frozenset({api.Role.parent}), strict=True)

    def refuse_aminas(parts, file_name, record, recipient, *rest, **options):
        return [("the body", kept)] if recipient.name == "Amina Khan" else shows(parts, file_name, record, recipient,
                                                                                 *rest, **options)
    monkeypatch.setattr(renderer, "copy_shows", refuse_aminas)
    body = client.post(f"/api/records/{SAM}/render", json={}).json()
    assert {w["recipient"] for w in body["written"]} == {"Sam", "Mark and Lisa Owen", "Jo Smith"}
    (amina,) = body["blocked"]
    assert amina["recipient"] == "Amina Khan" and "could not be made" in amina["why"]
