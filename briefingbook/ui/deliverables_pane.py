"""Deliverables: the agreements and joint statements the summit aims for, with status and owner,
linked to agenda items and recommendations; suggestions from the study group say so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import deliverables as deliverables_mod
from briefingbook.ui.detail_panel import DetailPanel
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.nonnull import top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.program_dialogs import deliverable_kind_label, deliverable_status_label
from briefingbook.ui.session import BookSession
from briefingbook.ui.wrapping import wrap_rows

ItemIdRole = Qt.ItemDataRole.UserRole + 1


class DeliverablesPane(QWidget):
    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("Deliverables"))
        title.setObjectName("paneTitle")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Deliverables of the summit"))
        self.tree.setHeaderLabels(
            [self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("Owner"), self.tr("Linked to")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        wrap_rows(self.tree)  # full titles and links, rows as tall as their text
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.detail = DetailPanel(
            self.tr("The selected deliverable in full"), self.tr("Select a deliverable to read it here in full.")
        )

        self.add_button = QPushButton(self.tr("Add deliverable"))
        self.add_button.setAccessibleName(self.tr("Add a deliverable"))
        self.add_button.clicked.connect(self.add_deliverable)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected deliverable"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected deliverable"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected deliverable up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected deliverable down"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        # The list above, the selected deliverable in full below (its notes and who suggested it
        # are shown nowhere else); the user can move the line between them.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("deliverablesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([360, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.edits = ListEditor(self, self.refresh)
        self.refresh()

    ENTITIES = frozenset(
        {"deliverables", "deliverable_agenda", "deliverable_recommendations", "agenda_items", "summit"}
    )

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if entities & self.ENTITIES:
            self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        book, lang = self.session.book, self.session.ref_lang
        agenda = {item.id: item.title for item in book.agenda()}
        recs = {rec.id: rec.title(lang) for rec in self.session.reference.recommendations()}
        keep = self.current_id()
        self.tree.clear()
        for d in deliverables_mod.deliverables(book):
            linked = [agenda[a] for a in d.agenda_items if a in agenda] + [recs.get(r, r) for r in d.recommendations]
            row = QTreeWidgetItem(
                [
                    d.title,
                    deliverable_kind_label(d.kind),
                    deliverable_status_label(d.status),
                    d.owner,
                    "; ".join(linked),
                ]
            )
            row.setData(0, ItemIdRole, d.id)
            row.setToolTip(0, plain_tooltip("\n".join(x for x in (d.notes, d.suggested_by) if x)))
            self.tree.addTopLevelItem(row)
        if keep >= 0:
            self.select_deliverable(keep)
        rows = top_level_items(self.tree)
        if self.tree.currentItem() is None and rows:
            self.tree.setCurrentItem(rows[0])  # the detail shows something at once
        self._current_changed()

    def current_id(self) -> int:
        current = self.tree.currentItem()
        value = current.data(0, ItemIdRole) if current is not None else None
        return value if isinstance(value, int) else -1

    def select_deliverable(self, deliverable_id: int) -> bool:
        for row in top_level_items(self.tree):
            if row.data(0, ItemIdRole) == deliverable_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _current_changed(self) -> None:
        self._update_buttons()
        deliverable_id = self.current_id()
        if deliverable_id < 0:
            self.detail.show_fields([])
            return
        book, lang = self.session.book, self.session.ref_lang
        d = deliverables_mod.deliverable(book, deliverable_id)
        agenda = {item.id: item.title for item in book.agenda()}
        recs = {rec.id: rec.title(lang) for rec in self.session.reference.recommendations()}
        self.detail.show_fields(
            [
                (self.tr("Agenda items"), "\n".join(agenda[a] for a in d.agenda_items if a in agenda)),
                (self.tr("Recommendations"), "\n".join(recs.get(r, r) for r in d.recommendations)),
                (self.tr("Notes"), d.notes),
                (self.tr("Suggested by"), d.suggested_by if d.suggested_by != d.notes else ""),
            ],
            inline=[
                (self.tr("Kind"), deliverable_kind_label(d.kind)),
                (self.tr("Status"), deliverable_status_label(d.status)),
                (self.tr("Owner"), d.owner),
            ],
            title=d.title,
        )

    def _update_buttons(self) -> None:
        has = self.current_id() >= 0
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has)

    def add_deliverable(self) -> int:
        from briefingbook.ui.program_dialogs import DeliverableDialog

        dialog = DeliverableDialog(self.session, None, self)
        if not dialog.exec():
            return -1
        d = self.edits.attempt(
            self.tr("Cannot add the deliverable"),
            lambda: deliverables_mod.add_deliverable(self.session.book, **dialog.values()),
        )
        if d is None:
            return -1
        self.refresh()
        self.select_deliverable(d.id)
        return d.id

    def edit_current(self) -> None:
        from briefingbook.ui.program_dialogs import DeliverableDialog

        deliverable_id = self.current_id()
        if deliverable_id < 0:
            return
        dialog = DeliverableDialog(self.session, deliverables_mod.deliverable(self.session.book, deliverable_id), self)
        if dialog.exec():
            self.edits.attempt(
                self.tr("Cannot change the deliverable"),
                lambda: deliverables_mod.update_deliverable(self.session.book, deliverable_id, **dialog.values()),
            )
            self.refresh()
            self.select_deliverable(deliverable_id)

    def delete_current(self) -> None:
        deliverable_id = self.current_id()
        if deliverable_id < 0:
            return
        d = deliverables_mod.deliverable(self.session.book, deliverable_id)
        self.edits.delete(
            deliverable_id,
            self.tr("Delete deliverable"),
            self.tr("Delete the deliverable “{title}”?").format(title=d.title),
            lambda i: deliverables_mod.remove_deliverable(self.session.book, i),
            self.tr("Cannot delete the deliverable"),
        )

    def move_current(self, step: int) -> None:
        deliverable_id = self.current_id()
        if deliverable_id < 0:
            return
        target = self.tree.indexOfTopLevelItem(self.tree.currentItem()) + step
        if 0 <= target < self.tree.topLevelItemCount():
            self.edits.attempt(
                self.tr("Cannot move the deliverable"),
                lambda: deliverables_mod.move_deliverable(self.session.book, deliverable_id, target),
            )
            self.refresh()
            self.select_deliverable(deliverable_id)
