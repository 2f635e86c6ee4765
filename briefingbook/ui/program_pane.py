"""The summit program: events by day in the summit's time zone with the home time beside them;
overlapping events that share a participant are flagged in words and in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import people as people_mod
from briefingbook.core import principal, program
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui.i18n import long_date
from briefingbook.ui.list_pane import ListEditor
from briefingbook.ui.meeting_dialogs import MemoDialog, ScenarioDialog
from briefingbook.ui.nonnull import child_items, nonnull, top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.program_dialogs import event_text, home_time_text
from briefingbook.ui.session import BookSession
from briefingbook.ui.wrapping import wrap_rows

ItemIdRole = Qt.ItemDataRole.UserRole + 1
CONFLICT = QColor("#B00020")  # 6.9:1 on white
COMMON_ZONES = (
    "America/Mexico_City",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Tijuana",
    "America/Monterrey",
    "America/Cancun",
    "UTC",
)


class ProgramPane(QWidget):
    COLUMNS = ("local", "home", "event", "place", "participants", "conflict")

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("Summit program"))
        title.setObjectName("paneTitle")

        # Zones by their city ("Mexico City", "Ciudad de México"); the IANA name is the item's
        # data and tooltip, and any other IANA name can be typed (America/Chicago…).
        self.summit_zone = QComboBox()
        self.summit_zone.setEditable(True)
        self.summit_zone.setAccessibleName(
            self.tr("Summit time zone (a city, or an IANA name such as America/Chicago)")
        )
        self.home_zone = QComboBox()
        self.home_zone.setEditable(True)
        self.home_zone.setAccessibleName(self.tr("Home time zone (a city, or an IANA name such as America/Chicago)"))
        for combo in (self.summit_zone, self.home_zone):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for zone in COMMON_ZONES:
                self._add_zone(combo, zone)
            combo.setMinimumContentsLength(16)
            combo.activated.connect(lambda _i: self.apply_zones())
            nonnull(combo.lineEdit(), "editable combo box's line edit").editingFinished.connect(self.apply_zones)
        zones = QHBoxLayout()
        zones.addWidget(QLabel(self.tr("Summit time zone:")))
        zones.addWidget(self.summit_zone)
        zones.addWidget(QLabel(self.tr("Home time zone:")))
        zones.addWidget(self.home_zone)
        zones.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Program events by day"))
        self.tree.setHeaderLabels(
            [
                self.tr("Local time"),
                self.tr("Home time"),
                self.tr("Event"),
                self.tr("Place"),
                self.tr("Participants"),
                self.tr("Overlap"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Event, place, participants and overlap share the width: all visible without scrolling
        # sideways (issue 19). Their text wraps and the row grows to it, so who attends is read
        # without hovering on a 1366×768 laptop (it was cut with an ellipsis). Participants,
        # the longest, take what the others leave (see _share_width: the pane sizes the others,
        # so they are not dragged, which would only snap back).
        for column in self.SHARES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        wrap_rows(self.tree)
        # Once per burst of resizes, after the header has finished laying its sections out (a
        # section resized from inside its own sectionResized signal is laid out again by Qt).
        self._share_timer = QTimer(self)
        self._share_timer.setSingleShot(True)
        self._share_timer.setInterval(0)
        self._share_timer.timeout.connect(self._share_width)
        header.sectionResized.connect(lambda column, _old, _new: column == 4 and self._share_timer.start())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add event"))
        self.add_button.setAccessibleName(self.tr("Add a program event"))
        self.add_button.clicked.connect(self.add_event)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected program event"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected program event"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Earlier"))
        self.up_button.setAccessibleName(self.tr("Move the selected event earlier in its day (swaps start times)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Later"))
        self.down_button.setAccessibleName(self.tr("Move the selected event later in its day (swaps start times)"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.scenario_button = QPushButton(self.tr("Scenario…"))
        self.scenario_button.setAccessibleName(self.tr("Edit the scenario of the selected event"))
        self.scenario_button.clicked.connect(self.open_scenario)
        self.memo_button = QPushButton(self.tr("Meeting memo…"))
        self.memo_button.setAccessibleName(self.tr("Write or edit the meeting memo of the selected meeting"))
        self.memo_button.clicked.connect(self.open_memo)
        self.parts = QLabel()
        self.parts.setAccessibleName(self.tr("The selected event's scenario, meeting memo and remarks"))
        self.parts.setTextFormat(Qt.TextFormat.PlainText)
        self.parts.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Program summary"))
        self.date_warning = QLabel()
        self.date_warning.setAccessibleName(self.tr("Program outside the summit's dates"))
        self.date_warning.setWordWrap(True)
        self.date_warning.setStyleSheet("color: #B00020")
        self.date_warning.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(zones)
        layout.addLayout(buttons)
        layout.addWidget(self.date_warning)
        layout.addWidget(self.tree, 1)
        book_row = QHBoxLayout()
        book_row.addWidget(self.parts, 1)
        book_row.addWidget(self.scenario_button)
        book_row.addWidget(self.memo_button)
        layout.addLayout(book_row)
        self.edits = ListEditor(self, self.refresh)
        self.refresh()

    # -- display -----------------------------------------------------------------------------
    ENTITIES = frozenset(
        {
            "program_events",
            "program_event_people",
            "program_event_agenda",
            "people",
            "agenda_items",
            "summit",
            "summit_settings",
            "scenario_steps",
            "meeting_memos",
            "meeting_memo_people",
            "meeting_memo_agenda",
            "meeting_memo_deliverables",
            "remarks",
            "remark_events",
        }
    )

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if entities & self.ENTITIES:
            self.refresh()

    def _add_zone(self, combo: QComboBox, zone: str) -> int:
        """The zone's row in ``combo`` (added when missing): its city shown, its IANA name kept."""
        index = combo.findData(zone)
        if index < 0:
            combo.addItem(program.zone_city(zone, self.session.ui_lang), zone)
            index = combo.count() - 1
            combo.setItemData(index, zone, Qt.ItemDataRole.ToolTipRole)
        return index

    def zone_of(self, combo: QComboBox) -> str:
        """The IANA name chosen in ``combo``: the item's whose city is shown, else the typed text."""
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(combo.itemData(index)) if index >= 0 else text

    def refresh(self) -> None:
        if self.session.closed:
            return
        book = self.session.book
        summit_zone, home_zone = program.zones(book)
        for combo, value in ((self.summit_zone, summit_zone), (self.home_zone, home_zone)):
            combo.blockSignals(True)
            combo.setCurrentIndex(self._add_zone(combo, value))
            combo.setToolTip(value)
            combo.blockSignals(False)
        lang = self.session.ui_lang
        self.tree.setHeaderLabels(
            [
                self.tr("Local time ({city})").format(city=program.zone_city(summit_zone, lang)),
                self.tr("Home time ({city})").format(city=program.zone_city(home_zone, lang)),
                self.tr("Event"),
                self.tr("Place"),
                self.tr("Participants"),
                self.tr("Overlap"),
            ]
        )
        events = program.events(book)
        names = {p.id: p.name for p in people_mod.people(book)}
        clashes = program.conflicts(events, summit_zone)
        by_id = {e.id: e for e in events}
        keep = self.current_id()
        self.tree.clear()
        days: dict = {}
        for e in events:
            parent = days.get(e.day)
            if parent is None:
                parent = QTreeWidgetItem([long_date(e.day, self.session.ui_lang)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                bold = QFont(parent.font(0))
                bold.setBold(True)
                parent.setFont(0, bold)
                self.tree.addTopLevelItem(parent)
                parent.setFirstColumnSpanned(True)
                parent.setExpanded(True)
                days[e.day] = parent
            start, end = e.start(summit_zone), e.end(summit_zone)
            home_start, home_end = e.in_zone(summit_zone, home_zone)
            overlap = ""
            if e.id in clashes:
                others = sorted(clashes[e.id])
                overlap = self.tr("Overlaps {events} ({people})").format(
                    events=", ".join(f"“{by_id[o].title}”" for o in others),
                    people=", ".join(
                        dict.fromkeys(
                            names.get(p, "?") for o in others for p in program.shared_participants(e, by_id[o])
                        )
                    ),
                )
            row = QTreeWidgetItem(
                [
                    program.time_span(start, end),  # the zone is the column's city
                    home_time_text(home_start, home_end, e.day, lang),
                    event_text(e),
                    e.place,
                    "; ".join(names[p] for p in e.participants if p in names),
                    overlap,
                ]
            )
            row.setData(0, ItemIdRole, e.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if overlap:
                for column in range(len(self.COLUMNS)):
                    row.setForeground(column, QBrush(CONFLICT))
                row.setToolTip(5, plain_tooltip(overlap))
            parent.addChild(row)
        self.summary.setText(
            self.tr("{events} events over {days} days; {conflicts} with an overlap").format(
                events=len(events), days=len(days), conflicts=len(clashes)
            )
        )
        summit_date = book.summit().date
        outside = program.outside_summit(events, summit_date)
        first, last = program.summit_days(summit_date)
        lang = self.session.ui_lang
        self.date_warning.setText(
            self.tr(
                "Events outside the summit's dates ({first} to {last}): {count}. "
                "Change their day with Edit, or the summit date in Summit details."
            ).format(count=len(outside), first=long_date(first, lang), last=long_date(last, lang))
        )
        self.date_warning.setVisible(bool(outside))
        for e in outside:
            found = self.find_row(e.id)
            if found is not None:
                for column in range(len(self.COLUMNS)):
                    found.setForeground(column, QBrush(CONFLICT))
                found.setToolTip(2, self.tr("Outside the summit's dates"))
        self._share_width()
        self._share_timer.start()  # again once the rows are laid out
        if keep >= 0:
            self.select_event(keep)
        self._update_buttons()

    # Event, place and overlap are as wide as their longest text (or heading) up to these shares
    # of the width the times leave; participants (a list, the longest cell) get the rest.
    SHARES = {2: 0.26, 3: 0.2, 5: 0.22}

    def _share_width(self) -> None:
        """Size the event, place and overlap columns (participants stretch into the rest); run
        when the list's text changes and when its width does (the stretching column resizes)."""
        header = self.tree.header()
        free = self.tree.viewport().width() - header.sectionSize(0) - header.sectionSize(1)
        for column, share in self.SHARES.items():
            wanted = max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column)) + 8
            width = max(header.minimumSectionSize(), min(wanted, int(free * share)))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    # -- selection ---------------------------------------------------------------------------
    def current_id(self) -> int:
        current = self.tree.currentItem()
        value = current.data(0, ItemIdRole) if current is not None else None
        return value if isinstance(value, int) else -1

    def find_row(self, event_id: int) -> QTreeWidgetItem | None:
        for parent in top_level_items(self.tree):
            for child in child_items(parent):
                if child.data(0, ItemIdRole) == event_id:
                    return child
        return None

    def select_event(self, event_id: int) -> bool:
        row = self.find_row(event_id)
        if row is not None:
            self.tree.setCurrentItem(row)
            self.tree.scrollToItem(row)
        return row is not None

    def _update_buttons(self) -> None:
        event_id = self.current_id()
        has = event_id >= 0
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button, self.scenario_button):
            button.setEnabled(has)
        event = program.event(self.session.book, event_id) if has else None
        meeting = event is not None and event.kind in principal.MEETING_KINDS
        self.memo_button.setEnabled(meeting)
        self.memo_button.setToolTip("" if meeting or not has else self.tr("Only meetings have a memo."))
        self.parts.setText(self.parts_text(event) if event is not None else "")

    def parts_text(self, event: program.ProgramEvent) -> str:
        """One line on what the principal's book holds for the event: scenario, memo, remarks."""
        book = self.session.book
        steps = principal.scenario(book, event.id)
        if steps:
            scenario = self.tr("Scenario: %n steps, {first}–{last}", "", len(steps)).format(
                first=steps[0].time_text, last=steps[-1].time_text
            )
        else:
            scenario = self.tr("Scenario: none yet")
        lines = [scenario]
        if event.kind in principal.MEETING_KINDS:
            memo = principal.memo(book, event.id)
            if memo is None:
                lines.append(self.tr("Meeting memo: not written yet"))
            else:
                lines.append(
                    self.tr(
                        "Meeting memo: {people} participants, {items} agenda items, {deliverables} deliverables"
                    ).format(people=len(memo.participants), items=len(memo.agenda), deliverables=len(memo.deliverables))
                )
        said = principal.remarks(book, event.id)
        if said:
            lines.append(self.tr("Remarks: {list}").format(list="; ".join(r.occasion for r in said)))
        return " · ".join(lines)

    # -- edits -------------------------------------------------------------------------------
    def apply_zones(self) -> None:
        try:
            program.set_zones(self.session.book, self.zone_of(self.summit_zone), self.zone_of(self.home_zone))
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot set the time zone"), str(exc))
        self.refresh()

    def add_event(self) -> int:
        from briefingbook.ui.program_dialogs import EventDialog

        dialog = EventDialog(self.session, None, self)
        if not dialog.exec():
            return -1
        event = self.edits.attempt(
            self.tr("Cannot add the event"), lambda: program.add_event(self.session.book, **dialog.values())
        )
        if event is None:
            return -1
        self.refresh()
        self.select_event(event.id)
        return event.id

    def edit_current(self) -> None:
        from briefingbook.ui.program_dialogs import EventDialog

        event_id = self.current_id()
        if event_id < 0:
            return
        dialog = EventDialog(self.session, program.event(self.session.book, event_id), self)
        if dialog.exec():
            self.edits.attempt(
                self.tr("Cannot change the event"),
                lambda: program.update_event(self.session.book, event_id, **dialog.values()),
            )
            self.refresh()
            self.select_event(event_id)

    def delete_current(self) -> None:
        event_id = self.current_id()
        if event_id < 0:
            return
        event = program.event(self.session.book, event_id)
        self.edits.delete(
            event_id,
            self.tr("Delete program event"),
            self.tr("Delete “{title}” from the program?").format(title=event.title),
            lambda i: program.remove_event(self.session.book, i),
            self.tr("Cannot delete the event"),
        )

    def move_current(self, step: int) -> None:
        event_id = self.current_id()
        if event_id < 0:
            return
        self.edits.attempt(
            self.tr("Cannot move the event"), lambda: program.move_event(self.session.book, event_id, step)
        )
        self.refresh()
        self.select_event(event_id)

    def make_memo_dialog(self) -> MemoDialog | None:
        """The memo editor of the selected meeting; a meeting without a memo gets one first
        (its participants start as the event's)."""
        event_id = self.current_id()
        if event_id < 0:
            return None
        if principal.memo(self.session.book, event_id) is None:
            made = self.edits.attempt(
                self.tr("Cannot write the meeting memo"), lambda: principal.add_memo(self.session.book, event_id)
            )
            if made is None:
                return None
        return MemoDialog(self.session, event_id, self)

    def open_memo(self) -> None:
        dialog = self.make_memo_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()  # one dialog per opening, not a child of the pane for good
            self.refresh()

    def make_scenario_dialog(self) -> ScenarioDialog | None:
        event_id = self.current_id()
        return ScenarioDialog(self.session, event_id, self) if event_id >= 0 else None

    def open_scenario(self) -> None:
        dialog = self.make_scenario_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()
            self.refresh()
