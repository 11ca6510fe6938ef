"""`tracker serve`: the web interface (tracker.web) on a local port.

Options are checked first (tracker.web.config needs no extra package); then the
web extra is imported, the database opened (and its schema checked) and the port
bound, each failure one line; only then does uvicorn take over.
"""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from tracker.cli.common import DbOption

WEB_PACKAGES = ("starlette", "jinja2", "uvicorn", "multipart", "python_multipart", "markupsafe")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[
        str,
        typer.Option("--host", help="Interface to listen on; other than loopback needs --token."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port (0: any free port).")] = 8000,
    write: Annotated[
        bool,
        typer.Option("--write", help="Let visitors review: accept, edit, reject statements."),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="TRACKER_SERVE_TOKEN",
            show_envvar=True,
            help="A password every visitor must give (required off loopback).",
        ),
    ] = None,
    write_token: Annotated[
        str | None,
        typer.Option(
            "--write-token",
            envvar="TRACKER_SERVE_WRITE_TOKEN",
            show_envvar=True,
            help="A password for reviewers only (implies --write; others only read).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    r"""Browse, search and review statements in a web browser.

    Listens on 127.0.0.1 (this machine only) and is read-only unless --write
    is given. Listening on another interface needs a token (prefer the
    environment variables to the options: command lines are visible to other
    users). Needs the web extra: pip install "tracker\[web]".

    Example: tracker serve --write
    """
    from tracker.web.config import web_config

    config = web_config(host=host, port=port, token=token, write_token=write_token, write=write)
    uvicorn, create_app = _web_extra()
    from tracker.db import Database

    database = Database(db)
    listener = _listen(config.host, config.port)
    bound = listener.getsockname()[1]
    shown = f"[{config.host}]" if ":" in config.host else config.host
    mode = "reviewing allowed" if config.write else "read-only"
    typer.echo(
        f"tracker: serving {_where(database.url)} at http://{shown}:{bound}/ ({mode}); "
        "Ctrl+C stops",
        err=True,
    )
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config, database),
            log_level="warning",
            server_header=False,
            proxy_headers=False,
            lifespan="off",
        )
    )
    try:
        server.run(sockets=[listener])
    except KeyboardInterrupt:  # uvicorn stops cleanly on Ctrl+C, then passes the signal on
        typer.echo("tracker: stopped", err=True)
    finally:
        listener.close()
        database.close()


def _web_extra():
    """(uvicorn, create_app), or one line saying how to install what is missing."""
    from tracker.errors import TrackerError

    try:
        import uvicorn

        from tracker.web.app import create_app
    except ImportError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing not in WEB_PACKAGES:
            raise
        raise TrackerError(
            f'tracker serve needs the web extra (missing {missing}): pip install "tracker[web]"'
        ) from None
    return uvicorn, create_app


def _listen(host: str, port: int) -> socket.socket:
    """A bound, listening socket, or one line saying why not (port taken, no such address)."""
    from tracker.errors import TrackerError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise TrackerError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(address)
        listener.listen(128)
    except OSError as exc:
        listener.close()
        raise TrackerError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return listener


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
