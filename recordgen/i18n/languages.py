"""Facts about language codes, in one place (as Babel keeps its locale data).

How a record's code is spelled for comparison, for XLIFF and for Babel; which
languages are written right to left; which font reads well in each script.
Pure data and string handling: the Word, PDF and translation layers all ask here.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Codes used in records that Babel spells differently (Dari is Persian as spoken in Afghanistan).
_LOCALE_ALIASES = {"fa": "fa_AF", "prs": "fa_AF"}

#: Primary languages whose copies are laid out right to left.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "prs", "ps", "ckb", "ur"})

# BCP 47 primary language -> font family that reads well for body text in it.
FONT_FOR_LANGUAGE: dict[str, str] = {
    "ar": "Noto Naskh Arabic",
    "fa": "Noto Naskh Arabic",  # Farsi and Dari
    "prs": "Noto Naskh Arabic",
    "ps": "Noto Naskh Arabic",  # Pashto
    "ckb": "Noto Naskh Arabic",  # Kurdish (Sorani)
    "ur": "Noto Nastaliq Urdu",
    "bn": "Noto Sans Bengali",
    "ti": "Noto Sans Ethiopic",  # Tigrinya
    "am": "Noto Sans Ethiopic",  # Amharic
}
LATIN_FONT = "Noto Sans"  # clear, wide coverage, and what Calibri falls back to here

#: Primary languages written in a script other than Latin, and the word Unicode names its letters by.
SCRIPT_OF_LANGUAGE: dict[str, str] = {
    **{code: "ARABIC" for code in ("ar", "fa", "prs", "ps", "ckb", "ur")},
    "bn": "BENGALI", "ti": "ETHIOPIC", "am": "ETHIOPIC", "uk": "CYRILLIC", "ru": "CYRILLIC", "bg": "CYRILLIC",
    "el": "GREEK",
}


@functools.lru_cache(maxsize=4096)  # a few codes, asked thousands of times a batch
def normalize_language(code: str) -> str:
    """``fa-AF``, ``FA_af`` -> ``fa_AF``; ``UR`` -> ``ur``: one spelling per language.

    Record files and XLIFF tools spell codes differently (BCP 47 uses ``-``,
    gettext ``_``); every comparison goes through this.
    """
    parts = re.split(r"[-_]", code.strip())
    head, rest = parts[0].lower(), parts[1:]
    out = [head]
    for part in rest:
        # Regions are 2 letters or 3 digits (upper-cased); scripts 4 letters (title-cased).
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.upper())
    return "_".join(out)


def bcp47(code: str) -> str:
    """The spelling XLIFF's ``xml:lang`` wants: ``fa_AF`` -> ``fa-AF``."""
    return normalize_language(code).replace("_", "-")


@functools.lru_cache(maxsize=256)  # asked for every line of every copy
def primary_language(code: str) -> str:
    """``ur-PK``, ``fa_AF``, ``UR`` -> ``ur``, ``fa``, ``ur``."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def is_english(code: str) -> bool:
    """English copies use the IRO's words as written; nothing to translate."""
    return primary_language(code) == "en"


def locale_name(code: str) -> str:
    """The Babel locale identifier for a record's language code (``fa`` -> ``fa_AF``)."""
    code = code.replace("-", "_")
    return _LOCALE_ALIASES.get(code, code)


def is_right_to_left(code: str) -> bool:
    """True for languages whose copies are laid out right to left (``ur``, ``fa-AF``, ``ar_EG``...)."""
    return primary_language(code) in RIGHT_TO_LEFT


def font_for_language(code: str) -> str:
    """Font family for a language tag such as ``ur-PK``; Latin-script languages get LATIN_FONT."""
    return FONT_FOR_LANGUAGE.get(primary_language(code), LATIN_FONT)


def only_latin_letters_for(text: str, code: str) -> bool:
    """``text`` is said to be in ``code``, a language not written in Latin letters, but its
    letters are all Latin ("I like Tariq" marked Urdu): English, or the language romanised."""
    script = SCRIPT_OF_LANGUAGE.get(primary_language(code))
    if script is None:
        return False
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in text if c.isalpha()}
    return scripts == {"LATIN"}
