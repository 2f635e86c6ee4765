"""The Program pane's editors for one event (issue 21): its meeting memo (an event of a meeting
kind) and its scenario (any event). Both edit the book as the user works, like the panes: each
change is its own transaction, texts are saved half a second after typing stops, and Close
keeps everything. The memo links agenda items and deliverables (the points to make and press
line shown come from the brief, never copied); a scenario's steps are kept as minutes from the
event's start, so they move with the event."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import deliverables as deliverables_mod
from briefingbook.core import people as people_mod
from briefingbook.core import principal, program
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui import dialogs
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.dialogs import fit_to_content
from briefingbook.ui.i18n import long_date
from briefingbook.ui.nonnull import nonnull, top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.program_dialogs import TBC_COLOR, deliverable_status_label, event_text, person_name, side_label
from briefingbook.ui.session import BookSession

IdRole = Qt.ItemDataRole.UserRole + 1


def event_heading(session: BookSession, event: program.ProgramEvent) -> str:
    """ "Kind: title — day, 11:00–12:30 Mexico City time, place" for a dialog's first line."""
    summit_zone, _home = program.zones(session.book)
    span = program.time_span(event.start(summit_zone), event.end(summit_zone))
    when = f"{long_date(event.day, session.ui_lang)}, {program.city_time(span, summit_zone, session.ui_lang)}"
    return " — ".join(x for x in (event_text(event), when, event.place) if x)


def size_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open ``dialog`` at ``width`` × ``height``, or the screen's free area when that is smaller."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    size = QSize(width, height)
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 48))
    dialog.resize(size)


def _heading_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class OrderedLinks(QGroupBox):
    """An ordered list of linked rows (people, agenda items, deliverables) with a chooser to add
    one, and Remove / Up / Down. ``on_change(ids)`` stores the new order; the owner redraws."""

    def __init__(self, title: str, what: str, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.what = what
        self.on_change = lambda ids: None
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(columns)
        rows = self.table.verticalHeader()
        rows.setVisible(True)  # the row numbers are the order
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Choose one to add: {what}").format(what=what))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(18)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the chosen one: {what}").format(what=what))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected row: {what}").format(what=what))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected row up: {what}").format(what=what))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected row down: {what}").format(what=what))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.chooser, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def fill(self, rows: list[tuple[int, list[str], str]], choices: list[tuple[int, str]]) -> None:
        """``rows``: (id, cell texts, tooltip) in order; ``choices``: what can be added."""
        keep = self.current_id()
        self.table.setRowCount(len(rows))
        for r, (ident, cells, tooltip) in enumerate(rows):
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(IdRole, ident)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if tooltip:
                    cell.setToolTip(plain_tooltip(tooltip, 1200))
                self.table.setItem(r, c, cell)
        self.chooser.clear()
        chosen = {ident for ident, _cells, _tip in rows}
        for ident, label in choices:
            if ident not in chosen:
                self.chooser.addItem(label, ident)
        self.chooser.setEnabled(self.chooser.count() > 0)
        self.add_button.setEnabled(self.chooser.count() > 0)
        self.select(keep)

    def ids(self) -> list[int]:
        return [self.cell(r).data(IdRole) for r in range(self.table.rowCount())]

    def cell(self, row: int) -> QTableWidgetItem:
        """The first cell of a row in range (``fill`` sets every cell)."""
        return nonnull(self.table.item(row, 0), "table cell")

    def current_id(self) -> int:
        row = self.table.currentRow()
        return self.cell(row).data(IdRole) if 0 <= row < self.table.rowCount() else -1

    def select(self, ident: int) -> None:
        ids = self.ids()
        if ident in ids:
            self.table.selectRow(ids.index(ident))

    def add_chosen(self) -> None:
        ident = self.chooser.currentData()
        if ident is not None:
            self.on_change([*self.ids(), ident])
            self.select(ident)

    def remove_current(self) -> None:
        ident = self.current_id()
        if ident >= 0:
            self.on_change([i for i in self.ids() if i != ident])

    def move_current(self, step: int) -> None:
        ids, ident = self.ids(), self.current_id()
        if ident < 0:
            return
        index = ids.index(ident)
        target = index + step
        if 0 <= target < len(ids):
            ids.insert(target, ids.pop(index))
            self.on_change(ids)
            self.select(ident)


class MemoDialog(QDialog):
    """The meeting memo of one meeting, edited in place (no OK: each change is saved)."""

    TEXTS = ("objectives", "they_raise", "notes")

    def __init__(self, session: BookSession, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.event_id = event_id
        book = session.book
        event = program.event(book, event_id)
        self.setWindowTitle(self.tr("Meeting memo: {title}").format(title=event.title))
        self._loading = False
        self._dirty: set[str] = set()
        self.autosave = Autosave(self, self._save_texts)

        self.heading = _heading_label(event_heading(session, event))
        note = QLabel(
            self.tr(
                "Saved as you work. The agenda items' points to make and press lines come from their briefs: "
                "edit them in the brief, and the memo follows."
            )
        )
        note.setWordWrap(True)

        self.participants = OrderedLinks(
            self.tr("Participants, in order"),
            self.tr("participant"),
            [self.tr("Name"), self.tr("Side"), self.tr("Role in this meeting")],
        )
        self.participants.on_change = self._set_participants
        self._role_person = -1  # whose role the role field shows (-1: nobody's)
        self.participants.table.itemSelectionChanged.connect(self._show_role)
        self.participants.table.currentCellChanged.connect(lambda *_: self._show_role())
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Role of the selected participant in this meeting"))
        self.role.setPlaceholderText(self.tr("Role of the selected participant in this meeting"))
        self.role.editingFinished.connect(self._set_role)
        nonnull(self.participants.layout(), "participants box layout").addWidget(self.role)

        self.agenda = OrderedLinks(
            self.tr("Agenda items to raise, in order"), self.tr("agenda item"), [self.tr("Agenda item")]
        )
        self.agenda.on_change = lambda ids: self._apply(principal.set_memo_agenda, ids)
        self.agenda.table.itemSelectionChanged.connect(self._show_points)
        self.points = QLabel()
        self.points.setTextFormat(Qt.TextFormat.PlainText)
        self.points.setWordWrap(True)
        self.points.setAccessibleName(self.tr("From the brief: points to make and press line"))
        self.points.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.points.setStyleSheet("background: #F3F6FA; padding: 4px;")
        nonnull(self.agenda.layout(), "agenda box layout").addWidget(self.points)

        self.deliverables = OrderedLinks(
            self.tr("Deliverables to announce, in order"),
            self.tr("deliverable"),
            [self.tr("Deliverable"), self.tr("Status")],
        )
        self.deliverables.on_change = lambda ids: self._apply(principal.set_memo_deliverables, ids)

        names = {
            "objectives": self.tr("Our objectives for this meeting"),
            "they_raise": self.tr("What they will raise"),
            "notes": self.tr("Notes"),
        }
        self.texts: dict[str, QPlainTextEdit] = {}
        texts_box = QWidget()
        texts_layout = QVBoxLayout(texts_box)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        for name in self.TEXTS:
            edit = QPlainTextEdit()
            edit.setAccessibleName(names[name])
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(lambda n=name: self._edited(n))
            texts_layout.addWidget(QLabel(names[name]))
            texts_layout.addWidget(edit, 1)
            self.texts[name] = edit

        self.remove_button = QPushButton(self.tr("Remove memo"))
        self.remove_button.setAccessibleName(self.tr("Remove this meeting's memo"))
        self.remove_button.clicked.connect(self.remove_memo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)

        grid = QGridLayout()
        grid.addWidget(self.participants, 0, 0)
        grid.addWidget(self.agenda, 1, 0)
        grid.addWidget(self.deliverables, 2, 0)
        grid.addWidget(texts_box, 0, 1, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, stretch in enumerate((3, 3, 2)):
            grid.setRowStretch(row, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(note)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.reload()
        size_within_screen(self, 1200, 680)

    # -- display -----------------------------------------------------------------------------
    def memo(self) -> principal.MeetingMemo | None:
        return principal.memo(self.session.book, self.event_id)

    def reload(self) -> None:
        memo = self.memo()
        if memo is None:
            return
        book = self.session.book
        everyone = people_mod.people(book)
        shown = {p.person_id: person_name(p.name, p.title) for p in memo.participants}
        self.participants.fill(
            [
                (
                    p.person_id,
                    [shown[p.person_id][0], side_label(p.side), p.role],
                    "\n".join(x for x in (shown[p.person_id][0], p.title) if x),
                )
                for p in memo.participants
            ],
            [(p.id, f"{person_name(p.name, p.title)[0]} — {side_label(p.side)}") for p in everyone],
        )
        # A name to be confirmed is a flag, not a name: italic and amber, as in People.
        for row, p in enumerate(memo.participants):
            if shown[p.person_id][1]:
                cell = self.participants.cell(row)
                font = cell.font()
                font.setItalic(True)
                cell.setFont(font)
                cell.setForeground(QBrush(QColor(TBC_COLOR)))
        self.agenda.fill(
            [(a.agenda_item_id, [a.title], self._points_text(a)) for a in memo.agenda],
            [(i.id, i.title) for i in book.agenda()],
        )
        self.deliverables.fill(
            [(d.deliverable_id, [d.title, deliverable_status_label(d.status)], "") for d in memo.deliverables],
            [(d.id, d.title) for d in deliverables_mod.deliverables(book)],
        )
        self._loading = True
        try:
            for name, edit in self.texts.items():
                value = getattr(memo, name)
                if edit.toPlainText() != value and name not in self._dirty:
                    edit.setPlainText(value)
        finally:
            self._loading = False
        self._show_role()
        self._show_points()

    def _points_text(self, item: principal.MemoAgendaItem) -> str:
        return self.tr("From the brief of “{title}”:\nPoints to make:\n{points}\nPress line:\n{press}").format(
            title=item.title,
            points=item.talking_points.strip() or self.tr("(not written yet)"),
            press=item.press_line.strip() or self.tr("(not written yet)"),
        )

    def _show_points(self) -> None:
        if self.session.closed:
            return
        memo = self.memo()
        ident = self.agenda.current_id()
        item = next((a for a in memo.agenda if a.agenda_item_id == ident), None) if memo else None
        if item is None:
            self.points.setText(
                self.tr("Select an agenda item to see its points to make and press line from the brief.")
            )
        else:
            self.points.setText(self._points_text(item))

    def _show_role(self) -> None:
        if self.session.closed:  # the window closing its book takes the table down with it
            return
        memo = self.memo()
        ident = self.participants.current_id()
        person = next((p for p in memo.participants if p.person_id == ident), None) if memo else None
        self._role_person = person.person_id if person else -1
        self.role.setEnabled(person is not None)
        self.role.setText(person.role if person else "")

    # -- edits -------------------------------------------------------------------------------
    def _attempt(self, operation) -> bool:
        try:
            operation()
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the meeting memo"), str(exc))
            self.reload()
            return False
        self.reload()
        return True

    def _apply(self, setter, ids: list[int]) -> None:
        self._attempt(lambda: setter(self.session.book, self.event_id, ids))

    def _set_participants(self, ids: list[int]) -> None:
        memo = self.memo()
        roles = {p.person_id: p.role for p in memo.participants} if memo else {}
        self._attempt(
            lambda: principal.set_memo_participants(
                self.session.book, self.event_id, [(i, roles.get(i, "")) for i in ids]
            )
        )

    def _set_role(self) -> None:
        """Store the role in the field for the person it shows (a row made current while the field
        shows nobody's role must not write the empty field over theirs)."""
        memo = self.memo()
        ident = self._role_person
        if memo is None or ident < 0:
            return
        wanted = [(p.person_id, self.role.text() if p.person_id == ident else p.role) for p in memo.participants]
        if wanted != [(p.person_id, p.role) for p in memo.participants]:
            self._attempt(lambda: principal.set_memo_participants(self.session.book, self.event_id, wanted))
            self.participants.select(ident)

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._dirty.add(name)
        self.autosave.schedule()

    def flush(self) -> None:
        self._set_role()
        self.autosave.flush()

    def _save_texts(self) -> None:
        if not self._dirty or self.memo() is None:
            self._dirty.clear()
            return
        values = {name: self.texts[name].toPlainText() for name in self._dirty}
        self._dirty.clear()
        try:
            principal.update_memo(self.session.book, self.event_id, **values)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the meeting memo"), str(exc))

    def remove_memo(self) -> None:
        if not dialogs.confirm(
            self, self.tr("Remove memo"), self.tr("Remove this meeting's memo? Its texts and links are removed.")
        ):
            return
        self.autosave.cancel()
        self._dirty.clear()
        if self._attempt(lambda: principal.remove_memo(self.session.book, self.event_id)):
            super().reject()

    def done(self, result: int) -> None:  # Close, Esc and the window's close button all save first
        self.flush()
        super().done(result)


def offset_text(minutes: int) -> str:
    """Minutes from the event's start as the scenario shows them: "start", "−15 min", "+1 h 30"."""
    if minutes == 0:
        return "0"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return f"{sign}{hours} h {rest:02d}"
    return f"{sign}{hours} h" if hours else f"{sign}{rest} min"


class StepDialog(QDialog):
    """Add or edit one scenario step: its time, what happens and who."""

    def __init__(self, step: principal.ScenarioStep | None, default_time: dt.time, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit scenario step") if step else self.tr("New scenario step"))
        at = step.at.time() if step else default_time
        self.time = QTimeEdit(QTime(at.hour, at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of the step (summit's local time)"))
        self.action = QPlainTextEdit(step.action if step else "")
        self.action.setAccessibleName(self.tr("What happens"))
        self.action.setPlaceholderText(self.tr("e.g. Motorcade arrives; greeted at the steps"))
        self.action.setTabChangesFocus(True)
        self.action.setMaximumHeight(90)
        self.who = QLineEdit(step.who if step else "")
        self.who.setAccessibleName(self.tr("Who"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("What happens"), self.action)
        form.addRow(self.tr("Who"), self.who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)
        fit_to_content(self)

    def accept(self) -> None:
        if not self.action.toPlainText().strip():
            self.error.setText(self.tr("Say what happens at this step."))
            self.action.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {
            "at": self.time.time().toString("HH:mm"),
            "action": self.action.toPlainText().strip(),
            "who": self.who.text().strip(),
        }


class ScenarioDialog(QDialog):
    """The scenario of one event: its timed steps, added, edited and removed in place."""

    def __init__(self, session: BookSession, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.event_id = event_id
        event = program.event(session.book, event_id)
        self.setWindowTitle(self.tr("Scenario: {title}").format(title=event.title))
        self.heading = _heading_label("")
        self.note = QLabel(
            self.tr(
                "Steps are kept as minutes from the event's start: when the event moves (a new start time, "
                "Earlier/Later, a new summit date), its steps move with it. Saved as you work."
            )
        )
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Scenario steps in time order"))
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("From the start"), self.tr("What happens"), self.tr("Who")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setAccessibleName(self.tr("Add a step to the scenario"))
        self.add_button.clicked.connect(self.add_step)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected step"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected step"))
        self.delete_button.clicked.connect(self.delete_current)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._following = False  # connected to the session's changes (only while on show)
        self.reload()
        size_within_screen(self, 900, 520)

    # The dialog follows the book's changes while it is on show, and only then: it connects when
    # shown and disconnects when hidden (Close, Esc, done(), or its parent going away), so no
    # change reaches a closed or deleted dialog, and one shown again follows again.
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._following and not self.session.closed:
            self.session.changed.connect(self._changed)
            self._following = True
            self.reload()  # what changed while it was closed
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._stop_following()
        super().hideEvent(event)

    def _stop_following(self) -> None:
        if self._following:
            self._following = False
            self.session.changed.disconnect(self._changed)

    def _changed(self, entities: frozenset[str]) -> None:
        if entities & {"scenario_steps", "program_events", "summit"} and not self.session.closed:
            self.reload()

    def reload(self) -> None:
        book = self.session.book
        try:
            event = program.event(book, self.event_id)
        except BriefingBookError:  # the event was deleted meanwhile
            self.tree.clear()
            self.setEnabled(False)
            return
        self.heading.setText(event_heading(self.session, event))
        keep = self.current_id()
        self.tree.clear()
        for s in principal.scenario(book, self.event_id):
            item = QTreeWidgetItem([s.time_text, offset_text(s.offset_minutes), s.action, s.who])
            item.setData(0, IdRole, s.id)
            item.setToolTip(2, plain_tooltip(s.action))
            self.tree.addTopLevelItem(item)
            if s.id == keep:
                self.tree.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> int:
        row = self.tree.currentItem()
        value = row.data(0, IdRole) if row is not None else None
        return value if isinstance(value, int) else -1

    def select_step(self, step_id: int) -> None:
        for row in top_level_items(self.tree):
            if row.data(0, IdRole) == step_id:
                self.tree.setCurrentItem(row)

    def _update_buttons(self) -> None:
        has = self.current_id() >= 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _attempt(self, title: str, operation):
        try:
            return operation()
        except BriefingBookError as exc:
            QMessageBox.warning(self, title, str(exc))
            self.reload()
            return None

    def add_step(self) -> int:
        steps = principal.scenario(self.session.book, self.event_id)
        event = program.event(self.session.book, self.event_id)
        default = steps[-1].at.time() if steps else event.start_time
        dialog = StepDialog(None, default, self)
        if not dialog.exec():
            return -1
        values = dialog.values()
        added = self._attempt(
            self.tr("Cannot add the step"),
            lambda: principal.add_step(
                self.session.book, self.event_id, values["action"], values["who"], at=values["at"]
            ),
        )
        if added is None:
            return -1
        self.reload()
        self.select_step(added.id)
        return added.id

    def edit_current(self) -> None:
        step_id = self.current_id()
        if step_id < 0:
            return
        current = principal.step(self.session.book, step_id)
        dialog = StepDialog(current, current.at.time(), self)
        if dialog.exec():
            values = dialog.values()
            self._attempt(
                self.tr("Cannot change the step"),
                lambda: principal.update_step(self.session.book, step_id, **values),
            )
            self.reload()
            self.select_step(step_id)

    def delete_current(self) -> None:
        step_id = self.current_id()
        if step_id < 0:
            return
        current = principal.step(self.session.book, step_id)
        if dialogs.confirm(
            self,
            self.tr("Delete step"),
            self.tr("Delete the step “{action}” at {time}?").format(action=current.action, time=current.time_text),
        ):
            self._attempt(self.tr("Cannot delete the step"), lambda: principal.remove_step(self.session.book, step_id))
            self.reload()

    def done(self, result: int) -> None:
        self._stop_following()
        super().done(result)
