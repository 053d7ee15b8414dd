"""The authoring page's routes: the list of records, the form, and the calls it makes as the IRO types.

Every rule comes from ``recordgen.api`` (the same calls as the CLI); this module
only moves data between the form and those calls.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tempfile
from pathlib import Path
from urllib.parse import quote
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
import secrets

from ..support.errorlog import log_fault
from .store import (SESSION, Changed, Folder, NotAllowed, differences, merged, next_review, scaffold, tidy, to_yaml,
                    today, version_of)
from .words import label, plain, shown

HERE = Path(__file__).resolve().parent
log = logging.getLogger("recordgen.web")

RIGHT_CHOICES = [("offered", "Offered to the child"), ("has_one", "The child has one"),
                 ("declined", "The child said no"), ("not_yet", "Not offered yet")]
_QUOTED = re.compile(r"'([^']+)'")
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

    def __init__(self, folder: Folder, settings: Settings):
        self.folder = folder
        self.settings = settings
        self.renderer = api.Renderer(settings)
        self.english_renderer = api.Renderer(settings, allow_untranslated=True)
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.filters["blank"] = lambda value: "" if value is None else value
        cuts = settings.age_bands
        ages = {"early": f"under {cuts.young}", "young": f"ages {cuts.young} to {cuts.middle - 1}",
                "middle": f"ages {cuts.middle} to {cuts.teen - 1}", "teen": f"ages {cuts.teen} to {cuts.young_adult - 1}",
                "young_adult": f"{cuts.young_adult} and over"}
        self.band_words = {b: f"{ages[b]} ({b.replace('_', ' ')} age band)" for b in AGE_BANDS}
        self.templates.globals.update(
            item_text=lambda item: item.get("text") if isinstance(item, dict) else item,
            item_withheld=lambda item: (item.get("withhold_from") or []) if isinstance(item, dict) else [],
            roles_choices=[(r, ROLE_NAMES[r][:1].upper() + ROLE_NAMES[r][1:]) for r in ROLES],
            role_names=ROLE_NAMES,
            band_choices=[(b, f"Written for {ages[b]}") for b in AGE_BANDS],
            participation_choices=[(code, f"{sentence} ({code})")
                                   for code, sentence in api.participation_sentences().items()],
            language_choices=[("en", "English")] + sorted(
                ((code, api.language_name(code)) for code in api.catalog_languages()), key=lambda c: c[1]),
            date_parts=date_parts,
            sections=SECTIONS,
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
            worked_out = review_dates(loaded.record, self.settings.timescales)
            figures = worked_out.as_dict()
            notes = api.date_notes(loaded.record, worked_out, self.settings)
        except ValueError:
            figures, notes = {}, {}
        dates = [{"key": k, "label": label, "date": figures[k], "shown": uk_date(figures[k]), "note": notes.get(k)}
                 for k, label in api.DATE_LABELS.items() if figures.get(k)]
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
            fixed, _ = parse_file(copy)
        value = _at(fixed, path)
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
                copy = self.english_renderer.render_copy(record, recipient)
        except api.CopyWouldLeak as exc:  # never shown, even to its writer: say why instead
            return {"html": "", "notice": f"This copy cannot be made: {exc}", "band": "", "language": "",
                    "lang": "", "rtl": False, "recipient": f"{recipient.name} ({recipient.role.value})"}
        html = to_html(copy.data)
        return {"html": html, "notice": notice, "band": copy.band, "language": copy.language,
                "language_name": api.language_name(copy.language), "band_words": self.band_words[copy.band],
                "lang": language_tag(copy.language), "rtl": is_rtl(copy.language),
                "recipient": f"{recipient.name} ({recipient.role.value})"}


def _problem(d) -> dict:
    # validate's rule, in words for a person at a form (the rule itself is unchanged: "rule").
    return {"path": d.path, "severity": d.severity, "message": plain(d.path, d.message), "rule": d.message}


def uk_date(iso: str) -> str:
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _at(data, path: str):
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit() and 0 < int(part) <= len(data):
            data = data[int(part) - 1]
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


def _finding(f, text: str) -> dict:
    # The words a finding quotes ('looked after', 'Sam', long words), wherever they stand in the text.
    spans = [[m.start(), m.end()] for word in dict.fromkeys(_QUOTED.findall(f.message)) if word.strip()
             for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
    fix = getattr(f, "fix", None)
    return {
        "path": f.path, "kind": f.kind, "message": _reworded(f.message), "suggestion": _reworded(f.suggestion or ""),
        "spans": spans,
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
        return page.html("list.html", rows=rows, folder=page.folder.root.name, deleted=page.folder.deleted(),
                         just_deleted=request.query_params.get("deleted", ""))

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
                         restored=restored is not None)

    def new_page(request: Request) -> Response:
        return page.html("new.html", today_words=uk_date(today().isoformat()))

    async def new_record(request: Request) -> Response:
        body = await _json(request)
        name, problem = _new_name(str(body.get("name", "")))
        if problem:
            return JSONResponse({"error": problem}, 400)
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
        if body.get("keep_draft") and SESSION.match(str(body.get("session", ""))):
            page.folder.keep_draft(name, str(body.get("version") or ""), data, body["session"])
        return JSONResponse(page.check(name, data))

    async def fix(request: Request) -> Response:
        name = record_name(request)
        body = await _json(request)
        if not isinstance(body.get("data"), dict) or not isinstance(body.get("path"), str):
            return JSONResponse({"error": "no record data"}, 400)
        try:
            return JSONResponse(await run_in_threadpool(page.fix, name, body["data"], body["path"], str(body.get("new"))))
        except (api.InvalidRecord, api.ReadError):
            return JSONResponse({"refused": "the record has to fit the form first (see the errors)"})

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

    async def discard_draft(request: Request) -> Response:
        name = record_name(request)
        body = await _json(request)
        session = str(body.get("session") or "")
        if not SESSION.match(session):
            return JSONResponse({"error": "which draft?"}, 400)
        page.folder.drop_draft(name, session)
        return JSONResponse({"ok": True})

    def _saved(name: str):
        """The saved file, loaded, and its errors in the IRO's words; (None, [message]) when unreadable."""
        try:
            loaded = api.load_record(page.folder.path(name))
        except api.ReadError as exc:
            return None, [{"path": "(record)", "message": exc.diagnostic.message}]
        except api.InvalidRecord as exc:
            return None, [_problem(d) for d in exc.diagnostics if d.severity == "error"]
        return loaded, [_problem(d) for d in api.validate(loaded, page.settings) if d.severity == "error"]

    def readers(name: str, english_for_now: set[int]) -> dict:
        """Check your answers: per reader of the saved file, what their copy will be and what blocks it."""
        loaded, errors = _saved(name)
        if loaded is None:
            return {"errors": errors, "readers": []}
        record = loaded.record
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
                if translation["state"] in ("stale", "missing", "unusable"):
                    if n in english_for_now:
                        translation["text"] += " This copy will be sent in English for now, with a notice saying so."
                        translation["english_for_now"] = True
                    else:
                        blocked = "its translation is not ready"
            if errors:
                blocked = "the record has errors to fix first"
            delivery = (f"by email to {r.email}" if r.email else
                        f"by post to {r.address}" if getattr(r, "address", None) else "not by email or post: you hand it over")
            out.append({
                "n": n, "name": r.name, "role": r.role.value, "language": language,
                "language_name": api.language_name(language), "format": "PDF" if r.format == "pdf" else "Word",
                "bilingual": r.bilingual, "delivery": delivery,
                "withheld": [label(p) for p in api.withheld_from(record, r.role)],
                "translation": translation, "blocked": blocked,
            })
        return {"errors": errors, "readers": out}

    async def copies_summary(request: Request) -> Response:
        name = record_name(request)
        body = await _json(request)
        return JSONResponse(await run_in_threadpool(readers, name, _numbers(body.get("english_for_now"))))

    def render_all(request: Request, english_for_now: set[int]) -> Response:
        """Every reader's copy of the saved file whose copy is not blocked, into copies/ in the folder.
        One reader's stale translation never stops the others' copies."""
        name = record_name(request)
        summary = readers(name, english_for_now)
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
        for (english, _format), plan in sorted(plans.items(), key=lambda kv: kv[0][1] == "pdf"):
            try:
                written += api.write_copies(page.english_renderer if english else page.renderer, loaded,
                                            [(r, target) for _, r, target in plan])
            except (api.TranslationsNotReady, api.SidecarError, api.TemplateError, api.PdfUnavailable,
                    api.PdfError, api.CopyWouldLeak) as exc:
                for reader, _, _ in plan:
                    reader["blocked"] = f"the copy could not be made: {exc}"
        try:
            figures = review_dates(loaded.record, page.settings.timescales).as_dict()
        except ValueError:
            figures = {}
        return JSONResponse({
            "written": [{"file": target.name, "url": "/copies/" + target.name, "recipient": c.recipient.name,
                         "role": c.recipient.role.value, "band": c.band, "language": c.language,
                         "language_name": api.language_name(c.language)} for c, target in written],
            "blocked": [{"recipient": r["name"], "role": r["role"], "why": r["blocked"]}
                        for r in summary["readers"] if r["blocked"]],
            "dates": [{"label": lab, "date": figures[k], "shown": uk_date(figures[k])} for k, lab in api.DATE_LABELS.items() if figures.get(k)],
        })

    async def render(request: Request) -> Response:
        body = await _json(request)
        return await run_in_threadpool(render_all, request, _numbers(body.get("english_for_now")))

    def open_copy(request: Request) -> Response:
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

    def download_xliff(request: Request) -> Response:
        """The file for the translator: every item the readers of ``lang`` may see, from the saved record."""
        name = record_name(request)
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

    async def upload_xliff(request: Request) -> Response:
        """The translator's file back: the same checks and refusals as `recordgen translate import`."""
        name = record_name(request)
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
            return JSONResponse({"language": result.language, "language_name": api.language_name(result.language),
                                 "count": result.count})

        return await run_in_threadpool(run)

    async def rename(request: Request) -> Response:
        name = record_name(request)
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

    async def delete(request: Request) -> Response:
        name = record_name(request)
        try:
            entry = await run_in_threadpool(page.folder.delete, name)
        except FileNotFoundError:
            return JSONResponse({"error": f"{name} is no longer in the folder."}, 404)
        return JSONResponse({"url": "/?deleted=" + entry, "bin": entry})

    async def undo(request: Request) -> Response:
        body = await _json(request)
        try:
            name = await run_in_threadpool(page.folder.undo_delete, str(body.get("bin", "")))
        except FileNotFoundError:
            return JSONResponse({"error": "That record is no longer in the bin."}, 404)
        except FileExistsError as exc:
            return JSONResponse({"error": f"There is a record called {exc} again; rename it first, then undo."}, 409)
        return JSONResponse({"url": f"/records/{name}", "name": name})

    async def start_next(request: Request) -> Response:
        """The next review, started from this one (saved file) under a new name."""
        name = record_name(request)
        body = await _json(request)
        to, problem = _new_name(str(body.get("to", "")))
        if problem:
            return JSONResponse({"error": problem}, 400)
        source = page.folder.read(name)
        data = _parsed(source)
        if not data:
            return JSONResponse({"error": f"{name} cannot be read, so nothing can be carried forward."}, 400)
        text = to_yaml(tidy(next_review(data, today())), source.decode("utf-8-sig"))
        try:
            page.folder.create(to, text)
        except FileExistsError:
            return JSONResponse({"error": f"There is already a record called {to}; choose another name."}, 409)
        return JSONResponse({"url": f"/records/{to}", "name": to})

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
        Route("/api/records/{name}/fix", fix, methods=["POST"]),
        Route("/api/records/{name}/save", save, methods=["POST"]),
        Route("/api/records/{name}/discard-draft", discard_draft, methods=["POST"]),
        Route("/api/records/{name}/render", render, methods=["POST"]),
        Route("/api/records/{name}/copies", copies_summary, methods=["POST"]),
        Route("/api/records/{name}/xliff", download_xliff),
        Route("/api/records/{name}/xliff", upload_xliff, methods=["POST"]),
        Route("/copies/{file}", open_copy),
        Route("/api/records/{name}/rename", rename, methods=["POST"]),
        Route("/api/records/{name}/delete", delete, methods=["POST"]),
        Route("/api/records/{name}/next", start_next, methods=["POST"]),
        Route("/api/undo-delete", undo, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={NotAllowed: not_allowed, Exception: internal})


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


def _numbers(value) -> set[int]:
    return {int(v) for v in value if str(v).isdigit()} if isinstance(value, list) else set()


def _parsed(source: bytes) -> dict:
    try:
        data, _ = parse_file("record.yaml", source)
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
