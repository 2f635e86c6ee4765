"""A non-editable install carries the reference DB and resources, and the build backend
leaves build/ alone (it holds only committed scripts)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    before = sorted(p.name for p in (ROOT / "build").iterdir())
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (ROOT / "build").iterdir()) == before, "the build backend wrote into build/"
    wheels = list(out.glob("briefingbook-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


@pytest.mark.slow
def test_wheel_contains_bundled_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "briefingbook/_bundled/data/reference.sqlite" in names
    assert "briefingbook/_bundled/resources/templates/checklist.yaml" in names
    for lang in ("en", "es"):  # Help → User guide reads them (ui/help.py)
        assert f"briefingbook/_bundled/resources/guide/user_guide_{lang}.md" in names
    assert "briefingbook/core/book.py" in names
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_from_its_own_files(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "BRIEFINGBOOK_HOME": str(tmp_path / "home")}
    code = (
        "import briefingbook.resources as r, sys; print(r.resource_root());"
        "from briefingbook.cli import main; sys.exit(main(['info']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == str(target / "briefingbook" / "_bundled")
    assert "recommendations:" in result.stdout
