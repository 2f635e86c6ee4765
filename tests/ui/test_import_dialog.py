"""File → Import data: preview, confirm, store; imported series appear in the charts pane."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

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
