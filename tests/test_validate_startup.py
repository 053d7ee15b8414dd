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
from recordgen.cli import main
try:
    main(["validate", *{EXAMPLES!r}], prog_name="recordgen")
except SystemExit:
    pass
from recordgen.rules import name_forms, withholding
from pydantic.plugin import _loader
print(json.dumps({{
    "modules": [name for name in ("tomllib", "difflib") if name in sys.modules],
    "plug-ins looked for": _loader._plugins is not None,
    "tokenized": tokenize._compile.cache_info().misses,
    "cjk compiled once": name_forms._SCRIPTS_BY_SYLLABLE is withholding._Words.cjk,
}}))
"""


def _probe() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_validate_spends_nothing_on_what_no_record_needs():
    found = _probe()
    # A settings file's reader, for a command given none; what suggests the key a record misspelt.
    assert found["modules"] == []
    # Every installed package's entry points, for pydantic's plug-ins.
    assert not found["plug-ins looked for"]
    # pydantic reads a builtin default factory's signature by tokenizing its text.
    assert found["tokenized"] == 0
    # The letters of scripts written by syllable: one pattern, compiled once.
    assert found["cjk compiled once"]


def test_pydantics_plug_ins_are_still_loaded_when_asked_for(monkeypatch):
    """PYDANTIC_DISABLE_PLUGINS set by the user decides (empty: none disabled)."""
    probe = ("import sys\nfrom recordgen.cli import main\ntry:\n    main(['validate', sys.argv[1]])\n"
             "except SystemExit:\n    pass\nfrom pydantic.plugin import _loader\nprint(_loader._plugins is not None)")
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    done = subprocess.run([sys.executable, "-c", probe, EXAMPLES[0]], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    assert done.stdout.split()[-1] == "True"
