"""What a plain `pip install tracker` gives must run: every import is a declared dependency.

The `[dev]` extra pulls in packages (sqlite-utils brings click) that a user installing
from a wheel does not get; these tests look only at `dependencies` (and, for the code of
`tracker serve` alone, the `web` extra it asks for). `.ci/run` goes
further: it builds the wheel and runs the commands from a second, fresh venv.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from importlib.metadata import packages_distributions

from tests.conftest import REPO


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _names(requirements) -> set[str]:
    return {
        _normalise(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0])
        for requirement in requirements
    }


def declared_dependencies() -> set[str]:
    """The distributions named in pyproject's [project] dependencies (no extras)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return _names(project["dependencies"])


def web_distributions() -> set[str]:
    """The web extra's distributions and what they require (jinja2 brings markupsafe)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = _names(project["optional-dependencies"]["web"])
    for name in list(found):
        requires = metadata.requires(name) or []
        found |= _names(r for r in requires if "extra ==" not in r)
    return found


# `tracker serve` and what it serves: the only code that may import the web extra
WEB_CODE = ("tracker/web/", "tracker/cli/serve.py")


def imported_modules() -> dict[str, str]:
    """Every top-level module the tracker package imports (absolute imports): module -> file
    (the first outside WEB_CODE, if any)."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "tracker").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                where = str(path.relative_to(REPO))
                module = name.split(".")[0]
                if module not in found or found[module].startswith(WEB_CODE):
                    found[module] = where
    return found


def test_every_module_tracker_imports_comes_from_a_declared_dependency() -> None:
    providers = packages_distributions()
    declared = declared_dependencies()
    web = web_distributions()
    undeclared = []
    for module, where in sorted(imported_modules().items()):
        if module in sys.stdlib_module_names or module == "tracker":
            continue
        distributions = {_normalise(d) for d in providers.get(module, [])}
        allowed = declared | web if where.startswith(WEB_CODE) else declared
        if not distributions & allowed:
            undeclared.append(f"{module} (imported in {where}, from {sorted(distributions)})")
    assert not undeclared, "imported but not in [project] dependencies: " + "; ".join(undeclared)


BLOCK_CLICK = """
import sys
from importlib.abc import MetaPathFinder

class NoClick(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "click" or name.startswith("click."):
            raise ImportError("click is not installed (a plain `pip install tracker`)")
        return None

sys.meta_path.insert(0, NoClick())
from tracker.cli import main
sys.argv = ["tracker", *sys.argv[1:]]
main()
"""


def test_the_command_line_runs_where_click_is_not_installed(tmp_path) -> None:
    """Typer carries its own Click: the `click` package is not there after `pip install .`."""
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)}
    env["TRACKER_DATABASE_URL"] = str(tmp_path / "plain.db")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", BLOCK_CLICK, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
        )

    helped = run("--help")
    assert helped.returncode == 0, helped.stderr
    assert "said" in helped.stdout
    assert run("db", "upgrade").returncode == 0  # read commands never create a database
    said = run("said", "--by", "Nobody")
    assert said.returncode == 1
    assert said.stderr.startswith("Error: no official or institution 'Nobody'")
    usage = run("said", "--limit", "many")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_the_readme_shows_the_install_without_extras() -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "The package needs no extras: `pip install .`" in readme
