"""The CLI for keeping books safe: backups, restore, check, encryption and passphrases."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from briefingbook.cli import main
from briefingbook.core import backups, crypto
from briefingbook.core.book import Book

PASS = "cli passphrase"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _titles(path, passphrase=None):
    with Book.open(path, readonly=True, passphrase=passphrase) as book:
        return [i.title for i in book.agenda()]


def test_backups_lists_none_then_some(capsys, tmp_path):
    path = tmp_path / "b.bbook"
    assert run(capsys, "new", str(path), "--title", "T", "--date", "2027-03-01")[0] == 0
    code, out, err = run(capsys, "backups", str(path))
    assert (code, out) == (0, "") and "no backups" in err
    Book.open(path).close()
    code, out, _ = run(capsys, "backups", str(path))
    assert code == 0
    (line,) = out.splitlines()
    stamp, size, where = line.split("\t")
    backup = backups.list_backups(path)[0]
    assert (stamp, int(size), where) == (backup.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ"), backup.size, str(backup.path))
    code, _, err = run(capsys, "backups", str(tmp_path / "missing.bbook"))
    assert code == 1 and "no such book file" in err


def test_restore_from_the_command_line(capsys, tmp_path):
    path = tmp_path / "b.bbook"
    Book.create(path, title="T", date="2027-03-01").close()
    with Book.open(path) as book:
        book.add_agenda_item("Before")
        good = backups.backup_before(book, "import")
        book.add_agenda_item("After")
    code, out, _ = run(capsys, "restore", str(path), str(good.path))
    assert code == 0 and "restored" in out and "backed up as" in out
    assert _titles(path) == ["Before"]
    code, _, err = run(capsys, "restore", str(path), str(tmp_path / "nope.bbook"))
    assert code == 1 and "no such" in err


def test_encrypted_book_from_new_to_decrypt(capsys, tmp_path, monkeypatch, fast_kdf):
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    path = tmp_path / "secret.bbook"
    code, out, _ = run(
        capsys, "new", str(path), "--title", "Reservada", "--date", "2027-03-01", "--checklist", "--encrypt"
    )
    assert code == 0 and "created" in out
    assert path.read_bytes().startswith(crypto.MAGIC)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and out.startswith("ok:")
    code, out, _ = run(capsys, "info", "--book", str(path))
    assert code == 0 and "checklist: " in out
    assert run(capsys, "backups", str(path))[0] == 0

    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", "not it")
    code, _, err = run(capsys, "check", str(path))
    assert code == 1 and "wrong passphrase or damaged file" in err and len(err.strip().splitlines()) == 1

    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    monkeypatch.setenv("BRIEFINGBOOK_NEW_PASSPHRASE", "second passphrase")
    assert run(capsys, "change-passphrase", str(path))[0] == 0
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", "second passphrase")
    plain = tmp_path / "plain.bbook"
    code, out, _ = run(capsys, "decrypt", str(path), "-o", str(plain))
    assert code == 0 and plain.read_bytes().startswith(b"SQLite format 3\x00")
    assert run(capsys, "check", str(plain))[0] == 0


def test_encrypt_a_plain_book_from_the_command_line(capsys, tmp_path, monkeypatch, fast_kdf):
    path = tmp_path / "b.bbook"
    Book.create(path, title="T", date="2027-03-01").close()
    with Book.open(path) as book:
        book.add_agenda_item("Trade")
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "encrypt", str(path))
    assert code == 0 and "encrypted" in out
    assert _titles(path, PASS) == ["Trade"]
    code, _, err = run(capsys, "encrypt", str(path))
    assert code == 1 and "already encrypted" in err


def test_writing_commands_refuse_a_book_open_elsewhere(capsys, tmp_path):
    path = tmp_path / "b.bbook"
    Book.create(path, title="T", date="2027-03-01").close()
    with Book.open(path):
        code, _, err = run(capsys, "restore", str(path), str(backups.list_backups(path)[0].path))
        assert code == 1 and "close it there" in err
        code, out, _ = run(capsys, "check", str(path))  # reading is fine
        assert code == 0


@pytest.mark.skipif(os.name != "posix", reason="hard links and write bits as on POSIX")
def test_writing_commands_say_why_a_file_cannot_be_written_not_close_it_there(capsys, tmp_path):
    # a read-only file or a book with two names is not open anywhere: "close it there" would
    # send the user looking for a window that does not exist
    path = tmp_path / "b.bbook"
    Book.create(path, title="T", date="2027-03-01").close()
    before = path.read_bytes()
    path.chmod(0o444)
    code, _, err = run(capsys, "summit", str(path), "--place", "Oaxaca")
    assert code == 1 and "b.bbook is a read-only file; nothing was changed" in err
    assert "close it there" not in err and "open read-only" not in err
    path.chmod(0o644)
    os.link(path, tmp_path / "other-name.bbook")
    code, _, err = run(capsys, "summit", str(path), "--place", "Oaxaca")
    assert code == 1 and "has 2 names (hard links)" in err and "close it there" not in err
    assert path.read_bytes() == before


def test_a_passphrase_is_never_a_command_line_argument(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["new", str(tmp_path / "x.bbook"), "--title", "T", "--date", "2027-03-01", "--passphrase", "p"])
    assert exit_.value.code == 2
    assert not (tmp_path / "x.bbook").exists()


def test_no_passphrase_and_no_terminal_is_one_clear_error(tmp_path, fast_kdf):
    path = tmp_path / "s.bbook"
    Book.create(path, title="T", date="2027-03-01", passphrase=PASS).close()
    env = {k: v for k, v in os.environ.items() if k != "BRIEFINGBOOK_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, "-m", "briefingbook", "check", str(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "set BRIEFINGBOOK_PASSPHRASE" in result.stderr and len(result.stderr.strip().splitlines()) == 1
