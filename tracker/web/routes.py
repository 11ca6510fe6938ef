"""The pages: each reads its request, asks tracker.web.backend, and renders a template.

Pages that read run in Starlette's thread pool (the database calls block); forms
are read in the event loop, checked (CSRF, same origin, permission) and then
handed to the pool. A bad filter is shown on the page it was typed in; other
errors get a page of their own with a status that says what happened (400 bad
input, 404 nothing there, 409 someone else changed it first).

It stays one module past 400 lines: one route table and the Site handlers it names;
splitting would scatter the URL map.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import tempfile
import threading
from base64 import b64encode
from collections.abc import Iterator
from typing import Any

from jinja2 import Environment
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from tracker.errors import Conflict, InvalidInput, NotFound, TrackerError
from tracker.web import backend
from tracker.web.config import WebConfig
from tracker.web.forms import FilterParams, Listing, read_listing
from tracker.web.security import (
    SignInLimit,
    Visitor,
    cookie_header,
    level_for,
    may_review,
    new_visitor,
    safe_next,
    same_origin,
)

log = logging.getLogger("tracker.web")

MAX_FORM_FIELDS = 20
MAX_FIELD_BYTES = 64 * 1024
EXPORTS_AT_ONCE = 2
EXPORT_CHUNK = 64 * 1024
SPOOL_BYTES = 8 * 1024 * 1024
DONE = {"accept": "Accepted", "edit": "Edited and accepted", "reject": "Rejected"}


def status_of(error: TrackerError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, Conflict):
        return 409
    return 400


def _inline_hash(text: str) -> str:
    return "'sha256-" + b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


class Site:
    """Every page of the web interface, bound to one archive and one configuration."""

    def __init__(self, archive: backend.Archive, config: WebConfig, env: Environment) -> None:
        self.archive = archive
        self.config = config
        self.env = env
        self.sign_ins = SignInLimit()
        self.exports = threading.BoundedSemaphore(EXPORTS_AT_ONCE)
        style, script = backend.timeline_page_assets()
        self.timeline_csp = (
            f"default-src 'none'; style-src {_inline_hash(style)}; "
            f"script-src {_inline_hash(script)}; frame-ancestors 'none'; base-uri 'none'; "
            "form-action 'none'"
        )

    # ---- rendering -----------------------------------------------------------------------

    def render(self, request: Request, template: str, status: int = 200, **context) -> Response:
        visitor = visitor_of(request)
        html = self.env.get_template(template).render(
            request=request,
            visitor=visitor,
            # reviewing needs the permission and a name to record
            may_review=may_review(visitor, self.config) and visitor.name is not None,
            config=self.config,
            path=request.url.path,
            status_code=status,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def error(self, request: Request, error: TrackerError | str, status: int | None = None):
        message = str(error)
        code = status or (status_of(error) if isinstance(error, TrackerError) else 400)
        return self.render(request, "error.html", status=code, message=message)

    # ---- reading -------------------------------------------------------------------------

    def statements(self, request: Request) -> Response:
        """The `said` filter as a form, and a page of what it finds."""
        return self._listing(request, "statements.html", default_sort=None)

    def search(self, request: Request) -> Response:
        """Full-text search: the `search` query syntax, best matches first, highlighted."""
        params = request.query_params
        if not params.get("about", "").strip():
            return self.render(request, "search.html", listing=None, page=None, error=None)
        return self._listing(request, "search.html", default_sort="relevance")

    def _listing(self, request: Request, template: str, default_sort: str | None) -> Response:
        try:
            listing = read_listing(request.query_params, default=default_sort)
        except InvalidInput as exc:
            empty = Listing(filt=FilterParams(), sort="date", page=1)
            return self.render(
                request, template, status=400, listing=empty, page=None, summary=[], error=exc
            )
        try:
            with self.archive.reading() as session:
                page = backend.statements_page(session, listing)
                summary = backend.describe(session, listing.filt)
        except TrackerError as exc:
            return self.render(
                request,
                template,
                status=status_of(exc),
                listing=listing,
                page=None,
                summary=[],
                error=exc,
            )
        return self.render(
            request, template, listing=listing, page=page, summary=summary, error=None
        )

    def statement(self, request: Request) -> Response:
        """One statement: every citation in its paragraph, the date's evidence, its reviews,
        and the same speaker's other statements of the same days."""
        try:
            with self.archive.reading() as session:
                detail = backend.statement_page(session, request.path_params["id"])
        except TrackerError as exc:
            return self.error(request, exc)
        return self.render(request, "statement.html", s=detail, done=_done(request))

    def official(self, request: Request) -> Response:
        try:
            with self.archive.reading() as session:
                detail = backend.official_page(session, request.path_params["id"])
        except TrackerError as exc:
            return self.error(request, exc)
        listing = Listing(filt=detail["listing"], sort="date", page=1)
        return self.render(request, "official.html", o=detail, listing=listing)

    def institution(self, request: Request) -> Response:
        try:
            with self.archive.reading() as session:
                detail = backend.institution_page(session, request.path_params["id"])
        except TrackerError as exc:
            return self.error(request, exc)
        listing = Listing(filt=detail["listing"], sort="date", page=1)
        return self.render(request, "institution.html", i=detail, listing=listing)

    def review(self, request: Request) -> Response:
        """The review queue: proposed statements, oldest first, each in its paragraph."""
        page_text = request.query_params.get("page", "1")
        if not page_text.isdigit() or not 1 <= int(page_text) <= 500:
            return self.error(request, InvalidInput(f"no review page {page_text!r}"))
        page = int(page_text)
        with self.archive.reading() as session:
            items, has_next = backend.review_queue(session, page)
        return self.render(
            request,
            "review.html",
            items=items,
            page=page,
            has_next=has_next,
            kinds=backend.KINDS,
            done=_done(request),
        )

    def timeline(self, request: Request) -> Response:
        """The HTML timeline of any filter (the page `tracker timeline -f html` writes)."""
        try:
            params = FilterParams.from_query(request.query_params)
            out = io.StringIO()
            with self.archive.reading() as session:
                backend.write_timeline_page(session, params, out)
        except TrackerError as exc:
            return self.error(request, exc)
        return HTMLResponse(out.getvalue(), headers={"content-security-policy": self.timeline_csp})

    def export(self, request: Request) -> Response:
        """Every statement matching the filter as a download, in any timeline format.

        The file is written to a spooled temporary file (memory up to SPOOL_BYTES, then
        disk) while the transaction is open, then streamed; at most EXPORTS_AT_ONCE are
        made at a time."""
        fmt = request.path_params["fmt"]
        if fmt not in backend.EXPORTS:
            return self.error(request, NotFound(f"no download format {fmt!r}"), 404)
        if not self.exports.acquire(blocking=False):
            return self.error(request, "Other downloads are being made; try again shortly.", 503)
        # closed by _chunks once sent, or below on failure
        spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline=""
        )
        try:
            params = FilterParams.from_query(request.query_params)
            with self.archive.reading() as session:
                backend.write_export(session, params, fmt, spool)
        except BaseException as exc:
            spool.close()
            if isinstance(exc, TrackerError):
                return self.error(request, exc)
            raise
        finally:
            self.exports.release()
        media_type, ending = backend.EXPORTS[fmt]
        spool.seek(0)
        return StreamingResponse(
            _chunks(spool),
            media_type=media_type,
            headers={"content-disposition": f'attachment; filename="statements.{ending}"'},
        )

    # ---- signing in ----------------------------------------------------------------------

    def signin_form(self, request: Request) -> Response:
        target = safe_next(request.query_params.get("next"))
        return self.render(request, "signin.html", next=target, error=None, name="")

    async def signin(self, request: Request) -> Response:
        form = await self.checked_form(request, reviewing=False)
        target = safe_next(form.get("next"))
        name = str(form.get("name", ""))
        try:
            name = backend.check_reviewer(name)
        except InvalidInput as exc:
            return self.render(request, "signin.html", 400, next=target, error=exc, name=name)
        level = "review" if self.config.write else "read"
        if self.config.needs_sign_in:
            if self.sign_ins.blocked():
                message = "Too many wrong tokens in the last minute; wait a minute."
                return self.render(
                    request, "signin.html", 429, next=target, error=message, name=name
                )
            level = level_for(str(form.get("token", "")), self.config)
            if level is None:
                self.sign_ins.failed()
                return self.render(
                    request, "signin.html", 401, next=target, error="Wrong token.", name=name
                )
        visitor = Visitor(
            csrf=new_visitor().csrf, name=name, signed_in=True, may_review=level == "review"
        )
        response = RedirectResponse(target, status_code=303)
        response.headers.append("set-cookie", cookie_header(visitor, self.config.secret))
        return response

    async def signout(self, request: Request) -> Response:
        await self.checked_form(request, reviewing=False)
        response = RedirectResponse("/", status_code=303)
        response.headers.append("set-cookie", cookie_header(new_visitor(), self.config.secret))
        return response

    # ---- reviewing -----------------------------------------------------------------------

    async def checked_form(self, request: Request, *, reviewing: bool = True) -> FormData:
        """The posted form, once it has proved it comes from one of our pages (CSRF token,
        same origin) and, for reviews, from a visitor allowed to review."""
        if not same_origin(request):
            raise HTTPException(403, "This form was sent from another site.")
        form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS)
        for value in form.values():
            if not isinstance(value, str) or len(value.encode()) > MAX_FIELD_BYTES:
                raise HTTPException(400, "A form field is too large.")
        visitor = visitor_of(request)
        token = str(form.get("csrf", ""))
        if not token or not hmac.compare_digest(token, visitor.csrf):
            raise HTTPException(403, "This form has expired or did not come from this site.")
        if reviewing and not may_review(visitor, self.config):
            raise HTTPException(403, "You may not review on this server.")
        return form

    def _reviewer(self, request: Request) -> str | None:
        return visitor_of(request).name

    async def accept(self, request: Request) -> Response:
        """Confirm a proposed statement as it stands."""
        return await self._decide(request, "accept", backend.accept)

    async def reject(self, request: Request) -> Response:
        """Delete a proposed statement (its review record keeps what it said)."""
        return await self._decide(request, "reject", backend.reject)

    async def _decide(self, request: Request, action: str, decision) -> Response:
        form = await self.checked_form(request)
        statement_id = request.path_params["id"]
        reviewer = self._reviewer(request)
        if reviewer is None:
            return RedirectResponse(f"/signin?next=/statements/{statement_id}", 303)
        try:
            version = _version(form)
            await run_in_threadpool(
                self._write,
                decision,
                statement_id=statement_id,
                version=version,
                reviewer=reviewer,
            )
        except Conflict as exc:
            return await run_in_threadpool(self._conflict, request, statement_id, exc)
        except TrackerError as exc:
            return self.error(request, exc)
        return _back(form, action, statement_id)

    def edit_form(self, request: Request) -> Response:
        try:
            with self.archive.reading() as session:
                detail = backend.statement_page(session, request.path_params["id"])
        except TrackerError as exc:
            return self.error(request, exc)
        values = _edit_values(detail)
        target = safe_next(request.query_params.get("next") or "/review")
        return self.render(
            request,
            "edit.html",
            s=detail,
            values=values,
            kinds=backend.KINDS,
            error=None,
            next=target,
        )

    async def edit(self, request: Request) -> Response:
        form = await self.checked_form(request)
        statement_id = request.path_params["id"]
        reviewer = self._reviewer(request)
        if reviewer is None:
            return RedirectResponse(f"/signin?next=/statements/{statement_id}/edit", 303)
        values = {k: str(form.get(k, "")) for k in ("speaker", "said_on", "kind", "text")}
        try:
            version = _version(form)
            await run_in_threadpool(
                self._write,
                backend.edit_and_accept,
                statement_id=statement_id,
                version=version,
                reviewer=reviewer,
                **values,
            )
        except Conflict as exc:
            return await run_in_threadpool(self._conflict, request, statement_id, exc)
        except TrackerError as exc:
            target = safe_next(str(form.get("next", "")) or "/review")
            return await run_in_threadpool(
                self._edit_again, request, statement_id, values, target, exc
            )
        return _back(form, "edit", statement_id)

    def _write(self, decision, **arguments) -> None:
        with self.archive.writing() as session:
            decision(session, **arguments)

    def _edit_again(
        self, request, statement_id: int, values: dict, target: str, error: TrackerError
    ) -> Response:
        try:
            with self.archive.reading() as session:
                detail = backend.statement_page(session, statement_id)
        except TrackerError as exc:
            return self.error(request, exc)
        return self.render(
            request,
            "edit.html",
            status=status_of(error),
            s=detail,
            values=values,
            kinds=backend.KINDS,
            error=error,
            next=target,
        )

    def _conflict(self, request: Request, statement_id: int, error: Conflict) -> Response:
        """The refusal, with the statement as it is now (if it still exists)."""
        try:
            with self.archive.reading() as session:
                detail = backend.statement_page(session, statement_id)
        except NotFound:
            detail = None
        return self.render(request, "conflict.html", status=409, message=str(error), s=detail)

    # ---- errors --------------------------------------------------------------------------

    def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return self.render(request, "error.html", status=exc.status_code, message=exc.detail)

    def server_error(self, request: Request, exc: Exception) -> Response:
        log.exception("error on %s", request.url.path, exc_info=exc)
        message = "Something went wrong on the server; nothing was changed."
        try:
            return self.render(request, "error.html", status=500, message=message)
        except Exception:  # noqa: BLE001 - the page itself failed: plain text then
            return Response(message, status_code=500, media_type="text/plain")


def visitor_of(request: Request) -> Visitor:
    return request.scope["state"]["visitor"]


def _version(form: FormData) -> int:
    value = str(form.get("version", ""))
    if not value.isdigit():
        raise InvalidInput("the form has no statement version; reload the page")
    return int(value)


def _back(form: FormData, action: str, statement_id: int) -> Response:
    """Back where the review was made (the queue or the statement), saying what was done."""
    target = safe_next(str(form.get("next", "")) or "/review")
    if action == "reject" and target.startswith(f"/statements/{statement_id}"):
        target = "/review"
    joiner = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{joiner}done={action}&statement={statement_id}", 303)


def _done(request: Request) -> str | None:
    """The message after a review, from the fixed words in DONE (never echoed input)."""
    action = request.query_params.get("done")
    statement = request.query_params.get("statement", "")
    if action in DONE and statement.isdigit():
        return f"{DONE[action]} statement {statement}."
    return None


def _edit_values(detail: dict[str, Any]) -> dict[str, str]:
    speaker = detail["official"] or detail["institution"] or {}
    return {
        "speaker": speaker.get("name", ""),
        "said_on": detail["said_on"] or "",
        "kind": detail["kind"],
        "text": detail["text"],
    }


def _chunks(spool) -> Iterator[bytes]:
    try:
        while chunk := spool.read(EXPORT_CHUNK):
            yield chunk.encode("utf-8")
    finally:
        spool.close()
