"""The principal's book (issue 21): what the principal will do, in order.

- **Scene-setter**: one per book, a short memo in headed parts (``SCENE_PARTS``: context, what
  we want, what they want, sensitivities, atmospherics), plain text; its length in words and
  reading minutes at ``READING_WORDS_PER_MINUTE``.
- **Meeting memos**: a program event of a meeting kind (``MEETING_KINDS``) gets one memo:
  participants chosen from People with their role in this meeting, our objectives for it, the
  agenda items to raise in order, what the other side is expected to raise, the deliverables to
  announce, and notes. Agenda items and deliverables are linked, not copied: a memo read today
  carries each item's points to make and press line as the brief has them today.
- **Scenario steps**: any program event can carry ordered steps (time, what happens, who). A
  step's time is stored as minutes from its event's start (``offset_minutes``), so steps move
  with the event: an edited start time, a swap in the program, or the summit date moving the
  whole program (``program.shift_program``) carry the steps along with no extra write.
- **Remarks**: texts to be spoken (occasion, speaker, text), in the user's order, each linked to
  at most one program event; word count and speaking time at ``SPEAKING_WORDS_PER_MINUTE``.

Removing a linked row is handled by the book: a removed person leaves the memos they were in, a
removed agenda item or deliverable leaves the memos that linked it, a removed event takes its
memo and scenario with it, and a removed event's remarks stay in the book, unlinked. Tables of
book format 8 (``core/schema/v8_principal_book.py``). Every edit is its own transaction;
reading uses ``book.connection``. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefingbook.core import program
from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.sqlitefile import inserted_id

if TYPE_CHECKING:
    from briefingbook.core.book import Book

SCENE_PARTS = ("context", "our_aims", "their_aims", "sensitivities", "atmospherics")
MEETING_KINDS = ("bilateral_meeting", "plenary", "working_lunch")
MEMO_FIELDS = ("objectives", "they_raise", "notes")
REMARK_FIELDS = ("occasion", "speaker", "text")
# A memo is read, remarks are spoken. 200 words a minute is a careful reading pace for briefing
# prose (people skim faster; a principal on a plane reads every word); 130 is the pace
# for a speech delivered with pauses.
READING_WORDS_PER_MINUTE = 200
SPEAKING_WORDS_PER_MINUTE = 130
# A step given as a clock time is placed within half a day of its event's start (23:50 for an
# event at 00:30 is 40 minutes before it, not 23 hours 20 after).
HALF_DAY = 12 * 60
_WORD = re.compile(r"\w+(?:['’.\-]\w+)*")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _uuid() -> str:
    return str(uuidlib.uuid4())


def word_count(text: str) -> int:
    """Words in ``text``: runs of letters or digits (any script, accents included); a hyphen,
    apostrophe or full stop inside a word keeps it one word ("U.S.–Mexico" is two words, "don't"
    and "año-fiscal" one each); punctuation standing alone ("—", "•") is not a word."""
    return len(_WORD.findall(text or ""))


def reading_minutes(words: int) -> int:
    """Whole minutes to read ``words`` at READING_WORDS_PER_MINUTE (rounded up; 0 for none)."""
    return math.ceil(words / READING_WORDS_PER_MINUTE)


def speaking_seconds(words: int) -> int:
    """Seconds to speak ``words`` at SPEAKING_WORDS_PER_MINUTE (to the nearest second)."""
    return round(words * 60 / SPEAKING_WORDS_PER_MINUTE)


def schema_ready(book: Book) -> bool:
    """False for a book opened read-only before format 8 was applied to it."""
    return (
        book.connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scene_setter'").fetchone()
        is not None
    )


def _text(value: object) -> str:
    """User text as stored: plain text, line ends normalised, outer blank space trimmed."""
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


# -- scene-setter ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SceneSetter:
    parts: dict[str, str]  # every part of SCENE_PARTS, in that order ('' when not written)

    @property
    def words(self) -> int:
        return sum(word_count(text) for text in self.parts.values())

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.words)

    @property
    def empty(self) -> bool:
        return not any(self.parts.values())


def scene_setter(book: Book) -> SceneSetter:
    stored = {}
    if schema_ready(book):
        stored = dict(book.connection.execute("SELECT part, text FROM scene_setter").fetchall())
    return SceneSetter({part: stored.get(part, "") for part in SCENE_PARTS})


def set_scene_setter(book: Book, **parts: str) -> SceneSetter:
    """Store the parts given (one transaction); saving what is there writes nothing."""
    unknown = sorted(set(parts) - set(SCENE_PARTS))
    if unknown:
        raise InvalidInputError(f"the scene-setter has no part {unknown[0]!r}; its parts are: {', '.join(SCENE_PARTS)}")
    current = scene_setter(book).parts
    values = {part: _text(text) for part, text in parts.items() if _text(text) != current[part]}
    if values:
        now = _now()
        with book.transaction() as conn:
            for part, text in values.items():
                conn.execute(
                    "INSERT INTO scene_setter (uuid, part, text, created_at, updated_at) VALUES "
                    "(?, ?, ?, ?, ?) ON CONFLICT (part) DO UPDATE SET text = excluded.text, "
                    "updated_at = excluded.updated_at",
                    (_uuid(), part, text, now, now),
                )
    return scene_setter(book)


# -- meeting memos ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class MemoParticipant:
    person_id: int
    name: str
    title: str
    side: str
    role: str  # their role in this meeting ('' when not given)


@dataclass(frozen=True)
class MemoAgendaItem:
    """An agenda item to raise, read from the brief when the memo is read (linked, not copied)."""

    agenda_item_id: int
    title: str
    talking_points: str
    press_line: str


@dataclass(frozen=True)
class MemoDeliverable:
    deliverable_id: int
    title: str
    kind: str
    status: str


@dataclass(frozen=True)
class MeetingMemo:
    event_id: int
    uuid: str
    objectives: str
    they_raise: str
    notes: str
    participants: tuple[MemoParticipant, ...]
    agenda: tuple[MemoAgendaItem, ...]
    deliverables: tuple[MemoDeliverable, ...]


def _memo(conn: sqlite3.Connection, r: sqlite3.Row) -> MeetingMemo:
    event_id = r["event_id"]
    people = tuple(
        MemoParticipant(x["person_id"], x["name"], x["title"], x["side"], x["role"])
        for x in conn.execute(
            "SELECT m.person_id, p.name, p.title, p.side, m.role FROM meeting_memo_people m "
            "JOIN people p ON p.id = m.person_id WHERE m.event_id = ? ORDER BY m.position, m.id",
            (event_id,),
        )
    )
    agenda = tuple(
        MemoAgendaItem(x["id"], x["title"], x["talking_points"], x["press_line"])
        for x in conn.execute(
            "SELECT a.id, a.title, a.talking_points, a.press_line FROM meeting_memo_agenda m "
            "JOIN agenda_items a ON a.id = m.agenda_item_id WHERE m.event_id = ? ORDER BY m.position, m.id",
            (event_id,),
        )
    )
    deliverables = tuple(
        MemoDeliverable(x["id"], x["title"], x["kind"], x["status"])
        for x in conn.execute(
            "SELECT d.id, d.title, d.kind, d.status FROM meeting_memo_deliverables m "
            "JOIN deliverables d ON d.id = m.deliverable_id WHERE m.event_id = ? ORDER BY m.position, m.id",
            (event_id,),
        )
    )
    return MeetingMemo(event_id, r["uuid"], r["objectives"], r["they_raise"], r["notes"], people, agenda, deliverables)


def memo(book: Book, event_id: int) -> MeetingMemo | None:
    """The event's meeting memo, or None when it has none."""
    if not schema_ready(book):
        return None
    conn = book.connection
    r = conn.execute("SELECT * FROM meeting_memos WHERE event_id = ?", (event_id,)).fetchone()
    return _memo(conn, r) if r is not None else None


def memos(book: Book) -> list[MeetingMemo]:
    """Every meeting memo, in program order."""
    if not schema_ready(book):
        return []
    conn = book.connection
    return [
        _memo(conn, r)
        for r in conn.execute(
            "SELECT m.* FROM meeting_memos m JOIN program_events e ON e.id = m.event_id "
            "ORDER BY e.day, e.start_time, e.position, e.id"
        ).fetchall()
    ]


def _check_memo_fields(fields: Mapping[str, object]) -> dict[str, str]:
    unknown = sorted(set(fields) - set(MEMO_FIELDS))
    if unknown:
        raise InvalidInputError(f"a meeting memo has no field {unknown[0]!r}; its fields are: {', '.join(MEMO_FIELDS)}")
    return {name: _text(value) for name, value in fields.items()}


def add_memo(book: Book, event_id: int, **fields: str) -> MeetingMemo:
    """Give a meeting a memo (one transaction). Its participants start as the event's, each with
    the role People gives them; the user then chooses and orders them."""
    event = program.event(book, event_id)
    if event.kind not in MEETING_KINDS:
        raise InvalidInputError(
            f"“{event.title}” is not a meeting (its kind is {event.kind}); a meeting memo "
            f"belongs to an event of kind {', '.join(MEETING_KINDS)}"
        )
    if memo(book, event_id) is not None:
        raise InvalidInputError(f"“{event.title}” already has a meeting memo")
    values = {name: "" for name in MEMO_FIELDS} | _check_memo_fields(fields)
    now = _now()
    with book.transaction() as conn:
        conn.execute(
            "INSERT INTO meeting_memos (uuid, event_id, objectives, they_raise, notes, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (_uuid(), event_id, values["objectives"], values["they_raise"], values["notes"], now, now),
        )
        roles = dict(conn.execute("SELECT id, role FROM people").fetchall())
        _set_ordered(
            conn, "meeting_memo_people", "person_id", event_id, [(p, roles.get(p, "")) for p in event.participants]
        )
    return _need_memo(book, event_id)


def _need_memo(book: Book, event_id: int) -> MeetingMemo:
    found = memo(book, event_id)
    if found is None:
        raise NotFoundError(f"program event {event_id} has no meeting memo")
    return found


def update_memo(book: Book, event_id: int, **fields: str) -> MeetingMemo:
    """Change the memo's own texts (objectives, they_raise, notes) in one transaction."""
    _need_memo(book, event_id)
    values = _check_memo_fields(fields)
    if values:
        assignments = ", ".join(f"{name} = ?" for name in values)
        with book.transaction() as conn:
            conn.execute(
                f"UPDATE meeting_memos SET {assignments}, updated_at = ? WHERE event_id = ?",
                (*values.values(), _now(), event_id),
            )
    return _need_memo(book, event_id)


def _set_ordered(
    conn: sqlite3.Connection, table: str, column: str, event_id: int, wanted: Sequence[tuple[int, str]]
) -> None:
    """Make ``table``'s rows of the event exactly ``wanted`` ((linked id, role); the role only for
    participants),
    in that order: rows kept keep their uuid (so history and merges see a change, not a new row),
    new rows are added, the rest removed; unchanged rows are not written."""
    now = _now()
    has_role = table == "meeting_memo_people"
    existing = {r[column]: r for r in conn.execute(f"SELECT * FROM {table} WHERE event_id = ?", (event_id,))}
    keep = {entry[0] for entry in wanted}
    for linked_id in set(existing) - keep:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (existing[linked_id]["id"],))
    for position, entry in enumerate(wanted):
        linked_id = entry[0]
        role = _text(entry[1]) if has_role else None
        row = existing.get(linked_id)
        if row is None:
            columns = [
                "uuid",
                "event_id",
                column,
                "position",
                *(["role"] if has_role else []),
                "created_at",
                "updated_at",
            ]
            values = [_uuid(), event_id, linked_id, position, *([role] if has_role else []), now, now]
            conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
        elif row["position"] != position or (has_role and row["role"] != role):
            conn.execute(
                f"UPDATE {table} SET position = ?, {'role = ?, ' if has_role else ''}updated_at = ? WHERE id = ?",
                (position, *([role] if has_role else []), now, row["id"]),
            )


def _ids(conn: sqlite3.Connection, table: str, ids: Iterable[int], what: str) -> list[int]:
    out = []
    for value in ids:
        ident = int(value)
        if ident in out:
            raise InvalidInputError(f"{what} {ident} is listed twice")
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone() is None:
            raise NotFoundError(f"no {what} {ident}")
        out.append(ident)
    return out


def set_memo_participants(book: Book, event_id: int, participants: Iterable[int | tuple[int, str]]) -> MeetingMemo:
    """The memo's participants, in order: person ids, or (person id, role in this meeting) pairs."""
    _need_memo(book, event_id)
    pairs = [(p, "") if isinstance(p, int) else (p[0], p[1]) for p in participants]
    with book.transaction() as conn:
        ids = _ids(conn, "people", [p for p, _ in pairs], "person")
        _set_ordered(
            conn, "meeting_memo_people", "person_id", event_id, [(ident, role) for ident, (_, role) in zip(ids, pairs)]
        )
    return _need_memo(book, event_id)


def set_memo_agenda(book: Book, event_id: int, agenda_items: Iterable[int]) -> MeetingMemo:
    """The agenda items to raise in this meeting, in the order to raise them."""
    _need_memo(book, event_id)
    with book.transaction() as conn:
        ids = _ids(conn, "agenda_items", agenda_items, "agenda item")
        _set_ordered(conn, "meeting_memo_agenda", "agenda_item_id", event_id, [(i, "") for i in ids])
    return _need_memo(book, event_id)


def set_memo_deliverables(book: Book, event_id: int, deliverables: Iterable[int]) -> MeetingMemo:
    """The deliverables to announce at this meeting, in order."""
    _need_memo(book, event_id)
    with book.transaction() as conn:
        ids = _ids(conn, "deliverables", deliverables, "deliverable")
        _set_ordered(conn, "meeting_memo_deliverables", "deliverable_id", event_id, [(i, "") for i in ids])
    return _need_memo(book, event_id)


def remove_memo(book: Book, event_id: int) -> None:
    """Remove the event's memo with its participants and links (one transaction)."""
    _need_memo(book, event_id)
    with book.transaction() as conn:
        for table in ("meeting_memo_people", "meeting_memo_agenda", "meeting_memo_deliverables", "meeting_memos"):
            conn.execute(f"DELETE FROM {table} WHERE event_id = ?", (event_id,))


def memos_with_agenda_item(book: Book, agenda_item_id: int) -> list[int]:
    """The events whose memo raises this agenda item (an item's meetings), in program order."""
    if not schema_ready(book):
        return []
    return [
        r[0]
        for r in book.connection.execute(
            "SELECT e.id FROM meeting_memo_agenda m JOIN meeting_memos x ON x.event_id = m.event_id "
            "JOIN program_events e ON e.id = m.event_id WHERE m.agenda_item_id = ? "
            "ORDER BY e.day, e.start_time, e.position, e.id",
            (agenda_item_id,),
        )
    ]


# -- scenario steps --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScenarioStep:
    id: int
    uuid: str
    event_id: int
    position: int
    offset_minutes: int  # from the event's start; negative before it
    action: str  # what happens
    who: str
    at: dt.datetime  # the step's local time in the summit's zone (naive): event start + offset

    @property
    def time_text(self) -> str:
        return self.at.strftime("%H:%M")


def _event_start(conn: sqlite3.Connection, event_id: int) -> dt.datetime:
    r = conn.execute("SELECT day, start_time FROM program_events WHERE id = ?", (event_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no program event {event_id}")
    return dt.datetime.combine(dt.date.fromisoformat(r[0]), dt.time.fromisoformat(r[1]))


def _step(r: sqlite3.Row, start: dt.datetime) -> ScenarioStep:
    return ScenarioStep(
        r["id"],
        r["uuid"],
        r["event_id"],
        r["position"],
        r["offset_minutes"],
        r["action"],
        r["who"],
        start + dt.timedelta(minutes=r["offset_minutes"]),
    )


def scenario(book: Book, event_id: int) -> list[ScenarioStep]:
    """The event's steps in time order (steps at the same time in the user's order)."""
    if not schema_ready(book):
        return []
    conn = book.connection
    start = _event_start(conn, event_id)
    return [
        _step(r, start)
        for r in conn.execute(
            "SELECT * FROM scenario_steps WHERE event_id = ? ORDER BY offset_minutes, position, id", (event_id,)
        )
    ]


def step(book: Book, step_id: int) -> ScenarioStep:
    conn = book.connection
    r = conn.execute("SELECT * FROM scenario_steps WHERE id = ?", (step_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no scenario step {step_id}")
    return _step(r, _event_start(conn, r["event_id"]))


def _offset(conn: sqlite3.Connection, event_id: int, at: str | dt.time | None, offset_minutes: object) -> int:
    """Minutes from the event's start for a step given as a clock time ``at`` (HH:MM, placed
    within half a day of the start) or as ``offset_minutes``."""
    if (at is None) == (offset_minutes is None):
        raise InvalidInputError("give a scenario step either a time (HH:MM) or minutes from the event's start")
    start = _event_start(conn, event_id)  # NotFoundError for no such event
    if at is None:
        try:
            minutes = int(str(offset_minutes))
        except (TypeError, ValueError):
            raise InvalidInputError(f"{offset_minutes!r} is not a whole number of minutes") from None
        if abs(minutes) > 24 * 60:
            raise InvalidInputError(
                f"a scenario step {minutes} minutes from its event's start is more than a day away from it"
            )
        return minutes
    clock = program.parse_time(at)
    minutes = (clock.hour * 60 + clock.minute) - (start.hour * 60 + start.minute)
    if minutes > HALF_DAY:
        minutes -= 24 * 60
    elif minutes <= -HALF_DAY:
        minutes += 24 * 60
    return minutes


def _step_text(action: object, who: object) -> tuple[str, str]:
    action = _text(action)
    if not action:
        raise InvalidInputError("a scenario step needs to say what happens")
    return action, _text(who)


def add_step(
    book: Book,
    event_id: int,
    action: str,
    who: str = "",
    *,
    at: str | dt.time | None = None,
    offset_minutes: int | None = None,
) -> ScenarioStep:
    """Add a step to the event's scenario, at a clock time ``at`` or ``offset_minutes`` from the
    event's start (one transaction)."""
    action, who = _step_text(action, who)
    now = _now()
    with book.transaction() as conn:
        minutes = _offset(conn, event_id, at, offset_minutes)
        position = conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM scenario_steps WHERE event_id = ?", (event_id,)
        ).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO scenario_steps (uuid, event_id, position, offset_minutes, action, who, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (_uuid(), event_id, position, minutes, action, who, now, now),
        )
    return step(book, inserted_id(cur))


def update_step(
    book: Book,
    step_id: int,
    *,
    action: str | None = None,
    who: str | None = None,
    at: str | dt.time | None = None,
    offset_minutes: int | None = None,
) -> ScenarioStep:
    current = step(book, step_id)
    values: dict[str, object] = {}
    if action is not None or who is not None:
        new_action, new_who = _step_text(
            current.action if action is None else action, current.who if who is None else who
        )
        values |= {"action": new_action, "who": new_who}
    with book.transaction() as conn:
        if at is not None or offset_minutes is not None:
            values["offset_minutes"] = _offset(conn, current.event_id, at, offset_minutes)
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(
                f"UPDATE scenario_steps SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), _now(), step_id),
            )
    return step(book, step_id)


def remove_step(book: Book, step_id: int) -> None:
    with book.transaction() as conn:
        if conn.execute("DELETE FROM scenario_steps WHERE id = ?", (step_id,)).rowcount == 0:
            raise NotFoundError(f"no scenario step {step_id}")


# -- remarks ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Remark:
    id: int
    uuid: str
    position: int
    occasion: str
    speaker: str
    text: str
    event_id: int | None

    @property
    def words(self) -> int:
        return word_count(self.text)

    @property
    def speaking_seconds(self) -> int:
        return speaking_seconds(self.words)


def _remark(conn: sqlite3.Connection, r: sqlite3.Row) -> Remark:
    linked = conn.execute(
        "SELECT event_id FROM remark_events WHERE remark_id = ? ORDER BY id LIMIT 1", (r["id"],)
    ).fetchone()
    return Remark(
        r["id"], r["uuid"], r["position"], r["occasion"], r["speaker"], r["text"], linked[0] if linked else None
    )


def remarks(book: Book, event_id: int | None = None) -> list[Remark]:
    """Every remark in the user's order, or those linked to one event."""
    if not schema_ready(book):
        return []
    conn = book.connection
    found = [_remark(conn, r) for r in conn.execute("SELECT * FROM remarks ORDER BY position, id").fetchall()]
    return found if event_id is None else [r for r in found if r.event_id == event_id]


def remark(book: Book, remark_id: int) -> Remark:
    conn = book.connection
    r = conn.execute("SELECT * FROM remarks WHERE id = ?", (remark_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no remarks {remark_id}")
    return _remark(conn, r)


def _remark_fields(fields: Mapping[str, object]) -> dict[str, str]:
    out = {}
    for name, value in fields.items():
        if name not in REMARK_FIELDS:
            raise InvalidInputError(f"remarks have no field {name!r}; their fields are: {', '.join(REMARK_FIELDS)}")
        out[name] = _text(value)
        if name == "occasion" and not out[name]:
            raise InvalidInputError("remarks need an occasion, such as “Arrival statement” or “Toast”")
    return out


def _link_event(conn: sqlite3.Connection, remark_id: int, event_id: int | None) -> None:
    """Link the remark to ``event_id`` (None: to no event), leaving an unchanged link alone."""
    current = [
        r[0] for r in conn.execute("SELECT event_id FROM remark_events WHERE remark_id = ? ORDER BY id", (remark_id,))
    ]
    if current == ([] if event_id is None else [event_id]):
        return
    conn.execute("DELETE FROM remark_events WHERE remark_id = ?", (remark_id,))
    if event_id is not None:
        _event_start(conn, event_id)  # NotFoundError for no such event
        now = _now()
        conn.execute(
            "INSERT INTO remark_events (uuid, remark_id, event_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (_uuid(), remark_id, event_id, now, now),
        )


def add_remark(book: Book, occasion: str, speaker: str = "", text: str = "", event_id: int | None = None) -> Remark:
    """Add remarks at the end of the list, linked to ``event_id`` when given (one transaction)."""
    values = _remark_fields({"occasion": occasion, "speaker": speaker, "text": text})
    now = _now()
    with book.transaction() as conn:
        position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM remarks").fetchone()[0]
        cur = conn.execute(
            "INSERT INTO remarks (uuid, position, occasion, speaker, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (_uuid(), position, values["occasion"], values["speaker"], values["text"], now, now),
        )
        remark_id = inserted_id(cur)
        _link_event(conn, remark_id, event_id)
    return remark(book, remark_id)


_UNCHANGED = object()


def update_remark(book: Book, remark_id: int, *, event_id: int | None | object = _UNCHANGED, **fields: str) -> Remark:
    """Change remarks' texts and/or their event (``event_id=None`` unlinks them)."""
    remark(book, remark_id)
    values = _remark_fields(fields)
    with book.transaction() as conn:
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(
                f"UPDATE remarks SET {assignments}, updated_at = ? WHERE id = ?", (*values.values(), _now(), remark_id)
            )
        if event_id is None or isinstance(event_id, int):
            _link_event(conn, remark_id, event_id)
    return remark(book, remark_id)


def remove_remark(book: Book, remark_id: int) -> None:
    with book.transaction() as conn:
        if conn.execute("DELETE FROM remarks WHERE id = ?", (remark_id,)).rowcount == 0:
            raise NotFoundError(f"no remarks {remark_id}")
        ids = [r[0] for r in conn.execute("SELECT id FROM remarks ORDER BY position, id")]
        conn.executemany(
            "UPDATE remarks SET position = ? WHERE id = ? AND position != ?",
            [(pos, i, pos) for pos, i in enumerate(ids)],
        )


def move_remark(book: Book, remark_id: int, new_index: int) -> list[Remark]:
    """Put the remarks at ``new_index`` (0-based, clamped) in the list."""
    order = [r.id for r in remarks(book)]
    if remark_id not in order:
        raise NotFoundError(f"no remarks {remark_id}")
    order.remove(remark_id)
    order.insert(max(0, min(int(new_index), len(order))), remark_id)
    now = _now()
    with book.transaction() as conn:
        conn.executemany(
            "UPDATE remarks SET position = ?, updated_at = ? WHERE id = ? AND position != ?",
            [(pos, now, i, pos) for pos, i in enumerate(order)],
        )
    return remarks(book)
