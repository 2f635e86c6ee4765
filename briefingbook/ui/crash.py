"""Last-resort handling of unexpected errors: log first, then a small dialog.

Errors the environment causes (BriefingBookError) are shown as one sentence; anything else
is a bug: its traceback goes to the crash log (and stderr) before anything else can fail,
then a minimal dialog says where the log is. A handled error (the message says what happened)
prints no traceback: it is logged at debug level only. ``--no-crash-dialog`` suppresses the dialog
(tests, CI, self-test). faulthandler writes hard crashes (segfaults, aborts) to the same log.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path

from briefingbook import __version__

_fault_file = None
log = logging.getLogger("briefingbook.crash")


def handled(exc: BaseException) -> bool:
    """Whether ``exc`` is an error the user is told about in one sentence (the core's errors,
    faults of the machine), not a bug."""
    from briefingbook.core.errors import BriefingBookError

    return isinstance(exc, BriefingBookError) or environment_fault(exc) is not None


def crash_log_path() -> Path:
    from briefingbook.core.paths import log_dir

    return log_dir() / "crash.log"


def install(show_dialog: bool = True) -> None:
    global _fault_file
    path = crash_log_path()
    previous = _fault_file
    try:
        _fault_file = path.open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    except OSError:
        faulthandler.enable()
    if previous is not None and previous is not _fault_file:  # installed again (a new log folder)
        previous.close()

    def handler(exc_type, exc, tb) -> None:
        if exc is not None and handled(exc):  # the dialog says it: no traceback on stderr or in the crash log
            log.debug("handled error", exc_info=(exc_type, exc, tb))
            if show_dialog:
                _dialog(exc_type, exc, path)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            with path.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} BriefingBook {__version__}\n")
                handle.write(text)
        except OSError:
            pass
        sys.stderr.write(text)
        if show_dialog:
            _dialog(exc_type, exc, path)

    sys.excepthook = handler

    def thread_handler(args) -> None:
        # An error in a background thread (the encrypted book's save timer…) reaches the crash
        # log too; no dialog from a thread that is not the window's.
        if args.exc_type is SystemExit:
            return
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        thread = getattr(args.thread, "name", "a background thread")
        try:
            with path.open("a", encoding="utf-8") as handle:
                handle.write(
                    f"--- {dt.datetime.now().isoformat(timespec='seconds')} BriefingBook {__version__} (in {thread})\n"
                )
                handle.write(text)
        except OSError:
            pass
        sys.stderr.write(text)

    threading.excepthook = thread_handler


def environment_fault(exc: BaseException) -> str | None:
    """One sentence for faults the machine causes (disk full, locked or unreadable file), else None.

    SQLite errors are told apart by their error code (the core's ``from_sqlite``), never by
    their message text.
    """
    import errno
    import sqlite3

    from PySide6.QtCore import QCoreApplication

    from briefingbook.core import errors

    if isinstance(exc, sqlite3.Error):
        exc = errors.from_sqlite(exc, "") or exc
    if isinstance(exc, errors.BookBusyError):
        return QCoreApplication.translate(
            "crash", "The book is locked by another program; the change was not saved. Try again in a moment."
        )
    if isinstance(exc, errors.DiskFullError) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
    ):
        return QCoreApplication.translate(
            "crash", "The disk is full; the change was not saved. Free some space and try again."
        )
    if isinstance(exc, (errors.DiskIOError, errors.BookReadOnlyError, errors.CannotOpenError)):
        return QCoreApplication.translate(
            "crash", "The book's file cannot be written (disk error or read-only folder); the change was not saved."
        )
    if isinstance(exc, errors.BookDamagedError):
        return QCoreApplication.translate(
            "crash", "The book's file is damaged; nothing more was written to it. Restore it from a backup."
        )
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("crash", "Permission denied: {path}").format(path=exc.filename or "")
    return None


def _dialog(exc_type, exc, path: Path) -> None:
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        from briefingbook.core.errors import BriefingBookError

        if QApplication.instance() is None:
            return
        title = QCoreApplication.translate("crash", "BriefingBook")
        if issubclass(exc_type, BriefingBookError):
            QMessageBox.warning(None, title, str(exc))
            return
        fault = environment_fault(exc)
        if fault:
            QMessageBox.warning(None, title, fault)
            return
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "crash", "Something went wrong: {error}\n\nYour book is saved. Details were written to {log}."
            ).format(error=f"{exc_type.__name__}: {exc}", log=path),
        )
    except Exception:  # noqa: BLE001 - the crash dialog itself must never raise
        pass
