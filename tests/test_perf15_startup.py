"""`recordgen validate` of one record (issue 20: under 0.35 s): the nicknames list read from the
cache folder gives the checks what the package itself gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from nicknames import NickNamer

from recordgen.rules import withholding

ROOT = Path(__file__).resolve().parents[1]


def test_the_cached_nicknames_answer_as_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    package = NickNamer()
    for attempt in ("built", "read back"):
        withholding._nick_namer.cache_clear()
        ours = withholding._nick_namer()
        assert ours.nickname_lookup == package.nickname_lookup, attempt
        assert ours.canonical_lookup == package.canonical_lookup, attempt
        for name in ("Robert", " bob ", "NICK", "ann", "Nan", "Zebedee-Quartz", ""):
            assert ours.nicknames_of(name) == package.nicknames_of(name)
            assert ours.canonicals_of(name) == package.canonicals_of(name)
        assert list((tmp_path / "recordgen").glob("nicknames-*.marshal"))
    withholding._nick_namer.cache_clear()
    ours = withholding._nick_namer()
    ours.nicknames_of("robert").add("not a nickname")  # a copy, as the package gives
    assert "not a nickname" not in ours.nicknames_of("robert")
    withholding._nick_namer.cache_clear()


def test_validate_does_not_import_the_nicknames_package_once_its_list_is_kept(tmp_path):
    env = dict(os.environ) | {"XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    probe = ("import sys, json\nfrom recordgen.cli import main\ntry:\n    main(['validate', sys.argv[1]])\n"
             "except SystemExit:\n    pass\nprint(json.dumps('nicknames' in sys.modules))")
    record = str(ROOT / "examples" / "review-sam-9.yaml")
    for run in ("first", "later"):
        done = subprocess.run([sys.executable, "-c", probe, record], env=env, cwd=tmp_path, capture_output=True,
                              text=True, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) is False
