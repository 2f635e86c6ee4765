"""The import's messages in the interface language: the window's wording of every code of
``core/import_messages.py`` (problems with a file, notes on what was read, refusals to store).

The core describes each message as a code with parameters (row numbers, column headers, the
cell as written); here each code has its template as a literal
``QCoreApplication.translate("import", …)`` call so pyside6-lupdate finds it, with the same
parameters as the English one (a test checks both lists agree).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefingbook.core.import_messages import Message, message_of


def templates() -> dict[str, str]:
    """Every message code's template in the interface language."""
    return {
        "refused": QCoreApplication.translate("import", "{where}: {problem}{more}; nothing was imported"),
        "at_row": QCoreApplication.translate("import", "{label}: row {row}"),
        "more_one": QCoreApplication.translate("import", " (and 1 more problem)"),
        "more_many": QCoreApplication.translate("import", " (and {count} more problems)"),
        "sheet_label": QCoreApplication.translate("import", "{file}, sheet '{sheet}'"),
        "list_more": QCoreApplication.translate("import", "{items} and {more} more"),
        "not_date_or_year": QCoreApplication.translate("import", "{text} is not a date or year"),
        "not_a_year": QCoreApplication.translate("import", "{text} is not a year"),
        "year_out_of_range": QCoreApplication.translate("import", "{text} is not a year between {low} and {high}"),
        "formula_for_date": QCoreApplication.translate(
            "import", "a formula ({text}) where a date belongs; paste the values instead"
        ),
        "error_for_date": QCoreApplication.translate("import", "an error value ({text}) where a date belongs"),
        "not_a_month": QCoreApplication.translate("import", "{text} does not name a month (1 to 12)"),
        "ambiguous_date": QCoreApplication.translate(
            "import", "{text} is ambiguous (day/month or month/day); write dates as YYYY-MM-DD"
        ),
        "not_a_period": QCoreApplication.translate(
            "import", "{text} is not a date, year, quarter (2024-Q1) or month (2024-03)"
        ),
        "invalid_date": QCoreApplication.translate("import", "{text} is not a valid date"),
        "date_out_of_range": QCoreApplication.translate("import", "{text} is outside the years {low} to {high}"),
        "daily_date": QCoreApplication.translate(
            "import",
            "{text} is a daily date; only annual, quarterly and monthly values can be imported (dates must fall on the first or last day of a month)",
        ),
        "bool_for_number": QCoreApplication.translate("import", "{text} where a number belongs"),
        "not_finite": QCoreApplication.translate("import", "{text} is not a finite number"),
        "formula_for_number": QCoreApplication.translate(
            "import", "a formula ({text}) where a number belongs; paste the values instead"
        ),
        "error_for_number": QCoreApplication.translate("import", "an error value ({text}) where a number belongs"),
        "date_for_number": QCoreApplication.translate("import", "a date or time ({text}) where a number belongs"),
        "text_for_number": QCoreApplication.translate("import", "a text cell ({text}) where a number belongs"),
        "not_a_number": QCoreApplication.translate("import", "{text} is not a number (this file uses a {point})"),
        "decimal_comma": QCoreApplication.translate("import", "decimal comma"),
        "decimal_point": QCoreApplication.translate("import", "decimal point"),
        "too_large": QCoreApplication.translate("import", "{text} is too large a number"),
        "country_too_long": QCoreApplication.translate("import", "{text} is too long for a country code"),
        "not_country": QCoreApplication.translate("import", "{text} is not a country code"),
        "country_option": QCoreApplication.translate("import", "country {problem}"),
        "binary": QCoreApplication.translate(
            "import",
            "is not a text or XLSX file (binary data at byte {byte}); import a CSV or text export or an XLSX workbook",
        ),
        "bad_bom": QCoreApplication.translate(
            "import", "starts with a UTF-8 byte-order mark but is not UTF-8 (byte {byte})"
        ),
        "mixed_encodings": QCoreApplication.translate(
            "import",
            "mixes text encodings: some rows are UTF-8 but this one is not (byte {byte}, probably Latin-1 or Windows-1252); save the whole file as UTF-8 and import it again",
        ),
        "too_many_data_rows": QCoreApplication.translate(
            "import",
            "has over {limit:,} data rows; files over {limit:,} rows are refused (keep only the series to import)",
        ),
        "unreadable_text": QCoreApplication.translate(
            "import", "cannot be read as {separator}-separated text ({detail})"
        ),
        "sep_comma": QCoreApplication.translate("import", "comma"),
        "sep_semicolon": QCoreApplication.translate("import", "semicolon"),
        "sep_tab": QCoreApplication.translate("import", "tab"),
        "too_many_lines": QCoreApplication.translate(
            "import", "has {lines:,} lines; files over {limit:,} rows are refused (keep only the series to import)"
        ),
        "empty": QCoreApplication.translate("import", "is empty"),
        "bad_xlsx": QCoreApplication.translate("import", "is not a readable XLSX workbook ({detail})"),
        "xlsx_unpacks": QCoreApplication.translate(
            "import", "unpacks to {size:,.0f} MB; XLSX workbooks over {limit} MB unpacked are refused"
        ),
        "xlsx_shared": QCoreApplication.translate(
            "import", "holds {size:,.0f} MB of shared text; workbooks with over {limit} MB are refused"
        ),
        "xlsx_cells": QCoreApplication.translate(
            "import", "has over {limit:,} cells; workbooks that large are refused (keep only the series to import)"
        ),
        "no_openpyxl": QCoreApplication.translate("import", "is an XLSX workbook, but openpyxl is not installed"),
        "no_sheet": QCoreApplication.translate("import", "has no sheet {sheet} (its sheets: {sheets})"),
        "sheet_cells": QCoreApplication.translate(
            "import",
            "has over {limit:,} cells (counting the empty ones between filled cells); sheets that large are refused (keep only the series to import)",
        ),
        "sheet_rows": QCoreApplication.translate(
            "import", "has over {limit:,} rows; sheets over {limit:,} rows are refused"
        ),
        "unreadable": QCoreApplication.translate("import", "cannot be read ({detail})"),
        "sheet_empty": QCoreApplication.translate("import", "empty"),
        "no_header_in": QCoreApplication.translate(
            "import", "no header row with a date, year or period column in its first {rows} rows"
        ),
        "sheet_reason": QCoreApplication.translate("import", "'{sheet}' ({reason})"),
        "no_usable_sheet": QCoreApplication.translate("import", "has no usable sheet: {reasons}"),
        "no_worksheets": QCoreApplication.translate("import", "no worksheets"),
        "sheet_skipped": QCoreApplication.translate("import", "sheet {sheets} skipped"),
        "sheets_skipped": QCoreApplication.translate("import", "sheets {sheets} skipped"),
        "text_no_sheet": QCoreApplication.translate(
            "import", "is a text file, not an XLSX workbook, so it has no sheet {sheet}"
        ),
        "too_big": QCoreApplication.translate("import", "is {size:.0f} MB; files over {limit} MB are refused"),
        "too_big_keep": QCoreApplication.translate(
            "import", "is {size:.0f} MB; files over {limit} MB are refused (keep only the series to import)"
        ),
        "old_xls": QCoreApplication.translate(
            "import", "is an old Excel .xls workbook; save it as .xlsx or CSV and import that"
        ),
        "no_such_file": QCoreApplication.translate("import", "no such file"),
        "folder": QCoreApplication.translate("import", "is a folder, not a file"),
        "starts_with_data": QCoreApplication.translate(
            "import", "starts with data; add a header row such as year,value"
        ),
        "no_header": QCoreApplication.translate(
            "import",
            "has no header row with a date, year or period column in its first {rows} rows (layouts read: tidy, World Bank, FRED, Spanish-locale)",
        ),
        "no_country_values": QCoreApplication.translate(
            "import", "has no values for country {country} (it has: {found})"
        ),
        "wb_no_years": QCoreApplication.translate(
            "import", "the World Bank header has no year columns (1960, 1961, …)"
        ),
        "no_indicator": QCoreApplication.translate("import", "has no indicator {code} (it holds: {codes})"),
        "many_indicators": QCoreApplication.translate(
            "import", "holds {count} indicators ({codes}); choose one by its code"
        ),
        "no_country_code": QCoreApplication.translate("import", "no country code in column 'Country Code'"),
        "column_problem": QCoreApplication.translate("import", "column {column}: {problem}"),
        "field_count": QCoreApplication.translate("import", "has {fields} fields but the header has {header}"),
        "field_count_comma": QCoreApplication.translate(
            "import", "has {fields} fields but the header has {header} (a decimal comma in a comma-separated file?)"
        ),
        "columns_ignored": QCoreApplication.translate("import", "columns ignored: {columns}"),
        "no_value_column": QCoreApplication.translate(
            "import", "the header has a period column ({column}) but no value column"
        ),
        "which_value_column": QCoreApplication.translate(
            "import",
            "cannot tell which column holds the values ({columns}); name it 'value' or choose it by giving its header as the series code",
        ),
        "decimal_point_used": QCoreApplication.translate(
            "import", "the values use a decimal point, not a decimal comma"
        ),
        "no_period": QCoreApplication.translate("import", "no period in column {column}"),
        "no_country": QCoreApplication.translate("import", "no country in column {column}"),
        "header_only": QCoreApplication.translate("import", "has a header but no data rows below it (header only)"),
        "all_missing": QCoreApplication.translate(
            "import", "has no values: all {rows} data rows are empty or marked missing ({markers})"
        ),
        "all_missing_one": QCoreApplication.translate(
            "import", "has no values: {rows} data row, empty or marked missing ({markers})"
        ),
        "nothing": QCoreApplication.translate("import", "nothing"),
        "too_many_rows": QCoreApplication.translate(
            "import", "has {rows:,} data rows; files over {limit:,} rows are refused"
        ),
        "duplicate": QCoreApplication.translate(
            "import", "{period} for {country} is given twice (rows {first} and {row}): duplicate period"
        ),
        "skipped_missing": QCoreApplication.translate(
            "import", "{count} empty or missing values ({markers}) were skipped"
        ),
        "skipped_missing_one": QCoreApplication.translate(
            "import", "{count} empty or missing value ({markers}) was skipped"
        ),
        "no_as_of": QCoreApplication.translate(
            "import", "the file states no as-of date; its modification date {date} is used"
        ),
        "mixed_kinds": QCoreApplication.translate(
            "import",
            "{text} is {kind} but row {row} ({first}) is {first_kind}; a file must hold one frequency (mixed frequencies)",
        ),
        "kind_date": QCoreApplication.translate("import", "a date"),
        "annual": QCoreApplication.translate("import", "annual"),
        "quarterly": QCoreApplication.translate("import", "quarterly"),
        "monthly": QCoreApplication.translate("import", "monthly"),
        "one_date": QCoreApplication.translate("import", "the file holds one date only; it is read as a monthly value"),
        "off_steps": QCoreApplication.translate(
            "import",
            "{text} does not fall on the file's {frequency} steps; a file must hold one frequency (mixed frequencies)",
        ),
        "sum": QCoreApplication.translate("import", "sum"),
        "mean": QCoreApplication.translate("import", "mean"),
        "quarters": QCoreApplication.translate("import", "quarters"),
        "months": QCoreApplication.translate("import", "months"),
        "incomplete_year": QCoreApplication.translate("import", "{year} {country} ({count} of {needed})"),
        "incomplete_years": QCoreApplication.translate(
            "import", "incomplete years left out of the annual {how} ({unit} present): {years}"
        ),
        "already_annual": QCoreApplication.translate(
            "import", "the values are already annual; the annual {how} changes nothing"
        ),
        "no_complete_year": QCoreApplication.translate(
            "import", "has no complete year to aggregate to an annual {how} ({detail})"
        ),
        "no_values": QCoreApplication.translate("import", "no values"),
        "bad_aggregation": QCoreApplication.translate("import", "aggregation {how} must be one of: {choices}"),
        "layout_tidy": QCoreApplication.translate("import", "Tidy table (period, value, optional country)"),
        "layout_world_bank": QCoreApplication.translate("import", "World Bank wide download"),
        "layout_fred": QCoreApplication.translate("import", "FRED download"),
        "layout_spanish": QCoreApplication.translate("import", "Spanish-locale export (Banxico SIE, INEGI)"),
        "layout_xlsx": QCoreApplication.translate("import", "{layout}, XLSX sheet '{sheet}'"),
        "layout_text": QCoreApplication.translate("import", "{layout}, {encoding} text, {separator}-separated"),
        "no_slug": QCoreApplication.translate(
            "import", "cannot make a series id from the name {name}; give one (--slug)"
        ),
        "bad_slug": QCoreApplication.translate(
            "import", "series id {slug} must be 1 to 64 characters of a-z, 0-9 and _, starting with a letter or digit"
        ),
        "needs_field": QCoreApplication.translate("import", "an imported series needs a {field}"),
        "field_name": QCoreApplication.translate("import", "name"),
        "field_unit": QCoreApplication.translate("import", "unit"),
        "field_source": QCoreApplication.translate("import", "source"),
        "reserved_slug": QCoreApplication.translate(
            "import", "{slug} is the id of a reference series; choose another id for the import"
        ),
        "preview_empty": QCoreApplication.translate("import", "{file}: the preview holds no values to import"),
        "frequency_mismatch": QCoreApplication.translate(
            "import",
            "series {slug} holds {old} values but {file} gives {new} values; import it under another id (nothing was imported)",
        ),
        "unit_mismatch": QCoreApplication.translate(
            "import",
            "series {slug} is in {old}, not {new}; a new vintage keeps the unit (import it under another id; nothing was imported)",
        ),
        # why a book opens read-only (core/fsutil.py, core/lock.py)
        "ro_cannot_examine": QCoreApplication.translate("readonly", "{name} cannot be examined ({detail})"),
        "ro_file": QCoreApplication.translate("readonly", "{name} is a read-only file"),
        "ro_folder": QCoreApplication.translate("readonly", "{name} is in a folder you cannot write ({folder})"),
        "ro_hard_links": QCoreApplication.translate(
            "readonly",
            "{name} has {count} names (hard links) and BriefingBook writes a book through one name only (copy the book to edit it)",
        ),
        "ro_lock_unknown": QCoreApplication.translate(
            "readonly", "{name} is open in another BriefingBook window or program; it is read-only here"
        ),
        "ro_lock_computer": QCoreApplication.translate(
            "readonly",
            "{name} is open on another computer ({host}, since {since}); it is read-only here. If it is not open there any more, delete {lock_file} beside the book",
        ),
        "ro_lock_window": QCoreApplication.translate(
            "readonly", "{name} is already open in another window of this BriefingBook; it is read-only here"
        ),
        "ro_lock_process": QCoreApplication.translate(
            "readonly", "{name} is open in another BriefingBook (process {pid}, since {since}); it is read-only here"
        ),
        "ro_lock_unwritable": QCoreApplication.translate(
            "readonly", "{name} is read-only here: its lock file cannot be written ({detail})"
        ),
    }


def text(message: str) -> str:
    """A message of the import in the interface language (text that is no ``Message``: as it is)."""
    return message.text(templates()) if isinstance(message, Message) else message


def error_text(error: BaseException) -> str:
    """An import or store error in the interface language."""
    message = message_of(error)
    return message.text(templates()) if message is not None else str(error)
