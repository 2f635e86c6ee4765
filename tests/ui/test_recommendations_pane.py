"""The recommendations pane: filters, detail, status, linking to an agenda item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefingbook.core.book import Book


def test_filters_narrow_the_table(window, reference):
    pane = window.recommendations_pane
    total = len(reference.recommendations())
    assert pane.proxy.rowCount() == total
    pane.filters["document"].setCurrentIndex(pane.filters["document"].findData("outline2009"))
    assert pane.proxy.rowCount() == sum(1 for r in reference.recommendations() if r.document == "outline2009")
    pane.filters["issue_area"].setCurrentIndex(pane.filters["issue_area"].findData("migration"))
    shown = {
        pane.model.recommendation(pane.proxy.mapToSource(pane.proxy.index(r, 0)).row()).id
        for r in range(pane.proxy.rowCount())
    }
    assert shown == {r.id for r in reference.recommendations("migration") if r.document == "outline2009"}
    assert pane.count.text() == f"{len(shown)} of {total} recommendations"
    pane.filters["document"].setCurrentIndex(0)
    pane.filters["issue_area"].setCurrentIndex(0)
    pane.text_filter.setText("arrest warrants")
    assert pane.proxy.rowCount() >= 1


def test_status_filter_follows_edits(window, qtbot, book_path):
    window.show_pane("recommendations")
    pane = window.recommendations_pane
    pane.table.selectRow(2)
    rec = pane.current_recommendation()
    qtbot.keyClick(pane.card.status, Qt.Key.Key_Down)
    qtbot.keyClick(pane.card.status, Qt.Key.Key_Down)  # -> achieved
    pane.filters["status"].setCurrentIndex(pane.filters["status"].findData("achieved"))
    assert pane.proxy.rowCount() == 1
    window.close()
    with Book.open(book_path) as book:
        assert book.recommendation_state(rec.id).status == "achieved"


def test_link_to_agenda_item_shows_in_the_brief(window, qtbot, book_path):

    pane = window.recommendations_pane
    pane.select_recommendation(window.reference.recommendations("energy_for_infrastructure")[0].id)
    rec = pane.current_recommendation()
    target = next(i for i in window.session.book.agenda() if i.issue_area == "migration")
    pane.agenda_choice.setCurrentIndex(pane.agenda_choice.findData(target.id))
    qtbot.mouseClick(pane.link_button, Qt.MouseButton.LeftButton)
    assert "Linked to" in pane.link_result.text()
    window.show_pane("agenda")
    window.agenda_pane.select_item(target.id)
    assert rec.id in [c.rec.id for c in window.brief_pane.cards]
    window.close()
    with Book.open(book_path) as book:
        assert book.linked_recommendations(target.id) == [rec.id]
