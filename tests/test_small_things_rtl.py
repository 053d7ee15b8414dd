"""Issue 14, part 4: the small things a reader or a user at the command line notices."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli._common import main_group as main
from recordgen.i18n import format_date, gettext_functions
from recordgen.record.loading import load_record

from recordfiles import docx_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LILY = EXAMPLES / "review-lily-3.yaml"


def test_a_date_that_starts_a_sentence_takes_a_capital():
    _, _n = gettext_functions("pl")
    day = format_date(dt.date(2026, 2, 24), "pl")
    assert day == "wtorek, 24 lutego 2026"
    assert _("%(date)s", date=day) == "Wtorek, 24 lutego 2026"
    # Mid-sentence it stays as the language writes it.
    assert _("Your next review will be by %(date)s.", date=day).endswith("najpóźniej do wtorku, 24 lutego 2026.")
    # Names are never touched, even at the start of a sentence.
    assert _("%(who)s gave it %(score)s out of 10.", who="de Souza", score=3).startswith("de Souza")


def test_the_polish_copy_starts_its_sentence_with_a_capital_day():
    loaded = load_record(LILY)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert copy.language == "pl"
    assert "We wtorek, 24 lutego 2026" in text  # the preposition opens the sentence now
    assert ". wtorek" not in text and ". we wtorek" not in text


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
    text = (EXAMPLES / "review-sam-9.yaml").read_text(encoding="utf-8")
    typo = tmp_path / "typo.yaml"
    typo.write_text(text.replace("\nworries:", "\nworrys:").replace("    phone:", "    phnoe:"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(typo)])
    assert result.exit_code == 1
    assert "worrys: error: 'worrys' is not a field this record can have; check the spelling: did you mean 'worries'?" in result.output
    assert "review.chair.phnoe: error:" in result.output and "did you mean 'phone'?" in result.output
    unlike = tmp_path / "unlike.yaml"
    unlike.write_text(text.replace("\nworries:", "\nzzzzzz:"), encoding="utf-8")
    assert "did you mean" not in CliRunner().invoke(main, ["validate", str(unlike)]).output


def test_names_stay_as_the_record_writes_them():
    from recordgen.i18n.names import name_in, names_rewritten, record_names, who_as_written

    record = load_record(EXAMPLES / "review-sam-9.yaml").record
    names = record_names(record)
    assert name_in("Jo Smith (your social worker)", names) == "Jo Smith"
    assert name_in("Mark and Lisa", names) == "Mark and Lisa"
    assert name_in("Your carers", names) is None
    # The role is the translator's, the name the record's.
    assert who_as_written("Jo Smith (your social worker)", "جو اسمتھ (آپ کی سوشل ورکر)", names) == \
        "Jo Smith (آپ کی سوشل ورکر)"
    assert who_as_written("Mark and Lisa", "مارک اور لیزا", names) == "Mark and Lisa"
    assert who_as_written("Your carers", "آپ کے نگہداشت کرنے والے", names) == "آپ کے نگہداشت کرنے والے"
    assert names_rewritten("I like living with Mark and Lisa and I want to stay.",
                           "مجھے مارک اور لیزا کے ساتھ رہنا اچھا لگتا ہے", names) == ["Mark and Lisa"]
    assert names_rewritten("Mrs Patel said you made friends.", "Mrs Patel نے بتایا", names) == []


def test_the_urdu_copy_writes_every_name_in_the_records_letters():
    loaded = load_record(EXAMPLES / "review-sam-9.yaml")
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert copy.language == "ur"
    for transliterated in ("مارک", "لیزا", "اسمتھ", "ہیلن", "پٹیل"):
        assert transliterated not in text
    # The carers by first names only: Sam's placement is confidential (issue 17.3, test_claims).
    for name in ("Mark", "Lisa", "Jo Smith", "Helen Price", "Mrs Patel"):
        assert name in text
    assert "Owen" not in text


def test_a_translation_that_rewrites_a_name_is_refused_at_import():
    from lxml import etree

    from recordgen.translation import XliffError, check_translations, export_xliff, read_xliff

    record = load_record(EXAMPLES / "review-sam-9.yaml").record
    exported = export_xliff(record, "review-sam-9.yaml", "ur")
    assert b"Write these names exactly as here, in these letters: Mark and Lisa." in exported
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    tree = etree.fromstring(exported)
    for unit in tree.iterfind(".//x:trans-unit", ns):
        source = unit.findtext("x:source", namespaces=ns)
        target = etree.SubElement(unit, "{%s}target" % ns["x"])
        target.text = source.replace("Mark and Lisa", "مارک اور لیزا")
    with pytest.raises(XliffError) as refused:
        check_translations(record, read_xliff(etree.tostring(tree)), "file.xlf")
    problems = [p for p in refused.value.problems if "differently from the record" in p]
    assert any("unit care_plan.plan: writes 'Mark and Lisa' differently" in p for p in problems)
