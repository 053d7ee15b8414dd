"""Languages: gettext catalogs for fixed text, Babel for dates and language names.

Catalogs are read straight from the ``.po`` files in ``locales/`` (compiled in
memory once per process), so an edited catalog takes effect without a build step.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import re
from gettext import NullTranslations
from pathlib import Path
from typing import Any, Callable

import babel
from babel import Locale, UnknownLocaleError

from ..support.derived import cached_value
from ..support.resources import locales_dir
from .languages import is_right_to_left, locale_name
from ..support import regexes

ARABIC_COMMA = "\u060c"

DOMAIN = "messages"
#: Hand-kept variants of some messages for the grammatical gender of the child
#: (msgctxt "child:female" / "child:male") or of the IRO writing ("iro:female" /
#: "iro:male"), for languages whose sentences change with it; a message that needs
#: both uses "child:female iro:male" and so on. Babel's extract/update does not
#: touch this file; tests check it against messages.pot.
GENDERED_DOMAIN = "gendered"
#: The same for the consultation papers' and the feedback part's own domains: ``gendered_consult.po``
#: and ``gendered_feedback.po``, checked against consult.pot and feedback.pot.
OWN_DOMAINS = ("consult", "feedback")


#: What a compiled catalog also depends on (their files, not imported: `validate` needs neither).
_BABEL_PO_READER = os.path.join(os.path.dirname(babel.__file__), "messages", "pofile.py")
_BABEL_MO_WRITER = os.path.join(os.path.dirname(babel.__file__), "messages", "mofile.py")


def gendered_domain(domain: str) -> str:
    return GENDERED_DOMAIN if domain == DOMAIN else f"{GENDERED_DOMAIN}_{domain}"
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
    # feedback and consult: rendering/feedback.py's and rendering/consult.py's own domains
    for domain in (DOMAIN, *OWN_DOMAINS):
        for name in (domain, gendered_domain(domain)):
            path = catalog_path(code, name)
            digest.update(path.read_bytes() if path else b"-")
    return digest.hexdigest()


_PLACEHOLDER_NAME = regexes.compile(r"%\(\w+\)[sd]|\{\w+\}")


@functools.lru_cache(maxsize=None)
def catalog_words(code: str) -> frozenset[str]:
    """Each word (casefolded) of a language's catalogs' translations: the fixed text its copies,
    papers and emails are made of (empty for English, whose fixed text is the source)."""
    paths = tuple(path for domain in (DOMAIN, *OWN_DOMAINS, "mail") for name in (domain, gendered_domain(domain))
                  if (path := catalog_path(code, name)) is not None)
    if not paths:
        return frozenset()
    return cached_value(f"catalog-words-{code}", (*paths, __file__, _BABEL_PO_READER), lambda: _catalog_words(paths))


def _catalog_words(paths: tuple[Path, ...]) -> frozenset[str]:
    from babel.messages.pofile import read_po

    words: set[str] = set()
    for path in paths:
        with path.open("rb") as handle:
            for message in read_po(handle, locale=None):
                for text in message.string if isinstance(message.string, (list, tuple)) else [message.string]:
                    # A placeholder's name ("%(carers)s") is no word of the language.
                    text = _PLACEHOLDER_NAME.sub(" ", text or "").casefold()
                    words.update(re.findall(r"[^\W\d_]+", text))
                    # Persian joins a suffix with a zero-width non-joiner: "چهره‌ای" is one word too.
                    words.update(re.findall(r"[^\W\d_]+(?:[\u200c\u200d][^\W\d_]+)+", text))
    return frozenset(words)


@functools.lru_cache(maxsize=None)
def catalog(code: str, domain: str = DOMAIN) -> NullTranslations:
    """Translations for a language; English (the source text) when there is no catalog."""
    po_path = catalog_path(code, domain)
    if po_path is None:
        return NullTranslations()
    # Imported here, as are Babel's dates and lists: `validate` and `check` need none of them.
    from babel.support import Translations

    # Compiled once and kept in the cache folder, by the .po file, this module and Babel's reader and writer:
    # each process (each batch worker) reads a language's catalogs in a millisecond, not 10 to 25.
    compiled = cached_value(f"catalog-{code}-{domain}", (po_path, __file__, _BABEL_PO_READER, _BABEL_MO_WRITER),
                            lambda: _compiled_catalog(po_path))
    return Translations(io.BytesIO(compiled), domain=domain)


def _compiled_catalog(po_path: Path) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as handle:
        messages = read_po(handle, locale=None)
    buffer = io.BytesIO()
    write_mo(buffer, messages, use_fuzzy=False)
    return buffer.getvalue()


def grammatical_gender(pronouns: str | None) -> str | None:
    """``female`` for she/her, ``male`` for he/him; None (the generic text) otherwise."""
    first = (pronouns or "").strip().lower().split("/")[0].strip()
    return {"she": "female", "he": "male"}.get(first)


class DateText(str):
    """A date written out by Babel: lower case in many languages ("wtorek, 24 lutego 2026"),
    so a sentence that starts with it must capitalise it; and its weekday, in the nominative,
    may need another case after a preposition (``day`` and ``code`` say which date it is)."""

    day: dt.date | None = None
    code: str | None = None

    def __new__(cls, text: str, day: dt.date | None = None, code: str | None = None) -> "DateText":
        obj = super().__new__(cls, text)
        obj.day, obj.code = day, code
        return obj


#: A weekday after a preposition, per language: the preposition as the translation writes it
#: (lower case) -> (the preposition to write for each weekday Monday..Sunday, the weekday's
#: form). Babel writes the nominative ("wtorek, 3 marca 2026"); a sentence says "we wtorek,
#: 3 marca 2026" (Polish: w/we + accusative), "do wtorku" (genitive), "у середу" (Ukrainian),
#: "ar ddydd Mawrth" (Welsh soft mutation), "na terça-feira" (Portuguese em + a), and Romanian
#: puts no "pe" before a weekday ("marți, 3 martie 2026"), Arabic says "يوم الثلاثاء".
_PL_ACC = ("poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę")
_PL_GEN = ("poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli")
_UK_ACC = ("понеділок", "вівторок", "середу", "четвер", "пʼятницю", "суботу", "неділю")
_UK_GEN = ("понеділка", "вівторка", "середи", "четверга", "пʼятниці", "суботи", "неділі")
_CY_DAYS = ("Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul")
_PT_DAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")
_RO_DAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
_WEEKDAY_AFTER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "pl": {
        "w": (("w", "we", "w", "w", "w", "w", "w"), _PL_ACC),
        "we": (("w", "we", "w", "w", "w", "w", "w"), _PL_ACC),
        **{prep: ((prep,) * 7, _PL_GEN) for prep in ("do", "z", "od")},
    },
    "uk": {
        **{prep: ((prep,) * 7, _UK_ACC) for prep in ("у", "в")},
        **{prep: ((prep,) * 7, _UK_GEN) for prep in ("до", "пізніше", "від")},
    },
    "cy": {
        "ar": (("ar",) * 7, tuple(f"ddydd {d}" for d in _CY_DAYS)),
        "erbyn": (("erbyn",) * 7, tuple(f"dydd {d}" for d in _CY_DAYS)),
    },
    "pt": {"em": (("na",) * 5 + ("no", "no"), _PT_DAYS)},
    "ro": {"pe": (("",) * 7, _RO_DAYS)},
    # Arabic says "on Tuesday" as يوم الثلاثاء, not في الثلاثاء.
    "ar": {"في": (("يوم",) * 7, ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"))},
}


def _weekday_after_preposition(text: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A full date after a preposition takes the preposition and weekday form its language
    needs: the translation writes "w %(date)s", the copy says "we wtorek, 3 marca 2026"."""
    values = dict(values)
    for key, value in list(values.items()):
        if not isinstance(value, DateText) or value.day is None or not value.code:
            continue
        rules = _WEEKDAY_AFTER.get(value.code.split("_")[0])
        if not rules:
            continue
        from babel.dates import format_date as _babel_format_date

        nominative = _babel_format_date(value.day, format="EEEE", locale=babel_locale(value.code))
        if not value.startswith(nominative):
            continue  # a date written without its weekday: the preposition is the translator's
        weekday = value.day.weekday()
        pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(rules, key=len, reverse=True))
                             + r")(\s+)" + re.escape(f"%({key})s"), re.IGNORECASE)

        def replace(match: re.Match, rules=rules, key=key) -> str:
            written = match.group(1)
            prepositions, forms = rules[written.lower()]
            preposition = prepositions[weekday]
            if written[:1].isupper() and preposition:
                preposition = preposition[0].upper() + preposition[1:]
            name = f"{key}__{'_'.join(preposition.split()) or 'bare'}"
            day_text = forms[weekday] + value[len(nominative):]
            if not preposition:  # the date itself opens the phrase; capitalised if the preposition was
                day_text = day_text[0].upper() + day_text[1:] if written[:1].isupper() else day_text
                values[name] = DateText(day_text)
                return f"%({name})s"
            values[name] = DateText(f"{preposition} {day_text}")
            return f"%({name})s"

        text = pattern.sub(replace, text)
    return text, values


#: Welsh nasal mutation of a word's first letter ("Caerdydd" -> "Nghaerdydd"), and the form "yn"
#: ("in") takes before it: "yng Nghaerdydd", "ym Mangor", "yn Nhywyn".
_WELSH_NASAL = {"c": ("ngh", "yng"), "p": ("mh", "ym"), "t": ("nh", "yn"), "g": ("ng", "yng"),
                "b": ("m", "ym"), "d": ("n", "yn")}
#: Letters English spells with and Welsh does not: a name with one is not Welsh ("Oakfield").
_NOT_WELSH = regexes.compile(r"[jkqvxz]", re.IGNORECASE)
#: What shows a name is Welsh, not English, in its spelling: a circumflex; "dd" ending it or after
#: r or y (Caerdydd, Pontypridd, Caerfyrddin); w as a vowel between consonants (Cwm, Bwlch, Pwll);
#: a closing "wy" (Conwy); "-y-" joining its parts (Dinbych-y-pysgod, Pen-y-bont); or a Welsh place-name element or venue noun opening it (Ordnance
#: Survey's list of Welsh place-name elements: caer, pont-y, pen-y, porth...; canolfan, coleg).
_WELSH_SPELLING = regexes.compile(
    r"[âêîôûŵŷ]|dd$|[ry]dd|[bcdfgmnprst]w[bcdfglmnprst]|wy$|-y[rn]?-"
    r"|^(?:caer|castell|pont-?y|pen-?y|porth|cwm|coed|bryn|blaen|betws|bwlch|tref|pentre"
    r"|canolfan|cartref|coleg|capel|gwesty|parc)", re.IGNORECASE)
#: Welsh place names whose spelling shows none of that.
_WELSH_NAMES = frozenset({"bangor", "bala", "bethesda", "penarth", "pencoed", "pontypool", "pontardawe",
                          "tredegar", "treorci", "tregaron", "talgarth", "tywyn", "powys", "ceredigion",
                          "dinas", "dolgellau", "blaenau", "gwynedd", "dinbych", "trefor", "porthcawl"})
#: Words that open a Welsh phrase and do not mutate after "yn" ("yn dy ysgol", "yn y ganolfan").
_WELSH_DETERMINERS = frozenset({"y", "yr", "dy", "ei", "ein", "eich", "eu", "fy"})


def looks_welsh(name: str) -> bool:
    """Is ``name``'s first word a Welsh word or place name (Caerdydd, Bangor, Pontypridd), not an
    English one (Oakfield, Cardiff, Brackenhill)? By its spelling only, so rules are kept: see
    ``_WELSH_SPELLING``; a name with a letter Welsh does not use (j, k, q, v, x, z) is English."""
    first = (name.split() or [""])[0]
    word = re.sub(r"[^\w'’-]", "", first)
    if not word or _NOT_WELSH.search(word) or word.casefold() in _WELSH_DETERMINERS:
        return False
    return word.casefold().split("-")[0] in _WELSH_NAMES or bool(_WELSH_SPELLING.search(word))


def welsh_nasal(name: str) -> tuple[str, str] | None:
    """("yng", "Nghaerdydd") for "Caerdydd": the form of "yn" and the name's nasal mutation, or
    None when the name keeps its first letter (an English name, a vowel, a word that does not mutate)."""
    if not name[:1] or name[:1].casefold() not in _WELSH_NASAL or not looks_welsh(name):
        return None
    if name[:2].casefold() in ("ch", "th", "ph", "dd"):
        return None  # ch, th, ph and dd are letters of their own, which do not mutate nasally
    mutated, preposition = _WELSH_NASAL[name[0].casefold()]
    if name[0].isupper():
        mutated = mutated[0].upper() + mutated[1:]
    return preposition, mutated + name[1:]


#: The placeholders that hold a place (the venue, the carers' place) in the catalogs.
_PLACE_KEYS = frozenset({"venue", "place"})


def _welsh_place_after_yn(text: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """"yn %(venue)s" in a Welsh sentence with a Welsh place name: "yng Nghaerdydd", "ym Mangor",
    "ym Mhontypridd" (nasal mutation); an English name is left as it is ("yn Oakfield")."""
    for key, value in list(values.items()):
        # Only where a place stands: "yn" before a role or a name may be the predicative "yn",
        # which mutates softly, not nasally.
        if key not in _PLACE_KEYS or not isinstance(value, str) or isinstance(value, DateText):
            continue
        found = welsh_nasal(value)
        if found is None:
            continue
        preposition, mutated = found
        pattern = re.compile(r"(?<!\w)(yn|Yn)(\s+)" + re.escape(f"%({key})s"))
        name = f"{key}__nasal"

        def replace(match: re.Match, preposition=preposition, name=name) -> str:
            written = preposition[0].upper() + preposition[1:] if match.group(1)[0] == "Y" else preposition
            return f"{written}{match.group(2)}%({name})s"

        if pattern.search(text):
            text = pattern.sub(replace, text)
            values = {**values, name: mutated}
    return text, values


_SENTENCE_START = r"(^\s*|[.!?…]\s+)"


def _capitalise_sentence_starts(text: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A date that starts a sentence takes a capital, as every language with capitals writes it."""
    for key, value in list(values.items()):
        if not isinstance(value, DateText) or not value or value[0] == value[0].upper():
            continue
        pattern = re.compile(_SENTENCE_START + re.escape(f"%({key})s"))
        if pattern.search(text):
            capital = f"{key}__sentence_start"
            text = pattern.sub(lambda m: m.group(1) + f"%({capital})s", text)
            values = {**values, capital: DateText(value[0].upper() + value[1:])}
    return text, values


def _interpolate(translated: str, source: str, values: dict[str, Any], code: str | None = None) -> str:
    if not values:
        return translated
    try:
        return _fill(translated, values, code)
    except (KeyError, ValueError, TypeError):
        # A catalog with a broken placeholder must not stop a record going out.
        return _fill(source, values, code)


def _gender_contexts(child_gender: str | None, iro_gender: str | None) -> list[str]:
    """The msgctxt of a gendered variant to look for, the most specific first."""
    return [context for context in (
        f"child:{child_gender} iro:{iro_gender}" if child_gender and iro_gender else None,
        f"child:{child_gender}" if child_gender else None,
        f"iro:{iro_gender}" if iro_gender else None,
    ) if context]


#: The msgctxt of a message's form in the child's own register (Welsh "ti", Portuguese "tu"), any
#: gender: for a part the child reads in their own copy whose usual translation is to an adult
#: reader (the feedback part of a copy made once they are grown up).
CHILD_OWN = "child:own"


def domain_gettext(code: str, domain: str, child_gender: str | None = None,
                   iro_gender: str | None = None, own: bool = False) -> Callable[..., str]:
    """``_(message, **values)`` for a domain (messages, feedback, consult): the reader's
    translation, its placeholders filled, the English when the catalog lacks it; with the
    child's or the IRO's gender, its variant in the domain's gendered catalog (``gendered.po``,
    ``gendered_consult.po``...) where the language has one, the most specific first. ``own``:
    the child reads it in their own copy: after those, its ``child:own`` form (CHILD_OWN)."""
    translations = catalog(code, domain)
    contexts = _gender_contexts(child_gender, iro_gender) + ([CHILD_OWN] if own else [])
    gendered = catalog(code, gendered_domain(domain)) if contexts else None

    def gettext(message: str, **values: Any) -> str:
        if gendered is not None:
            for context in contexts:
                variant = gendered.pgettext(context, message)
                if variant != message:
                    return _interpolate(variant, message, values, code)
        return _interpolate(translations.gettext(message), message, values, code)

    return gettext


def one_full_stop(text: str, values: dict[str, Any]) -> str:
    """A date that ends in an abbreviation's full stop ("3 березня 2026 р.") ends the sentence
    with it, not with two."""
    for key, value in values.items():
        if isinstance(value, DateText) and value.endswith("."):
            text = text.replace(f"%({key})s.", f"%({key})s")
    return text


#: Welsh "â" ("with") is "ag" before a vowel: "cysyllta ag Eleri", "â Gwen".
_WELSH_VOWELS = "aeiouâêîôûáéíóúàèìòù"


def _welsh_ag_before_vowel(text: str, values: dict[str, Any]) -> str:
    """"â %(name)s" with a name that opens with a vowel: "ag Eleri" (``join_list``'s "ac" likewise)."""
    for key, value in values.items():
        if isinstance(value, str) and value.lstrip("\"'‘“(")[:1].lower() in set(_WELSH_VOWELS):
            text = re.sub(r"(?<!\w)([âÂ])(\s+)(?=%\(" + re.escape(key) + r"\)s)",
                          lambda m: ("Ag" if m.group(1) == "Â" else "ag") + m.group(2), text)
    return text


#: Welsh prepositions that join the article after them: "â'r", "i'r", "o'r", "gyda'r", "a'r".
_WELSH_JOINS_ARTICLE = ("â", "Â", "i", "I", "o", "O", "gyda", "Gyda", "a", "A")


def _welsh_article_after(text: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The tool's own name for a service, opening with the article ("y Gwasanaeth Hawliau Plant"), after a
    preposition that joins it: "siarad â'r Gwasanaeth Hawliau Plant", never "â y Gwasanaeth". Only
    ``service``: the IRO's own words (a venue) are never rewritten."""
    for key, value in list(values.items()):
        found = re.match(r"(?:y|yr) (?=\S)", value) if key == "service" and isinstance(value, str) else None
        if not found or isinstance(value, DateText):
            continue
        pattern = re.compile(r"(?<!\w)(" + "|".join(_WELSH_JOINS_ARTICLE) + r")\s+" + re.escape(f"%({key})s"))
        if pattern.search(text):
            name = f"{key}__article"
            text = pattern.sub(lambda m, name=name: f"{m.group(1)}'r %({name})s", text)
            values = {**values, name: value[found.end():]}
    return text, values


def _welsh_weekday_in_a_sentence(values: dict[str, Any]) -> dict[str, Any]:
    """A Welsh full date inside a sentence or a line ("Cofnod adolygiad Sam, dydd Mawrth, 3 Mawrth
    2026") writes "dydd" small, as Welsh does; CLDR gives the capital of a date standing alone. One
    opening a sentence takes its capital back (_capitalise_sentence_starts)."""
    return {key: DateText("d" + value[1:], value.day, value.code)
            if isinstance(value, DateText) and value.startswith("Dydd ") else value
            for key, value in values.items()}


#: Welsh soft mutation of a word's first letters (th, ch and dd are letters of their own: they keep).
_WELSH_SOFT = (("ll", "l"), ("rh", "r"), ("th", "th"), ("ch", "ch"), ("dd", "dd"), ("p", "b"), ("t", "d"),
               ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f"))


def welsh_soft(word: str) -> str:
    """"tad" -> "dad", "mam" -> "fam", "llysfam" -> "lysfam", "gofalwr" -> "ofalwr"."""
    for plain, soft in _WELSH_SOFT:
        if word[:len(plain)].casefold() == plain:
            rest = word[len(plain):]
            return (soft[:1].upper() + soft[1:] if word[:1].isupper() else soft) + rest if soft \
                else rest[:1].upper() + rest[1:] if word[:1].isupper() else rest
    return word


def _welsh_role_after_dy(text: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """"dy %(role)s" ("your"): the role word softly mutated, "Dy dad, Rhys", "dy fam". Only the
    tool's role words (``role``), never a name; one marked as English ("[yn Saesneg: ...]") keeps."""
    value = values.get("role")
    pattern = re.compile(r"(?<!\w)([Dd]y\s+)%\(role\)s")
    if isinstance(value, str) and value[:1].isalpha() and pattern.search(text):
        text = pattern.sub(lambda m: f"{m.group(1)}%(role__soft)s", text)
        values = {**values, "role__soft": welsh_soft(value)}
    return text, values


def _fill(text: str, values: dict[str, Any], code: str | None = None) -> str:
    text, values = _weekday_after_preposition(text, values)
    if code and code.split("_")[0] == "cy":
        values = _welsh_weekday_in_a_sentence(values)
        text, values = _welsh_role_after_dy(text, values)
        text, values = _welsh_article_after(text, values)
        text, values = _welsh_place_after_yn(text, values)
        text = _welsh_ag_before_vowel(text, values)
    text = one_full_stop(text, values)
    text, values = _capitalise_sentence_starts(text, values)
    return text % values


def gettext_functions(code: str, child_gender: str | None = None,
                      iro_gender: str | None = None) -> tuple[Callable[..., str], Callable[..., str]]:
    """``_`` and ``ngettext`` for templates and code: ``_("Hi %(name)s", name=x)``.

    With ``child_gender`` or ``iro_gender``, a message's variant for them
    (``gendered.po``) is used when the language has one, the most specific
    first. They return plain text; the renderer escapes it like any other data,
    so a translator's ``&`` or ``<`` cannot break a document.
    """
    translations = catalog(code)
    gettext = domain_gettext(code, DOMAIN, child_gender, iro_gender)

    def ngettext(singular: str, plural: str, num: int, **values: Any) -> str:
        values.setdefault("num", num)
        source = singular if num == 1 else plural
        return _interpolate(translations.ngettext(singular, plural, num), source, values, code)

    return gettext, ngettext


def person_variant(code: str, message: str, gender: str | None) -> str | None:
    """A role word's variant for its person's gender (``person:female`` in gendered.po: Polish
    "opiekunka"), or None where the language has none and its usual word serves."""
    if not gender:
        return None
    variant = catalog(code, GENDERED_DOMAIN).pgettext(f"person:{gender}", message)
    return variant if variant != message else None


def person_gettext(code: str, gender: str | None, fallback: Callable[..., str]) -> Callable[..., str]:
    """``fallback`` with a sentence's variant for the gender of the person it names first
    (``person:female``: Arabic "بيتك مع مقدّمة الرعاية لك." for a carer who is Mrs Okonjo)."""
    if not gender:
        return fallback
    gendered = catalog(code, GENDERED_DOMAIN)

    def gettext(message: str, **values: Any) -> str:
        variant = gendered.pgettext(f"person:{gender}", message)
        if variant != message:
            return _interpolate(variant, message, values, code)
        return fallback(message, **values)

    return gettext


def own_gettext(code: str, fallback: Callable[..., str]) -> Callable[..., str]:
    """``fallback`` with a message's ``child:own`` form in gendered.po, for the child reading their own
    copy, where the usual translation suits every reader: Welsh "Dy %(role)s, %(name)s" in the child's
    copy, "%(name)s (%(role)s)" in the others (a parent reads her own). Only for such messages."""
    gendered = catalog(code, GENDERED_DOMAIN)

    def gettext(message: str, **values: Any) -> str:
        variant = gendered.pgettext(CHILD_OWN, message)
        return _interpolate(variant, message, values, code) if variant != message else fallback(message, **values)

    return gettext


def format_date(day: dt.date, code: str, style: str = "full") -> str:
    """A date written out in the reader's language, e.g. 'Tuesday, 3 March 2026'."""
    return DateText(_date_in_words(day, code, style), day, code)


def time_of_day(time: dt.time, code: str) -> str:
    """A time as a letter in the UK writes it in the reader's language: "10:00", "16:30" in English (en_GB, not
    the US "10:00 AM"); the 24-hour clock wherever the locale would add a morning or afternoon marker
    ("AM" in Latin letters in Urdu and Bengali, "م" in Arabic, "ቅ.ቀ." in Tigrinya: no abbreviations)."""
    from babel.dates import format_time

    locale = babel_locale("en_GB" if code == "en" else code)
    text = format_time(time, "short", locale=locale)
    if any(c.isalpha() for c in text):
        # A morning or afternoon marker ("PM", Arabic "م", Tigrinya "ቅ.ቀ.", Sorani "د.ن") is an office
        # abbreviation a child may not know: the 24-hour clock, as the other languages write it.
        text = format_time(time, "HH:mm", locale=locale)
    return text


#: Languages whose long date is written as their full date less the weekday (see `_date_in_words`).
#: Not Pashto: its full date is now the weekday, then the long date ("سه شنبه، 12 جنوري 2027", blind
#: review 25 #17), so its long date, without the commas after the day and the month, is already that form.
_LONG_AS_FULL = frozenset({"ti"})


@functools.lru_cache(maxsize=1024)  # a record's few dates, written in each copy of it: Babel's is slow
def _date_in_words(day: dt.date, code: str, style: str) -> str:
    from babel.dates import format_date as _babel_format_date

    text = _babel_format_date(day, format=style, locale=babel_locale("en_GB" if code == "en" else code))
    if style == "long" and code.split("_")[0] in _LONG_AS_FULL:
        # CLDR's Tigrinya long date is the English order ("ታሕሳስ 7, 2026"), while its full date, which
        # the rest of a copy writes, is "7 ታሕሳስ 2026": the full date's own pattern, less the weekday,
        # keeps one form in a copy.
        pattern = babel_locale(code).date_formats["full"].pattern
        pattern = re.sub(r"^E+[\s,،፣]*", "", pattern)
        text = _babel_format_date(day, format=pattern, locale=babel_locale(code))
    if style == "full" and code.split("_")[0] == "ckb":
        # CLDR's Sorani full date is the root's order ("2026 شوبات 17، سێشەممە"); the weekday before
        # the long date keeps one order in a copy ("سێشەممە، 17ی شوباتی 2026").
        weekday = _babel_format_date(day, format="EEEE", locale=babel_locale(code))
        text = f"{weekday}, {_babel_format_date(day, format='long', locale=babel_locale(code))}"
    if style == "full" and code.split("_")[0] == "ps":
        # CLDR's Pashto full date has a comma after the day and the month ("سه شنبه 12، جنوري، 2027"),
        # which reads as a list of three; Pashto writes the weekday, then the long date ("سه شنبه، 12 جنوري 2027").
        weekday = _babel_format_date(day, format="EEEE", locale=babel_locale(code))
        text = f"{weekday}, {_babel_format_date(day, format='long', locale=babel_locale(code))}"
    if style in ("long", "medium") and code.split("_")[0] == "ti":
        # CLDR's Tigrinya long date is the US order with a Latin comma ("ታሕሳስ 7, 2026"); the full date,
        # as every other date of a copy, is day first ("ሰኑይ፣ 7 ታሕሳስ 2026"): one order, "7 ታሕሳስ 2026".
        text = _babel_format_date(day, format="d MMMM y", locale=babel_locale(code))
    # CLDR gives Pashto and Sorani the Latin comma ("دوشنبه 2, نومبر, 2026"); Arabic script has its own.
    return text.replace(",", ARABIC_COMMA) if is_right_to_left(code) else text


#: Welsh "and" is "ac" before a vowel and "a" otherwise; CLDR's list pattern writes both, "a(c)".
_WELSH_AND = regexes.compile(r"\ba\(c\) (?=(\S))")


#: "and" for a language whose CLDR data has no list patterns of its own, where Babel gives the root's
#: "A, B" (Sorani): the word its catalog joins two people with ("بەڕێز و خاتوو"), and its comma.
_OWN_AND = {"ckb": ("و", ARABIC_COMMA)}


def join_list(items: list[str], code: str) -> str:
    """"A, B and C" as the reader's language joins a list (Babel), with one form of each word."""
    from babel.lists import format_list as _babel_format_list

    locale = babel_locale("en_GB" if code == "en" else code)
    own = _OWN_AND.get(code.split("_")[0])
    if own and len(items) > 1 and locale.list_patterns["standard"]["2"] == "{0}, {1}":
        # "Gail, Martin" reads as one person, surname first: the language's own "and".
        word, comma = own
        return f"{f'{comma} '.join(items[:-1])} {word} {items[-1]}"
    text = _babel_format_list(items, locale=locale)
    if code.split("_")[0] == "cy":
        text = _WELSH_AND.sub(lambda m: "ac " if m.group(1)[0].lower() in "aeiouwyâêîôûŵŷ" else "a ", text)
    return text


#: The zero of each decimal numbering system CLDR may name as a locale's default
#: (Babel knows the system's name but writes every number in Western digits).
_ZERO = {
    "latn": "0", "arab": "\u0660", "arabext": "\u06f0", "beng": "\u09e6", "deva": "\u0966",
    "gujr": "\u0ae6", "guru": "\u0a66", "knda": "\u0ce6", "mlym": "\u0d66", "orya": "\u0b66",
    "taml": "\u0be6", "telu": "\u0c66", "mymr": "\u1040", "khmr": "\u17e0", "laoo": "\u0ed0",
    "thai": "\u0e50", "tibt": "\u0f20", "ethi": "\u1369", "olck": "\u1c50", "mtei": "\uabf0",
}
#: Digits a copy's text may arrive in: Western, Arabic-Indic and Extended Arabic-Indic.
_CONVERTIBLE_ZEROS = ("0", "\u0660", "\u06f0")


def numbering_system(code: str) -> str:
    """CLDR's default numbering system for the language (``arabext`` for Pashto, ``latn`` for Urdu)."""
    system = babel_locale("en_GB" if code == "en" else code).default_numbering_system
    return system if system in _ZERO else "latn"


@functools.lru_cache(maxsize=None)
def digit_table(code: str) -> dict[int, str] | None:
    """A ``str.translate`` table writing every digit in the language's own system, so a
    copy uses one set of digits; None when there is nothing to change (Western digits
    and no Arabic-script copy, which may receive Eastern digits from a translator)."""
    system = numbering_system(code)
    zero = ord(_ZERO[system])
    table = {ord(source) + n: chr(zero + n) for source in _CONVERTIBLE_ZEROS for n in range(10)
             if ord(source) != zero}
    if system == "latn" and babel_locale("en_GB" if code == "en" else code).character_order != "right-to-left":
        return None
    return table


def localise_digits(text: str, code: str) -> str:
    table = digit_table(code)
    return text.translate(table) if table else text
