"""File → Import data…: read a downloaded file, preview what was understood, confirm the
series' name, unit and source, and store it in the book (never in the reference DB).

Reading runs off the GUI thread (it may load openpyxl and parse a large file); nothing
is written until the user presses Import, and a refused file lists its problems by row.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core.errors import BriefingBookError
from briefingbook.core.import_messages import Message
from briefingbook.ui import file_dialogs, import_messages
from briefingbook.ui.nonnull import nonnull
from briefingbook.ui.session import BookSession

if TYPE_CHECKING:
    from briefingbook.core.importers import Preview

PREVIEW_ROWS = 200


class _Reader(QThread):
    """Reads and validates the file in a worker thread (pure Python, no Qt objects touched)."""

    done = Signal()

    def __init__(self, path: Path, options: dict, parent=None) -> None:
        super().__init__(parent)
        self.path, self.options = path, options
        self.preview: Preview | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        from briefingbook.core.importers import read_file

        try:
            self.preview = read_file(self.path, **self.options)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.error = exc
        self.done.emit()


class ImportDialog(QDialog):
    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview = None
        self.stored = None
        self._reader: _Reader | None = None
        self.setWindowTitle(self.tr("Import indicator data"))
        self.resize(900, 700)

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("A CSV or XLSX file (World Bank, FRED, Banxico SIE, INEGI, Census…)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the file to import"))
        browse.clicked.connect(self._browse)
        self.sheet = QLineEdit()
        self.sheet.setAccessibleName(self.tr("Worksheet (XLSX only; empty for the first usable sheet)"))
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Country code when the file has none (e.g. MEX)"))
        self.country.setPlaceholderText(self.tr("A country code such as MEX; empty: the series applies to all"))
        self.annual = QComboBox()
        self.annual.setAccessibleName(self.tr("Aggregate to annual"))
        self.annual.addItem(self.tr("Keep the file's periods"), None)
        self.annual.addItem(self.tr("Annual sum"), "sum")
        self.annual.addItem(self.tr("Annual mean"), "mean")
        # Offered when the file has several columns that could hold the values (the core's
        # "which_value_column"): choosing one reads the file again with it.
        self.value_column = QComboBox()
        self.value_column.setAccessibleName(self.tr("Value column"))
        self.value_column.setAccessibleDescription(self.tr("The column of the file that holds the values to import"))
        self.value_column.activated.connect(self._value_column_chosen)
        self._columns_of: str | None = None  # the file the value column choices are for
        self._refused = False  # the last reading was refused (its problems are listed)
        self.read_button = QPushButton(self.tr("Read file"))
        self.read_button.setAccessibleName(self.tr("Read and check the file"))
        self.read_button.clicked.connect(self.start_reading)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        options = QFormLayout()
        options.addRow(self.tr("File"), file_row)
        options.addRow(self.tr("Sheet"), self.sheet)
        options.addRow(self.tr("Country"), self.country)
        options.addRow(self.tr("Periods"), self.annual)
        options.addRow(self.tr("Value column"), self.value_column)
        options.setRowVisible(self.value_column, False)
        options.addRow("", self.read_button)
        self.options_form = options

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What was understood"))
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems found, by row"))
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Preview of the values"))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Period"), self.tr("Country"), self.tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in range(3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        # One line of text per row, as in the other tables (the style's default is taller).
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)  # a preview, not an editor

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Series name"))
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source (publisher)"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Series code"))
        self.as_of = QLineEdit()
        self.as_of.setAccessibleName(self.tr("As-of date"))
        confirm = QGroupBox(self.tr("Confirm the series"))
        confirm_form = QFormLayout(confirm)
        # Name, unit and source are required: marked with "*" (and said to screen readers)
        # before Import is pressed; Import stays disabled until they are filled.
        self.required = {self.name: self.tr("name"), self.unit: self.tr("unit"), self.source: self.tr("source")}
        for field in self.required:
            field.setAccessibleDescription(self.tr("Required"))
            field.textChanged.connect(self._update_import_button)
        confirm_form.addRow(self.tr("Name *"), self.name)
        confirm_form.addRow(self.tr("Unit *"), self.unit)
        confirm_form.addRow(self.tr("Source *"), self.source)
        confirm_form.addRow(self.tr("Series code"), self.code)
        confirm_form.addRow(self.tr("As of"), self.as_of)
        required_note = QLabel(self.tr("* required"))
        required_note.setObjectName("requiredNote")
        confirm_form.addRow("", required_note)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020")
        self.missing = QLabel()  # what Import still needs, said before it is pressed
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("What is needed before importing"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Store the series in the book"))
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.store)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.missing)
        layout.addWidget(buttons)
        self._update_import_button()

    def missing_fields(self) -> list[str]:
        """The required fields still empty, in words."""
        return [label for field, label in self.required.items() if not field.text().strip()]

    def _update_import_button(self) -> None:
        """Import is possible once a file is read and name, unit and source are filled; the line
        above the buttons says what is still needed."""
        if self.preview is None:
            self.import_button.setEnabled(False)
            if self._reader is not None:
                self.missing.setText("")
            elif self.choosing_value_column():
                self.missing.setText(self.tr("Choose the value column above to see what will be imported."))
            elif self._refused:
                self.missing.setText(
                    self.tr("This file cannot be imported as it is: see the problems above, or choose another file.")
                )
            else:
                self.missing.setText(self.tr("Read a file to see what will be imported."))
            return
        missing = self.missing_fields()
        self.import_button.setEnabled(not missing)
        self.missing.setText(
            self.tr("To import, fill in the series' {fields}.").format(fields=", ".join(missing)) if missing else ""
        )

    def country_text(self, code: str) -> str:
        """A preview row's country: the code, or "all" in words for a series that applies to all."""
        from briefingbook.core.importers import DEFAULT_COUNTRY

        return self.tr("all") if code == DEFAULT_COUNTRY else code

    def _browse(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self, self.tr("Import data from"), "", self.tr("Data files (*.csv *.txt *.xlsx);;All files (*)")
        )
        if path:
            self.path.setText(path)
            self.start_reading()

    def options(self) -> dict:
        return {
            "sheet": self.sheet.text().strip() or None,
            "country": self.country.text().strip() or None,
            # the value column chosen for this file, else the series code (which may name it)
            "code": self.chosen_value_column() or self.code.text().strip() or None,
            "annual": self.annual.currentData(),
        }

    # -- the value column, when the file has several that could hold the values ---------------
    def offers_value_column(self) -> bool:
        return self._columns_of is not None and self._columns_of == self.path.text().strip()

    def chosen_value_column(self) -> str | None:
        return self.value_column.currentData() if self.offers_value_column() else None

    def choosing_value_column(self) -> bool:
        return self.offers_value_column() and self.value_column.currentData() is None

    def offer_value_columns(self, choices: tuple[tuple[str, bool], ...]) -> None:
        """Show the value column choice: the columns of numbers first, text columns said so."""
        self._columns_of = self.path.text().strip()
        self.value_column.clear()
        self.value_column.addItem(self.tr("Choose the column that holds the values…"), None)
        for header, numeric in choices:
            label = header if numeric else self.tr("{column} (text)").format(column=header)
            self.value_column.addItem(label, header)
        self.options_form.setRowVisible(self.value_column, True)

    def hide_value_columns(self) -> None:
        self._columns_of = None
        self.value_column.clear()
        self.options_form.setRowVisible(self.value_column, False)

    def choose_value_column(self, header: str) -> None:
        """Choose a value column by its header and read the file again with it."""
        index = self.value_column.findData(header)
        if index < 1:
            raise ValueError(f"{header!r} is not one of the value columns offered")
        self.value_column.setCurrentIndex(index)
        self._value_column_chosen(index)

    def _value_column_chosen(self, index: int) -> None:
        if self.value_column.itemData(index) is None or self._reader is not None:
            return
        offered = {self.value_column.itemData(i) for i in range(1, self.value_column.count())}
        if self.code.text().strip() in offered:
            self.code.clear()  # the code proposed by another column's header: the new one's instead
        self.start_reading()

    def start_reading(self) -> None:
        """Read in a worker thread; the result is shown when it finishes."""
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose a file first."))
            return
        if not self.offers_value_column():
            self.hide_value_columns()  # another file: its own columns
        self.read_button.setEnabled(False)
        self.preview = None
        self._refused = False
        self.summary.setText(self.tr("Reading {name}…").format(name=Path(text).name))
        self._reader = _Reader(Path(text), self.options(), self)
        self._reader.done.connect(self._read_finished)
        self._update_import_button()
        self._reader.start()

    def wait_for_reading(self, timeout_ms: int = 30000) -> None:
        if self._reader is not None:
            self._reader.wait(timeout_ms)
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()

    def _read_finished(self) -> None:
        reader, self._reader = nonnull(self._reader, "file reader"), None
        reader.wait()
        self.read_button.setEnabled(True)
        self.error.clear()
        if reader.error is not None:
            if not isinstance(reader.error, BriefingBookError):
                raise reader.error  # a bug, not a bad file: the crash handler logs it
            self.show_problem(reader.error)
            return
        self.show_preview(reader.preview)

    def show_problem(self, error: Exception) -> None:
        self.preview = None
        self._refused = True
        self.table.setRowCount(0)
        problems = getattr(error, "problems", ())
        ambiguity = next(
            (
                p
                for _, p in problems
                if isinstance(p, Message) and p.code == "which_value_column" and "choices" in p.params
            ),
            None,
        )
        if ambiguity is not None:
            self.offer_value_columns(ambiguity.params["choices"])  # type: ignore[arg-type]
            self.summary.setText(
                self.tr("Several columns could hold the values: choose the value column to see the preview.")
            )
        else:
            self.summary.setText(self.tr("The file was not imported; nothing was written."))
        # The core words its messages as codes with parameters: shown in the interface language.
        lines = [import_messages.error_text(error)]
        if len(problems) > 1:
            lines.append("")
            lines += [
                (
                    self.tr("row {row}: {problem}").format(row=row, problem=import_messages.text(problem))
                    if row is not None
                    else import_messages.text(problem)
                )
                for row, problem in problems
            ]
        self.problems.setPlainText("\n".join(lines))
        self.problems.show()
        self._update_import_button()

    def show_preview(self, preview) -> None:
        self.preview = preview
        self._refused = False
        self.problems.hide()
        first, last = preview.periods
        aggregated = (
            self.tr(", aggregated to annual ({how})").format(how=import_messages.text(Message(preview.aggregation)))
            if preview.aggregation
            else ""
        )
        self.summary.setText(
            self.tr(
                "Understood as: {layout}. %n values, {frequency}{aggregated}, {first} to {last}; countries: "
                "{countries}.",
                "",
                len(preview.rows),
            ).format(
                layout=import_messages.text(preview.layout_label),
                frequency=import_messages.text(Message(preview.frequency)),
                aggregated=aggregated,
                first=first,
                last=last,
                countries=", ".join(self.country_text(c) for c in preview.countries),
            )
        )
        if preview.warnings:
            self.problems.setPlainText("\n".join(import_messages.text(w) for w in preview.warnings))
            self.problems.show()
        rows = preview.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(
                ("" if row.row is None else str(row.row), row.period, self.country_text(row.country), row.value_text)
            ):
                self.table.setItem(r, c, QTableWidgetItem(value))
        prov = preview.provenance
        for field, value in (
            (self.name, prov.name),
            (self.unit, prov.unit),
            (self.source, prov.source),
            (self.code, prov.series_code),
            (self.as_of, prov.as_of),
        ):
            if value and not field.text().strip():
                field.setText(value)
        self._update_import_button()

    def store(self):
        """Store the previewed series (a new vintage when it exists already)."""
        from briefingbook.core import book_series

        if self.preview is None:
            return None
        missing = self.missing_fields()
        if missing:
            self.error.setText(self.tr("Fill in the series' {fields}.").format(fields=", ".join(missing)))
            return None
        from briefingbook.core.backups import backup_before

        reserved = {info.slug for info in self.session.reference.series_list()}
        try:
            backup_before(self.session.book, "import")  # no import without a verified backup first
            self.stored = book_series.store(
                self.session.book,
                self.preview,
                name=self.name.text().strip(),
                unit=self.unit.text().strip(),
                source=self.source.text().strip(),
                series_code=self.code.text().strip() or None,
                as_of=self.as_of.text().strip() or None,
                reserved_slugs=reserved,
            )
        except BriefingBookError as exc:
            self.error.setText(import_messages.error_text(exc))
            return None
        self.accept()
        return self.stored
