"""The packet export log in the book (table ``packet_exports``, book format 2) and the version
number (v1, v2, …) it gives each packet; each logged export keeps the id of the last change in
the book's change log it contains (book format 7), from which the "changes" section of the next
packet is built (``core/packet_changes.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass

from briefingbook.core import history
from briefingbook.core.book import Book


@dataclass(frozen=True)
class PacketExport:
    id: int
    uuid: str
    version: int
    exported_at: str
    format: str
    language: str
    sections: tuple[str, ...]
    marking: str
    file_name: str
    sha256: str
    change_log_id: int | None = None  # the book's last change when it was exported (None before format 7)
    reference_name: str = ""  # the reference content it was exported with (empty before format 8)
    reference_version: str = ""
    reference_sha256: str = ""


def next_version(book: Book) -> int:
    """The version number the next packet gets: 1 for the first; the newest packet's number when
    nothing in the book has changed since it (the same content in another format, language or
    selection of sections keeps its version: v3 PDF, v3 DOCX); one more otherwise.

    "Changed" is read from the book's change log (book format 7): any change logged after the
    position the newest export recorded. A packet exported before the book had a log, or a book
    without one, always gets the next number.
    """
    conn = book.connection
    latest = int(conn.execute("SELECT coalesce(max(version), 0) FROM packet_exports").fetchone()[0])
    if latest == 0 or not _has_change_log_column(conn) or not history.has_log(conn):
        return latest + 1
    row = conn.execute("SELECT change_log_id FROM packet_exports ORDER BY version DESC, id DESC LIMIT 1").fetchone()
    if row[0] is not None and history.last_change_id(conn) == row[0]:
        return latest
    return latest + 1


def _export_columns(conn: sqlite3.Connection) -> set[str]:
    return {r[1] for r in conn.execute("PRAGMA table_info(packet_exports)")}


def _has_change_log_column(conn: sqlite3.Connection) -> bool:
    return "change_log_id" in _export_columns(conn)


def log_export(
    book: Book,
    *,
    version: int,
    format: str,
    language: str,
    sections: tuple[str, ...],
    marking: str,
    file_name: str,
    sha256: str,
    change_log_id: int | None = None,
    reference: tuple[str, str, str] | None = None,
) -> PacketExport:
    """Record a finished export in the book (one transaction).

    With a change log (book format 7) the export row keeps the id of the last change the packet
    contains: ``change_log_id`` when given (the outline's, read when the packet was built),
    else the last change in the log now, read in this transaction. The next packet's "changes"
    section lists what came after it. With book format 8 it also keeps ``reference``: the name,
    version and sha256 of the reference content the packet was built from.
    """
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with book.transaction() as conn:
        columns = ["uuid", "version", "exported_at", "format", "language", "sections", "marking", "file_name", "sha256"]
        values = [
            str(uuidlib.uuid4()),
            version,
            now,
            format,
            language,
            json.dumps(list(sections)),
            marking,
            file_name,
            sha256,
        ]
        if _has_change_log_column(conn):
            columns.append("change_log_id")
            values.append(history.last_change_id(conn) if change_log_id is None else change_log_id)
        if reference is not None and "reference_sha256" in _export_columns(conn):
            columns += ["reference_name", "reference_version", "reference_sha256"]
            values += list(reference)
        cur = conn.execute(
            f"INSERT INTO packet_exports ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
        )
    return next(e for e in export_log(book) if e.id == cur.lastrowid)


def export_log(book: Book) -> list[PacketExport]:
    """Every logged export, oldest first."""
    columns = _export_columns(book.connection)
    logged = "change_log_id" in columns
    named = "reference_sha256" in columns
    rows = book.connection.execute("SELECT * FROM packet_exports ORDER BY version, id")
    return [
        PacketExport(
            r["id"],
            r["uuid"],
            r["version"],
            r["exported_at"],
            r["format"],
            r["language"],
            tuple(json.loads(r["sections"])),
            r["marking"],
            r["file_name"],
            r["sha256"],
            r["change_log_id"] if logged else None,
            *((r["reference_name"], r["reference_version"], r["reference_sha256"]) if named else ()),
        )
        for r in rows
    ]
