"""The package's shape: the stage modules do not reach back into the module that orders them,
and no module-level import cycle holds the package together."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "po2pm_rewrite"
# The commands, and the places that drive a whole run (workers run one per process; derive and
# the interactive session run the pipeline end to end), may use the engine; no stage may.
MAY_USE_THE_ENGINE = {"cli", "workers", "derive", "interactive"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module_level_only: bool) -> set[str]:
    """The package modules a file imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            target = ".".join(part for part in [*base, node.module or ""] if part)
            modules = [target] if node.module else [".".join([*base, alias.name]) for alias in node.names]
            found.update(m for m in modules if m)
    return found


def _graph(module_level_only: bool) -> dict[str, set[str]]:
    files = sorted(PACKAGE.rglob("*.py"))
    known = {_module_name(f) for f in files}
    return {_module_name(f): {m for m in _imports(f, module_level_only) if m in known} for f in files}


def test_no_stage_imports_the_engine():
    users = {module for module, imported in _graph(module_level_only=False).items() if "engine" in imported}
    assert users <= MAY_USE_THE_ENGINE, sorted(users - MAY_USE_THE_ENGINE)
    assert "inputs" not in users and "write" not in users


def test_no_module_level_import_cycle():
    graph = _graph(module_level_only=True)
    visiting, done = [], set()

    def visit(module: str) -> None:
        if module in done:
            return
        assert module not in visiting, " -> ".join([*visiting[visiting.index(module):], module])
        visiting.append(module)
        for imported in sorted(graph.get(module, ())):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
