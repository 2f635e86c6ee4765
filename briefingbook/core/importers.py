"""Indicator files officials download, read into a validated preview before anything is written.

Layouts understood (detected from the file, never from its name):

- ``tidy``: a header with a period column (``year``, ``date``, ``period``…), a value column and
  optionally a country column, e.g. ``year,country,value`` or ``date,value``.
- ``world_bank``: the World Bank wide download: optional preamble lines (``"Data Source",…``,
  ``"Last Updated Date",…``), then ``Country Name, Country Code, Indicator Name, Indicator Code,
  1960 … 2024``. The indicator code and the last-updated date become provenance.
- ``fred``: ``observation_date`` (or ``DATE``) and one column named by the FRED series id; ``.``
  marks a missing value.
- ``spanish``: Spanish-locale exports (Banxico SIE, INEGI): semicolon separator, decimal comma,
  ``dd/mm/aaaa`` dates, Spanish headers (``Fecha``, ``Año``, ``País``, ``Valor``…), preamble lines
  before the header. One date column plus one value column is understood whatever the value
  column's header says (SIE names it by the series id).

Text files may be UTF-8 (with or without BOM), UTF-16 with BOM, or Latin-1/CP1252; XLSX
workbooks are read with openpyxl (data on the first usable sheet, or on a named one). Periods are
annual (``2024``), quarterly (``2024-Q1``) or monthly (``2024-03``): the period text always starts
with the four-digit year. Monthly or quarterly values can be aggregated to annual (sum or mean;
complete years only).

``read_file`` returns a ``Preview`` (layout, frequency, rows, provenance found in the file,
warnings) and writes nothing; ``briefingbook.core.book_series.store`` writes a preview into a
book. Every problem with the file is raised as ``ImportFileError`` naming the file, the row and
the problem; no other exception escapes for any file content.

The module is plain Python (csv, re, math) so that start-up loads nothing heavy and every
message can name the exact line of the file; openpyxl is imported only when an XLSX is read.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import itertools
import math
import os
import re
import unicodedata
import warnings
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from briefingbook.core.errors import ImportFileError, InvalidInputError
from briefingbook.core.import_messages import Join, Message, join_more

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
# An XLSX is a zip: a small file can unpack to gigabytes (a "zip bomb"). Checked while streaming,
# before openpyxl parses anything: the parts' unpacked size (zip sizes are enforced as they are
# read), the shared-strings part, and the number of cells in the worksheets.
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
MAX_XLSX_SHARED_STRINGS = 32 * 1024 * 1024
MAX_XLSX_CELLS = 3_000_000
SNIFF_ROWS = 64  # the header (after any preamble) must be within this many rows
MAX_PROBLEMS = 50  # problems kept for the dialog; the count of the rest is still reported
DEFAULT_COUNTRY = "ALL"  # country code stored when neither the file nor the user gives one

LAYOUTS = {
    "tidy": "Tidy table (period, value, optional country)",
    "world_bank": "World Bank wide download",
    "fred": "FRED download",
    "spanish": "Spanish-locale export (Banxico SIE, INEGI)",
}
FREQUENCIES = ("annual", "quarterly", "monthly")
AGGREGATIONS = ("sum", "mean")
PERIODS_PER_YEAR = {"quarterly": 4, "monthly": 12}

# Missing-value markers per layout, compared in lower case after stripping.
MISSING = {
    "tidy": frozenset({""}),
    "world_bank": frozenset({"", ".."}),
    "fred": frozenset({"", "."}),
    "spanish": frozenset({"", "n/e", "n.e.", "n/d", "n.d.", "nd"}),
}
_ANY_MISSING = frozenset().union(*MISSING.values())

_PERIOD_NAMES = {
    "year",
    "years",
    "date",
    "period",
    "time",
    "time period",
    "observation date",
    "month",
    "quarter",
    "fecha",
    "ano",
    "anio",
    "periodo",
    "mes",
    "trimestre",
}
_COUNTRY_NAMES = {
    "country",
    "country code",
    "countrycode",
    "iso3",
    "iso3 code",
    "iso",
    "iso code",
    "code",
    "geo",
    "ref area",
    "economy",
    "pais",
    "codigo pais",
    "clave pais",
    "cve pais",
}
_VALUE_NAMES = {
    "value",
    "values",
    "obs value",
    "observation value",
    "amount",
    "valor",
    "valores",
    "monto",
    "dato",
    "datos",
    "cifra",
    "importe",
}
_SPANISH_NAMES = {
    "fecha",
    "ano",
    "anio",
    "periodo",
    "mes",
    "trimestre",
    "pais",
    "codigo pais",
    "clave pais",
    "cve pais",
    "valor",
    "valores",
    "monto",
    "dato",
    "datos",
    "cifra",
    "importe",
}
_WORLD_BANK_HEADER = ["country name", "country code", "indicator name", "indicator code"]
# Preamble "key, value" lines whose value suggests a field the user confirms.
_PREAMBLE_FIELDS = {
    "titulo": "name",
    "title": "name",
    "serie": "name",
    "nombre": "name",
    "unidad": "unit",
    "unidades": "unit",
    "unit": "unit",
    "units": "unit",
    "fuente": "source",
    "source": "source",
    "data source": "source",
    "last updated date": "as_of",
    "last updated": "as_of",
    "fecha de actualizacion": "as_of",
    "ultima actualizacion": "as_of",
}
_SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab"}

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED_POINT = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 1,234,567.89
_COMMA_DECIMAL = re.compile(r"[+-]?\d+(?:,\d+)?")  # 1234567,89
_GROUPED_COMMA = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.234.567,89
_POINT_DECIMAL = re.compile(r"[+-]?\d+\.\d+")  # a decimal point in a file otherwise using commas
_YEAR = re.compile(r"(\d{4})(?:\.0+)?")
_QUARTER = re.compile(r"(\d{4})\s*[-/ ]?\s*[QqTt]\s*([1-4])")
_QUARTER_FIRST = re.compile(r"[QqTt]\s*([1-4])\s*[-/ ]?\s*(\d{4})")
_MONTH = re.compile(r"(\d{4})(?:-|/|M|m)(\d{1,2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_WB_YEAR = re.compile(r"(\d{4})(?: \[YR\d{4}\])?")
YEAR_RANGE = (1000, 2999)
_KIND_NAMES = {"A": "annual", "Q": "quarterly", "M": "monthly", "D": "kind_date"}  # message codes


# -- public records ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)  # slots: a 1,000,000-row import holds a million of them
class PreviewRow:
    """One value as it will be stored. ``row`` is the file's line (text) or sheet row (XLSX)
    it came from; None for a value aggregated from several rows."""

    row: int | None
    period: str
    country: str
    value: float
    value_text: str


@dataclass(frozen=True)
class FileProvenance:
    """What the file itself says about the series; suggestions for the fields the user confirms."""

    name: str = ""
    unit: str = ""
    source: str = ""
    series_code: str = ""
    as_of: str = ""
    notes: tuple[str, ...] = ()  # preamble lines as read ("key: value")


@dataclass(frozen=True)
class Preview:
    """A file read and validated, nothing written yet. ``rows`` is what ``store`` writes;
    ``parsed`` is every value read, before any aggregation to annual."""

    file_name: str
    sha256: str
    size: int
    file_format: str  # "text" or "xlsx"
    layout: str  # a key of LAYOUTS
    encoding: str  # "" for XLSX
    separator: str  # "" for XLSX
    sheet: str | None
    header_row: int
    columns: dict[str, str]  # role ("period", "value", "country", …) -> the header as written
    source_frequency: str
    frequency: str
    aggregation: str | None
    rows: tuple[PreviewRow, ...]
    parsed: tuple[PreviewRow, ...]
    provenance: FileProvenance
    warnings: tuple[str, ...]  # each a Message (core/import_messages.py): English, and its code

    @property
    def layout_label(self) -> Message:
        label = Message(f"layout_{self.layout}")
        if self.file_format == "xlsx":
            return Message("layout_xlsx", layout=label, sheet=self.sheet or "")
        return Message("layout_text", layout=label, encoding=self.encoding, separator=_separator(self.separator))

    @property
    def stored_layout(self) -> str:
        """The layout as recorded with each vintage: ``text:fred``, ``xlsx:tidy``…"""
        return f"{self.file_format}:{self.layout}"

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({r.country for r in self.rows}))

    @property
    def periods(self) -> tuple[str, str]:
        """First and last period."""
        periods = sorted(r.period for r in self.rows)
        return periods[0], periods[-1]


_CLOSERS = {")": "(", "]": "["}
_CODE_LIKE = re.compile(r"[A-Z0-9][A-Z0-9_.:=-]*")


def name_and_unit(header: str) -> tuple[str, str]:
    """A column header split into a series name and its unit, as files write them:
    ``"Remesas (millones de dólares)"`` → ``("Remesas", "millones de dólares")``,
    ``"Exports [USD million]"`` → ``("Exports", "USD million")``. The unit is the last bracketed
    group at the end of the header (brackets inside it are kept: ``"PIB (millones de pesos (2018))"``
    → ``("PIB", "millones de pesos (2018)")``); a header with no such group, unbalanced brackets
    or nothing before the group has no unit: ``("Population, total", "")``."""
    text = " ".join(header.split())
    if not text or text[-1] not in _CLOSERS:
        return text, ""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        char = text[i]
        if char in _CLOSERS:
            depth += 1
        elif char in _CLOSERS.values():
            depth -= 1
            if depth == 0:
                if char != _CLOSERS[text[-1]]:
                    return text, ""  # "(…]": not a unit
                name = text[:i].rstrip(" ,;:-–—")
                unit = text[i + 1 : -1].strip()
                return (name, unit) if name and unit else (text, "")
    return text, ""  # unbalanced


def _header_proposal(header: str) -> tuple[str, str, str]:
    """What a value column's header suggests: (name, unit, series code). A code-like header
    (``REMIT``, ``SF43718``, ``NY.GDP.MKTP.CD``) is a series code; words are a name and maybe a
    unit; a generic header (``value``, ``valor``) suggests nothing."""
    if _norm(header) in _VALUE_NAMES:
        return "", "", ""
    if _CODE_LIKE.fullmatch(header.strip()):
        return "", "", header.strip()
    name, unit = name_and_unit(header)
    return name, unit, ""


def value_text(value: float) -> str:
    """A clean text of a number: whole numbers without ``.0``, no exponent, shortest digits."""
    if value.is_integer() and abs(value) < 1e17:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


# -- errors --------------------------------------------------------------------------------------
class _CellProblem(Exception):
    """One cell cannot be used; the caller adds the row and column. Raised with a Message."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _separator(separator: str) -> object:
    """A separator's name ("comma"), as a message."""
    code = {",": "sep_comma", ";": "sep_semicolon", "\t": "sep_tab"}.get(separator)
    return Message(code) if code else separator


class _Problems:
    """Problems by row, collected so a dialog can list them; raised together as one error."""

    def __init__(self, label: str, file_name: str) -> None:
        self.label = label
        self.file_name = file_name
        self.items: list[tuple[int | None, Message]] = []
        self.count = 0

    def add(self, row: int | None, problem: Message) -> None:
        self.count += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append((row, problem))

    def check(self) -> None:
        if self.items:
            raise _error(self.label, self.file_name, self.items, self.count)


def _error(
    label: str | Message, file_name: str, problems: list[tuple[int | None, Message]], count: int | None = None
) -> ImportFileError:
    """The refusal: "<file>: row <n>: <first problem> (and N more problems); nothing was
    imported", a Message (its English is the error's text; ``problems`` lists them by row)."""
    row, problem = problems[0]
    where = Message("at_row", label=label, row=row) if row is not None else label
    more = (count or len(problems)) - 1
    tail = Message("more_many", count=more) if more > 1 else Message("more_one") if more else ""
    message = Message("refused", where=where, problem=problem, more=tail)
    return ImportFileError(message, file=file_name, problems=tuple(problems))


def _fail(label: str | Message, file_name: str, problem: Message, row: int | None = None) -> ImportFileError:
    return _error(label, file_name, [(row, problem)])


# -- cells ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Formula:
    text: str


@dataclass(frozen=True)
class _CellError:
    text: str


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, (_Formula, _CellError)):
        return cell.text
    if isinstance(cell, bool):
        return str(cell).upper()
    if isinstance(cell, float) and cell.is_integer() and math.isfinite(cell):
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, (dt.date, dt.time)):
        return cell.isoformat()
    return str(cell)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _norm(cell: object) -> str:
    """A header for matching: no accents, lower case, single spaces for ``_``/``-``/blanks."""
    text = unicodedata.normalize("NFKD", _text(cell).replace("\ufeff", ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(text.replace("_", " ").replace("-", " ").split())


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _period(cell: object, dayfirst: bool) -> tuple[str, int, int]:
    """(kind, year, sub): kind A (sub 0), Q (quarter), M (month) or D (a month-start or
    month-end date; sub = month). Raises _CellProblem with the reason."""
    if isinstance(cell, bool):
        raise _CellProblem(Message("not_date_or_year", text=str(cell)))
    if isinstance(cell, (int, float)):
        if isinstance(cell, float) and not cell.is_integer():
            raise _CellProblem(Message("not_a_year", text=repr(cell)))
        year = int(cell)
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            raise _CellProblem(Message("year_out_of_range", text=str(year), low=YEAR_RANGE[0], high=YEAR_RANGE[1]))
        return "A", year, 0
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    if isinstance(cell, dt.date):
        return _month_date(cell)
    if isinstance(cell, _Formula):
        raise _CellProblem(Message("formula_for_date", text=cell.text))
    if isinstance(cell, _CellError):
        raise _CellProblem(Message("error_for_date", text=cell.text))
    if not isinstance(cell, str):
        raise _CellProblem(Message("not_date_or_year", text=repr(_text(cell))))
    text = cell.strip()
    if m := _YEAR.fullmatch(text):
        year = int(m.group(1))
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            raise _CellProblem(Message("year_out_of_range", text=_show(text), low=YEAR_RANGE[0], high=YEAR_RANGE[1]))
        return "A", year, 0
    if m := _QUARTER.fullmatch(text):
        return "Q", int(m.group(1)), int(m.group(2))
    if m := _QUARTER_FIRST.fullmatch(text):
        return "Q", int(m.group(2)), int(m.group(1))
    if m := _MONTH.fullmatch(text):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise _CellProblem(Message("not_a_month", text=_show(text)))
        return "M", int(m.group(1)), month
    if m := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
        return _month_date(_calendar_date(text, year, month, day))
    if m := _SLASH_DATE.fullmatch(text):
        if not dayfirst:
            raise _CellProblem(Message("ambiguous_date", text=_show(text)))
        day, month, year = (int(g) for g in m.groups())
        return _month_date(_calendar_date(text, year, month, day))
    raise _CellProblem(Message("not_a_period", text=_show(text)))


def _calendar_date(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _CellProblem(Message("invalid_date", text=_show(text))) from None


def _month_date(day: dt.date) -> tuple[str, int, int]:
    if not YEAR_RANGE[0] <= day.year <= YEAR_RANGE[1]:
        raise _CellProblem(Message("date_out_of_range", text=day.isoformat(), low=YEAR_RANGE[0], high=YEAR_RANGE[1]))
    last = (dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) - dt.timedelta(days=1)).day
    if day.day not in (1, last):
        raise _CellProblem(Message("daily_date", text=day.isoformat()))
    return "D", day.year, day.month


def _number(cell: object, decimal: str, missing: frozenset[str], native: bool) -> float | None:
    """The cell's number, None when it is empty or the layout's missing marker."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise _CellProblem(Message("bool_for_number", text=str(cell).upper()))
    if isinstance(cell, (int, float)):
        try:
            value = float(cell)
        except OverflowError:
            value = math.inf
        if not math.isfinite(value):
            raise _CellProblem(Message("not_finite", text=_show(str(cell))))
        return value
    if isinstance(cell, _Formula):
        raise _CellProblem(Message("formula_for_number", text=cell.text))
    if isinstance(cell, _CellError):
        raise _CellProblem(Message("error_for_number", text=cell.text))
    if not isinstance(cell, str):
        raise _CellProblem(Message("date_for_number", text=_text(cell)))
    text = cell.strip()
    if text.lower() in missing:
        return None
    if native:
        raise _CellProblem(Message("text_for_number", text=_show(text)))
    number = _text_number(text, decimal)
    if number is None:
        point = Message("decimal_comma" if decimal == "," else "decimal_point")
        raise _CellProblem(Message("not_a_number", text=_show(text), point=point))
    if not math.isfinite(number):
        raise _CellProblem(Message("too_large", text=_show(text)))
    return number


def _text_number(text: str, decimal: str) -> float | None:
    if decimal == ".":
        if _NUMBER.fullmatch(text):
            return float(text)
        if _GROUPED_POINT.fullmatch(text):
            return float(text.replace(",", ""))
        return None
    compact = text.replace("\u00a0", "").replace(" ", "")
    if _COMMA_DECIMAL.fullmatch(compact):
        return float(compact.replace(",", "."))
    if _GROUPED_COMMA.fullmatch(compact):
        return float(compact.replace(".", "").replace(",", "."))
    return None


def _bad_country(text: str) -> Message | None:
    """Why a country code cannot be stored (it is printed in CSV and shown in legends), or None."""
    if len(text) > 60:
        return Message("country_too_long", text=_show(text))
    if text[0] in "=+-@" or any(unicodedata.category(ch) == "Cc" for ch in text):
        return Message("not_country", text=_show(text))
    return None


def _iso_day(cell: object) -> str:
    """A provenance date as ISO when it can be read as one, else the text as given."""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = _text(cell)
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text[:10], pattern).date().isoformat()
        except ValueError:
            continue
    return text


# -- reading files into rows of cells --------------------------------------------------------------
@dataclass
class _Sheet:
    label: str  # names the file (and sheet) in messages
    file_name: str
    rows: list[tuple[int, list[object]]]  # (line or sheet row, cells)
    native: bool  # cells carry types (XLSX) rather than text
    file_format: str
    encoding: str = ""
    separator: str = ""
    sheet: str | None = None


@dataclass
class _Options:
    sheet: str | None
    country: str | None
    code: str | None
    annual: str | None


# A multi-byte UTF-8 sequence (an accented letter written as UTF-8): in a file that is not UTF-8
# throughout, it means part of the file is UTF-8 and part is not.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode(data: bytes, label: str, file_name: str) -> tuple[str, str]:
    def garbage(where: int) -> ImportFileError:
        return _fail(label, file_name, Message("binary", byte=where))

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise garbage(exc.start) from None
    nul = data.find(b"\x00", 0, 1 << 16)
    if nul >= 0:
        raise garbage(nul)
    if data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _fail(label, file_name, Message("bad_bom", byte=exc.start)) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if _UTF8_SEQUENCE.search(data):
                # Some rows are UTF-8 ("México" as C3 A9) and some are not: decoding the whole file
                # either way would turn one kind into mojibake ("MÃ©xico"). Refuse, naming the row.
                line = data.count(b"\n", 0, exc.start) + 1
                raise _fail(label, file_name, Message("mixed_encodings", byte=exc.start), row=line) from None
            for encoding in ("cp1252", "latin-1"):
                try:
                    text = data.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
    sample = text[: 1 << 16]
    controls = [i for i, ch in enumerate(sample) if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"]
    if len(controls) > max(2, len(sample) // 100):
        raise garbage(controls[0])
    return text, encoding


_SHARED_CELLS = 50_000


def _csv_rows(
    text: str, separator: str, label: str, file_name: str, limit: int | None = None, max_filled: int | None = None
) -> list[tuple[int, list[object]]]:
    """The rows of ``text`` as (line number, cells); at most ``limit`` rows. More than
    ``max_filled`` non-blank rows is refused as soon as the row past the limit is read."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
    rows: list[tuple[int, list[object]]] = []
    start = 1
    filled = 0
    # Periods and country codes repeat on every row: one string object each, not one per row
    # (a 1,000,000-row file keeps its memory within bounds). Bounded, for files of unique cells.
    shared: dict[str, str] = {}
    try:
        for raw in itertools.islice(reader, limit):
            cells: list[object]
            if len(shared) < _SHARED_CELLS:
                cells = [shared.setdefault(c, c) for c in raw]
            else:
                cells = [shared.get(c, c) for c in raw]
            if max_filled is not None and any(cells):
                filled += 1
                if filled > max_filled:
                    raise _fail(label, file_name, Message("too_many_data_rows", limit=MAX_ROWS), row=start)
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _fail(
            label, file_name, Message("unreadable_text", separator=_separator(separator), detail=str(exc)), row=start
        ) from None
    return rows


def _text_sheet(data: bytes, file_name: str) -> _Sheet:
    label = file_name
    lines = max(data.count(b"\n"), data.count(b"\r"))
    if lines > MAX_ROWS + SNIFF_ROWS:
        raise _fail(label, file_name, Message("too_many_lines", lines=lines, limit=MAX_ROWS))
    text, encoding = _decode(data, label, file_name)
    if not text.strip():
        raise _fail(label, file_name, Message("empty"))
    best: tuple[int, str] | None = None
    for separator in _SEPARATORS:
        head = _csv_rows(text, separator, label, file_name, limit=SNIFF_ROWS)
        score = _score(head)
        if score and (best is None or score > best[0]):
            best = (score, separator)
    separator = best[1] if best else ","
    # The row cap is checked while the rows are read (not after parsing them all): the header
    # and any preamble above it, then at most MAX_ROWS data rows.
    head = _csv_rows(text, separator, label, file_name, limit=SNIFF_ROWS)
    header = _world_bank_header(head)
    if header is None:
        found = _table_header(head)
        header = found[0] if found else SNIFF_ROWS
    rows = _csv_rows(text, separator, label, file_name, max_filled=header + 1 + MAX_ROWS)
    return _Sheet(label, file_name, rows, native=False, file_format="text", encoding=encoding, separator=separator)


def _xlsx_cell(cell: Any) -> object:
    """The cell's value; formulas and error values wrapped so they are refused by name."""
    value = cell.value
    kind = getattr(cell, "data_type", None)
    if kind == "f":
        return _Formula(str(getattr(value, "text", None) or value))  # ArrayFormula keeps its text in .text
    if kind == "e":
        return _CellError(str(value))
    return value


# How a cell element starts (``<c r="A1">``, ``<c>``, ``<c/>``, or with a namespace prefix
# ``<x:c …>``), counted with bytes.count at C speed. Text that happens to contain ":c " is
# counted too: the limit is then met a little early, never late.
_XLSX_CELL_STARTS = (b"<c ", b"<c>", b"<c/", b":c ", b":c>", b":c/")


def _count_cells(block: bytes) -> int:
    return sum(block.count(start) for start in _XLSX_CELL_STARTS)


def xlsx_bomb_check(data: bytes, file_name: str) -> int:
    """Refuse an XLSX whose parts unpack too big, whose shared strings are too big, or whose
    worksheets hold more than ``MAX_XLSX_CELLS`` cells, reading the worksheets as a stream and
    stopping at the first limit passed. Returns the number of cells counted."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _fail(file_name, file_name, Message("bad_xlsx", detail=str(exc))) from None
    with archive:
        infos = archive.infolist()
        unpacked = sum(info.file_size for info in infos)
        if unpacked > MAX_XLSX_UNPACKED:
            raise _fail(
                file_name, file_name, Message("xlsx_unpacks", size=unpacked / 2**20, limit=MAX_XLSX_UNPACKED // 2**20)
            )
        for info in infos:
            if info.filename.lower().endswith("sharedstrings.xml") and info.file_size > MAX_XLSX_SHARED_STRINGS:
                raise _fail(
                    file_name,
                    file_name,
                    Message("xlsx_shared", size=info.file_size / 2**20, limit=MAX_XLSX_SHARED_STRINGS // 2**20),
                )
        cells = 0
        for info in infos:
            name = info.filename.lower()
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            tail = b""
            try:
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        # The last 2 bytes go on with the next chunk: a 3-byte cell start cut by
                        # the boundary is counted there, once.
                        block = tail + chunk
                        cells += _count_cells(block)
                        tail = block[-2:]
                        if cells > MAX_XLSX_CELLS:
                            raise _fail(file_name, file_name, Message("xlsx_cells", limit=MAX_XLSX_CELLS))
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                raise _fail(file_name, file_name, Message("bad_xlsx", detail=str(exc))) from None
        if cells > MAX_XLSX_CELLS:
            raise _fail(file_name, file_name, Message("xlsx_cells", limit=MAX_XLSX_CELLS))
    return cells


def _xlsx_sheets(data: bytes, file_name: str, wanted: str | None) -> list[_Sheet]:
    """The sheets to try, in order: the named one, or every worksheet from the first.

    Every row is read whatever the sheet's ``<dimension>`` declares (it may understate it);
    the workbook passed ``xlsx_bomb_check`` first, and the cells kept are counted again (openpyxl
    fills gaps in a row) against ``MAX_XLSX_CELLS``.
    """
    xlsx_bomb_check(data, file_name)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise _fail(file_name, file_name, Message("no_openpyxl")) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise _fail(file_name, file_name, Message("bad_xlsx", detail=f"{type(exc).__name__}: {exc}")) from None
    try:
        names = list(book.sheetnames)
        if wanted is not None and wanted not in names:
            raise _fail(
                file_name, file_name, Message("no_sheet", sheet=repr(wanted), sheets=Join(tuple(map(repr, names))))
            )
        sheets = []
        for name in [wanted] if wanted is not None else names:
            label = Message("sheet_label", file=file_name, sheet=name)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    ws = book[name]
                    if not hasattr(ws, "iter_rows"):
                        sheets.append(_Sheet(label, file_name, [], True, "xlsx", sheet=name))
                        continue
                    ws.reset_dimensions()  # a <dimension> that understates the sheet must not hide rows
                    rows = []
                    kept = 0
                    for number, cells in enumerate(ws.iter_rows(min_row=1), start=1):
                        kept += len(cells)
                        if kept > MAX_XLSX_CELLS:
                            raise _fail(label, file_name, Message("sheet_cells", limit=MAX_XLSX_CELLS))
                        values = [_xlsx_cell(c) for c in cells]
                        while values and _blank(values[-1]):
                            values.pop()
                        rows.append((number, values))
                        if number > MAX_ROWS + SNIFF_ROWS:
                            raise _fail(label, file_name, Message("sheet_rows", limit=MAX_ROWS))
            except ImportFileError:
                raise
            except Exception as exc:  # noqa: BLE001 - damaged sheet XML surfaces as many types
                raise _fail(label, file_name, Message("unreadable", detail=f"{type(exc).__name__}: {exc}")) from None
            sheets.append(_Sheet(label, file_name, rows, True, "xlsx", sheet=name))
        return sheets
    finally:
        book.close()


# -- finding the table -------------------------------------------------------------------------------
def _world_bank_header(rows: list[tuple[int, list[object]]]) -> int | None:
    for index, (_, cells) in enumerate(rows[:SNIFF_ROWS]):
        if [_norm(c) for c in cells[:4]] == _WORLD_BANK_HEADER:
            return index
    return None


def _table_header(rows: list[tuple[int, list[object]]]) -> tuple[int, int] | None:
    """(index of the header row, index of its period column), or None."""
    head = rows[:SNIFF_ROWS]
    for index, (_, cells) in enumerate(head):
        for column, cell in enumerate(cells):
            if _norm(cell) in _PERIOD_NAMES:
                # A preamble line such as "Periodo;Ene 1995 - May 2026" is not the header: the
                # header is followed by a period in that column (or by nothing: header only).
                below = next((c for _, c in rows[index + 1 :] if any(not _blank(x) for x in c)), None)
                if below is None or _quiet_period(_cell(below, column)):
                    return index, column
    # No recognised name: the row above the first "period, value" row is the header.
    for index in range(1, len(head)):
        cells = head[index][1]
        above = head[index - 1][1]
        if (
            cells
            and _quiet_period(cells[0])
            and sum(not _blank(c) for c in cells) >= 2
            and sum(not _blank(c) for c in above) >= 2
        ):
            return index - 1, 0
    return None


def _quiet_period(cell: object) -> bool:
    try:
        _period(cell, dayfirst=True)
    except _CellProblem:
        return False
    return True


def _score(rows: list[tuple[int, list[object]]]) -> int:
    """How well a separator splits the sample: rows of data under a header found."""
    if _world_bank_header(rows) is not None:
        return 10 * SNIFF_ROWS
    found = _table_header(rows)
    if found is None:
        return 0
    index, column = found
    width = len(rows[index][1])
    if width < 2:
        return 0
    data = [cells for _, cells in rows[index + 1 :] if cells]
    return 1 + sum(
        len(cells) >= 2 and len(cells) <= width and column < len(cells) and _quiet_period(cells[column])
        for cells in data
    )


def _usable(sheet: _Sheet) -> Message | None:
    """None when the sheet holds a table this module can read, else why not."""
    if not any(cells for _, cells in sheet.rows):
        return Message("sheet_empty")
    if _world_bank_header(sheet.rows) is None and _table_header(sheet.rows) is None:
        return Message("no_header_in", rows=SNIFF_ROWS)
    return None


# -- parsing a table ---------------------------------------------------------------------------------
@dataclass(slots=True)
class _Record:
    row: int
    text: str  # the period as written, for messages
    kind: str
    year: int
    sub: int
    country: str
    value: float | None  # None: the layout's missing marker (the row still counts for the frequency)


@dataclass
class _Parsed:
    layout: str
    header_row: int
    columns: dict[str, str]
    records: list[_Record]
    data_rows: int
    missing: int
    provenance: FileProvenance
    warnings: list[str]


def _cell(cells: list[object], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


def _preamble(rows: list[tuple[int, list[object]]]) -> tuple[dict[str, object], tuple[str, ...]]:
    fields: dict[str, object] = {}
    notes = []
    for _, cells in rows:
        texts = [_text(c) for c in cells if not _blank(c)]
        if not texts:
            continue
        notes.append(": ".join(texts[:2]) if len(texts) >= 2 else texts[0])
        key = _PREAMBLE_FIELDS.get(_norm(cells[0]))
        if key and len(texts) >= 2 and key not in fields:
            fields[key] = next(c for c in cells[1:] if not _blank(c))
    return fields, tuple(notes)


def _select_country(records: list[_Record], country: str | None, sheet: _Sheet) -> list[_Record]:
    if not country:
        return records
    wanted = country.strip().upper()
    kept = [r for r in records if r.country.upper() == wanted]
    if not kept:
        found = sorted({r.country for r in records})
        shown = join_more(found, 12)
        raise _fail(sheet.label, sheet.file_name, Message("no_country_values", country=repr(country), found=shown))
    return kept


def _parse_world_bank(sheet: _Sheet, index: int, options: _Options) -> _Parsed:
    header_row, header_cells = sheet.rows[index]
    header = [_text(c) for c in header_cells]
    years = {}
    ignored = []
    for column, name in enumerate(header[4:], start=4):
        if m := _WB_YEAR.fullmatch(name):
            years[column] = int(m.group(1))
        elif name:
            ignored.append(name)
    if not years:
        raise _fail(sheet.label, sheet.file_name, Message("wb_no_years"), row=header_row)
    fields, notes = _preamble(sheet.rows[:index])
    body = [(row, cells) for row, cells in sheet.rows[index + 1 :] if any(not _blank(c) for c in cells)]
    footer = [(row, cells) for row, cells in body if sum(not _blank(c) for c in cells) == 1 and not _blank(cells[0])]
    body = [item for item in body if item not in footer]
    indicators: dict[str, str] = {}
    for _, cells in body:
        indicators.setdefault(_text(_cell(cells, 3)), _text(_cell(cells, 2)))
    if options.code:
        code = next((c for c in indicators if c.upper() == options.code.strip().upper()), None)
        if code is None:
            raise _fail(
                sheet.label,
                sheet.file_name,
                Message("no_indicator", code=repr(options.code), codes=Join(tuple(sorted(indicators)))),
            )
    elif len(indicators) > 1:
        raise _fail(
            sheet.label,
            sheet.file_name,
            Message("many_indicators", count=len(indicators), codes=Join(tuple(sorted(indicators)))),
        )
    else:
        code = next(iter(indicators), "")
    problems = _Problems(sheet.label, sheet.file_name)
    missing_markers = MISSING["world_bank"]
    records: list[_Record] = []
    data_rows = missing = 0
    for row, cells in body:
        if _text(_cell(cells, 3)) != code:
            continue
        data_rows += 1
        country = _text(_cell(cells, 1))
        if not country:
            problems.add(row, Message("no_country_code"))
            continue
        if bad := _bad_country(country):
            problems.add(row, Message("column_problem", column="'Country Code'", problem=bad))
            continue
        extra = [c for c in cells[len(header) :] if not _blank(c)]
        if extra:
            problems.add(row, Message("field_count", fields=len(cells), header=len(header)))
            continue
        for column, year in years.items():
            try:
                value = _number(_cell(cells, column), ".", missing_markers, sheet.native)
            except _CellProblem as exc:
                problems.add(row, Message("column_problem", column=header[column], problem=exc.message))
                continue
            if value is None:
                missing += 1
                continue
            records.append(_Record(row, header[column], "A", year, 0, country, value))
    problems.check()
    warnings_: list[str] = []
    if ignored:
        warnings_.append(Message("columns_ignored", columns=Join(tuple(ignored))))
    if footer:
        notes += tuple(_text(cells[0]) for _, cells in footer)
    source = _text(fields.get("source", ""))
    name, unit = name_and_unit(indicators.get(code, ""))  # "GDP (current US$)": the unit in brackets
    provenance = FileProvenance(
        name=name,
        unit=unit,
        source=f"World Bank, {source}" if source else "World Bank",
        series_code=code,
        as_of=_iso_day(fields["as_of"]) if "as_of" in fields else "",
        notes=notes,
    )
    columns = {"country": header[1], "indicator": header[3], "periods": f"{header[min(years)]}…{header[max(years)]}"}
    records = _select_country(records, options.country, sheet)
    return _Parsed("world_bank", header_row, columns, records, data_rows, missing, provenance, warnings_)


def _value_choices(
    body: list[tuple[int, list[object]]], header: list[str], columns: list[int]
) -> tuple[tuple[str, bool], ...]:
    """The columns that may hold the values, for a window to offer: (header, holds numbers)
    pairs, the columns of numbers first, each group in the header's order."""
    numeric = {j: _numeric(body, j) for j in columns}
    return tuple((header[j], numeric[j]) for j in sorted(columns, key=lambda j: not numeric[j]))


def _numeric(body: list[tuple[int, list[object]]], column: int, sample: int = 50) -> bool:
    """Whether a column's first ``sample`` filled cells are all numbers (either decimal mark)."""
    seen = 0
    for _, cells in body:
        cell = _cell(cells, column)
        if _blank(cell):
            continue
        if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
            return False
        if isinstance(cell, str):
            text = cell.strip()
            if text.lower() in _ANY_MISSING:
                continue
            if _text_number(text, ".") is None and _text_number(text, ",") is None:
                return False
        seen += 1
        if seen == sample:
            break
    return seen > 0


def _parse_table(sheet: _Sheet, index: int, period_col: int, options: _Options) -> _Parsed:
    header_row, header_cells = sheet.rows[index]
    header = [_text(c) for c in header_cells]
    names = [_norm(c) for c in header_cells]
    country_col = next((j for j, n in enumerate(names) if n in _COUNTRY_NAMES and j != period_col), None)
    others = [j for j, name in enumerate(header) if name and j not in (period_col, country_col)]
    named = [j for j in others if names[j] in _VALUE_NAMES]
    code = (options.code or "").strip()
    by_code = [j for j in others if code and header[j].upper() == code.upper()]
    if by_code:
        value_col = by_code[0]
    elif len(named) == 1:
        value_col = named[0]
    elif len(others) == 1:
        value_col = others[0]
    elif not others:
        raise _fail(
            sheet.label, sheet.file_name, Message("no_value_column", column=repr(header[period_col])), row=header_row
        )
    else:
        raise _fail(
            sheet.label,
            sheet.file_name,
            Message(
                "which_value_column",
                columns=Join(tuple(header[j] for j in others)),
                choices=_value_choices(sheet.rows[index + 1 :], header, others),
            ),
            row=header_row,
        )
    ignored = [header[j] for j in others if j != value_col]
    spanish = sheet.separator == ";" or any(n in _SPANISH_NAMES for n in names if n)
    fred = (
        not spanish
        and period_col == 0
        and header[0] in ("observation_date", "DATE")
        and country_col is None
        and len(others) == 1
    )
    layout = "fred" if fred else "spanish" if spanish else "tidy"
    missing_markers = MISSING[layout]
    body = sheet.rows[index + 1 :]
    decimal = "."
    warnings_: list[str] = []
    if layout == "spanish" and not sheet.native:
        values = [c.strip() for _, cells in body if isinstance(c := _cell(cells, value_col), str)]
        if any("," in v for v in values) or not any(
            _POINT_DECIMAL.fullmatch(v) and not _GROUPED_COMMA.fullmatch(v) for v in values
        ):
            decimal = ","
        else:
            warnings_.append(Message("decimal_point_used"))
    problems = _Problems(sheet.label, sheet.file_name)
    records: list[_Record] = []
    years: dict[int, int] = {}  # one int object per year, not one per row
    data_rows = missing = 0
    for row, cells in body:
        if all(_blank(c) for c in cells):
            continue
        data_rows += 1
        if any(not _blank(c) for c in cells[len(header) :]):
            code = "field_count_comma" if sheet.separator == "," else "field_count"
            problems.add(row, Message(code, fields=len(cells), header=len(header)))
            continue
        period_cell = _cell(cells, period_col)
        if _blank(period_cell):
            problems.add(row, Message("no_period", column=repr(header[period_col])))
            continue
        try:
            kind, year, sub = _period(period_cell, dayfirst=layout == "spanish")
        except _CellProblem as exc:
            problems.add(row, Message("column_problem", column=repr(header[period_col]), problem=exc.message))
            continue
        try:
            value = _number(_cell(cells, value_col), decimal, missing_markers, sheet.native)
        except _CellProblem as exc:
            problems.add(row, Message("column_problem", column=repr(header[value_col]), problem=exc.message))
            continue
        if value is None:
            missing += 1
        if country_col is not None:
            country = _text(_cell(cells, country_col))
            if not country:
                problems.add(row, Message("no_country", column=repr(header[country_col])))
                continue
            if bad := _bad_country(country):
                problems.add(row, Message("column_problem", column=repr(header[country_col]), problem=bad))
                continue
        else:
            country = (options.country or "").strip() or DEFAULT_COUNTRY
        records.append(_Record(row, _text(period_cell), kind, years.setdefault(year, year), sub, country, value))
    problems.check()
    if ignored:
        warnings_.append(Message("columns_ignored", columns=Join(tuple(ignored))))
    fields, notes = _preamble(sheet.rows[:index])
    value_header = header[value_col]
    header_name, header_unit, series_code = _header_proposal(value_header)
    provenance = FileProvenance(
        name=_text(fields.get("name", "")) or header_name,
        unit=_text(fields.get("unit", "")) or header_unit,
        source=_text(fields.get("source", "")),
        series_code=series_code,
        as_of=_iso_day(fields["as_of"]) if "as_of" in fields else "",
        notes=notes,
    )
    columns = {"period": header[period_col], "value": value_header}
    if country_col is not None:
        columns["country"] = header[country_col]
        records = _select_country(records, options.country, sheet)
    return _Parsed(layout, header_row, columns, records, data_rows, missing, provenance, warnings_)


# -- periods, duplicates and aggregation -----------------------------------------------------------------
def _resolve_frequency(parsed: _Parsed, sheet: _Sheet) -> tuple[str, list[str]]:
    """The file's one frequency and each record's period text (in the records' order)."""
    records = parsed.records
    first = records[0]
    for record in records:
        if record.kind != first.kind:
            raise _fail(
                sheet.label,
                sheet.file_name,
                Message(
                    "mixed_kinds",
                    text=_show(record.text),
                    kind=Message(_KIND_NAMES[record.kind]),
                    row=first.row,
                    first=_show(first.text),
                    first_kind=Message(_KIND_NAMES[first.kind]),
                ),
                row=record.row,
            )
    if first.kind == "A":
        return "annual", _periods(records, lambda r: f"{r.year:04d}")
    if first.kind == "Q":
        return "quarterly", _periods(records, lambda r: f"{r.year:04d}-Q{r.sub}")
    if first.kind == "M":
        return "monthly", _periods(records, lambda r: f"{r.year:04d}-{r.sub:02d}")
    # Dates: the step between distinct months says annual (12), quarterly (3) or monthly (1).
    months = sorted({r.year * 12 + r.sub - 1 for r in records})
    gaps = Counter(b - a for a, b in zip(months, months[1:]))
    if not gaps:
        step = 1
        parsed.warnings.append(Message("one_date"))
    else:
        # The commonest step decides (gaps in a series are allowed); a date off that grid is a
        # second frequency in the same file.
        common = min(gaps, key=lambda gap: (-gaps[gap], gap))
        step = 12 if common % 12 == 0 else 3 if common % 3 == 0 else 1
    base = months[0]
    for record in sorted(records, key=lambda r: r.row):
        if (record.year * 12 + record.sub - 1 - base) % step:
            frequency = {1: "monthly", 3: "quarterly", 12: "annual"}[step]
            raise _fail(
                sheet.label,
                sheet.file_name,
                Message("off_steps", text=_show(record.text), frequency=Message(frequency)),
                row=record.row,
            )
    if step == 12:
        return "annual", _periods(records, lambda r: f"{r.year:04d}")
    if step == 3:
        return "quarterly", _periods(records, lambda r: f"{r.year:04d}-Q{(r.sub - 1) // 3 + 1}")
    return "monthly", _periods(records, lambda r: f"{r.year:04d}-{r.sub:02d}")


def _periods(records: list[_Record], name: Callable[[_Record], str]) -> list[str]:
    """Each record's period text (one string per period, shared by its rows)."""
    names: dict[tuple[int, int], str] = {}
    out = []
    for r in records:
        key = (r.year, r.sub)
        text = names.get(key)
        if text is None:
            text = names[key] = name(r)
        out.append(text)
    return out


def _aggregate(rows: tuple[PreviewRow, ...], frequency: str, how: str) -> tuple[tuple[PreviewRow, ...], list[str]]:
    """Annual sums or means of complete years (4 quarters, 12 months); the rest is reported."""
    needed = PERIODS_PER_YEAR[frequency]
    groups: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        groups.setdefault((r.country, r.period[:4]), []).append(r.value)
    result = []
    incomplete = []
    for (country, year), values in sorted(groups.items()):
        if len(values) != needed:
            incomplete.append(Message("incomplete_year", year=year, country=country, count=len(values), needed=needed))
            continue
        total = math.fsum(values)
        value = total if how == "sum" else total / needed
        result.append(PreviewRow(None, year, country, value, value_text(value)))
    notes: list[str] = []
    if incomplete:
        unit = Message("quarters" if frequency == "quarterly" else "months")
        notes.append(Message("incomplete_years", how=Message(how), unit=unit, years=join_more(incomplete, 8)))
    return tuple(result), notes


def to_annual(preview: Preview, how: str | None) -> Preview:
    """The preview with its values aggregated to annual (``sum`` or ``mean``), or back to the
    file's own frequency with ``None``; nothing is read again."""
    if how not in (None, *AGGREGATIONS):
        raise InvalidInputError(Message("bad_aggregation", how=repr(how), choices=Join(AGGREGATIONS)))
    base_warnings = tuple(
        w for w in preview.warnings if getattr(w, "code", "") not in ("incomplete_years", "already_annual")
    )
    if how is None or preview.source_frequency == "annual":
        extra: tuple[str, ...] = (Message("already_annual", how=Message(how)),) if how else ()
        return dataclasses.replace(
            preview,
            rows=preview.parsed,
            frequency=preview.source_frequency,
            aggregation=None,
            warnings=base_warnings + extra,
        )
    rows, notes = _aggregate(preview.parsed, preview.source_frequency, how)
    if not rows:
        raise _fail(
            preview.file_name,
            preview.file_name,
            Message("no_complete_year", how=Message(how), detail=notes[0] if notes else Message("no_values")),
        )
    return dataclasses.replace(
        preview, rows=rows, frequency="annual", aggregation=how, warnings=base_warnings + tuple(notes)
    )


def _preview(sheet: _Sheet, parsed: _Parsed, data: bytes, annual: str | None) -> Preview:
    label = sheet.label
    if parsed.data_rows == 0:
        raise _fail(label, sheet.file_name, Message("header_only"), row=parsed.header_row)
    if not any(r.value is not None for r in parsed.records):
        markers = ", ".join(repr(m) for m in sorted(MISSING[parsed.layout]) if m) or Message("nothing")
        raise _fail(label, sheet.file_name, Message("all_missing", rows=parsed.data_rows, markers=markers))
    if parsed.data_rows > MAX_ROWS:
        raise _fail(label, sheet.file_name, Message("too_many_rows", rows=parsed.data_rows, limit=MAX_ROWS))
    frequency, periods = _resolve_frequency(parsed, sheet)
    problems = _Problems(label, sheet.file_name)
    parsed_list = [
        PreviewRow(r.row, period, r.country, value, value_text(value))
        for r, period in zip(parsed.records, periods)
        if (value := r.value) is not None
    ]
    del periods
    parsed.records = []  # the rows are in parsed_list now (a big file's memory)
    # Duplicates by sorting (no second index of a million keys): equal neighbours, first row first.
    parsed_list.sort(key=lambda p: (p.country, p.period, p.row))
    duplicates = [
        (a, b) for a, b in zip(parsed_list, parsed_list[1:]) if a.country == b.country and a.period == b.period
    ]
    first_row: dict[tuple[str, str], int] = {}
    for a, b in sorted(duplicates, key=lambda pair: pair[1].row or 0):
        first = first_row.setdefault((a.country, a.period), a.row or 0)
        problems.add(b.row, Message("duplicate", period=b.period, country=b.country, first=first, row=b.row))
    problems.check()
    parsed_rows = tuple(parsed_list)
    del parsed_list
    warnings_ = list(parsed.warnings)
    if parsed.missing:
        markers = ", ".join(repr(m) for m in sorted(MISSING[parsed.layout]))
        warnings_.append(Message("skipped_missing", count=parsed.missing, markers=markers))
    preview = Preview(
        file_name=sheet.file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        file_format=sheet.file_format,
        layout=parsed.layout,
        encoding=sheet.encoding,
        separator=sheet.separator,
        sheet=sheet.sheet,
        header_row=parsed.header_row,
        columns=parsed.columns,
        source_frequency=frequency,
        frequency=frequency,
        aggregation=None,
        rows=parsed_rows,
        parsed=parsed_rows,
        provenance=parsed.provenance,
        warnings=tuple(warnings_),
    )
    return to_annual(preview, annual) if annual else preview


# -- entry points ----------------------------------------------------------------------------------------
def read_bytes(
    data: bytes,
    file_name: str,
    *,
    sheet: str | None = None,
    country: str | None = None,
    code: str | None = None,
    annual: str | None = None,
) -> Preview:
    """Read file content (``file_name`` is used in messages and provenance).

    ``sheet`` names the XLSX sheet (default: the first usable one); ``country`` is the country
    code for files without one, or selects that country's rows from a file with several;
    ``code`` selects the World Bank indicator or the value column by its header when the file
    holds several, and is otherwise only provenance; ``annual`` is None, "sum" or "mean".
    Raises ImportFileError for anything wrong with the content.
    """
    if annual not in (None, *AGGREGATIONS):
        raise InvalidInputError(Message("bad_aggregation", how=repr(annual), choices=Join(AGGREGATIONS)))
    if country and country.strip() and (bad := _bad_country(country.strip())):
        raise InvalidInputError(Message("country_option", problem=bad))
    options = _Options(sheet, country, code, annual)
    if len(data) > MAX_BYTES:
        raise _fail(file_name, file_name, Message("too_big", size=len(data) / 2**20, limit=MAX_BYTES // 2**20))
    if not data.strip():
        raise _fail(file_name, file_name, Message("empty"))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(file_name, file_name, Message("old_xls"))
    if data.startswith(b"PK\x03\x04"):
        sheets = _xlsx_sheets(data, file_name, sheet)
        reasons: list[Message] = []
        chosen = None
        for candidate in sheets:
            reason = _usable(candidate)
            if reason is None:
                chosen = candidate
                break
            reasons.append(Message("sheet_reason", sheet=candidate.sheet or "", reason=reason))
        if chosen is None:
            listed = Join(tuple(reasons), "; ") if reasons else Message("no_worksheets")
            raise _fail(file_name, file_name, Message("no_usable_sheet", reasons=listed))
        skipped = "sheets_skipped" if len(reasons) > 1 else "sheet_skipped"
        notes = [Message(skipped, sheets=Join(tuple(reasons)))] if reasons else []
        preview = _read_sheet(chosen, data, options)
        return dataclasses.replace(preview, warnings=tuple(notes) + preview.warnings)
    if sheet is not None:
        raise _fail(file_name, file_name, Message("text_no_sheet", sheet=repr(sheet)))
    return _read_sheet(_text_sheet(data, file_name), data, options)


def _read_sheet(sheet: _Sheet, data: bytes, options: _Options) -> Preview:
    index = _world_bank_header(sheet.rows)
    if index is not None:
        parsed = _parse_world_bank(sheet, index, options)
    else:
        found = _table_header(sheet.rows)
        if found is None:
            first = next(((row, cells) for row, cells in sheet.rows if any(not _blank(c) for c in cells)), None)
            if first is not None and first[1] and _quiet_period(first[1][0]):
                raise _fail(sheet.label, sheet.file_name, Message("starts_with_data"), row=first[0])
            raise _fail(sheet.label, sheet.file_name, Message("no_header", rows=SNIFF_ROWS))
        parsed = _parse_table(sheet, *found, options)
    sheet.rows = []  # parsed: the cells are not needed any more (a big file's memory)
    return _preview(sheet, parsed, data, options.annual)


def read_file(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    country: str | None = None,
    code: str | None = None,
    annual: str | None = None,
) -> Preview:
    """Read and validate a downloaded file; nothing is written. See ``read_bytes`` for the options.

    The size is checked before the file is read. When the file states no as-of date, the
    file's modification date is suggested instead (with a warning saying so).
    """
    path = Path(path)
    name = path.name
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise _fail(str(path), name, Message("no_such_file")) from None
    except OSError as exc:
        raise _fail(str(path), name, Message("unreadable", detail=str(exc.strerror or exc))) from None
    if path.is_dir():
        raise _fail(str(path), name, Message("folder"))
    if stat.st_size > MAX_BYTES:
        raise _fail(name, name, Message("too_big_keep", size=stat.st_size / 2**20, limit=MAX_BYTES // 2**20))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(name, name, Message("unreadable", detail=str(exc.strerror or exc))) from None
    preview = read_bytes(data, name, sheet=sheet, country=country, code=code, annual=annual)
    if not preview.provenance.as_of:
        modified = dt.date.fromtimestamp(stat.st_mtime).isoformat()
        preview = dataclasses.replace(
            preview,
            provenance=dataclasses.replace(preview.provenance, as_of=modified),
            warnings=preview.warnings + (Message("no_as_of", date=modified),),
        )
    return preview
