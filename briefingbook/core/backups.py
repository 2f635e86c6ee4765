"""Rolling backups of books, as Anki keeps them.

A backup is a complete copy of a book, made when the book opens for writing, every 30 minutes
while it changes (``maybe_backup``, called by the window's timer), and before any import or
migration (``backup_before``). Each copy is written under a temporary name, checked with
SQLite's full ``integrity_check`` and only then renamed into place, so every file listed is a
good book. Copies of an encrypted book are sealed with the book's own key: nothing of it is
ever stored in the clear.

Backups live in the user data folder (``paths.backups_dir()``), one folder per book named by
the book's uuid (never its title). A plain book's folder also records where the book lives
(``book.json``), so a book too damaged to read its uuid still finds its backups; an encrypted
book's uuid is in its file header. Retention keeps every copy of the last 2 days, then the
newest copy of each day for 2 weeks and of each week for 3 months, and always the newest.

Bounded: the on-open backup is made only when the book's content changed since its newest
backup (``content_marker``: the bookkeeping rows an export or an edit's author leave are not
content), and each book's folder is capped at ``MAX_BACKUPS`` copies and ``MAX_BACKUP_BYTES``
bytes, the oldest going first; the newest backup is always kept, whatever its size.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefingbook.core import crypto, migrations, paths
from briefingbook.core import lock as lock_mod
from briefingbook.core.errors import (
    BookError,
    BookLockedError,
    PassphraseRequiredError,
)
from briefingbook.core.fsutil import fsync_dir as _fsync_dir
from briefingbook.core.fsutil import fsync_file as _fsync_file
from briefingbook.core.fsutil import real_path, unwritable_reason
from briefingbook.core.sqlitefile import (
    atomic_write_file,
    memory_connection,
    plain_image,
)

if TYPE_CHECKING:
    from briefingbook.core.book import Book

log = logging.getLogger("briefingbook.backups")

BACKUP_INTERVAL = dt.timedelta(minutes=30)
KEEP_ALL = dt.timedelta(days=2)
KEEP_DAILY = dt.timedelta(days=14)
KEEP_WEEKLY = dt.timedelta(days=91)
SUFFIX = ".bbook"
_NAME = re.compile(r"^(\d{8}T\d{6})(\d{6})Z-([a-z0-9_]+)\.bbook$")
_TMP_PREFIX = ".incomplete-"
SOURCE_FILE = "book.json"
MARKERS_FILE = "content.json"  # content marker of each backup, to skip unchanged on-open backups
MAX_BACKUPS = 40  # per book
MAX_BACKUP_BYTES = 1 << 30  # per book (1 GiB); the newest backup is kept even when larger
# Rows that record what was done with the book, not what it says: a packet export, the author and
# edit id of the current edit. Changing only these is not a reason for a backup.
BOOKKEEPING_TABLES = frozenset({"packet_exports", "change_context", "sqlite_sequence", "sqlite_stat1"})


@dataclass(frozen=True)
class Backup:
    """One verified backup file."""

    path: Path
    taken_at: dt.datetime  # UTC
    reason: str  # open, interval, import, migration, restore, encrypt, …
    size: int
    encrypted: bool

    def label(self) -> str:
        """e.g. ``2027-02-03 14:05:09 UTC (open)`` for a list the user picks from."""
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S} UTC ({self.reason})"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def backup_name(when: dt.datetime, reason: str) -> str:
    """The file name of a backup taken at ``when`` for ``reason`` (sortable, UTC)."""
    when = when.astimezone(dt.timezone.utc)
    return f"{when:%Y%m%dT%H%M%S%f}Z-{reason}{SUFFIX}"


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = dt.datetime.strptime(match[1] + match[2], "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.timezone.utc)
        stat = path.stat()
        with path.open("rb") as handle:
            encrypted = crypto.is_encrypted(handle.read(len(crypto.MAGIC)))
    except (ValueError, OSError):
        return None
    return Backup(path, taken, match[3], stat.st_size, encrypted)


def book_folder(book_uuid: str) -> Path:
    """The folder of one book's backups (created on demand)."""
    uuidlib.UUID(book_uuid)  # a uuid, never a name: it becomes a folder name
    return paths.backups_dir() / book_uuid


def _backups_in(folder: Path) -> list[Backup]:
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.iterdir()) if b is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# -- which book a file is ------------------------------------------------------------------------
def book_uuid_of(book_path: str | os.PathLike[str]) -> str | None:
    """The uuid of the book at ``book_path`` without a passphrase, or None when it cannot be read.

    An encrypted book carries it in its header; a plain one in ``book_info``; a plain book too
    damaged to read is matched by the location recorded beside its backups.
    """
    path = Path(book_path)
    try:
        with path.open("rb") as handle:
            head = handle.read(crypto.HEADER_SIZE + crypto.TAG_SIZE)
    except OSError:
        head = b""
    if crypto.is_encrypted(head):
        return crypto.book_uuid_in(head)  # a damaged file's header still names its backups
    if head.startswith(b"SQLite format 3\x00"):
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM book_info WHERE key = 'uuid'").fetchone()
            finally:
                conn.close()
            if row:
                return str(uuidlib.UUID(row[0]))
        except (sqlite3.Error, ValueError):
            pass
    return _uuid_by_location(path)


def _uuid_by_location(path: Path) -> str | None:
    where = str(path.resolve())
    root = paths.backups_dir()
    newest: tuple[float, str] | None = None
    for source in root.glob(f"*/{SOURCE_FILE}"):
        try:
            if json.loads(source.read_text(encoding="utf-8")).get("path") == where:
                stamp = source.stat().st_mtime
                if newest is None or stamp > newest[0]:
                    newest = (stamp, source.parent.name)
        except (OSError, ValueError, AttributeError):
            continue
    return newest[1] if newest else None


def list_backups(book_path: str | os.PathLike[str]) -> list[Backup]:
    """The book's verified backups, newest first (an empty list when there are none)."""
    book_uuid = book_uuid_of(book_path)
    return _backups_in(book_folder(book_uuid)) if book_uuid else []


def newest_backup(book_path: str | os.PathLike[str]) -> Backup | None:
    try:
        found = list_backups(book_path)
    except OSError:
        return None
    return found[0] if found else None


# -- writing one backup --------------------------------------------------------------------------
def check_plain_file(path: Path) -> None:
    """BookError unless ``path`` is a sound plain book (full integrity check)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.execute("SELECT value FROM book_info WHERE key = 'uuid'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BookError(f"{path.name} is not a sound book ({exc})") from exc
    if result != "ok":
        raise BookError(f"{path.name} is not a sound book (SQLite reports: {result})")


def check_sealed_image(data: bytes, key: crypto.BookKey, name: str) -> None:
    """BookError unless ``data`` opens with ``key`` and holds a sound book."""
    conn = memory_connection(key.unseal(data, name))
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise BookError(f"{name} is not a sound book ({exc})") from exc
    finally:
        conn.close()
    if result != "ok":
        raise BookError(f"{name} is not a sound book (SQLite reports: {result})")


def _store(
    book_uuid: str,
    reason: str,
    write: Callable[[Path], None],
    verify: Callable[[Path], None],
    source: Path | None,
    now: dt.datetime | None = None,
    content: str | None = None,
) -> Backup:
    """Write a backup under a temporary name, verify it, rename it into place, thin the folder."""
    if not re.fullmatch(r"[a-z0-9_]+", reason):
        raise ValueError(f"backup reason {reason!r} must be lower-case letters, digits or _")
    folder = book_folder(book_uuid)
    folder.mkdir(parents=True, exist_ok=True)
    when = now or _utcnow()
    final = folder / backup_name(when, reason)
    while final.exists():  # two backups in the same microsecond
        when += dt.timedelta(microseconds=1)
        final = folder / backup_name(when, reason)
    tmp = folder / f"{_TMP_PREFIX}{final.name}"
    try:
        write(tmp)
        verify(tmp)
        _fsync_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        raise BookError(f"the backup could not be written ({exc})") from exc
    except OSError as exc:
        raise BookError(f"the backup could not be written to {folder} ({exc.strerror or exc})") from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    if source is not None:
        _record_source(folder, source)
    _remove_leftovers(folder)
    markers = _read_markers(folder)
    if content is not None:
        markers[final.name] = content
    else:
        markers.pop(final.name, None)
    apply_retention(folder, now=when)
    present = {b.path.name for b in _backups_in(folder)}
    _write_markers(folder, {name: value for name, value in markers.items() if name in present})
    backup = _parse(final)
    assert backup is not None
    log.info("backup %s of book %s (%s)", final.name, book_uuid, reason)
    return backup


def _record_source(folder: Path, source: Path) -> None:
    record = folder / SOURCE_FILE
    text = json.dumps({"path": str(source.resolve())})
    with contextlib.suppress(OSError):
        if not record.exists() or record.read_text(encoding="utf-8") != text:
            tmp = folder / f"{_TMP_PREFIX}{SOURCE_FILE}"
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, record)


def _remove_leftovers(folder: Path, older_than: dt.timedelta = dt.timedelta(minutes=10)) -> None:
    """Temporary files of backups interrupted by a crash (old enough not to be in progress)."""
    limit = (_utcnow() - older_than).timestamp()
    for leftover in folder.glob(f"{_TMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()


# -- was the book changed since its newest backup? ----------------------------------------------
def content_marker(conn: sqlite3.Connection, key: crypto.BookKey | None = None) -> str:
    """A digest that changes whenever the book's content does, read with a few cheap queries.

    Every edit of a tracked field appends to the change log (``max(id)`` of ``change_log``),
    and rows added or removed anywhere change a table's row count or largest rowid; the format
    version counts too. Bookkeeping tables (``BOOKKEEPING_TABLES``) and full-text index tables
    are left out. An encrypted book's marker is keyed with its key, so it reveals nothing.
    """
    import hashlib

    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%fts%' ORDER BY name"
        )
    ]
    parts: list[object] = [conn.execute("PRAGMA user_version").fetchone()[0]]
    for table in tables:
        if table in BOOKKEEPING_TABLES:
            continue
        quoted = '"' + table.replace('"', '""') + '"'
        try:
            parts.append((table, *conn.execute(f"SELECT count(*), max(rowid) FROM {quoted}").fetchone()))
        except sqlite3.OperationalError:  # a WITHOUT ROWID table
            parts.append((table, conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]))
    if "change_log" in tables:
        parts.append(("change_log_last", conn.execute("SELECT max(id) FROM change_log").fetchone()[0]))
    data = repr(parts).encode("utf-8")
    if key is not None:
        return key.digest(data)
    return hashlib.sha256(data).hexdigest()


def _read_markers(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MARKERS_FILE).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_markers(folder: Path, markers: dict[str, str]) -> None:
    tmp = folder / f"{_TMP_PREFIX}{MARKERS_FILE}"
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps(markers, sort_keys=True), encoding="utf-8")
        os.replace(tmp, folder / MARKERS_FILE)


def _book_marker(book: Book) -> str | None:
    try:
        with book.exclusive() as conn:
            return content_marker(conn, book.key)
    except sqlite3.Error:
        return None


def unchanged_since_newest(book: Book) -> bool:
    """Whether the newest backup of ``book`` holds the content the book has now."""
    folder = book_folder(book.uuid)
    found = _backups_in(folder)
    if not found:
        return False
    marker = _book_marker(book)
    return marker is not None and _read_markers(folder).get(found[0].path.name) == marker


def backup_on_open(book: Book) -> Backup | None:
    """The on-open backup: a new copy unless the newest one already holds this content (None then)."""
    if unchanged_since_newest(book):
        book.record_backup(book.change_marker(), None)
        return None
    return make_backup(book, "open")


def _plain_copy(source: sqlite3.Connection) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dest.close()

    return write


def _bytes_writer(data: bytes) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        with tmp.open("xb") as handle:
            handle.write(data)

    return write


def make_backup(book: Book, reason: str, *, now: dt.datetime | None = None) -> Backup:
    """Back up an open book now (a verified copy; sealed with its key when it is encrypted)."""
    book_uuid = book.uuid
    key = book.key
    if key is not None:  # an encrypted book
        image = book.image()
        write = _bytes_writer(key.seal(image))
        verify = lambda tmp: check_sealed_image(tmp.read_bytes(), key, tmp.name)  # noqa: E731
        source = None  # an encrypted book's location is not recorded anywhere
    else:

        def write(tmp: Path) -> None:
            with book.exclusive() as conn:
                _plain_copy(conn)(tmp)

        verify = check_plain_file
        source = book.path
    marker = book.change_marker()
    content = _book_marker(book)
    backup = _store(book_uuid, reason, write, verify, source, now, content=content)
    book.record_backup(marker, backup)
    return backup


def backup_before(book: Book, what: str) -> Backup:
    """Back up before an import or a migration; BookError (and nothing else done) when it fails.

    ``what`` is the reason recorded in the backup's name, e.g. ``"import"``.
    """
    try:
        return make_backup(book, what)
    except BookError as exc:
        raise BookError(
            f"{book.path.name} could not be backed up before the {what}, so the {what} was not started: {exc}"
        ) from exc


def maybe_backup(
    book: Book, *, now: dt.datetime | None = None, interval: dt.timedelta = BACKUP_INTERVAL
) -> Backup | None:
    """The 30-minute backup: a new copy when the book changed since the last one and that one is
    at least ``interval`` old; otherwise None. Call it from a timer (every minute or so)."""
    if book.readonly or book.closed:
        return None
    now = now or _utcnow()
    if not book.changed_since_backup():
        return None
    last = book.last_backup.taken_at if book.last_backup else None
    if last is None:
        newest = _backups_in(book_folder(book.uuid))
        last = newest[0].taken_at if newest else None
    if last is not None and now - last < interval:
        return None
    return make_backup(book, "interval", now=now)


# -- retention ------------------------------------------------------------------------------------
def to_keep(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backup times retention keeps: all of the last 2 days, the newest of each day for
    2 weeks and of each ISO week for 3 months, and always the newest of all."""
    ordered = sorted(set(stamps), reverse=True)
    keep: set[dt.datetime] = set(ordered[:1])
    buckets: set[tuple[object, ...]] = set()
    for stamp in ordered:
        age = now - stamp
        if age < KEEP_ALL:
            keep.add(stamp)
            continue
        if age < KEEP_DAILY:
            bucket: tuple[object, ...] = ("day", stamp.date())
        elif age < KEEP_WEEKLY:
            bucket = ("week", *stamp.isocalendar()[:2])
        else:
            continue
        if bucket not in buckets:
            buckets.add(bucket)
            keep.add(stamp)
    return keep


def over_cap(found: list[Backup], max_count: int | None = None, max_bytes: int | None = None) -> list[Backup]:
    """The backups (oldest first) to delete so that ``found`` (newest first) keeps at most
    ``max_count`` copies and ``max_bytes`` bytes (``MAX_BACKUPS``, ``MAX_BACKUP_BYTES`` unless
    given); never the newest."""
    max_count = MAX_BACKUPS if max_count is None else max_count
    max_bytes = MAX_BACKUP_BYTES if max_bytes is None else max_bytes
    kept, total, drop = 0, 0, []
    for index, backup in enumerate(found):
        if index == 0 or (kept < max_count and total + backup.size <= max_bytes):
            kept += 1
            total += backup.size
        else:
            drop.append(backup)
    return drop[::-1]


def apply_retention(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups retention no longer keeps, then the oldest beyond the per-book caps
    (``MAX_BACKUPS``, ``MAX_BACKUP_BYTES``); the newest is always kept. Returns the deleted files."""
    found = _backups_in(folder)
    keep = to_keep((b.taken_at for b in found), now or _utcnow())
    removed = []
    for backup in found:
        if backup.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    for backup in over_cap(_backups_in(folder)):
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
        removed.append(backup.path)
    return removed


# -- restoring ------------------------------------------------------------------------------------
def _resolve(book_path: Path, backup: "Backup | str | os.PathLike[str]") -> Backup:
    if isinstance(backup, Backup):
        return backup
    path = Path(backup)
    if not path.is_file():
        raise BookError(f"{path}: no such backup file")
    parsed = _parse(path)
    if parsed is not None:
        return parsed
    with path.open("rb") as handle:
        encrypted = crypto.is_encrypted(handle.read(len(crypto.MAGIC)))
    return Backup(
        path, dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc), "file", path.stat().st_size, encrypted
    )


def restore(
    book_path: str | os.PathLike[str], backup: "Backup | str | os.PathLike[str]", passphrase: str | None = None
) -> Backup | None:
    """Put ``backup`` in place of the book at ``book_path`` (atomic), after backing up the
    current file. Returns the backup of the replaced file (None when there was no sound file;
    an unsound one is kept beside the book as ``NAME.bbook.replaced-…``).

    The book must not be open for writing anywhere (close it first): BookLockedError otherwise.
    An encrypted backup needs its passphrase (PassphraseRequiredError without one).
    """
    book_path = real_path(book_path)  # a link: the book it points to is restored, the link stays
    chosen = _resolve(book_path, backup)
    data = chosen.path.read_bytes()
    key = None
    if chosen.encrypted:
        if passphrase is None:
            raise PassphraseRequiredError(f"the backup {chosen.path.name} is encrypted; a passphrase is needed")
        plaintext, key = crypto.unlock(data, passphrase, chosen.path.name)
        conn = memory_connection(plaintext)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        if ok != "ok":
            raise BookError(f"the backup {chosen.path.name} is damaged (SQLite reports: {ok}); nothing was restored")
    else:
        try:
            check_plain_file(chosen.path)
        except BookError as exc:
            raise BookError(f"the backup {chosen.path.name} cannot be restored: {exc}") from exc

    if not book_path.parent.is_dir():
        raise BookError(f"{book_path.parent}: no such folder")
    if book_path.exists():
        why = unwritable_reason(book_path)
        if why is not None:
            raise BookError(f"{why}, so it cannot be restored (nothing was changed)")
    held, reason = lock_mod.acquire(book_path)
    if held is None:
        raise BookLockedError(f"{reason}; close it there before restoring (nothing was changed)")
    try:
        previous = None
        if book_path.exists():
            previous = _backup_closed_file(book_path, passphrase, key)
        # Never let an old WAL meet the restored file: SQLite would replay it onto it. (The
        # current file's WAL was folded in above, or moved aside with a damaged file.)
        for side in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{book_path}{side}").unlink()
        atomic_write_file(book_path, data)
    finally:
        held.release()
    return previous


def _backup_closed_file(book_path: Path, passphrase: str | None, key: crypto.BookKey | None) -> Backup | None:
    """Back up the file a restore is about to replace; keep it beside the book when it is unsound."""
    try:
        if crypto.is_encrypted(book_path.read_bytes()[: len(crypto.MAGIC)]):
            data = book_path.read_bytes()
            header = crypto.read_header(data, book_path.name)
            if key is None or not key.matches(header):
                if passphrase is None:
                    raise BookError("no passphrase")
                key = crypto.BookKey.for_header(header, passphrase)
            check_sealed_image(data, key, book_path.name)
            return _store(
                header.book_uuid,
                "restore",
                _bytes_writer(data),
                lambda tmp: check_sealed_image(tmp.read_bytes(), key, tmp.name),
                None,
            )
        current = sqlite3.connect(f"{book_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            migrations.check_version(current, book_path.name)  # a newer format is set aside, as damage is
            row = current.execute("SELECT value FROM book_info WHERE key = 'uuid'").fetchone()
            if row is None:
                raise BookError(f"{book_path.name} has no identity")
            made = _store(row[0], "restore", _plain_copy(current), check_plain_file, book_path)
        finally:
            current.close()
        # Fold the WAL into the file (closing the last connection removes the WAL and -shm).
        conn = sqlite3.connect(f"{book_path.resolve().as_uri()}?mode=rw", uri=True)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        return made
    except (BookError, sqlite3.Error):
        stamp = _utcnow().strftime("%Y%m%dT%H%M%SZ")
        aside = book_path.with_name(f"{book_path.name}.replaced-{stamp}")
        os.replace(book_path, aside)
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{book_path}{side}", f"{aside}{side}")
        log.warning("%s could not be backed up before a restore; kept as %s", book_path.name, aside.name)
        return None


# -- re-sealing when a book is encrypted or its passphrase changes ------------------------------
def seal_plain_backups(book_uuid: str, key: crypto.BookKey) -> int:
    """Encrypt a book's existing plain backups with its new key (after ``encrypt_book``), so no
    plaintext copy of it stays in the backup folder; returns how many were sealed."""
    folder = book_folder(book_uuid)
    count = 0
    for backup in _backups_in(folder):
        if backup.encrypted:
            continue
        sealed = key.with_uuid(book_uuid).seal(plain_image(backup.path))
        _replace_verified(backup.path, sealed, key)
        count += 1
    with contextlib.suppress(FileNotFoundError):
        (folder / SOURCE_FILE).unlink()
    return count


def rekey_backups(book_uuid: str, old: crypto.BookKey, new: crypto.BookKey) -> int:
    """Re-seal with ``new`` the backups sealed with ``old`` (after a passphrase change)."""
    count = 0
    for backup in _backups_in(book_folder(book_uuid)):
        if not backup.encrypted:
            continue
        data = backup.path.read_bytes()
        try:
            if not old.matches(crypto.read_header(data, backup.path.name)):
                continue  # sealed under an even older passphrase: left as it is
            plaintext = old.unseal(data, backup.path.name)
        except BookError:
            continue
        _replace_verified(backup.path, new.seal(plaintext), new)
        count += 1
    return count


def _replace_verified(target: Path, sealed: bytes, key: crypto.BookKey) -> None:
    tmp = target.with_name(f"{_TMP_PREFIX}{target.name}")
    try:
        _bytes_writer(sealed)(tmp)
        check_sealed_image(tmp.read_bytes(), key, target.name)
        _fsync_file(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
