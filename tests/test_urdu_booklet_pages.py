"""Blind review 14a: an Urdu parent's booklet PDF ran onto a second page for its three closing
lines. Nastaliq's one-line question labels are set tighter, and the booklet keeps to one page."""
from __future__ import annotations

from click.testing import CliRunner
from pypdf import PdfReader

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group

from recordfiles import require_libreoffice
from test_consult import planned, write_yaml


def test_an_urdu_parents_booklet_is_one_page(tmp_path):
    require_libreoffice()
    data = planned("teen")
    data["review"]["chair"] = {"name": "Nadia Rahman", "phone": "01632 960555", "email": "nadia.rahman@example.gov.uk"}
    data["distribution"][1].update(language="ur", format="pdf")
    record = write_yaml(tmp_path / "r2.yaml", data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--for", "Amina Khan", "--format", "pdf",
                                             "-o", str(out)])
    assert result.exit_code == 0, result.output
    booklet = next(out.glob("*booklet*.pdf"))
    assert len(PdfReader(booklet).pages) == 1
