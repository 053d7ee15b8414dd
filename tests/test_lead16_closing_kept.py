"""Blind review 27, findings 17 and 18: a long closing (the next review, the sign-off, who was sent a
copy: one paragraph, kept whole when short) was let split anywhere, so an Urdu young adult's copy had
"Best wishes, Grace Obi" at the foot of a page and "Your Independent Reviewing Officer" with the copy
list alone on the next, and a Welsh copy left "A copy of this record was sent to:" at a page's foot.
Now each part is a paragraph of its own: a long next-review text may split and keeps with the sign-off,
and the sign-off, and the lead-in with its list, are each kept whole."""

from __future__ import annotations

from lxml import etree

from recordgen import api
from recordgen.docx import package
from recordgen.docx.ns import W_

from recordfiles import AHMAD, SAM, write_record


def _closings(path, who="child"):
    loaded = api.load_record(path)
    data = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, who)).data
    body = etree.fromstring(package.read_parts(data)["word/document.xml"])
    return [p for p in body.iter(W_ + "p") if p.find(f"{W_}pPr/{W_}pStyle[@{W_}val='Closing']") is not None]


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(W_ + "t"))


def _on(paragraph, name: str) -> bool | None:
    found = paragraph.find(f"{W_}pPr/{W_}{name}")
    return None if found is None else found.get(W_ + "val") not in ("0", "false")


def test_a_long_closing_is_split_into_its_parts_each_kept_as_it_needs(tmp_path):
    # 17 at the review and 18 before the next: the long "After you turn 18" text, in Pashto and English.
    path = write_record(tmp_path, lambda data: data["child"].update(date_of_birth="2008-03-01"), base=AHMAD)
    next_review, sign_off, sent_to = _closings(path)
    assert "Ruth Okafor" in _text(sign_off) and "Ruth Okafor" not in _text(next_review)
    assert "Tom Hughes" in _text(sent_to) and "Tom Hughes" not in _text(sign_off)
    assert len(_text(next_review)) > 300 and _on(next_review, "keepLines") is False  # may split
    assert _on(next_review, "keepNext") and _on(sign_off, "keepNext")  # its end goes over with the sign-off
    assert _on(sign_off, "keepLines") is None and _on(sent_to, "keepLines") is None  # whole, as the style says
    # No blank line is left at a part's start or end: the paragraphs' spacing stands for it.
    for part in (next_review, sign_off, sent_to):
        runs = [r for r in part.iter(W_ + "r") if r.find(W_ + "t") is not None and (r.find(W_ + "t").text or "")]
        assert runs and part.find(W_ + "r").find(W_ + "br") is None


def test_a_short_closing_stays_one_paragraph_kept_whole(tmp_path):
    path = write_record(tmp_path, lambda data: data.update(distribution=data["distribution"][:1]), base=SAM)
    (closing,) = _closings(path)
    assert len(_text(closing)) <= 300 and _on(closing, "keepLines") is None
