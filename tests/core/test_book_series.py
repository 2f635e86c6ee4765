"""core/book_series.py: imported series stored in the book with provenance and vintages."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from briefingbook.core import book_series, importers
from briefingbook.core.book import Book
from briefingbook.core.errors import BookReadOnlyError, InvalidInputError, NotFoundError

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources" / "indicators"


def real(slug: str) -> list[tuple[str, str, str]]:
    with (SOURCES / f"{slug}.csv").open(encoding="utf-8", newline="") as handle:
        return [(r["year"], r["country"], r["value"]) for r in csv.DictReader(handle)]


def tidy(rows) -> bytes:
    return ("year,country,value\n" + "".join(f"{y},{c},{v}\n" for y, c, v in rows)).encode()


@pytest.fixture
def book(tmp_path, create_book):
    with create_book(tmp_path / "b.bbook", title="Cumbre", date="2027-03-01") as opened:
        yield opened


def test_store_and_read_back(book):
    rows = real("mexican_students_in_us")
    preview = importers.read_bytes(tidy(rows), "students.csv")
    stored = book_series.store(
        book,
        preview,
        name="Estudiantes mexicanos en EE. UU.",
        unit="students",
        source="IIE Open Doors",
        series_code="origin=Mexico",
        as_of="2023-11-13",
    )
    assert stored == book_series.StoredImport("estudiantes_mexicanos_en_ee_uu", 1, len(rows), True)
    observations = book_series.observations(book, stored.slug)
    assert [(o.period, o.country, Decimal(o.value_text)) for o in observations] == sorted(
        (y, c, Decimal(v)) for y, c, v in rows
    )
    (info,) = book_series.imported_series(book)
    assert (info.source, info.frequency, info.unit, info.series_code, info.as_of) == (
        "book",
        "annual",
        "students",
        "origin=Mexico",
        "2023-11-13",
    )
    assert (
        info.publisher == "IIE Open Doors" and "students.csv" in info.citation and preview.sha256[:12] in info.citation
    )
    assert list(info.countries) == ["MEX_TO_USA"]


def test_vintages_keep_earlier_values(book):
    rows = real("mexican_born_population_us_acs")
    first = importers.read_bytes(tidy(rows[:-3]), "acs_2015.csv")
    second = importers.read_bytes(tidy(rows), "acs_2018.csv")
    book_series.store(book, first, name="Mexican-born population (ACS)", unit="persons", source="ACS", slug="acs")
    stored = book_series.store(
        book, second, name="Mexican-born population (ACS)", unit="persons", source="ACS", slug="acs"
    )
    assert (stored.vintage, stored.created) == (2, False)
    assert [(v.vintage, v.file_name, v.observations, v.layout) for v in book_series.vintages(book, "acs")] == [
        (1, "acs_2015.csv", len(rows) - 3, "text:tidy"),
        (2, "acs_2018.csv", len(rows), "text:tidy"),
    ]
    assert len(book_series.observations(book, "acs")) == len(rows)
    assert len(book_series.observations(book, "acs", vintage=1)) == len(rows) - 3
    with pytest.raises(NotFoundError, match="no vintage 7"):
        book_series.observations(book, "acs", vintage=7)
    with pytest.raises(NotFoundError, match="no imported series 'nothing'"):
        book_series.observations(book, "nothing")


def test_refused_store_writes_nothing(book):
    rows = real("us_trade_partner_rank_mexico")
    preview = importers.read_bytes(tidy(rows), "rank.csv")
    book_series.store(book, preview, name="Rank", unit="rank", source="Census", slug="rank")
    with pytest.raises(InvalidInputError, match="is in 'rank', not 'percent'"):
        book_series.store(book, preview, name="Rank", unit="percent", source="Census", slug="rank")
    with pytest.raises(InvalidInputError, match="needs a unit"):
        book_series.store(book, preview, name="Rank", unit=" ", source="Census")
    with pytest.raises(InvalidInputError, match="must be 1 to 64 characters"):
        book_series.store(book, preview, name="Rank", unit="rank", source="Census", slug="Bad Slug")
    assert [v.vintage for v in book_series.vintages(book, "rank")] == [1]


def test_read_only_book_refuses_import(book, tmp_path):
    preview = importers.read_bytes(tidy(real("population")), "population.csv")
    book.close()
    with Book.open(tmp_path / "b.bbook", readonly=True) as readonly:
        with pytest.raises(BookReadOnlyError):
            book_series.store(readonly, preview, name="Population", unit="persons", source="World Bank")
        assert book_series.imported_series(readonly) == []


def test_value_text_is_clean():
    assert importers.value_text(5020.0) == "5020"
    assert importers.value_text(13.15) == "13.15"
    assert importers.value_text(1e-7) == "0.0000001"
    assert importers.value_text(2.5e20) == "250000000000000000000"
