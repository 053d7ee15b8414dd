"""Blind review 27, finding 1b: a translator wrote the confidential street "Kestrel Way" as "на Кестрел-Вей"
and it passed `translate import`, validate and render into the dad's Ukrainian copy ("Kestrel" in Arabic
letters passed import too), while "Ілклі" (Ilkley) and "Торнбері" (Thornbury) were refused. Why: "Kestrel"
is an everyday English word, so the street was a part only with its type ("Kestrel Way"), and only a
distinctive word was looked for in other scripts; "Вей" is no "Way". A street's name that is such a word is
now looked for in other scripts, and in Latin letters with its capital in a translation
(``withholding.street_names``); in English it is still the bird. The reviewer's record and XLIFF files
(tests/data_leaks35: r02 with address "4 Kestrel Way, Ilkley, LS29 8PD", the dad reads Ukrainian)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from recordfiles import docx_text

DATA = Path(__file__).parent / "data_leaks35"
ROOT = Path(__file__).parent.parent
LEAK = "Лікар Сандху з поліклініки на Кестрел-Вей каже, що твоя астма набагато краща."
CLEAN = "Лікар Сандху з поліклініки каже, що твоя астма набагато краща."


def _run(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True)


def _copied(folder: Path, language: str = "uk") -> Path:
    record = folder / "rowan.yaml"
    text = (DATA / "rowan.yaml").read_text(encoding="utf-8")
    record.write_text(text.replace("    language: uk", f"    language: {language}"), encoding="utf-8")
    shutil.copy(DATA / f"rowan.{language}.xlf", folder / f"rowan.{language}.xlf")
    return record


def test_translate_import_refuses_the_street_in_cyrillic(tmp_path):
    record = _copied(tmp_path)
    result = _run("translate", "import", tmp_path / "rowan.uk.xlf", "--record", record, cwd=tmp_path)
    assert result.returncode == 1
    assert ("unit working_well.3: the translation shows 'Кестрел' (read as 'Kestrel', part of the confidential "
            "address), which parent reading 'uk' must not see") in result.stderr + result.stdout
    assert not (tmp_path / "rowan.translations.yaml").exists()


def test_translate_import_refuses_the_street_in_arabic_letters(tmp_path):
    record = _copied(tmp_path, "ar")
    result = _run("translate", "import", tmp_path / "rowan.ar.xlf", "--record", record, cwd=tmp_path)
    assert result.returncode == 1
    assert ("unit working_well.3: the translation shows 'كيستريل' (read as 'Kestrel', part of the confidential "
            "address)") in result.stderr + result.stdout


def test_each_way_the_reviewer_wrote_it_is_refused_and_the_bird_is_not(tmp_path):
    from recordgen.record.loading import load_record
    from recordgen.rules.withholding import translation_leaks

    record = load_record(_copied(tmp_path)).record
    shown = {}
    for text in ("на Кестрел-Вей", "на Кестрел Вей", "на Кестрел-вей", "на вулиці Кестрел", "на Кестрелі",
                 "біля Кестрел", "на Kestrel-Вей", "Біля дороги живе боривітер."):
        found = [secret.written or secret.text for _, _, secret, _ in translation_leaks(
            record, {"uk": {"working_well.3": f"Лікар Сандху з поліклініки {text} каже."}})]
        shown[text] = found
    assert shown == {"на Кестрел-Вей": ["Кестрел"], "на Кестрел Вей": ["Кестрел"], "на Кестрел-вей": ["Кестрел"],
                     "на вулиці Кестрел": ["Кестрел"], "на Кестрелі": ["Кестрелі"], "біля Кестрел": ["Кестрел"],
                     "на Kestrel-Вей": ["Kestrel"], "Біля дороги живе боривітер.": []}
    # In English it is the bird: only the street with its type or number is the address.
    assert _run("validate", _english(tmp_path, "A kestrel hovered over the field. Kestrel chicks hatched."),
                cwd=tmp_path).returncode == 0
    assert "'Kestrel Way', the street" in _run("validate", _english(tmp_path, "The surgery on Kestrel Way."),
                                                  cwd=tmp_path).stdout


def _english(folder: Path, sentence: str) -> Path:
    record = folder / "english.yaml"
    text = (DATA / "rowan.yaml").read_text(encoding="utf-8").replace("    language: uk\n", "")
    record.write_text(text.replace("Dr Sandhu at the surgery says your asthma is much better.", sentence),
                      encoding="utf-8")
    return record


def test_a_stored_translation_with_it_fails_validate_and_the_dads_copy_is_not_written(tmp_path):
    record = _copied(tmp_path)
    xlf = tmp_path / "rowan.uk.xlf"
    xlf.write_text(xlf.read_text(encoding="utf-8").replace(LEAK, CLEAN), encoding="utf-8")
    assert _run("translate", "import", xlf, "--record", record, cwd=tmp_path).returncode == 0
    out = tmp_path / "out"
    rendered = _run("render", record, "--for", "Craig Dunmore", "-o", out / "dad.docx", cwd=tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    assert CLEAN in docx_text((out / "dad.docx").read_bytes())
    # Stored before this check existed (as the reviewer's was): validate says where, render refuses.
    sidecar = tmp_path / "rowan.translations.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(CLEAN, LEAK), encoding="utf-8")
    validated = _run("validate", record, cwd=tmp_path)
    assert validated.returncode == 1
    assert ("languages.uk.working_well.3.translation: error: The uk translation of working_well.3: this names "
            "'Кестрел' (read as 'Kestrel', the name of the street of the address '4 Kestrel Way, Ilkley, LS29 8PD')"
            ) in validated.stdout
    (out / "dad.docx").unlink()
    assert _run("render", record, "--for", "Craig Dunmore", "-o", out / "dad.docx", cwd=tmp_path).returncode == 1
    assert not (out / "dad.docx").exists()
