"""perf14: what a command imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_rendering_imports_neither_docxtpl_nor_python_docx():
    """Only a template compiled afresh needs docxtpl's tag repair; importing it (and python-docx
    with it) cost every batch and render 0.07 s of CPU. The cache key still names its file."""
    code = ("import sys; import recordgen.rendering.renderer, recordgen.distribution.copies; "
            "print(sorted(m for m in ('docx', 'docxtpl') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONPATH": str(ROOT), "PATH": ""}).stdout.strip()
    assert found == "[]"
    import docxtpl.template

    from recordgen.rendering import template

    assert template._DOCXTPL_PATCHER == docxtpl.template.__file__


def test_a_template_compiled_afresh_still_has_docxtpls_tag_repair(tmp_path):
    from recordgen.rendering.template import prepare_xml

    xml = ('<w:p><w:r><w:t>{%p if a %}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>')
    assert "{% if a %}" in prepare_xml(xml) and "{%p" not in prepare_xml(xml)
