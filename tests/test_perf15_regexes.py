"""Patterns compiled once per machine (recordgen/support/regexes.py): the same patterns as
re.compile's, read back from the cache folder, and nothing of a record written there."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from recordgen.support import regexes

ROOT = Path(__file__).resolve().parents[1]

PATTERNS = [
    (r"\b(?P<word>[A-Z][a-z]+)(?:['’]s)?\b", 0),
    (r"(?<![\w-])(?:LAC|CLA|CiC) reviews?(?![\w-])", re.I),
    (r"(?x) ^ \s* (\d+) [a-z]? \s+ (?P<rest>\S.*) $", re.M),
    (r"[\u1100-\u11ff\u3040-\u30ff\U00020000-\U0003134f]", 0),
    (rb"confidential(\W{0,8}(?:false|no|off|0)\b)?", 0),
    (r"(?i:st\.?|saint)\s+(\w+)", re.ASCII),
]
TEXTS = ["Sam's LAC review at 12a Oak Road", "ST. Mary  and cic reviews", "3 the rest\n12b more",
         "名前 and 가나", "Mark-and-Lisa"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regexes, "_table", None)
    monkeypatch.setattr(regexes, "_used", set())
    monkeypatch.setattr(regexes, "_made", {})
    return tmp_path


def same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for text in TEXTS:
        subject = text.encode() if isinstance(a.pattern, bytes) else text
        assert [m.span() + m.groups() for m in a.finditer(subject)] == [m.span() + m.groups() for m in b.finditer(subject)]


def test_the_same_pattern_as_re_compile_made_and_read_back(fresh):
    for pattern, flags in PATTERNS:
        same(regexes.compile(pattern, flags), re.compile(pattern, flags))
    regexes._write()
    written = list((fresh / "recordgen").glob("patterns-*.marshal"))
    assert len(written) == 1
    assert {key[0] for key in marshal.loads(written[0].read_bytes())} >= {p for p, _ in PATTERNS if isinstance(p, str)}
    regexes._table, regexes._made = None, {}  # as a new process: every pattern from the file
    for pattern, flags in PATTERNS:
        same(regexes.compile(pattern, flags), re.compile(pattern, flags))


def test_one_text_one_pattern_object(fresh):
    assert regexes.compile(r"[a-z]+", re.I) is regexes.compile(r"[a-z]+", re.IGNORECASE)


def test_a_wrong_pattern_is_refused_as_re_refuses_it(fresh):
    with pytest.raises(re.error):
        regexes.compile(r"(unclosed")


def test_a_damaged_cache_file_is_made_again(fresh):
    regexes.compile(PATTERNS[0][0])
    regexes._write()
    path = next((fresh / "recordgen").glob("patterns-*.marshal"))
    table = marshal.loads(path.read_bytes())
    key = (PATTERNS[0][0], 0)
    flags, code, groups, index, names = table[key]
    table[key] = (flags, [999999] + code[1:], groups, index, names)  # a program _sre refuses
    path.write_bytes(marshal.dumps(table))
    regexes._table, regexes._made = None, {}
    same(regexes.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))
    path.write_bytes(b"not marshal data")
    regexes._table, regexes._made = None, {}
    same(regexes.compile(PATTERNS[1][0], PATTERNS[1][1]), re.compile(*PATTERNS[1]))


def test_validate_writes_its_patterns_and_nothing_of_the_record(tmp_path):
    """The checks build patterns of a record's names too: those stay in the process."""
    env = {k: v for k, v in os.environ.items()} | {"XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    record = ROOT / "examples" / "review-sam-9.yaml"
    subprocess.run([sys.executable, "-m", "recordgen", "validate", str(record)], env=env, cwd=tmp_path,
                   capture_output=True, check=True)
    written = list((tmp_path / "recordgen").glob("patterns-*.marshal"))
    assert len(written) == 1
    table = marshal.loads(written[0].read_bytes())
    assert len(table) > 100  # the checks' own patterns
    text = "\n".join(p if isinstance(p, str) else p.decode("latin-1") for p, _ in table)
    for name in ("Samira", "Sam", "Khan", "Owen", "Helen", "Amina"):
        assert not re.search(rf"\b{name}\b", text), name
