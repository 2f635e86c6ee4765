"""People: the delegation and the counterparts, grouped by side in the user's order, with a
detail form saved as you type (name, title, organisation, role, short biography, last met,
pronunciation), an optional photo imported from a file (stored in the book, never fetched), and
the person's events: the program events and meeting memos they are in.

A person whose name is not known yet is flagged "to be confirmed" rather than listed under a
placeholder name: the book stores such a person under their title followed by the marker the
core recognises (``readiness.UNNAMED_MARKERS``, as the demo book does), and the pane shows the
flag and an empty name field instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import people as people_mod
from briefingbook.core import principal, program, readiness
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui import file_dialogs, i18n
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.nonnull import child_items, top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.program_dialogs import TBC_COLOR, event_text, side_label
from briefingbook.ui.session import BookSession
from briefingbook.ui.wrapping import wrap_rows

ItemIdRole = Qt.ItemDataRole.UserRole + 1
PHOTO_SIZE = 140
FLAG = QColor(TBC_COLOR)  # "to be confirmed": dark amber, 6.6:1 on white


def placeholder_name(title: str, lang: str) -> str:
    """The stored name of a person whose name is to be confirmed: their title (or role) and the
    marker of the book's language (readiness.UNNAMED_MARKERS holds the English one, then the
    Spanish one)."""
    marker = readiness.UNNAMED_MARKERS[1 if lang == "es" else 0]
    return f"{title} {marker}".strip()


class PeoplePane(QWidget):
    LINE_FIELDS = ("name", "title", "organisation", "role", "last_met", "pronunciation")
    eventActivated = Signal(int)  # a program event to show (double-click in the person's events)
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
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("People at the summit, by side"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Title and organisation")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        wrap_rows(self.tree)  # a long title and organisation wraps instead of ending in "…"
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
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
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)

        names = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "organisation": self.tr("Organisation"),
            "role": self.tr("Role at the summit"),
            "pronunciation": self.tr("Pronunciation note"),
            "last_met": self.tr("Last met"),
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
        self.fields["name"].setPlaceholderText(self.tr("Name to be confirmed"))
        self.fields["last_met"].setPlaceholderText(self.tr("When and where the principal last met them"))
        self.tbc = QCheckBox(self.tr("Name to be confirmed"))
        self.tbc.setAccessibleName(self.tr("The person's name is to be confirmed"))
        self.tbc.clicked.connect(self._tbc_clicked)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        for value in people_mod.SIDES:
            self.side.addItem(side_label(value), value)
        self.side.activated.connect(lambda _i: self.flush(force=True))
        for name in self.TEXT_FIELDS:
            text_edit = QPlainTextEdit()
            text_edit.setAccessibleName(names[name])
            text_edit.textChanged.connect(self._schedule_save)
            self.fields[name] = text_edit
        name_row = QHBoxLayout()
        name_row.addWidget(self.fields["name"], 1)
        name_row.addWidget(self.tbc)
        form.addRow(names["name"], name_row)
        for name in ("title", "organisation"):
            form.addRow(names[name], self.fields[name])
        form.addRow(self.tr("Side"), self.side)
        for name in ("role", "last_met", "pronunciation", "bio", "talking_notes"):
            form.addRow(names[name], self.fields[name])
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("The person's events: program events and meeting memos"))
        self.events.setWordWrap(True)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events.setMinimumHeight(90)
        self.events.setMaximumHeight(150)
        self.events.itemActivated.connect(self._event_activated)
        form.addRow(self.tr("Events"), self.events)

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
        self.splitter.setSizes([540, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.reload()

    # -- list --------------------------------------------------------------------------------
    EVENT_ENTITIES = frozenset({"program_events", "program_event_people", "meeting_memos", "meeting_memo_people"})

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if "people" in entities and not self.autosave.saving:
            self.reload()
        elif entities & self.EVENT_ENTITIES and not self.session.closed:
            self._show_events()

    def reload(self) -> None:
        if self.session.closed:
            return
        self.flush()
        keep = self.person_id
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        everyone = people_mod.people(self.session.book)
        for side in people_mod.SIDES:  # U.S., then Mexico, then anyone else
            members = [p for p in everyone if p.side == side]
            if not members:
                continue
            group = QTreeWidgetItem([f"{side_label(side)} ({len(members)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            bold = QFont(group.font(0))
            bold.setBold(True)
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
            groups[side] = group
            for person in members:
                row = QTreeWidgetItem()
                row.setData(0, ItemIdRole, person.id)
                self._fill_row(row, person)
                group.addChild(row)
        self.tree.blockSignals(False)
        if not self.select_person(keep):
            rows = self.rows()
            if rows:
                self.tree.setCurrentItem(rows[0])
            else:
                self._show(-1)

    def _fill_row(self, row: QTreeWidgetItem, person: people_mod.Person) -> None:
        """One format for everyone: the full name (or the "to be confirmed" flag), then title and
        organisation."""
        position = ", ".join(x for x in (person.title, person.organisation) if x)
        if readiness.unnamed(person.name):
            row.setText(0, self.tr("Name to be confirmed"))
            font = QFont(row.font(0))
            font.setItalic(True)
            row.setFont(0, font)
            row.setForeground(0, QBrush(FLAG))
            row.setText(1, position or person.role)
        else:
            row.setText(0, person.name)
            row.setFont(0, QFont(row.font(1)))
            row.setForeground(0, row.foreground(1))
            row.setText(1, position)
        row.setData(1, ItemIdRole, person.side)
        row.setToolTip(0, plain_tooltip(person.name))
        row.setToolTip(1, plain_tooltip(row.text(1)))

    def rows(self) -> list[QTreeWidgetItem]:
        """Every person's row, side by side, in the list's order."""
        out = []
        for group in top_level_items(self.tree):
            out += child_items(group)
        return out

    def row_texts(self) -> list[str]:
        return [f"{row.text(0)} · {row.text(1)}" for row in self.rows()]

    def current_id(self) -> int:
        row = self.tree.currentItem()
        value = row.data(0, ItemIdRole) if row is not None else None
        return value if isinstance(value, int) else -1

    def select_person(self, person_id: int) -> bool:
        for row in self.rows():
            if row.data(0, ItemIdRole) == person_id:
                self.tree.setCurrentItem(row)
                self._show(person_id)
                return True
        return False

    def _current_changed(self, current, _previous) -> None:
        self.flush()
        value = current.data(0, ItemIdRole) if current is not None else None
        self._show(value if isinstance(value, int) else -1)

    def _show(self, person_id: int) -> None:
        self._loading = True
        try:
            self.person_id = person_id
            person = people_mod.person(self.session.book, person_id) if person_id >= 0 else None
            unnamed = person is not None and readiness.unnamed(person.name)
            for name, edit in self.fields.items():
                value = getattr(person, name) if person else ""
                if name == "name" and unnamed:
                    value = ""  # a flag, not a name: the field waits for the real one
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
            self.tbc.setChecked(unnamed)
            self.side.setCurrentIndex(people_mod.SIDES.index(person.side) if person else 0)
            self._show_photo()
            self._show_events()
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

    def _show_events(self) -> None:
        """The program events the person takes part in and the meeting memos they are in."""
        self.events.clear()
        if self.person_id < 0:
            return
        book = self.session.book
        memos = {m.event_id: m for m in principal.memos(book)}
        for event in program.events(book):
            memo = memos.get(event.id)
            in_memo = memo is not None and any(p.person_id == self.person_id for p in memo.participants)
            if self.person_id not in event.participants and not in_memo:
                continue
            text = f"{i18n.short_date(event.day, self.session.ui_lang)} {event.start_time:%H:%M} · {event_text(event)}"
            if in_memo and memo is not None:
                role = next(p.role for p in memo.participants if p.person_id == self.person_id)
                text += " · " + (
                    self.tr("in the meeting memo as {role}").format(role=role)
                    if role
                    else self.tr("in the meeting memo")
                )
            row = QListWidgetItem(text)
            row.setData(ItemIdRole, event.id)
            row.setToolTip(plain_tooltip(text))
            self.events.addItem(row)
        if not self.events.count():
            row = QListWidgetItem(self.tr("Not in any program event yet"))
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.events.addItem(row)

    def _event_activated(self, row: QListWidgetItem) -> None:
        event_id = row.data(ItemIdRole)
        if isinstance(event_id, int):
            self.eventActivated.emit(event_id)

    # -- edits -------------------------------------------------------------------------------
    def _tbc_clicked(self, checked: bool) -> None:
        """Checked: the person's name becomes the "to be confirmed" flag (the book keeps their
        title with the marker). Unchecked: type the name (the flag stays until there is one)."""
        if self.person_id < 0:
            return
        self.flush()
        person = people_mod.person(self.session.book, self.person_id)
        if checked and not readiness.unnamed(person.name):
            title = person.title or person.role or side_label(person.side)
            if self.edits.attempt(
                self.tr("Cannot save the person"),
                lambda: people_mod.update_person(
                    self.session.book, self.person_id, name=placeholder_name(title, self.session.lang)
                ),
            ):
                self.reload()
        elif not checked and readiness.unnamed(person.name):
            self.tbc.setChecked(True)
            self.fields["name"].setFocus()

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
            current = people_mod.person(self.session.book, self.person_id)
            if readiness.unnamed(current.name):
                # The flag's stored placeholder follows the title (or role) as it is edited.
                title = values["title"] or values["role"] or side_label(values["side"])
                values["name"] = placeholder_name(title, self.session.lang)
            else:
                values.pop("name")  # a person keeps their name until a new one is typed
        try:
            person = people_mod.update_person(self.session.book, self.person_id, **values)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the person"), str(exc))
            return
        row = self.tree.currentItem()
        if row is not None and row.data(0, ItemIdRole) == person.id:
            if row.data(1, ItemIdRole) != person.side:
                self.reload()  # another side: the person moves to that side's group
            else:
                self._fill_row(row, person)
        self._loading = True
        self.tbc.setChecked(readiness.unnamed(person.name))
        self._loading = False

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
        ids = [r.data(0, ItemIdRole) for r in self.rows()]
        row = ids.index(person_id) if person_id in ids else 0
        if self.edits.delete(
            person_id,
            self.tr("Delete person"),
            self.tr("Delete “{name}”? They are also removed from the program's events.").format(name=person.name),
            lambda i: people_mod.remove_person(self.session.book, i),
            self.tr("Cannot delete the person"),
        ):
            rows = self.rows()
            if rows:
                self.tree.setCurrentItem(rows[min(row, len(rows) - 1)])

    def move_current(self, step: int) -> None:
        person_id = self.current_id()
        if person_id < 0:
            return
        self.flush()
        # Up and Down move a person within their side's group, past the neighbour shown there.
        everyone = people_mod.people(self.session.book)
        order = [p.id for p in everyone]
        side = next(p.side for p in everyone if p.id == person_id)
        group = [p.id for p in everyone if p.side == side]
        index = group.index(person_id) + step
        if 0 <= index < len(group):
            target = order.index(group[index])
            self.edits.attempt(
                self.tr("Cannot move the person"), lambda: people_mod.move_person(self.session.book, person_id, target)
            )
            self.reload()
            self.select_person(person_id)

    def import_photo_dialog(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
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
