"""Encrypting a plain book, changing an encrypted book's passphrase, and plain copies of
encrypted books: operations on whole book files, beside ``crypto.py`` (the sealing itself).

Each backs the book up first, verifies the sealed result before it replaces the file, and
brings the book's backups along (sealed with the new key).
"""

from __future__ import annotations

import os
import sqlite3
import uuid as uuidlib
from pathlib import Path

from briefingbook.core import backups, crypto
from briefingbook.core.book import Book, sniff
from briefingbook.core.errors import BookError, BookLockedError, BookReadOnlyError
from briefingbook.core.fsutil import real_path, unwritable_reason
from briefingbook.core.sqlitefile import write_plain_file


def _writable(path: Path, passphrase: str | None, what: str) -> Book:
    why = unwritable_reason(path)
    if why is not None:
        raise BookReadOnlyError(f"{why}, so BriefingBook cannot {what} (nothing was changed)")
    book = Book.open(path, passphrase=passphrase)
    if book.readonly:
        reason = book.readonly_reason or "it is open elsewhere"
        book.close()
        raise BookLockedError(f"{reason}; close it there before you {what} (nothing was changed)")
    return book


def encrypt_book(path: str | os.PathLike[str], passphrase: str) -> None:
    """Encrypt a plain book in place with ``passphrase``.

    The book is backed up first (the on-open backup), the sealed file is verified before it
    replaces the plain one (atomic rename), and the book's earlier plain backups are then sealed
    with the new key, so no plaintext copy stays in the backups folder. (Blocks the plain file
    once used on the disk are not wiped: create a book with a passphrase to never have any.)
    """
    path = real_path(path)  # a link: the book it points to is encrypted, the link stays a link
    if sniff(path) == "encrypted":
        raise BookError(f"{path.name} is already encrypted (nothing was changed)")
    crypto.check_new_passphrase(passphrase)  # a short passphrase is refused before anything happens
    book = _writable(path, None, "encrypt it")
    try:
        if book.last_backup is None:
            backups.backup_before(book, "encrypt")
        key = crypto.BookKey.new(passphrase, book.uuid)
        sealed = key.seal(book.image())
        backups.check_sealed_image(sealed, key, path.name)
        book.replace_file(sealed)
    except OSError as exc:
        raise BookError(
            f"{path.name} could not be encrypted ({exc.strerror or exc}); the plain book was left as it was"
        ) from exc
    finally:
        if not book.closed:
            book.close()
    backups.seal_plain_backups(key.book_uuid, key)


def change_passphrase(path: str | os.PathLike[str], old: str, new: str) -> None:
    """Re-encrypt an encrypted book under a new passphrase (new salt), atomically; its backups
    sealed with the old passphrase are re-sealed with the new one."""
    path = real_path(path)
    if sniff(path) != "encrypted":
        raise BookError(f"{path.name} is not encrypted; use Encrypt book instead (nothing was changed)")
    crypto.check_new_passphrase(new)
    book = _writable(path, old, "change its passphrase")
    try:
        old_key = book.key
        if old_key is None:  # cannot happen: the file was sniffed as encrypted
            raise BookError(f"{path.name} is not encrypted (nothing was changed)")
        new_key = crypto.BookKey.new(new, book.uuid)
        sealed = new_key.seal(book.image())
        backups.check_sealed_image(sealed, new_key, path.name)
        book.write_sealed(new_key, sealed)
    except OSError as exc:
        raise BookError(
            f"{path.name}: the passphrase could not be changed ({exc.strerror or exc}); "
            "the old passphrase still opens it"
        ) from exc
    finally:
        book.close()
    backups.rekey_backups(new_key.book_uuid, old_key, new_key)


def decrypt_copy(
    path: str | os.PathLike[str], passphrase: str, target: str | os.PathLike[str], *, overwrite: bool = False
) -> Path:
    """Write a plain (unencrypted) copy of an encrypted book to ``target``.

    The copy gets a uuid of its own, so its backups are kept apart from the encrypted book's
    (which stay encrypted-only).
    """
    path, target = real_path(path), real_path(target)
    if sniff(path) != "encrypted":
        raise BookError(f"{path.name} is not encrypted; copy it with Save a copy as (nothing was changed)")
    if target.exists() and not overwrite:
        raise BookError(f"{target} already exists; choose another name (nothing was changed)")
    if not target.parent.is_dir():
        raise BookError(f"{target.parent}: no such folder")
    with Book.open(path, readonly=True, passphrase=passphrase) as book:
        image = book.image()
    try:
        write_plain_file(target, image, new_uuid=str(uuidlib.uuid4()))
    except (OSError, sqlite3.Error) as exc:
        raise BookError(f"{target}: the plain copy could not be written ({exc})") from exc
    return target
