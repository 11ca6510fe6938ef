"""The ASGI application: routes, middleware and error pages around one archive.

`create_app(config, database)` is what `tracker serve` hands to uvicorn and what the
tests start in a thread. On the loopback interface only requests naming a loopback
host are answered, so a web page elsewhere cannot reach the server by pointing a
name of its own at 127.0.0.1 (DNS rebinding).
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from tracker.db import Database
from tracker.web.backend import Archive
from tracker.web.config import WebConfig
from tracker.web.render import environment
from tracker.web.routes import Site
from tracker.web.security import Guard

STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY_BYTES = 256 * 1024
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


def create_app(config: WebConfig, database: Database) -> Starlette:
    site = Site(Archive(database), config, environment())
    routes = [
        Route("/", site.statements, name="statements"),
        Route("/search", site.search, name="search"),
        Route("/statements/{id:int}", site.statement, name="statement"),
        Route("/statements/{id:int}/edit", site.edit_form, methods=["GET"]),
        Route("/statements/{id:int}/edit", site.edit, methods=["POST"]),
        Route("/statements/{id:int}/accept", site.accept, methods=["POST"]),
        Route("/statements/{id:int}/reject", site.reject, methods=["POST"]),
        Route("/officials/{id:int}", site.official, name="official"),
        Route("/institutions/{id:int}", site.institution, name="institution"),
        Route("/review", site.review, name="review"),
        Route("/timeline", site.timeline, name="timeline"),
        Route("/export/{fmt:str}", site.export, name="export"),
        Route("/signin", site.signin_form, methods=["GET"]),
        Route("/signin", site.signin, methods=["POST"]),
        Route("/signout", site.signout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(Guard, config=config)]
    if config.loopback:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS))
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: site.http_error, Exception: site.server_error},
        max_body_size=MAX_BODY_BYTES,
    )
