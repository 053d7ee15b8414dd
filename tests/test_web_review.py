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

from webserver import EXAMPLES, Client, copy_examples

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
