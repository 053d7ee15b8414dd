"""Blind review (fix8, 7): emoji in a child's words vanished from the PDF copy. The child's words are
kept: Symbola (fonts-symbola, installed by scripts/install-system-packages.sh) has them, the
converters' fontconfig no longer hides it, and it is embedded. Read back with pdftotext and pdffonts."""

from __future__ import annotations

import subprocess

from recordgen import api
from recordgen.pdf.fonts import EMOJI_FONTS, fontconfig_text

from recordfiles import require_libreoffice, write_record

SAID = "I love my dog Biscuit 🐶 and football ⚽ 😀 🌈"

require_libreoffice()


def test_the_converters_fontconfig_keeps_the_emoji_font(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(fontconfig_text(), encoding="utf-8")
    found = subprocess.run(["fc-list", ":charset=1f436", "family"], capture_output=True, text=True,
                           env={"FONTCONFIG_FILE": str(conf), "PATH": "/usr/bin:/bin"}).stdout
    assert EMOJI_FONTS[0] in found   # a semi-condensed face, which the file hides but for this


def test_emoji_in_the_childs_words_are_in_the_pdf_and_their_font_embedded(tmp_path):
    path = write_record(tmp_path, lambda data: data["child_views"].__setitem__(0, SAID))
    loaded = api.load_record(path)
    pdf = tmp_path / "child.pdf"
    api.write_copies(api.Renderer(), loaded, [(api.recipient_for(loaded.record, "child"), pdf)])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(SAID.split()) in " ".join(text.split())
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    (symbola,) = [line.split() for line in fonts.splitlines() if "+Symbola" in line]
    assert symbola[-5] == "yes"   # emb: the glyphs travel with the copy
