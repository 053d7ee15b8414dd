"""Making record files for tests: an example, changed in a few places, written to disk."""

from __future__ import annotations

import copy
import io
import os
import zipfile
from pathlib import Path
from typing import Callable

import pytest
from ruamel.yaml import YAML

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAM = EXAMPLES / "review-sam-9.yaml"
LILY = EXAMPLES / "review-lily-3.yaml"
AHMAD = EXAMPLES / "review-ahmad-15.yaml"
ALL_EXAMPLES = (SAM, LILY, AHMAD)


def libreoffice_ready() -> bool:
    """LibreOffice, its Python bridge and poppler's pdftotext are installed."""
    import shutil

    from recordgen.pdf import LibreOfficeMissing, find_soffice, find_uno_python

    try:
        find_uno_python(find_soffice())
    except LibreOfficeMissing:
        return False
    return shutil.which("pdftotext") is not None


def require_libreoffice() -> None:
    """Skip a PDF test module where LibreOffice is missing; never in CI, which must run them."""
    if libreoffice_ready():
        return
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the PDF tests: run scripts/install-system-packages.sh first")
    pytest.skip("LibreOffice missing: run scripts/install-system-packages.sh", allow_module_level=True)


def every_copy() -> list:
    """A pytest param (example path, recipient name) for every copy of every example."""
    import pytest

    from recordgen.record.loading import load_record

    params = []
    for path in ALL_EXAMPLES:
        for recipient in load_record(path).record.distribution:
            params.append(pytest.param(path, recipient.name, id=f"{path.stem}-{recipient.role.value}"))
    return params


def example_data(path: Path = SAM) -> dict:
    yaml = YAML(typ="safe", pure=True)
    return yaml.load(path.read_text(encoding="utf-8"))


def write_record(directory: Path, change: Callable[[dict], None] | None = None,
                 base: Path = SAM, name: str = "record.yaml") -> Path:
    data = copy.deepcopy(example_data(base))
    if change:
        change(data)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    path = directory / name
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def docx_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_text(data: bytes) -> str:
    """All visible text of a .docx, read back with python-docx (body, tables, headers, footers)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    chunks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                chunks.append(cell.text)
    for section in document.sections:
        chunks += [p.text for p in section.header.paragraphs]
        chunks += [p.text for p in section.footer.paragraphs]
    # Without the LEFT-TO-RIGHT MARKs that isolate values in right-to-left copies: not visible.
    return "\n".join(chunks).replace("\u200e", "")


def english_parent(data: dict) -> None:
    """The parent's copy in English as a .docx, so it renders without the Urdu sidecar."""
    for recipient in data["distribution"]:
        if recipient["role"] == "parent":
            recipient.update(language="en", format="docx")


def brother(data: dict) -> None:
    """Sam's brother Leo, placed apart, not confidentially; his copies go to the same mum."""
    english_parent(data)
    data["child"]["name"] = "Leo Khan"
    data["child"]["id"] = "NL-20452"
    data["child"].pop("known_as", None)
    data["placement"].update(carers="Jan and Phil Booth", address="3 Mill Lane, Brigg, DN20 8AA",
                             school="Brigg Primary School", confidential=False)
    data["review"]["attendees"][2]["name"] = "Jan and Phil Booth"
    data["distribution"][2]["name"] = "Jan and Phil Booth"
    data["distribution"][0]["name"] = "Leo"
    data["review"]["attendees"][0]["name"] = "Leo"


def brother_naming_her_school(data: dict) -> None:
    """Leo's record (``brother``) with a worry naming Sam's confidential school to their mum."""
    brother(data)
    data["worries"][0] = "You miss Sam and would like to visit her at Westcliffe after school."


def parent_copies(folder: Path) -> list[Path]:
    """The parents' .docx copies written anywhere under ``folder`` (a batch's output)."""
    return [copy for copy in folder.rglob("*.docx") if "_parent-" in copy.name]


def larkspur(*texts: str, home: str = "Larkspur Lodge children's home"):
    """A change to Sam's record: placed at a children's home, a key worker at the meeting, and
    ``texts`` as the first things working well; the parent's copy in English."""
    def change(data):
        english_parent(data)
        data["placement"]["carers"] = home
        for recipient in data["distribution"]:
            if recipient["role"] == "carer":
                recipient["name"] = home
        for person in data["review"]["attendees"]:
            if person["name"] == "Mark and Lisa Owen":
                person.update(name="Dee Walsh", role="key worker")
        for i, text in enumerate(texts):
            data["working_well"][i] = text
    return change


def validation_errors(path: Path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == "error"]


def errors_by_field(path: Path) -> dict[str, list[str]]:
    """The record's errors' messages, by the field each is at."""
    found: dict[str, list[str]] = {}
    for d in validation_errors(path):
        found.setdefault(d.path, []).append(d.message)
    return found


def copy_text(path: Path, role: str = "parent") -> str:
    """The words of ``role``'s copy of the record at ``path`` (CopyWouldLeak when it is refused)."""
    from recordgen import api

    loaded = api.load_record(path)
    return docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, role)).data)


def refused_for_parent(out: Path, path: Path) -> bool:
    """`recordgen render --for parent` refuses the record at ``path`` and writes no copy into ``out/out``."""
    from click.testing import CliRunner

    from recordgen.cli import main_group

    result = CliRunner().invoke(main_group, ["render", str(path), "--for", "parent", "-o", str(out / "out"),
                                             "--format", "docx"])
    return result.exit_code != 0 and not list((out / "out").glob("*.docx"))


def write_data(directory: Path, data: dict, change: Callable[[dict], None] | None = None,
               name: str = "record.yaml") -> Path:
    """A record given as data (not changed in place), written as YAML."""
    data = copy.deepcopy(data)
    if change:
        change(data)
    buffer = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, buffer)
    path = directory / name
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def rendered_copies(directory: Path, path: Path, *options: str) -> dict[str, str]:
    """Every copy of the record (`render --all`, .docx), file name -> text."""
    from click.testing import CliRunner

    from recordgen.cli import main_group

    out = directory / "out"
    result = CliRunner().invoke(main_group, ["render", str(path), "--all", "-o", str(out), "--format", "docx",
                                             *map(str, options)])
    assert result.exit_code == 0, result.output
    return {p.name: docx_text(p.read_bytes()) for p in out.glob("*.docx")}


def the_copy(texts: dict[str, str], part: str) -> str:
    (text,) = [t for name, t in texts.items() if part in name]
    return text


#: Maisie, placed at home with her mum under a placement with parents plan, the address kept from dad
#: (blind review 16).
WITH_MUM = {
    "child": {"id": "PP-16001", "name": "Maisie Ward", "known_as": "Maisie", "date_of_birth": "2019-01-20",
              "pronouns": "she/her", "language": "en", "entered_care": "2025-12-01"},
    "review": {"date": "2026-11-26", "sequence": 3, "venue": "the family centre", "participation": "PN1",
               "chair": {"name": "Helen Price", "phone": "01724 296000", "email": "helen.price@example.gov.uk"},
               "attendees": [{"name": "Maisie", "role": "you"}, {"name": "Jo Smith", "role": "social worker"},
                             {"name": "Nicola Ward", "role": "mum"}]},
    "child_views": ["I like living with mummy again."],
    "working_well": ["You moved home to your mum in June and you are happy there."],
    "worries": [{"text": "Your dad does not know where you and your mum live now.", "withhold_from": ["parent"]}],
    "goals": ["You stay living safely with your mum."],
    "actions": [{"who": "Jo Smith (your social worker)", "what": "Visit you and your mum every two weeks.",
                 "by": "2026-12-31"}],
    "care_plan": {"plan": "You will keep living with your mum.", "still_right": True},
    "rights": {"advocate": "not_yet", "independent_visitor": "not_yet", "complaints_explained": True},
    "placement": {"carers": "Nicola Ward (your mum)", "address": "12 Birch Street, Goole, DN14 5AA",
                  "school": "Birch Infants", "confidential": True},
    "next_review": {"date": "2027-05-20"},
    "distribution": [{"role": "child", "name": "Maisie"}, {"role": "carer", "name": "Nicola Ward (your mum)"},
                     {"role": "parent", "name": "Craig Ward"}],
}


def sam_batch(tmp_path: Path) -> tuple[Path, "api.BatchOptions"]:
    """Sam's record and its translations file in a folder of their own, made once as a docx batch:
    (the records folder, the batch's options to run it again)."""
    import shutil

    from recordgen import api

    records = tmp_path / "records"
    records.mkdir()
    for source in (SAM, SAM.with_name(SAM.stem + ".translations.yaml")):
        shutil.copy(source, records / source.name)
    options = api.BatchOptions(output=tmp_path / "out", format="docx", workers=1)
    api.Batch(options).run(api.find_record_files([records]))
    return records, options
