"""Blind review 25, findings 16 and 17: Tigrinya "copy made" and consultation-paper dates were in
CLDR's US order with a Latin comma ("ታሕሳስ 7, 2026") beside the day-first dates of the same papers;
a Pashto full date had a comma after the day and after the month ("سه شنبه ۱۲، جنوري، ۲۰۲۷"). A
Tigrinya date is day first throughout; a Pashto full date is the weekday, then the long date.
Renders a real copy and reads its footer."""

from __future__ import annotations

import copy
import datetime as dt

from recordgen import api
from recordgen.i18n import format_date

from recordfiles import SAM, docx_parts, example_data


def test_tigrinya_and_pashto_dates():
    assert format_date(dt.date(2026, 12, 7), "ti", "long") == "7 ታሕሳስ 2026"
    assert format_date(dt.date(2026, 12, 7), "ti", "medium") == "7 ታሕሳስ 2026"
    assert format_date(dt.date(2027, 1, 12), "ps", "full") == "سه شنبه، 12 جنوري 2027"


def test_a_tigrinya_copys_footer_says_the_day_first(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    loaded = api.load_data(copy.deepcopy(example_data(SAM)), "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "ti", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    parts = docx_parts(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    footers = "".join(data.decode("utf-8") for name, data in parts.items() if name.startswith("word/footer"))
    assert "7 ታሕሳስ 2026" in footers and "ታሕሳስ 7," not in footers
