"""A confidential placement's address: a district of its town ("Cherry Hinton", a part of Cambridge) named in a
text a parent reads is a warning with its own plain message (it tells a parent the part of town to look in),
while the street, the postcode and the house stay errors with theirs (blind review: the district had the
street's hard error). The address is fictional. Copies rendered and read back."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from recordfiles import copy_text, write_data

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ADDRESS = "12 Fen Road, Cherry Hinton, Cambridge CB1 9XX"
SOFT = "the part of town the child lives in"


def _sam(tmp_path: Path, said: str) -> Path:
    data = YAML(typ="safe", pure=True).load((EXAMPLES / "review-sam-9.yaml").read_text(encoding="utf-8"))

    def change(data):
        data["placement"]["address"] = ADDRESS
        data["working_well"][2] = said
        for recipient in data["distribution"]:
            recipient["language"] = "en"  # no translations file beside this copy
    tmp_path.mkdir(parents=True, exist_ok=True)
    return write_data(tmp_path, data, change, name="review-sam-9.yaml")


def _at_the_item(path: Path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.path == "working_well.3"]


def test_the_part_of_town_is_a_warning_that_says_what_it_tells_a_parent(tmp_path):
    path = _sam(tmp_path / "district", "Your family time with your mum is at the library in Cherry Hinton.")
    (found,) = _at_the_item(path)
    assert found.severity == "warning", found
    assert "'Cherry Hinton', the part of town the child lives in" in found.message
    assert "a parent could look there; say the town ('Cambridge') or leave it out" in found.message
    assert "a part is enough to find a child" not in found.message
    # A warning: the parent's copy is made, as the IRO judges it.
    assert "library in Cherry Hinton" in copy_text(path, "parent")


def test_a_word_of_the_part_of_town_alone_is_the_same_warning(tmp_path):
    path = _sam(tmp_path / "word", "Your family time with your mum is at the Hinton library.")
    (found,) = _at_the_item(path)
    assert found.severity == "warning" and SOFT in found.message and "'Hinton'" in found.message


def test_the_street_the_postcode_and_the_house_stay_errors(tmp_path):
    for n, said in enumerate(["You walk to the park along Fen Road with Mark.",
                              "Your post goes to CB1 9XX now.",
                              "You live at number 12 with Mark and Lisa.",
                              # the street beside the district: the street's error, not the softer warning
                              "You walk along Fen Road to the library in Cherry Hinton."]):
        path = _sam(tmp_path / str(n), said)
        found = _at_the_item(path)
        assert [d.severity for d in found] == ["error"], (said, found)
        assert SOFT not in found[0].message and "a part is enough to find a child" in found[0].message


def test_a_village_before_a_small_town_is_still_an_error(tmp_path):
    # Not a part of a town: a village of a few hundred people finds the home.
    data_address = "Rose Cottage, Mill Lane, Little Snoring, Fakenham NR21 0AA"
    path = _sam(tmp_path / "village", "Your family time with your mum is at the hall in Little Snoring.")
    text = path.read_text(encoding="utf-8").replace(ADDRESS, data_address)
    path.write_text(text, encoding="utf-8")
    found = _at_the_item(path)
    assert [d.severity for d in found] == ["error"] and SOFT not in found[0].message


def _sam_in_urdu(tmp_path: Path, translated: str) -> Path:
    """Sam's record as the example, Amina reading Urdu, the Urdu of child_views.3 changed to ``translated``."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    record = (EXAMPLES / "review-sam-9.yaml").read_text(encoding="utf-8")
    path = tmp_path / "review-sam-9.yaml"
    path.write_text(record.replace("14 Elm Road, Scunthorpe, DN15 7XY", ADDRESS), encoding="utf-8")
    sidecar = (EXAMPLES / "review-sam-9.translations.yaml").read_text(encoding="utf-8")
    was = "ریاضی مشکل ہے لیکن مجھے ریڈنگ کلب اچھا لگتا ہے۔"
    assert was in sidecar
    (tmp_path / "review-sam-9.translations.yaml").write_text(sidecar.replace(was, translated), encoding="utf-8")
    return path


def _translation_findings(path: Path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.path == "languages.ur.child_views.3.translation"]


def test_a_translation_naming_the_part_of_town_is_the_same_warning_and_the_street_an_error(tmp_path):
    (found,) = _translation_findings(_sam_in_urdu(tmp_path / "district", "ریاضی مشکل ہے۔ Cherry Hinton"))
    assert found.severity == "warning" and SOFT in found.message and "reading ur" in found.message
    (found,) = _translation_findings(_sam_in_urdu(tmp_path / "street", "ریاضی مشکل ہے۔ Fen Road"))
    assert found.severity == "error" and SOFT not in found.message
