"""Names stay as the record writes them: in its letters in every copy, and refused when a translation rewrites one."""

from __future__ import annotations

import pytest

from recordgen import api
from recordgen.record.loading import load_record

from recordfiles import SAM, docx_text


def test_names_stay_as_the_record_writes_them():
    from recordgen.i18n.names import name_in, names_rewritten, record_names, who_as_written

    record = load_record(SAM).record
    names = record_names(record)
    assert name_in("Jo Smith (your social worker)", names) == "Jo Smith"
    assert name_in("Mark and Lisa", names) == "Mark and Lisa"
    assert name_in("Your carers", names) is None
    # The role is the translator's, the name the record's.
    assert who_as_written("Jo Smith (your social worker)", "جو اسمتھ (آپ کی سوشل ورکر)", names) == \
        "Jo Smith (آپ کی سوشل ورکر)"
    assert who_as_written("Mark and Lisa", "مارک اور لیزا", names) == "Mark and Lisa"
    assert who_as_written("Your carers", "آپ کے نگہداشت کرنے والے", names) == "آپ کے نگہداشت کرنے والے"
    assert names_rewritten("I like living with Mark and Lisa and I want to stay.",
                           "مجھے مارک اور لیزا کے ساتھ رہنا اچھا لگتا ہے", names) == ["Mark and Lisa"]
    assert names_rewritten("Mrs Patel said you made friends.", "Mrs Patel نے بتایا", names) == []


def test_the_urdu_copy_writes_every_name_in_the_records_letters():
    loaded = load_record(SAM)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert copy.language == "ur"
    for transliterated in ("مارک", "لیزا", "اسمتھ", "ہیلن", "پٹیل"):
        assert transliterated not in text
    # The carers by first names only: Sam's placement is confidential (issue 17.3, test_claims).
    for name in ("Mark", "Lisa", "Jo Smith", "Helen Price", "Mrs Patel"):
        assert name in text
    assert "Owen" not in text


def test_a_translation_that_rewrites_a_name_is_refused_at_import():
    from lxml import etree

    from recordgen.translation import XliffError, check_translations, export_xliff, read_xliff

    record = load_record(SAM).record
    exported = export_xliff(record, "review-sam-9.yaml", "ur")
    assert b"Write these names exactly as here, in these letters: Mark and Lisa." in exported
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    tree = etree.fromstring(exported)
    for unit in tree.iterfind(".//x:trans-unit", ns):
        source = unit.findtext("x:source", namespaces=ns)
        target = etree.SubElement(unit, "{%s}target" % ns["x"])
        target.text = source.replace("Mark and Lisa", "مارک اور لیزا")
    with pytest.raises(XliffError) as refused:
        check_translations(record, read_xliff(etree.tostring(tree)), "file.xlf")
    problems = [p for p in refused.value.problems if "differently from the record" in p]
    assert any("unit care_plan.plan: writes 'Mark and Lisa' differently" in p for p in problems)


def test_people_joined_by_and_may_take_the_readers_and_each_name_as_written():
    from recordgen.i18n.names import names_rewritten

    names = ["Gwen and Huw Penrhyn-Tudor", "Cerys"]
    source = "You and Cerys will stay with Gwen and Huw."
    for language, target in (("cy", "gyda Cerys, Gwen a Huw."), ("ur", "Cerys اور Gwen اور Huw کے ساتھ"),
                             ("ar", "مع Cerys وGwen و Huw"), ("ti", "Cerys ምስ Gwenን Huwን"),
                             ("pl", "z Cerys, Gwen i Huw"), ("cy", "gyda Cerys, Gwen and Huw.")):
        assert names_rewritten(source, target, names, language) == [], (language, target)
    # Only the reader's "and", and only the names as written.
    for language, target in (("cy", "Cerys, Gwen ac Huw"), ("cy", "Cerys, Gwen neu Huw"), ("cy", "Cerys, Gwenno a Huw"),
                             ("en", "Cerys, Gwen a Huw")):
        assert names_rewritten(source, target, names, language) == ["Gwen and Huw"], (language, target)
