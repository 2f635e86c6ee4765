"""One way for panes to learn of changes: the session's ``changed`` signal, emitted after every
transaction whoever made it, and the window's pane registry that builds hidden panes lazily."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from briefingbook.core import deliverables, people, press, program
from briefingbook.ui.main_window import PANE_REGISTRY


def _texts(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_session_reports_the_entities_each_edit_touched(window):
    reports = []
    window.session.changed.connect(reports.append)
    book = window.session.book
    item = book.agenda()[0]
    book.update_agenda_item(item.id, notes="A note")
    people.add_person(book, name="Zoe Quiroga")
    book.update_agenda_item(item.id, notes="A note")  # nothing changed: nothing reported
    assert reports == [{"agenda_items"}, {"people"}]


def test_built_panes_follow_core_calls_made_through_the_session(window, qtbot):
    """As a CLI command would: core calls on the session's book, no pane involved. Each pane shows
    the book as it is when it is shown, whether the change came while it was on show or hidden."""
    people_pane, press_pane = window.people_pane, window.press_pane
    window.deliverables_pane  # built, then hidden behind the agenda tab
    window.show_pane("agenda")
    assert not people_pane.isVisible()
    book = window.session.book

    person = people.add_person(book, name="Zoe Quiroga", side="mexico")
    window.show_pane("people")
    assert any("Zoe Quiroga" in text for text in people_pane.row_texts())

    item = book.agenda()[0]
    book.update_agenda_item(item.id, title="Energy and power grids")
    assert window.agenda_pane.model.item(0).title == "Energy and power grids"  # built with the window
    window.show_pane("press")
    assert press_pane.items.item(0).text() == "1. Energy and power grids"

    deliverables.add_deliverable(book, title="Joint statement on grids", agenda_items=[item.id])
    window.show_pane("deliverables")
    pane = window.deliverables_pane
    assert "Joint statement on grids" in _texts(pane.tree)
    row = next(
        pane.tree.topLevelItem(i)
        for i in range(pane.tree.topLevelItemCount())
        if pane.tree.topLevelItem(i).text(0) == "Joint statement on grids"
    )
    assert row.text(4) == "Energy and power grids"

    window.show_pane("people")
    people.update_person(book, person.id, name="Zoe Q. Quiroga")  # the pane on show follows at once
    assert any("Zoe Q. Quiroga" in text for text in people_pane.row_texts())


def test_every_registry_pane_takes_changes_from_the_window(window):
    """The window hands changes to the panes of PANE_REGISTRY (``book_changed``); a pane that also
    connected to ``session.changed`` itself would redraw while hidden."""
    import importlib

    for spec in PANE_REGISTRY:
        if spec.module is None:
            continue
        cls = getattr(importlib.import_module(f"briefingbook.ui.{spec.module}"), spec.cls)
        assert callable(getattr(cls, "book_changed", None)), spec.key
    signal = "2changed(PyObject)"
    before = window.session.receivers(signal)
    assert before > 0
    for spec in PANE_REGISTRY:
        window.pane(spec.key) if spec.module else None
    assert window.session.receivers(signal) == before


def _count_calls(pane, method: str) -> list[int]:
    """Count calls of ``pane.<method>`` (the pane's own redraw) from now on."""
    calls = [0]
    original = getattr(pane, method)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    setattr(pane, method, counted)
    return calls


def test_a_hidden_pane_does_not_redraw_until_it_is_shown(window, qtbot):
    """Built panes behind another tab are marked stale instead of redrawing for every edit; each
    redraws once when shown, with everything changed meanwhile."""
    people_pane, deliverables_pane, history_pane = window.people_pane, window.deliverables_pane, window.history_pane
    window.show_pane("agenda")
    people_reloads = _count_calls(people_pane, "reload")
    deliverable_reloads = _count_calls(deliverables_pane, "refresh")
    history_reloads = _count_calls(history_pane, "refresh")
    book = window.session.book
    rows_before = history_pane.model.rowCount()

    person = people.add_person(book, name="Zoe Quiroga", side="mexico")
    people.update_person(book, person.id, name="Zoe Q. Quiroga")
    item = book.agenda()[0]
    deliverables.add_deliverable(book, title="Joint statement on grids", agenda_items=[item.id])
    deliverables.add_deliverable(book, title="Border pilot", agenda_items=[item.id])
    qtbot.wait(20)  # any deferred redraw would have run by now
    assert people_reloads == [0] and deliverable_reloads == [0] and history_reloads == [0]
    assert not any("Quiroga" in text for text in people_pane.row_texts())
    assert "Border pilot" not in _texts(deliverables_pane.tree)

    window.show_pane("people")
    assert people_reloads == [1]
    assert any("Zoe Q. Quiroga" in text for text in people_pane.row_texts())
    assert deliverable_reloads == [0]  # still hidden
    window.show_pane("deliverables")
    assert deliverable_reloads == [1]
    assert {"Joint statement on grids", "Border pilot"} <= set(_texts(deliverables_pane.tree))
    window.show_pane("history")
    qtbot.waitUntil(lambda: history_reloads == [1])
    assert history_pane.model.rowCount() > rows_before

    # Shown again with nothing changed meanwhile: no redraw.
    window.show_pane("agenda")
    window.show_pane("people")
    assert people_reloads == [1]


def test_a_pane_follows_another_panes_edit(window, qtbot):
    """The brief's new title reaches the agenda and press panes; a core call's text reaches the brief."""
    window.agenda_pane.select_row(2)
    item_id = window.agenda_pane.current_id()
    press_pane = window.press_pane
    window.show_pane("agenda")
    window.brief_pane.title_edit.clear()
    qtbot.keyClicks(window.brief_pane.title_edit, "Border infrastructure")
    window.brief_pane.flush()
    assert window.agenda_pane.model.item(2).title == "Border infrastructure"
    window.show_pane("press")
    assert press_pane.items.item(2).text() == "3. Border infrastructure"
    window.show_pane("agenda")
    window.session.book.update_agenda_item(item_id, objectives="Agree a pilot crossing.")
    assert window.brief_pane.editors["objectives"].toPlainText() == "Agree a pilot crossing."


def test_the_briefs_own_typing_is_not_redrawn(window, qtbot):
    """Saving as you type reports the change like any other; the brief that made it keeps its
    cards, charts and the cursor where the user is typing."""
    window.agenda_pane.select_row(3)
    brief = window.brief_pane
    cards, charts = list(brief.cards), list(brief.charts)
    editor = brief.editors["notes"]
    editor.setFocus()
    qtbot.keyClicks(editor, "typed text")
    brief.flush()
    assert window.session.book.agenda_item(brief.item_id).notes == "typed text"
    assert editor.textCursor().position() == len("typed text")
    assert brief.cards == cards and brief.charts == charts


def test_the_registry_builds_each_pane_once_and_only_when_asked(window, qtbot):
    from briefingbook.ui.people_pane import PeoplePane

    registered = [p.key for p in PANE_REGISTRY]
    assert registered == list(window.PANES) and registered[0] == "agenda"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Agenda and brief",
        "Charts",
        "Checklist",
        "Recommendations",
        "Program",
        "People",
        "Press guidance",
        "Deliverables",
        "History",
        "Scene-setter",
        "Remarks",
    ]
    assert window.findChildren(PeoplePane) == []  # hidden panes are not built at start-up
    window.show_pane("people")
    built = window.people_pane
    assert isinstance(built, PeoplePane) and window.current_pane() == "people"
    window.show_pane("agenda")
    window.show_pane("people")
    assert window.pane("people") is built and window.findChildren(PeoplePane) == [built]
    host = window.tabs.currentWidget()
    assert isinstance(host, QWidget) and host.findChildren(PeoplePane) == [built]
    # Ctrl+N in the View menu follows the registry's order: Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth,
    # none after it (there is no Ctrl+11).
    view = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    shortcuts = [a.shortcut().toString() for a in view.actions() if not a.isSeparator()][: len(registered)]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 10)] + ["Ctrl+0"] + [""] * (len(registered) - 10)


def test_a_refused_delete_shows_one_message_and_keeps_the_list(
    window, qtbot, book_path, settings, reference, answer_yes, monkeypatch
):
    """The list panes share one delete: the book refuses (here: opened read-only, as a second
    window is), the user reads one sentence saying why, and every row is still listed."""
    from PySide6.QtWidgets import QMessageBox

    from briefingbook.ui.main_window import MainWindow

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append((a[1], a[2])))
    second = MainWindow(book_path, settings, reference)
    qtbot.addWidget(second)
    assert second.session.book.readonly
    book = second.session.book
    panes = {
        "checklist": (second.checklist_pane, lambda p: p.tree, lambda: len(book.checklist())),
        "people": (second.people_pane, lambda p: p.tree, lambda: len(people.people(book))),
        "deliverables": (second.deliverables_pane, lambda p: p.tree, lambda: len(deliverables.deliverables(book))),
        "program": (second.program_pane, None, lambda: len(program.events(book))),
        "press": (second.press_pane, None, lambda: len(press.questions(book, book.agenda()[0].id))),
    }
    for name, (pane, _view, count) in panes.items():
        before = count()
        assert before > 0, name
        if name == "checklist":
            pane.select_item(book.checklist()[0].id)
        elif name == "people":
            pane.tree.setCurrentItem(pane.rows()[0])
        elif name == "program":
            pane.select_event(program.events(book)[0].id)
        elif name == "press":
            pane.show_question(press.questions(book, book.agenda()[0].id)[0].id)
        else:
            pane.tree.setCurrentItem(pane.tree.topLevelItem(0))
        warnings.clear()
        pane.delete_current()
        assert len(warnings) == 1 and "read-only" in warnings[0][1], name
        assert count() == before and pane.current_id() >= 0, name
    assert len(second.people_pane.rows()) == len(people.people(book))
    second.close()


def test_a_refused_add_shows_one_message_and_keeps_the_list(window, qtbot, book_path, settings, reference, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from briefingbook.ui.main_window import MainWindow

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append((a[1], a[2])))
    second = MainWindow(book_path, settings, reference)
    qtbot.addWidget(second)
    pane = second.people_pane
    before = pane.row_texts()
    assert pane.add_person("Someone new") == -1
    assert warnings == [("Cannot add the person", warnings[0][1])] and "read-only" in warnings[0][1]
    assert pane.row_texts() == before
    second.close()
