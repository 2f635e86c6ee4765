"""User text is never Qt rich text: every tooltip and label in every pane, with hostile text.

A question, note or name such as ``<img src="/etc/passwd">`` shown as rich text makes Qt load
that local file when the tooltip appears. The book below puts markup in every kind of user
text; the test visits every pane (and the search results), then walks every widget's tooltip,
every label, and the tooltip of every row and column of every item view, and asserts that Qt
would not treat the user's markup as markup: either the text is not rich text for Qt
(``GuiQt.mightBeRichText`` is false, or the label is set to plain text), or it is rich text in
which the user's text is escaped (parsed by QTextDocument, the markup comes back as the
literal characters the user typed, and no image is in the document).
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

HOSTILE = '<img src="/etc/passwd"><b>x</b>'


def _hostile_book(path, demo_template):
    from briefingbook.core import deliverables, people, press, program
    from briefingbook.core.book import Book

    shutil.copyfile(demo_template, path)
    with Book.open(path, backup=False) as book:
        book.update_summit(place=f"{HOSTILE} place", delegation=f"{HOSTILE} delegation")
        item = book.add_agenda_item(f"{HOSTILE} agenda")
        book.update_agenda_item(item.id, objectives=f"{HOSTILE} objectives")
        first = book.agenda()[0]
        added = book.add_checklist_item(f"{HOSTILE} checklist", -3, owner=f"{HOSTILE} owner")
        book.update_checklist_item(added.id, notes=f"{HOSTILE} notes")
        book.add_recommendation_note("wwc2005-a", f"{HOSTILE} note")
        person = people.add_person(book, name=f"{HOSTILE} person", organisation=f"{HOSTILE} org", bio=f"{HOSTILE} bio")
        day = dt.date(2027, 3, 1)
        program.add_event(
            book,
            day=day,
            start_time="09:00",
            title=f"{HOSTILE} event one",
            place=f"{HOSTILE} room",
            notes=f"{HOSTILE} event notes",
            participants=[person.id],
        )
        program.add_event(book, day=day, start_time="09:30", title=f"{HOSTILE} event two", participants=[person.id])
        press.add_question(book, first.id, f"{HOSTILE} question", f"{HOSTILE} answer")
        press.add_question(book, item.id, f"{HOSTILE} question two", f"{HOSTILE} answer two")
        deliverables.add_deliverable(
            book,
            title=f"{HOSTILE} deliverable",
            owner=f"{HOSTILE} owner",
            notes=f"{HOSTILE} deliverable notes",
            agenda_items=[item.id],
        )


def _unsafe(text: str, rich_allowed: bool = True) -> bool:
    """Whether Qt would take markup the user typed in ``text`` as markup."""
    if not text or "passwd" not in text and "<b>x" not in text and "&lt;b&gt;x" not in text:
        return False
    if not GuiQt.mightBeRichText(text):
        return False  # shown literally
    if not rich_allowed:
        return True
    # Rich text: safe only when the user's markup is escaped, so Qt parses no <img> or <b> from
    # it and shows the characters the user typed.
    if "<img" in text or "<b>x" in text:
        return True
    doc = QTextDocument()
    doc.setHtml(text)
    shown = doc.toPlainText()
    return not ("<img src=" in shown or "<b>x" in shown or "&lt;" in shown)


def _view_tooltips(view: QAbstractItemView):
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    seen = 0
    while stack and seen < 5000:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # list models hide columnCount(parent)
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(max(1, columns)):
                index = model.index(row, column, parent)
                seen += 1
                yield index, model.data(index, Qt.ItemDataRole.ToolTipRole)
            child = model.index(row, 0, parent)
            try:
                if model.rowCount(child):
                    stack.append(child)
            except TypeError:
                pass


@pytest.fixture
def hostile_window(qtbot, demo_template, tmp_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    path = tmp_path / "hostile.bbook"
    _hostile_book(path, demo_template)
    win = MainWindow(path, settings, reference)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):  # a context manager: called bare, it waits for nothing
        win.show()
    yield win
    win.close()


def test_no_tooltip_or_label_treats_user_text_as_rich_text(hostile_window, qtbot):
    win = hostile_window
    for pane in win.PANES:
        win.show_pane(pane)
        qtbot.wait(20)
    # search results (their tooltips are the hit's snippet)
    win.search.setText("passwd")
    win.search.run_search()
    problems = []
    checked = 0
    for widget in win.findChildren(QWidget):
        tip = widget.toolTip()
        checked += bool(tip)
        if _unsafe(tip):
            problems.append(f"tooltip of {type(widget).__name__} {widget.objectName()!r}: {tip[:80]!r}")
        if isinstance(widget, QLabel):
            plain = widget.textFormat() == Qt.TextFormat.PlainText
            if not plain and _unsafe(widget.text(), rich_allowed=True):
                problems.append(f"label {widget.accessibleName()!r}: {widget.text()[:80]!r}")
        if isinstance(widget, QAbstractItemView):
            for index, tip in _view_tooltips(widget):
                if isinstance(tip, str):
                    checked += 1
                    if _unsafe(tip):
                        problems.append(
                            f"row tooltip in {type(widget).__name__} "
                            f"{widget.accessibleName()!r} ({index.row()},{index.column()}): {tip[:80]!r}"
                        )
    search_tips = [win.search.results.item(r).toolTip() for r in range(win.search.results.rowCount())]
    assert any("passwd" in t for t in search_tips), "the search found none of the hostile text"
    problems += [f"search result tooltip: {t[:80]!r}" for t in search_tips if _unsafe(t)]
    assert checked > 20
    assert problems == [], "\n".join(problems)
