"""The summit-preparation checklist: countdown, progress, items by phase, filters, edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core.checklist import countdown_label, status, summarize
from briefingbook.core.model import ChecklistItem
from briefingbook.ui import read_only
from briefingbook.ui.i18n import long_date, short_date
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.nonnull import child_items, top_level_items
from briefingbook.ui.session import BookSession

ItemIdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#B00020")  # 6.9:1 on white
DUE_SOON = QColor("#8A5300")  # 5.9:1 on white


class ChecklistPane(QWidget):
    COLUMNS = ("title", "due", "owner", "status")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._filling = False

        self.header = QLabel()
        self.header.setObjectName("paneTitle")
        self.header.setAccessibleName(self.tr("Countdown to the summit"))
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checklist progress"))
        self.progress.setFormat(self.tr("%v of %m done"))

        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.owner_filter.currentIndexChanged.connect(self.refresh)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        read_only.view_only(self.owner_filter, self.status_filter)
        for label, value in (
            (self.tr("All items"), ""),
            (self.tr("Open"), "open"),
            (self.tr("Overdue"), "overdue"),
            (self.tr("Due soon"), "due_soon"),
            (self.tr("Done"), "done"),
            (self.tr("Not done"), "not_done"),
        ):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(self.refresh)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Checklist items by phase"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Due"), self.tr("Owner"), self.tr("Status")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setAccessibleName(self.tr("Add a checklist item"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected checklist item"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected checklist item"))
        self.delete_button.clicked.connect(self.delete_current)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner:")))
        filters.addWidget(self.owner_filter)
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            filters.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.progress)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)

        # Deferred: a change usually comes from a signal of one of the tree's own items, and
        # rebuilding the tree inside that signal would delete the item Qt is still handling.
        self.edits = ListEditor(self, self.refresh)
        self._refresh_pending = False
        self.refresh()

    # -- display -----------------------------------------------------------------------------
    def header_text(self, today: dt.date, counts: dict[str, int]) -> str:
        days = self.session.book.summit().days_until(today)
        if days > 1:
            when = self.tr("Summit in {n} days").format(n=days)
        elif days == 1:
            when = self.tr("Summit tomorrow")
        elif days == 0:
            when = self.tr("Summit today")
        elif days == -1:
            when = self.tr("Summit was yesterday")
        else:
            when = self.tr("Summit was {n} days ago").format(n=-days)
        done = self.tr("{done} of {total} done").format(done=counts["done"], total=counts["total"])
        overdue = self.tr(", %n overdue", "", counts["overdue"]) if counts["overdue"] else ""
        return f"{when} ({countdown_label(self.session.book.summit().date, today)}) — {done}{overdue}"

    def status_text(self, value: str) -> str:
        return {
            "done": self.tr("Done"),
            "overdue": self.tr("Overdue"),
            "due_soon": self.tr("Due soon"),
            "open": self.tr("Open"),
        }[value]

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if entities & {"checklist_items", "summit"}:
            self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def _update_header(self, items: list[ChecklistItem], today: dt.date) -> None:
        counts = summarize(items, today)
        self.header.setText(self.header_text(today, counts))
        self.progress.setRange(0, max(1, counts["total"]))
        self.progress.setValue(counts["done"])

    def refresh(self) -> None:
        self._refresh_pending = False
        if self._filling or self.session.closed:
            return
        today = self.session.today()
        items = self.session.book.checklist()
        self._update_header(items, today)

        self._filling = True
        try:
            owners = sorted({i.owner for i in items if i.owner})
            chosen = self.owner_filter.currentData()
            self.owner_filter.blockSignals(True)
            self.owner_filter.clear()
            self.owner_filter.addItem(self.tr("All owners"), "")
            for owner in owners:
                self.owner_filter.addItem(owner, owner)
            index = self.owner_filter.findData(chosen) if chosen else 0
            self.owner_filter.setCurrentIndex(max(0, index))
            self.owner_filter.blockSignals(False)

            keep = self.current_id()
            expanded = {phase.data(0, ItemIdRole): phase.isExpanded() for phase in top_level_items(self.tree)}
            self.tree.clear()
            phases: dict[str, QTreeWidgetItem] = {}
            for item in items:
                if not self._visible(item, today):
                    continue
                parent = phases.get(item.phase)
                if parent is None:
                    parent = QTreeWidgetItem([item.phase_title or item.phase])
                    parent.setData(0, ItemIdRole, item.phase)
                    parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    bold = QFont(parent.font(0))
                    bold.setBold(True)
                    parent.setFont(0, bold)
                    self.tree.addTopLevelItem(parent)
                    parent.setExpanded(expanded.get(item.phase, True))
                    parent.setFirstColumnSpanned(True)
                    phases[item.phase] = parent
                parent.addChild(self._row(item, today))
            for phase_id, parent in phases.items():
                phase_items = [i for i in items if i.phase == phase_id]
                done = sum(1 for i in phase_items if i.done)
                parent.setText(0, f"{phase_items[0].phase_title or phase_id}  ({done}/{len(phase_items)})")
            if keep >= 0:
                self.select_item(keep)
        finally:
            self._filling = False
        self._update_buttons()

    def _visible(self, item: ChecklistItem, today: dt.date) -> bool:
        owner = self.owner_filter.currentData()
        if owner and item.owner != owner:
            return False
        wanted = self.status_filter.currentData()
        if not wanted:
            return True
        state = status(item, today)
        if wanted == "not_done":
            return state != "done"
        return state == wanted

    def _row(self, item: ChecklistItem, today: dt.date) -> QTreeWidgetItem:
        state = status(item, today)
        row = QTreeWidgetItem(
            [item.title, short_date(item.due, self.session.ui_lang), item.owner, self.status_text(state)]
        )
        row.setData(0, ItemIdRole, item.id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.read_only:  # a read-only book shows "done" but cannot tick it
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row.setFlags(flags)
        row.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        if item.done and item.done_at:
            tip = self.tr("Done on {when}").format(
                when=long_date(dt.date.fromisoformat(item.done_at[:10]), self.session.ui_lang)
            )
        else:
            tip = self.tr("Due {when}").format(when=long_date(item.due, self.session.ui_lang))
        row.setToolTip(0, tip)
        row.setToolTip(3, tip)
        if state == "overdue":
            for col in range(4):
                row.setForeground(col, QBrush(OVERDUE))
        elif state == "due_soon":
            row.setForeground(3, QBrush(DUE_SOON))
        return row

    # -- selection and edits -----------------------------------------------------------------
    def current_id(self) -> int:
        current = self.tree.currentItem()
        value = current.data(0, ItemIdRole) if current is not None else None
        return value if isinstance(value, int) else -1

    def select_item(self, item_id: int) -> bool:
        for parent in top_level_items(self.tree):
            for child in child_items(parent):
                if child.data(0, ItemIdRole) == item_id:
                    parent.setExpanded(True)
                    self.tree.setCurrentItem(child)
                    self.tree.scrollToItem(child)
                    return True
        return False

    def find_row(self, item_id: int) -> QTreeWidgetItem | None:
        for parent in top_level_items(self.tree):
            for child in child_items(parent):
                if child.data(0, ItemIdRole) == item_id:
                    return child
        return None

    def _update_buttons(self) -> None:
        has = self.current_id() >= 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        item_id = row.data(0, ItemIdRole)
        if not isinstance(item_id, int):
            return
        done = row.checkState(0) == Qt.CheckState.Checked
        item = self.session.book.set_checklist_done(item_id, done)
        today = self.session.today()
        self._filling = True
        try:  # update this row in place; the full rebuild follows once Qt is done with the item
            row.setText(3, self.status_text(status(item, today)))
        finally:
            self._filling = False
        self._update_header(self.session.book.checklist(), today)

    def add_item(self) -> None:
        from briefingbook.ui.dialogs import ChecklistItemDialog

        dialog = ChecklistItemDialog(self.session, None, self)
        if dialog.exec():
            values = dialog.values()
            item = self.edits.attempt(
                self.tr("Cannot add the checklist item"),
                lambda: self.session.book.add_checklist_item(
                    values["title"], values["offset_days"], values["phase"], values["phase_title"], values["owner"]
                ),
            )
            if item is not None:
                self.refresh()
                self.select_item(item.id)

    def edit_current(self) -> None:
        from briefingbook.ui.dialogs import ChecklistItemDialog

        item_id = self.current_id()
        if item_id < 0:
            return
        dialog = ChecklistItemDialog(self.session, self.session.book.checklist_item(item_id), self)
        if dialog.exec():
            self.edits.attempt(
                self.tr("Cannot change the checklist item"),
                lambda: self.session.book.update_checklist_item(item_id, **dialog.values()),
            )
            self.refresh()
            self.select_item(item_id)

    def delete_current(self) -> None:
        item_id = self.current_id()
        if item_id < 0:
            return
        item = self.session.book.checklist_item(item_id)
        self.edits.delete(
            item_id,
            self.tr("Delete checklist item"),
            self.tr("Delete “{title}”?").format(title=item.title),
            self.session.book.remove_checklist_item,
            self.tr("Cannot delete the checklist item"),
        )
