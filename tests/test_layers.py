"""Layers look down only: a package another builds on never imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "recordgen"


def imported_packages(package: str) -> set[str]:
    """The recordgen packages (and top-level modules) that ``recordgen/<package>`` imports."""
    found = set()
    for path in (PACKAGE / package).rglob("*.py"):
        depth = len(path.relative_to(PACKAGE).parts) - 1  # folders between recordgen/ and the module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                inside = list(path.relative_to(PACKAGE).parts[:-1])[:depth - (node.level - 1)]
                names = inside + (node.module.split(".") if node.module else [])
                found |= {names[0]} if names else {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("recordgen."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("recordgen.")}
    return found - {package}


def test_i18n_builds_on_nothing_but_errors_and_support():
    # docx/ (bidi, line spacing) and rendering/ build on i18n's language facts.
    assert imported_packages("i18n") <= {"errors", "support"}


def test_docx_builds_on_language_facts_only():
    assert imported_packages("docx") <= {"i18n", "errors", "support"}


def test_the_page_uses_the_api():
    # The page is one more user of recordgen.api, like the CLI: no rule of its own reaches it another way.
    assert imported_packages("web") <= {"api", "errors", "support"}


def test_the_record_model_builds_on_language_facts_only():
    assert imported_packages("record") <= {"errors", "i18n", "support"}


def test_domain_rules_never_reach_up_to_rendering_or_distribution():
    # rules/chain.py looked up which files are records in distribution/ (now record/naming.py).
    assert not imported_packages("rules") & {"rendering", "distribution", "pdf", "cli", "web", "api"}
