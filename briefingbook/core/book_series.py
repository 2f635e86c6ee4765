"""Indicator series the user imported into the book, each re-import kept as a vintage.

As ALFRED does, re-importing a series never overwrites it: the new values become the next
vintage and the earlier ones stay readable. Reading returns the latest vintage unless another
is asked for. Each import is one transaction, so a refused or failed import leaves the book as
it was. The tables are those of book schema step 3 (``core/migrations.py``).

For the charts pane: ``imported_series(book)`` lists the series as ``model.SeriesInfo`` with
``source="book"`` (publisher = the source the user confirmed; ``citation`` names the original
file and its sha256), and ``observations(book, slug, vintage=None)`` returns
``model.Observation`` rows ordered by period then country; ``vintages(book, slug)`` says which
vintages exist so a chart can say which one it draws.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.import_messages import Message

if TYPE_CHECKING:  # the import parser loads on first use, not with the charts pane (start-up, issue 9)
    from briefingbook.core.book import Book
    from briefingbook.core.importers import Preview
from briefingbook.core.model import Observation, SeriesInfo

SLUG_PATTERN = re.compile(r"[a-z0-9][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class Vintage:
    """One import of a series: when, from which file, with how many values."""

    slug: str
    vintage: int  # 1 for the first import, then 2, 3…
    imported_at: str  # UTC, ISO 8601
    as_of: str
    layout: str  # Preview.stored_layout: "text:world_bank", "xlsx:tidy"…
    file_name: str
    file_sha256: str
    observations: int


@dataclass(frozen=True)
class StoredImport:
    slug: str
    vintage: int
    observations: int
    created: bool  # True when the series is new to the book


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def slugify(name: str) -> str:
    """A series id from its name: ``"Remesas (Banxico SIE)"`` -> ``remesas_banxico_sie``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    slug = re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:64].strip("_")
    if not slug:
        raise InvalidInputError(Message("no_slug", name=repr(name)))
    return slug


def check_slug(slug: str) -> str:
    if not SLUG_PATTERN.fullmatch(slug):
        raise InvalidInputError(Message("bad_slug", slug=repr(slug)))
    return slug


def _required(label: str, value: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInputError(Message("needs_field", field=Message(f"field_{label}")))
    return value


def store(
    book: Book,
    preview: Preview,
    *,
    name: str,
    unit: str,
    source: str,
    slug: str | None = None,
    series_code: str | None = None,
    as_of: str | None = None,
    notes: str | None = None,
    reserved_slugs: Iterable[str] = (),
) -> StoredImport:
    """Write ``preview`` into the book as the next vintage of ``slug`` (derived from ``name`` when
    not given), in one transaction.

    ``series_code`` and ``as_of`` default to what the file says (``preview.provenance``).
    ``reserved_slugs`` are ids the series may not take (pass the reference series' slugs so an
    imported series never hides a reference one). A later vintage must keep the series'
    frequency and unit.
    """
    name = _required("name", name)
    unit = _required("unit", unit)
    source = _required("source", source)
    slug = check_slug(slug.strip()) if slug and slug.strip() else slugify(name)
    if slug in set(reserved_slugs):
        raise InvalidInputError(Message("reserved_slug", slug=repr(slug)))
    code = (preview.provenance.series_code if series_code is None else series_code).strip()
    as_of = (preview.provenance.as_of if as_of is None else as_of).strip()
    if not preview.rows:
        raise InvalidInputError(Message("preview_empty", file=preview.file_name))
    now = _now()
    with book.transaction() as conn:
        existing = conn.execute("SELECT frequency, unit FROM book_series WHERE slug = ?", (slug,)).fetchone()
        if existing is None:
            conn.execute(
                "INSERT INTO book_series (slug, uuid, name, unit, source, series_code, frequency, aggregation, notes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    slug,
                    str(uuidlib.uuid4()),
                    name,
                    unit,
                    source,
                    code,
                    preview.frequency,
                    preview.aggregation,
                    (notes or "").strip(),
                    now,
                    now,
                ),
            )
            vintage = 1
        else:
            if existing["frequency"] != preview.frequency:
                raise InvalidInputError(
                    Message(
                        "frequency_mismatch",
                        slug=repr(slug),
                        old=Message(existing["frequency"]),
                        file=preview.file_name,
                        new=Message(preview.frequency),
                    )
                )
            if existing["unit"] != unit:
                raise InvalidInputError(
                    Message("unit_mismatch", slug=repr(slug), old=repr(existing["unit"]), new=repr(unit))
                )
            conn.execute(
                "UPDATE book_series SET name = ?, source = ?, series_code = ?, aggregation = ?, "
                "notes = coalesce(?, notes), updated_at = ? WHERE slug = ?",
                (name, source, code, preview.aggregation, notes.strip() if notes is not None else None, now, slug),
            )
            vintage = (
                conn.execute(
                    "SELECT max(vintage) + 1 FROM book_series_vintages WHERE series_slug = ?", (slug,)
                ).fetchone()[0]
                or 1
            )
        conn.execute(
            "INSERT INTO book_series_vintages (series_slug, vintage, imported_at, as_of, layout, file_name, "
            "file_sha256, observations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (slug, vintage, now, as_of, preview.stored_layout, preview.file_name, preview.sha256, len(preview.rows)),
        )
        conn.executemany(
            "INSERT INTO book_observations (series_slug, vintage, period, country, value) VALUES (?, ?, ?, ?, ?)",
            [(slug, vintage, r.period, r.country, r.value) for r in preview.rows],
        )
    return StoredImport(slug, vintage, len(preview.rows), existing is None)


# -- reading ---------------------------------------------------------------------------------------
def _has_tables(conn: sqlite3.Connection) -> bool:
    """False for a book opened read-only before schema step 3 was applied to it."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'book_series'").fetchone() is not None
    )


def has_series(book: Book, slug: str) -> bool:
    conn = book.connection
    return (
        _has_tables(conn) and conn.execute("SELECT 1 FROM book_series WHERE slug = ?", (slug,)).fetchone() is not None
    )


def vintages(book: Book, slug: str) -> list[Vintage]:
    """Every vintage of the series, oldest first."""
    if not has_series(book, slug):
        raise NotFoundError(f"no imported series {slug!r} in {book.path.name}")
    rows = book.connection.execute("SELECT * FROM book_series_vintages WHERE series_slug = ? ORDER BY vintage", (slug,))
    return [
        Vintage(
            r["series_slug"],
            r["vintage"],
            r["imported_at"],
            r["as_of"],
            r["layout"],
            r["file_name"],
            r["file_sha256"],
            r["observations"],
        )
        for r in rows
    ]


def _latest(book: Book, slug: str) -> Vintage:
    return vintages(book, slug)[-1]


def observations(book: Book, slug: str, vintage: int | None = None) -> list[Observation]:
    """The series' values in ``vintage`` (default: the latest), by period then country."""
    known = vintages(book, slug)
    number = known[-1].vintage if vintage is None else vintage
    if number not in {v.vintage for v in known}:
        raise NotFoundError(
            f"series {slug!r} has no vintage {vintage} (it has {', '.join(str(v.vintage) for v in known)})"
        )
    rows = book.connection.execute(
        "SELECT period, country, value FROM book_observations WHERE series_slug = ? AND vintage = ? "
        "ORDER BY period, country",
        (slug, number),
    )
    from briefingbook.core.importers import value_text

    return [Observation(r["period"], r["country"], r["value"], value_text(r["value"])) for r in rows]


def _info(book: Book, r: sqlite3.Row, position: int) -> SeriesInfo:
    latest = _latest(book, r["slug"])
    countries = [
        c[0]
        for c in book.connection.execute(
            "SELECT DISTINCT country FROM book_observations WHERE series_slug = ? AND vintage = ? ORDER BY country",
            (r["slug"], latest.vintage),
        )
    ]
    citation = (
        f"{r['source']}; imported from {latest.file_name} (sha256 {latest.file_sha256[:12]}) on "
        f"{latest.imported_at[:10]}, vintage {latest.vintage}"
    )
    citation_es = (
        f"{r['source']}; importada de {latest.file_name} (sha256 {latest.file_sha256[:12]}) el "
        f"{latest.imported_at[:10]}, versión {latest.vintage}"
    )
    caveat_en = f"annual {r['aggregation']} of the file's values" if r["aggregation"] else ""
    caveat_es = {
        "sum": "suma anual de los valores del archivo",
        "mean": "promedio anual de los valores del archivo",
    }.get(r["aggregation"] or "", "")
    return SeriesInfo(
        slug=r["slug"],
        position=position,
        concept=r["slug"],
        name_en=r["name"],
        name_es=r["name"],
        unit=r["unit"],
        unit_label_en=r["unit"],
        unit_label_es=r["unit"],
        frequency=r["frequency"],
        countries={c: {"en": c, "es": c} for c in countries},
        publisher=r["source"],
        series_code=r["series_code"],
        citation=citation,
        citation_es=citation_es,
        as_of=latest.as_of,
        definition_en=r["notes"],
        definition_es=r["notes"],
        caveats_en=caveat_en,
        caveats_es=caveat_es,
        derived=False,
        inputs=(),
        issue_areas=(),
        source="book",
    )


def imported_series(book: Book) -> list[SeriesInfo]:
    """The book's imported series in the order they were first imported."""
    conn = book.connection
    if not _has_tables(conn):
        return []
    rows = conn.execute("SELECT * FROM book_series ORDER BY created_at, slug").fetchall()
    return [_info(book, r, position) for position, r in enumerate(rows)]


def imported_series_info(book: Book, slug: str) -> SeriesInfo:
    for info in imported_series(book):
        if info.slug == slug:
            return info
    raise NotFoundError(f"no imported series {slug!r} in {book.path.name}")
