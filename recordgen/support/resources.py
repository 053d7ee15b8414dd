"""Where the shipped templates and catalogs are: in the repo, or inside an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # recordgen/


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"recordgen's {name} folder is missing from this installation")


def templates_dir() -> Path:
    return _find("templates")


def locales_dir() -> Path:
    return _find("locales")
