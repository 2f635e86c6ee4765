"""SQLite's errors reach the user as the core's BookError classes, chosen by error code.

Real errors from SQLite (a held write lock, a page limit standing in for a full disk, a file
that is not a database) and a real full disk (a tiny tmpfs mounted in a user namespace).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefingbook.cli import main
from briefingbook.core import crypto
from briefingbook.core.book import Book
from briefingbook.core.encryption import change_passphrase, encrypt_book
from briefingbook.core.errors import (
    BookBusyError,
    BookDamagedError,
    BookReadOnlyError,
    CannotOpenError,
    DiskFullError,
    InvalidInputError,
    from_sqlite,
)

ROOT = Path(__file__).resolve().parents[2]


def _raised(fn) -> BaseException:
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - the real error SQLite raises
        return exc
    raise AssertionError("no error was raised")


def test_codes_map_to_classes(tmp_path):
    db = tmp_path / "t.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    busy = _raised(lambda: sqlite3.connect(db, timeout=0, isolation_level=None).execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    holder.execute("PRAGMA max_page_count = 3")
    full = _raised(lambda: holder.execute("INSERT INTO t VALUES (randomblob(100000))"))
    (tmp_path / "notes.txt").write_text("not a database " * 100)
    notadb = _raised(lambda: sqlite3.connect(tmp_path / "notes.txt").execute("SELECT * FROM sqlite_master"))
    cantopen = _raised(lambda: sqlite3.connect(f"file:{tmp_path}/missing/x.db?mode=ro", uri=True))
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    readonly = _raised(lambda: ro.execute("INSERT INTO t VALUES (1)"))
    assert isinstance(from_sqlite(busy, "b.bbook"), BookBusyError)
    assert isinstance(from_sqlite(full, "b.bbook"), DiskFullError)
    assert "disk is full" in str(from_sqlite(full, "b.bbook"))
    assert isinstance(from_sqlite(notadb, "b.bbook"), BookDamagedError)
    assert isinstance(from_sqlite(cantopen, "b.bbook"), CannotOpenError)
    assert isinstance(from_sqlite(readonly, "b.bbook"), BookReadOnlyError)
    # by code only: the same words without SQLite's code are a bug, not the environment
    assert from_sqlite(sqlite3.OperationalError("database or disk is full"), "b.bbook") is None
    assert from_sqlite(KeyError("x"), "b.bbook") is None


def test_full_disk_during_an_edit_is_disk_full_and_changes_nothing(demo_book):
    before = len(demo_book.agenda())
    pages = demo_book.connection.execute("PRAGMA page_count").fetchone()[0]
    demo_book.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="the disk is full; the change was not saved"):
        demo_book.add_agenda_item("x" * 200_000)
    assert len(demo_book.agenda()) == before
    demo_book.connection.execute("PRAGMA max_page_count = 1073741823")
    demo_book.add_agenda_item("after some space was freed")


def test_busy_book_is_busy_not_an_internal_error(demo_book):
    other = sqlite3.connect(demo_book.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        demo_book.connection.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(BookBusyError, match="locked by another program"):
            demo_book.add_agenda_item("waits for nobody")
    finally:
        other.execute("ROLLBACK")
        other.close()
    demo_book.add_agenda_item("goes in once the other program is done")


def _tmpfs_works() -> bool:
    if os.name == "nt" or not shutil.which("unshare"):
        return False
    return (
        subprocess.run(
            ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m x /mnt"], capture_output=True
        ).returncode
        == 0
    )


@pytest.mark.skipif(not _tmpfs_works(), reason="needs user namespaces (unshare -rm) to mount a small tmpfs")
@pytest.mark.parametrize("command", [["export", "{book}", "-o", "{out}/p.html"], ["encrypt", "{book}"]])
def test_disk_full_before_opening_says_so_in_one_line(tmp_path, command):
    source = tmp_path / "summit.bbook"
    Book.create(source, title="Cumbre", date="2027-03-01").close()
    disk = tmp_path / "disk"
    disk.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    book = disk / "summit.bbook"
    args = " ".join(a.format(book=book, out=out) for a in command)
    script = (
        f"mount -t tmpfs -o size=512k x {disk} && cp {source} {book} && "
        f"(dd if=/dev/zero of={disk}/filler bs=4k 2>/dev/null; true) && "
        f"{sys.executable} -m briefingbook {args}"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "BRIEFINGBOOK_HOME": str(home), "BRIEFINGBOOK_PASSPHRASE": "a long passphrase"},
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "internal error" not in lines[0], done.stderr


def test_passphrase_rule_is_the_core_s(tmp_path, capsys, monkeypatch):
    with pytest.raises(InvalidInputError, match=f"at least {crypto.MIN_PASSPHRASE} characters"):
        Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01", passphrase="short")
    assert not (tmp_path / "a.bbook").exists()
    plain = tmp_path / "p.bbook"
    Book.create(plain, title="T", date="2027-01-01").close()
    with pytest.raises(InvalidInputError, match="too short"):
        encrypt_book(plain, "1234567")
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", "seven77")
    assert main(["new", str(tmp_path / "c.bbook"), "--title", "T", "--date", "2027-01-01", "--encrypt"]) == 1
    assert "too short" in capsys.readouterr().err
    assert main(["encrypt", str(plain)]) == 1
    assert "too short" in capsys.readouterr().err
    assert plain.read_bytes().startswith(b"SQLite format 3\x00")
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", "a long enough passphrase")
    assert main(["encrypt", str(plain)]) == 0
    with pytest.raises(InvalidInputError, match="too short"):
        change_passphrase(plain, "a long enough passphrase", "tiny")
