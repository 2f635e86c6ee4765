"""The summit program (core/program.py): events, time zones across DST changes, conflicts, search."""

from __future__ import annotations

import datetime as dt

import pytest

from briefingbook.core import people, program
from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.search import search


@pytest.fixture
def book(tmp_path, create_book):
    book = create_book(tmp_path / "p.bbook", title="Summit", date="2027-03-12")
    yield book
    book.close()


def test_zones_default_and_are_validated(book):
    assert program.zones(book) == ("America/Mexico_City", "America/New_York")
    assert program.set_zones(book, "America/Tijuana", "America/Chicago") == ("America/Tijuana", "America/Chicago")
    with pytest.raises(InvalidInputError, match="not an IANA time zone"):
        program.set_zones(book, "Mars/Olympus_Mons")
    with pytest.raises(InvalidInputError):
        program.set_zones(book, home_zone="../../etc/passwd")
    assert program.zones(book) == ("America/Tijuana", "America/Chicago")


# Mexico abolished daylight saving time in October 2022 (Mexico City stays on UTC-6 all year),
# while New York moves to EDT on the second Sunday of March (2027-03-14) and back to EST on the
# first Sunday of November (2027-11-07). So the same 10:00 in Mexico City is 11:00 in New York
# before each change and 12:00 between them: the offset between the zones changes, not the event.
@pytest.mark.parametrize(
    ("day", "home"),
    [
        ("2027-03-12", "11:00 EST"),
        ("2027-03-15", "12:00 EDT"),
        ("2027-11-05", "12:00 EDT"),
        ("2027-11-08", "11:00 EST"),
    ],
)
def test_home_time_across_the_us_dst_change(book, day, home):
    event = program.add_event(book, day=day, start_time="10:00", duration_minutes=90, title="Bilateral")
    start, end = event.in_zone("America/Mexico_City", "America/New_York")
    assert f"{start:%H:%M} {start.tzname()}" == home
    assert event.start("America/Mexico_City").utcoffset() == dt.timedelta(hours=-6)
    assert end - start == dt.timedelta(minutes=90)


def test_an_event_that_spans_a_dst_change_keeps_its_elapsed_duration(book):
    # New York springs forward at 02:00 on 2027-03-14: a 3-hour overnight event there ends at 04:00 EDT.
    event = program.add_event(book, day="2027-03-14", start_time="00:30", duration_minutes=180, title="Flight")
    start, end = event.start("America/New_York"), event.end("America/New_York")
    assert (f"{start:%H:%M %Z}", f"{end:%H:%M %Z}") == ("00:30 EST", "04:30 EDT")
    assert end.astimezone(dt.timezone.utc) - start.astimezone(dt.timezone.utc) == dt.timedelta(hours=3)
    # where a column names the city, the times stand alone, except across the change: then each
    # carries its offset from UTC (not EST/EDT: English-only, and CST is also China's)
    assert program.time_span(start, end) == "00:30 (UTC−5)–04:30 (UTC−4)"
    same = program.add_event(book, day="2027-03-14", start_time="10:00", duration_minutes=60, title="Lunch")
    assert program.time_span(same.start("America/New_York"), same.end("America/New_York")) == "10:00–11:00"


def test_add_update_move_remove(book):
    a = people.add_person(book, name="Head of delegation")
    item = book.add_agenda_item("Migration")
    first = program.add_event(
        book, day="2027-03-12", start_time="09:00", title="Arrival", kind="travel", participants=[a.id]
    )
    second = program.add_event(
        book,
        day="2027-03-12",
        start_time="11:00",
        duration_minutes=90,
        title="Bilateral",
        kind="bilateral_meeting",
        place="Palacio",
        agenda_items=[item.id],
    )
    program.add_event(book, day="2027-03-13", start_time="08:00", title="Departure", kind="travel")
    assert [e.title for e in program.events(book)] == ["Arrival", "Bilateral", "Departure"]
    assert program.days(book) == [dt.date(2027, 3, 12), dt.date(2027, 3, 13)]
    assert second.agenda_items == (item.id,) and first.participants == (a.id,)

    changed = program.update_event(book, second.id, title="Bilateral meeting", participants=[a.id], notes="Room 2")
    assert (changed.title, changed.participants, changed.agenda_items, changed.notes) == (
        "Bilateral meeting",
        (a.id,),
        (item.id,),
        "Room 2",
    )

    # Moving "Bilateral meeting" earlier swaps the start times (the program stays in time order).
    program.move_event(book, second.id, -1)
    day_one = [e for e in program.events(book) if e.day == dt.date(2027, 3, 12)]
    assert [(e.title, e.start_time.isoformat(timespec="minutes")) for e in day_one] == [
        ("Bilateral meeting", "09:00"),
        ("Arrival", "11:00"),
    ]
    program.move_event(book, second.id, -1)  # already first: nothing happens
    assert program.events(book)[0].title == "Bilateral meeting"

    program.remove_event(book, first.id)
    assert [e.title for e in program.events(book)] == ["Bilateral meeting", "Departure"]
    with pytest.raises(NotFoundError):
        program.remove_event(book, first.id)
    people.remove_person(book, a.id)  # a deleted person leaves the events
    assert program.event(book, second.id).participants == ()


def test_events_at_the_same_time_swap_positions(book):
    a = program.add_event(book, day="2027-03-12", start_time="09:00", title="A")
    b = program.add_event(book, day="2027-03-12", start_time="09:00", title="B")
    assert [e.title for e in program.events(book)] == ["A", "B"]
    program.move_event(book, b.id, -1)
    assert [e.id for e in program.events(book)] == [b.id, a.id]


def test_bad_values_are_refused_in_one_sentence(book):
    with pytest.raises(InvalidInputError, match="HH:MM"):
        program.add_event(book, day="2027-03-12", start_time="25:00", title="X")
    with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
        program.add_event(book, day="12/03/2027", start_time="10:00", title="X")
    with pytest.raises(InvalidInputError, match="kind"):
        program.add_event(book, day="2027-03-12", start_time="10:00", title="X", kind="party")
    with pytest.raises(InvalidInputError, match="title"):
        program.add_event(book, day="2027-03-12", start_time="10:00", title="  ")
    with pytest.raises(NotFoundError, match="no person 99"):
        program.add_event(book, day="2027-03-12", start_time="10:00", title="X", participants=[99])
    assert program.events(book) == []  # nothing half-written


def test_overlapping_events_sharing_a_participant_conflict(book):
    head = people.add_person(book, name="Head")
    aide = people.add_person(book, name="Aide")
    lunch = program.add_event(
        book, day="2027-03-12", start_time="13:00", duration_minutes=90, title="Lunch", participants=[head.id, aide.id]
    )
    side = program.add_event(book, day="2027-03-12", start_time="14:00", title="Side meeting", participants=[head.id])
    other = program.add_event(book, day="2027-03-12", start_time="14:00", title="Staff call")  # nobody shared
    after = program.add_event(book, day="2027-03-12", start_time="14:30", title="Plenary", participants=[aide.id])
    found = program.conflicts(program.events(book))
    assert found == {lunch.id: {side.id}, side.id: {lunch.id}}  # "after" only touches the end of lunch
    assert other.id not in found and after.id not in found
    assert program.shared_participants(program.event(book, lunch.id), program.event(book, side.id)) == (head.id,)


def test_program_people_press_and_deliverables_are_searchable(book):
    from briefingbook.core import deliverables, press

    item = book.add_agenda_item("Water")
    event = program.add_event(
        book, day="2027-03-12", start_time="10:00", title="Visita al acueducto", notes="Zacatecas"
    )
    person = people.add_person(book, name="Dolores Quetzal", bio="Hydrologist")
    question = press.add_question(book, item.id, "Will the treaty deliveries resume?", "We expect so.")
    press.set_top_lines(book, item.id, "Cooperation on the Colorado basin")
    deliverable = deliverables.add_deliverable(book, title="Joint statement on aquifers")
    hits = {(h.kind, h.id) for h in search("acueducto", book=book)}
    assert ("program", str(event.id)) in hits
    assert {(h.kind, h.id) for h in search("quetzal", book=book)} == {("person", str(person.id))}
    assert ("press", str(question.id)) in {(h.kind, h.id) for h in search("deliveries", book=book)}
    assert ("topline", str(item.id)) in {(h.kind, h.id) for h in search("colorado", book=book)}
    assert ("deliverable", str(deliverable.id)) in {(h.kind, h.id) for h in search("aquifers", book=book)}
    program.remove_event(book, event.id)
    assert search("acueducto", book=book) == []


def test_moving_the_summit_date_moves_the_program_by_the_same_days(demo_book):
    """Issue 19: 18 January → 15 February moves every event 28 days; the checklist follows too."""
    book = demo_book
    before = {e.id: e.day for e in program.events(book)}
    old_date = book.summit().date
    due_before = {c.id: c.due for c in book.checklist()}
    assert before and program.date_problem(book) is None
    book.update_summit(date=old_date + dt.timedelta(days=28))
    after = {e.id: e.day for e in program.events(book)}
    assert after == {i: day + dt.timedelta(days=28) for i, day in before.items()}
    assert {c.id: c.due for c in book.checklist()} == {i: d + dt.timedelta(days=28) for i, d in due_before.items()}
    assert program.outside_summit(program.events(book), book.summit().date) == []
    # Changing another field leaves the program's days alone.
    book.update_summit(place="Monterrey")
    assert {e.id: e.day for e in program.events(book)} == after


def test_keeping_the_program_flags_events_outside_the_summit_dates(demo_book):
    book = demo_book
    old_date = book.summit().date
    days = {e.id: e.day for e in program.events(book)}
    book.update_summit(date=old_date + dt.timedelta(days=28), keep_program=True)
    assert {e.id: e.day for e in program.events(book)} == days
    outside = program.outside_summit(program.events(book), book.summit().date)
    assert {e.id for e in outside} == set(days)
    problem = program.date_problem(book)
    assert len(days) > 1 and problem.startswith(f"{len(days)} program events fall outside the summit's dates")
    assert old_date.isoformat() in problem


def test_summit_days_allow_arrival_the_day_before_and_four_summit_days():
    first, last = program.summit_days(dt.date(2027, 1, 18))
    assert (first, last) == (dt.date(2027, 1, 17), dt.date(2027, 1, 21))
