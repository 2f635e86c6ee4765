"""SQLite files of books, without the ``Book``: in-memory databases from serialized images,
plain copies, and files written whole (temporary name, fsync, rename) so a crash leaves the old
file or the new one, never a mix. Shared by ``book``, ``backups``, ``encryption`` and ``merge``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import tempfile
from pathlib import Path

from briefingbook.core.errors import BookError
from briefingbook.core.fsutil import fsync_dir as _fsync_dir
from briefingbook.core.fsutil import place_writable, real_path


def memory_connection(image: bytes = b"") -> sqlite3.Connection:
    """An in-memory database (from a serialized ``image``, or empty) that never spills to disk."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    # Sorts and temporary tables stay in memory too: no plaintext temp file ever touches disk.
    conn.execute("PRAGMA temp_store = MEMORY")
    if image:
        buf = bytearray(image)
        if buf[18:20] == b"\x02\x02":
            # Header bytes 18-19 say "WAL" for a file copied from a WAL book; an in-memory
            # database cannot use WAL, so mark it as a rollback-journal database (value 1).
            buf[18:20] = b"\x01\x01"
        try:
            conn.deserialize(bytes(buf))
        except sqlite3.Error:
            conn.close()
            raise
    return conn


def plain_image(path: Path) -> bytes:
    """The serialized contents of a plain book file (WAL folded in), without writing to it."""
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    mem = memory_connection()
    try:
        src.backup(mem)
        return bytes(memory_connection_image(mem))
    finally:
        src.close()
        mem.close()


def memory_connection_image(conn: sqlite3.Connection) -> bytes:
    buf = bytearray(conn.serialize())
    if buf[18:20] == b"\x02\x02":
        buf[18:20] = b"\x01\x01"
    return bytes(buf)


def side_files(path: Path) -> tuple[Path, Path]:
    """The ``-wal`` and ``-shm`` files SQLite keeps beside a WAL-mode database."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def no_side_files(path: Path) -> bool:
    """True when neither ``-wal`` nor ``-shm`` is beside ``path`` (note it before a read-only
    connection, then call ``tidy_side_files`` after closing it)."""
    return not any(side.exists() for side in side_files(path))


def tidy_side_files(path: Path) -> None:
    """Remove the empty ``-wal`` and its ``-shm`` that a read-only connection made beside
    ``path`` (SQLite makes them even to read a WAL-mode book, and a read-only connection never
    removes them). Call it only when ``no_side_files`` was True before that connection opened.

    Nothing is deleted by hand: a read-write connection is opened and closed, and SQLite removes
    the files only when it is the last connection to the book (it then holds the exclusive lock,
    so nobody else is using them) and only after folding the WAL in, which for an empty WAL
    changes nothing. A WAL that holds data, or a book someone else has open, is left alone."""
    wal, _shm = side_files(path)
    try:
        if not wal.exists() or wal.stat().st_size != 0 or not place_writable(path):
            return
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None)
    except (OSError, sqlite3.Error):
        return
    try:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL, as a reader
    finally:
        conn.close()


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The row id an INSERT gave its row (``lastrowid`` is typed optional; after an INSERT it is set)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise RuntimeError("the statement inserted no row")
    return rowid


def atomic_write_file(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, and rename it into place.

    A crash at any moment leaves either the old file or the new one, never a mix. A symbolic
    link is followed: the file it points to is replaced and the link stays a link. ``mode``
    sets the new file's permissions before it takes the name (else the temporary file's 0600).
    """
    path = real_path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.saving-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def remove_interrupted_saves(path: Path) -> None:
    """Temporary files of saves a crash interrupted (only the lock holder writes them)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.saving-*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def write_plain_file(target: Path, image: bytes, new_uuid: str | None = None) -> None:
    """Write a serialized book as a plain, self-contained SQLite file (temporary name, checked,
    renamed into place). ``new_uuid`` gives the copy an identity of its own."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.saving-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        mem = memory_connection(image)
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            mem.backup(dest)
            if new_uuid is not None:
                dest.execute("UPDATE book_info SET value = ? WHERE key = 'uuid'", (new_uuid,))
            dest.execute("PRAGMA journal_mode = DELETE")
            result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
            mem.close()
        if result != "ok":
            raise BookError(f"{target}: the copy did not verify (SQLite reports: {result}); nothing was written")
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
