"""Translations files (*.translations.yaml) among the records: skipped with one quiet line, never an error."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from recordgen.cli._common import main_group as main

from recordfiles import EXAMPLES

ROOT = EXAMPLES.parent


def test_validate_and_check_skip_translations_files_with_one_quiet_line():
    files = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    assert any(f.endswith(".translations.yaml") for f in files)
    runner = CliRunner()
    for command in ("validate", "check"):
        result = runner.invoke(main, [command, *files])
        assert result.exit_code == 0, result.output
        skipped = [line for line in result.output.splitlines() if "skipped" in line]
        assert skipped == ["recordgen: skipped 3 translations files (*.translations.yaml); each is read with its record"]
        assert "3 file(s) checked" in result.output
    only = runner.invoke(main, ["validate", str(EXAMPLES / "review-sam-9.translations.yaml")])
    assert only.exit_code == 2
    assert "the translations of review-sam-9.yaml" in only.output and "no records among the files" in only.output


def test_the_check_benchmark_reads_the_examples_without_a_traceback():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_check.py"), "--records", "20",
                             "--runs", "1"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "skipped 3 translations files" in result.stderr
