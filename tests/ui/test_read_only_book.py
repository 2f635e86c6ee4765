"""A read-only book in the window: no pane leaves an editing control usable, the notice says why.

The book is made read-only as users do (its write bits off; root, who runs CI, counts it too)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefingbook.ui.main_window import PANE_REGISTRY

# Controls that only change what is shown (filters, search, charting, exports, navigation): they
# stay usable on a read-only book. Every other control must be off or read-only.
VIEW_CONTROLS = {
    "Language of the text being edited",
    "Find in the brief",
    "Filter by owner",
    "Filter by status",
    "Filter recommendations by words",
    "Show changes to this kind of row",
    "Show changes by this author",
    "Show changes whose name or values contain this text",
}
VIEW_PREFIXES = ("Filter by ", "Show in the Program pane: ")
VIEW_PANES = {"charts"}  # charting changes only the view (the selection is not kept)


@pytest.fixture
def read_only_window(qtbot, book_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    book_path.chmod(0o444)
    win = MainWindow(book_path, settings, reference)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()


def _select_first_rows(pane: QWidget, qtbot) -> None:
    """Select a row in every list of the pane (a selection is what turns Remove, Edit… on)."""
    for view in pane.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or model.rowCount() == 0:
            continue
        index = model.index(0, 0)
        if model.rowCount(index) > 0:  # a tree's first group: its first row
            index = model.index(0, 0, index)
        view.setCurrentIndex(index)
    qtbot.wait(50)


def _usable_editing_controls(pane: QWidget) -> list[str]:
    found = []
    for widget in [pane, *pane.findChildren(QWidget)]:
        parent = widget.parentWidget()
        if isinstance(parent, (QTabBar, QAbstractItemView)) or (
            isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit))
        ):
            continue  # parts Qt builds inside other controls
        if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
            continue  # a search field's clear button
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            usable = widget.isEnabled() and not widget.isReadOnly()
        elif isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox)):
            usable = widget.isEnabled()
        elif isinstance(widget, QAbstractItemView):
            usable = widget.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove or (
                widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
                and bool(widget.model() is not None and widget.model().rowCount())
                and bool(widget.model().flags(widget.model().index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
            )
        else:
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if usable and name not in VIEW_CONTROLS and not name.startswith(VIEW_PREFIXES):
            found.append(f"{type(widget).__name__} {name!r}")
    return found


def test_no_pane_of_a_read_only_book_leaves_an_editing_control_usable(read_only_window, qtbot):
    win = read_only_window
    assert win.session.read_only and win.readonly_notice.isVisible()
    assert "Changes cannot be saved" in win.readonly_notice.text()
    for spec in PANE_REGISTRY:
        win.show_pane(spec.key)
        panes = [win.agenda_pane, win.brief_pane] if spec.module is None else [win.pane(spec.key)]
        for pane in panes:
            _select_first_rows(pane, qtbot)
            if spec.key in VIEW_PANES:
                continue
            assert _usable_editing_controls(pane) == [], spec.key
    summit_button = next(b for b in win.findChildren(QAbstractButton) if b.text() == "Summit details…")
    assert not summit_button.isEnabled()


def test_a_writable_book_keeps_its_controls(window, qtbot):
    # The same walk finds the controls on a book that can be written: the check above can fail.
    assert not window.session.read_only and not window.readonly_notice.isVisible()
    _select_first_rows(window.agenda_pane, qtbot)
    usable = _usable_editing_controls(window.agenda_pane)
    assert "QPushButton 'Remove the selected agenda item'" in usable
    assert window.agenda_pane.remove_button.isEnabled()


def test_a_selection_does_not_turn_remove_on_and_no_question_is_asked(read_only_window, qtbot, monkeypatch):
    from briefingbook.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    agenda = read_only_window.agenda_pane
    for row in range(agenda.model.rowCount()):
        agenda.select_row(row)
        assert not agenda.remove_button.isEnabled()
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert agenda.model.rowCount() > 0


def test_a_dialog_a_read_only_pane_opens_can_be_read_and_closed_but_not_accepted(read_only_window, qtbot):
    pane = read_only_window.pane("deliverables")
    dialog = QDialog(pane)
    field = QLineEdit("typed before it showed")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.show()
    try:
        assert field.isReadOnly()
        assert not buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)  # a dialog's own logic
        assert not buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    finally:
        dialog.close()


def test_a_read_only_checklist_shows_done_but_cannot_tick_it(read_only_window):
    from briefingbook.ui.nonnull import child_items, top_level_items

    pane = read_only_window.pane("checklist")
    rows = [row for group in top_level_items(pane.tree) for row in child_items(group)]
    assert rows
    assert all(not (row.flags() & Qt.ItemFlag.ItemIsUserCheckable) for row in rows)


def test_the_guard_watches_events_only_while_a_read_only_book_is_shown(qtbot, book_path, settings, reference, tmp_path):
    """The guard that keeps controls locked filters every event of the application: it is there
    while a locked pane exists and gone once the read-only window is, so a writable book opened
    afterwards does not pay for it (and is not locked by it)."""
    import shutil

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from briefingbook.ui import read_only
    from briefingbook.ui.main_window import MainWindow

    writable = tmp_path / "writable.bbook"
    shutil.copyfile(book_path, writable)
    book_path.chmod(0o444)
    window = MainWindow(book_path, settings, reference)  # not given to qtbot: deleted here
    assert window.session.read_only and read_only.guarding()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not read_only.guarding()
    window = MainWindow(writable, settings, reference)
    qtbot.addWidget(window)
    assert not window.session.read_only and not read_only.guarding()
    assert not window.agenda_pane.property(read_only.LOCKED) and window.agenda_pane.add_button.isEnabled()
    window.close()
