"""Languages: gettext catalogs for fixed text, Babel for dates and language names.

Catalogs are read straight from the ``.po`` files in ``locales/`` (compiled in
memory once per process), so an edited catalog takes effect without a build step.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
from gettext import NullTranslations
from pathlib import Path
from typing import Any, Callable

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from ..support.resources import locales_dir
from .languages import locale_name

DOMAIN = "messages"
#: Hand-kept variants of some messages for the grammatical gender of the child
#: (msgctxt "child:female" / "child:male") or of the IRO writing ("iro:female" /
#: "iro:male"), for languages whose sentences change with it; a message that needs
#: both uses "child:female iro:male" and so on. Babel's extract/update does not
#: touch this file; tests check it against messages.pot.
GENDERED_DOMAIN = "gendered"
@functools.lru_cache(maxsize=None)
def babel_locale(code: str) -> Locale:
    return Locale.parse(locale_name(code))


def is_known_language(code: str) -> bool:
    try:
        babel_locale(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def language_tag(code: str) -> str:
    """BCP 47 tag for document properties (``en`` is British English here)."""
    if code in ("en", "en_GB", "en-GB"):
        return "en-GB"
    locale = babel_locale(code)
    return "-".join(p for p in (locale.language, locale.script, locale.territory) if p)


def language_display_name(code: str, in_language: str = "en") -> str:
    return babel_locale(code).get_display_name(babel_locale(in_language)) or code


def catalog_path(code: str, domain: str = DOMAIN) -> Path | None:
    """The ``.po`` file used for a language, or None (English: the source text)."""
    base = locales_dir()
    for name in dict.fromkeys((locale_name(code), code, code.split("_")[0])):
        po_path = base / name / "LC_MESSAGES" / f"{domain}.po"
        if po_path.is_file():
            return po_path
    return None


def catalog_fingerprint(code: str) -> str:
    """Changes whenever the language's catalogs do, so reruns remake affected copies."""
    digest = hashlib.sha256()
    for domain in (DOMAIN, GENDERED_DOMAIN):
        path = catalog_path(code, domain)
        digest.update(path.read_bytes() if path else b"-")
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def catalog(code: str, domain: str = DOMAIN) -> NullTranslations:
    """Translations for a language; English (the source text) when there is no catalog."""
    po_path = catalog_path(code, domain)
    if po_path is None:
        return NullTranslations()
    with po_path.open("rb") as handle:
        messages = read_po(handle, locale=None)
    buffer = io.BytesIO()
    write_mo(buffer, messages, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


def grammatical_gender(pronouns: str | None) -> str | None:
    """``female`` for she/her, ``male`` for he/him; None (the generic text) otherwise."""
    first = (pronouns or "").strip().lower().split("/")[0].strip()
    return {"she": "female", "he": "male"}.get(first)


def _interpolate(translated: str, source: str, values: dict[str, Any]) -> str:
    if not values:
        return translated
    try:
        return translated % values
    except (KeyError, ValueError, TypeError):
        # A catalog with a broken placeholder must not stop a record going out.
        return source % values


def gettext_functions(code: str, child_gender: str | None = None,
                      iro_gender: str | None = None) -> tuple[Callable[..., str], Callable[..., str]]:
    """``_`` and ``ngettext`` for templates and code: ``_("Hi %(name)s", name=x)``.

    With ``child_gender`` or ``iro_gender``, a message's variant for them
    (``gendered.po``) is used when the language has one, the most specific
    first. They return plain text; the renderer escapes it like any other data,
    so a translator's ``&`` or ``<`` cannot break a document.
    """
    translations = catalog(code)
    contexts = [
        context for context in (
            f"child:{child_gender} iro:{iro_gender}" if child_gender and iro_gender else None,
            f"child:{child_gender}" if child_gender else None,
            f"iro:{iro_gender}" if iro_gender else None,
        ) if context
    ]
    gendered = catalog(code, GENDERED_DOMAIN) if contexts else None

    def gettext(message: str, **values: Any) -> str:
        if gendered is not None:
            for context in contexts:
                variant = gendered.pgettext(context, message)
                if variant != message:
                    return _interpolate(variant, message, values)
        return _interpolate(translations.gettext(message), message, values)

    def ngettext(singular: str, plural: str, num: int, **values: Any) -> str:
        values.setdefault("num", num)
        source = singular if num == 1 else plural
        return _interpolate(translations.ngettext(singular, plural, num), source, values)

    return gettext, ngettext


def format_date(day: dt.date, code: str, style: str = "full") -> str:
    """A date written out in the reader's language, e.g. 'Tuesday, 3 March 2026'."""
    locale = babel_locale("en_GB" if code == "en" else code)
    return _babel_format_date(day, format=style, locale=locale)
