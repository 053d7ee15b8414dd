"""Session 34, item 6 (blind review 27, finding 4): an attendee's contribution "sent a letter from prison"
cannot be withheld, so the copy read aloud to a 2-year-old said it while the prison was withheld from
her. The same-matter check finds it; its warning now says the fix that works (say what they did
without it, "sent a letter", and keep where in an item withheld from the child), and following it
leaves no warning and no prison in the child's copy. Real validation and copies."""

from __future__ import annotations

from recordfiles import docx_text, write_record
from recordgen import api

KEPT = "Sam's dad is in prison until 2028 and she has not been told yet."


def _dad_in_prison(contributed: str = "sent a letter from prison", role: str = "dad", told: str | None = None):
    def change(data):
        data["review"]["attendees"].append({"name": "Gareth Khan", "role": role, "attended": False,
                                            "contributed": contributed})
        data["worries"].append({"text": told or KEPT, "withhold_from": ["child"]})
    return change


def _found(tmp_path, change, field: str):
    loaded = api.load_record(write_record(tmp_path, change))
    return [d for d in api.validate(loaded) if d.path.endswith(field) and d.path.startswith("review.attendees")]


def test_the_warning_tells_the_fix_that_works(tmp_path):
    (found,) = _found(tmp_path, _dad_in_prison(), "contributed")
    # An error since blind review 29, finding 7: Sam's own copy shows it (tests/test_leaks37_topic_to_child.py).
    assert found.severity == "error" and found.path == "review.attendees.6.contributed"
    message = found.message
    assert "this says 'prison'" in message and "withheld from child" in message
    assert "an attendee's contribution cannot be withheld: every copy shows it, so it tells child" in message
    assert "say what they did without it ('sent a letter')" in message
    assert "write that in an item withheld from child" in message
    assert "may tell" not in message and "read the two" not in message


def test_following_it_leaves_no_warning_and_no_prison_for_the_child(tmp_path):
    fixed = _dad_in_prison("sent a letter", told=KEPT + " His letter came from prison.")
    assert not _found(tmp_path, fixed, "contributed")
    loaded = api.load_record(write_record(tmp_path, fixed))
    child = docx_text(api.Renderer(allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "child")).data)
    assert "Gareth" in child and "sent a letter" in child and "prison" not in child


def test_a_role_naming_the_matter_is_told_to_give_the_role_without_it(tmp_path):
    (found,) = _found(tmp_path, _dad_in_prison("sent a report", role="dad's probation officer"), "role")
    assert "an attendee's role cannot be withheld" in found.message
    assert "give their role without it" in found.message


def test_no_suggestion_where_nothing_would_be_left(tmp_path):
    (found,) = _found(tmp_path, _dad_in_prison("in prison"), "contributed")
    assert "say what they did without it, and if the adults" in found.message
