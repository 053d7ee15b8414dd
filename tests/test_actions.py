"""Between reviews (issue 21, part 3): `done` on an action, and `recordgen actions` over folders of records."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from recordgen import api
from recordgen.distribution.follow_up import action_state, actions_csv
from recordgen.rules.timescales import working_days_between

from conftest import examples
from fictional import fictional_record, record_yaml
from recordfiles import ALL_EXAMPLES, SAM
from recordgen.rules.validation import today as validation_today


def _write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(record_yaml(data), encoding="utf-8")
    return path


def _examples(tmp_path):
    folder = tmp_path / "examples"
    folder.mkdir()
    for example in ALL_EXAMPLES:
        shutil.copy(example, folder)
        sidecar = example.with_name(example.stem + ".translations.yaml")
        if sidecar.exists():
            shutil.copy(sidecar, folder)
    return folder


# ---------------------------------------------------------------- the `done` field


def test_done_is_read_and_a_done_date_before_the_review_is_an_error():
    data = fictional_record(2)
    review = dt.date.fromisoformat(data["review"]["date"])
    data["actions"][0]["done"] = (review + dt.timedelta(days=3)).isoformat()
    data["actions"][1]["done"] = (review - dt.timedelta(days=1)).isoformat()
    loaded = api.load_data(data, "r.yaml")
    assert loaded.record.actions[0].done == review + dt.timedelta(days=3)
    errors = [d for d in api.validate(loaded) if d.severity == "error"]
    assert [d.path for d in errors] == ["actions.2.done"]
    assert "before the review" in errors[0].message and str(review) in errors[0].message


def test_a_done_date_after_today_is_an_error_with_file_line_and_field(tmp_path):
    """Nobody can have done it on a day that has not come: measured against today (not
    review.written, as `done` is recorded after the record is written)."""
    data = fictional_record(2)
    review = dt.date.fromisoformat(data["review"]["date"])
    today = validation_today()  # RECORDGEN_TODAY, which the suite pins
    tomorrow = today + dt.timedelta(days=1)
    data["review"]["written"] = (review + dt.timedelta(days=2)).isoformat()
    data["actions"][0]["done"] = tomorrow.isoformat()
    data["actions"][1]["done"] = today.isoformat()  # today: fine, and after `written`
    path = _write(tmp_path, "r.yaml", data)
    errors = [d for d in api.validate(api.load_record(path)) if d.severity == "error"]
    assert [d.path for d in errors] == ["actions.1.done"]
    shown = str(errors[0])
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if tomorrow.isoformat() in text)
    assert shown.startswith(f"{path}:{line}: actions.1.done: error: ")
    assert f"marked done on {tomorrow}, which is after today ({today})" in shown


def test_done_is_in_the_schema_and_never_in_a_copy(tmp_path):
    assert "done" in api.record_schema()["$defs"]["Action"]["properties"]
    data = fictional_record(2)
    data["actions"][0]["done"] = "2026-02-27"
    path = _write(tmp_path, "r.yaml", data)
    copy = api.Renderer().render_copy(api.load_record(path), api.recipient_for(api.load_record(path).record))
    import docx
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(copy.data)).paragraphs)
    assert "2026-02-27" not in text and "27 February" not in text


# ---------------------------------------------------------------- states, working days, order


def test_the_examples_on_a_day_after_easter(tmp_path):
    result = api.action_list([_examples(tmp_path)], dt.date(2026, 4, 10))
    assert {r.child_id for r in result.reviews} == {"NL-20451", "ES-33107", "MB-51920"}
    sam = {a.number: a for a in result.actions if a.review.child_id == "NL-20451"}
    # Due 31 March; Good Friday (3 April) and Easter Monday (6 April) are not working days in England.
    assert (sam[1].state, sam[1].working_days) == ("overdue", 6)
    assert (sam[2].state, sam[2].working_days) == ("due", 5)        # by 17 April
    assert sam[4].review.iro == "Helen Price"
    assert not result.not_listed and not result.notes


def test_bank_holidays_of_the_councils_nation(tmp_path):
    scotland = api.Settings.model_validate({"timescales": {"nation": "scotland"}})
    result = api.action_list([SAM], dt.date(2026, 4, 10), scotland)
    first = next(a for a in result.actions if a.number == 1)
    assert (first.state, first.working_days) == ("overdue", 7)      # Easter Monday is a working day there


def test_done_due_overdue_and_the_chasing_order(tmp_path):
    data = fictional_record(7)                       # review 2026-02-23
    data["review"]["date"] = "2026-03-02"
    data["actions"] = [
        {"who": "Dana Webb (your social worker)", "what": "Book the dentist.", "by": "2026-03-20"},
        {"who": "Dana Webb (your social worker)", "what": "Find a football club.", "by": "2026-03-09"},
        {"who": "Pat Moreton (your carer)", "what": "Make a memory box with you.", "by": "2026-03-13",
         "done": "2026-03-18"},
        {"who": "Kim Arden (your advocate)", "what": "Visit you at home.", "by": "2026-04-30"},
        {"who": "Jo Reed (your teacher)", "what": "Start reading club.", "by": "2026-04-21", "done": "2026-04-20"},
        {"who": "Jo Reed (your teacher)", "what": "Send your report.", "by": "2026-03-27", "done": "2026-03-25"},
    ]
    path = _write(tmp_path / "r", "one.yaml", data)
    result = api.action_list([path], dt.date(2026, 3, 26))
    order = [(a.number, a.state, a.working_days) for a in result.actions]
    assert order == [
        (2, "overdue", 13),    # by 9 March: 13 working days to 26 March
        (1, "overdue", 4),
        (5, "due", 16),        # done after the report date: not yet done on 26 March (Easter skipped)
        (4, "due", 23),
        (6, "done", 0),        # done most recently first
        (3, "done", 3),        # done 3 working days late
    ]


def test_only_each_childs_latest_review_and_no_fall_back_when_it_has_errors(tmp_path):
    folder = tmp_path / "records"
    old = fictional_record(1, review_date=dt.date(2025, 9, 1))
    old["actions"][0]["what"] = "An action of the older review."
    new = fictional_record(1, review_date=dt.date(2026, 3, 2))
    _write(folder, "a-old.yaml", old)
    _write(folder / "later", "b-new.yaml", new)
    result = api.action_list([folder], dt.date(2026, 3, 10))
    assert {a.review.review_date for a in result.actions} == {dt.date(2026, 3, 2)}
    assert result.earlier_reviews == 1
    assert not any("older review" in a.what for a in result.actions)

    new["actions"][0]["done"] = "2026-01-01"          # before the review: an error
    _write(folder / "later", "b-new.yaml", new)
    broken = api.action_list([folder], dt.date(2026, 3, 10))
    assert broken.actions == []                       # the older review's actions are not the current ones
    assert len(broken.not_listed) == 1 and "b-new.yaml" in broken.not_listed[0]
    assert "actions.1.done" in broken.not_listed[0]


def test_a_next_review_dated_after_the_day_asked_about_is_not_yet_the_latest(tmp_path):
    """The IRO has started writing the next review (dated 1 June) in the page: on 10 March the
    actions to chase are still the March review's."""
    folder = tmp_path / "records"
    held = fictional_record(1, review_date=dt.date(2026, 3, 2))
    started = fictional_record(1, review_date=dt.date(2026, 6, 1))
    started["actions"] = []
    _write(folder, "a-held.yaml", held)
    _write(folder, "b-next.yaml", started)
    result = api.action_list([folder], dt.date(2026, 3, 10))
    assert {a.review.review_date for a in result.actions} == {dt.date(2026, 3, 2)}
    after = api.action_list([folder], dt.date(2026, 6, 2))
    assert {r.review_date for r in after.reviews} == {dt.date(2026, 6, 1)}


def test_the_midway_check_is_a_setting(tmp_path):
    half = api.action_list([SAM], dt.date(2026, 4, 10)).reviews[0]
    assert (half.review_date, half.next_review) == (dt.date(2026, 3, 3), dt.date(2026, 8, 25))
    assert half.midway_check == dt.date(2026, 5, 29)   # 87 of 175 days, a Friday
    quarter = api.action_list([SAM], dt.date(2026, 4, 10),
                              api.Settings.model_validate({"timescales": {"midway_check_percent": 25}})).reviews[0]
    assert quarter.midway_check == dt.date(2026, 4, 15)   # 43 days on: Wednesday 15 April
    with pytest.raises(Exception):
        api.Settings.model_validate({"timescales": {"midway_check_percent": 100}})


@hsettings(max_examples=examples(200))
@given(by=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)), as_of=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)),
       later=st.integers(0, 400))
def test_an_overdue_action_stays_overdue_and_grows(by, as_of, later):
    state, days = action_state(by, None, as_of, "england")
    after, days_after = action_state(by, None, as_of + dt.timedelta(days=later), "england")
    assert state in ("overdue", "due")
    assert (state == "overdue") == (as_of > by and working_days_between(by, as_of) >= 1)
    if state == "overdue":
        assert after == "overdue" and days_after >= days
    if after == "due":
        assert state == "due" and days_after <= days


# ---------------------------------------------------------------- the command


def test_the_command_lists_marks_withheld_and_writes_csv_and_html(run, tmp_path):
    data = fictional_record(3, markers={"action_parent": "QX-PARENT-ONLY"})
    data["actions"][0]["what"] = "=HYPERLINK(\"http://example.invalid\") <script>alert(1)</script>"
    path = _write(tmp_path / "r", "one.yaml", data)
    csv_path, html_path = tmp_path / "a.csv", tmp_path / "a.html"
    result = run("actions", path.parent, "--as-of", "2026-06-01", "--csv", csv_path, "--html", html_path)
    assert result.exit_code == 0, result.output
    assert "For IROs and their managers only" in result.output
    private = next(line for line in result.output.splitlines() if "QX-PARENT-ONLY" in line)
    assert "[withheld from parent]" in private and "OVERDUE" in private and "Morgan Lyle" in private
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert {r["state"] for r in rows} == {"overdue"}
    formula = next(r for r in rows if "HYPERLINK" in r["what"])
    assert formula["what"].startswith("'=")            # never run as a formula by a spreadsheet
    assert next(r for r in rows if "QX-PARENT-ONLY" in r["what"])["withheld_from"] == "parent"
    page = html_path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "For IROs and their managers only" in page


def test_the_command_names_what_it_could_not_list_and_exits_1(run, tmp_path):
    folder = _examples(tmp_path)
    (folder / "broken.yaml").write_text("child: [\n", encoding="utf-8")
    result = run("actions", folder, "--as-of", "2026-04-10")
    assert result.exit_code == 1
    assert "Not listed (1):" in result.output and "broken.yaml" in result.output
    assert "NL-20451" in result.output and "Midway checks" in result.output
    assert run("actions", tmp_path / "nowhere").exit_code == 2


def test_one_review_in_two_files_is_listed_once(run, tmp_path):
    folder = tmp_path / "r"
    data = fictional_record(4)
    _write(folder, "a.yaml", data)
    _write(folder, "b.yaml", data)
    result = api.action_list([folder], dt.date(2026, 3, 2))
    assert len(result.actions) == len(data["actions"]) and len(result.notes) == 1
    assert "also in" in result.notes[0]
    assert run("actions", folder, "--as-of", "2026-03-02").exit_code == 0


def test_the_authoring_page_shows_done_and_a_save_keeps_it_as_a_date(tmp_path):
    import json
    import re

    from starlette.testclient import TestClient

    from recordgen.record.loading import parse_file
    from recordgen.web import create_app
    from webserver import copy_examples

    folder = copy_examples(tmp_path / "records")
    source = (folder / "review-sam-9.yaml").read_text(encoding="utf-8")
    (folder / "review-sam-9.yaml").write_text(
        source.replace("    by: 2026-03-17\n", "    by: 2026-03-17\n    done: 2026-03-20\n"), encoding="utf-8")
    with TestClient(create_app(folder)) as client:
        page = client.get("/records/review-sam-9.yaml").text
        version = re.search(r'data-version="([0-9a-f]+)"', page).group(1)
        assert "Done on, action 3" in page or 'data-label="Done on, action {n}"' in page
        done = re.findall(r'data-rel="done".*?</fieldset>', page, re.S)
        assert len(done) >= 4
        assert re.findall(r'data-part="\w+"[^>]*value="(\d*)"', done[2]) == ["20", "3", "2026"]
        data, _ = parse_file(folder / "review-sam-9.yaml")
        data = json.loads(json.dumps(data, default=str))   # as the page sends it
        data["actions"][0]["done"] = "2026-04-01"
        saved = client.post("/api/records/review-sam-9.yaml/save",
                            json={"data": data, "version": version, "session": "c" * 24})
        assert saved.status_code == 200, saved.text
    text = (folder / "review-sam-9.yaml").read_text(encoding="utf-8")
    assert "done: 2026-04-01\n" in text and "done: 2026-03-20\n" in text     # dates, not quoted text
    record = api.load_record(folder / "review-sam-9.yaml").record
    assert [a.done for a in record.actions][:3] == [dt.date(2026, 4, 1), None, dt.date(2026, 3, 20)]


def test_done_after_its_date_on_no_later_working_day_is_still_late(run, tmp_path):
    """Due Friday 2026-03-13, done Saturday 2026-03-14: 0 working days, yet done after it was due;
    the list said "done 2026-03-14" as if on time."""
    data = fictional_record(7)
    data["review"]["date"] = "2026-03-02"
    data["actions"] = [
        {"who": "Pat Moreton (your carer)", "what": "Make a memory box with you.", "by": "2026-03-13",
         "done": "2026-03-14"},
        {"who": "Jo Reed (your teacher)", "what": "Send your report.", "by": "2026-03-13", "done": "2026-03-18"},
        {"who": "Dana Webb (your social worker)", "what": "Book the dentist.", "by": "2026-03-13",
         "done": "2026-03-13"},
    ]
    path = _write(tmp_path / "r", "one.yaml", data)
    csv_path, html_path = tmp_path / "a.csv", tmp_path / "a.html"
    result = run("actions", path, "--as-of", "2026-03-26", "--csv", csv_path, "--html", html_path)
    assert result.exit_code == 0, result.output
    line = {number: next(l for l in result.output.splitlines() if f"  {number}. " in l) for number in (1, 2, 3)}
    assert "done 2026-03-14, 1 day late (0 working days)" in line[1]
    assert "done 2026-03-18, 3 working days late" in line[2]
    assert "done 2026-03-13" in line[3] and "late" not in line[3]
    rows = {r["action"]: r for r in csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8")))}
    assert (rows["1"]["working_days_late"], rows["1"]["days_late"]) == ("0", "1")
    assert (rows["3"]["working_days_late"], rows["3"]["days_late"]) == ("0", "0")
    assert "1 day late (0 working days)" in html_path.read_text(encoding="utf-8")


def test_a_young_person_who_turns_18_first_has_no_midway_check_or_next_review(tmp_path, monkeypatch):
    from recordfiles import write_record

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(d):  # 18 on 2027-03-01, before the next review would be due (2027-05-30)
        d["child"]["date_of_birth"] = "2009-03-01"
        d["review"].update(date="2026-11-30")
        d.pop("next_review", None)
        for action in d["actions"]:
            action["by"] = "2027-01-15"
            action.pop("done", None)
    path = write_record(tmp_path, change)
    result = api.action_list([path], dt.date(2026, 12, 6))
    assert not result.not_listed, result.not_listed
    text = api.format_actions(result)
    line = next(l for l in text.splitlines() if "reviews end at 18" in l)
    assert "2027-03-01" in line and "midway check 2" not in line and "next review 2" not in line
    row = next(csv.DictReader(io.StringIO(actions_csv(result))))
    assert row["midway_check"] == row["next_review"] == ""
