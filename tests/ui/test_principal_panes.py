"""The principal's book panes (issue 21): scene-setter, remarks, meeting memos and scenarios
from the program, and people's bios with their events. Each edit survives reopening the book
and is in its history."""

from __future__ import annotations

import pytest
from principal_samples import clear_principal_file

from briefingbook.core import history, principal, program
from briefingbook.core.book import Book


@pytest.fixture(autouse=True)
def _no_samples(book_path):
    """These tests write the principal's book themselves: the demo's samples are taken out
    (tests/core/test_demo_principal.py checks them)."""
    clear_principal_file(book_path)


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
    pane.event_box.setCurrentIndex(pane.event_box.findData(arrival.id))
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


def _meeting(book):
    return next(e for e in program.events(book) if e.kind == "bilateral_meeting")


def test_meeting_memo_from_the_program_links_people_agenda_and_deliverables_in_order(window, qtbot, book_path):
    from briefingbook.core import deliverables, people

    window.show_pane("program")
    pane = window.program_pane
    book = window.session.book
    meeting = _meeting(book)
    travel = next(e for e in program.events(book) if e.kind == "travel")
    pane.select_event(travel.id)
    assert not pane.memo_button.isEnabled() and pane.scenario_button.isEnabled()
    pane.select_event(meeting.id)
    assert pane.memo_button.isEnabled() and "Meeting memo: not written yet" in pane.parts.text()
    dialog = pane.make_memo_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # The memo starts with the event's participants, in order, each with the role People gives them.
    assert dialog.participants.ids() == list(meeting.participants)
    # Both sides: add a Mexican participant not in the event, give them a role, move them first.
    outsider = next(p for p in people.people(book) if p.side == "mexico" and p.id not in meeting.participants)
    dialog.participants.chooser.setCurrentIndex(dialog.participants.chooser.findData(outsider.id))
    dialog.participants.add_chosen()
    assert dialog.participants.current_id() == outsider.id
    dialog.role.setText("Note-taker")
    dialog.role.editingFinished.emit()
    for _ in range(len(meeting.participants)):
        dialog.participants.move_current(-1)
    assert dialog.participants.ids()[0] == outsider.id
    assert dialog.participants.table.item(0, 2).text() == "Note-taker"
    assert dialog.participants.table.item(0, 1).text() == "Mexico"
    # Agenda items to raise, in order: the points shown come from the brief (linked, not copied).
    first, second = book.agenda()[4], book.agenda()[1]
    book.update_agenda_item(first.id, talking_points="- Raise: a pilot crossing", press_line="We agreed to study it.")
    for item in (first, second):
        dialog.agenda.chooser.setCurrentIndex(dialog.agenda.chooser.findData(item.id))
        dialog.agenda.add_chosen()
    dialog.agenda.select(first.id)
    assert "- Raise: a pilot crossing" in dialog.points.text() and "We agreed to study it." in dialog.points.text()
    book.update_agenda_item(first.id, talking_points="- Raise: two pilot crossings")
    dialog.reload()
    assert "two pilot crossings" in dialog.points.text()
    dialog.agenda.select(second.id)
    dialog.agenda.move_current(-1)
    assert dialog.agenda.ids() == [second.id, first.id]
    # Deliverables to announce.
    deliverable = deliverables.deliverables(book)[0]
    dialog.deliverables.chooser.setCurrentIndex(dialog.deliverables.chooser.findData(deliverable.id))
    dialog.deliverables.add_chosen()
    dialog.texts["objectives"].setPlainText("A date for the next round.")
    dialog.texts["they_raise"].setPlainText("Wait times at the crossings.")
    dialog.close()  # closing saves what was typed
    assert "1 deliverables" in pane.parts.text() and "2 agenda items" in pane.parts.text()
    logged = {(c.entity, c.action) for c in history.changes(book)}
    assert {("meeting_memos", "insert"), ("meeting_memo_people", "insert"), ("meeting_memo_agenda", "insert")} <= logged
    assert history.changes(book, entity="meeting_memos", field="objectives")
    window.close()
    with Book.open(book_path) as reopened:
        memo = principal.memo(reopened, meeting.id)
        assert memo.participants[0].person_id == outsider.id and memo.participants[0].role == "Note-taker"
        assert [a.agenda_item_id for a in memo.agenda] == [second.id, first.id]
        assert [d.deliverable_id for d in memo.deliverables] == [deliverable.id]
        assert (memo.objectives, memo.they_raise) == ("A date for the next round.", "Wait times at the crossings.")


def test_scenario_steps_are_added_edited_removed_and_move_with_the_event(
    window, qtbot, monkeypatch, book_path, answer_yes
):
    import datetime as dt

    from briefingbook.ui import meeting_dialogs

    window.show_pane("program")
    pane = window.program_pane
    book = window.session.book
    meeting = _meeting(book)  # 11:00
    pane.select_event(meeting.id)
    dialog = pane.make_scenario_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    answers = iter(
        [
            ("10:45", "Motorcade arrives; greeted at the steps", "Chief of protocol"),
            ("11:00", "Meeting starts", "Heads of delegation"),
        ]
    )

    def fill(step_dialog):
        at, action, who = next(answers)
        step_dialog.time.setTime(step_dialog.time.time().fromString(at, "HH:mm"))
        step_dialog.action.setPlainText(action)
        step_dialog.who.setText(who)
        return True

    monkeypatch.setattr(meeting_dialogs.StepDialog, "exec", fill)
    dialog.add_step()
    dialog.add_step()

    def rows():
        return [
            tuple(dialog.tree.topLevelItem(i).text(c) for c in range(4)) for i in range(dialog.tree.topLevelItemCount())
        ]

    assert rows() == [
        ("10:45", "−15 min", "Motorcade arrives; greeted at the steps", "Chief of protocol"),
        ("11:00", "0", "Meeting starts", "Heads of delegation"),
    ]
    # Edit: the meeting starts ten minutes late.
    dialog.select_step(principal.scenario(book, meeting.id)[1].id)
    monkeypatch.setattr(
        meeting_dialogs.StepDialog,
        "exec",
        lambda d: (d.time.setTime(d.time.time().fromString("11:10", "HH:mm")), True)[-1],
    )
    dialog.edit_current()
    assert rows()[1][:2] == ("11:10", "+10 min")
    # The event moves to 12:30: its steps move with it, in the open dialog and in the pane.
    program.update_event(book, meeting.id, start_time=dt.time(12, 30))
    assert [r[:2] for r in rows()] == [("12:15", "−15 min"), ("12:40", "+10 min")]
    assert "12:30" in dialog.heading.text()
    assert "Scenario: 2 steps, 12:15–12:40" in pane.parts.text()
    dialog.select_step(principal.scenario(book, meeting.id)[0].id)
    dialog.delete_current()
    assert len(rows()) == 1
    dialog.close()
    assert {c.action for c in history.changes(book, entity="scenario_steps")} == {"insert", "update", "delete"}
    window.close()
    with Book.open(book_path) as reopened:
        (kept,) = principal.scenario(reopened, meeting.id)
        assert (kept.time_text, kept.offset_minutes, kept.action) == ("12:40", 10, "Meeting starts")


def test_people_by_side_with_bio_fields_a_to_be_confirmed_flag_and_their_events(window, qtbot, book_path):
    from briefingbook.core import people, readiness

    window.show_pane("people")
    pane = window.people_pane
    book = window.session.book
    groups = [pane.tree.topLevelItem(i).text(0) for i in range(pane.tree.topLevelItemCount())]
    assert groups == ["United States (4)", "Mexico (4)"]
    # The demo names people by role: each is a flag, not a name, with their title beside it.
    head = people.people(book)[0]
    row = pane.rows()[0]
    assert row.text(0) == "Name to be confirmed" and row.font(0).italic()
    assert row.text(1).startswith(head.title)
    pane.select_person(head.id)
    assert pane.tbc.isChecked() and pane.fields["name"].text() == ""
    # The person's events: the program events they are in, and the memo with their role in it.
    meeting = _meeting(book)
    principal.add_memo(book, meeting.id)
    principal.set_memo_participants(book, meeting.id, [(head.id, "Leads the meeting")])
    events = [pane.events.item(i).text() for i in range(pane.events.count())]
    assert any(meeting.title in e and "in the meeting memo as Leads the meeting" in e for e in events)
    assert len(events) == sum(1 for e in program.events(book) if head.id in e.participants)
    shown = []
    pane.eventActivated.connect(shown.append)
    pane.events.itemActivated.emit(pane.events.item(0))
    assert window.current_pane() == "program" and window.program_pane.current_id() == shown[0]
    window.show_pane("people")
    # Typing the real name clears the flag; the bio fields are saved as typed.
    pane.fields["name"].setText("Alex Example")
    pane.fields["name"].textEdited.emit("Alex Example")
    for name, value in (
        ("title", "Secretary of State"),
        ("organisation", "Department of State"),
        ("last_met", "September 2026, UNGA, New York"),
        ("pronunciation", "AL-ex eg-ZAM-pul"),
    ):
        pane.fields[name].setText(value)
        pane.fields[name].textEdited.emit(value)
    pane.fields["bio"].setPlainText("Career diplomat (sample text).")
    pane.flush(force=True)
    assert not pane.tbc.isChecked()
    current = pane.tree.currentItem()
    assert (current.text(0), current.text(1)) == ("Alex Example", "Secretary of State, Department of State")
    # Checking the flag again keeps the person, under their title and the marker.
    pane.tbc.click()
    assert readiness.unnamed(people.person(book, head.id).name)
    assert people.person(book, head.id).name == "Secretary of State (name to be confirmed)"
    assert pane.fields["name"].text() == "" and pane.tree.currentItem().text(0) == "Name to be confirmed"
    logged = {c.field for c in history.changes(book, entity="people")}
    assert {"name", "title", "organisation", "last_met", "pronunciation", "bio"} <= logged
    window.close()
    with Book.open(book_path) as reopened:
        person = people.person(reopened, head.id)
        assert (person.last_met, person.pronunciation, person.bio) == (
            "September 2026, UNGA, New York",
            "AL-ex eg-ZAM-pul",
            "Career diplomat (sample text).",
        )


def test_a_closed_scenario_dialog_takes_no_more_changes(window, qtbot):
    """The scenario editor follows the book while open and only then: closed, an edit of the
    program reaches nothing of it (opened again, it follows again); one deleted with its window
    receives nothing either."""
    import datetime as dt

    signal = "2changed(PyObject)"
    window.show_pane("program")
    pane = window.program_pane
    book = window.session.book
    meeting = _meeting(book)
    principal.add_step(book, meeting.id, "Meeting starts", offset_minutes=0)
    pane.select_event(meeting.id)
    before = window.session.receivers(signal)
    dialog = pane.make_scenario_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert window.session.receivers(signal) == before + 1
    reloads = [0]
    original = dialog.reload

    def counted():
        reloads[0] += 1
        original()

    dialog.reload = counted
    program.update_event(book, meeting.id, start_time=dt.time(11, 15))
    assert reloads == [1] and dialog.tree.topLevelItem(0).text(0) == "11:15"
    dialog.close()
    assert window.session.receivers(signal) == before
    program.update_event(book, meeting.id, start_time=dt.time(11, 30))
    assert reloads == [1]  # closed: no callback
    dialog.show()  # opened again: it shows the change made meanwhile and follows again
    assert dialog.tree.topLevelItem(0).text(0) == "11:30"
    program.update_event(book, meeting.id, start_time=dt.time(11, 45))
    assert dialog.tree.topLevelItem(0).text(0) == "11:45"
    dialog.reject()
    dialog.reject()  # closing twice is harmless
    assert window.session.receivers(signal) == before

    # Opened from the button, closed, and deleted: the program is edited with no error.
    from briefingbook.ui.meeting_dialogs import ScenarioDialog

    def close_soon():
        found = [w for w in pane.findChildren(ScenarioDialog) if w.isVisible()]
        found[0].reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, close_soon)
    pane.open_scenario()
    qtbot.waitUntil(lambda: pane.findChildren(ScenarioDialog) == [dialog])  # the opened one is deleted
    assert window.session.receivers(signal) == before
    program.update_event(book, meeting.id, start_time=dt.time(12, 0))
    assert "12:00" in pane.parts.text()


def test_memo_dialog_flags_a_participant_to_be_confirmed(window, qtbot):
    """A participant whose name is to be confirmed shows "Name to be confirmed (title)" in italic
    amber, never the stored placeholder; a named one shows their name."""
    from briefingbook.core import people

    window.show_pane("program")
    pane = window.program_pane
    book = window.session.book
    meeting = _meeting(book)
    second = people.person(book, meeting.participants[1])
    people.update_person(book, second.id, name="Alex Example")
    pane.select_event(meeting.id)
    dialog = pane.make_memo_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.participants.table.item(0, 0)
    head = people.person(book, meeting.participants[0])
    assert first.text() == f"Name to be confirmed ({head.title})"
    assert first.font().italic() and first.foreground().color().name() == "#8a4b00"
    assert "(name to be confirmed)" not in first.toolTip()
    named = dialog.participants.table.item(1, 0)
    assert named.text() == "Alex Example" and not named.font().italic()
    choices = [dialog.participants.chooser.itemText(i) for i in range(dialog.participants.chooser.count())]
    assert choices and not any("(name to be confirmed)" in c for c in choices)
    assert any(c.startswith("Name to be confirmed (") for c in choices)
    dialog.close()


def test_a_placeholder_name_follows_the_title(window, qtbot):
    """A person without a name yet: editing their title renames the flag's stored placeholder, so
    no list or packet shows the old title; a real name is never touched by a title edit."""
    from briefingbook.core import people

    window.show_pane("people")
    pane = window.people_pane
    book = window.session.book
    head = people.people(book)[0]
    pane.select_person(head.id)
    assert pane.tbc.isChecked()
    pane.fields["title"].setText("Foreign Minister")
    pane.fields["title"].textEdited.emit("Foreign Minister")
    pane.flush(force=True)
    assert people.person(book, head.id).name == "Foreign Minister (name to be confirmed)"
    assert pane.tbc.isChecked() and pane.fields["name"].text() == ""
    assert pane.tree.currentItem().text(1).startswith("Foreign Minister")
    # With a real name, the title changes alone.
    pane.fields["name"].setText("Alex Example")
    pane.fields["name"].textEdited.emit("Alex Example")
    pane.flush(force=True)
    pane.fields["title"].setText("Secretary")
    pane.fields["title"].textEdited.emit("Secretary")
    pane.flush(force=True)
    assert (people.person(book, head.id).name, people.person(book, head.id).title) == ("Alex Example", "Secretary")


def test_opening_and_closing_a_memo_keeps_every_role(window, qtbot):
    """A participants row made current without a selection (the table taking the focus does this)
    shows that person's role; closing the dialog writes no empty role over it."""
    from PySide6.QtCore import QItemSelectionModel

    window.show_pane("program")
    pane = window.program_pane
    book = window.session.book
    meeting = _meeting(book)
    principal.add_memo(book, meeting.id)
    first, second = meeting.participants[:2]
    principal.set_memo_participants(book, meeting.id, [(first, "Leads for our side"), (second, "Takes notes")])
    pane.select_event(meeting.id)
    dialog = pane.make_memo_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.participants.table
    assert not dialog.role.isEnabled() and dialog.role.text() == ""
    table.clearSelection()
    table.selectionModel().setCurrentIndex(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    assert table.currentRow() == 0 and not table.selectedItems()
    assert dialog.role.isEnabled() and dialog.role.text() == "Leads for our side"
    dialog.close()
    roles = [(p.person_id, p.role) for p in principal.memo(book, meeting.id).participants]
    assert roles == [(first, "Leads for our side"), (second, "Takes notes")]
    # And with the field showing nobody (current row set behind its back), closing writes nothing.
    dialog = pane.make_memo_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.participants.table.blockSignals(True)
    dialog.participants.table.setCurrentCell(1, 0)
    dialog.participants.table.blockSignals(False)
    dialog.close()
    assert [(p.person_id, p.role) for p in principal.memo(book, meeting.id).participants] == roles
