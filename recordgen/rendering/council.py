"""A council's own templates: a folder of BAND.docx and BAND.LANG.docx, the stock ones behind it.

``recordgen templates new`` copies a stock template into the folder to start
from; ``recordgen templates check`` checks every file in it (names the
renderer never looks up, names a template uses that no copy provides) and says
which band and language each copy would be made from.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

from ..errors import Category, RecordgenError
from ..i18n.languages import normalize_language
from ..record.model import AGE_BANDS
from ..support.resources import templates_dir
from .template import TemplateError
from .template_check import check_template

_NAME = re.compile(r"(?P<band>[a-z_]+)(?:\.(?P<language>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*))?\.docx")


class TemplateExists(RecordgenError):
    """``templates new`` never writes over a template that is already there."""

    category = Category.USAGE


def stock_template(band: str) -> Path:
    if band not in AGE_BANDS:
        raise TemplateError(f"there is no age band '{band}'; the bands are {', '.join(AGE_BANDS)}")
    return templates_dir() / f"{band}.docx"


def new_template(band: str, folder: str | Path, language: str | None = None) -> Path:
    """Copy the stock template of ``band`` to ``folder/BAND.docx`` (``BAND.LANG.docx`` for one
    language); the folder is made if need be. Refuses to overwrite."""
    source = stock_template(band)
    folder = Path(folder)
    name = f"{band}.{normalize_language(language)}.docx" if language else f"{band}.docx"
    target = folder / name
    if target.exists():
        raise TemplateExists(f"{target}: already there; edit it, or remove it first to start again")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


@dataclasses.dataclass
class FolderFile:
    """One .docx in a council's folder, and what is wrong with it (nothing, when ``problems`` is empty)."""

    path: Path
    band: str | None
    language: str | None
    problems: list[str]


def check_folder(folder: str | Path) -> list[FolderFile]:
    """Every .docx in ``folder``: is its name one the renderer looks up, and is it sound?"""
    folder = Path(folder)
    if not folder.is_dir():
        raise TemplateError(f"{folder}: no such folder of templates")
    found = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".docx" or path.name.startswith("~$"):  # ~$: Word's lock file
            continue
        match = _NAME.fullmatch(path.name)
        band = match.group("band") if match else None
        language = match.group("language") if match else None
        problems: list[str] = []
        if band not in AGE_BANDS:
            problems.append(f"never used: the name is not BAND.docx or BAND.LANG.docx, "
                            f"BAND one of {', '.join(AGE_BANDS)}")
        elif language and normalize_language(language) != language:
            problems.append(f"never used: name it {band}.{normalize_language(language)}.docx")
        try:
            problems.extend(str(unknown) for unknown in check_template(path))
        except TemplateError as exc:
            problems.append(str(exc))
        found.append(FolderFile(path, band if band in AGE_BANDS else None, language, problems))
    return found
