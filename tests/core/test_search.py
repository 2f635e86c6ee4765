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
    assert fts_query('crossing "fence') == '"crossing"* AND "fence"*'
    assert fts_query('"border') == '("border"* OR "frontera"*)'  # a word of the synonyms table
    assert fts_query("!!!") is None


def test_any_word_fallback(reference):
    hits = search("frontera zzzzqqq", reference)
    assert ("issue", "debordering_border") in _kinds_ids(hits)


# -- issue 19: search that finds what officials type ----------------------------------------------
def test_acronyms_find_each_other_in_both_languages(demo_book, reference):
    item = demo_book.agenda()[0]
    demo_book.update_agenda_item(item.id, notes="Revisión conjunta del T-MEC en 2026.")
    for query in ("T-MEC", "USMCA", "cusma", "t-mec"):
        hits = search(query, reference, demo_book)
        assert ("agenda", str(item.id)) in _kinds_ids(hits), query
    # NAFTA = TLCAN: the reference's NAFTA records answer the Spanish acronym.
    assert ("event", "nafta-in-force") in _kinds_ids(search("TLCAN", reference))
    assert ("event", "dhs-created") in _kinds_ids(search("DHS", reference))


def test_t_mec_does_not_match_mechanisms(reference):
    assert [h for h in search("T-MEC", reference, limit=50) if "mechanism" in h.title.lower()] == []
    assert search("MEC", reference, limit=50)  # a bare prefix still matches as before
    assert fts_query("T-MEC").startswith('("usmca" OR "t mec"')
    assert fts_query("X-ABC") == '"x abc"'  # any hyphenated word is matched as written


def test_an_issue_area_ranks_above_the_records_citing_it(reference):
    for query, issue in (
        ("migration", "migration"),
        ("migración", "migration"),
        ("energy", "energy_for_infrastructure"),
    ):
        hits = search(query, reference, limit=20, lang="es" if "ó" in query else "en")
        assert (hits[0].kind, hits[0].id) == ("issue", issue), query


def test_the_snippet_marks_the_match_with_characters_no_text_holds(demo_book, reference):
    from briefingbook.core.search import MARK_END, MARK_START

    item = demo_book.agenda()[0]
    demo_book.update_agenda_item(item.id, notes="<b>Radios</b> need interoperabilidad [now]")
    hit = next(h for h in search("interoperabilidad", reference, demo_book) if h.kind == "agenda")
    assert f"{MARK_START}interoperabilidad{MARK_END}" in hit.snippet and "<b>Radios</b>" in hit.snippet
