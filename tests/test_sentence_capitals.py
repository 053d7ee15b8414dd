"""A date that opens a sentence takes a capital, as the language writes it; a name never changes."""

from __future__ import annotations

import datetime as dt

from recordgen import api
from recordgen.i18n import format_date, gettext_functions
from recordgen.record.loading import load_record

from recordfiles import LILY, docx_text


def test_a_date_that_starts_a_sentence_takes_a_capital():
    _, _n = gettext_functions("pl")
    day = format_date(dt.date(2026, 2, 24), "pl")
    assert day == "wtorek, 24 lutego 2026"
    assert _("%(date)s", date=day) == "Wtorek, 24 lutego 2026"
    # Mid-sentence it stays as the language writes it.
    assert _("Your next review will be by %(date)s.", date=day).endswith("najpóźniej do wtorku, 24 lutego 2026.")
    # Names are never touched, even at the start of a sentence.
    assert _("%(who)s gave it %(score)s out of 10.", who="de Souza", score=3).startswith("de Souza")


def test_the_polish_copy_starts_its_sentence_with_a_capital_day():
    loaded = load_record(LILY)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert copy.language == "pl"
    assert "We wtorek, 24 lutego 2026" in text  # the preposition opens the sentence now
    assert ". wtorek" not in text and ". we wtorek" not in text
