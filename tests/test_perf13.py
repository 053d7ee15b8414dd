"""Start-up work kept in the cache folder (issue 20): a template's compiled code, a language's catalogs.

Each is made once and read back by the next process; a changed source makes it again, and what
a copy says is the same either way.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from recordgen.rendering import template
from recordgen.support.resources import templates_dir

_BODY = "word/document.xml"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "recordgen"


def _template_saying(path: Path, words: str) -> Path:
    """The shipped middle template with a body of one paragraph, ``words`` (Jinja allowed)."""
    with zipfile.ZipFile(templates_dir() / "middle.docx") as source, zipfile.ZipFile(path, "w") as made:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == _BODY:
                head = data.split(b"<w:body>")[0]
                data = head + f"<w:body><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:body></w:document>".encode()
            made.writestr(item, data)
    return path


def _compiles(monkeypatch) -> list[str]:
    seen: list[str] = []
    original = template.ImmutableSandboxedEnvironment.compile

    def counted(self, source, *args, **kwargs):
        seen.append(source)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(template.ImmutableSandboxedEnvironment, "compile", counted)
    return seen


def _body(compiled: template.CompiledTemplate, **context) -> str:
    return compiled._compiled[_BODY][0].render(context)


def test_a_templates_code_is_compiled_once_then_read_from_the_cache_folder(tmp_path, cache, monkeypatch):
    path = _template_saying(tmp_path / "middle.docx", "Hello {{ name }}")
    compiles = _compiles(monkeypatch)
    first = template.CompiledTemplate(path)
    assert compiles and any(p.name.startswith("template-middle-") for p in cache.iterdir())
    compiles.clear()
    again = template.CompiledTemplate(path)
    assert compiles == []
    assert _body(again, name="Sam") == _body(first, name="Sam")
    assert "Hello Sam" in _body(again, name="Sam")
    assert again._compiled[_BODY][1] == first._compiled[_BODY][1]  # the source an error message quotes


def test_a_template_changed_in_place_is_compiled_again(tmp_path, cache, monkeypatch):
    path = _template_saying(tmp_path / "middle.docx", "Hello {{ name }}")
    template.CompiledTemplate(path)
    _template_saying(path, "Goodbye, {{ name }}")
    assert "Goodbye, Sam" in _body(template.CompiledTemplate(path), name="Sam")


def test_a_broken_tag_is_still_named_and_nothing_is_kept_of_it(tmp_path, cache):
    path = _template_saying(tmp_path / "middle.docx", "Hello {{ name ")
    for _ in range(2):
        with pytest.raises(template.TemplateError, match="a tag is broken"):
            template.CompiledTemplate(path)
    assert not cache.exists() or not any(p.name.startswith("template-middle-") for p in cache.iterdir())


def test_a_template_for_an_environment_given_by_the_caller_is_compiled_each_time(tmp_path, cache, monkeypatch):
    path = _template_saying(tmp_path / "middle.docx", "Hello {{ name }}")
    compiles = _compiles(monkeypatch)
    template.CompiledTemplate(path, template.make_environment())
    once = len(compiles)
    template.CompiledTemplate(path, template.make_environment())
    assert once and len(compiles) == 2 * once and not cache.exists()


_PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: pl\\n"

msgid "Hello"
msgstr "{hello}"
'''


@pytest.fixture
def polish(tmp_path, cache, monkeypatch):
    """A Polish catalog of one message, ``write(hello)`` rewriting it; nothing remembered in this process."""
    from recordgen import i18n

    folder = tmp_path / "locales" / "pl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    monkeypatch.setattr(i18n, "locales_dir", lambda: tmp_path / "locales")
    built: list[str] = []
    for name in ("_compiled_catalog", "_catalog_words"):
        original = getattr(i18n, name)
        monkeypatch.setattr(i18n, name, lambda *args, _original=original, _name=name: built.append(_name)
                            or _original(*args))

    def write(hello: str) -> None:
        (folder / "messages.po").write_text(_PO.format(hello=hello), encoding="utf-8")
        i18n.catalog.cache_clear()
        i18n.catalog_words.cache_clear()

    yield write, built
    i18n.catalog.cache_clear()
    i18n.catalog_words.cache_clear()


def test_a_languages_catalog_is_compiled_once_then_read_from_the_cache_folder(polish):
    from recordgen import i18n

    write, built = polish
    write("Cześć")
    assert i18n.catalog("pl").gettext("Hello") == "Cześć" and "cześć" in i18n.catalog_words("pl")
    assert built == ["_compiled_catalog", "_catalog_words"]
    i18n.catalog.cache_clear()  # the same file, as the next process finds it
    i18n.catalog_words.cache_clear()
    assert i18n.catalog("pl").gettext("Hello") == "Cześć" and "cześć" in i18n.catalog_words("pl")
    assert built == ["_compiled_catalog", "_catalog_words"]


def test_a_catalog_changed_in_place_is_compiled_again(polish):
    from recordgen import i18n

    write, _ = polish
    write("Cześć")
    i18n.catalog("pl"), i18n.catalog_words("pl")
    write("Dzień dobry")
    assert i18n.catalog("pl").gettext("Hello") == "Dzień dobry"
    assert {"dzień", "dobry"} <= i18n.catalog_words("pl") and "cześć" not in i18n.catalog_words("pl")


def test_a_records_paraphrase_check_finds_each_texts_words_once(monkeypatch):
    from recordgen import api
    from recordgen.rules import paraphrase

    record = api.load_record(Path(__file__).resolve().parents[1] / "examples" / "review-sam-9.yaml").record
    expected = list(paraphrase.paraphrases(record))
    read: list[str] = []
    original = paraphrase.content_words
    monkeypatch.setattr(paraphrase, "content_words", lambda text, names=frozenset(): read.append(text)
                        or original(text, names))
    assert list(paraphrase.paraphrases(record)) == expected
    assert len(read) > 3 and len(read) == len(set(read))
