"""Help → Keyboard shortcuts and Help → User guide (issue 19, item 10).

The shortcuts are read from the window's own menu actions each time the dialog opens, so the
list cannot drift from the menus. The user guide is a Markdown file per interface language in
``resources/guide/`` (bundled in the wheel and the laptop bundle), shown read-only: nothing is
fetched and no browser is started.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefingbook.resources import ResourceMissing, resource_path

GUIDE_LANGUAGES = ("en", "es")


def _plain(text: str) -> str:
    """A menu text without its mnemonic ("&Open…" → "Open…"; "&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """Every menu entry that has a shortcut, in menu order: (menu, entry, keys as this system writes them)."""
    # Each submenu is found among the menu bar's QMenu children by its menuAction(): calling
    # QAction.menu() from Python here deleted the menu (PySide6 6.10 took ownership of it).
    menus = menu_bar.findChildren(QMenu)
    rows: list[tuple[str, str, str]] = []

    def submenu(action) -> QMenu | None:
        return next((m for m in menus if m.menuAction() == action), None)

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            inner = submenu(action)
            if inner is not None:
                walk(inner, f"{path} → {_plain(action.text())}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((path, _plain(action.text()), keys))

    for top in menu_bar.actions():
        menu = submenu(top)
        if menu is not None:
            walk(menu, _plain(top.text()))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every menu shortcut (menu, command, keys), read from the menus themselves."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.rows = menu_shortcuts(menu_bar)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setAccessibleName(self.tr("Menu shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows
        for row, values in enumerate(self.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        width = sum(self.table.columnWidth(c) for c in range(3)) + 60
        height = self.table.verticalHeader().length() + header.height() + 90
        available = parent.screen().availableGeometry() if parent is not None and parent.screen() else None
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 80)
        self.resize(max(width, 420), max(height, 240))


def guide_path(lang: str):
    """The bundled user guide in ``lang`` (English when there is none in it)."""
    return resource_path("resources", "guide", f"user_guide_{lang if lang in GUIDE_LANGUAGES else 'en'}.md")


def guide_text(lang: str) -> str:
    return guide_path(lang).read_text(encoding="utf-8")


class _OfflineBrowser(QTextBrowser):
    """Shows the guide and loads nothing from anywhere (no images, no links followed)."""

    def loadResource(self, kind: int, name: QUrl | str) -> None:  # noqa: N802 - Qt API
        return None


class GuideDialog(QDialog):
    """The user guide in the interface language, read-only, beside the window (not modal)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BriefingBook user guide"))
        self.browser = _OfflineBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setMarkdown(guide_text(lang))
        except ResourceMissing as exc:  # an incomplete installation: say so instead of an empty window
            self.browser.setPlainText(str(exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        available = parent.screen().availableGeometry() if parent is not None and parent.screen() else None
        width, height = 760, 700
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 80)
        self.resize(width, height)
