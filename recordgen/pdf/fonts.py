"""Fonts for every script the project translates into, and the fontconfig that picks them.

LibreOffice asks fontconfig for a font whenever the document's font is
missing or lacks a glyph. Left alone, fontconfig picks Noto Kufi Arabic (a
display face) for Urdu and DejaVu Sans for Arabic body text; councils expect
Naskh for Arabic and Nastaliq for Urdu. The converters run with
FONTCONFIG_FILE pointing at a file written here, which keeps the system
configuration and puts the right family first for each language.

The file also hides every face but the regular and bold of normal width
(italics stay). A copy uses nothing else, and LibreOffice copies its whole
font list for every document it opens: with Noto's extra weights installed
that is 1,900 faces instead of 340, and about a tenth more CPU per PDF.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from ..i18n.languages import FONT_FOR_LANGUAGE, LATIN_FONT

# fontconfig weights and widths the converters do not see: only regular (80), bold (200)
# and normal width (100) are kept, so every script keeps its faces.
_HIDDEN_WEIGHTS = (0, 40, 50, 55, 100, 180, 205, 210)  # thin .. medium, semibold, extrabold, black
_HIDDEN_WIDTHS = (50, 63, 75, 87, 113, 125, 150, 200)  # ultracondensed .. ultraexpanded

#: Fonts with the emoji and pictographs children write (fonts-symbola, installed by
#: scripts/install-system-packages.sh): outlines, so LibreOffice embeds them in a PDF.
EMOJI_FONTS = ("Symbola",)

# Word's default families, mapped to metric-compatible or clear replacements.
_OFFICE_FAMILY_REPLACEMENTS = {
    "Calibri": ("Carlito", LATIN_FONT),
    "Arial": ("Liberation Sans", LATIN_FONT),
    "Segoe UI": (LATIN_FONT,),
    "Times New Roman": ("Liberation Serif", "Noto Serif"),
}


def fontconfig_text(system_config: str = "/etc/fonts/fonts.conf") -> str:
    rules = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<fontconfig>",
        f'  <include ignore_missing="yes">{escape(system_config)}</include>',
    ]
    for language, family in FONT_FOR_LANGUAGE.items():
        # fontconfig compares languages here, not substrings: "ur" matches "ur-PK", not "tur".
        rules += [
            '  <match target="pattern">',
            f'    <test name="lang" compare="contains"><string>{escape(language)}</string></test>',
            f'    <edit name="family" mode="prepend" binding="strong"><string>{escape(family)}</string></edit>',
            "  </match>",
        ]
    for office_family, replacements in _OFFICE_FAMILY_REPLACEMENTS.items():
        preferred = "".join(f"<family>{escape(f)}</family>" for f in replacements)
        rules.append(
            f'  <alias binding="same"><family>{escape(office_family)}</family>'
            f"<prefer>{preferred}</prefer></alias>"
        )
    rules.append("  <selectfont>")
    # The emoji a child writes ("I love my dog 🐶") come from Symbola, a semi-condensed face the
    # rules below would hide: kept, or they vanish from the PDF.
    rules += [f'    <acceptfont><pattern><patelt name="family"><string>{escape(family)}</string></patelt>'
              "</pattern></acceptfont>" for family in EMOJI_FONTS]
    rules += [
        f'    <rejectfont><pattern><patelt name="{name}"><int>{value}</int></patelt></pattern></rejectfont>'
        for name, values in (("weight", _HIDDEN_WEIGHTS), ("width", _HIDDEN_WIDTHS))
        for value in values
    ]
    rules.append("  </selectfont>")
    rules.append("</fontconfig>")
    return "\n".join(rules) + "\n"


def write_fontconfig(folder: Path) -> Path | None:
    """Write the fontconfig file for the converters; None where there is no system fontconfig."""
    system_config = Path("/etc/fonts/fonts.conf")
    if not system_config.is_file():
        return None  # not a fontconfig system (macOS, Windows): leave font choice to LibreOffice
    path = folder / "fonts.conf"
    path.write_text(fontconfig_text(str(system_config)), encoding="utf-8")
    return path


def missing_font_families() -> list[str]:
    """Families from FONT_FOR_LANGUAGE, LATIN_FONT and EMOJI_FONTS that fontconfig cannot find."""
    wanted = {*FONT_FOR_LANGUAGE.values(), LATIN_FONT, *EMOJI_FONTS}
    if shutil.which("fc-list") is None:
        return sorted(wanted)
    listing = subprocess.run(
        ["fc-list", ":", "family"], capture_output=True, text=True, check=False
    ).stdout
    installed = {name.strip() for line in listing.splitlines() for name in line.split(",")}
    return sorted(wanted - installed)
