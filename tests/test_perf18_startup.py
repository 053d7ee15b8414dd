"""A batch (and anything else importing the distribution package) does not import sending's
modules (email, ssl, smtplib: about 40 ms of start-up) until sending is asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = r"""
import sys
import recordgen.cli.batch, recordgen.distribution.batch, recordgen.distribution.copies
print(sorted(m for m in ("smtplib", "ssl", "recordgen.distribution.send") if m in sys.modules))
from recordgen.distribution import Sender, SendOptions, SendProblem, SendSummary
import recordgen.distribution as distribution
print(Sender.__module__, distribution.SendSummary is SendSummary, "smtplib" in sys.modules)
try:
    distribution.NoSuchName
except AttributeError as exc:
    print("AttributeError", exc)
"""


def test_sending_is_imported_only_when_asked_for():
    result = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert result.stdout.splitlines() == [
        "[]", "recordgen.distribution.send True True",
        "AttributeError module 'recordgen.distribution' has no attribute 'NoSuchName'"], result.stdout + result.stderr
