"""Synthetic, deterministic data for the benchmarks: scaled reference and book copies, a packet
book, and the mixed search queries.

Synthetic text is drawn from the words of the real reference texts (English and Spanish, with
their accents and real word frequencies), so posting lists in the scaled FTS indexes grow the way
they would with more real content. Nothing here is timed: run.py builds everything first.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import sqlite3
import unicodedata
import uuid
from pathlib import Path

from briefingbook.core.book import Book
from briefingbook.core.reference import Reference
from briefingbook.resources import reference_db_path

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
SEED = 9
NOW = "2025-01-01T00:00:00+00:00"


def corpus_words(reference_path: Path | None = None) -> tuple[list[str], list[str]]:
    """(English token stream, Spanish token stream) of the reference's search texts."""
    conn = sqlite3.connect(
        f"{(reference_path or reference_db_path()).resolve().as_uri()}?mode=ro&immutable=1", uri=True
    )
    try:
        en, es = [], []
        for title_en, title_es, body_en, body_es in conn.execute(
            "SELECT title_en, title_es, body_en, body_es FROM search"
        ):
            en += _WORD.findall(f"{title_en or ''} {body_en or ''}")
            es += _WORD.findall(f"{title_es or ''} {body_es or ''}")
        return en, es
    finally:
        conn.close()


class Text:
    """Random sentences from the corpus's word streams (Zipf-like because they are real streams)."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.en, self.es = corpus_words()

    def words(self, n: int, lang: str = "en") -> str:
        stream = self.en if lang == "en" else self.es
        start = self.rng.randrange(0, len(stream) - n) if len(stream) > n else 0
        # A real run of text with a few words swapped: realistic n-grams, not copies.
        words = stream[start : start + n]
        for _ in range(max(1, n // 8)):
            words[self.rng.randrange(len(words))] = self.rng.choice(stream)
        return " ".join(words)

    def title(self, lang: str = "en") -> str:
        return self.words(self.rng.randint(3, 7), lang).capitalize()

    def paragraph(self, lang: str = "en", n: int | None = None) -> str:
        return self.words(n or self.rng.randint(40, 120), lang).capitalize() + "."

    def bullets(self, count: int, lang: str = "en") -> str:
        return "\n".join(f"- {self.words(self.rng.randint(8, 18), lang).capitalize()}" for _ in range(count))


# -- reference -------------------------------------------------------------------------------------
def scaled_reference(target: Path, factor: int, text: Text) -> Path:
    """A copy of the bundled reference DB whose search index holds ``factor`` times its rows."""
    shutil.copyfile(reference_db_path(), target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        (base,) = conn.execute("SELECT count(*) FROM search").fetchone()
        kinds = [r[0] for r in conn.execute("SELECT kind FROM search ORDER BY rowid")]
        rows = []
        for i in range(base * (factor - 1)):
            rows.append(
                (
                    kinds[i % len(kinds)],
                    f"synthetic-{i}",
                    text.title("en"),
                    text.title("es"),
                    text.paragraph("en"),
                    text.paragraph("es"),
                )
            )
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO search (kind, ref_id, title_en, title_es, body_en, body_es) VALUES (?, ?, ?, ?, ?, ?)", rows
        )
        conn.execute("COMMIT")
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


# -- books -----------------------------------------------------------------------------------------
def demo_book(path: Path, reference: Reference) -> Path:
    from briefingbook.core.demo import create_demo_book

    create_demo_book(path, reference).close()
    return path


def _agenda_rows(count: int, text: Text, areas: list[str], start: int) -> list[tuple]:
    rows = []
    for i in range(count):
        lang = "es" if i % 3 == 2 else "en"
        rows.append(
            (
                str(uuid.UUID(int=text.rng.getrandbits(128))),
                start + i,
                areas[i % len(areas)] if areas else None,
                text.title(lang),
                text.rng.choice(("high", "medium", "low")),
                text.bullets(3, lang),
                text.bullets(4, lang),
                text.paragraph(lang, 40),
                text.paragraph(lang, 40),
                text.paragraph(lang, 25),
                text.paragraph(lang, 60),
                NOW,
                NOW,
            )
        )
    return rows


def _checklist_rows(count: int, text: Text, start: int) -> list[tuple]:
    phases = [
        ("t60", -60, "T-60"),
        ("t45", -45, "T-45"),
        ("t30", -30, "T-30"),
        ("t21", -21, "T-21"),
        ("t14", -14, "T-14"),
        ("t7", -7, "T-7"),
        ("t3", -3, "T-3"),
        ("t1", -1, "T-1"),
        ("t0", 0, "T0"),
        ("tp7", 7, "T+7"),
    ]
    owners = [
        "Lead",
        "Protocol",
        "Press office",
        "Policy planning",
        "Legal",
        "Security",
        "Logistics",
        "Economic affairs",
        "Consular",
        "Desk officer",
    ]
    rows = []
    for i in range(count):
        phase, offset, title = phases[i % len(phases)]
        lang = "es" if i % 4 == 3 else "en"
        done = NOW if text.rng.random() < 0.3 else None
        rows.append(
            (
                str(uuid.UUID(int=text.rng.getrandbits(128))),
                phase,
                f"{title} synthetic",
                offset,
                text.title(lang),
                text.rng.choice(owners),
                start + i,
                done,
                text.paragraph(lang, 20) if i % 5 == 0 else "",
                NOW,
                NOW,
            )
        )
    return rows


def add_synthetic(
    book: Book,
    text: Text,
    *,
    agenda: int = 0,
    checklist: int = 0,
    notes: int = 0,
    areas: list[str] | None = None,
    rec_ids: list[str] | None = None,
) -> None:
    """Append synthetic agenda items, checklist items and recommendation notes in one transaction."""
    with book.transaction() as conn:
        agenda_start = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM agenda_items").fetchone()[0]
        conn.executemany(
            "INSERT INTO agenda_items (uuid, position, issue_area, title, priority, objectives, talking_points, "
            "their_objectives, our_response, press_line, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _agenda_rows(agenda, text, areas or [], agenda_start),
        )
        checklist_start = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM checklist_items").fetchone()[0]
        conn.executemany(
            "INSERT INTO checklist_items (uuid, phase, phase_title, offset_days, title, owner, position, done_at, "
            "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _checklist_rows(checklist, text, checklist_start),
        )
        rec_ids = rec_ids or ["synthetic"]
        conn.executemany(
            "INSERT INTO recommendation_notes (uuid, recommendation_id, noted_on, note, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (
                    str(uuid.UUID(int=text.rng.getrandbits(128))),
                    rec_ids[i % len(rec_ids)],
                    (dt.date(2025, 1, 1) + dt.timedelta(days=i % 300)).isoformat(),
                    text.paragraph("es" if i % 2 else "en", 30),
                    NOW,
                )
                for i in range(notes)
            ],
        )


def scaled_search_book(path: Path, factor: int, reference: Reference, text: Text) -> Path:
    """The demo book (13 agenda items, 36 checklist items) with ``factor`` times its rows, plus
    as many recommendation notes as agenda items."""
    demo_book(path, reference)
    with Book.open(path) as book:
        counts = book.counts()
        areas = [a.id for a in reference.issue_areas()]
        recs = [r.id for r in reference.recommendations()]
        add_synthetic(
            book,
            text,
            agenda=counts["agenda"] * (factor - 1),
            checklist=counts["checklist"] * (factor - 1),
            notes=counts["agenda"] * factor,
            areas=areas,
            rec_ids=recs,
        )
    return path


def open_book(path: Path, checklist: int, agenda: int, reference: Reference, text: Text) -> Path:
    """A book with exactly ``agenda`` agenda items and ``checklist`` checklist items."""
    Book.create(
        path,
        title="Benchmark summit",
        date=dt.date.today() + dt.timedelta(days=30),
        place="Monterrey",
        delegation="Benchmark delegation",
        marking="BENCHMARK",
    ).close()
    with Book.open(path) as book:
        add_synthetic(
            book,
            text,
            agenda=agenda,
            checklist=checklist,
            notes=agenda,
            areas=[a.id for a in reference.issue_areas()],
            rec_ids=[r.id for r in reference.recommendations()],
        )
    return path


# Issue areas whose key indicators add up to exactly 20 packet charts (all but two areas).
PACKET_LEAVE_OUT = ("summits_mechanisms", "infrastructure")


def packet_book(path: Path, reference: Reference, text: Text, paragraphs: int) -> tuple[Path, int]:
    """A demo-like book whose packet has 20 charts; ``paragraphs`` of notes per brief set its length.

    Returns (path, number of charts).
    """
    from briefingbook.core.checklist import load_template

    def populate(book: Book) -> None:
        for area in reference.issue_areas():
            if area.id in PACKET_LEAVE_OUT:
                continue
            book.add_agenda_item(
                area.title("en"),
                issue_area=area.id,
                objectives=text.bullets(3),
                talking_points=text.bullets(5),
                their_objectives=text.paragraph("en", 60),
                our_response=text.paragraph("en", 60),
                press_line=text.paragraph("en", 30),
                notes="\n\n".join(text.paragraph("en", 110) for _ in range(paragraphs)),
            )
        book.apply_checklist_template(load_template(), "en")

    Book.create(
        path,
        title="Benchmark summit",
        date=dt.date.today() + dt.timedelta(days=45),
        place="Mexico City",
        delegation="Benchmark delegation",
        marking="BENCHMARK",
        populate=populate,
    ).close()
    charts = sum(len(a.key_indicators) for a in reference.issue_areas() if a.id not in PACKET_LEAVE_OUT)
    return path, charts


# -- queries ---------------------------------------------------------------------------------------
def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def mixed_queries(count: int = 200, seed: int = SEED) -> list[str]:
    """English and Spanish words, prefixes, accented and unaccented forms, two-word queries."""
    rng = random.Random(seed)
    en, es = corpus_words()
    common_en = sorted({w.lower() for w in en if len(w) >= 5})
    common_es = sorted({w.lower() for w in es if len(w) >= 5})
    accented = sorted({w.lower() for w in es if _strip_accents(w) != w and len(w) >= 5})
    fixed = [
        "migración",
        "migracion",
        "frontera",
        "front",
        "border",
        "trade",
        "comercio",
        "seguridad",
        "remesas",
        "remittances",
        "energía",
        "energia",
        "educación",
        "salud",
        "health",
        "migr",
        "seg",
        "desarrollo",
        "development",
        "cumbre",
    ]
    queries = list(fixed)
    makers = [
        lambda: rng.choice(common_en),  # an English word
        lambda: rng.choice(common_es),  # a Spanish word
        lambda: rng.choice(common_en + common_es)[: rng.randint(3, 5)],  # a prefix
        lambda: rng.choice(accented),  # an accented word
        lambda: _strip_accents(rng.choice(accented)),  # the same typed without accents
        lambda: f"{rng.choice(common_en)} {rng.choice(common_en)}",  # two English words
        lambda: f"{rng.choice(common_es)} {rng.choice(common_es)[:4]}",  # Spanish word and a prefix
    ]
    while len(queries) < count:
        queries.append(makers[len(queries) % len(makers)]())
    return queries[:count]
