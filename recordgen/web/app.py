"""The authoring page's routes: the list of records, the form, and the calls it makes as the IRO types.

Every rule comes from ``recordgen.api`` (the same calls as the CLI); this module
only moves data between the form and those calls.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import api
from ..record.diagnostics import format_path
from ..i18n.languages import is_right_to_left as is_rtl
from ..i18n import language_tag
from ..record.loading import parse_file
from ..record.model import AGE_BANDS, PARTICIPATION_CODES, ROLES
from ..record.settings import Settings
from ..rules.timescales import review_dates
from ..support.errorlog import log_fault
from .store import Changed, Folder, NotAllowed, scaffold, tidy, to_yaml, today, version_of

HERE = Path(__file__).resolve().parent
log = logging.getLogger("recordgen.web")

RIGHT_CHOICES = [("offered", "offered"), ("has_one", "has one"), ("declined", "declined"), ("not_yet", "not yet")]
_QUOTED = re.compile(r"'([^']+)'")


class Page:
    """The state the routes share: the folder, the settings and one renderer (templates compiled once)."""

    def __init__(self, folder: Folder, settings: Settings):
        self.folder = folder
        self.settings = settings
        self.renderer = api.Renderer(settings)
        self.english_renderer = api.Renderer(settings, allow_untranslated=True)
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.filters["blank"] = lambda value: "" if value is None else value
        self.templates.globals.update(
            item_text=lambda item: item.get("text") if isinstance(item, dict) else item,
            item_withheld=lambda item: (item.get("withhold_from") or []) if isinstance(item, dict) else [],
            roles_choices=[(r, r.replace("_", " ")) for r in ROLES],
            band_choices=[(b, b.replace("_", " ")) for b in AGE_BANDS],
            participation_choices=[(c, c) for c in PARTICIPATION_CODES],
        )

    def html(self, template: str, status: int = 200, **context) -> HTMLResponse:
        body = self.templates.get_template(template).render(
            roles=ROLES, participation_codes=PARTICIPATION_CODES, right_choices=RIGHT_CHOICES, **context)
        return HTMLResponse(body, status_code=status)

    # ---- what the form asks for -------------------------------------------------------------
    def check(self, name: str, data: dict) -> dict:
        """Every validation message and language finding for the form as it is now."""
        data = tidy(data)
        try:
            loaded = api.load_data(data, str(self.folder.path(name)))
        except api.InvalidRecord as exc:
            return {"fits": False, "problems": [_problem(d) for d in exc.diagnostics], "findings": [], "dates": None}
        problems = [_problem(d) for d in api.validate(loaded, self.settings)]
        texts = {format_path(loc): text for loc, text, _ in loaded.record.free_texts()}
        findings = [_finding(f, texts.get(f.path, "")) for f in api.check_record(loaded, self.settings)]
        try:
            figures = review_dates(loaded.record, self.settings.timescales).as_dict()
        except ValueError:
            figures = {}
        dates = [{"key": k, "label": label, "date": figures[k]} for k, label in api.DATE_LABELS.items() if figures.get(k)]
        return {"fits": True, "problems": problems, "findings": findings, "dates": dates}

    def preview(self, name: str, data: dict, who: str) -> dict:
        """One recipient's real copy (the .docx the renderer makes), turned into HTML by mammoth."""
        import mammoth

        loaded = api.load_data(tidy(data), str(self.folder.path(name)))
        record = loaded.record
        if who.isdigit() and 1 <= int(who) <= len(record.distribution):
            recipient = record.distribution[int(who) - 1]
        else:
            recipient = api.recipient_for(record, "child")
        notice = None
        try:
            copy = self.renderer.render_copy(loaded, recipient)
        except api.TranslationsNotReady as exc:
            # The copy cannot go out yet; show it in English with the notice it would carry.
            notice = f"This copy cannot be sent yet: {exc}"
            copy = self.english_renderer.render_copy(record, recipient)
        html = mammoth.convert_to_html(io.BytesIO(copy.data)).value
        return {"html": html, "notice": notice, "band": copy.band, "language": copy.language,
                "lang": language_tag(copy.language), "rtl": is_rtl(copy.language),
                "recipient": f"{recipient.name} ({recipient.role.value})"}


def _problem(d) -> dict:
    return {"path": d.path, "severity": d.severity, "message": d.message}


def _finding(f, text: str) -> dict:
    # The words a finding quotes ('looked after', 'Sam', long words), wherever they stand in the text.
    spans = [[m.start(), m.end()] for word in dict.fromkeys(_QUOTED.findall(f.message)) if word.strip()
             for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
    fix = getattr(f, "fix", None)
    return {
        "path": f.path, "kind": f.kind, "message": f.message, "suggestion": f.suggestion, "spans": spans,
        "fix": {"new": fix.new, "safe": bool(fix.safe), "description": fix.description} if fix else None,
    }


def create_app(folder: str | Path, settings: Settings | None = None) -> Starlette:
    page = Page(Folder(folder), settings or Settings())

    def record_name(request: Request) -> str:
        name = request.path_params["name"]
        page.folder.path(name)  # NotAllowed -> 403
        return name

    def list_records(request: Request) -> Response:
        rows = [_summary(page, name) for name in page.folder.names()]
        return page.html("list.html", rows=rows, folder=page.folder.root.name)

    def record_page(request: Request) -> Response:
        name = record_name(request)
        path = page.folder.path(name)
        if not path.exists():
            return page.html("missing.html", 404, name=name)
        source = path.read_bytes()
        version = version_of(source)
        try:
            data, _lines = parse_file(path, source)
        except api.ReadError as exc:
            found = exc.diagnostic
            return page.html("unreadable.html", 200, name=name,
                             problem=(f"Line {found.line}: " if found.line else "") + found.message)
        if not isinstance(data, dict):
            return page.html("unreadable.html", 200, name=name, problem=f"{name} does not hold a review record")
        draft = page.folder.draft(name)
        offer = None
        if draft and isinstance(draft.get("data"), dict):
            if request.query_params.get("draft") == "restore":
                data, version = draft["data"], draft.get("version") or version
            elif to_yaml(tidy(draft["data"]), source.decode("utf-8-sig")) != source.decode("utf-8-sig"):
                offer = draft.get("kept_at", "")
        return page.html("record.html", name=name, d=data, version=version, draft_offer=offer,
                         restored=request.query_params.get("draft") == "restore" and draft is not None)

    def new_page(request: Request) -> Response:
        return page.html("new.html", today=today().isoformat())

    async def new_record(request: Request) -> Response:
        body = await _json(request)
        wanted = str(body.get("name", "")).strip()
        stem = re.sub(r"[^A-Za-z0-9-]+", "-", wanted.removesuffix(".yaml").removesuffix(".yml")).strip("-")
        if not stem:
            return JSONResponse({"error": "Give the new record a file name, for example review-sam-10."}, 400)
        name = stem + ".yaml"
        try:
            page.folder.create(name, scaffold(today(), page.settings.timescales.nation))
        except FileExistsError:
            return JSONResponse({"error": f"There is already a record called {name}; choose another name."}, 409)
        return JSONResponse({"url": f"/records/{name}", "name": name})

    async def check(request: Request) -> Response:
        name = record_name(request)
        body = await _json(request)
        data = body.get("data")
        if not isinstance(data, dict):
            return JSONResponse({"error": "no record data"}, 400)
        if body.get("keep_draft"):
            page.folder.keep_draft(name, str(body.get("version") or ""), data)
        return JSONResponse(page.check(name, data))

    async def preview(request: Request) -> Response:
        name = record_name(request)
        body = await _json(request)
        try:
            return JSONResponse(await run_in_threadpool(page.preview, name, body.get("data") or {},
                                                        str(body.get("recipient", "child"))))
        except api.InvalidRecord:
            return JSONResponse({"html": "", "notice": "The preview appears once every required field is filled in."})
        except api.TemplateError as exc:
            return JSONResponse({"html": "", "notice": f"The copy cannot be made: {exc}"})

    async def save(request: Request) -> Response:
        name = record_name(request)
        body = await _json(request)
        data = body.get("data")
        if not isinstance(data, dict):
            return JSONResponse({"error": "no record data"}, 400)
        try:
            version = await run_in_threadpool(page.folder.save, name, tidy(data), body.get("version"),
                                              bool(body.get("overwrite")))
        except Changed:
            page.folder.keep_draft(name, str(body.get("version") or ""), data)
            return JSONResponse({"error": "changed", "message": (
                "This record was changed somewhere else since you opened it (in another tab, or the file "
                "itself). Your changes are kept as a draft and nothing was overwritten.")}, 409)
        except api.ReadError as exc:  # recordgen could not write this as YAML it can read back
            page.folder.keep_draft(name, str(body.get("version") or ""), data)
            return JSONResponse({"error": f"the file was left as it was ({exc.diagnostic.message}); "
                                          "your changes are kept as a draft"}, 500)
        return JSONResponse({"version": version, "saved_at": dt.datetime.now().strftime("%H:%M:%S")})

    async def discard_draft(request: Request) -> Response:
        page.folder.drop_draft(record_name(request))
        return JSONResponse({"ok": True})

    def render_all(request: Request) -> Response:
        """Every recipient's copy of the saved file, into copies/ in the folder."""
        name = record_name(request)
        path = page.folder.path(name)
        try:
            loaded = api.load_record(path)
        except (api.ReadError, api.InvalidRecord):
            return JSONResponse({"error": "The saved record has problems; fix them and save first."}, 400)
        if any(d.severity == "error" for d in api.validate(loaded, page.settings)):
            return JSONResponse({"error": "The saved record has errors; fix them and save first."}, 400)
        out = page.folder.subfolder("copies")  # refused if it is a symlink out of the folder
        names = api.copy_filenames(loaded.record, loaded.record.distribution, lambda r: "." + r.format)
        plans = list(zip(loaded.record.distribution, (out / name for name in names)))
        try:
            written = api.write_copies(page.renderer, loaded, plans)
        except (api.TranslationsNotReady, api.SidecarError, api.TemplateError, api.PdfUnavailable) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse({"written": [
            {"file": str(target.relative_to(page.folder.root)), "recipient": c.recipient.name,
             "role": c.recipient.role.value, "band": c.band, "language": c.language} for c, target in written]})

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("403 Forbidden\n", 403)

    async def internal(request: Request, exc: Exception) -> Response:
        try:
            where = str(log_fault(exc, "recordgen serve"))
        except OSError:
            where = "nowhere (it could not be written)"
        log.error("internal fault in recordgen; details are in %s", where)
        return PlainTextResponse("Something went wrong inside recordgen; nothing was saved half-written.\n", 500)

    routes = [
        Route("/", list_records),
        Route("/new", new_page),
        Route("/records/{name}", record_page),
        Route("/api/new", new_record, methods=["POST"]),
        Route("/api/records/{name}/check", check, methods=["POST"]),
        Route("/api/records/{name}/preview", preview, methods=["POST"]),
        Route("/api/records/{name}/save", save, methods=["POST"]),
        Route("/api/records/{name}/discard-draft", discard_draft, methods=["POST"]),
        Route("/api/records/{name}/render", render_all, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={NotAllowed: not_allowed, Exception: internal})


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
            data, _ = parse_file(path)
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
        due = review_dates(record, page.settings.timescales).record_distribution_due
        row["days_left"] = (due - today()).days
        row["due"] = due.isoformat()
    except ValueError:
        pass
    return row
