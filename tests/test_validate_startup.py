"""What `recordgen validate` of one record spends before it checks anything (issue 20: under 0.35 s
a record, the whole process): work no record needs is left undone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [str(p) for p in sorted(ROOT.glob("examples/review-*.yaml")) if not p.name.endswith(".translations.yaml")]

PROBE = f"""
import json, sys, tokenize
from recordgen.cli import main_group
try:
    main_group.main(["validate", *{EXAMPLES!r}], prog_name="recordgen")
except SystemExit:
    pass
from recordgen.rules import name_forms, withholding
print(json.dumps({{
    "modules": [name for name in ("tomllib",) if name in sys.modules],
    "tokenized": tokenize._compile.cache_info().misses,
    "cjk compiled once": name_forms._SCRIPTS_BY_SYLLABLE is withholding._Words.cjk,
}}))
"""


def _probe() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_validate_spends_nothing_on_what_no_record_needs():
    found = _probe()
    # A settings file's reader, for a command given none.
    assert found["modules"] == []
    # pydantic reads a builtin default factory's signature by tokenizing its text.
    assert found["tokenized"] == 0
    # The letters of scripts written by syllable: one pattern, compiled once.
    assert found["cjk compiled once"]
