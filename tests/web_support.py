"""Helpers for the web tests: a real server in a thread, a headless Chromium, a sample archive.

`running_server(db_url, **options)` starts tracker.web on uvicorn, on a free
port of 127.0.0.1, exactly as `tracker serve` builds it, and stops it after the
block. The `browser` fixture (tests/conftest.py) is the Chromium the web tests drive.
`hostile_world(db_url)` adds records whose every text is an attack on the page.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "fixtures" / "articles"
GAZETTEER = REPO / "fixtures" / "gazetteer.popolo.json"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
HAVE_BROWSER = CHROMIUM is not None and Path(CHROMEDRIVER).exists()

HOSTILE_NAME = "<script>alert('name')</script> \"Quoted\" O'Neil & Co"
HOSTILE_TEXT = "</blockquote><script>alert('text')</script><img src=x onerror=alert(1)> & \"so\""
HOSTILE_TITLE = '<img src=x onerror=alert("title")>Report'
HOSTILE_URL = "javascript:alert('url')"
HOSTILE_SOURCE_TEXT = f"Intro paragraph.\n\nThen {HOSTILE_TEXT} was said.\n\nEnd."


@contextmanager
def running_server(db_url: str, **options) -> Iterator[str]:
    """The web app on http://127.0.0.1:PORT (a free port), for the block's duration."""
    import uvicorn

    from tracker.db import Database
    from tracker.web.app import create_app
    from tracker.web.config import web_config

    config = web_config(port=0, **options)
    database = Database(db_url)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(config, database), log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
        listener.close()
        database.close()


def ingest_articles(cli, *names: str) -> None:
    """The starter gazetteer and some fixture articles, recorded as `proposed` (as --yes does)."""
    cli("import", "popolo", str(GAZETTEER))
    cli("ingest", *(str(ARTICLES / f"{name}.txt") for name in names), "--yes")


def hostile_world(db_url: str) -> dict[str, int]:
    """An official, institution, source and proposed statement whose texts attack the page."""
    from tracker.db import session_scope
    from tracker.models import Citation, Source, Statement
    from tracker.services.institutions import add_institution
    from tracker.services.officials import add_official

    with session_scope(db_url) as s:
        body = add_institution(session=s, name=HOSTILE_NAME + " Ministry", kind="ministry")
        person = add_official(session=s, name=HOSTILE_NAME)
        at = HOSTILE_SOURCE_TEXT.index(HOSTILE_TEXT)
        source = Source(
            url=HOSTILE_URL,
            outlet_id=body.id,
            title=HOSTILE_TITLE,
            published=date(2021, 12, 17),
            text=HOSTILE_SOURCE_TEXT,
            sha256=hashlib.sha256(HOSTILE_SOURCE_TEXT.encode()).hexdigest(),
        )
        s.add(source)
        s.flush()
        statement = Statement(
            official_id=person.id,
            institution_id=body.id,
            text=HOSTILE_TEXT,
            kind="direct",
            said_from=date(2021, 12, 17),
            said_to=date(2021, 12, 17),
            said_precision="day",
            date_evidence="<b>on Friday</b>",
            occasion="<i>briefing</i>",
            status="proposed",
            origin="extracted",
        )
        s.add(statement)
        s.flush()
        s.add(
            Citation(
                statement_id=statement.id,
                source_id=source.id,
                start=at,
                end=at + len(HOSTILE_TEXT),
                quote=HOSTILE_TEXT,
            )
        )
        return {"statement": statement.id, "official": person.id, "institution": body.id}


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def version_of(html: str, statement_id: int) -> str:
    """The version a page's review form for the statement carries."""
    pattern = rf'action="/statements/{statement_id}/accept".*?name="version" value="(\d+)"'
    found = re.search(pattern, html, re.S)
    assert found, f"the page has no review form for statement {statement_id}"
    return found.group(1)
