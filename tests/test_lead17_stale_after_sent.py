"""A parent's translated copy sent, then the record corrected so that its translation is stale (blind
review 30, finding 6): the manifest and the report forgot that an earlier version was with her, so no one
was asked to send her the corrected one."""

from __future__ import annotations

from recordgen import api
from recordfiles import SAM, sam_batch

OLD = "I like living with Mark and Lisa and I want to stay."


def _amina(out):
    return next(row for row in api.read_manifest(out / api.MANIFEST_CSV) if row.recipient == "Amina Khan")


def _report_line(out, day):
    report = api.distribution_report([out / api.MANIFEST_CSV], as_of=day)
    (review,) = report.reviews
    return review.status(day)


def test_a_stale_translation_keeps_the_day_the_earlier_version_went(tmp_path, monkeypatch):
    import datetime as dt

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    records, options = sam_batch(tmp_path)
    out = options.output
    copy = _amina(out)
    assert copy.status == "ready"
    api.mark_sent(out / api.MANIFEST_CSV, [copy.path], sent_on=dt.date(2026, 3, 10))

    record = records / SAM.name
    text = record.read_text(encoding="utf-8")
    assert OLD in text
    record.write_text(text.replace(OLD, "I like living with Mark and Lisa, and I want to stay there."), encoding="utf-8")
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-11")
    api.Batch(options).run(api.find_record_files([records]))
    stale = _amina(out)
    assert stale.status == "stale_translation" and stale.previous_sent_at == "2026-03-10"
    assert "(an earlier version of 1 sent on 2026-03-10; send the new one when the translation is in)" in \
        _report_line(out, dt.date(2026, 3, 11))

    record.write_text(text, encoding="utf-8")   # the translation fits again: her copy is made
    api.Batch(options).run(api.find_record_files([records]))
    made = _amina(out)
    assert made.status == "ready" and made.previous_sent_at == "2026-03-10"
