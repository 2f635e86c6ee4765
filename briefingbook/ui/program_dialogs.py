"""Dialogs of the program, press and deliverables panes: one program event, one press question,
one deliverable. Each returns its values as plain Python for the core to validate and store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import deliverables as deliverables_mod
from briefingbook.core import people as people_mod
from briefingbook.core import press as press_mod
from briefingbook.core import program, readiness
from briefingbook.core.errors import InvalidInputError
from briefingbook.ui.dialogs import fit_to_content
from briefingbook.ui.i18n import short_date

IdRole = Qt.ItemDataRole.UserRole + 1


# Every label is a literal QCoreApplication.translate("labels", …) call so pyside6-lupdate finds it.
def event_kind_label(kind: str) -> str:
    return {
        "bilateral_meeting": QCoreApplication.translate("labels", "Bilateral meeting"),
        "plenary": QCoreApplication.translate("labels", "Plenary"),
        "working_lunch": QCoreApplication.translate("labels", "Working lunch"),
        "press_conference": QCoreApplication.translate("labels", "Press conference"),
        "signing": QCoreApplication.translate("labels", "Signing"),
        "travel": QCoreApplication.translate("labels", "Travel"),
        "other": QCoreApplication.translate("labels", "Other"),
    }.get(kind, kind)


def event_text(event: program.ProgramEvent) -> str:
    """ "Kind: title", or the title alone when it already says the kind ("Working lunch", not
    "Working lunch: Working lunch")."""
    kind = event_kind_label(event.kind)
    if kind.casefold() in event.title.casefold() or event.kind == "other":
        return event.title
    return f"{kind}: {event.title}"


def side_label(side: str) -> str:
    return {
        "us": QCoreApplication.translate("labels", "United States"),
        "mexico": QCoreApplication.translate("labels", "Mexico"),
        "other": QCoreApplication.translate("labels", "Other"),
    }.get(side, side)


# "To be confirmed": dark amber, 6.6:1 on white (People, the meeting memo's participants).
TBC_COLOR = "#8A4B00"


def person_name(name: str, title: str) -> tuple[str, bool]:
    """A person's name as lists show it, and whether it is the "to be confirmed" flag: a name not
    known yet (empty, or stored with the marker the core recognises) shows as "Name to be
    confirmed (title)", never as the stored placeholder."""
    if not readiness.unnamed(name):
        return name, False
    if title:
        return QCoreApplication.translate("labels", "Name to be confirmed ({title})").format(title=title), True
    return QCoreApplication.translate("labels", "Name to be confirmed"), True


def marking_label(marking: str) -> str:
    return {
        "on_record": QCoreApplication.translate("labels", "On the record"),
        "background": QCoreApplication.translate("labels", "Background"),
        "do_not_raise": QCoreApplication.translate("labels", "Do not raise"),
        "": QCoreApplication.translate("labels", "Not chosen yet"),
    }.get(marking, marking)


def deliverable_kind_label(kind: str) -> str:
    return {
        "agreement": QCoreApplication.translate("labels", "Agreement"),
        "joint_statement": QCoreApplication.translate("labels", "Joint statement"),
        "other": QCoreApplication.translate("labels", "Other"),
    }.get(kind, kind)


def deliverable_status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("labels", "Draft"),
        "agreed": QCoreApplication.translate("labels", "Agreed"),
        "signed": QCoreApplication.translate("labels", "Signed"),
    }.get(status, status)


def home_time_text(start: dt.datetime, end: dt.datetime, day: dt.date, lang: str) -> str:
    """An event's time at home (``start``, ``end`` in the home zone): the span, after the home
    day when it is not the event's ``day`` ("4 Feb 2027 00:30–01:30"), the date written as the
    rest of the window writes dates in the interface language."""
    span = program.time_span(start, end)
    return span if start.date() == day else f"{short_date(start.date(), lang)} {span}"


VISIBLE_ROWS = 14
LIST_WIDTH = 420  # two lists side by side fit a 1366×768 laptop's dialog


def _checklist(items: list[tuple[object, str]], checked, accessible: str) -> QListWidget:
    """A list of checkable rows (id, label), ticked for the ids in ``checked``."""
    widget = QListWidget()
    widget.setAccessibleName(accessible)
    for ident, label in items:
        row = QListWidgetItem(label)
        row.setData(IdRole, ident)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
        widget.addItem(row)
    # Long labels wrap within the list's width instead of scrolling sideways (a participant's
    # name, title and role run long); the list is as wide as its longest label up to
    # LIST_WIDTH, and tall enough for every row up to VISIBLE_ROWS (the demo's 8 people and 13
    # agenda items show whole, with a line more for each label that wraps); longer lists scroll.
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    width = min(widget.sizeHintForColumn(0) + 2 * widget.frameWidth() + 24, LIST_WIDTH)
    widget.setMinimumWidth(width)
    line = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 4
    text_width = width - 2 * widget.frameWidth() - 24 - widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    shown = [widget.item(i).text() for i in range(min(widget.count(), VISIBLE_ROWS))]
    lines = sum(-(-widget.fontMetrics().horizontalAdvance(text) // max(text_width, 1)) for text in shown)
    lines = max(3, lines)
    widget.setMinimumHeight(lines * line + 2 * widget.frameWidth() + 4)
    return widget


def checked_ids(widget: QListWidget) -> list:
    return [
        widget.item(i).data(IdRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, ids) -> None:
    wanted = set(ids)
    for i in range(widget.count()):
        row = widget.item(i)
        row.setCheckState(Qt.CheckState.Checked if row.data(IdRole) in wanted else Qt.CheckState.Unchecked)


class _Dialog(QDialog):
    def _finish(self, form: QFormLayout) -> None:
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_content(self)


class EventDialog(_Dialog):
    """Add or edit a program event; shows the home time beside the summit's local time."""

    def __init__(
        self, session, event: program.ProgramEvent | None, parent: QWidget | None = None, day: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        book = session.book
        self.summit_zone, self.home_zone = program.zones(book)
        self.setWindowTitle(self.tr("Edit program event") if event else self.tr("New program event"))
        first = event.day if event else (day or book.summit().date)
        self.day = QDateEdit(QDate(first.year, first.month, first.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Day of the event"))
        start = event.start_time if event else dt.time(9, 0)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time (summit's local time)"))
        self.duration = QSpinBox()
        self.duration.setRange(0, program.MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(event.duration_minutes if event else 60)
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of event"))
        for kind in program.EVENT_KINDS:
            self.kind.addItem(event_kind_label(kind), kind)
        self.kind.setCurrentIndex(program.EVENT_KINDS.index(event.kind) if event else 0)
        self.title = QLineEdit(event.title if event else "")
        self.title.setAccessibleName(self.tr("Event title"))
        self.place = QLineEdit(event.place if event else "")
        self.place.setAccessibleName(self.tr("Place"))
        self.home = QLabel()
        self.home.setAccessibleName(self.tr("Home time"))
        self.participants = _checklist(
            [(p.id, p.label()) for p in people_mod.people(book)],
            set(event.participants) if event else set(),
            self.tr("Participants"),
        )
        self.agenda = _checklist(
            [(i.id, i.title) for i in book.agenda()],
            set(event.agenda_items) if event else set(),
            self.tr("Agenda items covered"),
        )
        self.notes = QPlainTextEdit(event.notes if event else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(80)
        for signal in (self.day.dateChanged, self.start.timeChanged, self.duration.valueChanged):
            signal.connect(self._show_home)
        self._show_home()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Day"), self.day)
        lang = session.ui_lang
        summit_city = program.zone_city(self.summit_zone, lang)
        home_city = program.zone_city(self.home_zone, lang)
        form.addRow(self.tr("Start ({zone})").format(zone=summit_city), self.start)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Home time ({zone})").format(zone=home_city), self.home)
        form.addRow(self.tr("Place"), self.place)
        # Participants and agenda items side by side, each list whole (issue 19: they were
        # clipped behind scroll bars in a form one above the other).
        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("Participants")), 0, 0)
        lists.addWidget(QLabel(self.tr("Agenda items")), 0, 1)
        lists.addWidget(self.participants, 1, 0)
        lists.addWidget(self.agenda, 1, 1)
        form.addRow(lists)
        form.addRow(self.tr("Notes"), self.notes)
        self._finish(form)

    def _show_home(self) -> None:
        values = self.values()
        probe = program.ProgramEvent(
            0, "", values["day"], values["start_time"], values["duration_minutes"], "other", "", "", "", 0, (), ()
        )
        start, end = probe.in_zone(self.summit_zone, self.home_zone)
        self.home.setText(home_time_text(start, end, values["day"], self.session.ui_lang))  # the label names the city

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("The event needs a title."))
            self.title.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {
            "day": self.day.date().toPython(),
            "start_time": self.start.time().toPython(),
            "duration_minutes": self.duration.value(),
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "place": self.place.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "participants": checked_ids(self.participants),
            "agenda_items": checked_ids(self.agenda),
        }


class QuestionDialog(_Dialog):
    """Add or edit an anticipated press question with its agreed answer and marking."""

    def __init__(self, question: press_mod.Question | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit press question") if question else self.tr("New press question"))
        self.question = QPlainTextEdit(question.question if question else "")
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setMaximumHeight(90)
        self.answer = QPlainTextEdit(question.answer if question else "")
        self.answer.setAccessibleName(self.tr("Agreed answer"))
        self.marking = QComboBox()
        self.marking.setAccessibleName(self.tr("Marking of the answer"))
        for value in (press_mod.NOT_CHOSEN, *press_mod.MARKINGS):  # a new question has no status yet
            self.marking.addItem(marking_label(value), value)
        self.marking.setCurrentIndex(max(0, self.marking.findData(question.marking if question else "")))
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Agreed answer"), self.answer)
        form.addRow(self.tr("Marking"), self.marking)
        self._finish(form)

    def accept(self) -> None:
        if not self.question.toPlainText().strip():
            self.error.setText(self.tr("The question cannot be empty."))
            return
        super().accept()

    def values(self) -> dict:
        return {
            "question_text": self.question.toPlainText().strip(),
            "answer": self.answer.toPlainText().strip(),
            "marking": self.marking.currentData(),
        }


class DeliverableDialog(_Dialog):
    """Add or edit a deliverable: title, kind, status, owner, notes and its links."""

    def __init__(
        self, session, deliverable: deliverables_mod.Deliverable | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        book, lang = session.book, session.ref_lang
        self.setWindowTitle(self.tr("Edit deliverable") if deliverable else self.tr("New deliverable"))
        self.title = QLineEdit(deliverable.title if deliverable else "")
        self.title.setAccessibleName(self.tr("Deliverable title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of deliverable"))
        for value in deliverables_mod.KINDS:
            self.kind.addItem(deliverable_kind_label(value), value)
        self.kind.setCurrentIndex(deliverables_mod.KINDS.index(deliverable.kind) if deliverable else 0)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the deliverable"))
        for value in deliverables_mod.STATUSES:
            self.status.addItem(deliverable_status_label(value), value)
        self.status.setCurrentIndex(deliverables_mod.STATUSES.index(deliverable.status) if deliverable else 0)
        self.owner = QLineEdit(deliverable.owner if deliverable else "")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.notes = QPlainTextEdit(deliverable.notes if deliverable else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(70)
        self.agenda = _checklist(
            [(i.id, i.title) for i in book.agenda()],
            set(deliverable.agenda_items) if deliverable else set(),
            self.tr("Agenda items"),
        )
        self.recommendations = _checklist(
            [(r.id, r.title(lang)) for r in session.reference.recommendations()],
            set(deliverable.recommendations) if deliverable else set(),
            self.tr("Recommendations"),
        )
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Agenda items"), self.agenda)
        form.addRow(self.tr("Recommendations"), self.recommendations)
        if deliverable and deliverable.suggested_by:
            form.addRow(self.tr("Suggested by"), QLabel(deliverable.suggested_by))
        self._finish(form)

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("The deliverable needs a title."))
            return
        super().accept()

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "owner": self.owner.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "agenda_items": checked_ids(self.agenda),
            "recommendations": checked_ids(self.recommendations),
        }


def show_error(parent: QWidget, title: str, exc: InvalidInputError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, str(exc))
