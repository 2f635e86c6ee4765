"""People: the delegation and the counterparts, in the user's order, with a detail form saved as
you type and an optional photo imported from a file (stored in the book, never fetched)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import people as people_mod
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.program_dialogs import side_label
from briefingbook.ui.session import BookSession

ItemIdRole = Qt.ItemDataRole.UserRole + 1
PHOTO_SIZE = 140


class PeoplePane(QWidget):
    LINE_FIELDS = ("name", "title", "organisation", "role", "pronunciation")
    TEXT_FIELDS = ("bio", "talking_notes")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = -1
        self._loading = False
        self.autosave = Autosave(self, self._save)
        self.edits = ListEditor(self, self.reload)

        title = QLabel(self.tr("People"))
        title.setObjectName("paneTitle")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People at the summit"))
        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add a person"))
        self.add_button.clicked.connect(lambda: self.add_person())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected person"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected person up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected person down"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        names = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "organisation": self.tr("Organisation"),
            "role": self.tr("Role at the summit"),
            "pronunciation": self.tr("Pronunciation note"),
            "bio": self.tr("Short biography"),
            "talking_notes": self.tr("Talking notes"),
        }
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for name in self.LINE_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(names[name])
            edit.textEdited.connect(self._schedule_save)
            edit.editingFinished.connect(self.flush)
            self.fields[name] = edit
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        for value in people_mod.SIDES:
            self.side.addItem(side_label(value), value)
        self.side.activated.connect(lambda _i: self.flush(force=True))
        for name in self.TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setAccessibleName(names[name])
            edit.textChanged.connect(self._schedule_save)
            self.fields[name] = edit
        for name in ("name", "title", "organisation"):
            form.addRow(names[name], self.fields[name])
        form.addRow(self.tr("Side"), self.side)
        for name in ("role", "pronunciation", "bio", "talking_notes"):
            form.addRow(names[name], self.fields[name])

        self.photo = QLabel()
        self.photo.setAccessibleName(self.tr("Photo"))
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #B8C4D2;")
        self.photo_button = QPushButton(self.tr("Import photo…"))
        self.photo_button.setAccessibleName(self.tr("Import a photo from a PNG or JPEG file"))
        self.photo_button.clicked.connect(self.import_photo_dialog)
        self.clear_photo_button = QPushButton(self.tr("Remove photo"))
        self.clear_photo_button.setAccessibleName(self.tr("Remove the photo"))
        self.clear_photo_button.clicked.connect(self.clear_photo)
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo)
        photo_box.addWidget(self.photo_button)
        photo_box.addWidget(self.clear_photo_button)
        photo_box.addStretch(1)

        self.detail = QWidget()
        detail_layout = QHBoxLayout(self.detail)
        detail_layout.addLayout(form, 1)
        detail_layout.addLayout(photo_box)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([380, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        session.changed.connect(self._changed)
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def _changed(self, entities: frozenset[str]) -> None:
        if "people" in entities and not self.autosave.saving:
            self.reload()

    def reload(self) -> None:
        if self.session.closed:
            return
        self.flush()
        keep = self.person_id
        self.list.blockSignals(True)
        self.list.clear()
        for person in people_mod.people(self.session.book):
            row = QListWidgetItem(f"{person.label()} ({side_label(person.side)})")
            row.setData(ItemIdRole, person.id)
            self.list.addItem(row)
        self.list.blockSignals(False)
        if not self.select_person(keep) and self.list.count():
            self.list.setCurrentRow(0)
        elif not self.list.count():
            self._show(-1)

    def current_id(self) -> int:
        row = self.list.currentItem()
        return row.data(ItemIdRole) if row is not None else -1

    def select_person(self, person_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ItemIdRole) == person_id:
                self.list.setCurrentRow(i)
                self._show(person_id)
                return True
        return False

    def _current_changed(self, current, _previous) -> None:
        self.flush()
        self._show(current.data(ItemIdRole) if current is not None else -1)

    def _show(self, person_id: int) -> None:
        self._loading = True
        try:
            self.person_id = person_id
            person = people_mod.person(self.session.book, person_id) if person_id >= 0 else None
            for name, edit in self.fields.items():
                value = getattr(person, name) if person else ""
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
            self.side.setCurrentIndex(people_mod.SIDES.index(person.side) if person else 0)
            self._show_photo()
            for widget in (self.detail, self.delete_button, self.up_button, self.down_button):
                widget.setEnabled(person is not None)
        finally:
            self._loading = False

    def _show_photo(self) -> None:
        stored = people_mod.photo(self.session.book, self.person_id) if self.person_id >= 0 else None
        if stored is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
            self.clear_photo_button.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(stored[0])
        self.photo.setPixmap(
            pixmap.scaled(
                PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.clear_photo_button.setEnabled(True)

    # -- edits -------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if not self._loading and self.person_id >= 0:
            self.autosave.schedule()

    def values(self) -> dict:
        values = {
            name: (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
            for name, edit in self.fields.items()
        }
        values["side"] = self.side.currentData()
        return values

    def flush(self, force: bool = False) -> None:
        """Save the form now (the autosave's job), if it was edited."""
        if force:
            self.autosave.save_now()
        else:
            self.autosave.flush()

    def _save(self) -> None:
        if self.person_id < 0 or self.session.closed:
            return
        values = self.values()
        if not values["name"]:
            values.pop("name")  # a person keeps their name until a new one is typed
        try:
            person = people_mod.update_person(self.session.book, self.person_id, **values)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the person"), str(exc))
            return
        row = self.list.currentItem()
        if row is not None and row.data(ItemIdRole) == person.id:
            row.setText(f"{person.label()} ({side_label(person.side)})")

    def add_person(self, name: str | None = None) -> int:
        self.flush()
        person = self.edits.attempt(
            self.tr("Cannot add the person"),
            lambda: people_mod.add_person(self.session.book, name=name or self.tr("New person")),
        )
        if person is None:
            return -1
        self.reload()
        self.select_person(person.id)
        self.fields["name"].setFocus()
        self.fields["name"].selectAll()
        return person.id

    def delete_current(self) -> None:
        person_id = self.current_id()
        if person_id < 0:
            return
        self.flush()
        person = people_mod.person(self.session.book, person_id)
        row = self.list.currentRow()
        if self.edits.delete(
            person_id,
            self.tr("Delete person"),
            self.tr("Delete “{name}”? They are also removed from the program's events.").format(name=person.name),
            lambda i: people_mod.remove_person(self.session.book, i),
            self.tr("Cannot delete the person"),
        ):
            if self.list.count():
                self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, step: int) -> None:
        person_id = self.current_id()
        if person_id < 0:
            return
        self.flush()
        target = self.list.currentRow() + step
        if 0 <= target < self.list.count():
            self.edits.attempt(
                self.tr("Cannot move the person"), lambda: people_mod.move_person(self.session.book, person_id, target)
            )
            self.reload()
            self.select_person(person_id)

    def import_photo_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import photo"), str(self.session.path.parent), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.import_photo(path)

    def import_photo(self, path: str) -> bool:
        if self.person_id < 0:
            return False
        try:
            people_mod.import_photo(self.session.book, self.person_id, path)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot import the photo"), str(exc))
            return False
        self._show_photo()
        return True

    def clear_photo(self) -> None:
        if self.person_id >= 0:
            people_mod.clear_photo(self.session.book, self.person_id)
            self._show_photo()
