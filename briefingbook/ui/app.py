"""Start-up of the desktop application: QApplication, crash handler, the book to open."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from briefingbook import APP_ID, APP_NAME, __version__


def default_book(author: str | None = None) -> Path:
    """The demo book in the user data folder, created on first run (summit 60 days ahead) by
    ``author`` (its one history entry)."""
    from briefingbook.core.demo import create_demo_book
    from briefingbook.core.paths import demo_book_path
    from briefingbook.core.reference import Reference

    path = demo_book_path()
    if not path.exists():
        with Reference() as reference:
            create_demo_book(path, reference, author=author).close()
    return path


def book_to_open(requested: str | os.PathLike | None, settings, author: str | None = None) -> Path:
    """The named book, else the last one opened (if it still exists), else the demo book."""
    if requested:
        return Path(requested)
    last = settings.value("books/last")
    if last and Path(last).exists():
        return Path(last)
    return default_book(author)


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    running = QApplication.instance()
    if running is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    elif isinstance(running, QApplication):
        app = running
    else:  # a QCoreApplication (no widgets) cannot show the window
        raise RuntimeError("BriefingBook's window needs a QApplication; another kind of application is running")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(f"{APP_ID}.local")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from briefingbook.resources import ResourceMissing, resource_path

    try:
        app.setWindowIcon(QIcon(str(resource_path("resources", "icons", "briefingbook.png"))))
    except ResourceMissing:
        pass  # an incomplete installation still runs, with Qt's default icon
    return app


_IMPORTED_AT = time.time()


def process_start_time() -> float:
    """When this process started (seconds since the epoch).

    Linux: from ``/proc`` (10 ms resolution). Elsewhere: when this module was imported, which
    leaves out the interpreter's own start-up.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of stat(5): start time in clock ticks after boot
        with open("/proc/stat", encoding="ascii") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return _IMPORTED_AT


def peak_rss() -> int | None:
    """This process's peak resident memory in bytes (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # bytes on macOS, KiB on Linux


def exit_after_first_paint(window, app) -> None:
    """For ``--benchmark-startup``: once ``window`` has painted for the first time, print
    ``benchmark-startup: <seconds since process start> s (painted at <epoch seconds>)``; then
    visit every pane, print ``benchmark-peak-rss: <bytes>`` and quit (tests/benchmarks/run.py).

    The time is taken in a call queued behind the first paint event of the window or any of
    its widgets; Qt paints every widget of a window in the same backing-store flush, so the
    whole window has been drawn by then.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    def finish() -> None:
        now = time.time()
        print(f"benchmark-startup: {now - process_start_time():.3f} s (painted at {now:.6f})", flush=True)
        for pane in window.PANES:
            window.show_pane(pane)
            app.processEvents()
        print(f"benchmark-peak-rss: {peak_rss()}", flush=True)
        window.close()
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
                app.removeEventFilter(self)
                QTimer.singleShot(0, finish)
            return False

    window._first_paint_filter = FirstPaint(window)
    app.installEventFilter(window._first_paint_filter)


def run(
    book: str | os.PathLike | None = None,
    crash_dialog: bool = True,
    argv: list[str] | None = None,
    benchmark_startup: bool = False,
) -> int:
    from briefingbook.ui import crash

    crash.install(show_dialog=crash_dialog)
    app = make_app(argv)
    from PySide6.QtWidgets import QMessageBox

    from briefingbook.core.errors import BriefingBookError
    from briefingbook.ui import i18n
    from briefingbook.ui.main_window import MainWindow, app_settings

    settings = app_settings()
    i18n.install(i18n.ui_language(settings))
    from briefingbook.ui.main_window import ask_author_once

    author = None if benchmark_startup else ask_author_once(settings)
    try:
        window = MainWindow(book_to_open(book, settings, author), settings, defer_startup_work=True)
    except BriefingBookError as exc:
        if crash_dialog:
            QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"briefingbook: error: {exc}", file=sys.stderr)
        return 1
    if benchmark_startup:
        exit_after_first_paint(window, app)
    window.show()
    return app.exec()
