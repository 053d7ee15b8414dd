"""PDF copies through the LibreOffice converter pool, checked by reading the PDFs back.

These run LibreOffice for real. `scripts/install-system-packages.sh` installs it;
without it they are skipped on a developer's machine and fail in CI.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader

from recordgen.pdf import (
    ConversionFailed,
    ConverterPool,
    LibreOfficeMissing,
    PdfCheckFailed,
    find_soffice,
    missing_font_families,
    read_pdf_facts,
    verify_pdf,
)
from recordgen.pdf.converter import find_jemalloc, installed_version
from recordgen.i18n.languages import FONT_FOR_LANGUAGE, LATIN_FONT, font_for_language
from recordgen.pdf.fonts import fontconfig_text, write_fontconfig


# --- building small .docx files --------------------------------------------------------


def _set_document_language(document, latin: str, complex_script: str | None = None) -> None:
    """Set the language in the docx defaults, where Word keeps the document's language."""
    run_defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), latin)
    if complex_script:
        language.set(qn("w:bidi"), complex_script)


def _add_complex_paragraph(document, text: str, language: str, right_to_left: bool):
    paragraph = document.add_paragraph()
    if right_to_left:
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    run = paragraph.add_run(text)
    run_properties = run._r.get_or_add_rPr()
    if right_to_left:
        run_properties.append(OxmlElement("w:rtl"))
    run_properties.append(OxmlElement("w:cs"))  # complex script: the w:bidi language applies
    run_language = OxmlElement("w:lang")
    run_language.set(qn("w:bidi"), language)
    run_properties.append(run_language)
    return paragraph


def _english_record(path: Path, marker: str, withheld: str) -> Path:
    document = Document()
    document.core_properties.title = "Your review record"
    _set_document_language(document, "en-GB")
    document.add_heading("Dear Sam", level=1)
    paragraph = document.add_paragraph(f"I met you at school on 3 March. {marker} ")
    # Hidden text is how a careless template might carry withheld words: it must not print.
    hidden = paragraph.add_run(withheld)
    hidden.font.hidden = True
    document.add_paragraph("You told me you feel safe with Mark and Lisa.")
    document.save(path)
    return path


ARABIC = "التقيت بك في المدرسة يوم ٣ مارس"
URDU = "میں آپ سے تین مارچ کو اسکول میں ملا"
BENGALI = "আমি তোমার সাথে স্কুলে দেখা করেছি"
TIGRINYA = "ኣብ ቤት ትምህርቲ ተራኺብና"


def _arabic_record(path: Path) -> Path:
    document = Document()
    document.core_properties.title = "سجل المراجعة الخاص بك"
    _set_document_language(document, "ar-SA", "ar-SA")
    _add_complex_paragraph(document, ARABIC, "ar-SA", right_to_left=True)
    # The same words in a left-to-right paragraph, to see where right-to-left puts them.
    _add_complex_paragraph(document, ARABIC, "ar-SA", right_to_left=False)
    document.save(path)
    return path


def _many_scripts_record(path: Path) -> Path:
    document = Document()
    document.core_properties.title = "Scripts"
    _set_document_language(document, "en-GB")
    document.add_paragraph("English first.")
    _add_complex_paragraph(document, URDU, "ur-PK", right_to_left=True)
    _add_complex_paragraph(document, BENGALI, "bn-BD", right_to_left=False)
    _add_complex_paragraph(document, TIGRINYA, "ti-ER", right_to_left=False)
    document.save(path)
    return path


def _soffice_bin_pids(pool: ConverterPool) -> list[int]:
    """soffice.bin processes of the pool: they share the launcher's process group."""
    groups = {converter.office.pid for converter in pool._converters if converter.office is not None}
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        if name == "soffice.bin" and fields[0] != "Z" and int(fields[2]) in groups:
            found.append(int(entry.name))
    return found


# --- tests that need no LibreOffice ----------------------------------------------------------


def test_missing_libreoffice_is_one_line_naming_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("RECORDGEN_SOFFICE", raising=False)
    with pytest.raises(LibreOfficeMissing) as caught:
        find_soffice()
    message = str(caught.value)
    assert "\n" not in message
    assert "apt-get install" in message and "libreoffice-writer-nogui" in message
    with pytest.raises(LibreOfficeMissing):
        with ConverterPool(workers=1):
            pass


def test_verify_pdf_refuses_missing_empty_and_truncated_files(tmp_path):
    with pytest.raises(PdfCheckFailed, match="no PDF was written"):
        verify_pdf(tmp_path / "absent.pdf")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(PdfCheckFailed, match="empty"):
        verify_pdf(empty)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.6\n1 0 obj\n<< /Type /Catalog")
    with pytest.raises(PdfCheckFailed, match="not a complete PDF"):
        verify_pdf(truncated)
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.6\nthis is not a pdf body\n%%EOF\n")
    with pytest.raises(PdfCheckFailed):
        verify_pdf(garbage)


def test_pool_rejects_unknown_pdfa_level():
    with pytest.raises(ValueError, match="pdfa"):
        ConverterPool(pdfa="4z")


def test_fonts_chosen_per_language():
    assert font_for_language("ur-PK") == "Noto Nastaliq Urdu"
    assert font_for_language("ar") == "Noto Naskh Arabic"
    assert font_for_language("ti_ER") == "Noto Sans Ethiopic"
    assert font_for_language("pl") == "Noto Sans"
    assert "/etc/fonts/fonts.conf" in fontconfig_text()


# --- conversions ------------------------------------------------------------------------------


def test_english_copy_is_pdfa_2b_tagged_titled_with_fonts_embedded(libreoffice_pool, tmp_path):
    source = _english_record(tmp_path / "sam.docx", "MARKER-7Q2", "WITHHELD-ADDRESS-9 Elm Road")
    target = tmp_path / "sam.pdf"
    libreoffice_pool.convert(source, target)

    facts = read_pdf_facts(target)
    assert "MARKER-7Q2" in facts.text
    assert "feel safe with Mark and Lisa" in facts.text
    assert "WITHHELD" not in facts.text and "Elm Road" not in facts.text
    assert (facts.pdfa_part, facts.pdfa_conformance) == ("2", "B")
    assert facts.title == "Your review record"
    assert facts.language == "en-GB"
    assert facts.tagged
    assert facts.fonts and facts.unembedded_fonts == []
    if shutil.which("pdffonts"):  # poppler's independent view of the same fonts
        listing = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing
    # No temporary file left beside the copy.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sam.docx", "sam.pdf"]


def test_arabic_copy_is_laid_out_right_to_left_in_naskh(libreoffice_pool, tmp_path):
    target = tmp_path / "arabic.pdf"
    libreoffice_pool.convert(_arabic_record(tmp_path / "arabic.docx"), target)

    facts = read_pdf_facts(target)
    assert facts.language == "ar-SA"
    assert facts.title == "سجل المراجعة الخاص بك"
    assert any("NotoNaskhArabic" in name for name in facts.fonts), facts.fonts
    assert facts.unembedded_fonts == []
    assert "المدرسة" in facts.text

    # Where each Arabic line starts: the right-to-left paragraph hugs the right margin.
    line_starts: list[float] = []

    def note_arabic(text, _cm, tm, _font, _size):
        if any("\u0600" <= char <= "\u06ff" for char in text):
            line_starts.append(tm[4])

    page = PdfReader(target).pages[0]
    page.extract_text(visitor_text=note_arabic)
    width = float(page.mediabox.width)
    right_to_left_start, left_to_right_start = line_starts[0], line_starts[-1]
    assert left_to_right_start < width * 0.25
    assert right_to_left_start > width * 0.4, (line_starts, width)


def test_urdu_bengali_and_tigrinya_get_their_own_fonts(libreoffice_pool, tmp_path):
    target = tmp_path / "scripts.pdf"
    libreoffice_pool.convert(_many_scripts_record(tmp_path / "scripts.docx"), target)

    facts = read_pdf_facts(target)
    font_names = " ".join(facts.fonts)
    for family in ("NotoNastaliqUrdu", "NotoSansBengali", "NotoSansEthiopic"):
        assert family in font_names, facts.fonts
    assert facts.unembedded_fonts == []
    assert "ኣብ" in facts.text  # Ethiopic survives the round trip as text, not just glyphs


def test_convert_many_uses_every_converter_and_reports_each_copy(libreoffice_pool, tmp_path):
    pairs = []
    for number in range(6):
        source = _english_record(tmp_path / f"copy{number}.docx", f"COPY-{number}-MARK", "secret")
        pairs.append((source, tmp_path / f"copy{number}.pdf"))
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a docx")
    pairs.append((broken, tmp_path / "broken.pdf"))

    results = {source.name: error for source, _, error in libreoffice_pool.convert_many(pairs)}

    assert set(results) == {source.name for source, _ in pairs}
    assert isinstance(results.pop("broken.docx"), ConversionFailed)
    assert all(error is None for error in results.values()), results
    for number in range(6):
        assert f"COPY-{number}-MARK" in read_pdf_facts(tmp_path / f"copy{number}.pdf").text
    assert not (tmp_path / "broken.pdf").exists()
    assert not list(tmp_path.glob(".*partial"))


def test_unreadable_or_missing_input_fails_in_one_line(libreoffice_pool, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a word document at all")
    with pytest.raises(ConversionFailed) as caught:
        libreoffice_pool.convert(broken, tmp_path / "broken.pdf")
    assert "\n" not in str(caught.value)
    with pytest.raises(ConversionFailed, match="no such file"):
        libreoffice_pool.convert(tmp_path / "absent.docx", tmp_path / "absent.pdf")


@pytest.mark.usefixtures("libreoffice")
def test_killed_soffice_is_restarted_and_the_batch_goes_on(tmp_path):
    sources = [
        _english_record(tmp_path / f"k{number}.docx", f"KILL-{number}-MARK", "secret")
        for number in range(6)
    ]
    with ConverterPool(workers=1, timeout=60) as single:
        single.convert(sources[0], tmp_path / "k0.pdf")
        victims = _soffice_bin_pids(single)
        assert len(victims) == 1
        os.kill(victims[0], signal.SIGKILL)
        single.convert(sources[1], tmp_path / "k1.pdf")  # between documents

        # Now during a run: kill whichever soffice.bin is alive once the first copy is back.
        killed = threading.Event()
        results = []
        for source, target, error in single.convert_many(
            (source, tmp_path / f"{source.stem}.pdf") for source in sources[2:]
        ):
            results.append((source, error))
            if not killed.is_set():
                for pid in _soffice_bin_pids(single):
                    os.kill(pid, signal.SIGKILL)
                killed.set()
        assert [error for _, error in results] == [None] * 4
        assert _soffice_bin_pids(single) and _soffice_bin_pids(single) != victims
    for number in range(6):
        assert f"KILL-{number}-MARK" in read_pdf_facts(tmp_path / f"k{number}.pdf").text


@pytest.mark.usefixtures("libreoffice")
def test_timeout_kills_retries_once_then_fails_cleanly(tmp_path):
    source = _english_record(tmp_path / "slow.docx", "SLOW", "secret")
    with ConverterPool(workers=1, timeout=0.01) as hasty:
        started = time.monotonic()
        with pytest.raises(ConversionFailed) as caught:
            hasty.convert(source, tmp_path / "slow.pdf")
        message = str(caught.value)
        assert "\n" not in message
        assert "failed twice" in message and "longer than 0.01 s" in message
        assert time.monotonic() - started < 60
    assert not (tmp_path / "slow.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slow.docx"]


@pytest.mark.usefixtures("libreoffice")
def test_plain_pdf_when_pdfa_is_switched_off(tmp_path):
    source = _english_record(tmp_path / "plain.docx", "PLAIN-MARK", "secret")
    with ConverterPool(workers=1, pdfa="") as plain:
        plain.convert(source, tmp_path / "plain.pdf")
    facts = read_pdf_facts(tmp_path / "plain.pdf")
    assert "PLAIN-MARK" in facts.text
    assert facts.pdfa_part is None


def test_a_converter_that_cannot_make_a_pdf_fails_at_start_not_mid_batch(tmp_path, monkeypatch):
    from recordgen.pdf import converter

    monkeypatch.setattr(converter, "_write_sample", lambda path: path.write_bytes(b"not a Word document"))
    with pytest.raises(ConversionFailed, match="started but could not make a PDF"):
        with ConverterPool(workers=1):
            pass


def test_every_font_the_converters_prefer_is_installed():
    """Otherwise fontconfig quietly substitutes, and a script may come out as boxes."""
    if shutil.which("fc-list") is None and not os.environ.get("CI"):
        pytest.skip("no fontconfig here; scripts/install-system-packages.sh installs it")
    assert missing_font_families() == []


def _fc_list(fields: str, config: Path | None = None) -> list[str]:
    env = dict(os.environ)
    if config is not None:
        env["FONTCONFIG_FILE"] = str(config)
    listing = subprocess.run(["fc-list", "-f", fields + "\n"], capture_output=True, text=True, env=env, check=True)
    return listing.stdout.splitlines()


def test_converters_see_only_regular_and_bold_faces_yet_every_language_the_system_has(tmp_path):
    """Fewer faces make LibreOffice faster; no language may lose its last font for it."""
    if shutil.which("fc-list") is None:
        if os.environ.get("CI"):
            raise AssertionError("fontconfig missing: scripts/install-system-packages.sh installs it")
        pytest.skip("no fontconfig here")
    config = write_fontconfig(tmp_path)
    assert config is not None
    faces = [line.split() for line in _fc_list("%{weight} %{width} %{family}", config)]
    assert faces
    hidden = {"weight": {"0", "40", "50", "55", "100", "180", "205", "210"},
              "width": {"50", "63", "75", "87", "113", "125", "150", "200"}}
    faces = [face for face in faces if face[2:] != ["Symbola"]]  # the emoji font, semi-condensed, kept by name
    assert not [face for face in faces if face[0] in hidden["weight"] or face[1] in hidden["width"]]

    def languages(lines: list[str]) -> set[str]:
        return {language for line in lines for language in line.split("|") if language}

    assert languages(_fc_list("%{lang}", config)) == languages(_fc_list("%{lang}"))
    families = {name for line in _fc_list("%{family}", config) for name in line.split(",")}
    assert {*FONT_FOR_LANGUAGE.values(), LATIN_FONT} <= families


def test_system_allocator_can_be_chosen_for_libreoffice(monkeypatch):
    monkeypatch.setenv("RECORDGEN_SOFFICE_ALLOCATOR", "system")
    assert find_jemalloc() is None


def test_libreoffice_runs_on_jemalloc_when_it_is_installed(libreoffice_pool):
    """scripts/install-system-packages.sh installs libjemalloc2: 8 to 15% less CPU per PDF."""
    library = find_jemalloc()
    if library is None:
        if os.environ.get("CI"):
            raise AssertionError("libjemalloc2 missing: scripts/install-system-packages.sh installs it")
        pytest.skip("jemalloc is not installed here")
    pids = _soffice_bin_pids(libreoffice_pool)
    assert pids
    for pid in pids:
        assert os.path.realpath(library) in {
            os.path.realpath(line.split()[-1]) for line in Path(f"/proc/{pid}/maps").read_text().splitlines()
            if line.split()[-1].startswith("/")
        }


def test_converters_skip_libreoffices_first_run_graphics_tests(libreoffice_pool):
    """A fresh profile is marked as run by this version, so soffice starts in a third of the time."""
    version = installed_version(find_soffice())
    assert version is not None and version.replace(".", "").isdigit()
    for converter in libreoffice_pool._converters:
        user = converter.profile_dir / "user"
        assert f"<value>{version}</value>" in (user / "registrymodifications.xcu").read_text(encoding="utf-8")
        assert not (user / "GraphicsRenderTests.log").exists()  # written when the tests do run


def test_each_converter_keeps_to_a_core_of_its_own(libreoffice_pool):
    if shutil.which("taskset") is None or len(os.sched_getaffinity(0)) < libreoffice_pool.workers:
        pytest.skip("fewer cores than converters, or no taskset: converters are not pinned")
    cores = []
    for pid in _soffice_bin_pids(libreoffice_pool):
        affinity = os.sched_getaffinity(pid)
        assert len(affinity) == 1
        cores.append(next(iter(affinity)))
    assert len(cores) == libreoffice_pool.workers and len(set(cores)) == libreoffice_pool.workers
