"""What File → Open recent shows of a book file without opening it: the summit's title.

Read from a plain book with a read-only connection (no lock, no backup, nothing written); an
encrypted book's title is sealed, so it is not shown (nor kept anywhere in the clear) and the
menu names its file instead.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefingbook.core import crypto


def summit_title_of(path: str | os.PathLike[str]) -> str | None:
    """The summit title of the plain book at ``path``; None for an encrypted, missing, damaged
    or foreign file (the caller shows the file name then)."""
    book = Path(path)
    try:
        with book.open("rb") as handle:
            head = handle.read(max(len(crypto.MAGIC), 16))
    except OSError:
        return None
    if crypto.is_encrypted(head) or not head.startswith(b"SQLite format 3\x00"):
        return None
    try:
        conn = sqlite3.connect(f"{book.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT title FROM summit LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    title = " ".join(str(row[0]).split()) if row and row[0] is not None else ""
    return title or None
