"""Blind review 30, finding 17: a record's copy told "Your next review is on <the planned day>." in a
batch that held the child's planned next review, and "... will be by <the latest lawful day>" when
rendered alone, so a copy reprinted later contradicted the one sent. `render`, the API's Renderer and
`serve`'s preview now take the chain facts (rules/chain.py) from the child's other records in the
record's own folder, as a batch of that folder does. Real files, the commands run, the copies read back."""

from __future__ import annotations

from click.testing import CliRunner

from recordfiles import docx_text, write_record
from recordgen import api
from recordgen.cli import main_group
from test_claims32_chain_copies import _batch, _child_copy, _clock, _long, _review  # noqa: F401 - the fixture

HELD, PLANNED = "2026-03-03", "2026-05-20"
TOLD = f"Your next review is on {_long(PLANNED)}."


def _render(record, out, *extra):
    result = CliRunner().invoke(main_group, ["render", str(record), "-o", str(out), *extra],
                                                catch_exceptions=False)
    return result


def _text(path) -> str:
    return " ".join(docx_text(path.read_bytes()).split())


def _alone_text(out, record) -> str:
    result = _render(record, out)
    assert result.exit_code == 0, (result.stdout, result.stderr)
    (made,) = out.glob("*.docx")
    return _text(made)


def _with_planned(tmp_path, name: str = "r2.yaml"):
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    write_record(folder, _review(PLANNED, 3, status="planned"), name=name)
    return folder, held


def test_render_alone_tells_the_planned_next_review_beside_it_as_the_batch_does(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder, held = _with_planned(tmp_path)
    _batch(folder, tmp_path / "out", "2026-03-10")
    batch_copy = _child_copy(tmp_path / "out", HELD)
    assert TOLD in batch_copy
    alone = _alone_text(tmp_path / "alone", held)
    assert TOLD in alone and "will be by" not in alone
    assert alone == batch_copy


def test_the_api_renderer_and_write_copies_tell_it_too(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    _folder, held = _with_planned(tmp_path)
    loaded = api.load_record(held)
    child = api.recipient_for(loaded.record, "child")
    assert TOLD in " ".join(docx_text(api.Renderer().render_copy(loaded, child).data).split())
    ((copy, _target),) = api.write_copies(api.Renderer(), loaded, [(child, tmp_path / "c.docx")])
    assert TOLD in _text(tmp_path / "c.docx")
    # A record with no file to look beside (an integration's data) is as before.
    bare = " ".join(docx_text(api.Renderer().render_copy(loaded.record, child).data).split())
    assert TOLD not in bare and "will be by" in bare


def test_with_no_next_review_beside_it_render_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    held = write_record(lonely, _review(HELD, 2), name="r1.yaml")
    before = _alone_text(tmp_path / "a", held)
    assert "Your next review will be by" in before and TOLD not in before
    # Beside it: another child's planned review, a broken file, a translations file, a text file.
    write_record(lonely, lambda d: (_review(PLANNED, 3, status="planned")(d), d["child"].update(id="NL-99999")),
                 name="other-child.yaml")
    (lonely / "broken.yaml").write_text("child: [\n  id: NL-20451\nreview: {", encoding="utf-8")
    (lonely / "notes.txt").write_text("child:\n  id: NL-20451\nreview:\n  date: 2026-05-20\n", encoding="utf-8")
    result = _render(held, tmp_path / "b")
    assert result.exit_code == 0 and "broken" not in result.stderr, result.stderr
    (made,) = (tmp_path / "b").glob("*.docx")
    assert _text(made) == before


def test_an_invalid_planned_record_beside_it_counts_as_in_a_batch(tmp_path, monkeypatch):
    """The batch reads the chain from each file's child id and dates, however the rest of it is."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    write_record(folder, lambda d: (_review(PLANNED, 3, status="planned")(d), d.update(worrys=["typo"])),
                 name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-03-10")
    assert TOLD in _child_copy(tmp_path / "out", HELD)
    assert TOLD in _alone_text(tmp_path / "alone", held)


def test_a_json_record_beside_it_counts_as_in_a_batch(tmp_path, monkeypatch):
    import json

    from recordfiles import example_data
    from recordfiles import SAM

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    data = example_data(SAM)
    _review(PLANNED, 3, status="planned")(data)
    (folder / "r2.json").write_text(json.dumps(data, default=str), encoding="utf-8")
    _batch(folder, tmp_path / "out", "2026-03-10")
    assert TOLD in _child_copy(tmp_path / "out", HELD)
    assert TOLD in _alone_text(tmp_path / "alone", held)


def test_render_refuses_as_the_batch_does_a_planned_next_review_after_the_lawful_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    write_record(folder, _review("2026-09-08", 3, status="planned"), name="r2.yaml")  # due by 2026-09-03
    result = _render(held, tmp_path / "out")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "later than the law allows" in result.stderr and "r2.yaml" in result.stderr
    assert not list((tmp_path / "out").glob("*.docx"))


def test_render_alone_tells_the_previous_reviews_verdict_beside_it_as_the_batch_does(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review(HELD, 2), name="r1.yaml")
    later = write_record(folder, _review("2026-06-10", 3, still_right=False), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-07-01")
    batch_copy = _child_copy(tmp_path / "out", "2026-06-10")
    assert "I do not think your plan is right for you any more." in batch_copy
    assert _alone_text(tmp_path / "alone", later) == batch_copy


def test_serves_preview_tells_it_too(tmp_path, monkeypatch):
    from recordgen.record.loading import parse_file
    from recordgen.web.app import Page
    from recordgen.web.store import Folder

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder, held = _with_planned(tmp_path)
    page = Page(Folder(folder), api.Settings())
    data, _ = parse_file(held)
    html = page.preview("r1.yaml", data, "1")["html"]
    assert _long(PLANNED) in html and "will be by" not in html


def test_only_the_childs_own_records_beside_it_are_parsed(tmp_path, monkeypatch):
    """Cheap in a folder of many children: each other file's head is read for its child id, and only
    the child's own records are parsed whole; translations files and other names are not opened."""
    import recordgen.record.loading as loading
    from recordgen.rules.chain import beside

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder, held = _with_planned(tmp_path)
    for n in range(5):
        write_record(folder, lambda d, n=n: d["child"].update(id=f"NL-9000{n}"), name=f"other{n}.yaml")
    (folder / "r2.translations.yaml").write_text("child:\n  id: NL-20451\n", encoding="utf-8")
    loaded = api.load_record(held)
    parsed = []
    real = loading.parse_file
    monkeypatch.setattr(loading, "parse_file", lambda path, *a, **k: (parsed.append(str(path)), real(path, *a, **k))[1])
    chain = beside(loaded.record, loaded.file)
    assert [p.rsplit("/", 1)[-1] for p in parsed] == ["r2.yaml"]
    assert chain.after(loaded.record.child.id, loaded.record.review.date).date.isoformat() == PLANNED


def test_serves_check_says_a_late_planned_next_review_beside_it(tmp_path, monkeypatch):
    from recordgen.record.loading import parse_file
    from recordgen.web.app import Page
    from recordgen.web.store import Folder

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    write_record(folder, _review("2026-09-08", 3, status="planned"), name="r2.yaml")
    page = Page(Folder(folder), api.Settings())
    data, _ = parse_file(held)
    problems = page.check("r1.yaml", data)["problems"]
    assert any(p["severity"] == "error" and "later than the law allows" in p["rule"] for p in problems), problems
