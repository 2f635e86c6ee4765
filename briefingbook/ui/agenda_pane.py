"""The agenda pane: the summit's ordered issues, reordered by drag or keys, saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core.model import AGENDA_PRIORITIES, AGENDA_STATUSES
from briefingbook.ui import dialogs, i18n
from briefingbook.ui.item_models import AgendaModel, ItemIdRole, agenda_status_label, priority_label
from briefingbook.ui.session import BookSession


class AgendaPane(QWidget):
    """Emits ``itemSelected(id)`` (or -1) when the current agenda item changes."""

    itemSelected = Signal(int)

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AgendaModel(session, self)

        title = QLabel(self.tr("Agenda"))
        title.setObjectName("paneTitle")
        # The titles are the book's own text, shown as written: a small grey tag names their
        # language where it is not the interface's (issue 19).
        self.language_tag = QLabel()
        self.language_tag.setObjectName("agendaLanguage")
        self.language_tag.setStyleSheet("color: #555555;")
        self.language_tag.setAccessibleName(self.tr("Language of the agenda's titles"))
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.language_tag)
        heading.addStretch(1)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setAccessibleDescription(self.tr("Drag, or press Ctrl+Up and Ctrl+Down, to reorder"))
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add an agenda item"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected agenda item"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected item up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected item down"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority of the selected item"))
        for value in AGENDA_PRIORITIES:
            self.priority.addItem(priority_label(value), value)
        self.priority.activated.connect(lambda: self._set_field("priority", self.priority.currentData()))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the selected item"))
        for value in AGENDA_STATUSES:
            self.status.addItem(agenda_status_label(value), value)
        self.status.activated.connect(lambda: self._set_field("status", self.status.currentData()))
        form = QFormLayout()
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Status"), self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)

        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_current(s))
            self.view.addAction(action)
        delete = QAction(self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_current)
        self.view.addAction(delete)

        session.changed.connect(self._changed)
        self._update_controls()
        self._update_language_tag()

    def _update_language_tag(self) -> None:
        tag = i18n.language_tag(self.session.lang, self.session.ui_lang)
        self.language_tag.setText(f"({tag})" if tag else "")
        self.language_tag.setVisible(bool(tag))

    # -- selection ---------------------------------------------------------------------------
    def current_id(self) -> int:
        index = self.view.currentIndex()
        return index.data(ItemIdRole) if index.isValid() else -1

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def _current_changed(self, current, _previous) -> None:
        self._update_controls()
        self.itemSelected.emit(current.data(ItemIdRole) if current.isValid() else -1)

    def _update_controls(self) -> None:
        index = self.view.currentIndex()
        has = index.isValid()
        for widget in (self.remove_button, self.up_button, self.down_button, self.priority, self.status):
            widget.setEnabled(has)
        if has:
            item = self.model.item(index.row())
            self.priority.setCurrentIndex(AGENDA_PRIORITIES.index(item.priority))
            self.status.setCurrentIndex(AGENDA_STATUSES.index(item.status))

    def reload(self) -> None:
        keep = self.current_id()
        self.model.reload()
        if keep >= 0:
            self.select_item(keep)
        self._update_controls()

    def _changed(self, entities: frozenset[str]) -> None:
        if entities & {"agenda_items", "summit"}:
            self.reload()
            self._update_language_tag()

    # -- edits -------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        item_id = self.current_id()
        if item_id < 0:
            return
        row = self.model.row_of(item_id)
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        self.model.move(item_id, target)
        self.select_item(item_id)

    def _set_field(self, name: str, value: str) -> None:
        item_id = self.current_id()
        if item_id >= 0:
            self.session.book.update_agenda_item(item_id, **{name: value})

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        on_agenda = {self.model.item(r).issue_area for r in range(self.model.rowCount())}
        # Issue areas are reference content, listed in the interface's language; the item added
        # takes the title in the book's language (its own text from then on).
        book_lang, shown_lang = self.session.lang, self.session.ref_lang
        for area in self.session.reference.issue_areas():
            action = self.add_menu.addAction(area.title(shown_lang))
            action.setEnabled(area.id not in on_agenda)
            action.triggered.connect(lambda _=False, a=area: self.add_item(a.title(book_lang), a.id))
        self.add_menu.addSeparator()
        self.add_menu.addAction(self.tr("Custom item…"), self._add_custom)

    def _add_custom(self) -> None:
        title = dialogs.ask_text(self, self.tr("New agenda item"), self.tr("Title:"))
        if title and title.strip():
            self.add_item(title.strip(), None)

    def add_item(self, title: str, issue_area: str | None) -> int:
        item = self.session.book.add_agenda_item(title, issue_area=issue_area)
        self.select_item(item.id)
        return item.id

    def remove_current(self) -> None:
        item_id = self.current_id()
        if item_id < 0:
            return
        item = self.session.book.agenda_item(item_id)
        question = self.tr("Remove “{title}” and its brief (objectives, points, notes) from the agenda?")
        if not dialogs.confirm(self, self.tr("Remove agenda item"), question.format(title=item.title)):
            return
        row = self.model.row_of(item_id)
        self.session.book.remove_agenda_item(item_id)
        self.select_row(min(row, self.model.rowCount() - 1))
        if self.model.rowCount() == 0:
            self.itemSelected.emit(-1)
