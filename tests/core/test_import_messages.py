"""The import's messages are codes with parameters (core/import_messages.py): their English text
is what the command line prints, and the same code and parameters let another language word them."""

from __future__ import annotations

import pytest

from briefingbook.core import book_series
from briefingbook.core.errors import ImportFileError, InvalidInputError
from briefingbook.core.import_messages import ENGLISH, Join, Message, message_of, placeholders
from briefingbook.core.importers import read_bytes


def refusal(data: bytes, name: str = "data.csv", **options) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_bytes(data, name, **options)
    return caught.value


def codes(message: object) -> list[str]:
    """The codes of a message and of the messages in its parameters, depth first."""
    if isinstance(message, Join):
        return [code for item in message.items for code in codes(item)]
    if not isinstance(message, Message):
        return []
    return [message.code] + [code for value in message.params.values() for code in codes(value)]


def test_a_refusal_is_a_message_with_the_row_and_the_column():
    error = refusal(b"year,value\n2001,12\n2002,twelve\n2003,x\n")
    message = message_of(error)
    assert message is not None and message.code == "refused"
    # the English text is unchanged: file, row, column, the cell, the count of the rest
    assert str(error) == (
        "data.csv: row 3: column 'value': 'twelve' is not a number (this file uses a decimal point) "
        "(and 1 more problem); nothing was imported"
    )
    assert codes(message) == ["refused", "at_row", "column_problem", "not_a_number", "decimal_point", "more_one"]
    assert [(row, p.code) for row, p in error.problems] == [(3, "column_problem"), (4, "column_problem")]
    assert error.problems[1][1].params["column"] == "'value'"


def test_each_kind_of_bad_file_names_its_code_and_row():
    mixed = "year,value\n2001,1\n".encode() + "2002,2\nMéxico,3\n".encode("latin-1") + "Ñ,4\n".encode()
    cases = {
        "mixed_encodings": mixed,
        "empty": b"   \n",
        "duplicate": b"year,value\n2001,1\n2002,2\n2001,3\n",
        "which_value_column": b"year,<b>x</b>,=cmd|' /C calc'!A0\n2001,1,2\n",
        "header_only": b"year,value\n",
    }
    for code, data in cases.items():
        error = refusal(data)
        first = error.problems[0][1]
        assert first.code == code, (code, str(error))
    assert refusal(cases["mixed_encodings"]).problems[0][0] == 4  # the first line that is not UTF-8
    duplicate = refusal(cases["duplicate"]).problems[0]
    assert duplicate[0] == 4 and duplicate[1].params == {
        "period": "2001",
        "country": "ALL",
        "first": 2,
        "row": 4,
    }


def test_warnings_and_notes_are_messages_too():
    months = "".join(f"{year}-{m:02d},{m}\n" for year, last in ((2023, 12), (2024, 5)) for m in range(1, last + 1))
    preview = read_bytes(f"date,value,extra\n{months}".encode(), "m.csv", annual="sum")
    assert all(isinstance(w, Message) for w in preview.warnings)
    found = {w.code for w in preview.warnings}
    assert found == {"columns_ignored", "incomplete_years"}
    assert any("2024 ALL (5 of 12)" in w for w in preview.warnings)
    assert preview.layout_label == "Tidy table (period, value, optional country), utf-8 text, comma-separated"
    assert preview.layout_label.code == "layout_text"


def test_storing_refusals_are_messages(demo_book):
    preview = read_bytes(b"year,value\n2001,1\n", "d.csv")
    with pytest.raises(InvalidInputError) as caught:
        book_series.store(demo_book, preview, name="Series", unit="", source="me")
    message = message_of(caught.value)
    assert message is not None and codes(message) == ["needs_field", "field_unit"]
    assert str(caught.value) == "an imported series needs a unit"


def test_templates_render_in_another_language_with_the_same_parameters():
    error = refusal(b"year,value\n2001,1\n2001,2\n")
    spanish = {
        "refused": "{where}: {problem}{more}; no se importó nada",
        "at_row": "{label}: fila {row}",
        "duplicate": "{period} de {country} aparece dos veces (filas {first} y {row}): periodo duplicado",
    }
    assert message_of(error).text(spanish) == (
        "data.csv: fila 3: 2001 de ALL aparece dos veces (filas 2 y 3): periodo duplicado; no se importó nada"
    )
    # a code a language lacks is worded in English
    assert message_of(error).text({}) == str(error)
    assert placeholders(ENGLISH["too_many_lines"]) == {"lines", "limit"}


def test_which_value_column_lists_the_choices_numbers_first():
    """A window offers the candidate columns: those of numbers first (missing markers and either
    decimal mark allowed), then the text ones, each in the header's order; the text is unchanged."""
    error = refusal(b'year,note,count,usd\n2001,a,1,"1,5"\n2002,b,,n.d.\n2003,c,3,2.5\n')
    message = error.problems[0][1]
    assert message.code == "which_value_column"
    assert message.params["choices"] == (("count", True), ("usd", True), ("note", False))
    assert message == (
        "cannot tell which column holds the values (note, count, usd); name it 'value' or choose it by giving "
        "its header as the series code"
    )
