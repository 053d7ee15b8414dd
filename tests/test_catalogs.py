"""The gettext catalogs: complete, placeholders intact, honestly marked as drafts, and safe."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
LANGUAGES = ["cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd%]")


def load(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def message_ids(catalog) -> set:
    return {m.id for m in catalog if m.id}


TEMPLATE = load(LOCALES / "messages.pot")
#: The records' fixed text, and the covering emails and post cover sheets (their own domain).
DOMAINS = ("messages", "mail", "feedback", "consult")


def test_the_template_holds_the_fixed_text_of_every_template() -> None:
    ids = {i if isinstance(i, str) else i[0] for i in message_ids(TEMPLATE)}
    assert {"What is working well", "What we are worried about", "Your rights", "By when",
            "This copy is for %(name)s.",
            "One part of this record is still in English. It is marked like this: %(marker)s. "
            "Its translation will follow.", "[in English: %(text)s]"} <= ids
    sources = {path for m in TEMPLATE for path, _ in m.locations}
    assert {f"templates/{band}.docx" for band in ("early", "young", "middle", "teen", "young_adult")} <= sources


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_is_complete_with_intact_placeholders(language: str, domain: str) -> None:
    catalog = load(LOCALES / language / "LC_MESSAGES" / f"{domain}.po")
    template = load(LOCALES / f"{domain}.pot")
    assert message_ids(template) - message_ids(catalog) == set(), "messages missing: run pybabel update"
    problems = []
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if isinstance(message.id, tuple):
            assert len(strings) == catalog.num_plurals, message.id
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for form in strings:
            if not form or not form.strip():
                problems.append(f"empty: {ids[0]!r}")
            elif isinstance(message.id, str) and set(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"placeholders differ: {ids[0]!r} -> {form!r}")
            elif isinstance(message.id, tuple) and not set(PLACEHOLDER.findall(form)) <= wanted:
                problems.append(f"unknown placeholder: {ids[0]!r} -> {form!r}")
        # Each placeholder must format: a translator's typo must not reach a child's copy.
        values = {name: "x" for name in re.findall(r"%\((\w+)\)", ids[-1])}
        values.update({name: 1 for name in re.findall(r"%\((\w+)\)d", ids[-1])})
        for form in strings:
            if form:
                form % values
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_header_says_it_is_a_draft_awaiting_review(language: str, domain: str) -> None:
    text = (LOCALES / language / "LC_MESSAGES" / f"{domain}.po").read_text(encoding="utf-8")
    catalog = load(LOCALES / language / "LC_MESSAGES" / f"{domain}.po")
    # Babel keeps the header comment and Language-Team through `pybabel update`
    # (it drops unknown X- fields), so the status lives in both.
    assert "REVIEW STATUS: DRAFT" in text.split("msgid", 1)[0]
    assert "awaiting review by a qualified translator" in catalog.language_team
    assert str(catalog.locale).replace("-", "_") == language


def test_a_translators_ampersand_and_angle_bracket_cannot_break_a_document(tmp_path, monkeypatch) -> None:
    from recordgen import api, i18n

    heading = "The good things"  # a heading of the early-years letter Lily's mum gets
    hostile = "Ce qui va bien & <b>mieux</b> ]]> &amp;"
    locales = tmp_path / "locales"
    target = locales / "pl" / "LC_MESSAGES"
    target.mkdir(parents=True)
    po = (LOCALES / "pl" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    catalog = load(LOCALES / "pl" / "LC_MESSAGES" / "messages.po")
    old = catalog.get(heading).string
    po = po.replace(f'msgstr "{old}"', 'msgstr "' + hostile.replace('"', '\\"') + '"', 1)
    (target / "messages.po").write_text(po, encoding="utf-8")
    monkeypatch.setattr(i18n, "locales_dir", lambda: locales)
    i18n.catalog.cache_clear()
    try:
        loaded = api.load_record(ROOT / "examples" / "review-lily-3.yaml")
        renderer = api.Renderer(allow_untranslated=True)
        copy = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    finally:
        i18n.catalog.cache_clear()
    with zipfile.ZipFile(io.BytesIO(copy.data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    text = "".join(root.itertext())
    assert hostile in text            # shown as typed...
    assert root.find(".//b") is None  # ...and never taken as markup


def test_the_mail_template_holds_every_string_the_messages_use() -> None:
    from recordgen.distribution import message

    used = {value for name, value in vars(message).items() if name.isupper() and isinstance(value, str)
            and name not in ("MAIL_DOMAIN", "RLM", "FSI", "PDI")}
    assert used == message_ids(load(LOCALES / "mail.pot"))


def test_the_mail_domain_ships_in_the_wheel() -> None:
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert shipped["locales"] == "recordgen/_data/locales"  # the whole folder: every domain goes with it


def _marked_literals() -> set[tuple[str, str]]:
    """Every literal the code passes to ``_()``, found by the parser, so a call inside an f-string
    (which pybabel on Python 3.11 does not see) is found too."""
    import ast

    found = set()
    for path in sorted((ROOT / "recordgen").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add((str(path.relative_to(ROOT)), node.args[0].value))
    return found


def test_every_sentence_the_code_marks_is_in_a_template() -> None:
    """A sentence missing from the .pot is never translated, and shows in English unmarked."""
    extracted = set()
    for domain in DOMAINS:
        extracted |= {i if isinstance(i, str) else i[0] for i in message_ids(load(LOCALES / f"{domain}.pot"))}
    marked = _marked_literals()
    assert len(marked) > 100
    missing = sorted(f"{path}: {text!r}" for path, text in marked if text not in extracted)
    assert not missing, "not extracted (inside an f-string?); write it outside and run pybabel extract:\n" + \
        "\n".join(missing)
