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
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString

from ..support.files import write_atomically
from ..record.loading import parse_file

RECORD_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$")
DRAFTS = ".recordgen-drafts"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A block (|) scalar holds only printable text; anything else is written double-quoted, with escapes.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]")
_BLOCK_SAFE = re.compile(r"^(?! )[^\r]*$")
_DATE_KEYS = {"date", "date_of_birth", "entered_care", "by"}
#: A key left out of the file means this value; the page does not add it when it is not there.
_DEFAULTS: dict[str, Any] = {"attended": True, "bilingual": False, "format": "docx",
                             "confidential": False, "withhold_from": []}
_ITEM_SECTIONS = ("child_views", "working_well", "worries", "goals")
_OPTIONAL_SECTIONS = ("scale", "next_review")


class NotAllowed(Exception):
    """A name that is not a record file directly inside the folder."""


class Changed(Exception):
    """The file on disk is not the one the page opened (another tab, or another program)."""


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


def today() -> dt.date:
    """RECORDGEN_TODAY (YYYY-MM-DD) when set, as the batch command allows; else today."""
    value = os.environ.get("RECORDGEN_TODAY")
    return dt.date.fromisoformat(value[:10]) if value else dt.date.today()


class Folder:
    def __init__(self, root: str | Path):
        self.root = Path(root).resolve()

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
        return self.path(name).read_bytes()

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
    def _draft_path(self, name: str) -> Path:
        self.path(name)
        if (self.root / DRAFTS).is_symlink():
            raise NotAllowed(DRAFTS)
        return self.root / DRAFTS / (name + ".json")

    def keep_draft(self, name: str, version: str, data: Any) -> None:
        self.path(name)
        path = self.subfolder(DRAFTS, 0o700) / (name + ".json")
        body = {"version": version, "kept_at": dt.datetime.now().isoformat(timespec="seconds"), "data": data}
        write_atomically(path, json.dumps(body, ensure_ascii=False).encode(), durable=False)
        os.chmod(path, 0o600)

    def draft(self, name: str) -> dict | None:
        try:
            return json.loads(self._draft_path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def drop_draft(self, name: str) -> None:
        self._draft_path(name).unlink(missing_ok=True)

    def save(self, name: str, data: dict, version: str | None, overwrite: bool = False) -> str:
        """Write the form's data into the file, keeping its comments and key order.

        ``version`` is the version the page opened; a different file on disk raises
        Changed unless ``overwrite``. Returns the new version.
        """
        path = self.path(name)
        current = path.read_bytes() if path.exists() else None
        if current is not None and version != version_of(current) and not overwrite:
            raise Changed(name)
        if current is None and version not in (None, "") and not overwrite:
            raise Changed(name)  # it was deleted since it was opened
        text = to_yaml(data, current.decode("utf-8-sig") if current is not None else None)
        encoded = text.encode("utf-8")
        parse_file(path, encoded)  # never write a file that cannot be read back (ReadError)
        write_atomically(path, encoded)
        self.drop_draft(name)
        return version_of(encoded)

    def create(self, name: str, text: str) -> None:
        path = self.path(name)
        if path.exists() or path.is_symlink():
            raise FileExistsError(name)
        write_atomically(path, text.encode("utf-8"))


def tidy(data: dict) -> dict:
    """The form's data as a record file would say it: plain text for items nobody is kept from,
    no empty optional sections."""
    data = dict(data)
    for section in _ITEM_SECTIONS:
        if isinstance(data.get(section), list):
            data[section] = [item["text"] if isinstance(item, dict) and not item.get("withhold_from")
                             and set(item) <= {"text", "withhold_from"} else item
                             for item in data[section]]
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
    merged = _merge(document, data, "")
    out = io.StringIO()
    yaml.dump(merged, out)
    return out.getvalue()


def _merge(old: Any, new: Any, key: str) -> Any:
    if isinstance(new, dict):
        target = old if isinstance(old, CommentedMap) else CommentedMap()
        for gone in [k for k in target if k not in new]:
            del target[gone]
        previous = None
        for k, v in new.items():
            if k in target:
                target[k] = _merge(target[k], v, k)
            elif not (k in _DEFAULTS and v == _DEFAULTS[k]):
                position = list(target).index(previous) + 1 if previous in target else 0
                target.insert(position, k, _merge(None, v, k))
            if k in target:
                previous = k
        return target
    if isinstance(new, list):
        target = old if isinstance(old, CommentedSeq) else CommentedSeq()
        for i, v in enumerate(new):
            if i < len(target):
                target[i] = _merge(target[i], v, key)
            else:
                target.append(_merge(None, v, key))
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
        if _UNPRINTABLE.search(new):
            return DoubleQuotedScalarString(new)  # escaped: NEL or a control character in ' ' would not come back
        block = _BLOCK_SAFE.match(new) and not re.search(r"[ \t]$", new, re.M)
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
  still_right: true

rights:
  advocate: not_yet           # offered | has_one | declined | not_yet
  independent_visitor: not_yet
  complaints_explained: false

placement:
  carers: ''
  address: ''
  confidential: false         # withhold address and school from parents

distribution:
  - role: child
    name: ''
"""
