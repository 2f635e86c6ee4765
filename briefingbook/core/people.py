"""People at the summit: the delegation and the counterparts (the who's-who).

Each person has a name, title, organisation, side (U.S., Mexico or other), role at the summit,
a short bio, talking notes, a pronunciation note and when the principal last met them (plain
text such as "September 2026, UNGA, New York"; book format 8), in an order the user sets. A photo can be
imported from a file the user picks: it is checked to be a PNG or JPEG of at most
``MAX_PHOTO_BYTES`` and stored in the book as bytes; nothing is ever fetched from anywhere.
Tables of book schema step 6. Every edit is its own transaction. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.sqlitefile import inserted_id

if TYPE_CHECKING:
    from briefingbook.core.book import Book

SIDES = ("us", "mexico", "other")
PERSON_FIELDS = ("name", "title", "organisation", "side", "role", "bio", "talking_notes", "pronunciation", "last_met")
MAX_PHOTO_BYTES = 4 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Person:
    id: int
    uuid: str
    position: int
    name: str
    title: str
    organisation: str
    side: str
    role: str
    bio: str
    talking_notes: str
    pronunciation: str
    photo_type: str | None  # "image/png", "image/jpeg" or None
    last_met: str = ""  # when and where the principal last met them (plain text)

    @property
    def has_photo(self) -> bool:
        return self.photo_type is not None

    def label(self) -> str:
        """``Name — role`` (or just the name) for lists."""
        return f"{self.name} — {self.role}" if self.role and not self.name.startswith(self.role) else self.name


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        if name not in PERSON_FIELDS:
            raise InvalidInputError(f"unknown person field {name!r}")
        value = str(value or "").strip()
        if name == "name" and not value:
            raise InvalidInputError("a person needs a name (or a placeholder such as the role)")
        if name == "side" and value not in SIDES:
            raise InvalidInputError(f"side {value!r} must be one of: {', '.join(SIDES)}")
        out[name] = value
    return out


def _person(r: sqlite3.Row) -> Person:
    return Person(
        r["id"],
        r["uuid"],
        r["position"],
        r["name"],
        r["title"],
        r["organisation"],
        r["side"],
        r["role"],
        r["bio"],
        r["talking_notes"],
        r["pronunciation"],
        r["photo_type"],
        r["last_met"],
    )


_BASE_COLUMNS = (
    "id, uuid, position, name, title, organisation, side, role, bio, talking_notes, pronunciation, photo_type"
)


def _columns_sql(conn: sqlite3.Connection) -> str:
    """The columns read; ``last_met`` is '' in a book opened read-only before format 8."""
    has_last_met = any(r[1] == "last_met" for r in conn.execute("PRAGMA table_info(people)"))
    last_met = "last_met" if has_last_met else "'' AS last_met"
    return f"{_BASE_COLUMNS}, {last_met}"


def people(book: Book) -> list[Person]:
    """Everyone, in the user's order."""
    from briefingbook.core.program import schema_ready

    if not schema_ready(book):
        return []
    rows = book.connection.execute(f"SELECT {_columns_sql(book.connection)} FROM people ORDER BY position, id")
    return [_person(r) for r in rows]


def person(book: Book, person_id: int) -> Person:
    r = book.connection.execute(
        f"SELECT {_columns_sql(book.connection)} FROM people WHERE id = ?", (person_id,)
    ).fetchone()
    if r is None:
        raise NotFoundError(f"no person {person_id}")
    return _person(r)


def insert_person(conn: sqlite3.Connection, **fields: Any) -> int:
    """Insert a person at the end of the list inside the caller's transaction."""
    values = _clean({"side": "us", **fields})
    if "name" not in values:
        raise InvalidInputError("a person needs a name (or a placeholder such as the role)")
    now = _now()
    position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM people").fetchone()[0]
    columns = ["uuid", "position", *values, "created_at", "updated_at"]
    cur = conn.execute(
        f"INSERT INTO people ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [str(uuidlib.uuid4()), position, *values.values(), now, now],
    )
    return inserted_id(cur)


def add_person(book: Book, **fields: Any) -> Person:
    """Add a person (name required; see PERSON_FIELDS) at the end of the list."""
    with book.transaction() as conn:
        person_id = insert_person(conn, **fields)
    return person(book, person_id)


def update_person(book: Book, person_id: int, **fields: Any) -> Person:
    person(book, person_id)
    values = _clean(fields)
    if values:
        assignments = ", ".join(f"{name} = ?" for name in values)
        with book.transaction() as conn:
            conn.execute(
                f"UPDATE people SET {assignments}, updated_at = ? WHERE id = ?", (*values.values(), _now(), person_id)
            )
    return person(book, person_id)


def remove_person(book: Book, person_id: int) -> None:
    """Delete a person (they also leave the events they took part in)."""
    with book.transaction() as conn:
        if conn.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount == 0:
            raise NotFoundError(f"no person {person_id}")
        ids = [r[0] for r in conn.execute("SELECT id FROM people ORDER BY position, id")]
        conn.executemany("UPDATE people SET position = ? WHERE id = ?", [(pos, i) for pos, i in enumerate(ids)])


def move_person(book: Book, person_id: int, new_index: int) -> list[Person]:
    """Put the person at ``new_index`` (0-based, clamped) in the list."""
    order = [p.id for p in people(book)]
    if person_id not in order:
        raise NotFoundError(f"no person {person_id}")
    order.remove(person_id)
    order.insert(max(0, min(int(new_index), len(order))), person_id)
    now = _now()
    with book.transaction() as conn:
        conn.executemany(
            "UPDATE people SET position = ?, updated_at = ? WHERE id = ?",
            [(pos, now, i) for pos, i in enumerate(order)],
        )
    return people(book)


# -- photos ----------------------------------------------------------------------------------------
def photo_type(data: bytes) -> str:
    """The MIME type of a PNG or JPEG image; InvalidInputError for anything else."""
    if data.startswith(_PNG):
        return "image/png"
    if data.startswith(_JPEG):
        return "image/jpeg"
    raise InvalidInputError("the photo must be a PNG or JPEG image")


def set_photo(book: Book, person_id: int, data: bytes, name: str = "the photo") -> Person:
    """Store ``data`` (PNG or JPEG, at most MAX_PHOTO_BYTES) as the person's photo."""
    person(book, person_id)
    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInputError(
            f"{name} is {len(data) / 1024 / 1024:.1f} MB; a photo may be at most {MAX_PHOTO_BYTES // (1024 * 1024)} MB"
        )
    if not data:
        raise InvalidInputError(f"{name} is empty")
    try:
        kind = photo_type(data)
    except InvalidInputError:
        raise InvalidInputError(f"{name} is not a PNG or JPEG image") from None
    with book.transaction() as conn:
        conn.execute(
            "UPDATE people SET photo = ?, photo_type = ?, updated_at = ? WHERE id = ?",
            (sqlite3.Binary(data), kind, _now(), person_id),
        )
    return person(book, person_id)


def import_photo(book: Book, person_id: int, path: str | os.PathLike[str]) -> Person:
    """Read a photo from a local file the user chose and store it in the book."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise InvalidInputError(
                f"{path.name} is {size / 1024 / 1024:.1f} MB; a photo may be at most "
                f"{MAX_PHOTO_BYTES // (1024 * 1024)} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path.name} cannot be read ({exc.strerror or exc})") from exc
    return set_photo(book, person_id, data, path.name)


def photo(book: Book, person_id: int) -> tuple[bytes, str] | None:
    """(bytes, MIME type) of the person's photo, or None."""
    r = book.connection.execute("SELECT photo, photo_type FROM people WHERE id = ?", (person_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no person {person_id}")
    return (bytes(r[0]), r[1]) if r[0] is not None else None


def clear_photo(book: Book, person_id: int) -> Person:
    person(book, person_id)
    with book.transaction() as conn:
        conn.execute(
            "UPDATE people SET photo = NULL, photo_type = NULL, updated_at = ? WHERE id = ?", (_now(), person_id)
        )
    return person(book, person_id)
