"""recordgen.api is the library's face: the CLI uses nothing else, and what a command does is a call."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from recordgen import api

from fictional import fictional_record, record_yaml
from recordfiles import AHMAD, SAM

CLI = Path(api.__file__).parent / "cli"


def test_the_cli_imports_recordgen_only_through_api():
    for module in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                target = "." * node.level + (node.module or "")
                names = {alias.name for alias in node.names}
                # The authoring page (web/) is, like the CLI, an interface over api: `serve` starts it.
                allowed = (target in ("..api", "._common", ".") or (target == ".." and names == {"api"})
                           or target == "..web" or target.startswith("..web."))
                assert allowed, f"{module.name} imports {target} {names}"
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                name = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                assert not (name or "").startswith("recordgen"), f"{module.name} imports {name}"


def test_everything_api_exports_exists():
    for name in api.__all__:
        assert getattr(api, name) is not None, name


def test_translation_status_is_a_library_call():
    progress = {p.recipient.name: p for p in api.translation_status(SAM)}
    mum = progress["Amina Khan"]
    assert mum.language == "ur" and mum.ready and mum.translated and not mum.missing
    assert "Sam" not in progress  # her copy is in English
    loaded = api.load_record(AHMAD)
    assert [p.language for p in api.translation_status(loaded)][:1] == ["ps"]


def test_mark_sent_is_a_library_call(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-02")  # made then: never marked sent before it was made
    records = tmp_path / "records"
    records.mkdir()
    (records / "one.yaml").write_text(record_yaml(fictional_record(0)), encoding="utf-8")
    out = tmp_path / "out"
    summary = api.Batch(api.BatchOptions(output=out, format="docx", workers=1, today=dt.date(2026, 2, 2))).run(
        api.find_record_files([records]))
    assert summary.all_ready
    manifest = out / api.MANIFEST_CSV
    rows = list(api.read_manifest(manifest))
    result = api.mark_sent(manifest, [Path(rows[0].path).name], sent_on=dt.date(2026, 2, 2))
    assert (result.marked, result.refused) == (1, [])
    assert set(api.read_sent(manifest)) == {rows[0].path}
    report = api.distribution_report(manifest, as_of=dt.date(2026, 2, 3))
    assert f"1/{len(rows)} sent" in api.format_report(report)
    with pytest.raises(api.MarkSentRefused) as refused:
        api.mark_sent(manifest, ["no-such-copy.docx"])
    assert refused.value.category is api.Category.USAGE
    with pytest.raises(api.MarkSentRefused):
        api.mark_sent(manifest, child_id=rows[0].child_id, sent_on=dt.date.today() + dt.timedelta(days=1))


def test_record_schema_and_dates():
    assert api.record_schema()["title"] == "recordgen review record"
    dates = api.review_dates(api.load_record(SAM).record)
    assert dates.record_distribution_due > dates.review_date


def test_a_command_imports_only_what_it_runs():
    """`recordgen --help` must not pay for the renderer, the language check or PDFs (issue 20)."""
    assert _loaded_after("from recordgen.cli import main_group", [
        "docx", "docxtpl", "wordfreq", "lemminflect", "numpy", "pypdf", "recordgen.rendering.renderer",
        "recordgen.wording.check", "recordgen.distribution.batch", "starlette", "matplotlib"]) == []


def test_a_docx_batch_imports_nothing_of_pdfs_or_planned_reviews(tmp_path):
    """What a PDF or a planned review's papers need is imported when one is made (issue 20)."""
    code = ("from pathlib import Path; from recordgen.distribution import Batch, BatchOptions; "
            f"Batch(BatchOptions(output=Path({str(tmp_path / 'out')!r}), format='docx', workers=1)).run("
            f"[Path({str(SAM)!r})])")
    assert _loaded_after(code, ["pypdf", "recordgen.pdf", "recordgen.pdf.forms", "recordgen.rendering.consult",
                                "recordgen.distribution.booklet_form", "recordgen.distribution.feedback_form"]) == []


def _loaded_after(code: str, heavy: list[str]) -> list[str]:
    """Which of ``heavy`` a fresh Python has imported after running ``code``."""
    import subprocess
    import sys

    probe = f"import sys; {code}; print(' '.join(name for name in {heavy!r} if name in sys.modules))"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          cwd=Path(api.__file__).parents[1]).stdout.split()
