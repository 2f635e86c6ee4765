"""Read-only access to the reference database: the installed reference pack, else the bundled one.

The file is opened with ``mode=ro&immutable=1``: nothing the application does can change it,
and SQLite takes no locks on it (it may sit on a read-only medium or inside a bundle).
``Reference()`` opens the active content (``refpack.active_content``, chosen at each open);
``reference.content`` says which it is (name, version, hash) for packets and the About box.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import Any

from briefingbook import __version__
from briefingbook.core import refpack
from briefingbook.core.errors import NotFoundError, ReferenceDataError
from briefingbook.core.model import (
    Citation,
    Document,
    Event,
    IssueArea,
    LaterSource,
    Observation,
    Outlook,
    Recommendation,
    SeriesInfo,
    SinceThen,
    SinceThenPoint,
    section_likelihood,
)

SCHEMA_VERSION = refpack.SCHEMA_VERSION


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only, immutable connection to the SQLite file at ``path``."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def _tuple(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def _optional(r: sqlite3.Row, column: str) -> str:
    """A column later reference builds added ("" in a pack built before it existed)."""
    return str(r[column] or "") if column in r.keys() else ""


class Reference:
    """The reference content: issue areas, recommendations, outlooks, series, events, tables."""

    def __init__(self, path: Path | None = None) -> None:
        from briefingbook.resources import ResourceMissing

        content = None
        if path is None:
            try:
                content = refpack.active_content()
            except ResourceMissing as exc:
                raise ReferenceDataError(str(exc)) from exc
            path = content.path
        self.path = Path(path)
        if not self.path.is_file():
            raise ReferenceDataError(f"reference database not found: {self.path}")
        try:
            self._conn = connect_readonly(self.path)
            row = self._conn.execute("SELECT value FROM build_info WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ReferenceDataError(f"reference database {self.path} is unreadable: {exc}") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise ReferenceDataError(
                f"reference database {self.path} has schema {row[0] if row else 'unknown'}, expected {SCHEMA_VERSION}"
            )
        if content is None:  # a database named by path: it says what it is (a pack's) or it is the bundled one
            info = self.build_info()
            content = refpack.ContentInfo(
                self.path,
                info.get("name", refpack.BUNDLED_NAME),
                info.get("version", __version__),
                info.get("built", ""),
                "bundled" if "name" not in info else "not verified",
                "name" not in info,
            )
        self.content = content

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Reference":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """For the search module only; everything else goes through the methods below."""
        return self._conn

    def build_info(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._conn.execute("SELECT key, value FROM build_info")}

    # -- documents -------------------------------------------------------------------------
    @cached_property
    def documents(self) -> dict[str, Document]:
        return {
            r["id"]: Document(
                r["id"],
                r["title"],
                r["short_title"],
                r["authors"],
                r["publisher"],
                int(r["year"]),
                authors_es=_optional(r, "authors_es"),
                publisher_es=_optional(r, "publisher_es"),
            )
            for r in self._conn.execute("SELECT * FROM documents ORDER BY year")
        }

    def citation_label(self, citation: Citation, lang: str = "en") -> str:
        row = self._conn.execute(
            "SELECT short_title, short_title_es FROM documents WHERE id = ?", (citation.document,)
        ).fetchone()
        name = (
            citation.document
            if row is None
            else (row["short_title_es"] if lang == "es" and row["short_title_es"] else row["short_title"])
        )
        return f"{name}, {citation.section}"

    # -- issue areas -----------------------------------------------------------------------
    @staticmethod
    def _issue_area(r: sqlite3.Row) -> IssueArea:
        return IssueArea(
            id=r["id"],
            position=r["position"],
            pillar=r["pillar"],
            title_en=r["title_en"],
            title_es=r["title_es"],
            summary_en=r["summary_en"],
            summary_es=r["summary_es"],
            citations=tuple(Citation(c["document"], c["section"]) for c in json.loads(r["citations"])),
            key_indicators=_tuple(r["key_indicators"]),
        )

    def issue_areas(self) -> list[IssueArea]:
        return [self._issue_area(r) for r in self._conn.execute("SELECT * FROM issue_areas ORDER BY position")]

    def issue_area(self, area_id: str) -> IssueArea:
        r = self._conn.execute("SELECT * FROM issue_areas WHERE id = ?", (area_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no issue area {area_id!r}")
        return self._issue_area(r)

    # -- "since then" --------------------------------------------------------------------
    @cached_property
    def later_sources(self) -> dict[str, LaterSource]:
        return {
            r["id"]: LaterSource(
                r["id"], r["publisher"], r["title"], r["url"], r["retrieved"], _optional(r, "publisher_es")
            )
            for r in self._conn.execute("SELECT * FROM later_sources ORDER BY id")
        }

    def since_then(self, area_id: str) -> SinceThen | None:
        """The dated "Since then" points of an issue area with their sources, or None."""
        rows = self._conn.execute(
            "SELECT * FROM since_then WHERE issue_area = ? ORDER BY position", (area_id,)
        ).fetchall()
        if not rows:
            return None
        points = tuple(SinceThenPoint(r["text_en"], r["text_es"], _tuple(r["sources"])) for r in rows)
        order: list[str] = []
        for point in points:
            order += [i for i in point.sources if i not in order]
        return SinceThen(area_id, rows[0]["as_of"], points, tuple(self.later_sources[i] for i in order))

    def recommendation_citation(self, rec: Recommendation, lang: str = "en") -> str:
        """The recommendation's section with every other section its summary rests on."""
        label = self.citation_label(rec.citation, lang)
        if not rec.also_cited:
            return label
        also = "también" if lang == "es" else "also"
        return f"{label}; {also}: {', '.join(rec.also_cited)}"

    # -- recommendations and outlooks ------------------------------------------------------
    @staticmethod
    def _recommendation(r: sqlite3.Row) -> Recommendation:
        return Recommendation(
            id=r["id"],
            position=r["position"],
            document=r["document"],
            year=r["year"],
            section=r["section"],
            also_cited=_tuple(r["also_cited"]),
            issue_area=r["issue_area"],
            pillar=r["pillar"],
            verb=r["verb"],
            kind=r["kind"],
            addressed_to=_tuple(r["addressed_to"]),
            title_en=r["title_en"],
            title_es=r["title_es"],
            summary_en=r["summary_en"],
            summary_es=r["summary_es"],
            outlook_id=r["outlook_id"],
        )

    def recommendations(self, issue_area: str | None = None) -> list[Recommendation]:
        if issue_area is None:
            rows = self._conn.execute("SELECT * FROM recommendations ORDER BY position")
        else:
            rows = self._conn.execute(
                "SELECT * FROM recommendations WHERE issue_area = ? ORDER BY position", (issue_area,)
            )
        return [self._recommendation(r) for r in rows]

    def recommendation(self, rec_id: str) -> Recommendation:
        r = self._conn.execute("SELECT * FROM recommendations WHERE id = ?", (rec_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no recommendation {rec_id!r}")
        return self._recommendation(r)

    def outlook(self, outlook_id: str) -> Outlook:
        r = self._conn.execute("SELECT * FROM outlooks WHERE id = ?", (outlook_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no outlook {outlook_id!r}")
        # A schema-1 pack built before outlooks carried their likelihood: read it from the section.
        likelihood = r["likelihood"] if "likelihood" in r.keys() else section_likelihood(r["section"])
        return Outlook(
            r["id"], _tuple(r["issue_areas"]), r["summary_en"], r["summary_es"], r["document"], r["section"], likelihood
        )

    def outlooks(self) -> list[Outlook]:
        return [self.outlook(r["id"]) for r in self._conn.execute("SELECT id FROM outlooks ORDER BY id")]

    # -- series ----------------------------------------------------------------------------
    @staticmethod
    def _series(r: sqlite3.Row) -> SeriesInfo:
        return SeriesInfo(
            slug=r["slug"],
            position=r["position"],
            concept=r["concept"],
            name_en=r["name_en"],
            name_es=r["name_es"],
            unit=r["unit"],
            unit_label_en=r["unit_label_en"],
            unit_label_es=r["unit_label_es"],
            frequency=r["frequency"],
            countries=json.loads(r["countries"]),
            publisher=r["publisher"],
            series_code=r["series_code"],
            citation=r["citation"],
            as_of=r["as_of"],
            definition_en=r["definition_en"],
            definition_es=r["definition_es"],
            caveats_en=r["caveats_en"],
            caveats_es=r["caveats_es"],
            derived=bool(r["derived"]),
            inputs=_tuple(r["inputs"]),
            issue_areas=_tuple(r["issue_areas"]),
            computed=bool(r["derived_in_file"]),
            code_plain_en=r["code_plain_en"],
            code_plain_es=r["code_plain_es"],
            publisher_plain=r["publisher_plain"],
            as_of_kind=r["as_of_kind"],
            citation_es=_optional(r, "citation_es"),
        )

    def series_list(self) -> list[SeriesInfo]:
        return [self._series(r) for r in self._conn.execute("SELECT * FROM series ORDER BY position")]

    def series(self, slug: str) -> SeriesInfo:
        r = self._conn.execute("SELECT * FROM series WHERE slug = ?", (slug,)).fetchone()
        if r is None:
            raise NotFoundError(f"no series {slug!r} (briefingbook series lists them)")
        return self._series(r)

    def observations(self, slug: str) -> list[Observation]:
        self.series(slug)  # a clear error for an unknown slug
        rows = self._conn.execute(
            "SELECT period, country, value, value_text FROM observations WHERE series_slug = ? ORDER BY period, country",
            (slug,),
        )
        return [Observation(r["period"], r["country"], r["value"], r["value_text"]) for r in rows]

    # -- events and printed tables ---------------------------------------------------------
    def events(self) -> list[Event]:
        return [
            Event(
                r["id"],
                r["date"],
                r["title_en"],
                r["title_es"],
                _tuple(r["issue_areas"]),
                r["citation"],
                r["note_en"],
                r["note_es"],
                tuple(self.later_sources[i] for i in _tuple(r["sources"]) if i in self.later_sources),
                _optional(r, "citation_es"),
            )
            for r in self._conn.execute("SELECT * FROM events ORDER BY date, id")
        ]

    def seed_tables(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn.execute("SELECT * FROM seed_tables ORDER BY id")]

    def foreign_policy_priorities(self) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self._conn.execute(
                "SELECT country, rank, goal_en, goal_es, percent FROM foreign_policy_priorities_2004 ORDER BY country, rank"
            )
        ]

    def students_abroad(self) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self._conn.execute(
                "SELECT id, label_en, label_es, value, value_text, unit FROM students_abroad ORDER BY position"
            )
        ]

    # -- counts ----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return int(self._conn.execute(sql).fetchone()[0])

        return {
            "issues": count("SELECT count(*) FROM issue_areas"),
            "recommendations": count("SELECT count(*) FROM recommendations"),
            "outlooks": count("SELECT count(*) FROM outlooks"),
            "series": count("SELECT count(*) FROM series"),
            "derived_series": count("SELECT count(*) FROM series WHERE derived = 1"),
            "observations": count("SELECT count(*) FROM observations"),
            "events": count("SELECT count(*) FROM events"),
            "tables": count("SELECT count(*) FROM seed_tables"),
            "documents": count("SELECT count(*) FROM documents"),
        }
