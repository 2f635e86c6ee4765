"""The import dialog in Spanish: what the core says about a file (refusals, problems by row,
notes on what was read) is shown in Spanish with the right row numbers, and no English word of
the core's messages is left (issue 19, item 3)."""

from __future__ import annotations

import re

import pytest

from briefingbook.core.import_messages import ENGLISH, placeholders
from briefingbook.ui import import_messages
from briefingbook.ui.import_dialog import ImportDialog

# Words of the core's English messages that Spanish does not share (checked as whole words).
ENGLISH_WORDS = {
    word
    for text in ENGLISH.values()
    for word in re.findall(r"[A-Za-z]{4,}", re.sub(r"\{[^}]*\}", " ", text))
    if word.lower()
    not in {
        "complete",
        "utf",
        "xlsx",
        "latin",
        "windows",
        "excel",
        "slug",
        "openpyxl",
        "fred",
        "banxico",
        "inegi",
        "byte",
        "decimal",
        "error",
    }
    and word not in {"Country", "Code", "value", "year", "tidy", "Spanish", "World", "Bank", "locale"}
}


@pytest.fixture
def spanish(qapp):
    from briefingbook.ui import i18n

    assert i18n.install("es")
    yield
    i18n.install("en")


def read(window, path, **options):
    dialog = ImportDialog(window.session, window)
    dialog.path.setText(str(path))
    if "annual" in options:
        dialog.annual.setCurrentIndex(dialog.annual.findData(options["annual"]))
    dialog.start_reading()
    dialog.wait_for_reading()
    return dialog


def visible(dialog) -> str:
    parts = [dialog.summary.text(), dialog.error.text(), dialog.missing.text()]
    if dialog.problems.isVisibleTo(dialog):
        parts.append(dialog.problems.toPlainText())
    return "\n".join(parts)


def english_left(text: str, *users: str) -> set[str]:
    """English words of the core's messages left in ``text`` (the user's own text taken out)."""
    for own in users:
        text = text.replace(own, " ")
    return {word for word in re.findall(r"[^\W\d_]+", text) if word in ENGLISH_WORDS}


def test_every_code_has_a_spanish_template_with_the_same_parameters(spanish):
    spanish_templates = import_messages.templates()
    assert set(spanish_templates) == set(ENGLISH)
    for code, english in ENGLISH.items():
        assert placeholders(spanish_templates[code]) == placeholders(english), code
    same = {code for code in ENGLISH if spanish_templates[code] == ENGLISH[code]}
    assert same == {"sheet_reason"}  # "'{sheet}' ({reason})": nothing to translate


def test_bad_files_are_refused_in_spanish_with_their_rows(spanish, window, tmp_path):
    cases = {
        "codificacion.csv": (
            "year,value\n2001,1\n".encode() + "2002,2\nMéxico,3\n".encode("latin-1") + "Ñ,4\n".encode(),
            "codificacion.csv: fila 4: mezcla codificaciones de texto: algunas filas están en UTF-8 y esta no "
            "(byte 26, probablemente Latin-1 o Windows-1252); guarde todo el archivo como UTF-8 e impórtelo de "
            "nuevo; no se importó nada",
        ),
        "numeros.csv": (
            b"year,value\n2001,12\n2002,doce\n2003,13\n2004,n/a\n",
            "numeros.csv: fila 3: columna 'value': 'doce' no es un número (este archivo usa punto decimal) "
            "(y 1 problema más); no se importó nada",
        ),
        "duplicado.csv": (
            b"year,value\n2001,1\n2002,2\n2001,3\n",
            "duplicado.csv: fila 4: 2001 de ALL aparece dos veces (filas 2 y 4): periodo duplicado; no se importó nada",
        ),
        "vacio.csv": (b"\n  \n", "vacio.csv: está vacío; no se importó nada"),
    }
    for name, (data, first_line) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        dialog = read(window, path)
        assert not dialog.import_button.isEnabled()
        assert dialog.summary.text() == "El archivo no se importó; no se guardó nada."
        shown = dialog.problems.toPlainText().splitlines()
        assert shown[0] == first_line, name
        assert english_left(visible(dialog), name, "doce") == set(), name
    # several problems: each listed by its row, in Spanish
    dialog = read(window, tmp_path / "numeros.csv")
    assert dialog.problems.toPlainText().splitlines()[2:] == [
        "fila 3: columna 'value': 'doce' no es un número (este archivo usa punto decimal)",
        "fila 5: columna 'value': 'n/a' no es un número (este archivo usa punto decimal)",
    ]


def test_a_hostile_header_is_shown_as_text_in_a_spanish_message(spanish, window, tmp_path):
    hostile = ["<b>monto</b>", "=cmd|' /C calc'!A0"]
    path = tmp_path / "hostil.csv"
    path.write_text(f"year,{hostile[0]},{hostile[1]}\n2001,1,2\n", encoding="utf-8")
    dialog = read(window, path)
    text = dialog.problems.toPlainText()
    assert text.splitlines()[0] == (
        f"hostil.csv: fila 1: no se sabe qué columna contiene los valores ({hostile[0]}, {hostile[1]}); llámela "
        "'value' (valor) o elíjala escribiendo su encabezado como código de la serie; no se importó nada"
    )
    assert english_left(visible(dialog), "hostil.csv", *hostile) == set()


def test_what_was_read_and_its_notes_in_spanish(spanish, window, tmp_path):
    months = "".join(f"{y}-{m:02d},{m}\n" for y, last in ((2023, 12), (2024, 5)) for m in range(1, last + 1))
    path = tmp_path / "remesas.csv"
    path.write_text(f"date,value,extra\n{months}", encoding="utf-8")
    dialog = read(window, path, annual="sum")
    assert dialog.preview is not None and len(dialog.preview.rows) == 1
    assert dialog.summary.text() == (
        "Interpretado como: Tabla ordenada (periodo, valor, país opcional), texto utf-8 separado por comas. "
        "1 valor, anual, agregados a frecuencia anual (suma), de 2023 a 2023; países: todos."
    )
    notes = dialog.problems.toPlainText().splitlines()
    assert notes[:2] == [
        "columnas no usadas: extra",
        "años incompletos excluidos de la suma anual (meses presentes): 2024 ALL (5 de 12)",
    ]
    assert len(notes) == 3 and notes[-1].startswith(
        "el archivo no indica fecha de corte; se usa su fecha de modificación, "
    )
    assert english_left(visible(dialog), "remesas.csv", "extra") == set()
    # a refusal to store: in Spanish too
    dialog.name.setText("Remesas")
    dialog.unit.setText("millones de dólares")
    dialog.source.setText("Banxico")
    reserved = next(iter(info.slug for info in window.session.reference.series_list()))
    dialog.name.setText(reserved)
    assert dialog.store() is None
    assert dialog.error.text() == (
        f"'{reserved}' es el identificador de una serie de referencia; elija otro identificador para la importación"
    )


def test_the_read_only_notice_is_all_spanish(spanish, qtbot, book_path, settings, reference):
    # The core says why in a code with parameters; the window words it ("Demo … is a read-only file"
    # in English inside a Spanish sentence was the bug). Root with the write bits off counts too.
    from briefingbook.ui.main_window import MainWindow

    book_path.chmod(0o444)
    win = MainWindow(book_path, settings, reference)
    qtbot.addWidget(win)
    try:
        notice = win.readonly_notice.text()
        assert notice == (
            f"Solo lectura: {book_path.name} es un archivo de solo lectura. No se pueden guardar los cambios."
        )
        assert english_left(notice, book_path.name) == set()
    finally:
        win.close()


def test_read_only_reasons_are_codes_the_cli_keeps_in_english(tmp_path):
    from briefingbook.core import lock
    from briefingbook.core.book import Book
    from briefingbook.core.import_messages import Message

    path = tmp_path / "summit.bbook"
    Book.create(path, title="Cumbre", date="2027-03-01").close()
    with Book.open(path, backup=False) as first, Book.open(path, backup=False) as second:
        assert not first.readonly and second.readonly
        reason = second.readonly_reason
        assert isinstance(reason, Message) and reason.code == "ro_lock_window"
        assert (
            str(reason) == "summit.bbook is already open in another window of this BriefingBook; it is read-only here"
        )
    assert not lock.lock_path(path).exists()
