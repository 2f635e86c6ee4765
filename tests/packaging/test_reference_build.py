"""The shipped reference DB is current with its sources, and its build is deterministic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefingbook.core import refbuild

ROOT = Path(__file__).resolve().parents[2]


def _build_module():
    return refbuild


def test_shipped_reference_db_is_not_stale():
    build = _build_module()
    assert build.stored_hash(ROOT / "data" / "reference.sqlite") == build.sources_hash(), (
        "data/reference.sqlite is stale: run python build/build_reference_db.py and commit it"
    )


def _content(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' ORDER BY name"
        )
    ]
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
    # Same bytes in the same run (reference packs rely on it); the same content as the shipped
    # file (whose header may carry another SQLite library's version number).
    assert first.read_bytes() == second.read_bytes()
    assert _content(first) == _content(ROOT / "data" / "reference.sqlite")
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    with sqlite3.connect(first) as built, sqlite3.connect(ROOT / "data" / "reference.sqlite") as shipped:
        assert built.execute(schema).fetchall() == shipped.execute(schema).fetchall()


def test_the_build_script_is_a_thin_caller_of_the_packaged_builder():
    """build/build_reference_db.py runs the builder in briefingbook/core/refbuild.py."""
    script = ROOT / "build" / "build_reference_db.py"
    assert "from briefingbook.core.refbuild import main" in script.read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("is up to date")


def test_the_builder_hashes_itself_at_its_packaged_path():
    names = [name for name, _path in refbuild.hashed_inputs()]
    assert "briefingbook/core/refbuild.py" in names and "briefingbook/core/derived.py" in names
    assert "build/build_reference_db.py" not in names


def test_a_changed_source_changes_the_hash(tmp_path, monkeypatch):
    build = _build_module()
    original = build.sources_hash()
    sources = tmp_path / "sources"
    import shutil

    shutil.copytree(build.SOURCES, sources)
    assert build.sources_hash(sources) == original  # the copy hashes as the repository's folder does
    (sources / "events.yaml").write_text((sources / "events.yaml").read_text() + "\n# edited\n")
    assert build.sources_hash(sources) != original
    assert build.sources_hash() == original  # the repository's sources are untouched


def test_bad_source_is_reported_with_file_and_entry(tmp_path, monkeypatch):
    build = _build_module()
    import shutil

    sources = tmp_path / "sources"
    shutil.copytree(build.SOURCES, sources)
    text = (sources / "issue_areas.yaml").read_text(encoding="utf-8")
    (sources / "issue_areas.yaml").write_text(
        text.replace("pillar: mutual_security", "pillar: bogus", 1), encoding="utf-8"
    )
    monkeypatch.setattr(build, "SOURCES", sources)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    with pytest.raises(build.SourceError, match=r"issue_areas.yaml entry \d+ .*pillar 'bogus'"):
        build.build(tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()
