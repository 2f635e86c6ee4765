"""What the import says about a file, as codes with parameters, so any interface can word it.

Why a book opens read-only (``core/fsutil.py``, ``core/lock.py``) is said the same way (the
``ro_*`` codes), so the window words the reason in its own language too.

The importer (``core/importers.py``) and the series store (``core/book_series.py``) describe
every problem, warning and note as a ``Message``: a code (a key of ``ENGLISH``) and its
parameters (row numbers, column headers, the cell as written, limits; a parameter may itself
be a ``Message``, e.g. "annual", or a ``Join`` of several). A ``Message`` *is* its English text
(a ``str``), so the command line, logs and ``str(error)`` read as before; the window renders
the same code and parameters through its translated templates (``ui/import_messages.py``).
No Qt here.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefingbook.core.packet_labels import plural

# Codes whose text counts something, with the parameter counted: a count of 1 uses "<code>_one".
COUNTED = {"all_missing": "rows", "skipped_missing": "count"}

# The English wording of every code. A template names its parameters ({row}, {column} …);
# the window has one translated template per code with the same parameters.
ENGLISH: dict[str, str] = {
    # the refusal as a whole: "<file>: row 12: <problem> (and 3 more problems); nothing was imported"
    "refused": "{where}: {problem}{more}; nothing was imported",
    "at_row": "{label}: row {row}",
    "more_one": " (and 1 more problem)",
    "more_many": " (and {count} more problems)",
    "sheet_label": "{file}, sheet '{sheet}'",
    "list_more": "{items} and {more} more",
    # a cell where a period belongs
    "not_date_or_year": "{text} is not a date or year",
    "not_a_year": "{text} is not a year",
    "year_out_of_range": "{text} is not a year between {low} and {high}",
    "formula_for_date": "a formula ({text}) where a date belongs; paste the values instead",
    "error_for_date": "an error value ({text}) where a date belongs",
    "not_a_month": "{text} does not name a month (1 to 12)",
    "ambiguous_date": "{text} is ambiguous (day/month or month/day); write dates as YYYY-MM-DD",
    "not_a_period": "{text} is not a date, year, quarter (2024-Q1) or month (2024-03)",
    "invalid_date": "{text} is not a valid date",
    "date_out_of_range": "{text} is outside the years {low} to {high}",
    "daily_date": "{text} is a daily date; only annual, quarterly and monthly values can be imported "
    "(dates must fall on the first or last day of a month)",
    # a cell where a number belongs
    "bool_for_number": "{text} where a number belongs",
    "not_finite": "{text} is not a finite number",
    "formula_for_number": "a formula ({text}) where a number belongs; paste the values instead",
    "error_for_number": "an error value ({text}) where a number belongs",
    "date_for_number": "a date or time ({text}) where a number belongs",
    "text_for_number": "a text cell ({text}) where a number belongs",
    "not_a_number": "{text} is not a number (this file uses a {point})",
    "decimal_comma": "decimal comma",
    "decimal_point": "decimal point",
    "too_large": "{text} is too large a number",
    # a country code
    "country_too_long": "{text} is too long for a country code",
    "not_country": "{text} is not a country code",
    "country_option": "country {problem}",
    # the file as a whole
    "binary": "is not a text or XLSX file (binary data at byte {byte}); import a CSV or text export or an XLSX workbook",
    "bad_bom": "starts with a UTF-8 byte-order mark but is not UTF-8 (byte {byte})",
    "mixed_encodings": "mixes text encodings: some rows are UTF-8 but this one is not (byte {byte}, probably "
    "Latin-1 or Windows-1252); save the whole file as UTF-8 and import it again",
    "too_many_data_rows": "has over {limit:,} data rows; files over {limit:,} rows are refused "
    "(keep only the series to import)",
    "unreadable_text": "cannot be read as {separator}-separated text ({detail})",
    "sep_comma": "comma",
    "sep_semicolon": "semicolon",
    "sep_tab": "tab",
    "too_many_lines": "has {lines:,} lines; files over {limit:,} rows are refused (keep only the series to import)",
    "empty": "is empty",
    "bad_xlsx": "is not a readable XLSX workbook ({detail})",
    "xlsx_unpacks": "unpacks to {size:,.0f} MB; XLSX workbooks over {limit} MB unpacked are refused",
    "xlsx_shared": "holds {size:,.0f} MB of shared text; workbooks with over {limit} MB are refused",
    "xlsx_cells": "has over {limit:,} cells; workbooks that large are refused (keep only the series to import)",
    "no_openpyxl": "is an XLSX workbook, but openpyxl is not installed",
    "no_sheet": "has no sheet {sheet} (its sheets: {sheets})",
    "sheet_cells": "has over {limit:,} cells (counting the empty ones between filled cells); sheets that large "
    "are refused (keep only the series to import)",
    "sheet_rows": "has over {limit:,} rows; sheets over {limit:,} rows are refused",
    "unreadable": "cannot be read ({detail})",
    "sheet_empty": "empty",
    "no_header_in": "no header row with a date, year or period column in its first {rows} rows",
    "sheet_reason": "'{sheet}' ({reason})",
    "no_usable_sheet": "has no usable sheet: {reasons}",
    "no_worksheets": "no worksheets",
    "sheet_skipped": "sheet {sheets} skipped",
    "sheets_skipped": "sheets {sheets} skipped",
    "text_no_sheet": "is a text file, not an XLSX workbook, so it has no sheet {sheet}",
    "too_big": "is {size:.0f} MB; files over {limit} MB are refused",
    "too_big_keep": "is {size:.0f} MB; files over {limit} MB are refused (keep only the series to import)",
    "old_xls": "is an old Excel .xls workbook; save it as .xlsx or CSV and import that",
    "no_such_file": "no such file",
    "folder": "is a folder, not a file",
    "starts_with_data": "starts with data; add a header row such as year,value",
    "no_header": "has no header row with a date, year or period column in its first {rows} rows "
    "(layouts read: tidy, World Bank, FRED, Spanish-locale)",
    # the table
    "no_country_values": "has no values for country {country} (it has: {found})",
    "wb_no_years": "the World Bank header has no year columns (1960, 1961, …)",
    "no_indicator": "has no indicator {code} (it holds: {codes})",
    "many_indicators": "holds {count} indicators ({codes}); choose one by its code",
    "no_country_code": "no country code in column 'Country Code'",
    "column_problem": "column {column}: {problem}",
    "field_count": "has {fields} fields but the header has {header}",
    "field_count_comma": "has {fields} fields but the header has {header} (a decimal comma in a comma-separated file?)",
    "columns_ignored": "columns ignored: {columns}",
    "no_value_column": "the header has a period column ({column}) but no value column",
    # also has ``choices``, used by the window and not in the text: (header, holds numbers) pairs
    "which_value_column": "cannot tell which column holds the values ({columns}); name it 'value' or choose it "
    "by giving its header as the series code",
    "decimal_point_used": "the values use a decimal point, not a decimal comma",
    "no_period": "no period in column {column}",
    "no_country": "no country in column {column}",
    "header_only": "has a header but no data rows below it (header only)",
    "all_missing": "has no values: all {rows} data rows are empty or marked missing ({markers})",
    "all_missing_one": "has no values: {rows} data row, empty or marked missing ({markers})",
    "nothing": "nothing",
    "too_many_rows": "has {rows:,} data rows; files over {limit:,} rows are refused",
    "duplicate": "{period} for {country} is given twice (rows {first} and {row}): duplicate period",
    "skipped_missing": "{count} empty or missing values ({markers}) were skipped",
    "skipped_missing_one": "{count} empty or missing value ({markers}) was skipped",
    "no_as_of": "the file states no as-of date; its modification date {date} is used",
    # frequencies and aggregation
    "mixed_kinds": "{text} is {kind} but row {row} ({first}) is {first_kind}; a file must hold one frequency "
    "(mixed frequencies)",
    "kind_date": "a date",
    "annual": "annual",
    "quarterly": "quarterly",
    "monthly": "monthly",
    "one_date": "the file holds one date only; it is read as a monthly value",
    "off_steps": "{text} does not fall on the file's {frequency} steps; a file must hold one frequency "
    "(mixed frequencies)",
    "sum": "sum",
    "mean": "mean",
    "quarters": "quarters",
    "months": "months",
    "incomplete_year": "{year} {country} ({count} of {needed})",
    "incomplete_years": "incomplete years left out of the annual {how} ({unit} present): {years}",
    "already_annual": "the values are already annual; the annual {how} changes nothing",
    "no_complete_year": "has no complete year to aggregate to an annual {how} ({detail})",
    "no_values": "no values",
    "bad_aggregation": "aggregation {how} must be one of: {choices}",
    # how the file was understood
    "layout_tidy": "Tidy table (period, value, optional country)",
    "layout_world_bank": "World Bank wide download",
    "layout_fred": "FRED download",
    "layout_spanish": "Spanish-locale export (Banxico SIE, INEGI)",
    "layout_xlsx": "{layout}, XLSX sheet '{sheet}'",
    "layout_text": "{layout}, {encoding} text, {separator}-separated",
    # storing the series (core/book_series.py)
    "no_slug": "cannot make a series id from the name {name}; give one (--slug)",
    "bad_slug": "series id {slug} must be 1 to 64 characters of a-z, 0-9 and _, starting with a letter or digit",
    "needs_field": "an imported series needs a {field}",
    "field_name": "name",
    "field_unit": "unit",
    "field_source": "source",
    "reserved_slug": "{slug} is the id of a reference series; choose another id for the import",
    "preview_empty": "{file}: the preview holds no values to import",
    "frequency_mismatch": "series {slug} holds {old} values but {file} gives {new} values; import it under "
    "another id (nothing was imported)",
    "unit_mismatch": "series {slug} is in {old}, not {new}; a new vintage keeps the unit (import it under another "
    "id; nothing was imported)",
    # why a book opens read-only (core/fsutil.py, core/lock.py): a sentence without its full stop
    "ro_cannot_examine": "{name} cannot be examined ({detail})",
    "ro_file": "{name} is a read-only file",
    "ro_folder": "{name} is in a folder you cannot write ({folder})",
    "ro_hard_links": "{name} has {count} names (hard links) and BriefingBook writes a book through one name only "
    "(copy the book to edit it)",
    "ro_lock_unknown": "{name} is open in another BriefingBook window or program; it is read-only here",
    "ro_lock_computer": "{name} is open on another computer ({host}, since {since}); it is read-only here. "
    "If it is not open there any more, delete {lock_file} beside the book",
    "ro_lock_window": "{name} is already open in another window of this BriefingBook; it is read-only here",
    "ro_lock_process": "{name} is open in another BriefingBook (process {pid}, since {since}); it is read-only here",
    "ro_lock_unwritable": "{name} is read-only here: its lock file cannot be written ({detail})",
}


@dataclass(frozen=True)
class Join:
    """Several parameters shown as one, each rendered, separated by ``sep``."""

    items: tuple[object, ...]
    sep: str = ", "


def render(code: str, params: Mapping[str, object], templates: Mapping[str, str]) -> str:
    """The text of ``code`` with ``params`` in ``templates`` (a code it lacks: in English).
    Parameters that are messages or joins are rendered with the same templates."""
    rendered = {name: _value(value, templates) for name, value in params.items()}
    if code in COUNTED:  # a count of 1 takes the singular form, ``<code>_one``
        count = params.get(COUNTED[code])
        code = plural(count if isinstance(count, int) else 0, f"{code}_one", code)
    return (templates.get(code) or ENGLISH[code]).format(**rendered)


def _value(value: object, templates: Mapping[str, str]) -> object:
    if isinstance(value, Message):
        return value.text(templates)
    if isinstance(value, Join):
        return value.sep.join(str(_value(item, templates)) for item in value.items)
    return value


class Message(str):
    """A message of the import: its English text, with the ``code`` and ``params`` it was made
    from so another language can word it (``text(templates)``)."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        self = super().__new__(cls, render(code, params, ENGLISH))
        self.code = code
        self.params = params
        return self

    def text(self, templates: Mapping[str, str]) -> str:
        return render(self.code, self.params, templates)


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses (``{limit:,}`` -> ``limit``)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def message_of(error: BaseException) -> Message | None:
    """The ``Message`` an error was raised with, or None (an error from elsewhere)."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else None


def join_more(items: Sequence[object], limit: int, sep: str = ", ") -> object:
    """The first ``limit`` items joined, with "and N more" when there are more."""
    shown = Join(tuple(items[:limit]), sep)
    return Message("list_more", items=shown, more=len(items) - limit) if len(items) > limit else shown
