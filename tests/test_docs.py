"""Every command documents itself with an example, and help starts without the database layer."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer

from tracker.cli import app

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "psycopg")


def walk(command, path: tuple[str, ...] = ()):
    """(path, command) for the root, every group and every command below it.

    Typer vendors its own click, so a group is recognised by its `list_commands`; the root
    builds its commands only when asked for them (tracker.cli.COMMANDS).
    """
    yield path, command
    if hasattr(command, "list_commands"):
        for name in sorted(command.list_commands(None)):
            yield from walk(command.get_command(None, name), (*path, name))


COMMANDS = list(walk(typer.main.get_command(app)))
LEAVES = [(p, c) for p, c in COMMANDS if not hasattr(c, "list_commands")]


def test_the_tree_holds_the_hand_recording_commands():
    names = {" ".join(p) for p, _ in COMMANDS}
    for name in (
        "official add",
        "official alias add",
        "official merge",
        "institution rm",
        "role end",
        "source add",
        "statement confirm",
        "import popolo",
        "export popolo",
    ):
        assert name in names


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(p) or "tracker" for p, _ in COMMANDS]
)
def test_every_command_and_group_has_help(path, command):
    assert (command.help or "").strip(), f"tracker {' '.join(path)} has no help text"


@pytest.mark.parametrize(("path", "command"), LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_every_command_has_an_example(path, command):
    examples = [
        line.strip()
        for line in (command.help or "").splitlines()
        if line.strip().startswith("Example:")
    ]
    assert examples, f"tracker {' '.join(path)} has no 'Example:' line in its help"
    assert examples[0].removeprefix("Example:").strip().startswith("tracker ")


def test_help_never_imports_the_database_layer():
    paths = [list(p) for p, _ in COMMANDS]
    script = f"""
import json, sys
import typer
from tracker.cli import app
command = typer.main.get_command(app)
for path in {paths!r}:
    try:
        command.main([*path, "--help"], prog_name="tracker")
    except SystemExit:
        pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], f"--help imported {loaded[:5]}"


def test_tracker_help_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tracker", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "official" in done.stdout and "statement" in done.stdout
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert not {m for m in imported if m.split(".")[0] in HEAVY}


def test_help_loads_neither_rich_nor_a_second_click():
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tracker", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert not {m for m in imported if m.split(".")[0] in ("rich", "click")}
    assert (
        "Example: tracker said --by"
        in subprocess.run(
            [sys.executable, "-m", "tracker", "said", "--help"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={**os.environ, "COLUMNS": "60"},
        ).stdout
    )  # an example is printed as written, never wrapped


@pytest.mark.parametrize(
    "command",
    [
        ["said", "--by", "Nobody", "--limit", "5"],
        ["said", "--institution", "Nowhere"],
        ["timeline", "--format", "csv", "--from", "2021"],
        ["search", "guarantees"],
        ["stats", "--per", "month"],
        ["who", "--about", "guarantees"],
    ],
)
def test_query_commands_read_without_sqlmodel(command, tmp_path):
    """The query commands read through Core (tracker.tables): SQLModel and the models are
    the costliest imports of a command that only reads."""
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    subprocess.run([sys.executable, "-m", "tracker", "db", "upgrade", "--db", url], check=True)
    script = f"""
import json, sys
from tracker.cli import main
sys.argv = ["tracker", *{command!r}, "--db", {url!r}]
try:
    main()
except SystemExit:
    pass
heavy = [m for m in sys.modules if m == "tracker.models" or m.startswith("sqlmodel")]
print(json.dumps(sorted(heavy)))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_root_lists_each_command_with_the_summary_its_help_opens_with():
    from tracker.cli import COMMANDS as SUMMARIES

    root = typer.main.get_command(app)
    for name, (_, summary) in SUMMARIES.items():
        opening = (root.get_command(None, name).help or "").split("\n\n")[0]
        assert " ".join(opening.split()) == summary, name


def test_a_command_imports_only_its_own_module():
    script = """
import json, sys
from tracker.cli import main
sys.argv = ["tracker", "said", "--help"]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("tracker.cli."))))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == ["tracker.cli.common", "tracker.cli.filters", "tracker.cli.query"]
