"""The authoring page in a real browser (Debian's chromium through Playwright), as a person uses it:
by labels, roles and button names. axe-core runs on each page.
"""

from __future__ import annotations

import io
import re
import shutil
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from recordgen import api
from recordgen.web import Server

from webserver import copy_examples

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "serve.png"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SAM = "review-sam-9.yaml"

if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (bash scripts/install-system-packages.sh installs it)",
                allow_module_level=True)
from playwright import sync_api  # noqa: E402  in the test extra: missing it is a failure, not a skip

expect = sync_api.expect


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        # Playwright gives each launch a fresh profile of its own (a --user-data-dir is not allowed here).
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def server(tmp_path):
    running = Server(copy_examples(tmp_path / "records")).start()
    yield running
    running.stop()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.goto(server.url)
    yield opened
    context.close()
    assert not errors, errors


def open_record(page, name: str = SAM):
    page.goto(page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + f"/records/{name}")
    wait_checked(page)
    return page


def wait_checked(page, after: int = 0):
    """Wait until the page has shown the answer to a check newer than ``after``."""
    page.wait_for_function("n => Number(document.getElementById('record').dataset.checked || 0) > n", arg=after)


def checks_so_far(page) -> int:
    return int(page.eval_on_selector("#record", "f => Number(f.dataset.checked || 0)"))


def settle(page):
    """Wait for the debounced check and preview the last keystroke started."""
    page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")


def run_axe(page) -> list[dict]:
    """axe-core's serious and critical violations (injected through the DevTools protocol, so the CSP stays on)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def box(page, name: str):
    return page.get_by_role("textbox", name=name, exact=True)


# ---- safety through the browser -------------------------------------------------------------

def test_without_the_token_the_browser_gets_403(browser, server):
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(server.base + "/")
    assert response.status == 403
    assert page.inner_text("body").strip() == "403 Forbidden"
    response = page.goto(server.base + f"/records/{SAM}")
    assert response.status == 403
    context.close()


class _EvilSite(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = b"<!doctype html><title>another site</title><p>hello</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_cross_site_post_from_another_page_is_refused(page, server):
    path = server.folder / SAM
    before = path.read_bytes()
    evil = ThreadingHTTPServer(("127.0.0.1", 0), _EvilSite)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        # The browser holds the token cookie (same site: another port on 127.0.0.1), so only Origin stops this.
        page.goto(f"http://127.0.0.1:{evil.server_address[1]}/")
        status = page.evaluate("""async url => {
            const r = await fetch(url, {method: 'POST', credentials: 'include', mode: 'cors',
              headers: {'Content-Type': 'text/plain'}, body: JSON.stringify({data: {}, version: '', overwrite: true})})
              .catch(e => 'blocked');
            return typeof r === 'string' ? r : r.status;
        }""", f"{server.base}/api/records/{SAM}/save")
        assert status in ("blocked", 403)
        page.evaluate("""url => { const f = document.createElement('form'); f.method = 'POST'; f.action = url;
            f.enctype = 'text/plain'; const i = document.createElement('input'); i.name = '{"data":{},"x'; i.value = '":1}';
            f.appendChild(i); document.body.appendChild(f); f.submit(); }""", f"{server.base}/api/records/{SAM}/save")
        page.wait_for_load_state()
        assert "403 Forbidden" in page.inner_text("body")
    finally:
        evil.shutdown()
    assert path.read_bytes() == before


# ---- the list and a new record --------------------------------------------------------------

def test_the_list_of_records_and_axe(page):
    expect(page.get_by_role("heading", name="Review records")).to_be_visible()
    table = page.get_by_role("table", name="Records in the folder records")
    expect(table.get_by_role("link", name="Sam", exact=True)).to_be_visible()
    expect(table.get_by_role("row").filter(has_text="NL-20451")).to_contain_text("2026-03-03")
    assert run_axe(page) == []
    page.get_by_role("link", name="Start a new record").click()
    expect(page.get_by_role("textbox", name="File name for the new record")).to_be_visible()
    assert run_axe(page) == []


def test_write_a_whole_record_from_scratch(page, server):
    page.get_by_role("link", name="Start a new record").click()
    page.get_by_role("textbox", name="File name for the new record").fill("review-robin-1")
    page.get_by_role("button", name="Start the record").click()
    page.wait_for_url(re.compile(r"/records/review-robin-1\.yaml$"))
    wait_checked(page)
    expect(page.get_by_role("status")).to_contain_text("error")

    box(page, "Full name").fill("Robin Example")
    box(page, "Known as").fill("Robin")
    box(page, "Case number").fill("EX-00001")
    page.get_by_label("Date of birth", exact=True).fill("2014-02-03")
    page.get_by_label("Entered care", exact=True).fill("2025-11-03")
    page.get_by_label("Review date", exact=True).fill("2025-12-01")
    page.get_by_label("Participation", exact=True).select_option("PN1")
    box(page, "Where it was held").fill("your foster home")
    box(page, "Chaired by (IRO)").fill("Alex Reviewer")
    page.get_by_role("button", name="Add an attendee").click()
    box(page, "Name, attendee 1").fill("Robin")
    box(page, "Role, attendee 1").fill("you")
    for section, heading, text in (
        ("Your own words", "Your own words", "I like my room."),
        ("What's working well", "What's working well", "You have settled in well with Pat."),
        ("What are we worried about", "What are we worried about", "You miss your friends from your old school."),
        ("What will it look like when things are better", "What will it look like when things are better",
         "You have friends at your new school."),
    ):
        page.get_by_role("button", name=f"Add to {heading}").click()
        box(page, f"{heading} 1").fill(text)
    page.get_by_role("spinbutton", name="Score (0 to 10)").fill("7")
    box(page, "Scored by").fill("you")
    box(page, "What 0 and 10 mean").fill("10 means everything is great, 0 means it is really hard.")
    page.get_by_role("button", name="Add an action").click()
    box(page, "Who, action 1").fill("Pat Carer (your foster carer)")
    box(page, "What, action 1").fill("Take you to the youth club on Fridays.")
    page.get_by_label("By, action 1", exact=True).fill("2026-01-15")
    box(page, "The plan").fill("You will stay with Pat while we plan what is next.")
    page.get_by_label("Advocate", exact=True).select_option("offered")
    page.get_by_label("Independent visitor", exact=True).select_option("declined")
    page.get_by_label("How to complain was explained", exact=True).check()
    box(page, "Carers").fill("Pat Carer")
    box(page, "Address").fill("1 Example Lane, Exampletown, EX1 1AA")
    page.get_by_label("Confidential: keep the address and school from parents", exact=True).check()
    box(page, "Name, recipient 1").fill("Robin")
    page.get_by_role("button", name="Add a recipient").click()
    page.get_by_label("Role, recipient 2", exact=True).select_option("carer")
    box(page, "Name, recipient 2").fill("Pat Carer")
    settle(page)
    expect(page.get_by_role("status")).to_contain_text("0 errors")
    expect(page.locator("#dates")).to_contain_text("Next review due by (latest lawful)")
    expect(page.locator("#latest-lawful")).to_contain_text("2026-03-01")  # a first review: the second is due within 3 months
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Saved at")

    saved = server.folder / "review-robin-1.yaml"
    loaded = api.load_record(saved)
    assert not [d for d in api.validate(loaded) if d.severity == "error"]
    assert loaded.record.actions[0].by.isoformat() == "2026-01-15"
    assert "# 1 is the first review after entering care" in saved.read_text()
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "carer"))
    document = zipfile.ZipFile(io.BytesIO(copy.data)).read("word/document.xml").decode()
    assert "You have settled in well with Pat." in document
    assert "1 Example Lane" in document  # the carer may see the address
    assert run_axe(page) == []


# ---- editing Sam's record -------------------------------------------------------------------

def test_edit_an_existing_record_and_its_comments_survive(page, server):
    open_record(page)
    expect(page.get_by_role("heading", name="What's working well", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="What are we worried about", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="What will it look like when things are better", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Who does what, by when", exact=True)).to_be_visible()
    item = box(page, "What's working well 2")
    expect(item).to_have_value(re.compile("^Mrs Patel said"))
    item.fill("Mrs Patel said you have made three good friends.")
    # Reorder with the keyboard: move worry 3 up to place 2.
    page.get_by_role("button", name="Move up: What are we worried about 3").focus()
    page.keyboard.press("Enter")
    expect(box(page, "What are we worried about 2")).to_have_value(re.compile("^Your mum has not yet finished"))
    page.get_by_role("button", name="Remove: attendee 4").click()
    settle(page)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Saved at")
    text = (server.folder / SAM).read_text()
    for comment in ("# A Child in Care review record, as an IRO would write it",
                    "# 1 is the first review after entering care", "# offered | has_one | declined | not_yet",
                    "# withhold address and school from parents",
                    "# optional; when left out, the latest lawful date is used"):
        assert comment in text
    assert "made three good friends" in text and "Mrs Patel\n      role: teacher" not in text
    record = api.load_record(server.folder / SAM).record
    assert record.worries[1].withhold_from == ["carer"] and record.worries[1].text.startswith("Your mum")
    assert [a.name for a in record.review.attendees] == ["Sam", "Jo Smith", "Mark and Lisa Owen", "Amina Khan"]


def test_a_finding_appears_on_its_words_and_its_fix_applies(page):
    open_record(page)
    item = box(page, "What's working well 1")
    seen = checks_so_far(page)
    item.fill("You see your siblings every Saturday at Nan's house.")
    wait_checked(page, seen)
    field = page.locator(".field").filter(has=item)
    expect(field.locator(".finding")).to_contain_text("'siblings' is a system word")
    expect(field.locator(".finding")).to_contain_text("say instead: brothers and sisters")
    expect(field.locator("mark")).to_have_text("siblings")
    expect(page.get_by_role("status")).to_contain_text("language finding")
    # The same engine as `check --fix`: a safe fix, one click.
    field.get_by_role("button", name=re.compile("^Apply")).click()
    expect(item).to_have_value("You see your brothers and sisters every Saturday at Nan's house.")
    expect(field.locator(".finding").filter(has_text="siblings")).to_have_count(0)


def test_a_validation_message_sits_next_to_its_field_in_validate_s_words(page):
    open_record(page)
    page.get_by_label("By, action 1", exact=True).fill("2026-01-01")
    settle(page)
    field = page.locator(".field").filter(has=page.get_by_label("By, action 1", exact=True))
    expect(field.locator(".problem")).to_have_text(
        "error: the date 2026-01-01 is before the review (2026-03-03); actions are for after the review")
    expect(page.get_by_label("By, action 1", exact=True)).to_have_attribute("aria-invalid", "true")


def test_the_preview_hides_a_withheld_item_for_the_parent(page):
    open_record(page)
    # Amina's copy is in Urdu; make it English so the English item can be looked for.
    box(page, "Language, recipient 2").fill("")
    settle(page)
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Amina Khan (parent)")
    page.wait_for_load_state("networkidle")
    preview = page.locator("#preview")
    expect(preview).to_contain_text("Mrs Patel said you have made two good friends")
    row = page.locator("[data-row]").filter(has=box(page, "What's working well 2"))
    row.get_by_role("group", name="Withhold What's working well 2 from").get_by_label("parent", exact=True).check()
    settle(page)
    expect(preview).not_to_contain_text("Mrs Patel said you have made two good friends")
    expect(preview).to_contain_text("You have lived with Mark and Lisa")
    expect(preview).not_to_contain_text("14 Elm Road")  # the confidential address
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Sam (child)")
    page.wait_for_load_state("networkidle")
    expect(preview).to_contain_text("Mrs Patel said you have made two good friends")
    expect(page.locator("#preview-about")).to_contain_text("middle age band")


def test_free_text_is_shown_and_saved_literally(page, server):
    open_record(page)
    page.evaluate("window.injected = false")
    literal = "You said {{ 7*7 }} and {% if x %} & <script>window.injected = true</script><b>bold</b>"
    box(page, "What's working well 3").fill(literal)
    box(page, "Where it was held").fill("<img src=x onerror=\"window.injected=true\">")
    settle(page)
    preview = page.locator("#preview")
    expect(preview).to_contain_text("{{ 7*7 }}")
    expect(preview).to_contain_text("<script>window.injected = true</script><b>bold</b>")
    assert "49" not in preview.inner_text()
    assert preview.locator("script, b, img[src=x]").count() == 0
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Saved at")
    assert page.evaluate("window.injected") is False
    record = api.load_record(server.folder / SAM).record
    assert record.working_well[2].text == literal
    page.reload()
    wait_checked(page)
    expect(box(page, "What's working well 3")).to_have_value(literal)
    assert page.evaluate("window.injected === undefined")


# ---- typing is never lost -------------------------------------------------------------------

def test_a_draft_is_offered_back_after_a_refresh(page):
    open_record(page)
    seen = checks_so_far(page)
    box(page, "What will it look like when things are better 2").fill("You feel ready for big school soon.")
    wait_checked(page, seen)
    page.reload()
    wait_checked(page)
    expect(box(page, "What will it look like when things are better 2")).to_have_value(
        "You feel ready for big school in September 2027.")
    page.get_by_role("link", name="Restore these unsaved changes").click()
    wait_checked(page)
    expect(box(page, "What will it look like when things are better 2")).to_have_value(
        "You feel ready for big school soon.")


def test_two_tabs_conflict_is_resolved_field_by_field_and_nothing_is_lost(page, server):
    open_record(page)
    other = page.context.new_page()
    other.goto(page.url)
    wait_checked(other)
    # Tab B: a child's view and the venue, saved first.
    box(other, "Your own words 1").fill("I want to see Zain more.")
    box(other, "Where it was held").fill("the library")
    other.get_by_role("button", name="Save").click()
    expect(other.get_by_role("status")).to_contain_text("Saved at")
    # Tab A: the venue too, and the plan.
    box(page, "Where it was held").fill("the park")
    box(page, "The plan").fill("You will stay with Mark and Lisa until you are 18.")
    settle(page)
    page.get_by_role("button", name="Save").click()
    conflict = page.locator("#conflict")
    expect(conflict).to_contain_text("changed somewhere else")
    assert "venue: the library" in (server.folder / SAM).read_text()
    venue = conflict.get_by_role("group", name=re.compile("^Where the review was held"))
    expect(venue).to_contain_text("changed by you and in the file")
    words = conflict.get_by_role("group", name=re.compile("^The child's words 1"))
    expect(words.get_by_role("radio", name=re.compile("^Take the file's"))).to_be_checked()
    # Saving without choosing the venue is refused and says which field.
    conflict.get_by_role("button", name="Save with these choices").click()
    expect(conflict.get_by_role("alert")).to_contain_text("Where the review was held")
    venue.get_by_role("radio", name=re.compile("^Keep mine")).check()
    with page.expect_navigation():  # saved, the page reopens on the merged file
        conflict.get_by_role("button", name="Save with these choices").click()
    wait_checked(page)
    record = api.load_record(server.folder / SAM).record
    assert record.child_views[0].text == "I want to see Zain more."  # tab B's, not lost
    assert record.review.venue == "the park"  # chosen
    assert record.care_plan.plan == "You will stay with Mark and Lisa until you are 18."  # tab A's
    expect(box(page, "Your own words 1")).to_have_value("I want to see Zain more.")
    other.close()


# ---- rendering, dates, accessibility, the screenshot ----------------------------------------

def test_render_every_copy_from_the_page(page, server):
    open_record(page, "review-lily-3.yaml")
    page.get_by_role("button", name="Render every copy").click()
    expect(page.get_by_role("status")).to_contain_text("Wrote", timeout=120_000)
    written = sorted(p.name for p in (server.folder / "copies").iterdir())
    loaded = api.load_record(server.folder / "review-lily-3.yaml")
    assert written == sorted(api.copy_filename(loaded.record, r, "." + r.format) for r in loaded.record.distribution)


def test_the_record_page_passes_axe_and_makes_the_readme_screenshot(page):
    open_record(page)
    box(page, "What's working well 1").fill("You feel safe with Mark and Lisa, and you see your siblings every week.")
    settle(page)
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Mark and Lisa Owen (carer)")
    page.wait_for_load_state("networkidle")
    assert run_axe(page) == []
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.locator("#h-working_well").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_keyboard_adds_an_item_and_focus_lands_in_it(page):
    open_record(page)
    page.get_by_role("button", name="Add to What's working well").focus()
    page.keyboard.press("Enter")
    new_item = box(page, "What's working well 4")
    expect(new_item).to_be_focused()
    page.keyboard.type("You joined the choir.")
    page.keyboard.press("Tab")
    expect(page.get_by_role("group", name="Withhold What's working well 4 from").get_by_label("child", exact=True)).to_be_focused()


def test_a_right_to_left_copy_is_previewed_right_to_left(page):
    open_record(page, "review-ahmad-15.yaml")
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Ahmad (child)")
    page.wait_for_load_state("networkidle")
    preview = page.locator("#preview")
    expect(preview).to_have_attribute("dir", "rtl")
    expect(preview).to_have_attribute("lang", "ps")
    expect(page.locator("#preview-about")).to_contain_text("teen age band")
    assert run_axe(page) == []
