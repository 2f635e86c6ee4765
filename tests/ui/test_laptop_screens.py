"""Laptop screens (issue 19, item 2): the first window fits the available screen, every pane is
usable at 1280×720, a saved geometry is restored only if it fits, dialogs fit their content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox

from briefingbook.ui.main_window import FRAME, MainWindow, fits, initial_geometry


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 741), QRect(1920, 0, 1280, 720)])
def test_the_first_window_fits_a_laptop_screen(screen):
    rect = initial_geometry(screen)
    framed = rect.adjusted(0, 0, FRAME.width(), FRAME.height())
    assert fits(rect, screen) and framed.width() <= screen.width() and framed.height() <= screen.height()
    assert rect.center() == screen.center()
    big = QRect(0, 0, 2560, 1440)
    assert initial_geometry(big).size().toTuple() == (1400, 900)


def test_the_window_opens_within_the_screen_and_refuses_a_saved_geometry_that_does_not_fit(
    qtbot, book_path, settings, reference
):
    available = QRect(0, 0, 800, 800)  # the offscreen platform's screen
    window = MainWindow(book_path, settings, reference)
    qtbot.addWidget(window)
    assert window._available() == available and fits(window.geometry(), available)
    # A geometry saved on a large monitor: not restored, the window keeps to this screen.
    big = MainWindow(book_path, settings, reference)
    qtbot.addWidget(big)
    big.setGeometry(QRect(0, 0, 1900, 1000))
    saved = big.saveGeometry()
    big.close()
    assert window.restore_geometry(saved) is False and fits(window.geometry(), available)
    small = QRect(40, 60, 700, 500)
    window.setGeometry(small)
    assert window.restore_geometry(window.saveGeometry()) is True and window.geometry() == small
    assert window.restore_geometry(QByteArray(b"not a geometry")) is False
    window.close()


def _clipped_buttons(window) -> list[str]:
    """Buttons and combo boxes of the current pane that lie (partly) outside the window, not
    counting those inside a scroll area (the user scrolls to them)."""
    out = []
    pane = window.tabs.currentWidget()
    for widget in pane.findChildren(QAbstractButton) + pane.findChildren(QComboBox):
        if not widget.isVisible():
            continue
        parent, scrolled = widget.parentWidget(), False
        while parent is not None and parent is not window:
            scrolled = scrolled or isinstance(parent, QAbstractScrollArea)
            parent = parent.parentWidget()
        if not scrolled and not window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())):
            out.append(widget.accessibleName() or widget.text())
    return out


def test_every_pane_is_usable_at_1280_by_720(window, qtbot):
    window.resize(1280, 720 - FRAME.height())
    for name in window.PANES:
        window.show_pane(name)
        qtbot.wait(1)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720 - FRAME.height(), name
        assert window.size().toTuple() == (1280, 720 - FRAME.height()), name  # nothing forced it larger
        assert _clipped_buttons(window) == [], name
    assert window.banner_bottom.isVisible()
    bottom = window.banner_bottom.mapTo(window, QPoint(0, window.banner_bottom.height()))
    assert bottom.y() <= window.height()


def test_dialogs_fit_their_content(window, qtbot, monkeypatch):
    from briefingbook.ui import dialogs
    from briefingbook.ui.program_dialogs import EventDialog

    summit = dialogs.SummitDialog(window.session.book.summit(), window)
    new_book = dialogs.SummitDialog(None, window, new_book=True)
    for dialog in (summit, new_book):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.width() >= dialogs.DIALOG_WIDTH
        assert dialog.width() >= dialog.sizeHint().width() and dialog.height() >= dialog.sizeHint().height()
    event = EventDialog(window.session, None, window)
    qtbot.addWidget(event)
    event.show()
    for listed in (event.participants, event.agenda):  # 8 people, 13 agenda items: all in view
        assert listed.count() >= 8 and listed.verticalScrollBar().maximum() == 0
    assert fits(event.frameGeometry(), QRect(0, 0, 800, 800)) or event.height() <= 800
    seen = {}

    def exec_(dialog):
        seen["width"], seen["title"] = dialog.minimumWidth(), dialog.windowTitle()
        dialog.setTextValue("Water treaty deliveries")
        return True

    monkeypatch.setattr(dialogs.QInputDialog, "exec", exec_)
    count = window.agenda_pane.model.rowCount()
    window.agenda_pane._add_custom()
    assert seen == {"width": dialogs.DIALOG_WIDTH, "title": "New agenda item"}
    assert window.agenda_pane.model.rowCount() == count + 1


def test_the_event_dialog_names_cities_and_wraps_its_lists(window, qtbot):
    # The times are labelled by city in the interface language, as the Program pane names its
    # columns (not "America/Mexico_City"); a long participant label wraps instead of making the
    # list scroll sideways, and every participant stays in view.
    from PySide6.QtWidgets import QLabel

    from briefingbook.ui import i18n
    from briefingbook.ui.program_dialogs import EventDialog

    for lang, summit_city, home_city in (("en", "Mexico City", "New York"), ("es", "Ciudad de México", "Nueva York")):
        i18n.install(lang)
        window.session.ui_lang = lang
        try:
            event = EventDialog(window.session, None, window)
            qtbot.addWidget(event)
            event.show()
            labels = [label.text() for label in event.findChildren(QLabel)]
            assert not [text for text in labels if "America/" in text or "_" in text]
            start, home = ("Inicio", "Hora de origen") if lang == "es" else ("Start", "Home time")
            assert f"{start} ({summit_city})" in labels and f"{home} ({home_city})" in labels
            listed = event.participants
            longest = max(listed.fontMetrics().horizontalAdvance(listed.item(i).text()) for i in range(listed.count()))
            assert longest > listed.viewport().width()  # the demo's labels are longer than the list…
            assert listed.horizontalScrollBar().maximum() == 0  # …and wrap instead of scrolling
            assert listed.verticalScrollBar().maximum() == 0
            assert fits(event.frameGeometry(), QRect(0, 0, 1366, 768 - FRAME.height()))
            event.close()
        finally:
            i18n.install("en")
            window.session.ui_lang = "en"


def test_the_first_run_name_dialog_is_as_tall_as_its_content(qtbot):
    # It had an empty band above its buttons: its height came from the wrapped text's size hint
    # for a narrower width. Now nothing is below the buttons but the margin, and the text is whole.
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from briefingbook.ui import i18n
    from briefingbook.ui.dialogs import AuthorDialog

    for lang in ("en", "es"):
        i18n.install(lang)
        try:
            dialog = AuthorDialog()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            buttons = dialog.findChild(QDialogButtonBox)
            intro = dialog.findChild(QLabel)
            bottom_margin = dialog.layout().contentsMargins().bottom()
            assert dialog.height() - buttons.geometry().bottom() - 1 <= bottom_margin + 2, lang
            assert intro.height() >= intro.heightForWidth(intro.width()), lang
            gap = buttons.geometry().top() - dialog.author.geometry().bottom()
            assert gap <= 2 * dialog.layout().spacing() + 8, lang
            dialog.close()
        finally:
            i18n.install("en")
