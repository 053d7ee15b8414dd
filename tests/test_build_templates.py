"""tools/build_templates.py writes a starting template, and never over one edited since (issue 19, item 1)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import docx
import pytest

pytest.importorskip("PIL")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_templates", ROOT / "tools" / "build_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_fresh_build_then_a_rebuild_changes_nothing(build, tmp_path, capsys):
    assert build.main(["--out", str(tmp_path), "teen"]) == 0
    first = (tmp_path / "teen.docx").read_bytes()
    assert build.written_by_a_build(tmp_path / "teen.docx")
    assert build.main(["--out", str(tmp_path), "teen"]) == 0
    assert (tmp_path / "teen.docx").read_bytes() == first
    assert "unchanged" in capsys.readouterr().out


def test_a_file_as_an_older_build_wrote_it_is_rebuilt(build, tmp_path):
    """A changed script, rebuilt: the file a build wrote is replaced (merge the script and rebuild)."""
    path = tmp_path / "teen.docx"
    build.main(["--out", str(tmp_path), "teen"])
    # What an earlier script wrote: other content, with its own fingerprint.
    parts = build.package.read_parts(path)
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"Your rights", b"Your old rights")
    assert b"Your old rights" in parts["word/document.xml"]
    core = parts["docProps/core.xml"].decode()
    old_hash = core.split("sha256:")[1][:64]
    parts["docProps/core.xml"] = core.replace(old_hash, build._content_hash(parts)).encode()
    path.write_bytes(build.package.to_bytes(parts))
    assert build.written_by_a_build(path)
    assert build.main(["--out", str(tmp_path), "teen"]) == 0
    assert b"Your old rights" not in build.package.read_parts(path)["word/document.xml"]


def test_a_file_edited_since_is_never_overwritten(build, tmp_path, capsys):
    path = tmp_path / "teen.docx"
    build.main(["--out", str(tmp_path), "teen"])
    document = docx.Document(str(path))
    document.add_paragraph("Our council's own words")   # what council staff do in Word
    document.save(str(path))
    edited = path.read_bytes()
    assert not build.written_by_a_build(path)
    assert build.main(["--out", str(tmp_path), "teen"]) == 1
    assert path.read_bytes() == edited
    assert "teen.docx: not overwritten" in capsys.readouterr().err


def test_a_file_saved_by_word_or_libreoffice_without_a_fingerprint_is_never_overwritten(build, tmp_path):
    path = tmp_path / "teen.docx"
    build.main(["--out", str(tmp_path), "teen"])
    parts = build.package.read_parts(path)
    parts["docProps/core.xml"] = parts["docProps/core.xml"].replace(b"recordgen-build sha256:", b"x")
    parts["docProps/app.xml"] = parts["docProps/app.xml"].replace(b"Microsoft Macintosh Word", b"LibreOffice/7.4")
    path.write_bytes(build.package.to_bytes(parts))
    assert build.main(["--out", str(tmp_path), "teen"]) == 1


def test_the_fingerprint_never_reaches_a_copy():
    from recordgen import api

    from recordfiles import SAM

    loaded = api.load_record(SAM)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    from recordgen.docx import package

    assert all(b"recordgen-build" not in data for data in package.read_parts(copy.data).values())
