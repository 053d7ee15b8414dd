"""The authoring page's routes: the list of records, the form, and the calls it makes as the IRO types.

Every rule comes from ``recordgen.api`` (the same calls as the CLI); this module
only moves data between the form and those calls.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import re
import tempfile
from pathlib import Path
from urllib.parse import quote
from typing import Any, Callable

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import secrets

from .. import api
from ..support.clock import today
from ..support.errorlog import log_fault
from .store import (SESSION, Changed, Folder, NotAllowed, differences, merged, next_review, scaffold, tidy, to_yaml,
                    version_of)
from .words import label, plain, shown

HERE = Path(__file__).resolve().parent
log = logging.getLogger("recordgen.web")

RIGHT_CHOICES = [("offered", "Offered to the child"), ("has_one", "The child has one"),
                 ("declined", "The child said no"), ("not_yet", "Not offered yet")]
ROLE_NAMES = {"child": "the child", "parent": "a parent", "carer": "a carer", "social_worker": "the social worker",
              "other": "someone else"}
#: The page's sections, in the order the record reads (the task list).
SECTIONS = [("child", "The child"), ("review", "The review and who came"), ("words", "The child's words"),
            ("headings", "What's working well, worries and goals"), ("scale", "The scale"),
            ("actions", "Who does what, by when"), ("plan", "Plan, rights and next review"),
            ("placement", "Where the child lives"), ("distribution", "Who gets a copy"),
            ("copies", "Check and make copies")]


def date_parts(value) -> tuple[str, str, str]:
    """A date from the file as the three boxes show it: day, month, year (what was typed, if not a date)."""
    if isinstance(value, dt.date):
        return str(value.day), str(value.month), str(value.year)
    text = "" if value is None else str(value).strip()
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if found:
        return str(int(found[3])), str(int(found[2])), found[1]
    if text.count("/") == 2:
        day, month, year = text.split("/")
        return day, month, year
    return "", "", text


class Page:
    """The state the routes share: the folder, the settings and one renderer (templates compiled once)."""

    def __init__(self, folder: Folder, settings: api.Settings):
        self.folder = folder
        self.settings = settings
        self.renderer = api.Renderer(settings)
        self.english_renderer = api.Renderer(settings, allow_untranslated=True)
        self._headings: dict[str, tuple] = {}
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.filters["blank"] = lambda value: "" if value is None else value
        self.templates.filters["uk"] = lambda value: uk_date(value) if value else ""
        cuts = settings.age_bands
        ages = {"early": f"under {cuts.young}", "young": f"ages {cuts.young} to {cuts.middle - 1}",
                "middle": f"ages {cuts.middle} to {cuts.teen - 1}", "teen": f"ages {cuts.teen} to {cuts.young_adult - 1}",
                "young_adult": f"{cuts.young_adult} and over"}
        self.band_words = {b: f"{ages[b]} ({b.replace('_', ' ')} age band)" for b in api.AGE_BANDS}
        self.templates.globals.update(
            item_text=lambda item: item.get("text") if isinstance(item, dict) else item,
            item_withheld=lambda item: (item.get("withhold_from") or []) if isinstance(item, dict) else [],
            item_language=lambda item: (item.get("language") or "") if isinstance(item, dict) else "",
            roles_choices=[(r, ROLE_NAMES[r][:1].upper() + ROLE_NAMES[r][1:]) for r in api.ROLES],
            role_names=ROLE_NAMES,
            band_choices=[(b, f"Written for {ages[b]}") for b in api.AGE_BANDS],
            participation_choices=[(code, f"{sentence} ({code})")
                                   for code, sentence in api.participation_sentences().items()],
            language_choices=[("en", "English")] + sorted(
                ((code, api.language_name(code)) for code in api.catalog_languages()), key=lambda c: c[1]),
            date_parts=date_parts,
            sections=SECTIONS,
        )

    def _heading_of(self, name: str) -> tuple[str, dt.date | None]:
        """(case number, review date) of a record in the folder, read once per change of the file."""
        path = self.folder.path(name)
        try:
            stat = path.stat()
        except OSError:
            return "", None
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._headings.get(name)
        if cached and cached[0] == stamp:
            return cached[1]
        data = _parsed(path.read_bytes())
        child = data.get("child") if isinstance(data.get("child"), dict) else {}
        review = data.get("review") if isinstance(data.get("review"), dict) else {}
        heading = (str(child.get("id") or "").strip(), _as_date(review.get("date")))
        self._headings[name] = (stamp, heading)
        return heading

    def last_review(self, name: str, data: dict) -> dict | None:
        """The child's review before this one in the folder (the same case number, the latest earlier
        date) with its actions not done as of today, as the page shows them; None when there is none."""
        child = data.get("child") if isinstance(data.get("child"), dict) else {}
        review = data.get("review") if isinstance(data.get("review"), dict) else {}
        case, date = str(child.get("id") or "").strip(), _as_date(review.get("date")) or today()
        if not case:
            return None
        earlier = [(when, other) for other in self.folder.names() if other != name
                   for found, when in [self._heading_of(other)] if found == case and when and when < date]
        if not earlier:
            return None
        when, other = max(earlier)
        previous = _parsed(self.folder.read(other))
        as_of, nation = today(), self.settings.timescales.nation
        still_open = []
        for action in previous.get("actions") or []:
            if not isinstance(action, dict):
                continue
            by, done = _as_date(action.get("by")), _as_date(action.get("done"))
            if by is None:
                state, words = "due", "No date was set"
            else:
                state, days = api.action_state(by, done, as_of, nation)
                words = (f"Overdue: {days} working day{'s' if days != 1 else ''} late (it was due {uk_date(by)})"
                         if state == "overdue" else f"Due {uk_date(by)}")
            if state != "done":
                still_open.append({"who": str(action.get("who") or ""), "what": str(action.get("what") or ""),
                                   "state": state, "when": words})
        return {"name": other, "date": uk_date(when), "open": still_open,
                "all": sum(isinstance(a, dict) for a in previous.get("actions") or [])}

    def no_next_review(self, name: str, data: dict) -> str | None:
        """Why no next review follows this one, in plain words: the young person is 18 by today, or
        will be by the day it would be held (reviews of a child in care end at 18, as the copies
        say: their pathway plan is reviewed instead); None when a next review is held."""
        child = data.get("child") if isinstance(data.get("child"), dict) else {}
        born = _as_date(child.get("date_of_birth"))
        if born is None:
            return None
        eighteen = _birthday(born, 18)
        who = str(child.get("known_as") or "").strip() or (str(child.get("name") or "").split() or [""])[0]
        who = who or "The young person"
        instead = ("Reviews of a child in care end at 18, so there is no next review to start: "
                   "their pathway plan is reviewed instead, at least every 6 months.")
        if eighteen <= today():
            return f"{who} turned 18 on {uk_date(eighteen.isoformat())}. {instead}"
        try:
            loaded = api.load_data(tidy(data), str(self.folder.path(name)))
            dates = api.review_dates(loaded.record, self.settings)
            not_held = "next_review" in api.dates_not_used(loaded.record, dates)
        except (api.InvalidRecord, ValueError):
            return None
        if not not_held:
            return None
        return (f"{who} turns 18 on {uk_date(eighteen.isoformat())}, before the next review would be held "
                f"(by {uk_date(dates.next_review.isoformat())}). {instead}")

    def html(self, template: str, status: int = 200, **context) -> HTMLResponse:
        body = self.templates.get_template(template).render(
            roles=api.ROLES, participation_codes=api.PARTICIPATION_CODES, right_choices=RIGHT_CHOICES, **context)
        return HTMLResponse(body, status_code=status)

    # ---- what the form asks for -------------------------------------------------------------
    def check(self, name: str, data: dict) -> dict:
        """Every validation message and language finding for the form as it is now."""
        data = tidy(data)
        try:
            loaded = api.load_data(data, str(self.folder.path(name)))
        except api.InvalidRecord as exc:
            return {"fits": False, "problems": [_problem(d) for d in exc.diagnostics], "findings": [], "dates": None}
        problems = [_problem(d) for d in api.validate(loaded, self.settings) + api.chain_problems(loaded, self.settings)
                    + api.sibling_problems_beside([loaded])]
        findings = [_finding(f) for f in api.check_record(loaded, self.settings)]
        try:
            later = api.next_review_beside(loaded)  # the next review's own record beside it, as `dates` gives it
            worked_out = api.review_dates(loaded.record, self.settings, later)
            figures = worked_out.as_dict()
            notes = api.date_notes(loaded.record, worked_out, self.settings, later)
            not_used = api.dates_not_used(loaded.record, worked_out, later)
        except ValueError:
            figures, notes, not_used = {}, {}, {}
        # A figure that is no deadline (reviews end at 18; a date validate refuses) says why, not a date.
        dates = [{"key": k, "label": label, "date": None, "shown": not_used[k], "note": None} if k in not_used else
                 {"key": k, "label": label, "date": figures[k], "shown": uk_date(figures[k]), "note": notes.get(k)}
                 for k, label in api.date_labels(worked_out).items() if figures.get(k)]
        return {"fits": True, "problems": problems, "findings": findings, "dates": dates}

    def fix(self, name: str, data: dict, path: str, new: str) -> dict:
        """Apply one finding's fix through the engine (``api.fix_file(only=...)``, its refusals
        included) to the form as it is, on a private copy; the field's text after it."""
        data = tidy(data)
        loaded = api.load_data(data, str(self.folder.path(name)))
        wanted = [f.fix for f in api.check_record(loaded, self.settings)
                  if f.fix is not None and f.path == path and f.fix.new == new]
        if not wanted:
            return {"refused": "the text changed since this was suggested; look at the new findings"}
        with tempfile.TemporaryDirectory(prefix="recordgen-fix-") as temporary:
            copy = Path(temporary) / name
            copy.write_text(to_yaml(data), encoding="utf-8")
            result = api.fix_file(copy, settings=self.settings, only=wanted[:1])
            if result.refused:
                return {"refused": result.refused[0][1]}
            fixed, _ = api.parse_file(copy)
        value = _at(fixed, wanted[0].loc)
        return {"text": value if isinstance(value, str) else (value or {}).get("text", "")}

    def preview(self, name: str, data: dict, who: str) -> dict:
        """One recipient's real copy (the .docx the renderer makes), turned into HTML by mammoth."""
        from .docx_html import to_html

        loaded = api.load_data(tidy(data), str(self.folder.path(name)))
        record = loaded.record
        if who.isdigit() and 1 <= int(who) <= len(record.distribution):
            recipient = record.distribution[int(who) - 1]
        else:
            recipient = api.recipient_for(record, "child")
        notice = None
        try:
            try:
                copy = self.renderer.render_copy(loaded, recipient)
            except api.TranslationsNotReady as exc:
                # The copy cannot go out yet; show it in English with the notice it would carry.
                notice = f"This copy cannot be sent yet: {exc}"
                copy = self.english_renderer.render_copy(record, recipient, chain=api.chain_beside(loaded))
        except api.CopyWouldLeak as exc:  # never shown, even to its writer: say why instead
            return {"html": "", "notice": f"This copy cannot be made: {exc}", "band": "", "language": "",
                    "lang": "", "rtl": False, "recipient": f"{recipient.name} ({recipient.role.value})"}
        html = to_html(copy.data)
        if api.example_contacts(self.settings):  # beside the copy, as the command line warns
            notice = " ".join(filter(None, (notice, f"Before copies are sent: {api.example_contacts(self.settings)}.")))
        return {"html": html, "notice": notice, "band": copy.band, "language": copy.language,
                "language_name": api.language_name(copy.language), "band_words": self.band_words[copy.band],
                "lang": api.language_tag(copy.language), "rtl": api.is_right_to_left(copy.language),
                "recipient": f"{recipient.name} ({recipient.role.value})"}


def _problem(d) -> dict:
    # validate's rule, in words for a person at a form (the rule itself is unchanged: "rule").
    return {"path": d.path, "severity": d.severity, "message": plain(d.path, d.message), "rule": d.message}


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value or "").strip())
    except ValueError:
        return None


def _birthday(born: dt.date, years: int) -> dt.date:
    """The day someone born on ``born`` turns ``years`` (29 February: 1 March in a year without one)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


def uk_date(iso: str) -> str:
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _at(data, loc: tuple):
    for part in loc:
        if isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        elif isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


_HEADING_NAMES = {"working_well": "What's working well", "worries": "What are we worried about",
                  "goals": "What will it look like when things are better", "child_views": "The child's words"}


def _reworded(message: str) -> str:
    """A finding's message for a person at the page: headings by their names, grades as reading ages."""
    for key, heading in _HEADING_NAMES.items():
        message = message.replace(f"'{key}'", f'"{heading}"')
    return re.sub(r"\bgrade (\d+(?:\.\d+)?)", lambda m: f"a reading age of about {round(float(m[1])) + 5}", message)


def _finding(f) -> dict:
    fix = f.fix
    return {
        "path": f.path, "kind": str(f.kind), "label": f.kind.label, "message": _reworded(f.message), "suggestion": _reworded(f.suggestion or ""),
        "spans": [list(span) for span in f.spans],  # the words the finding is about, in its field's text
        "fix": {"new": fix.new, "safe": bool(fix.safe), "description": fix.description} if fix else None,
    }


def create_app(folder: str | Path, settings: api.Settings | None = None) -> Starlette:
    """The page's application: every route is a handler below, given the shared `Page` and the request."""
    page = Page(Folder(folder), settings or api.Settings())

    def route(path: str, handler: Callable, post: bool = False) -> Route:
        return Route(path, _bound(page, handler), methods=["POST"] if post else None, name=handler.__name__)

    routes = [
        route("/", list_records),
        route("/new", new_page),
        route("/records/{name}", record_page),
        route("/api/new", new_record, post=True),
        route("/api/records/{name}/check", check, post=True),
        route("/api/records/{name}/preview", preview, post=True),
        route("/api/records/{name}/fix", fix, post=True),
        route("/api/records/{name}/save", save, post=True),
        route("/api/records/{name}/discard-draft", discard_draft, post=True),
        route("/api/records/{name}/render", render, post=True),
        route("/api/records/{name}/copies", copies_summary, post=True),
        route("/api/records/{name}/english-for-now", english_for_now, post=True),
        route("/api/records/{name}/xliff", download_xliff),
        route("/api/records/{name}/xliff", upload_xliff, post=True),
        route("/copies/{file}", open_copy),
        route("/api/records/{name}/rename", rename, post=True),
        route("/api/records/{name}/delete", delete, post=True),
        route("/api/records/{name}/next", start_next, post=True),
        route("/api/undo-delete", undo, post=True),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={NotAllowed: _not_allowed, Exception: _internal})


def _bound(page: Page, handler: Callable) -> Callable:
    """``handler(page, request)`` as the endpoint Starlette calls with the request alone; async or not
    as the handler is (Starlette runs a plain function in its thread pool)."""
    if inspect.iscoroutinefunction(handler):
        async def endpoint(request: Request) -> Response:
            return await handler(page, request)
    else:
        def endpoint(request: Request) -> Response:
            return handler(page, request)
    return endpoint


# ---------------------------------------------------------------- the folder
# The list of records, a new one, renaming, the bin and the next review.


def list_records(page: Page, request: Request) -> Response:
    rows = [_summary(page, name) for name in page.folder.names()]
    return page.html("list.html", rows=rows, folder=page.folder.root.name, deleted=page.folder.deleted(),
                     just_deleted=request.query_params.get("deleted", ""))


def new_page(page: Page, request: Request) -> Response:
    return page.html("new.html", today_words=uk_date(today().isoformat()))


async def new_record(page: Page, request: Request) -> Response:
    body = await _json(request)
    name, problem = _new_name(str(body.get("name", "")))
    if problem:
        return JSONResponse({"error": problem}, 400)
    try:
        page.folder.create(name, scaffold(today(), page.settings.timescales.nation))
    except FileExistsError:
        return JSONResponse({"error": f"There is already a record called {name}; choose another name."}, 409)
    return JSONResponse({"url": f"/records/{name}", "name": name})


async def rename(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    body = await _json(request)
    to, problem = _new_name(str(body.get("to", "")))
    if problem:
        return JSONResponse({"error": problem}, 400)
    try:
        await run_in_threadpool(page.folder.rename, name, to)
    except FileExistsError:
        return JSONResponse({"error": f"There is already a record called {to}; choose another name."}, 409)
    except FileNotFoundError:
        return JSONResponse({"error": f"{name} is no longer in the folder."}, 404)
    return JSONResponse({"url": f"/records/{to}", "name": to})


async def delete(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    try:
        entry = await run_in_threadpool(page.folder.delete, name)
    except FileNotFoundError:
        return JSONResponse({"error": f"{name} is no longer in the folder."}, 404)
    return JSONResponse({"url": "/?deleted=" + entry, "bin": entry})


async def undo(page: Page, request: Request) -> Response:
    body = await _json(request)
    try:
        name = await run_in_threadpool(page.folder.undo_delete, str(body.get("bin", "")))
    except FileNotFoundError:
        return JSONResponse({"error": "That record is no longer in the bin."}, 404)
    except FileExistsError as exc:
        return JSONResponse({"error": f"There is a record called {exc} again; rename it first, then undo."}, 409)
    return JSONResponse({"url": f"/records/{name}", "name": name})


async def start_next(page: Page, request: Request) -> Response:
    """The next review, started from this one (saved file) under a new name."""
    name = record_name(page, request)
    body = await _json(request)
    to, problem = _new_name(str(body.get("to", "")))
    if problem:
        return JSONResponse({"error": problem}, 400)
    source = page.folder.read(name)
    data = _parsed(source)
    if not data:
        return JSONResponse({"error": f"{name} cannot be read, so nothing can be carried forward."}, 400)
    why_not = await run_in_threadpool(page.no_next_review, name, data)
    if why_not:  # no review record is made for an adult
        return JSONResponse({"error": why_not}, 409)
    text = to_yaml(tidy(next_review(data, today())), source.decode("utf-8-sig"))
    try:
        page.folder.create(to, text)
    except FileExistsError:
        return JSONResponse({"error": f"There is already a record called {to}; choose another name."}, 409)
    return JSONResponse({"url": f"/records/{to}?started=1", "name": to})


# ---------------------------------------------------------------- the form
# The record's page and the calls it makes as the IRO types.


def record_page(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    path = page.folder.path(name)
    if not path.exists():
        return page.html("missing.html", 404, name=name)
    source = path.read_bytes()
    version = version_of(source)
    try:
        data, _lines = api.parse_file(path, source)
    except api.ReadError as exc:
        found = exc.diagnostic
        return page.html("unreadable.html", 200, name=name,
                         problem=(f"Line {found.line}: " if found.line else "") + found.message)
    if not isinstance(data, dict):
        return page.html("unreadable.html", 200, name=name, problem=f"{name} does not hold a review record")
    page.folder.remember(source)
    # Unsaved drafts (each page keeps its own): offered back, never replaced without asking.
    text = source.decode("utf-8-sig")
    drafts = [d for d in page.folder.drafts(name) if to_yaml(tidy(d["data"]), text) != text]
    wanted = request.query_params.get("draft", "")
    restored = next((d for d in drafts if d["session"] == wanted), None)
    if restored:
        data = restored["data"]
        version = str(restored.get("version") or version)
        session = restored["session"]  # typing on goes on in the same draft
        drafts = [d for d in drafts if d is not restored]
    else:
        session = secrets.token_hex(12)
    offers = [{"session": d["session"], "kept_at": str(d.get("kept_at", "")).replace("T", " at ")}
              for d in drafts]
    return page.html("record.html", name=name, d=data, version=version, drafts=offers, session=session,
                     restored=restored is not None, last=page.last_review(name, data),
                     started=request.query_params.get("started") == "1",
                     no_next=page.no_next_review(name, _parsed(source)))


async def check(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    body = await _json(request)
    data = body.get("data")
    if not isinstance(data, dict):
        return JSONResponse({"error": "no record data"}, 400)
    if body.get("keep_draft") and SESSION.match(str(body.get("session", ""))):
        page.folder.keep_draft(name, str(body.get("version") or ""), data, body["session"])
    return JSONResponse(page.check(name, data))


async def fix(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    body = await _json(request)
    if not isinstance(body.get("data"), dict) or not isinstance(body.get("path"), str):
        return JSONResponse({"error": "no record data"}, 400)
    try:
        return JSONResponse(await run_in_threadpool(page.fix, name, body["data"], body["path"], str(body.get("new"))))
    except (api.InvalidRecord, api.ReadError):
        return JSONResponse({"refused": "the record has to fit the form first (see the errors)"})


async def preview(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    body = await _json(request)
    try:
        return JSONResponse(await run_in_threadpool(page.preview, name, body.get("data") or {},
                                                    str(body.get("recipient", "child"))))
    except api.InvalidRecord:
        return JSONResponse({"html": "", "notice": "The preview appears once every required field is filled in."})
    except api.TemplateError as exc:
        return JSONResponse({"html": "", "notice": f"The copy cannot be made: {exc}"})


async def save(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    body = await _json(request)
    data = body.get("data")
    if not isinstance(data, dict):
        return JSONResponse({"error": "no record data"}, 400)
    session = str(body.get("session") or "")
    session = session if SESSION.match(session) else None
    version = str(body.get("version") or "")
    choices = body.get("choices")
    try:
        if isinstance(choices, dict):
            # The IRO has seen every difference from the file as it is now (``version``) and
            # chosen per field; merge onto the file's content as they saw it.
            theirs_bytes = page.folder.seen(version)
            base_bytes = page.folder.seen(str(body.get("base") or ""))
            if theirs_bytes is None:
                return JSONResponse({"error": "The file changed again; look at the differences once more."}, 409)
            theirs = _parsed(theirs_bytes)
            diffs = differences(_parsed(base_bytes) if base_bytes else None, tidy(data), theirs)
            try:
                data = merged(tidy(data), theirs, diffs, {str(k): str(v) for k, v in choices.items()})
            except ValueError as exc:
                return JSONResponse({"error": "choose", "message":
                                     f"Choose which to keep for {label(str(exc))}; both were changed."}, 409)
        saved = await run_in_threadpool(page.folder.save, name, tidy(data), version, session)
    except Changed as exc:
        if session:
            page.folder.keep_draft(name, version, body["data"], session)
        return JSONResponse(_conflict(page, version, body["data"], exc.current), 409)
    except api.ReadError as exc:  # recordgen could not write this as YAML it can read back
        if session:
            page.folder.keep_draft(name, version, body["data"], session)
        return JSONResponse({"error": f"the file was left as it was ({exc.diagnostic.message}); "
                                      "your changes are kept as a draft"}, 500)
    return JSONResponse({"version": saved, "saved_at": dt.datetime.now().strftime("%H:%M:%S")})


async def discard_draft(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    body = await _json(request)
    session = str(body.get("session") or "")
    if not SESSION.match(session):
        return JSONResponse({"error": "which draft?"}, 400)
    page.folder.drop_draft(name, session)
    return JSONResponse({"ok": True})


# ---------------------------------------------------------------- the copies
# Check your answers (per reader, what their copy will be and what blocks it), making and opening copies.


async def copies_summary(page: Page, request: Request) -> Response:
    name = record_name(page, request)
    return JSONResponse(await run_in_threadpool(readers, page, name))


async def english_for_now(page: Page, request: Request) -> Response:
    """The IRO's choice to send one reader's copy in English until its translation comes (kept
    beside the record, so a reload or another day still has it); the readers after it."""
    name = record_name(page, request)
    body = await _json(request)
    loaded, _ = _saved(page, name)
    reader = body.get("reader")
    if loaded is None or not isinstance(reader, int) or not 1 <= reader <= len(loaded.record.distribution):
        return JSONResponse({"error": "Save the record without errors first, then choose again."}, 400)
    key = reader_key(loaded.record, loaded.record.distribution[reader - 1])
    await run_in_threadpool(page.folder.set_english_for_now, name, key, bool(body.get("on")))
    return JSONResponse(await run_in_threadpool(readers, page, name))


async def render(page: Page, request: Request) -> Response:
    return await run_in_threadpool(render_all, page, request)


def render_all(page: Page, request: Request) -> Response:
    """Every reader's copy of the saved file whose copy is not blocked, into copies/ in the folder.
    One reader's stale translation never stops the others' copies."""
    name = record_name(page, request)
    summary = readers(page, name)
    if summary["errors"]:
        return JSONResponse({"error": "The saved record has errors; fix them and save first.",
                             "problems": summary["errors"]}, 400)
    loaded = api.load_record(page.folder.path(name))
    out = page.folder.subfolder("copies")  # refused if it is a symlink out of the folder
    names = api.copy_filenames(loaded.record, loaded.record.distribution, lambda r: "." + r.format)
    # One group per renderer and format: Word copies are made even when PDFs cannot be.
    plans: dict[tuple[bool, str], list] = {}
    for reader, r, file in zip(summary["readers"], loaded.record.distribution, names):
        if not reader["blocked"]:
            english = bool(reader["translation"].get("english_for_now"))
            target = out / file
            plans.setdefault((english, r.format), []).append((reader, r, target))
    written = []
    refusals = (api.TranslationsNotReady, api.SidecarError, api.TemplateError, api.PdfUnavailable,
                api.PdfError, api.CopyWouldLeak)
    for (english, _format), plan in sorted(plans.items(), key=lambda kv: kv[0][1] == "pdf"):
        renderer = page.english_renderer if english else page.renderer
        try:
            written += api.write_copies(renderer, loaded, [(r, target) for _, r, target in plan])
        except refusals:
            # One reader's copy refused never stops the others': each is made on its own.
            for reader, r, target in plan:
                try:
                    written += api.write_copies(renderer, loaded, [(r, target)])
                except refusals as exc:
                    reader["blocked"] = f"the copy could not be made: {exc}"
    try:
        worked_out = api.review_dates(loaded.record, page.settings)
        figures, labels = worked_out.as_dict(), api.date_labels(worked_out)
    except ValueError:
        figures, labels = {}, api.DATE_LABELS
    return JSONResponse({
        "written": [{"file": target.name, "url": "/copies/" + target.name, "recipient": c.recipient.name,
                     "role": c.recipient.role.value, "band": c.band, "language": c.language,
                     "language_name": api.language_name(c.language)} for c, target in written],
        "blocked": [{"recipient": r["name"], "role": r["role"], "why": r["blocked"]}
                    for r in summary["readers"] if r["blocked"]],
        "dates": [{"label": lab, "date": figures[k], "shown": uk_date(figures[k])} for k, lab in labels.items() if figures.get(k)],
    })


def open_copy(page: Page, request: Request) -> Response:
    """A copy made from the page, opened from its link (only files directly in FOLDER/copies)."""
    file = request.path_params["file"]
    folder = page.folder.root / "copies"
    if not re.fullmatch(r"[^/\\]+\.(docx|pdf)", file) or file.startswith("."):
        raise NotAllowed(file)
    path = folder / file
    if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(page.folder.root):
        return PlainTextResponse("That copy is not there; make the copies again.\n", 404)
    kind = "application/pdf" if file.endswith(".pdf") else \
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    disposition = "inline" if file.endswith(".pdf") else "attachment"
    return Response(path.read_bytes(), media_type=kind,
                    headers={"Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(file)}"})


def readers(page: Page, name: str) -> dict:
    """Check your answers: per reader of the saved file, what their copy will be and what blocks it."""
    loaded, errors = _saved(page, name)
    if loaded is None:
        return {"errors": errors, "readers": []}
    record = loaded.record
    english_for_now = page.folder.english_for_now(name)
    files = api.copy_filenames(record, record.distribution, lambda r: "." + r.format)
    saved_at = page.folder.path(name).stat().st_mtime
    try:
        progress = {id(p.recipient): p for p in api.translation_status(loaded)}
        progress = {i: progress.get(id(r)) for i, r in enumerate(record.distribution, 1)}
        sidecar_problem = ""
    except api.SidecarError as exc:
        progress, sidecar_problem = {}, str(exc)
    out = []
    for n, r in enumerate(record.distribution, 1):
        language = record.recipient_language(r)
        each = progress.get(n)
        translation, blocked = _translation_of(each, sidecar_problem, language,
                                               reader_key(record, r) in english_for_now)
        if errors:
            blocked = "the record has errors to fix first"
        out.append({
            "n": n, "name": r.name, "role": r.role.value, "language": language,
            "language_name": api.language_name(language), "format": "PDF" if r.format == "pdf" else "Word",
            "bilingual": r.bilingual, "delivery": _delivery(r),
            # As the copy leaves it out: a little child's own copy, read aloud by the carers, what is kept
            # from them too, and why (the renderer's rule, asked through the api).
            "withheld": [label(p) + (f" (read aloud by {_joined(by)}, from whom it is kept)" if by else "")
                         for p, by in api.left_out_of_copy(record, r, page.settings)],
            "translation": translation, "blocked": blocked, "made": made_copy(page, files[n - 1], saved_at),
        })
    return {"errors": errors, "readers": out}


def _joined(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _translation_of(each, sidecar_problem: str, language: str, english_chosen: bool) -> tuple[dict, str]:
    """A reader's translation as the page says it, and what it blocks ("" for nothing): ``each`` is their
    `translation_status` (None for a reader in English), ``english_chosen`` the IRO's 'English for now'."""
    translation = {"state": "english", "text": "In English: nothing to translate."}
    blocked = ""
    # translation_status lists exactly the readers of a language other than English.
    if each is not None or (sidecar_problem and language.split("_")[0].split("-")[0].lower() != "en"):
        if sidecar_problem:
            translation = {"state": "unusable", "text": sidecar_problem}
        elif each is not None and each.stale:
            labels = [label(p) for p in each.stale]
            translation = {"state": "stale", "stale": labels, "missing": len(each.missing),
                           "text": "The translation is out of date since an edit: " + ", ".join(labels) + "."}
        elif each is not None and each.missing:
            count = len(each.missing)
            translation = {"state": "missing", "missing": count,
                           "text": f"{count} item{'s' if count != 1 else ''} to translate."}
        elif each is not None:
            translation = {"state": "ready", "text": "Translated: ready."}
        if translation["state"] == "missing":
            translation["english_possible"] = True
            if english_chosen:
                translation["text"] += " This copy will be sent in English for now, with a notice saying so."
                translation["english_for_now"] = True
            else:
                blocked = "its translation is not ready"
        elif translation["state"] == "stale":
            # An old translation of words since changed is never sent, nor its English (as
            # `render --allow-untranslated`): the translator sees the changed items again.
            translation["text"] += (" Download the file for the translator again: it has the changed items."
                                    " The copy waits for them.")
            blocked = "its translation is out of date"
        elif translation["state"] == "unusable":
            blocked = "its translation file cannot be read"
    return translation, blocked


def _delivery(r) -> str:
    return (f"by email to {r.email}" if r.email else
            f"by post to {r.address}" if getattr(r, "address", None) else "not by email or post: you hand it over")


def made_copy(page: Page, file: str, saved_at: float) -> dict | None:
    """The copy made earlier from the page for this reader (in FOLDER/copies), to open again another
    day; ``older`` when the record was saved since it was made."""
    folder = page.folder.root / "copies"
    path = folder / file
    if folder.is_symlink() or path.is_symlink() or not path.is_file():
        return None
    made = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return {"url": "/copies/" + quote(file), "file": file, "older": made.timestamp() < saved_at,
            "when": f"{uk_date(made.date().isoformat())} at {made:%H:%M}"}


def _saved(page: Page, name: str):
    """The saved file, loaded, and its errors in the IRO's words; (None, [message]) when unreadable."""
    try:
        loaded = api.load_record(page.folder.path(name))
    except api.ReadError as exc:
        return None, [{"path": "(record)", "message": exc.diagnostic.message}]
    except api.InvalidRecord as exc:
        return None, [_problem(d) for d in exc.diagnostics if d.severity == "error"]
    return loaded, [_problem(d) for d in api.validate(loaded, page.settings) + api.chain_problems(loaded, page.settings)
                    + api.sibling_problems_beside([loaded])
                    if d.severity == "error"]


def reader_key(record, r) -> dict:
    return {"role": r.role.value, "name": r.name, "language": api.normalize_language(record.recipient_language(r))}


# ---------------------------------------------------------------- translations
# The translator's file, out and back.


def download_xliff(page: Page, request: Request) -> Response:
    """The file for the translator: every item the readers of ``lang`` may see, from the saved record."""
    name = record_name(page, request)
    language = request.query_params.get("lang", "")
    if not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", language):
        return PlainTextResponse("Which language? For example ?lang=pl\n", 400)
    path = page.folder.path(name)
    with tempfile.TemporaryDirectory(prefix="recordgen-xliff-") as temporary:
        target = Path(temporary) / api.xliff_path_for(path, language).name
        try:
            api.export_translation(path, language, target)
        except (api.ReadError, api.InvalidRecord):
            return PlainTextResponse("Save the record without errors first.\n", 400)
        except api.XliffError as exc:
            return PlainTextResponse("\n".join(exc.problems) + "\n", 400)
        data = target.read_bytes()
    return Response(data, media_type="application/xliff+xml", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(target.name)}"})


async def upload_xliff(page: Page, request: Request) -> Response:
    """The translator's file back: the same checks and refusals as `recordgen translate import`."""
    name = record_name(page, request)
    data = await request.body()
    if len(data) > 20_000_000:
        return JSONResponse({"problems": ["That file is too big to be a translation of one record."]}, 400)
    filename = Path(request.query_params.get("filename", "") or "translation.xlf").name
    if not re.fullmatch(r"[^/\\\x00]{1,200}", filename) or filename.startswith("."):
        filename = "translation.xlf"

    def run() -> Response:
        with tempfile.TemporaryDirectory(prefix="recordgen-xliff-") as temporary:
            target = Path(temporary) / filename
            target.write_bytes(data)
            try:
                result = api.import_translation(target, page.folder.path(name))
            except api.XliffError as exc:
                return JSONResponse({"problems": [p.replace(str(target), filename) for p in exc.problems]}, 400)
            except api.InvalidRecord as exc:
                return JSONResponse({"problems": [plain(d.path, d.message) for d in exc.diagnostics]}, 400)
            except (api.ReadError, api.SidecarError) as exc:
                return JSONResponse({"problems": [str(exc)]}, 400)
        page.folder.drop_english_for_now(name, api.normalize_language(result.language))
        return JSONResponse({"language": result.language, "language_name": api.language_name(result.language),
                             "count": result.count})

    return await run_in_threadpool(run)


# ---------------------------------------------------------------- shared by the routes


def record_name(page: Page, request: Request) -> str:
    name = request.path_params["name"]
    page.folder.path(name)  # NotAllowed -> 403
    return name


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return PlainTextResponse("403 Forbidden\n", 403)


async def _internal(request: Request, exc: Exception) -> Response:
    try:
        where = str(log_fault(exc, "recordgen serve"))
    except OSError:
        where = "nowhere (it could not be written)"
    log.error("internal fault in recordgen; details are in %s", where)
    return PlainTextResponse("Something went wrong inside recordgen; nothing was saved half-written.\n", 500)


def _new_name(wanted: str) -> tuple[str, str]:
    """A record's file name from what the IRO typed, or why it cannot be one (never silently changed
    into another name: '../secret' is refused, not made 'secret.yaml')."""
    stem = wanted.strip().removesuffix(".yaml").removesuffix(".yml").strip()
    if not stem:
        return "", "Give the record a name, for example review-sam-10."
    if "/" in stem or "\\" in stem or ".." in stem:
        return "", "A record's name cannot have / or \\ or .. in it: it is a file in this folder. Use letters, numbers and hyphens, for example review-sam-10."
    if len(stem) > 80:
        return "", "That name is too long: use 80 letters or fewer, for example review-sam-10."
    stem = re.sub(r"\s+", "-", stem)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", stem):
        return "", "Use only letters, numbers and hyphens in a record's name, for example review-sam-10."
    return stem + ".yaml", ""


def _parsed(source: bytes) -> dict:
    try:
        data, _ = api.parse_file("record.yaml", source)
    except api.ReadError:
        return {}
    return data if isinstance(data, dict) else {}


def _conflict(page: Page, version: str, mine: dict, current: bytes | None) -> dict:
    """What the IRO is shown when the file changed since their page opened it: every field that
    differs, who changed it, and what is kept unless they choose otherwise."""
    if current is None:
        return {"error": "deleted", "message": "This record's file was deleted or renamed since you opened it. "
                "Your changes are kept as a draft; nothing was written."}
    base = page.folder.seen(version)
    theirs_version = page.folder.remember(current)
    diffs = differences(_parsed(base) if base is not None else None, tidy(mine), _parsed(current))
    for d in diffs:
        d.update(label=label(d["key"]), mine_text=shown(d["mine"]), theirs_text=shown(d["theirs"]))
    return {"error": "changed", "version": theirs_version, "base": version, "differences": diffs, "message": (
        "This record was changed somewhere else since you opened it (in another tab, or the file itself). "
        "Nothing was overwritten and your changes are kept as a draft. Below is every field that differs: "
        "choose, for each, whether to keep yours or take the one in the file, then save.")}


async def _json(request: Request) -> dict:
    try:
        body = await request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _summary(page: Page, name: str) -> dict[str, Any]:
    """A row of the list: who, when, whether it validates and the days left before it is due."""
    row: dict[str, Any] = {"name": name, "known_as": "", "case": "", "date": "", "validates": False,
                           "status": "", "days_left": None, "due": ""}
    path = page.folder.path(name)
    try:
        loaded = api.load_record(path)
    except api.ReadError:
        row["status"] = "cannot be read"
        return row
    except api.InvalidRecord as exc:
        try:
            data, _ = api.parse_file(path)
            child = data.get("child") or {}
            row.update(known_as=child.get("known_as") or str(child.get("name") or "").split(" ")[0],
                       case=child.get("id") or "", date=str((data.get("review") or {}).get("date") or ""))
        except Exception:  # noqa: BLE001 - the row still says it does not validate
            pass
        count = len(exc.diagnostics)
        row["status"] = f"{count} problem{'s' if count != 1 else ''} to fix"
        return row
    record = loaded.record
    errors = [d for d in api.validate(loaded, page.settings) if d.severity == "error"]
    row.update(known_as=record.child.first_name, case=record.child.id, date=record.review.date.isoformat(),
               validates=not errors,
               status="validates" if not errors else f"{len(errors)} error{'s' if len(errors) != 1 else ''} to fix")
    try:
        due = api.review_dates(record, page.settings).record_distribution_due
        row["days_left"] = (due - today()).days
        row["due"] = due.isoformat()
    except ValueError:
        pass
    return row
