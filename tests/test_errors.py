"""recordgen's errors have one base, each carries its category, and the CLI maps categories to exit codes once."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group
from recordgen.cli._common import EXIT_FOR
from recordgen.distribution import BatchBusy, InputError, ManifestError
from recordgen.distribution.copies import refused_status
from recordgen.errors import Category, RecordgenError
from recordgen.rendering.template_messages import TemplateExtractionError
from recordgen.pdf import ConversionFailed, LibreOfficeMissing, PdfCheckFailed, PdfError
from recordgen.record.loading import InvalidRecord, ReadError
from recordgen.record.settings import SettingsError
from recordgen.translation import SidecarError, TranslationsNotReady, XliffError

from recordfiles import SAM

EXPECTED = {
    ReadError: Category.USAGE, InvalidRecord: Category.PROBLEMS, SettingsError: Category.USAGE,
    api.TemplateError: Category.PROBLEMS, TemplateExtractionError: Category.PROBLEMS,
    api.RecipientNotFound: Category.USAGE, api.PdfUnavailable: Category.ENVIRONMENT,
    SidecarError: Category.PROBLEMS, TranslationsNotReady: Category.PROBLEMS, XliffError: Category.PROBLEMS,
    InputError: Category.USAGE, BatchBusy: Category.USAGE, ManifestError: Category.USAGE,
    PdfError: Category.PROBLEMS, LibreOfficeMissing: Category.ENVIRONMENT, ConversionFailed: Category.PROBLEMS,
    PdfCheckFailed: Category.PROBLEMS,
}


@pytest.mark.parametrize("error", EXPECTED, ids=lambda e: e.__name__)
def test_every_error_has_the_one_base_and_its_category(error):
    assert issubclass(error, RecordgenError)
    assert error.category is EXPECTED[error]


def test_every_category_has_the_documented_exit_code():
    assert {c: EXIT_FOR[c] for c in Category} == {
        Category.PROBLEMS: 1, Category.USAGE: 2, Category.ENVIRONMENT: 3, Category.INTERNAL: 4}


def test_an_error_a_command_lets_through_gets_its_categorys_exit_code(tmp_path):
    runner = CliRunner()
    unknown = runner.invoke(main_group, ["render", str(SAM), "--for", "nobody", "-o", str(tmp_path)])
    assert unknown.exit_code == 2 and "no recipient 'nobody'" in unknown.output
    bad_settings = tmp_path / "settings.toml"
    bad_settings.write_text("[timescales\n", encoding="utf-8")
    settings = runner.invoke(main_group, ["--settings", str(bad_settings), "validate", str(SAM)])
    assert settings.exit_code == 2 and "Traceback" not in settings.output
    manifest = runner.invoke(main_group, ["report", str(tmp_path / "missing.csv")])
    assert manifest.exit_code == 2 and "Traceback" not in manifest.output


def test_translation_status_comes_from_the_error_not_its_words():
    loaded = api.load_record(SAM)
    parent = api.recipient_for(loaded.record, "parent")
    stale = TranslationsNotReady(parent, "ur", missing=[], stale=["worries.1"], allow_untranslated=False)
    missing = TranslationsNotReady(parent, "ur", missing=["worries.1"], stale=[], allow_untranslated=False)
    assert refused_status(stale) == "stale_translation"
    assert refused_status(missing) == "awaiting_translation"
