"""Blind review (claims38, finding 3): a 17-year-old with ``reading_level: young`` got the little child's
letter: the Houses (House of Good Things, of Worries, of Dreams) and their pictures, "Hello", "Your number",
"From,", an advocate "a grown-up who is on your side" and an independent visitor who comes to "have fun with
you". A reading level changes the words, never what the young person is told and never talks down to them
(issue 17 item 6): a young person of 12 or over reading at a lower level gets their age's letter (its parts,
headings and rights) in the plainer words of their reading level."""

from __future__ import annotations

import io

import docx
import pytest

from recordfiles import SAM, example_data, rendered_copies, the_copy, write_data

#: (date of birth, the band of that age at Sam's review of 2026-03-03)
AGES = {"young_adult": "2009-01-10", "teen": "2012-01-10"}
LOWER = {"young_adult": ("early", "young", "middle", "teen"), "teen": ("early", "young", "middle")}
CASES = [(age, level) for age, levels in LOWER.items() for level in levels]
LITTLE = ("House of Good Things", "House of Worries", "House of Dreams", "Hello Sam", "Your number", "From,",
          "grown-up", "have fun with you", "The good things", "What we hope for you")


def _older_reader(dob, level):
    def change(data):
        data["child"]["date_of_birth"] = dob
        data["child"]["reading_level"] = level
        for recipient in data["distribution"]:
            recipient["language"] = "en"
            recipient.pop("format", None)
    return change


@pytest.mark.parametrize("age, level", CASES)
def test_a_young_person_reading_at_a_lower_level_keeps_their_ages_letter(tmp_path, age, level):
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _older_reader(AGES[age], level)))
    child = the_copy(texts, "_child-")
    for little in LITTLE:
        assert little not in child, (age, level, little)
    for heading in ("What is working well", "What we are worried about",
                    "What it will look like when things are better"):
        assert heading in child, (age, level, heading)
    # Every right their age gives them, in their reading level's words.
    assert "If you disagree with your plan or a decision, tell me." in child
    assert "You can ask to see the records we keep about you." in child
    assert "An advocate is" in child and "independent visitor" in child
    # No pictures of houses: the age's letter has none.
    document = docx.Document(io.BytesIO((tmp_path / "out" / next(n for n in texts if "_child-" in n)).read_bytes()))
    assert not document.inline_shapes, (age, level)


def test_a_child_of_nine_reading_at_the_young_level_still_gets_the_houses(tmp_path):
    """Only 12 and over: a 9-year-old reading as a younger child has the young letter, as before."""
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _older_reader("2016-05-14", "young")))
    assert "House of Good Things" in the_copy(texts, "_child-")


def test_the_renderer_names_the_template_a_copy_is_made_from():
    """A batch keys each copy on the template it is made from (its digest): the age's, for 12 and over."""
    from recordgen.api import Renderer, load_data

    data = example_data(SAM)
    _older_reader(AGES["young_adult"], "young")(data)
    record = load_data(data, "record.yaml").record
    renderer = Renderer()
    assert (renderer.band(record), renderer.letter_band(record)) == ("young", "young_adult")
    _older_reader("2016-05-14", "young")(data)
    record = load_data(data, "record.yaml").record
    assert (renderer.band(record), renderer.letter_band(record)) == ("young", "young")
