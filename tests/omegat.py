"""Drive OmegaT (Debian's 3.6) in console mode, as a translator's OmegaT would handle a file.

An OmegaT project is a folder: ``omegat.project``, the files to translate in
``source/``, translation memories in ``tm/``. Translations in ``tm/auto/`` are
put in without asking, so a TMX there plays the translator. Console modes:

* ``--mode=console-createpseudotranslatetmx``: a TMX of every segment OmegaT
  sees, as it sees it (sentences, protected markup as ``<m0>..</m0>`` tags);
* ``--mode=console-translate``: writes ``target/`` from the project's memories.

Run ``python3 tests/omegat.py`` to rebuild the files in ``tests/omegat/`` from
the example record with the real OmegaT (after a change to the example or the
export).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from lxml import etree

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "omegat"

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>source</source_dir>
    <target_dir>target</target_dir>
    <tm_dir>tm</tm_dir>
    <glossary_dir>glossary</glossary_dir>
    <glossary_file>glossary/glossary.txt</glossary_file>
    <dictionary_dir>dictionary</dictionary_dir>
    <source_lang>en</source_lang>
    <target_lang>{lang}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def omegat_ready() -> bool:
    return shutil.which("omegat") is not None and shutil.which("java") is not None


def require_omegat() -> None:
    """Skip where OmegaT is missing; never in CI, which installs it."""
    if omegat_ready():
        return
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the OmegaT tests: run scripts/install-system-packages.sh first")
    pytest.skip("OmegaT missing: run scripts/install-system-packages.sh", allow_module_level=True)


def pseudo(segment: str) -> str:
    """A stand-in Urdu translation: lower-case words in capitals; names, "and", values and
    OmegaT's tags (``<m0>``) as they are. The "and" between two locked names of a Who
    ("<m0>Mark</m0> and <m1>Lisa</m1>": OmegaT shows it alone, the names' tags at its ends) is
    Urdu's "اور", as a translator writes it ("Mark اور Lisa"), not "Mark [ur] and Lisa"."""
    if segment.strip() == "and":
        return "اور"
    return "[ur] " + re.sub(r"(?<![\w@.'’<-])(?!and\b)[a-z][a-z'’-]*(?![\w@'’-]|\.\w)",
                            lambda m: m.group().upper(), segment)


def new_project(folder: Path, xlf: Path, lang: str = "ur") -> Path:
    for sub in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "omegat.project").write_text(PROJECT.format(lang=lang), encoding="utf-8")
    shutil.copyfile(xlf, folder / "source" / xlf.name)
    return folder


def _run(project: Path, *args: str) -> None:
    # OmegaT keeps its settings in $HOME/.omegat: a home of its own keeps runs apart.
    env = {**os.environ, "HOME": str(project.parent / "omegat-home")}
    done = subprocess.run(["omegat", str(project), *args], env=env, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)
    if done.returncode != 0 or "Exception" in done.stdout + done.stderr:
        raise AssertionError(f"omegat {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def segments(project: Path) -> list[str]:
    """Every segment OmegaT shows the translator, as it shows it."""
    tmx = project.parent / "segments.tmx"
    _run(project, "--mode=console-createpseudotranslatetmx", f"--pseudotranslatetmx={tmx}",
         "--pseudotranslatetype=equal")
    tree = etree.parse(str(tmx))
    return [tu.findall("tuv")[0].findtext("seg") for tu in tree.iterfind(".//tu")]


def translate(project: Path, translations: dict[str, str], lang: str = "ur") -> Path:
    """Put ``translations`` (segment -> its translation) in tm/auto, run OmegaT, return the
    file it writes in target/."""
    units = "".join(
        f'<tu><tuv xml:lang="en"><seg>{escape(en)}</seg></tuv>'
        f'<tuv xml:lang="{lang}"><seg>{escape(tr)}</seg></tuv></tu>\n'
        for en, tr in translations.items())
    (project / "tm" / "auto" / "translator.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="tests" '
        'creationtoolversion="1" segtype="sentence" o-tmf="tests" adminlang="en" srclang="en" '
        f'datatype="plaintext"/><body>\n{units}</body></tmx>\n', encoding="utf-8")
    _run(project, "--mode=console-translate")
    (out,) = (project / "target").iterdir()
    return out


#: Segments the partly translated file leaves as OmegaT shows them: the English. worries.1
#: is one sentence, working_well.3 two (the second is left).
LEFT_IN_ENGLISH = {
    "Sometimes you feel sad after family time and find it hard to sleep.",
    "You see her every two weeks at the family centre.",
}


def translator(segment_list: list[str], left: set[str] = frozenset()) -> dict[str, str]:
    """What the translator types: every segment but those ``left``, and those that are only a
    protected name (OmegaT shows ``<m0>Mark and Lisa</m0>``; nothing to translate)."""
    return {s: pseudo(s) for s in segment_list
            if s not in left and not re.fullmatch(r"<m0>[^<]*</m0>", s)}


def _rebuild_fixtures() -> None:
    """tests/omegat/: the example record, its --for-tool omegat export and what OmegaT
    returns for it, fully translated and with worries.2 and one sentence left in English."""
    import tempfile

    from click.testing import CliRunner

    from recordgen.cli import main_group

    example = HERE.parent / "examples" / "review-sam-9.yaml"
    FIXTURES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        record = tmp_path / example.name
        shutil.copyfile(example, record)
        exported = tmp_path / "review-sam-9.ur.xlf"
        result = CliRunner().invoke(main_group, ["translate", "export", str(record), "--lang", "ur",
                                                 "--for-tool", "omegat", "-o", str(exported)])
        assert result.exit_code == 0, result.output
        for name, left in (("translated", set()), ("partly-translated", LEFT_IN_ENGLISH)):
            project = new_project(tmp_path / name / "project", exported)
            returned = translate(project, translator(segments(project), left))
            shutil.copyfile(returned, FIXTURES / f"review-sam-9.ur.omegat-{name}.xlf")
        shutil.copyfile(example, FIXTURES / example.name)
        shutil.copyfile(exported, FIXTURES / exported.name)


if __name__ == "__main__":
    _rebuild_fixtures()
