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
