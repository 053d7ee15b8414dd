"""Document properties written fresh for each copy, so nothing is left over from a template."""

from __future__ import annotations

import datetime as dt
import os

from .text import attribute_text

CORE_PART = "docProps/core.xml"
APP_PART = "docProps/app.xml"
CUSTOM_PART = "docProps/custom.xml"
THUMBNAIL_PART = "docProps/thumbnail.jpeg"


def copy_timestamp(made: dt.date) -> dt.datetime:
    """When a paper says it was made: SOURCE_DATE_EPOCH if set (as reproducible builds use it), else
    the day the paper prints ("Made on", "Copy made on", "Record written on"), not the review's, a
    future day for a planned one. Never the clock: a copy's bytes are then a function of its inputs
    alone (the made day is one, RECORDGEN_TODAY), so "is this the copy we sent?" is a checksum."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    return dt.datetime(made.year, made.month, made.day, tzinfo=dt.timezone.utc)


def core_properties(*, title: str, author: str, language: str, subject: str = "",
                    when: dt.datetime | None = None) -> bytes:
    stamp = (when or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{attribute_text(title)}</dc:title>"
        f"<dc:subject>{attribute_text(subject)}</dc:subject>"
        f"<dc:creator>{attribute_text(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{attribute_text(author)}</cp:lastModifiedBy>"
        f"<dc:language>{attribute_text(language)}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode("utf-8")


def app_properties(application: str) -> bytes:
    # Only the application name: a template's Company, Manager or statistics stay out.
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{attribute_text(application)}</Application>"
        "</Properties>"
    ).encode("utf-8")
