"""The main window: start-up, marking banners, search jumps, settings, accessibility, self-test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
)

from briefingbook.core.book import Book
from briefingbook.core.paths import demo_book_path
from briefingbook.ui.app import book_to_open, default_book


def test_first_run_creates_the_demo_book_with_nothing_overdue(settings):
    import datetime as dt

    from briefingbook.core.checklist import summarize

    assert not demo_book_path().exists()
    path = book_to_open(None, settings)
    assert path == demo_book_path() and path.exists()
    with Book.open(path) as book:
        assert book.summit().days_until(dt.date.today()) == 60
        assert len(book.agenda()) == 13
        assert summarize(book.checklist(), dt.date.today())["overdue"] == 0  # issue 19: a calm first day
    assert default_book() == path


def test_last_book_is_reopened(window, settings, book_path):
    window.close()
    assert book_to_open(None, settings) == book_path.resolve()
    assert str(book_path.resolve()) in settings.value("books/recent")


def test_marking_banner_top_and_bottom(window):
    assert window.banner_top.isVisible() and window.banner_bottom.isVisible()
    assert window.banner_top.text() == window.session.book.summit().marking != ""
    window.session.book.update_summit(marking="")
    assert not window.banner_top.isVisible() and not window.banner_bottom.isVisible()


def test_search_jumps_to_an_agenda_item(window, qtbot):
    item = window.session.book.agenda()[5]
    window.session.book.update_agenda_item(item.id, notes="zanzibarite ministers")
    window.show_pane("checklist")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "zanzibarite")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_pane() == "agenda"
    assert window.agenda_pane.current_id() == item.id
    # Issue 19: the query clears after the jump and the keyboard is on the item found.
    assert window.search.text() == ""
    focused = window.focusWidget()
    assert focused is not window.search and focused.isAncestorOf(window.agenda_pane) is False
    assert window.agenda_pane.isAncestorOf(focused) and focused.currentIndex().isValid()


def test_search_for_the_other_countrys_acronym_shows_the_match_in_plain_text(window, qtbot):
    from briefingbook.ui.search_box import snippet_text

    item = window.session.book.agenda()[2]
    window.session.book.update_agenda_item(item.id, notes="<i>Revisión</i> del T-MEC con Canadá")
    window.search.setText("USMCA")
    hits = window.search.run_search()
    found = [(h.kind, h.id) for h in hits]
    assert ("agenda", str(item.id)) in found
    assert any(kind == "event" and "usmca" in ident for kind, ident in found)  # the reference's USMCA events
    row = window.search.results.item(found.index(("agenda", str(item.id))))
    assert row.text().splitlines()[1].endswith("<i>Revisión</i> del «T-MEC» con Canadá")
    assert row.toolTip().startswith("<qt>") and row.toolTip().endswith(
        "&lt;i&gt;Revisión&lt;/i&gt; del «T-MEC» con Canadá</qt>"
    )
    assert snippet_text("a \x02b\x03 c") == "a «b» c"
    window.search.setText("T-MEC")
    assert all("mechanism" not in h.title.lower() for h in window.search.run_search())


def test_search_jumps_to_checklist_and_recommendation(window, qtbot, reference):
    added = window.session.book.add_checklist_item("Book quetzalcoatl interpreters", -5)
    window.search.setText("quetzalcoatl")
    hits = window.search.run_search()
    assert (hits[0].kind, hits[0].id) == ("checklist", str(added.id))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_pane() == "checklist"
    assert window.checklist_pane.current_id() == added.id
    window.navigate("recommendation", reference.recommendations("healthcare")[0].id)
    assert window.recommendations_pane.current_recommendation().issue_area == "healthcare"


def test_save_a_copy(window, tmp_path):
    copy = window.save_copy(tmp_path / "copy.bbook")
    with Book.open(copy) as book:
        assert book.integrity_check() == "ok"
        assert len(book.agenda()) == len(window.session.book.agenda())


def test_open_another_book_and_refuse_a_bad_one(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    other = tmp_path / "other.bbook"
    Book.create(other, title="Otra cumbre", date="2027-05-01").close()
    assert window.open_book(other)
    assert window.session.book.summit().title == "Otra cumbre"
    assert window.agenda_pane.model.rowCount() == 0
    junk = tmp_path / "junk.bbook"
    junk.write_bytes(os.urandom(100))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.open_book(junk)
    assert "not an SQLite database" in shown[0]
    assert window.session.book.summit().title == "Otra cumbre"


def test_every_control_has_an_accessible_name(window):
    for pane in window.PANES:
        window.show_pane(pane)
    missing = []
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QProgressBar)
    for widget in window.findChildren(QAbstractButton) + [w for k in kinds for w in window.findChildren(k)]:
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own helpers (menu-bar and tool-bar extension buttons, table corner)
        if isinstance(widget.parent() and widget.parent().parent(), QComboBox) or (
            isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QLineEdit)
        ):
            continue  # a combo box's popup list; a line edit's clear button
        if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QComboBox):
            continue  # a combo box's own popup list
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside an editable combo or a date field
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip() and widget.objectName() not in ("qt_scrollarea_viewport",):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    assert not missing, missing


def test_crash_handler_logs_first(tmp_path):
    from briefingbook.ui import crash

    crash.install(show_dialog=False)
    try:
        raise RuntimeError("boom for the log")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert "boom for the log" in crash.crash_log_path().read_text()


def test_a_handled_error_prints_no_traceback(tmp_path, capsys, caplog):
    # A refused edit (here: a read-only book) is told in one sentence; it is not a crash.
    import logging

    from briefingbook.core.errors import BookReadOnlyError
    from briefingbook.ui import crash

    crash.install(show_dialog=False)
    log_before = crash.crash_log_path().read_text() if crash.crash_log_path().exists() else ""
    try:
        with caplog.at_level(logging.DEBUG, logger="briefingbook.crash"):
            try:
                raise BookReadOnlyError("summit.bbook is open read-only; the change was not saved")
            except BookReadOnlyError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert "Traceback" not in capsys.readouterr().err
    log_after = crash.crash_log_path().read_text() if crash.crash_log_path().exists() else ""
    assert log_after == log_before
    assert any(record.exc_info and record.levelno == logging.DEBUG for record in caplog.records)


@pytest.mark.slow
def test_self_test_command_passes(tmp_path):
    env = {**os.environ, "BRIEFINGBOOK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "briefingbook", "self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


@pytest.mark.slow
def test_start_up_stays_light(tmp_path):
    """Opening the window loads neither pandas nor the packet libraries."""
    code = (
        "import sys\n"
        "from briefingbook.ui.app import make_app, default_book\n"
        "from briefingbook.ui.main_window import MainWindow\n"
        "app = make_app()\n"
        "window = MainWindow(default_book())\n"
        "window.show(); app.processEvents()\n"
        "print(sorted(m for m in ('pandas', 'docx', 'typst', 'openpyxl') if m in sys.modules))\n"
        "window.close()\n"
    )
    env = {**os.environ, "BRIEFINGBOOK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_environment_faults_become_one_sentence(tmp_path):
    import errno
    import sqlite3

    from briefingbook.ui.crash import environment_fault

    def raised(fn):
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - the real error SQLite raises
            return exc
        raise AssertionError("no error")

    db = tmp_path / "t.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    busy = raised(lambda: sqlite3.connect(db, timeout=0, isolation_level=None).execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    holder.execute("PRAGMA max_page_count = 3")
    full = raised(lambda: holder.execute("INSERT INTO t VALUES (randomblob(100000))"))
    (tmp_path / "notes.txt").write_text("not a database " * 100)
    notadb = raised(lambda: sqlite3.connect(tmp_path / "notes.txt").execute("SELECT * FROM sqlite_master"))
    assert "locked" in environment_fault(busy)
    assert "disk is full" in environment_fault(full)
    assert "disk is full" in environment_fault(OSError(errno.ENOSPC, "No space left on device"))
    assert "damaged" in environment_fault(notadb)
    assert environment_fault(KeyError("a bug")) is None
    # by code, not by message: a look-alike message without SQLite's code is not taken for one
    assert environment_fault(sqlite3.OperationalError("database or disk is full")) is None


def test_errors_in_background_threads_reach_the_crash_log(tmp_path, monkeypatch):
    import sys
    import threading

    from briefingbook.ui import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install(show_dialog=False)

    def save_timer():
        raise RuntimeError("the save timer failed")

    worker = threading.Thread(target=save_timer, name="save-timer")
    worker.start()
    worker.join()
    logged = crash.crash_log_path().read_text(encoding="utf-8")
    assert "RuntimeError: the save timer failed" in logged and "save-timer" in logged


def test_hidden_panes_are_built_when_first_shown(window):
    assert set(window._panes) == set()  # start-up builds only the agenda and brief
    window.show_pane("checklist")
    assert set(window._panes) == {"checklist"}
    assert window.current_pane() == "checklist"
    window.tabs.setCurrentIndex(window.PANES.index("people"))
    assert "people" in window._panes


def test_the_application_window_backs_up_and_draws_charts_after_its_first_paint(qtbot, book_path, settings, reference):
    """Issue 19, item 11: the on-open backup and the first brief's charts come after the first
    paint (their cost is measured in tests/benchmarks/run.py, not here)."""
    from briefingbook.core import backups
    from briefingbook.ui.main_window import MainWindow

    window = MainWindow(book_path, settings, reference, defer_startup_work=True)
    qtbot.addWidget(window)
    assert window.session.book.backup_pending and backups.list_backups(book_path) == []
    assert window.brief_pane.charts == [] and window.brief_pane._pending_charts  # held back
    window.show()
    qtbot.waitUntil(lambda: not window.session.book.backup_pending, timeout=60000)
    assert [b.reason for b in backups.list_backups(book_path)] == ["open"]
    assert window.brief_pane.charts and window.brief_pane.charts_box.isVisible()
    window.close()
    # Without deferral (tests, self-test) both happen at once, as before.
    window = MainWindow(book_path, settings, reference)
    qtbot.addWidget(window)
    assert not window.session.book.backup_pending and window.brief_pane.charts
    assert len(backups.list_backups(book_path)) == 1  # unchanged since that backup: none made (issue 15)
    window.close()


def test_the_first_run_shows_a_welcome_line_once(qtbot, book_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    window = MainWindow(book_path, settings, reference)
    qtbot.addWidget(window)
    assert window.current_pane() == "agenda"
    assert window.statusBar().currentMessage().startswith("Welcome to BriefingBook.")
    window.close()
    again = MainWindow(book_path, settings, reference)
    qtbot.addWidget(again)
    assert again.statusBar().currentMessage() == ""
    again.close()


def test_book_in_a_read_only_place_shows_the_read_only_notice(qtbot, book_path, settings, reference):
    # Emulates a book the user may not write (root with the write bits off counts too).
    from briefingbook.ui.main_window import MainWindow

    book_path.chmod(0o444)
    win = MainWindow(book_path, settings, reference)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    try:
        assert win.session.book.readonly
        assert win.readonly_notice.isVisible()
        assert "read-only file" in win.readonly_notice.text()
    finally:
        win.close()
    assert sorted(p.name for p in book_path.parent.iterdir() if p.name.startswith(book_path.name)) == [book_path.name]
