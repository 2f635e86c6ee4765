"""Errors the user's environment causes, each carrying one clear sentence for the user.

Anything not derived from BriefingBookError is a bug and goes to the crash handler.
"""

from __future__ import annotations


class BriefingBookError(Exception):
    """Base class: ``str(error)`` is a complete sentence fit to show a user."""


class BookError(BriefingBookError):
    """A book file cannot be opened or written as asked."""


class NotABookError(BookError):
    """The file is not a BriefingBook book (not SQLite, or SQLite without a book schema)."""


class BookTooNewError(BookError):
    """The book was written by a newer BriefingBook with a schema this version does not know."""


class BookReadOnlyError(BookError):
    """An edit was attempted on a book opened read-only."""


class ReferenceDataError(BriefingBookError):
    """The bundled reference database is missing, damaged or lacks a record."""


class NotFoundError(BriefingBookError):
    """A record named by id (series slug, recommendation, agenda item…) does not exist."""


class InvalidInputError(BriefingBookError):
    """A value given by the user (date, language, field name…) is not acceptable."""


class ImportFileError(BriefingBookError):
    """A file offered for import is not usable indicator data; nothing was written.

    ``file`` names it; ``problems`` holds ``(row or None, problem)`` pairs, first one first, for
    an import dialog to list by row (``str(error)`` already names file, row and first problem).
    """

    def __init__(self, message: str, file: str = "", problems: tuple[tuple[int | None, str], ...] = ()) -> None:
        super().__init__(message)
        self.file = file
        self.problems = problems


class BookDamagedError(BookError):
    """SQLite finds the book damaged; nothing was written to it.

    ``backup`` is the newest good backup of the book (a ``backups.Backup``) or None, so a dialog
    can offer to restore it (``str(error)`` already names it).
    """

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup


class PassphraseRequiredError(BookError):
    """The book is encrypted and was opened without a passphrase: ask the user for one."""


class WrongPassphraseError(BookError):
    """The passphrase does not open the encrypted book, or the file was altered or damaged.

    AES-GCM cannot tell the two apart; either way nothing was read or changed. ``backup`` is
    the newest backup of the book (or None), as for BookDamagedError.
    """

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup


class BookLockedError(BookError):
    """An operation that needs the book to itself (restore, encrypt…) found it open elsewhere."""


class BookBusyError(BookError):
    """Another program holds SQLite's lock on the book (SQLITE_BUSY / SQLITE_LOCKED)."""


class DiskFullError(BookError):
    """The disk (or the user's quota) is full (SQLITE_FULL, ENOSPC, EDQUOT)."""


class DiskIOError(BookError):
    """The operating system could not read or write the file (SQLITE_IOERR)."""


class CannotOpenError(BookError):
    """SQLite cannot open the file or the files it needs beside it (SQLITE_CANTOPEN)."""


def from_sqlite(exc: BaseException, name: str, doing: str = "the change was not saved") -> BookError | None:
    """The BookError for an SQLite error, chosen by its error code (never by its message), or
    None for an error that is not the environment's doing (a bug).

    ``name`` is the book's file name; ``doing`` says what did not happen.
    """
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return BookBusyError(f"{name} is locked by another program; {doing}. Try again in a moment")
    if primary == sqlite3.SQLITE_FULL:
        return DiskFullError(f"the disk is full; {doing} ({name}). Free some space and try again")
    if primary == sqlite3.SQLITE_IOERR:
        return DiskIOError(f"{name} could not be read or written (disk error, {exc.sqlite_errorname}); {doing}")
    if primary == sqlite3.SQLITE_READONLY:
        return BookReadOnlyError(f"{name} cannot be written here (a read-only file, folder or disk); {doing}")
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return BookDamagedError(f"{name} is damaged (SQLite reports: {exc}); {doing}")
    if primary == sqlite3.SQLITE_CANTOPEN:
        return CannotOpenError(
            f"{name} cannot be opened (SQLite cannot open the file or the files it keeps beside it); {doing}"
        )
    return None


def from_os_error(exc: OSError, what: str, doing: str) -> BookError:
    """The BookError for an operating-system error writing ``what`` (disk full gets its own class)."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"the disk is full; {doing} ({what}). Free some space and try again")
    return BookError(f"{what}: {doing} ({exc.strerror or exc})")
