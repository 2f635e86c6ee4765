"""The History pane (issue 10): changes listed with their author, filters, earlier texts put back
(and shown again in the brief), merge conflicts settled; the author name from Preferences; the
File menu's colleague actions."""

from __future__ import annotations

import re
import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
)

from briefingbook.core import history, merge
from briefingbook.core.book import Book, default_author


def _pane(window):
    window.show_pane("history")
    return window.history_pane


def _rows(pane) -> list[history.Change]:
    return [pane.model.row(i).change for i in range(pane.model.rowCount())]


def _brief_edit(window, qtbot, field: str, text: str) -> None:
    """Replace a field's text in the brief pane, as typing does, and let it save."""
    editor = window.brief_pane.editors[field]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    window.brief_pane.flush()


def test_ui_edits_show_up_with_the_author_from_preferences(window, qtbot):
    window.set_author("Ana Ruiz")
    window.agenda_pane.select_row(3)
    item = window.session.book.agenda_item(window.agenda_pane.current_id())
    _brief_edit(window, qtbot, "talking_points", "- Raise: customs pre-clearance")
    pane = _pane(window)  # switching panes saves what was typed

    newest = pane.model.row(0)
    assert newest.change.entity == "agenda_items" and newest.change.field == "talking_points"
    assert newest.change.new_value == "- Raise: customs pre-clearance"
    assert newest.author == "Ana Ruiz"
    assert newest.what == f"Agenda item · {item.title}"
    assert newest.field == "Points to make"
    assert newest.summary.endswith("→ - Raise: customs pre-clearance")
    assert pane.view.currentIndex().row() == 0
    assert "changed by Ana Ruiz" in pane.summary.text()
    assert "- Raise: customs pre-clearance" in pane.diff_view.toPlainText()

    # A change made elsewhere while the pane is on show appears once the session says so.
    window.session.book.update_summit(place="Monterrey")
    qtbot.waitUntil(lambda: pane.model.row(0).change.field == "place")
    assert pane.model.row(0).summary == "Mexico City → Monterrey"
    assert pane.model.row(0).author == "Ana Ruiz"


def test_preferences_author_is_stored_and_applied(window, settings, monkeypatch, book_path):
    from briefingbook.ui import dialogs

    def accept_with(name):
        def exec_(dialog):
            assert dialog.author.placeholderText() == default_author()
            dialog.author.setText(name)
            return 1

        return exec_

    monkeypatch.setattr(dialogs.PreferencesDialog, "exec", accept_with("  María   López "))
    window.edit_preferences()
    assert settings.value("history/author") == "María López"
    assert window.session.book.author == "María López"
    window.session.book.update_summit(place="Oaxaca")
    assert history.changes(window.session.book, limit=1)[0].author == "María López"

    window.open_book(book_path)  # a book opened later records the same name
    assert window.session.book.author == "María López"

    monkeypatch.setattr(dialogs.PreferencesDialog, "exec", accept_with(""))
    window.edit_preferences()
    assert settings.value("history/author") is None
    assert window.session.book.author == default_author()


def test_filters_narrow_the_list(window, qtbot):
    book = window.session.book
    book.author = "Ana Ruiz"
    item = book.agenda()[0]
    book.update_agenda_item(item.id, notes="Check the zebra crossing figures")
    book.author = "Luis Pérez"
    checklist_item = book.checklist()[0]
    book.set_checklist_done(checklist_item.id)
    book.update_checklist_item(checklist_item.id, notes="Zebra memo sent")
    pane = _pane(window)
    everything = len(_rows(pane))
    assert {"Ana Ruiz", "Luis Pérez"} <= {pane.author_filter.itemText(i) for i in range(pane.author_filter.count())}

    pane.entity_filter.setCurrentIndex(pane.entity_filter.findData("checklist_items"))
    rows = _rows(pane)
    assert rows and len(rows) < everything and {c.entity for c in rows} == {"checklist_items"}
    assert pane.entity_filter.currentText() == "Checklist item"

    pane.author_filter.setCurrentIndex(pane.author_filter.findData("Luis Pérez"))
    rows = _rows(pane)
    assert len(rows) == 2 and {c.author for c in rows} == {"Luis Pérez"}

    pane.entity_filter.setCurrentIndex(0)
    pane.author_filter.setCurrentIndex(0)
    qtbot.keyClicks(pane.text_filter, "zebra")
    qtbot.waitUntil(lambda: len(_rows(pane)) == 2)
    assert {(c.entity, c.field) for c in _rows(pane)} == {("agenda_items", "notes"), ("checklist_items", "notes")}
    assert pane.count_label.text() == "2 changes shown"

    pane.text_filter.setText("no such text anywhere")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    assert pane.summary.text() == "No change matches the filters."


def _two_versions(window, qtbot):
    """Points to make typed twice in the brief; the History pane on show with the second edit selected."""
    window.set_author("Ana Ruiz")
    window.agenda_pane.select_row(2)
    item_id = window.agenda_pane.current_id()
    _brief_edit(window, qtbot, "talking_points", "- Raise: the first draft")
    _brief_edit(window, qtbot, "talking_points", "- Raise: the second draft")
    pane = _pane(window)
    second = history.changes(window.session.book, entity="agenda_items", field="talking_points", limit=1)[0]
    assert second.new_value == "- Raise: the second draft"
    assert pane.select_change(second.id)
    return pane, item_id, second


def test_restoring_an_earlier_text_puts_it_back_in_the_book_and_the_brief(window, qtbot, answer_yes):
    pane, item_id, _second = _two_versions(window, qtbot)
    versions = [pane.versions.item(i).text() for i in range(pane.versions.count())]
    assert versions[0].endswith("Ana Ruiz · current text") and versions[-1].endswith("first text")
    # The text the field had before the selected change is offered first.
    assert pane.version_text.toPlainText() == "- Raise: the first draft"
    assert "the first draft" in pane.diff_view.toPlainText() and "the second draft" in pane.diff_view.toPlainText()
    before = len(history.changes(window.session.book))
    window.set_author("Luis Pérez")

    assert pane.restore_button.isEnabled()
    qtbot.mouseClick(pane.restore_button, Qt.MouseButton.LeftButton)

    book = window.session.book
    assert book.agenda_item(item_id).talking_points == "- Raise: the first draft"
    assert len(history.changes(book)) == before + 1
    assert window.brief_pane.item_id == item_id
    window.show_pane("agenda")  # the brief, behind the History tab, catches up when shown
    assert window.brief_pane.editors["talking_points"].toPlainText() == "- Raise: the first draft"
    window.show_pane("history")
    restored = pane.current_change()
    assert (restored.field, restored.old_value, restored.new_value, restored.author) == (
        "talking_points",
        "- Raise: the second draft",
        "- Raise: the first draft",
        "Luis Pérez",
    )
    assert pane.model.row(0).change.id == restored.id
    assert pane.version_text.toPlainText() == "- Raise: the second draft"  # the text before the restore

    # The newest text is the current one: nothing to restore.
    pane.versions.setCurrentRow(0)
    assert pane.restore_note.text() == "This is the current text."
    assert not pane.restore_button.isEnabled()


def test_cancel_restores_nothing(window, qtbot, answer_cancel):
    pane, item_id, second = _two_versions(window, qtbot)
    before = len(history.changes(window.session.book))
    assert not pane.restore_selected()
    assert window.session.book.agenda_item(item_id).talking_points == "- Raise: the second draft"
    assert len(history.changes(window.session.book)) == before
    assert pane.current_change().id == second.id


def test_earlier_texts_only_for_text_fields_and_not_for_removed_rows(window, qtbot, answer_yes):
    book = window.session.book
    item = book.add_agenda_item("Short-lived item")
    book.update_agenda_item(item.id, priority="high")
    book.update_agenda_item(item.id, notes="first note")
    book.update_agenda_item(item.id, notes="second note")
    pane = _pane(window)
    priority = history.changes(book, entity="agenda_items", field="priority", limit=1)[0]
    pane.select_change(priority.id)
    assert pane.versions.count() == 0 and not pane.restore_button.isEnabled()
    assert pane.model.row(pane.model.row_of(priority.id)).summary == "Medium → High"

    book.remove_agenda_item(item.id)
    qtbot.waitUntil(lambda: pane.model.row(0).change.action == "delete")
    note = history.changes(book, entity="agenda_items", field="notes", limit=1)[0]
    pane.select_change(note.id)
    assert pane.versions.count() == 3  # first (empty) text, "first note", "second note"
    assert not pane.restore_button.isEnabled()
    assert "no longer in the book" in pane.restore_note.text()
    assert not pane.restore_selected()


def test_user_text_is_never_markup(window, qtbot):
    book = window.session.book
    item = book.agenda()[0]
    book.update_agenda_item(item.id, notes="<b>bold?</b> & <a href='x'>link</a>")
    pane = _pane(window)
    assert pane.model.row(0).change.field == "notes"
    shown = pane.diff_view.toPlainText()
    assert "<b>bold?</b> & <a href='x'>link</a>" in shown
    assert pane.summary.textFormat() == Qt.TextFormat.PlainText


def test_open_conflicts_are_listed_and_settled(window, qtbot, tmp_path):
    book = window.session.book
    window.set_author("Ana Ruiz")
    window.agenda_pane.select_row(0)
    item = book.agenda_item(window.agenda_pane.current_id())
    other = tmp_path / "colleague.bbook"
    book.save_copy(other)
    book.update_agenda_item(item.id, notes="Our own reading of the item")
    with Book.open(other) as theirs:
        theirs.author = "Luis Pérez"
        theirs.update_agenda_item(item.id, notes="The colleague's reading")
    _plan, result = merge.merge(book, other)
    assert result.left_open == 1

    pane = _pane(window)
    assert pane.tabs.tabText(1) == "Open conflicts (1)"
    assert pane.conflict_tree.topLevelItemCount() == 1
    row = pane.conflict_tree.topLevelItem(0)
    assert [row.text(i) for i in range(5)] == [
        f"Agenda item · {item.title}",
        "Notes",
        "Our own reading of the item",
        "The colleague's reading",
        "colleague.bbook (Luis Pérez)",
    ]
    assert pane.mine_text.toPlainText() == "Our own reading of the item"
    assert pane.theirs_text.toPlainText() == "The colleague's reading"
    assert pane.take_theirs_button.isEnabled() and pane.keep_mine_button.isEnabled()

    qtbot.mouseClick(pane.take_theirs_button, Qt.MouseButton.LeftButton)

    assert book.agenda_item(item.id).notes == "The colleague's reading"
    assert merge.open_conflicts(book) == []
    assert pane.tabs.tabText(1) == "Open conflicts"
    assert pane.conflict_tree.isHidden() and pane.conflicts_note.text().startswith("No open conflicts")
    window.show_pane("agenda")  # the brief, behind the History tab, catches up when shown
    assert window.brief_pane.editors["notes"].toPlainText() == "The colleague's reading"
    window.show_pane("history")
    newest = pane.model.row(0).change
    assert (newest.field, newest.new_value, newest.author) == ("notes", "The colleague's reading", "Ana Ruiz")
    merged = [c for c in history.changes(book, author="Luis Pérez") if c.field == "notes"]
    assert merged and merged[0].merged_from == "colleague.bbook"
    assert pane.model.row(pane.model.row_of(merged[0].id)).author == "Luis Pérez (from colleague.bbook)"


def test_a_read_only_book_restores_and_settles_nothing(qtbot, book_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    with Book.open(book_path) as writer:  # another window holds the book: this one gets it read-only
        item = writer.agenda()[0]
        writer.update_agenda_item(item.id, notes="one")
        writer.update_agenda_item(item.id, notes="two")
        writer.flush()
        window = MainWindow(book_path, settings, reference)
        qtbot.addWidget(window)
        window.show()
        try:
            assert window.session.book.readonly
            pane = _pane(window)
            note = history.changes(window.session.book, field="notes", limit=1)[0]
            assert pane.select_change(note.id)
            assert pane.versions.count() == 3
            assert not pane.restore_button.isEnabled()
            assert "read-only" in pane.restore_button.toolTip()
            assert pane.readonly_note.isVisibleTo(pane) and pane.readonly_note.text().startswith("Read-only")
            assert not pane.restore_selected()
        finally:
            window.close()


def test_a_long_history_is_read_a_page_at_a_time(window, qtbot):
    from briefingbook.ui.history_pane import PAGE

    book = window.session.book
    item = book.checklist()[0]
    for number in range(PAGE + 60):
        book.update_checklist_item(item.id, notes=f"revision {number}")
    oldest = history.changes(book, newest_first=False, limit=1)[0]
    pane = _pane(window)
    assert pane.model.rowCount() == PAGE and pane.model.has_more
    assert "scroll down" in pane.count_label.text()
    pane.view.scrollToBottom()
    qtbot.waitUntil(lambda: pane.model.rowCount() > PAGE)
    ids = [c.id for c in _rows(pane)]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    assert pane.select_change(oldest.id)  # reads on until it is there
    assert not pane.model.has_more and pane.count_label.text() == f"{pane.model.rowCount()} changes shown"
    assert pane.model.rowCount() == len(history.changes(book))


def test_every_control_of_the_pane_has_an_accessible_name(window, tmp_path):
    pane = _pane(window)
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView)
    missing = []
    for widget in pane.findChildren(QAbstractButton) + [w for k in kinds for w in pane.findChildren(k)]:
        if (
            widget.objectName().startswith("qt_")
            or isinstance(widget, QHeaderView)
            or isinstance(widget.parent(), (QComboBox, QLineEdit))
        ):
            continue  # Qt's own helpers: headers, a combo's or a line edit's parts
        if isinstance(widget, QAbstractItemView) and isinstance(
            widget.parent() and widget.parent().parent(), QComboBox
        ):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip() and widget.objectName() != "qt_scrollarea_viewport":
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not missing, missing


def test_file_and_view_menus(window, monkeypatch):
    calls = []
    fake = types.ModuleType("briefingbook.ui.merge_dialog")
    fake.save_copy_for_colleague = lambda w: calls.append(("save", w))
    fake.merge_colleague_copy = lambda w: calls.append(("merge", w))
    monkeypatch.setitem(sys.modules, "briefingbook.ui.merge_dialog", fake)
    actions = {a.text(): a for a in window.file_menu.actions()}
    texts = list(actions)
    copy_as = texts.index("Save a &copy as…")
    assert texts[copy_as + 1 : copy_as + 3] == ["Save a copy for a co&lleague…", "&Merge a colleague's copy…"]
    actions["Save a copy for a co&lleague…"].trigger()
    actions["&Merge a colleague's copy…"].trigger()
    assert calls == [("save", window), ("merge", window)]

    view = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    history_action = next(a for a in view.actions() if a.text() == "His&tory")
    assert history_action.shortcut().toString() == "Ctrl+9"
    history_action.trigger()
    assert window.current_pane() == "history"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "History"


def test_when_is_local_time_in_the_interface_language(window):
    import datetime as dt

    from briefingbook.ui.history_pane import stamp_label

    change = history.changes(window.session.book, limit=1)[0]
    local = change.when.astimezone()
    months = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    day, month, year, clock = stamp_label(change, "es").split(maxsplit=3)
    assert (int(day), month[:3], int(year)) == (local.day, months[local.month - 1], local.year)
    hour = clock.split(":")[0]
    assert int(hour) in (local.hour, local.hour % 12 or 12) and f":{local.minute:02d}" in clock  # local clock
    assert stamp_label(dt.datetime(2027, 3, 1, 12, 5, tzinfo=dt.timezone.utc), "en").startswith(
        f"{dt.datetime(2027, 3, 1, 12, 5, tzinfo=dt.timezone.utc).astimezone().day} Mar 2027"
    )


def test_after_keeping_mine_the_colleagues_text_can_still_be_restored(window, qtbot, tmp_path, answer_yes):
    book = window.session.book
    window.set_author("Ana Ruiz")
    item = book.agenda()[1]
    other = tmp_path / "colleague.bbook"
    book.save_copy(other)
    book.update_agenda_item(item.id, talking_points="- Ours")
    with Book.open(other) as theirs:
        theirs.author = "Luis Pérez"
        theirs.update_agenda_item(item.id, talking_points="- Theirs")
    merge.merge(book, other)
    pane = _pane(window)
    pane.tabs.setCurrentIndex(1)
    qtbot.mouseClick(pane.keep_mine_button, Qt.MouseButton.LeftButton)
    assert book.agenda_item(item.id).talking_points == "- Ours" and merge.open_conflicts(book) == []

    # The colleague's change is the newest in the log, yet the book kept "- Ours".
    theirs_change = history.changes(book, author="Luis Pérez", field="talking_points", limit=1)[0]
    assert pane.select_change(theirs_change.id)
    labels = [pane.versions.item(i).text() for i in range(pane.versions.count())]
    assert not labels[0].endswith("current text") and labels[1].endswith("Ana Ruiz · current text")
    pane.versions.setCurrentRow(1)
    assert not pane.restore_button.isEnabled() and pane.restore_note.text() == "This is the current text."
    pane.versions.setCurrentRow(0)
    assert pane.version_text.toPlainText() == "- Theirs" and pane.restore_button.isEnabled()
    assert pane.restore_selected()
    assert book.agenda_item(item.id).talking_points == "- Theirs"


def test_rows_are_named_as_the_user_knows_them(window, reference):
    book = window.session.book
    rec = reference.recommendations()[0]
    book.set_recommendation_status(rec.id, "in_progress")
    book.set_recommendation_status(rec.id, "achieved")
    pane = _pane(window)
    changed, added = pane.model.row(0), pane.model.row(1)
    assert changed.what == added.what == f"Recommendation status · {rec.title('en')}"
    assert added.summary == "Added: In progress"
    assert (changed.field, changed.summary) == ("Status", "In progress → Achieved")


# -- issue 19: a history a person can read -------------------------------------------------------
def test_the_demo_book_and_a_drag_are_one_entry_each_with_times_in_one_format(window, qtbot):
    import datetime as dt

    window.agenda_pane.model.move(window.session.book.agenda()[0].id, 6)  # what a drop does
    pane = _pane(window)
    rows = [pane.model.row(i) for i in range(pane.model.rowCount())]
    assert len(rows) == 2
    moved, created = rows
    assert moved.field == "Order" and moved.summary == "Moved down the list"
    assert moved.what.startswith("Agenda item · ")
    pane.select_change(moved.change.id)
    assert pane.diff_view.toPlainText().strip() == "Moved down the list"  # no position numbers
    assert created.what == f"Book created · {window.session.book.summit().title}" and created.summary == "Created"
    zone = dt.datetime.now().astimezone().tzname()
    assert all(r.when.endswith(f" {zone}") for r in rows)
    assert re.fullmatch(r"\d{1,2} \w{3} \d{4} \d{2}:\d{2} \S+", moved.when)


def test_the_other_language_brief_is_named_by_field_and_language(window, qtbot):
    from briefingbook.core import bilingual

    item = window.session.book.agenda()[0]
    bilingual.set_texts(window.session.book, item.id, "es", objectives="Objetivos")
    pane = _pane(window)
    newest = pane.model.row(0)
    assert newest.field == "Objectives (Spanish)" and newest.what == f"Brief in the other language · {item.title}"


def test_first_run_asks_the_name_once_unless_the_environment_names_the_author(qtbot, settings, monkeypatch):
    from briefingbook.ui import dialogs as dialogs_mod
    from briefingbook.ui.main_window import ask_author_once

    asked = []

    def answer(dialog):
        asked.append(dialog.windowTitle())
        dialog.author.setText("  María   López ")
        return True

    monkeypatch.setattr(dialogs_mod.AuthorDialog, "exec", answer)
    monkeypatch.setenv("BRIEFINGBOOK_AUTHOR", "Ana")
    assert ask_author_once(settings) == "Ana" and asked == []
    monkeypatch.delenv("BRIEFINGBOOK_AUTHOR")
    assert ask_author_once(settings) == "María López" and asked == ["Your name"]
    assert settings.value("history/author") == "María López"
    settings.remove("history/author")
    assert ask_author_once(settings) == default_author() and len(asked) == 1  # asked once only
