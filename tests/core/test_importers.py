"""core/importers.py: layout detection, periods, encodings, aggregation and refusals, on files
written from the real figures in data/sources/indicators/; plus property-based fuzzing: the
parser returns valid series or raises ImportFileError, never anything else."""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefingbook.core import importers
from briefingbook.core.errors import BriefingBookError, ImportFileError

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources" / "indicators"
FUZZ = settings(
    deadline=None, derandomize=True, database=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)


def real(slug: str, country: str | None = None) -> list[tuple[str, str, str]]:
    with (SOURCES / f"{slug}.csv").open(encoding="utf-8", newline="") as handle:
        rows = [(r["year"], r["country"], r["value"]) for r in csv.DictReader(handle)]
    return [r for r in rows if country is None or r[1] == country]


def as_numbers(rows) -> list[tuple[str, str, Decimal]]:
    return sorted((p, c, Decimal(v)) for p, c, v in rows)


def preview_numbers(preview) -> list[tuple[str, str, Decimal]]:
    return sorted((r.period, r.country, Decimal(r.value_text)) for r in preview.rows)


def test_importing_module_loads_neither_pandas_nor_openpyxl():
    code = (
        "import sys, briefingbook.core.importers, briefingbook.core.book_series, briefingbook.cli\n"
        "print(sorted(m for m in ('pandas', 'openpyxl', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_import_error_is_a_briefingbook_error():
    assert issubclass(ImportFileError, BriefingBookError)


def test_tidy_file_preview():
    preview = importers.read_file(SOURCES / "us_goods_trade_mexico.csv")
    assert (preview.layout, preview.file_format, preview.frequency, preview.separator) == (
        "tidy",
        "text",
        "annual",
        ",",
    )
    assert preview.columns == {"period": "year", "value": "value", "country": "country"}
    assert preview.countries == ("MEX_TO_USA", "USA_TO_MEX")
    assert preview_numbers(preview) == as_numbers(real("us_goods_trade_mexico"))
    assert preview.rows[0].row == 2 and preview.header_row == 1
    assert preview.provenance.as_of  # the file states none: its modification date is suggested
    assert any("modification date" in w for w in preview.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings(encoding):
    rows = real("hispanic_share_us_population_acs")
    text = "Año;País;Valor\r\n" + "".join(f"{y};{c};{v.replace('.', ',')}\r\n" for y, c, v in rows)
    preview = importers.read_bytes(text.encode(encoding), "cuota.csv")
    assert preview.layout == "spanish" and preview.columns["period"] == "Año" and preview.columns["country"] == "País"
    assert preview_numbers(preview) == as_numbers(rows)


def test_quarterly_and_monthly_period_texts_and_mean_to_annual():
    # Population is a stock: each real annual figure is written as four quarters around it
    # (value - 1, value + 1, value, value) whose mean is the published figure.
    rows = real("population", "USA")[-4:]
    lines = ["period,value"]
    for year, _, value in rows:
        v = int(value)
        lines += [f"{year}-Q1,{v - 1}", f"{year}Q2,{v + 1}", f"{year} Q3,{v}", f"Q4 {year},{v}"]
    preview = importers.read_bytes("\n".join(lines).encode(), "pop_q.csv", country="USA")
    assert preview.frequency == "quarterly" and preview.rows[0].period == f"{rows[0][0]}-Q1"
    annual = importers.to_annual(preview, "mean")
    assert annual.frequency == "annual" and annual.aggregation == "mean" and annual.source_frequency == "quarterly"
    assert preview_numbers(annual) == as_numbers(rows)
    assert importers.to_annual(annual, None).rows == preview.rows


def test_monthly_dates_sum_to_annual_and_incomplete_years_are_left_out():
    # Real annual remittances split into 12 whole-dollar months (remainder in December); the
    # last year is written with its first 5 months only, so it is incomplete.
    rows = real("remittances_received_mexico_banxico")[-3:]
    lines = ["observation_date,REMIT"]
    for index, (year, _, value) in enumerate(rows):
        part = int(value) // 12
        months = range(1, 13) if index < 2 else range(1, 6)
        lines += [f"{year}-{m:02d}-01,{part if m < 12 else int(value) - 11 * part}" for m in months]
    preview = importers.read_bytes("\n".join(lines).encode(), "remit.csv", annual="sum", country="MEX")
    assert (
        preview.layout == "fred" and preview.source_frequency == "monthly" and preview.provenance.series_code == "REMIT"
    )
    assert preview_numbers(preview) == as_numbers(rows[:2])
    assert any(f"{rows[2][0]} MEX (5 of 12)" in w for w in preview.warnings)


def test_month_end_dates_read_as_quarters():
    rows = real("remittances_usa_to_mexico_banxico")[-2:]
    lines = ["Fecha;SE_TEST"]
    for year, _, value in rows:
        lines += [f"31/03/{year};{value}", f"30/06/{year};0", f"30/09/{year};0", f"31/12/{year};0"]
    preview = importers.read_bytes("\n".join(lines).encode(), "q.csv", annual="sum")
    assert preview.source_frequency == "quarterly"
    assert [r.period for r in preview.parsed][:4] == [f"{rows[0][0]}-Q{q}" for q in (1, 2, 3, 4)]
    assert preview_numbers(preview) == as_numbers([(y, importers.DEFAULT_COUNTRY, v) for y, _, v in rows])


def test_world_bank_with_two_indicators_needs_a_code():
    gdp = {y: v for y, _, v in real("gdp_current_usd", "MEX")}
    pop = {y: v for y, _, v in real("population", "MEX")}
    years = [str(y) for y in range(2000, 2024)]
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)  # as the World Bank writes it
    writer.writerow(["Country Name", "Country Code", "Indicator Name", "Indicator Code", *years])
    writer.writerow(["Mexico", "MEX", "GDP (current US$)", "NY.GDP.MKTP.CD", *(gdp[y] for y in years)])
    writer.writerow(["Mexico", "MEX", "Population, total", "SP.POP.TOTL", *(pop[y] for y in years)])
    text = out.getvalue()
    with pytest.raises(ImportFileError, match="holds 2 indicators"):
        importers.read_bytes(text.encode(), "wb.csv")
    preview = importers.read_bytes(text.encode(), "wb.csv", code="SP.POP.TOTL")
    assert preview.provenance.name == "Population, total" and preview.provenance.series_code == "SP.POP.TOTL"
    assert preview_numbers(preview) == as_numbers([(y, "MEX", pop[y]) for y in years])


def test_problems_are_listed_by_row_for_a_dialog():
    rows = real("border_crossings_trucks")
    text = "year,country,value\n" + "".join(
        f"{y},{c},{'x' if i in (2, 5) else v}\n" for i, (y, c, v) in enumerate(rows)
    )
    with pytest.raises(ImportFileError) as caught:
        importers.read_bytes(text.encode(), "trucks.csv")
    error = caught.value
    assert error.file == "trucks.csv"
    assert [row for row, _ in error.problems] == [4, 7]
    assert str(error).startswith("trucks.csv: row 4: column 'value': 'x' is not a number")
    assert "(and 1 more problem)" in str(error)


def test_several_value_columns_need_a_choice():
    rows = real("us_goods_trade_mexico")
    exports = {y: v for y, c, v in rows if c == "USA_TO_MEX"}
    imports = {y: v for y, c, v in rows if c == "MEX_TO_USA"}
    text = "year,exports,imports\n" + "".join(f"{y},{exports[y]},{imports[y]}\n" for y in sorted(exports))
    with pytest.raises(ImportFileError, match="cannot tell which column holds the values"):
        importers.read_bytes(text.encode(), "trade.csv")
    preview = importers.read_bytes(text.encode(), "trade.csv", code="imports", country="MEX_TO_USA")
    assert preview_numbers(preview) == as_numbers([r for r in rows if r[1] == "MEX_TO_USA"])
    assert "columns ignored: exports" in preview.warnings


def test_formula_like_country_codes_are_refused():
    rows = real("population", "MEX")[:3]
    text = "year,country,value\n" + "".join(
        f"{y},{'=HYPERLINK(1)' if i == 1 else c},{v}\n" for i, (y, c, v) in enumerate(rows)
    )
    with pytest.raises(ImportFileError, match=r"row 3: column 'country': '=HYPERLINK\(1\)' is not a country code"):
        importers.read_bytes(text.encode(), "pop.csv")


def test_daily_dates_are_refused():
    with pytest.raises(ImportFileError, match=r"row 3: column 'date': 2020-01-15 is a daily date"):
        importers.read_bytes(b"date,value\n2020-01-01,1\n2020-01-15,2\n", "daily.csv")


def test_old_xls_and_damaged_xlsx_are_refused():
    with pytest.raises(ImportFileError, match="old Excel .xls"):
        importers.read_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "old.xls")
    with pytest.raises(ImportFileError, match="is not a readable XLSX workbook"):
        importers.read_bytes(b"PK\x03\x04" + b"garbage" * 10, "broken.xlsx")


# -- property-based: valid series or ImportFileError, never anything else --------------------------------------
_PERIOD = re.compile(r"\d{4}(-Q[1-4]|-\d{2})?")


def check_valid(preview) -> None:
    assert preview.rows, "a preview always holds values"
    assert preview.frequency in importers.FREQUENCIES and preview.layout in importers.LAYOUTS
    keys = [(r.period, r.country) for r in preview.rows]
    assert len(keys) == len(set(keys))
    lengths = {"annual": 4, "quarterly": 7, "monthly": 7}
    for r in preview.rows:
        assert _PERIOD.fullmatch(r.period) and len(r.period) == lengths[preview.frequency]
        assert math.isfinite(r.value) and float(r.value_text) == r.value
        assert r.country


def read_or_refuse(data: bytes, name: str = "fuzz.csv", **options) -> None:
    try:
        preview = importers.read_bytes(data, name, **options)
    except ImportFileError as exc:
        assert str(exc).startswith(name)
        return
    check_valid(preview)


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_bytes(data):
    read_or_refuse(data)


CELL = st.one_of(
    st.sampled_from(
        [
            "",
            ".",
            "..",
            "N/E",
            "year",
            "date",
            "Fecha",
            "Año",
            "value",
            "Valor",
            "country",
            "MEX",
            "2024",
            "2024-Q1",
            "2024-03",
            "2024-03-01",
            "01/03/2024",
            "31/12/2023",
            "1.234,5",
            "1,234.5",
            "3,5",
            "-7",
            "1e308",
            "1e999",
            "nan",
            "inf",
            "0x10",
            "١٢٣",
            "Country Name",
            "Indicator Code",
            "observation_date",
            "DATE",
            '"',
            "=1+1",
        ]
    ),
    st.text(alphabet="0123456789.,-/QT ", max_size=12),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


@FUZZ
@given(
    st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    st.sampled_from([None, "sum", "mean"]),
)
@pytest.mark.slow
def test_fuzz_tables(rows, separator, encoding, annual):
    text = "\n".join(separator.join(cells) for cells in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    read_or_refuse(data, annual=annual)


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.integers(1990, 2030),
            st.integers(1, 12),
            st.sampled_from([1, 2, 28, 31]),
            st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**6), 10**6)),
        ),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from([None, "sum", "mean"]),
)
@pytest.mark.slow
def test_fuzz_dated_series(points, annual):
    lines = ["date,value"] + [f"{y}-{m:02d}-{d:02d},{v}" for y, m, d, v in points]
    read_or_refuse("\n".join(lines).encode(), annual=annual)


XLSX_CELL = st.one_of(
    st.none(),
    st.integers(-(10**6), 3000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["year", "value", "Fecha", "Valor", "2024-Q1", "abc", "=1+2", "..", "MEX"]),
    st.booleans(),
)


@settings(deadline=None, derandomize=True, database=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@pytest.mark.slow
@given(st.lists(st.lists(XLSX_CELL, min_size=1, max_size=4), min_size=1, max_size=8))
def test_fuzz_xlsx(rows):
    import openpyxl

    workbook = openpyxl.Workbook()
    for cells in rows:
        workbook.active.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    read_or_refuse(buffer.getvalue(), "fuzz.xlsx")


def test_bom_alone_is_empty():
    with pytest.raises(ImportFileError, match="bom.csv: is empty"):
        importers.read_bytes(codecs.BOM_UTF8 + b"\r\n", "bom.csv")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Remesas (millones de dólares)", ("Remesas", "millones de dólares")),
        ("Exports [USD million]", ("Exports", "USD million")),
        ("GDP (current US$)", ("GDP", "current US$")),
        ("Personal remittances, received (% of GDP)", ("Personal remittances, received", "% of GDP")),
        ("PIB (millones de pesos (2018))", ("PIB", "millones de pesos (2018)")),
        ("PIB (base 2018) (millones de pesos)", ("PIB (base 2018)", "millones de pesos")),
        ("Ingresos por remesas, (millones de dólares)", ("Ingresos por remesas", "millones de dólares")),
        ("  Remesas   ( millones de dólares )  ", ("Remesas", "millones de dólares")),
        ("Population, total", ("Population, total", "")),
        ("Remesas", ("Remesas", "")),
        ("(millones de dólares)", ("(millones de dólares)", "")),  # nothing to name
        ("Remesas ()", ("Remesas ()", "")),  # an empty unit is no unit
        ("Remesas (millones de dólares", ("Remesas (millones de dólares", "")),  # unbalanced
        ("Remesas millones de dólares)", ("Remesas millones de dólares)", "")),  # unbalanced
        ("Remesas (millones de dólares]", ("Remesas (millones de dólares]", "")),  # mismatched
        ("Exports (goods) total", ("Exports (goods) total", "")),  # brackets not at the end
        ("", ("", "")),
    ],
)
def test_name_and_unit_from_a_header(header, expected):
    assert importers.name_and_unit(header) == expected


@pytest.mark.parametrize(
    ("header", "name", "unit", "code"),
    [
        ("Remesas (millones de dólares)", "Remesas", "millones de dólares", ""),
        ("Exports [USD million]", "Exports", "USD million", ""),
        ("Remittances", "Remittances", "", ""),
        ("SF43718", "", "", "SF43718"),  # a Banxico SIE series id is a code, not a name
        ("valor", "", "", ""),
    ],
)
def test_the_value_header_proposes_name_unit_or_code(header, name, unit, code):
    rows = real("remittances_received_mexico_banxico", "MEX")[-3:]
    text = f"Año;{header}\n" + "".join(f"{y};{v.replace('.', ',')}\n" for y, _, v in rows)
    prov = importers.read_bytes(text.encode(), "remesas.csv").provenance
    assert (prov.name, prov.unit, prov.series_code) == (name, unit, code)


def test_a_preamble_name_and_unit_win_over_the_header():
    rows = real("remittances_received_mexico_banxico", "MEX")[-3:]
    text = "Nombre;Remesas totales\nUnidad;dólares\n\nAño;Remesas (millones de dólares)\n" + "".join(
        f"{y};{v.replace('.', ',')}\n" for y, _, v in rows
    )
    prov = importers.read_bytes(text.encode(), "remesas.csv").provenance
    assert (prov.name, prov.unit) == ("Remesas totales", "dólares")


def test_world_bank_indicator_name_gives_name_and_unit():
    gdp = {y: v for y, _, v in real("gdp_current_usd", "MEX")}
    years = [str(y) for y in range(2000, 2024)]
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(["Country Name", "Country Code", "Indicator Name", "Indicator Code", *years])
    writer.writerow(["Mexico", "MEX", "GDP (current US$)", "NY.GDP.MKTP.CD", *(gdp[y] for y in years)])
    prov = importers.read_bytes(out.getvalue().encode(), "wb.csv").provenance
    assert (prov.name, prov.unit, prov.series_code) == ("GDP", "current US$", "NY.GDP.MKTP.CD")
