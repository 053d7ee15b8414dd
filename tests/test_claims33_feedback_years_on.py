"""Session 33, item 1: a child's copy made years on (claims30: the reader 18, or the next review gone by
and the reader in an older age band) no longer has the chair offer anything in the present, but its
feedback page still said "Give this page back to me." to a reader under 18: it now says whom to give it
to that is true then, as the rest of such a copy does. Real copies, read back."""

from __future__ import annotations

import copy

import pytest

from test_blind23_claims import POPPY
from test_claims30_years_on import _en
from test_claims_blind16 import copy_text

from recordfiles import AHMAD, LILY, SAM

NOW = ("If you are still in care, you can give this page to your social worker or your Independent Reviewing "
       "Officer. An adult you trust can also send it to me.")


@pytest.mark.parametrize("path, today", [(SAM, "2030-06-01"), (LILY, "2036-06-01"), (AHMAD, "2028-06-01")])
def test_a_copy_made_years_on_under_18_says_whom_to_give_the_page_to_now(monkeypatch, path, today):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(_en(path))
    assert "Give this page back to me." not in text
    assert NOW in text


@pytest.mark.parametrize("today", ["2031-06-01", "2036-06-01"])
def test_poppys_copy_years_on_page_points_to_her_iro_now(monkeypatch, today):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(copy.deepcopy(POPPY), "child")
    assert "Give this page back to me" not in text
    assert NOW in text


@pytest.mark.parametrize("path, today", [(SAM, "2026-12-06"), (LILY, "2026-04-01"), (AHMAD, "2026-09-01")])
def test_a_copy_made_before_then_still_says_give_it_back_to_me(monkeypatch, path, today):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(_en(path))
    assert "give this page back to me." in text.lower()  # Lily's (PN0, 3): her carer reads it with her
    assert NOW not in text


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_the_page_years_on_in_every_language(monkeypatch, language):
    from recordgen.i18n import domain_gettext
    from recordgen.rendering.feedback import FEEDBACK_DOMAIN

    monkeypatch.setenv("RECORDGEN_TODAY", "2031-06-01")
    _ = domain_gettext(language, FEEDBACK_DOMAIN, "female", "male", own=True)
    text = copy_text(copy.deepcopy(POPPY), "child", language)
    assert _(NOW) != NOW and _(NOW) in text
