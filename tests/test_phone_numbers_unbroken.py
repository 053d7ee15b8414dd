"""Blind review 14a: an Arabic invitation PDF ended a line inside the IRO's phone number
("01632" / "960333."). A phone number's spaces are no-break in every paper, and a PDF keeps it on
one line, its digits in order."""
from __future__ import annotations

import subprocess

import pytest
from click.testing import CliRunner

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group
from recordgen.rendering import sentences

from recordfiles import docx_text, require_libreoffice
from test_consult import documents, planned, write_yaml


def _sian_morgan(language: str, fmt: str = "docx") -> dict:
    """Blind review 14a's record r3: these words put the number at the end of an Arabic line."""
    data = planned("young")
    data["child"].update(known_as="Rhi", name="Rhys Evans")
    data["review"].update(venue="the council offices (by video call)", time="09:30",
                          chair={"name": "Sian Morgan", "phone": "01632 960333", "email": "sian.morgan@example.gov.uk"})
    data["review"]["attendees"][0]["name"] = data["distribution"][0]["name"] = "Rhi"
    data["review"]["attendees"][1]["name"] = "Layla Haddad"
    data["distribution"][1].update(name="Layla Haddad", language=language, format=fmt)
    return data


@pytest.mark.parametrize("language, space", [("en", "\u00a0"), ("ro", "\u00a0"), ("ar", "\u202f"), ("ur", "\u202f")])
def test_an_invitations_phone_number_has_no_space_a_line_may_end_at(language, space):
    text = docx_text(documents(_sian_morgan(language))["invitation", "parent"].data)
    assert f"01632{space}960333" in text and "01632 960333" not in text


def test_a_phone_number_is_made_unbreakable_whatever_its_spaces():
    assert sentences.phone_number(" 0161  496 0000 ", "en") == "0161\u00a0496\u00a00000"
    assert sentences.phone_number("+44 1632 960333", "ar") == "+44\u202f1632\u202f960333"


def test_an_arabic_invitation_pdf_keeps_the_phone_number_on_one_line_in_order(tmp_path):
    require_libreoffice()
    record = write_yaml(tmp_path / "r3.yaml", _sian_morgan("ar", "pdf"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--for", "Layla Haddad", "--format", "pdf",
                                             "-o", str(out)])
    assert result.exit_code == 0, result.output
    pdf = next(out.glob("*invitation*.pdf"))
    lines = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.replace("\u202f", " ").replace("\u00a0", " ").split("\n")
    assert [line for line in lines if "01632 960333" in line], "\n".join(lines)
    assert not [line for line in lines if "960333 01632" in line]
