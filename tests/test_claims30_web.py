"""Leftovers of earlier blind reviews (session 30), item 3: the browser page does not offer to start a
next review for a young person who is 18, or will be by the day it would be held (reviews of a child in
care end at 18; their pathway plan is reviewed instead), nor makes one if asked. Plain HTTP (Starlette's
TestClient), as tests/test_web_review.py."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from recordgen.record.loading import parse_file
from recordgen.web import create_app

from webserver import EXAMPLES, copy_examples

SAM = "review-sam-9.yaml"


@pytest.fixture
def folder(tmp_path):
    return copy_examples(tmp_path / "records")


@pytest.fixture
def client(folder):
    with TestClient(create_app(folder)) as c:
        yield c


def sam() -> dict:
    data, _ = parse_file(EXAMPLES / SAM)
    return json.loads(json.dumps(data, default=str))


def save(client, data: dict) -> None:
    html = client.get(f"/records/{SAM}").text
    version = re.search(r'data-version="([0-9a-f]+)"', html).group(1)
    assert client.post(f"/api/records/{SAM}/save", json={"data": data, "version": version}).status_code == 200


# Sam's review was on 3 March 2026, her next due by 25 August 2026.
@pytest.mark.parametrize("born, today, words", [
    ("2008-05-14", "2026-09-01", "Sam turned 18 on 14 May 2026."),          # 18 now
    ("2008-07-01", "2026-03-20", "Sam turns 18 on 1 July 2026, before the next review would be held"),
])
def test_no_next_review_is_offered_or_made_for_a_young_person_18_by_then(client, folder, monkeypatch,
                                                                           born, today, words):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    data = sam()
    data["child"]["date_of_birth"] = born
    save(client, data)
    page = client.get(f"/records/{SAM}").text
    assert 'id="start-next"' not in page and "Name for the next review" not in page
    assert "start the next review" not in page
    assert words in page
    assert "their pathway plan is reviewed instead, at least every 6 months." in page
    answer = client.post(f"/api/records/{SAM}/next", json={"to": "review-sam-10"})
    assert answer.status_code == 409 and words in answer.json()["error"]
    assert not (folder / "review-sam-10.yaml").exists()


def test_the_next_review_is_still_offered_before_18(client, folder, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    data = sam()
    data["child"]["date_of_birth"] = "2008-09-01"  # 18 after 25 August 2026, the next review's date
    save(client, data)
    page = client.get(f"/records/{SAM}").text
    assert 'id="start-next"' in page and "No next review" not in page
    assert client.post(f"/api/records/{SAM}/next", json={"to": "review-sam-10"}).status_code == 200
