"""The records folder the page serves: safe names, drafts, and saving that keeps the IRO's comments.

Only plain files directly inside the folder are used. A name with a slash,
``..``, or a symlink that leads out of the folder is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString

from ..api import ITEM_SECTIONS, parse_file
from ..support.files import write_atomically
from ..support.yamltext import UNPRINTABLE

RECORD_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$")
DRAFTS = ".recordgen-drafts"
BIN = ".recordgen-bin"  # deleted records, inside FOLDER, until the IRO empties it by hand
CHOICES = ".recordgen-choices"  # the IRO's choices about a record's copies (English for now), NAME.json
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A block (|) scalar holds only printable text; anything else is written double-quoted, with escapes.
_BLOCK_SAFE = re.compile(r"^(?! )[^\r]*$")
_DATE_KEYS = {"date", "date_of_birth", "entered_care", "by", "done"}
#: A key left out of the file means this value; the page does not add it when it is not there.
_DEFAULTS: dict[str, Any] = {"attended": True, "bilingual": False, "format": "docx",
                             "confidential": False, "withhold_from": [], "carers_named_to_parents": False}
_OPTIONAL_SECTIONS = ("scale", "next_review")


class NotAllowed(Exception):
    """A name that is not a record file directly inside the folder."""


class Changed(Exception):
    """The file on disk is not the one the page opened (another tab, or another program)."""

    def __init__(self, name: str, current: bytes | None):
        super().__init__(name)
        self.current = current  # the file as it is now (None: deleted)

#: A page's own id (random, made by the page when it opens): its drafts are its own.
SESSION = re.compile(r"^[A-Za-z0-9]{8,40}$")
#: A draft kept by an earlier recordgen (one file per record, NAME.json): offered back like the others.
LEGACY_SESSION = "earlierversion"


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


class Folder:
    def __init__(self, root: str | Path):
        self.root = Path(root).resolve()
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        # Each version of a file the page was given, so a conflict can say who changed what since.
        self._seen: OrderedDict[str, bytes] = OrderedDict()

    def path(self, name: str) -> Path:
        """The record file called ``name``, refused unless it is a record name inside the folder."""
        if not RECORD_NAME.match(name) or ".." in name or name.endswith((".translations.yaml", ".translations.yml")):
            raise NotAllowed(name)
        path = self.root / name
        if path.is_symlink() or path.exists():
            resolved = path.resolve()
            if not resolved.is_relative_to(self.root):
                raise NotAllowed(name)  # a symlink out of the folder
            if path.exists() and not resolved.is_file():
                raise NotAllowed(name)
        return path

    def lock(self, name: str) -> threading.Lock:
        """One lock per record: a save's version check and its write are one step."""
        with self._locks_guard:
            return self._locks.setdefault(name, threading.Lock())

    def names(self) -> list[str]:
        found = []
        for entry in sorted(self.root.iterdir()):
            try:
                self.path(entry.name)
            except NotAllowed:
                continue
            if entry.is_file():
                found.append(entry.name)
        return found

    def read(self, name: str) -> bytes:
        data = self.path(name).read_bytes()
        self.remember(data)
        return data

    def remember(self, data: bytes) -> str:
        version = version_of(data)
        self._seen[version] = data
        self._seen.move_to_end(version)
        while len(self._seen) > 200:
            self._seen.popitem(last=False)
        return version

    def seen(self, version: str | None) -> bytes | None:
        return self._seen.get(version or "")

    def subfolder(self, name: str, mode: int = 0o777) -> Path:
        """A folder directly inside the folder (created if need be), refused when it is a symlink
        or anything but a folder: drafts and copies hold a child's data, and must not be written
        wherever a link points."""
        path = self.root / name
        try:
            path.mkdir(mode=mode)
        except FileExistsError:
            pass
        if path.is_symlink() or not path.is_dir() or path.resolve() != path:
            raise NotAllowed(name)
        return path

    # Drafts: what the IRO typed, kept as they type, offered back after a crash or refresh.
    # Each page (session) keeps its own file, so one tab's typing never replaces another's
    # unsaved draft, and an old draft stays until the IRO restores or discards it.
    def _drafts_dir(self) -> Path:
        return self.root / DRAFTS

    def _draft_path(self, name: str, session: str) -> Path:
        self.path(name)
        if self._drafts_dir().is_symlink():
            raise NotAllowed(DRAFTS)
        if not SESSION.match(session):
            raise NotAllowed(session)
        if session == LEGACY_SESSION:
            return self._drafts_dir() / f"{name}.json"
        return self._drafts_dir() / f"{name}.{session}.json"

    def keep_draft(self, name: str, version: str, data: Any, session: str) -> None:
        path = self._draft_path(name, session)
        self.subfolder(DRAFTS, 0o700)  # refused if it is a symlink out of the folder
        body = {"version": version, "kept_at": dt.datetime.now().isoformat(timespec="seconds"),
                "session": session, "data": data}
        write_atomically(path, json.dumps(body, ensure_ascii=False).encode(), durable=False)
        os.chmod(path, 0o600)

    def drafts(self, name: str) -> list[dict]:
        """Every unsaved draft of ``name``, the newest first."""
        self.path(name)
        found = []
        folder = self._drafts_dir()
        if not folder.is_dir():
            return []
        for path in [*folder.glob(glob_escape(name) + ".*.json"), folder / f"{name}.json"]:
            session = path.name[len(name) + 1:-len(".json")] if path.name != f"{name}.json" else LEGACY_SESSION
            if not path.is_file():
                continue
            if not SESSION.match(session):
                continue
            try:
                body = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(body, dict) and isinstance(body.get("data"), dict):
                body["session"] = session
                found.append(body)
        return sorted(found, key=lambda d: str(d.get("kept_at", "")), reverse=True)

    def draft(self, name: str, session: str) -> dict | None:
        try:
            return json.loads(self._draft_path(name, session).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def drop_draft(self, name: str, session: str) -> None:
        self._draft_path(name, session).unlink(missing_ok=True)

    # The IRO's choices about a record's copies, kept across reloads: which readers' copies go in
    # English until their translation comes. A reader is known by role, name and language, so a
    # reordered list keeps each choice with its reader, and a new language asks again.
    def _choices_path(self, name: str) -> Path:
        self.path(name)
        if (self.root / CHOICES).is_symlink():
            raise NotAllowed(CHOICES)
        return self.root / CHOICES / f"{name}.json"

    def english_for_now(self, name: str) -> list[dict]:
        try:
            body = json.loads(self._choices_path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        wanted = body.get("english_for_now") if isinstance(body, dict) else None
        return [w for w in wanted if isinstance(w, dict)] if isinstance(wanted, list) else []

    def set_english_for_now(self, name: str, reader: dict, on: bool) -> None:
        with self.lock(name):
            kept = [w for w in self.english_for_now(name) if w != reader]
            self._keep_choices(name, kept + [reader] if on else kept)

    def drop_english_for_now(self, name: str, language: str) -> None:
        """The translation came: its readers' copies are no longer sent in English."""
        with self.lock(name):
            self._keep_choices(name, [w for w in self.english_for_now(name) if w.get("language") != language])

    def _keep_choices(self, name: str, english_for_now: list[dict]) -> None:
        path = self._choices_path(name)
        if not english_for_now:
            path.unlink(missing_ok=True)
            return
        self.subfolder(CHOICES, 0o700)
        write_atomically(path, json.dumps({"english_for_now": english_for_now}, ensure_ascii=False).encode())
        os.chmod(path, 0o600)

    def save(self, name: str, data: dict, version: str | None, session: str | None = None) -> str:
        """Write the form's data into the file, keeping its comments and key order.

        ``version`` is the version of the file the page has; any other file on disk
        raises Changed. The check and the write are one step (the record's lock).
        Returns the new version.
        """
        path = self.path(name)
        with self.lock(name):
            current = path.read_bytes() if path.exists() else None
            if current is not None and version != version_of(current):
                raise Changed(name, current)
            if current is None and version not in (None, ""):
                raise Changed(name, None)  # it was deleted since it was opened
            text = to_yaml(data, current.decode("utf-8-sig") if current is not None else None)
            encoded = text.encode("utf-8")
            parse_file(path, encoded)  # never write a file that cannot be read back (ReadError)
            write_atomically(path, encoded)
        if session:
            self.drop_draft(name, session)
        return self.remember(encoded)

    def create(self, name: str, text: str) -> None:
        path = self.path(name)
        with self.lock(name):
            if path.exists() or path.is_symlink():
                raise FileExistsError(name)
            write_atomically(path, text.encode("utf-8"))


    # ---- rename, delete to the bin, undo ------------------------------------------------------
    def _companions(self, name: str) -> list[Path]:
        """The record's translations file beside it, when there is one."""
        stem = name.rsplit(".", 1)[0]
        return [p for p in (self.root / f"{stem}.translations.yaml",) if p.is_file() and not p.is_symlink()]

    def _choices_file(self, name: str) -> Path | None:
        path = self._choices_path(name)
        return path if path.is_file() and not path.is_symlink() else None

    def rename(self, name: str, to: str) -> None:
        source, target = self.path(name), self.path(to)
        first, second = sorted([name, to])
        with self.lock(first), self.lock(second):
            if not source.is_file():
                raise FileNotFoundError(name)
            if target.exists() or target.is_symlink():
                raise FileExistsError(to)
            companions = self._companions(name)
            os.rename(source, target)
            new_stem = to.rsplit(".", 1)[0]
            for old in companions:
                moved = old.with_name(f"{new_stem}.translations.yaml")
                text = old.read_text(encoding="utf-8")
                # The translations file names its record; the stored translations are unchanged.
                text = re.sub(rf"(?m)^record: {re.escape(name)}$", f"record: {to}", text)
                text = text.replace(f"the IRO's own words in {name}.", f"the IRO's own words in {to}.")
                write_atomically(moved, text.encode("utf-8"))
                old.unlink()
            for draft in self.drafts(name):
                self.drop_draft(name, draft["session"])
            choices = self._choices_file(name)
            if choices:
                os.rename(choices, self._choices_path(to))

    def delete(self, name: str) -> str:
        """Move the record (and its translations and drafts) into FOLDER/.recordgen-bin; the bin entry's id."""
        source = self.path(name)
        with self.lock(name):
            if not source.is_file():
                raise FileNotFoundError(name)
            entry = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f") + "-" + name.rsplit(".", 1)[0]
            place = self.root / BIN / entry
            place.mkdir(parents=True, mode=0o700)
            for path in [source, *self._companions(name)]:
                os.rename(path, place / path.name)
            for draft in self.drafts(name):
                kept = self._draft_path(name, draft["session"])
                os.rename(kept, place / kept.name)
            choices = self._choices_file(name)
            if choices:
                os.rename(choices, place / (name + ".choices"))
        return entry

    def deleted(self) -> list[dict]:
        """What is in the bin, the newest first: its id, the record's name and when it was deleted."""
        folder = self.root / BIN
        if not folder.is_dir() or folder.is_symlink():
            return []
        found = []
        for place in sorted(folder.iterdir(), reverse=True):
            records = [p.name for p in place.iterdir() if RECORD_NAME.match(p.name)
                       and not p.name.endswith((".translations.yaml", ".translations.yml"))] if place.is_dir() else []
            if records:
                stamp = place.name[:15]
                when = f"{stamp[6:8]}/{stamp[4:6]}/{stamp[:4]} {stamp[9:11]}:{stamp[11:13]}"
                found.append({"id": place.name, "name": records[0], "when": when})
        return found

    def undo_delete(self, entry: str) -> str:
        """Put a deleted record back under its name; FileExistsError when that name is taken again."""
        if not re.fullmatch(r"\d{8}-\d{6}-\d{6}-[A-Za-z0-9][A-Za-z0-9._-]*", entry):
            raise NotAllowed(entry)
        place = self.root / BIN / entry
        if not place.is_dir() or place.is_symlink():
            raise FileNotFoundError(entry)
        (record,) = [p for p in place.iterdir() if RECORD_NAME.match(p.name)
                     and not p.name.endswith((".translations.yaml", ".translations.yml"))]
        with self.lock(record.name):
            if self.path(record.name).exists():
                raise FileExistsError(record.name)
            for path in place.iterdir():
                if path.name.endswith(".choices"):
                    self.subfolder(CHOICES, 0o700)
                    os.rename(path, self._choices_path(record.name))
                elif path.name.endswith(".json"):
                    self._drafts_dir().mkdir(mode=0o700, exist_ok=True)
                    os.rename(path, self._drafts_dir() / path.name)
                else:
                    os.rename(path, self.root / path.name)
            place.rmdir()
        return record.name


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _plain_item(item: Any) -> Any:
    """An item as a record file says it: its text alone when nobody is kept from it and it is in English."""
    if not isinstance(item, dict):
        return item
    item = {k: v for k, v in item.items() if not (k in ("withhold_from", "language") and not v)}
    return item["text"] if set(item) == {"text"} else item


def tidy(data: dict) -> dict:
    """The form's data as a record file would say it: plain text for items nobody is kept from,
    no empty optional sections."""
    data = dict(data)
    for section in ITEM_SECTIONS:
        if isinstance(data.get(section), list):
            data[section] = [_plain_item(item) for item in data[section]]
    if isinstance(data.get("actions"), list):
        data["actions"] = [{k: v for k, v in a.items() if not (k == "withhold_from" and not v)}
                           if isinstance(a, dict) else a for a in data["actions"]]
    for section in _OPTIONAL_SECTIONS:
        if section in data and not data[section]:
            del data[section]
    return data


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments, key order and styles are kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long sentence onto a second line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def to_yaml(data: dict, original: str | None = None) -> str:
    """``data`` as YAML; when ``original`` is given, merged into it so its comments survive."""
    yaml = _yaml()
    document = yaml.load(original) if original and original.strip() else None
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
    merged = _merge(document, data, "", ())
    out = io.StringIO()
    yaml.dump(merged, out)
    return out.getvalue()


#: The fields the page's form shows, by where they are ("*" a list's rows). A key the form does not
#: show (a field added to the model since, or a council's own) is kept as it is in the file.
FORM_FIELDS: dict[tuple, frozenset] = {
    (): frozenset({"child", "review", *ITEM_SECTIONS, "scale", "actions",
                   "care_plan", "rights", "placement", "next_review", "distribution"}),
    ("child",): frozenset({"id", "name", "known_as", "date_of_birth", "pronouns", "language", "entered_care",
                           "reading_level"}),
    ("review",): frozenset({"date", "sequence", "venue", "chair", "participation", "attendees", "written",
                            "adjourned_from"}),
    ("review", "chair"): frozenset({"name", "phone", "email", "pronouns"}),
    ("review", "attendees", "*"): frozenset({"name", "role", "attended", "contributed"}),
    ("scale",): frozenset({"score", "by", "meaning"}),
    ("actions", "*"): frozenset({"who", "what", "by", "done", "withhold_from"}),
    ("care_plan",): frozenset({"plan", "still_right"}),
    ("rights",): frozenset({"advocate", "independent_visitor", "complaints_explained"}),
    ("placement",): frozenset({"carers", "address", "school", "confidential", "carers_named_to_parents"}),
    ("next_review",): frozenset({"date"}),
    ("distribution", "*"): frozenset({"role", "name", "language", "bilingual", "format", "email", "address",
                                      "withhold_from"}),
    **{(section, "*"): frozenset({"text", "withhold_from", "language"}) for section in ITEM_SECTIONS},
}


def in_form(where: tuple, key: str) -> bool:
    shape = tuple("*" if isinstance(p, int) else p for p in where)
    return key in FORM_FIELDS.get(shape, frozenset())


def _merge(old: Any, new: Any, key: str, where: tuple = ()) -> Any:
    if isinstance(new, dict):
        target = old if isinstance(old, CommentedMap) else CommentedMap()
        for gone in [k for k in target if k not in new and in_form(where, k)]:
            del target[gone]
        previous = None
        for k, v in new.items():
            if k in target:
                target[k] = _merge(target[k], v, k, where + (k,))
            elif not (k in _DEFAULTS and v == _DEFAULTS[k]):
                position = list(target).index(previous) + 1 if previous in target else 0
                target.insert(position, k, _merge(None, v, k, where + (k,)))
            if k in target:
                previous = k
        return target
    if isinstance(new, list):
        target = old if isinstance(old, CommentedSeq) else CommentedSeq()
        for i, v in enumerate(new):
            if i < len(target):
                target[i] = _merge(target[i], v, key, where + (i,))
            else:
                target.append(_merge(None, v, key, where + (i,)))
        del target[len(new):]
        if old is None and all(not isinstance(v, (dict, list)) for v in new):
            target.fa.set_flow_style()  # withhold_from: [parent], as the examples write it
        return target
    if old is not None and not isinstance(old, (CommentedMap, CommentedSeq)) and _same(old, new):
        return old  # unchanged: keep how it was written (quotes, date, block style)
    if isinstance(new, str):
        if key in _DATE_KEYS and _DATE.match(new):
            try:
                return dt.date.fromisoformat(new)
            except ValueError:
                return new
        if UNPRINTABLE.search(new):
            return DoubleQuotedScalarString(new)  # escaped: NEL or a control character in ' ' would not come back
        # Not as a block when a line ends in a space or starts with a tab (read back as indentation).
        block = _BLOCK_SAFE.match(new) and not re.search(r"[ \t]$|^\t", new, re.M)
        if block and (isinstance(old, LiteralScalarString) or "\n" in new):
            return LiteralScalarString(new)
        if block and isinstance(old, FoldedScalarString):
            return FoldedScalarString(new)
    return new


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    if isinstance(old, dt.date):
        return old.isoformat() == new
    return old == new


def scaffold(today_: dt.date, nation: str) -> str:
    """A new record: today's date, the council's settings, and every section to fill in."""
    return f"""\
# A Child in Care review record, started in `recordgen serve` on {today_.isoformat()}.
# Timescales follow the council's settings (nation: {nation}).
child:
  id: ''
  name: ''
  date_of_birth: ''
  language: en
  entered_care: ''

review:
  date: {today_.isoformat()}
  sequence: 1                 # 1 is the first review after entering care
  venue: ''
  chair:
    name: ''
  participation: ''
  attendees: []

child_views: []
working_well: []
worries: []
goals: []

actions: []

care_plan:
  plan: ''
  still_right:                # true, false, or changed (it changed at this review, and the new plan is right): the IRO's own answer, never assumed

rights:                       # each: offered | has_one | declined | not_yet, as the IRO answers
  advocate:
  independent_visitor:
  complaints_explained:       # true or false

placement:
  carers: ''
  address: ''
  confidential: false         # withhold address and school from parents

distribution:
  - role: child
    name: ''
"""


# ---- a file changed since the page opened it: what differs, field by field -------------------
#: Values that say nothing was written (a key left out means the same).
_PATH_DEFAULTS = {("child", "language"): "en"}


def normal(value: Any, where: tuple = ()) -> Any:
    """Record data as plain comparable values: dates as text, an item nobody is kept from as its
    text, no empty or default values (the form leaves them out, a file may write them)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            v = normal(v, where + (k,))
            if v in (None, "", [], {}) or (k in _DEFAULTS and v == _DEFAULTS[k]) \
                    or _PATH_DEFAULTS.get(where + (k,), object()) == v:
                continue
            out[str(k)] = v
        if set(out) == {"text"} and where and where[0] in ITEM_SECTIONS:
            return out["text"]
        return out
    if isinstance(value, list):
        return [normal(v, where + (i,)) for i, v in enumerate(value)]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return value


_MISSING = object()


def _fields(value: Any, where: tuple, out: dict) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _fields(v, where + (k,), out)
    else:
        out[where] = value


def _get(value: Any, path: tuple) -> Any:
    for part in path:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            value = value[part]
        else:
            return _MISSING
    return value


def _flat(base: Any, mine: Any, theirs: Any, where: tuple, out: list) -> None:
    """The fields where the three differ: dicts by key; lists item by item when all three have the
    same length (an edited item), else the whole list (items added, removed or moved)."""
    values = [v for v in (base, mine, theirs) if v is not _MISSING]
    if values and all(isinstance(v, dict) for v in values):
        keys: list = []
        for v in values:
            keys += [k for k in v if k not in keys]
        for k in keys:
            _flat(*(v.get(k, _MISSING) if isinstance(v, dict) else _MISSING for v in (base, mine, theirs)),
                  where + (k,), out)
        return
    if (all(isinstance(v, list) for v in (mine, theirs)) and len(mine) == len(theirs)
            and (base is _MISSING or (isinstance(base, list) and len(base) == len(mine)))):
        for i in range(len(mine)):
            _flat(base[i] if isinstance(base, list) else _MISSING, mine[i], theirs[i], where + (i,), out)
        return
    if mine != theirs:
        out.append((where, base, mine, theirs))


def differences(base: Any, mine: dict, theirs: dict) -> list[dict]:
    """Every field where the IRO's form and the file now differ.

    ``base`` is the file as the page opened it (None when unknown). ``changed``
    says who changed the field since: "mine", "theirs" or "both" (also when the
    base is unknown); ``choice`` is what is kept unless the IRO says otherwise:
    the side that changed it, none when both did.
    """
    found: list[tuple] = []
    _flat(normal(base) if base is not None else _MISSING, normal(mine), normal(theirs), (), found)
    out = []
    for path, b, m, t in found:
        if path and not in_form(path[:-1], path[-1]) and not isinstance(path[-1], int):
            continue  # a field the form does not show is kept from the file as it is
        if base is not None and b == t:
            changed = "mine"
        elif base is not None and b == m:
            changed = "theirs"
        else:
            changed = "both"
        out.append({"path": list(path), "key": _key(path),
                    "changed": changed, "mine": None if m is _MISSING else m,
                    "theirs": None if t is _MISSING else t,
                    "choice": {"mine": "mine", "theirs": "theirs"}.get(changed)})
    return out


def _key(path: tuple) -> str:
    return ".".join(str(p + 1) if isinstance(p, int) else p for p in path)


def merged(mine: dict, theirs: dict, diffs: list[dict], choices: dict[str, str]) -> dict:
    """The IRO's data with the file's value for each field they chose to take from the file.

    Raises ValueError naming a field where nobody chose (both sides changed it)."""
    import copy

    result = copy.deepcopy(mine)  # the form as sent: a blank required field stays in the file, blank
    theirs = normal(theirs)
    for diff in diffs:
        choice = choices.get(diff["key"]) or diff["choice"]
        if choice not in ("mine", "theirs"):
            raise ValueError(diff["key"])
        if choice == "theirs":
            _put(result, tuple(diff["path"]), copy.deepcopy(_get(theirs, tuple(diff["path"]))))
    return result


def _put(data: Any, path: tuple, value: Any) -> None:
    here = data
    for i, part in enumerate(path[:-1]):
        nxt = _get(here, (part,))
        if nxt is _MISSING:
            if value is _MISSING:
                return
            nxt = [] if isinstance(path[i + 1], int) else {}
            if isinstance(here, dict):
                here[part] = nxt
            else:
                here.append(nxt)
        here = nxt
    last = path[-1]
    if value is _MISSING:
        if isinstance(here, dict):
            here.pop(last, None)
        elif isinstance(here, list) and last < len(here):
            del here[last]
    elif isinstance(here, dict):
        here[last] = value
    elif last < len(here):
        here[last] = value
    else:
        here.append(value)


def next_review(data: dict, today_: dt.date) -> dict:
    """The next review started from this one: the child, the people, the open actions (their dates to
    set again) and the plan carried forward; the review's date today, what was said, the scale, the
    answers and the dates to fill in again."""
    import copy

    out = copy.deepcopy(data)
    review = out.get("review") if isinstance(out.get("review"), dict) else {}
    try:
        sequence = int(review.get("sequence") or 0) + 1
    except (TypeError, ValueError):
        sequence = ""
    attendees = [{k: v for k, v in a.items() if k in ("name", "role")}
                 for a in review.get("attendees") or [] if isinstance(a, dict)]
    review.update(date=today_.isoformat(), sequence=sequence, participation="", attendees=attendees)
    review.pop("written", None)
    review.pop("adjourned_from", None)  # the next review's own meetings are not yet known
    out["review"] = review
    for section in ITEM_SECTIONS:
        out[section] = []
    out.pop("scale", None)
    out.pop("next_review", None)
    # Only what is still open goes on: an action with a done date stays, done, in this review.
    out["actions"] = [{k: v for k, v in dict(a, by="").items() if k != "done"}
                      for a in out.get("actions") or [] if isinstance(a, dict) and not a.get("done")]
    plan = out.get("care_plan") if isinstance(out.get("care_plan"), dict) else {}
    plan["still_right"] = None
    out["care_plan"] = plan
    out["rights"] = {"advocate": None, "independent_visitor": None, "complaints_explained": None}
    return out
