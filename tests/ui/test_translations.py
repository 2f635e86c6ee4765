"""The Spanish interface is complete: every string translated, the .qm current, and no
visible widget of any pane shows its English source text."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "briefingbook_es.ts"
# English's own file: only the plural forms of strings with a count (lupdate -pluralonly).
EN_TS = ROOT / "resources" / "translations" / "briefingbook_en.ts"
# The same in both languages.
SAME_IN_BOTH = {"Agenda", "Total", "PDF", "CSV", "PNG", "A4", "US Letter", "English", "Español", "No.", "No", "Error"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[vmn]")


def _messages(ts: Path = TS):
    return [(m.findtext("source"), m.find("translation")) for m in ET.parse(ts).getroot().iter("message")]


def _forms(translation) -> list[str]:
    """A translation's texts: its one text, or each plural form (<numerusform>) of a count's."""
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(messages) -> list[str]:
    return [
        src
        for src, tr in messages
        if tr is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in _forms(tr))
    ]


def test_every_string_is_translated_and_placeholders_kept():
    messages = _messages()
    assert len(messages) > 250
    assert _unfinished(messages) == []
    for source, translation in messages:
        for text in _forms(translation):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


def test_english_plural_file_gives_both_forms_of_every_count():
    """briefingbook_en.ts holds exactly the strings with a count, each with its singular and
    plural form (Spanish has the same two forms)."""
    english = _messages(EN_TS)
    counted = [src for src, tr in _messages() if tr is not None and tr.find("numerusform") is not None]
    assert len(counted) >= 10
    assert sorted(src for src, _ in english) == sorted(counted)
    assert _unfinished(english) == []
    for source, translation in english:
        forms = _forms(translation)
        assert len(forms) == 2, source
        assert forms[1] == source, source  # the source is the plural
        for text in forms:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
    for _source, translation in _messages():
        if translation.find("numerusform") is not None:
            assert len(_forms(translation)) == 2


def test_ts_is_current_with_the_sources_and_qm_is_compiled():
    """pyside6-lupdate finds no missing or obsolete string in either file (Spanish, English
    plurals); the committed .qm files match their .ts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "update_translations.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def _visible_texts(root) -> list[tuple[str, str]]:
    texts = []
    for widget in root.findChildren(QLabel):
        if widget.isVisibleTo(root) and widget.text():
            texts.append(("label", widget.text()))
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisibleTo(root) and widget.text():
            texts.append(("button", widget.text()))
    for widget in root.findChildren(QGroupBox):
        if widget.isVisibleTo(root):
            texts.append(("group", widget.title()))
    for widget in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        if widget.isVisibleTo(root) and widget.placeholderText():
            texts.append(("placeholder", widget.placeholderText()))
    for widget in root.findChildren(QTabWidget):
        texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
    for widget in root.findChildren(QTreeWidget):
        header = widget.headerItem()
        texts += [("header", header.text(i)) for i in range(header.columnCount())]
    for widget in root.findChildren(QTableView) + root.findChildren(QTreeView):
        if isinstance(widget, QTreeWidget) or not widget.isVisibleTo(root) or widget.model() is None:
            continue
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        if header.isHidden():
            continue
        texts += [
            ("header", str(widget.model().headerData(i, Qt.Orientation.Horizontal)))
            for i in range(header.count())
            if widget.model().headerData(i, Qt.Orientation.Horizontal)
        ]
    for widget in [root, *root.findChildren(QAbstractButton)]:
        if widget.accessibleName():
            texts.append(("accessible", widget.accessibleName()))
    return texts


@pytest.fixture
def spanish(qapp):
    from briefingbook.ui import i18n

    assert i18n.install("es")
    yield
    i18n.install("en")


@pytest.mark.slow
def test_every_pane_in_spanish_shows_no_english_source(spanish, qtbot, tmp_path, reference, settings):
    from briefingbook.core.demo import create_demo_book
    from briefingbook.ui.dialogs import PreferencesDialog, SummitDialog
    from briefingbook.ui.export_dialog import ExportDialog
    from briefingbook.ui.import_dialog import ImportDialog
    from briefingbook.ui.main_window import MainWindow

    english = {src for src, _ in _messages()} - SAME_IN_BOTH
    path = tmp_path / "es.bbook"
    create_demo_book(path, reference, language="es", marking="USO OFICIAL").close()
    settings.setValue("ui/language", "es")
    window = MainWindow(path, settings, reference)
    qtbot.addWidget(window)
    window.show()
    seen = []
    for pane in MainWindow.PANES:
        window.show_pane(pane)
        seen += _visible_texts(window)
    seen += [("menu", a.text()) for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        seen += [("menu", a.text()) for a in menu_action.menu().actions() if a.text()]
    # The principal's book editors of the Program pane (issue 21), on a meeting.
    from briefingbook.core import principal, program
    from briefingbook.ui.meeting_dialogs import StepDialog

    meeting = next(e for e in program.events(window.session.book) if e.kind in principal.MEETING_KINDS)
    window.show_pane("program")
    window.program_pane.select_event(meeting.id)
    seen += _visible_texts(window)
    dialogs = [
        window.program_pane.make_memo_dialog(),
        window.program_pane.make_scenario_dialog(),
        StepDialog(None, meeting.start_time, window),
        SummitDialog(window.session.book.summit(), window),
        ExportDialog(window.session, window),
        ImportDialog(window.session, window),
        PreferencesDialog("es", window),
    ]
    for dialog in dialogs:
        dialog.show()
        seen += [("dialog", dialog.windowTitle())] + _visible_texts(dialog)
        dialog.close()
    untranslated = sorted({f"{kind}: {text}" for kind, text in seen if text in english})
    assert untranslated == []
    assert "Agenda" in {text for _, text in seen} or any("Agenda" in text for _, text in seen)
    window.close()


def test_dates_follow_the_interface_language(spanish, qapp):
    import datetime as dt

    from briefingbook.ui.i18n import long_date

    assert long_date(dt.date(2027, 3, 1), "es") == "1 de marzo de 2027"
    assert long_date(dt.date(2027, 3, 1), "en") == "1 March 2027"


def test_switching_language_keeps_the_work(window, qtbot, book_path):
    from briefingbook.core.book import Book

    window.agenda_pane.select_row(2)
    item_id = window.agenda_pane.current_id()
    qtbot.keyClicks(window.brief_pane.editors["notes"], "typed just before switching")
    window.set_ui_language("es")
    try:
        assert window.tabs.tabText(2) != "Checklist"
        assert window.session.book.agenda_item(item_id).notes == "typed just before switching"
    finally:
        window.set_ui_language("en")
    assert window.tabs.tabText(2) == "Checklist"
    window.close()
    with Book.open(book_path) as book:
        assert book.agenda_item(item_id).notes == "typed just before switching"


def _view_texts(root, rows: int = 400) -> list[str]:
    """What the visible lists, tables and trees of ``root`` show (display text of their rows)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView

    texts = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        stack = [QModelIndex()]
        while stack and len(texts) < 20000:
            parent = stack.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            for row in range(min(model.rowCount(parent), rows)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    value = model.data(index)
                    if isinstance(value, str) and value:
                        texts.append(value)
                    if column == 0 and columns > 1 and model.rowCount(index) > 0:
                        stack.append(index)
    return texts


@pytest.mark.slow
def test_an_english_book_in_the_spanish_interface_shows_reference_content_in_spanish(
    spanish, qtbot, tmp_path, reference, settings
):
    """Issue 19, item 3: every pane of an English book in the Spanish interface shows no English
    fixed string and no reference content (issue areas, recommendations, outlooks, series, the
    Since-then box) in English; the book's own text shows as written, tagged "(en inglés)"."""
    from briefingbook.core.demo import create_demo_book
    from briefingbook.ui.main_window import MainWindow

    path = tmp_path / "en.bbook"
    create_demo_book(path, reference, language="en").close()
    settings.setValue("ui/language", "es")
    window = MainWindow(path, settings, reference)
    qtbot.addWidget(window)
    window.show()
    pairs = [(a.title("en"), a.title("es")) for a in reference.issue_areas()]
    pairs += [(a.summary("en"), a.summary("es")) for a in reference.issue_areas()]
    pairs += [(r.title("en"), r.title("es")) for r in reference.recommendations()]
    pairs += [(r.summary("en"), r.summary("es")) for r in reference.recommendations()]
    pairs += [(o.summary("en"), o.summary("es")) for o in reference.outlooks()]
    pairs += [(s.name_en, s.name_es) for s in reference.series_list()]
    for area in reference.issue_areas():
        later = reference.since_then(area.id)
        if later is not None:
            pairs.append((later.text("en"), later.text("es")))
    english_only = {en for en, es in pairs if en and en != es} - {es for _, es in pairs}
    fixed = {src for src, _ in _messages()} - SAME_IN_BOTH
    item = window.session.book.agenda()[0]
    window.agenda_pane.select_item(item.id)
    area = reference.issue_area(item.issue_area)
    assert window.brief_pane.subtitle.text().startswith(f"Ámbito temático: {area.title('es')} · Pilar: ")
    assert window.brief_pane.background.text() == area.summary("es")
    seen: list[str] = []
    where: dict[str, str] = {}
    for pane in MainWindow.PANES:
        window.show_pane(pane)
        texts = [text for _kind, text in _visible_texts(window)] + _view_texts(window)
        where.update({text[:80]: pane for text in texts})
        seen += texts
    from briefingbook.core.deliverables import deliverables

    # The book's own text, written in English: its agenda, and the deliverables the demo drafted
    # from recommendations (copied into the book, so the book's text from then on).
    own = {i.title for i in window.session.book.agenda()} | {d.title for d in deliverables(window.session.book)}
    leaked = sorted(
        {
            text[:80]
            for text in seen
            if text not in own
            and not any(text.endswith(f". {t}") or text.startswith(f"{t};") for t in own)
            and any(text.startswith(en) for en in english_only)
        }
    )
    assert [f"{where[text]}: {text}" for text in leaked] == []
    assert sorted({f"{where[text[:80]]}: {text}" for text in seen if text in fixed}) == []
    assert window.brief_pane.title.text() == item.title  # the book's own text, as written
    assert window.brief_pane.title_language.text() == "(en inglés)"  # and labelled with its language
    window.close()
