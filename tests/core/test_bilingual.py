"""An agenda item's brief in the book's other language."""

from __future__ import annotations

import pytest

from briefingbook.core import bilingual
from briefingbook.core.book import Book
from briefingbook.core.errors import InvalidInputError
from briefingbook.core.search import search


def test_other_language_texts_are_kept_apart(demo_book):
    item = demo_book.agenda()[0]
    assert demo_book.summit().language == "en"
    assert bilingual.texts(demo_book, item.id, "es")["talking_points"] == ""
    assert not bilingual.has_version(demo_book, item.id, "es")
    bilingual.set_texts(
        demo_book, item.id, "es", title="Cumbres y mecanismos", talking_points="- Plantear: cumbre anual"
    )
    bilingual.set_texts(demo_book, item.id, "en", talking_points="- Raise: annual summit")
    es = bilingual.texts(demo_book, item.id, "es")
    assert (es["title"], es["talking_points"]) == ("Cumbres y mecanismos", "- Plantear: cumbre anual")
    assert demo_book.agenda_item(item.id).talking_points == "- Raise: annual summit"
    assert demo_book.agenda_item(item.id).title == item.title
    assert bilingual.has_version(demo_book, item.id, "es")
    hits = search("plantear", None, demo_book)
    assert ("agenda", str(item.id)) in {(h.kind, h.id) for h in hits}


def test_versions_follow_the_item(tmp_path):
    with Book.create(tmp_path / "b.bbook", title="T", date="2027-01-01", language="es") as book:
        item = book.add_agenda_item("Migración")
        bilingual.set_texts(book, item.id, "en", title="Migration", notes="English notes")
        book.remove_agenda_item(item.id)
        assert book.connection.execute("SELECT count(*) FROM agenda_item_versions").fetchone()[0] == 0
        assert search("English", None, book) == []


def test_bad_field_or_language(demo_book):
    item = demo_book.agenda()[0]
    with pytest.raises(InvalidInputError):
        bilingual.set_texts(demo_book, item.id, "es", colour="red")
    with pytest.raises(InvalidInputError):
        bilingual.set_texts(demo_book, item.id, "fr", notes="x")
    with pytest.raises(InvalidInputError, match="title"):
        bilingual.set_texts(demo_book, item.id, "en", title=" ")
