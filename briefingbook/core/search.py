"""Full-text search over the reference content and the user's book.

Both sides use FTS5 with ``unicode61 remove_diacritics 2``, so "migracion" finds
"migración"; every word of the query is matched as a prefix ("front" finds "frontera"), all
words must match (falling back to any word when that finds nothing), results are ranked by
bm25 with titles weighted above bodies, and every query is LIMITed.

Officials type acronyms and the other country's names (issue 19): a small curated table,
``SYNONYMS``, makes each name of an agreement or an institution find the others, in English and
Spanish ("USMCA" finds "T-MEC" and "CUSMA"). A term of the table, and any hyphenated word, is
matched as an exact phrase, not a prefix, so "T-MEC" does not find "mechanisms". An issue area
whose title the query names ranks above the records that cite it.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from briefingbook.core.book import Book
from briefingbook.core.model import SearchHit, pick
from briefingbook.core.reference import Reference

DEFAULT_LIMIT = 20
MAX_LIMIT = 500
_WORD = re.compile(r"\w+", re.UNICODE)
# Where a snippet's match starts and ends: control characters no user text holds, so a
# display can emphasise the match without reading the user's text as markup.
MARK_START, MARK_END = "\x02", "\x03"
# bm25 weights per indexed column: reference (title_en, title_es, body_en, body_es), book (title, body)
_REFERENCE_WEIGHTS = "10.0, 10.0, 1.0, 1.0"
_BOOK_WEIGHTS = "10.0, 1.0"


# Names of one thing, each written as officials type it. Every entry is an official name or
# its official acronym (the agreements' texts, the agencies' own names); kept small on purpose.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    (
        "USMCA",
        "T-MEC",
        "CUSMA",
        "United States-Mexico-Canada Agreement",
        "Tratado entre México, Estados Unidos y Canadá",
    ),
    ("NAFTA", "TLCAN", "North American Free Trade Agreement", "Tratado de Libre Comercio de América del Norte"),
    (
        "SPP",
        "ASPAN",
        "Security and Prosperity Partnership",
        "Alianza para la Seguridad y la Prosperidad de América del Norte",
    ),
    ("SRE", "Secretaría de Relaciones Exteriores", "Mexican Ministry of Foreign Affairs"),
    ("SEGOB", "Secretaría de Gobernación"),
    ("SHCP", "Secretaría de Hacienda y Crédito Público", "Hacienda"),
    ("SEDENA", "Secretaría de la Defensa Nacional"),
    ("DHS", "Department of Homeland Security", "Departamento de Seguridad Nacional"),
    ("DOS", "Department of State", "State Department", "Departamento de Estado"),
    ("USTR", "Office of the United States Trade Representative", "Trade Representative"),
    ("CBP", "Customs and Border Protection", "Oficina de Aduanas y Protección Fronteriza"),
    ("ICE", "Immigration and Customs Enforcement"),
    ("NADBank", "NADB", "North American Development Bank", "Banco de Desarrollo de América del Norte", "BDAN"),
    ("BECC", "COCEF", "Border Environment Cooperation Commission", "Comisión de Cooperación Ecológica Fronteriza"),
    ("IBWC", "CILA", "International Boundary and Water Commission", "Comisión Internacional de Límites y Aguas"),
    ("PEMEX", "Petróleos Mexicanos"),
    ("CFE", "Comisión Federal de Electricidad"),
    ("FDI", "IED", "foreign direct investment", "inversión extranjera directa"),
    ("GDP", "PIB", "gross domestic product", "producto interno bruto"),
    ("remittances", "remesas"),
    ("border", "frontera"),
    ("migration", "migración"),
)


def _fold(word: str) -> str:
    """A word as the index sees it: lower case, without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _words(text: str) -> tuple[str, ...]:
    return tuple(_fold(w) for w in _WORD.findall(text))


# term (as folded words) → the FTS5 pieces of its group: an ordinary word of the table (written
# in lower case: "border") keeps prefix matching ("borders"); acronyms and names are exact.
_TERMS: dict[tuple[str, ...], tuple[str, ...]] = {}
for _group in SYNONYMS:
    _pieces = tuple(
        _words(term)[0].join('""') + "*"
        if term.islower() and len(_words(term)) == 1
        else '"' + " ".join(_words(term)) + '"'
        for term in _group
    )
    for _term in _group:
        _TERMS[_words(_term)] = _pieces
_LONGEST = max(len(t) for t in _TERMS)


def _phrase(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words) + '"'


def query_parts(text: str) -> list[str]:
    """The query as FTS5 pieces, one per word or recognised term: a term of ``SYNONYMS`` as the
    exact phrases of its group (``("t mec" OR "usmca" OR …)``), a hyphenated word as one exact
    phrase, any other word as a prefix (``"front"*``). Words are quoted: no operator injection."""
    flat: list[tuple[str, ...] | str] = []  # a folded word as a 1-tuple, or a finished FTS piece
    for chunk in text.split():
        words = _words(chunk)
        if len(words) > 1 and words not in _TERMS and "-" in chunk:
            flat.append(_phrase(words))  # "X-ABC": the compound as written, never "abc" as a prefix
        else:
            flat.extend((w,) for w in words)
    # Terms may span several words ("Homeland Security"): the longest term at each place wins.
    out: list[str] = []
    i = 0
    while i < len(flat):
        piece = flat[i]
        if isinstance(piece, str):
            out.append(piece)
            i += 1
            continue
        for size in range(min(_LONGEST, len(flat) - i), 0, -1):
            span = flat[i : i + size]
            if any(isinstance(p, str) for p in span):
                continue
            group = _TERMS.get(tuple(p[0] for p in span))
            if group is not None:
                out.append("(" + " OR ".join(group) + ")")
                i += size
                break
        else:
            out.append(f'"{flat[i][0]}"*')
            i += 1
    return out


def fts_query(text: str, any_word: bool = False) -> str | None:
    """An FTS5 MATCH expression over ``query_parts``: all of them, or any with ``any_word``."""
    parts = query_parts(text)
    if not parts:
        return None
    joiner = " OR " if any_word else " AND "
    return joiner.join(parts)


def _names_issue(hit: SearchHit, query: str) -> bool:
    """True when every word of the query (or a one-word synonym of it) begins a word of the
    hit's title."""
    title = _words(hit.title)
    for word in _words(query):
        names = {word} | {piece.strip('"*') for piece in _TERMS.get((word,), ()) if " " not in piece}
        if not any(t.startswith(name) for t in title for name in names):
            return False
    return True


# Ranking through FTS5's ``rank`` column (``rank MATCH 'bm25(weights)'`` … ``ORDER BY rank``)
# rather than ``ORDER BY bm25(...)``: FTS5 then sorts inside the index and hands back only the
# LIMIT best rows, so snippet() runs for those rows alone, not for every match before the sort
# (p95 of the 100× search benchmark 7.2 → 3.9 ms, tests/benchmarks/run.py).
def _reference_hits(conn: sqlite3.Connection, match: str, lang: str, limit: int) -> list[SearchHit]:
    rows = conn.execute(
        f"""SELECT s.kind, s.ref_id, s.title_en, s.title_es,
                   snippet(search_fts, {3 if lang == "es" else 2}, ?, ?, '…', 12) AS snip, rank
            FROM search_fts JOIN search AS s ON s.rowid = search_fts.rowid
            WHERE search_fts MATCH ? AND rank MATCH 'bm25({_REFERENCE_WEIGHTS})' ORDER BY rank LIMIT ?""",
        (MARK_START, MARK_END, match, limit),
    )
    return [SearchHit(r[0], r[1], pick(lang, r[2], r[3]), r[4] or "", r[5]) for r in rows]


def _book_hits(conn: sqlite3.Connection, match: str, limit: int) -> list[SearchHit]:
    rows = conn.execute(
        f"""SELECT kind, ref_id, title, snippet(book_fts, 3, ?, ?, '…', 12), rank
            FROM book_fts WHERE book_fts MATCH ? AND rank MATCH 'bm25({_BOOK_WEIGHTS})' ORDER BY rank LIMIT ?""",
        (MARK_START, MARK_END, match, limit),
    )
    return [SearchHit(r[0], str(r[1]), r[2], r[3] or "", r[4]) for r in rows]


def search(
    query: str,
    reference: Reference | None = None,
    book: Book | None = None,
    limit: int = DEFAULT_LIMIT,
    lang: str = "en",
) -> list[SearchHit]:
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
        if hits or len(query_parts(query)) < 2:
            break
    # An issue area the query names comes before the records that cite it, then by rank.
    hits.sort(key=lambda h: (not (h.kind == "issue" and _names_issue(h, query)), h.score))
    return hits[:limit]
