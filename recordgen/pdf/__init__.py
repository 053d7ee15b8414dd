"""PDF and PDF/A copies of .docx records, made by a pool of LibreOffice converters."""

from recordgen.pdf.checks import PdfFacts, read_pdf_facts, verify_pdf
from recordgen.pdf.converter import ConverterPool, find_soffice, find_uno_python, start_pool
from recordgen.pdf.errors import ConversionFailed, LibreOfficeMissing, PdfCheckFailed, PdfError
from recordgen.pdf.fonts import missing_font_families

__all__ = [
    "ConversionFailed",
    "ConverterPool",
    "LibreOfficeMissing",
    "PdfCheckFailed",
    "PdfError",
    "PdfFacts",
    "find_soffice",
    "find_uno_python",
    "missing_font_families",
    "read_pdf_facts",
    "start_pool",
    "verify_pdf",
]
