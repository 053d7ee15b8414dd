"""`recordgen translate`: plain messages and exit codes a script can rely on."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from translate.storage import xliff as toolkit_xliff

from recordgen.cli import main_group
from recordgen.i18n.names import names_rewritten, record_names
from recordgen.record.loading import load_record

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*args: str):
    return CliRunner().invoke(main_group, list(args))


def test_export_import_status_from_the_command_line(tmp_path: Path) -> None:
    record = tmp_path / "review-sam-9.yaml"
    shutil.copyfile(EXAMPLES / "review-sam-9.yaml", record)

    status = run("translate", "status", str(record))
    assert status.exit_code == 1
    # 28 free texts less the 4 roles the catalogs translate ("social worker", "mum"...) and "your teacher".
    assert "Amina Khan (ur): 0 translated, 23 awaiting translation, 0 stale" in status.output

    exported = run("translate", "export", str(record), "--lang", "ur")
    assert exported.exit_code == 0, exported.output
    xlf = tmp_path / "review-sam-9.ur.xlf"
    assert f"wrote {xlf}: 23 items to translate into ur" in exported.output

    refused = run("translate", "import", str(xlf))
    assert refused.exit_code == 1
    assert "23 problems:" in refused.output and "unit care_plan.plan: has no translation" in refused.output
    assert refused.output.rstrip().endswith("export again with --for-tool omegat")
    assert "Traceback" not in refused.output

    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    names = record_names(load_record(record).record)
    for unit in store.units:
        # Names stay as the record writes them, so a translation keeps them.
        unit.target = " ".join(["ترجمہ", *names_rewritten(unit.source, "", names)])
    store.savefile(str(xlf))
    imported = run("translate", "import", str(xlf))
    assert imported.exit_code == 0, imported.output
    assert "stored 23 translations into ur" in imported.output
    assert run("translate", "status", str(record)).exit_code == 0


def test_usage_problems_are_plain_and_exit_2(tmp_path: Path) -> None:
    missing = run("translate", "export", str(tmp_path / "nope.yaml"), "--lang", "ur")
    assert missing.exit_code == 2 and "nope.yaml: error: file not found" in missing.output
    no_lang = run("translate", "export", str(EXAMPLES / "review-sam-9.yaml"))
    assert no_lang.exit_code == 2 and "--lang" in no_lang.output


def test_a_language_nobody_reads_is_refused(tmp_path: Path) -> None:
    result = run("translate", "export", str(EXAMPLES / "review-lily-3.yaml"), "--lang", "ur",
                 "-o", str(tmp_path / "x.xlf"))
    assert result.exit_code == 1
    assert "nobody on the distribution list reads 'ur'" in result.output and "pl" in result.output
    assert not (tmp_path / "x.xlf").exists()


def test_render_refuses_stale_and_missing_and_allows_english_with_a_notice(tmp_path: Path) -> None:
    for name in ("review-sam-9.yaml", "review-sam-9.translations.yaml"):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
    record = tmp_path / "review-sam-9.yaml"
    out = tmp_path / "mum.docx"
    assert run("render", str(record), "--for", "parent", "-o", str(out)).exit_code == 0

    record.write_text(record.read_text(encoding="utf-8").replace("big school", "secondary school"),
                      encoding="utf-8")
    stale = run("render", str(record), "--for", "parent", "-o", str(out), "--allow-untranslated")
    assert stale.exit_code == 1 and "stale translations: the English of worries.2, goals.2" in stale.output

    (tmp_path / "review-sam-9.translations.yaml").unlink()
    missing = run("render", str(record), "--for", "parent", "-o", str(out))
    assert missing.exit_code == 1 and "awaiting translation: 23 items" in missing.output
    allowed = run("render", str(record), "--for", "parent", "-o", str(out), "--allow-untranslated")
    assert allowed.exit_code == 0, allowed.output
    import docx
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "Your mum has not yet finished the course" in text           # English kept
    assert "اس ریکارڈ کے کچھ حصے ابھی انگریزی میں ہیں" in text           # the notice, in Urdu


def test_people_joined_by_and_may_be_joined_by_the_readers_and(tmp_path: Path) -> None:
    """A Welsh translation writing "Mark a Lisa" for "Mark and Lisa" was refused ("names stay as
    the record writes them"), so copies read "…yn byw gyda Mark and Lisa." in Welsh."""
    import io

    import docx

    from recordfiles import write_record

    def welsh_mum(d):
        d["distribution"][1].update(language="cy", format="docx")
    record = write_record(tmp_path, welsh_mum, name="review-sam-9.yaml")
    xlf = tmp_path / "review-sam-9.cy.xlf"
    assert run("translate", "export", str(record), "--lang", "cy", "-o", str(xlf)).exit_code == 0
    assert "The 'and' between names may be your language's: Mark and Lisa as Mark a Lisa." in xlf.read_text("utf-8")
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    names = record_names(load_record(record).record)

    def translated(unit, joined: str) -> str:
        kept = names_rewritten(unit.source, "", names)
        return " ".join(["Cyfieithiad", *(joined if name == "Mark and Lisa" else name for name in kept)]) + "."
    for unit in store.units:
        unit.target = translated(unit, "Mark or Lisa")
    store.savefile(str(xlf))
    refused = run("translate", "import", str(xlf))
    assert refused.exit_code == 1 and "unit child_views.1: writes 'Mark and Lisa' differently" in refused.output
    for unit in store.units:
        unit.target = translated(unit, "Mark a Lisa")
    store.savefile(str(xlf))
    imported = run("translate", "import", str(xlf))
    assert imported.exit_code == 0, imported.output
    out = tmp_path / "out"
    rendered = run("render", str(record), "--for", "parent", "-o", str(out))
    assert rendered.exit_code == 0, rendered.output
    made = docx.Document(io.BytesIO(next(out.glob("*.docx")).read_bytes()))
    text = "\n".join(p.text for p in made.paragraphs)
    assert "Cyfieithiad Mark a Lisa." in text and "Mark and Lisa" not in text


def test_import_refuses_a_translation_holding_a_reordering_character(tmp_path: Path) -> None:
    """Fix 13, 3: an embedding, override or isolate in a translation was stored at import, then
    reported as an error by validate: refused at import, the unit and the character named."""
    record = tmp_path / "review-sam-9.yaml"
    shutil.copyfile(EXAMPLES / "review-sam-9.yaml", record)
    xlf = tmp_path / "review-sam-9.ur.xlf"
    assert run("translate", "export", str(record), "--lang", "ur").exit_code == 0
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    names = record_names(load_record(record).record)
    for unit in store.units:
        unit.target = " ".join(["ترجمہ", *names_rewritten(unit.source, "", names)])
    marked = {"worries.1": "\u202bاسکول\u202c", "goals.1": "\u2067اسکول\u2069"}  # RLE and RLI, each closed
    for unit in store.units:
        if unit.xmlelement.get("id") in marked:
            unit.target = f"{unit.target} {marked[unit.xmlelement.get('id')]}"
    store.savefile(str(xlf))
    refused = run("translate", "import", str(xlf))
    assert refused.exit_code == 1 and "Traceback" not in refused.output, refused.output
    worries = next(line for line in refused.output.splitlines() if "unit worries.1:" in line)
    assert "U+202B RIGHT-TO-LEFT EMBEDDING" in worries and "U+202C POP DIRECTIONAL FORMATTING" in worries
    assert "changes the order its letters are shown in" in worries and "delete it in your tool" in worries
    goals = next(line for line in refused.output.splitlines() if "unit goals.1:" in line)
    assert "U+2067 RIGHT-TO-LEFT ISOLATE" in goals
    assert not (tmp_path / "review-sam-9.translations.yaml").exists()
    # Taken out, the same file is stored and validate finds nothing wrong with it.
    store = toolkit_xliff.xlifffile.parsefile(str(xlf))
    for unit in store.units:
        if unit.xmlelement.get("id") in marked:
            unit.target = re.sub("[\u202a-\u202e\u2066-\u2069]", "", unit.target)
    store.savefile(str(xlf))
    assert run("translate", "import", str(xlf)).exit_code == 0
    assert "RIGHT-TO-LEFT" not in run("validate", str(record)).output


def test_a_polish_translation_may_decline_a_name_but_not_drop_or_change_it(tmp_path: Path) -> None:
    """Blind review 12: "u babci Ewy" for "at Nana Ewa's" was refused, the check wanting the
    nominative; Polish declines names ("u Marka i Lisy", "z Markiem i Lisą")."""
    import io

    import docx

    from recordfiles import write_record

    def polish_mum(d):
        d["distribution"][1].update(language="pl", format="docx")
    record = write_record(tmp_path, polish_mum, name="review-sam-9.yaml")
    xlf = tmp_path / "review-sam-9.pl.xlf"
    assert run("translate", "export", str(record), "--lang", "pl", "-o", str(xlf)).exit_code == 0
    assert "A name may take your language's case ending" in xlf.read_text("utf-8")
    names = record_names(load_record(record).record)
    declined = {"working_well.1": "Od roku mieszkasz u Marka i Lisy i czujesz się tam bezpiecznie.",
                "goals.1": "Możesz porozmawiać z Markiem i Lisą, kiedy jest ci smutno."}

    def translate(**changed: str) -> None:
        store = toolkit_xliff.xlifffile.parsefile(str(xlf))
        for unit in store.units:
            unit.target = {**declined, **changed}.get(unit.getid().split("\x04")[-1], " ".join(
                ["Tłumaczenie", *names_rewritten(unit.source, "", names)]) + ".")
        store.savefile(str(xlf))

    for wrong in ("Od roku mieszkasz u Marka.", "Od roku mieszkasz u Marka i Lizy.", "Od roku mieszkasz u Marcina i Lisy."):
        translate(**{"working_well.1": wrong})
        refused = run("translate", "import", str(xlf))
        assert refused.exit_code == 1, wrong
        assert "unit working_well.1: writes 'Mark and Lisa' differently" in refused.output, wrong
    translate()
    imported = run("translate", "import", str(xlf))
    assert imported.exit_code == 0, imported.output
    out = tmp_path / "out"
    assert run("render", str(record), "--for", "parent", "-o", str(out)).exit_code == 0
    made = docx.Document(io.BytesIO(next(out.glob("*.docx")).read_bytes()))
    text = "\n".join(p.text for p in made.paragraphs)
    assert "mieszkasz u Marka i Lisy" in text and "z Markiem i Lisą" in text


@pytest.mark.parametrize("source,translation,language,kept", [
    ("You will stay with Nana Ewa.", "Zostaniesz u babci Ewy.", "pl", True),
    ("Ewa Kowalska will call.", "Zadzwoni do ciebie pani Ewa Kowalska, a potem Ewie Kowalskiej odpowiesz.", "pl", True),
    ("Ewa Kowalska will call.", "Ewy Kowalskiej nie ma.", "pl", True),
    ("Talk to Marta.", "Porozmawiaj o tym z Martą albo o Marcie.", "pl", True),
    ("Kacper helps.", "Pomoc od Kacpra.", "pl", True),
    ("Zosia helps.", "Pomoc od Zosi.", "pl", True),
    ("Riley helps.", "Pomoc z Rileyem.", "pl", True),
    ("Ewa helps.", "Pomaga Eva.", "pl", False),  # changed
    ("Ewa helps.", "Pomaga Ewelina.", "pl", False),  # changed
    ("Ewa helps.", "Pomaga babcia.", "pl", False),  # dropped
    ("Mark helps.", "Pomaga Marek.", "pl", False),  # the Polish name, not Mark's
    ("Ewa helps.", "Ewy", "cy", False),  # Welsh does not decline names
])
def test_a_name_may_be_declined_only_in_a_language_that_declines_names(source, translation, language, kept):
    names = ["Ewa Kowalska", "Marta", "Kacper", "Zosia", "Riley", "Mark"]
    assert (names_rewritten(source, translation, names, language) == []) is kept
