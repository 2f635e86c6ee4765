"""The History pane names rows, fields and values in words only (issue 19, item 6): no
"text:spanish", no column names, no ids with underscores, in English and in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefingbook.core import history, importers, principal
from briefingbook.ui import history_names, i18n

FIXTURE = Path(__file__).parents[1] / "fixtures" / "real" / "remesas_mensuales_ingresos.csv"


def _looks_like_code(label: str, raw: str) -> bool:
    return not label or ":" in label or "_" in label or label == raw


@pytest.fixture(params=["en", "es"])
def lang(request, qapp):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")  # the translator is process-wide: later tests read English


def test_every_tracked_table_and_field_has_a_human_label(lang):
    coded = []
    for table, spec in history.TRACKED.items():
        if _looks_like_code(history_names.entity_name(table), table):
            coded.append((table, history_names.entity_name(table)))
        for field in spec.fields:
            if _looks_like_code(history_names.field_name(field), field):
                coded.append((f"{table}.{field}", history_names.field_name(field)))
    assert coded == []


def test_logged_choices_read_as_words(lang):
    values = [
        *(
            ("book_series_vintages", "layout", f"{fmt}:{layout}")
            for fmt in ("text", "xlsx")
            for layout in importers.LAYOUTS
        ),
        *(("book_series", "frequency", f) for f in importers.FREQUENCIES),
        *(("book_series", "aggregation", a) for a in importers.AGGREGATIONS),
        ("summit", "language", "en"),
        ("summit", "language", "es"),
        ("summit_settings", "value", "America/Mexico_City"),
        ("summit_settings", "value", "America/New_York"),
    ]
    coded = [v for v in values if _looks_like_code(history_names.value_label(*v), v[2])]
    assert coded == []
    assert history_names.value_label("checklist_items", "phase", "t_minus_30") == ""
    spanish = history_names.value_label("book_series_vintages", "layout", "text:spanish")
    assert spanish.startswith("Exportación" if lang == "es" else "Spanish-locale export")
    city = history_names.value_label("summit_settings", "value", "America/Mexico_City")
    assert city == ("Ciudad de México" if lang == "es" else "Mexico City")
    parts = [history_names.scene_part_name(p) for p in principal.SCENE_PARTS]
    assert [p for p in parts if _looks_like_code(p, p.lower().replace(" ", "_"))] == []


def test_an_imported_series_reads_as_words_in_the_history_pane(window, lang):
    from briefingbook.core import book_series

    window.session.ui_lang = lang
    preview = importers.read_file(FIXTURE, code="VALOR_USD")
    book_series.store(
        window.session.book,
        preview,
        name="Remesas",
        unit="millones de dólares",
        source="Banxico",
        series_code="VALOR_USD",
    )
    window.show_pane("history")
    pane = window.history_pane
    pane.book_changed({"book_series", "book_series_vintages"})
    shown = []
    for i in range(pane.model.rowCount()):
        row = pane.model.row(i)
        if row.change.entity in ("book_series", "book_series_vintages"):
            pane.view.setCurrentIndex(pane.model.index(i, 0))
            shown.append(
                " ".join((row.what, row.field, row.summary, pane.summary.text(), pane.diff_view.toPlainText()))
            )
    assert shown, "the import is in the history"
    text = "\n".join(shown)
    assert "text:spanish" not in text and "spanish" not in text
    assert "remesas #" not in text.lower()
    assert "As of: 20" not in text and "Fecha de corte: 20" not in text  # the date in words
    assert ("archivo de texto" if lang == "es" else "text file") in text


def test_rows_named_by_a_code_are_named_in_words_in_the_merge_dialog_too(lang):
    from briefingbook.ui import merge_dialog

    for entity, code in (
        ("summit_settings", "summit_zone"),
        ("summit_settings", "home_zone"),
        *(("scene_setter", part) for part in principal.SCENE_PARTS),
    ):
        for text in (history_names.row_label(entity, code), merge_dialog.what_text(entity, code)):
            assert code not in text and "_" not in text, (entity, code, text)
    assert history_names.row_label("scene_setter", "our_aims") == (
        "Lo que buscamos" if lang == "es" else "What we want"
    )
