"""A round trip through the real OmegaT (Debian's omegat 3.6, console mode), as a
translator would: export --for-tool omegat, translate in OmegaT, import."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from omegat import FIXTURES, LEFT_IN_ENGLISH, new_project, require_omegat, segments, translate, translator
from recordgen.cli import main_group
from recordgen.translation import load_translations, read_xliff, sidecar_path
from xliff_schema import schema_errors

require_omegat()

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def run(*args: str):
    return CliRunner().invoke(main_group, list(args))


def test_omegat_round_trip_stores_exactly_what_was_translated(tmp_path: Path) -> None:
    record = tmp_path / "review-sam-9.yaml"
    shutil.copyfile(EXAMPLES / record.name, record)
    exported = tmp_path / "review-sam-9.ur.xlf"
    assert run("translate", "export", str(record), "--lang", "ur", "--for-tool", "omegat",
               "-o", str(exported)).exit_code == 0
    assert schema_errors(exported.read_bytes()) == []

    project = new_project(tmp_path / "ur" / "project", exported)
    shown = segments(project)
    # OmegaT sees every unit (none with an empty target), names as locked tags: each person of a joined
    # name its own, so the translator writes their language's "and" (claims31, blind review 24 #16).
    assert "I like living with <m0>Mark</m0> and <m1>Lisa</m1> and I want to stay." in shown
    assert LEFT_IN_ENGLISH <= set(shown)

    # Some segments left untranslated: OmegaT writes their English into the target.
    partly = translate(project, translator(shown, LEFT_IN_ENGLISH))
    assert schema_errors(partly.read_bytes()) == []
    returned = tmp_path / "sam-ur-back.xlf"
    shutil.copyfile(partly, returned)
    refused = run("translate", "import", str(returned), "--record", str(record))
    assert refused.exit_code == 1
    assert refused.output.count(f"{returned}: unit ") == 2
    assert "unit worries.1: is not translated (its target is the English, copied)" in refused.output
    assert ("unit working_well.3: is only partly translated; still in English: "
            "'You see her every two weeks at the family centre.'") in refused.output
    assert not sidecar_path(record).exists()

    # All translated. OmegaT leaves state="needs-translation" as recordgen wrote it.
    shutil.rmtree(project / "target")
    (project / "target").mkdir()
    done = translate(project, translator(shown))
    contents = read_xliff(done.read_bytes())
    assert {u.state for u in contents.units} == {"needs-translation"}
    shutil.copyfile(done, returned)
    imported = run("translate", "import", str(returned), "--record", str(record))
    assert imported.exit_code == 0, imported.output
    store = load_translations(record)
    tree = etree.parse(str(done))
    for unit in tree.iterfind(".//x:trans-unit", NS):
        target = unit.find("x:target", NS)
        assert store.entry("ur", unit.get("id")).translation == "".join(target.itertext()).strip()
        # The locked names came back locked.
        source_names = [m.text for m in unit.find("x:source", NS).iterfind("x:mrk", NS)]
        assert [m.text for m in target.iterfind("x:mrk", NS)] == source_names
    assert store.entry("ur", "child_views.1").translation == (
        "[ur] I LIKE LIVING WITH Mark and Lisa and I WANT TO STAY.")
    assert run("translate", "status", str(record)).exit_code == 0


def test_the_kept_omegat_files_are_what_omegat_returns(tmp_path: Path) -> None:
    """tests/omegat/ stands in for OmegaT where it is not installed: it must match what
    OmegaT writes now (but the export's date)."""
    record = tmp_path / "review-sam-9.yaml"
    shutil.copyfile(FIXTURES / record.name, record)
    exported = tmp_path / "review-sam-9.ur.xlf"
    assert run("translate", "export", str(record), "--lang", "ur", "--for-tool", "omegat",
               "-o", str(exported)).exit_code == 0
    for name, left in (("translated", set()), ("partly-translated", LEFT_IN_ENGLISH)):
        project = new_project(tmp_path / name / "project", exported)
        now = _without_date(translate(project, translator(segments(project), left)).read_bytes())
        kept = _without_date((FIXTURES / f"review-sam-9.ur.omegat-{name}.xlf").read_bytes())
        assert now == kept, f"run python3 tests/omegat.py to rebuild tests/omegat/ ({name})"


def _without_date(data: bytes) -> bytes:
    root = etree.fromstring(data)
    root.find("x:file", NS).attrib.pop("date")
    return etree.tostring(root)
