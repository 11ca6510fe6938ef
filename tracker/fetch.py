"""Fetching a web page for ingest: one deadline, http(s) only, public addresses on request.

A page is untrusted, and so is the server behind it:

* the timeout is a deadline for the whole fetch (name lookup, connecting,
  headers, body and every redirect), enforced by a watchdog that shuts the
  socket when it passes, so a server sending a byte every few seconds cannot
  hold the command (a per-read timeout would let it);
* redirects are followed by hand, at most MAX_REDIRECTS, and only to http and
  https: a Location naming another scheme is refused with the reason;
* with public_only, every address a name resolves to must be a public one
  (not loopback, private, link-local, shared, multicast or reserved), checked
  after resolution and again on every redirect, and the connection goes to
  the address that was checked (a second lookup could answer otherwise).
  The personal CLI allows local addresses (an intranet page is a fine
  source); anything that fetches on behalf of others (the planned `tracker
  serve`) must pass public_only=True.

Proxy settings in the environment are not used.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from tracker.errors import InvalidInput

USER_AGENT = "tracker/0.1 (statement tracker; +https://example.org/tracker)"
MAX_REDIRECTS = 10
WEB_SCHEMES = ("http", "https")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 65536


@dataclass(frozen=True)
class Page:
    """A fetched body, what its headers say about it, and the URL it finally came from."""

    body: bytes
    content_type: str
    charset: str | None
    url: str


class _Deadline:
    """The time left for one fetch, and a watchdog that shuts sockets when it runs out."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.passed = False

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            self.passed = True
            raise TimeoutError
        return left

    def watch(self, sockets: list[socket.socket]) -> threading.Timer:
        """Shut the last socket of `sockets` (a TLS one replaces the plain one) at the end."""

        def expire() -> None:
            self.passed = True
            with contextlib.suppress(OSError):  # already closed: nothing to stop
                sockets[-1].shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(self.left(), expire)
        timer.daemon = True
        timer.start()
        return timer


def fetch(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    public_only: bool = False,
    address_allowed: Callable[[str], bool] | None = None,
) -> Page:
    """GET a URL within `timeout` seconds in all; InvalidInput says why it cannot be had.

    public_only: refuse any host that resolves to a non-public address (is_public_address);
    address_allowed: another rule for the addresses a host may resolve to.
    """
    if public_only:
        address_allowed = is_public_address
    deadline = _Deadline(timeout)
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            target = _web_target(current, url)
            page, location = _get_once(target, deadline, max_bytes, address_allowed)
            if deadline.passed:  # the watchdog's shutdown can look like an early end
                raise TimeoutError
            if page is not None:
                return page
            current = urllib.parse.urljoin(current, location)
        raise InvalidInput(f"{url}: more than {MAX_REDIRECTS} redirects")
    except TimeoutError:
        raise _late(url, deadline) from None
    except (OSError, http.client.HTTPException) as exc:
        if deadline.passed:
            raise _late(url, deadline) from None
        raise InvalidInput(f"{url}: {_reason(exc)}") from None


def _late(url: str, deadline: _Deadline) -> InvalidInput:
    return InvalidInput(f"{url}: no answer within {deadline.seconds:g} s (--timeout)")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve the host name ({exc.strerror})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _web_target(current: str, original: str) -> urllib.parse.SplitResult:
    """The URL split, or InvalidInput when it is not an http(s) URL with a host."""
    parts = urllib.parse.urlsplit(current)
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        shown = f"{scheme}:" if scheme else repr(current[:80])
        if current == original:
            raise InvalidInput(f"{original}: only http and https URLs are fetched, not {shown}")
        raise InvalidInput(
            f"{original}: redirected to {current[:200]!r}, which is not http or https "
            f"({shown}); tracker follows only http and https redirects"
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidInput(f"{current}: the port is not a number from 0 to 65535") from None
    if not parts.hostname or port == 0:
        raise InvalidInput(f"{current}: no host to fetch from")
    return parts


def _get_once(
    target: urllib.parse.SplitResult,
    deadline: _Deadline,
    max_bytes: int,
    address_allowed: Callable[[str], bool] | None,
) -> tuple[Page | None, str | None]:
    """One request: (page, None), or (None, Location) for a redirect."""
    host = target.hostname
    https = target.scheme.lower() == "https"
    port = target.port or (443 if https else 80)
    addresses = _resolve(host, port, deadline)
    if address_allowed is not None:
        for address in addresses:
            if not address_allowed(address[4][0]):
                raise InvalidInput(
                    f"{host} resolves to {address[4][0]}, which is not a public address: "
                    "refused (only public addresses are fetched here)"
                )
    sockets = [_connect(addresses, deadline)]
    watchdog = deadline.watch(sockets)
    try:
        if https:
            context = ssl.create_default_context()
            tls = context.wrap_socket(
                sockets[0], server_hostname=host, do_handshake_on_connect=False
            )
            sockets.append(tls)  # watched from now on: the plain socket is detached
            tls.do_handshake()
        connection = http.client.HTTPConnection(host, port)
        connection.sock = sockets[-1]  # connected above, to the address that was checked
        path = target.path or "/"
        if target.query:
            path += "?" + target.query
        try:
            connection.putrequest("GET", path, skip_accept_encoding=True)
        except http.client.InvalidURL as exc:
            raise InvalidInput(f"{urllib.parse.urlunsplit(target)}: {exc}") from None
        connection.putheader("User-Agent", USER_AGENT)
        connection.putheader("Accept-Encoding", "identity")
        connection.endheaders()
        response = connection.getresponse()
        url = urllib.parse.urlunsplit(target)
        location = response.getheader("Location")
        if response.status in _REDIRECTS and location:
            return None, location.strip()
        if response.status >= 300:
            raise InvalidInput(f"{url}: HTTP {response.status} {response.reason}")
        length = response.getheader("Content-Length")
        if length and length.strip().isdigit() and int(length) > max_bytes:
            raise InvalidInput(
                f"{url} is {_size(int(length))}, over the {_size(max_bytes)} limit (--max-size)"
            )
        body = _read_body(response, max_bytes, url)
        return Page(
            body=body,
            content_type=response.headers.get_content_type(),
            charset=response.headers.get_content_charset(),
            url=url,
        ), None
    finally:
        watchdog.cancel()
        for sock in sockets:
            sock.close()


def _read_body(response: http.client.HTTPResponse, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(min(_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InvalidInput(f"{url} is over the {_size(max_bytes)} limit (--max-size)")
    return b"".join(chunks)


def _resolve(host: str, port: int, deadline: _Deadline) -> list[tuple]:
    """getaddrinfo within the deadline (it has no timeout of its own, so it runs aside)."""
    found: list = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            found.append(exc)

    thread = threading.Thread(target=lookup, daemon=True)
    thread.start()
    thread.join(deadline.left())
    if not found:
        deadline.passed = True
        raise TimeoutError
    if isinstance(found[0], OSError):
        raise found[0]
    return found[0]


def _connect(addresses: list[tuple], deadline: _Deadline) -> socket.socket:
    """A socket connected to the first address that answers (the addresses checked)."""
    error: OSError | None = None
    for family, kind, proto, _, address in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(deadline.left())
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
            if deadline.passed or isinstance(exc, TimeoutError):
                raise
    raise error or OSError("no address to connect to")


def is_public_address(address: str) -> bool:
    """Whether an IP address is reachable on the public internet (not loopback, private,
    link-local, carrier-grade shared, multicast, reserved or unspecified)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 104_858 else f"{size} bytes"
