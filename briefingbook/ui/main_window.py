"""The main window: summit header, marking banners, search, and the panes in tabs.

Panes: agenda and brief (side by side), charts, checklist, recommendations, program, people,
press guidance, deliverables and the book's history. Window geometry, splitter positions, the
last book, recent books and the author name recorded with changes persist in the settings file.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast, runtime_checkable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP,
)
from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefingbook import APP_NAME
from briefingbook.core import crypto, program
from briefingbook.core.backups import Backup
from briefingbook.core.book import BOOK_SUFFIX, Book, default_author
from briefingbook.core.checklist import countdown_label
from briefingbook.core.errors import (
    BookDamagedError,
    BookError,
    BriefingBookError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from briefingbook.core.reference import Reference
from briefingbook.ui import dialogs, file_dialogs, i18n, read_only
from briefingbook.ui.agenda_pane import AgendaPane
from briefingbook.ui.brief_pane import BriefPane
from briefingbook.ui.nonnull import application, nonnull
from briefingbook.ui.restore_dialog import RestoreDialog, backup_line
from briefingbook.ui.search_box import SearchBox
from briefingbook.ui.session import BookSession

MAX_RECENT = 8
PLACES_SETTING = "books/places"  # where each book was left: {path: {"pane": key, "item": id}} as JSON
MAX_PLACES = 50  # books remembered (the most recently left first)
# How a pane says which item is current and shows one again: (getter, selector). A pane not
# named here (or that lacks them) reopens without an item; one may instead define
# ``current_place()`` and ``show_place(value) -> bool``.
PLACE_METHODS = {
    "checklist": ("current_id", "select_item"),
    "recommendations": ("current_recommendation", "select_recommendation"),
    "program": ("current_id", "select_event"),
    "people": ("current_id", "select_person"),
    "press": ("current_id", "select_question"),
    "deliverables": ("current_id", "select_deliverable"),
    "history": ("current_change_id", "select_change"),
    "remarks": ("current_id", "select_remark"),
}
# Standard keys some platforms bind only to a dedicated key few keyboards have (on Linux,
# Preferences is the "Settings" key and Quit the "Exit" key): these are used instead, so the
# menu and Help → Keyboard shortcuts show a key one can press.
FALLBACK_KEYS = {QKeySequence.StandardKey.Preferences: "Ctrl+,", QKeySequence.StandardKey.Quit: "Ctrl+Q"}


def _typeable(sequence: QKeySequence) -> bool:
    """True when the sequence's first key is on an ordinary keyboard (a letter, digit or sign,
    a function key, Delete…), not a media or vendor key such as Settings or Exit."""
    if sequence.isEmpty():
        return False
    key = sequence[0].key()  # type: ignore[index]  # QKeySequence.operator[] is not in the stubs
    return int(key) < 0x01000000 or int(Qt.Key.Key_Escape) <= int(key) <= int(Qt.Key.Key_F35)


def typeable_key(shortcut) -> QKeySequence:
    """A menu shortcut: ``shortcut`` itself, or for a standard key its first binding on this
    platform that one can type, else its fallback (``FALLBACK_KEYS``), else none."""
    if not isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence(shortcut)
    for binding in QKeySequence.keyBindings(shortcut):
        if _typeable(binding):
            return binding
    return QKeySequence(FALLBACK_KEYS.get(shortcut, ""))


AUTHOR_SETTING = "history/author"  # the name recorded with this user's changes (Preferences)
STALE_SETTING = "charts/stale_years"  # series older than this many years are flagged in amber (Preferences)
WELCOMED_SETTING = "ui/welcomed"  # the first window showed its welcome line (shown once)
AUTHOR_ASKED_SETTING = "history/author_asked"  # the first run asked for it (asked once only)

# PySide's stub types QT_TRANSLATE_NOOP as returning object; it returns its text (the source
# string, for lupdate to find and self.tr to translate when shown).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _QT_TRANSLATE_NOOP)


@runtime_checkable
class ChangeAware(Protocol):
    """A registry pane: it learns of edits through ``book_changed`` (see ``Pane``)."""

    def book_changed(self, entities: frozenset[str]) -> None: ...


def tell_changed(pane: QWidget, entities: frozenset[str]) -> None:
    """Give a built pane the entities an edit touched (every registry pane has ``book_changed``)."""
    if not isinstance(pane, ChangeAware):
        raise TypeError(f"{type(pane).__name__} has no book_changed(entities)")
    pane.book_changed(entities)


def ask_author_once(settings: QSettings, parent: QWidget | None = None) -> str:
    """On the window's first run, ask the user's name for the book's history (issue 19): not when
    ``BRIEFINGBOOK_AUTHOR`` is set or a name is already kept, and only once (Cancel keeps the
    computer's user name). Returns the name changes will be recorded under."""
    from briefingbook.ui.dialogs import AuthorDialog

    kept = str(settings.value(AUTHOR_SETTING) or "").strip()
    if not (kept or os.environ.get("BRIEFINGBOOK_AUTHOR", "").strip() or settings.value(AUTHOR_ASKED_SETTING)):
        dialog = AuthorDialog(parent)
        if dialog.exec():
            kept = " ".join(dialog.author.text().split())
            if kept:
                settings.setValue(AUTHOR_SETTING, kept)
        settings.setValue(AUTHOR_ASKED_SETTING, True)
    return kept or default_author()


MARKING_STYLE = "background: #7A1F1F; color: white; font-weight: bold; padding: 3px;"


class _MenuKeys(QObject):
    """On the focused widget: a text field claims some keys for editing (Ctrl+E is "end of line"
    in a one-line field on X11), which would swallow the menu's shortcut (issue 19)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.window_._menu_keys
            and QKeySequence(event.keyCombination()).toString() in self.window_._menu_keys
        ):
            event.ignore()  # not the text field's: the menu's shortcut runs
            return True
        return False


def text_editing_keys() -> set[str]:
    """Keys a text field keeps even when a menu uses them (copying, pasting, undoing, selecting)."""
    keys = set()
    for standard in (
        QKeySequence.StandardKey.Copy,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Paste,
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
        QKeySequence.StandardKey.SelectAll,
    ):
        keys |= {sequence.toString() for sequence in QKeySequence.keyBindings(standard)}
    return keys


PREFERRED_SIZE = QSize(1400, 900)  # the first window on a screen that has room for it
FRAME = QSize(16, 48)  # room kept for the window manager's frame and title bar (issue 19)


def initial_geometry(available: QRect) -> QRect:
    """The first window: the preferred size, or the available screen area less room for the
    frame and title bar when that is smaller (a 1366×768 laptop), centred in it."""
    width = min(PREFERRED_SIZE.width(), available.width() - FRAME.width())
    height = min(PREFERRED_SIZE.height(), available.height() - FRAME.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fits(rect: QRect, available: QRect) -> bool:
    """True when ``rect`` lies wholly inside ``available``."""
    return available.contains(rect)


def saved_frame(saved) -> QRect | None:
    """The window frame a ``QWidget.saveGeometry()`` value holds (None when it is not one): the
    format starts with a magic number, a version, then the frame as left, top, right, bottom."""
    stream = QDataStream(QByteArray(saved))
    if stream.readUInt32() != 0x1D9D0CB:
        return None
    stream.readUInt16()
    stream.readUInt16()
    left, top, right, bottom = (stream.readInt32() for _ in range(4))
    if stream.status() != QDataStream.Status.Ok:
        return None
    return QRect(QPoint(left, top), QPoint(right, bottom))


def app_settings() -> QSettings:
    """Settings live beside the user's books (so BRIEFINGBOOK_HOME isolates tests and portable use)."""
    from briefingbook.core.paths import base_dir

    return QSettings(str(base_dir() / "settings.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class Pane:
    """One pane of the window. Its class (``briefingbook.ui.<module>.<cls>``) is imported and built
    the first time the pane is shown or asked for, so start-up pays only for what it paints; the
    agenda and brief (no module here) are built with the window. Titles are translated when shown.

    A built pane learns of edits (the session's ``changed``) through its ``book_changed(entities)``,
    which the window calls: at once while the pane is on show; for a hidden pane, once when it is
    next shown, with every entity changed meanwhile. A hidden pane does not redraw for each edit."""

    key: str
    title: str  # the tab's title
    menu_text: str  # the View menu's entry (Ctrl+N, N its place in PANE_REGISTRY)
    module: str | None = None
    cls: str | None = None


# The panes in tab order: the one registry the tabs, the View menu, lazy building and navigation read.
PANE_REGISTRY = (
    Pane(
        "agenda",
        QT_TRANSLATE_NOOP("MainWindow", "Agenda and brief"),
        QT_TRANSLATE_NOOP("MainWindow", "&Agenda and brief"),
    ),
    Pane(
        "charts",
        QT_TRANSLATE_NOOP("MainWindow", "Charts"),
        QT_TRANSLATE_NOOP("MainWindow", "C&harts"),
        "charts_pane",
        "ChartsPane",
    ),
    Pane(
        "checklist",
        QT_TRANSLATE_NOOP("MainWindow", "Checklist"),
        QT_TRANSLATE_NOOP("MainWindow", "Chec&klist"),
        "checklist_pane",
        "ChecklistPane",
    ),
    Pane(
        "recommendations",
        QT_TRANSLATE_NOOP("MainWindow", "Recommendations"),
        QT_TRANSLATE_NOOP("MainWindow", "&Recommendations"),
        "recommendations_pane",
        "RecommendationsPane",
    ),
    Pane(
        "program",
        QT_TRANSLATE_NOOP("MainWindow", "Program"),
        QT_TRANSLATE_NOOP("MainWindow", "&Program"),
        "program_pane",
        "ProgramPane",
    ),
    Pane(
        "people",
        QT_TRANSLATE_NOOP("MainWindow", "People"),
        QT_TRANSLATE_NOOP("MainWindow", "P&eople"),
        "people_pane",
        "PeoplePane",
    ),
    Pane(
        "press",
        QT_TRANSLATE_NOOP("MainWindow", "Press guidance"),
        QT_TRANSLATE_NOOP("MainWindow", "Pre&ss guidance"),
        "press_pane",
        "PressPane",
    ),
    Pane(
        "deliverables",
        QT_TRANSLATE_NOOP("MainWindow", "Deliverables"),
        QT_TRANSLATE_NOOP("MainWindow", "&Deliverables"),
        "deliverables_pane",
        "DeliverablesPane",
    ),
    Pane(
        "history",
        QT_TRANSLATE_NOOP("MainWindow", "History"),
        QT_TRANSLATE_NOOP("MainWindow", "His&tory"),
        "history_pane",
        "HistoryPane",
    ),
    Pane(
        "scene_setter",
        QT_TRANSLATE_NOOP("MainWindow", "Scene-setter"),
        QT_TRANSLATE_NOOP("MainWindow", "Sce&ne-setter"),
        "scene_setter_pane",
        "SceneSetterPane",
    ),
    Pane(
        "remarks",
        QT_TRANSLATE_NOOP("MainWindow", "Remarks"),
        QT_TRANSLATE_NOOP("MainWindow", "Re&marks"),
        "remarks_pane",
        "RemarksPane",
    ),
)


def pane_shortcut(number: int) -> str:
    """The View menu's key for the pane at ``number`` (1-based): Ctrl+1 … Ctrl+9, Ctrl+0 for the
    tenth; later panes are reached by their tab or their menu letter."""
    if number <= 9:
        return f"Ctrl+{number}"
    return "Ctrl+0" if number == 10 else ""


class MainWindow(QMainWindow):
    PANES = tuple(pane.key for pane in PANE_REGISTRY)
    REGISTRY = {pane.key: pane for pane in PANE_REGISTRY}

    def __init__(
        self,
        book_path: Path,
        settings: QSettings | None = None,
        reference: Reference | None = None,
        parent: QWidget | None = None,
        defer_startup_work: bool = False,
    ) -> None:
        super().__init__(parent)
        # The application's window leaves the book's on-open backup and the first brief's charts
        # until it has painted once (issue 19: they were on the path to the first paint).
        self._defer = defer_startup_work
        self._painted = False
        self.settings = settings or app_settings()
        self.reference = reference or Reference()
        # Reference content this window opened, and that a pack install retired (closed with the window).
        self._opened_references = [] if reference else [self.reference]
        self._retired_references: list[Reference] = []
        self.session: BookSession | None = None
        self.ui_lang = i18n.ui_language(self.settings)
        self.setObjectName("mainWindow")
        self.setGeometry(initial_geometry(self._available()))
        # Menu shortcuts work from any focus: a text field claims some keys for editing (Ctrl+E
        # is "end of line" in a one-line field), which would swallow them (issue 19).
        self._menu_keys: set[str] = set()
        # Only the widget with the focus is watched (an application-wide Python event filter
        # would run for every paint of every chart: slow, and it aggravates PySide's refcount bug
        # that tests/ui/test_charts_pane.py guards against).
        self._menu_key_filter = _MenuKeys(self)
        application().focusChanged.connect(self._focus_changed)
        self._build_menus()
        self.menuBar().installEventFilter(self)  # its first paint is the window's first paint
        self.load_book(Path(book_path))
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self.backup_now_if_due)
        self.backup_timer.start()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restore_geometry(geometry)
        if not self.settings.value(WELCOMED_SETTING):
            self.settings.setValue(WELCOMED_SETTING, True)
            self.statusBar().showMessage(
                self.tr(
                    "Welcome to BriefingBook. The agenda is on the left, each item's brief on the right; Ctrl+1 … "
                    "Ctrl+9 switch panes and Ctrl+K searches everything."
                )
            )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.menuBar():
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)  # queued behind the paint itself
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._defer and not self._painted:
            # Where the menu bar is the system's (not painted by Qt), the deferred work still runs.
            QTimer.singleShot(2000, self._first_paint_fallback)

    def _first_paint_fallback(self) -> None:
        if not self._painted:
            self._painted = True
            self._after_first_paint()

    def _focus_changed(self, old, new) -> None:
        """Menu shortcuts work from any focus: the focused field's claim on them is overridden."""
        for widget, watch in ((old, False), (new, True)):
            if isinstance(widget, QWidget):
                try:
                    if watch and widget.window() is self:
                        widget.installEventFilter(self._menu_key_filter)
                    else:
                        widget.removeEventFilter(self._menu_key_filter)
                except RuntimeError:  # the widget was deleted meanwhile
                    continue

    def edit_focused(self, method: str) -> bool:
        """Undo, redo, cut, copy, paste or select all in the field that has the focus."""
        action = getattr(QApplication.focusWidget(), method, None)
        if callable(action):
            action()
            return True
        return False

    def find_in_brief(self) -> None:
        """Show the brief and its find bar (Ctrl+F)."""
        self.show_pane("agenda")
        self.brief_pane.start_find()

    def _after_first_paint(self) -> None:
        """What start-up left for after the first paint: the on-open backup, the brief's charts."""
        if self.session is None or self.session.closed:
            return
        self._backup_if_pending()
        self.brief_pane.release_charts()

    def _backup_if_pending(self) -> None:
        book = self.open_session.book
        book.backup_if_pending()
        if book.backup_error:
            self.statusBar().showMessage(
                self.tr("The backup on opening failed: {error}").format(error=book.backup_error)
            )

    def _available(self) -> QRect:
        """The screen area windows may use (without panels and docks) of this window's screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)

    def restore_geometry(self, saved) -> bool:
        """Put the window where it was last closed, only if that still fits on this screen (a
        window saved on a large monitor would hide its buttons and banner on a laptop)."""
        frame = saved_frame(saved)
        # Qt would squeeze a window too large for this screen into it; a squeezed window from a
        # large monitor is not the user's layout, so such a geometry is not restored at all.
        if frame is not None and fits(frame, self._available()) and self.restoreGeometry(saved):
            return True
        self.setGeometry(initial_geometry(self._available()))
        return False

    # -- building ----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(typeable_key(shortcut))
            self._menu_keys.add(action.shortcut().toString())
            self._menu_keys -= text_editing_keys()
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New book…"), self.new_book, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open…"), self.open_book_dialog, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(
            self._action(self.tr("Save a &copy as…"), self.save_copy_dialog, QKeySequence.StandardKey.SaveAs)
        )
        file_menu.addAction(self._action(self.tr("Save a copy for a co&lleague…"), self.save_copy_for_colleague))
        file_menu.addAction(self._action(self.tr("&Merge a colleague's copy…"), self.merge_colleague_copy))
        file_menu.addAction(self._action(self.tr("Restore from &backup…"), self.restore_dialog))
        file_menu.addAction(self._action(self.tr("Encr&ypt book…"), self.encrypt_dialog))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Import data…"), self.import_data, "Ctrl+I"))
        file_menu.addAction(self._action(self.tr("&Export packet…"), self.export_packet, "Ctrl+E"))
        file_menu.addAction(self._action(self.tr("Export c&alendar…"), self.export_calendar_dialog))
        file_menu.addAction(self._action(self.tr("Install re&ference pack…"), self.install_reference_pack_dialog))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        # Text editing on whatever field has the focus (its own keys work there too).
        for entry in (
            (self.tr("&Undo"), "undo", QKeySequence.StandardKey.Undo),
            (self.tr("&Redo"), "redo", QKeySequence.StandardKey.Redo),
            None,
            (self.tr("Cu&t"), "cut", QKeySequence.StandardKey.Cut),
            (self.tr("&Copy"), "copy", QKeySequence.StandardKey.Copy),
            (self.tr("&Paste"), "paste", QKeySequence.StandardKey.Paste),
            (self.tr("Select &all"), "selectAll", QKeySequence.StandardKey.SelectAll),
            None,
        ):
            if entry is None:
                edit_menu.addSeparator()
                continue
            text, method, key = entry
            edit_menu.addAction(self._action(text, lambda _=False, m=method: self.edit_focused(m), key))
        edit_menu.addAction(
            self._action(self.tr("&Find in the brief…"), self.find_in_brief, QKeySequence.StandardKey.Find)
        )
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Summit details…"), self.edit_summit, "Ctrl+Shift+E"))
        edit_menu.addAction(
            self._action(self.tr("&Preferences…"), self.edit_preferences, QKeySequence.StandardKey.Preferences)
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, pane in enumerate(PANE_REGISTRY, start=1):
            view_menu.addAction(
                self._action(
                    self.tr(pane.menu_text),
                    lambda _=False, p=pane.key: self.show_pane(p),
                    pane_shortcut(number) or None,
                )
            )
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Search"), lambda: self.search.focus_search(), "Ctrl+K"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        help_menu.addAction(
            self._action(self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        )
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About BriefingBook…"), self.show_about))

    def _build_body(self) -> None:
        session = self.open_session
        self.header = QLabel()
        self.header.setObjectName("summitHeader")
        self.header.setAccessibleName(self.tr("Summit"))
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.header.setFont(font)
        edit = QPushButton(self.tr("Summit details…"))
        edit.setAccessibleName(self.tr("Edit the summit's title, place, date, delegation and marking"))
        edit.clicked.connect(self.edit_summit)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header, 1)
        header_row.addWidget(edit)

        self.readonly_notice = QLabel()
        self.readonly_notice.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.readonly_notice.setWordWrap(True)
        self.readonly_notice.setStyleSheet("background: #FFF4CE; color: #3B2F00; padding: 4px;")
        self.readonly_notice.setAccessibleName(self.tr("Read-only notice"))
        if session.read_only:
            self.readonly_notice.setText(
                self.tr("Read-only: {reason} Changes cannot be saved.").format(
                    reason=session.read_only_reason() or self.tr("the book was opened read-only.")
                )
            )
        self.readonly_notice.setVisible(session.read_only)
        self.banner_top = QLabel()
        self.banner_top.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.banner_bottom = QLabel()
        self.banner_bottom.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        for banner, where in ((self.banner_top, self.tr("top")), (self.banner_bottom, self.tr("bottom"))):
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet(MARKING_STYLE)
            banner.setAccessibleName(self.tr("Handling marking ({where})").format(where=where))

        self.agenda_pane = AgendaPane(session)
        self.brief_pane = BriefPane(session)
        self.brief_pane.defer_charts = self._defer and not self._painted
        self.agenda_pane.itemSelected.connect(self.brief_pane.show_item)
        self.brief_pane.meetingRequested.connect(self.show_event)
        self.agenda_split = QSplitter()
        self.agenda_split.setObjectName("agendaSplitter")
        self.agenda_split.addWidget(self.agenda_pane)
        self.agenda_split.addWidget(self.brief_pane)
        self.agenda_split.setSizes([380, 1000])
        if session.read_only:  # the notice above says why nothing can be edited
            read_only.lock(self.agenda_pane, self.brief_pane, edit)
        # The other panes are built the first time they are shown (or asked for): start-up
        # paints the agenda and brief without paying for seven hidden panes.
        self._panes: dict[str, QWidget] = {}
        self._pane_hosts: dict[str, QWidget] = {}
        self._missed: dict[str, frozenset[str]] = {}  # what changed while a built pane was hidden
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Panes"))
        for pane in PANE_REGISTRY:
            if pane.module is None:
                self.tabs.addTab(self.agenda_split, self.tr(pane.title))
                continue
            host = QWidget()
            host.setAccessibleName(self.tr(pane.title))
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self._pane_hosts[pane.key] = host
            self.tabs.addTab(host, self.tr(pane.title))
        self.tabs.currentChanged.connect(self._tab_changed)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.banner_top)
        layout.addWidget(self.readonly_notice)
        layout.addLayout(header_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner_bottom)
        self.setCentralWidget(body)

        if not hasattr(self, "search"):
            toolbar = QToolBar(self.tr("Search"))
            toolbar.setObjectName("searchToolbar")
            toolbar.setMovable(False)
            self.addToolBar(toolbar)
            self.search_toolbar = toolbar
        else:
            self.search_toolbar.clear()
        self.search = SearchBox(session)
        self.search.setMaximumWidth(560)
        self.search.hitActivated.connect(self.navigate)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.search_toolbar.addWidget(spacer)
        self.search_toolbar.addWidget(self.search)

        session.changed.connect(self._changed)
        self.update_summit()
        state = self.settings.value("splitter/agenda")
        if state is not None:
            self.agenda_split.restoreState(state)
        if self.agenda_pane.model.rowCount():
            self.agenda_pane.select_row(0)

    # -- the book ----------------------------------------------------------------------------
    def ask_passphrase(self, path: Path, again: bool = False) -> str:
        """The passphrase for an encrypted book (never stored); BookError when the user cancels."""
        label = (
            self.tr("That passphrase does not open “{name}”. Try again:")
            if again
            else self.tr("“{name}” is encrypted. Passphrase:")
        ).format(name=Path(path).name)
        text, ok = QInputDialog.getText(self, self.tr("Encrypted book"), label, QLineEdit.EchoMode.Password)
        if not ok:
            raise BookError(self.tr("{name} was not opened (no passphrase given).").format(name=Path(path).name))
        return text

    def open_book_file(self, path: Path, passphrase: str | None = None) -> Book:
        """Book.open with the dialogs a person needs: a passphrase prompt for an encrypted book
        (asked again when wrong) and, for a damaged book, an offer to restore its newest backup."""
        again = False
        while True:
            try:
                return Book.open(path, passphrase=passphrase, backup="later")
            except PassphraseRequiredError:
                passphrase = self.ask_passphrase(path, again)
            except WrongPassphraseError:
                again = True
                passphrase = self.ask_passphrase(path, again)
            except BookDamagedError as exc:
                if not isinstance(exc.backup, Backup) or not dialogs.confirm(
                    self,
                    self.tr("Damaged book"),
                    self.tr(
                        "{error}\n\nRestore the newest good backup ({when})? The damaged file is kept beside the book."
                    ).format(error=exc, when=backup_line(exc.backup, self.ui_lang)),
                ):
                    raise
                self._restore_file(path, exc.backup, passphrase)

    def _restore_file(self, path: Path, backup, passphrase: str | None = None) -> None:
        from briefingbook.core import backups

        try:
            backups.restore(path, backup, passphrase=passphrase)
        except PassphraseRequiredError:
            backups.restore(path, backup, passphrase=self.ask_passphrase(path))

    def load_book(self, path: Path, passphrase: str | None = None) -> None:
        """Open ``path`` (replacing the current book); errors leave the current book open.

        Reopening the open book (language switch, after a restore) closes it first, so the new
        session does not find its own lock and fall back to read-only."""
        if self.session is not None and Path(path).resolve() == self.session.path.resolve():
            self._close_session()
        book = self.open_book_file(path, passphrase)
        book.author = self.author_name()
        session = BookSession(book, self.reference, self)
        session.ui_lang = self.ui_lang
        session.stale_years = self.stale_years()
        self._close_session()
        self.session = session
        self._build_body()
        self._remember(path)
        self.restore_place()
        if not (self._defer and not self._painted):
            self._backup_if_pending()

    def _remember(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        recent = [p for p in self.recent_books() if p != resolved]
        self.settings.setValue("books/recent", [resolved, *recent][:MAX_RECENT])
        self.settings.setValue("books/last", resolved)

    def recent_books(self) -> list[str]:
        value = self.settings.value("books/recent") or []
        return [value] if isinstance(value, str) else list(value)

    def recent_entries(self) -> list[tuple[str, str]]:
        """Open recent's entries as (text, path): each book's summit title (an encrypted book's
        is sealed, so its file name), with the file name added where two entries would read alike."""
        from briefingbook.core.recent import summit_title_of

        paths = self.recent_books()
        titles = [summit_title_of(path) or Path(path).name for path in paths]
        entries = []
        for title, path in zip(titles, paths, strict=True):
            if titles.count(title) > 1 and title != Path(path).name:
                title = f"{title} ({Path(path).name})"
            entries.append((title, path))
        return entries

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        self.recent_menu.setToolTipsVisible(True)
        for title, path in self.recent_entries():
            action = self.recent_menu.addAction(title.replace("&", "&&"))  # a title's "&" is no mnemonic
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_book(Path(p)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_book(self, path: Path) -> bool:
        try:
            self.load_book(path)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot open book"), str(exc))
            return False
        return True

    def open_book_dialog(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self, self.tr("Open book"), str(self.open_session.path.parent), self.tr("Briefing books (*.bbook)")
        )
        if path:
            self.open_book(Path(path))

    def new_book(self) -> None:
        from briefingbook.ui.dialogs import SummitDialog

        dialog = SummitDialog(None, self, new_book=True, language=self.ui_lang)
        if not dialog.exec():
            return
        values = dialog.values()
        path, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Save new book as"),
            str(self.open_session.path.parent / f"{values['title']}{BOOK_SUFFIX}"),
            self.tr("Briefing books (*.bbook)"),
        )
        if not path:
            return
        if not path.endswith(BOOK_SUFFIX):
            path += BOOK_SUFFIX
        try:
            from briefingbook.core.checklist import load_template

            template = load_template()

            def populate(book: Book) -> None:
                book.apply_checklist_template(template)

            Book.create(Path(path), populate=populate, author=self.author_name(), **values).close()
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot create book"), str(exc))
            return
        self.open_book(Path(path))

    def save_copy_dialog(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Save a copy as"),
            str(self.open_session.path.with_name(self.open_session.path.stem + " copy.bbook")),
            self.tr("Briefing books (*.bbook)"),
        )
        if path:
            self.save_copy(Path(path))

    def save_copy_for_colleague(self) -> None:
        """File → Save a copy for a colleague… (the dialog is in ui/merge_dialog.py)."""
        from briefingbook.ui.merge_dialog import save_copy_for_colleague

        save_copy_for_colleague(self)

    def merge_colleague_copy(self) -> None:
        """File → Merge a colleague's copy… (ui/merge_dialog.py, which redraws the panes)."""
        from briefingbook.ui.merge_dialog import merge_colleague_copy

        merge_colleague_copy(self)

    def reload_panes(self) -> None:
        """Rebuild every pane on the same open book (after a merge changed anything in it): typed
        text and layout are saved first; an encrypted book stays open, no passphrase asked."""
        self._save_state()
        old = self.open_session
        current = self.tabs.currentIndex()
        session = BookSession(old.book, self.reference, self)
        session.ui_lang = self.ui_lang
        session.stale_years = self.stale_years()
        old.retire()  # a late save from an old pane must not write into the merged book
        self.session = session
        self._build_body()
        self.tabs.setCurrentIndex(current)
        old.deleteLater()

    # -- reference content (issue 22) --------------------------------------------------------
    def install_reference_pack_dialog(self) -> None:
        """File → Install reference pack… (ui/reference_pack.py)."""
        from briefingbook.ui.reference_pack import install_reference_pack_dialog

        install_reference_pack_dialog(self)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: every menu shortcut, read from the menus (ui/help.py)."""
        from briefingbook.ui.help import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def show_guide(self):
        """Help → User guide (F1): the bundled guide in the interface language, beside the window."""
        from briefingbook.ui.help import GuideDialog

        previous = getattr(self, "guide", None)
        if previous is not None:
            try:
                previous.close()
            except RuntimeError:  # already deleted (it deletes itself on close)
                pass
        guide = GuideDialog(self.ui_lang, self)
        self.guide = guide
        guide.show()
        return guide

    def show_about(self) -> None:
        from briefingbook.ui.reference_pack import show_about

        show_about(self)

    def switch_reference(self) -> None:
        """Open the active reference content again (a pack was installed) and rebuild the panes
        on the same open book; the old content stays open until the window closes, since a
        pane being deleted may still read it."""
        retired = self.reference
        self.reference = Reference()
        self._opened_references.append(self.reference)
        self.reload_panes()
        if any(r is retired for r in self._opened_references):
            self._retired_references.append(retired)

    def save_copy(self, target: Path) -> Path:
        """A consistent copy of the open book (encrypted books stay encrypted), written then renamed."""
        self.brief_pane.flush()
        return self.open_session.book.save_copy(Path(target), overwrite=True)

    # -- backups and encryption --------------------------------------------------------------
    def backup_now_if_due(self):
        """Called by a timer: a verified backup when the last is 30 minutes old and the book changed."""
        from briefingbook.core import backups

        if self.session is None or self.session.closed or self.session.book.readonly:
            return None
        try:
            made = backups.maybe_backup(self.session.book)
        except BriefingBookError as exc:
            self.statusBar().showMessage(self.tr("Backup failed: {error}").format(error=exc))
            return None
        if made is not None:
            self.statusBar().showMessage(
                self.tr("Backup made: {when}").format(when=backup_line(made, self.ui_lang)), 10000
            )
        return made

    @property
    def open_session(self) -> BookSession:
        """The open book's session: a window has one from ``__init__`` on (``load_book``), and
        only the moment between closing a book and opening the next has none."""
        return nonnull(self.session, "open book session")

    def _close_session(self) -> None:
        if self.session is None:
            return
        self.brief_pane.flush()
        self._save_state()
        self.session.close()
        self.session = None

    def _reopen_after(self, operation, passphrase: str | None = None) -> None:
        """Close the book, run ``operation(path)`` (which needs the file to itself), reopen."""
        path = self.open_session.path
        self._close_session()
        try:
            operation(path)
        finally:
            self.load_book(path, passphrase)

    def restore_dialog(self) -> None:
        from briefingbook.core import backups

        found = backups.list_backups(self.open_session.path)
        if not found:
            QMessageBox.information(
                self, self.tr("Restore from backup"), self.tr("There are no backups of this book yet.")
            )
            return
        dialog = RestoreDialog(found, self.ui_lang, self)
        if dialog.exec() and dialog.chosen() is not None:
            self.restore_backup(dialog.chosen())

    def restore_backup(self, backup) -> None:
        try:
            self._reopen_after(lambda path: self._restore_file(path, backup))
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Restore from backup"), str(exc))
            return
        when = i18n.moment_label(backup.taken_at, self.ui_lang)
        self.statusBar().showMessage(self.tr("Restored the backup of {when}.").format(when=when), 10000)

    def _new_passphrase(self) -> str | None:
        first, ok = QInputDialog.getText(
            self,
            self.tr("Encrypt book"),
            self.tr("New passphrase (at least 8 characters; it cannot be recovered):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if len(first) < crypto.MIN_PASSPHRASE:
            QMessageBox.warning(self, self.tr("Encrypt book"), self.tr("The passphrase is too short."))
            return None
        second, ok = QInputDialog.getText(
            self, self.tr("Encrypt book"), self.tr("The same passphrase again:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if second != first:
            QMessageBox.warning(self, self.tr("Encrypt book"), self.tr("The two passphrases differ."))
            return None
        return first

    def encrypt_dialog(self) -> None:
        from briefingbook.core.encryption import change_passphrase, encrypt_book

        if self.open_session.book.readonly:
            QMessageBox.warning(self, self.tr("Encrypt book"), self.tr("The book is open read-only."))
            return
        if self.open_session.book.encrypted:
            old, ok = QInputDialog.getText(
                self, self.tr("Change passphrase"), self.tr("Current passphrase:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return
            new = self._new_passphrase()
            if new is None:
                return
            operation = lambda path: change_passphrase(path, old, new)  # noqa: E731
        else:
            new = self._new_passphrase()
            if new is None:
                return
            operation = lambda path: encrypt_book(path, new)  # noqa: E731
        try:
            self._reopen_after(operation, new)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Encrypt book"), str(exc))
            return
        self.statusBar().showMessage(self.tr("The book is encrypted."), 10000)

    def import_data(self) -> None:
        from briefingbook.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.open_session, self)
        if dialog.exec() and dialog.stored is not None:
            self.show_pane("charts")
            self.charts_pane.show_series([dialog.stored.slug])

    def export_packet(self) -> Path | None:
        from briefingbook.ui.export_dialog import export_packet_interactively

        self.brief_pane.flush()
        return export_packet_interactively(self.open_session, self)

    def export_calendar_dialog(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Export calendar"),
            str(self.open_session.path.with_name(f"{self.open_session.path.stem}.ics")),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export_calendar(Path(path if path.lower().endswith(".ics") else f"{path}.ics"))

    def export_calendar(self, path: Path) -> Path | None:
        """The program and the checklist's due dates to an .ics file (core/calendar.py)."""
        from briefingbook.core.calendar import export_calendar

        try:
            written, events, dated = export_calendar(self.open_session.book, path)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the calendar"), str(exc))
            return None
        self.statusBar().showMessage(
            self.tr("Calendar written to {path}: {events} program events, {dated} checklist dates").format(
                path=written, events=events, dated=dated
            ),
            8000,
        )
        return written

    def edit_preferences(self) -> None:
        from briefingbook.ui.dialogs import PreferencesDialog

        dialog = PreferencesDialog(
            self.ui_lang, self, author=self.settings.value(AUTHOR_SETTING) or "", stale_years=self.stale_years()
        )
        if dialog.exec():
            self.set_author(dialog.author.text())
            self.set_stale_years(dialog.stale_years.value())
            self.set_ui_language(dialog.language.currentData())

    def stale_years(self) -> int:
        """Series whose latest period is more than this many years old are flagged (default 3)."""
        try:
            return max(1, min(50, int(str(self.settings.value(STALE_SETTING, 3)))))
        except (TypeError, ValueError):
            return 3

    def set_stale_years(self, years: int) -> None:
        """Flag series older than ``years`` from now on (the charts pane redraws)."""
        if years == self.stale_years():
            return
        self.settings.setValue(STALE_SETTING, int(years))
        if self.session is not None and not self.session.closed:
            self.session.stale_years = int(years)
            if "charts" in self._panes:
                from briefingbook.ui.charts_pane import ChartsPane

                pane = self.pane("charts")
                if isinstance(pane, ChartsPane):  # always
                    pane.fill_tree_keeping_selection()

    def author_name(self) -> str:
        """The name recorded with this user's changes: Preferences, else the system user name."""
        return str(self.settings.value(AUTHOR_SETTING) or "").strip() or default_author()

    def set_author(self, name: str) -> None:
        """Record ``name`` with the changes made from now on (empty: the system user name)."""
        name = " ".join(name.split())
        if name:
            self.settings.setValue(AUTHOR_SETTING, name)
        else:
            self.settings.remove(AUTHOR_SETTING)
        if self.session is not None and not self.session.closed:
            self.session.book.author = self.author_name()

    def set_ui_language(self, lang: str) -> None:
        """Switch the interface language now: menus and panes are rebuilt on the same book
        (the brief's typed text is saved first), so no work is lost and no restart is needed."""
        if lang == self.ui_lang:
            return
        self.settings.setValue(i18n.SETTING, lang)
        i18n.install(lang)
        self.ui_lang = lang
        current = self.tabs.currentIndex()
        self.menuBar().clear()
        self._build_menus()
        self.load_book(self.open_session.path)
        self.tabs.setCurrentIndex(current)

    def edit_summit(self) -> None:
        from briefingbook.ui.dialogs import SummitDialog

        book = self.open_session.book
        dialog = SummitDialog(book.summit(), self, program_events=len(program.events(book)))
        if dialog.exec():
            try:
                book.update_summit(keep_program=dialog.keep_program(), **dialog.values())
            except BriefingBookError as exc:
                QMessageBox.warning(self, self.tr("Cannot change the summit"), str(exc))

    def update_summit(self) -> None:
        summit = self.open_session.book.summit()
        today = self.open_session.today()
        self.setWindowTitle(f"{summit.title} — {APP_NAME}")
        parts = [
            summit.title,
            summit.place,
            i18n.long_date(summit.date, self.ui_lang),
            countdown_label(summit.date, today),
        ]
        self.header.setText("  ·  ".join(p for p in parts if p))
        for banner in (self.banner_top, self.banner_bottom):
            banner.setText(summit.marking)
            banner.setVisible(bool(summit.marking))

    def _changed(self, entities: frozenset[str]) -> None:
        if entities & {"summit", "checklist_items"}:
            self.update_summit()
        current = self.tabs.currentWidget()
        # The brief (built with the window, on the agenda's tab) follows the same rule as the panes.
        panes = [
            ("agenda", self.brief_pane, self.agenda_split),
            *((n, w, self._pane_hosts[n]) for n, w in self._panes.items()),
        ]
        for name, widget, host in panes:
            if host is current:
                tell_changed(widget, entities)
            else:  # stale: brought up to date when shown (_tab_changed)
                self._missed[name] = self._missed.get(name, frozenset()) | entities

    # -- navigation --------------------------------------------------------------------------
    def pane(self, name: str) -> QWidget:
        """The pane called ``name``, built on first use (PANE_REGISTRY says from which class)."""
        if name not in self._panes:
            spec = self.REGISTRY[name]
            module = importlib.import_module(f"briefingbook.ui.{spec.module}")
            widget = getattr(module, nonnull(spec.cls, f"class of the {name} pane"))(self.session)
            self._panes[name] = widget
            nonnull(self._pane_hosts[name].layout(), "pane host layout").addWidget(widget)
            if self.open_session.read_only:
                read_only.lock(widget)
            event_activated = getattr(widget, "eventActivated", None)  # a person's events (People)
            if event_activated is not None:
                event_activated.connect(self.show_event)
            splitter = getattr(widget, "splitter", None)
            state = self.settings.value(f"splitter/{name}")
            if splitter is not None and state is not None:
                splitter.restoreState(state)
        return self._panes[name]

    def __getattr__(self, name: str):
        """``window.charts_pane`` and the like: the pane of that key (PANE_REGISTRY), built on first use."""
        key = name.removesuffix("_pane")
        if name.endswith("_pane") and key in self.REGISTRY and self.REGISTRY[key].module is not None:
            return self.pane(key)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def flush_panes(self) -> None:
        """Save text typed in panes that save as you type (only those already built)."""
        self.brief_pane.flush()
        for widget in self._panes.values():
            flush = getattr(widget, "flush", None)
            if flush is not None:
                flush()

    def _tab_changed(self, index: int) -> None:
        self.flush_panes()
        if self.tabs.widget(index) is self.agenda_split:
            missed = self._missed.pop("agenda", None)
            if missed:
                self.brief_pane.book_changed(missed)
        for name, host in self._pane_hosts.items():
            if self.tabs.widget(index) is host:
                widget = self.pane(name)
                missed = self._missed.pop(name, None)
                if missed:
                    tell_changed(widget, missed)

    def current_pane(self) -> str:
        """The name of the pane on show (one of PANES)."""
        current = self.tabs.currentWidget()
        if current is self.agenda_split:
            return "agenda"
        return next(name for name, host in self._pane_hosts.items() if host is current)

    def show_pane(self, name: str) -> None:
        widget = self.agenda_split if name == "agenda" else self._pane_hosts[name]
        if name != "agenda":
            self.pane(name)
        self.tabs.setCurrentWidget(widget)

    def navigate(self, kind: str, ident: str) -> None:
        """Jump to a search hit in the pane that shows it; the query is cleared and the keyboard
        focus goes to the item found (issue 19)."""
        self._show_hit(kind, ident)
        self.search.clear()
        self.search.hits = []
        self._focus_found()

    def _focus_found(self) -> None:
        """Focus the list, table or tree of the current pane that now has the item found current."""
        pane = self.tabs.currentWidget()
        if pane is None:
            return
        views = [
            v
            for v in pane.findChildren(QAbstractItemView)
            if v.isVisible() and v.currentIndex().isValid() and v.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        focus = QApplication.focusWidget()
        if not views and focus is not None and pane.isAncestorOf(focus):
            return  # the pane put the cursor where the hit is (a scene-setter part)
        (views[0] if views else pane).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_hit(self, kind: str, ident: str) -> None:
        book = self.open_session.book
        if kind == "agenda":
            self.show_pane("agenda")
            self.agenda_pane.select_item(int(ident))
        elif kind == "issue":
            item = next((i for i in book.agenda() if i.issue_area == ident), None)
            if item is not None:
                self.show_pane("agenda")
                self.agenda_pane.select_item(item.id)
            else:
                self.show_pane("recommendations")
                combo = self.recommendations_pane.filters["issue_area"]
                combo.setCurrentIndex(max(0, combo.findData(ident)))
        elif kind in ("recommendation", "note"):
            rec_id = ident if kind == "recommendation" else self._note_recommendation(int(ident))
            self.show_pane("recommendations")
            self.recommendations_pane.select_recommendation(rec_id)
        elif kind == "series":
            self.show_pane("charts")
            self.charts_pane.show_series([ident])
        elif kind == "event":
            self.show_pane("charts")
        elif kind == "checklist":
            self.show_pane("checklist")
            self.checklist_pane.refresh()
            self.checklist_pane.status_filter.setCurrentIndex(0)
            self.checklist_pane.owner_filter.setCurrentIndex(0)
            self.checklist_pane.select_item(int(ident))
        elif kind == "outlook":
            self.show_pane("recommendations")
            combo = self.recommendations_pane.filters["outlook"]
            combo.setCurrentIndex(max(0, combo.findData("yes")))
        elif kind == "program":
            self.show_pane("program")
            self.program_pane.select_event(int(ident))
        elif kind == "person":
            self.show_pane("people")
            self.people_pane.select_person(int(ident))
        elif kind == "press":
            self.show_pane("press")
            self.press_pane.show_question(int(ident))
        elif kind == "topline":
            self.show_pane("press")
            self.press_pane.select_item(int(ident))
        elif kind == "deliverable":
            self.show_pane("deliverables")
            self.deliverables_pane.select_deliverable(int(ident))
        elif kind in ("memo", "scenario", "scene", "remark"):
            self._show_principal_hit(kind, ident)

    def _show_principal_hit(self, kind: str, ident: str) -> None:
        """Jump to a hit in the principal's book (issue 21): a meeting memo or a scenario step
        (``ident`` is its event) shows that event in the Program pane, whose Meeting memo… and
        Scenario… open them; a remark shows in the Remarks pane; a scene-setter part (``ident``
        is the part) in the Scene-setter pane, with the cursor in that part."""
        if kind == "remark":
            self.show_pane("remarks")
            self.remarks_pane.select_remark(int(ident))
        elif kind == "scene":
            self.show_pane("scene_setter")
            self.scene_setter_pane.show_part(ident)
        else:
            self.show_event(int(ident))

    def show_event(self, event_id: int) -> None:
        """The Program pane with ``event_id`` selected and the keyboard focus on it (a search hit,
        a person's event, a meeting that raises an agenda item)."""
        self.show_pane("program")
        if self.program_pane.select_event(event_id):
            self.program_pane.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_recommendation(self, note_id: int) -> str:
        return self.open_session.book.note_recommendation_id(note_id)

    # -- closing -----------------------------------------------------------------------------
    # -- where the book was left (issue 19) ------------------------------------------------------
    def current_place(self) -> dict:
        """The pane on show and its current item (None when it has none or cannot say)."""
        pane = self.current_pane()
        item = None
        if pane == "agenda":
            item = self.agenda_pane.current_id()
            item = item if item >= 0 else None
        elif pane in self._panes:
            widget = self._panes[pane]
            getter = getattr(widget, "current_place", None)
            if getter is None and pane in PLACE_METHODS:
                getter = getattr(widget, PLACE_METHODS[pane][0], None)
            try:
                item = getter() if callable(getter) else None
            except (BriefingBookError, RuntimeError):
                item = None
            item = getattr(item, "id", item)  # a record: its id
            if isinstance(item, int) and item < 0 or not isinstance(item, (int, str)):
                item = None
        return {"pane": pane, "item": item}

    def _places(self) -> dict:
        import json

        try:
            places = json.loads(str(self.settings.value(PLACES_SETTING) or "{}"))
        except ValueError:
            return {}
        return places if isinstance(places, dict) else {}

    def _remember_place(self) -> None:
        """Keep where this book was left, per book, in this computer's settings (not in the book:
        where one reader stopped is not a change to the book, nor anything to merge)."""
        import json

        if self.session is None or self.session.closed:
            return
        key = str(self.session.path.resolve())
        places = {key: self.current_place(), **{k: v for k, v in self._places().items() if k != key}}
        self.settings.setValue(PLACES_SETTING, json.dumps(dict(list(places.items())[:MAX_PLACES])))

    def restore_place(self) -> bool:
        """Reopen the book where it was left: the pane (any pane still in PANE_REGISTRY) and its item,
        only if that item still exists. Returns whether an item was shown again."""
        place = self._places().get(str(self.open_session.path.resolve()))
        if not isinstance(place, dict) or place.get("pane") not in self.REGISTRY:
            return False
        pane, item = place["pane"], place.get("item")
        self.show_pane(pane)
        if item is None:
            return False
        if pane == "agenda":
            if isinstance(item, int) and self.agenda_pane.model.row_of(item) >= 0:
                self.agenda_pane.select_item(item)
                return True
            return False
        widget = self.pane(pane)
        selector = getattr(widget, "show_place", None)
        if selector is None and pane in PLACE_METHODS:
            selector = getattr(widget, PLACE_METHODS[pane][1], None)
        if not callable(selector):
            return False
        try:
            return bool(selector(item))
        except (BriefingBookError, ValueError, TypeError, KeyError):
            return False  # the item is gone or no longer of that kind

    def _save_state(self) -> None:
        self.flush_panes()  # typed text not yet saved by the panes' timers
        self._remember_place()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("splitter/agenda", self.agenda_split.saveState())
        for name, widget in self._panes.items():
            splitter = getattr(widget, "splitter", None)
            if splitter is not None:
                self.settings.setValue(f"splitter/{name}", splitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.session is not None:
            self.brief_pane.flush()
            self._save_state()
            self.settings.sync()
            try:
                self.session.close()
            except BriefingBookError as exc:  # an encrypted book's last save failed: keep it open
                QMessageBox.warning(self, APP_NAME, str(exc))
                event.ignore()
                return
            self.session = None
            self.backup_timer.stop()
            for old in self._retired_references:
                old.close()
        super().closeEvent(event)
