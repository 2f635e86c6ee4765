"""One writer per book: the lock file, read-only second opens, stale locks taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

from briefingbook.core import lock
from briefingbook.core.book import Book
from briefingbook.core.errors import BookReadOnlyError

HOLDER = textwrap.dedent("""
    import sys
    from briefingbook.core.book import Book
    book = Book.open(sys.argv[1])
    print("readonly" if book.readonly else "writing", flush=True)
    sys.stdin.readline()
    book.close()
""")


@pytest.fixture
def book_path(tmp_path, create_book):
    path = tmp_path / "summit.bbook"
    create_book(path, title="T", date="2027-01-01").close()
    return path


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_lock_file_names_the_holder_and_goes_on_close(book_path):
    book = Book.open(book_path)
    info = lock.read_info(lock.lock_path(book_path))
    assert (info.pid, info.host) == (os.getpid(), socket.gethostname())
    assert not book.readonly and book.readonly_reason is None
    book.close()
    assert not lock.lock_path(book_path).exists()


def test_second_open_in_the_same_process_is_read_only_with_a_reason(book_path):
    with Book.open(book_path) as first:
        first.update_summit(title="Written by the first window")
        with Book.open(book_path) as second:
            assert second.readonly
            assert "already open in another window" in second.readonly_reason
            assert second.summit().title == "Written by the first window"
            with pytest.raises(BookReadOnlyError, match="read-only.*already open"):
                second.update_summit(title="Second")
        first.update_summit(title="Still writable")  # the second window did not take the lock away
        assert lock.lock_path(book_path).exists()
    with Book.open(book_path) as again:
        assert not again.readonly
        assert again.summit().title == "Still writable"


def test_another_process_gets_the_book_read_only(book_path):
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(book_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "writing"
            with Book.open(book_path) as book:
                assert book.readonly
                assert f"process {holder.pid}" in book.readonly_reason
            with Book.open(book_path, readonly=True) as viewer:  # read-only opens need no lock
                assert viewer.readonly and viewer.readonly_reason is None
        finally:
            holder.communicate("\n", timeout=10)
    assert holder.returncode == 0
    with Book.open(book_path) as book:
        assert not book.readonly


def test_lock_of_a_killed_process_is_taken_over(book_path):
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(book_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout.readline().strip() == "writing"
        holder.kill()
    assert lock.read_info(lock.lock_path(book_path)).pid == holder.pid  # left behind by the kill
    with Book.open(book_path) as book:
        assert not book.readonly
        assert lock.read_info(lock.lock_path(book_path)).pid == os.getpid()


@pytest.mark.parametrize("content", ["dead", "garbage", "empty"])
def test_stale_lock_files_are_taken_over(book_path, content):
    path = lock.lock_path(book_path)
    if content == "dead":
        path.write_text(
            json.dumps({"pid": _dead_pid(), "host": socket.gethostname(), "started": "2027-01-01T09:00:00+00:00"})
        )
    else:
        path.write_text("\x00{not json" if content == "garbage" else "")
    with Book.open(book_path) as book:
        assert not book.readonly
        assert lock.read_info(path).pid == os.getpid()
    assert not path.exists()


def test_lock_from_another_computer_is_respected(book_path):
    path = lock.lock_path(book_path)
    path.write_text(json.dumps({"pid": 4242, "host": "delegation-laptop-7", "started": "2027-01-01T09:00:00+00:00"}))
    with Book.open(book_path) as book:
        assert book.readonly
        assert "another computer (delegation-laptop-7" in book.readonly_reason
        assert path.name in book.readonly_reason  # tells the user what to delete if it is stale
    assert path.exists()


def test_read_only_file_opens_read_only_with_a_reason(book_path):
    # Root could write it anyway: write bits off mean read-only for root too.
    book_path.chmod(0o444)
    try:
        with Book.open(book_path) as book:
            assert book.readonly and "read-only file" in book.readonly_reason
    finally:
        book_path.chmod(0o644)
