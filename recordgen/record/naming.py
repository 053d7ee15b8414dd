"""The names a record's copies and folders get on disk.

Only the case id, the review date, the role and the recipient's own name: never
the child's full name, address or school, as paths travel in emails and appear
in the manifest.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

from anyascii import anyascii

from ..support import files
from .model import Record, Recipient

#: The files taken as records: in a batch's folder, and beside a record rendered alone (rules/chain.py).
RECORD_SUFFIXES = (".yaml", ".yml", ".json")
# Translations live next to their record as <record>.translations.yaml; they are not records.
_SIDECAR_SUFFIXES = (".translations.yaml", ".translations.yml")


def is_record_name(name: str) -> bool:
    """Whether a file of this name (no folder) is taken as a record."""
    name = name.lower()
    return name.endswith(RECORD_SUFFIXES) and not name.endswith(_SIDECAR_SUFFIXES) and not name.startswith(".")


#: Folders whose listings are kept at most; past it the store starts again.
_KEPT_FOLDERS = 1_000
#: Each folder's record files (paths as ``records_beside`` gives them), by folder as given, with the
#: folder's status (device, inode, times) when it was listed: a folder of many children is listed once
#: while no file is added, removed or renamed in it, not once per copy rendered from it (a folder changed
#: within ``files.SETTLED_NS`` is listed each time, not kept: a file added in the same clock tick leaves its
#: times alike).
_listings: dict[str, tuple[tuple, list[str]]] = {}


def records_beside(file: str) -> list[str]:
    """The other record files in ``file``'s folder (not below it), by name, as a batch of that folder
    takes them (``is_record_name``): what a record rendered or validated alone is read with (its child's
    other reviews, rules/chain.py; its siblings' confidential placements, rules/siblings.py). None for
    "-" (saved nowhere) or a folder that cannot be read."""
    import os
    import time

    if not file or file == "-":
        return []
    folder, own_name = os.path.split(file)
    try:
        stat = os.stat(folder or ".")
    except OSError:
        return []
    status = (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns)
    kept = _listings.get(folder)
    if kept is None or kept[0] != status:
        try:
            with os.scandir(folder or ".") as entries:
                names = sorted(entry.name for entry in entries if is_record_name(entry.name) and entry.is_file())
        except OSError:
            _listings.pop(folder, None)
            return []
        kept = (status, [os.path.join(folder, name) for name in names])
        if max(status[2], status[3]) < time.time_ns() - files.SETTLED_NS:  # else listed again next time
            if len(_listings) >= _KEPT_FOLDERS:
                _listings.clear()
            _listings[folder] = kept
    own = os.path.join(folder, own_name)
    return [path for path in kept[1] if path != own]


def filename_slug(text: str) -> str:
    """Lower-case ASCII letters, digits and dashes: safe in any file system and email. Every
    letter romanised (anyascii, kept up with Unicode and already a dependency for comparing names
    across scripts, rather than a table of our own): "Małgorzata" is
    "malgorzata", not "magorzata", "Weiß" "weiss", "Олена" "olena", so business support finds it."""
    ascii_text = anyascii(unicodedata.normalize("NFC", text))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def case_id_part(case_id: str) -> str:
    """The child's case id as a path part: letters, digits and dashes only."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", case_id).strip("-") or "child"


def copy_filename(record: Record, recipient: Recipient, suffix: str = ".docx") -> str:
    """``<child id>_<review date>_<role>-<recipient>.docx``."""
    who = filename_slug(recipient.name) or "recipient"
    return f"{case_id_part(record.child.id)}_{record.review.date.isoformat()}_{recipient.role.value}-{who}{suffix}"


def copy_filenames(record: Record, recipients: Iterable[Recipient],
                   suffix: Callable[[Recipient], str] = lambda recipient: ".docx") -> list[str]:
    """The file names of these recipients' copies, in order, never two alike.

    Names that differ only in punctuation or accents ("Mark and Lisa Owen",
    "Mark-and-Lisa Owen") make one slug; the later copy gets ``-2`` (``-3``...) so
    neither overwrites the other, and the same record always gives the same names.
    """
    taken: set[str] = set()
    names = []
    for recipient in recipients:
        name = copy_filename(record, recipient, suffix(recipient))
        stem, dot, extension = name.rpartition(".")
        number = 2
        while name.casefold() in taken:
            name = f"{stem}-{number}{dot}{extension}"
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def record_folder(record: Record) -> str:
    """``<child id>/<review date>``: where a batch puts a record's copies, relative to its output folder."""
    return f"{case_id_part(record.child.id)}/{record.review.date.isoformat()}"
