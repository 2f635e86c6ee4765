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
