"""Session 34, item 5 (blind review 27, finding 15): `recordgen translate export` told the translator of
an item withheld from the child, printed only in "For the adults: not to be read to Sam", and of an
action withheld from the child, "Written to the child, as 'you'."; a translator following it would write
"you need a short break" to the child in the adults' part. Their note says they are for the adults,
about the child. A real export, read back."""

from __future__ import annotations

from click.testing import CliRunner
from lxml import etree

from recordfiles import docx_text, write_record
from recordgen.cli import main_group

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
TO_THE_CHILD = "Written to the child, as 'you'."


def _kept_from_sam(data):
    data["worries"].append({"text": "Mark's operation may mean Sam needs a short break with another carer in "
                                    "August.", "withhold_from": ["child"]})
    data["actions"].append({"who": "Jo Smith (Sam's social worker)", "what": "Find Sam a short-break carer.",
                            "by": "2026-04-30", "withhold_from": ["child"]})


def _notes(tmp_path) -> tuple[dict[str, str], object]:
    record = write_record(tmp_path, _kept_from_sam)
    out = tmp_path / "sam.ur.xlf"
    result = CliRunner().invoke(main_group, ["translate", "export", str(record), "--lang", "ur", "-o", str(out)])
    assert result.exit_code == 0, result.output
    tree = etree.fromstring(out.read_bytes())
    notes = {u.get("id"): u.find("x:note", NS).text for u in tree.iterfind(".//x:trans-unit", NS)}
    notes["header"] = tree.find(".//x:header/x:note[@from='recordgen']", NS).text
    return notes, record


def test_items_withheld_from_the_child_are_noted_as_for_the_adults(tmp_path):
    notes, record = _notes(tmp_path)
    worry = f"worries.{len([k for k in notes if k.startswith('worries.')])}"  # the last, 1-based
    kept = [worry, "actions.5.who", "actions.5.what"]
    for path in kept:
        assert TO_THE_CHILD not in notes[path], path
        assert "For the adults, about the child" in notes[path] and "not written to them as 'you'" in notes[path]
    assert "an item whose note says it is for the adults is about the child, not to them" in notes["header"]
    # What the child reads keeps its note.
    assert notes["worries.1"].endswith(TO_THE_CHILD) and notes["actions.1.what"].endswith(TO_THE_CHILD)
    # And the copy does print them in the adults' part, as the note says.
    from recordgen import api

    loaded = api.load_record(record)
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "social_worker")).data)
    assert "Mark's operation may mean Sam needs a short break" in text.split("For the adults")[-1]


def test_without_such_items_the_header_says_only_you(tmp_path):
    from recordgen.record.loading import load_record
    from recordgen.translation.xliff import export_xliff

    tree = etree.fromstring(export_xliff(load_record(write_record(tmp_path)).record, "r.yaml", "ur"))
    header = tree.find(".//x:header/x:note[@from='recordgen']", NS).text
    assert "speaking to the child as 'you'. Keep names" in header and "for the adults" not in header
