"""Answers on the feedback part (issue 21, part 2): `recordgen feedback add`, the answers file beside a batch."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from ruamel.yaml import YAML

from recordgen import api
from recordgen.rendering.feedback import feedback_key, reference_for
from recordgen.record.settings import FeedbackSettings

from recordfiles import ALL_EXAMPLES, example_data


MADE = dt.date(2026, 3, 4)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A docx batch of the three examples, made once, the day after the last of their reviews (answers
    come back after it); each test copies it."""
    out = tmp_path_factory.mktemp("batch") / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECORDGEN_TODAY", MADE.isoformat())   # the day the copies say they were made
        api.Batch(api.BatchOptions(output=out, format="docx", workers=1, allow_untranslated=True, today=MADE)).run(
            [str(p) for p in ALL_EXAMPLES])
    return out


@pytest.fixture
def batch(made, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(made, out)
    return out


def _rows(folder: Path) -> list[api.CopyRow]:
    return list(api.read_manifest(folder / "manifest.csv"))


def _child_reference(folder: Path, child_id: str = "NL-20451") -> str:
    return next(r.feedback for r in _rows(folder) if r.role == "child" and r.child_id == child_id)


def test_the_manifest_names_each_copys_reference_and_band(batch):
    rows = _rows(batch)
    children = [r for r in rows if r.role == "child"]
    assert len(children) == 3 and all(r.band for r in rows if r.recipient)
    key = feedback_key(FeedbackSettings())
    for row in children:   # the reference the copy prints, worked out again
        assert row.feedback == reference_for(key, row.child_id, row.review_date, "child", row.recipient)
    assert not any(r.feedback for r in rows if r.role not in ("child",))   # parents: a setting, off


def test_add_stores_an_answer_and_names_no_one(batch, run):
    reference = _child_reference(batch)
    typed = reference.lower().replace("-", " ")   # as read off paper
    result = run("feedback", "add", typed, "--sense", "partly", "--wrong", "My dog is called Biscuit\nnot Bisket",
                 "--change", "=1+1", "--received", "2026-03-20", "--folder", batch)
    assert result.exit_code == 0, result.output
    assert f"{reference}: stored" in result.output
    answers = api.read_answers(batch)
    assert answers[reference].sense == "partly"
    assert answers[reference].wrong == "My dog is called Biscuit\nnot Bisket"
    assert answers[reference].change == "=1+1" and answers[reference].received == "2026-03-20"
    text = (batch / api.ANSWERS_FILE).read_text(encoding="utf-8")
    data = YAML(typ="safe").load(text)
    assert [a["reference"] for a in data["answers"]] == [reference]
    # Privacy: no case number, no name of anyone on the distribution list, no file name.
    for row in _rows(batch):
        for secret in (row.child_id, row.recipient, Path(row.path).name if row.path else None):
            if secret:
                assert secret not in text, secret
    for path in [Path(p) for p in ALL_EXAMPLES]:
        child = example_data(path)["child"]
        for name in child["name"].split() + [child.get("known_as") or ""]:
            if name:
                assert name not in text, name


def test_a_second_answer_needs_replace(batch, run):
    reference = _child_reference(batch)
    assert run("feedback", "add", reference, "--sense", "yes", "--folder", batch).exit_code == 0
    before = (batch / api.ANSWERS_FILE).read_bytes()
    result = run("feedback", "add", reference, "--sense", "no", "--folder", batch)
    assert result.exit_code == 2
    assert "has an answer already" in result.output and "--replace" in result.output
    assert (batch / api.ANSWERS_FILE).read_bytes() == before
    result = run("feedback", "add", reference, "--sense", "no", "--replace", "--folder", batch)
    assert result.exit_code == 0 and "replaced" in result.output
    assert api.read_answers(batch)[reference].sense == "no"


@pytest.mark.parametrize("typed, words", [
    ("7KQ2-M9X", "is not a feedback reference"),
    ("hello", "is not a feedback reference"),
    ("7KQ2-M9XD", "is not the reference of any copy"),   # well formed, another batch's (or none)
])
def test_a_reference_not_of_this_batch_is_refused(batch, run, typed, words):
    result = run("feedback", "add", typed, "--sense", "yes", "--folder", batch)
    assert result.exit_code == 2 and words in result.output
    assert not (batch / api.ANSWERS_FILE).exists()


def test_a_parents_copy_has_no_reference_and_a_key_changes_them_all(batch, run, monkeypatch):
    reference = _child_reference(batch)
    monkeypatch.setenv("RECORDGEN_FEEDBACK_KEY", "the council's own secret")
    result = run("feedback", "add", reference, "--sense", "yes", "--folder", batch)
    # The manifest recorded the reference the copy prints: still found under another key.
    assert result.exit_code == 0
    key = feedback_key(FeedbackSettings())
    assert key == "the council's own secret".encode()
    row = next(r for r in _rows(batch) if r.role == "child")
    assert reference_for(key, row.child_id, row.review_date, "child", row.recipient) != reference


def test_an_older_manifest_has_its_references_worked_out_with_the_key(batch, run):
    manifest = batch / "manifest.csv"
    rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
    fields = [f for f in rows[0] if f not in ("feedback", "band")]
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    (batch / "manifest.json").unlink()
    reference = next(r["feedback"] for r in rows if r["role"] == "child")
    assert run("feedback", "add", reference, "--sense", "yes", "--folder", batch).exit_code == 0
    # A parent's copy got no part: its would-be reference is not one of the batch's.
    parent = next(r for r in rows if r["role"] == "parent")
    theirs = reference_for(feedback_key(FeedbackSettings()), parent["child_id"], parent["review_date"], "parent",
                           parent["recipient"])
    result = run("feedback", "add", theirs, "--sense", "yes", "--folder", batch)
    assert result.exit_code == 2 and "is not the reference of any copy" in result.output


def test_refusals_in_plain_words(batch, run, tmp_path):
    reference = _child_reference(batch)
    result = run("feedback", "add", reference, "--folder", batch)
    assert result.exit_code == 2 and "nothing to store" in result.output
    result = run("feedback", "add", reference, "--sense", "yes", "--folder", tmp_path / "nowhere")
    assert result.exit_code == 2 and "no manifest" in result.output
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    result = run("feedback", "add", reference, "--sense", "yes", "--received", future, "--folder", batch)
    assert result.exit_code == 2 and "in the future" in result.output
    result = run("feedback", "add", reference, "--sense", "maybe", "--folder", batch)
    assert result.exit_code == 2 and "maybe" in result.output
    (batch / api.ANSWERS_FILE).write_text("answers:\n- reference: X\n  sense: [\n", encoding="utf-8")
    result = run("feedback", "add", reference, "--sense", "yes", "--folder", batch)
    assert result.exit_code == 2 and "feedback.yaml:" in result.output and "not valid YAML" in result.output


def test_an_answer_received_before_its_copy_was_made_is_refused(batch, run):
    """Blind review 12, item 10: the review's day was the only floor, so an answer dated months
    before the copy was made was taken; the manifest now gives each copy's own day."""
    row = next(r for r in _rows(batch) if r.role == "child" and r.child_id == "NL-20451")
    made = dt.date.fromisoformat(row.made)
    assert made > dt.date.fromisoformat(row.review_date)   # the example was held months before the batch
    before = (made - dt.timedelta(days=1)).isoformat()
    result = run("feedback", "add", row.feedback, "--sense", "yes", "--received", before, "--folder", batch)
    assert result.exit_code == 2
    assert f"received {before} is before the copy was made on {row.made}" in result.output, result.output
    assert not (batch / api.ANSWERS_FILE).exists()
    with pytest.raises(api.FeedbackError, match="before the copy was made"):   # the Python API, as import uses it
        api.store_answers(batch, [api.Answer(row.feedback, sense="no", received=before)], False, FeedbackSettings())
    result = run("feedback", "add", row.feedback, "--sense", "yes", "--received", row.made, "--folder", batch)
    assert result.exit_code == 0, result.output


def test_a_rerun_keeps_the_day_each_copy_was_made(batch):
    """A copy the rerun keeps is the one made then: its day stays (the batch's day is the rerun's)."""
    before = {r.path: r.made for r in _rows(batch) if r.path}
    later = dt.date.fromisoformat(next(iter(before.values()))) + dt.timedelta(days=9)
    api.Batch(api.BatchOptions(output=batch, format="docx", workers=1, allow_untranslated=True, today=later)).run(
        [str(p) for p in ALL_EXAMPLES])
    rows = _rows(batch)
    assert {r.path: r.made for r in rows if r.path} == before and all(before.values())
    # The manifest's own day is the rerun's.
    assert json.loads((batch / "manifest.json").read_text(encoding="utf-8"))["today"] == later.isoformat()


def test_a_manifest_without_the_day_each_copy_was_made_keeps_the_review_as_the_floor(batch, run):
    """A batch made before the manifest recorded each copy's day: the review's day is the floor, as before."""
    manifest = batch / "manifest.csv"
    rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[f for f in rows[0] if f != "made"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    (batch / "manifest.json").unlink()
    row = next(r for r in _rows(batch) if r.role == "child" and r.child_id == "NL-20451")
    assert row.made == ""
    review = dt.date.fromisoformat(row.review_date)
    before = (review - dt.timedelta(days=1)).isoformat()
    result = run("feedback", "add", row.feedback, "--sense", "yes", "--received", before, "--folder", batch)
    assert result.exit_code == 2
    assert f"received {before} is before the copy was made" in result.output and row.review_date in result.output
    result = run("feedback", "add", row.feedback, "--sense", "yes", "--received", row.review_date, "--folder", batch)
    assert result.exit_code == 0, result.output


def test_a_failed_write_leaves_the_old_file(batch, monkeypatch):
    reference = _child_reference(batch)
    settings = FeedbackSettings()
    api.store_answers(batch, [api.Answer(reference, sense="yes")], False, settings)
    before = (batch / api.ANSWERS_FILE).read_bytes()

    def full_disk(fd, data):   # files are written to the descriptor itself
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(OSError):
        api.store_answers(batch, [api.Answer(reference, sense="no")], True, settings)
    monkeypatch.undo()
    assert (batch / api.ANSWERS_FILE).read_bytes() == before
    assert [p.name for p in batch.iterdir() if p.name.startswith(".tmp-")] == []


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wrong=_text, change=_text)
def test_any_words_come_back_exactly(batch, wrong, change):
    reference = _child_reference(batch)
    if not (wrong.strip() or change.strip()):
        wrong = "x"
    api.store_answers(batch, [api.Answer(reference, sense="", wrong=wrong, change=change)], True, FeedbackSettings())
    answer = api.read_answers(batch)[reference]
    assert (answer.wrong, answer.change) == (wrong, change)


def test_report_counts_returns_by_month_band_and_language(batch, run, tmp_path):
    rows = {r.band: r for r in _rows(batch) if r.role == "child"}
    assert set(rows) == {"early", "middle", "teen"}
    for row in rows.values():   # every child's copy went out
        assert run("mark-sent", batch / "manifest.csv", row.path, "--on", "2026-03-20").exit_code == 0
    assert run("feedback", "add", rows["middle"].feedback, "--sense", "no", "--wrong", "My brother is 12 not 11",
               "--folder", batch).exit_code == 0
    assert run("feedback", "add", rows["teen"].feedback, "--sense", "yes", "--wrong", "Nothing",
               "--folder", batch).exit_code == 0
    csv_path, html_path = tmp_path / "report.csv", tmp_path / "report.html"
    result = run("report", batch, "--as-of", "2026-04-20", "--csv", csv_path, "--html", html_path)
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Feedback returned: 2 answer(s) for 3 copies sent with a feedback part." in text
    by_band = text[text.index("By age band:"):text.index("By language:")]
    lines = {line.split()[0]: line.split()[1:] for line in by_band.splitlines()[2:] if line.strip()}
    #               sent returned %     yes partly no wrong
    assert lines["early"] == ["1", "0", "0%", "0", "0", "0", "0"]
    assert lines["middle"] == ["1", "1", "100%", "0", "0", "1", "1"]
    assert lines["teen"] == ["1", "1", "100%", "1", "0", "0", "0"]   # "Nothing" is not something wrong
    by_language = text[text.index("By language:"):text.index("Wrote")]
    languages = {line.split()[0]: line.split()[1:3] for line in by_language.splitlines()[2:] if line.strip()}
    assert languages == {"en": ["2", "1"], "ps": ["1", "1"]}
    by_month = text[text.index("By month of the review:"):text.index("By age band:")]
    months = {line.split()[0]: line.split()[1:3] for line in by_month.splitlines()[2:] if line.strip()}
    assert months == {"2026-01": ["1", "1"], "2026-02": ["1", "0"], "2026-03": ["1", "1"]}

    table = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    children = {r["band"]: r for r in table if r["role"] == "child"}
    assert children["middle"]["feedback_returned"] == "yes" and children["middle"]["feedback_sense"] == "no"
    assert children["middle"]["feedback_says_wrong"] == "yes"
    assert children["early"]["feedback_part"] == "yes" and children["early"]["feedback_returned"] == "no"
    assert all(r["feedback_part"] == "" for r in table if r["role"] != "child")
    assert "My brother" not in csv_path.read_text(encoding="utf-8")   # counts, never the words

    page = html_path.read_text(encoding="utf-8")
    assert "<caption>Feedback returned, by age band</caption>" in page
    assert '<th scope="row">middle</th><td>1</td><td>1</td><td>100%</td><td>0</td><td>0</td><td>1</td><td>1</td>' in page
    assert "My brother" not in page


def test_report_before_anything_is_sent_or_returned(batch, run):
    result = run("report", batch, "--as-of", "2026-04-20")
    assert "Feedback returned: 0 answer(s) for 0 copies" in result.output


# ---------------------------------------------------------------- blind review (fix8, 5): a planned review's papers


def _planned_sam(data: dict) -> None:
    data["review"].update(status="planned", date="2027-03-16", time="15:30", venue="the family centre")
    data["review"].pop("participation")
    data["review"]["attendees"] = [{"name": p["name"], "role": p["role"]} for p in data["review"]["attendees"]]
    for key in ("child_views", "working_well", "worries", "goals", "scale", "actions", "care_plan", "rights",
                "next_review"):
        data.pop(key, None)
    for recipient in data["distribution"]:
        if recipient["role"] == "parent":
            recipient.update(language="en", format="docx")


@pytest.fixture
def held_and_planned(tmp_path, monkeypatch):
    """A batch of Sam's held review (the example) and her next review, planned."""
    from recordfiles import SAM, write_record

    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    records = tmp_path / "records"
    records.mkdir()
    shutil.copy(SAM, records / SAM.name)
    write_record(records, _planned_sam, name="planned.yaml")
    out = tmp_path / "out"
    api.Batch(api.BatchOptions(output=out, format="docx", workers=1)).run(sorted(str(p) for p in records.iterdir()))
    return out


def test_each_paper_of_a_planned_review_has_its_own_reference(held_and_planned, run):
    from recordgen.rendering.consult import booklet_reference

    rows = [r for r in _rows(held_and_planned) if r.recipient]
    planned = {(r.kind, r.role): r for r in rows if r.kind}
    assert planned[("invitation", "child")].feedback == ""   # an invitation asks nothing back
    key = feedback_key(FeedbackSettings())
    for role in ("child", "parent", "carer"):   # a booklet: the reference its form carries
        assert planned[("booklet", role)].feedback == booklet_reference(
            key, "NL-20451", "2027-03-16", role, planned[("booklet", role)].recipient)
    references = [r.feedback for r in rows if r.feedback]
    assert len(references) == len(set(references)) == 4   # 3 booklets, the held record's child copy
    booklet = planned[("booklet", "child")].feedback
    result = run("feedback", "add", booklet, "--sense", "yes", "--folder", held_and_planned)
    assert result.exit_code == 2 and "consultation booklet for the review planned on 2027-03-16" in result.output
    assert "recordgen consult import" in result.output and not api.read_answers(held_and_planned)


def test_only_a_held_reviews_answers_are_counted(held_and_planned, run):
    """An older batch gave a planned review's invitation and booklet the reference of the child's record
    copy, and an answer stored for it was counted twice, for a review not yet held."""
    import json

    folder = held_and_planned
    held = next(r for r in _rows(folder) if r.role == "child" and not r.kind)
    old_shared = reference_for(feedback_key(FeedbackSettings()), "NL-20451", "2027-03-16", "child", "Sam")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for row in manifest["copies"]:   # as the older batch wrote them
        if row["kind"] and row["role"] == "child":
            row["feedback"] = old_shared
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "manifest.csv").unlink()
    assert run("mark-sent", folder / "manifest.json", held.path, "--on", "2027-02-01").exit_code == 0  # the day made
    assert run("feedback", "add", held.feedback, "--sense", "no", "--wrong", "My brother is Zain",
               "--folder", folder).exit_code == 0
    answers = folder / api.ANSWERS_FILE
    with answers.open("a", encoding="utf-8") as handle:   # stored before the fix, for the shared reference
        handle.write(f'- reference: {old_shared}\n  sense: "yes"\n  received: "2027-02-01"\n  how: paper\n')
    assert old_shared in api.read_answers(folder)
    result = run("report", folder, "--as-of", "2027-02-01")
    assert result.exit_code == 0, result.output
    assert "Feedback returned: 1 answer(s) for 1 copy sent with a feedback part." in result.output
    by_month = result.output[result.output.index("By month of the review:"):result.output.index("By age band:")]
    months = {line.split()[0]: line.split()[1:3] for line in by_month.splitlines()[2:] if line.strip()}
    assert months == {"2026-03": ["1", "1"]}


def test_an_answer_for_a_copy_not_recorded_as_sent_is_stored_with_a_warning(batch, run):
    """Blind 14a/4: an answer for a copy the manifest has as ready, not sent, was stored silently and
    `report` said "1 answer(s) for 0 copies sent". It is stored still (it was handed over), with a
    warning to mark the copy sent; the report says the answer is for a copy not recorded as sent."""
    reference = _child_reference(batch)
    result = run("feedback", "add", reference, "--sense", "yes", "--received", "2026-03-20", "--folder", batch)
    assert result.exit_code == 0 and api.read_answers(batch)[reference].sense == "yes"
    assert "does not record" in result.output and "as sent" in result.output and "mark-sent" in result.output
    report = run("report", batch, "--as-of", "2026-03-25").output
    line = next(line for line in report.splitlines() if line.startswith("Feedback returned"))
    assert line == ("Feedback returned: 1 answer(s) for 0 copies sent with a feedback part; 1 of the answers is "
                    "for a copy not recorded as sent (run `recordgen mark-sent` for it if it was)."), line
    # Marked sent: no warning, and the report counts it as any other.
    copy = next(r for r in _rows(batch) if r.feedback == reference)
    assert run("mark-sent", batch / "manifest.csv", Path(copy.path).name, "--on", "2026-03-05").exit_code == 0
    again = run("feedback", "add", reference, "--sense", "no", "--replace", "--received", "2026-03-20",
                "--folder", batch)
    assert again.exit_code == 0 and "does not record" not in again.output
    report = run("report", batch, "--as-of", "2026-03-25").output
    assert "Feedback returned: 1 answer(s) for 1 copy sent with a feedback part.\n" in report


@pytest.mark.parametrize("written", [
    "nothing", "Nothing.", "No, nothing", "n/a", "-", "", "dim byd", "Nic.", "Нічого!", "nimic", "nada",
    "لا شيء", "کچھ نہیں۔", "কিছু না।", "هیڅ", "هيچ", "هیچ شتێک", "የለን።",
])
def test_nothing_wrong_is_read_in_the_language_the_page_asked_in(written):
    # The feedback page asks in the child's language, so "nothing" comes back in it (blind review 19).
    from recordgen.distribution.report import says_something_is_wrong
    assert not says_something_is_wrong(api.Answer("X", wrong=written))


@pytest.mark.parametrize("written", ["My brother is 12 not 11", "Nie mam brata", "نام غلط ہے", "nothing about my dog"])
def test_something_wrong_in_any_language_is_counted(written):
    from recordgen.distribution.report import says_something_is_wrong
    assert says_something_is_wrong(api.Answer("X", wrong=written))
