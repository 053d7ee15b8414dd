"""The post pack: one PDF of every copy going by post, behind a cover sheet for a window envelope (one
envelope for one recipient's invitation and booklet).

The cover shows "Private and confidential", the recipient's name and their own
postal address (``distribution[].address``) where a DL or C5 window sits on an
A4 sheet folded in three, and the same words in the recipient's language. A
CSV beside the PDF tells the post room which pages go in which envelope.
Word copies and the covers are made PDF by the project's LibreOffice pool.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import tempfile
from pathlib import Path

from ..support.files import write_atomically
from ..i18n import catalog
from ..i18n.languages import is_right_to_left as is_rtl
from ..record.model import Record, Recipient
from ..record.settings import Settings
from ..rules.withholding import confidential_from, placement_secrets, shows
from .manifest import CopyRow
from .message import COVER_ADDRESSEE, COVER_PRIVATE, MAIL_DOMAIN

POST_FIELDS = ["envelope", "first_page", "last_page", "recipient", "role", "address", "child_id",
               "review_date", "copy"]


@dataclasses.dataclass
class PostItem:
    row: CopyRow
    record: Record
    recipient: Recipient
    copy_path: Path


@dataclasses.dataclass
class PackedItem:
    item: PostItem
    first_page: int     # the envelope's cover for its first copy
    last_page: int
    envelope: int = 0


def _envelopes(items: list[PostItem]) -> list[list[PostItem]]:
    """The items by envelope: one recipient's papers for one review at one address go together (an
    invitation says "There is a booklet with this letter"), in the order first met."""
    groups: dict[tuple, list[PostItem]] = {}
    for item in items:
        key = (item.row.child_id, item.row.review_date, item.row.role, " ".join(item.recipient.name.split()).casefold(),
               tuple(line.casefold() for line in address_lines(item.recipient.address or "")))
        groups.setdefault(key, []).append(item)
    return list(groups.values())


def address_lines(address: str) -> list[str]:
    lines = [part.strip() for part in re.split(r"[\n,]", address)]
    return [line for line in lines if line]


def address_problem(record: Record, recipient: Recipient) -> str | None:
    """Why this recipient's address cannot go on a cover, or None."""
    if not recipient.address or not recipient.address.strip():
        return "no postal address: add distribution[].address (the recipient's own) to the record and rerun the batch"
    if confidential_from(record, recipient.role):
        # The parts that are a home, not an area: the address, its house number and street, its postcode.
        home = [s for s in placement_secrets(record.placement)
                if s.loc[1] == "address" and s.what in ("address", "house number and street", "postcode")]
        if any(shows(recipient.address, secret) for secret in home):
            return ("the postal address given is the child's confidential placement address, which this "
                    "recipient must not see: correct distribution[].address")
    return None


def _cover_docx(envelope_items: list[PostItem], envelope: int, total: int) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    # A DL/C5 window: about 20 mm from the left edge and 45 to 50 mm from the top.
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(45), Mm(20)
    style = document.styles["Normal"]
    style.font.name = "Noto Sans"
    style.font.size = Pt(11)
    style.paragraph_format.space_after = Pt(0)

    def paragraph(text: str, bold: bool = False, size: float | None = None, rtl: bool = False):
        para = document.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if rtl:  # a bidi paragraph starts at the right by itself; jc would be read the other way
            para._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            properties = run._r.get_or_add_rPr()
            if bold:
                properties.find(qn("w:b")).addnext(OxmlElement("w:bCs"))
            properties.append(OxmlElement("w:rtl"))
        return para

    item = envelope_items[0]
    paragraph("Private and confidential", bold=True, size=12)
    paragraph(item.recipient.name)
    for line in address_lines(item.recipient.address or ""):
        paragraph(line)
    for _ in range(8):
        paragraph("")
    paragraph("To be opened by the addressee only.", bold=True)
    language = item.row.language
    translations = catalog(language, MAIL_DOMAIN)
    own = [translations.gettext(COVER_PRIVATE), translations.gettext(COVER_ADDRESSEE)]
    if own != [COVER_PRIVATE, COVER_ADDRESSEE]:
        paragraph(own[0], bold=True, rtl=is_rtl(language))
        paragraph(own[1], rtl=is_rtl(language))
    for _ in range(4):
        paragraph("")
    paragraph(f"Envelope {envelope} of {total}: " + ", ".join(Path(i.row.path).name for i in envelope_items), size=8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_post_pack(items: list[PostItem], target: Path, settings: Settings) -> list[PackedItem]:
    """Write ``target`` (PDF) and ``target``.csv; raises a PdfError when LibreOffice fails."""
    from pypdf import PdfReader, PdfWriter

    from ..pdf import start_pool

    with tempfile.TemporaryDirectory(prefix="recordgen-post-") as scratch_name:
        scratch = Path(scratch_name)
        pairs = []
        envelopes = _envelopes(items)
        covers, copies = [], []
        for number, group in enumerate(envelopes, start=1):
            cover_docx = scratch / f"cover-{number:04d}.docx"
            cover_docx.write_bytes(_cover_docx(group, number, len(envelopes)))
            covers.append(scratch / f"cover-{number:04d}.pdf")
            pairs.append((cover_docx, covers[-1]))
            for item in group:
                if item.row.format == "pdf":
                    copies.append(item.copy_path)
                else:
                    copies.append(scratch / f"copy-{len(copies) + 1:04d}.pdf")
                    pairs.append((item.copy_path, copies[-1]))
        # Plain PDF: the pack is joined page by page, and a cover sheet is not archived.
        pool = start_pool(settings.pdf, copies=len(pairs), pdfa="")
        try:
            for _source, _target, error in pool.convert_many(pairs):
                if error is not None:
                    raise error
        finally:
            pool.close()
        writer = PdfWriter()
        packed = []
        in_order = iter(copies)
        for number, (group, cover) in enumerate(zip(envelopes, covers), start=1):
            first = len(writer.pages) + 1
            writer.append(PdfReader(cover))
            for item in group:
                writer.append(PdfReader(next(in_order)))
                packed.append(PackedItem(item, first, len(writer.pages), number))
                first = len(writer.pages) + 1
        # The pack is printed: a copy's feedback form would only be many fields of one name.
        writer.remove_annotations(subtypes="/Widget")
        writer._root_object.pop("/AcroForm", None)
        writer.add_metadata({"/Title": "Post pack", "/Producer": "recordgen"})
        buffer = io.BytesIO()
        writer.write(buffer)
    write_atomically(target, buffer.getvalue())
    write_atomically(post_csv_path(target), post_csv(packed).encode("utf-8"))
    return packed


def post_csv_path(target: Path) -> Path:
    return target.with_suffix(".csv")


def post_csv(packed: list[PackedItem]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=POST_FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in packed:
        row = entry.item.row
        writer.writerow({"envelope": entry.envelope, "first_page": entry.first_page, "last_page": entry.last_page,
                         "recipient": entry.item.recipient.name, "role": row.role,
                         "address": ", ".join(address_lines(entry.item.recipient.address or "")),
                         "child_id": row.child_id, "review_date": row.review_date, "copy": row.path})
    return out.getvalue()


def now_stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
