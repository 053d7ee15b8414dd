"""Laying a rendered copy out right to left, for Arabic, Urdu, Pashto, Dari and Sorani.

Word and LibreOffice need four things before Arabic-script text reads right:

* paragraph direction (``w:pPr/w:bidi``): which margin lines start from,
  where list numbers and the final full stop go;
* run direction (``w:rPr/w:rtl``) and the bidi language (``w:lang/@w:bidi``),
  so neutral characters (punctuation, digits, brackets) take the right side;
* table direction (``w:tblPr/w:bidiVisual``) and section direction
  (``w:sectPr/w:bidi``): first column on the right, page layout mirrored;
* a complex-script font that has the script (``w:rFonts/@w:cs``), with the
  complex-script twins of size, bold and italic (``w:szCs``, ``w:bCs``,
  ``w:iCs``): Word sizes and weights Arabic-script text by these alone.

Alignment (``w:jc``) and indents are left as they are: in a ``w:bidi``
paragraph Word and LibreOffice read ``left``/``right`` as the start and end
of the line, so a template's alignment mirrors by itself. The running header
is the exception: set at the end of the line (the top right of an English
page), it would sit top left; it goes to the start, the top right, where a
right-to-left reader begins the page.

A paragraph of English prose (a sentence left untranslated, the English half of
a bilingual item) stays left to right so its full stop stays at its end; a
paragraph that states its direction (``<w:bidi w:val="0"/>`` or ``<w:bidi/>``)
keeps it. A name or an address standing alone in Latin letters (the IRO's name
under the sign-off; a name in the actions table) takes the
copy's direction, so it sits on the reading side.

Left-to-right values inside right-to-left text (a phone number, an address, a
postcode, an email, a case number, a date written with digits, a name in Latin
letters) are isolated: the bidi algorithm would otherwise resolve the spaces
between their parts as right to left and swap the parts ("01724 296000" shown
as "296000 01724", a house number moved to the end of its address). Each such
value gets a run of its own without ``w:rtl`` and a LEFT-TO-RIGHT MARK (U+200E)
on each side. Both Word and LibreOffice honour LRM (ECMA-376 Annex I.7 says a
consumer resolves weak and neutral types around it); the isolates LRI/PDI
(U+2066/U+2069) are newer than Word's bidi support and Word may draw them as
visible marks, so they are not used.

Children must be inserted in the order the schema gives (CT_PPr, CT_RPr,
CT_TblPr, CT_SectPr are sequences); Word refuses a file with them out of order.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from typing import Callable, Iterable

from lxml import etree

from ..i18n import digit_table
from ..i18n.languages import font_for_language, is_right_to_left
from .ns import COMMENTS_PART, TEXT_PART
from .ns import W_ as _W


#: Language tags written in ``w:lang/@w:bidi`` (Dari is Persian as written in Afghanistan).
_BIDI_LANGUAGE_TAG = {"fa": "fa-AF", "prs": "fa-AF"}

# Schema order of the children we add, with the elements that may precede or follow them.
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange",
]
_RPR_ORDER = [
    "ins", "del", "moveFrom", "moveTo",  # only in a paragraph mark's rPr
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
]
_TBLPR_ORDER = [
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
    "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
    "tblLook", "tblCaption", "tblDescription", "tblPrChange",
]
_SECTPR_ORDER = [
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
]
_RPR_DEFAULT_ORDER = ["rPrDefault", "pPrDefault"]

_SYMBOL_FONTS = {"Symbol", "Wingdings", "Wingdings 2", "Wingdings 3", "Webdings"}
_FALSE = {"0", "false", "off"}
LRM = "\u200e"
RLM = "\u200f"
#: Paragraph styles that always stay left to right (the English half of a bilingual item).
_LEFT_TO_RIGHT_STYLES = frozenset({"EnglishAlongside"})


def complex_script_font(language: str) -> str:
    """The font with the script: Noto Nastaliq Urdu for Urdu, Noto Naskh Arabic for the others."""
    return font_for_language(language.replace("_", "-"))


def bidi_language_tag(language: str) -> str:
    parts = language.replace("_", "-").split("-")
    primary = parts[0].lower()
    if len(parts) == 1 and primary in _BIDI_LANGUAGE_TAG:
        return _BIDI_LANGUAGE_TAG[primary]
    return "-".join([primary, *parts[1:]])


# ------------------------------------------------------------------ XML helpers

def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


#: Each schema order as ranks, looked up for every property a copy sets.
_RANKS: dict[int, dict[str, int]] = {}


def _ranks(order: list[str]) -> dict[str, int]:
    ranks = _RANKS.get(id(order))
    if ranks is None:
        ranks = _RANKS[id(order)] = {name: rank for rank, name in enumerate(order)}
    return ranks


def _insert_in_order(parent: etree._Element, child: etree._Element, order: list[str]) -> etree._Element:
    """Insert ``child`` before the first sibling the schema puts after it.

    Unknown elements (extensions such as w14:*) are treated as coming last.
    """
    ranks = _ranks(order)
    rank = ranks[_local(child)]
    for index, sibling in enumerate(parent):
        tag = sibling.tag
        if not isinstance(tag, str):
            continue
        sibling_rank = ranks.get(tag[len(_W):], len(order)) if tag.startswith(_W) else len(order)
        if sibling_rank > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _child(parent: etree._Element, name: str, order: list[str]) -> etree._Element:
    """The ``w:name`` child of ``parent``, created in schema order when missing."""
    found = parent.find(_W + name)
    if found is None:
        found = _insert_in_order(parent, etree.Element(_W + name), order)
    return found


def _first_child(parent: etree._Element, name: str) -> etree._Element:
    """``w:pPr`` of a paragraph, ``w:rPr`` of a run: these must be the first child."""
    found = parent.find(_W + name)
    if found is None:
        found = etree.Element(_W + name)
        parent.insert(0, found)
    return found


def _set_on(element: etree._Element) -> None:
    """A boolean property switched on: no ``w:val`` means true."""
    element.attrib.pop(_W + "val", None)


def _is_off(element: etree._Element | None) -> bool:
    return element is not None and element.get(_W + "val", "true").lower() in _FALSE


# ------------------------------------------------------------------ text direction

class _CharClasses(dict):
    """A str.translate table that classifies each character once, on first sight: the
    per-character Python loop was most of a right-to-left copy's time."""

    def __init__(self, classify: Callable[[str], str]):
        super().__init__()
        self._classify = classify

    def __missing__(self, code: int) -> str:
        value = self[code] = self._classify(chr(code))
        return value


def _direction_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    return "R" if kind in ("R", "AL") else "L" if kind == "L" else ""


_DIRECTIONS = _CharClasses(_direction_class)


def _strong_direction(text: str) -> tuple[bool, bool]:
    """(has right-to-left letters, has left-to-right letters) in ``text``."""
    kinds = text.translate(_DIRECTIONS)
    return "R" in kinds, "L" in kinds


def _text_of(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(_W + "t"))


def _paragraph_style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(_W + "val", "") if style is not None else ""


def _paragraph_is_rtl(paragraph: etree._Element) -> bool:
    ppr = paragraph.find(_W + "pPr")
    stated = ppr.find(_W + "bidi") if ppr is not None else None
    if stated is not None:
        return not _is_off(stated)
    style = _paragraph_style(paragraph)
    if style in _LEFT_TO_RIGHT_STYLES:
        return False
    text = _own_text(paragraph)
    rtl, ltr = _strong_direction(text)
    return rtl or not ltr or not _reads_as_a_sentence(text)


def _reads_as_a_sentence(text: str) -> bool:
    """Latin-letter text that is English prose (keeps left to right, its full stop at its
    end), not a name or an address standing alone (which sits on the copy's reading side)."""
    text = text.strip()
    return text.endswith((".", "!", "?", ":", ";", "…")) or len(text.split()) > 6


def _own_texts(paragraph: etree._Element) -> list[etree._Element]:
    """This paragraph's ``w:t`` elements, not those of paragraphs nested in its text boxes."""
    return [t for t in paragraph.iter(_W + "t") if next(t.iterancestors(_W + "p")) is paragraph]


def _own_text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in _own_texts(paragraph))


# ------------------------------------------------------------------ left-to-right values

# A value is a sequence of tokens (Latin letters, Western digits) joined by the
# spaces and punctuation that phone numbers, addresses, emails and dates use.
_VALUE_SEPARATORS = frozenset(" \u00a0\u202f\u2009,./-\u2010\u2011\u2013:@+#&'\u2019_()")
_VALUE = re.compile(r"T+(?:S+T+)*")


def _is_latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char < "\u1f00"


def _value_class(char: str, latin_only: bool) -> str:
    if char in "0123456789" or (char != LRM and unicodedata.bidirectional(char) == "L"
                                and (not latin_only or _is_latin(char))):
        return "T"
    return "S" if char in _VALUE_SEPARATORS else "X"


_VALUE_CLASSES = {latin_only: _CharClasses(lambda char, latin_only=latin_only: _value_class(char, latin_only))
                  for latin_only in (False, True)}


def _value_classes(text: str, latin_only: bool) -> str:
    """One letter per character: T (part of a token), S (may join tokens), X (anything else)."""
    return text.translate(_VALUE_CLASSES[latin_only])


def left_to_right_values(text: str, latin_only: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each left-to-right value in ``text`` that the bidi algorithm could
    lay out wrongly inside right-to-left text: several tokens ("01724 296000",
    "7 Station Road", "ruth.okafor@example.gov.uk", "31/03/2026") or letters with
    digits ("TS1"). A lone word or number is laid out right without help. With
    ``latin_only``, letters of other left-to-right scripts (the copy's own) are not values."""
    spans = []
    for match in _VALUE.finditer(_value_classes(text, latin_only)):
        start, end = match.span()
        value = text[start:end]
        several = "S" in match.group()
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if several or mixed:
            spans.append((start, end))
    return spans


def _is_isolated(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] == LRM and end < len(text) and text[end] == LRM


def _plain_text_run(run: etree._Element) -> bool:
    """A run holding nothing but its properties and one piece of text: safe to split."""
    children = [c for c in run if isinstance(c.tag, str)]
    names = [_local(c) for c in children]
    return names in (["t"], ["rPr", "t"])


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _value_mask(text: str, latin_only: bool = False) -> list[bool]:
    inside = [False] * len(text)
    for start, end in left_to_right_values(text, latin_only):
        inside[start:end] = [True] * (end - start)
    return inside


def _in_page_field(text: etree._Element) -> bool:
    """A page number or count (a PAGE or NUMPAGES field's result): the copy's own number, in its
    digits even where the line reads as a value ("1 / 2" in a consultation paper's footer)."""
    for ancestor in text.iterancestors(_W + "fldSimple"):
        return (ancestor.get(_W + "instr") or "").split()[:1] in (["PAGE"], ["NUMPAGES"])
    return False


def _localise_paragraph(texts: list[etree._Element], table: dict[int, str], latin_only: bool,
                        as_said: tuple[str, ...] = ()) -> None:
    """The copy's own numbers in the copy's digits; digits inside values, and in the child's own
    words (``as_said``: "I am 12" stays as the child said it), stay as written."""
    whole = "".join(t.text or "" for t in texts)
    inside = _value_mask(whole, latin_only)
    for words in as_said:
        start = whole.find(words)
        while start >= 0:
            inside[start:start + len(words)] = [True] * len(words)
            start = whole.find(words, start + len(words))
    offset = 0
    for t in texts:
        text = t.text or ""
        mask = inside[offset:offset + len(text)]
        if True in mask and not _in_page_field(t):
            t.text = "".join(c if kept else c.translate(table) for c, kept in zip(text, mask))
        else:
            t.text = text.translate(table)
        offset += len(text)


def _isolate_values(paragraph: etree._Element, localise: dict[int, str] | None,
                    as_said: tuple[str, ...] = ()) -> None:
    """Write the copy's own numbers in its digits, then give each left-to-right value of a
    right-to-left paragraph LRMs and runs of its own. Values are found again after the
    digits change (a digit now Western may join a value), which keeps a second pass a no-op."""
    texts = _own_texts(paragraph)
    if localise:
        _localise_paragraph(texts, localise, latin_only=False, as_said=as_said)
    whole = "".join(t.text or "" for t in texts)
    spans = [s for s in left_to_right_values(whole) if not _is_isolated(whole, *s)]
    if not spans:
        return
    inside = [False] * len(whole)
    for start, stop in spans:
        inside[start:stop] = [True] * (stop - start)
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    offset = 0
    for t in texts:
        text = t.text or ""
        begin, offset = offset, offset + len(text)
        # Cut the text where a value starts or ends.
        cuts = sorted({0, len(text)} | {p - begin for p in starts | ends if begin < p < begin + len(text)})
        pieces = []
        for a, b in zip(cuts, cuts[1:]):
            piece = text[a:b]
            if inside[begin + a] and begin + a in starts:
                piece = LRM + piece
            if inside[begin + a] and begin + b in ends:
                piece += LRM
            pieces.append(piece)
        run = t.getparent()
        if len(pieces) > 1 and _local(run) == "r" and _plain_text_run(run):
            for piece in pieces[1:][::-1]:
                copy = etree.fromstring(etree.tostring(run))
                _set_text(copy.find(_W + "t"), piece)
                run.addnext(copy)
            _set_text(t, pieces[0])
        else:
            _set_text(t, "".join(pieces))


# ------------------------------------------------------------------ run properties

def _complex_script_twins(rpr: etree._Element) -> None:
    """Give bold, italic and size their complex-script twins, which Arabic script uses."""
    for latin, twin in (("b", "bCs"), ("i", "iCs")):
        source = rpr.find(_W + latin)
        if source is not None and rpr.find(_W + twin) is None:
            copy = _insert_in_order(rpr, etree.Element(_W + twin), _RPR_ORDER)
            if _W + "val" in source.attrib:
                copy.set(_W + "val", source.get(_W + "val"))
    size = rpr.find(_W + "sz")
    if size is not None and rpr.find(_W + "szCs") is None:
        _insert_in_order(rpr, etree.Element(_W + "szCs"), _RPR_ORDER).set(_W + "val", size.get(_W + "val", "22"))


def _set_font(rpr: etree._Element, font: str, force: bool) -> None:
    """Point the complex-script slot at ``font``; a theme font there would override it."""
    fonts = rpr.find(_W + "rFonts")
    if fonts is None:
        if not force:
            return
        fonts = _insert_in_order(rpr, etree.Element(_W + "rFonts"), _RPR_ORDER)
    fonts.attrib.pop(_W + "cstheme", None)
    fonts.set(_W + "cs", font)


def _set_bidi_language(rpr: etree._Element, tag: str) -> None:
    _child(rpr, "lang", _RPR_ORDER).set(_W + "bidi", tag)


def _run_properties(rpr: etree._Element, font: str, tag: str, rtl: bool) -> None:
    _complex_script_twins(rpr)
    _set_font(rpr, font, force=False)
    if rtl:
        _set_on(_child(rpr, "rtl", _RPR_ORDER))
    _set_bidi_language(rpr, tag)


# ------------------------------------------------------------------ parts

#: Paragraphs already laid out, by language and their XML: most of a copy is the template's
#: own sentences, the same in every copy of a language and band.
_LAID_OUT: OrderedDict[tuple[tuple, bytes], etree._Element] = OrderedDict()
#: Least recently used first out: the template's sentences come back in every copy of their
#: language and band and stay; the paragraphs of one copy's own values (a name, a date) are
#: seen once and leave. About 6 KB each (a parsed tree): a long batch's memory stays flat.
_LAID_OUT_KEPT = 2_000
_laid_out_lock = threading.Lock()


@functools.lru_cache(maxsize=64)
def _layout_settings(font: str, tag: str, digits: tuple | None) -> tuple:
    """One tuple for each language's settings, shared by every key that holds it (built anew for
    each copy, the digits' table was 1.3 KB in each key kept)."""
    return (font, tag, digits)


def _content_part(root: etree._Element, font: str, tag: str, digits: dict[int, str] | None = None,
                  as_said: tuple[str, ...] = ()) -> None:
    settings = _layout_settings(font, tag, tuple(sorted(digits.items())) if digits else None)
    put_back: list[tuple[etree._Element, etree._Element]] = []
    for paragraph in list(root.iter(_W + "p")):
        # The child's words it holds, whose digits stay: part of what its layout depends on.
        kept = _words_in(paragraph, as_said)
        # A paragraph's layout depends on nothing outside it (one holding a text box's
        # paragraphs is laid out afresh). Put back in the part, the copy's namespace
        # declarations already in scope are dropped from it, so the bytes are the same.
        key = (settings, kept, etree.tostring(paragraph)) if paragraph.find(f".//{_W}p") is None else None
        if key:
            with _laid_out_lock:
                done = _LAID_OUT.get(key)
                if done is not None:
                    _LAID_OUT.move_to_end(key)
            if done is not None:
                put_back.append((paragraph, done))
                continue
        _lay_out_paragraph(paragraph, font, tag, digits, kept)
        if key:
            done = _kept_tree(etree.tostring(paragraph))
            with _laid_out_lock:
                _LAID_OUT[key] = done
                while len(_LAID_OUT) > _LAID_OUT_KEPT:
                    _LAID_OUT.popitem(last=False)
            put_back.append((paragraph, done))
    _put_back(put_back)
    _lay_out_tables_and_sections(root)


def _kept_tree(laid_out: bytes) -> etree._Element:
    """A laid-out paragraph as kept: parsed from its bytes (an emptied text is <w:t/> either way,
    so a copy's bytes never depend on what was laid out before it), under a parent declaring
    its namespaces, so a copy of it declares only those it uses (put back in the part, each
    declaration had to be found redundant and dropped)."""
    paragraph = etree.fromstring(laid_out)
    holder = etree.Element("kept", nsmap=paragraph.nsmap)
    holder.append(paragraph)
    return paragraph


def _put_back(paragraphs: list[tuple[etree._Element, etree._Element]]) -> None:
    """Each paragraph replaced by a copy of its layout: copying the kept tree is a fifth of the
    cost of parsing its bytes again (each paragraph's bytes declare every namespace of the part).
    No paragraph here holds another (those are laid out in place), so the order does not matter."""
    for paragraph, done in paragraphs:
        paragraph.getparent().replace(paragraph, done.__copy__())  # a deep copy, without copy.deepcopy's memo


def _words_in(paragraph: etree._Element, as_said: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``as_said`` (the child's own words) that ``paragraph`` holds."""
    if not as_said:
        return ()
    text = _own_text(paragraph)
    return tuple(words for words in as_said if words in text)


def _split_off_after_isolates(paragraph: etree._Element) -> None:
    """What follows a run's last LRM, outside the left-to-right text it closes (the "]" of
    "[بالإنجليزية: ‎... there.‎]", and any right-to-left words after it), in a run of its own that
    takes the paragraph's direction. Left in the English's run (no ``w:rtl``), Word drew that "]"
    left to right, unmirrored, while the "[" in its ``w:rtl`` run was mirrored: "[ … [" where a
    pair belongs. The English's own full stop stays before the LRM, at the end of the English."""
    for t in _own_texts(paragraph):
        text = t.text or ""
        end = text.rfind(LRM) + 1
        run = t.getparent()
        if not 0 < end < len(text) or _strong_direction(text[end:])[1] or _local(run) != "r" \
                or not _plain_text_run(run):
            continue
        after = etree.fromstring(etree.tostring(run))
        _set_text(after.find(_W + "t"), text[end:])
        run.addnext(after)
        _set_text(t, text[:end])


def _lay_out_paragraph(paragraph: etree._Element, font: str, tag: str, digits: dict[int, str] | None,
                       as_said: tuple[str, ...] = ()) -> None:
    rtl = _paragraph_is_rtl(paragraph)
    if rtl:
        _isolate_values(paragraph, digits, as_said)
        _split_off_after_isolates(paragraph)
    ppr = _first_child(paragraph, "pPr")
    bidi = _child(ppr, "bidi", _PPR_ORDER)
    if rtl:
        _set_on(bidi)
    else:
        bidi.set(_W + "val", "0")
    # The paragraph mark has run properties too: its size and direction shape an empty line.
    _run_properties(_child(ppr, "rPr", _PPR_ORDER), font, tag, rtl)
    for run in paragraph.iter(_W + "r"):
        if next(run.iterancestors(_W + "p")) is not paragraph:
            continue  # a run in a text box's own paragraph: handled with that paragraph
        has_rtl, has_ltr = _strong_direction(_text_of(run))
        # w:rtl must not be put on strongly left-to-right text (ECMA-376 17.3.2.30).
        _run_properties(_first_child(run, "rPr"), font, tag, rtl and (has_rtl or not has_ltr))


def _lay_out_tables_and_sections(root: etree._Element) -> None:
    for table in root.iter(_W + "tbl"):
        tblpr = table.find(_W + "tblPr")
        if tblpr is None:
            tblpr = etree.Element(_W + "tblPr")
            grid = table.find(_W + "tblGrid")
            if grid is not None:
                grid.addprevious(tblpr)
            else:
                table.insert(0, tblpr)
        _set_on(_child(tblpr, "bidiVisual", _TBLPR_ORDER))
    for section in root.iter(_W + "sectPr"):
        _set_on(_child(section, "bidi", _SECTPR_ORDER))
    _mirror_borders(root)


def _styles_part(root: etree._Element, font: str, tag: str, digits: dict[int, str] | None = None) -> None:
    defaults = root.find(_W + "docDefaults")
    if defaults is None:
        defaults = etree.Element(_W + "docDefaults")
        root.insert(0, defaults)
    rpr_default = _child(defaults, "rPrDefault", _RPR_DEFAULT_ORDER)
    rpr = rpr_default.find(_W + "rPr")
    if rpr is None:
        rpr = etree.SubElement(rpr_default, _W + "rPr")
    _set_font(rpr, font, force=True)
    size = rpr.find(_W + "sz")
    if size is None:
        # Word's own default is 10 pt when nothing says otherwise; say 11 pt for both slots.
        size = _insert_in_order(rpr, etree.Element(_W + "sz"), _RPR_ORDER)
        size.set(_W + "val", "22")
    size_cs = _child(rpr, "szCs", _RPR_ORDER)
    size_cs.set(_W + "val", size.get(_W + "val"))
    _set_bidi_language(rpr, tag)
    # Every style's own fonts, sizes and weights: a heading style's 16 pt bold must
    # reach Arabic-script text too.
    for style_rpr in root.iter(_W + "rPr"):
        if style_rpr is rpr or style_rpr.getparent().tag == _W + "pPr":
            continue  # the defaults (done above); a paragraph mark's rPr in a style is like any other
        _complex_script_twins(style_rpr)
        _set_font(style_rpr, font, force=False)
        lang = style_rpr.find(_W + "lang")
        if lang is not None:
            lang.set(_W + "bidi", tag)
    _mirror_borders(root)


_PBDR_ORDER = ["top", "left", "bottom", "right", "between", "bar"]


def _mirror_borders(root: etree._Element) -> None:
    """A paragraph's left and right borders are physical sides, unlike its indents, which
    Word and LibreOffice mirror in right-to-left paragraphs: swap them so a rule meant to
    stand at the start of the text still does."""
    for borders in root.iter(_W + "pBdr"):
        sides = {_local(child): child for child in borders if _local(child) in ("left", "right")}
        for side, child in sides.items():
            borders.remove(child)
            child.tag = _W + ("right" if side == "left" else "left")
        for child in sides.values():
            _insert_in_order(borders, child, _PBDR_ORDER)


def _numbering_part(root: etree._Element, font: str, tag: str, digits: dict[int, str] | None = None) -> None:
    # List numbers in an RTL paragraph are drawn with the level's run properties.
    for rpr in root.iterfind(f"{_W}abstractNum/{_W}lvl/{_W}rPr"):
        _complex_script_twins(rpr)
        fonts = rpr.find(_W + "rFonts")
        # Bullet glyphs live in symbol fonts at private code points; those keep their font.
        if fonts is None or fonts.get(_W + "ascii") not in _SYMBOL_FONTS:
            _set_font(rpr, font, force=True)


def _is_text_part(name: str) -> bool:
    return bool(TEXT_PART.fullmatch(name)) or name == COMMENTS_PART


def make_rtl(part_name: str, xml: bytes, language: str, as_said: tuple[str, ...] = ()) -> bytes:
    """``xml`` of one package part laid out right to left for ``language``; the digits of
    ``as_said`` (the child's own words) kept as written.

    Parts that carry no text or formatting come back unchanged, so a caller
    may pass every ``.xml`` part of a copy.
    """
    name = part_name.lstrip("/")
    if _is_text_part(name):
        apply = functools.partial(_content_part, as_said=as_said)
    elif name in ("word/styles.xml", "word/stylesWithEffects.xml"):
        apply = _styles_part
    elif name == "word/numbering.xml":
        apply = _numbering_part
    else:
        return xml
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False, huge_tree=True)
    root = etree.fromstring(xml, parser)
    apply(root, complex_script_font(language), bidi_language_tag(language), digit_table(language))
    if _HEADER_PART.fullmatch(name):
        _header_at_the_start(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_HEADER_PART = re.compile(r"word/header\d*\.xml")
#: Paragraph styles a running header takes its end-of-line alignment from (templates/*.docx).
_HEADER_STYLES = frozenset({"CopyLabel"})


def _header_at_the_start(root: etree._Element) -> None:
    """A header paragraph aligned to the end of the line (``right``, or the stock Copy Label
    style's) aligned to its start: in a right-to-left paragraph, the page's top right."""
    for paragraph in root.iter(_W + "p"):
        ppr = _first_child(paragraph, "pPr")
        if _is_off(ppr.find(_W + "bidi")) or ppr.find(_W + "bidi") is None:
            continue  # a left-to-right line keeps its side
        jc = ppr.find(_W + "jc")
        if jc is None and _paragraph_style(paragraph) in _HEADER_STYLES:
            jc = _child(ppr, "jc", _PPR_ORDER)
            jc.set(_W + "val", "right")
        if jc is not None and jc.get(_W + "val") in ("right", "end"):
            jc.set(_W + "val", "left" if jc.get(_W + "val") == "right" else "start")


def _localise_digits_part(xml: bytes, table: dict[int, str], as_said: tuple[str, ...] = ()) -> bytes:
    """A left-to-right copy in a language with digits of its own (Bengali): the copy's
    numbers in those digits, values quoted from the record, the child's own words and
    English text as written."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False, huge_tree=True)
    root = etree.fromstring(xml, parser)
    _localise_digits_root(root, table, as_said)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _localise_digits_root(root: etree._Element, table: dict[int, str], as_said: tuple[str, ...] = ()) -> None:
    for paragraph in root.iter(_W + "p"):
        if _paragraph_style(paragraph) not in _LEFT_TO_RIGHT_STYLES:
            _localise_paragraph(_own_texts(paragraph), table, latin_only=True,
                                as_said=_words_in(paragraph, as_said))


def copy_transform(language: str, as_said: Iterable[str] = ()) -> Callable[[str, bytes], bytes] | None:
    """What a copy in ``language`` needs done to its parts: right-to-left layout, its own
    digits, or nothing. ``as_said``: texts the copy shows as someone said them (the child's
    own words), whose digits are never the copy's: "I am 12" stays as the child said it."""
    # Only words with a digit in them need keeping.
    kept = tuple(dict.fromkeys(words for words in as_said if any(c.isdigit() for c in words)))
    table = digit_table(language)
    if is_right_to_left(language):
        # The child's words are in the body only: the other parts, kept, depend on nothing else.
        transform = kept_parts(language, lambda name, xml: make_rtl(
            name, xml, language, kept if name == "word/document.xml" else ()))
        font, tag = complex_script_font(language), bidi_language_tag(language)
        # The same for the body's tree, for a caller that has it parsed (not parsed again).
        transform.body = lambda root: _content_part(root, font, tag, table, as_said=kept)
        return transform
    if table is None:
        return None
    transform = kept_parts(language, lambda name, xml: _localise_digits_part(
        xml, table, kept if name == "word/document.xml" else ()) if _is_text_part(name) else xml)
    transform.body = lambda root: _localise_digits_root(root, table, kept)
    return transform


#: Parts other than the body as laid out, by what was done, the part's name and its bytes:
#: styles, numbering, headers and footers are the same in every copy of a band and language,
#: and laying them out again was a sixth of a right-to-left copy. A layout is a function of
#: these alone (paragraphs from ``_LAID_OUT`` are the same bytes as laid out afresh).
_PARTS_DONE: OrderedDict[tuple[str, str, bytes], bytes] = OrderedDict()
_PARTS_DONE_LIMIT = 4 * 1024 * 1024  # bytes of parts kept, before and after (a footer naming its reader is new each copy)
_parts_done_bytes = 0
_parts_done_lock = threading.Lock()


def forget_kept_layouts() -> None:
    """Empty what is kept of laid-out parts and paragraphs (with its byte count), so the next
    copy is laid out afresh."""
    global _parts_done_bytes
    with _parts_done_lock:
        _PARTS_DONE.clear()
        _parts_done_bytes = 0
    with _laid_out_lock:
        _LAID_OUT.clear()


def kept_parts(kind: str, transform: Callable[[str, bytes], bytes]) -> Callable[[str, bytes], bytes]:
    """``transform`` (which must depend on nothing but ``kind``, a part's name and bytes), its
    results kept for every part but the body, which differs in every copy."""

    def transform_kept(name: str, xml: bytes) -> bytes:
        global _parts_done_bytes
        if name == "word/document.xml":
            return transform(name, xml)
        key = (kind, name, xml)
        with _parts_done_lock:
            done = _PARTS_DONE.get(key)
            if done is not None:
                _PARTS_DONE.move_to_end(key)
                return done
        done = transform(name, xml)
        with _parts_done_lock:
            if key not in _PARTS_DONE:
                _PARTS_DONE[key] = done
                _parts_done_bytes += len(xml) + len(done)
                while _parts_done_bytes > _PARTS_DONE_LIMIT:
                    (_, _, before), after = _PARTS_DONE.popitem(last=False)
                    _parts_done_bytes -= len(before) + len(after)
        return done
    return transform_kept


def make_rtl_parts(parts: dict[str, bytes], language: str) -> dict[str, bytes]:
    """Every part of a copy, with make_rtl applied to those it concerns."""
    return {name: make_rtl(name, data, language) if name.endswith(".xml") else data
            for name, data in parts.items()}
