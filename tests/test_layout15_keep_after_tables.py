"""No page ends with a paragraph that keeps with the next, even where LibreOffice 7.4 drops
keep-with-next (after a table): Ahmad's social worker's copy, made after his next review was
due, had "Your next review" alone at the foot of page 2 and its closing on page 3. The PDF
worker reads the pages back and starts a page at such a chain (pdf/_uno_worker.py).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from click.testing import CliRunner

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group

ROOT = Path(__file__).resolve().parent.parent


def test_ahmads_next_review_heading_goes_over_the_page_with_its_text(tmp_path):
    from recordfiles import require_libreoffice

    require_libreoffice()
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["render", str(ROOT / "examples" / "review-ahmad-15.yaml"),
                                             "--for", "social_worker", "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (pdf,) = out.glob("*.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    for number, page in enumerate(pages, start=1):
        body = [line.strip() for line in page.splitlines() if line.strip()]
        # Above the footer (the case number, "Page N of M" and whom the copy is for).
        footer = next((i for i, line in enumerate(body) if "Case number" in line), len(body))
        assert not body[:footer] or body[:footer][-1] != "Your next review", f"page {number} ends with the heading"
