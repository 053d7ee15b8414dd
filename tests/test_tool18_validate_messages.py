"""tool18, blind review 32 finding 11: validate's messages for common typing mistakes.

(a) A date written '02/11/2026' stops every rule (they all need the review's date), and with them the
participation code's check: "'PN 1' is not a participation code" came only on the next run. The checks of a
field's own form that need nothing else now run on the file's data as written, so one run lists them all.
(b) A misspelt `worrys:` got "did you mean 'worries'?" at its line and also "nothing is written under what we are
worried about" at line 1, for the same slip: the second is no longer said.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import write_record


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()) if text in line) + 1


def lines_for(result, path: Path) -> dict[str, str]:
    return {line.split(": ")[1]: line for line in result.output.splitlines() if line.startswith(str(path))}


def test_a_bad_participation_code_is_listed_with_a_bad_review_date(tmp_path):
    def change(data):
        data["review"]["date"] = "02/11/2026"
        data["review"]["participation"] = "PN 1"
    path = write_record(tmp_path, change)
    result = run("validate", path)
    assert result.exit_code == 1
    found = lines_for(result, path)
    assert "is not a date" in found["review.date"]
    assert found["review.participation"] == (f"{path}:{line_of(path, 'participation: PN 1')}: review.participation: "
                                             "error: 'PN 1' is not a participation code; use PN0 to PN7")
    # The rules that need the date still wait for it, and say so.
    assert "could not run: fix review.date first" in result.output


def test_language_codes_are_checked_too_and_nothing_is_said_twice(tmp_path):
    def change(data):
        data["review"]["date"] = "2026-02-30"
        data["child"]["language"] = "polish"
        data["worries"][0] = {"text": "Dim byd.", "language": "welsh"}
        data["distribution"][0]["language"] = "xx-nowhere"
    path = write_record(tmp_path, change)
    result = run("validate", path)
    found = lines_for(result, path)
    assert "'polish' is not a language code" in found["child.language"]
    assert "'welsh' is not a language code" in found["worries.1.language"]
    assert "say the language the words are written in" in found["worries.1.language"]
    assert "'xx-nowhere' is not a language code" in found["distribution.1.language"]
    assert sum(1 for line in result.output.splitlines() if "review.participation" in line) == 0  # PN4 is right
    assert len([line for line in result.output.splitlines() if "child.language" in line]) == 1


def test_once_the_record_builds_the_participation_code_is_said_once_as_before(tmp_path):
    path = write_record(tmp_path, lambda data: data["review"].update(participation="PN 1"))
    result = run("validate", path)
    assert [line for line in result.output.splitlines() if "review.participation" in line] == [
        f"{path}:{line_of(path, 'participation: PN 1')}: review.participation: error: "
        "'PN 1' is not a participation code; use PN0 to PN7"]
    assert "could not run" not in result.output


def test_a_misspelt_heading_is_not_also_called_empty(tmp_path):
    def change(data):
        data["worrys"] = data.pop("worries")
    path = write_record(tmp_path, change)
    result = run("validate", path)
    found = lines_for(result, path)
    assert "did you mean 'worries'?" in found["worrys"]
    assert found["worrys"].startswith(f"{path}:{line_of(path, 'worrys:')}: worrys: error")
    assert "worries" not in found, result.output
    assert "nothing is written under" not in result.output


def test_a_heading_truly_left_out_is_still_called_empty(tmp_path):
    def change(data):
        data["worries"] = []
        data["child"]["favourite_colour"] = "blue"  # another slip, nothing like 'worries'
    path = write_record(tmp_path, change)
    result = run("validate", path)
    assert "nothing is written under what we are worried about" in lines_for(result, path)["worries"]


def test_a_batch_names_the_participation_code_with_the_date_too(tmp_path):
    from recordgen.distribution.copies import BatchOptions, RecordMaker

    def change(data):
        data["review"]["date"] = "02/11/2026"
        data["review"]["participation"] = "PN 1"
    path = write_record(tmp_path, change)
    result = RecordMaker(BatchOptions(output=tmp_path / "out")).process(str(path))
    reasons = " ".join(row.reason or "" for row in result.rows)
    assert "'PN 1' is not a participation code" in reasons and "is not a date" in reasons
