"""Calendar export (core/calendar.py): parsed back with icalendar and, independently, vobject."""

from __future__ import annotations

import datetime as dt
import os
import stat
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from briefingbook.core import calendar, people, program
from briefingbook.core.checklist import load_template
from briefingbook.core.errors import BookError

UTC = dt.timezone.utc


@pytest.fixture
def book(tmp_path, create_book):
    book = create_book(tmp_path / "c.bbook", title="Cumbre <b>2027</b>", date="2027-03-12")
    book.apply_checklist_template(load_template())
    head = people.add_person(book, name="Head, delegation")
    # Mexico City has had no DST since 2022 (UTC-6 all year); New York changes on 2027-03-14.
    program.add_event(
        book,
        day="2027-03-12",
        start_time="10:00",
        duration_minutes=90,
        title="Bilateral",
        kind="bilateral_meeting",
        place="Palacio Nacional; Salón",
        participants=[head.id],
    )
    program.add_event(
        book,
        day="2027-03-15",
        start_time="10:00",
        duration_minutes=60,
        title="Signing",
        kind="signing",
        notes="Bring pens",
    )
    yield book
    book.close()


def _by_summary(components):
    return {str(c.get("summary")): c for c in components}


def test_ics_parses_back_with_icalendar(book, tmp_path):
    path, events, dated = calendar.export_calendar(book, tmp_path / "summit.ics")
    assert (events, dated) == (2, len(book.checklist()))
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["version"]) == "2.0" and "BriefingBook" in str(cal["prodid"])
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/Mexico_City"]
    vevents = _by_summary(cal.walk("VEVENT"))
    bilateral = vevents["Bilateral"]
    start = bilateral.decoded("dtstart")
    assert bilateral["dtstart"].params["TZID"] == "America/Mexico_City"
    assert start.astimezone(UTC) == dt.datetime(2027, 3, 12, 16, 0, tzinfo=UTC)
    assert bilateral.decoded("dtend") - start == dt.timedelta(minutes=90)
    assert str(bilateral["location"]) == "Palacio Nacional; Salón"
    assert "Home time (America/New_York): 2027-03-12 11:00–12:30" in str(bilateral["description"])
    assert "Participants: Head, delegation" in str(bilateral["description"])
    # After New York's DST change the same local hour is an hour later at home.
    assert "2027-03-15 12:00–13:00" in str(vevents["Signing"]["description"])
    due = [c for c in cal.walk("VEVENT") if str(c["summary"]).startswith("Due: ")]
    item = book.checklist()[0]
    match = next(c for c in due if str(c["uid"]).startswith(item.uuid))
    assert match.decoded("dtstart") == item.due and not isinstance(match.decoded("dtstart"), dt.datetime)
    assert match.decoded("dtend") == item.due + dt.timedelta(days=1)
    assert len({str(c["uid"]) for c in cal.walk("VEVENT")}) == events + dated  # every UID unique


def test_ics_parses_back_with_vobject(book, tmp_path):
    path, _, _ = calendar.export_calendar(book, tmp_path / "summit.ics")
    parsed = vobject.readOne(path.read_text(encoding="utf-8"))
    vevents = {e.summary.value: e for e in parsed.vevent_list}
    bilateral, signing = vevents["Bilateral"], vevents["Signing"]
    # vobject builds its own tzinfo from the file's VTIMEZONE: the instants must agree.
    assert bilateral.dtstart.value.astimezone(UTC) == dt.datetime(2027, 3, 12, 16, 0, tzinfo=UTC)
    assert signing.dtstart.value.astimezone(UTC) == dt.datetime(2027, 3, 15, 16, 0, tzinfo=UTC)
    new_york = ZoneInfo("America/New_York")
    assert bilateral.dtstart.value.astimezone(new_york).hour == 11  # EST
    assert signing.dtstart.value.astimezone(new_york).hour == 12  # EDT
    assert bilateral.location.value == "Palacio Nacional; Salón"
    item = book.checklist()[-1]
    due = next(e for e in parsed.vevent_list if e.uid.value.startswith(item.uuid))
    assert due.dtstart.value == item.due and not isinstance(due.dtstart.value, dt.datetime)


def test_november_change_and_another_summit_zone(book, tmp_path):
    program.set_zones(book, "America/Tijuana", "America/Mexico_City")  # Tijuana keeps U.S. DST rules
    nov = program.add_event(book, day="2027-11-08", start_time="09:00", title="Follow-up")
    path, _, _ = calendar.export_calendar(book, tmp_path / "nov.ics", include_checklist=False)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/Tijuana"]
    event = _by_summary(cal.walk("VEVENT"))["Follow-up"]
    assert event.decoded("dtstart").astimezone(UTC) == dt.datetime(2027, 11, 8, 17, 0, tzinfo=UTC)  # PST, UTC-8
    parsed = vobject.readOne(path.read_text(encoding="utf-8"))
    assert {e.summary.value for e in parsed.vevent_list} == {"Bilateral", "Signing", "Follow-up"}
    before = program.event(book, nov.id)
    assert before.in_zone("America/Tijuana", "America/Mexico_City")[0].hour == 11


def test_written_atomically_and_errors_are_one_sentence(book, tmp_path):
    target = tmp_path / "summit.ics"
    target.write_text("old")
    calendar.export_calendar(book, target)
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left
    with pytest.raises(BookError, match="no such folder"):
        calendar.export_calendar(book, tmp_path / "missing" / "x.ics")
    with pytest.raises(BookError, match="is a folder"):
        calendar.export_calendar(book, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_calendar_file_is_readable_like_any_other_document(book, tmp_path):
    # written through mkstemp (0600), it gets the umask's mode, as a packet does, so a colleague
    # on a shared folder can import it
    old = os.umask(0o022)
    try:
        target, _, _ = calendar.export_calendar(book, tmp_path / "summit.ics")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        os.umask(0o077)
        target, _, _ = calendar.export_calendar(book, tmp_path / "private.ics")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(old)
