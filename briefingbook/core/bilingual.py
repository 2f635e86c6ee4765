"""An agenda item's brief in both languages.

The book's own language holds the brief in ``agenda_items``; the other language (English or
Spanish) is kept field by field in ``agenda_item_versions``. Bilingual packets put the two
side by side; search indexes both.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.model import BRIEF_FIELDS, LANGUAGES

if TYPE_CHECKING:
    from briefingbook.core.book import Book

VERSION_FIELDS = ("title", *BRIEF_FIELDS)


def other_language(lang: str) -> str:
    return "es" if lang == "en" else "en"


def _check(field: str, lang: str) -> None:
    if field not in VERSION_FIELDS:
        raise InvalidInputError(f"unknown brief field {field!r}")
    if lang not in LANGUAGES:
        raise InvalidInputError(f"language {lang!r} must be one of: {', '.join(LANGUAGES)}")


def texts(book: Book, item_id: int, lang: str) -> dict[str, str]:
    """Every brief field (and the title) of the item in ``lang``; empty strings where unwritten."""
    item = book.agenda_item(item_id)
    if lang == book.summit().language:
        return {field: getattr(item, field) for field in VERSION_FIELDS}
    rows = book.connection.execute(
        "SELECT field, text FROM agenda_item_versions WHERE agenda_item_id = ? AND language = ?", (item_id, lang)
    )
    stored = {r[0]: r[1] for r in rows}
    return {field: stored.get(field, "") for field in VERSION_FIELDS}


def set_texts(book: Book, item_id: int, lang: str, **fields: str) -> dict[str, str]:
    """Save fields of the item in ``lang`` (one transaction); the book's language edits the item itself."""
    for field in fields:
        _check(field, lang)
    if lang == book.summit().language:
        if "title" in fields and not fields["title"].strip():
            raise InvalidInputError("an agenda item needs a title")
        book.update_agenda_item(item_id, **fields)
        return texts(book, item_id, lang)
    book.agenda_item(item_id)  # NotFoundError for an unknown item
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    stored = texts(book, item_id, lang)
    # Saving what is already there (an empty field left empty, say) is no change, and no entry
    # in the book's history.
    fields = {field: text for field, text in fields.items() if text != stored.get(field, "")}
    if not fields:
        return stored
    with book.transaction() as conn:
        for field, text in fields.items():
            conn.execute(
                "INSERT INTO agenda_item_versions (agenda_item_id, language, field, text, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (agenda_item_id, language, field) "
                "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                (item_id, lang, field, text, now),
            )
    return texts(book, item_id, lang)


def has_version(book: Book, item_id: int, lang: str) -> bool:
    """True when anything of the item is written in ``lang``."""
    try:
        return any(text.strip() for text in texts(book, item_id, lang).values())
    except NotFoundError:
        return False
