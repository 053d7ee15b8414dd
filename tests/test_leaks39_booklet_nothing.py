"""Blind review 30, finding 19: a child's booklet answer meaning "nothing" ("Dim byd") went into child_views,
where every copy prints it under "What you told me", without the question it answered. Such an answer (the
words the feedback report already reads as "nothing": "nic", "нічого", "no", "nothing") is now kept with
its question under consultation.other, for the IRO, not in child_views."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from test_leaks39_booklet_language import _import, _record


@pytest.mark.parametrize("language, nothing", [("cy", "Dim byd"), ("pl", "nic."), ("uk", "Нічого"),
                                               ("en", "Nothing"), ("en", "no")])
def test_an_answer_meaning_nothing_is_kept_for_the_iro_not_printed_as_a_view(monkeypatch, tmp_path, language,
                                                                            nothing):
    record = _record(tmp_path, language)
    output, views = _import(monkeypatch, record, {"going_well": "Gail", "wishes": nothing})
    assert [view if isinstance(view, str) else view["text"] for view in views] == ["Gail"]
    other = YAML(typ="safe").load(record.read_text(encoding="utf-8"))["consultation"]["other"]
    assert [(note["question"], note["text"]) for note in other] == [("What do you want to happen next?", nothing)]
    assert f"'{nothing}' says nothing: kept under consultation.other, not in child_views" in output


def test_an_answer_that_says_more_is_a_view(monkeypatch, tmp_path):
    _, views = _import(monkeypatch, _record(tmp_path, "en"), {"worries": "nothing at school, but I miss my mum"})
    assert views == ["nothing at school, but I miss my mum"]
