"""Shared fixtures.

- Every test gets its own user folder (``BRIEFINGBOOK_HOME`` under ``tmp_path``); nothing
  touches the real user data directory.
- An audit hook fails any test whose code opens a network connection: the application is
  offline by design, and this proves it for everything the suite exercises.
- A demo book is built once per session and copied per test (as Anki's tests do).
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_INDICATORS = ROOT.parent / "shared" / "data" / "indicators"

_network_attempts: list[str] = []


def _no_network(event: str, args: tuple) -> None:
    if event == "socket.connect":
        sock, address = args[0], args[1]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return
        _network_attempts.append(f"connect {address!r}")
        raise PermissionError(f"BriefingBook tests forbid network connections (tried {address!r})")
    if event == "socket.getaddrinfo":
        _network_attempts.append(f"getaddrinfo {args[0]!r}")
        raise PermissionError(f"BriefingBook tests forbid network look-ups (tried {args[0]!r})")


sys.addaudithook(_no_network)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFINGBOOK_HOME", str(home))
    before = len(_network_attempts)
    yield home
    assert _network_attempts[before:] == [], f"network used: {_network_attempts[before:]}"


@pytest.fixture(scope="session")
def reference():
    from briefingbook.core.reference import Reference

    ref = Reference()
    yield ref
    ref.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, reference) -> Path:
    from briefingbook.core.demo import create_demo_book

    path = tmp_path_factory.mktemp("template") / "demo.bbook"
    create_demo_book(path, reference, title="Cumbre", date=dt.date(2027, 3, 1)).close()
    return path


@pytest.fixture
def demo_book(demo_template, tmp_path):
    """An open copy of the demo book (summit 2027-03-01), closed after the test."""
    from briefingbook.core.book import Book

    path = tmp_path / "demo.bbook"
    shutil.copyfile(demo_template, path)
    book = Book.open(path)
    yield book
    book.close()


@pytest.fixture(scope="session")
def _made_books(tmp_path_factory) -> dict:
    return {"folder": tmp_path_factory.mktemp("made"), "books": {}}


@pytest.fixture
def create_book(_made_books):
    """``Book.create(path, **options)`` for tests that need a new book but do not test making one.

    The first book made with these options (by this author, at this scrypt cost) is kept for the
    session and closed; later calls copy its file, a closed book being one self-contained file,
    and open the copy as ``Book.create`` opens what it made (``backup=False``). Making a book
    runs every format step (about 50 ms); copying one takes a millisecond. A second book with
    the same options in one test is made afresh, so the books one test makes never share a
    uuid (a merge would take them for copies of one book); ``populate`` and ``overwrite`` are
    always made afresh."""
    from briefingbook.core import crypto
    from briefingbook.core.book import Book, default_author

    used: set[tuple] = set()

    def create(path, **options) -> Book:
        path = Path(path)
        key = (repr(sorted(options.items())), default_author(), crypto.SCRYPT_LOG2_N)
        if key in used or path.exists() or {"populate", "overwrite"} & set(options):
            return Book.create(path, **options)
        used.add(key)
        books = _made_books["books"]
        if key not in books:
            template = _made_books["folder"] / f"book{len(books)}.bbook"
            Book.create(template, **options).close()
            books[key] = template
        shutil.copyfile(books[key], path)
        return Book.open(path, backup=False, passphrase=options.get("passphrase"))

    return create


@pytest.fixture
def fast_kdf(monkeypatch):
    """Cheap scrypt for tests of encrypted books (the cost is stored in each file, so these
    books still open); the shipped default stays at OWASP's minimum."""
    from briefingbook.core import crypto

    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", 10)
    return crypto


def pytest_collection_modifyitems(items):
    """Tests that need a QApplication are marked ``gui`` (as qutebrowser's suite does)."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
