"""The command line, through click's CliRunner: output, exit codes, never a traceback."""

import datetime as dt
import json
import subprocess
import sys

import docx
import pytest

from recordgen.cli import main as cli_main

from recordfiles import AHMAD, LILY, SAM, english_parent, write_record


def test_validate_clean_examples(run, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # before Sam's next review
    result = run("validate", SAM, LILY, AHMAD)
    assert result.exit_code == 0, result.output
    # The shared Ahmad example has an action due on a Saturday, and Sam's tells her mum her teacher at the
    # confidential school by title and family name ("Mrs Patel said ...", blind review 40, finding 1):
    # warnings, so exit 0.
    assert "3 file(s) checked: 0 error(s), 2 warning(s)" in result.output


def test_validate_reports_every_problem_with_file_and_line(run, tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # before Sam's next review
    def bad(d):
        d["scale"]["score"] = 12
        d["review"]["participation"] = "PN0"
        d["working_well"][1] = d["working_well"][1].replace("Mrs Patel said", "Your teacher said")  # no warning
    path = write_record(tmp_path, bad)
    result = run("validate", path)
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if l.startswith(str(path))]
    assert len(lines) == 2
    assert all(l.split(":")[1].isdigit() for l in lines)


def test_validate_warnings_pass_unless_strict(run, tmp_path):
    path = write_record(tmp_path, lambda d: d.update(goals=[]))
    assert run("validate", path).exit_code == 0
    assert run("validate", "--strict", path).exit_code == 1


def test_validate_json(run, tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # before Sam's next review
    path = write_record(tmp_path, lambda d: d["scale"].update(score=12))
    result = run("validate", "--json", path)
    problems = json.loads(result.stdout)
    assert problems[0]["path"] == "scale.score" and problems[0]["severity"] == "error"


def test_unreadable_and_broken_files_exit_2(run, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("child: [\n", encoding="utf-8")
    result = run("validate", broken, tmp_path / "missing.yaml")
    assert result.exit_code == 2
    assert f"{broken}:" in result.output and "missing.yaml" in result.output


def test_render_child_copy_by_default(run, tmp_path):
    result = run("render", SAM, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    written = tmp_path / "NL-20451_2026-03-03_child-sam.docx"
    assert written.is_file()
    assert any("Dear Sam" in p.text for p in docx.Document(written).paragraphs)


def test_render_for_a_recipient_by_role_or_name(run, tmp_path):
    assert run("render", SAM, "--for", "carer", "-o", tmp_path / "carer.docx").exit_code == 0
    assert run("render", SAM, "--for", "Jo Smith", "-o", tmp_path / "jo.docx").exit_code == 0
    assert (tmp_path / "carer.docx").is_file() and (tmp_path / "jo.docx").is_file()
    result = run("render", SAM, "--for", "nobody")
    assert result.exit_code == 2 and "Mark and Lisa Owen (carer)" in result.output


def test_render_for_a_role_two_people_have_writes_each_their_copy_and_names_them(run, tmp_path):
    # Blind review 10: --for parent with two mums wrote the first one's copy alone, saying nothing.
    def second_mum(data):
        english_parent(data)
        data["distribution"].insert(2, {"role": "parent", "name": "Precious Obi", "language": "en",
                                        "format": "docx"})
    path = write_record(tmp_path, second_mum)
    result = run("render", path, "--for", "parent", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "NL-20451_2026-03-03_parent-amina-khan.docx", "NL-20451_2026-03-03_parent-precious-obi.docx"]
    assert "--for parent: 2 recipients, a copy each: Amina Khan, Precious Obi" in result.stderr
    one_file = run("render", path, "--for", "parent", "-o", tmp_path / "parent.docx")
    assert one_file.exit_code == 2 and "Amina Khan, Precious Obi" in one_file.output
    assert not (tmp_path / "parent.docx").exists()
    by_name = run("render", path, "--for", "Precious Obi", "-o", tmp_path / "precious.docx")
    assert by_name.exit_code == 0 and "recipients" not in by_name.output


def test_render_all_json(run, tmp_path):
    result = run("render", LILY, "--all", "-o", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert [c["role"] for c in summary] == ["child", "parent", "carer", "social_worker"]
    assert {c["band"] for c in summary} == {"early"}
    assert summary[1]["language"] == "pl"
    for copy in summary:
        assert (tmp_path / copy["path"].split("/")[-1]).is_file()


def test_render_refuses_invalid_record(run, tmp_path):
    path = write_record(tmp_path, lambda d: d["scale"].update(score=99))
    result = run("render", path, "-o", tmp_path)
    assert result.exit_code == 1
    assert "recordgen validate" in result.output
    assert not list(tmp_path.glob("*.docx"))


def test_usage_errors_exit_2(run):
    assert run("render", SAM, "--all").exit_code == 2
    assert run("render", SAM, "--all", "--for", "carer", "-o", "x").exit_code == 2
    assert run("nonsense").exit_code == 2


def test_dates_json(run, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")  # a week after the review: nothing has passed
    result = run("dates", SAM, "--json")
    assert json.loads(result.stdout) == {
        "review_date": "2026-03-03", "review_due": None, "next_review_latest": "2026-09-03",
        "next_review": "2026-08-25", "record_distribution_due": "2026-03-31",
        "decisions_due": "2026-03-10", "invitations_by": "2026-08-11",
        "notes": {"next_review": "as the record gives it"},
    }


def test_dates_shows_the_lawful_limit_and_the_date_used(run, tmp_path):
    # Poppy's third review on 3 November 2026: the law allows until Monday 3 May 2027,
    # the Early May bank holiday, so the review is held by Friday 30 April.
    def poppy(data):
        data["review"].update(date=dt.date(2026, 11, 3), sequence=3)
        data.pop("next_review")
        for action in data["actions"]:
            action["by"] = dt.date(2026, 12, 1)
    result = run("dates", write_record(tmp_path, poppy))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "Next review due by (latest lawful)     2027-05-03  (May Day, a bank holiday in England, not a working day)" in lines
    assert ("Next review (date used)                2027-04-30  "
            "(the last working day before the latest lawful date; the record gives none)") in lines
    figures = json.loads(run("dates", write_record(tmp_path, poppy), "--json").stdout)
    assert (figures["next_review_latest"], figures["next_review"]) == ("2027-05-03", "2027-04-30")


def test_schema_is_json_schema(run):
    schema = json.loads(run("schema").stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert "child" in schema["required"]


def test_bad_settings_file_is_a_usage_error(run, tmp_path):
    settings = tmp_path / "council.toml"
    settings.write_text("[timescales]\nnation = 'france'\n", encoding="utf-8")
    result = run("--settings", settings, "dates", SAM)
    assert result.exit_code == 2 and "council.toml" in result.output


def test_settings_change_the_band_cut_points(run, tmp_path):
    settings = tmp_path / "council.toml"
    settings.write_text("[age_bands]\nmiddle = 10\n", encoding="utf-8")
    result = run("--settings", settings, "render", SAM, "-o", tmp_path, "--json")
    assert json.loads(result.stdout)[0]["band"] == "young"


def test_internal_fault_is_one_line_not_a_traceback(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))
    from recordgen import api

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api.Renderer, "render_copy", explode)
    with pytest.raises(SystemExit) as exited:
        cli_main(["render", str(SAM), "-o", str(tmp_path)])
    assert exited.value.code == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and "something went wrong" in err
    log = tmp_path / ".recordgen-error.log"
    assert "builtins.RuntimeError" in log.read_text() and "explode" in log.read_text()
    assert "boom" not in log.read_text()  # a fault's message may quote a child's data: never logged
    assert log.stat().st_mode & 0o777 == 0o600


def test_python_dash_m_works(tmp_path):
    done = subprocess.run([sys.executable, "-m", "recordgen", "validate", str(SAM)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_output_without_a_file_suffix_is_a_folder(run, tmp_path):
    target = tmp_path / "copies"
    assert run("render", SAM, "-o", target).exit_code == 0
    assert (target / "NL-20451_2026-03-03_child-sam.docx").is_file()
    result = run("render", SAM, "-o", tmp_path / "sam.docx", "--format", "pdf")
    assert result.exit_code == 2 and "does not end .pdf" in result.output


def test_settings_can_follow_the_commands_name(run, tmp_path):
    """The README says every command takes --settings; it was refused after the command's name."""
    settings = tmp_path / "council.toml"
    settings.write_text("[age_bands]\nmiddle = 10\n", encoding="utf-8")
    result = run("render", SAM, "-o", tmp_path, "--json", "--settings", settings)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["band"] == "young"
    bad = tmp_path / "bad.toml"
    bad.write_text("[timescales]\nnation = 'france'\n", encoding="utf-8")
    for args in (("validate", SAM, "--settings", bad), ("--settings", bad, "validate", SAM),
                 ("dates", SAM, "--settings", bad), ("actions", SAM, "--settings", bad),
                 ("consult", SAM, "-o", tmp_path, "--settings", bad),
                 ("consult", "make", SAM, "-o", tmp_path, "--settings", bad)):
        result = run(*args)
        assert result.exit_code == 2 and "bad.toml" in result.output, (args, result.output)
    # A subgroup's commands take it too.
    exported = run("translate", "export", SAM, "--lang", "ur", "-o", tmp_path / "x.xlf", "--settings", settings)
    assert exported.exit_code == 0, exported.output
    # Given in both places, the one after the command's name is used.
    assert run("--settings", bad, "validate", SAM, "--settings", settings).exit_code == 0


# Blind review 11, 8: the stock settings' Children's Rights Service contacts are fictional.
EXAMPLE_CONTACTS = "fictional example Children's Rights Service contacts"


def _council_settings(tmp_path):
    path = tmp_path / "council.toml"
    path.write_text('[childrens_rights]\nphone = "0800 111 2222"\nemail = "rights@northshire.example"\n',
                    encoding="utf-8")
    return path


def test_validate_and_render_warn_once_that_the_contacts_are_the_fictional_examples(run, tmp_path):
    for args in (("validate", SAM), ("render", SAM, "-o", tmp_path / "sam.docx")):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert result.stderr.count(EXAMPLE_CONTACTS) == 1, result.stderr
        assert "[childrens_rights] phone and email" in result.stderr and "0808 157 0192" in result.stderr
        assert EXAMPLE_CONTACTS not in result.stdout
        # The council's own: no warning.
        assert EXAMPLE_CONTACTS not in run("--settings", _council_settings(tmp_path), *args).output


def test_batch_refuses_the_fictional_contacts_unless_allowed_for_a_trial(run, tmp_path, monkeypatch):
    monkeypatch.delenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", raising=False)
    result = run("batch", SAM, "-o", tmp_path / "out")
    assert result.exit_code == 2 and EXAMPLE_CONTACTS in result.output and "--allow-example-contacts" in result.output
    assert not list(tmp_path.rglob("*.docx"))
    allowed = run("batch", SAM, "-o", tmp_path / "out", "--allow-example-contacts", "--allow-untranslated")
    assert allowed.exit_code == 0, allowed.output
    assert allowed.stderr.count(EXAMPLE_CONTACTS) == 1 and list(tmp_path.rglob("*.docx"))
    council = run("--settings", _council_settings(tmp_path), "batch", SAM, "-o", tmp_path / "out2",
                  "--allow-untranslated")
    assert council.exit_code == 0 and EXAMPLE_CONTACTS not in council.output
