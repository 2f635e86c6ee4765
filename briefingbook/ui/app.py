"""Start-up of the desktop application: QApplication, crash handler, the book to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefingbook import APP_ID, APP_NAME, __version__


def default_book() -> Path:
    """The demo book in the user data folder, created on first run (summit 45 days ahead)."""
    from briefingbook.core.demo import create_demo_book
    from briefingbook.core.paths import demo_book_path
    from briefingbook.core.reference import Reference

    path = demo_book_path()
    if not path.exists():
        with Reference() as reference:
            create_demo_book(path, reference).close()
    return path


def book_to_open(requested: str | os.PathLike | None, settings) -> Path:
    """The named book, else the last one opened (if it still exists), else the demo book."""
    if requested:
        return Path(requested)
    last = settings.value("books/last")
    if last and Path(last).exists():
        return Path(last)
    return default_book()


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(f"{APP_ID}.local")
    app.setApplicationVersion(__version__)
    return app


def run(book: str | os.PathLike | None = None, crash_dialog: bool = True, argv: list[str] | None = None) -> int:
    from briefingbook.ui import crash

    crash.install(show_dialog=crash_dialog)
    app = make_app(argv)
    from PySide6.QtWidgets import QMessageBox

    from briefingbook.core.errors import BriefingBookError
    from briefingbook.ui.main_window import MainWindow, app_settings

    settings = app_settings()
    try:
        window = MainWindow(book_to_open(book, settings), settings)
    except BriefingBookError as exc:
        if crash_dialog:
            QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"briefingbook: error: {exc}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
