"""The core never imports Qt: checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefingbook.core


def test_core_imports_without_qt():
    modules = [f"briefingbook.core.{m.name}" for m in pkgutil.iter_modules(briefingbook.core.__path__)]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import briefingbook.cli, briefingbook.resources\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_core_suite_runs_without_qt(tmp_path):
    """Run the core tests in a fresh pytest with pytest-qt disabled; tests/core/conftest.py fails
    the run if any Qt module was imported along the way."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**__import__("os").environ, "BRIEFINGBOOK_ASSERT_NO_QT": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/core", "-p", "no:pytest-qt", "-p", "no:cacheprovider",
         "-o", "addopts=", "-W", "ignore::pytest.PytestConfigWarning", "-q", "-k", "not core_suite_runs_without_qt"],
        cwd=root, capture_output=True, text=True, env=env,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
