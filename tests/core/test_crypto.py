"""Encrypted books: sealing, wrong passphrases, tampering, saving, and nothing in the clear."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import struct
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from briefingbook.cli import main
from briefingbook.core import backups, crypto, paths
from briefingbook.core.book import FLUSH_DELAY, Book
from briefingbook.core.encryption import change_passphrase, decrypt_copy, encrypt_book
from briefingbook.core.errors import (
    BookDamagedError,
    BookError,
    InvalidInputError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

PASS = "correct horse battery staple"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def enc_path(tmp_path, fast_kdf, create_book):
    path = tmp_path / "secret.bbook"
    with create_book(path, title="Cumbre reservada", date="2027-03-01", passphrase=PASS) as book:
        book.add_agenda_item("Seguridad", objectives="- raise the joint task force")
    return path


def test_defaults_meet_owasp_minimums():
    # Read the module's own defaults (no fast_kdf here): N >= 2^17, r >= 8, p >= 1.
    assert crypto.SCRYPT_LOG2_N >= 17 and crypto.SCRYPT_R >= 8 and crypto.SCRYPT_P >= 1


@pytest.mark.slow
def test_a_book_created_with_default_cost_records_it(tmp_path):
    path = tmp_path / "full-cost.bbook"
    Book.create(path, title="T", date="2027-01-01", passphrase=PASS).close()
    header = crypto.read_header(path.read_bytes(), path.name)
    assert (header.log2_n, header.r, header.p) == (17, 8, 1)
    with Book.open(path, passphrase=PASS) as book:
        assert book.encrypted and book.summit().title == "T"


def test_encrypted_book_round_trip_and_file_format(enc_path):
    data = enc_path.read_bytes()
    assert data.startswith(crypto.MAGIC) and b"SQLite format 3" not in data
    assert b"Cumbre reservada" not in data and b"Seguridad" not in data
    header = crypto.read_header(data, enc_path.name)
    assert header.version == crypto.FORMAT_VERSION and len(header.salt) == 16
    with Book.open(enc_path, passphrase=PASS) as book:
        assert book.encrypted and not book.readonly
        assert header.book_uuid == book.uuid
        assert [i.title for i in book.agenda()] == ["Seguridad"]
        assert book.integrity_check() == "ok"
    # Not readable as SQLite by anything else either.
    conn = sqlite3.connect(enc_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_encrypted_book_without_passphrase_asks_for_one(enc_path):
    with pytest.raises(PassphraseRequiredError, match="encrypted; enter its passphrase"):
        Book.open(enc_path)


def test_wrong_passphrase_is_refused_and_nothing_changes(enc_path):
    digest = _sha(enc_path)
    before = sorted(p.name for p in enc_path.parent.iterdir())
    with pytest.raises(WrongPassphraseError, match="wrong passphrase or damaged file"):
        Book.open(enc_path, passphrase="Correct horse battery staple")
    assert _sha(enc_path) == digest
    assert sorted(p.name for p in enc_path.parent.iterdir()) == before  # no lock file left behind


def test_empty_passphrase_is_refused(tmp_path, fast_kdf):
    with pytest.raises(InvalidInputError, match="passphrase is too short"):
        Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01", passphrase="")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["ciphertext", "tag", "salt", "kdf cost", "nonce", "uuid"])
def test_one_flipped_byte_is_refused(enc_path, where):
    data = bytearray(enc_path.read_bytes())
    offsets = {
        "ciphertext": crypto.HEADER_SIZE + 100,
        "tag": len(data) - 1,
        "salt": 19 + 3,
        "kdf cost": 11,
        "nonce": crypto.HEADER_SIZE - 1,
        "uuid": 35 + 4,
    }
    data[offsets[where]] ^= 0x01
    enc_path.write_bytes(bytes(data))
    # A cost no BriefingBook writes (r = 2^24 + 8) is refused as damaged before any key derivation.
    expected = (
        (BookDamagedError, "damaged or was not made by BriefingBook")
        if where == "kdf cost"
        else (WrongPassphraseError, "wrong passphrase or damaged file")
    )
    with pytest.raises(expected[0], match=expected[1]):
        Book.open(enc_path, passphrase=PASS)
    assert bytes(data) == enc_path.read_bytes()


def test_truncated_encrypted_book_is_refused(enc_path):
    data = enc_path.read_bytes()
    for length in (len(crypto.MAGIC) + 3, crypto.HEADER_SIZE + 5, len(data) - 200):
        enc_path.write_bytes(data[:length])
        with pytest.raises(BookDamagedError, match="damaged"):  # not "wrong passphrase"
            Book.open(enc_path, passphrase=PASS)
        with pytest.raises(BookDamagedError, match="damaged"):  # said before a passphrase is asked
            Book.open(enc_path)


def test_every_save_uses_a_fresh_nonce(enc_path):
    with Book.open(enc_path, passphrase=PASS) as book:
        book.update_summit(place="A")
        book.flush()
        first = enc_path.read_bytes()
        book.update_summit(place="B")
        book.update_summit(place="A")
        book.flush()
        second = enc_path.read_bytes()
    h1, h2 = crypto.read_header(first, "x"), crypto.read_header(second, "x")
    assert h1.salt == h2.salt and h1.nonce != h2.nonce and first[crypto.HEADER_SIZE :] != second[crypto.HEADER_SIZE :]


def test_edits_reach_the_file_by_the_save_timer_and_on_close(enc_path, monkeypatch):
    assert FLUSH_DELAY < 2
    from briefingbook.core import book as book_module

    monkeypatch.setattr(book_module, "FLUSH_DELAY", 0.05)  # the same timer, without waiting a second
    book = Book.open(enc_path, passphrase=PASS)
    try:
        book.update_summit(place="Monterrey")
        assert book.dirty
        # No call saves it: the timer does (how soon is the benchmarks' business, not a test's).
        deadline = time.monotonic() + 60
        while book.dirty and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not book.dirty
        with Book.open(enc_path, readonly=True, passphrase=PASS) as other:
            assert other.summit().place == "Monterrey"
        book.update_summit(place="Mérida")
    finally:
        book.close()  # saves at once
    with Book.open(enc_path, readonly=True, passphrase=PASS) as other:
        assert other.summit().place == "Mérida"
    # Nothing but the book itself beside it: no journal, WAL or temporary file.
    assert sorted(p.name for p in enc_path.parent.iterdir()) == [enc_path.name]


def test_encrypt_a_plain_book_in_place(demo_book, fast_kdf):
    path = demo_book.path
    demo_book.add_recommendation_note("wwc2005-a", "Plain before encryption")
    titles = [i.title for i in demo_book.agenda()]
    book_uuid = demo_book.uuid
    demo_book.close()
    assert any(not b.encrypted for b in backups.list_backups(path))
    encrypt_book(path, PASS)
    assert path.read_bytes().startswith(crypto.MAGIC)
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    with Book.open(path, passphrase=PASS) as book:
        assert [i.title for i in book.agenda()] == titles
        assert book.uuid == book_uuid
        assert book.recommendation_state("wwc2005-a").notes[0].note == "Plain before encryption"
    found = backups.list_backups(path)
    assert found and all(b.encrypted for b in found)
    assert not (backups.book_folder(book_uuid) / backups.SOURCE_FILE).exists()
    with pytest.raises(BookError, match="already encrypted"):
        encrypt_book(path, PASS)


def test_change_passphrase(enc_path):
    change_passphrase(enc_path, PASS, "a new passphrase")
    with pytest.raises(WrongPassphraseError):
        Book.open(enc_path, passphrase=PASS)
    with Book.open(enc_path, passphrase="a new passphrase") as book:
        assert [i.title for i in book.agenda()] == ["Seguridad"]
    for backup in backups.list_backups(enc_path):  # the backups follow the new passphrase
        with pytest.raises(WrongPassphraseError):
            crypto.unlock(backup.path.read_bytes(), PASS, backup.path.name)
        crypto.unlock(backup.path.read_bytes(), "a new passphrase", backup.path.name)
    with pytest.raises(WrongPassphraseError):
        change_passphrase(enc_path, PASS, "another passphrase")


def test_decrypt_to_a_plain_copy(enc_path, tmp_path):
    target = tmp_path / "plain.bbook"
    decrypt_copy(enc_path, PASS, target)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    with Book.open(enc_path, passphrase=PASS) as secret, Book.open(target) as plain:
        assert not plain.encrypted
        assert [i.title for i in plain.agenda()] == [i.title for i in secret.agenda()]
        assert plain.uuid != secret.uuid  # its backups stay apart from the encrypted book's
    with pytest.raises(BookError, match="already exists"):
        decrypt_copy(enc_path, PASS, target)


def test_save_copy_of_an_encrypted_book_is_encrypted(enc_path, tmp_path):
    with Book.open(enc_path, passphrase=PASS) as book:
        copy = book.save_copy(tmp_path / "copy.bbook")
    assert copy.read_bytes().startswith(crypto.MAGIC)
    with Book.open(copy, passphrase=PASS) as book:
        assert book.summit().title == "Cumbre reservada"


def _occurrences(root: Path, needles: list[bytes], since: float = 0.0) -> list[str]:
    """Files under ``root`` (changed since ``since``) that hold one of ``needles``."""
    pattern = re.compile(b"|".join(re.escape(n) for n in needles))
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            try:
                stat = path.stat()
                if not path.is_file() or stat.st_mtime < since or stat.st_size > 256 * 1024 * 1024:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            match = pattern.search(data)
            if match:
                found.append(f"{path} holds {match.group()!r}")
    return found


@pytest.mark.slow
def test_no_plaintext_of_an_encrypted_book_reaches_the_disk(tmp_path, fast_kdf, monkeypatch, _isolated_home):
    started = time.time() - 1  # only files written since then can hold this test's text
    system_tmp = Path(tempfile.gettempdir())  # scanned too (files written during the test)
    # Temporary files (Python's and SQLite's) go to a folder of this test, which is scanned too.
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(own_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))

    marker = uuid.uuid4().hex[:12]  # random, so no copy of this test's source can match
    secret = f"Nota reservada: ñandú {marker} negociación fronteriza"
    book_dir = tmp_path / "books"
    book_dir.mkdir()
    path = book_dir / "delegation.bbook"
    with Book.create(path, title=f"Title {secret}", date="2027-03-01", passphrase=PASS) as book:
        item = book.add_agenda_item("Border", notes=secret)
        book.add_recommendation_note("wwc2005-a", secret)
        book.update_agenda_item(item.id, press_line=secret * 50)  # a large edit: many pages
        book.flush()
        backups.make_backup(book, "interval")
        backups.backup_before(book, "import")
        book.save_copy(book_dir / "copy.bbook")
        book.update_summit(place=secret)
    with Book.open(path, passphrase=PASS) as book:  # another open: another backup
        assert book.agenda()[0].notes == secret
    change_passphrase(path, PASS, "second passphrase")

    # Any copy of the note holds its random marker; ASCII, so UTF-8 covers Latin-1 too.
    needles = [marker.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    assert secret.encode("utf-8").find(needles[0]) > 0 and secret.encode("utf-16-le").find(needles[1]) > 0
    # The scan finds the text where it is in the clear (a plain copy), in every encoding checked.
    control = tmp_path / "control"
    control.mkdir()
    decrypt_copy(path, "second passphrase", control / "plain.bbook")
    (control / "note-utf16.txt").write_text(secret, encoding="utf-16-le")
    (control / "note-utf16be.txt").write_text(secret, encoding="utf-16-be")
    assert len(_occurrences(control, needles)) == 3
    shutil.rmtree(control)

    roots = [book_dir, own_tmp, _isolated_home, paths.backups_dir()]
    assert list(paths.backups_dir().rglob("*.bbook")), "the scan must cover real backups"
    leaks = []
    for root in roots:
        leaks += _occurrences(root, needles)
    leaks += _occurrences(system_tmp, needles, since=started)
    assert leaks == []
    # What is there: the book, its copy and encrypted backups only.
    assert sorted(p.name for p in book_dir.iterdir()) == ["copy.bbook", "delegation.bbook"]
    assert all(b.encrypted for b in backups.list_backups(path))


@pytest.mark.parametrize("log2_n, r, p", [(20, 15, 16), (17, 8, 3), (19, 8, 1), (17, 64, 1), (40, 1, 1)])
def test_hostile_kdf_cost_is_refused_before_any_key_derivation(enc_path, monkeypatch, capsys, log2_n, r, p):
    data = bytearray(enc_path.read_bytes())
    struct.pack_into(">BII", data, 10, log2_n, r, p)  # log2 N, r, p as a hostile header would set them
    enc_path.write_bytes(bytes(data))
    derived = []
    real_scrypt = hashlib.scrypt
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: derived.append(k) or real_scrypt(*a, **k))
    with pytest.raises(BookDamagedError, match="more key derivation work"):
        Book.open(enc_path, passphrase=PASS)
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    assert main(["check", str(enc_path)]) == 1
    err = capsys.readouterr().err
    assert "more key derivation work" in err and "internal error" not in err and len(err.strip().splitlines()) == 1
    assert derived == []
    assert enc_path.read_bytes() == bytes(data)


def test_the_cost_this_app_writes_is_within_the_bound():
    header = struct.pack(">8sBBBII16s16s12s", crypto.MAGIC, 1, 1, 17, 8, 1, bytes(16), bytes(16), bytes(12))
    size = crypto.HEADER_SIZE + crypto.TAG_SIZE + 4096
    assert crypto.read_header(header, "x", size=size).log2_n == 17


def test_truncated_encrypted_book_is_damaged_in_the_cli_too(enc_path, monkeypatch, capsys):
    data = enc_path.read_bytes()
    enc_path.write_bytes(data[:-300])
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    assert main(["check", str(enc_path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "wrong passphrase" not in err
