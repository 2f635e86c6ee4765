"""The brief pane: typed text is saved without a save button; recommendations carry status and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefingbook.core.book import Book


def test_typed_text_survives_closing_the_window(window, qtbot, book_path):
    window.agenda_pane.select_row(3)
    item_id = window.agenda_pane.current_id()
    editor = window.brief_pane.editors["talking_points"]
    editor.setFocus()
    qtbot.keyClicks(editor, "- Raise: customs pre-clearance")
    window.close()  # no save button: closing must not lose the text
    with Book.open(book_path) as book:
        assert book.agenda_item(item_id).talking_points == "- Raise: customs pre-clearance"


def test_text_is_saved_while_typing(window, qtbot, book_path):
    window.agenda_pane.select_row(0)
    item_id = window.agenda_pane.current_id()
    editor = window.brief_pane.editors["press_line"]
    qtbot.keyClicks(editor, "Both delegations agreed to meet again.")
    with Book.open(book_path, readonly=True) as other:  # another reader sees it once the delay passes
        qtbot.waitUntil(lambda: other.agenda_item(item_id).press_line.startswith("Both"), timeout=3000)


def test_switching_items_saves_and_shows_the_other_brief(window, qtbot, reference):
    pane = window.agenda_pane
    pane.select_row(1)
    first = pane.current_id()
    qtbot.keyClicks(window.brief_pane.editors["notes"], "note one")
    pane.select_row(2)
    assert window.brief_pane.editors["notes"].toPlainText() == ""
    assert window.session.book.agenda_item(first).notes == "note one"
    area = reference.issue_area(window.session.book.agenda_item(pane.current_id()).issue_area)
    assert window.brief_pane.background.text() == area.summary_en


def test_recommendation_status_and_dated_note(window, qtbot, book_path, reference):
    window.agenda_pane.select_row(3)
    cards = window.brief_pane.cards
    area = window.session.book.agenda_item(window.agenda_pane.current_id()).issue_area
    assert [c.rec.id for c in cards] == [r.id for r in reference.recommendations(area)]
    card = cards[0]
    qtbot.keyClick(card.status, Qt.Key.Key_Down)  # not started -> in progress
    qtbot.keyClicks(card.note_edit, "Raised with the counterpart")
    qtbot.keyClick(card.note_edit, Qt.Key.Key_Return)
    assert card.notes.count() == 1 and "Raised with the counterpart" in card.notes.item(0).text()
    window.close()
    with Book.open(book_path) as book:
        state = book.recommendation_state(card.rec.id)
    assert state.status == "in_progress"
    assert [n.note for n in state.notes] == ["Raised with the counterpart"]


def test_brief_shows_outlook_citation_and_key_charts(window, reference):

    items = window.session.book.agenda()
    migration = next(i for i in items if i.issue_area == "migration")
    window.agenda_pane.select_item(migration.id)
    card = window.brief_pane.cards[0]
    texts = " ".join(label.text() for label in card.findChildren(type(window.brief_pane.title)))
    assert "Source:" in texts and "2009 outlook" not in texts  # said once for the brief (issue 19)
    recs_texts = [label.text() for label in window.brief_pane.recs_box.findChildren(type(window.brief_pane.title))]
    outlooks = [t for t in recs_texts if "2009 outlook" in t]
    with_outlook = {rec.outlook_id for rec in reference.recommendations("migration") if rec.outlook_id}
    assert len(window.brief_pane.cards) > len(with_outlook) and len(outlooks) == len(with_outlook) >= 1
    charts = window.brief_pane.charts
    assert [c.spec.series[0].slug for c in charts] == list(reference.issue_area("migration").key_indicators)


def test_deleting_a_note_asks_first(window, qtbot, answer_yes):
    window.agenda_pane.select_row(0)
    card = window.brief_pane.cards[0]
    qtbot.keyClicks(card.note_edit, "temporary")
    card.add_note()
    card.notes.setCurrentRow(0)
    card.delete_note()
    assert card.notes.count() == 0
    assert window.session.book.recommendation_state(card.rec.id).notes == ()


def test_title_and_other_language_version(window, qtbot, book_path):
    from briefingbook.core import bilingual

    window.agenda_pane.select_row(1)
    item_id = window.agenda_pane.current_id()
    pane = window.brief_pane
    pane.title_edit.selectAll()
    qtbot.keyClicks(pane.title_edit, "Security cooperation")
    pane.flush()
    assert window.agenda_pane.model.item(1).title == "Security cooperation"
    pane.language.setCurrentIndex(pane.language.findData("es"))
    pane.language.activated.emit(pane.language.currentIndex())
    assert pane.editors["talking_points"].toPlainText() == ""
    # QTest.keyClicks aborts on non-ASCII text in PySide6 6.10, so accents are inserted as the
    # input method would deliver them.
    qtbot.keyClicks(pane.title_edit, "Cooperaci")
    pane.title_edit.insert("ón en seguridad")
    pane.title_edit.textEdited.emit(pane.title_edit.text())
    qtbot.keyClicks(pane.editors["talking_points"], "- Plantear: intercambio de informaci")
    pane.editors["talking_points"].insertPlainText("ón")
    window.close()
    with Book.open(book_path) as book:
        es = bilingual.texts(book, item_id, "es")
        assert es["title"] == "Cooperación en seguridad"
        assert es["talking_points"] == "- Plantear: intercambio de información"
        assert book.agenda_item(item_id).title == "Security cooperation"


def test_the_brief_reads_top_down(window, qtbot):
    """Issue 19, item 5: another item's brief starts at its top, and text boxes grow with their text."""
    from briefingbook.ui.brief_pane import EDITOR_MIN_HEIGHT

    pane = window.brief_pane
    window.agenda_pane.select_row(0)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    assert pane.verticalScrollBar().value() > 0
    window.agenda_pane.select_row(3)
    assert pane.verticalScrollBar().value() == 0
    editor = pane.editors["notes"]
    editor.setPlainText("")
    qtbot.waitUntil(lambda: editor.height() == EDITOR_MIN_HEIGHT)
    editor.setPlainText("\n".join(f"- point {n}" for n in range(20)))
    qtbot.waitUntil(lambda: editor.height() >= 20 * editor.fontMetrics().lineSpacing())
    assert editor.verticalScrollBar().maximum() == 0  # all of it in view, nothing to scroll inside


def test_edit_menu_and_find_in_the_brief(window, qtbot):
    pane = window.brief_pane
    window.agenda_pane.select_row(1)
    pane.editors["objectives"].setPlainText("Secure a pilot on customs pre-clearance.")
    pane.editors["notes"].setPlainText("Ask about pre-clearance staffing.")
    names = [a.text() for a in window.edit_menu.actions() if a.text()]
    assert names[:7] == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &all", "&Find in the brief…"]
    # Select all and cut act on the field with the focus; undo brings the text back.
    notes = pane.editors["notes"]
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    assert window.edit_focused("selectAll") and window.edit_focused("cut")
    assert notes.toPlainText() == ""
    assert window.edit_focused("undo") and notes.toPlainText() == "Ask about pre-clearance staffing."
    # Ctrl+F: the find bar; Enter goes from one place to the next, round to the first again.
    window.find_in_brief()
    assert pane.find_edit.isVisible() and pane.find_edit.hasFocus()
    assert pane.find_next("PRE-CLEARANCE") is pane.editors["objectives"]
    assert pane.find_next("pre-clearance") is notes and notes.textCursor().selectedText() == "pre-clearance"
    assert pane.find_next("pre-clearance") is pane.editors["objectives"]
    assert pane.find_next("zanzibar") is None and "is not in this brief" in pane.find_status.text()
    # Esc in the find box closes the bar and its result line.
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Escape)
    assert not pane.find_edit.isVisible() and not pane.find_status.isVisible()
