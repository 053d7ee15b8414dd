"""`recordgen serve` at the HTTP level: the token, Host and Origin checks, files, saving, drafts, logs.

What a person sees in the page is tested in a real browser in test_web_browser.py.
"""

from __future__ import annotations

import copy
import json
import logging
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from recordgen import api
import recordgen.cli  # noqa: F401  registers the commands
from recordgen.cli._common import main_group as main
from recordgen.record.loading import parse_file
from recordgen.web import Server
from recordgen.web.store import Folder, to_yaml, tidy, version_of

from conftest import examples
from webserver import EXAMPLES, Client, copy_examples

SAM = "review-sam-9.yaml"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = copy_examples(tmp_path_factory.mktemp("records"))
    running = Server(folder).start()
    yield running
    running.stop()


@pytest.fixture
def client(server):
    return Client(server)


SAM_SOURCE = (EXAMPLES / SAM).read_text()
_SAM_DATA, _ = parse_file(SAM, SAM_SOURCE.encode())  # parsed once; each test changes its own copy


def sam_data() -> dict:
    return copy.deepcopy(_SAM_DATA)


# ---- the token ------------------------------------------------------------------------------

@pytest.mark.parametrize("method,path", [("GET", "/"), ("GET", f"/records/{SAM}"), ("GET", "/static/record.js"),
                                         ("POST", f"/api/records/{SAM}/check"), ("GET", "/nothing-here")])
def test_without_the_token_every_request_gets_403_and_nothing_else(client, method, path):
    status, headers, body = client.request(method, path, body={"data": {}} if method == "POST" else None, auth=False)
    assert status == 403
    assert body == b"403 Forbidden\n"
    assert "set-cookie" not in {k.lower() for k in headers}


def test_a_wrong_token_gets_403(client, server):
    status, _, body = client.request("GET", "/?token=" + "x" * len(server.token), auth=False)
    assert status == 403 and b"Sam" not in body
    status, _, _ = client.request("GET", "/", auth=False, headers={"Cookie": f"recordgen-token-{server.port}=wrong"})
    assert status == 403


def test_the_token_in_the_link_becomes_a_cookie_and_leaves_the_address(client, server):
    status, headers, _ = client.request("GET", f"/records/{SAM}?token={server.token}", auth=False)
    assert status == 303
    assert headers["location"] == f"/records/{SAM}"
    cookie = headers["set-cookie"]
    assert cookie.startswith(f"recordgen-token-{server.port}={server.token}")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, _, body = client.request("GET", f"/records/{SAM}", auth=False,
                                     headers={"Cookie": cookie.split(";")[0]})
    assert status == 200 and b"Samira Khan" in body


def test_each_server_has_its_own_random_token(tmp_path):
    first, second = Server(tmp_path), Server(tmp_path)
    try:
        assert first.token != second.token and len(first.token) >= 40
    finally:
        first.socket.close()
        second.socket.close()


# ---- DNS rebinding and cross-site requests --------------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1:1", "", "localhost.evil.example:{port}"])
def test_a_host_header_that_is_not_this_server_is_refused(client, server, host):
    status, _, body = client.request("GET", "/", headers={"Host": host.format(port=server.port)})
    assert status == 403 and body == b"403 Forbidden\n"


def test_localhost_names_this_server_too(client, server):
    status, _, _ = client.request("GET", "/", headers={"Host": f"localhost:{server.port}"})
    assert status == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1", None, "https://127.0.0.1:{port}"])
def test_a_cross_site_post_is_refused_and_changes_nothing(client, server, origin, tmp_path):
    path = server.folder / SAM
    before = path.read_bytes()
    data = sam_data()
    data["review"]["venue"] = "somewhere else"
    status, _, body = client.request("POST", f"/api/records/{SAM}/save",
                                     body={"data": data, "version": version_of(before)},
                                     headers={"Origin": origin.format(port=server.port) if origin else None})
    assert status == 403 and body == b"403 Forbidden\n"
    assert path.read_bytes() == before


def test_pages_carry_a_content_security_policy_and_no_inline_script(client):
    for path in ("/", f"/records/{SAM}", "/new"):
        status, headers, body = client.request("GET", path)
        assert status == 200
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        assert "unsafe-inline" not in policy and "http" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        html = body.decode()
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
        assert scripts == [] or all('src="/static/' in attrs and not inner.strip() for attrs, inner in scripts)
        # Nothing from outside the machine: every src and href is local.
        for link in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert link.startswith(("/", "#", "?", "data:")), link


# ---- only files inside the folder -----------------------------------------------------------

@pytest.mark.parametrize("name", ["..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "..", "..%2Freview-sam-9.yaml",
                                  "review-sam-9.translations.yaml", "notes.txt", ".recordgen-drafts"])
def test_names_outside_the_folder_are_refused(client, name):
    status, _, body = client.request("GET", f"/records/{name}")
    assert status in (403, 404)
    assert b"root:" not in body and b"Samira" not in body
    status, _, _ = client.request("POST", f"/api/records/{name}/save", body={"data": sam_data(), "version": ""})
    assert status in (403, 404, 405)


def test_a_symlink_out_of_the_folder_is_refused(client, server, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text((server.folder / SAM).read_text())
    link = server.folder / "linked.yaml"
    link.symlink_to(outside)
    try:
        status, _, body = client.request("GET", "/records/linked.yaml")
        assert status == 403 and b"Samira" not in body
        status, _, body = client.request("GET", "/")
        assert b"linked.yaml" not in body
    finally:
        link.unlink()


def test_folder_refuses_names_that_leave_it(tmp_path):
    folder = Folder(tmp_path)
    for name in ("../x.yaml", "/etc/x.yaml", "a/b.yaml", "..yaml", ".hidden.yaml", "x.yaml\x00", "x.json"):
        with pytest.raises(Exception):
            folder.path(name)


# ---- the list, checks, preview --------------------------------------------------------------

def test_the_list_shows_each_record_with_its_due_date(client, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    status, _, body = client.request("GET", "/")
    html = body.decode()
    assert status == 200
    row = re.search(r"<tr>\s*<td><a href=\"/records/review-sam-9.yaml\">Sam</a></td>(.*?)</tr>", html, re.S).group(1)
    assert "NL-20451" in row and "3 March 2026" in row and "Yes" in row  # dates as the IRO writes them
    assert "11 days (due 31 March 2026)" in row  # record_distribution_due from the timescales API, less today
    assert "Ready for copies?" in html and "Validates?" not in html


def test_checks_use_the_same_words_as_validate(client, server):
    data = sam_data()
    data["actions"][0]["by"] = "2026-01-01"
    data["review"]["participation"] = "PN9"
    status, _, body = client.request("POST", f"/api/records/{SAM}/check", body={"data": data})
    result = json.loads(body)
    assert status == 200 and result["fits"]
    loaded = api.load_data(tidy(data), str(server.folder / SAM))
    expected = {(d.path, d.message) for d in api.validate(loaded)}
    assert {(p["path"], p["rule"]) for p in result["problems"]} == expected  # the rules are validate's
    assert ("actions.1.by", "the date 2026-01-01 is before the review (2026-03-03); actions are for after the review") in expected
    assert len(result["findings"]) == len(api.check_record(loaded))


def test_the_page_shows_the_lawful_limit_and_the_date_used(client):
    # A third review on 3 November 2026: the limit is Monday 3 May 2027, a bank holiday.
    data = sam_data()
    data["review"].update(date="2026-11-03", sequence=3)
    data.pop("next_review")
    for action in data["actions"]:
        action["by"] = "2026-12-01"
    _, _, body = client.request("POST", f"/api/records/{SAM}/check", body={"data": data})
    dates = {d["key"]: d for d in json.loads(body)["dates"]}
    assert dates["next_review_latest"]["date"] == "2027-05-03"
    assert dates["next_review_latest"]["note"] == "May Day, a bank holiday in England, not a working day"
    assert dates["next_review"]["date"] == "2027-04-30"
    assert dates["next_review"]["label"] == "Next review (date used)"


def test_the_page_gives_no_next_review_or_invitations_date_for_a_young_person_who_turns_18_first(client):
    data = sam_data()
    data["child"]["date_of_birth"] = "2009-03-01"  # 18 on 2027-03-01, before the review due by 2027-05-30
    data["review"].update(date="2026-11-30", sequence=3)
    data.pop("next_review")
    for action in data["actions"]:
        action["by"] = "2026-12-15"
    _, _, body = client.request("POST", f"/api/records/{SAM}/check", body={"data": data})
    dates = {d["key"]: d for d in json.loads(body)["dates"]}
    for key in ("next_review", "invitations_by"):
        assert dates[key]["date"] is None and "reviews end at 18, on 2027-03-01" in dates[key]["shown"]


def test_a_shape_problem_is_keyed_by_its_field(client):
    data = sam_data()
    data["child"]["date_of_birth"] = "2016-13-01"
    del data["care_plan"]["plan"]
    _, _, body = client.request("POST", f"/api/records/{SAM}/check", body={"data": data})
    result = json.loads(body)
    assert not result["fits"]
    problems = {p["path"]: p["rule"] for p in result["problems"]}
    assert problems["child.date_of_birth"] == "'2016-13-01' is not a date; write dates as YYYY-MM-DD, for example 2026-03-03"
    assert problems["care_plan.plan"] == "'plan' is missing and is needed"
    assert {p["path"]: p["message"] for p in result["problems"]}["care_plan.plan"] == "Enter the plan"


def test_load_data_diagnostics_have_no_line():
    data = sam_data()
    data["placement"]["confidential"] = True
    data["working_well"][0] = "You live at 14 Elm Road now."
    loaded = api.load_data(data, "form")
    leaks = [d for d in api.validate(loaded) if "confidential" in d.message]
    assert leaks and all(d.line is None for d in leaks)
    assert "(placement.address)" in leaks[0].message


def test_the_preview_is_the_rendered_copy_in_html(client):
    data = sam_data()
    _, _, body = client.request("POST", f"/api/records/{SAM}/preview", body={"data": data, "recipient": "3"})
    result = json.loads(body)
    assert result["recipient"] == "Mark and Lisa Owen (carer)"
    assert "Your mum has not yet finished the course" not in result["html"]  # withheld from carer
    assert "You feel ready for big school" in result["html"]
    _, _, body = client.request("POST", f"/api/records/{SAM}/preview", body={"data": data, "recipient": "1"})
    assert "Your mum has not yet finished the course" in json.loads(body)["html"]
    # The stock settings' fictional Children's Rights contacts are said beside the copy (blind review 11, 8).
    assert "fictional example Children's Rights Service contacts" in (json.loads(body)["notice"] or "")


# ---- saving ---------------------------------------------------------------------------------

def test_saving_keeps_comments_and_key_order(tmp_path):
    folder = Folder(copy_examples(tmp_path))
    original = (tmp_path / SAM).read_text()
    data = sam_data()
    data["working_well"][1] = "Mrs Patel said you have made three good friends."
    data["worries"][2]["withhold_from"] = ["carer", "parent"]
    version = folder.save(SAM, tidy(data), version_of(original.encode()))
    saved = (tmp_path / SAM).read_text()
    assert version == version_of(saved.encode())
    for comment in ("# A Child in Care review record", "# 1 is the first review after entering care",
                    "# offered | has_one | declined | not_yet", "# withhold address and school from parents"):
        assert comment in saved
    assert "made three good friends" in saved and "withhold_from: [carer, parent]" in saved
    keys = [line.split(":")[0] for line in saved.splitlines() if re.match(r"^[a-z_]+:", line)]
    assert keys == [line.split(":")[0] for line in original.splitlines() if re.match(r"^[a-z_]+:", line)]
    changed = [line for line in _diff(original, saved)]
    assert len(changed) == 4, changed  # two lines out, two in: nothing else moved
    assert not [d for d in api.validate(api.load_record(tmp_path / SAM)) if d.severity == "error"]


def test_an_unchanged_form_saves_the_file_byte_for_byte():
    for name in ("review-sam-9.yaml", "review-lily-3.yaml", "review-ahmad-15.yaml"):
        source = (EXAMPLES / name).read_text()
        data, _ = parse_file(name, source.encode())
        assert to_yaml(tidy(data), source) == source


def _diff(a: str, b: str):
    import difflib
    return [line for line in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_a_file_changed_since_it_was_opened_is_not_overwritten(client, server):
    path = server.folder / SAM
    opened = version_of(path.read_bytes())
    text = path.read_text()
    path.write_text(text.replace("venue: your school", "venue: the library"))
    try:
        data = sam_data()
        status, _, body = client.request("POST", f"/api/records/{SAM}/save", body={"data": data, "version": opened})
        assert status == 409 and "changed somewhere else" in json.loads(body)["message"]
        assert "venue: the library" in path.read_text()
    finally:
        path.write_text(text)


def test_typing_is_kept_as_a_draft_and_offered_back(client, server):
    data = sam_data()
    data["goals"][0] = "A draft goal nobody saved."
    version = version_of((server.folder / SAM).read_bytes())
    session = "c" * 24
    client.request("POST", f"/api/records/{SAM}/check",
                   body={"data": data, "version": version, "keep_draft": True, "session": session})
    draft = server.folder / ".recordgen-drafts" / f"{SAM}.{session}.json"
    assert draft.is_file() and oct(draft.stat().st_mode & 0o777) == "0o600"
    _, _, body = client.request("GET", f"/records/{SAM}")
    assert b"Restore these unsaved changes" in body and b"A draft goal nobody saved." not in body
    _, _, body = client.request("GET", f"/records/{SAM}?draft={session}")
    assert b"A draft goal nobody saved." in body
    client.request("POST", f"/api/records/{SAM}/discard-draft", body={"session": session})
    assert not draft.exists()
    _, _, body = client.request("GET", f"/records/{SAM}")
    assert b"Restore these unsaved changes" not in body


def test_a_new_record_starts_from_the_scaffold(client, server, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-05-04")
    status, _, body = client.request("POST", "/api/new", body={"name": "review new child"})
    assert status == 200
    name = json.loads(body)["name"]
    assert name == "review-new-child.yaml"
    text = (server.folder / name).read_text()
    assert "date: 2026-05-04" in text and "nation: england" in text
    status, _, _ = client.request("POST", "/api/new", body={"name": "review-new-child"})
    assert status == 409
    (server.folder / name).unlink()


# ---- log lines ------------------------------------------------------------------------------

def test_log_lines_hold_no_child_data(client, server, caplog):
    data = sam_data()
    with caplog.at_level(logging.INFO, logger="recordgen.web"):
        client.request("POST", f"/api/records/{SAM}/check?secret=Samira", body={"data": data})
        client.request("GET", f"/records/{SAM}?x=Elm+Road")
    lines = [r.getMessage() for r in caplog.records if r.name == "recordgen.web"]
    assert lines
    for line in lines:
        assert re.fullmatch(r"(GET|POST) /\S* \d{3} \d+\.\dms", line), line
        assert "Samira" not in line and "Elm" not in line and "?" not in line


# ---- the command ----------------------------------------------------------------------------

def test_another_address_needs_an_explicit_flag(tmp_path):
    result = CliRunner().invoke(main, ["serve", str(tmp_path), "--host", "0.0.0.0", "--no-browser"])
    assert result.exit_code == 2
    assert "--allow-remote" in result.output


def test_serve_refuses_a_missing_folder(tmp_path):
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "nope"), "--no-browser"])
    assert result.exit_code == 2


def test_a_broken_file_is_listed_and_explained_not_a_crash(client, server):
    broken = server.folder / "broken.yaml"
    broken.write_text("child:\n  name: [unclosed\n")
    try:
        _, _, body = client.request("GET", "/")
        assert b"broken.yaml" in body and b"cannot be read" in body
        status, _, body = client.request("GET", "/records/broken.yaml")
        assert status == 200 and b"cannot be opened in the page" in body and b"Line 2: this is not valid YAML" in body
    finally:
        broken.unlink()


@settings(max_examples=examples(300))
@given(text=st.text(st.one_of(st.characters(blacklist_categories=("Cs",)),
                              st.sampled_from(list(" \t\n\r\x85\u2028'\"#:-|>{}[]&*!%@`\\"))), min_size=1, max_size=80))
@example(text="\t0\n")  # a tab starting a line of a block was read back as indentation
def test_any_text_saved_from_the_page_reads_back_the_same(text):
    data = sam_data()
    data["working_well"][0] = text
    data["worries"][2]["text"] = text
    saved = to_yaml(tidy(data), SAM_SOURCE)
    again, _ = parse_file(SAM, saved.encode())
    assert again["working_well"][0] == text and again["worries"][2]["text"] == text
    assert again["child_views"] == data["child_views"]


def test_listening_elsewhere_with_the_flag_warns_and_still_needs_the_token(tmp_path):
    import subprocess
    import sys
    import time
    import urllib.request

    # 127.0.0.2 is this machine too, but not an address the server trusts by default.
    process = subprocess.Popen([sys.executable, "-m", "recordgen", "serve", str(tmp_path), "--host", "127.0.0.2",
                                "--allow-remote", "--no-browser", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        link = ""
        deadline = time.monotonic() + 30
        while "token=" not in link and time.monotonic() < deadline:
            link = process.stdout.readline()
        assert "http://127.0.0.2:" in link
        base = link.strip().split("/?")[0]
        try:
            urllib.request.urlopen(base + "/", timeout=10)
            raise AssertionError("no token, yet not refused")
        except urllib.error.HTTPError as refused:
            assert refused.code == 403
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=10)
    assert "WARNING: listening on 127.0.0.2" in errors


def test_an_items_language_is_kept_through_the_page_and_english_is_plain_text():
    source = SAM_SOURCE.replace("child_views:\n", "child_views:\n  - text: Dw i'n hoffi pêl-droed.\n    language: cy\n", 1)
    assert "language: cy" in source
    data = sam_data()
    data["child_views"].insert(0, {"text": "Dw i'n hoffi pêl-droed gyda Dad.", "withhold_from": [], "language": "cy"})
    data["child_views"][1] = {"text": data["child_views"][1], "withhold_from": [], "language": ""}
    again, _ = parse_file(SAM, to_yaml(tidy(data), source).encode())
    assert again["child_views"][0] == {"text": "Dw i'n hoffi pêl-droed gyda Dad.", "language": "cy"}
    assert isinstance(again["child_views"][1], str)


def test_a_booklet_answer_in_another_language_is_marked_so_on_the_page(client, server):
    """A Polish booklet's answer (consult import marks it language: pl) is read out in Polish by a screen reader."""
    name = "review-sam-pl-booklet.yaml"
    (server.folder / name).write_text(SAM_SOURCE + (
        "consultation:\n  meeting:\n    - by: Sam (child)\n      question: Who do you want at your meeting?\n"
        "      text: Mama & Ewa\n      language: pl\n"), encoding="utf-8")
    try:
        status, _, body = client.request("GET", f"/records/{name}")
    finally:
        (server.folder / name).unlink()   # the folder is the module's: leave it as it was
    assert status == 200
    assert '<span lang="pl">Mama &amp; Ewa</span>' in body.decode()
