"""Backups: when they are made, that they are sound, retention, restore, damaged books."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from briefingbook.core import backups, migrations, paths
from briefingbook.core.book import Book
from briefingbook.core.errors import (
    BookDamagedError,
    BookError,
    BookLockedError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

UTC = dt.timezone.utc
PASS = "a passphrase for backups"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def book_path(tmp_path, create_book):
    path = tmp_path / "summit.bbook"
    create_book(path, title="Cumbre", date="2027-03-01").close()
    return path


def _titles(path: Path, passphrase: str | None = None) -> list[str]:
    with Book.open(path, readonly=True, passphrase=passphrase) as book:
        return [i.title for i in book.agenda()]


def test_opening_for_writing_makes_a_verified_backup(book_path):
    assert backups.list_backups(book_path) == []  # creating a book makes none: nothing to lose yet
    with Book.open(book_path) as book:
        assert book.last_backup is not None and book.last_backup.reason == "open"
        book_uuid = book.uuid
    with Book.open(book_path, readonly=True):
        pass  # read-only opens make none
    found = backups.list_backups(book_path)
    assert [b.reason for b in found] == ["open"]
    backup = found[0]
    assert backup.path.parent == paths.backups_dir() / book_uuid
    assert "Cumbre" not in str(backup.path)
    assert backup.size == backup.path.stat().st_size and not backup.encrypted
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    conn.close()
    assert [p.name for p in backup.path.parent.iterdir() if p.name.startswith(".")] == []


def test_backup_before_import_and_the_thirty_minute_backup(book_path):
    with Book.open(book_path) as book:
        opened = book.last_backup.taken_at
        made = backups.backup_before(book, "import")
        assert made.reason == "import"
        assert backups.maybe_backup(book, now=opened + dt.timedelta(hours=1)) is None  # unchanged since
        book.add_agenda_item("Trade")
        assert backups.maybe_backup(book, now=made.taken_at + dt.timedelta(minutes=29)) is None  # too soon
        later = backups.maybe_backup(book, now=made.taken_at + dt.timedelta(minutes=30))
        assert later is not None and later.reason == "interval"
        assert backups.maybe_backup(book, now=made.taken_at + dt.timedelta(minutes=90)) is None  # unchanged
    with Book.open(later.path, readonly=True) as copy:
        assert [i.title for i in copy.agenda()] == ["Trade"]


def test_a_migration_is_preceded_by_a_backup_of_the_old_version(tmp_path):
    book_path = tmp_path / "old.bbook"  # a book as format 3 wrote it
    conn = sqlite3.connect(book_path, isolation_level=None)
    for _version, step in migrations.MIGRATIONS[:3]:
        step(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO book_info VALUES ('uuid', '0b0c5a52-7d51-4a59-9d0b-6a4c1f3e9a11')")
    conn.execute("INSERT INTO summit (id, title, date, updated_at) VALUES (1, 'Old', '2027-03-01', '')")
    conn.close()
    with Book.open(book_path) as book:
        assert migrations.user_version(book.connection) == migrations.CURRENT_VERSION
    (backup,) = backups.list_backups(book_path)
    assert backup.reason == "migration"
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()


def test_encrypted_backups_are_sealed_and_hold_no_location(tmp_path, fast_kdf):
    path = tmp_path / "secret.bbook"
    with Book.create(path, title="Cumbre", date="2027-03-01", passphrase=PASS) as book:
        book.add_agenda_item("Energía")
    with Book.open(path, passphrase=PASS) as book:
        book_uuid = book.uuid
    (backup,) = backups.list_backups(path)
    assert backup.encrypted and backup.path.parent.name == book_uuid
    # no book.json; the content markers are keyed digests that say nothing about the book
    assert sorted(p.name for p in backup.path.parent.iterdir()) == sorted([backup.path.name, backups.MARKERS_FILE])
    markers = (backup.path.parent / backups.MARKERS_FILE).read_text(encoding="utf-8")
    assert "Cumbre" not in markers and "Energ" not in markers and str(tmp_path) not in markers
    assert _titles(backup.path, PASS) == ["Energía"]


def test_restore_round_trip(book_path):
    with Book.open(book_path) as book:
        book.add_agenda_item("Kept")
        good = backups.backup_before(book, "import")
        book.add_agenda_item("Added after the backup")
    assert _titles(book_path) == ["Kept", "Added after the backup"]
    previous = backups.restore(book_path, good.path)
    assert _titles(book_path) == ["Kept"]
    assert previous is not None and previous.reason == "restore"
    assert _titles(previous.path) == ["Kept", "Added after the backup"]  # the replaced state is kept
    assert not Path(f"{book_path}-wal").exists()
    with Book.open(book_path) as book:
        assert book.integrity_check() == "ok"
    # And back again, from the list (as the restore dialog will do).
    restored_again = [b for b in backups.list_backups(book_path) if b.reason == "restore"][0]
    backups.restore(book_path, restored_again)
    assert _titles(book_path) == ["Kept", "Added after the backup"]


def test_restore_refuses_while_the_book_is_open_for_writing(book_path):
    with Book.open(book_path) as book:
        backup = book.last_backup
        digest = _sha(book_path)
        with pytest.raises(BookLockedError, match="close it there before restoring"):
            backups.restore(book_path, backup)
        assert _sha(book_path) == digest


def test_restore_refuses_a_damaged_backup(book_path, tmp_path):
    bad = tmp_path / "bad.bbook"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    digest = _sha(book_path)
    with pytest.raises(BookError, match="cannot be restored"):
        backups.restore(book_path, bad)
    assert _sha(book_path) == digest


def test_restore_an_encrypted_backup_needs_its_passphrase(tmp_path, fast_kdf):
    path = tmp_path / "secret.bbook"
    Book.create(path, title="T", date="2027-03-01", passphrase=PASS).close()
    with Book.open(path, passphrase=PASS) as book:
        book.add_agenda_item("Later")
    backup = backups.list_backups(path)[0]
    with pytest.raises(PassphraseRequiredError):
        backups.restore(path, backup)
    with pytest.raises(WrongPassphraseError):
        backups.restore(path, backup, passphrase="wrong")
    previous = backups.restore(path, backup, passphrase=PASS)
    assert _titles(path, PASS) == []
    assert previous.encrypted and _titles(previous.path, PASS) == ["Later"]


def test_a_corrupt_book_is_refused_unchanged_and_names_the_newest_backup(book_path):
    with Book.open(book_path) as book:
        for n in range(200):
            book.add_agenda_item(f"Item {n}", notes="x" * 500)
        newest = backups.backup_before(book, "import")
    data = bytearray(book_path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for offset in range(2 * page + 8, 6 * page, 1):  # scribble over table pages, keep the header
        data[offset] = 0x5A
    book_path.write_bytes(bytes(data))
    digest = _sha(book_path)
    with pytest.raises(BookDamagedError) as caught:
        Book.open(book_path)
    assert "damaged" in str(caught.value) and str(newest.path) in str(caught.value)
    assert caught.value.backup == newest
    assert _sha(book_path) == digest
    wal = Path(f"{book_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite may leave an empty WAL; nothing in it
    assert not Path(f"{book_path}.lock").exists()
    # The offered backup restores it; the damaged file is kept beside the book.
    assert backups.restore(book_path, caught.value.backup) is None
    assert len(_titles(book_path)) == 200
    assert list(book_path.parent.glob("summit.bbook.replaced-*"))


def test_a_truncated_book_is_refused_unchanged(book_path):
    with Book.open(book_path) as book:
        for n in range(100):
            book.add_agenda_item(f"Item {n}", notes="y" * 800)
    data = book_path.read_bytes()
    book_path.write_bytes(data[: len(data) // 2])
    digest = _sha(book_path)
    with pytest.raises(BookDamagedError, match="damaged.*newest good backup"):
        Book.open(book_path)
    assert _sha(book_path) == digest


def test_retention_keeps_two_days_then_daily_then_weekly():
    now = dt.datetime(2027, 6, 30, 12, 0, tzinfo=UTC)
    stamps = [now - dt.timedelta(hours=h) for h in range(0, 24 * 120, 6)]  # every 6 hours for 120 days
    keep = backups.to_keep(stamps, now)
    assert {s for s in stamps if now - s < dt.timedelta(days=2)} <= keep
    daily = [s for s in keep if dt.timedelta(days=2) <= now - s < dt.timedelta(days=14)]
    assert len({s.date() for s in daily}) == len(daily)  # one per day…
    assert len(daily) >= 12  # …for each of those days
    weekly = [s for s in keep if dt.timedelta(days=14) <= now - s < dt.timedelta(days=91)]
    assert len({s.isocalendar()[:2] for s in weekly}) == len(weekly)
    assert 10 <= len(weekly) <= 12
    assert all(now - s < dt.timedelta(days=91) for s in keep)  # nothing older than 3 months
    for s in daily:  # the newest of its day (among those past 2 days) is the one kept
        assert all(o <= s for o in stamps if o.date() == s.date() and now - o >= dt.timedelta(days=2))
    # The newest backup is never dropped, however old.
    old = [now - dt.timedelta(days=400), now - dt.timedelta(days=500)]
    assert backups.to_keep(old, now) == {old[0]}


def test_retention_deletes_thinned_files(book_path):
    with Book.open(book_path) as book:
        folder = backups.book_folder(book.uuid)
    source = backups.list_backups(book_path)[0].path
    now = dt.datetime(2027, 6, 30, 12, 0, tzinfo=UTC)
    for hours in (1, 30, 24 * 3, 24 * 3 + 2, 24 * 20, 24 * 21, 24 * 200):
        name = backups.backup_name(now - dt.timedelta(hours=hours), "interval")
        (folder / name).write_bytes(source.read_bytes())
    source.unlink()
    removed = backups.apply_retention(folder, now=now)
    left = sorted((now - b.taken_at) for b in backups._backups_in(folder))
    assert [int(d.total_seconds() // 3600) for d in left] == [1, 30, 24 * 3, 24 * 20]
    assert len(removed) == 3


def test_backups_of_a_damaged_plain_book_are_found_by_its_location(book_path):
    with Book.open(book_path):
        pass
    book_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 100)
    assert [b.reason for b in backups.list_backups(book_path)] == ["open"]


def test_restore_over_a_crashed_book_with_a_wal(tmp_path):
    path = tmp_path / "b.bbook"
    Book.create(path, title="T", date="2027-03-01").close()
    crashed = tmp_path / "crashed.bbook"
    with Book.open(path) as book:
        backup = book.last_backup
        book.add_agenda_item("Only in the WAL")
        # The state a crash leaves: the main file plus a WAL holding the last edit.
        crashed.write_bytes(path.read_bytes())
        Path(f"{crashed}-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    assert Path(f"{crashed}-wal").stat().st_size > 0
    previous = backups.restore(crashed, backup)
    assert not Path(f"{crashed}-wal").exists()
    assert _titles(crashed) == []
    assert _titles(previous.path) == ["Only in the WAL"]  # the replaced state, WAL included
    with Book.open(crashed) as book:
        assert book.integrity_check() == "ok"


# -- bounded backups -----------------------------------------------------------------------------
@pytest.mark.slow
def test_thirty_exports_of_an_unchanged_book_leave_at_most_five_backups(tmp_path, capsys):
    from briefingbook.cli import main

    path = tmp_path / "summit.bbook"
    with Book.create(path, title="Cumbre", date="2027-03-01") as book:
        book.add_agenda_item("Energía")
    for n in range(30):
        assert main(["export", str(path), "-o", str(tmp_path / f"p{n}.html")]) == 0, capsys.readouterr().err
    capsys.readouterr()
    found = backups.list_backups(path)
    assert 1 <= len(found) <= 5
    with Book.open(path, readonly=True) as book:  # every export was logged: bookkeeping, not content
        from briefingbook.core.packet import export_log

        assert len(export_log(book)) == 30


def test_a_content_change_gets_a_backup_on_the_next_open(book_path):
    with Book.open(book_path) as book:
        book.add_agenda_item("Seguridad")
    with Book.open(book_path) as book:
        assert book.last_backup is not None  # the edit since the newest backup is backed up
    first = backups.list_backups(book_path)
    with Book.open(book_path) as book:
        assert book.last_backup is None  # unchanged since the newest backup: none made
    assert backups.list_backups(book_path) == first
    with Book.open(book_path) as book:
        book.update_agenda_item(book.agenda()[0].id, title="Seguridad fronteriza")
    with Book.open(book_path) as book:
        assert book.last_backup is not None
    newest = backups.list_backups(book_path)[0]
    assert _titles(newest.path)[0] == "Seguridad fronteriza"


def test_a_removed_row_counts_as_a_change(book_path):
    with Book.open(book_path) as book:
        book.add_checklist_item("Visas", -20)
    with Book.open(book_path) as book:
        pass
    before = len(backups.list_backups(book_path))
    with Book.open(book_path) as book:
        book.remove_checklist_item(book.checklist()[-1].id)
    with Book.open(book_path) as book:
        assert book.last_backup is not None
    assert len(backups.list_backups(book_path)) == before + 1


def test_caps_by_count_and_size_keep_the_newest(book_path, monkeypatch):
    monkeypatch.setattr(backups, "MAX_BACKUPS", 4)
    with Book.open(book_path) as book:
        for n in range(7):
            book.add_agenda_item(f"Item {n}")
            backups.make_backup(book, "interval")
        newest = backups.make_backup(book, "interval")
    found = backups.list_backups(book_path)
    assert len(found) == 4 and found[0].path == newest.path
    assert all(b.path.exists() for b in found)
    # a size cap below one copy keeps just the newest, whatever its size
    monkeypatch.setattr(backups, "MAX_BACKUP_BYTES", 1)
    with Book.open(book_path) as book:
        book.add_agenda_item("One more")
        newest = backups.make_backup(book, "interval")
    assert [b.path for b in backups.list_backups(book_path)] == [newest.path]
    markers = json.loads((newest.path.parent / backups.MARKERS_FILE).read_text(encoding="utf-8"))
    assert list(markers) == [newest.path.name]


def test_over_cap_never_drops_the_newest():
    now = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)
    found = [backups.Backup(Path(f"/x/{i}"), now - dt.timedelta(hours=i), "open", 10, False) for i in range(10)]
    assert backups.over_cap(found, max_count=3, max_bytes=10**9) == found[3:][::-1]
    assert backups.over_cap(found, max_count=100, max_bytes=25) == found[2:][::-1]
    assert backups.over_cap(found[:1], max_count=0, max_bytes=0) == []
