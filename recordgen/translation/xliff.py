"""XLIFF 1.2 files for translating the IRO's own words.

XLIFF 1.2 rather than 2.0: it is the version translators' tools read and
write most reliably (Trados Studio, memoQ, Phrase, OmegaT, Weblate, Okapi
and the Translate Toolkit all handle it; several still treat 2.0 as import
only or not at all). Each item is one ``trans-unit``:

* ``id`` and ``resname`` are the item's path in the record (``worries.3``),
  stable for as long as the item stays where it is;
* a ``context-group`` carries ``x-source-sha256``, the hash of the English,
  so an import can tell whether the record changed since the export;
* a ``note`` tells the translator which part of the record it is;
* names, phone numbers, emails and case numbers are ``<mrk mtype="protected">``,
  which translators' tools lock.

The file is valid against the strict XLIFF 1.2 schema. With
``source_in_target`` every untranslated target starts as a copy of the
English, ``state="needs-translation"``: OmegaT (3.6 at least) translates only
what a target holds and leaves ``state`` as it finds it, so for such a file
the text decides whether a unit was translated, not ``state``.

Only items that some recipient reading the target language may see are
exported; an item withheld from all of them is never put in the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from ..errors import Category, RecordgenError
from ..i18n import language_display_name
from ..i18n.languages import bcp47, is_english, normalize_language
from ..i18n.names import declines_names, joined_as_reader, names_rewritten
from ..record.diagnostics import format_path
from ..record.model import HEADED_SECTIONS, Record, Role, section_heading
from ..rules.withholding import reordering_problem
from .items import (
    TranslatableItem, already_in_paths, catalog_role_paths, cut_to_catalog_roles, left_out_paths, languages_needing_translation, recipients_in,
    source_hash,
    translatable_items, written_in,
    xml_unsafe_character,
)
from .protect import protected_names, protected_spans, untranslated_sentences, values_rewritten
from .sidecar import StoredTranslation, TranslationStore, load_translations

if TYPE_CHECKING:
    from ..record.loading import LoadedRecord

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
HASH_CONTEXT = "x-source-sha256"
RECORD_KEY_NOTE = "recordgen-record-key"
#: Header note saying the targets were exported as a copy of the English.
EXPORT_MODE_NOTE = "recordgen-export-mode"
SOURCE_IN_TARGET = "source-in-target"
#: Target states that say, in a file whose targets we left empty, "not translated".
UNTRANSLATED_STATES = frozenset({"new", "needs-translation"})
#: States (besides approved="yes") by which a translator's file says a translation is approved.
APPROVED_STATES = frozenset({"final", "signed-off"})
_X = "{%s}" % NS

#: What each part of the record is, for the translator's note.
SECTION_NOTES = {
    "review": "Where the meeting took place, or how someone took part",
    "child_views": "The child's own words (keep them in the child's voice)",
    **{section: section_heading(section) for section in HEADED_SECTIONS},
    "scale": "What the 0 to 10 scale means",
    "actions": "Who does what, by when",
    "care_plan": "The plan, written to the child",
    "placement": "Where the child lives: the name of a place, shown as 'You live at ...'",
}


class XliffError(RecordgenError):
    """An XLIFF file cannot be exported or imported; ``problems`` says every reason."""

    category = Category.PROBLEMS

    def __init__(self, problems: list[str], hint: str = ""):
        super().__init__("\n".join([*problems, hint] if hint else problems))
        self.problems = problems
        self.hint = hint


def record_key(record: Record) -> str:
    """A short fingerprint of which review this is, so a file for one child's review
    cannot be imported into another's; a hash, so the case number is not in the file."""
    return hashlib.sha256(f"{record.child.id}|{record.review.date.isoformat()}".encode()).hexdigest()[:16]


def _note_for(item: TranslatableItem, record: Record) -> str:
    section = str(item.loc[0])
    label = SECTION_NOTES.get(section, section)
    if section == "review" and "venue" in item.loc:
        # The copies say "at %(venue)s" in their own words: a translated "at" is said twice.
        label = ("Where the meeting took place, put into a sentence that already says 'at' or 'in' "
                 "(\"We met at ...\"): translate the place only (\"the council offices\", not "
                 "\"at the council offices\"), without a word for 'at' or 'in'")
    elif section == "review" and item.loc[-1] == "role":
        return f"Who this person is to the child, shown after their name ({item.path}): a label, not a sentence."
    elif section == "review" and record.review.attendees[int(item.loc[2])].attended:
        label = "What this person did or said at the meeting, shown after their name among those who came"
    elif section == "review":
        label = "How someone who was invited, and did not come, shared their views"
    elif section == "actions":
        label += ": who will do it" if item.loc[-1] == "who" else ": what they will do"
    if section in ("child_views", "placement"):
        return f"{label} ({item.path})."
    if Role.child in item.withheld_from:
        # Printed only in the adults' part ("For the adults: not to be read to Kai"): "you" there
        # would speak to the child in words kept from them.
        return (f"{label} ({item.path}). For the adults, about the child: printed only in the part for the "
                "adults, not read to the child; keep it about the child (by name, or 'he', 'she', 'they'), "
                "not written to them as 'you'.")
    return f"{label} ({item.path}). Written to the child, as 'you'."


#: The "and" between people of one name ("Karen and Mike"), outside the protected markup.
_PEOPLE_AND = re.compile(r"\s+(?:and|&)\s+")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})


def _each_person(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each person of a protected name alone ("Karen and Mike": "Karen", "Mike"): the "and" between
    them is the translator's to write in their language ("Karen i Mike"), not a word a translation
    tool locks in English ("Zostaniesz z Karen and Mike."); titles joined by "and" ("Mr and Mrs
    Patel") stay one. A unit that is names alone stays nothing to translate (protect.py)."""
    parts = []
    for start, end in spans:
        at = start
        for joiner in _PEOPLE_AND.finditer(text, start, end):
            before = text[at:joiner.start()].split()
            if before and before[-1].rstrip(".") in _TITLES:
                continue
            parts.append((at, joiner.start()))
            at = joiner.end()
        parts.append((at, end))
    return [(a, b) for a, b in parts if b > a]


def _fill(element: etree._Element, text: str, names: list[str]) -> None:
    """``text`` as the element's content, each name and value in a protected ``mrk``."""
    last, previous = 0, None
    element.text = ""
    for start, end in _each_person(text, protected_spans(text, names)):
        if previous is None:
            element.text = text[last:start]
        else:
            previous.tail = text[last:start]
        previous = etree.SubElement(element, _X + "mrk", {"mtype": "protected"})
        previous.text = text[start:end]
        last = end
    if previous is None:
        element.text = text[last:]
    else:
        previous.tail = text[last:]


def _refuse_what_a_parents_copy_withholds(record: Record, lang: str, items: list[TranslatableItem]) -> None:
    """The file for a language a confidential placement's parent reads carries each item as their
    copy shows it (an action's who with the names cut); an item that would still show them the
    address, the school, the carers' or a staff member's surname (the copy is refused for it too)
    never reaches the translator. Raises XliffError naming each such item."""
    from ..rules.validation import placement_message
    from ..rules.withholding import confidential_from, found_in, people_in, secrets_for

    parents = [r for r in recipients_in(record, lang) if confidential_from(record, r.role)]
    if not parents:
        return
    hidden = [s for s in secrets_for(record, Role.parent) if s.loc[:1] == ("placement",)]
    people = people_in(record)
    problems = [f"{item.path}: {placement_message(None, shown[0])}; the parent's copy is refused for it too"
                for item in items if any(r.role not in item.withheld_from for r in parents)
                and (shown := found_in(item.text, hidden, people=people))]
    if problems:
        raise XliffError(problems, f"a parent reads '{lang}': write these as the parent's copy may show them "
                         "(first names, or the role: 'your carer'), or withhold the item from parent, then export again")


def export_xliff(record: Record, record_name: str, language: str,
                 store: TranslationStore | None = None, source_in_target: bool = False) -> bytes:
    """The XLIFF 1.2 file for translating ``record`` into ``language``.

    Items already translated (and not stale) in ``store`` go in with their
    translation so only new or changed text needs work. With ``source_in_target``
    the other targets hold a copy of the English, ``state="needs-translation"``,
    for tools that translate only what a target holds (OmegaT). Raises XliffError.
    """
    lang = normalize_language(language)
    if is_english(lang):
        raise XliffError([f"copies in English use the IRO's words as written; there is nothing "
                          f"to translate into '{language}'"])
    if not recipients_in(record, lang):
        others = ", ".join(languages_needing_translation(record)) or "none"
        raise XliffError([f"nobody on the distribution list reads '{language}', so nothing is exported "
                          f"(languages other than English on this list: {others})"])
    items = translatable_items(record, lang)
    problems = []
    for item in items:
        bad = xml_unsafe_character(item.text)
        if bad:
            problems.append(f"{item.path}: contains a control character ({bad}) that an XLIFF file "
                            "cannot hold; remove it from the record")
    if problems:
        raise XliffError(problems)
    _refuse_what_a_parents_copy_withholds(record, lang, items)

    root = etree.Element(_X + "xliff", nsmap={None: NS}, version="1.2")
    file_el = etree.SubElement(root, _X + "file", {
        "original": record_name, "source-language": "en", "target-language": bcp47(lang),
        "datatype": "plaintext", "date": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
    })
    header = etree.SubElement(file_el, _X + "header")
    etree.SubElement(header, _X + "tool", {"tool-id": "recordgen", "tool-name": "recordgen"})
    etree.SubElement(header, _X + "note", {"from": RECORD_KEY_NOTE}).text = record_key(record)
    if source_in_target:
        etree.SubElement(header, _X + "note", {"from": EXPORT_MODE_NOTE}).text = SOURCE_IN_TARGET
    etree.SubElement(header, _X + "note", {"from": "recordgen"}).text = (
        "A review record written to a child in care. Translate each item warmly and plainly, "
        "speaking to the child as 'you'"
        + ("; an item whose note says it is for the adults is about the child, not to them" if any(
            Role.child in item.withheld_from and str(item.loc[0]) not in ("child_views", "placement")
            for item in items) else "")
        + ". Keep names as they are. Do not change the English.")
    body = etree.SubElement(file_el, _X + "body")
    names = protected_names(record)
    for item in items:
        unit = etree.SubElement(body, _X + "trans-unit", {
            "id": item.path, "resname": item.path, f"{{{XML_NS}}}space": "preserve"})
        source_language = written_in(record, item.loc)  # a child's words in Welsh are in Welsh
        source = etree.SubElement(unit, _X + "source", {f"{{{XML_NS}}}lang": bcp47(source_language)})
        _fill(source, item.text, names)
        existing = store.entry(lang, item.loc) if store else None
        if existing is not None and store.status(lang, item.loc, item.text) == "translated":
            # Approved only where the translator's file said so: translate-toolkit
            # reads state="translated" alone as fuzzy.
            if existing.approved:
                unit.set("approved", "yes")
            target = etree.SubElement(unit, _X + "target",
                                      {f"{{{XML_NS}}}lang": bcp47(lang), "state": "translated"})
            _fill(target, existing.translation, names)
        elif source_in_target:
            target = etree.SubElement(unit, _X + "target",
                                      {f"{{{XML_NS}}}lang": bcp47(lang), "state": "needs-translation"})
            _fill(target, item.text, names)
        # The strict schema wants each context-group name unique within the file.
        group = etree.SubElement(unit, _X + "context-group",
                                 {"name": f"recordgen:{item.path}", "purpose": "information"})
        etree.SubElement(group, _X + "context", {"context-type": HASH_CONTEXT}).text = item.sha256
        note = _note_for(item, record)
        if not is_english(source_language):
            note += f" Written in {language_display_name(source_language)}, not English: translate from it."
        kept = names_rewritten(item.text, "", names)
        if kept:
            note += " Write these names exactly as here, in these letters: " + "; ".join(kept) + "."
            if declines_names(lang):
                note += " A name may take your language's case ending (Ewa: Ewy, Ewie); its letters stay as here."
            # The "and" between people is the reader's, as the copies join them ("Gwen a Huw").
            joined = [f"{name} as {form}" for name in kept if (form := joined_as_reader(name, lang))]
            if joined:
                note += " The 'and' between names may be your language's: " + "; ".join(joined) + "."
        values = values_rewritten(item.text, "")
        if values:
            note += " Keep these exactly as written: " + "; ".join(values) + "."
        etree.SubElement(unit, _X + "note", {"from": "recordgen"}).text = note
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# ---------------------------------------------------------------- reading back

@dataclasses.dataclass
class XliffUnit:
    id: str
    source: str
    target: str | None
    source_sha256: str | None
    problem: str | None = None   # inline codes or other content we cannot take
    state: str | None = None     # the target's state, as the translator's tool left it
    approved: bool = False       # approved="yes", or a state that means it


@dataclasses.dataclass
class XliffContents:
    original: str
    target_language: str
    record_key: str | None
    units: list[XliffUnit]
    #: Exported with a copy of the English in each target: ``state`` then says nothing.
    source_in_target: bool = False


#: Inline elements a tool may wrap text in without changing it (segment markers, groups).
_TRANSPARENT_INLINE = {"mrk", "g"}


def _plain_text(element: etree._Element) -> tuple[str, str | None]:
    """Text of a source/target; a problem when it holds inline codes we never exported."""
    for child in element.iterdescendants():
        if isinstance(child, etree._Entity):
            return "", f"holds an entity reference ({child.text}) that recordgen does not expand; type the text instead"
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local not in _TRANSPARENT_INLINE:
            return "", f"holds <{local}> markup that recordgen did not put there; remove it in your tool"
    return "".join(element.itertext()), None


def read_xliff(data: bytes, file_name: str = "the file") -> XliffContents:
    """Parse an XLIFF 1.2 file (safely: no entities, no network). Raises XliffError."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise XliffError([f"{file_name}: this is not a readable XLIFF file ({exc.msg})"]) from None
    if etree.QName(root).localname != "xliff":
        raise XliffError([f"{file_name}: this is XML but not an XLIFF file"])
    if root.get("version") != "1.2" or etree.QName(root).namespace != NS:
        raise XliffError([f"{file_name}: this is XLIFF version {root.get('version') or 'unknown'}; "
                          "recordgen reads XLIFF 1.2, so save or export it as XLIFF 1.2"])
    files = root.findall(_X + "file")
    if len(files) != 1:
        raise XliffError([f"{file_name}: expected one <file> section, found {len(files)}; "
                          "import each exported file separately"])
    file_el = files[0]
    key, mode = None, None
    for note in file_el.iterfind(f"{_X}header/{_X}note"):
        if note.get("from") == RECORD_KEY_NOTE:
            key = (note.text or "").strip()
        elif note.get("from") == EXPORT_MODE_NOTE:
            mode = (note.text or "").strip()
    units = []
    for unit in file_el.iter(_X + "trans-unit"):
        source_el = unit.find(_X + "source")
        target_el = unit.find(_X + "target")
        source, problem = _plain_text(source_el) if source_el is not None else ("", "has no <source>")
        target = state = None
        if target_el is not None:
            target, target_problem = _plain_text(target_el)
            problem = problem or target_problem
            state = target_el.get("state")
        hashes = [c.text or "" for c in unit.iterfind(f"{_X}context-group/{_X}context")
                  if c.get("context-type") == HASH_CONTEXT]
        approved = unit.get("approved") == "yes" or state in APPROVED_STATES
        units.append(XliffUnit(unit.get("id", ""), source, target,
                               hashes[0].strip() if hashes else None, problem, state, approved))
    return XliffContents(file_el.get("original", ""), file_el.get("target-language", ""), key, units,
                         mode == SOURCE_IN_TARGET)


def _same_text(a: str, b: str) -> bool:
    # Tools may reflow whitespace in a source they display; words must match.
    return a == b or re.sub(r"\s+", " ", a).strip() == re.sub(r"\s+", " ", b).strip()


def check_translations(record: Record, contents: XliffContents, file_name: str,
                       loaded: LoadedRecord | None = None) -> tuple[str, dict[str, StoredTranslation]]:
    """Check an XLIFF file against the record as it is now; every problem at once. With ``loaded`` (the
    record as read from its file), also every check ``validate`` makes of the translations, on these as
    they would be stored (``_validate_problems``).

    Returns the language and the translations to store. Raises XliffError.
    """
    if not contents.target_language:
        raise XliffError([f"{file_name}: the file does not say which language it is in "
                          "(target-language is missing); export it again with --lang"])
    lang = normalize_language(contents.target_language)
    if contents.record_key and contents.record_key != record_key(record):
        raise XliffError([f"{file_name}: this file was exported from a different review "
                          f"(not {record.child.first_name}'s review of {record.review.date:%d %B %Y}); "
                          "check you have the right record"])
    if not recipients_in(record, lang):
        raise XliffError([f"{file_name}: nobody on this record's distribution list reads "
                          f"'{contents.target_language}'"])
    expected = {item.path: item for item in translatable_items(record, lang)}
    catalog_roles = (catalog_role_paths(record) | cut_to_catalog_roles(record, lang) | already_in_paths(record, lang)
                     | left_out_paths(record, lang))
    names = protected_names(record)
    problems: list[str] = []
    seen: dict[str, XliffUnit] = {}
    for unit in contents.units:
        where = f"{file_name}: unit {unit.id or '(no id)'}"
        if unit.id in seen:
            problems.append(f"{where}: appears twice; keep one")
            continue
        if unit.id in catalog_roles:
            continue  # exported before the catalogs translated this role, or before it was known as in the language: nothing to store
        seen[unit.id] = unit
        item = expected.get(unit.id)
        if item is None:
            problems.append(f"{where}: is not an item of this record that a '{lang}' reader may see "
                            "(the record may have changed since the export); export again")
            continue
        if unit.problem:
            problems.append(f"{where}: {unit.problem}")
            continue
        if not unit.source_sha256:
            problems.append(f"{where}: has lost its source hash (x-source-sha256), perhaps in a tool "
                            "that drops context; translate a fresh export in a tool that keeps it")
            continue
        if item.written is not None and unit.source_sha256 == source_hash(item.written):
            problems.append(f"{where}: was exported naming people as the record writes them; a parent's copy "
                            f"names them as '{item.text}', and so does the file now: export again and translate that")
            continue
        if unit.source_sha256 != item.sha256:
            problems.append(f"{where}: the record's English has changed since this file was exported; "
                            "export again and translate the new text")
            continue
        if not _same_text(unit.source, item.text):
            problems.append(f"{where}: the English in the file was edited (it no longer matches the "
                            "record); only the translation may be changed")
            continue
        if unit.target is None or not unit.target.strip():
            problems.append(f"{where}: has no translation")
            continue
        # A tool that copies the English into the target leaves state as recordgen wrote it
        # (OmegaT does): there the text decides; elsewhere the tool's state counts.
        if unit.state in UNTRANSLATED_STATES and not (
                contents.source_in_target and unit.state == "needs-translation"):
            problems.append(f"{where}: is marked state=\"{unit.state}\", not translated; translate it "
                            "(or confirm the translation) in your tool")
            continue
        reordering = reordering_problem(unit.target)
        if reordering:  # validate would refuse it in the stored translation: refused here, before storing
            problems.append(f"{where}: the translation {reordering}")
            continue
        english = untranslated_sentences(item.text, unit.target, names, lang)
        if english:
            if _same_text(unit.target, item.text):
                problems.append(f"{where}: is not translated (its target is the English, copied); translate it")
            else:
                problems.append(f"{where}: is only partly translated; still in English: "
                                + "; ".join(f"'{sentence}'" for sentence in english))
            continue
        rewritten = names_rewritten(item.text, unit.target, names, lang)
        if rewritten:
            problems.append(f"{where}: writes {', '.join(repr(n) for n in rewritten)} differently from the "
                            "record; names stay as the record writes them, in the same letters")
        values = values_rewritten(item.text, unit.target)
        if values:
            problems.append(f"{where}: writes {', '.join(repr(v) for v in values)} differently from the "
                            "record; phone numbers, emails and case numbers stay exactly as written")
    for path in expected:
        if path not in seen:
            problems.append(f"{file_name}: unit {path}: is missing from the file; "
                            "every exported unit must come back")
    targets = {path: unit.target for path, unit in seen.items() if path in expected and unit.target and unit.target.strip()}
    problems += _leak_problems(record, lang, targets, file_name)
    if loaded is not None:
        problems += _validate_problems(loaded, lang, {path: expected[path] for path in targets}, targets, file_name,
                                       already=problems)
    if problems:
        untouched = contents.units and all(u.target is None for u in contents.units)
        # OmegaT finds no segment in targets left empty and hands the file back as it was.
        raise XliffError(problems, "no unit has a translation: if your tool showed nothing to translate "
                                   "(OmegaT does so), export again with --for-tool omegat" if untouched else "")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return lang, {
        path: StoredTranslation(item.sha256, item.text, seen[path].target.strip(),  # type: ignore[union-attr]
                                Path(file_name).name, now, seen[path].approved)
        for path, item in expected.items()
    }


def _leak_problems(record: Record, lang: str, targets: dict[str, str], file_name: str) -> list[str]:
    """A translation must not show a reader what the English keeps from them (the confidential
    address or school, a withheld item, a recipient kept off their list): every language is checked."""
    from ..rules.withholding import translation_leaks

    problems = []
    for _, path, secret, exposed in translation_leaks(record, {lang: targets}):
        readers = ", ".join(role.value for role in exposed)
        if secret.strict and secret.loc[0] == "placement":
            what = (f"the confidential {secret.loc[1]}" if secret.text == secret.part_of
                    else f"'{secret.text}', part of the confidential {secret.loc[1]}")
            if secret.written:
                what = f"'{secret.written}' (read as {what})"
        elif secret.strict:
            what = f"'{secret.text}', who is kept off the {readers} copies' list"
        else:
            what = f"the withheld item {format_path(secret.loc)}"
        problems.append(f"{file_name}: unit {path}: the translation shows {what}, which {readers} reading "
                        f"'{lang}' must not see; correct the translation in your tool and import it again")
    return problems


def _validate_problems(loaded: LoadedRecord, lang: str, items: dict[str, TranslatableItem], targets: dict[str, str],
                       file_name: str, already: list[str] = ()) -> list[str]:
    """The errors ``validate`` would give these translations once stored, against each reader of ``lang``
    (a kinship carer's first name, "خالہ Rubina", in a parent's Urdu: blind review 33, finding 3), each as
    FILE: unit ID: what; a unit ``already`` refused (for what it shows, a character that reorders text...)
    is not named twice."""
    from ..rules.validation import translation_findings

    entries = {path: StoredTranslation(item.sha256, item.text, targets[path].strip(), Path(file_name).name, "")
               for path, item in items.items()}
    store = load_translations(loaded.file).replacing_language(lang, entries)
    refused = {line.split(": unit ", 1)[1].split(":", 1)[0] for line in already if ": unit " in line}
    problems = []
    for finding in translation_findings(loaded, store, lang):
        path = finding.path.removeprefix(f"languages.{lang}.").removesuffix(".translation")
        if finding.severity == "error" and path not in refused:
            message = re.sub(rf"^The {re.escape(lang)} translation of {re.escape(path)}(:?) ",
                             lambda m: f"the translation{m.group(1)} ", finding.message)
            problems.append(f"{file_name}: unit {path}: {message}")
    return list(dict.fromkeys(problems))


@dataclasses.dataclass(frozen=True)
class ImportResult:
    language: str
    count: int
    sidecar: Path
    record: Path


def find_record_for(xliff_path: Path, contents: XliffContents) -> Path | None:
    """The record a file was exported from: next to the XLIFF file, else in the current folder."""
    if not contents.original:
        return None
    name = Path(contents.original).name
    for candidate in (xliff_path.parent / name, Path.cwd() / name):
        if candidate.is_file():
            return candidate
    return None


def import_xliff(xliff_path: str | Path, record_path: str | Path | None = None) -> ImportResult:
    """Check ``xliff_path`` against its record and store its translations in the sidecar.

    Nothing is written unless every unit is good. Raises XliffError for the
    file's problems; loading errors of the record propagate (ReadError,
    InvalidRecord) and sidecar problems raise SidecarError.
    """
    from ..record.loading import load_record  # here: loading pulls in the whole model

    xliff_path = Path(xliff_path)
    try:
        data = xliff_path.read_bytes()
    except OSError as exc:
        raise XliffError([f"{xliff_path}: cannot read this file ({exc.strerror})"]) from None
    contents = read_xliff(data, str(xliff_path))
    if record_path is None:
        record_path = find_record_for(xliff_path, contents)
        if record_path is None:
            raise XliffError([f"{xliff_path}: cannot find the record '{contents.original or '?'}' this "
                              "file was exported from; say where it is with --record FILE"])
    record_path = Path(record_path)
    loaded = load_record(record_path)
    lang, entries = check_translations(loaded.record, contents, str(xliff_path), loaded)
    store = load_translations(record_path).replacing_language(lang, entries)
    store.save()
    return ImportResult(lang, len(entries), store.path, record_path)


def export_xliff_file(record_path: str | Path, language: str, out_path: str | Path,
                      source_in_target: bool = False) -> int:
    """Write the export for ``language`` to ``out_path`` (atomically); the number of units."""
    from ..record.loading import load_record
    from ..support.files import write_atomically

    record_path = Path(record_path)
    loaded = load_record(record_path)
    store = load_translations(record_path)
    data = export_xliff(loaded.record, record_path.name, language, store, source_in_target)
    write_atomically(Path(out_path), data)
    return len(translatable_items(loaded.record, language))
