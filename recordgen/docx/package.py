"""Reading and writing the zip package of a .docx, part by part."""

from __future__ import annotations

import io
import re
import os
import tempfile
import zipfile
from pathlib import Path
from typing import BinaryIO, Iterable

# Fixed entry times keep identical input producing identical bytes.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# mkstemp makes 0600 files; copies should get the same permissions as any other new file.
_UMASK = os.umask(0)
os.umask(_UMASK)
# Media is already compressed; deflating it again only costs time.
_STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".emf", ".wmf")

Parts = dict[str, bytes]


def read_parts(source: str | Path | bytes | BinaryIO) -> Parts:
    """Every part of a .docx, in package order."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    with zipfile.ZipFile(source) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_parts(parts: Iterable[tuple[str, bytes]], stream: BinaryIO) -> None:
    # [Content_Types].xml must come first for some readers.
    ordered = sorted(parts, key=lambda item: item[0] != "[Content_Types].xml")
    with zipfile.ZipFile(stream, "w") as archive:
        for name, data in ordered:
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            if name.lower().endswith(_STORED_SUFFIXES):
                archive.writestr(info, data, compress_type=zipfile.ZIP_STORED)
            else:
                archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)


def to_bytes(parts: Parts) -> bytes:
    buffer = io.BytesIO()
    write_parts(parts.items(), buffer)
    return buffer.getvalue()


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, then rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def drop_part(parts: Parts, name: str) -> None:
    """Remove a part and the package's references to it."""
    if parts.pop(name, None) is None:
        return
    for index in ("[Content_Types].xml", "_rels/.rels"):
        if index in parts:
            parts[index] = re.sub(
                rb'<(Override|Relationship)\b[^>]*"/?' + re.escape(name.encode()) + rb'"[^>]*/>',
                b"", parts[index],
            )
