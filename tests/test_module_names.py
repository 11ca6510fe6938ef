"""Every module-level name under tracker/ is bound once: a regex or a constant bound again
further down silently replaces the first for every function of the module, since a name is
looked up when the function runs (rv43f F1, F2). Extending a name with itself
("ROLE_WORDS = ROLE_WORDS | ...") is no second binding."""

from __future__ import annotations

import ast
from pathlib import Path

TRACKER = Path(__file__).resolve().parent.parent / "tracker"


def _names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for e in target.elts for n in _names(e)]
    if isinstance(target, ast.Starred):
        return _names(target.value)
    return []  # ("MONTHS['sept'] = 9": an item, not the name)


def _bound_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    first: dict[str, int] = {}
    out = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [n for t in node.targets for n in _names(t)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = _names(node.target)
        else:
            continue
        used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        for name in targets:
            if name in first and name not in used:
                out.append(f"{name} (lines {first[name]} and {node.lineno})")
            first.setdefault(name, node.lineno)
    return out


def test_no_module_level_name_is_bound_twice() -> None:
    found = []
    for path in sorted(TRACKER.rglob("*.py")):
        rel = path.relative_to(TRACKER).as_posix()
        found += [f"tracker/{rel}: {n}" for n in _bound_twice(path)]
    assert not found, found


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'import re\nA = re.compile("x")\nB = {1: 2}\nB[3] = 4\n'
        'B = B | {5: 6}\nA = re.compile("y")\n'
    )
    assert _bound_twice(module) == ["A (lines 2 and 6)"]
