"""The translations sidecar: the IRO's words in other languages, kept next to the record.

``review-sam-9.yaml`` gets ``review-sam-9.translations.yaml``::

    format: recordgen-translations/1
    record: review-sam-9.yaml
    note: Urdu by ... (optional; kept when the file is rewritten)
    languages:
      ur:
        worries.3:                      # the item's path in the record
          source_sha256: 9f2c...        # hash of the English it translates
          source: Your mum has not yet...
          translation: ...
          imported_from: sam-ur.xlf
          imported_at: '2026-03-05T10:12:00+00:00'
          approved: true                # only when the translator's file marked it approved

A translation counts only while the record still says exactly ``source``;
once the IRO edits that item the translation is *stale* and rendering refuses
until it is translated again. The file is rewritten whole and atomically, so
a crash never leaves half a file.
"""

from __future__ import annotations

import dataclasses
import io
import threading
from pathlib import Path
from typing import Literal, Mapping, Sequence


from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.error import YAMLError

from ..errors import Category, RecordgenError
from ..record.diagnostics import format_path
from ..record.loading import load_yaml, safe_yaml
from ..support.files import write_atomically
from ..i18n.languages import normalize_language
from .items import source_hash
from ..support import regexes

FORMAT = "recordgen-translations/1"
Status = Literal["translated", "missing", "stale"]


class SidecarError(RecordgenError):
    """The translations file cannot be used; the message says why, in plain words."""

    category = Category.PROBLEMS


@dataclasses.dataclass(frozen=True)
class StoredTranslation:
    source_sha256: str
    source: str
    translation: str
    imported_from: str = ""
    imported_at: str = ""
    #: The translator's file marked it approved (approved="yes", state final or signed-off).
    approved: bool = False


def sidecar_path(record_path: str | Path) -> Path:
    """``dir/review-sam-9.yaml`` -> ``dir/review-sam-9.translations.yaml``."""
    record_path = Path(record_path)
    return record_path.with_name(f"{record_path.stem}.translations.yaml")


def _path_key(loc: str | Sequence[str | int]) -> str:
    return loc if isinstance(loc, str) else format_path(loc)


@dataclasses.dataclass
class TranslationStore:
    """Every stored translation of one record, by language and item path."""

    path: Path
    record_name: str
    languages: dict[str, dict[str, StoredTranslation]] = dataclasses.field(default_factory=dict)
    #: Free text kept with the file, e.g. who translated it and whether it was checked.
    note: str = ""

    def entry(self, language: str, loc: str | Sequence[str | int]) -> StoredTranslation | None:
        return self.languages.get(normalize_language(language), {}).get(_path_key(loc))

    def status(self, language: str, loc: str | Sequence[str | int], source_text: str) -> Status:
        """``translated`` when a translation of exactly this text exists, ``stale`` when
        the item was translated but its English has changed since, else ``missing``."""
        found = self.entry(language, loc)
        if found is None:
            return "missing"
        return "translated" if found.source_sha256 == source_hash(source_text) else "stale"

    def lookup(self, language: str, loc: str | Sequence[str | int], source_text: str) -> str | None:
        """The translation of ``source_text`` at ``loc``, or None when missing or stale."""
        if self.status(language, loc, source_text) != "translated":
            return None
        return self.entry(language, loc).translation  # type: ignore[union-attr]

    def line_of(self, language: str, loc: str | Sequence[str | int]) -> int | None:
        """The line of an item's ``translation:`` in the file, for messages that point at it."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return None

        def key(name: str) -> set[str]:
            return {f"{name}:", f"'{name}':", f'"{name}":'}

        stages = [key(normalize_language(language)), key(_path_key(loc)), None]
        found = None
        for number, line in enumerate(lines, 1):
            stage = stages[0]
            if (line.strip() in stage) if stage is not None else line.strip().startswith("translation:"):
                found = number
                stages.pop(0)
                if not stages:
                    break
        return found

    def replacing_language(self, language: str, entries: Mapping[str, StoredTranslation]) -> "TranslationStore":
        """A copy whose ``language`` holds exactly ``entries``: an import carries every
        item a reader of that language may see, so older entries have nothing to add."""
        languages = {k: dict(v) for k, v in self.languages.items()}
        languages[normalize_language(language)] = dict(entries)
        return TranslationStore(self.path, self.record_name, languages, self.note)

    def save(self) -> None:
        """Write the whole file atomically: a temp file in the same folder, then rename."""
        data = {
            "format": FORMAT,
            "record": self.record_name,
            **({"note": self.note} if self.note else {}),
            "languages": {
                lang: {path: {k: _quoted_if_needed(v) if isinstance(v, str) else v
                               for k, v in dataclasses.asdict(entry).items() if v not in ("", False)}
                       for path, entry in entries.items()}
                for lang, entries in self.languages.items()
            },
        }
        buffer = io.StringIO()
        buffer.write(
            f"# Translations of the IRO's own words in {self.record_name}.\n"
            "# Written by `recordgen translate import`; edit through XLIFF files, not by hand.\n"
        )
        _yaml(typ="rt").dump(data, buffer)
        write_atomically(self.path, buffer.getvalue().encode("utf-8"))


# YAML reads these as line breaks in plain or single-quoted text; only double quotes keep them.
_YAML_BREAKS = regexes.compile("[\r\x85\u2028\u2029]")


def _quoted_if_needed(value: str) -> str:
    return DoubleQuotedScalarString(value) if _YAML_BREAKS.search(value) else value


def _yaml(typ: str = "safe") -> YAML:
    # Reading uses ruamel's C parser where it is installed (about ten times faster);
    # writing keeps the round-trip dumper, which is pure Python anyway.
    yaml = safe_yaml() if typ == "safe" else YAML(typ=typ, pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096  # one line per text: easier to read, nothing folded
    yaml.sort_base_mapping_type_on_output = False  # record order, not alphabetical
    return yaml


#: Translations files read, by record path: (identity of the file, what it holds).
_READ: dict[Path, tuple[tuple[int, int, int], "TranslationStore"]] = {}
_READ_KEPT = 64
_read_lock = threading.Lock()


def read_translations(record_path: str | Path) -> TranslationStore:
    """``load_translations``, read once while the file stays the same (time, size, inode).

    Validation's leak check and every copy of a record need the same file: a batch parsed
    it for each, a third of a translated record's time, and the page at every pause in
    typing. The store is shared: whoever changes translations loads their own.
    """
    record_path = Path(record_path)
    try:
        stat = sidecar_path(record_path).stat()
        identity = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except OSError:
        identity = None  # missing or unreadable: load_translations says which
    kept = _READ.get(record_path)
    if identity is not None and kept is not None and kept[0] == identity:
        return kept[1]
    store = load_translations(record_path)
    if identity is not None:
        with _read_lock:
            while len(_READ) >= _READ_KEPT:
                _READ.pop(next(iter(_READ)))
            _READ[record_path] = (identity, store)
    return store


def load_translations(record_path: str | Path) -> TranslationStore:
    """The translations stored next to ``record_path``; empty when there are none yet.

    Raises SidecarError, in plain words, when the file exists but cannot be used.
    """
    record_path = Path(record_path)
    path = sidecar_path(record_path)
    store = TranslationStore(path, record_path.name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return store
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"{path}: cannot read the translations file ({exc})") from None
    try:
        data = load_yaml(text)
    except YAMLError as exc:
        raise SidecarError(f"{path}: the translations file is not valid YAML ({exc}); "
                           "restore it from a backup or import the XLIFF files again") from None
    problems: list[str] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SidecarError(f"{path}: this is not a recordgen translations file "
                           f"(it should start with 'format: {FORMAT}')")
    store.note = str(data.get("note") or "")
    languages = data.get("languages") or {}
    if not isinstance(languages, dict):
        raise SidecarError(f"{path}: 'languages' should be a section with one entry per language")
    for lang, entries in languages.items():
        if not isinstance(entries, dict):
            problems.append(f"languages.{lang}: should list items by their path, e.g. worries.3")
            continue
        kept: dict[str, StoredTranslation] = {}
        for item_path, fields in entries.items():
            where = f"languages.{lang}.{item_path}"
            if not isinstance(fields, dict):
                problems.append(f"{where}: should have source_sha256, source and translation")
                continue
            missing = [k for k in ("source_sha256", "source", "translation")
                       if not isinstance(fields.get(k), str) or not fields.get(k)]
            if missing:
                problems.append(f"{where}: {', '.join(missing)} missing or empty")
                continue
            if source_hash(fields["source"]) != fields["source_sha256"]:
                problems.append(f"{where}: the stored English does not match its hash, so the file "
                                "was changed by hand; import this language's XLIFF file again")
                continue
            kept[str(item_path)] = StoredTranslation(
                fields["source_sha256"], fields["source"], fields["translation"],
                str(fields.get("imported_from", "")), str(fields.get("imported_at", "")),
                fields.get("approved") is True,
            )
        store.languages[normalize_language(str(lang))] = kept
    if problems:
        raise SidecarError(f"{path}: " + "; ".join(problems))
    return store
