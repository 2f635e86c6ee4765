"""The import contract (issue 16): the core imports neither the UI nor the exporters, the
exporters do not import the UI, and no module imports itself through others (no cycle).

Read from the source (the AST of every module), so it counts imports inside functions too:
moving an import into a function hides a cycle, it does not remove it. Imports under
``if TYPE_CHECKING:`` are for the type checker only and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefingbook

PACKAGE = Path(briefingbook.__file__).resolve().parent
# layer -> layers it must never import
FORBIDDEN = {
    "briefingbook.core": ("briefingbook.ui", "briefingbook.export", "briefingbook.cli"),
    "briefingbook.export": ("briefingbook.ui", "briefingbook.cli"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str) -> set[str]:
    """briefingbook modules imported anywhere in ``tree`` except under ``if TYPE_CHECKING:``."""
    found: set[str] = set()
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(parent + ([base] if base else []))
            for alias in node.names:
                # ``from briefingbook.core import book`` imports the module briefingbook.core.book
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name in MODULES and name != module}


GRAPH = {name: _imports(ast.parse(path.read_text(encoding="utf-8")), name) for name, path in MODULES.items()}


def _within(name: str, layer: str) -> bool:
    return name == layer or name.startswith(layer + ".")


def test_layers_import_only_downwards():
    wrong = sorted(
        (module, target)
        for module, targets in GRAPH.items()
        for target in targets
        for layer, forbidden in FORBIDDEN.items()
        if _within(module, layer) and any(_within(target, f) for f in forbidden)
    )
    assert wrong == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return out


def test_no_import_cycles():
    # A package's __init__ importing its own modules is how a package exposes them, not a cycle.
    graph = {
        m: {t for t in targets if not (MODULES[t].name == "__init__.py" and _within(m, t))}
        for m, targets in GRAPH.items()
    }
    assert _cycles(graph) == []


def test_the_check_sees_imports_inside_functions_and_skips_type_checking():
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from briefingbook.core import book\n"
        "def f():\n    from briefingbook.core import history\n    import briefingbook.core.search\n"
    )
    assert _imports(tree, "briefingbook.core.packet") == {"briefingbook.core.history", "briefingbook.core.search"}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
