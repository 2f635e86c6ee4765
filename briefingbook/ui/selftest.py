"""``briefingbook self-test``: the whole app exercised offscreen on a temporary demo book.

Opens the main window, visits every pane, draws every chart once, runs a search and jumps to
its first hit, toggles a checklist item, closes, reopens the book and checks the change
persisted. Prints one line per step; exit 0 when all pass. The PyInstaller bundle runs it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test(out=sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()

    def step(text: str) -> None:
        print(f"ok  {text}", file=out, flush=True)

    with tempfile.TemporaryDirectory(prefix="briefingbook-selftest-") as tmp:
        os.environ["BRIEFINGBOOK_HOME"] = tmp  # settings and logs stay in the temporary folder
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from briefingbook.core.book import Book
        from briefingbook.core.demo import create_demo_book
        from briefingbook.core.reference import Reference
        from briefingbook.ui.app import make_app
        from briefingbook.ui.main_window import MainWindow

        app = make_app()
        reference = Reference()
        step(
            f"reference database: {reference.counts()['recommendations']} recommendations, "
            f"{reference.counts()['series']} series"
        )
        path = Path(tmp) / "self-test.bbook"
        create_demo_book(path, reference).close()
        step(f"demo book created: {path.name}")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(path, settings, reference)
        window.show()
        QApplication.processEvents()
        for pane in MainWindow.PANES:
            window.show_pane(pane)
            QApplication.processEvents()
        step(f"visited {len(MainWindow.PANES)} panes")
        slugs = [s.slug for s in reference.series_list()]
        for slug in slugs:
            window.charts_pane.show_series([slug])
            window.charts_pane.graphics.grab()
        step(f"drew {len(slugs)} charts")
        window.search.setText("frontera")
        hits = window.search.run_search()
        if not hits:
            raise AssertionError("search for 'frontera' found nothing")
        window.navigate(hits[0].kind, hits[0].id)
        step(f"search found {len(hits)} hits; jumped to {hits[0].kind} {hits[0].id}")
        if window.session is None:
            raise AssertionError("the window has no book open")
        item = window.session.book.checklist()[0]
        window.show_pane("checklist")
        row = window.checklist_pane.find_row(item.id)
        from PySide6.QtCore import Qt

        row.setCheckState(0, Qt.CheckState.Checked)
        QApplication.processEvents()
        window.close()
        QApplication.processEvents()
        with Book.open(path) as book:
            if not book.checklist_item(item.id).done:
                raise AssertionError("the checked checklist item was not saved")
            if book.integrity_check() != "ok":
                raise AssertionError("the book failed its integrity check after the session")
        step("checklist change persisted after reopening the book")
        reference.close()
        del window
        app.processEvents()
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", file=out)
    return 0
