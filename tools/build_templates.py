"""Generate starting versions of the five age-band Word templates (templates/*.docx).

    python tools/build_templates.py [--out DIR] [BAND...]

The .docx files are the source of truth. This script made their first
versions (it draws the pictures) and may write them again only while a file is
still exactly what a build wrote: each file it writes carries a fingerprint of
its own content (``dc:identifier`` in its properties, never copied into a
copy). A file edited since, in Word, LibreOffice or anything else, no longer
matches its fingerprint, and the script refuses to overwrite it: make the
change in the .docx itself, or write a fresh starting template elsewhere with
``--out DIR``. It needs Pillow for the pictures (drawn here, no borrowed
artwork): pip install pillow.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import math
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree
from PIL import Image, ImageDraw

from recordgen.docx import package

OUT = Path(__file__).resolve().parent.parent / "templates"

INK = RGBColor(0x26, 0x32, 0x38)
TEAL = RGBColor(0x00, 0x6D, 0x77)
PLUM = RGBColor(0x6A, 0x3D, 0x7A)
GREY = RGBColor(0x5F, 0x63, 0x68)

BANDS = {
    # band: (body size, heading size, title size)
    "early": (13, 17, 26),
    "young": (16, 20, 30),
    "middle": (13, 16, 26),
    "teen": (11.5, 14, 22),
    "young_adult": (11, 13, 20),
}


# --- pictures -----------------------------------------------------------------

HOUSE_NAMES = {"good": "House of Good Things", "worries": "House of Worries", "dreams": "House of Dreams"}

def _house(roof: str, wall: str, symbol: str) -> bytes:
    """A simple house drawing with a symbol in the window: heart, cloud or star."""
    scale = 4
    w, h = 220 * scale, 200 * scale
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    s = scale
    d.polygon([(20 * s, 95 * s), (110 * s, 15 * s), (200 * s, 95 * s)], fill=roof, outline="#263238", width=4 * s)
    d.rectangle([38 * s, 95 * s, 182 * s, 190 * s], fill=wall, outline="#263238", width=4 * s)
    d.rectangle([92 * s, 135 * s, 128 * s, 190 * s], fill="#8D6E63", outline="#263238", width=3 * s)
    cx, cy = 110 * s, 62 * s
    if symbol == "heart":
        r = 11 * s
        d.ellipse([cx - 2 * r, cy - r, cx, cy + r], fill="#E53935")
        d.ellipse([cx, cy - r, cx + 2 * r, cy + r], fill="#E53935")
        d.polygon([(cx - 2 * r + 1, cy + 3), (cx + 2 * r - 1, cy + 3), (cx, cy + 2.6 * r)], fill="#E53935")
    elif symbol == "cloud":
        for dx, dy, r in ((-16, 4, 13), (0, -6, 16), (17, 4, 13)):
            d.ellipse([cx + (dx - r) * s, cy + (dy - r) * s, cx + (dx + r) * s, cy + (dy + r) * s], fill="#ECEFF1", outline="#455A64", width=2 * s)
        for i in range(3):
            x = cx + (-12 + i * 12) * s
            d.line([x, cy + 20 * s, x - 4 * s, cy + 30 * s], fill="#42A5F5", width=3 * s)
    else:
        points = []
        for i in range(10):
            r = (20 if i % 2 == 0 else 8) * s
            a = -math.pi / 2 + i * math.pi / 5
            points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        d.polygon(points, fill="#FBC02D", outline="#F57F17")
    for x0 in (52, 140):  # windows
        d.rectangle([x0 * s, 110 * s, (x0 + 28) * s, 132 * s], fill="#E3F2FD", outline="#263238", width=3 * s)
    img = img.resize((w // 2, h // 2), Image.LANCZOS)
    buffer = io.BytesIO()
    img.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


HOUSES = {
    "good": ("#81C784", "#FFF8E1", "heart"),
    "worries": ("#7986CB", "#ECEFF1", "cloud"),
    "dreams": ("#BA68C8", "#F3E5F5", "star"),
}


# --- document helpers -----------------------------------------------------------

def _styles(doc: Document, band: str) -> None:
    body, heading, title = BANDS[band]
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(body)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(body * 0.6)
    normal.paragraph_format.line_spacing = 1.25 if band in ("early", "young", "middle") else 1.15
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Arial")
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(int(body * 2)))
    rpr.append(size_cs)
    for name, size, colour in (("Title", title, TEAL), ("Heading 1", heading, TEAL), ("Heading 2", heading - 2, PLUM)):
        style = doc.styles[name]
        _drop_theme_fonts(style)
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.color.rgb = colour
        style.font.bold = True
        style.paragraph_format.space_before = Pt(size * 0.9)
        style.paragraph_format.space_after = Pt(size * 0.35)
        style.paragraph_format.keep_with_next = True
    title_style = doc.styles["Title"]
    title_style.paragraph_format.space_before = Pt(0)
    # python-docx's Title has a bottom border; a plain title reads friendlier.
    ppr = title_style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)
    for name in ("List Bullet", "List Number"):
        doc.styles[name].font.size = Pt(body)
        doc.styles[name].paragraph_format.space_after = Pt(body * 0.4)
        doc.styles[name].paragraph_format.keep_together = True  # an item is never split over two pages
        doc.styles[name].paragraph_format.widow_control = True
    normal.paragraph_format.widow_control = True
    # A line that introduces what follows ("These grown-ups have promised to do these things:")
    # goes to the next page with it rather than stay alone at the foot of one.
    lead_in = doc.styles.add_style("Lead In", WD_STYLE_TYPE.PARAGRAPH)
    lead_in.base_style = normal
    lead_in.paragraph_format.keep_with_next = True
    lead_in.paragraph_format.keep_together = True
    # The text under a table: space between them. It ends its part ("You gave it 8 out of 10."): kept
    # with what follows it, it held the next part's heading, lead-in and first table rows to it, and a
    # page ended half empty before the scale (blind review, layout finding 1).
    under = doc.styles.add_style("Under Table", WD_STYLE_TYPE.PARAGRAPH)
    under.base_style = normal
    under.paragraph_format.space_before = Pt(body * 0.8)
    # The next review, the sign-off and who was sent a copy: one paragraph never split.
    closing = doc.styles.add_style("Closing", WD_STYLE_TYPE.PARAGRAPH)
    closing.base_style = normal
    closing.paragraph_format.keep_together = True
    english = doc.styles.add_style("English Alongside", WD_STYLE_TYPE.PARAGRAPH)
    english.base_style = doc.styles["Normal"]
    english.font.italic = True
    english.font.color.rgb = GREY
    english.font.size = Pt(body - 1)
    english.paragraph_format.left_indent = Cm(0.63)
    # The English half of a bilingual item is whole on the page its other half ends on (the renderer
    # keeps that half with it: rendering/finishing.py); a long one may still split.
    english.paragraph_format.keep_together = True
    label = doc.styles.add_style("Copy Label", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = doc.styles["Normal"]
    label.font.size = Pt(9)
    label.font.color.rgb = GREY
    label.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # The copy's own note under a heading ("Nothing is written here in this copy."): no bullet, in italics.
    copy_note = doc.styles.add_style("Copy Note", WD_STYLE_TYPE.PARAGRAPH)
    copy_note.base_style = normal
    copy_note.font.italic = True
    copy_note.paragraph_format.keep_together = True
    notice = doc.styles.add_style("Notice", WD_STYLE_TYPE.PARAGRAPH)
    notice.base_style = doc.styles["Normal"]
    notice.font.bold = True
    notice.font.color.rgb = PLUM
    # The child's own words, set apart from what the adults wrote (no quotation marks:
    # they differ between languages).
    words = doc.styles.add_style("Your Words", WD_STYLE_TYPE.PARAGRAPH)
    words.base_style = doc.styles["Normal"]
    words.font.italic = True
    words.font.color.rgb = PLUM
    words.paragraph_format.left_indent = Cm(0.5)
    border = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for name, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "8"), ("w:color", "BA68C8")):
        left.set(qn(name), value)
    border.append(left)
    words.element.get_or_add_pPr().insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:outlineLvl")
    _complex_script_twins(doc)


def _complex_script_twins(doc: Document) -> None:
    """Each style's size, bold and italics for complex scripts too (w:szCs, w:bCs, w:iCs) where it has
    none: Word and LibreOffice set Bengali, Arabic and Urdu by those, so without them a Bengali header
    came out at the body's size beside its Latin name at 9 points. A twin the style has is kept: the
    headings' smaller complex-script size suits Nastaliq and Bengali, taller than Latin at one size."""
    for style in doc.styles.element.iterfind(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            continue
        for latin, complex_script in (("w:b", "w:bCs"), ("w:i", "w:iCs"), ("w:sz", "w:szCs")):
            value = rpr.find(qn(latin))
            if value is None:
                continue
            if rpr.find(qn(complex_script)) is not None:
                continue
            twin = OxmlElement(complex_script)
            value.addnext(twin)  # each twin comes right after its Latin in CT_RPr's order
            for attr, text in value.attrib.items():
                twin.set(attr, text)


def _drop_theme_fonts(style) -> None:
    """Theme font references win over a named font; drop them so headings use Arial too."""
    fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


class Writer:
    def __init__(self, band: str):
        self.band = band
        self.doc = Document()
        _styles(self.doc, band)
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.2))
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
        header = section.header.paragraphs[0]
        header.text = "{{ copy_label }}"
        header.style = self.doc.styles["Copy Label"]
        # What a record filed in a case system needs on every page: whose review (the full name: a
        # known-as name alone does not find a record decades later; the child's own copy, the name
        # they are known by, with the case number to find it), when, its case number, when it was
        # written, and the page of how many.
        footer = section.footer.paragraphs[0]
        footer.text = ('{{ _("Review record for %(name)s, %(date)s", name=child.filed_as, date=review.date) }}'
                       ' · {{ case_number }}')
        footer.style = self.doc.styles["Copy Label"]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pages = section.footer.add_paragraph(style=self.doc.styles["Copy Label"])
        pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pages.add_run("{{ dated }} · ")._r.find(qn("w:t")).set(qn("xml:space"), "preserve")
        _page_of_runs(pages)

    def p(self, text: str, style: str | None = None):
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(text)
        run._r.find(qn("w:t")).set(qn("xml:space"), "preserve")
        return paragraph

    def tag(self, text: str) -> None:
        self.doc.add_paragraph(text)

    def title(self, text: str) -> None:
        self.p(text, "Title")

    def heading(self, text: str, level: int = 1) -> None:
        self.p(text, f"Heading {level}")

    def items(self, var: str, style: str = "List Bullet") -> None:
        self.tag(f"{{%p for item in {var} %}}")
        # The copy's own note ("Nothing is written here in this copy.") is no point of the IRO's: no bullet.
        self.tag("{%p if item.tool_note %}")
        self.p("{{ item }}", "Copy Note")
        self.tag("{%p else %}")
        if style == "Your Words":
            # The line an adult's copy gives when it shows none of the child's words is not hers.
            self.tag("{%p if item.as_said %}")
            self.p("{{ item }}", style)
            self.tag("{%p else %}")
            self.p("{{ item }}", "List Bullet")
            self.tag("{%p endif %}")
        else:
            self.p("{{ item }}", style)
        self.tag("{%p endif %}")
        self.tag("{%p if item.english %}")
        self.p("{{ item.english }}", "English Alongside")
        self.tag("{%p endif %}")
        self.tag("{%p endfor %}")

    def section(self, var: str, heading: str, intro: str | None = None, picture: str | None = None,
                style: str = "List Bullet") -> None:
        # A heading only when something is under it: a section all withheld from this
        # recipient is an empty list by the time the template sees it.
        self.tag(f"{{%p if {var} %}}")
        if picture:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            shape = paragraph.add_run().add_picture(io.BytesIO(_house(*HOUSES[picture])), width=Cm(3.4))
            # Alt text (Word's "descr", mammoth's alt): the house's name, in the reader's language.
            # The name is the heading's own msgid, so every catalog already has it.
            shape._inline.docPr.set("descr", "{{ _('%s') }}" % HOUSE_NAMES[picture])
        self.heading(heading)
        if intro:
            self.p(intro, "Lead In")
        self.items(var, style)
        self.tag("{%p endif %}")

    def table(self, headers: list[str], cells: list[str], loop: str) -> None:
        table = self.doc.add_table(rows=4, cols=len(headers))
        table.style = self.doc.styles["Light Grid Accent 1"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_row = table.rows[0]
        tr_pr = header_row._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # repeat the header row on every page
        tr_pr.append(repeat)
        for cell, text in zip(header_row.cells, headers):
            cell.paragraphs[0].add_run(text).bold = True
        for cell in header_row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        table.rows[1].cells[0].paragraphs[0].text = f"{{%tr for a in {loop} %}}"
        table.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # keep a row on one page
        for cell, text in zip(table.rows[2].cells, cells):
            cell.paragraphs[0].add_run(text)
            if text.startswith("{{ a.") and text.endswith(" }}") and text != "{{ a.by }}":
                field = text[len("{{ "): -len(" }}")]
                cell.add_paragraph(f"{{%p if {field}.english %}}")
                cell.add_paragraph(f"{{{{ {field}.english }}}}", style="English Alongside")
                cell.add_paragraph("{%p endif %}")
            # No keep-with-next here: the header keeps with the first row, and the rows after it
            # go over a page as they fall, under the header repeated (rendering/finishing.py).
        table.rows[3].cells[0].paragraphs[0].text = "{%tr endfor %}"
        widths = [Cm(4.5), Cm(8.6), Cm(3.5)]
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = width

    def scale_row(self) -> None:
        """0 to 10 as a row of numbers, the chosen one coloured in."""
        table = self.doc.add_table(rows=1, cols=11)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for n, cell in enumerate(table.rows[0].cells):
            cell.width = Cm(1.4)
            # The plain colour of every number; the renderer fills the chosen number's cell
            # (rendering/finishing.py finds the row by its 0 to 10), so no Jinja is in w:fill.
            shading = OxmlElement("w:shd")
            for name, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "FFF2CC")):
                shading.set(qn(name), value)
            cell._tc.get_or_add_tcPr().append(shading)
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = True  # with the score said under it
            paragraph.add_run(str(n)).bold = True

    def save(self) -> bytes:
        """The template's bytes, with the fingerprint of its content."""
        props = self.doc.core_properties
        props.title = props.subject = props.keywords = props.comments = ""
        props.author = props.last_modified_by = "recordgen"
        props.identifier = _FINGERPRINT
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return _fingerprinted(_slim(buffer.getvalue()))


def _page_of_runs(paragraph) -> None:
    """"Page 2 of 3" in the reader's words, its numbers Word's PAGE and NUMPAGES fields, in the
    order the translation puts them (the context gives ``page_of`` as text and field pieces)."""
    def run(text: str):
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        paragraph._p.append(r)

    def field(instruction: str):
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), instruction)
        # The stored result is stale ("Page 1 of 1" on every page to a reader that shows it as stored):
        # dirty tells Word and other readers to work it out again. It stays a digit, the copy's own,
        # which the PDF worker reads to number the pages in those digits.
        simple.set(qn("w:dirty"), "true")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"  # Word and LibreOffice put the real number in when they lay the pages out
        r.append(t)
        simple.append(r)
        paragraph._p.append(simple)

    run("{%r for part in page_of %}")
    run('{%r if part.field == "PAGE" %}')
    field(" PAGE ")
    run('{%r elif part.field == "NUMPAGES" %}')
    field(" NUMPAGES ")
    run("{%r else %}")
    run("{{ part.text }}")
    run("{%r endif %}")
    run("{%r endfor %}")


# python-docx's blank document carries a thumbnail, a bibliography, a Word 2010 copy of the
# styles, and about 160 style definitions: 800 KB that LibreOffice re-reads for every PDF.
_LEFT_OVER_PARTS = ("docProps/thumbnail.jpeg", "customXml/item1.xml", "customXml/itemProps1.xml",
                    "word/stylesWithEffects.xml")


def _slim(data: bytes) -> bytes:
    """The document without the parts and style definitions it does not use."""
    parts = package.read_parts(data)
    for name in _LEFT_OVER_PARTS:
        package.drop_part(parts, name)
    styles = etree.fromstring(parts["word/styles.xml"])
    by_id = {style.get(qn("w:styleId")): style for style in styles.iter(qn("w:style"))}
    text = b" ".join(v for k, v in parts.items() if k.startswith("word/") and k.endswith(".xml") and k != "word/styles.xml")
    wanted = {sid for sid in by_id if f'w:val="{sid}"'.encode() in text}
    wanted |= {sid for sid, style in by_id.items() if style.get(qn("w:default")) == "1"}
    pending = list(wanted)
    while pending:  # styles the used ones are based on, linked to or followed by
        style = by_id.get(pending.pop())
        for ref in ("w:basedOn", "w:link", "w:next"):
            element = style.find(qn(ref)) if style is not None else None
            if element is not None and element.get(qn("w:val")) not in wanted:
                wanted.add(element.get(qn("w:val")))
                pending.append(element.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in wanted:
            styles.remove(style)
    parts["word/styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)
    return package.to_bytes(parts)


# --- the shared parts of every band ----------------------------------------------

def opening(w: Writer, greeting: str) -> None:
    """The greeting, who the IRO is and what they do (``about_me``, built from the facts in
    rendering/sentences.py), and how the child took part."""
    w.tag("{%p if untranslated_notice %}")
    w.p("{{ untranslated_notice }}", "Notice")
    w.tag("{%p endif %}")
    w.p(greeting)
    w.p("{{ about_me }}")
    w.p("{{ participation }}")


def told(now: str, then: str) -> str:
    """A heading in the present, or, in a copy made once the reader is 18 (``told_as_past``), years
    perhaps after the review, in the past: what was so then."""
    return '{{ _("%s") if told_as_past else _("%s") }}' % (then, now)


def scale_part(w: Writer, heading: str, intro: str) -> None:
    w.tag("{%p if scale %}")
    w.heading(heading)
    w.p(intro, "Lead In")
    # What 0 and 10 mean comes before the number given.
    w.p("{{ scale.meaning }}", "Lead In")
    w.tag("{%p if scale.meaning.english %}")
    w.p("{{ scale.meaning.english }}", "English Alongside")
    w.tag("{%p endif %}")
    w.scale_row()
    w.p("{{ scale.said }}", "Under Table")
    w.tag("{%p endif %}")


def actions_part(w: Writer, heading: str, intro: str, headers: list[str]) -> None:
    w.tag("{%p if actions %}")
    w.heading(heading)
    w.p(intro, "Lead In")
    w.table(headers, ["{{ a.who }}", "{{ a.what }}", "{{ a.by }}"], "actions")
    w.tag("{%p endif %}")


def plan_part(w: Writer, heading: str) -> None:
    w.heading(heading)
    w.tag("{%p if plan_then %}")  # a copy made years on: the plan as it was then, not a promise now
    w.p("{{ plan_then }}")
    w.tag("{%p endif %}")
    w.p("{{ plan }}")
    w.tag("{%p if plan.english %}")
    w.p("{{ plan.english }}", "English Alongside")
    w.tag("{%p endif %}")
    w.p("{{ plan_verdict }}")


def home_part(w: Writer, heading: str) -> None:
    """``heading`` may name the school; then it says only the home when no school is shown."""
    if "school" in heading:
        heading = '{{ %s if home.school else _("Your home") }}' % heading[len("{{ "):-len(" }}")]
    # Made years on, or the home changed since: the address and school under it were theirs then, not now.
    heading = '{{ _("Your home at the time of your review") if home.past else %s }}' % heading[len("{{ "):-len(" }}")]
    w.heading(heading)
    w.p("{{ home.lives }}")
    w.tag("{%p if home.address %}")
    w.p('{{ _("Your address: %(address)s", address=home.address) }}')
    w.tag("{%p endif %}")
    w.tag("{%p if home.school %}")
    w.p("{{ home.school_line }}")
    w.tag("{%p endif %}")


def rights_part(w: Writer, heading: str) -> None:
    """Every right the child's age gives them, worded for their reading band (rights.all). The
    heading keeps with the first two rights, so it never sits over one right alone at a page's foot
    (blind review 13a, F9), and the last right ("You can talk to me") with the phone number under
    it; the rights between go over a page as any list does: the whole list kept with its heading
    left the page before it half empty (blind review, layout finding 1)."""
    w.heading(heading)
    w.tag("{%p for right in rights.all %}")
    w.tag("{%p if (loop.first and not loop.last) or (loop.last and (iro.phone or iro.email or someone_else)) %}")
    w.p("{{ right }}", "List Bullet").paragraph_format.keep_with_next = True
    w.tag("{%p else %}")
    w.p("{{ right }}", "List Bullet")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if iro.phone %}")
    w.p('{{ _("My phone number is %(phone)s.", phone=iro.phone) }}')
    w.tag("{%p endif %}")
    w.tag("{%p if iro.email %}")
    w.p('{{ _("My email address is %(email)s.", email=iro.email) }}')
    w.tag("{%p endif %}")
    # Someone other than the IRO: the council's children's rights service (a setting); none years on.
    w.tag("{%p if someone_else %}")
    w.p("{{ someone_else }}")
    w.tag("{%p endif %}")


def people_part(w: Writer, heading: str) -> None:
    w.tag("{%p if came or shared_views or invited %}")
    w.heading(heading)
    w.tag("{%p if came %}")
    w.p("{{ came_intro }}", "Lead In")
    w.items("came")  # "Carys (mam): daeth gyda ...", with its English half in a bilingual copy
    w.tag("{%p endif %}")
    w.tag("{%p if shared_views %}")
    w.p("{{ shared_intro }}", "Lead In")
    w.tag("{%p for person in shared_views %}")
    w.p("{{ person.said }}", "List Bullet")
    w.tag("{%p if person.how.english %}")
    w.p("{{ person.how.english }}", "English Alongside")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")
    # Invited, but neither came nor shared views: never listed as sharing them.
    w.tag("{%p if invited %}")
    w.p("{{ invited_intro }}", "Lead In")
    w.tag("{%p for person in invited %}")
    w.p("{{ person }}", "List Bullet")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")
    w.tag("{%p endif %}")


def pathway_part(w: Writer) -> None:
    """The pathway plan, for 16 and over by age whatever the reading band (built from the facts). Not
    "Moving on": one who stays on with their carers after 18 (Staying Put) moves nowhere."""
    w.tag("{%p if pathway %}")
    w.heading('{{ _("Your pathway plan") }}')
    w.tag("{%p for text in pathway %}")
    w.p("{{ text }}")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")


def adults_part(w: Writer) -> None:
    """Items withheld from the child, in every other copy: after the letter, under their own
    heading, never among the lines written (and often read aloud) to the child. On a page of their
    own, so the child's letter can be handed over, or read with them, without them."""
    w.tag("{%p if for_adults %}")
    w.p("{{ for_adults.heading }}", "Heading 1").paragraph_format.page_break_before = True
    w.p("{{ for_adults.intro }}", "Lead In")
    w.items("for_adults.lines")
    w.tag("{%p endif %}")


def closing_part(w: Writer, heading: str, closing: str) -> None:
    """The next review, the sign-off and who was sent a copy: one paragraph with line breaks,
    kept whole and with its heading, so the last page is never only the sign-off. (LibreOffice
    drops a keep-with-next chain of separate paragraphs here, where one paragraph holds.)
    A child who turns 18 first has no next review: the text says so, under a heading that fits."""
    w.heading('{{ ((_("When you turned 18") if long_after else _("Now you are 18")) if turned_18 '
              'else _("After you turn 18")) if turns_18 else %s }}'
              % heading[len("{{ "):-len(" }}")])
    paragraph = w.doc.add_paragraph(style="Closing")

    def line(text: str = "", breaks: int = 0, small: bool = False):
        for _ in range(breaks):
            paragraph.add_run().add_break()
        if text:
            run = paragraph.add_run(text)
            run._r.find(qn("w:t")).set(qn("xml:space"), "preserve")
            if small:
                run.font.size = Pt(max(BANDS[w.band][0] - 2, 9))
                run.font.color.rgb = GREY

    line("{{ next_review_text }}")
    line(closing, breaks=2)
    line("{{ iro.name }}", breaks=1)
    line("{{ iro.signed_as }}", breaks=1)
    # Who was sent a copy, as this recipient may see them (record.distribution[].withhold_from).
    line("{%r if sent_to %}")
    line('{{ _("A copy of this record was sent to:") }}', breaks=2, small=True)
    line("{{ sent_to }}", breaks=1, small=True)
    line("{%r endif %}")
    adults_part(w)


# --- the bands ---------------------------------------------------------------------

def signs_of_safety(w: Writer) -> None:
    """The three Signs of Safety headings, in the words used from 8 years old."""
    w.section("working_well", told("What is working well", "What was working well"))
    w.section("worries", told("What we are worried about", "What we were worried about"))
    w.section("goals", told("What it will look like when things are better",
                            "What it would look like when things were better"))


def early() -> Writer:
    w = Writer("early")
    w.title('{{ _("A letter for %(name)s", name=child.name) }}')
    opening(w, "{{ greeting }}")
    # For a child under 5 by age only: a lower reading level changes the words, not what is true.
    w.tag("{%p if read_with_you %}")
    w.p('{{ _("This letter is for the grown-ups to read with you now.") }} '
        '{{ _("You can keep it and read it yourself when you are older.") }}')
    w.tag("{%p endif %}")
    w.section("views", "{{ views_heading }}")
    w.section("working_well", '{{ _("The good things") }}')
    w.section("worries", told("What we are working on", "What we were working on"),
              '{{ _("These are the things the grown-ups were helping with.") if told_as_past '
              'else _("These are the things the grown-ups are helping with.") }}')
    w.section("goals", told("What we hope for you", "What we hoped for you"))
    scale_part(w, told("How things are going", "How things were going"), '{{ _("We used numbers from 0 to 10.") }}')
    actions_part(w, told("Who will help, and when", "Who was going to help, and when"), '{{ actions_intro }}',
                 ['{{ _("Who") }}', told("What they will do", "What they were going to do"), '{{ _("By when") }}'])
    home_part(w, '{{ _("Where you live") }}')
    plan_part(w, '{{ _("Your plan") }}')
    pathway_part(w)
    rights_part(w, '{{ _("Your rights") }}')
    people_part(w, '{{ _("Who helped with your review") }}')
    closing_part(w, '{{ _("Your next review") }}', '{{ _("With warm wishes,") }}')
    return w


def young() -> Writer:
    w = Writer("young")
    w.title('{{ _("Your review, %(name)s", name=child.address) }}')
    opening(w, "{{ hello }}")
    w.section("views", "{{ views_heading }}", style="Your Words")
    w.section("working_well", '{{ _("House of Good Things") }}', picture="good")  # HOUSE_NAMES too
    w.section("worries", '{{ _("House of Worries") }}', picture="worries")
    w.section("goals", '{{ _("House of Dreams") }}', picture="dreams")
    # The record's own scale.meaning says what 0 and 10 mean: the intro does not say it again.
    scale_part(w, '{{ _("Your number") }}', '{{ _("We used numbers from 0 to 10.") }}')
    actions_part(w, told("Who will help", "Who was going to help"), '{{ actions_intro }}',
                 ['{{ _("Who") }}', '{{ _("What") }}', '{{ _("When") }}'])
    home_part(w, '{{ _("Your home") }}')
    plan_part(w, '{{ _("Your plan") }}')
    pathway_part(w)
    rights_part(w, '{{ _("Your rights") }}')
    people_part(w, '{{ _("Who came") }}')
    # Not "Next time" to an adult: the review it names was years ago.
    closing_part(w, told("Next time", "Your next review"), '{{ _("From,") }}')
    return w


def middle() -> Writer:
    w = Writer("middle")
    w.title('{{ _("Your review, %(name)s", name=child.address) }}')
    opening(w, "{{ greeting }}")
    w.section("views", "{{ views_heading }}", style="Your Words")
    signs_of_safety(w)
    scale_part(w, told("How things are going", "How things were going"), '{{ _("We used a scale from 0 to 10.") }}')
    actions_part(w, told("Who will do what, and by when", "Who was going to do what, and by when"),
                 '{{ actions_intro }}',
                 ['{{ _("Who") }}', told("What they will do", "What they were going to do"), '{{ _("By when") }}'])
    home_part(w, '{{ _("Your home and school") }}')
    plan_part(w, '{{ _("Your plan") }}')
    pathway_part(w)
    rights_part(w, '{{ _("Your rights") }}')
    people_part(w, '{{ _("Who came and who shared their views") if shared_views else _("Who came") }}')
    closing_part(w, '{{ _("Your next review") }}', '{{ _("Best wishes,") }}')
    return w


def teen() -> Writer:
    w = Writer("teen")
    w.title('{{ _("Your review record, %(name)s", name=child.address) }}')
    opening(w, "{{ greeting }}")
    w.section("views", "{{ views_heading }}", style="Your Words")
    signs_of_safety(w)
    scale_part(w, told("How things are going", "How things were going"), '{{ _("On a scale from 0 to 10:") }}')
    actions_part(w, told("Who will do what, and by when", "Who was going to do what, and by when"),
                 '{{ actions_intro }}',
                 ['{{ _("Who") }}', told("What they will do", "What they were going to do"), '{{ _("By when") }}'])
    home_part(w, '{{ _("Your home and school") }}')
    plan_part(w, '{{ _("Your plan") }}')
    pathway_part(w)
    rights_part(w, '{{ _("Your rights") }}')
    people_part(w, '{{ _("Who came and who shared their views") if shared_views else _("Who came") }}')
    closing_part(w, '{{ _("Your next review") }}', '{{ _("Best wishes,") }}')
    return w


def young_adult() -> Writer:
    w = Writer("young_adult")
    w.title('{{ _("Your review record, %(name)s", name=child.address) }}')
    w.tag("{%p if untranslated_notice %}")
    w.p("{{ untranslated_notice }}", "Notice")
    w.tag("{%p endif %}")
    w.p("{{ greeting }}")
    # Their voice first: what they said comes before anything the adults say.
    w.section("views", "{{ views_heading }}", style="Your Words")
    w.p("{{ about_me }}")
    w.p("{{ participation }}")
    signs_of_safety(w)
    scale_part(w, told("How things are going", "How things were going"), '{{ _("On a scale from 0 to 10:") }}')
    actions_part(w, told("Decisions: who will do what, and by when", "Decisions: who was going to do what, and by when"),
                 '{{ _("Each decision has a named person and a date.") }}',
                 ['{{ _("Who") }}', told("What they will do", "What they were going to do"), '{{ _("By when") }}'])
    home_part(w, '{{ _("Your home") }}')
    plan_part(w, '{{ _("Your plan") }}')
    pathway_part(w)
    rights_part(w, '{{ _("Your rights") }}')
    people_part(w, '{{ _("Who came and who shared their views") if shared_views else _("Who came") }}')
    closing_part(w, '{{ _("Your next review") }}', '{{ _("Best wishes,") }}')
    return w


# --- the feedback part (issue 21): on a page of its own at the end -----------------------

_FACES = (("#FFD54F", "smile"), ("#FFE082", "flat"), ("#90CAF9", "frown"))


def _face(fill: str, mouth: str) -> bytes:
    """One face (happy, in between or sad) for a young child to circle; each has its own
    picture, its label under it in the same table cell, so the two stay together in every
    language and direction."""
    s = 4
    img = Image.new("RGBA", (120 * s, 110 * s), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    cx, cy, r = 60 * s, 55 * s, 45 * s
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline="#263238", width=3 * s)
    for ex in (-16, 16):
        d.ellipse([cx + (ex - 5) * s, cy - 18 * s, cx + (ex + 5) * s, cy - 8 * s], fill="#263238")
    if mouth == "smile":
        d.arc([cx - 22 * s, cy - 2 * s, cx + 22 * s, cy + 30 * s], 20, 160, fill="#263238", width=4 * s)
    elif mouth == "flat":
        d.line([cx - 18 * s, cy + 18 * s, cx + 18 * s, cy + 18 * s], fill="#263238", width=4 * s)
    else:
        d.arc([cx - 22 * s, cy + 14 * s, cx + 22 * s, cy + 46 * s], 200, 340, fill="#263238", width=4 * s)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _faces_row(w: Writer, alt: str = "{{ feedback.faces_alt[%(n)d] }}: {{ feedback.choices[%(n)d] }}",
               label: str = "{{ feedback.choices[%(n)d] }}", after: str = "") -> None:
    """The three faces side by side, each with its word ("Yes", "A bit", "No") under it;
    ``alt`` and ``label`` are filled with each face's number, ``after`` ends the last label."""
    table = w.doc.add_table(rows=1, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for n, (cell, (fill, mouth)) in enumerate(zip(table.rows[0].cells, _FACES)):
        cell.width = Cm(3.5)
        picture = cell.paragraphs[0]
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        shape = picture.add_run().add_picture(io.BytesIO(_face(fill, mouth)), width=Cm(3.2))
        shape._inline.docPr.set("descr", alt % {"n": n})
        words = cell.add_paragraph(label % {"n": n} + (after if n == 2 else ""))
        words.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _writing_lines(w: Writer, count: int) -> None:
    """Empty ruled lines to write on."""
    for _ in range(count):
        paragraph = w.doc.add_paragraph()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "9E9E9E")):
            bottom.set(qn(name), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)
        paragraph.paragraph_format.space_before = Pt(14)  # after pBdr: python-docx keeps the schema's order


def feedback_part(w: Writer) -> None:
    """"Did this letter make sense to you?", what is wrong, what to change, how to send it back and
    the letter's code (rendering/feedback.py; the text is in its own catalog domain, feedback)."""
    w.tag("{%p if feedback %}")
    heading = w.p("{{ feedback.heading }}", "Heading 1")
    heading.paragraph_format.page_break_before = True
    w.p("{{ feedback.sense }}", "Lead In")
    w.p("{{ feedback.how }}")
    w.tag("{%p if feedback.faces %}")
    _faces_row(w)
    w.tag("{%p else %}")
    w.p("\u2610 {{ feedback.choices[0] }}      \u2610 {{ feedback.choices[1] }}      \u2610 {{ feedback.choices[2] }}")
    w.tag("{%p endif %}")
    w.tag("{%p if feedback.draw %}")
    w.p("{{ feedback.draw }}")
    w.tag("{%p endif %}")
    w.p("{{ feedback.wrong }}", "Lead In")
    _writing_lines(w, 3)
    w.p("{{ feedback.change }}", "Lead In")
    _writing_lines(w, 3)
    w.p("{{ feedback.send }}")
    w.p("{{ feedback.code }}")
    w.tag("{%p endif %}")


# --- before the review (issue 21): invitations and consultation booklets -----------------
# Their words come from recordgen/rendering/consult.py (its own catalog domain, consult); these
# lay them out. Written to templates/consult/: invitation.docx, booklet.<band>.docx.

def _consult_writer(band: str) -> Writer:
    """A band's styles and page, with the consultation's own header and footer (no record yet)."""
    w = Writer(band)
    section = w.doc.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = "{{ footer }}"
    return w


def _answer_box(w: Writer, marker: str, height: str) -> None:
    """A bordered box to write or draw in: one cell, at least ``height`` twips tall (from the context).
    Its paragraph carries the answer's marker, which the renderer turns into the bookmark
    answer_<key>: the fillable form step finds the box by it."""
    table = w.doc.add_table(rows=1, cols=1)
    table.style = w.doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = table.rows[0]
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    tr_height = OxmlElement("w:trHeight")
    tr_height.set(qn("w:val"), "{{ %s }}" % height)
    tr_height.set(qn("w:hRule"), "atLeast")
    tr_pr.append(tr_height)
    cell = row.cells[0]
    cell.width = Cm(16.6)
    run = cell.paragraphs[0].add_run("{{ %s }}" % marker)
    run._r.find(qn("w:t")).set(qn("xml:space"), "preserve")
    w.doc.add_paragraph().paragraph_format.space_after = Pt(2)  # space after the box, before the next question


def _consult_notice(w: Writer) -> None:
    """What a reader of part-English papers needs first: how the English is marked, that its translation follows."""
    w.tag("{%p if untranslated_notice %}")
    w.p("{{ untranslated_notice }}", "Notice")
    w.tag("{%p endif %}")


def invitation() -> Writer:
    w = _consult_writer("middle")
    w.title("{{ title }}")
    _consult_notice(w)
    w.p("{{ greeting }}")
    w.tag("{%p for line in lines %}")
    w.p("{{ line }}")
    w.tag("{%p endfor %}")
    w.tag("{%p if invited %}")
    w.p("{{ who_intro }}", "Lead In")
    w.tag("{%p for person in invited %}")
    w.p("{{ person }}", "List Bullet")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")
    w.p("{{ about_me }}")
    w.p("{{ cannot_come }}")
    w.tag("{%p if advocate %}")
    w.p("{{ advocate }}")
    w.tag("{%p endif %}")
    w.tag("{%p if booklet_with %}")
    w.p("{{ booklet_with }}")
    w.tag("{%p endif %}")
    closing = w.p("{{ sign_off }}", "Closing")
    closing.paragraph_format.keep_with_next = True
    w.p("{{ iro.name }}", "Closing")
    return w


def booklet(band: str) -> Writer:
    w = _consult_writer(band)
    w.title("{{ title }}")
    _consult_notice(w)
    w.tag("{%p for line in about %}")
    w.p("{{ line }}")
    w.tag("{%p endfor %}")
    if band in ("early", "young"):
        w.tag("{%p if houses %}")
        for index, picture in enumerate(("good", "worries", "dreams")):
            paragraph = w.doc.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            if index:
                paragraph.paragraph_format.page_break_before = True
            shape = paragraph.add_run().add_picture(io.BytesIO(_house(*HOUSES[picture])), width=Cm(4.5))
            shape._inline.docPr.set("descr", "{{ houses[%d].alt }}" % index)
            w.heading("{{ houses[%d].name }}" % index)
            w.p("{{ houses[%d].prompt }}" % index, "Lead In")
            _answer_box(w, "houses[%d].marker" % index, "houses[%d].height" % index)
        w.tag("{%p endif %}")
        w.tag("{%p if faces %}")
        heading = w.p("{{ faces.how }}", "Lead In")
        heading.paragraph_format.page_break_before = True
        heading.paragraph_format.keep_with_next = True
        _faces_row(w, alt="{{ faces.names[%(n)d] }}", label="{{ faces.names[%(n)d] }}", after="{{ faces.marker }}")
        w.tag("{%p endif %}")
    w.tag("{%p for q in questions %}")
    w.p("{{ q.text }}", "Lead In")
    w.tag("{%p if q.choices %}")
    w.p("{{ q.choices }}{{ q.marker }}")
    w.tag("{%p else %}")
    _answer_box(w, "q.marker", "q.height")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.p("{{ send }}", "Under Table")
    w.p("{{ sign_off }}", "Closing").paragraph_format.keep_with_next = True
    w.p("{{ iro.name }}", "Closing")
    return w


CONSULT_BUILDS = {"invitation": invitation, **{f"booklet.{band}": (lambda band=band: booklet(band)) for band in BANDS}}


# --- writing, never over an edited file ----------------------------------------------

_FINGERPRINT = "recordgen-build"
_CORE = "docProps/core.xml"
_APP = "docProps/app.xml"


def _content_hash(parts: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(parts):
        if name != _CORE:
            digest.update(name.encode() + b"\0" + hashlib.sha256(parts[name]).digest())
    return digest.hexdigest()


def _fingerprinted(data: bytes) -> bytes:
    parts = package.read_parts(data)
    mark = f">{_FINGERPRINT}<".encode()
    assert mark in parts[_CORE]
    parts[_CORE] = parts[_CORE].replace(mark, f">{_FINGERPRINT} sha256:{_content_hash(parts)}<".encode())
    return package.to_bytes(parts)


def _python_docx_app_xml() -> bytes:
    return package.read_parts(_blank_document())[_APP]


def _blank_document() -> bytes:
    buffer = io.BytesIO()
    Document().save(buffer)
    return buffer.getvalue()


def written_by_a_build(path: Path) -> bool:
    """Is the file still exactly as a build wrote it (so a rebuild loses nobody's work)?

    Its content matches the fingerprint it carries. A file from before fingerprints
    (a branch built this morning) counts when its app.xml is still python-docx's own:
    Word and LibreOffice both rewrite app.xml on every save.
    """
    try:
        parts = package.read_parts(path)
    except (OSError, zipfile.BadZipFile):
        return False
    core = parts.get(_CORE, b"").decode("utf-8", "replace")
    found = re.search(_FINGERPRINT + r" sha256:([0-9a-f]{64})", core)
    if found:
        return found.group(1) == _content_hash(parts)
    return _FINGERPRINT not in core and parts.get(_APP) == _python_docx_app_xml()


def _with_feedback(writer: Writer) -> Writer:
    feedback_part(writer)  # issue 21: a separate block, after whatever the band's letter holds
    return writer


BUILDS = {"early": early, "young": young, "middle": middle, "teen": teen, "young_adult": young_adult}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bands", nargs="*", metavar="BAND",
                        help=f"the bands to write (default: all): {', '.join(BUILDS)}")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write to (default: templates/)")
    args = parser.parse_args(argv)
    for band in args.bands:
        if band not in BUILDS:
            parser.error(f"no band '{band}'; the bands are {', '.join(BUILDS)}")
    refused = []
    args.out.mkdir(parents=True, exist_ok=True)
    builds = [(band, lambda band=band: _with_feedback(BUILDS[band]()), args.out / f"{band}.docx")
              for band in args.bands or list(BUILDS)]
    if not args.bands:  # issue 21: the consultation documents, in a folder of their own
        (args.out / "consult").mkdir(exist_ok=True)
        builds += [(name, build, args.out / "consult" / f"{name}.docx") for name, build in CONSULT_BUILDS.items()]
    for _name, build, path in builds:
        data = build().save()
        if path.exists() and path.read_bytes() == data:
            print("unchanged", path)
        elif path.exists() and not written_by_a_build(path):
            refused.append(path)
        else:
            path.write_bytes(data)
            print("wrote", path)
    for path in refused:
        print(f"{path}: not overwritten: it has been edited since a build wrote it (in Word, LibreOffice "
              "or otherwise), and the .docx files are the source. Make the change in the file itself, "
              "or write a fresh starting template elsewhere: --out DIR", file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
