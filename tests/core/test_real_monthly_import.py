"""Import a real monthly file (Banco de México's remittance inflows, 1995-01 … 2026-05) as a user
would download it, and check it against the reference series that was summed from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefingbook.core import book_series, importers
from briefingbook.core.book import Book
from briefingbook.core.errors import ImportFileError
from briefingbook.core.reference import Reference

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "remesas_mensuales_ingresos.csv"


def test_the_value_column_must_be_chosen_and_the_message_says_how():
    with pytest.raises(ImportFileError) as caught:
        importers.read_file(REAL)
    message = str(caught.value)
    assert "remesas_mensuales_ingresos.csv" in message
    assert "VALOR_USD" in message and "row 1" in message


def test_monthly_rows_keep_their_months_and_row_numbers():
    preview = importers.read_file(REAL, code="VALOR_USD", country="MEX")
    assert preview.frequency == "monthly"
    assert len(preview.rows) == 377  # January 1995 … May 2026
    first, last = preview.rows[0], preview.rows[-1]
    assert (first.row, first.period, first.value) == (2, "1995-01", 254572352.0)
    assert (last.row, last.period, last.value) == (378, "2026-05", 5611002446.0)
    # The other columns are named as ignored, not silently dropped.
    assert any("OPERACIONES" in warning for warning in preview.warnings)


def test_annual_sum_gives_the_reference_series_back_and_leaves_out_the_partial_year():
    reference = Reference()
    published = {
        o.period: o.value for o in reference.observations("remittances_received_mexico_banxico") if o.country == "MEX"
    }
    preview = importers.read_file(REAL, code="VALOR_USD", country="MEX", annual="sum")
    summed = {row.period: row.value for row in preview.rows}
    assert "2026" not in summed  # five months only
    assert any("2026" in warning and "5 of 12" in warning for warning in preview.warnings)
    assert summed == published
    assert min(summed) == "1995" and max(summed) == "2025"


def test_stored_monthly_series_reads_back_in_the_book(tmp_path):
    reference = Reference()
    book = Book.create(tmp_path / "real.bbook", title="Real monthly import", date="2027-02-02")
    try:
        preview = importers.read_file(REAL, code="VALOR_USD", country="MEX")
        stored = book_series.store(
            book,
            preview,
            name="Remesas",
            unit="dólares",
            source="Banco de México, SIE, CE81",
            as_of="2026-07-01",
            reserved_slugs=[info.slug for info in reference.series_list()],
        )
        assert (stored.slug, stored.observations, stored.created) == ("remesas", 377, True)
        info = book_series.imported_series_info(book, "remesas")
        assert (info.frequency, info.unit, info.as_of) == ("monthly", "dólares", "2026-07-01")
        back = book_series.observations(book, "remesas")
        assert [(o.period, o.value) for o in back] == [(row.period, row.value) for row in preview.rows]
    finally:
        book.close()


def test_monthly_data_under_a_year_old_is_aged_in_months():
    # the real file ends in May 2026: in December 2026 it is 7 months old, not "0 years old";
    # in January it was 8 months old, not "1 year old"
    from briefingbook.core import provenance

    latest = importers.read_file(REAL, code="VALOR_USD").rows[-1].period
    december = provenance.freshness(latest, dt.date(2026, 12, 5))
    assert december.text("en") == "latest May 2026 · 7 months old"
    assert december.text("es") == "último dato mayo de 2026 · 7 meses de antigüedad"
    assert not december.stale
    assert provenance.freshness(latest, dt.date(2027, 1, 2)).text("en") == "latest May 2026 · 8 months old"
    assert provenance.freshness(latest, dt.date(2026, 5, 20)).text("es") == (
        "último dato mayo de 2026 · menos de un mes de antigüedad"
    )
    assert provenance.freshness(latest, dt.date(2026, 6, 1)).text("en") == "latest May 2026 · 1 month old"
    # a year or more: years, as for annual data
    assert provenance.freshness(latest, dt.date(2027, 5, 31)).text("en") == "latest May 2026 · 1 year old"
    assert provenance.freshness("2026-Q2", dt.date(2026, 12, 5)).text("en") == "latest 2026 Q2 · 6 months old"
    assert provenance.freshness("2025", dt.date(2026, 1, 2)).text("en") == "latest 2025 · 1 year old"


def test_imported_series_source_line_in_spanish_has_no_english_words(tmp_path):
    from briefingbook.core import provenance
    from briefingbook.core.catalog import SeriesCatalog

    reference = Reference()
    book = Book.create(tmp_path / "real.bbook", title="Remesas", date="2027-02-02", language="es")
    try:
        preview = importers.read_file(REAL, code="VALOR_USD", country="MEX")
        book_series.store(book, preview, name="Remesas", unit="dólares", source="Banxico SIE", as_of="2026-07-01")
        info = SeriesCatalog(reference, book).series("remesas")
        assert provenance.source_line(info, "es") == (
            "Fuente: Banxico SIE, VALOR_USD; versión 1 de 1 (remesas_mensuales_ingresos.csv), "
            "fecha de corte 1 de julio de 2026 (según la importación)"
        )
        assert "vintage 1 of 1 (remesas_mensuales_ingresos.csv)" in provenance.source_line(info, "en")
    finally:
        book.close()
