"""The child's own Welsh copy says who they live with as the child knows them (blind review 31, finding 7:
"Rwyt ti'n byw gyda Gareth (tad)" where the English says "You live with your dad, Gareth"); a parent reading
her own Welsh copy keeps her name and role ("... gyda Carys (mam)"), never "dy fam" to herself."""

from __future__ import annotations

import copy

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def _record():
    data = copy.deepcopy(example_data(SAM))
    data["placement"]["carers"] = "Carys Jones (your mum)"
    data["placement"]["confidential"] = False
    for person in data["review"]["attendees"]:
        if person["name"] == "Amina Khan":
            person["name"] = "Carys Jones"
    data["child"]["language"] = "cy"
    for recipient in data["distribution"]:
        recipient["language"] = "cy"
    data["distribution"][1]["name"] = "Carys Jones"
    data["distribution"][2]["name"] = "Carys Jones"
    return api.load_data(data, "record.yaml").record


def _text(name: str, role: str) -> str:
    record = _record()
    recipient = next(r for r in record.distribution if r.name == name and r.role.value == role)
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


def test_the_childs_welsh_copy_says_dy_fam():
    assert "Rwyt ti'n byw gyda dy fam, Carys." in _text("Sam", "child")


def test_the_mums_own_welsh_copy_keeps_her_name():
    text = _text("Carys Jones", "parent")
    assert "Rwyt ti'n byw gyda Carys (mam)." in text and "gyda dy fam" not in text
