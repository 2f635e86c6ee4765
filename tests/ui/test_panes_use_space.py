"""Panes that use their space at 1366×768 (issue 19, item 9): the recommendations table takes
the free height and says the 2009 outlook in words; press questions and deliverables show
their full text (rows grow to their wrapped text) with the selected one read in full below."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget

from briefingbook.core import deliverables, press
from briefingbook.ui.item_models import RecommendationsModel

LAPTOP = (1366, 720)  # a 1366×768 screen less the window frame (as the README's screenshots)


def _laptop(window, qtbot, pane: str) -> None:
    window.resize(*LAPTOP)
    window.show_pane(pane)
    qtbot.wait(1)


@pytest.fixture
def spanish(qapp):
    from briefingbook.ui import i18n

    assert i18n.install("es")
    yield
    i18n.install("en")  # the translator is process-wide: later tests read English


def test_the_recommendations_table_takes_the_free_height(window, qtbot):
    _laptop(window, qtbot, "recommendations")
    pane = window.recommendations_pane
    assert pane.table.height() >= 0.5 * pane.height(), (pane.table.height(), pane.height())
    # The detail below gets what its card needs, not a fixed share with empty space under it.
    assert pane.splitter.sizes()[1] <= pane.detail.heightForWidth(pane.detail_scroll.viewport().width()) + 4
    assert pane.detail_scroll.verticalScrollBar().maximum() == 0  # the card is not cut off at this size
    # The recommendation column takes the width the short columns leave; no column is cut.
    header = pane.table.horizontalHeader()
    assert header.sectionSize(0) > max(header.sectionSize(c) for c in range(1, header.count()))
    assert sum(header.sectionSize(c) for c in range(header.count())) <= pane.table.viewport().width()


def _outlook_words(model: RecommendationsModel) -> dict[str, str]:
    column = RecommendationsModel.COLUMNS.index("outlook")
    return {model.recommendation(row).id: model.data(model.index(row, column)) for row in range(model.rowCount())}


def test_the_2009_outlook_is_said_in_words(window, qtbot, reference):
    _laptop(window, qtbot, "recommendations")
    pane = window.recommendations_pane
    likelihood = {o.id: o.likelihood for o in reference.outlooks()}
    words = _outlook_words(pane.model)
    for rec in reference.recommendations():
        expected = {"likely": "Likely", "possible": "Possible"}[likelihood[rec.outlook_id]] if rec.outlook_id else ""
        assert words[rec.id] == expected, rec.id
    assert set(words.values()) == {"Likely", "Possible", ""}  # no Yes/No left
    # The column is wide enough for its words (nothing elided to "…").
    column = RecommendationsModel.COLUMNS.index("outlook")
    metrics = pane.table.fontMetrics()
    for row in range(pane.proxy.rowCount()):
        index = pane.proxy.index(row, column)
        assert pane.table.visualRect(index).width() >= metrics.horizontalAdvance(index.data()) + 6
    # The filter still tells recommendations with an outlook from those without.
    pane.filters["outlook"].setCurrentIndex(pane.filters["outlook"].findData("yes"))
    assert {pane.proxy.index(r, column).data() for r in range(pane.proxy.rowCount())} == {"Likely", "Possible"}
    pane.filters["outlook"].setCurrentIndex(pane.filters["outlook"].findData("no"))
    assert {pane.proxy.index(r, column).data() for r in range(pane.proxy.rowCount())} == {""}


def test_the_2009_outlook_words_in_spanish(window, spanish, reference):
    model = RecommendationsModel(window.session)
    words = _outlook_words(model)
    likelihood = {o.id: o.likelihood for o in reference.outlooks()}
    for rec in reference.recommendations():
        if rec.outlook_id:
            assert words[rec.id] == {"likely": "Probable", "possible": "Posible"}[likelihood[rec.outlook_id]]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Perspectiva de 2009"


def _rows_fit_their_text(view: QAbstractItemView, columns: range) -> list[str]:
    """Cells whose row is shorter than the cell's text wrapped at the column's width."""
    from briefingbook.ui.wrapping import text_height

    model = view.model()
    short = []
    for row in range(model.rowCount(QModelIndex())):
        for column in columns:
            index = model.index(row, column)
            rect: QRect = view.visualRect(index)
            needed = text_height(view, index, rect.width())
            if rect.height() < needed:
                short.append(f"row {row} column {column}: {rect.height()} < {needed}: {index.data()!r}")
    return short


def test_press_questions_are_shown_whole(window, qtbot, monkeypatch):
    book = window.session.book
    item = book.agenda()[0]
    long_question = (
        "Does the administration expect the new bilateral mechanism to meet before the end of the year, and "
        "who will chair it on each side, given the changes announced in both cabinets this month?"
    )
    press.add_question(book, item.id, long_question, "We expect a first meeting soon; names will follow.", "")
    _laptop(window, qtbot, "press")
    pane = window.press_pane
    pane.select_item(item.id)
    qtbot.wait(1)
    tree: QTreeWidget = pane.tree
    assert tree.topLevelItemCount() == 3
    assert _rows_fit_their_text(tree, range(2)) == []
    row = tree.topLevelItem(2)
    assert tree.visualItemRect(row).height() > 2 * tree.fontMetrics().height()  # it wrapped, not elided
    # A narrower pane re-wraps: rows grow again to their text.
    pane.splitter.setSizes([700, 600])
    qtbot.wait(1)
    assert _rows_fit_their_text(tree, range(2)) == []
    # The selected question is read in full below the list; the list and the detail share the
    # height (no empty four-fifths).
    pane.select_question(row.data(0, Qt.ItemDataRole.UserRole + 1))
    assert long_question in pane.detail.plain_text() and "names will follow" in pane.detail.plain_text()
    assert pane.detail.height() >= 0.2 * pane.right_splitter.height()
    assert pane.tree.height() >= 0.3 * pane.right_splitter.height()


def test_deliverables_are_shown_whole_with_their_notes(window, qtbot):
    book = window.session.book
    d = deliverables.add_deliverable(
        book,
        title="Joint statement on a binational task force for border infrastructure financing and permits",
        kind="joint_statement",
        owner="Office of the Coordinator for U.S.–Mexico Affairs",
        notes="Draft text with the legal office; the other side asked for a section on state governments.",
    )
    _laptop(window, qtbot, "deliverables")
    pane = window.deliverables_pane
    assert _rows_fit_their_text(pane.tree, range(pane.tree.columnCount())) == []
    pane.select_deliverable(d.id)
    text = pane.detail.plain_text()
    assert "asked for a section on state governments" in text and "Office of the Coordinator" in text
    assert pane.detail.height() >= 0.2 * pane.splitter.height()
    pane.select_deliverable(-1)
    pane.tree.setCurrentItem(None)
    assert "Select a deliverable" in pane.detail.plain_text()


def test_people_titles_and_organisations_are_shown_whole(window, qtbot):
    _laptop(window, qtbot, "people")
    pane = window.people_pane
    tree = pane.tree
    rows = pane.rows()
    assert rows and any(len(r.text(1)) > 60 for r in rows)  # the demo's long titles
    from briefingbook.ui.wrapping import text_height

    for row in rows:
        index = tree.indexFromItem(row, 1)
        rect = tree.visualRect(index)
        assert rect.height() >= text_height(tree, index, rect.width()), row.text(1)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_chart_transformation_is_named_whole_at_1280(lang, qtbot, book_path, settings, reference):
    """The transformation box was 24 characters wide: "% de cambio respecto a un año antes" showed
    as "…un año ante". Every name fits in it, in both languages, and the pane still fits 1280 px."""
    from briefingbook.ui import i18n
    from briefingbook.ui.main_window import FRAME, MainWindow

    assert i18n.install(lang)
    settings.setValue("ui/language", lang)
    try:
        window = MainWindow(book_path, settings, reference)
        qtbot.addWidget(window)
        window.resize(1280, 720 - FRAME.height())
        with qtbot.waitExposed(window):
            window.show()
        window.show_pane("charts")
        box = window.charts_pane.transform
        names = [box.itemText(i) for i in range(box.count())]
        assert "% de cambio respecto a un año antes" in names if lang == "es" else "% change from a year ago" in names
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        widest = max(box.fontMetrics().horizontalAdvance(name) for name in names)
        assert field.width() >= widest, (field.width(), widest)
        assert window.minimumSizeHint().width() <= 1280
        assert window.size().toTuple() == (1280, 720 - FRAME.height())
        window.close()
    finally:
        i18n.install("en")


def _program_rows(tree: QTreeWidget):
    for i in range(tree.topLevelItemCount()):
        day = tree.topLevelItem(i)
        yield from (day.child(j) for j in range(day.childCount()))


@pytest.mark.parametrize("overlap", [False, True])
def test_program_participants_are_read_without_hovering(window, qtbot, overlap):
    """Who attends each event is shown whole in the Program pane at 1366×768: the participants
    cell holds every name and its row grows to the wrapped list (it was cut with "…", the full
    list only in a tooltip); with an overlap's long text beside it, still no sideways scrolling."""
    from briefingbook.core import people, program
    from briefingbook.ui.wrapping import text_height

    book = window.session.book
    names = {p.id: p.name for p in people.people(book)}
    if overlap:
        head = people.people(book)[0]
        program.add_event(
            book,
            day=book.summit().date,
            start_time="11:30",
            duration_minutes=30,
            title="Courtesy call",
            participants=[head.id],
        )
    _laptop(window, qtbot, "program")
    pane = window.program_pane
    tree = pane.tree
    qtbot.wait(1)
    events = {e.id: e for e in program.events(book)}
    rows = list(_program_rows(tree))
    assert len(rows) == len(events) >= 8
    line = tree.fontMetrics().height()
    tallest = 0
    for row in rows:
        event = events[row.data(0, Qt.ItemDataRole.UserRole + 1)]
        index = tree.indexFromItem(row, 4)
        assert index.data() == "; ".join(names[p] for p in event.participants)  # every name, none cut
        rect = tree.visualRect(index)
        assert rect.height() >= text_height(tree, index, rect.width()), index.data()
        tallest = max(tallest, rect.height())
    assert tallest > 3 * line  # the demo's longest list wrapped onto several lines
    # The list is the widest column; the columns fit the width (nothing scrolls sideways).
    header = tree.header()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[4] == max(widths)
    assert sum(widths) <= tree.viewport().width() and tree.horizontalScrollBar().maximum() == 0
    if overlap:
        flagged = [r for r in rows if r.text(5)]
        assert len(flagged) == 2
        for row in flagged:  # the overlap's words wrap too
            index = tree.indexFromItem(row, 5)
            rect = tree.visualRect(index)
            assert rect.height() >= text_height(tree, index, rect.width()), index.data()
