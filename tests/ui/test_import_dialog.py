"""File → Import data: preview, confirm, store; imported series appear in the charts pane."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefingbook.ui.import_dialog import ImportDialog

DATA = Path(__file__).resolve().parents[2] / "data" / "sources" / "indicators"


def _real_rows(slug: str, country: str) -> list[tuple[str, str]]:
    with (DATA / f"{slug}.csv").open(encoding="utf-8", newline="") as handle:
        return [(r["year"], r["value"]) for r in csv.DictReader(handle) if r["country"] == country]


def test_import_a_tidy_file_and_chart_it(window, tmp_path):
    rows = _real_rows("population", "MEX")
    source = tmp_path / "mexico_population.csv"
    source.write_text("year,value\n" + "".join(f"{y},{v}\n" for y, v in rows), encoding="utf-8")
    dialog = ImportDialog(window.session, window)
    dialog.path.setText(str(source))
    dialog.country.setText("MEX")
    dialog.start_reading()
    dialog.wait_for_reading()
    assert dialog.preview is not None, dialog.problems.toPlainText()
    assert dialog.table.rowCount() == len(rows)
    assert dialog.table.item(0, 1).text() == rows[0][0] and dialog.table.item(0, 3).text() == rows[0][1]
    assert not dialog.import_button.isEnabled()  # "value" names nothing: name, unit and source to fill
    dialog.name.setText("Population of Mexico (my copy)")
    dialog.unit.setText("persons")
    dialog.source.setText("World Bank SP.POP.TOTL, downloaded by the delegation")
    assert dialog.import_button.isEnabled()
    stored = dialog.store()
    assert stored.observations == len(rows)
    pane = window.charts_pane
    leaf = pane.leaves(stored.slug)
    assert leaf and leaf[0].parent().text(0) == "Imported into this book"
    pane.show_series([stored.slug])
    line = pane.specs[0].series[0]
    values = dict(zip(line.periods, line.values))
    assert values[rows[-1][0]] == float(rows[-1][1])
    assert "World Bank SP.POP.TOTL" in pane.sources.text()


def test_a_bad_file_lists_problems_and_writes_nothing(window, tmp_path, book_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("year,value\n2001,12\n2002,twelve\n", encoding="utf-8")
    window.session.book.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(book_path.read_bytes()).hexdigest()
    dialog = ImportDialog(window.session, window)
    dialog.path.setText(str(bad))
    dialog.start_reading()
    dialog.wait_for_reading()
    assert not dialog.import_button.isEnabled()
    assert "twelve" in dialog.problems.toPlainText() and "3" in dialog.problems.toPlainText()
    assert dialog.store() is None
    window.session.book.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(book_path.read_bytes()).hexdigest() == before


def test_vintages_can_be_chosen_in_the_charts_pane(window, tmp_path):
    rows = _real_rows("remittances_received_mexico_banxico", "MEX")
    pane = window.charts_pane
    for cut in (len(rows) - 1, len(rows)):  # a first download, then one with a newer year
        source = tmp_path / f"remesas_{cut}.csv"
        source.write_text("year,value\n" + "".join(f"{y},{v}\n" for y, v in rows[:cut]), encoding="utf-8")
        dialog = ImportDialog(window.session, window)
        dialog.path.setText(str(source))
        dialog.country.setText("MEX")
        dialog.start_reading()
        dialog.wait_for_reading()
        dialog.name.setText("Remittances (Banxico download)")
        dialog.unit.setText("usd")
        dialog.source.setText("Banco de México SIE")
        stored = dialog.store()
    assert stored.vintage == 2
    window.show_pane("charts")  # imported while the pane was hidden: it catches up when shown
    pane.show_series([stored.slug])
    assert pane.specs[0].series[0].periods[-1] == rows[-1][0]
    pane.tree.setCurrentItem(pane.leaves(stored.slug)[0])
    assert pane.vintage.isEnabled() and pane.vintage.count() == 2
    pane.vintage.setCurrentIndex(pane.vintage.findData(1))
    pane.vintage.activated.emit(pane.vintage.currentIndex())
    assert pane.specs[0].series[0].periods[-1] == rows[-2][0]
    assert "vintage 1 of 2" in pane.sources.text()
    assert pane.leaves(stored.slug)[0].checkState(0) == Qt.CheckState.Checked


def _read(dialog: ImportDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    dialog.start_reading()
    dialog.wait_for_reading()
    assert dialog.preview is not None, dialog.problems.toPlainText()


def _remesas(tmp_path: Path, header: str) -> tuple[Path, list[tuple[str, str]]]:
    rows = _real_rows("remittances_received_mexico_banxico", "MEX")[-4:]
    path = tmp_path / "remesas.csv"
    lines = [f"Año;{header}"] + [f"{year};{value.replace('.', ',')}" for year, value in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, rows


def test_name_and_unit_are_proposed_from_the_header(window, tmp_path):
    path, _ = _remesas(tmp_path, "Remesas (millones de dólares)")
    dialog = ImportDialog(window.session, window)
    _read(dialog, path)
    assert (dialog.name.text(), dialog.unit.text(), dialog.code.text()) == ("Remesas", "millones de dólares", "")


def test_import_is_disabled_until_the_required_fields_are_filled(window, tmp_path):
    path, _ = _remesas(tmp_path, "Remesas")  # a name, no unit, no source
    dialog = ImportDialog(window.session, window)
    assert not dialog.import_button.isEnabled() and "Read a file" in dialog.missing.text()
    for field in (dialog.name, dialog.unit, dialog.source):  # marked before anything is pressed
        assert field.accessibleDescription() == "Required"
    form = dialog.name.parentWidget().layout()
    assert form.labelForField(dialog.name).text() == "Name *"
    assert form.labelForField(dialog.source).text() == "Source *"
    assert form.labelForField(dialog.code).text() == "Series code"
    _read(dialog, path)
    assert dialog.name.text() == "Remesas" and dialog.unit.text() == ""
    assert not dialog.import_button.isEnabled()
    assert dialog.missing.text() == "To import, fill in the series' unit, source."
    dialog.unit.setText("millones de dólares")
    assert not dialog.import_button.isEnabled() and dialog.missing.text().endswith("source.")
    dialog.source.setText("Banco de México SIE")
    assert dialog.import_button.isEnabled() and dialog.missing.text() == ""
    dialog.name.setText("   ")
    assert not dialog.import_button.isEnabled() and "name" in dialog.missing.text()


def test_preview_rows_are_one_line_and_the_country_is_said_in_words(window, tmp_path):
    path, rows = _remesas(tmp_path, "Remesas (millones de dólares)")
    dialog = ImportDialog(window.session, window)
    _read(dialog, path)
    assert [dialog.table.item(r, 2).text() for r in range(len(rows))] == ["all"] * len(rows)
    assert "countries: all." in dialog.summary.text()
    line = dialog.table.fontMetrics().height()
    assert all(line <= dialog.table.rowHeight(r) <= line + 10 for r in range(len(rows)))
    dialog.country.setText("MEX")  # a code given by the user is shown as given
    _read(dialog, path)
    assert dialog.table.item(0, 2).text() == "MEX"


def test_the_country_in_words_in_spanish(window, tmp_path):
    from briefingbook.ui import i18n

    path, _ = _remesas(tmp_path, "Remesas (millones de dólares)")
    assert i18n.install("es")
    try:
        dialog = ImportDialog(window.session, window)
        _read(dialog, path)
        assert dialog.table.item(0, 2).text() == "todos"
        assert "países: todos." in dialog.summary.text()
        form = dialog.name.parentWidget().layout()
        assert form.labelForField(dialog.unit).text() == "Unidad *"
        assert dialog.missing.text() == "Para importar, complete estos datos de la serie: fuente."
    finally:
        i18n.install("en")  # the translator is process-wide: later tests read English


REAL_REMITTANCES = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "remesas_mensuales_ingresos.csv"

# What the dialog says when the file has several columns that could hold the values, by language.
CHOOSE_COLUMN = {
    "en": {
        "label": "Value column",
        "prompt": "Choose the column that holds the values…",
        "text": "FLUJO (text)",
        "summary": "Several columns could hold the values: choose the value column to see the preview.",
        "status": "Choose the value column above to see what will be imported.",
        "to_fill": "To import, fill in the series' name, unit, source.",
    },
    "es": {
        "label": "Columna de valores",
        "prompt": "Elija la columna que contiene los valores…",
        "text": "FLUJO (texto)",
        "summary": "Varias columnas podrían contener los valores: elija la columna de valores para ver la vista "
        "previa.",
        "status": "Elija arriba la columna de valores para ver qué se importará.",
        "to_fill": "Para importar, complete estos datos de la serie: nombre, unidad, fuente.",
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_file_with_several_value_columns_offers_the_choice(window, qtbot, language):
    """Banxico's monthly remittances (PERIODO, ID_FLUJO, FLUJO, OPERACIONES, VALOR_USD): the
    dialog offers the value column, numbers first; choosing VALOR_USD previews 377 months and
    Import stores them."""
    from briefingbook.core import book_series
    from briefingbook.ui import i18n

    words = CHOOSE_COLUMN[language]
    assert i18n.install(language)
    try:
        dialog = ImportDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        form = dialog.options_form
        assert not dialog.value_column.isVisibleTo(dialog)  # nothing to choose before a file is read
        _read_refused(dialog, REAL_REMITTANCES)
        assert dialog.value_column.isVisibleTo(dialog)
        assert form.labelForField(dialog.value_column).text() == words["label"]
        items = [dialog.value_column.itemText(i) for i in range(dialog.value_column.count())]
        assert items == [words["prompt"], "ID_FLUJO", "OPERACIONES", "VALOR_USD", words["text"]]
        assert dialog.summary.text() == words["summary"]
        assert dialog.missing.text() == words["status"]
        assert not dialog.import_button.isEnabled()
        assert "VALOR_USD" in dialog.problems.toPlainText()  # the core's refusal is listed too

        # The user picks the column from the keyboard, as from the list: the file is read again.
        dialog.value_column.setFocus()
        qtbot.keyClicks(dialog.value_column, "V")
        assert dialog.value_column.currentData() == "VALOR_USD"
        dialog.wait_for_reading()
        assert dialog.preview is not None, dialog.problems.toPlainText()
        assert len(dialog.preview.rows) == 377 and dialog.preview.frequency == "monthly"
        assert dialog.preview.periods == ("1995-01", "2026-05")
        assert dialog.table.rowCount() == 200  # the preview's first rows
        assert [dialog.table.item(0, c).text() for c in (1, 3)] == ["1995-01", "254572352"]
        assert "377" in dialog.summary.text()
        assert dialog.code.text() == "VALOR_USD"  # the chosen column names the series
        assert dialog.missing.text() == words["to_fill"]
        dialog.name.setText("Remesas: ingresos mensuales")
        dialog.unit.setText("US$")
        dialog.source.setText("Banco de México SIE")
        assert dialog.missing.text() == ""
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.stored is not None and dialog.stored.observations == 377
        stored = book_series.observations(window.session.book, dialog.stored.slug)
        assert len(stored) == 377 and stored[0].value == 254572352.0
    finally:
        i18n.install("en")  # the translator is process-wide: later tests read English


def test_the_value_column_choice_is_for_one_file(window, tmp_path):
    """A text column chosen is refused by row and the choice stays; another file starts afresh."""
    dialog = ImportDialog(window.session, window)
    _read_refused(dialog, REAL_REMITTANCES)
    dialog.choose_value_column("FLUJO")
    dialog.wait_for_reading()
    assert dialog.preview is None and "Ingresos" in dialog.problems.toPlainText()
    assert dialog.value_column.isVisibleTo(dialog) and dialog.value_column.currentData() == "FLUJO"
    assert dialog.missing.text() == (
        "This file cannot be imported as it is: see the problems above, or choose another file."
    )
    dialog.choose_value_column("OPERACIONES")
    dialog.wait_for_reading()
    assert dialog.preview is not None and dialog.preview.rows[0].value == 767893.0
    path, _ = _remesas(tmp_path, "Remesas (millones de dólares)")
    _read(dialog, path)
    assert not dialog.value_column.isVisibleTo(dialog) and dialog.value_column.count() == 0


def _read_refused(dialog: ImportDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    dialog.start_reading()
    dialog.wait_for_reading()
    assert dialog.preview is None
