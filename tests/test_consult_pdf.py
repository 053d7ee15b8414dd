"""A planned review's booklets and invitations as PDF/A, through the LibreOffice pool, read back."""

from __future__ import annotations

from click.testing import CliRunner

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group
from recordgen.pdf.checks import read_pdf_facts

from recordfiles import require_libreoffice
from test_consult import planned, write_yaml

require_libreoffice()


def test_booklets_and_invitations_as_pdf_hold_their_words_and_nothing_withheld(tmp_path):
    record = write_yaml(tmp_path / "planned.yaml", planned("teen"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", str(record), "--all", "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 8 and not list(out.glob("*.docx"))
    booklet = read_pdf_facts(out / "NL-30001_2026-09-15_booklet_child-robin.pdf")
    for question in ("What is going well for you at the moment?", "Would you like to chair part of your meeting?",
                     "Would you like an advocate to help you at your meeting?"):
        assert question in " ".join(booklet.text.split()), question
    assert booklet.pdfa_part == "2" and booklet.tagged and booklet.unembedded_fonts == []
    assert booklet.title == "My review booklet"
    for pdf in pdfs:
        text = read_pdf_facts(pdf).text
        assert "Quarrington" not in text and "Brackenhill" not in text
        if "_parent-" in pdf.name:
            assert "Pennifold" not in text
        if "_carer-" in pdf.name or "_child-" in pdf.name:
            assert "Rowbotham" not in text
    invitation = read_pdf_facts(out / "NL-30001_2026-09-15_invitation_parent-amina-khan.pdf").text
    assert "Dean Rowbotham" in invitation and "Gail (carer)" in invitation
