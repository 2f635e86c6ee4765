"""Calendar export: the summit program and the checklist's dated items as an ``.ics`` file.

Written with the ``icalendar`` library (RFC 5545), never by hand. Program events are VEVENTs
with DTSTART/DTEND in the summit's IANA zone (``TZID=America/Mexico_City``) and a VTIMEZONE
for every zone used, generated from the zone database, so Outlook and other calendars place
them correctly whatever the reader's own zone or DST. Checklist items become all-day VEVENTs
on their due date (``DTSTART;VALUE=DATE``), not VTODOs: Outlook and several other calendar
apps import only events from a file, and an all-day event shows on the right day everywhere.
UIDs come from the records' uuids, so importing a newer file updates the same entries.

The file is written to a temporary name beside the target and renamed into place.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from icalendar import Calendar, Event

from briefingbook import __version__
from briefingbook.core import people as people_mod
from briefingbook.core import program
from briefingbook.core.book import Book
from briefingbook.core.errors import BookError
from briefingbook.core.fsutil import document_mode
from briefingbook.core.sqlitefile import atomic_write_file

PRODID = f"-//BriefingBook//BriefingBook {__version__}//EN"
UID_DOMAIN = "briefingbook.invalid"  # RFC 6761: reserved, never resolves

KIND_LABELS = {
    "bilateral_meeting": "Bilateral meeting",
    "plenary": "Plenary",
    "working_lunch": "Working lunch",
    "press_conference": "Press conference",
    "signing": "Signing",
    "travel": "Travel",
    "other": "Other",
}


def build_calendar(book: Book, *, include_checklist: bool = True, now: dt.datetime | None = None) -> Calendar:
    """The book's program (and checklist due dates) as an icalendar ``Calendar``."""
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    summit = book.summit()
    summit_zone, home_zone = program.zones(book)
    names = {p.id: p.label() for p in people_mod.people(book)}
    agenda = {item.id: item.title for item in book.agenda()}

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", summit.title)
    cal.add("x-wr-timezone", summit_zone)

    for event in program.events(book):
        start, end = event.start(summit_zone), event.end(summit_zone)
        home_start, home_end = event.in_zone(summit_zone, home_zone)
        vevent = Event()
        vevent.add("uid", f"{event.uuid}@{UID_DOMAIN}")
        vevent.add("dtstamp", now)
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
        vevent.add("summary", event.title)
        if event.place:
            vevent.add("location", event.place)
        vevent.add("categories", [KIND_LABELS[event.kind]])
        lines = [f"{KIND_LABELS[event.kind]}. Home time ({home_zone}): {home_start:%Y-%m-%d %H:%M}–{home_end:%H:%M}."]
        if event.participants:
            lines.append("Participants: " + "; ".join(names[p] for p in event.participants if p in names) + ".")
        if event.agenda_items:
            lines.append("Agenda items: " + "; ".join(agenda[a] for a in event.agenda_items if a in agenda) + ".")
        if event.notes:
            lines.append(event.notes)
        vevent.add("description", "\n".join(lines))
        cal.add_component(vevent)

    if include_checklist:
        for item in book.checklist():
            vevent = Event()
            vevent.add("uid", f"{item.uuid}@{UID_DOMAIN}")
            vevent.add("dtstamp", now)
            vevent.add("dtstart", item.due)
            vevent.add("dtend", item.due + dt.timedelta(days=1))
            vevent.add("summary", f"Due: {item.title}")
            vevent.add("transp", "TRANSPARENT")
            vevent.add("categories", ["Checklist"])
            details = [f"Checklist ({item.phase_title or item.phase})."]
            if item.owner:
                details.append(f"Owner: {item.owner}.")
            if item.done_at:
                details.append(f"Done on {item.done_at[:10]}.")
            if item.notes:
                details.append(item.notes)
            vevent.add("description", "\n".join(details))
            cal.add_component(vevent)

    cal.add_missing_timezones()
    return cal


def export_calendar(
    book: Book, target: str | os.PathLike[str], *, include_checklist: bool = True, now: dt.datetime | None = None
) -> tuple[Path, int, int]:
    """Write the .ics to ``target`` (temporary file, then rename); returns (path, events, all-day items)."""
    target = Path(target)
    if target.is_dir():
        raise BookError(f"{target} is a folder; give a file name for the calendar")
    if not target.parent.is_dir():
        raise BookError(f"{target.parent}: no such folder; the calendar was not written")
    cal = build_calendar(book, include_checklist=include_checklist, now=now)
    data = cal.to_ical()
    try:
        atomic_write_file(target, data, document_mode())
    except OSError as exc:
        raise BookError(f"{target}: the calendar could not be written ({exc.strerror or exc})") from exc
    all_day = sum(1 for c in cal.walk("VEVENT") if not isinstance(c.decoded("dtstart"), dt.datetime))
    return target, len(cal.walk("VEVENT")) - all_day, all_day
