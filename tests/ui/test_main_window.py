"""The window opens the demo book on first run and shows the agenda and briefs."""

from __future__ import annotations

from briefingbook.core.paths import demo_book_path
from briefingbook.ui.app import default_book
from briefingbook.ui.main_window import MainWindow


def test_first_run_creates_the_demo_book(reference):
    assert not demo_book_path().exists()
    path = default_book()
    assert path == demo_book_path() and path.exists()
    assert default_book() == path  # second run reuses it


def test_window_shows_agenda_and_brief(qtbot, reference):
    window = MainWindow(default_book())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.agenda.count() == len(reference.issue_areas())
    window.agenda.setCurrentRow(3)
    area = reference.issue_areas()[3]
    html = window.brief.toPlainText()
    assert area.title_en in html
    assert reference.recommendations(area.id)[0].title_en in html
    for widget in (window.agenda, window.brief):
        assert widget.accessibleName()
