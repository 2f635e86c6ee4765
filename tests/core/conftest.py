"""Core tests need no display and no Qt; when asked, prove it at the end of the session."""

from __future__ import annotations

import os
import sys


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("BRIEFINGBOOK_ASSERT_NO_QT") == "1":
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
        if loaded:
            print(f"\nQt modules were imported by core tests: {loaded}", file=sys.stderr)
            session.exitstatus = 1
