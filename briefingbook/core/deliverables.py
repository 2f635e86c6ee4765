"""Deliverables: the agreements and joint statements the summit aims for.

Each has a title, a kind (agreement, joint statement, other), a status (draft, agreed, signed),
an owner, notes, the agenda items and the recommendations (reference ids) it is linked to, in
the user's order. ``suggested_by`` holds a citation when the demo book suggested it from a
study-group recommendation (empty for the user's own). Tables of book schema step 6; every edit
is its own transaction. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.sqlitefile import inserted_id

if TYPE_CHECKING:
    from briefingbook.core.book import Book

KINDS = ("agreement", "joint_statement", "other")
STATUSES = ("draft", "agreed", "signed")
FIELDS = ("title", "kind", "status", "owner", "notes")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _uuid() -> str:
    return str(uuidlib.uuid4())


@dataclass(frozen=True)
class Deliverable:
    id: int
    uuid: str
    position: int
    title: str
    kind: str
    status: str
    owner: str
    notes: str
    suggested_by: str
    agenda_items: tuple[int, ...]
    recommendations: tuple[str, ...]


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        if name not in FIELDS:
            raise InvalidInputError(f"unknown deliverable field {name!r}")
        value = str(value or "").strip()
        if name == "title" and not value:
            raise InvalidInputError("a deliverable needs a title")
        if name == "kind" and value not in KINDS:
            raise InvalidInputError(f"deliverable kind {value!r} must be one of: {', '.join(KINDS)}")
        if name == "status" and value not in STATUSES:
            raise InvalidInputError(f"deliverable status {value!r} must be one of: {', '.join(STATUSES)}")
        out[name] = value
    return out


def _deliverable(conn: sqlite3.Connection, r: sqlite3.Row) -> Deliverable:
    items = tuple(
        x[0]
        for x in conn.execute(
            "SELECT agenda_item_id FROM deliverable_agenda WHERE deliverable_id = ? ORDER BY id", (r["id"],)
        )
    )
    recs = tuple(
        x[0]
        for x in conn.execute(
            "SELECT recommendation_id FROM deliverable_recommendations WHERE deliverable_id = ? ORDER BY id", (r["id"],)
        )
    )
    return Deliverable(
        r["id"],
        r["uuid"],
        r["position"],
        r["title"],
        r["kind"],
        r["status"],
        r["owner"],
        r["notes"],
        r["suggested_by"],
        items,
        recs,
    )


def deliverables(book: Book) -> list[Deliverable]:
    from briefingbook.core.program import schema_ready

    if not schema_ready(book):
        return []
    conn = book.connection
    return [_deliverable(conn, r) for r in conn.execute("SELECT * FROM deliverables ORDER BY position, id").fetchall()]


def deliverable(book: Book, deliverable_id: int) -> Deliverable:
    conn = book.connection
    r = conn.execute("SELECT * FROM deliverables WHERE id = ?", (deliverable_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no deliverable {deliverable_id}")
    return _deliverable(conn, r)


def _set_links(
    conn: sqlite3.Connection,
    deliverable_id: int,
    agenda_items: Iterable[int] | None,
    recommendations: Iterable[str] | None,
) -> None:
    now = _now()
    if agenda_items is not None:
        conn.execute("DELETE FROM deliverable_agenda WHERE deliverable_id = ?", (deliverable_id,))
        for item_id in dict.fromkeys(int(a) for a in agenda_items):
            if conn.execute("SELECT 1 FROM agenda_items WHERE id = ?", (item_id,)).fetchone() is None:
                raise NotFoundError(f"no agenda item {item_id}")
            conn.execute(
                "INSERT INTO deliverable_agenda (uuid, deliverable_id, agenda_item_id, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?)",
                (_uuid(), deliverable_id, item_id, now, now),
            )
    if recommendations is not None:
        conn.execute("DELETE FROM deliverable_recommendations WHERE deliverable_id = ?", (deliverable_id,))
        for rec_id in dict.fromkeys(str(r).strip() for r in recommendations if str(r).strip()):
            conn.execute(
                "INSERT INTO deliverable_recommendations (uuid, deliverable_id, recommendation_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (_uuid(), deliverable_id, rec_id, now, now),
            )


def insert_deliverable(
    conn: sqlite3.Connection,
    *,
    title: str,
    kind: str = "agreement",
    status: str = "draft",
    owner: str = "",
    notes: str = "",
    suggested_by: str = "",
    agenda_items: Iterable[int] = (),
    recommendations: Iterable[str] = (),
) -> int:
    """Append a deliverable inside the caller's transaction."""
    values = _clean({"title": title, "kind": kind, "status": status, "owner": owner, "notes": notes})
    now = _now()
    position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM deliverables").fetchone()[0]
    cur = conn.execute(
        "INSERT INTO deliverables (uuid, position, title, kind, status, owner, notes, suggested_by, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _uuid(),
            position,
            values["title"],
            values["kind"],
            values["status"],
            values["owner"],
            values["notes"],
            suggested_by.strip(),
            now,
            now,
        ),
    )
    deliverable_id = inserted_id(cur)
    _set_links(conn, deliverable_id, agenda_items, recommendations)
    return deliverable_id


def add_deliverable(
    book: Book,
    *,
    title: str,
    kind: str = "agreement",
    status: str = "draft",
    owner: str = "",
    notes: str = "",
    agenda_items: Iterable[int] = (),
    recommendations: Iterable[str] = (),
) -> Deliverable:
    with book.transaction() as conn:
        deliverable_id = insert_deliverable(
            conn,
            title=title,
            kind=kind,
            status=status,
            owner=owner,
            notes=notes,
            agenda_items=agenda_items,
            recommendations=recommendations,
        )
    return deliverable(book, deliverable_id)


def update_deliverable(
    book: Book,
    deliverable_id: int,
    *,
    agenda_items: Iterable[int] | None = None,
    recommendations: Iterable[str] | None = None,
    **fields: Any,
) -> Deliverable:
    deliverable(book, deliverable_id)
    values = _clean(fields)
    with book.transaction() as conn:
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            conn.execute(
                f"UPDATE deliverables SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), _now(), deliverable_id),
            )
        _set_links(conn, deliverable_id, agenda_items, recommendations)
    return deliverable(book, deliverable_id)


def remove_deliverable(book: Book, deliverable_id: int) -> None:
    with book.transaction() as conn:
        if conn.execute("DELETE FROM deliverables WHERE id = ?", (deliverable_id,)).rowcount == 0:
            raise NotFoundError(f"no deliverable {deliverable_id}")


def move_deliverable(book: Book, deliverable_id: int, new_index: int) -> list[Deliverable]:
    order = [d.id for d in deliverables(book)]
    if deliverable_id not in order:
        raise NotFoundError(f"no deliverable {deliverable_id}")
    order.remove(deliverable_id)
    order.insert(max(0, min(int(new_index), len(order))), deliverable_id)
    now = _now()
    with book.transaction() as conn:
        conn.executemany(
            "UPDATE deliverables SET position = ?, updated_at = ? WHERE id = ?",
            [(pos, now, i) for pos, i in enumerate(order)],
        )
    return deliverables(book)
