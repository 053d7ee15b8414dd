"""Blind review 28, finding 5: `consult import` withheld from parents "Dad waited outside my school
gates" and "I don't want him to know where I live", but not the same facts said plainly: "I saw dad by
the school", "dad knows where my school is now", "I don't want my dad to find me", "I'm scared Dad will
come to my house". Every parent's copy would print them. Now they are imported withheld from parent (a
parent seen at or near the school, a parent knowing where the school or home is, a child not wanting a
parent to find them or afraid one will come), and validate warns at such an answer a parent would read;
a school event ("Dad came to my school play") or a wish ("I want dad to know I am happy") is neither.
Booklets are made as PDFs, filled as a viewer would, and imported with the command."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group as main

from recordfiles import SAM, example_data, require_libreoffice
from test_consult import write_yaml
from test_consult_import import _child, _record, booklets, fill  # noqa: F401 (the fixture)

require_libreoffice()

WITHHELD = ["I saw dad by the school", "dad knows where my school is now", "I don't want my dad to find me",
            "I'm scared Dad will come to my house", "Dad waited outside my school gates",
            "I don't want him to know where I live"]
SHOWN = ["Dad came to my school play", "I want dad to know I am happy"]


def _imported(booklets, tmp_path, answer: str) -> dict:
    record = _record(booklets, tmp_path)
    filled = fill(_child(booklets), tmp_path / "filled.pdf", {"worries": answer})
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECORDGEN_TODAY", "2026-09-08")
        result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record)])
    assert result.exit_code == 0, result.output
    views = YAML(typ="safe").load(record.read_text(encoding="utf-8"))["child_views"]
    view = next(view for view in views if (view["text"] if isinstance(view, dict) else view) == answer)
    return view if isinstance(view, dict) else {"text": view}


@pytest.mark.parametrize("answer", WITHHELD + SHOWN)
def test_a_childs_answer_of_a_parent_near_the_school_or_finding_them_is_kept_from_parents(booklets, tmp_path,
                                                                                          answer):
    view = _imported(booklets, tmp_path, answer)
    if answer in WITHHELD:
        assert view.get("withhold_from") == ["parent"], (answer, view)
    else:
        assert "withhold_from" not in view, (answer, view)


@pytest.mark.parametrize("answer", WITHHELD[:4] + SHOWN)
def test_validate_warns_at_such_an_answer_a_parent_would_read(tmp_path, answer):
    # The held record (Sam's: confidential placement, mum sent a copy), whose copies print child_views.
    data = example_data(SAM)
    data["child_views"] = [{"text": answer}]
    record = write_yaml(tmp_path / "record.yaml", data)
    result = CliRunner().invoke(main, ["validate", str(record)])
    warned = [line for line in result.output.splitlines() if "child_views." in line and ": warning:" in line]
    assert bool(warned) == (answer in WITHHELD), (answer, result.output)
    if warned:
        assert "withhold it from parent" in warned[0]
