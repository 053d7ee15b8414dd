"""What a user at the command line reads: the help's whole sentences, plain errors, spelling suggestions."""

from __future__ import annotations

from click.testing import CliRunner

from recordgen.cli._common import main_group as main

from recordfiles import SAM


def test_top_level_help_gives_each_command_its_whole_first_sentence():
    result = CliRunner().invoke(main, ["--help"], terminal_width=80)
    assert result.exit_code == 0
    commands = result.output.split("Commands:")[1]
    flat = " ".join(commands.split())
    assert "..." not in commands
    assert "Make every recipient's copy of every record in INPUT (files or folders), with a manifest." in flat
    assert "Check records and report every problem, one per line as FILE:LINE: field: message." in flat
    translate = CliRunner().invoke(main, ["translate", "--help"], terminal_width=80)
    assert "..." not in translate.output.split("Commands:")[1]


def test_a_missing_file_is_said_plainly(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope.yaml'}: error: file not found" in result.output
    assert ":?:" not in result.output


def test_a_misspelt_key_gets_a_suggestion(tmp_path):
    text = SAM.read_text(encoding="utf-8")
    typo = tmp_path / "typo.yaml"
    typo.write_text(text.replace("\nworries:", "\nworrys:").replace("    phone:", "    phnoe:"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(typo)])
    assert result.exit_code == 1
    assert "worrys: error: 'worrys' is not a field this record can have; check the spelling: did you mean 'worries'?" in result.output
    assert "review.chair.phnoe: error:" in result.output and "did you mean 'phone'?" in result.output
    unlike = tmp_path / "unlike.yaml"
    unlike.write_text(text.replace("\nworries:", "\nzzzzzz:"), encoding="utf-8")
    assert "did you mean" not in CliRunner().invoke(main, ["validate", str(unlike)]).output


def test_validates_messages_and_its_summary_are_each_on_their_own_line(tmp_path):
    """Business support log `validate ... 2>&1`: each problem (stdout) ends its line before the
    summary (stderr), in a real process writing to a pipe, several errors and warnings in two files."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from recordfiles import write_record

    def problems(d):
        d["review"]["venue"] = "your school"  # a warning: the parent's views came by phone
        d["worries"].append({"text": "A worry.", "withhold_from": ["parent"]})
        d["actions"][0]["by"] = "2026-02-01"  # before the review
        d["actions"][1]["by"] = "2026-03-28"  # a Saturday: a warning
    first = write_record(tmp_path, problems, name="one.yaml")
    second = write_record(tmp_path, lambda d: d["actions"][1].update(by="2026-01-01"), name="two.yaml")
    root = Path(__file__).resolve().parent.parent
    # The council's own contacts: the warning about the fictional ones is the settings', not a record's.
    council = tmp_path / "council.toml"
    council.write_text('[childrens_rights]\nphone = "0800 111 2222"\nemail = "rights@northshire.example"\n')
    env = {**os.environ, "PYTHONPATH": str(root), "RECORDGEN_SETTINGS": str(council)}
    run = subprocess.run([sys.executable, "-m", "recordgen", "validate", str(first), str(second)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    lines = run.stdout.splitlines()
    summary = [line for line in lines if "file(s) checked" in line]
    assert len(summary) == 1 and summary[0].startswith("2 file(s) checked: "), run.stdout
    problems_seen = [line for line in lines if ": error: " in line or ": warning: " in line]
    assert len(problems_seen) >= 3, run.stdout
    for line in problems_seen:
        assert line.startswith(str(tmp_path)) and "file(s) checked" not in line, line
    assert run.stdout.endswith("\n")
