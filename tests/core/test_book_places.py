"""Books where users really keep them: through links, in read-only places, after a crash.

What each test emulates:
- symbolic and hard links: real links made with ``os.symlink`` / ``os.link``;
- a read-only share: a read-only bind mount made in a user namespace (``unshare -rm``), which
  refuses writes even to root, as a read-only network share or mounted image does;
- a folder of someone else's (a shared folder the reader may write, a book the reader may not):
  the CLI run as user ``nobody`` (``setpriv``) on a root-owned book;
- a file the owner made read-only: root with the file's write bits off (root could write it,
  BriefingBook must not);
- a crash: the book and its committed WAL copied while the book is open, as a kill leaves them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefingbook.cli import main
from briefingbook.core import backups, lock
from briefingbook.core.book import Book, sniff
from briefingbook.core.errors import BookDamagedError, BookReadOnlyError

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"

posix_only = pytest.mark.skipif(os.name == "nt", reason="links and permissions are POSIX here")


def _sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _state(folder: Path) -> dict[str, str | None]:
    return {p.name: _sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _crashed_book(folder: Path, name: str = "summit.bbook", edits: int = 3) -> Path:
    """A book as a crash leaves it: committed edits still in its WAL beside it."""
    work = folder / "work"
    work.mkdir()
    live = work / name
    Book.create(live, title="Cumbre", date="2027-03-01").close()
    book = Book.open(live, backup=False)
    for i in range(edits):
        book.add_agenda_item(f"Edit in the WAL {i}")
    target = folder / name
    shutil.copyfile(live, target)
    shutil.copyfile(f"{live}-wal", f"{target}-wal")
    book.close()
    shutil.rmtree(work)
    assert Path(f"{target}-wal").stat().st_size > 0
    return target


# -- 1. links ----------------------------------------------------------------------------------
@posix_only
def test_symlink_opens_the_real_book_and_shares_its_lock(tmp_path):
    real = tmp_path / "books" / "summit.bbook"
    real.parent.mkdir()
    Book.create(real, title="Cumbre", date="2027-03-01").close()
    link = tmp_path / "desktop.bbook"
    link.symlink_to(real)
    with Book.open(link) as first:
        assert not first.readonly
        assert first.path == real
        assert lock.lock_path(real).exists() and not lock.lock_path(link).exists()
        with Book.open(real) as second:
            assert second.readonly and "open in another" in second.readonly_reason
        first.add_agenda_item("Through the link")
    assert link.is_symlink()
    with Book.open(real, readonly=True) as again:
        assert [i.title for i in again.agenda()] == ["Through the link"]


@posix_only
def test_encrypted_book_saved_through_a_symlink_stays_a_link(tmp_path, fast_kdf):
    real = tmp_path / "summit.bbook"
    Book.create(real, title="Cumbre", date="2027-03-01", passphrase=PASS).close()
    link = tmp_path / "link.bbook"
    link.symlink_to(real.name)  # relative, as users make them
    with Book.open(link, passphrase=PASS) as book:
        book.add_agenda_item("Saved through the link")
        book.flush()
    assert link.is_symlink() and os.readlink(link) == real.name
    with Book.open(real, passphrase=PASS, readonly=True) as book:
        assert [i.title for i in book.agenda()] == ["Saved through the link"]
    # no stray temporary files beside the link or the book
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.bbook", "summit.bbook"]


@posix_only
def test_cli_encrypt_through_a_symlink_encrypts_the_real_book(tmp_path, capsys, monkeypatch, fast_kdf):
    real = tmp_path / "summit.bbook"
    Book.create(real, title="Cumbre", date="2027-03-01").close()
    link = tmp_path / "link.bbook"
    link.symlink_to(real)
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    assert main(["encrypt", str(link)]) == 0
    assert link.is_symlink()
    assert sniff(real) == "encrypted"
    with Book.open(link, passphrase=PASS, readonly=True) as book:
        assert book.summit().title == "Cumbre"
    # the backups folder has no plaintext copy of it
    assert all(b.encrypted for b in backups.list_backups(real))


@posix_only
def test_hard_link_never_gives_a_second_writer(tmp_path, capsys, monkeypatch):
    real = tmp_path / "summit.bbook"
    Book.create(real, title="Cumbre", date="2027-03-01").close()
    other = tmp_path / "copy-by-link.bbook"
    os.link(real, other)
    with Book.open(real) as first, Book.open(other) as second:
        # neither name writes: SQLite's WAL is kept per name, so two names could lose edits
        assert first.readonly and second.readonly
        assert "hard links" in first.readonly_reason
        with pytest.raises(BookReadOnlyError):
            second.add_agenda_item("lost")
    before = _sha(real)
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    assert main(["encrypt", str(other)]) == 1
    assert "hard links" in capsys.readouterr().err
    assert _sha(real) == before and sniff(real) == "sqlite"
    other.unlink()
    with Book.open(real) as alone:
        assert not alone.readonly


@posix_only
def test_hard_link_made_while_the_book_is_open_is_read_only(tmp_path):
    real = tmp_path / "summit.bbook"
    Book.create(real, title="Cumbre", date="2027-03-01").close()
    with Book.open(real) as writer:
        os.link(real, tmp_path / "late.bbook")
        with Book.open(tmp_path / "late.bbook") as late:
            assert late.readonly
        writer.add_agenda_item("still the only writer")


# -- 3. refusing a damaged book changes nothing ------------------------------------------------
def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096)  # page 2 on: the schema's tables, not the header SQLite checks first
        handle.write(b"\xa5" * (size - 4096))


@pytest.mark.parametrize("readonly", [False, True])
def test_refusing_a_damaged_book_leaves_book_and_wal_byte_identical(tmp_path, readonly):
    book = _crashed_book(tmp_path)
    _damage(book)
    before = _state(tmp_path)
    assert f"{book.name}-wal" in before
    with pytest.raises(BookDamagedError, match="was not changed"):
        Book.open(book, readonly=readonly)
    after = _state(tmp_path)
    assert after.get(book.name) == before[book.name]
    assert after.get(f"{book.name}-wal") == before[f"{book.name}-wal"]


def test_cli_check_of_a_damaged_crashed_book_changes_nothing(tmp_path, capsys):
    book = _crashed_book(tmp_path)
    _damage(book)
    before = _state(tmp_path)
    for command in (["check", str(book)], ["export", str(book), "-o", str(tmp_path / "p.html")]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert "damaged" in err and "internal error" not in err
        assert {k: v for k, v in _state(tmp_path).items() if k in before} == before


def test_a_sound_crashed_book_keeps_the_edits_in_its_wal(tmp_path):
    book = _crashed_book(tmp_path, edits=3)
    with Book.open(book) as opened:
        assert len(opened.agenda()) == 3


def _newer_format_book(folder: Path) -> Path:
    """A sound WAL-mode book saved by a newer BriefingBook (format 99), closed cleanly."""
    import sqlite3

    book = folder / "newer.bbook"
    Book.create(book, title="Cumbre", date="2027-03-01").close()
    conn = sqlite3.connect(book)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert sorted(p.name for p in folder.iterdir()) == [book.name]
    return book


@pytest.mark.parametrize("readonly", [False, True])
def test_refusing_a_newer_format_book_leaves_only_the_book(tmp_path, readonly):
    from briefingbook.core.errors import BookTooNewError

    book = _newer_format_book(tmp_path)
    before = _state(tmp_path)
    with pytest.raises(BookTooNewError):
        Book.open(book, readonly=readonly)
    assert _state(tmp_path) == before  # no empty -wal or -shm (nor lock file) left beside it


def test_a_read_only_open_and_close_leaves_only_the_book(tmp_path):
    book = tmp_path / "summit.bbook"
    Book.create(book, title="Cumbre", date="2027-03-01").close()
    before = _state(tmp_path)
    with Book.open(book, readonly=True) as opened:
        assert opened.summit().title == "Cumbre"
    assert _state(tmp_path) == before


def test_a_read_only_close_leaves_the_side_files_of_a_writer_alone(tmp_path):
    # Another window writes the book: its -wal and -shm are in use and must stay (with the edit).
    book = tmp_path / "summit.bbook"
    Book.create(book, title="Cumbre", date="2027-03-01").close()
    with Book.open(book, backup=False) as writer:
        writer.add_agenda_item("Written by the other window")
        with Book.open(book, readonly=True) as reader:
            assert [item.title for item in reader.agenda()] == ["Written by the other window"]
        assert Path(f"{book}-wal").exists() and Path(f"{book}-wal").stat().st_size > 0
        writer.add_agenda_item("And another")
    with Book.open(book, readonly=True) as again:
        assert len(again.agenda()) == 2


# -- 2. read-only places -----------------------------------------------------------------------
@posix_only
def test_write_bits_off_opens_read_only_even_for_root_and_reads_the_wal(tmp_path):
    book = _crashed_book(tmp_path)
    book.chmod(0o444)
    Path(f"{book}-wal").chmod(0o444)
    before = _state(tmp_path)
    with Book.open(book) as opened:
        assert opened.readonly and "read-only file" in opened.readonly_reason
        assert len(opened.agenda()) == 3  # the committed edits in the WAL are read, not ignored
        with pytest.raises(BookReadOnlyError):
            opened.add_agenda_item("no")
    assert _state(tmp_path) == before  # no -shm, no lock file, nothing folded or deleted
    assert not lock.lock_path(book).exists()


@posix_only
def test_export_of_a_read_only_book_works_and_says_it_was_not_logged(tmp_path, capsys):
    book = _crashed_book(tmp_path)
    book.chmod(0o444)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", str(book), "-o", str(out / "packet.html")]) == 0
    said = capsys.readouterr().out
    assert "not logged" in said and "read-only file" in said
    assert "Edit in the WAL 2" in (out / "packet.html").read_text(encoding="utf-8")
    with Book.open(book, readonly=True) as opened:
        from briefingbook.core.packet import export_log

        assert export_log(opened) == []


def _unshare_works() -> bool:
    if os.name == "nt" or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount --bind -o ro / / 2>/dev/null || mount -t tmpfs x /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs user namespaces (unshare -rm) for a read-only mount")
def test_book_on_a_read_only_mount_opens_read_only_for_check_search_export(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    book = _crashed_book(share)
    out = tmp_path / "out"
    out.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    before = _state(share)
    py = sys.executable
    script = (
        f"mount --bind -o ro {share} {share} && "
        f"{py} -m briefingbook check {book} && "
        f"{py} -m briefingbook search WAL --book {book} && "
        f"{py} -m briefingbook export {book} -o {out / 'p.html'}"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "BRIEFINGBOOK_HOME": str(home)},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "ok:" in done.stdout and "Edit in the WAL 1" in done.stdout
    assert "not logged" in done.stdout
    assert (out / "p.html").exists()
    assert _state(share) == before


def _setpriv_works() -> bool:
    return os.name != "nt" and os.geteuid() == 0 and shutil.which("setpriv") is not None


@pytest.mark.skipif(not _setpriv_works(), reason="needs root and setpriv to run a reader as another user")
def test_reader_without_write_access_leaves_nothing_beside_the_book(tmp_path):
    # A shared folder everyone may write (sticky, like /tmp), a book only its owner may write.
    shared = Path(tempfile.mkdtemp(prefix="bb-shared-"))
    try:
        shared.chmod(0o1777)
        book = shared / "summit.bbook"
        Book.create(book, title="Cumbre", date="2027-03-01").close()
        book.chmod(0o644)
        home = shared / "nobody-home"
        home.mkdir()
        os.chown(home, 65534, 65534)
        before = _state(shared)
        env = {**os.environ, "BRIEFINGBOOK_HOME": str(home)}
        for command in (["check", str(book)], ["search", "Cumbre", "--book", str(book)]):
            done = subprocess.run(
                [
                    "setpriv",
                    "--reuid=65534",
                    "--regid=65534",
                    "--clear-groups",
                    sys.executable,
                    "-m",
                    "briefingbook",
                    *command,
                ],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=env,
                timeout=300,
            )
            assert done.returncode == 0, done.stderr
        assert _state(shared) == before
        assert sorted(p.name for p in shared.iterdir()) == ["nobody-home", "summit.bbook"]
        # the owner still writes the book
        with Book.open(book) as owner:
            assert not owner.readonly
            owner.add_agenda_item("The owner's edit")
    finally:
        shutil.rmtree(shared)


def test_private_copy_is_removed_on_close(tmp_path):
    book = _crashed_book(tmp_path)
    book.chmod(0o444)
    opened = Book.open(book)
    private = Path(opened._private.name)
    assert private.is_dir() and stat.S_IMODE(private.stat().st_mode) == 0o700
    opened.close()
    assert not private.exists()


@posix_only
def test_a_read_only_file_says_so_once(tmp_path):
    # the reason is a sentence the window and messages wrap ("Read-only: … Changes cannot be
    # saved."); it used to end in "; it is open read-only", which the refusal then repeated
    path = tmp_path / "summit.bbook"
    Book.create(path, title="Cumbre", date="2027-03-01").close()
    path.chmod(0o444)
    with Book.open(path) as book:
        assert book.readonly and book.readonly_reason == "summit.bbook is a read-only file"
        with pytest.raises(BookReadOnlyError) as refused:
            book.add_agenda_item("lost")
    assert str(refused.value) == (
        "summit.bbook is open read-only (summit.bbook is a read-only file); the change was not saved"
    )
