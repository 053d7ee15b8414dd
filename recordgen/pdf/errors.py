"""Errors of the PDF layer; every message is one plain line fit to show a user."""

from recordgen.errors import Category, RecordgenError


class PdfError(RecordgenError):
    """A PDF copy could not be made."""

    category = Category.PROBLEMS


class LibreOfficeMissing(PdfError):
    """LibreOffice (or its Python bridge) is not installed."""

    category = Category.ENVIRONMENT


class ConversionFailed(PdfError):
    """One document could not be converted, even after a restart and a retry."""


class PdfCheckFailed(PdfError):
    """A file that should be a PDF is missing, empty or unreadable."""
