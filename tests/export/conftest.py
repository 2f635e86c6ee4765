"""Fixtures for the packet tests: one demo book with hostile user text, exported once per module."""

from __future__ import annotations

import shutil

import pytest
from packet_support import prepare


@pytest.fixture(scope="module")
def packet_book(demo_template, reference, tmp_path_factory):
    """An open, prepared copy of the demo book in its own folder (module scope)."""
    from briefingbook.core.book import Book

    folder = tmp_path_factory.mktemp("packet")
    path = folder / "demo.bbook"
    shutil.copyfile(demo_template, path)
    book = Book.open(path)
    prepare(book, reference)
    yield book
    book.close()
