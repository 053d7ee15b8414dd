"""Reading and writing the zip package of a .docx, part by part."""

from __future__ import annotations

import io
import posixpath
import re
import struct
import threading
import zipfile
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import BinaryIO, Iterable

from .ns import TEXT_PART

# Fixed entry times keep identical input producing identical bytes.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# Media is already compressed; deflating it again only costs time.
_STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".emf", ".wmf")
_DOS_DATE = (_ZIP_EPOCH[0] - 1980) << 9 | _ZIP_EPOCH[1] << 5 | _ZIP_EPOCH[2]
_DOS_TIME = 0
_UTF8_NAME = 0x800
_CACHE_LIMIT_BYTES = 32 * 1024 * 1024
_deflate_cache: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()
_cache_bytes = 0
_cache_lock = threading.Lock()

Parts = dict[str, bytes]


def read_parts(source: str | Path | bytes | BinaryIO) -> Parts:
    """Every part of a .docx, in package order."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    with zipfile.ZipFile(source) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def in_zip_order(parts: Iterable[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Parts in the order ``write_parts`` writes them: [Content_Types].xml first, for some readers."""
    return sorted(parts, key=lambda item: item[0] != "[Content_Types].xml")


def write_parts(parts: Iterable[tuple[str, bytes]], stream: BinaryIO) -> None:
    ordered = in_zip_order(parts)
    # A plain zip (no zip64: a record is never near 4 GB) written by hand, so that parts
    # that are the same in every copy are deflated once, not once per copy.
    central = []
    offset = 0
    for name, data in ordered:
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else _UTF8_NAME
        stored = name.lower().endswith(_STORED_SUFFIXES)
        crc, payload = _compressed(name, data, stored)
        method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        fields = (20, flags, method, _DOS_TIME, _DOS_DATE, crc, len(payload), len(data), len(encoded))
        stream.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded)
        stream.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0,
                                   0o600 << 16, offset) + encoded)
        offset += 30 + len(encoded) + len(payload)
    directory = b"".join(central)
    stream.write(directory)
    stream.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                             len(directory), offset, 0))


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)  # raw deflate, as zip stores it
    return compressor.compress(data) + compressor.flush()


def _compressed(name: str, data: bytes, stored: bool) -> tuple[int, bytes]:
    """(crc32, bytes as stored in the zip); deflated parts seen before come from a cache."""
    if stored:
        return zlib.crc32(data), data
    # Parts that differ in every copy; the rest (styles, theme, settings, fonts) repeat
    # across a batch, and deflating them again was most of the time spent writing a copy.
    if TEXT_PART.fullmatch(name) or name == "docProps/core.xml":
        return zlib.crc32(data), _deflate(data)
    global _cache_bytes
    with _cache_lock:
        hit = _deflate_cache.get(data)  # bytes cache their hash, so a repeat lookup is cheap
        if hit is not None:
            _deflate_cache.move_to_end(data)
            return hit
    entry = (zlib.crc32(data), _deflate(data))
    with _cache_lock:
        if data not in _deflate_cache:
            _deflate_cache[data] = entry
            _cache_bytes += len(data) + len(entry[1])
            while _cache_bytes > _CACHE_LIMIT_BYTES and _deflate_cache:
                old_data, (_, old_payload) = _deflate_cache.popitem(last=False)
                _cache_bytes -= len(old_data) + len(old_payload)
    return entry


def to_bytes(parts: Parts) -> bytes:
    buffer = io.BytesIO()
    write_parts(parts.items(), buffer)
    return buffer.getvalue()


def drop_part(parts: Parts, name: str) -> None:
    """Remove a part, its own relationships, and every reference to it in the package."""
    if parts.pop(name, None) is None:
        return
    folder, _, base = name.rpartition("/")
    parts.pop(f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels", None)
    parts["[Content_Types].xml"] = re.sub(
        rb'<Override\b[^>]*PartName="/' + re.escape(name.encode()) + rb'"[^>]*/>', b"",
        parts.get("[Content_Types].xml", b""))
    for rels in [n for n in parts if n.endswith(".rels")]:
        source_folder = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/x.rels -> word

        def unless_target(match: re.Match[bytes]) -> bytes:
            target = match.group(1).decode("utf-8")
            resolved = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(source_folder, target))
            return b"" if resolved == name else match.group(0)

        parts[rels] = re.sub(rb'<Relationship\b[^>]*Target="([^"]*)"[^>]*/>', unless_target, parts[rels])
