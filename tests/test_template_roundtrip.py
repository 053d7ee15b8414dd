"""The Word templates survive being opened and saved, as council staff do (issue 19, item 3).

Every stock template is saved again by LibreOffice (``soffice --convert-to docx``,
with a profile of its own) and by python-docx; every copy of every example is then
rendered from the saved template and from the stored one, and the two copies must
read the same and have the same shape: headings, list items, table rows (with the
row kept with the next and the cells' colours), pictures with their alt text, and
the header and footer with their page fields.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest
from lxml import etree

from recordgen import api
from recordgen.docx import package
from recordgen.docx.ns import W_
from recordgen.pdf import find_soffice

from recordfiles import ALL_EXAMPLES, require_libreoffice

STOCK = Path(__file__).resolve().parents[1] / "templates"
BANDS = ("early", "young", "middle", "teen", "young_adult")
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def libreoffice_saved(source: Path, out: Path, work: Path) -> Path:
    """Every .docx in ``source`` opened and saved as .docx by LibreOffice, into ``out``."""
    require_libreoffice()
    soffice = find_soffice()
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for p in source.glob("*.docx"))
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "docx", "--outdir", str(out), *files],
                   check=True, capture_output=True, timeout=300)
    assert sorted(p.name for p in out.glob("*.docx")) == sorted(Path(f).name for f in files)
    return out


def python_docx_saved(source: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for path in source.glob("*.docx"):
        docx.Document(str(path)).save(str(out / path.name))
    return out


@pytest.fixture(scope="module")
def stock_copies():
    return _copies(STOCK)


@pytest.fixture(scope="module")
def libreoffice_dir(tmp_path_factory):
    work = tmp_path_factory.mktemp("lo")
    return libreoffice_saved(STOCK, work / "saved", work)


def _copies(templates: Path) -> dict[str, bytes]:
    renderer = api.Renderer(templates=templates)
    copies = {}
    for example in ALL_EXAMPLES:
        loaded = api.load_record(example)
        for recipient in loaded.record.distribution:
            copy = renderer.render_copy(loaded, recipient)
            copies[copy.filename] = copy.data
    return copies


def _text(element) -> str:
    """The element's words, with Word's page fields as [PAGE] (simple or complex fields alike)."""
    words = []
    for node in element.iter(W_ + "t", W_ + "instrText", W_ + "fldSimple", W_ + "tab", W_ + "br"):
        if node.tag == W_ + "t":
            words.append(node.text or "")
        elif node.tag == W_ + "instrText" and (node.text or "").strip():
            words.append(f"[{node.text.split()[0]}]")
        elif node.tag == W_ + "fldSimple":
            words.append(f"[{node.get(W_ + 'instr').split()[0]}]")
        else:
            words.append(" ")
    text = "".join(words)
    # A field's last result ("1" as stored, the count LibreOffice laid out) is not the copy's.
    return " ".join(re.sub(r"\[(PAGE|NUMPAGES)\]\d*", r"[\1]", text).split())


def structure(data: bytes) -> list[tuple]:
    """What a reader sees of a copy, in order, without the XML's incidental form."""
    parts = package.read_parts(data)
    styles = etree.fromstring(parts["word/styles.xml"])
    names = {s.get(W_ + "styleId"): s.find(W_ + "name").get(W_ + "val") for s in styles.iter(W_ + "style")}

    def style(paragraph) -> str:
        ref = paragraph.find(f"{W_}pPr/{W_}pStyle")
        return names.get(ref.get(W_ + "val"), "?") if ref is not None else "Normal"

    def kind(paragraph) -> str:
        name = style(paragraph).lower()  # Word stores "heading 1" where it shows "Heading 1"
        if name == "title" or name.startswith("heading"):
            return name
        if name.startswith("list") or paragraph.find(f"{W_}pPr/{W_}numPr") is not None:
            return "list item"
        return "paragraph"

    shape: list[tuple] = []
    body = etree.fromstring(parts["word/document.xml"]).find(W_ + "body")
    for block in body:
        if block.tag == W_ + "p":
            pictures = tuple(d.get("descr") for d in block.iter(_WP + "docPr"))
            text = _text(block)
            if text or pictures:
                shape.append((kind(block), text, pictures))
        elif block.tag == W_ + "tbl":
            for row in block.iter(W_ + "tr"):
                cells = row.findall(W_ + "tc")
                keep = any(p.find(f"{W_}pPr/{W_}keepNext") is not None for p in row.iter(W_ + "p"))
                fills = tuple((c.find(f"{W_}tcPr/{W_}shd") is not None and
                               c.find(f"{W_}tcPr/{W_}shd").get(W_ + "fill") or "").upper() for c in cells)
                shape.append(("row", tuple(_text(c) for c in cells), keep, fills))
    for name in sorted(parts):
        if name.startswith(("word/header", "word/footer")) and name.endswith(".xml"):
            text = _text(etree.fromstring(parts[name]))
            if text:
                shape.append(("header" if "header" in name else "footer", text))
    return shape


def _same_copies(saved: Path, stock_copies: dict[str, bytes]) -> None:
    copies = _copies(saved)
    assert copies.keys() == stock_copies.keys()
    for name, data in stock_copies.items():
        expected, got = structure(data), structure(copies[name])
        assert got == expected, f"{name}: the copy from the saved template differs"


def test_a_template_saved_by_libreoffice_makes_the_same_copies(libreoffice_dir, stock_copies):
    _same_copies(libreoffice_dir, stock_copies)


def test_a_template_saved_by_python_docx_makes_the_same_copies(tmp_path, stock_copies):
    _same_copies(python_docx_saved(STOCK, tmp_path / "saved"), stock_copies)


def test_templates_saved_by_libreoffice_pass_the_check(libreoffice_dir):
    for band in BANDS:
        assert api.check_template(libreoffice_dir / f"{band}.docx") == [], band


def test_no_jinja_inside_properties():
    """Tags live in text only: LibreOffice drops what sits in w:pPr, w:rPr, w:tblPr, w:tcPr or w:trPr.
    (The pictures' alt text, ``wp:docPr descr``, is an attribute both keep: the test above renders it.)"""
    for band in BANDS:
        for name, xml in package.read_parts(STOCK / f"{band}.docx").items():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(xml)
            for element in root.iter():
                if not isinstance(element.tag, str) or not element.tag.startswith(W_) \
                        or not element.tag.endswith(("Pr", "}shd")):
                    continue
                inside = etree.tostring(element, encoding="unicode")
                assert "{%" not in inside and "{{" not in inside, f"{band} {name}: {inside[:120]}"
