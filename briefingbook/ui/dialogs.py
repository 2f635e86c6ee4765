"""Small dialogs: the summit's fields (new book, edit summit) and a checklist item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import markings
from briefingbook.core.checklist import due_date, load_template
from briefingbook.core.errors import BriefingBookError
from briefingbook.core.model import ChecklistItem, Summit


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before a deletion or a restore: True for Yes. The text is shown as plain text (it
    quotes titles and notes the user wrote) and Cancel is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


DIALOG_WIDTH = 480  # a form dialog is at least this wide: titles and markings are read whole


def fit_to_content(dialog: QWidget, min_width: int = DIALOG_WIDTH) -> None:
    """Size a dialog to its content (at least ``min_width`` wide), within the screen's free area."""
    dialog.setMinimumWidth(min_width)
    hint = dialog.sizeHint().expandedTo(QSize(min_width, 0))
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry().size() - QSize(16, 48)
        hint = hint.boundedTo(room)
    dialog.resize(hint)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the user (None when cancelled), in a dialog wide enough to show its
    title and a long answer whole."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setMinimumWidth(DIALOG_WIDTH)
    return dialog.textValue() if dialog.exec() else None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SummitDialog(QDialog):
    """Title, place, date, delegation, marking and language; for a new book or an edit."""

    def __init__(
        self,
        summit: Summit | None = None,
        parent: QWidget | None = None,
        new_book: bool = False,
        program_events: int = 0,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._summit = summit
        self.setWindowTitle(self.tr("New book") if new_book else self.tr("Summit details"))
        self.title = QLineEdit(summit.title if summit else "")
        self.title.setAccessibleName(self.tr("Summit title"))
        self.place = QLineEdit(summit.place if summit else "")
        self.place.setAccessibleName(self.tr("Place"))
        self.date = QDateEdit(_qdate(summit.date if summit else dt.date.today() + dt.timedelta(days=45)))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Summit date"))
        self.delegation = QPlainTextEdit(summit.delegation if summit else "")
        self.delegation.setAccessibleName(self.tr("Delegation"))
        self.delegation.setMaximumHeight(80)
        self._new_book = new_book
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the book"))
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.setCurrentIndex(1 if (summit.language if summit else language) == "es" else 0)
        # The handling marking: current markings offered by name (Mexico's classes for a Spanish
        # book), CUI with an optional category, or the user's own text; a new book must choose.
        self.marking = QComboBox()
        self.marking.setAccessibleName(self.tr("Handling marking"))
        self.cui_category = QLineEdit()
        self.cui_category.setAccessibleName(self.tr("CUI category (optional), e.g. SP-PRVCY"))
        self.cui_category.setPlaceholderText(self.tr("optional, e.g. SP-PRVCY"))
        self.custom_marking = QLineEdit()
        self.custom_marking.setAccessibleName(self.tr("Handling marking in your own words"))
        self.custom_marking.setMaxLength(markings.MAX_LENGTH)
        self._fill_markings(summit.marking if summit else None)
        self.marking.currentIndexChanged.connect(lambda _i: self._marking_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._fill_markings(self.marking_text()))
        # Moving the summit date moves the program by the same number of days unless the user
        # unticks this (issue 19): the checklist follows by itself, being relative to the date.
        self.move_program = QCheckBox(
            self.tr("Move the program's %n events by the same number of days", "", program_events)
        )
        self.move_program.setAccessibleName(self.tr("Move the program with the summit date"))
        self.move_program.setChecked(True)
        self.move_program.setVisible(False)
        self._program_events = program_events
        self.date.dateChanged.connect(self._date_changed)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.error.setStyleSheet("color: #B00020")

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.move_program)
        form.addRow(self.tr("Delegation"), self.delegation)
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow(self.tr("CUI category"), self.cui_category)
        form.addRow(self.tr("Marking text"), self.custom_marking)
        self._form = form
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._marking_changed()
        fit_to_content(self)

    CHOOSE, NONE, OTHER = "choose", "none", "other"

    def _marking_names(self) -> dict[str, str]:
        return {
            markings.UNCLASSIFIED: self.tr("UNCLASSIFIED"),
            markings.CUI: self.tr("CUI — Controlled Unclassified Information"),
            markings.MX_RESERVED: self.tr("INFORMACIÓN RESERVADA (Mexico: reserved information)"),
            markings.MX_CONFIDENTIAL: self.tr("INFORMACIÓN CONFIDENCIAL (Mexico: confidential information)"),
        }

    def _fill_markings(self, current: str | None) -> None:
        """The choices for the book's language, with ``current`` (a marking text; None: none
        chosen yet) selected: a known marking by name, CUI with its category, else Other."""
        names = self._marking_names()
        self.marking.blockSignals(True)
        self.marking.clear()
        if self._new_book:
            self.marking.addItem(self.tr("Choose a marking…"), self.CHOOSE)
        for value in markings.choices(self.language.currentData() or "en"):
            self.marking.addItem(names[value], value)
        self.marking.addItem(self.tr("No marking"), self.NONE)
        self.marking.addItem(self.tr("Other (type it)…"), self.OTHER)
        if current is None:
            index = 0
        elif not current.strip():
            index = self.marking.findData(self.NONE)
        elif markings.cui_category(current) is not None:
            index = self.marking.findData(markings.CUI)
            self.cui_category.setText(markings.cui_category(current))
        else:
            index = self.marking.findData(current.strip())
            if index < 0:
                index = self.marking.findData(self.OTHER)
                self.custom_marking.setText(current.strip())
        self.marking.setCurrentIndex(max(0, index))
        self.marking.blockSignals(False)
        self._marking_changed()

    def _marking_changed(self) -> None:
        choice = self.marking.currentData()
        if hasattr(self, "_form"):
            self._form.setRowVisible(self.cui_category, choice == markings.CUI)
            self._form.setRowVisible(self.custom_marking, choice == self.OTHER)

    def marking_text(self) -> str | None:
        """The marking chosen (None: not chosen yet)."""
        choice = self.marking.currentData()
        if choice == self.CHOOSE:
            return None
        if choice == self.NONE:
            return ""
        if choice == self.OTHER:
            return self.custom_marking.text().strip()
        if choice == markings.CUI:
            return markings.cui(self.cui_category.text())
        return choice

    def _date_changed(self) -> None:
        moved = self._summit is not None and self.date.date().toPython() != self._summit.date
        self.move_program.setVisible(moved and self._program_events > 0)

    def keep_program(self) -> bool:
        """True when the program keeps its dates although the summit date moved."""
        return not self.move_program.isChecked()

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("The summit needs a title."))
            self.title.setFocus()
            return
        marking = self.marking_text()
        if marking is None:
            self.error.setText(self.tr("Choose the book's handling marking (or No marking)."))
            self.marking.setFocus()
            return
        try:
            markings.check(marking)
        except BriefingBookError:
            self.error.setText(
                self.tr("A draft is not a handling marking: tick “DRAFT watermark” when you export the packet.")
            )
            self.custom_marking.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "place": self.place.text().strip(),
            "date": self.date.date().toPython(),
            "delegation": self.delegation.toPlainText().strip(),
            "marking": self.marking_text() or "",
            "language": self.language.currentData(),
        }


class ChecklistItemDialog(QDialog):
    """Add or edit a checklist item: title, owner, phase and days relative to the summit."""

    def __init__(self, session, item: ChecklistItem | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        lang = session.lang
        self.setWindowTitle(self.tr("Edit checklist item") if item else self.tr("New checklist item"))
        self.title = QLineEdit(item.title if item else "")
        self.title.setAccessibleName(self.tr("Checklist item title"))
        self.owner = QLineEdit(item.owner if item else "")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        phases = {p.id: (p.title(lang), p.offset_days) for p in load_template().phases}
        for existing in session.book.checklist():
            phases.setdefault(existing.phase, (existing.phase_title or existing.phase, existing.offset_days))
        for phase_id, (title, offset) in sorted(phases.items(), key=lambda kv: kv[1][1]):
            self.phase.addItem(title, (phase_id, offset))
        self.offset = QSpinBox()
        self.offset.setRange(-365, 365)
        self.offset.setAccessibleName(self.tr("Days relative to the summit (negative = before)"))
        self.due = QLabel()
        self.offset.valueChanged.connect(self._show_due)
        self.phase.activated.connect(lambda: self.offset.setValue(self.phase.currentData()[1]))
        if item:
            self.phase.setCurrentIndex(max(0, self.phase.findText(item.phase_title or item.phase)))
            self.offset.setValue(item.offset_days)
        else:
            self.offset.setValue(self.phase.currentData()[1] if self.phase.count() else -7)
        self._show_due()
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")

        form = QFormLayout()
        form.addRow(self.tr("Item"), self.title)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Days from summit"), self.offset)
        form.addRow(self.tr("Due"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_due(self) -> None:
        from briefingbook.ui.i18n import long_date

        self.due.setText(
            long_date(due_date(self.session.book.summit().date, self.offset.value()), self.session.ui_lang)
        )

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("The item needs a title."))
            return
        super().accept()

    def values(self) -> dict:
        phase_id, _offset = self.phase.currentData() if self.phase.count() else ("custom", 0)
        return {
            "title": self.title.text().strip(),
            "owner": self.owner.text().strip(),
            "offset_days": self.offset.value(),
            "phase": phase_id,
            "phase_title": self.phase.currentText(),
        }


class PreferencesDialog(QDialog):
    """Preferences: the interface language (applied at once, without losing work) and the name
    recorded with this user's changes in a book's history."""

    def __init__(self, ui_lang: str, parent: QWidget | None = None, author: str = "", stale_years: int = 3) -> None:
        from briefingbook.core.book import default_author
        from briefingbook.ui.i18n import LANGUAGES

        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_lang)))
        note = QLabel(
            self.tr(
                "The language of a book's content (issue titles, summaries, packets) is set per book in Summit details."
            )
        )
        note.setWordWrap(True)
        self.author = QLineEdit(author)
        self.author.setAccessibleName(self.tr("Your name (recorded with your changes in the book's history)"))
        self.author.setPlaceholderText(default_author())
        self.author.setMaxLength(80)
        author_note = QLabel(
            self.tr(
                "Every change you make is recorded in the book's history under this name; "
                "colleagues see it when they merge your copy. Left empty, your computer's "
                "user name is used."
            )
        )
        author_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Your name"), self.author)
        form.addRow(author_note)
        self.stale_years = QSpinBox()
        self.stale_years.setRange(1, 50)
        self.stale_years.setValue(stale_years)
        self.stale_years.setSuffix(self.tr(" years"))
        self.stale_years.setAccessibleName(self.tr("Flag series whose latest data are older than this many years"))
        form.addRow(self.tr("Flag data older than"), self.stale_years)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


AUTHOR_WIDTH = 420


class AuthorDialog(QDialog):
    """Asked once, on the window's first run: the name recorded with this user's changes in a
    book's history (Preferences changes it later). Not asked when ``BRIEFINGBOOK_AUTHOR`` is set,
    nor by ``self-test`` or the command line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from briefingbook.core.book import default_author

        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(
            self.tr(
                "Every change you make is recorded in the book's history under your name, so "
                "colleagues who merge your copy see who changed what. You can change it later in "
                "Edit → Preferences."
            )
        )
        intro.setWordWrap(True)
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Your name (recorded with your changes in the book's history)"))
        self.author.setPlaceholderText(default_author())
        self.author.setMaxLength(80)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # As tall as its content at its width: the wrapped text's size hint is for a narrower
        # width, which left an empty band above the buttons.
        self.setMinimumWidth(AUTHOR_WIDTH)
        layout.activate()
        self.resize(AUTHOR_WIDTH, layout.totalHeightForWidth(AUTHOR_WIDTH))
