"""Page pictures of the records: every age band, and the Urdu, Pashto, Polish and Arabic copies.

    python tools/render_pages.py [-o out/pages] [-r 50] [--only NAME...]

Each copy is rendered from the examples through ``recordgen.api``, converted
to PDF by the LibreOffice pool and drawn page by page with ``pdftoppm``
(poppler-utils): ``OUT/<name>.docx``, ``<name>.pdf`` and ``<name>-<page>.png``.
The examples have no young or young-adult child and no Arabic reader, so those
copies are the examples with ``child.reading_level`` or a recipient's
``language`` changed (the Arabic copy's own words stay in English, with the
notice a reader gets when a translation is on its way).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@dataclasses.dataclass(frozen=True)
class Shot:
    """One copy to draw: an example, whose copy, and what to change in the record first."""

    name: str
    example: str
    recipient: str
    change: Callable[[dict], None] | None = None
    allow_untranslated: bool = False


def _reading_level(level: str) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["child"]["reading_level"] = level
    return change


def _arabic_parent(data: dict) -> None:
    for entry in data["distribution"]:
        if entry["role"] == "parent":
            entry["language"] = "ar"


SHOTS = (
    Shot("early-lily-child", "review-lily-3.yaml", "child"),
    Shot("young-sam-child", "review-sam-9.yaml", "child", _reading_level("young")),
    Shot("middle-sam-child", "review-sam-9.yaml", "child"),
    Shot("teen-ahmad-social-worker", "review-ahmad-15.yaml", "social_worker"),
    Shot("young-adult-ahmad-social-worker", "review-ahmad-15.yaml", "social_worker",
         _reading_level("young_adult")),
    Shot("urdu-sam-parent", "review-sam-9.yaml", "parent"),
    Shot("pashto-ahmad-child", "review-ahmad-15.yaml", "child"),
    Shot("polish-lily-parent", "review-lily-3.yaml", "parent"),
    Shot("arabic-sam-parent", "review-sam-9.yaml", "parent", _arabic_parent, allow_untranslated=True),
)


def _load(shot: Shot, scratch: Path):
    """The shot's record, changed as it asks; beside its translations so they still apply."""
    from ruamel.yaml import YAML

    from recordgen import api

    source = EXAMPLES / shot.example
    if shot.change is None:
        return api.load_record(source)
    yaml = YAML(typ="rt")
    data = yaml.load(source.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    shot.change(data)
    folder = scratch / shot.name
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / shot.example
    with target.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    sidecar = source.with_name(source.stem + ".translations.yaml")
    if sidecar.is_file():
        shutil.copy(sidecar, folder / sidecar.name)
    return api.load_record(target)


def render_docx(shots: tuple[Shot, ...], out: Path) -> list[tuple[Shot, Path]]:
    """Each shot's .docx in ``out``."""
    from recordgen import api

    out.mkdir(parents=True, exist_ok=True)
    renderers = {flag: api.Renderer(allow_untranslated=flag) for flag in (False, True)}
    made = []
    with tempfile.TemporaryDirectory(prefix="render-pages-") as scratch:
        for shot in shots:
            loaded = _load(shot, Path(scratch))
            recipient = api.recipient_for(loaded.record, shot.recipient)
            target = out / f"{shot.name}.docx"
            renderers[shot.allow_untranslated].render_to_path(loaded, recipient, target)
            made.append((shot, target))
    return made


def to_pdfs(docx_paths: list[Path], pool=None) -> list[Path]:
    """PDFs beside the .docx files, through ``pool`` (a started ConverterPool) or one of their own."""
    from recordgen.pdf import ConverterPool
    from recordgen.record.settings import Settings

    pairs = [(path, path.with_suffix(".pdf")) for path in docx_paths]
    if pool is None:
        settings = Settings().pdf  # as `recordgen render --format pdf` makes them (PDF/A-2b)
        with ConverterPool(workers=min(2, len(pairs)), timeout=settings.timeout_seconds,
                           pdfa=settings.pdfa) as started:
            return to_pdfs(docx_paths, started)
    for _source, _target, error in pool.convert_many(pairs):
        if error is not None:
            raise error
    return [target for _source, target in pairs]


def to_pngs(pdf: Path, resolution: int) -> list[Path]:
    """``<name>-<page>.png`` for each page of ``pdf``."""
    for old in pdf.parent.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(pdf.with_suffix(""))],
                   check=True)
    return sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "out" / "pages")
    parser.add_argument("-r", "--resolution", type=int, default=50, help="pixels per inch (default 50)")
    parser.add_argument("--only", nargs="*", default=None, help="names of the shots to draw")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 3
    shots = tuple(s for s in SHOTS if not args.only or s.name in args.only)
    made = render_docx(shots, args.out)
    pdfs = to_pdfs([path for _shot, path in made])
    for pdf in pdfs:
        pngs = to_pngs(pdf, args.resolution)
        print(f"{pdf.stem}: {page_count(pdf)} pages -> {', '.join(p.name for p in pngs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
