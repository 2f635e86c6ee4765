"""Reference packs (``*.bbref``): signed updates of the reference content for offline laptops.

A data team builds a pack from a ``data/sources``-shaped folder (``refbuild.build_pack``) and
signs it with its Ed25519 key; a laptop installs it only when the signature is from a key it
trusts, the content is what was signed, the schema is one this version reads and the version
is not older than the installed one. The active reference content is then the installed pack
while it stays valid, else the bundled database (``active_content``).

The file, every integer big-endian, nothing after the signature::

    8 bytes   b"BBREF\\x00\\x01\\n" (format 1)
    4 bytes   manifest length M (at most 64 KiB), then M bytes of manifest: UTF-8 JSON
    8 bytes   database length D (at most 512 MiB; the manifest's ``size``), then the SQLite bytes
    2 bytes   signature length S (0: unsigned, else 64), then the Ed25519 signature over
              b"briefingbook reference pack 1\\0" + the manifest bytes

The manifest carries the database's sha256, so the signature covers every byte of the pack.
An installed pack is kept in the user data folder as ``reference/pack-<sha256>.sqlite`` plus
``reference/installed.json`` (manifest text and signature, written last, by rename: the
switch is atomic). Every start checks it again (``_check_installed``).

``cryptography`` is imported only where a key or a signature is handled, so a laptop without
a pack pays nothing for it at start-up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import struct
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefingbook import __version__
from briefingbook.core import paths
from briefingbook.core.errors import BriefingBookError, InvalidInputError
from briefingbook.core.fsutil import fsync_dir
from briefingbook.core.sqlitefile import atomic_write_file

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

log = logging.getLogger("briefingbook.refpack")

SCHEMA_VERSION = 1  # the reference database schema this version reads (refbuild writes the same)
FORMAT = 1
MAGIC = b"BBREF\x00" + bytes([FORMAT]) + b"\n"
MAGIC_PREFIX = MAGIC[:6]
SIGNED_PREFIX = b"briefingbook reference pack 1\0"
MAX_MANIFEST = 64 * 1024
MAX_DATABASE = 512 * 1024 * 1024
SIGNATURE_SIZE = 64
PACK_SUFFIX = ".bbref"
INSTALLED = "installed.json"
MANIFEST_KEYS = {
    "format": int,
    "name": str,
    "version": str,
    "built": str,
    "app_version": str,
    "schema_version": int,
    "content_sha256": str,
    "size": int,
    "sources_hash": str,
    "key_fingerprint": str,
}
_VERSION = re.compile(r"\d{1,9}(\.\d{1,9}){0,3}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
# The bundled content's name: "BriefingBook 0.1.0" beside "bundled with the application" /
# "incluido en la aplicación" (Sources) and "the content bundled with this version" (About);
# a name of its own saying "bundled" printed that word twice, and in English in Spanish packets.
BUNDLED_NAME = "BriefingBook"


class PackError(BriefingBookError):
    """A pack, key or trusted-key operation is refused; nothing was changed."""


# -- keys ----------------------------------------------------------------------------------------
def fingerprint_hex(public_key: Ed25519PublicKey) -> str:
    """sha256 of the raw 32-byte Ed25519 public key, in hex."""
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def show_fingerprint(hex_digest: str) -> str:
    """``3f2a:91bc:…``: 16 groups of four hex digits."""
    return ":".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def _normal_fingerprint(text: str) -> str:
    return re.sub(r"[\s:]", "", text).lower()


def public_key_path(key_file: Path) -> Path:
    return key_file.with_name(key_file.name + ".pub")


def keygen(key_file: Path, passphrase: str) -> str:
    """A new signing key: the private key at ``key_file`` (PKCS#8 PEM, encrypted with the
    passphrase) and the public key at ``key_file.pub`` (SubjectPublicKeyInfo PEM). Returns
    the fingerprint in hex. Refuses to replace either file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key_file = Path(key_file)
    pub_file = public_key_path(key_file)
    for existing in (key_file, pub_file):
        if existing.exists():
            raise PackError(f"{existing} already exists; choose another name (nothing was changed)")
    if not key_file.parent.is_dir():
        raise PackError(f"{key_file.parent} is not a folder (nothing was changed)")
    if not passphrase:
        raise InvalidInputError("the signing key needs a passphrase (nothing was changed)")
    key = ed25519.Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    atomic_write_file(key_file, private_pem, 0o600)
    atomic_write_file(pub_file, public_pem, 0o644)
    return fingerprint_hex(key.public_key())


def load_private_key(key_file: Path, passphrase: str) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key_file = Path(key_file)
    try:
        data = key_file.read_bytes()
    except OSError as exc:
        raise PackError(f"{key_file}: cannot read the signing key ({exc.strerror or exc})") from None
    if b"ENCRYPTED PRIVATE KEY" not in data[:200]:
        raise PackError(f"{key_file} is not a passphrase-protected private key made by 'reference keygen'")
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise PackError(f"wrong passphrase for {key_file} (or the key file is damaged)") from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise PackError(f"{key_file} is not an Ed25519 key")
    return key


def load_public_key(pub_file: Path) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    pub_file = Path(pub_file)
    try:
        data = pub_file.read_bytes()[: 64 * 1024]
    except OSError as exc:
        raise PackError(f"{pub_file}: cannot read the public key ({exc.strerror or exc})") from None
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        raise PackError(
            f"{pub_file} is not a public key file (PEM, as 'reference keygen' writes beside the key)"
        ) from None
    if not isinstance(key, ed25519.Ed25519PublicKey):
        raise PackError(f"{pub_file} is not an Ed25519 public key")
    return key


# -- trusted publishers --------------------------------------------------------------------------
def trusted_fingerprints() -> list[str]:
    return sorted(p.stem for p in paths.trusted_keys_dir().glob("*.pub") if _HEX64.fullmatch(p.stem))


def _trusted_key(fp: str) -> Ed25519PublicKey | None:
    """The trusted public key with this fingerprint, or None."""
    if not _HEX64.fullmatch(fp):
        return None
    path = paths.trusted_keys_dir() / f"{fp}.pub"
    if not path.is_file():
        return None
    key = load_public_key(path)
    return key if fingerprint_hex(key) == fp else None


def trust(pub_file: Path) -> tuple[str, bool]:
    """Trust the publisher whose public key is ``pub_file``; returns (fingerprint, newly added)."""
    key = load_public_key(pub_file)
    from cryptography.hazmat.primitives import serialization

    fp = fingerprint_hex(key)
    target = paths.trusted_keys_dir() / f"{fp}.pub"
    if target.is_file():
        return fp, False
    atomic_write_file(
        target, key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo), 0o644
    )
    return fp, True


def untrust(fingerprint: str) -> str:
    """Stop trusting a publisher (a fingerprint, or an unambiguous start of one of 8+ digits)."""
    wanted = _normal_fingerprint(fingerprint)
    if not re.fullmatch(r"[0-9a-f]{8,64}", wanted):
        raise PackError(f"{fingerprint!r} is not a key fingerprint (hex digits, as 'reference trust' printed)")
    matches = [fp for fp in trusted_fingerprints() if fp.startswith(wanted)]
    if not matches:
        raise PackError(f"no trusted key has the fingerprint {fingerprint} (nothing was changed)")
    if len(matches) > 1:
        raise PackError(f"{fingerprint} matches {len(matches)} trusted keys; give more digits (nothing was changed)")
    (paths.trusted_keys_dir() / f"{matches[0]}.pub").unlink()
    fsync_dir(paths.trusted_keys_dir())
    return matches[0]


# -- the pack file -------------------------------------------------------------------------------
def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def check_identity(name: str, version: str, built: str) -> None:
    """A pack's name, version and date as the manifest requires them."""
    if not name.strip() or len(name) > 80 or any(ord(c) < 32 for c in name):
        raise InvalidInputError(f"pack name {name!r}: 1 to 80 characters, no control characters")
    if not _VERSION.fullmatch(version):
        raise InvalidInputError(f"pack version {version!r}: numbers separated by dots, e.g. 2026.12 or 1.4.2")
    try:
        dt.date.fromisoformat(built)
    except ValueError:
        raise InvalidInputError(f"build date {built!r}: not a date as YYYY-MM-DD") from None
    if len(built) != 10:
        raise InvalidInputError(f"build date {built!r}: not a date as YYYY-MM-DD")


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_pack(
    output: Path, database: bytes, *, name: str, version: str, built: str, sources_hash: str, key: Ed25519PrivateKey
) -> dict[str, Any]:
    """Sign and write a pack (temporary name, then rename). Returns the manifest."""
    check_identity(name, version, built)
    if len(database) > MAX_DATABASE:
        raise PackError(f"the database is {len(database)} bytes; a pack holds at most {MAX_DATABASE}")
    manifest = {
        "format": FORMAT,
        "name": name,
        "version": version,
        "built": built,
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "content_sha256": hashlib.sha256(database).hexdigest(),
        "size": len(database),
        "sources_hash": sources_hash,
        "key_fingerprint": fingerprint_hex(key.public_key()),
    }
    text = manifest_bytes(manifest)
    signature = key.sign(SIGNED_PREFIX + text)
    data = b"".join(
        [
            MAGIC,
            struct.pack(">I", len(text)),
            text,
            struct.pack(">Q", len(database)),
            database,
            struct.pack(">H", len(signature)),
            signature,
        ]
    )
    atomic_write_file(Path(output), data, 0o644)
    return manifest


@dataclass
class Pack:
    """A pack file as read: nothing in it is trusted until ``verify`` says so."""

    path: Path
    manifest_text: bytes
    manifest: dict[str, Any]
    database: bytes
    signature: bytes


def _parse_manifest(text: bytes, where: str) -> dict[str, Any]:
    try:
        manifest = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackError(f"{where}: its manifest is not valid JSON (the file is damaged)") from None
    if not isinstance(manifest, dict) or set(manifest) != set(MANIFEST_KEYS):
        raise PackError(f"{where}: its manifest does not have the fields of a reference pack (the file is damaged)")
    for key, kind in MANIFEST_KEYS.items():
        if type(manifest[key]) is not kind:
            raise PackError(f"{where}: its manifest's {key} is not a {kind.__name__} (the file is damaged)")
    return manifest


def read_pack(path: Path) -> Pack:
    """Read and parse a pack strictly: the layout, the bounds and the manifest's fields."""
    path = Path(path)
    where = path.name
    try:
        size = path.stat().st_size
        if size > len(MAGIC) + 4 + MAX_MANIFEST + 8 + MAX_DATABASE + 2 + SIGNATURE_SIZE:
            raise PackError(f"{where} is {size} bytes, too large for a reference pack")
        data = path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PackError(f"{path} is a folder, not a reference pack") from None
    except OSError as exc:
        raise PackError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if not data.startswith(MAGIC_PREFIX):
        if len(data) < len(MAGIC_PREFIX) and MAGIC_PREFIX.startswith(data) and data:
            raise PackError(f"{where} is truncated: it ends {len(data)} bytes into the header")
        raise PackError(f"{where} is not a BriefingBook reference pack")
    if len(data) < len(MAGIC):
        raise PackError(f"{where} is truncated: it ends {len(data)} bytes into the header")
    if data[: len(MAGIC)] != MAGIC:
        raise PackError(f"{where} is a reference pack of format {data[6]}; this BriefingBook reads format {FORMAT}")
    offset = len(MAGIC)

    def take(count: int, what: str) -> bytes:
        nonlocal offset
        if offset + count > len(data):
            raise PackError(f"{where} is truncated: it ends inside the {what} ({len(data)} bytes)")
        chunk = data[offset : offset + count]
        offset += count
        return chunk

    (manifest_len,) = struct.unpack(">I", take(4, "manifest length"))
    if manifest_len > MAX_MANIFEST:
        raise PackError(f"{where}: its manifest claims {manifest_len} bytes, more than a pack allows (damaged)")
    text = take(manifest_len, "manifest")
    manifest = _parse_manifest(text, where)
    (db_len,) = struct.unpack(">Q", take(8, "database length"))
    if db_len > MAX_DATABASE:
        raise PackError(f"{where}: its database claims {db_len} bytes, more than a pack allows (damaged)")
    database = take(db_len, "database")
    (sig_len,) = struct.unpack(">H", take(2, "signature length"))
    if sig_len not in (0, SIGNATURE_SIZE):
        raise PackError(f"{where}: its signature has {sig_len} bytes, not {SIGNATURE_SIZE} (the file is damaged)")
    signature = take(sig_len, "signature")
    if offset != len(data):
        raise PackError(f"{where} has {len(data) - offset} bytes after the end of the pack (the file was altered)")
    return Pack(path, text, manifest, database, signature)


def verify(pack: Pack) -> None:
    """Signature from a trusted key, content as signed, a schema this version reads."""
    where, manifest = pack.path.name, pack.manifest
    if not pack.signature:
        raise PackError(f"{where} is not signed; only signed packs can be installed")
    fp = manifest["key_fingerprint"]
    key = _trusted_key(fp)
    if key is None:
        raise PackError(
            f"{where} is signed by a key this computer does not trust (fingerprint {show_fingerprint(fp)}); "
            "trust the publisher's .pub file first with 'reference trust'"
        )
    from cryptography.exceptions import InvalidSignature

    try:
        key.verify(pack.signature, SIGNED_PREFIX + pack.manifest_text)
    except InvalidSignature:
        raise PackError(
            f"{where}: its signature does not match its manifest: the file was altered after signing"
        ) from None
    if (
        manifest["size"] != len(pack.database)
        or hashlib.sha256(pack.database).hexdigest() != manifest["content_sha256"]
    ):
        raise PackError(f"{where}: its content does not match its signature: the file was altered after signing")
    if manifest["format"] != FORMAT:
        raise PackError(f"{where}: manifest format {manifest['format']}; this BriefingBook reads format {FORMAT}")
    if manifest["schema_version"] != SCHEMA_VERSION:
        raise PackError(
            f"{where} holds reference schema {manifest['schema_version']}; this BriefingBook reads "
            f"schema {SCHEMA_VERSION} (a pack for another version of BriefingBook)"
        )
    try:
        check_identity(manifest["name"], manifest["version"], manifest["built"])
    except InvalidInputError as exc:
        raise PackError(f"{where}: {exc}") from None


# -- the active content --------------------------------------------------------------------------
@dataclass
class ContentInfo:
    """Which reference content is in use: the bundled database or an installed pack."""

    path: Path
    name: str
    version: str
    built: str
    signed_by: str  # the key's fingerprint (grouped), or "bundled"
    bundled: bool
    problem: str | None = None  # why an installed pack was not used (bundled content instead)
    _sha256: str | None = field(default=None, repr=False)

    @cached_property
    def sha256(self) -> str:
        if self._sha256:
            return self._sha256
        digest = hashlib.sha256()
        with self.path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def label(self) -> str:
        """``name version`` for the Sources section and the About box."""
        return f"{self.name} {self.version}"


def bundled_content(problem: str | None = None) -> ContentInfo:
    from briefingbook.resources import reference_db_path

    return ContentInfo(reference_db_path(), BUNDLED_NAME, __version__, "", "bundled", True, problem)


def _installed_state() -> tuple[dict[str, Any], bytes, bytes, Path] | None:
    """The installed pack's manifest, manifest text, signature and database path, as recorded;
    None when no pack is installed. Raises PackError when the record is unusable."""
    record_path = paths.reference_dir() / INSTALLED
    if not record_path.is_file():
        return None
    try:
        raw = record_path.read_bytes()
        if len(raw) > 2 * MAX_MANIFEST:
            raise ValueError("too large")
        record = json.loads(raw.decode("utf-8"))
        text = record["manifest"].encode("utf-8")
        signature = bytes.fromhex(record["signature"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise PackError(f"the installed pack's record {record_path} is damaged") from None
    manifest = _parse_manifest(text, "the installed pack")
    db_path = paths.reference_dir() / f"pack-{manifest['content_sha256']}.sqlite"
    return manifest, text, signature, db_path


def active_content() -> ContentInfo:
    """The installed pack when it is still valid (its key still trusted, its file unchanged),
    else the bundled database, with ``problem`` saying why the pack was passed over."""
    try:
        state = _installed_state()
        if state is None:
            return bundled_content()
        manifest, _text, _signature, db_path = state
        _check_installed(manifest, db_path)
    except PackError as exc:
        log.warning("installed reference pack not used: %s", exc)
        return bundled_content(str(exc))
    return ContentInfo(
        db_path,
        manifest["name"],
        manifest["version"],
        manifest["built"],
        show_fingerprint(manifest["key_fingerprint"]),
        False,
        None,
        manifest["content_sha256"],
    )


def _check_installed(manifest: dict[str, Any], db_path: Path) -> None:
    """The checks made at every start: the publisher is still trusted, the schema is one this
    version reads, and the database is byte for byte what was installed (its sha256).

    The Ed25519 signature was verified when the pack was installed and is not verified again
    here: the record and the trusted keys live in the same folder, so whoever could forge the
    one could add a key to the other, and the check would cost ``cryptography``'s import at
    every start. Untrusting the key and any change to the database are still caught.
    """
    fp = manifest["key_fingerprint"]
    if not _HEX64.fullmatch(fp) or not (paths.trusted_keys_dir() / f"{fp}.pub").is_file():
        raise PackError(
            f"the installed pack {manifest['name']} {manifest['version']} is signed by a key this "
            f"computer does not trust (fingerprint {show_fingerprint(fp)})"
        )
    if manifest["schema_version"] != SCHEMA_VERSION:
        raise PackError(
            f"the installed pack holds reference schema {manifest['schema_version']}; this BriefingBook "
            f"reads schema {SCHEMA_VERSION}"
        )
    if not _HEX64.fullmatch(manifest["content_sha256"]) or not db_path.is_file():
        raise PackError(f"the installed pack's database {db_path.name} is missing")
    digest = hashlib.sha256()
    size = 0
    with db_path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    if size != manifest["size"] or digest.hexdigest() != manifest["content_sha256"]:
        raise PackError(f"the installed pack's database {db_path.name} changed after it was installed")


def _clean_unused(keep: Path | None) -> None:
    """Remove databases of earlier packs (best effort: Windows keeps a file open in another
    window; the next install or removal tries again)."""
    for old in paths.reference_dir().glob("pack-*.sqlite"):
        if keep is None or old.name != keep.name:
            try:
                old.unlink()
            except OSError:
                pass


def install(pack_file: Path, *, allow_older: bool = False) -> dict[str, Any]:
    """Verify and install a pack (atomically); returns its manifest. Refusals change nothing."""
    pack = read_pack(Path(pack_file))
    verify(pack)
    manifest = pack.manifest
    current = active_content()
    if not current.bundled and not allow_older and version_key(manifest["version"]) < version_key(current.version):
        raise PackError(
            f"{pack.path.name} is version {manifest['version']}, older than the installed "
            f"{current.name} {current.version}; add --allow-older to install it anyway"
        )
    folder = paths.reference_dir()
    db_path = folder / f"pack-{manifest['content_sha256']}.sqlite"
    atomic_write_file(db_path, pack.database, 0o644)
    problem = _check_database(db_path, manifest)
    if problem:
        if current.path != db_path:
            db_path.unlink()
        raise PackError(f"{pack.path.name}: {problem}")
    record = {
        "manifest": pack.manifest_text.decode("utf-8"),
        "signature": pack.signature.hex(),
        "installed_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    atomic_write_file(folder / INSTALLED, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"), 0o644)
    _clean_unused(keep=db_path)
    return manifest


def _check_database(db_path: Path, manifest: dict[str, Any]) -> str | None:
    """The signed database opens as reference content and names itself as the manifest does."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            info = dict(conn.execute("SELECT key, value FROM build_info").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"its database cannot be read ({exc})"
    if info.get("schema_version") != str(SCHEMA_VERSION):
        return f"its database has schema {info.get('schema_version')}, expected {SCHEMA_VERSION}"
    if (info.get("name"), info.get("version")) != (manifest["name"], manifest["version"]):
        return "its database names another pack than its manifest"
    return None


def remove() -> dict[str, Any]:
    """Go back to the bundled content; returns the removed pack's manifest."""
    state = None
    try:
        state = _installed_state()
    except PackError:
        pass
    record_path = paths.reference_dir() / INSTALLED
    if not record_path.exists():
        raise PackError("no reference pack is installed; the bundled content is in use (nothing was changed)")
    record_path.unlink()
    fsync_dir(record_path.parent)
    _clean_unused(keep=None)
    return state[0] if state else {}
