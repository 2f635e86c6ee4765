"""The principal's book panes (issue 21): scene-setter, remarks, meeting memos and scenarios
from the program, and people's bios with their events. Each edit survives reopening the book
and is in its history."""

from __future__ import annotations

from briefingbook.core import history, principal, program
from briefingbook.core.book import Book


def test_scene_setter_saves_as_you_type_shows_its_length_and_survives_reopen(window, qtbot, book_path):
    window.show_pane("scene_setter")
    pane = window.scene_setter_pane
    assert list(pane.editors) == list(principal.SCENE_PARTS)
    assert pane.length.text() == "Length: 0 words, about 0 min to read"
    pane.editors["context"].setFocus()
    qtbot.keyClicks(pane.editors["context"], "First visit since the border talks resumed.")
    # Shown as typed, before any save: 7 words, one minute at 200 words a minute.
    assert pane.length.text() == "Length: 7 words, about 1 min to read"
    assert principal.scene_setter(window.session.book).parts["context"] == ""
    qtbot.waitUntil(lambda: principal.scene_setter(window.session.book).parts["context"] != "", timeout=3000)
    pane.editors["sensitivities"].setPlainText(" ".join(["word"] * 201))
    assert pane.length.text() == "Length: 208 words, about 2 min to read"
    pane.flush()
    # A box grows with its text instead of scrolling.
    assert pane.editors["sensitivities"].height() > pane.editors["our_aims"].height()
    logged = history.changes(window.session.book, entity="scene_setter")
    assert any(c.row_key == '["context"]' and "First visit" in str(c.new_value) for c in logged)
    # Another writer's change (a core call, as the CLI makes) reaches the pane.
    principal.set_scene_setter(window.session.book, atmospherics="Calm.")
    assert pane.editors["atmospherics"].toPlainText() == "Calm."
    window.close()
    with Book.open(book_path) as book:
        parts = principal.scene_setter(book).parts
        assert parts["context"] == "First visit since the border talks resumed."
        assert parts["sensitivities"] == " ".join(["word"] * 201) and parts["atmospherics"] == "Calm."


def test_remarks_add_edit_link_move_delete_with_word_count_and_speaking_time(window, qtbot, book_path, answer_yes):
    window.show_pane("remarks")
    pane = window.remarks_pane
    book = window.session.book
    arrival = next(e for e in program.events(book) if e.kind == "travel")
    first = pane.add_remark()
    assert pane.current_id() == first and pane.occasion.text() == "New remarks"
    pane.occasion.setText("Arrival statement")
    pane.occasion.textEdited.emit("Arrival statement")
    pane.speaker.setText("Head of delegation")
    pane.speaker.textEdited.emit("Head of delegation")
    pane.event.setCurrentIndex(pane.event.findData(arrival.id))
    pane.text.setPlainText(" ".join(["thanks"] * 65))  # 65 words: 30 s at 130 words a minute
    assert pane.length.text() == "65 words, 0:30 (min:s) to speak at 130 words a minute"
    pane.flush(force=True)
    row = pane.tree.currentItem()
    assert [row.text(c) for c in range(5)] == [
        "Arrival statement",
        "Head of delegation",
        "Arrival of the delegation",
        "65",
        "0:30",
    ]
    second = pane.add_remark("Toast")
    pane.text.setPlainText(" ".join(["salud"] * 130))
    pane.flush(force=True)
    assert pane.tree.currentItem().text(4) == "1:00"
    assert pane.total.text() == "All remarks: 1:30 (min:s) to speak"
    pane.move_current(-1)
    assert [r.id for r in principal.remarks(book)] == [second, first]
    pane.select_remark(second)
    pane.delete_current()
    assert pane.tree.topLevelItemCount() == 1
    logged = history.changes(book, entity="remarks")
    assert any(c.field == "occasion" and c.new_value == "Arrival statement" for c in logged)
    assert history.changes(book, entity="remark_events")
    window.close()
    with Book.open(book_path) as reopened:
        (kept,) = principal.remarks(reopened)
        assert (kept.occasion, kept.speaker, kept.event_id, kept.words) == (
            "Arrival statement",
            "Head of delegation",
            arrival.id,
            65,
        )
