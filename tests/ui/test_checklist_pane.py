"""The checklist pane: countdown, progress, ticking items, overdue marking, filters, edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefingbook.core.book import Book


def _rows(pane):
    rows = []
    for i in range(pane.tree.topLevelItemCount()):
        parent = pane.tree.topLevelItem(i)
        rows += [parent.child(j) for j in range(parent.childCount())]
    return rows


def test_header_counts_down_to_the_summit(window, monkeypatch):
    pane = window.checklist_pane
    summit = window.session.book.summit().date
    monkeypatch.setattr(window.session, "today", lambda: summit - dt.timedelta(days=23))
    pane.refresh()
    total = len(window.session.book.checklist())
    assert pane.header.text().startswith("Summit in 23 days (T-23) — 0 of")
    assert f"0 of {total} done" in pane.header.text()
    assert pane.progress.maximum() == total and pane.progress.value() == 0


def test_ticking_an_item_with_the_keyboard_persists(window, qtbot, book_path):
    pane = window.checklist_pane
    window.show_pane("checklist")
    row = _rows(pane)[0]
    item_id = row.data(0, Qt.ItemDataRole.UserRole + 1)
    pane.tree.setCurrentItem(row)
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Space)
    assert pane.find_row(item_id).checkState(0) == Qt.CheckState.Checked
    assert pane.progress.value() == 1
    window.close()
    with Book.open(book_path) as book:
        assert book.checklist_item(item_id).done


def test_overdue_items_are_marked_and_filterable(window, monkeypatch):
    pane = window.checklist_pane
    book = window.session.book
    summit = book.summit().date
    today = summit - dt.timedelta(days=20)
    monkeypatch.setattr(window.session, "today", lambda: today)
    pane.refresh()
    overdue = [i for i in book.checklist() if i.due < today]
    assert overdue
    assert pane.find_row(overdue[0].id).text(3) == "Overdue"
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("overdue"))
    assert sorted(r.data(0, Qt.ItemDataRole.UserRole + 1) for r in _rows(pane)) == sorted(i.id for i in overdue)
    assert "overdue" in pane.header.text()


def test_owner_filter(window):
    pane = window.checklist_pane
    owner = window.session.book.checklist()[0].owner
    pane.owner_filter.setCurrentIndex(pane.owner_filter.findData(owner))
    rows = _rows(pane)
    assert rows and all(r.text(2) == owner for r in rows)


def test_moving_the_summit_moves_due_dates(window, qtbot):
    window.show_pane("checklist")  # the pane on show follows the edit (a hidden one when next shown)
    pane = window.checklist_pane
    item = window.session.book.checklist()[0]
    window.session.book.update_summit(date=item.due + dt.timedelta(days=100 - item.offset_days))
    from briefingbook.ui.i18n import short_date

    moved = short_date(item.due + dt.timedelta(days=100), "en")
    qtbot.waitUntil(lambda: pane.find_row(item.id).text(1) == moved, timeout=2000)
    assert window.header.text().count("T") >= 1


def test_add_edit_delete(window, monkeypatch, answer_yes):
    from briefingbook.ui import dialogs

    pane = window.checklist_pane
    count = len(window.session.book.checklist())
    monkeypatch.setattr(
        dialogs.ChecklistItemDialog,
        "exec",
        lambda self: (
            self.title.setText("Book interpreters"),
            self.owner.setText("Protocol office"),
            self.offset.setValue(-10),
            True,
        )[-1],
    )
    pane.add_item()
    added = next(i for i in window.session.book.checklist() if i.title == "Book interpreters")
    assert added.due == window.session.book.summit().date - dt.timedelta(days=10)
    assert pane.current_id() == added.id
    monkeypatch.setattr(
        dialogs.ChecklistItemDialog, "exec", lambda self: (self.title.setText("Book two interpreters"), True)[-1]
    )
    pane.edit_current()
    assert window.session.book.checklist_item(added.id).title == "Book two interpreters"
    pane.delete_current()
    assert len(window.session.book.checklist()) == count
