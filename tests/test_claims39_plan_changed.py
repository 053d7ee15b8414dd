"""Blind review 32, finding 5: a plan that changed at the review could not be recorded truthfully.
Maisie (4), whose plan became adoption at this review, was told under the plan the IRO agreed "I do not
think your plan is right for you. It needs to change." (still_right: false), or "I think your plan is
still right for you." of a plan just made (true). ``still_right: changed`` says the plan changed at this
review and the IRO thinks the new plan is right: "At your review, we agreed a new plan for you. I think
it is the right plan for you.", in every copy, band and language. The reviewer's record is
tests/data_claims39/maisie.yaml (fictional). Real copies, read back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordfiles import docx_text, rendered_copies, write_record
from recordgen import api
from recordgen.cli import main_group
from test_claims import AGES, born, render, sam
from test_claims32_chain_copies import _batch, _child_copy, _review

DATA = Path(__file__).parent / "data_claims39"
LANGUAGES = ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"]
CHANGED = "At your review, we agreed a new plan for you. I think it is the right plan for you."
RIGHT = "I think it is the right plan for you."
CHANGED_THEN = "At your review, we agreed a new plan for you. I thought it was the right plan for you."
NOT_RIGHT = "I do not think your plan is right for you. It needs to change."
STILL = "I think your plan is still right for you."


def _flat(text: str) -> str:
    return " ".join(text.split())


def _maisie(tmp_path: Path, answer) -> Path:
    source = (DATA / "maisie.yaml").read_text(encoding="utf-8")
    path = tmp_path / "review-maisie-4.yaml"
    path.write_text(source.replace("  still_right: false", f"  still_right: {answer}"), encoding="utf-8")
    return path


def test_maisies_adoption_plan_agreed_at_the_review_is_told_as_new_and_right_in_every_copy(tmp_path):
    # Her plan says "The plan has changed.": the copies do not say so again, only that it is right
    # (blind review 33, finding 6: tests/test_claims41_plan_changed.py).
    path = _maisie(tmp_path, "changed")
    assert not [d for d in api.validate(api.load_record(path)) if d.severity == "error"]
    copies = rendered_copies(tmp_path, path, "--allow-untranslated")
    assert len(copies) == 5  # Maisie, mum (Arabic), dad, the foster carer, the social worker
    for name, text in copies.items():
        text = _flat(text)
        assert "needs to change" not in text and "still right" not in text, name
        if "_parent-layla" in name:
            from recordgen.i18n import gettext_functions
            assert gettext_functions("ar", "female")[0](RIGHT) in text
            assert gettext_functions("ar", "female")[0](CHANGED) not in text
        else:
            assert RIGHT in text and CHANGED not in text, name
    # Right under the plan the IRO agreed, in Maisie's own copy and in dad's.
    for part in ("_child-", "_parent-connor"):
        (text,) = [_flat(t) for n, t in copies.items() if part in n]
        assert "adopted by a new family who will look after you for always. " + RIGHT in text


@pytest.mark.parametrize("band", list(AGES))
def test_every_band_says_the_new_plan_is_right(band):
    def change(data):
        data["child"]["date_of_birth"] = born(AGES[band])
        data["review"]["participation"] = "PN0" if AGES[band] < 4 else data["review"]["participation"]
        data["care_plan"]["still_right"] = "changed"
    text, made = render(sam(change))
    assert CHANGED in _flat(text) and STILL not in text and "needs to change" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_says_it_in_the_readers_words(language):
    from recordgen.i18n import gettext_functions

    for pronouns, gender in (("she/her", "female"), ("he/him", "male"), ("they/them", None)):
        text, _made = render(sam(lambda d: (d["care_plan"].update(still_right="changed"),
                                            d["child"].update(pronouns=pronouns))), language=language)
        _ = gettext_functions(language, gender)[0]
        assert _(CHANGED) != CHANGED and _(CHANGED) in _flat(text), (language, gender)
        assert _(NOT_RIGHT) not in text and _(STILL) not in text
    if language == "ti":  # a girl is addressed with -ኪ, a boy with -ካ
        assert gettext_functions("ti", "female")[0](CHANGED) != gettext_functions("ti", "male")[0](CHANGED)


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_years_on_it_is_told_as_then(language, monkeypatch):
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")  # Sam, born 2016, is 28
    text = _flat(render(sam(lambda d: d["care_plan"].update(still_right="changed")), language=language)[0])
    _ = gettext_functions(language, "female")[0]
    assert _(CHANGED_THEN) in text and _(CHANGED) not in text
    assert language == "en" or _(CHANGED_THEN) != CHANGED_THEN


def test_the_next_review_takes_a_changed_plan_as_found_right(tmp_path, monkeypatch):
    """"any more" says the plan was right last time: a plan changed and agreed then was."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2, still_right="changed"), name="r1.yaml")
    write_record(folder, _review("2026-06-10", 3, still_right=False), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-06-12")
    assert CHANGED in _child_copy(tmp_path / "out", "2026-03-03")
    assert "I do not think your plan is right for you any more." in _child_copy(tmp_path / "out", "2026-06-10")


def test_a_typing_slip_gets_one_message_naming_the_three_answers(tmp_path):
    from recordgen.record.loading import InvalidRecord

    with pytest.raises(InvalidRecord) as caught:
        api.load_record(_maisie(tmp_path, "chnaged"))
    said = [d for d in caught.value.diagnostics if d.path == "care_plan.still_right"]
    assert [d.message for d in said] == ["'chnaged' should be true, false or changed"]
    assert api.load_record(_maisie(tmp_path, "Changed")).record.care_plan.still_right == "changed"
    assert api.load_record(_maisie(tmp_path, "yes")).record.care_plan.still_right is True


@pytest.mark.parametrize("answer", ["true", "false"])
def test_validate_suggests_changed_when_the_plan_says_it_has_changed(tmp_path, answer):
    found = [d for d in api.validate(api.load_record(_maisie(tmp_path, answer))) if d.path == "care_plan.still_right"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "'plan has changed'" in found[0].message and "still_right: changed" in found[0].message
    assert f"still_right: {answer} makes the copies say" in found[0].message
    assert found[0].line == 68


@pytest.mark.parametrize("plan, warned", [
    ("Your new plan is to live with your nan.", True),
    ("We agreed a new plan: you will live with your nan.", True),
    ("The plan was changed at your review. You will live with your nan.", True),
    ("The plan has not changed. You will stay with Mark and Lisa.", False),
    ("Your social worker will make a new plan with you.", False),
    ("A new plan is needed, because your nan cannot look after you now.", False),
])
def test_what_counts_as_a_plan_saying_it_changed(tmp_path, plan, warned):
    path = write_record(tmp_path, lambda d: d["care_plan"].update(plan=plan, still_right=True))
    found = [d for d in api.validate(api.load_record(path)) if d.path == "care_plan.still_right"]
    assert bool(found) == warned, found


def test_no_warning_once_changed_is_written(tmp_path):
    found = [d for d in api.validate(api.load_record(_maisie(tmp_path, "changed")))
             if d.path.startswith("care_plan")]
    assert found == []


def test_the_schema_offers_the_third_answer():
    result = CliRunner().invoke(main_group, ["schema"])
    still = json.loads(result.output)["$defs"]["CarePlan"]["properties"]["still_right"]
    assert {"type": "boolean"} in still["anyOf"] and {"const": "changed", "type": "string"} in still["anyOf"]


# ---- the authoring page ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from recordgen.web import Server
    from webserver import Client, copy_examples

    folder = copy_examples(tmp_path_factory.mktemp("records"))
    shutil.copy(DATA / "maisie.yaml", folder / "review-maisie-4.yaml")
    text = (folder / "review-maisie-4.yaml").read_text(encoding="utf-8")
    (folder / "review-maisie-4.yaml").write_text(text.replace("still_right: false", "still_right: changed"),
                                                 encoding="utf-8")
    running = Server(folder).start()
    yield Client(running)
    running.stop()


def test_the_page_offers_the_changed_answer_and_shows_it_chosen(client):
    status, _, body = client.request("GET", "/records/review-maisie-4.yaml")
    page = body.decode()
    assert status == 200
    (choice,) = [line for line in page.splitlines() if 'name="care_plan.still_right" value="changed"' in line]
    assert " checked" in choice and "The plan changed at this review, and the new plan is right" in choice
    (yes,) = [line for line in page.splitlines() if 'name="care_plan.still_right" value="true"' in line]
    assert " checked" not in yes and "Yes, the plan is still right" in yes


def test_the_page_checks_a_changed_plan_as_validate_does(client):
    from recordgen.record.loading import parse_file

    source = (DATA / "maisie.yaml").read_bytes()
    data, _ = parse_file("review-maisie-4.yaml", source)
    data["care_plan"]["still_right"] = "changed"
    status, _, body = client.request("POST", "/api/records/review-maisie-4.yaml/check", body={"data": data})
    result = json.loads(body)
    assert status == 200 and result["fits"]
    assert not [p for p in result["problems"] if p["path"].startswith("care_plan")]
    data["care_plan"]["still_right"] = False
    _, _, body = client.request("POST", "/api/records/review-maisie-4.yaml/check", body={"data": data})
    assert [p for p in json.loads(body)["problems"] if p["path"] == "care_plan.still_right"]
