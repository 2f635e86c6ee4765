"""Remarks: texts the principal will speak (arrival statement, toast, press statement), in the
user's order, each with its occasion, speaker and the program event it belongs to; the form is
saved as you type and shows the word count and speaking time at 130 words a minute."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import principal, program
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui import i18n
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.nonnull import top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.program_dialogs import event_text
from briefingbook.ui.session import BookSession

ItemIdRole = Qt.ItemDataRole.UserRole + 1


def speaking_time(seconds: int) -> str:
    """m:ss"""
    return f"{seconds // 60}:{seconds % 60:02d}"


def event_choice_text(event: program.ProgramEvent, lang: str) -> str:
    """An event as a choice in a list: its day (as the window writes dates), start and title."""
    return f"{i18n.short_date(event.day, lang)} {event.start_time:%H:%M} · {event_text(event)}"


class RemarksPane(QWidget):
    ENTITIES = frozenset({"remarks", "remark_events", "program_events"})

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.remark_id = -1
        self._loading = False
        self._events: dict[int, str] = {}
        self.autosave = Autosave(self, self._save)
        self.edits = ListEditor(self, self.reload)

        title = QLabel(self.tr("Remarks"))
        title.setObjectName("paneTitle")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Remarks to be spoken"))
        self.tree.setHeaderLabels(
            [self.tr("Occasion"), self.tr("Speaker"), self.tr("Event"), self.tr("Words"), self.tr("Time")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add remarks"))
        self.add_button.clicked.connect(lambda: self.add_remark())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected remarks"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected remarks up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected remarks down"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Speaking time of all remarks"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.total)
        left_layout.addLayout(buttons)

        self.occasion = QLineEdit()
        self.occasion.setAccessibleName(self.tr("Occasion"))
        self.occasion.setPlaceholderText(self.tr("e.g. Arrival statement, Toast, Press statement"))
        self.speaker = QLineEdit()
        self.speaker.setAccessibleName(self.tr("Speaker"))
        for edit in (self.occasion, self.speaker):
            edit.textEdited.connect(self._schedule_save)
            edit.editingFinished.connect(self.flush)
        self.event_box = QComboBox()
        self.event_box.setAccessibleName(self.tr("Program event the remarks belong to"))
        self.event_box.activated.connect(lambda _i: self.flush(force=True))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Text of the remarks"))
        self.text.setPlaceholderText(self.tr("The words to be spoken, as plain text."))
        self.text.textChanged.connect(self._text_changed)
        self.length = QLabel()
        self.length.setAccessibleName(self.tr("Word count and speaking time"))
        form = QFormLayout()
        form.addRow(self.tr("Occasion"), self.occasion)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Event"), self.event_box)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addLayout(form)
        detail_layout.addWidget(QLabel(self.tr("Text")))
        detail_layout.addWidget(self.text, 1)
        detail_layout.addWidget(self.length)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([660, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if entities & self.ENTITIES and not self.autosave.saving:
            self.reload()

    def reload(self) -> None:
        if self.session.closed:
            return
        self.flush()
        book = self.session.book
        keep = self.remark_id
        self.event_box.blockSignals(True)
        self.event_box.clear()
        self.event_box.addItem(self.tr("No event"), None)
        self._events = {}
        for e in program.events(book):
            self.event_box.addItem(event_choice_text(e, self.session.ui_lang), e.id)
            self._events[e.id] = e.title
        self.event_box.blockSignals(False)
        self.tree.blockSignals(True)
        self.tree.clear()
        for r in principal.remarks(book):
            row = QTreeWidgetItem(self._row_texts(r))
            row.setData(0, ItemIdRole, r.id)
            row.setToolTip(0, plain_tooltip(r.occasion))
            row.setToolTip(2, plain_tooltip(row.text(2)))
            self.tree.addTopLevelItem(row)
        self.tree.blockSignals(False)
        self._show_total()
        if not self.select_remark(keep):
            rows = top_level_items(self.tree)
            if rows:
                self.tree.setCurrentItem(rows[0])
            else:
                self._show(-1)

    def _show_total(self) -> None:
        total = sum(r.speaking_seconds for r in principal.remarks(self.session.book))
        self.total.setText(self.tr("All remarks: {time} (min:s) to speak").format(time=speaking_time(total)))

    def _row_texts(self, r: principal.Remark) -> list[str]:
        event = self._events.get(r.event_id, "") if r.event_id is not None else ""
        return [r.occasion, r.speaker, event, str(r.words), speaking_time(r.speaking_seconds)]

    def current_id(self) -> int:
        row = self.tree.currentItem()
        value = row.data(0, ItemIdRole) if row is not None else None
        return value if isinstance(value, int) else -1

    def select_remark(self, remark_id: int) -> bool:
        for row in top_level_items(self.tree):
            if row.data(0, ItemIdRole) == remark_id:
                self.tree.setCurrentItem(row)
                self._show(remark_id)
                return True
        return False

    def _current_changed(self, current, _previous) -> None:
        self.flush()
        self._show(current.data(0, ItemIdRole) if current is not None else -1)

    def _show(self, remark_id: int) -> None:
        self._loading = True
        try:
            self.remark_id = remark_id
            r = principal.remark(self.session.book, remark_id) if remark_id >= 0 else None
            self.occasion.setText(r.occasion if r else "")
            self.speaker.setText(r.speaker if r else "")
            self.text.setPlainText(r.text if r else "")
            self.event_box.setCurrentIndex(max(0, self.event_box.findData(r.event_id)) if r and r.event_id else 0)
            for widget in (self.detail, self.delete_button, self.up_button, self.down_button):
                widget.setEnabled(r is not None)
        finally:
            self._loading = False
        self.show_length()

    def show_length(self) -> None:
        words = principal.word_count(self.text.toPlainText())
        self.length.setText(
            self.tr("{words} words, {time} (min:s) to speak at {pace} words a minute").format(
                words=words,
                time=speaking_time(principal.speaking_seconds(words)),
                pace=principal.SPEAKING_WORDS_PER_MINUTE,
            )
        )

    # -- edits -------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        self.show_length()
        self._schedule_save()

    def _schedule_save(self) -> None:
        if not self._loading and self.remark_id >= 0:
            self.autosave.schedule()

    def flush(self, force: bool = False) -> None:
        """Save the form now (the autosave's job), if it was edited."""
        if force:
            self.autosave.save_now()
        else:
            self.autosave.flush()

    def _save(self) -> None:
        if self.remark_id < 0 or self.session.closed:
            return
        values = {
            "occasion": self.occasion.text().strip(),
            "speaker": self.speaker.text().strip(),
            "text": self.text.toPlainText(),
        }
        if not values["occasion"]:
            values.pop("occasion")  # remarks keep their occasion until a new one is typed
        try:
            r = principal.update_remark(
                self.session.book, self.remark_id, event_id=self.event_box.currentData(), **values
            )
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the remarks"), str(exc))
            return
        row = self.tree.currentItem()
        if row is not None and row.data(0, ItemIdRole) == r.id:
            for column, text in enumerate(self._row_texts(r)):
                row.setText(column, text)
        self._show_total()

    def add_remark(self, occasion: str | None = None, event_id: int | None = None) -> int:
        self.flush()
        r = self.edits.attempt(
            self.tr("Cannot add the remarks"),
            lambda: principal.add_remark(
                self.session.book, occasion=occasion or self.tr("New remarks"), event_id=event_id
            ),
        )
        if r is None:
            return -1
        self.reload()
        self.select_remark(r.id)
        self.occasion.setFocus()
        self.occasion.selectAll()
        return r.id

    def delete_current(self) -> None:
        remark_id = self.current_id()
        if remark_id < 0:
            return
        self.flush()
        r = principal.remark(self.session.book, remark_id)
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        if self.edits.delete(
            remark_id,
            self.tr("Delete remarks"),
            self.tr("Delete the remarks “{occasion}”?").format(occasion=r.occasion),
            lambda i: principal.remove_remark(self.session.book, i),
            self.tr("Cannot delete the remarks"),
        ):
            rows = top_level_items(self.tree)
            if rows:
                self.tree.setCurrentItem(rows[min(index, len(rows) - 1)])

    def move_current(self, step: int) -> None:
        remark_id = self.current_id()
        if remark_id < 0:
            return
        self.flush()
        target = self.tree.indexOfTopLevelItem(self.tree.currentItem()) + step
        if 0 <= target < self.tree.topLevelItemCount():
            self.edits.attempt(
                self.tr("Cannot move the remarks"),
                lambda: principal.move_remark(self.session.book, remark_id, target),
            )
            self.reload()
            self.select_remark(remark_id)
