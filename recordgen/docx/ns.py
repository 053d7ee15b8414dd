"""WordprocessingML names used across recordgen/docx (as python-docx keeps oxml/ns.py)."""

from __future__ import annotations

import re

#: The main WordprocessingML namespace (ECMA-376 part 1, the ``w:`` prefix).
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: ``W_ + "p"`` is lxml's Clark notation for ``w:p``.
W_ = "{%s}" % W

#: The parts that hold a document's text: the body, headers, footers and notes.
#: Match a part name with ``TEXT_PART.fullmatch(name)``.
TEXT_PART = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
#: Comments hold text too, but nothing recordgen writes goes there.
COMMENTS_PART = "word/comments.xml"
