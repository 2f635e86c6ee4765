"""The shipped reference DB is current with its sources, and its build is deterministic."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_reference_db", ROOT / "build" / "build_reference_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_reference_db_is_not_stale():
    build = _build_module()
    assert build.stored_hash(ROOT / "data" / "reference.sqlite") == build.sources_hash(), (
        "data/reference.sqlite is stale: run python build/build_reference_db.py and commit it")


def _content(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' ORDER BY name")]
    content = []
    for table in tables:
        content.append((table, conn.execute(f"SELECT * FROM [{table}] ORDER BY 1, 2").fetchall()))
    conn.close()
    return content


@pytest.mark.slow
def test_build_is_deterministic_and_matches_the_shipped_db(tmp_path):
    build = _build_module()
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build.build(first)
    build.build(second)
    assert _content(first) == _content(second) == _content(ROOT / "data" / "reference.sqlite")


def test_a_changed_source_changes_the_hash(tmp_path, monkeypatch):
    build = _build_module()
    original = build.sources_hash()
    sources = tmp_path / "sources"
    import shutil

    shutil.copytree(build.SOURCES, sources)
    monkeypatch.setattr(build, "SOURCES", sources)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "hashed_inputs", lambda: sorted(p for p in sources.rglob("*") if p.is_file()))
    unchanged = build.sources_hash()
    (sources / "events.yaml").write_text((sources / "events.yaml").read_text() + "\n# edited\n")
    assert build.sources_hash() != unchanged
    assert original  # the real hash is a non-empty digest


def test_bad_source_is_reported_with_file_and_entry(tmp_path, monkeypatch):
    build = _build_module()
    import shutil

    sources = tmp_path / "sources"
    shutil.copytree(build.SOURCES, sources)
    text = (sources / "issue_areas.yaml").read_text(encoding="utf-8")
    (sources / "issue_areas.yaml").write_text(text.replace("pillar: mutual_security", "pillar: bogus", 1),
                                              encoding="utf-8")
    monkeypatch.setattr(build, "SOURCES", sources)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    with pytest.raises(build.SourceError, match=r"issue_areas.yaml entry \d+ .*pillar 'bogus'"):
        build.build(tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()
