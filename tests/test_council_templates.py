"""A council's own templates: the folder, its fallbacks, `templates new|check`, and every way copies are made
(issue 19, item 4)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from recordgen import api
import recordgen.cli  # noqa: F401  registers the commands
from recordgen.cli._common import main_group
from recordgen.docx import package
from recordgen.support.resources import templates_dir

from recordfiles import EXAMPLES, SAM
from webserver import Client, copy_examples

OURS = "What you told us at the review"   # the council's heading, in its middle-band template
OURS_UR = "Our Urdu template's heading"    # in its Urdu-only middle-band template


def council_template(folder: Path, name: str, heading: str) -> Path:
    """The stock middle template with one heading reworded, as council staff would in Word."""
    parts = package.read_parts(templates_dir() / "middle.docx")
    before = parts["word/document.xml"]
    parts["word/document.xml"] = before.replace(b"How things are going", heading.encode())
    assert parts["word/document.xml"] != before
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(package.to_bytes(parts))
    return folder / name


@pytest.fixture
def council(tmp_path) -> Path:
    folder = tmp_path / "council"
    council_template(folder, "middle.docx", OURS)
    council_template(folder, "middle.ur.docx", OURS_UR)
    return folder


def body(source) -> str:
    """A copy's paragraphs: from a file, or from a rendered copy's bytes."""
    document = docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    return "\n".join(p.text for p in document.paragraphs)


def settings_file(tmp_path: Path, folder: str) -> Path:
    path = tmp_path / "council.toml"
    path.write_text(f'[templates]\nfolder = "{folder}"\n', encoding="utf-8")
    return path


# ---- where a copy's template comes from ------------------------------------------------------

def test_the_band_and_language_fall_back_to_the_stock_template(council):
    renderer = api.Renderer(templates=council)
    stock = templates_dir()
    assert renderer.template_path("middle", "en") == council / "middle.docx"
    assert renderer.template_path("middle", "ur") == council / "middle.ur.docx"
    assert renderer.template_path("middle", "UR") == council / "middle.ur.docx"
    assert renderer.template_path("middle", "pl") == council / "middle.docx"
    assert renderer.template_path("teen", "ur") == stock / "teen.docx"
    assert api.Renderer().template_path("middle", "ur") == stock / "middle.docx"


def test_each_copy_is_made_from_its_own_template(council):
    loaded = api.load_record(SAM)  # middle band; the parent reads Urdu
    renderer = api.Renderer(templates=council)
    child = renderer.render_copy(loaded, api.recipient_for(loaded.record, "child"))
    parent = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    assert OURS in body((child.data)) and OURS_UR not in body((child.data))
    assert OURS_UR in body((parent.data)) and OURS not in body((parent.data))
    stock = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    assert "What you told me" in body((stock.data))


def test_a_template_saved_again_while_serving_is_read_afresh(council):
    loaded = api.load_record(SAM)
    renderer = api.Renderer(templates=council)
    child = api.recipient_for(loaded.record, "child")
    assert OURS in body((renderer.render_copy(loaded, child).data))
    council_template(council, "middle.docx", "A heading saved a minute later")
    assert "A heading saved a minute later" in body((renderer.render_copy(loaded, child).data))


def test_the_setting_is_a_folder_from_the_settings_file(tmp_path, council):
    settings = api.load_settings(settings_file(tmp_path, "council"))
    assert Path(settings.templates.folder) == council.resolve()
    assert api.Renderer(settings).template_path("middle") == council.resolve() / "middle.docx"
    with pytest.raises(api.SettingsError, match="templates.folder: .*nowhere is not a folder"):
        api.load_settings(settings_file(tmp_path, "nowhere"))


def test_a_missing_templates_folder_is_a_usage_error(run, tmp_path):
    result = run("render", SAM, "-o", tmp_path / "out", "--templates", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "nowhere: no such folder of templates" in result.output


# ---- render, batch, serve ---------------------------------------------------------------------

def test_render_uses_templates_option_and_setting(run, tmp_path, council):
    result = run("render", SAM, "-o", tmp_path / "a.docx", "--templates", council)
    assert result.exit_code == 0, result.output
    assert OURS in body(tmp_path / "a.docx")
    result = run("--settings", settings_file(tmp_path, "council"), "render", SAM, "-o", tmp_path / "b.docx")
    assert result.exit_code == 0, result.output
    assert OURS in body(tmp_path / "b.docx")


def test_batch_uses_templates_option_and_setting(run, tmp_path, council):
    records = tmp_path / "records"
    records.mkdir()
    for name in ("review-sam-9.yaml", "review-sam-9.translations.yaml"):
        shutil.copy(EXAMPLES / name, records / name)
    for how, extra in (("option", ("--templates", council)),
                       ("setting", ())):
        out = tmp_path / f"out-{how}"
        settings = ("--settings", settings_file(tmp_path, "council")) if how == "setting" else ()
        result = run(*settings, "batch", records, "-o", out, "--format", "docx", "--workers", "1", *extra)
        assert result.exit_code == 0, result.output
        copies = {p.name: body(p) for p in out.rglob("*.docx")}
        child = next(text for name, text in copies.items() if "_child-" in name)
        parent = next(text for name, text in copies.items() if "_parent-" in name)
        assert OURS in child and OURS_UR in parent, how


def test_the_pages_preview_uses_the_councils_folder(tmp_path, council):
    folder = copy_examples(tmp_path / "records")
    settings = api.with_templates(api.Settings(), council)
    server = api_server(folder, settings)
    try:
        data, _ = _parse(folder / SAM.name)
        _, _, reply = Client(server).request("POST", f"/api/records/{SAM.name}/preview",
                                             body={"data": data, "recipient": "0"})
        assert OURS in json.loads(reply)["html"]
    finally:
        server.stop()


def api_server(folder, settings):
    from recordgen.web import Server
    return Server(folder, settings).start()


def _parse(path):
    from recordgen.record.loading import parse_file
    return parse_file(path)


def test_serve_takes_the_templates_option(run, tmp_path, monkeypatch):
    seen = {}

    class Stop(Exception):
        pass

    def fake_server(root, settings, host, port):
        seen["folder"] = settings.templates.folder
        raise Stop

    monkeypatch.setattr("recordgen.web.server.Server", fake_server)
    with pytest.raises(Stop):
        CliRunner().invoke(main_group, ["serve", str(tmp_path), "--no-browser", "--templates", str(tmp_path)],
                           catch_exceptions=False)
    assert seen["folder"] == str(tmp_path.resolve())


# ---- templates new, templates check -----------------------------------------------------------

def test_templates_new_copies_a_stock_template_and_never_overwrites(run, tmp_path):
    folder = tmp_path / "ours"
    result = run("templates", "new", "teen", folder)
    assert result.exit_code == 0, result.output
    assert (folder / "teen.docx").read_bytes() == (templates_dir() / "teen.docx").read_bytes()
    (folder / "teen.docx").write_bytes(b"our edits")
    result = run("templates", "new", "teen", folder)
    assert result.exit_code == 2 and "already there" in result.output
    assert (folder / "teen.docx").read_bytes() == b"our edits"
    assert run("templates", "new", "young", folder, "--language", "pl").exit_code == 0
    assert (folder / "young.pl.docx").is_file()
    assert run("templates", "new", "oldest", folder).exit_code == 2


def test_templates_check_a_folder(run, tmp_path, council):
    result = run("templates", "check", "-q", council)
    assert result.exit_code == 0, result.output
    assert "middle.ur.docx: sound; used for middle copies in ur" in result.output
    assert "the stock template is used for early, young, teen, young_adult" in result.output
    result = run("templates", "new", "teen", council, "--language", "ur")
    result = run("templates", "check", "-q", council)
    assert "the stock template is used for early, young, teen (but in ur), young_adult" in result.output
    (council / "teen.ur.docx").unlink()
    shutil.copy(council / "middle.docx", council / "midle.docx")
    shutil.copy(council / "middle.docx", council / "teen.UR.docx")
    broken = council_template(council, "young.docx", "x")
    parts = package.read_parts(broken)
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"child.address", b"child.nmae", 1)
    broken.write_bytes(package.to_bytes(parts))
    result = run("templates", "check", "-q", council)
    assert result.exit_code == 1
    assert "midle.docx: never used" in result.output
    assert "teen.UR.docx: never used: name it teen.ur.docx" in result.output
    assert "young.docx: word/document.xml: 'child.nmae' is not a name" in result.output


def test_templates_fields_lists_every_documented_name(run):
    result = run("templates", "fields")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == [name for name, _ in api.documented_fields()]
    assert "scale.fills" in names and "child.name" in names


def test_templates_check_defaults_to_the_setting(run, tmp_path, council):
    result = run("--settings", settings_file(tmp_path, "council"), "templates", "check", "-q")
    assert result.exit_code == 0 and "middle.docx: sound" in result.output
    result = run("templates", "check", "-q")
    assert result.exit_code == 2 and "set [templates] folder" in result.output
