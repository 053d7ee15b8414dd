"""Blind review 25, finding 27: Ukrainian copies wrote the apostrophe two ways, "пʼятниця"
(U+02BC, from the dates) and "сім'ї" (U+0027, from the catalogs). The catalogs write U+02BC too."""

from __future__ import annotations

import re
from pathlib import Path

LOCALES = Path(__file__).resolve().parent.parent / "locales" / "uk" / "LC_MESSAGES"


def test_the_ukrainian_catalogs_write_one_apostrophe():
    for path in LOCALES.glob("*.po"):
        text = path.read_text(encoding="utf-8")
        assert not re.findall(r"[\u0400-\u04FF]['\u2019][\u0400-\u04FF]", text), path.name
