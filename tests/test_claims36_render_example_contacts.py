"""Blind review 29 (#15): `render ... --allow-example-contacts` was "No such option" while `batch` refuses
without it. `render` takes it with the same meaning (copies with the fictional contacts, for a trial);
it still makes the README's one-command demo without it, and warns either way."""

from __future__ import annotations

from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import SAM

WARNING = "fictional example Children's Rights Service contacts"


def render(tmp_path, *options):
    return CliRunner().invoke(main_group, ["render", str(SAM), "-o", str(tmp_path / "out"), *options])


def test_render_takes_the_option_batch_and_send_take(tmp_path, monkeypatch):
    monkeypatch.delenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", raising=False)  # tests/conftest.py sets it
    result = render(tmp_path, "--allow-example-contacts")
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "out").glob("*.docx")) and WARNING in result.output


def test_the_readmes_first_command_still_works_with_the_warning(tmp_path, monkeypatch):
    monkeypatch.delenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", raising=False)
    result = render(tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "NL-20451_2026-03-03_child-sam.docx").exists() and WARNING in result.output


def test_batch_still_refuses_without_it(tmp_path, monkeypatch):
    monkeypatch.delenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", raising=False)
    result = CliRunner().invoke(main_group, ["batch", str(SAM), "-o", str(tmp_path / "b"), "--allow-untranslated"])
    assert result.exit_code == 2 and "--allow-example-contacts" in result.output
