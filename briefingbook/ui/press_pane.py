"""Press guidance per agenda item: the "top lines" box (saved as you type) and the anticipated
questions with their agreed answer and marking (on the record / background / do not raise)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import press
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.detail_panel import DetailPanel
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.nonnull import top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.program_dialogs import marking_label
from briefingbook.ui.session import BookSession
from briefingbook.ui.wrapping import wrap_rows

ItemIdRole = Qt.ItemDataRole.UserRole + 1
PROMPT = QColor("#555555")
DO_NOT_RAISE = QColor("#B00020")


class PressPane(QWidget):
    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = -1
        self._loading = False
        self.autosave = Autosave(self, self._save)
        self.edits = ListEditor(self, self.refresh_questions)

        title = QLabel(self.tr("Press guidance"))
        title.setObjectName("paneTitle")
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.currentItemChanged.connect(self._item_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.items, 1)

        self.top_lines = QPlainTextEdit()
        self.top_lines.setAccessibleName(self.tr("Top lines for the selected agenda item"))
        self.top_lines.setPlaceholderText(
            self.tr("The few lines to get across on this item (lines starting “- ” become bullets)")
        )
        self.top_lines.textChanged.connect(self._schedule_save)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Anticipated questions"))
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Agreed answer"), self.tr("Marking")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        wrap_rows(self.tree)  # full questions and answers, rows as tall as their text
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.detail = DetailPanel(
            self.tr("The selected question in full"), self.tr("Select a question to read it here in full.")
        )

        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.setAccessibleName(self.tr("Add a press question to the selected agenda item"))
        self.add_button.clicked.connect(self.add_question)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected press question"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected press question"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected question up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected question down"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(QLabel(self.tr("Top lines")))
        lines_layout.addWidget(self.top_lines, 1)
        questions_box = QWidget()
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(QLabel(self.tr("Anticipated questions")))
        questions_layout.addWidget(self.tree, 1)
        questions_layout.addLayout(buttons)
        # Top lines, the questions, and the selected question in full; the questions get the
        # larger share, and the user can move the lines between them.
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("pressSplitter")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(lines_box)
        self.right_splitter.addWidget(questions_box)
        self.right_splitter.addWidget(self.detail)
        for index, stretch in enumerate((2, 3, 2)):
            self.right_splitter.setStretchFactor(index, stretch)
        self.right_splitter.setSizes([200, 300, 200])
        right = self.right_splitter

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([380, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.reload()

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if self.autosave.saving or self.session.closed:
            return
        self.flush()  # typed top lines are saved before the pane redraws
        if "agenda_items" in entities:
            self.reload()
        if entities & {"press_qa", "press_top_lines"}:
            self._show(self.item_id)

    # -- agenda items --------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.closed:
            return
        self.flush()
        keep = self.item_id
        self.items.blockSignals(True)
        self.items.clear()
        for number, item in enumerate(self.session.book.agenda(), start=1):
            row = QListWidgetItem(f"{number}. {item.title}")
            row.setData(ItemIdRole, item.id)
            self.items.addItem(row)
        self.items.blockSignals(False)
        if not self.select_item(keep) and self.items.count():
            self.select_item(self.items.item(0).data(ItemIdRole))
        elif not self.items.count():
            self._show(-1)

    def select_item(self, item_id: int) -> bool:
        for i in range(self.items.count()):
            if self.items.item(i).data(ItemIdRole) == item_id:
                self.items.setCurrentRow(i)
                if self.item_id != item_id:
                    self._show(item_id)
                return True
        return False

    def _item_changed(self, current, _previous) -> None:
        self.flush()
        self._show(current.data(ItemIdRole) if current is not None else -1)

    def _show(self, item_id: int) -> None:
        self.item_id = item_id
        self._loading = True
        try:
            self.top_lines.setPlainText(press.top_lines(self.session.book, item_id) if item_id >= 0 else "")
        finally:
            self._loading = False
        self.top_lines.setEnabled(item_id >= 0)
        self.add_button.setEnabled(item_id >= 0)
        self.refresh_questions()

    # -- questions -----------------------------------------------------------------------------
    def refresh_questions(self) -> None:
        keep = self.current_id()
        self.tree.clear()
        if self.item_id >= 0:
            for q in press.questions(self.session.book, self.item_id):
                answer = q.answer or (self.tr("(prompt: to be written)") if q.prompt else self.tr("(no answer yet)"))
                status = marking_label(q.record_status) if q.record_status else self.tr("(not chosen)")
                row = QTreeWidgetItem([q.question, answer, status])
                row.setData(0, ItemIdRole, q.id)
                row.setToolTip(0, plain_tooltip(q.question))
                row.setToolTip(1, plain_tooltip(q.answer))
                if q.prompt:
                    italic = QFont(row.font(0))
                    italic.setItalic(True)
                    for column in range(3):
                        row.setFont(column, italic)
                        row.setForeground(column, QBrush(PROMPT))
                elif q.marking == "do_not_raise":
                    row.setForeground(2, QBrush(DO_NOT_RAISE))
                self.tree.addTopLevelItem(row)
        if keep >= 0:
            self.select_question(keep)
        rows = top_level_items(self.tree)
        if self.tree.currentItem() is None and rows:
            self.tree.setCurrentItem(rows[0])  # the detail shows something at once
        self._current_changed()

    def current_id(self) -> int:
        current = self.tree.currentItem()
        value = current.data(0, ItemIdRole) if current is not None else None
        return value if isinstance(value, int) else -1

    def select_question(self, question_id: int) -> bool:
        for row in top_level_items(self.tree):
            if row.data(0, ItemIdRole) == question_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def show_question(self, question_id: int) -> None:
        """Select the question's agenda item, then the question (for search hits)."""
        self.select_item(press.question(self.session.book, question_id).agenda_item_id)
        self.select_question(question_id)

    def _current_changed(self) -> None:
        self._update_buttons()
        question_id = self.current_id()
        if question_id < 0:
            self.detail.show_fields([])
            return
        q = press.question(self.session.book, question_id)
        self.detail.show_fields(
            [(self.tr("Agreed answer"), q.answer or self.tr("(no answer yet)"))],
            inline=[(self.tr("Marking"), marking_label(q.record_status))],
            title=q.question,
        )

    def _update_buttons(self) -> None:
        has = self.current_id() >= 0
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has)

    # -- edits ---------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if not self._loading and self.item_id >= 0:
            self.autosave.schedule()

    def flush(self) -> None:
        """Save the top lines now if they were edited."""
        self.autosave.flush()

    def _save(self) -> None:
        if self.item_id >= 0 and not self.session.closed:
            press.set_top_lines(self.session.book, self.item_id, self.top_lines.toPlainText())

    def add_question(self) -> int:
        from briefingbook.ui.program_dialogs import QuestionDialog

        if self.item_id < 0:
            return -1
        dialog = QuestionDialog(None, self)
        if not dialog.exec():
            return -1
        values = dialog.values()
        q = self.edits.attempt(
            self.tr("Cannot add the question"),
            lambda: press.add_question(
                self.session.book, self.item_id, values["question_text"], values["answer"], values["marking"]
            ),
        )
        if q is None:
            return -1
        self.refresh_questions()
        self.select_question(q.id)
        return q.id

    def edit_current(self) -> None:
        from briefingbook.ui.program_dialogs import QuestionDialog

        question_id = self.current_id()
        if question_id < 0:
            return
        dialog = QuestionDialog(press.question(self.session.book, question_id), self)
        if dialog.exec():
            self.edits.attempt(
                self.tr("Cannot change the question"),
                lambda: press.update_question(self.session.book, question_id, **dialog.values()),
            )
            self.refresh_questions()
            self.select_question(question_id)

    def delete_current(self) -> None:
        question_id = self.current_id()
        if question_id < 0:
            return
        q = press.question(self.session.book, question_id)
        self.edits.delete(
            question_id,
            self.tr("Delete press question"),
            self.tr("Delete the question “{question}”?").format(question=q.question),
            lambda i: press.remove_question(self.session.book, i),
            self.tr("Cannot delete the question"),
        )

    def move_current(self, step: int) -> None:
        question_id = self.current_id()
        if question_id < 0:
            return
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        target = row + step
        if 0 <= target < self.tree.topLevelItemCount():
            self.edits.attempt(
                self.tr("Cannot move the question"), lambda: press.move_question(self.session.book, question_id, target)
            )
            self.refresh_questions()
            self.select_question(question_id)
