"""Finding the record files a batch runs over."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterable

from ..errors import Category, RecordgenError
from ..record.naming import is_record_name


class InputError(RecordgenError):
    """An input that is not there or holds no records."""

    category = Category.USAGE



def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and (path == folder or folder in path.parents)


def find_record_files(inputs: Iterable[str | Path], exclude: str | Path | None = None) -> list[Path]:
    """Every record file named or found (recursively) in the inputs, each once, in a stable order.

    Hidden files and folders, translation sidecars and anything under ``exclude``
    (the batch's own output folder, which holds manifest.json) are skipped.
    """
    excluded = Path(exclude).resolve() if exclude is not None else None
    found: dict[Path, Path] = {}
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            # By name first, then sorted: a folder of 30,000 records holds as many translations files,
            # and each path kept, checked or resolved is memory the batch's workers inherit.
            for candidate in sorted(c for c in path.rglob("*") if is_record_name(c.name)):
                relative = candidate.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not candidate.is_file():
                    continue
                resolved = candidate.resolve()
                if not _inside(resolved, excluded):
                    found.setdefault(resolved, candidate)
        elif path.is_file():
            found.setdefault(path.resolve(), path)
        else:
            raise InputError(f"{given}: no such file or folder")
    if not found:
        names = ", ".join(str(i) for i in inputs)
        raise InputError(f"no record files (.yaml, .yml, .json) found in {names}")
    return list(found.values())


_CHILD_ID = re.compile(rb'^child:\s*$\n(?:^[ \t]+.*\n|^\s*\n)*?^[ \t]+"?id"?\s*:\s*["\']?([^"\'#\n]+?)["\']?\s*(?:#.*)?$',
                       re.MULTILINE)
_JSON_CHILD_ID = re.compile(rb'"child"\s*:\s*\{[^{}]*?"id"\s*:\s*"([^"]+)"')


def shard_key(path: Path) -> str:
    """What decides a record's shard: its child's case id, read without parsing the file (so
    every machine can split 200,000 files in seconds); the file's name when none is found."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return path.name
    found = _CHILD_ID.search(head) or _JSON_CHILD_ID.search(head)
    return found.group(1).decode("utf-8", "replace").strip() if found else path.name


def in_shard(path: Path, index: int, count: int) -> bool:
    """Whether the record is in shard ``index`` (1-based) of ``count``: stable across machines
    and Python versions (sha256, not hash()), and every review of one child in the same shard."""
    digest = hashlib.sha256(shard_key(path).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count == index - 1
