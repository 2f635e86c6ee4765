"""Import a real monthly file (Banco de México's remittance inflows, 1995-01 … 2026-05) as a user
would download it, and check it against the reference series that was summed from it."""

from __future__ import annotations

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
