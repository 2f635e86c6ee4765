"""Full-text search over the reference content and the user's book.

Both sides use FTS5 with ``unicode61 remove_diacritics 2``, so "migracion" finds
"migración"; every word of the query is matched as a prefix ("front" finds "frontera"), all
words must match (falling back to any word when that finds nothing), results are ranked by
bm25 with titles weighted above bodies, and every query is LIMITed.
"""

from __future__ import annotations

import re
import sqlite3

from briefingbook.core.book import Book
from briefingbook.core.model import SearchHit, pick
from briefingbook.core.reference import Reference

DEFAULT_LIMIT = 20
MAX_LIMIT = 500
_WORD = re.compile(r"\w+", re.UNICODE)
# bm25 weights per indexed column: reference (title_en, title_es, body_en, body_es), book (title, body)
_REFERENCE_WEIGHTS = "10.0, 10.0, 1.0, 1.0"
_BOOK_WEIGHTS = "10.0, 1.0"


def fts_query(text: str, any_word: bool = False) -> str | None:
    """An FTS5 MATCH expression: each word quoted (no operator injection) and prefix-matched."""
    words = _WORD.findall(text)
    if not words:
        return None
    joiner = " OR " if any_word else " "
    return joiner.join(f'"{w}"*' for w in words)


# Ranking through FTS5's ``rank`` column (``rank MATCH 'bm25(weights)'`` … ``ORDER BY rank``)
# rather than ``ORDER BY bm25(...)``: FTS5 then sorts inside the index and hands back only the
# LIMIT best rows, so snippet() runs for those rows alone, not for every match before the sort
# (p95 of the 100× search benchmark 7.2 → 3.9 ms, tests/benchmarks/run.py).
def _reference_hits(conn: sqlite3.Connection, match: str, lang: str, limit: int) -> list[SearchHit]:
    rows = conn.execute(
        f"""SELECT s.kind, s.ref_id, s.title_en, s.title_es,
                   snippet(search_fts, {3 if lang == 'es' else 2}, '[', ']', '…', 12) AS snip, rank
            FROM search_fts JOIN search AS s ON s.rowid = search_fts.rowid
            WHERE search_fts MATCH ? AND rank MATCH 'bm25({_REFERENCE_WEIGHTS})' ORDER BY rank LIMIT ?""",
        (match, limit),
    )
    return [SearchHit(r[0], r[1], pick(lang, r[2], r[3]), r[4] or "", r[5]) for r in rows]


def _book_hits(conn: sqlite3.Connection, match: str, limit: int) -> list[SearchHit]:
    rows = conn.execute(
        f"""SELECT kind, ref_id, title, snippet(book_fts, 3, '[', ']', '…', 12), rank
            FROM book_fts WHERE book_fts MATCH ? AND rank MATCH 'bm25({_BOOK_WEIGHTS})' ORDER BY rank LIMIT ?""",
        (match, limit),
    )
    return [SearchHit(r[0], str(r[1]), r[2], r[3] or "", r[4]) for r in rows]


def search(query: str, reference: Reference | None = None, book: Book | None = None,
           limit: int = DEFAULT_LIMIT, lang: str = "en") -> list[SearchHit]:
    """Ranked hits from the reference DB and (optionally) the book, best first."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    for any_word in (False, True):
        match = fts_query(query, any_word)
        if match is None:
            return []
        hits: list[SearchHit] = []
        if reference is not None:
            hits += _reference_hits(reference.connection, match, lang, limit)
        if book is not None:
            hits += _book_hits(book.connection, match, limit)
        if hits or len(_WORD.findall(query)) < 2:
            break
    hits.sort(key=lambda h: h.score)
    return hits[:limit]
