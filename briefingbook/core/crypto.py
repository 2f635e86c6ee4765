"""Encrypted books at rest: AES-256-GCM with a key derived from the user's passphrase by scrypt.

An encrypted book file is one sealed blob::

    header (63 bytes, authenticated as GCM associated data)
        magic "BBookEnc" | format version (1) | KDF id (1 = scrypt) | log2 N | r | p
        | salt (16 random bytes) | book uuid (16 bytes) | nonce (12 random bytes)
    ciphertext of the whole SQLite database (``Connection.serialize()``) + 16-byte GCM tag

The header is in the clear so a file can be recognised and its backups found (the uuid is a
random number, never the title); every byte of it is authenticated, so changing the KDF
parameters, the salt or a single ciphertext byte makes the file refuse to open. A fresh nonce
is drawn for every save; the key (one per salt) is kept only in memory while the book is open.

The scrypt cost defaults to OWASP's minimum (N=2**17, r=8, p=1: 128 MiB, about 0.4 s). Tests
lower ``SCRYPT_LOG2_N`` for speed; the parameters used are stored in each file, so a file is
always opened with the cost it was sealed with.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
import unicodedata
import uuid as uuidlib
from dataclasses import dataclass

from briefingbook.core.errors import (
    BookDamagedError,
    BookError,
    InvalidInputError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

MAGIC = b"BBookEnc"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
# OWASP Password Storage Cheat Sheet minimum for scrypt: N=2^17 (128 MiB), r=8, p=1.
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
# A header is trusted only up to twice the cost this app writes: scrypt needs 128·N·r bytes of
# memory and N·r·p units of work, so a damaged or hostile file asking for more (N=2^20, r=15,
# p=16 would take minutes and gigabytes) is refused before any key is derived.
MAX_SCRYPT_MEMORY = 2 * 128 * (1 << SCRYPT_LOG2_N) * SCRYPT_R  # 256 MiB
MAX_SCRYPT_WORK = 2 * (1 << SCRYPT_LOG2_N) * SCRYPT_R * SCRYPT_P  # 2^21 blocks
# The sealed database is whole SQLite pages (at least 512 bytes each): any other length is a
# file cut short (or padded), whatever the passphrase.
PAGE_MULTIPLE = 512

_HEADER = struct.Struct(">8sBBBII16s16s12s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16
KEY_SIZE = 32


@dataclass(frozen=True)
class Header:
    version: int
    log2_n: int
    r: int
    p: int
    salt: bytes
    book_uuid: str
    nonce: bytes
    raw: bytes


def is_encrypted(prefix: bytes) -> bool:
    """Whether a file starting with ``prefix`` is an encrypted BriefingBook book."""
    return prefix[: len(MAGIC)] == MAGIC


def book_uuid_in(prefix: bytes) -> str | None:
    """The book uuid in an encrypted file's header (even a damaged file's), or None."""
    if len(prefix) < HEADER_SIZE or not is_encrypted(prefix):
        return None
    return str(uuidlib.UUID(bytes=_HEADER.unpack_from(prefix)[7]))


def read_header(data: bytes, name: str, *, size: int | None = None) -> Header:
    """The parsed header of an encrypted book, or a BookError saying why it is unusable:
    BookDamagedError for a file cut short or a header asking for more scrypt work than allowed
    (checked before any key derivation). ``size`` is the whole file's length when ``data`` is
    only its beginning."""
    size = len(data) if size is None else size
    if len(data) < HEADER_SIZE:
        raise BookDamagedError(f"{name} is damaged: the encrypted file is cut short (nothing was changed)")
    magic, version, kdf, log2_n, r, p, salt, raw_uuid, nonce = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise BookError(f"{name} is not an encrypted BriefingBook book")
    if version > FORMAT_VERSION:
        raise BookError(
            f"{name} was encrypted by a newer BriefingBook (encryption format {version}); "
            "update BriefingBook to open it (the file was not changed)"
        )
    if kdf != KDF_SCRYPT or not (1 <= log2_n <= 62 and r >= 1 and p >= 1):
        raise BookDamagedError(f"{name} is damaged: its encryption header is not valid (nothing was changed)")
    if 128 * (1 << log2_n) * r > MAX_SCRYPT_MEMORY or (1 << log2_n) * r * p > MAX_SCRYPT_WORK:
        raise BookDamagedError(
            f"{name} is damaged or was not made by BriefingBook: its encryption header asks for more key "
            f"derivation work (scrypt N=2^{log2_n}, r={r}, p={p}) than BriefingBook allows (twice what it "
            f"writes: at most {MAX_SCRYPT_MEMORY >> 20} MiB of memory); nothing was changed"
        )
    body = size - HEADER_SIZE - TAG_SIZE
    if body < PAGE_MULTIPLE or body % PAGE_MULTIPLE:
        raise BookDamagedError(
            f"{name} is damaged: the encrypted file is cut short or has bytes added "
            "(its length is not whole database pages); nothing was changed"
        )
    return Header(version, log2_n, r, p, salt, str(uuidlib.UUID(bytes=raw_uuid)), nonce, data[:HEADER_SIZE])


MIN_PASSPHRASE = 8  # characters a new passphrase needs (window, CLI and core alike)


def check_new_passphrase(passphrase: str) -> None:
    """InvalidInputError unless ``passphrase`` may protect a book (at least MIN_PASSPHRASE
    characters). Every way to set a passphrase (new book, encrypt, change, a colleague's copy)
    checks it here, so the command line enforces the window's rule."""
    if len(unicodedata.normalize("NFC", passphrase or "")) < MIN_PASSPHRASE:
        raise InvalidInputError(
            f"the passphrase is too short: it needs at least {MIN_PASSPHRASE} characters (nothing was changed)"
        )


def _normalize(passphrase: str) -> bytes:
    if not passphrase:
        raise InvalidInputError("the passphrase cannot be empty")
    # The same passphrase typed on another OS or keyboard may arrive in another Unicode form.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    # hashlib's default maxmem (32 MiB) is below what N=2^17, r=8 needs (128 MiB).
    maxmem = 128 * r * (n + p + 2) + (1 << 20)
    secret = _normalize(passphrase)
    try:
        return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=KEY_SIZE)
    except (ValueError, MemoryError) as exc:  # OpenSSL's own limits, or no memory left
        raise BookError(f"the key could not be derived from the passphrase ({exc}); nothing was changed") from exc


class BookKey:
    """The key of one encrypted book (bound to its salt, KDF parameters and uuid), in memory only."""

    def __init__(self, key: bytes, salt: bytes, log2_n: int, r: int, p: int, book_uuid: str) -> None:
        self._key = key
        self.salt = salt
        self.log2_n, self.r, self.p = log2_n, r, p
        self.book_uuid = book_uuid

    def __repr__(self) -> str:  # never show the key
        return f"BookKey(book_uuid={self.book_uuid!r}, log2_n={self.log2_n})"

    @classmethod
    def new(cls, passphrase: str, book_uuid: str) -> "BookKey":
        """A key from ``passphrase`` with a fresh random salt and the current scrypt cost."""
        salt = secrets.token_bytes(16)
        key = derive_key(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
        return cls(key, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, book_uuid)

    @classmethod
    def for_header(cls, header: Header, passphrase: str) -> "BookKey":
        key = derive_key(passphrase, header.salt, header.log2_n, header.r, header.p)
        return cls(key, header.salt, header.log2_n, header.r, header.p, header.book_uuid)

    def matches(self, header: Header) -> bool:
        """Whether this key was derived for ``header``'s salt and parameters (no new scrypt needed)."""
        return (header.salt, header.log2_n, header.r, header.p, header.book_uuid) == (
            self.salt,
            self.log2_n,
            self.r,
            self.p,
            self.book_uuid,
        )

    def digest(self, data: bytes) -> str:
        """A keyed digest of ``data`` (HMAC-SHA256): says nothing about ``data`` without the key."""
        import hmac

        return hmac.new(self._key, data, hashlib.sha256).hexdigest()

    def with_uuid(self, book_uuid: str) -> "BookKey":
        return BookKey(self._key, self.salt, self.log2_n, self.r, self.p, book_uuid)

    def seal(self, plaintext: bytes) -> bytes:
        """The sealed file contents for ``plaintext`` (a fresh random nonce every time)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        header = _HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            KDF_SCRYPT,
            self.log2_n,
            self.r,
            self.p,
            self.salt,
            uuidlib.UUID(self.book_uuid).bytes,
            nonce,
        )
        return header + AESGCM(self._key).encrypt(nonce, plaintext, header)

    def unseal(self, data: bytes, name: str) -> bytes:
        """The plaintext of a file sealed with this key; WrongPassphraseError when it does not open."""
        header = read_header(data, name)
        return _unseal(self._key, header, data, name)


def _unseal(key: bytes, header: Header, data: bytes, name: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(header.nonce, data[HEADER_SIZE:], header.raw)
    except InvalidTag:
        raise WrongPassphraseError(
            f"{name}: wrong passphrase or damaged file; it was not opened (nothing was changed)"
        ) from None


def unlock(data: bytes, passphrase: str | None, name: str, known: BookKey | None = None) -> tuple[bytes, BookKey]:
    """Decrypt a sealed file with ``passphrase`` (or ``known``, when its salt matches): (plaintext, key)."""
    header = read_header(data, name)
    if known is not None and known.matches(header):
        key = known
    elif passphrase is None:
        raise PassphraseRequiredError(f"{name} is encrypted; enter its passphrase to open it")
    else:
        key = BookKey.for_header(header, passphrase)
    return _unseal(key._key, header, data, name), key
