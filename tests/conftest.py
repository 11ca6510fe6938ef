"""Shared fixtures: a fresh database per test, on SQLite and (when reachable) PostgreSQL.

Every test runs with its own data directory and no inherited database URL
(llm's conftest does the same), so nothing touches the user's real data.
Database tests take the `db_url` fixture, which runs them once per engine;
PostgreSQL runs when TRACKER_TEST_POSTGRES_URL names a server (CI sets it) and
is skipped with that reason otherwise. Each test gets a copy of a database
migrated once per session, so migrations run once, not per test.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# Properties are about results, not speed: a loaded CI machine must not fail them on time
settings.register_profile("tracker", deadline=None)
settings.load_profile("tracker")

PG_ENV = "TRACKER_TEST_POSTGRES_URL"
REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TRACKER_SHARED") or REPO.parent / "shared")  # the evaluation kit


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRACKER_DEBUG", raising=False)


def postgres_server_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        return None
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(url: str, sql: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(sql))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tracker.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str | None]:
    server = postgres_server_url()
    if server is None:
        yield None
        return
    from tracker.migrate import upgrade

    name = f"tracker_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    upgrade(_with_database(server, name))
    yield name
    _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh_postgres(template: str | None = None) -> tuple[str, str]:
    """A new, empty (or templated) PostgreSQL database: (url, name)."""
    server = postgres_server_url()
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    _admin(server, f'CREATE DATABASE "{name}"{clause}')
    return _with_database(server, name), name


def drop_postgres(name: str) -> None:
    _admin(postgres_server_url(), f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def engine_name(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres" and postgres_server_url() is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (set by .ci/run)")
    return request.param


@pytest.fixture
def db_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database at the latest revision, fresh for this test, on each engine in turn."""
    if engine_name == "sqlite":
        path = tmp_path / "tracker.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url, name = fresh_postgres(request.getfixturevalue("postgres_template"))
    yield url
    drop_postgres(name)


@pytest.fixture
def empty_db_url(engine_name: str, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all, on each engine in turn."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    url, name = fresh_postgres()
    yield url
    drop_postgres(name)


class Cli:
    """Runs tracker commands in process against one database, as sqlite-utils' tests do."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, expect: int | None = 0):
        from tracker.cli import app

        result = self.runner.invoke(
            app, list(args), input=input, env={"TRACKER_DATABASE_URL": self.db_url}
        )
        if expect is not None and result.exit_code != expect:
            raise AssertionError(
                f"tracker {' '.join(args)} exited {result.exit_code}, expected {expect}\n"
                f"stdout: {result.stdout}\nstderr: {result.stderr}\n{result.exception!r}"
            )
        return result


@pytest.fixture
def cli(db_url: str) -> Cli:
    return Cli(db_url)


@pytest.fixture
def browser(tmp_path: Path):
    """Headless Chromium driven by selenium (skipped, with the reason, when not installed)."""
    from tests.web_support import CHROMEDRIVER, CHROMIUM, HAVE_BROWSER

    if not HAVE_BROWSER:
        pytest.skip("needs chromium and chromedriver (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1200,1400",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
