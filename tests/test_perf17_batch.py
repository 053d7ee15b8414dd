"""A batch's copies made with less work, each the same (issue 20, perf17).

What is checked here is that work a copy or a record's validation repeated is done once; that
every copy stays byte for byte the same is ``benchmarks/bench_worker.py --check`` (and every
test of what the copies say).
"""

from __future__ import annotations

import collections
from pathlib import Path

from recordgen.record.loading import load_record
from recordgen.rules import paraphrase

ROOT = Path(__file__).resolve().parent.parent


def test_the_paraphrase_check_finds_each_texts_phrases_once(monkeypatch):
    """Each withheld item read against each shown text looked for the same two texts' phrases again
    (three times a pair): now once a text, as its words are."""
    calls: collections.Counter = collections.Counter()
    original = paraphrase._phrases

    def counted(text, told=False):
        calls[(text, told)] += 1
        return original(text, told)

    monkeypatch.setattr(paraphrase, "_phrases", counted)
    record = load_record(ROOT / "examples" / "review-sam-9.yaml").record
    assert paraphrase._withheld_texts(record)  # withheld items, read against every shown text
    list(paraphrase.paraphrases(record))
    assert calls and max(calls.values()) == 1


def _copies_of(stem: str) -> list[bytes]:
    from recordgen import api

    loaded = api.load_record(ROOT / "examples" / f"{stem}.yaml")
    renderer = api.Renderer(allow_untranslated=True)
    return [renderer.render_copy(loaded, recipient).data for recipient in loaded.record.distribution]


def test_who_the_carers_words_name_is_worked_out_once_a_pair(monkeypatch):
    """A copy asked which of the carers a person is (``carer_named``) for the same few names dozens
    of times, splitting the carers' words again each time: now once a pair, the copies the same."""
    from recordgen.record import roles

    before = _copies_of("review-sam-9")
    roles.carer_named.cache_clear()
    split: collections.Counter = collections.Counter()
    original = roles.carers_people
    monkeypatch.setattr(roles, "carers_people", lambda carers: split.update([carers]) or original(carers))
    assert _copies_of("review-sam-9") == before
    asked = roles.carer_named.cache_info()
    assert split and sum(split.values()) == asked.misses and asked.hits > asked.misses


def test_whether_a_role_is_the_childs_own_is_worked_out_once_a_role():
    from recordgen.rules import people

    before = _copies_of("review-ahmad-15")
    people._childs_own_role.cache_clear()
    assert _copies_of("review-ahmad-15") == before
    asked = people._childs_own_role.cache_info()
    assert asked.misses and asked.hits > asked.misses


def test_a_secrets_hash_is_worked_out_once_and_is_the_dataclasss_own():
    """The checks look a secret up thousands of times a copy (kept answers, sets): its hash, of every
    field, is kept; the same number as before (so sets of secrets keep their order), and never pickled
    (another process hashes text otherwise)."""
    import dataclasses
    import pickle

    from recordgen.record.model import Role
    from recordgen.rules.withholding import Secret

    secret = Secret("Oakfield", "school", ("placement", "school"), frozenset({Role.parent}), True, family=True)
    fields = tuple(getattr(secret, field.name) for field in dataclasses.fields(Secret))
    assert hash(secret) == hash(fields) and secret.__dict__["_hash"] == hash(fields)
    again = pickle.loads(pickle.dumps(secret))
    assert "_hash" not in again.__dict__ and again == secret and hash(again) == hash(secret)
    assert hash(dataclasses.replace(secret, written="Oakfeild")) != hash(secret)


def test_the_sandbox_keeps_its_answers_by_type_and_still_refuses_what_jinja_refuses():
    """Whether a template may read an attribute is Jinja's answer for the object's type and the name,
    kept once asked: what Jinja's sandbox refuses (a list's append, a function's code, a private name)
    is refused every time, asked first or again."""
    import jinja2.sandbox
    import pytest

    from recordgen.rendering.template import make_environment

    environment = make_environment()
    reference = jinja2.sandbox.ImmutableSandboxedEnvironment()
    cases = [([], "append"), ([], "index"), ({}, "clear"), ({}, "get"), ("a", "upper"), (int, "mro"),
             (lambda: 1, "__code__"), (set(), "add"), ("a", "__class__")]
    for _ in range(2):
        for obj, attr in cases:
            value = getattr(obj, attr)
            assert environment.is_safe_attribute(obj, attr, value) == reference.is_safe_attribute(obj, attr, value)
    assert environment._safe_attributes[(list, "append")] is False
    assert environment._safe_attributes[(str, "upper")] is True
    for _ in range(2):
        with pytest.raises(jinja2.sandbox.SecurityError):
            environment.from_string("{{ x.append(1) }}").render(x=[])
