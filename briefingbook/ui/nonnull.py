"""Narrowing for values typed as optional that the code knows are there: mostly Qt calls that
PySide's type stubs say may return None where Qt never does here.

Qt's C++ getters return pointers, so the stubs type them ``X | None`` (``QCompleter.popup()``,
``QMainWindow.menuBar()``, ``QTreeWidget.topLevelItem(i)`` for an index in range, ...). Where
the code knows the object exists, ``nonnull`` says so to the type checker and fails with a clear
message if that is ever wrong, instead of an ``AttributeError`` on ``None`` somewhere later.
Where the value really can be None (no current item, no selection), test for it instead.
``top_level_items`` and ``child_items`` list a tree's items (indexes in range are never None).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

T = TypeVar("T")


def nonnull(value: T | None, what: str) -> T:
    """``value``; RuntimeError naming ``what`` when it is None after all."""
    if value is None:
        raise RuntimeError(f"expected a {what}, found None")
    return value


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    return [nonnull(tree.topLevelItem(i), "top-level tree item") for i in range(tree.topLevelItemCount())]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children, in order."""
    return [nonnull(item.child(i), "child tree item") for i in range(item.childCount())]


def application() -> QApplication:
    """The running QApplication (the window and its panes need one: a QCoreApplication has no
    widgets, focus or clipboard)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("expected a QApplication to be running")
    return app
