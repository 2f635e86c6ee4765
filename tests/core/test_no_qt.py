"""The core never imports Qt: every core module imported in one fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefingbook.core


def test_core_imports_without_qt():
    modules = sorted(m.name for m in pkgutil.walk_packages(briefingbook.core.__path__, "briefingbook.core."))
    assert {"briefingbook.core.book", "briefingbook.core.migrations", "briefingbook.core.schema.v7_change_log"} <= set(
        modules
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import briefingbook.cli, briefingbook.resources\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
