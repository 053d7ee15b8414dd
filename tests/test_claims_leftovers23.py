"""Leftover claims of issue 17 ("every sentence true"), session 23: who is offered to help a child at
home with mum and her partner complain, who would like to hear from the child next time when the
chair covered, and the headings of a young child's copy made once they are grown up. Each test
renders real copies, reads the .docx back and looks for what must and must not be said."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions
from test_claims_blind16 import LANGUAGES, copy_text
from test_leaks_blind20 import larks

from recordfiles import rendered_copies, the_copy, write_data


# --- 1: mum (and her partner) are no "carers" to the child they help complain ---------------------


@pytest.mark.parametrize("carers", [
    "Nicola Lark (your mum) and Dean Forbes",
    "Nicola Lark (your mum) and Dean Forbes (her partner)",
    "Nicola and Dean",
    "Dean Forbes and Nicola Lark (your mum)",
])
def test_mum_and_her_partner_are_offered_by_name_not_as_carers(tmp_path, carers):
    texts = rendered_copies(tmp_path, write_data(tmp_path, larks(carers)))
    for part in ("_child-", "_carer-nicola-lark", "_parent-gary-lark", "_social_worker-"):
        text = the_copy(texts, part)
        assert "Your mum, Dean or your social worker can help you do it." in text, part
        assert "carers or social worker" not in text.casefold(), part


def test_mum_and_her_partner_without_a_social_worker(tmp_path):
    data = larks()
    data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["role"] != "social worker"]
    data["actions"][0]["who"] = "Nicola Lark (your mum)"
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "social_worker"]
    text = copy_text(data)
    assert "Your mum or Dean can help you do it." in text
    assert "Your carers can help you do it." not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_mum_and_her_partner_in_every_language(language):
    _ = gettext_functions(language, "male")[0]  # Ty: he/him
    text = copy_text(larks(), "child", language)
    assert _("Your carers or social worker can help you do it.") not in text
    assert "Dean" in [line for line in text.splitlines() if _("If you are unhappy about the help you get, "
                                                                "you can complain.") in line][0]


def test_a_partner_named_in_an_item_kept_from_the_carers_leaves_the_home_out(tmp_path):
    """Existing rule: a carer the record keeps something about from the carers is not offered, and
    with him the whole home; no copy says why."""
    data = larks()
    data["worries"].append({"text": "Dean shouted at you and your social worker is checking what happened.",
                            "withhold_from": ["carer"]})
    texts = rendered_copies(tmp_path, write_data(tmp_path, data))
    for part in ("_child-", "_carer-nicola-lark", "_parent-gary-lark"):
        text = the_copy(texts, part)
        (line,) = [line for line in text.splitlines() if "can help you do it." in line]
        assert line.endswith("Your social worker or I can help you do it."), part
        assert "Dean" not in line and "mum" not in line, part
