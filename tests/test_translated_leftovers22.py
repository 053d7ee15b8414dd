"""Leftovers a reviewer found reading translated copies, session 22: the brackets of a passage still
in English drawn as a pair in right-to-left copies (1); the notice of parts still in English in the
number of parts the copy marks, one or several (2, Tigrinya); role words the tool writes itself (an
action's "your IRO") from the catalogs, never marked as the IRO's English, a woman's possessive for
"your mum" in Urdu and Arabic, and in full in English (3). Each test renders a real copy and reads
the .docx back, or the PDF LibreOffice makes of it."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import AHMAD, SAM, docx_parts, docx_text, example_data, libreoffice_ready

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TRANSLATED = ("ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur")


def copy_data(data: dict, who: str, language: str) -> bytes:
    """``who``'s copy in ``language`` (.docx), no translations (English marked)."""
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    original = api.recipient_for(loaded.record, who)
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    distribution = [recipient if r is original else r for r in loaded.record.distribution]
    record = loaded.record.model_copy(update={"distribution": distribution})
    return api.Renderer(allow_untranslated=True).render_copy(record, recipient).data


def copy_text(data: dict, who: str, language: str) -> str:
    """The visible text of ``who``'s copy in ``language``, no translations (English marked)."""
    return docx_text(copy_data(data, who, language))


# --- 1: a passage in English keeps its brackets a pair in a right-to-left copy ---------------------


@pytest.mark.parametrize("language", ["ur", "ar", "ps", "fa_AF", "ckb"])
def test_both_brackets_of_a_marked_passage_are_in_right_to_left_runs(language):
    """Word lays a run's brackets out by the run's direction (``w:rtl``, ECMA-376 17.3.2.30). The
    "]" closing "[بالإنجليزية: ...]" shared the English's run, without ``w:rtl`` (its LRM counted
    as a left-to-right letter), while the "[" had it: one mirrored, the other not, "[ … ["."""
    body = etree.fromstring(docx_parts(copy_data(example_data(SAM), "child", language))["word/document.xml"])
    marker = gettext_functions(language)[0]("[in English: %(text)s]", text="").split(":")[0]
    paragraphs = [p for p in body.iter(W + "p") if marker in "".join(t.text or "" for t in p.iter(W + "t"))]
    assert len(paragraphs) >= 10
    for paragraph in paragraphs:
        for run in paragraph.iter(W + "r"):
            text = "".join(t.text or "" for t in run.iter(W + "t"))
            if "[" in text or "]" in text:
                assert run.find(f"{W}rPr/{W}rtl") is not None, (text, etree.tostring(paragraph, encoding=str))
                # The English's own full stop stays in its left-to-right run, at the end of the English.
                assert ".\u200e]" not in text, text


def _drawn_opening_right(image, char, page_height: float, dpi: int) -> bool:
    """Whether the glyph drawn for ``char`` (an upright bracket) opens to the right, like "[":
    the ink of its two ends lies right of the ink of its middle."""
    scale = dpi / 72
    box = (int(char.x0 * scale), int((page_height - char.y1) * scale),
           max(int(char.x1 * scale), int(char.x0 * scale) + 1), int((page_height - char.y0) * scale) + 1)
    glyph = image.crop(box).convert("L")
    rows = [[x for x in range(glyph.width) if glyph.getpixel((x, y)) < 140] for y in range(glyph.height)]
    inked = [y for y in range(glyph.height) if rows[y]]
    top, bottom = inked[0], inked[-1]
    band = max(1, (bottom - top) // 6)

    def centre(ys) -> float:
        xs = [x for y in ys for x in rows[y]]
        return sum(xs) / len(xs)

    middle = centre(range(top + 2 * band, bottom - 2 * band + 1))
    return centre(range(top, top + band)) + centre(range(bottom - band + 1, bottom + 1)) > 2 * middle


@pytest.mark.skipif(not libreoffice_ready() or not shutil.which("pdftoppm"), reason="LibreOffice or poppler missing")
@pytest.mark.parametrize("language", ["ur", "ar"])
def test_a_wrapped_marked_passage_is_drawn_between_a_pair_of_brackets(libreoffice_pool, tmp_path, language):
    """In the PDF, the "[" opening a passage still in English, on the first line of a long item, is
    drawn facing the words to its left ("]"), and the "]" closing it on the next line faces them too."""
    image_module = pytest.importorskip("PIL.Image")
    layout = pytest.importorskip("pdfminer.layout")
    from pdfminer.high_level import extract_pages

    docx = tmp_path / "copy.docx"
    docx.write_bytes(copy_data(example_data(SAM), "child", language))
    pdf = tmp_path / "copy.pdf"
    libreoffice_pool.convert(docx, pdf)
    dpi, checked = 200, 0
    for number, page in enumerate(extract_pages(pdf), 1):
        stem = tmp_path / f"page{number}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), "-png", "-singlefile",
                        str(pdf), str(stem)], check=True)
        image = image_module.open(f"{stem}.png")
        chars, stack = [], [page]
        while stack:
            item = stack.pop()
            if isinstance(item, layout.LTChar):
                chars.append(item)
            elif hasattr(item, "__iter__"):
                stack.extend(item)
        lines: dict[int, list] = {}
        for char in chars:
            lines.setdefault(round(char.y0), []).append(char)
        rows = [sorted(lines[y], key=lambda c: c.x0) for y in sorted(lines, reverse=True)]
        for index, row in enumerate(rows):
            # A line ending (on its right) with an opening bracket whose English goes on to the next line,
            # which ends (on its left) with the closing one; upright text only (the child's words are italic).
            # Rows are glyphs on one baseline: an Urdu word's glyphs may sit on rows of their own between.
            brackets = [c for c in row if c.get_text() in "[]"]
            if len(brackets) != 1 or brackets[0].get_text() != "[" or "Italic" in brackets[0].fontname:
                continue
            starts = [[c for c in following if c.get_text().strip()][:1] for following in rows[index + 1:index + 4]]
            closing = next((start for start in starts if start and start[0].get_text() == "]"), None)
            if closing is None:
                continue
            line = "".join(c.get_text() for c in row)
            assert not _drawn_opening_right(image, brackets[0], page.height, dpi), line
            assert _drawn_opening_right(image, closing[0], page.height, dpi), line
            checked += 1
    assert checked >= 3, "the child's copy should have long items in English that wrap"


# --- 3: a role alone in an action's Who cell is the catalogs' words ----------------------------------


def _with_roles_alone(path) -> dict:
    data = example_data(path)
    by = data["actions"][0]["by"]
    data["actions"] += [{"who": "your IRO", "what": "Check that the new school visit happened.", "by": by},
                        {"who": "Your social worker", "what": "Book the dentist.", "by": by}]
    return data


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("path, who", [(AHMAD, "child"), (SAM, "parent")], ids=["ahmad-child", "sam-parent"])
def test_a_role_alone_in_an_actions_who_is_in_the_readers_words(language, path, who):
    _ = gettext_functions(language)[0]
    text = copy_text(_with_roles_alone(path), who, language)
    marker = _("[in English: %(text)s]", text="")[:4]
    for english in ("your IRO", "Your social worker", "Independent Reviewing Officer"):
        assert english not in text, english
    cells = [line.strip("\u200e\u200f") for line in text.splitlines()]
    # "Your" as the letter says it to its child (Tigrinya: Ahmad's "ናትካ", Sam's "ናትኪ").
    yours = gettext_functions(language, "male" if path == AHMAD else "female")[0]
    for role in ("Independent Reviewing Officer", "social worker"):
        assert yours("Your %(role)s", role=_(role)) in cells, role
    assert not any(line.startswith(marker) and "IRO" in line for line in cells)



def test_a_role_alone_in_an_english_copy_is_in_full_and_starts_its_cell():
    """As every copy writes an acronym a child is not expected to know: "Your Independent Reviewing Officer"."""
    cells = copy_text(_with_roles_alone(SAM), "child", "en").splitlines()
    assert "Your Independent Reviewing Officer" in cells and "Your social worker" in cells
    assert "your IRO" not in cells

def test_a_role_alone_is_no_item_awaiting_translation():
    """Its words come from the catalogs, so the copy does not wait for (or count) its translation."""
    data = _with_roles_alone(SAM)
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    recipient = api.recipient_for(loaded.record, "parent")
    texts = api.Renderer(allow_untranslated=True).translated_texts(loaded.record, recipient)
    assert "actions.5.who" not in texts.untranslated and "actions.6.who" not in texts.untranslated
    assert "actions.5.what" in texts.untranslated



@pytest.mark.parametrize("language, mum", [("ur", "آپ کی امی"), ("ar", "الأم الخاصة بك")])
def test_your_mum_alone_agrees_with_her(language, mum):
    """"your mum" alone in a Who cell: the possessive for a woman, not the masculine "آپ کے امی"."""
    data = example_data(SAM)
    data["actions"].append({"who": "your mum", "what": "Come to the school play.", "by": data["actions"][0]["by"]})
    cells = [line.strip("\u200e\u200f") for line in copy_text(data, "child", language).splitlines()]
    assert mum in cells

# --- 2: the notice of parts still in English says one part, or several, in the reader's number ------

ONE_PART = ("One part of this record is still in English. It is marked like this: %(marker)s. "
            "Its translation will follow.")
SOME_PARTS = ("Some parts of this record are still in English. Each one is marked like this: %(marker)s. "
              "Their translation will follow.")


def _parent_copy_with_missing(tmp_path: Path, language: str, missing: int, also: tuple[str, ...] = ()) -> str:
    """Amina's copy in ``language``, every item translated (the example's Urdu, standing in for it) but
    the last ``missing`` of them, and those at the paths ``also``."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    data = example_data(SAM)
    data["distribution"][1]["language"] = language
    record = tmp_path / SAM.name
    with record.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    sidecar = yaml.load(SAM.with_name("review-sam-9.translations.yaml").read_text(encoding="utf-8"))
    entries = sidecar["languages"].pop("ur")
    for path in [p for p in entries if p.startswith(("worries.", "goals."))][-missing:] + list(also):
        del entries[path]
    sidecar["languages"][language] = entries
    with (tmp_path / "review-sam-9.translations.yaml").open("w", encoding="utf-8") as out:
        yaml.dump(sidecar, out)
    loaded = api.load_record(record)
    recipient = api.recipient_for(loaded.record, "parent")
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, recipient).data)


@pytest.mark.parametrize("language", ["ti", "pl", "cy", "ar", "uk"])
@pytest.mark.parametrize("missing", [1, 2])
def test_the_notice_counts_the_parts_still_in_english(tmp_path, language, missing):
    """Tigrinya's notice said "ገለ ክፋላት" (some parts) over the one part still in English."""
    _, ngettext = gettext_functions(language)
    marker = _("[in English: %(text)s]", text="…")
    text = _parent_copy_with_missing(tmp_path, language, missing)
    assert text.count(marker[:4]) == missing + 1, text  # the notice's own example, and each part
    assert ngettext(ONE_PART, SOME_PARTS, missing, marker=marker) in text
    assert ngettext(ONE_PART, SOME_PARTS, 3 - missing, marker=marker) not in text


def test_a_who_shown_in_the_readers_words_is_no_part_in_english(tmp_path):
    """"Jo Smith (your social worker)" awaiting translation shows her name and the catalog's role,
    nothing marked: the notice counts the one part it marks, in the singular."""
    _, ngettext = gettext_functions("ti")
    marker = _("[in English: %(text)s]", text="…")
    text = _parent_copy_with_missing(tmp_path, "ti", 1, also=("actions.1.who",))
    assert text.count(marker[:4]) == 2
    assert ngettext(ONE_PART, SOME_PARTS, 1, marker=marker) in text
