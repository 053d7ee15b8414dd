"""A restyled council template, as staff would make it in Word, for the README's before/after pictures.

    python tools/council_example.py OUT_DIR

Writes OUT_DIR/middle.docx: the stock middle template with the council's fonts
and colours in its styles (Title, Heading 1, Lead In, the normal text) and the
council's name in the header. No tag is touched. Then, for example:

    recordgen render examples/review-sam-9.yaml --templates OUT_DIR -o after.pdf
    pdftoppm -png -r 50 -f 1 -l 1 after.pdf docs/council/after
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from recordgen import api

GREEN = RGBColor(0x1B, 0x5E, 0x20)
NAVY = RGBColor(0x0D, 0x2B, 0x4E)


def restyle(path: Path) -> None:
    document = Document(str(path))
    styles = document.styles
    for name, font, size, colour in (("Title", "DejaVu Serif", 24, NAVY),
                                     ("Heading 1", "DejaVu Serif", 16, GREEN),
                                     ("Normal", "Liberation Sans", 13, None)):
        style = styles[name]
        style.font.name = font
        style.font.size = Pt(size)
        if colour is not None:
            style.font.color.rgb = colour
    styles["Lead In"].font.bold = True
    header = document.sections[0].header
    council = header.paragraphs[0].insert_paragraph_before("Northshire Council · Children's Services")
    council.runs[0].font.bold = True
    council.runs[0].font.color.rgb = NAVY
    document.save(str(path))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "council-templates")
    out.mkdir(parents=True, exist_ok=True)
    target = out / "middle.docx"
    shutil.copyfile(api.stock_template("middle"), target)
    restyle(target)
    print("wrote", target)


if __name__ == "__main__":
    main()
