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

from webserver import copy_examples, translate_xliff

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
    """axe-core's violations at every level, WCAG A to AAA and best practice, but AAA contrast
    (injected through the DevTools protocol, so the CSP stays on)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""() => axe.run(document, {resultTypes: ['violations'],
        rules: {'color-contrast-enhanced': {enabled: false}}})""")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]]


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


# ---- helpers for the sectioned page ---------------------------------------------------------

def section(page, title: str):
    page.get_by_role("navigation", name="Sections").get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", name=title, level=2, exact=True)).to_be_visible()


def date(page, legend: str, day: str, month: str, year: str):
    group = page.get_by_role("group", name=legend, exact=True)
    group.get_by_label("Day", exact=True).fill(day)
    group.get_by_label("Month", exact=True).fill(month)
    group.get_by_label("Year", exact=True).fill(year)
    return group


def save(page):
    page.locator("#save").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved at")


def task_state(page, title: str):
    return page.get_by_role("navigation", name="Sections").get_by_role("listitem").filter(
        has=page.get_by_role("link", name=title, exact=True)).locator(".tag")


NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def translated(xliff: bytes) -> bytes:
    return translate_xliff(xliff, "pl")


# ---- the list and a new record --------------------------------------------------------------

def test_the_list_of_records_and_axe(page):
    expect(page.get_by_role("heading", name="Review records")).to_be_visible()
    table = page.get_by_role("table", name="Records in the folder records")
    expect(table.get_by_role("link", name="Sam", exact=True)).to_be_visible()
    expect(table.get_by_role("row").filter(has_text="NL-20451")).to_contain_text("3 March 2026")
    assert run_axe(page) == []
    page.get_by_role("link", name="Start a new record").click()
    expect(page.get_by_role("textbox", name="File name for the new record")).to_be_visible()
    assert run_axe(page) == []


def test_a_whole_review_from_scratch_with_a_polish_reading_parent(page, server, tmp_path):
    page.get_by_role("link", name="Start a new record").click()
    page.get_by_role("textbox", name="File name for the new record").fill("review-ola-1")
    page.get_by_role("button", name="Start the record").click()
    page.wait_for_url(re.compile(r"/records/review-ola-1\.yaml$"))
    wait_checked(page)
    # A blank record opens without a wall of red, and nothing is chosen for the IRO.
    assert page.locator(".problem.error").count() == 0
    expect(task_state(page, "The child")).to_have_text("Not started")

    box(page, "The child's full name").fill("Aleksandra Nowak")
    box(page, "Known as").fill("Ola")
    box(page, "Case number").fill("EX-00002")
    date(page, "Date of birth", "3", "4", "2016")  # 3 April, typed in UK order
    came = date(page, "Date they came into care", "2", "9", "25")
    came.get_by_label("Year", exact=True).press("Tab")  # leaving the field shows its error
    expect(page.locator(".field").filter(has=came).locator(".problem")).to_have_text(
        "Error: The year must have 4 numbers: write 2025 or 1925, not 25 (Date they came into care)")
    came.get_by_label("Year", exact=True).fill("2025")
    expect(task_state(page, "The child")).to_have_text("Done")
    # A whole date typed into the Day box is spread over the three boxes, day first.
    born = page.get_by_role("group", name="Date of birth", exact=True)
    born.get_by_label("Month", exact=True).fill("")
    born.get_by_label("Year", exact=True).fill("")
    born.get_by_label("Day", exact=True).fill("03/04/2016")
    born.get_by_label("Day", exact=True).press("Tab")
    expect(born.get_by_label("Day", exact=True)).to_have_value("03")
    expect(born.get_by_label("Month", exact=True)).to_have_value("04")
    expect(born.get_by_label("Year", exact=True)).to_have_value("2016")

    section(page, "The review and who came")
    date(page, "Review date", "1", "12", "2025")
    box(page, "Review number").fill("1")
    box(page, "Where the review was held").fill("your foster home")
    page.get_by_role("radio", name=re.compile(r"told us yourself what you think\. \(PN1\)")).check()
    box(page, "Chaired by (IRO)").fill("Alex Reviewer")
    page.get_by_role("button", name="Add a person").click()
    box(page, "Name, person 1").fill("Ola")
    page.get_by_role("checkbox", name="This is the child, person 1").check()
    expect(box(page, "Role, person 1")).to_be_hidden()

    section(page, "The child's words")
    page.get_by_role("button", name="Add to The child's words").click()
    box(page, "The child's words 1").fill("I like my room.")
    section(page, "What's working well, worries and goals")
    for heading, text in (("What's working well", "You have settled in well with Pat."),
                          ("What are we worried about", "You miss your friends from your old school."),
                          ("What will it look like when things are better", "You have friends at your new school.")):
        page.get_by_role("button", name=f"Add to {heading}").click()
        box(page, f"{heading} 1").fill(text)
    section(page, "The scale")
    box(page, "Score (0 to 10)").fill("7")
    page.get_by_role("checkbox", name="The child gave the score").check()
    box(page, "What 0 and 10 mean").fill("10 means everything is great, 0 means it is really hard.")
    section(page, "Who does what, by when")
    page.get_by_role("button", name="Add an action").click()
    box(page, "Who, action 1").fill("Pat Carer (your foster carer)")
    box(page, "What, action 1").fill("Take you to the youth club on Fridays.")
    date(page, "By, action 1", "15", "1", "2026")
    section(page, "Plan, rights and next review")
    box(page, "The plan").fill("You will stay with Pat while we plan what is next.")
    page.get_by_role("group", name="Is the plan still right for the child?").get_by_label("Yes, the plan is still right").check()
    page.get_by_role("group", name="Advocate", exact=True).get_by_label("Offered to the child").check()
    page.get_by_role("group", name="Independent visitor", exact=True).get_by_label("The child said no").check()
    page.get_by_role("group", name="Was how to complain explained to the child?").get_by_label("Yes", exact=True).check()
    section(page, "Where the child lives")
    box(page, "Carers").fill("Pat Carer")
    box(page, "Address").fill("1 Example Lane, Exampletown, EX1 1AA")
    page.get_by_role("checkbox", name="Keep the address and school from parents").check()
    section(page, "Who gets a copy")
    box(page, "Name, copy 1").fill("Ola")
    page.get_by_role("button", name="Add a copy").click()
    page.get_by_label("Who they are, copy 2", exact=True).select_option(label="A parent")
    box(page, "Name, copy 2").fill("Anna Nowak")
    page.get_by_label("Language, copy 2", exact=True).select_option(label="Polish")
    page.get_by_role("button", name="Add a copy").click()
    page.get_by_label("Who they are, copy 3", exact=True).select_option(label="A parent")
    box(page, "Name, copy 3").fill("Piotr Nowak")
    page.get_by_label("Language, copy 3", exact=True).select_option(label="English")
    settle(page)
    save(page)
    expect(page.locator("#error-summary")).to_be_hidden()
    for title in ("The child", "The review and who came", "The scale", "Plan, rights and next review", "Who gets a copy"):
        expect(task_state(page, title)).to_have_text("Done")

    saved = server.folder / "review-ola-1.yaml"
    record = api.load_record(saved).record
    assert record.child.date_of_birth.isoformat() == "2016-04-03" and record.actions[0].by.isoformat() == "2026-01-15"
    assert record.review.attendees[0].role == "you" and record.scale.by == "you"
    assert record.care_plan.still_right is True and record.rights.independent_visitor == "declined"

    # Check your answers: Anna's copy waits for its Polish translation; the others can be made.
    section(page, "Check and make copies")
    anna = page.get_by_role("group", name="Anna Nowak (parent)")
    expect(anna).to_contain_text("Polish")
    expect(anna).to_contain_text("items to translate")
    expect(anna.get_by_role("definition").filter(has_text="Address")).to_have_text("Address")  # confidential, kept from parents
    expect(page.get_by_role("group", name="Piotr Nowak (parent)")).to_contain_text("In English: nothing to translate")
    with page.expect_download() as download:
        anna.get_by_role("link", name="Download the file for the translator (Polish)").click()
    xliff = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename == "review-ola-1.pl.xlf"
    back = tmp_path / "review-ola-1.pl.xlf"
    back.write_bytes(translated(xliff))
    anna.get_by_label("Upload the translated file (Polish)").set_input_files(str(back))
    expect(page.get_by_role("group", name="Anna Nowak (parent)")).to_contain_text("Translated: ready.")
    assert run_axe(page) == []

    page.get_by_role("button", name="Make the copies").click()
    made = page.locator("#made")
    expect(made).to_contain_text("Copies made", timeout=120_000)
    expect(made.get_by_role("link")).to_have_count(3)
    expect(made).to_contain_text("Record distributed by")
    with page.expect_download() as opened:
        made.get_by_role("link", name="Open Anna Nowak's copy (Polish)").click()
    document = zipfile.ZipFile(opened.value.path()).read("word/document.xml").decode()
    assert "[pl] You HAVE SETTLED IN WELL WITH Pat." in document
    assert "1 Example Lane" not in document  # kept from parents
    with page.expect_download() as opened:
        made.get_by_role("link", name="Open Ola's copy (English)").click()
    assert "You have settled in well with Pat." in zipfile.ZipFile(opened.value.path()).read("word/document.xml").decode()


# ---- editing Sam's record -------------------------------------------------------------------

def test_edit_an_existing_record_and_its_comments_survive(page, server):
    open_record(page)
    section(page, "What's working well, worries and goals")
    item = box(page, "What's working well 2")
    expect(item).to_have_value(re.compile("^Mrs Patel said"))
    item.fill("Mrs Patel said you have made three good friends.")
    # Reorder with the keyboard: move worry 3 up to place 2.
    page.get_by_role("button", name="Move up: What are we worried about 3").focus()
    page.keyboard.press("Enter")
    expect(box(page, "What are we worried about 2")).to_have_value(re.compile("^Your mum has not yet finished"))
    section(page, "The review and who came")
    page.get_by_role("button", name="Remove: person 4").click()
    settle(page)
    save(page)
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


def test_a_fix_goes_through_the_engine_and_the_item_is_checked_again(page):
    open_record(page)
    section(page, "What's working well, worries and goals")
    item = box(page, "What's working well 1")
    seen = checks_so_far(page)
    item.fill("You see your siblings every Saturday at Nan's house.")
    wait_checked(page, seen)
    field = page.locator(".field").filter(has=item)
    expect(field.locator(".finding")).to_contain_text("A word the child may not like: 'siblings' is a system word")
    expect(field.locator(".finding")).to_contain_text("say instead: brothers and sisters")
    expect(field.locator("mark")).to_have_text("siblings")
    field.get_by_role("button", name=re.compile("^Apply")).click()
    expect(item).to_have_value("You see your brothers and sisters every Saturday at Nan's house.")
    expect(field.locator(".finding").filter(has_text="siblings")).to_have_count(0)


def test_an_error_shows_after_leaving_the_field_and_in_the_summary_after_save(page):
    open_record(page)
    section(page, "Who does what, by when")
    by = date(page, "By, action 1", "2", "2", "2026")
    field = page.locator(".field").filter(has=by)
    expect(field.locator(".problem")).to_have_count(0)  # still typing: nothing red yet
    by.get_by_label("Year", exact=True).press("Tab")
    expect(field.locator(".problem")).to_have_text(
        "Error: The date 2 February 2026 is before the review (3 March 2026); actions are for after the review")
    expect(by).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#announce")).to_contain_text("before the review")
    expect(task_state(page, "Who does what, by when")).to_have_text("Has errors")
    section(page, "The child")
    box(page, "The child's full name").fill("")
    page.locator("#save").click()
    summary = page.get_by_role("heading", name="There is a problem")
    expect(summary).to_be_visible()
    link = page.locator("#error-summary").get_by_role("link", name="Enter the child's full name")
    expect(link).to_be_visible()
    section(page, "The scale")
    link.click()
    expect(box(page, "The child's full name")).to_be_focused()


def test_the_preview_hides_a_withheld_item_for_the_parent(page):
    open_record(page)
    section(page, "Who gets a copy")
    # Amina's copy is in Urdu; make it the usual (English for a parent) so the English item can be looked for.
    page.get_by_label("Language, copy 2", exact=True).select_option(label="The usual")
    settle(page)
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Amina Khan (a parent)")
    page.wait_for_load_state("networkidle")
    preview = page.locator("#preview")
    expect(preview).to_contain_text("Mrs Patel said you have made two good friends")
    section(page, "What's working well, worries and goals")
    row = page.locator("[data-row]").filter(has=box(page, "What's working well 2"))
    row.get_by_role("group", name="Keep What's working well 2 from").get_by_label("a parent", exact=True).check()
    settle(page)
    expect(preview).not_to_contain_text("Mrs Patel said you have made two good friends")
    expect(preview).to_contain_text("You have lived with Mark and Lisa")
    expect(preview).not_to_contain_text("14 Elm Road")  # the confidential address
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Sam (the child)")
    page.wait_for_load_state("networkidle")
    expect(preview).to_contain_text("Mrs Patel said you have made two good friends")
    expect(page.locator("#preview-about")).to_contain_text("ages 8 to 11")


def test_free_text_is_shown_and_saved_literally(page, server):
    open_record(page)
    page.evaluate("window.injected = false")
    literal = "You said {{ 7*7 }} and {% if x %} & <script>window.injected = true</script><b>bold</b>"
    section(page, "What's working well, worries and goals")
    box(page, "What's working well 3").fill(literal)
    section(page, "The review and who came")
    box(page, "Where the review was held").fill("<img src=x onerror=\"window.injected=true\">")
    settle(page)
    preview = page.locator("#preview")
    expect(preview).to_contain_text("{{ 7*7 }}")
    expect(preview).to_contain_text("<script>window.injected = true</script><b>bold</b>")
    assert "49" not in preview.inner_text()
    assert preview.locator("script, b, img[src=x]").count() == 0
    save(page)
    assert page.evaluate("window.injected") is False
    record = api.load_record(server.folder / SAM).record
    assert record.working_well[2].text == literal
    page.reload()
    wait_checked(page)
    section(page, "What's working well, worries and goals")
    expect(box(page, "What's working well 3")).to_have_value(literal)
    assert page.evaluate("window.injected === undefined")


def test_a_list_pasted_from_word_is_offered_as_separate_points(page):
    open_record(page)
    section(page, "What's working well, worries and goals")
    item = box(page, "What's working well 1")
    item.focus()
    page.evaluate("""() => { const area = document.activeElement; const data = new DataTransfer();
        data.setData('text/plain', '\\u2022\\tYou joined the choir.\\r\\n\\u2022\\tYou walk to school.\\r\\no\\tNext step: swimming.');
        area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }""")
    page.get_by_role("button", name="Split into 3 points").click()
    expect(box(page, "What's working well 1")).to_have_value("You joined the choir.")
    expect(box(page, "What's working well 2")).to_have_value("You walk to school.")
    expect(box(page, "What's working well 3")).to_have_value("Next step: swimming.")
    expect(box(page, "What's working well 4")).to_have_value(re.compile("^Mrs Patel said"))


# ---- typing is never lost -------------------------------------------------------------------

def test_a_draft_is_offered_back_after_a_refresh(page):
    open_record(page)
    section(page, "What's working well, worries and goals")
    seen = checks_so_far(page)
    box(page, "What will it look like when things are better 2").fill("You feel ready for big school soon.")
    wait_checked(page, seen)
    page.reload()
    wait_checked(page)
    section(page, "What's working well, worries and goals")
    expect(box(page, "What will it look like when things are better 2")).to_have_value(
        "You feel ready for big school in September 2027.")
    page.get_by_role("link", name="Restore these unsaved changes").click()
    wait_checked(page)
    section(page, "What's working well, worries and goals")
    expect(box(page, "What will it look like when things are better 2")).to_have_value(
        "You feel ready for big school soon.")


def test_two_tabs_conflict_is_resolved_field_by_field_and_nothing_is_lost(page, server):
    open_record(page)
    other = page.context.new_page()
    other.goto(page.url)
    wait_checked(other)
    # Tab B: a child's view and the venue, saved first.
    section(other, "The child's words")
    box(other, "The child's words 1").fill("I want to see Zain more.")
    section(other, "The review and who came")
    box(other, "Where the review was held").fill("the library")
    save(other)
    # Tab A: the venue too, and the plan.
    section(page, "The review and who came")
    box(page, "Where the review was held").fill("the park")
    section(page, "Plan, rights and next review")
    box(page, "The plan").fill("You will stay with Mark and Lisa until you are 18.")
    settle(page)
    page.locator("#save").click()
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
    section(page, "The child's words")
    expect(box(page, "The child's words 1")).to_have_value("I want to see Zain more.")
    other.close()


# ---- the keyboard alone, accessibility, the screenshot --------------------------------------

def test_one_path_by_keyboard_alone(page, server):
    open_record(page)
    # Skip links come first; "Skip to Save" reaches Save from the top of any section.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the section")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to Save")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#save")).to_be_focused()
    tabs = 0
    while page.evaluate("document.activeElement.textContent.trim()") != "The scale" and tabs < 20:
        page.keyboard.press("Tab")
        tabs += 1
    assert tabs <= 8, tabs  # the Save bar, then the task list: not 94 Tabs
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="The scale", level=2)).to_be_focused()
    page.keyboard.press("Tab")
    expect(box(page, "Score (0 to 10)")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("9")
    presses = 0
    while not page.evaluate("document.activeElement.matches('[data-save]')") and presses < 6:
        page.keyboard.press("Tab")  # the tick box, (its hidden field skipped), the meaning, then Save
        presses += 1
    expect(page.locator("[data-save]")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").first).to_contain_text("Saved at")
    assert api.load_record(server.folder / SAM).record.scale.score == 9


def test_ctrl_s_saves_from_the_field_the_iro_is_in(page, server):
    open_record(page)
    save_button = page.get_by_role("button", name="Save", exact=True).first
    expect(save_button).to_have_attribute("aria-keyshortcuts", re.compile("Control\\+S"))
    expect(save_button).to_have_accessible_description("Ctrl+S (Cmd+S on a Mac) saves from any field")
    section(page, "What's working well, worries and goals")
    item = box(page, "What will it look like when things are better 3")
    item.fill("You have a bike and you ride it to school.")
    page.keyboard.press("Control+s")
    expect(page.get_by_role("status").first).to_contain_text("Saved at")
    expect(item).to_be_focused()  # the IRO is where they were
    assert api.load_record(server.folder / SAM).record.goals[2].text == "You have a bike and you ride it to school."
    # In a date's box too, and at once after typing (the pause before the check does not matter).
    section(page, "Who does what, by when")
    date(page, "By, action 2", "20", "4", "2026").get_by_label("Year", exact=True).press("Control+s")
    # The status still says "Saved at" from the first save, so wait for the file itself (under load
    # the second save can land after the page goes quiet).
    by = None
    for _ in range(100):
        by = api.load_record(server.folder / SAM).record.actions[1].by.isoformat()
        if by == "2026-04-20":
            break
        page.wait_for_timeout(100)
    assert by == "2026-04-20"


def test_english_for_now_is_still_chosen_after_a_reload(page, server):
    open_record(page)
    section(page, "Who gets a copy")
    page.get_by_label("Language, copy 2", exact=True).select_option(label="Polish")
    page.get_by_label("Format, copy 2", exact=True).select_option(label="Word document")
    settle(page)
    save(page)
    section(page, "Check and make copies")
    amina = page.get_by_role("group", name="Amina Khan (parent)")
    expect(amina).to_contain_text("items to translate")
    english = amina.get_by_role("checkbox", name="Send this copy in English for now (it says so on the copy)")
    english.check()
    expect(amina).to_contain_text("This copy will be sent in English for now")
    expect(page.locator("#status")).to_have_text("Amina Khan's copy will be sent in English for now.")
    expect(english).to_be_focused()
    page.reload()
    wait_checked(page)
    section(page, "Check and make copies")
    amina = page.get_by_role("group", name="Amina Khan (parent)")
    expect(amina.get_by_role("checkbox", name="Send this copy in English for now (it says so on the copy)")).to_be_checked()
    expect(amina.get_by_role("definition").filter(has_text="Not yet")).to_have_count(0)
    assert run_axe(page) == []
    page.get_by_role("button", name="Make the copies").click()
    made = page.locator("#made")
    expect(made).to_contain_text("Copies made", timeout=120_000)
    with page.expect_download() as opened:
        made.get_by_role("link", name="Open Amina Khan's copy (Polish)").click()
    document = zipfile.ZipFile(opened.value.path()).read("word/document.xml").decode()
    assert "Mrs Patel said you have made two good friends" in document  # the IRO's words, in English for now
    assert "po angielsku" in document  # marked as English, in Polish
    # Another day: the copy made is still there to open; unticked, the copy waits for its translation again.
    page.reload()
    wait_checked(page)
    section(page, "Check and make copies")
    amina = page.get_by_role("group", name="Amina Khan (parent)")
    with page.expect_download():
        amina.get_by_role("link", name=re.compile(r"^Open Amina Khan's copy, made on \d+ \w+ 20\d\d at \d\d:\d\d$")).click()
    amina.get_by_role("checkbox", name="Send this copy in English for now (it says so on the copy)").uncheck()
    expect(amina).to_contain_text("Not yet: its translation is not ready")


def test_the_next_review_shows_what_is_still_open_from_the_last(page, server):
    open_record(page)
    section(page, "Who does what, by when")
    date(page, "Done on, action 3", "15", "3", "2026")  # the bedtime plan is done
    settle(page)
    save(page)
    page.get_by_text("Rename, delete, or start the next review from this one").click()
    page.get_by_role("textbox", name="Name for the next review").fill("review-sam-10")
    page.get_by_role("button", name="Start the next review from this one").click()
    page.wait_for_url(re.compile(r"/records/review-sam-10\.yaml"))
    wait_checked(page)
    started = page.get_by_role("region", name="Started from the last review")
    expect(started).to_contain_text("This review was started from the review of 3 March 2026.")
    expect(started).to_contain_text("3 of its actions are still open")
    started.get_by_role("link", name="Who does what, by when").click()
    expect(page.get_by_role("heading", name="Who does what, by when", level=2)).to_be_focused()
    still_open = page.get_by_role("region", name="Still open from the last review")
    expect(still_open.get_by_role("listitem")).to_have_count(3)
    jo = still_open.get_by_role("listitem").filter(has_text="Jo Smith (your social worker)")
    expect(jo).to_contain_text("Talk to Zain's carers")
    expect(jo).to_contain_text(re.compile(r"Overdue: \d+ working days late \(it was due 31 March 2026\)"))
    expect(still_open).not_to_contain_text("bedtime")
    # The open actions are carried into this review, their dates to set again; the done one is not.
    expect(box(page, "What, action 1")).to_have_value("Talk to Zain's carers and set up a visit with him every two weeks.")
    expect(page.get_by_role("textbox", name=re.compile(r"^What, action \d$"))).to_have_count(3)
    assert run_axe(page) == []
    still_open.get_by_role("link", name="the review of 3 March 2026").click()
    page.wait_for_url(re.compile(r"/records/review-sam-9\.yaml$"))


def test_every_section_passes_axe_and_the_readme_screenshot(page):
    open_record(page)
    for title in ("The child", "The review and who came", "The child's words", "What's working well, worries and goals",
                  "The scale", "Who does what, by when", "Plan, rights and next review", "Where the child lives",
                  "Who gets a copy", "Check and make copies"):
        section(page, title)
        settle(page)
        assert run_axe(page) == [], title
    section(page, "What's working well, worries and goals")
    box(page, "What's working well 1").fill("You feel safe with Mark and Lisa, and you see your siblings every week.")
    settle(page)
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Mark and Lisa Owen (a carer)")
    page.wait_for_load_state("networkidle")
    assert run_axe(page) == []
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


@pytest.mark.parametrize("band,record", [("early", "review-lily-3.yaml"), ("young", "review-lily-3.yaml"),
                                         ("middle", SAM), ("teen", "review-ahmad-15.yaml"),
                                         ("young_adult", "review-ahmad-15.yaml")])
def test_every_bands_preview_passes_axe(page, band, record):
    open_record(page, record)
    page.get_by_label("Reading level", exact=True).select_option(value=band)
    settle(page)
    child = page.locator("#preview-for option").filter(has_text="(the child)").first.get_attribute("value")
    page.get_by_label("Preview the copy for", exact=True).select_option(value=child)
    page.wait_for_load_state("networkidle")
    expect(page.locator("#preview-about")).to_contain_text(f"({band.replace('_', ' ')} age band)")
    if band == "young":  # the Three Houses, and the feedback part's three faces
        pictures = page.locator("#preview img")
        expect(pictures).to_have_count(6)
        for n in range(pictures.count()):
            expect(pictures.nth(n)).to_have_attribute("alt", re.compile(r"\S"))
    assert run_axe(page) == []


def test_keyboard_adds_an_item_and_focus_lands_in_it(page):
    open_record(page)
    section(page, "What's working well, worries and goals")
    page.get_by_role("button", name="Add to What's working well").focus()
    page.keyboard.press("Enter")
    new_item = box(page, "What's working well 4")
    expect(new_item).to_be_focused()
    page.keyboard.type("You joined the choir.")
    page.keyboard.press("Tab")
    expect(page.get_by_role("group", name="Keep What's working well 4 from").get_by_label("the child", exact=True)).to_be_focused()


def test_a_right_to_left_copy_is_previewed_right_to_left(page):
    open_record(page, "review-ahmad-15.yaml")
    page.get_by_label("Preview the copy for", exact=True).select_option(label="Ahmad (the child)")
    page.wait_for_load_state("networkidle")
    preview = page.locator("#preview")
    expect(preview).to_have_attribute("dir", "rtl")
    expect(preview).to_have_attribute("lang", "ps")
    expect(page.locator("#preview-about")).to_contain_text("teen age band")
    assert run_axe(page) == []


def test_at_200_percent_zoom_save_and_preview_stay_in_reach(browser, server):
    # 200% zoom of a 1280 x 900 window: CSS pixels halve, device pixels double.
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.goto(server.url)
    open_record(page)
    section(page, "What's working well, worries and goals")
    # Tabbing through the points: each field the keyboard reaches is in sight, under nothing
    # (not the Save bar, not the task list).
    box(page, "What are we worried about 1").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        assert page.evaluate("""() => { const el = document.activeElement, r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + Math.min(10, r.width / 2), r.top + Math.min(10, r.height / 2));
            return r.top >= 0 && r.bottom <= innerHeight && (hit === el || el.contains(hit) || hit.control === el); }"""), \
            page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    box(page, "What will it look like when things are better 3").scroll_into_view_if_needed()
    save_button = page.locator("#save").bounding_box()
    assert save_button and 0 <= save_button["y"] and save_button["y"] + save_button["height"] <= 450
    expect(page.get_by_role("link", name="Preview", exact=True)).to_be_in_viewport()
    page.get_by_role("link", name="Preview", exact=True).click()
    expect(page.get_by_role("heading", name="Preview", level=2)).to_be_in_viewport()
    page.locator("#save").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved at")
    context.close()


def test_delete_to_the_bin_and_undo_then_rename_from_the_page(page, server):
    open_record(page, "review-lily-3.yaml")
    page.get_by_text("Rename, delete, or start the next review from this one").click()
    page.get_by_role("button", name="Delete this record").click()
    page.wait_for_url(re.compile(r"/\?deleted="))
    expect(page.get_by_role("status")).to_contain_text("review-lily-3.yaml was moved to the bin")
    assert not (server.folder / "review-lily-3.yaml").exists()
    assert run_axe(page) == []
    page.get_by_role("status").get_by_role("button", name="Undo").click()
    page.wait_for_url(re.compile(r"/records/review-lily-3\.yaml$"))
    wait_checked(page)
    page.get_by_text("Rename, delete, or start the next review from this one").click()
    page.get_by_role("textbox", name="New name for this record").fill("../lily")
    page.get_by_role("button", name="Rename").click()
    expect(page.locator("#menu-error")).to_contain_text("cannot have / or \\ or ..")
    page.get_by_role("textbox", name="New name for this record").fill("review-lily-3b")
    page.get_by_role("button", name="Rename").click()
    page.wait_for_url(re.compile(r"/records/review-lily-3b\.yaml$"))
    assert (server.folder / "review-lily-3b.yaml").is_file() and not (server.folder / "review-lily-3.yaml").exists()


def test_the_consultation_answers_stand_beside_the_headings_they_inform(page, server):
    """Answers imported from the booklets (recordgen consult import) are for the IRO while writing:
    shown read only under the heading they inform, and axe-clean."""
    path = server.folder / SAM
    text = path.read_text(encoding="utf-8")
    path.write_text(text + (
        "consultation:\n"
        "  worries:\n"
        "    - by: Amina Khan (mum)\n"
        "      question: What worries you?\n"
        "      text: That Sam <b>moves</b> school again & loses friends.\n"
        "  meeting:\n"
        "    - by: Sam\n"
        "      question: Would you like an advocate?\n"
        "      text: Not sure\n"), encoding="utf-8")
    open_record(page)
    section(page, "What's working well, worries and goals")
    worries = page.get_by_role("complementary", name="What are we worried about: from the consultation booklets")
    expect(worries).to_contain_text("Amina Khan (mum), asked “What worries you?”: That Sam <b>moves</b> school "
                                    "again & loses friends.")  # the answer as written, never markup
    expect(page.get_by_role("complementary", name="About the meeting: from the consultation booklets")) \
        .to_contain_text("Not sure")
    assert run_axe(page) == []
    save(page)  # the notes are kept as they are when the page saves
    assert "loses friends" in path.read_text(encoding="utf-8")
