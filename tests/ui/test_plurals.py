"""Counts read right in both languages: "1 person without a name", "2 people…", "0 people…";
"1 persona sin nombre", "2 personas…" — Qt's plural forms (%n) through the real translators
(briefingbook_es.qm, and briefingbook_en.qm with the English forms)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from briefingbook.ui import i18n

# (context, source, {lang: (n=0, n=1, n=2)})
CASES = [
    (
        "ExportDialog",
        "%n people without a name",
        {
            "en": ("0 people without a name", "1 person without a name", "2 people without a name"),
            "es": ("0 personas sin nombre", "1 persona sin nombre", "2 personas sin nombre"),
        },
    ),
    (
        "ExportDialog",
        "%n checklist items overdue",
        {
            "en": ("0 checklist items overdue", "1 checklist item overdue", "2 checklist items overdue"),
            "es": ("0 tareas de la lista vencidas", "1 tarea de la lista vencida", "2 tareas de la lista vencidas"),
        },
    ),
    (
        "ProgramPane",
        "Scenario: %n steps, {first}–{last}",
        {
            "en": (
                "Scenario: 0 steps, {first}–{last}",
                "Scenario: 1 step, {first}–{last}",
                "Scenario: 2 steps, {first}–{last}",
            ),
            "es": (
                "Escenario: 0 pasos, {first}–{last}",
                "Escenario: 1 paso, {first}–{last}",
                "Escenario: 2 pasos, {first}–{last}",
            ),
        },
    ),
    (
        "HistoryPane",
        "%n changes shown",
        {
            "en": ("0 changes shown", "1 change shown", "2 changes shown"),
            "es": ("0 cambios mostrados", "1 cambio mostrado", "2 cambios mostrados"),
        },
    ),
    (
        "ChecklistPane",
        ", %n overdue",
        {"en": (", 0 overdue", ", 1 overdue", ", 2 overdue"), "es": (", 0 vencidas", ", 1 vencida", ", 2 vencidas")},
    ),
]


@pytest.fixture(params=["en", "es"])
def lang(request, qapp):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")  # the translator is process-wide: later tests read English


@pytest.mark.parametrize(("context", "source", "expected"), CASES, ids=[c[1] for c in CASES])
def test_zero_one_two_through_the_translators(lang, context, source, expected):
    got = tuple(QCoreApplication.translate(context, source, "", n) for n in (0, 1, 2))
    assert got == expected[lang]


def test_checklist_header_counts_overdue_items(lang, window):
    pane = window.checklist_pane
    today = window.session.book.summit().date - dt.timedelta(days=10)
    one = pane.header_text(today, {"done": 1, "total": 3, "overdue": 1})
    two = pane.header_text(today, {"done": 1, "total": 3, "overdue": 2})
    if lang == "en":
        assert one.endswith("1 of 3 done, 1 overdue") and two.endswith(", 2 overdue")
        assert one.startswith("Summit in 10 days")
    else:
        assert one.endswith(", 1 vencida") and two.endswith(", 2 vencidas")


def test_export_dialog_readiness_line_for_one_and_for_two_unnamed_people(lang, window):
    from briefingbook.core import people
    from briefingbook.ui.export_dialog import ExportDialog

    book = window.session.book
    everyone = people.people(book)
    assert len(everyone) >= 2
    for number, person in enumerate(everyone):
        people.update_person(book, person.id, name="(name to be confirmed)" if number < 2 else f"Named {number}")

    def lines() -> list[str]:
        dialog = ExportDialog(window.session, window)
        try:
            return dialog._readiness_text().splitlines()
        finally:
            dialog.close()

    two, one = {
        "en": ("• 2 people without a name", "• 1 person without a name"),
        "es": ("• 2 personas sin nombre", "• 1 persona sin nombre"),
    }[lang]
    assert two in lines()
    people.update_person(book, everyone[0].id, name="Ana")
    assert one in lines() and two not in lines()
