"""An invalid record in a batch: the progress line gives its first error where the IRO would look
(FILE:LINE: field: what is wrong), not only "see the manifest for why" (blind review 30, finding 11)."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from recordgen.cli import main_group
from recordfiles import SAM


def test_the_progress_line_gives_an_invalid_records_first_error_and_how_many_more(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    broken = records / "broken.yaml"
    text = SAM.read_text(encoding="utf-8")
    assert "  date: 2026-03-03" in text and "worries:" in text
    broken.write_text(text.replace("  date: 2026-03-03", "  date: 2026-02-30", 1).replace("worries:", "worrys:", 1),
                      encoding="utf-8")
    result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(tmp_path / "out")],
                                catch_exceptions=False)
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if line.startswith("[1/1]"))
    line_of_date = text.splitlines().index("  date: 2026-03-03") + 1
    assert line.startswith(f"[1/1] invalid record, not made: {broken}:{line_of_date}: review.date: "), line
    assert "more: all in the manifest)" in line
