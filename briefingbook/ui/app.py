"""Start-up of the desktop application: QApplication, the book to open, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefingbook import APP_ID, APP_NAME, __version__


def default_book() -> Path:
    """The book to open when none is named: the demo book, created on first run."""
    from briefingbook.core.demo import create_demo_book
    from briefingbook.core.paths import demo_book_path
    from briefingbook.core.reference import Reference

    path = demo_book_path()
    if not path.exists():
        create_demo_book(path, Reference()).close()
    return path


def run(book: str | os.PathLike | None = None, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefingbook.core.errors import BriefingBookError
    from briefingbook.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(f"{APP_ID}.local")
    app.setApplicationVersion(__version__)
    try:
        path = Path(book) if book else default_book()
        window = MainWindow(path)
    except BriefingBookError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    return app.exec()
