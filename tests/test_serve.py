"""`tracker serve` as a user starts it: a real process, and one clear line for every refusal."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import Cli
from tracker.errors import InvalidInput
from tracker.web.config import is_loopback, web_config


def test_serve_starts_answers_and_stops_on_ctrl_c(tmp_path: Path, sqlite_template: Path):
    database = tmp_path / "served.db"
    database.write_bytes(sqlite_template.read_bytes())
    env = {**os.environ, "TRACKER_DATABASE_URL": str(database), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker", "serve", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = process.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/) \(read-only\)", line)
        assert found, line
        page = httpx.get(found.group(1), timeout=10)
        assert page.status_code == 200 and "<h1>Statements</h1>" in page.text
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(20)
    assert code == 0
    assert "Traceback" not in process.stderr.read()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--host", "0.0.0.0"), "listening on 0.0.0.0 lets other machines in: set a token"),
        (("--host", "192.0.2.7", "--token", "short"), "--token must be at least 8 characters"),
        (("--token", "same-secret", "--write-token", "same-secret"), "must differ"),
        (("--port", "70000"), "is not a TCP port"),
    ],
)
def test_unsafe_or_bad_options_are_refused_in_one_line(tmp_path, args, message):
    result = Cli(str(tmp_path / "x.db"))("serve", *args, expect=1)
    assert result.stderr.strip().splitlines() == [f"Error: {result.stderr.strip()[7:]}"]
    assert message in result.stderr
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened


def test_a_port_in_use_is_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = Cli(str(tmp_path / "x.db"))("serve", "--port", str(port), expect=1)
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_without_the_web_extra_serve_says_how_to_install_it(tmp_path):
    script = (
        "import sys; sys.modules['starlette'] = None\n"
        "from tracker.cli import main\n"
        f"sys.argv = ['tracker', 'serve', '--db', {str(tmp_path / 'x.db')!r}]\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr == (
        'Error: tracker serve needs the web extra (missing starlette): pip install "tracker[web]"\n'
    )


def test_tokens_and_loopback():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.0.1", "localhost", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.0.2.7", "example.org", "::"))
    assert web_config().write is False  # read-only by default
    assert web_config(write_token="reviewers-only").write is True
    remote = web_config(host="192.0.2.7", token="long-enough")
    assert remote.needs_sign_in and not remote.loopback
    with pytest.raises(InvalidInput):
        web_config(host="::", write=True)
