"""The user's briefing book: one SQLite file (``*.bbook``) the user owns.

Every edit is its own committed transaction (there is no "unsaved changes" state); the book
runs in WAL mode with ``synchronous=FULL``. New books are written under a temporary name and
renamed into place, so a crash never leaves half a book behind. Opening checks that the file
is a book, that its format is not newer than this version knows, and that SQLite finds it
sound, before anything is written to it; a damaged book's error names its newest good backup.

One writer: opening for writing takes a lock file beside the book (``core/lock.py``); a second
window or process gets the book read-only with ``readonly_reason`` saying why. Opening for
writing also makes a backup (``core/backups.py``), and one before any migration.

Encrypted books (``core/crypto.py``) are decrypted into an in-memory database only; edits are
sealed and written (temporary file, then rename) within 2 seconds and on close, so no
plaintext file, journal or WAL of them ever touches the disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefingbook import __version__
from briefingbook.core import backups, crypto, markings, migrations, program
from briefingbook.core import lock as lock_mod
from briefingbook.core.checklist import Template, due_date
from briefingbook.core.errors import (
    BookDamagedError,
    BookError,
    BookReadOnlyError,
    InvalidInputError,
    NotABookError,
    NotFoundError,
    PassphraseRequiredError,
    WrongPassphraseError,
    from_os_error,
    from_sqlite,
)
from briefingbook.core.fsutil import place_writable, real_path, unwritable_reason
from briefingbook.core.lock import BookLock
from briefingbook.core.model import (
    AGENDA_PRIORITIES,
    AGENDA_STATUSES,
    BRIEF_FIELDS,
    LANGUAGES,
    RECOMMENDATION_STATUSES,
    AgendaItem,
    ChecklistItem,
    RecommendationNote,
    RecommendationState,
    Summit,
)

# Re-exported ("x as x"): these file helpers were first defined here.
from briefingbook.core.sqlitefile import atomic_write_file as atomic_write_file
from briefingbook.core.sqlitefile import inserted_id as inserted_id
from briefingbook.core.sqlitefile import memory_connection as memory_connection
from briefingbook.core.sqlitefile import memory_connection_image as memory_connection_image
from briefingbook.core.sqlitefile import no_side_files, tidy_side_files
from briefingbook.core.sqlitefile import plain_image as plain_image
from briefingbook.core.sqlitefile import remove_interrupted_saves as remove_interrupted_saves
from briefingbook.core.sqlitefile import write_plain_file as write_plain_file

SQLITE_HEADER = b"SQLite format 3\x00"
BOOK_SUFFIX = ".bbook"
SUMMIT_FIELDS = ("title", "place", "date", "delegation", "marking", "language")
AGENDA_FIELDS = ("title", "priority", "status", *BRIEF_FIELDS)
CHECKLIST_FIELDS = ("title", "owner", "notes", "offset_days", "phase", "phase_title")
# An encrypted book is saved this long after an edit (plus the save itself, well under a
# second): a crash or kill loses at most the last 2 seconds of edits.
FLUSH_DELAY = 1.0

log = logging.getLogger("briefingbook.book")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _uuid() -> str:
    return str(uuidlib.uuid4())


def default_author() -> str:
    """The name changes are recorded under when none is set: ``BRIEFINGBOOK_AUTHOR``, else the
    computer's user name."""
    if os.environ.get("BRIEFINGBOOK_AUTHOR", "").strip():
        return os.environ["BRIEFINGBOOK_AUTHOR"].strip()
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


def parse_date(text: str | dt.date) -> dt.date:
    """An ISO date (YYYY-MM-DD), or InvalidInputError naming the bad value."""
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInputError(f"date {text!r} is not a valid date in the form YYYY-MM-DD") from None


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInputError(f"language {language!r} must be one of: {', '.join(LANGUAGES)}")
    return language


def sniff(path: Path) -> str:
    """``"sqlite"`` or ``"encrypted"`` for a book file; a clear BookError for anything else."""
    if not path.exists():
        raise BookError(f"{path}: no such book file")
    if path.is_dir():
        raise NotABookError(f"{path} is a folder, not a BriefingBook book")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BookError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if header == SQLITE_HEADER:
        return "sqlite"
    if crypto.is_encrypted(header):
        return "encrypted"
    raise NotABookError(f"{path} is not a BriefingBook book (it is not an SQLite database or an encrypted book)")


def check_encrypted_header(path: Path) -> None:
    """BookDamagedError (naming the newest backup) when an encrypted book's header or length
    shows it is damaged or hostile; no key is derived and nothing is written."""
    try:
        with path.open("rb") as handle:
            head = handle.read(crypto.HEADER_SIZE)
        size = path.stat().st_size
    except OSError as exc:
        raise BookError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        crypto.read_header(head, path.name, size=size)
    except BookDamagedError as exc:
        raise _damaged(path, str(exc).removeprefix(path.name).lstrip()) from None


def _file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns)


def _private_copy(path: Path) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    """A copy of a plain book and its WAL in a private temporary folder (for reading a book in
    a place this user cannot write). Copied again when the book or WAL changed meanwhile."""
    folder = tempfile.TemporaryDirectory(prefix="briefingbook-readonly-")
    target = Path(folder.name) / "book.bbook"
    wal, target_wal = Path(f"{path}-wal"), Path(f"{target}-wal")
    try:
        for _attempt in range(5):
            before = (_file_stamp(path), _file_stamp(wal))
            shutil.copyfile(path, target)
            if before[1] is not None:
                with contextlib.suppress(FileNotFoundError):
                    shutil.copyfile(wal, target_wal)
            if (_file_stamp(path), _file_stamp(wal)) == before:
                break
            with contextlib.suppress(FileNotFoundError):
                target_wal.unlink()
    except OSError as exc:
        folder.cleanup()
        raise BookError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return folder, target


def _sqlite_error(exc: sqlite3.Error, path: Path, doing: str) -> BookError:
    """The core's error for an SQLite error on the book at ``path`` (by error code)."""
    if isinstance(exc, sqlite3.DatabaseError) and (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
    ):
        return _damaged(path, f"is damaged ({exc}); {doing}")
    return from_sqlite(exc, path.name, doing) or BookError(f"{path}: {doing} ({exc})")


def _damaged(
    path: Path, detail: str, cls: type[BookDamagedError | WrongPassphraseError] = BookDamagedError
) -> BookDamagedError | WrongPassphraseError:
    """The error for a damaged book, pointing to its newest good backup when there is one."""
    newest = None
    with contextlib.suppress(Exception):  # finding a backup must never hide the real problem
        newest = backups.newest_backup(path)
    hint = ""
    if newest is not None:
        hint = (
            f"; the newest good backup is {newest.path}, made {newest.label()}: restore it with "
            f"File > Restore from backup… or `briefingbook restore`"
        )
    return cls(f"{path} {detail}{hint}", backup=newest)


class Book:
    """An open book. Use ``Book.open`` / ``Book.create``; close it (or use ``with``).

    ``readonly`` is True when the book was opened read-only on request or because another window
    or process is writing it; ``readonly_reason`` then says why (None when it was asked for).
    ``encrypted`` books live in memory and are written to their file within ``FLUSH_DELAY`` +
    a moment after each edit, and on ``flush()`` / ``close()``.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        readonly: bool,
        *,
        key: crypto.BookKey | None = None,
        lock: BookLock | None = None,
        readonly_reason: str | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self.readonly_reason = readonly_reason
        self._key = key
        self._lock = lock
        self._edit_lock = threading.RLock()  # one edit, serialize or backup at a time
        self._flush_lock = threading.Lock()  # one save of an encrypted book at a time
        self._timer_mutex = threading.Lock()
        self._timer: threading.Timer | None = None
        self._edits = 0
        self._saved_marker = self.change_marker()
        self._backup_marker: tuple[int, int] | None = None
        self._draft = False
        self.author = default_author()  # recorded with every change (the window sets it from Preferences)
        # False while a new book is being filled (``create``'s populate): making a book is one
        # entry in its history (the summit added), not one per row the template put in.
        self.recording = True
        self.closed = False
        self.last_backup: backups.Backup | None = None  # made by this session, newest
        self.backup_pending = False  # open(backup="later"): the on-open backup is still to make
        self.backup_error: BookError | None = None  # why the backup on open failed, if it did
        self.save_error: BookError | None = None  # why the last background save failed, if it did
        # Called with no arguments after each committed transaction (the UI session turns the
        # change log's new rows into one "changed" signal); a listener must not raise.
        self.commit_listeners: list[Callable[[], None]] = []
        self._private: tempfile.TemporaryDirectory[str] | None = None  # private copy read in a read-only place
        self._tidy_on_close = False  # read-only, and the book had no -wal/-shm when it was opened

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    # -- opening and creating ----------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        readonly: bool = False,
        passphrase: str | None = None,
        *,
        backup: bool | str = True,
        _key: crypto.BookKey | None = None,
    ) -> "Book":
        """Open a book. Asked for writing, it takes the book's lock; when another window or process
        holds it the book opens read-only instead (``readonly_reason`` says why). Encrypted books
        need ``passphrase`` (PassphraseRequiredError without one, WrongPassphraseError when it
        does not open them). ``backup`` makes the on-open backup (and one before a migration);
        ``"later"`` leaves the on-open one to ``backup_if_pending`` (a migration's is never left).
        """
        path = real_path(path)  # a link opens, locks, saves and backs up the book it points to
        kind = sniff(path)
        if kind == "encrypted":
            check_encrypted_header(path)  # a damaged file is said to be damaged before any passphrase
        if kind == "encrypted" and passphrase is None and _key is None:
            raise PassphraseRequiredError(f"{path.name} is encrypted; enter its passphrase to open it")
        lock, reason = None, None
        if not readonly:
            why = unwritable_reason(path)
            if why is not None:
                readonly, reason = True, why  # "… is a read-only file": the window and messages add "read-only"
            else:
                lock, reason = lock_mod.acquire(path)
                readonly = lock is None
        try:
            if lock is not None:
                remove_interrupted_saves(path)
            if kind == "encrypted":
                return cls._open_encrypted(path, readonly, passphrase, _key, lock, reason, backup)
            return cls._open_plain(path, readonly, lock, reason, backup)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @staticmethod
    def _connect(path: Path, mode: str) -> sqlite3.Connection:
        try:
            return sqlite3.connect(
                f"{path.as_uri()}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, path, "it was not opened") from exc

    @classmethod
    def _check_plain(cls, path: Path, source: Path | None = None) -> None:
        """Verify a plain book on a read-only connection. Closing a read-only connection never
        folds the WAL into the book or deletes it, so a refused book and its WAL stay byte for
        byte as they were."""
        source = source or path
        fresh = no_side_files(source)
        conn = cls._connect(source, "ro")
        try:
            cls._verify(conn, path)
        except sqlite3.OperationalError as exc:
            raise _sqlite_error(exc, path, "it was not opened and not changed") from exc
        except sqlite3.DatabaseError as exc:
            raise _damaged(path, f"is damaged ({exc}); it was not changed") from exc
        finally:
            conn.close()
            if fresh:  # a refused (or checked) book leaves no empty -wal/-shm beside it
                tidy_side_files(source)

    @classmethod
    def _verify_refusing(cls, conn: sqlite3.Connection, path: Path) -> None:
        try:
            cls._verify(conn, path)
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:
            raise _damaged(path, f"is damaged ({exc}); it was not changed") from exc

    @classmethod
    def _open_plain(
        cls, path: Path, readonly: bool, lock: BookLock | None, reason: str | None, backup: bool | str
    ) -> "Book":
        private = None
        source = path
        if readonly and not place_writable(path):
            # SQLite would need to create -wal/-shm files beside the book, which this user cannot
            # (or, as root with the write bits off, must not): read a private copy of the book and
            # its WAL instead (never ``immutable=1``, which would ignore the WAL's committed edits).
            private, source = _private_copy(path)
        # With a WAL beside the book (after a crash, or while another computer writes it), check
        # the book on a read-only connection: a read-write one would fold the WAL into the book
        # when it closes, even to refuse it. Without one, the read-write connection checks it
        # (and removes the empty WAL it made when it closes).
        checked = readonly or Path(f"{source}-wal").exists()
        # A read-only connection makes an empty -wal and -shm beside a WAL-mode book and leaves
        # them when it closes: when there were none, they are tidied away on close.
        tidy = readonly and private is None and no_side_files(source)
        try:
            if checked:
                cls._check_plain(path, source)
            conn = cls._connect(source, "ro" if readonly else "rw")
        except BaseException:
            if private is not None:
                private.cleanup()
            raise
        conn.row_factory = sqlite3.Row

        def close_refused() -> None:
            conn.close()
            if tidy:
                tidy_side_files(source)

        try:
            if not checked:
                cls._verify_refusing(conn, path)
            book = cls(conn, path, readonly, lock=lock, readonly_reason=reason)
            book._private = private
            book._tidy_on_close = tidy
            if not readonly:
                book._backup_on_open(backup)
                migrations.migrate(conn, path.name)
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.OperationalError as exc:  # locked, disk I/O, a failed migration: not damage
            close_refused()
            raise _sqlite_error(exc, path, "it was not opened") from exc
        except sqlite3.DatabaseError as exc:
            close_refused()
            raise _damaged(path, f"is damaged ({exc})") from exc
        except BaseException:
            close_refused()
            if private is not None:
                private.cleanup()
            raise
        return book

    @classmethod
    def _open_encrypted(
        cls,
        path: Path,
        readonly: bool,
        passphrase: str | None,
        key: crypto.BookKey | None,
        lock: BookLock | None,
        reason: str | None,
        backup: bool | str,
    ) -> "Book":
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BookError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        try:
            plaintext, key = crypto.unlock(data, passphrase, path.name, known=key)
        except BookDamagedError as exc:  # cut short, or a header no BriefingBook writes
            raise _damaged(path, str(exc).removeprefix(path.name).lstrip()) from None
        except WrongPassphraseError:
            raise _damaged(
                path, "was not opened: wrong passphrase or damaged file (nothing was changed)", WrongPassphraseError
            ) from None
        try:
            conn = memory_connection(plaintext)
        except sqlite3.Error as exc:
            raise _damaged(path, f"is damaged ({exc}); it was not changed") from exc
        del plaintext
        conn.row_factory = sqlite3.Row
        try:
            cls._verify(conn, path)
            book = cls(conn, path, readonly, key=key, lock=lock, readonly_reason=reason)
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                book._backup_on_open(backup)
                if migrations.migrate(conn, path.name):
                    book._edits += 1
                    book.flush()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _damaged(path, f"is damaged ({exc}); it was not changed") from exc
        except BaseException:
            conn.close()
            raise
        return book

    def _backup_on_open(self, enabled: bool | str) -> None:
        """The on-open backup (a pre-migration one when the book is about to be upgraded).
        ``enabled == "later"``: a book that needs no upgrade is backed up when the caller calls
        ``backup_if_pending`` (the window does it after its first paint, issue 19)."""
        if not enabled:
            return
        if migrations.user_version(self._conn) < migrations.CURRENT_VERSION:
            backups.backup_before(self, "migration")  # no backup, no migration
            return
        if enabled == "later":
            self.backup_pending = True
            return
        self.backup_if_pending(force=True)

    def backup_if_pending(self, force: bool = False) -> None:
        """Make the on-open backup that ``open(backup="later")`` left for later (once)."""
        if not (force or self.backup_pending) or self.closed:
            return
        self.backup_pending = False
        try:
            backups.backup_on_open(self)  # none when the newest backup already holds this content
        except BookError as exc:
            # The book still opens; the window can show ``backup_error``.
            self.backup_error = exc
            log.warning("backup on open failed for %s: %s", self.path.name, exc)

    @staticmethod
    def _verify(conn: sqlite3.Connection, path: Path) -> None:
        """Checks that write nothing: format version, book shape, and SQLite's quick check."""
        version = migrations.check_version(conn, path.name)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 or "book_info" not in tables or "summit" not in tables:
            raise NotABookError(f"{path} is an SQLite database but not a BriefingBook book")
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise _damaged(path, f"is damaged (SQLite reports: {result}); it was not changed")

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        title: str,
        date: str | dt.date,
        place: str = "",
        delegation: str = "",
        marking: str = "",
        language: str = "en",
        overwrite: bool = False,
        populate: Callable[["Book"], None] | None = None,
        passphrase: str | None = None,
        author: str | None = None,
    ) -> "Book":
        """Write a new book at ``path`` and open it.

        The book is built under a temporary name in the same folder (``populate`` may fill it
        there) and renamed into place only when complete, so no half-made book is ever seen.
        With ``passphrase`` the book is encrypted: it is built in memory and only its sealed
        form is ever written. The history records one change, the summit added by ``author``
        (default: ``default_author()``); what ``populate`` adds is part of that creation.
        """
        path = real_path(path)  # overwriting through a link replaces the book it points to
        title = title.strip()
        if not title:
            raise InvalidInputError("a book needs a summit title")
        summit_date = parse_date(date)
        _check_language(language)
        marking = markings.check(marking)
        if passphrase is not None:
            crypto.check_new_passphrase(passphrase)
        if path.exists() and not overwrite:
            raise BookError(f"{path} already exists; choose another name (nothing was changed)")
        if not path.parent.is_dir():
            raise BookError(f"{path.parent}: no such folder")
        book_uuid = _uuid()

        def initialise(conn: sqlite3.Connection) -> None:
            migrations.migrate(conn, path.name)
            now = _now()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE change_context SET author = ?, txn = ? WHERE id = 1", (author or default_author(), _uuid())
            )
            conn.executemany(
                "INSERT INTO book_info (key, value) VALUES (?, ?)",
                [("uuid", book_uuid), ("created_at", now), ("created_by", f"BriefingBook {__version__}")],
            )
            conn.execute(
                "INSERT INTO summit (id, title, place, date, delegation, marking, language, updated_at) "
                "VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (title, place.strip(), summit_date.isoformat(), delegation.strip(), marking.strip(), language, now),
            )
            conn.execute("COMMIT")

        if passphrase is not None:
            key = crypto.BookKey.new(passphrase, book_uuid)
            conn = memory_connection()
            conn.row_factory = sqlite3.Row
            try:
                initialise(conn)
                conn.execute("PRAGMA foreign_keys = ON")
                if populate is not None:
                    draft = cls(conn, path, False, key=key)
                    draft._draft = True  # nothing is saved until the whole book is made
                    draft.recording = False
                    populate(draft)
                sealed = key.seal(memory_connection_image(conn))
            except sqlite3.Error as exc:
                raise BookError(f"{path}: cannot be created ({exc})") from exc
            finally:
                conn.close()
            try:
                atomic_write_file(path, sealed)
            except OSError as exc:
                raise BookError(f"{path}: cannot be created ({exc.strerror or exc})") from exc
            return cls.open(path, backup=False, _key=key)

        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            tmp.unlink()  # sqlite creates the file itself
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                initialise(conn)
            finally:
                conn.close()
            if populate is not None:
                with cls.open(tmp, backup=False) as draft:
                    draft.recording = False
                    populate(draft)
            # Leave the file self-contained (WAL folded in) before it takes its real name.
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            raise BookError(f"{path}: cannot be created ({exc})") from exc
        finally:
            for leftover in (
                tmp,
                Path(f"{tmp}-wal"),
                Path(f"{tmp}-shm"),
                Path(f"{tmp}-journal"),
                lock_mod.lock_path(tmp),
            ):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return cls.open(path, backup=False)

    # -- saving (encrypted books) and closing ------------------------------------------------------
    # The backup API (``core/backups.py``): what a backup copies and when the book last had one.
    @property
    def key(self) -> crypto.BookKey | None:
        """The key an encrypted book is sealed with (None for a plain book)."""
        return self._key

    def change_marker(self) -> tuple[int, int]:
        """Changes so far: edits through ``transaction()`` and rows changed on the connection."""
        return (self._edits, self._conn.total_changes)

    def changed_since_backup(self) -> bool:
        return self._backup_marker is None or self.change_marker() != self._backup_marker

    def record_backup(self, marker: tuple[int, int], backup: backups.Backup | None) -> None:
        """``backup`` (a ``backups.Backup``) holds the book as it was at ``marker``."""
        self._backup_marker = marker
        self.last_backup = backup

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[sqlite3.Connection]:
        """The connection, with no edit, save or other copy running meanwhile (for copying it)."""
        with self._edit_lock:
            yield self._conn

    @property
    def dirty(self) -> bool:
        """An encrypted book has edits not yet written to its file (plain books: always False)."""
        return self._key is not None and not self.readonly and self.change_marker() != self._saved_marker

    def image(self) -> bytes:
        """The whole database, serialized (for saving, backups and copies)."""
        with self._edit_lock:
            if self._key is not None:
                return memory_connection_image(self._conn)
            mem = memory_connection()
            try:
                self._conn.backup(mem)
                return memory_connection_image(mem)
            finally:
                mem.close()

    def flush(self) -> None:
        """Write an encrypted book's edits to its file now (encrypted, then renamed into place).

        Plain books are written at every commit, so this does nothing for them. On failure
        (disk full…) a BookError says so; the edits stay in memory and the next save retries.
        """
        with self._flush_lock:
            self._flush_locked()

    def _flush_locked(self) -> None:
        if self._key is None or self.readonly or self.closed or self._draft:
            return
        with self._edit_lock:
            marker = self.change_marker()
            if marker == self._saved_marker:
                return
            image = memory_connection_image(self._conn)
        try:
            atomic_write_file(self.path, self._key.seal(image))
        except OSError as exc:
            raise from_os_error(
                exc,
                self.path.name,
                "the book could not be saved; your edits are kept in memory "
                "and saved again with the next edit or when the book closes",
            ) from exc
        self._saved_marker = marker

    def _schedule_flush(self) -> None:
        if self._key is None or self._draft:
            return
        with self._timer_mutex:
            if self._timer is None and not self.closed:
                timer = threading.Timer(FLUSH_DELAY, self._flush_from_timer)
                timer.daemon = True
                self._timer = timer
                timer.start()

    def _flush_from_timer(self) -> None:
        with self._timer_mutex:
            self._timer = None
        try:
            self.flush()
            self.save_error = None
        except BookError as exc:
            self.save_error = exc
            log.warning("saving %s failed: %s", self.path.name, exc)
            self._schedule_flush()

    def replace_file(self, data: bytes) -> None:
        """Close the book and put ``data`` in place of its file (atomic rename), e.g. the book
        sealed with a new key; the lock is released whether or not the write succeeds."""
        with self._flush_lock:
            self.closed = True
            self._conn.close()  # folds the WAL of a plain book into its file and removes it
            try:
                atomic_write_file(self.path, data)
            finally:
                if self._lock is not None:
                    self._lock.release()

    def write_sealed(self, key: crypto.BookKey, data: bytes) -> None:
        """Put ``data`` (this encrypted book sealed with ``key``) in place of its file and save
        with ``key`` from now on."""
        with self._flush_lock:
            atomic_write_file(self.path, data)
            self._key = key
            self._saved_marker = self.change_marker()

    def close(self) -> None:
        """Save (encrypted books), close and release the lock. Closing twice does nothing.

        If an encrypted book cannot be saved, BookError is raised and the book stays open.
        """
        if self.closed:
            return
        with self._timer_mutex:
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
        with self._flush_lock:
            self._flush_locked()
            self.closed = True
        self._conn.close()
        if self._tidy_on_close:
            tidy_side_files(self.path)
        if self._private is not None:
            self._private.cleanup()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction per edit (for core modules that own a part of the book)."""
        if self.readonly:
            reason = f" ({self.readonly_reason})" if self.readonly_reason else ""
            raise BookReadOnlyError(f"{self.path.name} is open read-only{reason}; the change was not saved")
        with self._edit_lock, self._sqlite_errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._set_change_context(self.recording)
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._edits += 1
        self._schedule_flush()
        for listener in list(self.commit_listeners):
            listener()

    @contextlib.contextmanager
    def _sqlite_errors(self, doing: str = "the change was not saved") -> Iterator[None]:
        """SQLite errors the environment causes (busy, disk full, I/O, read-only, damaged) as the
        core's BookError classes, chosen by SQLite's error code."""
        try:
            yield
        except sqlite3.Error as exc:
            mapped = from_sqlite(exc, self.path.name, doing)
            if mapped is None:
                raise
            raise mapped from exc

    def _set_change_context(self, recording: bool = True) -> None:
        """Name this edit's author and give its changes one edit id (the change log's ``txn``)."""
        if self._has_change_log():
            self._conn.execute(
                "UPDATE change_context SET author = ?, txn = ?, recording = ? WHERE id = 1",
                (self.author or "", _uuid(), 1 if recording else 0),
            )

    def _has_change_log(self) -> bool:
        if getattr(self, "_change_log", None) is None:
            self._change_log = (
                self._conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_context'"
                ).fetchone()
                is not None
            )
        return self._change_log

    @property
    def connection(self) -> sqlite3.Connection:
        """For core modules (search, checks) only; the UI never runs SQL."""
        return self._conn

    def save_copy(self, target: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """A complete copy of the book at ``target`` (written whole, then renamed into place).

        A copy of an encrypted book is encrypted with the same passphrase; a plain book's copy
        is a plain book. The copy keeps the book's uuid (and so shares its backups folder).
        """
        target = real_path(target)
        if target.exists() and not overwrite:
            raise BookError(f"{target} already exists; choose another name (nothing was changed)")
        if not target.parent.is_dir():
            raise BookError(f"{target.parent}: no such folder")
        if target == self.path:
            raise BookError(f"{target} is this book itself; choose another name (nothing was changed)")
        image = self.image()
        data = self._key.seal(image) if self._key is not None else None
        try:
            if data is not None:
                atomic_write_file(target, data)
            else:
                write_plain_file(target, image)
        except (OSError, sqlite3.Error) as exc:
            raise BookError(f"{target}: the copy could not be written ({exc})") from exc
        return target

    def info(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._conn.execute("SELECT key, value FROM book_info")}

    @property
    def uuid(self) -> str:
        return self.info()["uuid"]

    def integrity_check(self) -> str:
        """SQLite's full integrity check: ``"ok"`` or the first problem found."""
        result: str = self._conn.execute("PRAGMA integrity_check").fetchone()[0]
        return result

    # -- summit ---------------------------------------------------------------------------------
    def summit(self) -> Summit:
        r = self._conn.execute("SELECT * FROM summit WHERE id = 1").fetchone()
        return Summit(
            r["title"], r["place"], dt.date.fromisoformat(r["date"]), r["delegation"], r["marking"], r["language"]
        )

    def update_summit(self, *, keep_program: bool = False, **fields: Any) -> Summit:
        """Change summit fields in one transaction. A new date moves the program by the same
        number of days (its checklist follows by itself, being stored relative to the date),
        unless ``keep_program``."""
        unknown = set(fields) - set(SUMMIT_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown summit field(s): {', '.join(sorted(unknown))}")
        if "date" in fields:
            fields["date"] = parse_date(fields["date"]).isoformat()
        if "language" in fields:
            _check_language(fields["language"])
        if "marking" in fields:
            fields["marking"] = markings.check(fields["marking"])
        if "title" in fields and not str(fields["title"]).strip():
            raise InvalidInputError("the summit title cannot be empty")
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self.transaction() as conn:
                before = dt.date.fromisoformat(conn.execute("SELECT date FROM summit WHERE id = 1").fetchone()[0])
                conn.execute(
                    f"UPDATE summit SET {assignments}, updated_at = ? WHERE id = 1", (*fields.values(), _now())
                )
                if "date" in fields and not keep_program:
                    program.shift_program(conn, (dt.date.fromisoformat(fields["date"]) - before).days)
        return self.summit()

    # -- agenda ---------------------------------------------------------------------------------
    @staticmethod
    def _agenda_item(r: sqlite3.Row) -> AgendaItem:
        return AgendaItem(
            r["id"],
            r["uuid"],
            r["position"],
            r["issue_area"],
            r["title"],
            r["priority"],
            r["status"],
            *(r[name] for name in BRIEF_FIELDS),
        )

    def agenda(self) -> list[AgendaItem]:
        rows = self._conn.execute("SELECT * FROM agenda_items ORDER BY position, id")
        return [self._agenda_item(r) for r in rows]

    def agenda_item(self, item_id: int) -> AgendaItem:
        r = self._conn.execute("SELECT * FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no agenda item {item_id}")
        return self._agenda_item(r)

    def add_agenda_item(
        self, title: str, issue_area: str | None = None, priority: str = "medium", **brief: str
    ) -> AgendaItem:
        """Append an item to the agenda (``issue_area`` is a reference slug, None for a custom item)."""
        if not title.strip():
            raise InvalidInputError("an agenda item needs a title")
        self._check_choice("priority", priority, AGENDA_PRIORITIES)
        unknown = set(brief) - set(BRIEF_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown brief field(s): {', '.join(sorted(unknown))}")
        now = _now()
        with self.transaction() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM agenda_items").fetchone()[0]
            columns = ["uuid", "position", "issue_area", "title", "priority", *brief, "created_at", "updated_at"]
            values = [_uuid(), position, issue_area, title.strip(), priority, *brief.values(), now, now]
            cur = conn.execute(
                f"INSERT INTO agenda_items ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
            )
        return self.agenda_item(inserted_id(cur))

    def update_agenda_item(self, item_id: int, **fields: str) -> AgendaItem:
        unknown = set(fields) - set(AGENDA_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown agenda field(s): {', '.join(sorted(unknown))}")
        if "priority" in fields:
            self._check_choice("priority", fields["priority"], AGENDA_PRIORITIES)
        if "status" in fields:
            self._check_choice("status", fields["status"], AGENDA_STATUSES)
        if "title" in fields and not fields["title"].strip():
            raise InvalidInputError("an agenda item needs a title")
        self.agenda_item(item_id)
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self.transaction() as conn:
                conn.execute(
                    f"UPDATE agenda_items SET {assignments}, updated_at = ? WHERE id = ?",
                    (*fields.values(), _now(), item_id),
                )
        return self.agenda_item(item_id)

    def remove_agenda_item(self, item_id: int) -> None:
        self.agenda_item(item_id)
        with self.transaction() as conn:
            # The others keep their positions (order is by position, gaps allowed): a removal
            # is one change in the book's history, not one per item that followed it.
            conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))

    def move_agenda_item(self, item_id: int, new_index: int) -> list[AgendaItem]:
        """Put the item at ``new_index`` (0-based, clamped) in agenda order."""
        order = [item.id for item in self.agenda()]
        if item_id not in order:
            raise NotFoundError(f"no agenda item {item_id}")
        order.remove(item_id)
        order.insert(max(0, min(new_index, len(order))), item_id)
        current = {item.id: item.position for item in self.agenda()}
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?",
                [(pos, _now(), i) for pos, i in enumerate(order) if current[i] != pos],
            )
        return self.agenda()

    @staticmethod
    def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            raise InvalidInputError(f"{name} {value!r} must be one of: {', '.join(allowed)}")

    def link_recommendation(self, item_id: int, rec_id: str) -> list[str]:
        """Attach a recommendation to an agenda item (beyond its issue area's own); idempotent."""
        self.agenda_item(item_id)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO agenda_links (agenda_item_id, recommendation_id, created_at) VALUES (?, ?, ?)",
                (item_id, rec_id, _now()),
            )
        return self.linked_recommendations(item_id)

    def unlink_recommendation(self, item_id: int, rec_id: str) -> list[str]:
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM agenda_links WHERE agenda_item_id = ? AND recommendation_id = ?", (item_id, rec_id)
            )
        return self.linked_recommendations(item_id)

    def linked_recommendations(self, item_id: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT recommendation_id FROM agenda_links WHERE agenda_item_id = ? "
            "ORDER BY created_at, recommendation_id",
            (item_id,),
        )
        return [r[0] for r in rows]

    # -- recommendation status ------------------------------------------------------------------
    def recommendation_state(self, rec_id: str) -> RecommendationState:
        r = self._conn.execute(
            "SELECT status FROM recommendation_status WHERE recommendation_id = ?", (rec_id,)
        ).fetchone()
        notes = tuple(
            RecommendationNote(n["id"], n["recommendation_id"], dt.date.fromisoformat(n["noted_on"]), n["note"])
            for n in self._conn.execute(
                "SELECT * FROM recommendation_notes WHERE recommendation_id = ? ORDER BY noted_on, id", (rec_id,)
            )
        )
        return RecommendationState(rec_id, r["status"] if r else "not_started", notes)

    def recommendation_statuses(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT recommendation_id, status FROM recommendation_status")}

    def set_recommendation_status(self, rec_id: str, status: str) -> RecommendationState:
        self._check_choice("status", status, RECOMMENDATION_STATUSES)
        if self.recommendation_state(rec_id).status == status:
            return self.recommendation_state(rec_id)  # no change, no entry in the book's history
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO recommendation_status (recommendation_id, status, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (recommendation_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
                (rec_id, status, _now()),
            )
        return self.recommendation_state(rec_id)

    def add_recommendation_note(
        self, rec_id: str, note: str, noted_on: str | dt.date | None = None
    ) -> RecommendationState:
        if not note.strip():
            raise InvalidInputError("a note cannot be empty")
        day = parse_date(noted_on) if noted_on else dt.date.today()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO recommendation_notes (uuid, recommendation_id, noted_on, note, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (_uuid(), rec_id, day.isoformat(), note.strip(), _now()),
            )
        return self.recommendation_state(rec_id)

    def note_recommendation_id(self, note_id: int) -> str:
        """The recommendation a dated note belongs to."""
        row = self._conn.execute(
            "SELECT recommendation_id FROM recommendation_notes WHERE id = ?", (note_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no recommendation note {note_id}")
        rec_id: str = row[0]
        return rec_id

    def remove_recommendation_note(self, note_id: int) -> None:
        with self.transaction() as conn:
            if conn.execute("DELETE FROM recommendation_notes WHERE id = ?", (note_id,)).rowcount == 0:
                raise NotFoundError(f"no recommendation note {note_id}")

    # -- checklist ------------------------------------------------------------------------------
    @staticmethod
    def _checklist_item(r: sqlite3.Row, summit_date: dt.date) -> ChecklistItem:
        return ChecklistItem(
            r["id"],
            r["uuid"],
            r["template_id"],
            r["phase"],
            r["phase_title"],
            r["offset_days"],
            r["title"],
            r["owner"],
            r["position"],
            r["done_at"],
            r["notes"],
            due_date(summit_date, r["offset_days"]),
        )

    def checklist(self) -> list[ChecklistItem]:
        """Every item with its due date from the current summit date, in due order."""
        summit_date = self.summit().date
        rows = self._conn.execute("SELECT * FROM checklist_items ORDER BY offset_days, position, id")
        return [self._checklist_item(r, summit_date) for r in rows]

    def checklist_item(self, item_id: int) -> ChecklistItem:
        r = self._conn.execute("SELECT * FROM checklist_items WHERE id = ?", (item_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no checklist item {item_id}")
        return self._checklist_item(r, self.summit().date)

    def add_checklist_item(
        self,
        title: str,
        offset_days: int,
        phase: str = "custom",
        phase_title: str = "",
        owner: str = "",
        template_id: str | None = None,
    ) -> ChecklistItem:
        if not title.strip():
            raise InvalidInputError("a checklist item needs a title")
        now = _now()
        with self.transaction() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM checklist_items").fetchone()[0]
            cur = conn.execute(
                "INSERT INTO checklist_items (uuid, template_id, phase, phase_title, offset_days, title, owner, "
                "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _uuid(),
                    template_id,
                    phase,
                    phase_title,
                    int(offset_days),
                    title.strip(),
                    owner.strip(),
                    position,
                    now,
                    now,
                ),
            )
        return self.checklist_item(inserted_id(cur))

    def apply_checklist_template(self, template: Template, language: str | None = None) -> int:
        """Add every template item not yet in the book (one transaction); returns how many were added."""
        lang = language or self.summit().language
        present = {
            r[0] for r in self._conn.execute("SELECT template_id FROM checklist_items WHERE template_id IS NOT NULL")
        }
        now = _now()
        rows = []
        with self.transaction() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM checklist_items").fetchone()[0]
            for item in template.items:
                if item.id in present:
                    continue
                rows.append(
                    (
                        _uuid(),
                        item.id,
                        item.phase,
                        template.phase(item.phase).title(lang),
                        item.offset_days,
                        item.title(lang),
                        item.owner(lang),
                        position,
                        now,
                        now,
                    )
                )
                position += 1
            conn.executemany(
                "INSERT INTO checklist_items (uuid, template_id, phase, phase_title, offset_days, title, owner, "
                "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def update_checklist_item(self, item_id: int, **fields: Any) -> ChecklistItem:
        unknown = set(fields) - set(CHECKLIST_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown checklist field(s): {', '.join(sorted(unknown))}")
        if "title" in fields and not str(fields["title"]).strip():
            raise InvalidInputError("a checklist item needs a title")
        self.checklist_item(item_id)
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self.transaction() as conn:
                conn.execute(
                    f"UPDATE checklist_items SET {assignments}, updated_at = ? WHERE id = ?",
                    (*fields.values(), _now(), item_id),
                )
        return self.checklist_item(item_id)

    def set_checklist_done(self, item_id: int, done: bool = True, when: dt.datetime | None = None) -> ChecklistItem:
        self.checklist_item(item_id)
        stamp = None
        if done:
            stamp = (when or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE checklist_items SET done_at = ?, updated_at = ? WHERE id = ?", (stamp, _now(), item_id)
            )
        return self.checklist_item(item_id)

    def remove_checklist_item(self, item_id: int) -> None:
        self.checklist_item(item_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM checklist_items WHERE id = ?", (item_id,))

    # -- counts ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return int(self._conn.execute(sql).fetchone()[0])

        return {
            "agenda": count("SELECT count(*) FROM agenda_items"),
            "checklist": count("SELECT count(*) FROM checklist_items"),
            "checklist_done": count("SELECT count(*) FROM checklist_items WHERE done_at IS NOT NULL"),
            "recommendation_statuses": count("SELECT count(*) FROM recommendation_status"),
            "recommendation_notes": count("SELECT count(*) FROM recommendation_notes"),
        }
