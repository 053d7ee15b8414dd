"""The covering message for any name, contact or language: one recipient, literal text, valid headers."""

from __future__ import annotations

import email
import email.policy
import html as html_module
import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st

from recordgen.distribution.message import build_message, covering_note, plain_text
from recordgen.record.loading import load_record

from conftest import examples
from recordfiles import SAM

LOADED = load_record(SAM)
NAMES = st.text(min_size=1, max_size=60).filter(lambda t: t.strip())


@settings(max_examples=examples(150), suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, iro=NAMES, phone=st.text(max_size=30),
       language=st.sampled_from(["en", "ar", "ur", "pl", "cy", "ti", "ckb", "fa"]))
def test_any_name_stays_data_in_one_message_to_one_person(name, iro, phone, language):
    record = LOADED.record.model_copy(deep=True)
    record.review.chair.name = iro
    record.review.chair.phone = phone or None
    recipient = record.distribution[1].model_copy(update={"name": name, "email": "amina@example.org"})
    note = covering_note(record, recipient, language, "reviews@council.example")
    message = build_message(note, from_address="reviews@council.example", from_name="Reviews\r\nBcc: x@evil.example",
                            to_name=name, to_address="amina@example.org", attachment=b"%PDF-1.7 fake",
                            filename="copy.pdf", sha256="ab" * 32)
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["amina@example.org"]
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    assert next(parsed.iter_attachments()).get_content() == b"%PDF-1.7 fake"
    plain = parsed.get_body(("plain",)).get_content()
    page = parsed.get_body(("html",)).get_content()
    shown = " ".join("".join(" " if unicodedata.category(c).startswith("C") else c for c in iro).split())
    assert shown in plain and shown in plain_text(note)
    assert html_module.escape(shown) in page  # shown as typed (on one line), never as markup
    assert "<script" not in page.replace(html_module.escape("<script"), "")
