"""Fetching pages from servers that misbehave, against real local HTTP servers.

A server that drips its headers or its body, redirects to other schemes or
to addresses a shared server must not reach, or declares its encoding only in
a meta tag (or sends UTF-16): each is met with a clear answer, within the
deadline, as a browser would read the page.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from tracker import reader
from tracker.errors import InvalidInput
from tracker.fetch import fetch, is_public_address

ARTICLE = (
    "MOSCOW, March 3. /TASS/. Deputy Minister Anna Petrova said on Tuesday that talks resume.\n"
)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class Site:
    """A real HTTP server on a loopback address; each path answers with a function that
    writes raw bytes to the socket (so it can drip, lie or redirect), and every request
    line it receives is recorded."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Callable[[socket.socket], None]] = {}
        self.requests: list[str] = []
        site = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = self.request.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                line = head.split(b"\r\n", 1)[0].decode("latin-1")
                site.requests.append(line)
                path = line.split(" ")[1]
                answer = site.routes.get(path, not_found)
                with contextlib.suppress(OSError):
                    answer(self.request)

        self.server = _Server((host, 0), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def respond(body: bytes, content_type: str = "text/plain", status: str = "200 OK", **headers):
    def answer(sock: socket.socket) -> None:
        lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
        lines += [f"Content-Length: {len(body)}", "Connection: close"]
        lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    return answer


def redirect(location: str):
    return respond(b"", status="302 Found", Location=location)


def not_found(sock: socket.socket) -> None:
    respond(b"gone", status="404 Not Found")(sock)


def drip(head: bytes, every: float, count: int):
    """Send `head`, then one more byte every `every` seconds, `count` times, then finish."""

    def answer(sock: socket.socket) -> None:
        sock.sendall(head)
        for _ in range(count):
            time.sleep(every)
            sock.sendall(b"x")
        sock.sendall(b"\r\n\r\n" if not head.endswith(b"\r\n\r\n") else b"")

    return answer


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    yield server
    server.close()


def test_a_server_dripping_its_headers_is_cut_off_at_the_deadline(site):
    # one header byte every 0.25 s for 10 s: each read is quick, the whole is not
    site.routes["/drip"] = drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", every=0.25, count=40)
    with pytest.raises(InvalidInput, match=r"no answer within 1 s \(--timeout\)"):
        reader.read(reader.Input(f"{site.url}/drip", "url"), timeout=1)


def test_a_server_dripping_its_body_is_cut_off_at_the_deadline(site):
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 40\r\n\r\n"
    site.routes["/drip"] = drip(head, every=0.25, count=40)
    with pytest.raises(InvalidInput, match=r"no answer within 1 s \(--timeout\)"):
        reader.read(reader.Input(f"{site.url}/drip", "url"), timeout=1)


def test_a_redirect_to_another_scheme_is_refused_with_the_reason_and_never_followed(site):
    ftp = socket.socket()
    ftp.bind(("127.0.0.1", 0))
    ftp.listen()
    ftp.settimeout(0.5)
    port = ftp.getsockname()[1]
    site.routes["/story"] = redirect(f"ftp://127.0.0.1:{port}/story.txt")
    try:
        with pytest.raises(InvalidInput) as caught:
            reader.read(reader.Input(f"{site.url}/story", "url"), timeout=5)
        with pytest.raises(TimeoutError):
            ftp.accept()  # nobody connected to the ftp port
    finally:
        ftp.close()
    message = str(caught.value)
    assert f"redirected to 'ftp://127.0.0.1:{port}/story.txt'" in message
    assert "tracker follows only http and https redirects" in message


def test_http_redirects_are_followed_to_the_page(site):
    site.routes["/old"] = redirect("/new")
    site.routes["/new"] = respond(ARTICLE.encode(), "text/plain; charset=utf-8")
    page = fetch(f"{site.url}/old", timeout=5, max_bytes=10_000)
    assert page.body == ARTICLE.encode()
    assert page.url == f"{site.url}/new"


def test_a_redirect_loop_ends_with_a_clear_message(site):
    site.routes["/loop"] = redirect("/loop")
    with pytest.raises(InvalidInput, match="more than 10 redirects"):
        fetch(f"{site.url}/loop", timeout=5, max_bytes=10_000)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.10", False),
        ("172.16.5.4", False),
        ("169.254.169.254", False),  # the cloud metadata service
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
    ],
)
def test_public_addresses_are_told_from_the_rest(address, public):
    assert is_public_address(address) is public


def test_public_only_refuses_a_name_that_resolves_to_loopback(site):
    site.routes["/story"] = respond(ARTICLE.encode())
    port = site.url.rsplit(":", 1)[1]
    with pytest.raises(
        InvalidInput, match="localhost resolves to 127.0.0.1, which is not a public"
    ):
        reader.read(reader.Input(f"http://localhost:{port}/story", "url"), public_only=True)
    assert site.requests == []
    # the personal CLI's default: local addresses are fine
    assert reader.read(reader.Input(f"http://localhost:{port}/story", "url")).text == ARTICLE


def test_the_address_rule_is_checked_again_on_every_redirect(site):
    # 127.0.0.2 is another loopback address; the rule lets 127.0.0.1 through and not it,
    # standing in for a public page that redirects to an internal one
    inner = Site("127.0.0.2")
    try:
        inner.routes["/admin"] = respond(b"secret")
        site.routes["/story"] = redirect(f"{inner.url}/admin")
        with pytest.raises(InvalidInput, match="127.0.0.2 resolves to 127.0.0.2, which is not"):
            fetch(
                f"{site.url}/story",
                timeout=5,
                max_bytes=10_000,
                address_allowed=lambda address: address == "127.0.0.1",
            )
        assert site.requests == ["GET /story HTTP/1.1"]
        assert inner.requests == []
    finally:
        inner.close()


CYRILLIC = (
    "МОСКВА, 3 марта. /ТАСС/. Замминистра Анна Петрова заявила во вторник, "
    "что переговоры возобновятся."
)


def test_a_page_declaring_windows_1251_only_in_a_meta_tag_is_read(site):
    page = (
        '<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Переговоры</title>'
        f"</head><body><article><p>{CYRILLIC}</p><p>{CYRILLIC}</p></article></body></html>"
    )
    site.routes["/ru.html"] = respond(page.encode("cp1251"), "text/html")
    document = reader.read(reader.Input(f"{site.url}/ru.html", "url"))
    assert CYRILLIC in document.text
    assert document.title == "Переговоры"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("\ufeff" + ARTICLE, "text/plain"),  # the byte order mark says UTF-16LE
        (ARTICLE, "text/plain; charset=utf-16"),  # the header says it, no mark
    ],
    ids=["bom", "header"],
)
def test_utf16_bodies_are_decoded(site, body, content_type):
    site.routes["/wire.txt"] = respond(body.encode("utf-16-le"), content_type)
    assert reader.read(reader.Input(f"{site.url}/wire.txt", "url")).text == ARTICLE


def test_a_url_that_is_not_http_is_never_fetched():
    with pytest.raises(InvalidInput, match="only http and https URLs are fetched, not file:"):
        fetch("file:///etc/passwd", timeout=1, max_bytes=100)


def test_ingest_public_only_refuses_a_local_page_before_any_request(cli, site):
    site.routes["/story"] = respond(ARTICLE.encode())
    port = site.url.rsplit(":", 1)[1]
    url = f"http://localhost:{port}/story"
    result = cli("ingest", url, "--yes", "--public-only", expect=1)
    assert "which is not a public address" in result.stderr
    from tracker.cli import app

    result = cli.runner.invoke(
        app,
        ["ingest", url, "--yes"],
        env={"TRACKER_DATABASE_URL": cli.db_url, "TRACKER_PUBLIC_ONLY": "1"},
    )
    assert result.exit_code == 1 and "which is not a public address" in result.stderr
    assert site.requests == []
