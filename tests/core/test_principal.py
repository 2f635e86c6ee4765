"""The principal's book model (issue 21): scene-setter, meeting memos, scenario steps, remarks,
People's new field, and what the change log records of them."""

from __future__ import annotations

import datetime as dt

import pytest

from briefingbook.core import deliverables, history, people, principal, program
from briefingbook.core.errors import InvalidInputError, NotFoundError


@pytest.fixture
def book(tmp_path, create_book):
    book = create_book(tmp_path / "b.bbook", title="Summit", date="2027-03-15")
    book.author = "Tester"
    yield book
    book.close()


@pytest.fixture
def meeting(book):
    """A bilateral at 10:00 on the summit day with two participants and two agenda items."""
    ours = people.add_person(book, name="Secretary (name to be confirmed)", side="us", role="Head of delegation")
    theirs = people.add_person(book, name="Foreign Minister", side="mexico", role="Host", title="Secretaria")
    energy = book.add_agenda_item("Energy", talking_points="Grid links first.", press_line="Working together.")
    water = book.add_agenda_item("Water", talking_points="Deliveries on schedule.")
    event = program.add_event(
        book,
        day="2027-03-15",
        start_time="10:00",
        title="Bilateral meeting",
        kind="bilateral_meeting",
        participants=(ours.id, theirs.id),
    )
    return event, ours, theirs, energy, water


# -- words and minutes ---------------------------------------------------------------------------
def test_word_count_counts_words_not_punctuation():
    assert principal.word_count("") == 0
    assert principal.word_count("  — • \n") == 0
    assert principal.word_count("The U.S.–Mexico relationship, año tras año.") == 7
    assert principal.word_count("don't stop; self-reliance") == 3
    assert principal.word_count("Señora Secretaria:\n\n- punto uno\n- punto dos") == 6


def test_reading_and_speaking_time_use_the_named_rates():
    assert principal.READING_WORDS_PER_MINUTE == 200 and principal.SPEAKING_WORDS_PER_MINUTE == 130
    assert [principal.reading_minutes(n) for n in (0, 1, 200, 201, 650)] == [0, 1, 1, 2, 4]
    assert [principal.speaking_seconds(n) for n in (0, 130, 65, 260, 13)] == [0, 60, 30, 120, 6]


# -- scene-setter --------------------------------------------------------------------------------
def test_scene_setter_has_its_parts_in_order_with_its_length(book):
    empty = principal.scene_setter(book)
    assert list(empty.parts) == list(principal.SCENE_PARTS) and empty.empty and empty.words == 0
    words = " ".join(["word"] * 150)
    setter = principal.set_scene_setter(book, context="A first summit since the treaty.\r\n", atmospherics=words)
    assert setter.parts["context"] == "A first summit since the treaty."
    assert setter.parts["our_aims"] == ""
    assert setter.words == 156 and setter.reading_minutes == 1
    setter = principal.set_scene_setter(book, our_aims=words)
    assert setter.words == 306 and setter.reading_minutes == 2
    assert setter.parts["context"] == "A first summit since the treaty."  # parts not given are kept
    with pytest.raises(InvalidInputError, match="no part 'outlook'"):
        principal.set_scene_setter(book, outlook="x")


def test_scene_setter_saving_the_same_text_logs_nothing(book):
    principal.set_scene_setter(book, context="Context.")
    before = history.last_change_id(book.connection)
    principal.set_scene_setter(book, context="Context.  ")
    assert history.last_change_id(book.connection) == before


# -- meeting memos -------------------------------------------------------------------------------
def test_memo_starts_with_the_events_participants_and_their_roles(book, meeting):
    event, ours, theirs, *_ = meeting
    memo = principal.add_memo(book, event.id, objectives="Agree a work plan.")
    assert [(p.name, p.side, p.role) for p in memo.participants] == [
        ("Secretary (name to be confirmed)", "us", "Head of delegation"),
        ("Foreign Minister", "mexico", "Host"),
    ]
    assert memo.objectives == "Agree a work plan." and memo.agenda == () and memo.deliverables == ()
    with pytest.raises(InvalidInputError, match="already has a meeting memo"):
        principal.add_memo(book, event.id)


def test_only_a_meeting_gets_a_memo(book):
    travel = program.add_event(book, day="2027-03-14", start_time="18:00", title="Arrival", kind="travel")
    with pytest.raises(InvalidInputError, match="“Arrival” is not a meeting"):
        principal.add_memo(book, travel.id)
    with pytest.raises(NotFoundError):
        principal.add_memo(book, 999)
    with pytest.raises(NotFoundError, match="has no meeting memo"):
        principal.update_memo(book, travel.id, notes="x")


def test_memo_pulls_each_agenda_items_points_in_the_order_to_raise_them(book, meeting):
    event, _, _, energy, water = meeting
    principal.add_memo(book, event.id)
    memo = principal.set_memo_agenda(book, event.id, [water.id, energy.id])
    assert [(a.title, a.talking_points, a.press_line) for a in memo.agenda] == [
        ("Water", "Deliveries on schedule.", ""),
        ("Energy", "Grid links first.", "Working together."),
    ]
    # Linked, not copied: the brief's new text is what the memo carries.
    book.update_agenda_item(energy.id, talking_points="Grid links and storage.", press_line="A shared grid.")
    memo = principal.memo(book, event.id)
    assert [(a.title, a.talking_points, a.press_line) for a in memo.agenda][1] == (
        "Energy",
        "Grid links and storage.",
        "A shared grid.",
    )
    memo = principal.set_memo_agenda(book, event.id, [energy.id, water.id])
    assert [a.title for a in memo.agenda] == ["Energy", "Water"]
    assert principal.memos_with_agenda_item(book, water.id) == [event.id]
    with pytest.raises(InvalidInputError, match="listed twice"):
        principal.set_memo_agenda(book, event.id, [energy.id, energy.id])
    with pytest.raises(NotFoundError, match="no agenda item 999"):
        principal.set_memo_agenda(book, event.id, [energy.id, 999])
    assert [a.title for a in principal.memo(book, event.id).agenda] == ["Energy", "Water"]  # refused: unchanged


def test_memo_participants_roles_and_deliverables(book, meeting):
    event, ours, theirs, energy, _ = meeting
    statement = deliverables.add_deliverable(book, title="Joint statement", kind="joint_statement")
    principal.add_memo(book, event.id, they_raise="Visa backlog.")
    memo = principal.set_memo_participants(book, event.id, [(theirs.id, "Hosts the meeting"), ours.id])
    assert [(p.person_id, p.role) for p in memo.participants] == [(theirs.id, "Hosts the meeting"), (ours.id, "")]
    memo = principal.set_memo_deliverables(book, event.id, [statement.id])
    assert [(d.title, d.status) for d in memo.deliverables] == [("Joint statement", "draft")]
    deliverables.update_deliverable(book, statement.id, status="agreed")
    assert principal.memo(book, event.id).deliverables[0].status == "agreed"


def test_reordering_keeps_the_rows_so_history_sees_a_move(book, meeting):
    event, ours, theirs, energy, water = meeting
    principal.add_memo(book, event.id)
    principal.set_memo_agenda(book, event.id, [energy.id, water.id])
    uuids = dict(book.connection.execute("SELECT agenda_item_id, uuid FROM meeting_memo_agenda"))
    before = history.last_change_id(book.connection)
    principal.set_memo_agenda(book, event.id, [water.id, energy.id])
    assert dict(book.connection.execute("SELECT agenda_item_id, uuid FROM meeting_memo_agenda")) == uuids
    logged = [(c.action, c.field) for c in history.changes(book, since_id=before)]
    assert logged == [("update", "position"), ("update", "position")]


def test_removing_a_linked_person_item_or_deliverable_leaves_the_memo(book, meeting):
    event, ours, theirs, energy, water = meeting
    statement = deliverables.add_deliverable(book, title="Joint statement")
    principal.add_memo(book, event.id, objectives="Keep this.")
    principal.set_memo_agenda(book, event.id, [energy.id, water.id])
    principal.set_memo_deliverables(book, event.id, [statement.id])
    people.remove_person(book, theirs.id)
    book.remove_agenda_item(energy.id)
    deliverables.remove_deliverable(book, statement.id)
    memo = principal.memo(book, event.id)
    assert memo.objectives == "Keep this."
    assert [p.person_id for p in memo.participants] == [ours.id]
    assert [a.title for a in memo.agenda] == ["Water"] and memo.deliverables == ()


def test_removing_the_event_removes_its_memo_and_scenario_but_keeps_its_remarks(book, meeting):
    event, *_ = meeting
    principal.add_memo(book, event.id)
    principal.add_step(book, event.id, "Motorcade arrives", at="09:50")
    toast = principal.add_remark(book, "Toast", text="To friendship.", event_id=event.id)
    program.remove_event(book, event.id)
    assert principal.memos(book) == []
    assert book.connection.execute("SELECT count(*) FROM scenario_steps").fetchone()[0] == 0
    kept = principal.remark(book, toast.id)
    assert (kept.text, kept.event_id) == ("To friendship.", None)


def test_remove_memo_removes_its_links(book, meeting):
    event, _, _, energy, _ = meeting
    principal.add_memo(book, event.id)
    principal.set_memo_agenda(book, event.id, [energy.id])
    principal.remove_memo(book, event.id)
    assert principal.memo(book, event.id) is None
    assert principal.memos_with_agenda_item(book, energy.id) == []
    assert book.connection.execute("SELECT count(*) FROM meeting_memo_people").fetchone()[0] == 0
    principal.add_memo(book, event.id)  # a new memo starts afresh
    assert principal.memo(book, event.id).agenda == ()


# -- scenario steps ------------------------------------------------------------------------------
def test_steps_are_in_time_order_and_follow_the_event(book, meeting):
    event, *_ = meeting
    greet = principal.add_step(
        book, event.id, "Greeted by the Foreign Minister at the steps", "Foreign Minister", at="10:00"
    )
    principal.add_step(book, event.id, "Motorcade arrives", at="09:50")
    principal.add_step(book, event.id, "Family photo", offset_minutes=15)
    principal.add_step(book, event.id, "Handshake for the press", at="10:00")
    steps = principal.scenario(book, event.id)
    assert [(s.time_text, s.action) for s in steps] == [
        ("09:50", "Motorcade arrives"),
        ("10:00", "Greeted by the Foreign Minister at the steps"),
        ("10:00", "Handshake for the press"),
        ("10:15", "Family photo"),
    ]
    assert greet.who == "Foreign Minister" and steps[0].offset_minutes == -10
    # The event moves: its steps move with it.
    program.update_event(book, event.id, start_time="11:30")
    assert [s.time_text for s in principal.scenario(book, event.id)] == ["11:20", "11:30", "11:30", "11:45"]
    # The summit date moves the whole program: the steps move a day too.
    book.update_summit(date="2027-03-16")
    steps = principal.scenario(book, event.id)
    assert steps[0].at == dt.datetime(2027, 3, 16, 11, 20)


def test_a_step_near_midnight_is_placed_within_half_a_day_of_its_event(book):
    late = program.add_event(book, day="2027-03-15", start_time="23:30", title="Departure", kind="travel")
    after = principal.add_step(book, late.id, "Wheels up", at="00:15")
    before = principal.add_step(book, late.id, "Leave the hotel", at="22:45")
    assert (after.offset_minutes, after.at) == (45, dt.datetime(2027, 3, 16, 0, 15))
    assert (before.offset_minutes, before.at) == (-45, dt.datetime(2027, 3, 15, 22, 45))


def test_step_edits_and_bad_input(book, meeting):
    event, *_ = meeting
    first = principal.add_step(book, event.id, "Arrival", at="09:55")
    moved = principal.update_step(book, first.id, at="10:05", who="Protocol")
    assert (moved.time_text, moved.action, moved.who) == ("10:05", "Arrival", "Protocol")
    with pytest.raises(InvalidInputError, match="needs to say what happens"):
        principal.add_step(book, event.id, "  ", at="10:00")
    with pytest.raises(InvalidInputError, match="either a time"):
        principal.add_step(book, event.id, "Both", at="10:00", offset_minutes=5)
    with pytest.raises(InvalidInputError, match="HH:MM"):
        principal.add_step(book, event.id, "Bad time", at="25:00")
    with pytest.raises(InvalidInputError, match="more than a day"):
        principal.add_step(book, event.id, "Far", offset_minutes=3000)
    with pytest.raises(NotFoundError):
        principal.add_step(book, 999, "No event", at="10:00")
    principal.remove_step(book, first.id)
    assert principal.scenario(book, event.id) == []


# -- remarks -------------------------------------------------------------------------------------
def test_remarks_count_words_and_speaking_time_and_link_to_an_event(book, meeting):
    event, *_ = meeting
    text = " ".join(["palabra"] * 260)
    arrival = principal.add_remark(book, "Arrival statement", "Secretary", text, event_id=event.id)
    toast = principal.add_remark(book, "Toast", "Secretary", "To our two peoples.")
    assert (arrival.words, arrival.speaking_seconds) == (260, 120)
    assert (toast.words, toast.speaking_seconds, toast.event_id) == (4, 2, None)
    assert [r.occasion for r in principal.remarks(book, event.id)] == ["Arrival statement"]
    principal.update_remark(book, toast.id, event_id=event.id, text="To our two peoples, and to the future.")
    assert [r.occasion for r in principal.remarks(book, event.id)] == ["Arrival statement", "Toast"]
    principal.update_remark(book, arrival.id, event_id=None)
    assert principal.remark(book, arrival.id).event_id is None
    assert [r.occasion for r in principal.move_remark(book, toast.id, 0)] == ["Toast", "Arrival statement"]
    with pytest.raises(InvalidInputError, match="need an occasion"):
        principal.add_remark(book, " ")
    with pytest.raises(NotFoundError, match="no program event 999"):
        principal.update_remark(book, toast.id, event_id=999)
    assert principal.remark(book, toast.id).event_id == event.id  # refused: unchanged
    principal.remove_remark(book, toast.id)
    assert [(r.occasion, r.position) for r in principal.remarks(book)] == [("Arrival statement", 0)]


# -- people --------------------------------------------------------------------------------------
def test_people_have_last_met(book):
    person = people.add_person(
        book,
        name="Ana Pérez",
        organisation="SRE",
        bio="Economist.",
        pronunciation="AH-nah PEH-rez",
        last_met="September 2026, UNGA",
    )
    assert (person.organisation, person.last_met) == ("SRE", "September 2026, UNGA")
    assert (
        people.update_person(book, person.id, last_met="January 2027, Washington").last_met
        == "January 2027, Washington"
    )


# -- the change log --------------------------------------------------------------------------------
def test_history_logs_the_new_fields(book, meeting):
    event, ours, theirs, energy, water = meeting
    start = history.last_change_id(book.connection)
    principal.set_scene_setter(book, sensitivities="Avoid the water dispute in public.")
    principal.add_memo(book, event.id)
    principal.update_memo(book, event.id, they_raise="Visa backlog.")
    principal.set_memo_agenda(book, event.id, [energy.id])
    principal.set_memo_participants(book, event.id, [(theirs.id, "Hosts the meeting")])
    step = principal.add_step(book, event.id, "Motorcade arrives", at="09:50")
    principal.update_step(book, step.id, who="Advance team")
    remark = principal.add_remark(book, "Toast", text="Salud.", event_id=event.id)
    principal.update_remark(book, remark.id, speaker="Secretary")
    people.update_person(book, ours.id, last_met="Never")
    logged = {
        (c.author, c.entity, c.action, c.field, c.new_value if c.action == "update" else None, c.label)
        for c in history.changes(book, since_id=start)
    }
    assert ("Tester", "scene_setter", "insert", None, None, "sensitivities") in logged
    assert ("Tester", "meeting_memos", "insert", None, None, "Bilateral meeting") in logged
    assert ("Tester", "meeting_memos", "update", "they_raise", "Visa backlog.", "Bilateral meeting") in logged
    assert ("Tester", "meeting_memo_agenda", "insert", None, None, "Bilateral meeting") in logged
    assert ("Tester", "meeting_memo_people", "update", "role", "Hosts the meeting", "Bilateral meeting") in logged
    assert ("Tester", "meeting_memo_people", "delete", None, None, "Bilateral meeting") in logged
    assert ("Tester", "scenario_steps", "update", "who", "Advance team", "Bilateral meeting") in logged
    assert ("Tester", "remarks", "update", "speaker", "Secretary", "Toast") in logged
    assert ("Tester", "remark_events", "insert", None, None, "Toast") in logged
    assert ("Tester", "people", "update", "last_met", "Never", "Secretary (name to be confirmed)") in logged
    # Every earlier text of the new text fields can be read back and restored.
    key = history.changes(book, entity="meeting_memos", limit=1)[0].row_key
    principal.update_memo(book, event.id, they_raise="Visa backlog and flights.")
    versions = history.text_versions(book, "meeting_memos", key, "they_raise")
    assert [v.new_value for v in versions] == ["", "Visa backlog.", "Visa backlog and flights."]
    history.restore_text(book, "meeting_memos", key, "they_raise", "Visa backlog.")
    assert principal.memo(book, event.id).they_raise == "Visa backlog."
