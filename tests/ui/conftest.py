"""A real main window on a copy of the demo book, with settings in the test's folder."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from briefingbook.ui import dialogs, i18n


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The interface in English as the application starts it (i18n.install at startup), with its
    plural forms ("1 person", "2 people"); tests that switch to Spanish switch back."""
    i18n.install("en")
    yield


@pytest.fixture
def book_path(demo_template, tmp_path):
    path = tmp_path / "ui.bbook"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, book_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    win = MainWindow(book_path, settings, reference)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):  # a context manager: called bare, it waits for nothing
        win.show()
    yield win
    win.close()
    # qtbot has closed it and asked Qt to delete it later; do it now (processing events does not),
    # so that windows and their panes do not pile up while the session runs.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def answer_yes(monkeypatch):
    """Confirmation dialogs answer Yes (the user confirms)."""
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)


@pytest.fixture
def answer_cancel(monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
