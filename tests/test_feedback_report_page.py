"""The report page's feedback tables in a real browser (Debian's chromium), as a person reads them; axe-core on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recordgen import api
from recordgen.record.settings import FeedbackSettings

from recordfiles import ALL_EXAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (bash scripts/install-system-packages.sh installs it)",
                allow_module_level=True)
from playwright import sync_api  # noqa: E402


def test_the_feedback_tables_read_right_and_pass_axe(tmp_path):
    out = tmp_path / "out"
    api.Batch(api.BatchOptions(output=out, format="docx", workers=1, allow_untranslated=True)).run(
        [str(p) for p in ALL_EXAMPLES])
    children = [r for r in api.read_manifest(out / "manifest.csv") if r.role == "child"]
    api.mark_sent(out / "manifest.csv", [r.path for r in children])
    settings = FeedbackSettings()
    api.store_answers(out, [api.Answer(children[0].feedback, sense="no", wrong="My school is wrong")], False, settings)
    api.store_answers(out, [api.Answer(children[1].feedback, sense="yes")], False, settings)
    page_path = tmp_path / "report.html"
    api.write_report_html(api.distribution_report(out), page_path)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(page_path.as_uri())
            sync_api.expect(page.get_by_role("heading", name="Feedback on the records")).to_be_visible()
            by_band = page.get_by_role("table", name="Feedback returned, by age band")
            sync_api.expect(by_band.get_by_role("columnheader", name="Said something is wrong")).to_be_visible()
            rows = {row.get_by_role("rowheader").inner_text(): row.get_by_role("cell").all_inner_texts()
                    for row in by_band.get_by_role("row").all()[1:]}
            first, second = children[0].band, children[1].band
            assert rows[first][:7] == ["1", "1", "100%", "0", "0", "1", "1"]
            assert rows[second][:7] == ["1", "1", "100%", "1", "0", "0", "0"]
            assert "My school is wrong" not in page.content()   # counts, never the words
            page.evaluate(AXE.read_text(encoding="utf-8"))
            result = page.evaluate("""() => axe.run(document, {resultTypes: ['violations'],
                rules: {'color-contrast-enhanced': {enabled: false}}})""")
            assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
        finally:
            browser.close()
