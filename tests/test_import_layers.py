"""The package's imports run one way: no module imports another that imports it back,
directly or round a longer loop (a cycle breaks a clean import and hides which module
comes first in the pipeline)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import readouts

PACKAGE = Path(readouts.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the package's modules it imports, at the top or inside
    a function (a copy of the graph parsed once a session: the parse takes seconds)."""
    return {name: set(imported) for name, imported in _parsed_graph().items()}


@cache
def _parsed_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.add(full if full in paths else base)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {m for m in found if m in paths and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other through their imports (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_the_graph_sees_the_package_imports() -> None:
    graph = import_graph()
    assert "readouts.extract.time.dates" in graph["readouts.extract.time.periods"]
    assert "readouts.segment.quoted" in graph["readouts.segment.accounts"]


def test_cycles_are_found_where_modules_import_each_other() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_the_package() -> None:
    assert cycles(import_graph()) == []


def test_dates_are_read_before_periods() -> None:
    """Periods build on dates ('the week after 3 May'); dates never on periods."""
    graph = import_graph()
    dates = {m for m in graph if m.startswith("readouts.extract.time.date")}
    periods = {m for m in graph if m.startswith("readouts.extract.time.period")}
    assert dates and periods
    assert not any(graph[m] & periods for m in dates)
