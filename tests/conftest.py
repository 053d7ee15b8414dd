"""What every test module shares: how hard hypothesis tries, and one LibreOffice for the run.

Hypothesis profiles, chosen with the HYPOTHESIS_PROFILE environment variable:

- ``ci`` (the default, and what CI runs): each property runs the examples its module asks
  for with ``examples(n)``, and 100 where it asks for none (hypothesis's own default);
- ``dev``: a tenth of that, for a quick run while working (``HYPOTHESIS_PROFILE=dev``).

No deadline in either: speed is measured in benchmarks/, not asserted by a test, and a
deadline fails a property on a busy machine whatever the code does.

A module takes ``examples`` from here (``from conftest import examples``): its decorators
run at import, before any fixture could hand it over.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from click.testing import CliRunner

from recordfiles import require_libreoffice
from recordgen.cli import main_group

# Tests make copies of fictional records with the stock settings, whose Children's Rights Service
# contacts are the fictional examples that `batch` refuses: a trial, as the flag says. The tests of
# that refusal take this out.
os.environ.setdefault("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", "1")
# Copies and validate read today (next reviews gone by, dates after today): the suite pins it, so it
# gives the same result on any day it runs; a test needing another day sets its own.
os.environ.setdefault("RECORDGEN_TODAY", "2026-12-06")

#: Examples of a property that asks for no particular number, in the ``ci`` profile.
_ORDINARY = 100

settings.register_profile("ci", max_examples=_ORDINARY, deadline=None)
settings.register_profile("dev", max_examples=_ORDINARY // 10, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(ci_count: int) -> int:
    """How many examples a property runs: ``ci_count`` in the ``ci`` profile, scaled in others."""
    return max(1, ci_count * settings.default.max_examples // _ORDINARY)


@pytest.fixture
def libreoffice() -> None:
    """Skips a test where LibreOffice is missing (fails it in CI); for tests that start their own."""
    require_libreoffice()


@pytest.fixture(scope="session")
def libreoffice_pool():
    """The run's converter pool, started once (each soffice takes seconds to start).

    Made as `recordgen render --format pdf` makes copies (PDF/A-2b, 120 s a conversion),
    with two converters: the most a test keeps busy. A test that kills, starves or
    reconfigures converters starts its own pool instead.
    """
    require_libreoffice()
    from recordgen.pdf import ConverterPool
    from recordgen.record.settings import PdfSettings

    defaults = PdfSettings()
    with ConverterPool(workers=2, timeout=defaults.timeout_seconds, pdfa=defaults.pdfa) as pool:
        yield pool


@pytest.fixture
def run():
    """The command line as a user runs it: ``run("validate", path)``; no traceback ever reaches them."""
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(main_group, [str(a) for a in args], catch_exceptions=False)
        assert "Traceback" not in result.output
        return result

    return invoke
