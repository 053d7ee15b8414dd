"""Reading YAML faster reads the same data: ``load_yaml`` (a translations file's reader) against
ruamel's own safe loader, and the C parser's quicker resolver against ruamel's, on every YAML file
of the project and on generated documents full of YAML's traps (1.2's booleans, octals, dates,
aliases, merge keys, keys written twice, tags)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from ruamel.yaml import YAML

from recordgen.record.loading import load_yaml, safe_yaml
from recordgen.translation.sidecar import load_translations

ROOT = Path(__file__).resolve().parent.parent


def _outcome(read, text: str):
    try:
        return "data", repr(read(text))  # repr: True is not 1, nan is nan, order counts
    except Exception as exc:  # noqa: BLE001 - the same error, or the test fails
        return "error", type(exc).__name__, str(exc)


def _ruamel(text: str):
    return YAML(typ="safe").load(text)  # ruamel's own resolver and constructor


def _same(text: str) -> None:
    expected = _outcome(_ruamel, text)
    assert _outcome(load_yaml, text) == expected
    assert _outcome(lambda t: safe_yaml().load(t), text) == expected


def test_every_yaml_file_of_the_project_reads_the_same():
    files = [p for p in ROOT.rglob("*.yaml") if ".git" not in p.parts]
    assert any(p.name.endswith(".translations.yaml") for p in files)
    for path in files:
        _same(path.read_text(encoding="utf-8", errors="replace"))


def test_a_translations_file_is_read_as_before(tmp_path):
    for sidecar in (ROOT / "examples").glob("*.translations.yaml"):
        record = tmp_path / sidecar.name.replace(".translations", "")
        (tmp_path / sidecar.name).write_text(sidecar.read_text(encoding="utf-8"), encoding="utf-8")
        store = load_translations(record)
        data = _ruamel(sidecar.read_text(encoding="utf-8"))
        assert set(store.languages) == set(data["languages"])
        for language, entries in data["languages"].items():
            assert {path: entry.translation for path, entry in store.languages[language].items()} == {
                path: fields["translation"] for path, fields in entries.items()}


# Plain words YAML 1.1 read as booleans or numbers (1.2 reads most as text), numbers and dates in
# every form, and characters that start YAML syntax.
_TRAPS = ["no", "No", "NO", "on", "off", "yes", "y", "n", "true", "True", "FALSE", "null", "Null", "~", "",
          "0o17", "017", "0x1F", "0b101", "1_000", "1e3", "1.5", "-2", "+3", ".inf", "-.Inf", ".NaN", "12:30",
          "2026-01-01", "2026-1-1", "2026-01-01T10:00:00Z", "2026-01-01 10:00:00.5 +01:00", "<<", "=",
          "- x", "a: b", "#x", "x #y", "'q'", '"d"', "!!str 5", "!!int '5'", "!!bool yes", "&a x", "*a",
          "[1, 2]", "{a: 1}", "|", ">", "@x", "`x", "%x", "?", ":", "x: y: z", "ł ó ں ہ", "0", "00", "-0"]

_scalar = st.one_of(st.sampled_from(_TRAPS), st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
                                                      max_size=8))


@st.composite
def _styled(draw, value_strategy=_scalar) -> str:
    value = draw(value_strategy)
    style = draw(st.sampled_from(["plain", "single", "double"]))
    if style == "single":
        return "'" + value.replace("'", "''").replace("\n", " ") + "'"
    if style == "double":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return value.replace("\n", " ")


@st.composite
def _document(draw, depth: int = 0, indent: str = "") -> str:
    lines = []
    keys = draw(st.lists(st.one_of(st.sampled_from(["a", "b", "c", "<<", "no", "1", "true", "="]), _styled()),
                         min_size=1, max_size=4))
    for key in keys:
        kind = draw(st.sampled_from(["scalar", "scalar", "map", "list", "anchor", "alias", "flow"]
                                    if depth < 2 else ["scalar", "alias", "flow"]))
        if kind == "map":
            lines.append(f"{indent}{key}:\n" + draw(_document(depth + 1, indent + "  ")))
        elif kind == "list":
            items = draw(st.lists(_styled(), min_size=1, max_size=3))
            lines.append(f"{indent}{key}:\n" + "".join(f"{indent}- {item}\n" for item in items))
        elif kind == "anchor":
            lines.append(f"{indent}{key}: &s\n" + draw(_document(depth + 1, indent + "  ")))
        elif kind == "alias":
            lines.append(f"{indent}{key}: *s\n")
        elif kind == "flow":
            lines.append(f"{indent}{key}: {{x: {draw(_styled())}, y: [{draw(_styled())}]}}\n")
        else:
            lines.append(f"{indent}{key}: {draw(_styled())}\n")
    return "".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_document())
def test_generated_documents_read_the_same(text):
    _same(text)


@settings(max_examples=300, deadline=None)
@given(_styled())
def test_every_value_reads_the_same(value):
    _same(f"format: recordgen-translations/1\nlanguages:\n  pl:\n    worries.0:\n      source: {value}\n"
          f"      translation: {value}\n      approved: {value}\n")
