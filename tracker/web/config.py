"""What `tracker serve` was told: where to listen, who may read and who may review.

Safe by default: the server listens on the loopback interface only and is
read-only. Listening anywhere else needs a token (a shared password) set by the
operator; reviewing needs the operator's --write, and with --write-token only
visitors who sign in with that token may review. Imports nothing beyond the
standard library, so options are checked before the web extra is loaded.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field

from tracker.errors import InvalidInput

LOOPBACK_NAMES = ("localhost",)
MIN_TOKEN_CHARS = 8


@dataclass(frozen=True)
class WebConfig:
    """The server's settings; `secret` signs visitors' session cookies (new at each start)."""

    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    write_token: str | None = None
    write: bool = False
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)

    @property
    def needs_sign_in(self) -> bool:
        """Whether every visitor must give a token before seeing anything."""
        return bool(self.token or self.write_token)

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: addresses no other machine can reach."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def web_config(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    write_token: str | None = None,
    write: bool = False,
) -> WebConfig:
    """Checked settings: a token is required off the loopback interface; a write token
    implies --write; tokens are long enough to be worth having."""
    token = token or None
    write_token = write_token or None
    for name, value in (("--token", token), ("--write-token", write_token)):
        if value is not None and len(value) < MIN_TOKEN_CHARS:
            raise InvalidInput(f"{name} must be at least {MIN_TOKEN_CHARS} characters long")
    if token and write_token and token == write_token:
        raise InvalidInput("--token and --write-token must differ")
    if not is_loopback(host) and not (token or write_token):
        raise InvalidInput(
            f"listening on {host} lets other machines in: set a token with --token "
            "(or TRACKER_SERVE_TOKEN) that visitors must give"
        )
    if not 0 <= port <= 65535:
        raise InvalidInput(f"--port {port} is not a TCP port (0-65535)")
    return WebConfig(
        host=host,
        port=port,
        token=token,
        write_token=write_token,
        write=write or bool(write_token),
    )
