"""``briefingbook import`` and ``briefingbook series --book``: files in each layout, written here
from the real figures in data/sources/indicators/ (the product's copy of the shared indicator
data), round-trip to the same numbers; every class of bad file is refused with a message naming
file, row and problem, and the book is byte-identical afterwards."""

from __future__ import annotations

import csv
import hashlib
import io
from decimal import Decimal
from pathlib import Path

import pytest

from briefingbook.cli import main

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources" / "indicators"


def real(slug: str, country: str | None = None) -> list[tuple[str, str, str]]:
    """(year, country, value as published) rows of a real indicator file."""
    with (SOURCES / f"{slug}.csv").open(encoding="utf-8", newline="") as handle:
        rows = [(r["year"], r["country"], r["value"]) for r in csv.DictReader(handle)]
    return [r for r in rows if country is None or r[1] == country]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def book(tmp_path, create_book) -> Path:
    path = tmp_path / "summit.bbook"
    create_book(path, title="Cumbre", date="2027-03-01").close()  # what `briefingbook new` makes
    return path


def imported(capsys, book, file, *extra, name="Series", unit="US dollars", source="test") -> str:
    code, out, err = run(capsys, "import", book, file, "--name", name, "--unit", unit, "--source", source, *extra)
    assert code == 0, err
    slug, count = out.strip().split("\t")
    assert count.endswith(" observations")
    return slug


def numbers(rows) -> list[tuple[str, str, Decimal]]:
    """Rows compared as exact numbers ("5020.0" as published equals "5020" as printed)."""
    return sorted((period, country, Decimal(value)) for period, country, value in rows)


def printed(capsys, book, slug, *extra) -> list[tuple[str, str, Decimal]]:
    code, out, err = run(capsys, "series", slug, "--book", book, *extra)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["period", "country", "value"]
    assert all(not value.endswith(".0") and "e" not in value for _, _, value in rows[1:])  # clean number text
    return numbers(rows[1:])


# -- writers: each layout as the publisher gives it, filled with real figures --------------------------------
def write_world_bank(
    path: Path,
    slug: str,
    code: str,
    indicator: str,
    last_updated: str,
    countries: dict[str, str],
    years=range(1960, 2025),
) -> None:
    """World Bank WDI download: preamble, blank line, wide header with a trailing comma."""
    values = {(c, y): v for y, c, v in real(slug)}
    lines = ['"Data Source","World Development Indicators",', "", f'"Last Updated Date","{last_updated}",', ""]
    lines.append(
        ",".join(
            f'"{h}"' for h in ["Country Name", "Country Code", "Indicator Name", "Indicator Code", *map(str, years)]
        )
        + ","
    )
    for iso3, country_name in countries.items():
        cells = [country_name, iso3, indicator, code] + [values.get((iso3, str(y)), "") for y in years]
        lines.append(",".join(f'"{c}"' for c in cells) + ",")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_fred(path: Path, rows, series_id: str, date_header="observation_date", missing_years=()) -> None:
    lines = [f"{date_header},{series_id}"]
    lines += [f"{y}-01-01,{v}" for y, _, v in rows]
    lines += [f"{y}-01-01,." for y in missing_years]  # FRED's marker for a missing value
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def spanish_number(text: str) -> str:
    """A published figure written as a Spanish-locale export does: 1.234.567,89."""
    whole, _, decimals = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + ".".join(groups) + ("," + decimals if decimals else "")


def write_banxico(path: Path, title: str, series_id: str, rows: list[tuple[str, str]], encoding="cp1252") -> None:
    """Banxico SIE style: preamble lines, then Fecha;<series id>, dd/mm/aaaa dates, decimal comma."""
    lines = [
        '"BANCO DE MÉXICO"',
        f'"Título";"{title}"',
        '"Periodo disponible";"1995 - 2025"',
        '"Periodicidad";"Anual"',
        '"Unidad";"Dólares"',
        "",
        f'"Fecha";"{series_id}"',
    ]
    lines += [f"{date};{spanish_number(value)}" for date, value in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))


def write_xlsx(path: Path, rows, sheet="Datos", header=("Año", "País", "Valor"), first_sheet_notes=True) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    notes = workbook.active
    if first_sheet_notes:
        notes.title = "Notas"
        notes["A1"] = "Population, total (World Bank SP.POP.TOTL) as carried in data/sources/indicators"
        data = workbook.create_sheet(sheet)
    else:
        notes.title = sheet
        data = notes
    data.append(list(header))
    for year, country, value in rows:
        data.append([int(year), country, int(value) if value.lstrip("-").isdigit() else float(value)])
    workbook.save(path)


# -- round trips --------------------------------------------------------------------------------------------
def test_tidy_source_file_round_trips(capsys, book):
    source = SOURCES / "us_goods_trade_mexico.csv"
    slug = imported(capsys, book, source, name="U.S. goods trade with Mexico (Census)")
    assert slug == "u_s_goods_trade_with_mexico_census"
    assert printed(capsys, book, slug) == numbers(real("us_goods_trade_mexico"))


def test_world_bank_download_round_trips_with_provenance(capsys, book, tmp_path):
    path = tmp_path / "API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv"
    # Last Updated Date: the date the copied source file last changed (PROVENANCE.md).
    write_world_bank(
        path,
        "gdp_current_usd",
        "NY.GDP.MKTP.CD",
        "GDP (current US$)",
        "2024-10-21",
        {"MEX": "Mexico", "USA": "United States"},
    )
    slug = imported(capsys, book, path, "--slug", "gdp_wb", name="GDP (current US$)")
    assert printed(capsys, book, slug) == numbers(real("gdp_current_usd"))
    from briefingbook.core import book_series
    from briefingbook.core.book import Book

    with Book.open(book, readonly=True) as b:
        info = book_series.imported_series_info(b, "gdp_wb")
        (vintage,) = book_series.vintages(b, "gdp_wb")
    assert info.series_code == "NY.GDP.MKTP.CD" and info.as_of == "2024-10-21" and info.source == "book"
    assert vintage.layout == "text:world_bank" and vintage.file_name == path.name
    assert vintage.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_world_bank_country_option_selects_one_country(capsys, book, tmp_path):
    path = tmp_path / "wb.csv"
    write_world_bank(
        path, "population", "SP.POP.TOTL", "Population, total", "2023-05-04", {"MEX": "Mexico", "USA": "United States"}
    )
    slug = imported(capsys, book, path, "--country", "MEX", name="Population of Mexico", unit="persons")
    assert printed(capsys, book, slug) == numbers(real("population", "MEX"))


@pytest.mark.parametrize("date_header", ["observation_date", "DATE"])
def test_fred_download_round_trips(capsys, book, tmp_path, date_header):
    path = tmp_path / "fred.csv"
    rows = real("remittances_received_mexico_wdi")
    write_fred(path, rows, "REMIT_MEX", date_header, missing_years=[2021])
    slug = imported(capsys, book, path, "--country", "MEX", name="Remittances to Mexico (WDI via FRED layout)")
    assert printed(capsys, book, slug) == numbers(rows)


def test_banxico_spanish_export_round_trips(capsys, book, tmp_path):
    path = tmp_path / "Consulta_SIE.csv"
    rows = real("remittances_received_mexico_banxico")
    write_banxico(path, "Remesas, ingresos anuales", "SE_TEST", [(f"01/01/{y}", v) for y, _, v in rows])
    slug = imported(capsys, book, path, "--country", "MEX", name="Remesas (Banxico)")
    assert printed(capsys, book, slug) == numbers(rows)


def test_spanish_decimal_comma_latin1_round_trips(capsys, book, tmp_path):
    path = tmp_path / "pib_per_capita.csv"
    rows = real("gdp_per_capita_current_usd_derived")
    assert any("." in v for _, _, v in rows)  # the file really has decimals to write with a comma
    text = "Año;País;Valor\n" + "".join(f"{y};{c};{v.replace('.', ',')}\n" for y, c, v in rows)
    path.write_bytes(text.encode("latin-1"))
    slug = imported(capsys, book, path, name="PIB per cápita")
    assert slug == "pib_per_capita"
    assert printed(capsys, book, slug) == numbers(rows)


def test_xlsx_named_and_first_usable_sheet_round_trip(capsys, book, tmp_path):
    path = tmp_path / "poblacion.xlsx"
    rows = real("population")
    write_xlsx(path, rows)
    slug = imported(capsys, book, path, "--sheet", "Datos", "--slug", "pop_a", unit="persons")
    assert printed(capsys, book, slug) == numbers(rows)
    slug = imported(capsys, book, path, "--slug", "pop_b", unit="persons")  # "Notas" has no table: skipped
    assert printed(capsys, book, slug) == numbers(rows)


def test_monthly_banxico_summed_to_annual_gives_the_published_total(capsys, book, tmp_path):
    # Each real annual total is split into 12 whole-dollar months (11 equal parts, the remainder
    # in December): constructed monthly values whose sum must give the published figure back.
    rows = real("remittances_received_mexico_banxico")[-5:]
    monthly = []
    for year, _, value in rows:
        part = int(value) // 12
        for month in range(1, 13):
            amount = part if month < 12 else int(value) - 11 * part
            monthly.append((f"01/{month:02d}/{year}", str(amount)))
    path = tmp_path / "remesas_mensuales.csv"
    write_banxico(path, "Remesas, ingresos mensuales", "SE_TEST", monthly)
    code, out, err = run(
        capsys,
        "import",
        book,
        path,
        "--name",
        "Remesas",
        "--unit",
        "US dollars",
        "--source",
        "Banxico",
        "--country",
        "MEX",
        "--annual",
        "sum",
    )
    assert code == 0, err
    assert out == "remesas\t5 observations\n"
    assert printed(capsys, book, "remesas") == numbers(rows)


def test_listing_marks_imported_series_and_keeps_reference(capsys, book):
    imported(capsys, book, SOURCES / "population.csv", name="Población", unit="persons")
    code, out, _ = run(capsys, "series", "--book", book)
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert lines[-1] == ["poblacion", "Población", "persons", "imported"]
    assert any(parts[0] == "gdp_current_usd" and parts[3] == "published" for parts in lines)
    # A reference series is still printed from the reference DB when --book is given.
    code, out, _ = run(capsys, "series", "population", "--book", book)
    assert sorted(tuple(r) for r in list(csv.reader(io.StringIO(out)))[1:]) == sorted(real("population"))


def test_reimport_adds_a_vintage_and_keeps_the_earlier_one(capsys, book, tmp_path):
    rows = real("population", "MEX")
    early = tmp_path / "pop_2000.csv"
    early.write_text("year,value\n" + "".join(f"{y},{v}\n" for y, _, v in rows if int(y) <= 2000), encoding="utf-8")
    full = tmp_path / "pop.csv"
    full.write_text("year,value\n" + "".join(f"{y},{v}\n" for y, _, v in rows), encoding="utf-8")
    imported(capsys, book, early, "--slug", "pop", "--country", "MEX", unit="persons")
    imported(capsys, book, full, "--slug", "pop", "--country", "MEX", unit="persons")
    assert printed(capsys, book, "pop") == numbers(rows)
    assert printed(capsys, book, "pop", "--vintage", "1") == numbers(r for r in rows if int(r[0]) <= 2000)
    assert "no vintage 3" in one_line_error(*run(capsys, "series", "pop", "--book", book, "--vintage", "3"))


# -- refused files: message names file, row and problem; the book is unchanged ----------------------------------
def one_line_error(code, out, err) -> str:
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tidy_text(rows) -> str:
    return "year,country,value\n" + "".join(f"{y},{c},{v}\n" for y, c, v in rows)


def _bad_files():
    """name -> (writer(path), expected fragments of the message)."""
    gdp = real("gdp_current_usd", "MEX")
    bad = {}
    bad["empty"] = (lambda p: p.write_bytes(b""), ["is empty"])
    bad["header_only"] = (lambda p: p.write_text("year,country,value\n"), ["row 1", "header only"])
    bad["non_numeric"] = (
        lambda p: p.write_text(tidy_text(gdp[:3] + [(gdp[3][0], "MEX", "n/a")] + gdp[4:])),
        ["row 5", "'n/a' is not a number"],
    )
    bad["duplicate"] = (
        lambda p: p.write_text(tidy_text(gdp[:10] + [gdp[4]] + gdp[10:])),
        ["row 12", "1964 for MEX is given twice (rows 6 and 12)"],
    )
    bad["mixed_frequencies"] = (
        lambda p: p.write_text(tidy_text(gdp[:5] + [(gdp[5][0] + "-Q1", "MEX", gdp[5][2])] + gdp[6:])),
        ["row 7", "'1965-Q1' is quarterly but row 2 ('1960') is annual", "mixed frequencies"],
    )
    bad["bad_date"] = (
        lambda p: p.write_text(tidy_text(gdp[:2] + [("30/02/1962", "MEX", gdp[2][2])] + gdp[3:])),
        ["row 4", "'30/02/1962'", "write dates as YYYY-MM-DD"],
    )
    bad["bad_date_spanish"] = (
        lambda p: write_banxico(p, "PIB", "SE_TEST", [("31/01/1960", gdp[0][2]), ("30/02/1961", gdp[1][2])]),
        ["row 9", "'30/02/1961' is not a valid date"],
    )
    bad["binary"] = (lambda p: p.write_bytes(bytes(range(256)) * 8), ["binary data at byte 0"])
    return bad


BAD = _bad_files()


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_is_refused_and_the_book_is_unchanged(capsys, book, tmp_path, case):
    writer, fragments = BAD[case]
    path = tmp_path / f"{case}.csv"
    writer(path)
    before = sha256(book)
    message = one_line_error(*run(capsys, "import", book, path, "--name", "X", "--unit", "U", "--source", "S"))
    assert message.startswith(f"briefingbook: error: {path.name}")
    for fragment in fragments:
        assert fragment in message, message
    assert "nothing was imported" in message
    assert sha256(book) == before


def test_xlsx_formula_and_text_cells_are_refused(capsys, book, tmp_path):
    import openpyxl

    rows = real("population", "MEX")[:6]
    for case, bad_cell, fragment in [
        ("formula", f"={rows[3][2]}*1", "a formula (="),
        ("text", rows[3][2], "a text cell ('"),
    ]:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "Datos"
        sheet.append(["year", "value"])
        for index, (year, _, value) in enumerate(rows):
            sheet.append([int(year), bad_cell if index == 3 else int(value)])
        path = tmp_path / f"{case}.xlsx"
        workbook.save(path)
        before = sha256(book)
        message = one_line_error(*run(capsys, "import", book, path, "--name", "X", "--unit", "U", "--source", "S"))
        assert f"{path.name}, sheet 'Datos': row 5: column 'value': {fragment}" in message
        assert "where a number belongs" in message
        assert sha256(book) == before


def test_xlsx_without_usable_sheet_is_refused(capsys, book, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Empty"
    workbook.create_sheet("Notes")["A1"] = "Population, total: see the Datos workbook"
    path = tmp_path / "nothing.xlsx"
    workbook.save(path)
    before = sha256(book)
    message = one_line_error(*run(capsys, "import", book, path, "--name", "X", "--unit", "U", "--source", "S"))
    assert "nothing.xlsx: has no usable sheet: 'Empty' (empty); 'Notes' (no header row" in message
    message = one_line_error(
        *run(capsys, "import", book, path, "--sheet", "Data", "--name", "X", "--unit", "U", "--source", "S")
    )
    assert "has no sheet 'Data' (its sheets: 'Empty', 'Notes')" in message
    assert sha256(book) == before


def test_oversized_file_is_refused_before_reading(capsys, book, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: 51 MB on paper, nothing on disk
        handle.write(b"year,value\n")
        handle.truncate(51 * 1024 * 1024)
    before = sha256(book)
    message = one_line_error(*run(capsys, "import", book, path, "--name", "X", "--unit", "U", "--source", "S"))
    assert "huge.csv: is 51 MB; files over 50 MB are refused" in message
    assert sha256(book) == before


def test_file_with_over_a_million_rows_is_refused(capsys, book, tmp_path):
    path = tmp_path / "long.csv"
    path.write_bytes(b"year,value\n" + b"2000,1\n" * 1_000_100)
    before = sha256(book)
    message = one_line_error(*run(capsys, "import", book, path, "--name", "X", "--unit", "U", "--source", "S"))
    assert "long.csv: has 1,000,101 lines; files over 1,000,000 rows are refused" in message
    assert sha256(book) == before


def test_refusals_at_store_time_leave_the_book_unchanged(capsys, book, tmp_path):
    rows = real("remittances_received_mexico_banxico")
    annual = tmp_path / "annual.csv"
    annual.write_text(tidy_text(rows), encoding="utf-8")
    imported(capsys, book, annual, "--slug", "remesas")
    before = sha256(book)
    # The same id for values of another frequency (the annual totals as quarter-1 rows).
    quarterly = tmp_path / "quarterly.csv"
    quarterly.write_text(tidy_text([(f"{y}-Q1", c, v) for y, c, v in rows]), encoding="utf-8")
    message = one_line_error(
        *run(
            capsys,
            "import",
            book,
            quarterly,
            "--slug",
            "remesas",
            "--name",
            "X",
            "--unit",
            "US dollars",
            "--source",
            "S",
        )
    )
    assert "holds annual values but quarterly.csv gives quarterly values" in message
    # The id of a reference series.
    message = one_line_error(
        *run(capsys, "import", book, annual, "--slug", "population", "--name", "X", "--unit", "U", "--source", "S")
    )
    assert "'population' is the id of a reference series" in message
    assert sha256(book) == before
