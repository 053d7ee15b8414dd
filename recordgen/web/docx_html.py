"""A copy's .docx as HTML for the page's preview, by mammoth.

mammoth parses every part of the .docx each time, and half of its time went on the parts
that are the same in every copy made from one template (styles, numbering, content types,
relationships): 8 ms of a 23 ms conversion. Those parsed parts are kept, by their exact
bytes, so a part is parsed again only when it differs; the main document, new at each
keystroke, is always parsed. mammoth's readers do not change a parsed tree (its own
``read`` does, before it returns), so a kept tree gives the same HTML as a fresh one.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict

import mammoth
from mammoth.docx import office_xml

_MAIN_DOCUMENT = "word/document.xml"
_KEPT = 32  # parts: a few templates' worth (bands, council templates)
_parse = office_xml.read
_kept: OrderedDict[bytes, object] = OrderedDict()
_lock = threading.Lock()


def _read_part(fileobj):
    """``office_xml.read``, answered from the parts kept when the bytes are the same."""
    if getattr(fileobj, "name", _MAIN_DOCUMENT) == _MAIN_DOCUMENT:
        return _parse(fileobj)
    data = fileobj.read()
    with _lock:
        tree = _kept.get(data)
        if tree is not None:
            _kept.move_to_end(data)
            return tree
    tree = _parse(io.BytesIO(data))
    with _lock:
        _kept[data] = tree
        while len(_kept) > _KEPT:
            _kept.popitem(last=False)
    return tree


office_xml.read = _read_part


def to_html(docx: bytes) -> str:
    return mammoth.convert_to_html(io.BytesIO(docx)).value
