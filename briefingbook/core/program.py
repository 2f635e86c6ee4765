"""The summit program: events by day, in the summit's time zone with the home zone beside it.

An event has a day, a start time and a duration in the summit's local time (the book stores
the summit's IANA zone, e.g. ``America/Mexico_City``, and the home zone, e.g.
``America/New_York``, in ``summit_settings``, book schema step 6), a kind, a title, a place,
its participants (people ids, ``core/people.py``), the agenda items it covers and notes.
Conversions use ``zoneinfo`` (with the ``tzdata`` package where the OS has no zone database,
as on Windows), so a DST change on either side is handled by the zone rules, not by a fixed
offset. Two events that overlap in time and share a participant are a conflict.

Every edit is its own transaction; reading uses ``book.connection``. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.packet_labels import LABELS, plural
from briefingbook.core.sqlitefile import inserted_id

if TYPE_CHECKING:
    from briefingbook.core.book import Book

EVENT_KINDS = ("bilateral_meeting", "plenary", "working_lunch", "press_conference", "signing", "travel", "other")
DEFAULT_SUMMIT_ZONE = "America/Mexico_City"
DEFAULT_HOME_ZONE = "America/New_York"

# Spanish names of the cities whose zones a U.S.–Mexico summit uses (the IANA name's last part
# is the city in English or without its accents). Any other zone shows its IANA city as written.
_CITY_ES = {
    "Mexico_City": "Ciudad de México",
    "New_York": "Nueva York",
    "Los_Angeles": "Los Ángeles",
    "Cancun": "Cancún",
    "Merida": "Mérida",
    "Mazatlan": "Mazatlán",
    "Ciudad_Juarez": "Ciudad Juárez",
    "Bahia_Banderas": "Bahía de Banderas",
    "Havana": "La Habana",
    "Guatemala": "Guatemala",
    "Panama": "Panamá",
    "Bogota": "Bogotá",
    "Sao_Paulo": "São Paulo",
    "London": "Londres",
    "Paris": "París",
    "Brussels": "Bruselas",
    "Geneva": "Ginebra",
    "Tokyo": "Tokio",
}


def zone_city(name: str, lang: str = "en") -> str:
    """The city of an IANA zone in words, in ``lang``: ``America/Mexico_City`` → "Mexico City"
    (English) or "Ciudad de México" (Spanish); ``UTC`` stays "UTC"."""
    city = name.rsplit("/", 1)[-1]
    if lang == "es" and city in _CITY_ES:
        return _CITY_ES[city]
    return city.replace("_", " ")


def utc_offset(moment: dt.datetime) -> str:
    """The moment's offset from UTC, the same in every language: ``"UTC−6"``, ``"UTC+5:30"``,
    ``"UTC"`` (no offset)."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '−'}{hours}" + (f":{rest:02d}" if rest else "")


def time_span(start: dt.datetime, end: dt.datetime) -> str:
    """An event's times where a heading already names the zone's city (the Program pane's and
    the packet's columns): ``"11:00–12:00"``. When the event crosses a daylight-saving change
    there, each time carries its offset from UTC (``"00:30 (UTC−5)–04:30 (UTC−4)"``), never the
    zone's abbreviation: CST is also China Standard Time, and EST/EDT are English-only."""
    if start.utcoffset() != end.utcoffset():
        return f"{start:%H:%M} ({utc_offset(start)})–{end:%H:%M} ({utc_offset(end)})"
    return f"{start:%H:%M}–{end:%H:%M}"


def city_time(times: str, zone_name: str, lang: str = "en") -> str:
    """Times where no heading names the zone: ``times`` (a ``time_span`` or one ``HH:MM``) with
    the zone's city in words, in ``lang``: ``"11:00–12:30 Mexico City time"``,
    ``"11:00–12:30 hora de Ciudad de México"``. A zone with no city (``UTC``, ``Etc/GMT+6``)
    follows the times as its name: ``"11:00 UTC"``."""
    if "/" not in zone_name or zone_name.startswith("Etc/"):
        return f"{times} {zone_city(zone_name, lang)}"
    return LABELS[lang]["city_time"].format(time=times, city=zone_city(zone_name, lang))


ZONE_KEYS = ("summit_zone", "home_zone")
EVENT_FIELDS = ("day", "start_time", "duration_minutes", "kind", "title", "place", "notes")
MAX_DURATION = 24 * 60 * 7
# The summit's dates, from its one stored date: the delegation may arrive the day before, and a
# summit runs at most four days from its date. A program event outside them is flagged (program
# pane, export readiness) because it was most likely left behind when the summit date moved.
ARRIVAL_DAYS_BEFORE = 1
SUMMIT_DAYS_AFTER = 3


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _uuid() -> str:
    return str(uuidlib.uuid4())


# -- time zones ------------------------------------------------------------------------------------
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; InvalidInputError when there is no such zone."""
    name = (name or "").strip()
    try:
        if not name or name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInputError(
            f"time zone {name!r} is not an IANA time zone name such as America/Mexico_City"
        ) from None


def schema_ready(book: Book) -> bool:
    """False for a book opened read-only before schema step 6 was applied to it."""
    return (
        book.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'program_events'"
        ).fetchone()
        is not None
    )


def _setting(book: Book, key: str, default: str) -> str:
    if not schema_ready(book):
        return default
    row = book.connection.execute("SELECT value FROM summit_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def zones(book: Book) -> tuple[str, str]:
    """(summit zone, home zone) as IANA names; defaults until the user sets them."""
    return _setting(book, "summit_zone", DEFAULT_SUMMIT_ZONE), _setting(book, "home_zone", DEFAULT_HOME_ZONE)


def set_zones(book: Book, summit_zone: str | None = None, home_zone: str | None = None) -> tuple[str, str]:
    """Store the summit's and/or the home time zone (validated) in one transaction."""
    values = {}
    if summit_zone is not None:
        values["summit_zone"] = zone(summit_zone).key
    if home_zone is not None:
        values["home_zone"] = zone(home_zone).key
    if values:
        now = _now()
        with book.transaction() as conn:
            for key, value in values.items():
                conn.execute(
                    "INSERT INTO summit_settings (uuid, key, value, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                    "updated_at = excluded.updated_at",
                    (_uuid(), key, value, now, now),
                )
    return zones(book)


# -- records ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProgramEvent:
    id: int
    uuid: str
    day: dt.date
    start_time: dt.time
    duration_minutes: int
    kind: str
    title: str
    place: str
    notes: str
    position: int
    participants: tuple[int, ...]  # people ids
    agenda_items: tuple[int, ...]  # agenda item ids

    def start(self, summit_zone: str) -> dt.datetime:
        """The start as an aware datetime in the summit's zone."""
        return dt.datetime.combine(self.day, self.start_time, tzinfo=zone(summit_zone))

    def end(self, summit_zone: str) -> dt.datetime:
        """The end: start plus duration in elapsed time (correct across a DST change)."""
        start_utc = self.start(summit_zone).astimezone(dt.timezone.utc)
        return (start_utc + dt.timedelta(minutes=self.duration_minutes)).astimezone(zone(summit_zone))

    def in_zone(self, summit_zone: str, other_zone: str) -> tuple[dt.datetime, dt.datetime]:
        """(start, end) converted to ``other_zone`` (the home zone, say)."""
        target = zone(other_zone)
        return self.start(summit_zone).astimezone(target), self.end(summit_zone).astimezone(target)


def parse_time(text: str | dt.time) -> dt.time:
    """``HH:MM`` (24-hour) as a time; InvalidInputError otherwise."""
    if isinstance(text, dt.time):
        return text.replace(second=0, microsecond=0, tzinfo=None)
    try:
        value = dt.time.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInputError(f"time {text!r} is not a time in the form HH:MM (24-hour)") from None
    return value.replace(second=0, microsecond=0)


def _parse_day(text: object) -> dt.date:
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInputError(f"date {text!r} is not a valid date in the form YYYY-MM-DD") from None


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated column values for the fields given."""
    out: dict[str, object] = {}
    for name, value in fields.items():
        if name not in EVENT_FIELDS:
            raise InvalidInputError(f"unknown program event field {name!r}")
        if name == "day":
            out[name] = _parse_day(value).isoformat()
        elif name == "start_time":
            out[name] = parse_time(value).strftime("%H:%M")
        elif name == "duration_minutes":
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                raise InvalidInputError(f"duration {value!r} is not a whole number of minutes") from None
            if not 0 <= minutes <= MAX_DURATION:
                raise InvalidInputError(f"duration {minutes} minutes must be between 0 and {MAX_DURATION}")
            out[name] = minutes
        elif name == "kind":
            if value not in EVENT_KINDS:
                raise InvalidInputError(f"event kind {value!r} must be one of: {', '.join(EVENT_KINDS)}")
            out[name] = value
        elif name == "title":
            if not str(value).strip():
                raise InvalidInputError("a program event needs a title")
            out[name] = str(value).strip()
        else:
            out[name] = str(value or "").strip()
    return out


def _links(conn: sqlite3.Connection, table: str, column: str, event_id: int) -> tuple[int, ...]:
    return tuple(
        r[0] for r in conn.execute(f"SELECT {column} FROM {table} WHERE event_id = ? ORDER BY id", (event_id,))
    )


def _event(conn: sqlite3.Connection, r: sqlite3.Row) -> ProgramEvent:
    return ProgramEvent(
        r["id"],
        r["uuid"],
        dt.date.fromisoformat(r["day"]),
        dt.time.fromisoformat(r["start_time"]),
        r["duration_minutes"],
        r["kind"],
        r["title"],
        r["place"],
        r["notes"],
        r["position"],
        _links(conn, "program_event_people", "person_id", r["id"]),
        _links(conn, "program_event_agenda", "agenda_item_id", r["id"]),
    )


def events(book: Book) -> list[ProgramEvent]:
    """Every event in program order: by day, start time, then position."""
    conn = book.connection
    if not schema_ready(book):
        return []
    rows = conn.execute("SELECT * FROM program_events ORDER BY day, start_time, position, id").fetchall()
    return [_event(conn, r) for r in rows]


def event(book: Book, event_id: int) -> ProgramEvent:
    conn = book.connection
    r = conn.execute("SELECT * FROM program_events WHERE id = ?", (event_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no program event {event_id}")
    return _event(conn, r)


def days(book: Book) -> list[dt.date]:
    return [
        dt.date.fromisoformat(r[0])
        for r in book.connection.execute("SELECT DISTINCT day FROM program_events ORDER BY day")
    ]


def _set_links(
    conn: sqlite3.Connection, event_id: int, participants: Iterable[int] | None, agenda_items: Iterable[int] | None
) -> None:
    now = _now()
    if participants is not None:
        conn.execute("DELETE FROM program_event_people WHERE event_id = ?", (event_id,))
        for person_id in dict.fromkeys(int(p) for p in participants):
            if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
                raise NotFoundError(f"no person {person_id}")
            conn.execute(
                "INSERT INTO program_event_people (uuid, event_id, person_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (_uuid(), event_id, person_id, now, now),
            )
    if agenda_items is not None:
        conn.execute("DELETE FROM program_event_agenda WHERE event_id = ?", (event_id,))
        for item_id in dict.fromkeys(int(a) for a in agenda_items):
            if conn.execute("SELECT 1 FROM agenda_items WHERE id = ?", (item_id,)).fetchone() is None:
                raise NotFoundError(f"no agenda item {item_id}")
            conn.execute(
                "INSERT INTO program_event_agenda (uuid, event_id, agenda_item_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (_uuid(), event_id, item_id, now, now),
            )


def insert_event(
    conn: sqlite3.Connection,
    *,
    day: str | dt.date,
    start_time: str | dt.time,
    title: str,
    duration_minutes: int = 60,
    kind: str = "other",
    place: str = "",
    notes: str = "",
    participants: Iterable[int] = (),
    agenda_items: Iterable[int] = (),
) -> int:
    """Insert an event inside the caller's transaction (``add_event`` and the demo book use it)."""
    values = _clean(
        {
            "day": day,
            "start_time": start_time,
            "duration_minutes": duration_minutes,
            "kind": kind,
            "title": title,
            "place": place,
            "notes": notes,
        }
    )
    position = conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM program_events WHERE day = ? AND start_time = ?",
        (values["day"], values["start_time"]),
    ).fetchone()[0]
    now = _now()
    cur = conn.execute(
        "INSERT INTO program_events (uuid, position, day, start_time, duration_minutes, kind, title, place, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _uuid(),
            position,
            values["day"],
            values["start_time"],
            values["duration_minutes"],
            values["kind"],
            values["title"],
            values["place"],
            values["notes"],
            now,
            now,
        ),
    )
    event_id = inserted_id(cur)
    _set_links(conn, event_id, participants, agenda_items)
    return event_id


def add_event(
    book: Book,
    *,
    day: str | dt.date,
    start_time: str | dt.time,
    title: str,
    duration_minutes: int = 60,
    kind: str = "other",
    place: str = "",
    notes: str = "",
    participants: Iterable[int] = (),
    agenda_items: Iterable[int] = (),
) -> ProgramEvent:
    """Add an event to the program (one transaction)."""
    with book.transaction() as conn:
        event_id = insert_event(
            conn,
            day=day,
            start_time=start_time,
            title=title,
            duration_minutes=duration_minutes,
            kind=kind,
            place=place,
            notes=notes,
            participants=participants,
            agenda_items=agenda_items,
        )
    return event(book, event_id)


def update_event(
    book: Book,
    event_id: int,
    *,
    participants: Iterable[int] | None = None,
    agenda_items: Iterable[int] | None = None,
    **fields: Any,
) -> ProgramEvent:
    """Change an event's fields and/or its participants and agenda items (one transaction)."""
    event(book, event_id)
    values = _clean(fields)
    with book.transaction() as conn:
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(
                f"UPDATE program_events SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), _now(), event_id),
            )
        _set_links(conn, event_id, participants, agenda_items)
        if participants is not None or agenda_items is not None:
            conn.execute("UPDATE program_events SET updated_at = ? WHERE id = ?", (_now(), event_id))
    return event(book, event_id)


def remove_event(book: Book, event_id: int) -> None:
    with book.transaction() as conn:
        if conn.execute("DELETE FROM program_events WHERE id = ?", (event_id,)).rowcount == 0:
            raise NotFoundError(f"no program event {event_id}")


def move_event(book: Book, event_id: int, step: int) -> list[ProgramEvent]:
    """Move an event one place earlier (``step`` -1) or later (+1) within its day.

    The program is always in time order, so moving swaps the two events' start times (each
    keeps its own duration); two events at the same time swap their positions. Moving past the
    first or last event of the day does nothing.
    """
    current = event(book, event_id)
    same_day = [e for e in events(book) if e.day == current.day]
    index = next(i for i, e in enumerate(same_day) if e.id == event_id)
    target = index + (1 if step > 0 else -1)
    if not 0 <= target < len(same_day) or step == 0:
        return events(book)
    other = same_day[target]
    now = _now()
    with book.transaction() as conn:
        if other.start_time == current.start_time:
            group = [e.id for e in same_day if e.start_time == current.start_time]
            a, b = group.index(current.id), group.index(other.id)
            group[a], group[b] = group[b], group[a]
            conn.executemany(
                "UPDATE program_events SET position = ?, updated_at = ? WHERE id = ?",
                [(pos, now, ident) for pos, ident in enumerate(group)],
            )
        else:
            conn.execute(
                "UPDATE program_events SET start_time = ?, updated_at = ? WHERE id = ?",
                (other.start_time.strftime("%H:%M"), now, current.id),
            )
            conn.execute(
                "UPDATE program_events SET start_time = ?, updated_at = ? WHERE id = ?",
                (current.start_time.strftime("%H:%M"), now, other.id),
            )
    return events(book)


# -- the program and the summit date ------------------------------------------------------------
def summit_days(summit_date: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) day a program event of a summit on ``summit_date`` may fall on."""
    return (summit_date - dt.timedelta(days=ARRIVAL_DAYS_BEFORE), summit_date + dt.timedelta(days=SUMMIT_DAYS_AFTER))


def outside_summit(program: list[ProgramEvent], summit_date: dt.date) -> list[ProgramEvent]:
    """The events whose day is outside the summit's dates (``summit_days``)."""
    first, last = summit_days(summit_date)
    return [e for e in program if not first <= e.day <= last]


def date_problem(book: Book) -> str | None:
    """One sentence when the program has events outside the summit's dates (for the CLI and the
    export readiness check), else None."""
    summit_date = book.summit().date
    outside = outside_summit(events(book), summit_date)
    if not outside:
        return None
    days_text = ", ".join(sorted({e.day.isoformat() for e in outside}))
    first, last = summit_days(summit_date)
    return (
        f"{len(outside)} {plural(len(outside), 'program event falls', 'program events fall')} outside the "
        f"summit's dates ({first.isoformat()} to "
        f"{last.isoformat()}): {days_text}"
    )


def shift_program(conn: sqlite3.Connection, days: int) -> int:
    """Move every program event by ``days`` days, inside the caller's transaction (the summit date
    moving); the number of events moved."""
    if (
        not days
        or conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'program_events'").fetchone()
        is None
    ):
        return 0
    rows = conn.execute("SELECT id, day FROM program_events").fetchall()
    now = _now()
    conn.executemany(
        "UPDATE program_events SET day = ?, updated_at = ? WHERE id = ?",
        [((dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat(), now, ident) for ident, day in rows],
    )
    return len(rows)


# -- conflicts -------------------------------------------------------------------------------------
def conflicts(program: list[ProgramEvent], summit_zone: str = DEFAULT_SUMMIT_ZONE) -> dict[int, set[int]]:
    """For each event that overlaps in time with another event sharing a participant, the ids of
    those other events. Events that only touch (one ends as the next starts) do not overlap."""
    spans = [(e, e.start(summit_zone), e.end(summit_zone)) for e in program]
    found: dict[int, set[int]] = {}
    for i, (a, a_start, a_end) in enumerate(spans):
        for b, b_start, b_end in spans[i + 1 :]:
            if not set(a.participants) & set(b.participants):
                continue
            if a_start < b_end and b_start < a_end:
                found.setdefault(a.id, set()).add(b.id)
                found.setdefault(b.id, set()).add(a.id)
    return found


def shared_participants(a: ProgramEvent, b: ProgramEvent) -> tuple[int, ...]:
    return tuple(p for p in a.participants if p in set(b.participants))
