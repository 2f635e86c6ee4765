"""Search across reference and book content: accent-insensitive, prefix, ranked, limited."""

from __future__ import annotations

import pytest

from briefingbook.core.search import fts_query, search


def _kinds_ids(hits):
    return {(h.kind, h.id) for h in hits}


@pytest.mark.parametrize("query", ["migración", "migracion", "MIGRACION", "migra"])
def test_spanish_with_or_without_accents_finds_migration(reference, query):
    hits = search(query, reference, limit=50)
    assert ("issue", "migration") in _kinds_ids(hits)
    assert any(h.kind == "recommendation" and "migration" in h.id or h.kind == "recommendation" for h in hits)


def test_frontera_finds_border_records(reference):
    hits = search("frontera", reference, limit=50)
    ids = _kinds_ids(hits)
    assert ("issue", "debordering_border") in ids
    assert any(kind == "recommendation" for kind, _ in ids)


def test_english_and_ranking(reference):
    hits = search("remittances", reference, limit=10)
    assert hits and all(a.score <= b.score for a, b in zip(hits, hits[1:]))
    assert any(h.kind == "series" and h.id.startswith("remittances") for h in hits)


def test_limit_is_respected(reference):
    assert len(search("the", reference, limit=3)) <= 3
    assert len(search("mexico", reference, limit=500)) <= 500


def test_book_content_is_searched(demo_book, reference):
    item = demo_book.agenda()[0]
    demo_book.update_agenda_item(item.id, talking_points="- Raise the interoperabilidad of radios")
    hits = search("interoperabilidad", reference, demo_book)
    assert ("agenda", str(item.id)) in _kinds_ids(hits)
    demo_book.add_recommendation_note("wwc2005-x", "Pedir información técnica")
    assert any(h.kind == "note" for h in search("tecnica", None, demo_book))


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a AND OR", "-", "'; DROP TABLE search; --", ""])
def test_hostile_queries_do_not_raise(reference, query):
    search(query, reference, limit=5)


def test_fts_query_quotes_words():
    assert fts_query('border "crossing') == '"border"* "crossing"*'
    assert fts_query("!!!") is None


def test_any_word_fallback(reference):
    hits = search("frontera zzzzqqq", reference)
    assert ("issue", "debordering_border") in _kinds_ids(hits)
