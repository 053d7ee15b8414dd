"""Every catalog is well formed: hand-kept gendered catalogs are merged as text, and a merge once left
an entry twice (Tigrinya) and a msgctxt with no message (Urdu); gettext's msgfmt refused both, while the
loader took the last of a pair silently."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

CATALOGS = sorted((Path(__file__).parent.parent / "locales").glob("*/LC_MESSAGES/*.po"))


def _entries(text: str):
    """(msgctxt, msgid) of each entry, read as msgfmt reads them: a msgctxt belongs to the msgid after it."""
    context, lines = None, iter(text.splitlines())
    for line in lines:
        if line.startswith("msgctxt "):
            if context is not None:
                yield ("orphan msgctxt", context)
            context = line
        elif line.startswith("msgid "):
            parts = [line[6:]]
            for more in lines:
                if not more.startswith('"'):
                    break
                parts.append(more)
            yield (context, "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "".join(parts))))
            context = None


def test_catalogs_are_found():
    assert len(CATALOGS) >= 12 * 4


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_catalog_is_well_formed(path):
    text = path.read_text(encoding="utf-8")
    entries = list(_entries(text))
    assert [e for e in entries if e[0] == "orphan msgctxt"] == []
    assert [e for e, n in Counter(entries).items() if n > 1] == []
    read_po(io.BytesIO(text.encode("utf-8")), abort_invalid=True)
