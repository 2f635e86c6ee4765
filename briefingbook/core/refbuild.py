"""Build a reference database from the reviewable sources in ``data/sources/``.

    python build/build_reference_db.py            # writes data/reference.sqlite
    python build/build_reference_db.py --check    # exit 1 when the shipped DB is stale

The builder lives in the installed package (not in ``build/``) so that a plain install and
the laptop bundle can build reference packs too; it needs only the standard library's sqlite3
and PyYAML. The build is deterministic (sorted inputs, no timestamps) and records a hash of
its inputs (every file under data/sources/, this module and briefingbook/core/derived.py) in
``build_info.sources_hash``; a test compares that hash with the sources, so a change to a
source without a rebuild fails CI. Every record keeps a stable slug id so books that refer
to it survive a rebuild.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from briefingbook.core import derived, refpack
from briefingbook.core.errors import BriefingBookError
from briefingbook.core.model import OUTLOOK_LIKELIHOODS, section_likelihood

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# In a source checkout: the repository (data/sources, data/reference.sqlite).
ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"
OUTPUT = ROOT / "data" / "reference.sqlite"
SCHEMA_VERSION = refpack.SCHEMA_VERSION  # the schema this builder writes
TOKENIZE = "unicode61 remove_diacritics 2"

ISSUE_AREA_COUNT_MIN = 13
PILLARS = {"political_leadership", "mutual_security", "competitiveness", "new_opportunities"}
DOCUMENTS = {"wwc2005", "outline2009"}


class SourceError(BriefingBookError):
    """A source file is malformed; the message names the file and the entry."""


def hashed_inputs(sources: Path | None = None) -> list[tuple[str, Path]]:
    """The build's inputs, each with the name it is hashed under: every file of the sources
    folder as ``data/sources/…`` (wherever the folder is: a data team's copy hashes like the
    repository's), then this module and derived.py. The laptop bundle carries the two modules'
    source files for this (briefingbook.spec)."""
    sources = sources or SOURCES
    files = sorted(p for p in sources.rglob("*") if p.is_file())
    here = Path(__file__).resolve()
    return [("data/sources/" + p.relative_to(sources).as_posix(), p) for p in files] + [
        ("briefingbook/core/refbuild.py", here.with_name("refbuild.py")),
        ("briefingbook/core/derived.py", here.with_name("derived.py")),
    ]


def sources_hash(sources: Path | None = None) -> str:
    """sha256 over the build's inputs, independent of checkout line endings."""
    digest = hashlib.sha256()
    for name, path in hashed_inputs(sources):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
        digest.update(b"\0")
    return digest.hexdigest()


def _shown(path: Path) -> str:
    """A source file's name for messages: relative to the repository or the working folder."""
    for base in (ROOT, Path.cwd()):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return str(path)


def _load_yaml(name: str, sources: Path | None = None) -> list[dict[str, Any]]:
    path = (sources or SOURCES) / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(f"{_shown(path)}: missing from the sources folder") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError(f"{_shown(path)}: not valid YAML{where}: {problem}") from exc
    if not isinstance(data, list):
        raise SourceError(f"{_shown(path)}: expected a list of entries")
    return data


def _require(entry: dict[str, Any], keys: list[str], where: str) -> None:
    missing = [k for k in keys if entry.get(k) in (None, "")]
    if missing:
        raise SourceError(f"{where}: missing {', '.join(missing)}")


def _unique(entries: list[dict[str, Any]], key: str, where: str) -> None:
    seen: set[str] = set()
    for entry in entries:
        if entry[key] in seen:
            raise SourceError(f"{where}: duplicate {key} {entry[key]!r}")
        seen.add(entry[key])


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except FileNotFoundError:
        raise SourceError(f"{_shown(path)}: missing from the sources folder") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SourceError(f"{_shown(path)}: not a readable UTF-8 CSV file: {exc}") from exc


def load_documents(sources: Path | None = None) -> list[dict[str, Any]]:
    docs = _load_yaml("documents.yaml", sources)
    for d in docs:
        _require(d, ["id", "title", "short_title", "authors", "publisher", "year"], f"documents.yaml {d.get('id')}")
    return docs


def load_issue_areas(sources: Path | None = None) -> list[dict[str, Any]]:
    areas = _load_yaml("issue_areas.yaml", sources)
    for i, a in enumerate(areas):
        where = f"issue_areas.yaml entry {i + 1} ({a.get('id')})"
        _require(a, ["id", "pillar", "title_en", "title_es", "summary_en", "summary_es", "citations"], where)
        if a["pillar"] not in PILLARS:
            raise SourceError(f"{where}: pillar {a['pillar']!r} is not one of {sorted(PILLARS)}")
        for c in a["citations"]:
            if c.get("document") not in DOCUMENTS or not c.get("section"):
                raise SourceError(f"{where}: citation {c!r} needs a known document and a section")
    _unique(areas, "id", "issue_areas.yaml")
    if len(areas) < ISSUE_AREA_COUNT_MIN:
        raise SourceError(f"issue_areas.yaml: {len(areas)} areas, expected at least {ISSUE_AREA_COUNT_MIN}")
    return areas


def load_outlooks(area_ids: set[str], sources: Path | None = None) -> list[dict[str, Any]]:
    outlooks = _load_yaml("outlooks.yaml", sources)
    for o in outlooks:
        where = f"outlooks.yaml {o.get('id')}"
        _require(o, ["id", "summary_en", "summary_es", "section", "likelihood"], where)
        if o["likelihood"] not in OUTLOOK_LIKELIHOODS:
            raise SourceError(f"{where}: likelihood {o['likelihood']!r} is not one of {list(OUTLOOK_LIKELIHOODS)}")
        graded = section_likelihood(o["section"])
        if graded and graded != o["likelihood"]:
            raise SourceError(
                f"{where}: likelihood {o['likelihood']!r} but its section {o['section']!r} says {graded!r}"
            )
        for area in o.get("issue_areas") or []:
            if area not in area_ids:
                raise SourceError(f"{where}: unknown issue area {area!r}")
    _unique(outlooks, "id", "outlooks.yaml")
    return outlooks


def load_recommendations(
    area_ids: set[str], outlook_ids: set[str], sources: Path | None = None
) -> list[dict[str, Any]]:
    recs = _load_yaml("recommendations.yaml", sources)
    for i, r in enumerate(recs):
        where = f"recommendations.yaml entry {i + 1} ({r.get('id')})"
        _require(
            r,
            ["id", "document", "year", "section", "issue_area", "title_en", "title_es", "summary_en", "summary_es"],
            where,
        )
        if r["document"] not in DOCUMENTS:
            raise SourceError(f"{where}: unknown document {r['document']!r}")
        if r["issue_area"] not in area_ids:
            raise SourceError(f"{where}: unknown issue area {r['issue_area']!r}")
        if r.get("outlook") and r["outlook"] not in outlook_ids:
            raise SourceError(f"{where}: unknown outlook {r['outlook']!r}")
        if r.get("kind") not in (None, "common", "complementary"):
            raise SourceError(f"{where}: kind must be common, complementary or null")
    _unique(recs, "id", "recommendations.yaml")
    return recs


def load_series(sources: Path | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    series = _load_yaml("indicators.yaml", sources)
    csv_slugs = sorted(p.stem for p in ((sources or SOURCES) / "indicators").glob("*.csv"))
    yaml_slugs: list[Any] = [s.get("slug") for s in series]  # as the YAML has them; _require checks them below
    meta_slugs = sorted(yaml_slugs)
    if csv_slugs != meta_slugs:
        raise SourceError(
            "indicators.yaml and data/sources/indicators/*.csv disagree: "
            f"only in CSVs {sorted(set(csv_slugs) - set(meta_slugs))}, only in YAML {sorted(set(meta_slugs) - set(csv_slugs))}"
        )
    for s in series:
        _require(
            s,
            [
                "slug",
                "name_en",
                "name_es",
                "unit",
                "unit_label_en",
                "unit_label_es",
                "frequency",
                "countries",
                "publisher",
                "series_code",
                "citation",
                "as_of",
            ],
            f"indicators.yaml {s.get('slug')}",
        )
    derived_meta = _load_yaml("derived.yaml", sources)
    for s in derived_meta:
        _require(s, ["slug", "name_en", "name_es", "unit", "inputs"], f"derived.yaml {s.get('slug')}")
        if s["slug"] not in derived.DERIVED_SERIES:
            raise SourceError(f"derived.yaml {s['slug']}: no computation in briefingbook/core/derived.py")
    return series, derived_meta


def load_observations(series: list[dict[str, Any]], sources: Path | None = None) -> list[dict[str, Any]]:
    rows = []
    for s in series:
        path = (sources or SOURCES) / "indicators" / f"{s['slug']}.csv"
        codes = set(s["countries"])
        for line_no, r in enumerate(_read_csv(path), start=2):
            where = f"{_shown(path)} line {line_no}"
            if r.get("country") not in codes:
                raise SourceError(f"{where}: country {r.get('country')!r} has no label in indicators.yaml")
            try:
                value = float(r["value"])
                int(r["year"])
            except (TypeError, ValueError) as exc:
                raise SourceError(f"{where}: year/value not numeric ({r})") from exc
            rows.append(
                {
                    "series_slug": s["slug"],
                    "period": r["year"],
                    "country": r["country"],
                    "value": value,
                    "value_text": r["value"],
                }
            )
    return rows


def derive_observations(derived_meta: list[dict[str, Any]], observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for s in derived_meta:
        source_slug, _code = derived.DERIVED_SERIES[s["slug"]]
        inputs = [(o["period"], o["country"], o["value"]) for o in observations if o["series_slug"] == source_slug]
        for period, country, value in derived.compute(s["slug"], inputs):
            rows.append(
                {
                    "series_slug": s["slug"],
                    "period": period,
                    "country": country,
                    "value": value,
                    "value_text": derived.format_value(value),
                }
            )
    return rows


def _is_date(value: object) -> bool:
    text = str(value or "")
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()


def load_later_sources(sources: Path | None = None) -> dict[str, dict[str, Any]]:
    """Public material found after the seeds: every entry names its publisher, title, URL and
    the day it was retrieved (later_sources.yaml)."""
    entries = _load_yaml("later_sources.yaml", sources)
    for s in entries:
        where = f"later_sources.yaml {s.get('id')}"
        _require(s, ["id", "publisher", "title", "url", "retrieved"], where)
        if not str(s["url"]).startswith(("http://", "https://")):
            raise SourceError(f"{where}: url {s['url']!r} is not a web address")
        if not _is_date(s["retrieved"]):
            raise SourceError(f"{where}: retrieved {s['retrieved']!r} must be YYYY-MM-DD")
    _unique(entries, "id", "later_sources.yaml")
    return {s["id"]: s for s in entries}


def _check_source_ids(ids: list[str], later: dict[str, dict[str, Any]], where: str) -> None:
    if not ids:
        raise SourceError(f"{where}: needs at least one source")
    for source_id in ids:
        if source_id not in later:
            raise SourceError(f"{where}: unknown source {source_id!r} (not in later_sources.yaml)")


def load_since_then(
    area_ids: set[str], later: dict[str, dict[str, Any]], sources: Path | None = None
) -> list[dict[str, Any]]:
    """The dated "Since then" points per issue area, each resting on listed sources."""
    entries = _load_yaml("since_then.yaml", sources)
    for e in entries:
        where = f"since_then.yaml {e.get('issue_area')}"
        _require(e, ["issue_area", "as_of", "points"], where)
        if e["issue_area"] not in area_ids:
            raise SourceError(f"{where}: unknown issue area")
        if not _is_date(e["as_of"]):
            raise SourceError(f"{where}: as_of {e['as_of']!r} must be YYYY-MM-DD")
        for n, point in enumerate(e["points"], start=1):
            _require(point, ["en", "es", "sources"], f"{where} point {n}")
            _check_source_ids(point["sources"], later, f"{where} point {n}")
    _unique(entries, "issue_area", "since_then.yaml")
    return entries


def load_events(
    area_ids: set[str], later: dict[str, dict[str, Any]] | None = None, sources: Path | None = None
) -> list[dict[str, Any]]:
    events = _load_yaml("events.yaml", sources)
    for e in events:
        where = f"events.yaml {e.get('id')}"
        _require(e, ["id", "date", "title_en", "title_es", "citation"], where)
        date = str(e["date"])
        if not (len(date) in (4, 7, 10) and date[:4].isdigit()):
            raise SourceError(f"{where}: date {date!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        for area in e.get("issue_areas") or []:
            if area not in area_ids:
                raise SourceError(f"{where}: unknown issue area {area!r}")
        citation = e["citation"]
        if citation.get("source"):
            _check_source_ids([citation["source"], *(citation.get("also") or [])], later or {}, where)
        elif not (citation.get("document") in DOCUMENTS and citation.get("section")):
            raise SourceError(
                f"{where}: citation needs a seed document and section, or a source from later_sources.yaml"
            )
    _unique(events, "id", "events.yaml")
    return events


def source_text(source: dict[str, Any]) -> str:
    """ "Publisher, Title, URL (retrieved YYYY-MM-DD)" for one entry of later_sources.yaml."""
    return f"{source['publisher']}, {source['title']}, {source['url']} (retrieved {source['retrieved']})"


def citation_sources(citation: dict[str, Any]) -> list[str]:
    return [citation["source"], *(citation.get("also") or [])] if citation.get("source") else []


def citation_text(
    citation: dict[str, Any],
    documents: dict[str, dict[str, Any]],
    later: dict[str, dict[str, Any]] | None = None,
    lang: str = "en",
) -> str:
    """An event's citation as built (English; ``lang="es"`` names a seed document by its
    Spanish short title, and the later sources are worded per language when read)."""
    if citation.get("document"):
        doc = documents[citation["document"]]
        title = (doc.get("short_title_es") if lang == "es" else "") or doc["short_title"]
        return f"{title}, {citation.get('section', '')}".rstrip(", ")
    return "; ".join(source_text((later or {})[i]) for i in citation_sources(citation))


def build(output: Path = OUTPUT, sources: Path | None = None, identity: dict[str, str] | None = None) -> Path:
    """Build the database at ``output`` from ``sources`` (default: the repository's data/sources).

    ``identity`` (a pack's name, version and build date) goes into ``build_info`` beside the
    schema version and sources hash; the bundled database has none.
    """
    sources = sources or SOURCES
    if not sources.is_dir():
        raise SourceError(f"{sources}: not a folder of reference sources")
    documents = load_documents(sources)
    doc_index = {d["id"]: d for d in documents}
    areas = load_issue_areas(sources)
    area_ids = {a["id"] for a in areas}
    outlooks = load_outlooks(area_ids, sources)
    recs = load_recommendations(area_ids, {o["id"] for o in outlooks}, sources)
    series, derived_meta = load_series(sources)
    observations = load_observations(series, sources)
    observations += derive_observations(derived_meta, observations)
    later = load_later_sources(sources)
    since_then = load_since_then(area_ids, later, sources)
    events = load_events(area_ids, later, sources)
    tables_meta = _load_yaml("tables.yaml", sources)

    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".reference-", suffix=".sqlite", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = _Database(tmp)
        db["build_info"].insert_all(
            [
                {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                {"key": "sources_hash", "value": sources_hash(sources)},
            ]
            + [{"key": key, "value": value} for key, value in sorted((identity or {}).items())],
            pk="key",
        )
        db["documents"].insert_all(
            [
                {
                    k: d.get(k, "")
                    for k in (
                        "id",
                        "title",
                        "short_title",
                        "short_title_es",
                        "authors",
                        "authors_es",
                        "publisher",
                        "publisher_es",
                        "year",
                    )
                }
                for d in documents
            ],
            pk="id",
        )
        db["issue_areas"].insert_all(
            [
                {
                    "id": a["id"],
                    "position": i,
                    "pillar": a["pillar"],
                    "title_en": a["title_en"],
                    "title_es": a["title_es"],
                    "summary_en": a["summary_en"].strip(),
                    "summary_es": a["summary_es"].strip(),
                    "citations": _json(a["citations"]),
                    "key_indicators": _json(a.get("key_indicators") or []),
                }
                for i, a in enumerate(areas)
            ],
            pk="id",
        )
        db["outlooks"].insert_all(
            [
                {
                    "id": o["id"],
                    "issue_areas": _json(o.get("issue_areas") or []),
                    "summary_en": o["summary_en"].strip(),
                    "summary_es": o["summary_es"].strip(),
                    "document": o.get("document", "outline2009"),
                    "section": o["section"],
                    "likelihood": o["likelihood"],
                }
                for o in outlooks
            ],
            pk="id",
        )
        db["recommendations"].insert_all(
            [
                {
                    "id": r["id"],
                    "position": i,
                    "document": r["document"],
                    "year": int(r["year"]),
                    "section": r["section"],
                    "also_cited": _json(r.get("also_cited") or []),
                    "issue_area": r["issue_area"],
                    "pillar": r.get("pillar") or "",
                    "verb": r.get("verb") or "",
                    "kind": r.get("kind"),
                    "addressed_to": _json(r.get("addressed_to") or []),
                    "title_en": r["title_en"],
                    "title_es": r["title_es"],
                    "summary_en": r["summary_en"].strip(),
                    "summary_es": r["summary_es"].strip(),
                    "outlook_id": r.get("outlook"),
                }
                for i, r in enumerate(recs)
            ],
            pk="id",
            foreign_keys=[("issue_area", "issue_areas", "id"), ("outlook_id", "outlooks", "id")],
            columns={"kind": str, "outlook_id": str},
        )
        series_rows = []
        for i, s in enumerate(series + derived_meta):
            is_derived = s in derived_meta
            series_rows.append(
                {
                    "slug": s["slug"],
                    "position": i,
                    "concept": s.get("concept", ""),
                    "name_en": s["name_en"],
                    "name_es": s["name_es"],
                    "unit": s["unit"],
                    "unit_label_en": s.get("unit_label_en", ""),
                    "unit_label_es": s.get("unit_label_es", ""),
                    "frequency": s.get("frequency", "annual"),
                    "countries": _json(s.get("countries") or {}),
                    "publisher": s.get("publisher", ""),
                    "series_code": s.get("series_code", ""),
                    "citation": s.get("citation", ""),
                    "citation_es": s.get("citation_es", ""),
                    "as_of": str(s.get("as_of", "")),
                    "copy_read_from": s.get("copy_read_from", ""),
                    "transformation": s.get("transformation", ""),
                    "definition_en": s.get("definition_en", ""),
                    "definition_es": s.get("definition_es", ""),
                    "caveats_en": s.get("caveats_en", ""),
                    "caveats_es": s.get("caveats_es", ""),
                    "derived": int(is_derived),
                    "derived_in_file": int(bool(s.get("derived_in_file"))),
                    "formula_en": s.get("formula_en", ""),
                    "formula_es": s.get("formula_es", ""),
                    "inputs": _json(s.get("inputs") or []),
                    "issue_areas": _json(s.get("issue_areas") or []),
                    # Plain words for source lines (issue 17): core/provenance.py reads them.
                    "code_plain_en": s.get("code_plain_en", ""),
                    "code_plain_es": s.get("code_plain_es", ""),
                    "publisher_plain": s.get("publisher_plain", ""),
                    "as_of_kind": s.get("as_of_kind", ""),
                }
            )
        if not all(r["as_of"] for r in series_rows if not r["derived"]):
            raise SourceError("indicators.yaml: every published series needs as_of")
        for r in series_rows:
            if r["derived"] and not r["as_of"]:
                inputs = json.loads(r["inputs"])
                r["as_of"] = next(x["as_of"] for x in series_rows if x["slug"] == inputs[0])
        db["series"].insert_all(series_rows, pk="slug")
        observations.sort(key=lambda o: (o["series_slug"], o["country"], o["period"]))
        db["observations"].insert_all(
            observations, pk=("series_slug", "country", "period"), foreign_keys=[("series_slug", "series", "slug")]
        )
        db["later_sources"].insert_all(
            [
                {
                    **{k: str(later[i][k]) for k in ("id", "publisher", "title", "url", "retrieved")},
                    "publisher_es": str(later[i].get("publisher_es", "")),
                }
                for i in sorted(later)
            ],
            pk="id",
        )
        db["events"].insert_all(
            [
                {
                    "id": e["id"],
                    "date": str(e["date"]),
                    "title_en": e["title_en"],
                    "title_es": e["title_es"],
                    "issue_areas": _json(e.get("issue_areas") or []),
                    "citation": citation_text(e["citation"], doc_index, later),
                    # a seed document's Spanish short title; later sources are worded when read
                    "citation_es": citation_text(e["citation"], doc_index, lang="es")
                    if e["citation"].get("document")
                    else "",
                    "note_en": e.get("note_en", ""),
                    "note_es": e.get("note_es", ""),
                    "sources": _json(citation_sources(e["citation"])),
                }
                for e in sorted(events, key=lambda e: (str(e["date"]), e["id"]))
            ],
            pk="id",
        )
        db["since_then"].insert_all(
            [
                {
                    "issue_area": e["issue_area"],
                    "position": n,
                    "text_en": p["en"].strip(),
                    "text_es": p["es"].strip(),
                    "sources": _json(list(p["sources"])),
                    "as_of": str(e["as_of"]),
                }
                for e in since_then
                for n, p in enumerate(e["points"])
            ],
            pk=("issue_area", "position"),
            foreign_keys=[("issue_area", "issue_areas", "id")],
        )
        _build_tables(db, tables_meta, sources)
        _build_search(db, areas, recs, outlooks, series + derived_meta, events, since_then)
        db.conn.execute("VACUUM")
        db.conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    finally:
        if tmp.exists():
            tmp.unlink()
    return output


def _build_tables(db: _Database, tables_meta: list[dict[str, Any]], sources: Path) -> None:
    """The two tables printed in the 2005 report, each in its own shape with its source line."""
    by_id = {t["id"]: t for t in tables_meta}
    for required in ("foreign_policy_priorities_2004", "students_abroad"):
        if required not in by_id:
            raise SourceError(f"tables.yaml: missing table {required}")
    db["seed_tables"].insert_all(
        [
            {
                k: t.get(k, "")
                for k in (
                    "id",
                    "title_en",
                    "title_es",
                    "subtitle_en",
                    "subtitle_es",
                    "source",
                    "document",
                    "section",
                    "notes_en",
                    "notes_es",
                )
            }
            for t in tables_meta
        ],
        pk="id",
    )
    rows = _read_csv(sources / by_id["foreign_policy_priorities_2004"]["file"])
    db["foreign_policy_priorities_2004"].insert_all(
        [
            {
                "country": r["country"],
                "rank": int(r["rank"]),
                "goal_en": r["goal_en"],
                "goal_es": r["goal_es"],
                "percent": int(r["percent"]),
            }
            for r in rows
        ],
        pk=("country", "rank"),
    )
    rows = _read_csv(sources / by_id["students_abroad"]["file"])
    db["students_abroad"].insert_all(
        [
            {
                "position": i,
                "id": r["id"],
                "label_en": r["label_en"],
                "label_es": r["label_es"],
                "value": float(r["value"]),
                "value_text": r["value"],
                "unit": r["unit"],
            }
            for i, r in enumerate(rows)
        ],
        pk="id",
    )


def _build_search(
    db: _Database,
    areas: list[dict[str, Any]],
    recs: list[dict[str, Any]],
    outlooks: list[dict[str, Any]],
    series: list[dict[str, Any]],
    events: list[dict[str, Any]],
    since_then: list[dict[str, Any]],
) -> None:
    """One FTS5 index over every searchable reference record, accent-insensitive. An issue
    area's body holds its background and its "Since then" points."""
    later_points = {e["issue_area"]: e["points"] for e in since_then}
    docs = []
    for a in areas:
        points = later_points.get(a["id"], [])
        docs.append(
            (
                "issue",
                a["id"],
                a["title_en"],
                a["title_es"],
                " ".join([a["summary_en"].strip(), *(p["en"] for p in points)]),
                " ".join([a["summary_es"].strip(), *(p["es"] for p in points)]),
            )
        )
    for r in recs:
        docs.append(
            (
                "recommendation",
                r["id"],
                r["title_en"],
                r["title_es"],
                f"{r['summary_en']} {r['section']}",
                r["summary_es"],
            )
        )
    for o in outlooks:
        docs.append(("outlook", o["id"], "2009 outlook", "Perspectiva 2009", o["summary_en"], o["summary_es"]))
    for s in series:
        countries = " ".join(f"{v.get('en', '')} {k}" for k, v in (s.get("countries") or {}).items())
        countries_es = " ".join(v.get("es", "") for v in (s.get("countries") or {}).values())
        docs.append(
            (
                "series",
                s["slug"],
                s["name_en"],
                s["name_es"],
                f"{s['slug']} {s.get('definition_en', '')} {s.get('publisher', '')} {countries}",
                f"{s.get('definition_es', '')} {countries_es}",
            )
        )
    for e in events:
        docs.append(("event", e["id"], e["title_en"], e["title_es"], e.get("note_en", ""), e.get("note_es", "")))
    db["search"].insert_all(
        [
            {
                "rowid": i + 1,
                "kind": k,
                "ref_id": ref,
                "title_en": te,
                "title_es": ts,
                "body_en": be.strip(),
                "body_es": bs.strip(),
            }
            for i, (k, ref, te, ts, be, bs) in enumerate(docs)
        ],
        pk="rowid",
    )
    db["search"].enable_fts(["title_en", "title_es", "body_en", "body_es"], tokenize=TOKENIZE)
    db["search_fts"].optimize()


# -- Writing the tables ------------------------------------------------------------------------
# The subset of sqlite-utils the builder used (insert_all creating the table from its rows,
# FTS5 over a content table, optimize), on the standard library's sqlite3. The SQL is this
# module's own, so the same sources give the same database whatever else is installed, and
# the laptop bundle needs no sqlite-utils (nor its click, tabulate, dateutil, pluggy).

_SQL_TYPES = {str: "TEXT", int: "INTEGER", bool: "INTEGER", float: "REAL"}


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class _Table:
    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn, self.name = conn, name

    def insert_all(
        self,
        rows: Iterable[dict[str, Any]],
        pk: str | tuple[str, ...],
        foreign_keys: Iterable[tuple[str, str, str]] = (),
        columns: dict[str, type] | None = None,
    ) -> None:
        """Create the table from the rows' keys (first-seen order) and value types, then insert them."""
        rows = list(rows)
        names = list(dict.fromkeys(key for row in rows for key in row))
        types = dict(columns or {})
        for name in names:
            if name not in types:
                types[name] = next((type(r[name]) for r in rows if r.get(name) is not None), str)
        pks = (pk,) if isinstance(pk, str) else tuple(pk)
        references = {column: (table, other) for column, table, other in foreign_keys}
        lines = []
        for name in names:
            line = f"   {_quote(name)} {_SQL_TYPES[types[name]]}"
            if pks == (name,):
                line += " PRIMARY KEY"
            if name in references:
                table, other = references[name]
                line += f" REFERENCES {_quote(table)}({_quote(other)})"
            lines.append(line)
        if len(pks) > 1:
            lines.append(f"   PRIMARY KEY ({', '.join(_quote(k) for k in pks)})")
        self.conn.execute(f"CREATE TABLE {_quote(self.name)} (\n" + ",\n".join(lines) + "\n)")
        placeholders = ", ".join("?" for _ in names)
        with _transaction(self.conn):
            self.conn.executemany(
                f"INSERT INTO {_quote(self.name)} ({', '.join(_quote(n) for n in names)}) VALUES ({placeholders})",
                [tuple(row.get(n) for n in names) for row in rows],
            )

    def enable_fts(self, columns: list[str], tokenize: str) -> None:
        """An FTS5 index over ``columns`` with this table as its content, filled from it."""
        fts, cols = _quote(self.name + "_fts"), ", ".join(_quote(c) for c in columns)
        tokenize_literal = "'" + tokenize.replace("'", "''") + "'"
        self.conn.execute(
            f"CREATE VIRTUAL TABLE {fts} USING FTS5 (\n    {cols},\n"
            f"    tokenize={tokenize_literal},\n    content={_quote(self.name)}\n)"
        )
        with _transaction(self.conn):
            self.conn.execute(f"INSERT INTO {fts} (rowid, {cols})\n    SELECT rowid, {cols} FROM {_quote(self.name)};")

    def optimize(self) -> None:
        """Merge the FTS5 index into one segment (``name`` is the index table itself)."""
        with _transaction(self.conn):
            self.conn.execute(f"INSERT INTO {_quote(self.name)} ({_quote(self.name)}) VALUES ('optimize')")


class _Database:
    def __init__(self, path: Path) -> None:
        # Autocommit: each insert_all is its own transaction, and VACUUM runs outside one.
        self.conn = sqlite3.connect(path, isolation_level=None)

    def __getitem__(self, name: str) -> _Table:
        return _Table(self.conn, name)


def build_pack(
    sources: Path, output: Path, *, key: Ed25519PrivateKey, name: str, version: str, built: str
) -> dict[str, Any]:
    """Build a signed reference pack from a ``data/sources``-shaped folder; returns its manifest.

    The same sources, key, name, version and date give the same bytes (the database build is
    deterministic and Ed25519 signatures are too).
    """
    output = Path(output)
    if output.suffix != refpack.PACK_SUFFIX:
        raise SourceError(f"{output.name}: a reference pack's file name ends with {refpack.PACK_SUFFIX}")
    if not output.parent.is_dir():
        raise SourceError(f"{output.parent} is not a folder")
    refpack.check_identity(name, version, built)
    with tempfile.TemporaryDirectory(prefix="briefingbook-pack-") as folder:
        database = build(
            Path(folder) / "reference.sqlite",
            Path(sources),
            identity={"name": name, "version": version, "built": built},
        )
        data = database.read_bytes()
    return refpack.write_pack(
        output, data, name=name, version=version, built=built, sources_hash=sources_hash(Path(sources)), key=key
    )


def stored_hash(path: Path = OUTPUT) -> str | None:
    if not path.exists():
        return None
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM build_info WHERE key = 'sources_hash'").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when data/reference.sqlite is stale")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.check:
        if stored_hash(args.output) != sources_hash():
            print(f"{args.output} is stale: run python build/build_reference_db.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    try:
        path = build(args.output)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
