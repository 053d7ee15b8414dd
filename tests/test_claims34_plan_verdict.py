"""Session 34, item 2 (blind review 27, finding 11): a record rendered alone whose plan is not right
said "I do not think your plan is right for you any more.", claiming it was right before, which the
record alone does not say (Maya's previous review had found it not right too). Alone: "I do not think
your plan is right for you."; "any more" only when the earlier review given with it (a batch) found it
right, "still" when it did not. Real copies, read back."""

from __future__ import annotations

import pytest

from recordfiles import docx_text, write_record
from test_claims import render, sam
from test_claims32_chain_copies import _batch, _child_copy, _review

LANGUAGES = ["en", "ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"]
NOW = "I do not think your plan is right for you. It needs to change."
ANY_MORE = "I do not think your plan is right for you any more. It needs to change."
PAST = "I did not think your plan was right for you. It needed to change."
PAST_ANY_MORE = "I did not think your plan was right for you any more. It needed to change."


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    # _batch sets RECORDGEN_TODAY itself: monkeypatch puts back what was there before this test.
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")


def _not_right(data):
    data["review"]["sequence"] = 3
    data["care_plan"]["still_right"] = False


@pytest.mark.parametrize("pronouns", ["she/her", "they/them"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_alone_the_plan_is_not_right_without_any_more(language, pronouns, monkeypatch):
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    text = render(sam(lambda d: (_not_right(d), d["child"].update(pronouns=pronouns))), language=language)[0]
    _ = gettext_functions(language, "female" if pronouns == "she/her" else None)[0]
    assert _(NOW) in text
    assert _(ANY_MORE) not in text
    if language != "en":  # translated, and the two are told apart in the reader's language
        assert _(NOW) != NOW and _(NOW) != _(ANY_MORE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_years_later_alone_the_past_form_without_any_more(language, monkeypatch):
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")  # Sam, born 2016, is 28
    text = render(sam(_not_right), language=language)[0]
    _ = gettext_functions(language, "female")[0]
    assert _(PAST) in text and _(PAST_ANY_MORE) not in text


@pytest.mark.parametrize("earlier, said", [(True, ANY_MORE),
                                           (False, "I still do not think your plan is right for you. It needs to "
                                                   "change.")])
def test_with_the_earlier_review_given_it_says_what_that_review_found(tmp_path, earlier, said):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2, still_right=earlier), name="r1.yaml")
    write_record(folder, _review("2026-06-10", 3, still_right=False), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-06-12")
    second = _child_copy(tmp_path / "out", "2026-06-10")
    assert said in second
    assert (NOW not in second) and (("any more" in second) == earlier)


def test_the_cli_render_of_one_record_says_no_any_more(tmp_path, monkeypatch):
    """`recordgen render` of Maya's third review alone (blind review 27's command)."""
    from click.testing import CliRunner

    from recordgen.cli import main_group

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    path = write_record(tmp_path, _not_right)
    result = CliRunner().invoke(main_group, ["render", str(path), "--for", "child", "-o", str(tmp_path / "out"),
                                             "--format", "docx", "--allow-untranslated"])
    assert result.exit_code == 0, result.output
    (made,) = (tmp_path / "out").glob("*.docx")
    text = docx_text(made.read_bytes())
    assert NOW in text and "any more" not in text


def test_right_now_after_the_earlier_review_found_it_not_right_is_not_still_right(tmp_path):
    """The same for a plan right again: "still right" would say the earlier review found it right."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2, still_right=False), name="r1.yaml")
    write_record(folder, _review("2026-06-10", 3, still_right=True), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-06-12")
    second = _child_copy(tmp_path / "out", "2026-06-10")
    assert "I think your plan is right for you now." in second and "still" not in second.split("Your plan")[-1][:300]


@pytest.mark.parametrize("today, said", [("2026-12-07", "I think your plan is right for you now."),
                                         ("2045-03-01", "I thought your plan was right for you by then.")])
@pytest.mark.parametrize("language", LANGUAGES)
def test_right_again_in_every_language(language, today, said, monkeypatch):
    from recordgen.i18n import gettext_functions
    from recordgen.rendering.context import _plan_verdict

    for gender in ("female", "male", None):
        _ = gettext_functions(language, gender)[0]
        text = _plan_verdict(_, True, 3, today != "2026-12-07", earlier_right=False)
        assert text == _(said) and (language == "en" or text != said)
    # And in a copy, a girl's variants where the language has them.
    monkeypatch.setenv("RECORDGEN_TODAY", today)

    class _Chain:  # the earlier review, found not right, given with this one
        def after(self, *_args):
            return None

        def moved_after(self, *_args):  # the child has not moved since
            return False

        def before(self, *_args):
            from recordgen.rules.chain import ChainEntry
            import datetime as dt
            return ChainEntry(file="r1.yaml", date=dt.date(2025, 9, 1), planned=False, sequence=3, still_right=False)

    from recordgen import api
    loaded = api.load_data(sam(), "record.yaml")
    recipient = api.recipient_for(loaded.record, "child").model_copy(update={"language": language})
    made = api.Renderer(allow_untranslated=True)
    made.chain = _Chain()
    text = docx_text(made.render_copy(loaded.record, recipient).data)
    assert gettext_functions(language, "female")[0](said) in text
