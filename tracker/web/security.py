"""Who is visiting and what they may do: signed session cookies, sign-in, CSRF, headers.

Every visitor gets a session cookie signed with the server's secret (HMAC-SHA256),
holding a random CSRF token and, once signed in, a name and whether they may review.
The Guard middleware reads it before any page runs: with a token set by the
operator, nothing but the sign-in page answers until the visitor has given it (or
sends it as `Authorization: Bearer TOKEN`, for downloads with curl; reading only).
Every form carries the CSRF token and every POST is checked against the cookie's
(and refused when the browser says it comes from another site). Every response
gets headers that keep the pages to themselves: a Content-Security-Policy allowing
only this server's own style and script, no framing, no sniffing, no referrer to
other sites.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.cookies import SimpleCookie

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tracker.web.config import WebConfig

COOKIE = "tracker_session"
SESSION_SECONDS = 12 * 3600
OPEN_PATHS = ("/signin", "/static/")
SIGN_IN_FAILURES = 10  # per minute, across all visitors; more are refused until it passes
CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass(frozen=True)
class Visitor:
    """What the session cookie says about the visitor."""

    csrf: str
    name: str | None = None
    signed_in: bool = False
    may_review: bool = False

    def payload(self) -> dict:
        return {
            "csrf": self.csrf,
            "name": self.name,
            "signed_in": self.signed_in,
            "may_review": self.may_review,
            "issued": int(time.time()),
        }


def new_visitor() -> Visitor:
    return Visitor(csrf=secrets.token_urlsafe(24))


def sign(payload: dict, secret: bytes) -> str:
    body = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode())
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return f"{body.decode()}.{mac}"


def unsign(value: str, secret: bytes) -> dict | None:
    """The payload of a cookie this server signed and that has not expired; else None."""
    body, _, mac = value.rpartition(".")
    expected = hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()
    if not body or not hmac.compare_digest(mac, expected):
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(body.encode()))
    except ValueError:
        return None
    if not isinstance(payload, dict) or time.time() - payload.get("issued", 0) > SESSION_SECONDS:
        return None
    return payload


def visitor_from_cookie(header: str | None, secret: bytes) -> Visitor | None:
    if not header:
        return None
    cookie = SimpleCookie()
    try:
        cookie.load(header)
    except Exception:  # noqa: BLE001 - a malformed Cookie header is no session
        return None
    morsel = cookie.get(COOKIE)
    payload = unsign(morsel.value, secret) if morsel else None
    if payload is None or not isinstance(payload.get("csrf"), str):
        return None
    return Visitor(
        csrf=payload["csrf"],
        name=payload.get("name") if isinstance(payload.get("name"), str) else None,
        signed_in=payload.get("signed_in") is True,
        may_review=payload.get("may_review") is True,
    )


def cookie_header(visitor: Visitor, secret: bytes) -> str:
    value = sign(visitor.payload(), secret)
    return f"{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_SECONDS}"


class SignInLimit:
    """At most SIGN_IN_FAILURES wrong tokens a minute, whoever sends them."""

    def __init__(self) -> None:
        self.failures: deque[float] = deque()
        self.lock = threading.Lock()

    def blocked(self) -> bool:
        with self.lock:
            cutoff = time.monotonic() - 60
            while self.failures and self.failures[0] < cutoff:
                self.failures.popleft()
            return len(self.failures) >= SIGN_IN_FAILURES

    def failed(self) -> None:
        with self.lock:
            self.failures.append(time.monotonic())


def level_for(token: str, config: WebConfig) -> str | None:
    """ "review", "read" or None: what a token given at sign-in grants."""
    given = token.encode()
    if config.write_token and hmac.compare_digest(given, config.write_token.encode()):
        return "review"
    if config.token and hmac.compare_digest(given, config.token.encode()):
        return "review" if config.write and not config.write_token else "read"
    return None


def may_review(visitor: Visitor, config: WebConfig) -> bool:
    """Reviewing is allowed by the operator (--write) and, with tokens, granted at sign-in."""
    if not config.write:
        return False
    return visitor.may_review if config.needs_sign_in else True


class Guard:
    """ASGI middleware: the visitor's session on request.state, sign-in when required,
    security headers on every response."""

    def __init__(self, app: ASGIApp, config: WebConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        visitor = visitor_from_cookie(request.headers.get("cookie"), self.config.secret)
        fresh = visitor is None
        if visitor is None:
            visitor = new_visitor()
        bearer = self._bearer(request)
        if bearer is not None:
            visitor = bearer
        scope.setdefault("state", {})["visitor"] = visitor
        set_cookie = cookie_header(visitor, self.config.secret) if fresh and not bearer else None

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if "cache-control" not in headers:
                    static = scope["path"].startswith("/static/")
                    headers["cache-control"] = "max-age=3600" if static else "no-store"
                if set_cookie and "set-cookie" not in headers:
                    headers.append("set-cookie", set_cookie)
            await send(message)

        path = scope["path"]
        if self.config.needs_sign_in and not visitor.signed_in and not path.startswith(OPEN_PATHS):
            if request.method in ("GET", "HEAD"):
                target = f"/signin?next={_quote_path(request)}"
                response = RedirectResponse(target, status_code=303)
            else:
                response = PlainTextResponse("Sign in first.", status_code=401)
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def _bearer(self, request: Request) -> Visitor | None:
        """A visitor for `Authorization: Bearer TOKEN` on a GET (scripts, curl): reading only."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or request.method not in ("GET", "HEAD"):
            return None
        if level_for(token.strip(), self.config) is None:
            return None
        return Visitor(csrf=secrets.token_urlsafe(24), signed_in=True, may_review=False)


def _quote_path(request: Request) -> str:
    from urllib.parse import quote

    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return quote(path, safe="")


def safe_next(target: str | None) -> str:
    """A redirect target after sign-in: a path on this server only (never //host or a URL)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site (Sec-Fetch-Site, or
    an Origin header naming another host)."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host
