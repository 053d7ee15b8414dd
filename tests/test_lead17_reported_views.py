"""A view written about the child, the IRO's account, is pointed out (blind review 30, finding 20): the
copy prints "Yusuf drew me a picture ... and told Jenny he likes the big garden." under "What you think"
as if Yusuf had said it. The child's own words stay unchecked otherwise."""

from __future__ import annotations

from recordgen import api
from recordfiles import write_record


def _view_findings(tmp_path, view: str):
    def change(data):
        data["child_views"] = [view]
    path = write_record(tmp_path, change)
    return [f for f in api.check_record(api.load_record(path)) if f.loc[0] == "child_views"]


def test_a_view_about_the_child_by_name_is_pointed_out(tmp_path):
    (finding,) = _view_findings(tmp_path, "Sam told Lisa she wants to see Zain more.")
    assert finding.kind.value == "third-person" and finding.word == "Sam" and finding.fix is None
    assert "What you told me" in finding.message


def test_the_childs_own_words_are_not_checked(tmp_path):
    assert _view_findings(tmp_path, "I want to see Zain more. He is my best brother and Mum is kind.") == []
    assert _view_findings(tmp_path, "Dear Helen, I want a dog.") == []
