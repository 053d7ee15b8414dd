"""Blind review 40, finding 4: the XLIFF exported for a parent's language asked the translator for the
confidential kinship carer's relation ("nan and kinship carer", an attendee's role) which the parent's copy
never shows: it gives her as "Your carer", by no name and no relation. An export carries only what some
reader of its language is shown: the role goes to a translator when the carer (or anyone who may see it)
reads that language, never when only the parents do; nor does an item withheld from parent."""

from __future__ import annotations

import copy

from click.testing import CliRunner
from translate.storage import xliff as toolkit_xliff

from recordgen import api
from recordgen.cli import main_group

from recordfiles import docx_text, write_data
from test_leaks33_kinship import JADE


def _record(tmp_path, carer_language: str | None = None):
    data = copy.deepcopy(JADE)
    data["review"]["attendees"][1] = {"name": "Pat Wardle", "role": "nan and kinship carer"}
    data["placement"]["carers"] = "Pat Wardle (your nan)"
    data["actions"][0]["who"] = "Pat Wardle (your nan)"
    data["distribution"] = [{"role": "child", "name": "Jade"}, {"role": "carer", "name": "Pat Wardle"},
                            {"role": "parent", "name": "Kerry Marsh", "language": "pl"},
                            {"role": "parent", "name": "Lee Marsh", "language": "pl"},
                            {"role": "social_worker", "name": "Nadia Khan"}]
    if carer_language:
        data["distribution"][1]["language"] = carer_language
    return write_data(tmp_path, data)


def _run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def _exported(tmp_path, record) -> dict[str, str]:
    xlf = tmp_path / "record.pl.xlf"
    result = _run("translate", "export", record, "--lang", "pl", "-o", xlf)
    assert result.exit_code == 0, result.output
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    return {unit.getid().split("\x04")[-1]: unit.source for unit in store.units}


def test_only_parents_read_polish_the_carers_relation_is_not_exported(tmp_path):
    units = _exported(tmp_path, _record(tmp_path))
    assert "review.attendees.2.role" not in units
    assert not any("nan" in source.casefold().split() or "Pat" in source for source in units.values())
    # The item withheld from parent is not there either; what the parents are shown is.
    assert "worries.1" not in units
    assert "working_well.1" in units and "review.attendees.4.contributed" in units


def test_a_carer_reading_polish_is_asked_for_her_own_role(tmp_path):
    units = _exported(tmp_path, _record(tmp_path, carer_language="pl"))
    assert units["review.attendees.2.role"] == "nan and kinship carer"


def test_the_parents_copy_needs_no_translation_of_it_and_shows_no_relation(tmp_path):
    record = _record(tmp_path)
    xlf = tmp_path / "record.pl.xlf"
    assert _run("translate", "export", record, "--lang", "pl", "-o", xlf).exit_code == 0
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    for unit in store.units:
        unit.target = "Tłumaczenie."
    store.savefile(str(xlf))
    imported = _run("translate", "import", xlf, "--record", record)
    assert imported.exit_code == 0, imported.output
    loaded = api.load_record(record)
    dad = next(r for r in loaded.record.distribution if r.name == "Lee Marsh")
    text = docx_text(api.Renderer().render_copy(loaded, dad).data)  # every item it shows is translated
    assert "Pat" not in text and "nan" not in text.casefold().split()
    assert "kinship" not in text.casefold()


def _views_kept(tmp_path, child_language: str | None = None):
    data = copy.deepcopy(JADE)
    data["child_views"] = [{"text": "I want to do hair and beauty at college.", "withhold_from": ["parent"]}]
    data["review"]["attendees"][0]["contributed"] = "sent me text messages from Kestrel Youth Club"
    data["distribution"][2]["language"] = "pl"
    data["distribution"][3]["language"] = "pl"
    if child_language:
        data["distribution"][0]["language"] = child_language
    return write_data(tmp_path, data)


def test_how_the_child_sent_views_kept_from_parent_is_not_exported_for_parents(tmp_path):
    """Every view kept from parent, and Jade not at the meeting: the parents' copies say nothing of how she
    sent them ("sent me text messages from Kestrel Youth Club"), so their translator is not asked for it."""
    record = _views_kept(tmp_path)
    loaded = api.load_record(record)
    dad = next(r for r in loaded.record.distribution if r.name == "Lee Marsh")
    assert "Kestrel" not in docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, dad).data)
    units = _exported(tmp_path, record)
    assert "review.attendees.1.contributed" not in units and "child_views.1" not in units
    assert not any("Kestrel" in source for source in units.values())


def test_the_child_reading_polish_is_asked_for_it(tmp_path):
    units = _exported(tmp_path, _views_kept(tmp_path, child_language="pl"))
    assert units["review.attendees.1.contributed"] == "sent me text messages from Kestrel Youth Club"
