"""Blind review 26, finding 4: a child's booklet answer "Dad came to my school again. I don't want him
to know where I live" imported into child_views went to every copy, Dad's too. `consult import` now
imports, withheld from parent (the safe default; the comment says why, and the IRO may take it off), a
child's answer that asks that someone not know where they live, names a part of the confidential
placement or speaks of a parent at the school, or repeats what an earlier review of the child beside
the record withheld; it says so, and that the rest go to every copy. `validate` warns at such words in
child_views a parent reads. The reviewer's booklet and records (tests/data_leaks31)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from ruamel.yaml import YAML

DATA = Path(__file__).parent / "data_leaks31"
ROOT = Path(__file__).parent.parent


def _run(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", *args], cwd=cwd, env=env, capture_output=True,
                          text=True)


def _planned(folder: Path, with_last_review: bool = True) -> Path:
    """Kayden's planned second review as it was before the booklets came back (the reviewer's
    kayden-2-imp.yaml without its imported answers), beside his first review."""
    text = (DATA / "kayden-2-imp.yaml").read_text(encoding="utf-8")
    text = text[:text.index("child_views:")] + text[text.index("placement:"):text.index("consultation:")]
    folder.mkdir(exist_ok=True)
    if with_last_review:
        shutil.copy(DATA / "kayden-1.yaml", folder / "kayden-1.yaml")
    (folder / "kayden-2.yaml").write_text(text, encoding="utf-8")
    return folder / "kayden-2.yaml"


def _refill(target: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=PdfReader(DATA / "kayden-booklet.pdf"))
    for page in writer.pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            parent = widget.get("/Parent")
            field = parent.get_object() if parent is not None else widget
            if str(field.get("/T")) in values and field.get("/FT") == "/Tx":
                field[NameObject("/V")] = TextStringObject(values[str(field.get("/T"))])
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


def _views(record: Path) -> list:
    return YAML(typ="safe", pure=True).load(record.read_text(encoding="utf-8"))["child_views"]


def test_the_answer_asking_to_keep_home_from_dad_is_imported_withheld_from_parent(tmp_path):
    record = _planned(tmp_path / "rec")
    result = _run("consult", "import", str(DATA / "kayden-booklet.pdf"), str(record), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    views = _views(record)
    assert views[1] == {"text": "Dad came to my school again. I don't want him to know where I live",
                        "withhold_from": ["parent"]}
    assert views[0] == "Rhona and Callum are kind" and views[2] == "see Ollie"
    assert "1 withheld" in result.stdout and "from parent" in result.stdout
    assert "every copy will print the child_views, parents' too" in result.stdout
    assert "withheld from parent on import" in record.read_text(encoding="utf-8")
    assert _run("validate", str(record), cwd=tmp_path).returncode == 0


def test_an_answer_repeating_what_the_last_review_withheld_is_withheld_again(tmp_path):
    record = _planned(tmp_path / "rec")
    pdf = _refill(tmp_path / "b.pdf", {"worries": "Ollie's new carers in Dunmore said he has been wetting the bed",
                                       "going_well": "I like my school"})
    result = _run("consult", "import", str(pdf), str(record), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    views = _views(record)
    assert {"text": "Ollie's new carers in Dunmore said he has been wetting the bed",
            "withhold_from": ["parent"]} in views
    assert "I like my school" in views   # nothing to keep: in every copy, as before
    assert "repeats what the review of 2026-11-02 withheld" in record.read_text(encoding="utf-8")


def test_validate_warns_at_the_held_records_view():
    result = _run("validate", str(DATA / "kayden-2-held.yaml"), cwd=DATA)
    assert ("kayden-2-held.yaml:24: child_views.2: warning: Kayden says 'don't want him to know where I live'"
            in result.stdout), result.stdout
