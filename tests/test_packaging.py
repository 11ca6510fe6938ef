"""What a plain `pip install tracker` gives must run: every import is a declared dependency.

The `[dev]` extra pulls in packages (sqlite-utils brings click) that a user installing
from a wheel does not get; these tests look only at `dependencies`. `.ci/run` goes
further: it builds the wheel and runs the commands from a second, fresh venv.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions

from tests.conftest import REPO


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# The browser interface is the optional extra `web`: only `tracker serve` loads these
# modules, and it first checks the extra is there (a one-line error otherwise)
OPTIONAL = {"web": ("tracker/web/", "tracker/cli/serve.py")}


def declared_dependencies(extra: str | None = None) -> set[str]:
    """The distributions named in pyproject's [project] dependencies, or in one extra."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {
        _normalise(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0])
        for requirement in requirements
    }


def _extra_of(where: str) -> str | None:
    return next((e for e, paths in OPTIONAL.items() if where.startswith(paths)), None)


def imported_modules(optional: bool = False) -> dict[str, str]:
    """Every top-level module the tracker package imports (absolute imports): module -> file;
    with ``optional``, only in the modules of an optional extra, else only outside them."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "tracker").rglob("*.py")):
        if (_extra_of(str(path.relative_to(REPO))) is not None) != optional:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def test_every_module_tracker_imports_comes_from_a_declared_dependency() -> None:
    providers = packages_distributions()
    declared = declared_dependencies()
    undeclared = []
    for module, where in sorted(imported_modules().items()):
        if module in sys.stdlib_module_names or module == "tracker":
            continue
        distributions = {_normalise(d) for d in providers.get(module, [])}
        if not distributions & declared:
            undeclared.append(f"{module} (imported in {where}, from {sorted(distributions)})")
    assert not undeclared, "imported but not in [project] dependencies: " + "; ".join(undeclared)


def test_the_optional_modules_import_only_their_extra_and_the_dependencies() -> None:
    providers = packages_distributions()
    undeclared = []
    for module, where in sorted(imported_modules(optional=True).items()):
        if module in sys.stdlib_module_names or module == "tracker":
            continue
        extra = _extra_of(where)
        allowed = declared_dependencies() | declared_dependencies(extra)
        distributions = {_normalise(d) for d in providers.get(module, [])}
        if not distributions & allowed:
            undeclared.append(f"{module} (imported in {where}, extra {extra})")
    assert not undeclared, "imported but in neither the extra nor dependencies: " + "; ".join(
        undeclared
    )


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
    said = run("said", "--by", "Nobody")
    assert said.returncode == 1  # read commands never create a database
    assert said.stderr.startswith("Error: no database at ")
    recorded = run("official", "add", "Anna Lind")
    assert recorded.returncode == 0, recorded.stderr
    said = run("said", "--by", "Nobody")
    assert said.returncode == 1
    assert said.stderr.startswith("Error: no official or institution 'Nobody'")
    usage = run("said", "--limit", "many")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_the_readme_shows_the_install_without_extras() -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "The package needs no extras: `pip install .`" in readme
