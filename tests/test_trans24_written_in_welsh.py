"""Blind review 25, findings 3 and 4: a Welsh-writing IRO could say a list entry was in Welsh
(`language: cy`) but not an action, the plan or the venue: those were marked "[yn Saesneg: …]" in
the Welsh copy (and "[po angielsku: …]" in a Polish one), and a Welsh venue was shown unmarked to a
Polish or Urdu reader as if it needed no translation. An action, the plan and the venue now take
`language` (or ``{text, language}`` as a list entry does): a copy in that language shows them as
written, and a copy in a third language marks them with their language's name. Renders real copies."""

from __future__ import annotations

import copy
import re

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import SAM, docx_text, example_data

WHAT = "Trefnu lle i ti yn yr Urdd."
PLAN = "Byddi di'n aros gyda Siân."
VENUE = "Canolfan Deulu Caerdydd"


def welsh_record() -> dict:
    data = copy.deepcopy(example_data(SAM))
    data["child"]["language"] = "cy"
    data["review"]["venue"] = {"text": VENUE, "language": "cy"}
    data["actions"][0] = {"who": "Jo Smith (dy weithiwr cymdeithasol)", "what": WHAT, "by": "2026-03-31",
                          "language": "cy"}
    data["care_plan"]["plan"] = {"text": PLAN, "language": "cy"}
    languages = {"child": "cy", "parent": "pl", "carer": "ur"}
    for recipient in data["distribution"]:
        if recipient["role"] in languages:
            recipient["language"] = languages[recipient["role"]]
    return data


def text_of(data: dict, role: str) -> str:
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    recipient = next(r for r in loaded.record.distribution if r.role.value == role)
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded.record, recipient).data)


def test_an_action_the_plan_and_the_venue_take_a_language():
    loaded = api.load_data(welsh_record(), "record.yaml")
    errors = [d for d in api.validate(loaded) if d.severity == "error"]
    assert not errors, errors
    assert loaded.record.actions[0].language == "cy" and loaded.record.care_plan.language == "cy"
    assert loaded.record.review.venue == VENUE and loaded.record.review.venue_language == "cy"


def test_welsh_in_the_welsh_copy_is_shown_as_written():
    text = text_of(welsh_record(), "child")
    in_english = gettext_functions("cy")[0]("[in English: %(text)s]", text="").split(":")[0]
    assert WHAT in text and PLAN in text
    assert f"{in_english}: {WHAT}" not in text and f"{in_english}: {PLAN}" not in text
    assert f"{in_english}: {VENUE}" not in text and "Nghanolfan" in text  # "yng Nghanolfan Deulu Caerdydd"


def test_welsh_in_a_polish_and_an_urdu_copy_is_marked_welsh():
    data = welsh_record()
    polish = text_of(data, "parent")
    assert f"[po walijsku: {WHAT}]" in polish
    assert f"[po walijsku: {PLAN}]" in polish
    assert f"[po walijsku: {VENUE}]" in polish
    assert "[po walijsku: dy weithiwr cymdeithasol]" in polish
    assert f"[po angielsku: {WHAT}]" not in polish
    urdu = text_of(data, "carer")
    english = gettext_functions("ur")[0]("[in English: %(text)s]", text="").split(":")[0].lstrip("[")
    for passage in (WHAT, PLAN, VENUE):
        label = re.search(r"\[([^\[\]:]*): \W*" + re.escape(passage.rstrip(".")), urdu)
        assert label and english not in label.group(1), passage
