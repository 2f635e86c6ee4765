"""The agenda pane: reorder by keys and by drop, add, remove, priority and status, all saved."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from briefingbook.core.book import Book


def _titles(path):
    with Book.open(path) as book:
        return [i.title for i in book.agenda()]


def test_keyboard_reorder_persists_after_reopen(window, qtbot, book_path):
    pane = window.agenda_pane
    first, second = pane.model.item(0).title, pane.model.item(1).title
    pane.select_row(0)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert pane.model.item(1).title == first
    assert pane.view.currentIndex().row() == 1  # the moved item stays selected
    window.close()
    assert _titles(book_path)[:2] == [second, first]


def test_drop_moves_the_item(window, book_path):
    model = window.agenda_pane.model
    titles = [model.item(r).title for r in range(model.rowCount())]
    mime = model.mimeData([model.index(0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = titles[1:3] + [titles[0]] + titles[3:]
    assert [model.item(r).title for r in range(model.rowCount())] == expected
    window.close()
    assert _titles(book_path) == expected


def test_add_and_remove_with_confirmation(window, book_path, answer_yes):
    pane = window.agenda_pane
    count = pane.model.rowCount()
    pane.add_item("Water treaty deliveries", None)
    assert pane.model.rowCount() == count + 1
    assert pane.model.item(count).title == "Water treaty deliveries"
    assert window.brief_pane.title.text() == "Water treaty deliveries"
    pane.remove_current()
    assert pane.model.rowCount() == count
    window.close()
    assert "Water treaty deliveries" not in _titles(book_path)


def test_remove_cancelled_keeps_the_item(window, answer_cancel):
    pane = window.agenda_pane
    count = pane.model.rowCount()
    pane.select_row(0)
    pane.remove_current()
    assert pane.model.rowCount() == count


def test_add_menu_offers_only_areas_not_on_the_agenda(window, answer_yes, reference):
    pane = window.agenda_pane
    pane._fill_add_menu()
    enabled = [a.text() for a in pane.add_menu.actions() if a.isEnabled() and a.text()]
    assert enabled == ["Custom item…"]  # the demo agenda holds every issue area
    pane.select_row(0)
    pane.remove_current()
    pane._fill_add_menu()
    enabled = [a.text() for a in pane.add_menu.actions() if a.isEnabled() and a.text()]
    assert enabled == [reference.issue_areas()[0].title_en, "Custom item…"]


def test_priority_and_status_by_keyboard(window, qtbot, book_path):
    pane = window.agenda_pane
    pane.select_row(2)
    item_id = pane.current_id()
    pane.priority.setFocus()
    qtbot.keyClick(pane.priority, Qt.Key.Key_Up)  # medium -> high
    qtbot.keyClick(pane.status, Qt.Key.Key_Down)  # not started -> in preparation
    window.close()
    with Book.open(book_path) as book:
        item = book.agenda_item(item_id)
    assert (item.priority, item.status) == ("high", "in_preparation")
