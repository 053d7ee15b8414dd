"""Setting the document language that Word and LibreOffice use for proofing and PDF /Lang."""

from __future__ import annotations

from lxml import etree

from .ns import W_ as _W


def set_document_language(styles_xml: bytes, tag: str) -> bytes:
    """Set the default language (e.g. ``en-GB``) in ``word/styles.xml``."""
    root = etree.fromstring(styles_xml)
    defaults = root.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = etree.SubElement(root, f"{_W}docDefaults")
        root.insert(0, defaults)
    rpr_default = defaults.find(f"{_W}rPrDefault")
    if rpr_default is None:
        rpr_default = etree.Element(f"{_W}rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{_W}rPr")
    if rpr is None:
        rpr = etree.SubElement(rpr_default, f"{_W}rPr")
    lang = rpr.find(f"{_W}lang")
    if lang is None:
        lang = etree.SubElement(rpr, f"{_W}lang")  # w:lang is last in CT_RPr but for a few we never set
    lang.set(f"{_W}val", tag)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
