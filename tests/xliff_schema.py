"""The strict XLIFF 1.2 schema (OASIS), as Debian's php-symfony-translation ships it,
for checking every export; see tests/schemas/LICENSE.md for where it comes from."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "schemas"


class _LocalXmlXsd(etree.Resolver):
    """The schema imports xml.xsd from the W3C's site; use the copy next to it, offline."""

    def resolve(self, url, pubid, context):
        if url and url.endswith("/xml.xsd"):
            return self.resolve_filename(str(SCHEMAS / "xml.xsd"), context)
        return None


@lru_cache(maxsize=1)
def strict_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalXmlXsd())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff-core-1.2-strict.xsd"), parser))


def schema_errors(data: bytes) -> list[str]:
    """Every way ``data`` breaks the strict XLIFF 1.2 schema, as "line N: message"."""
    schema = strict_schema()
    if schema.validate(etree.fromstring(data)):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
