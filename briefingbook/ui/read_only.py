"""A read-only book in the window: no editing control of any pane can be used.

The window asks ``BookSession.read_only`` (one place) and, when it is set, calls ``lock(pane)``
for each pane as it is built (and for the summit's Edit button). From then on every editing
control under that pane is off, including the ones a pane turns on again later (a selection
enables Remove) or builds later, and the dialogs a pane opens (their fields are read-only and
their OK is off, so they can still be read and closed). The read-only notice above the panes
says why.

Editing controls: buttons, check boxes, combo boxes, spin and date boxes (disabled), text
fields (read-only: their text can still be selected and copied), and lists' drag-and-drop and
in-place editing. A control that only changes what is shown (a filter, the search, a chart's
options, an export) is marked ``view_only`` by its pane, for itself and what it holds, and
stays usable. Message boxes and file dialogs are never locked: they edit nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabBar,
    QTextEdit,
    QWidget,
)

VIEW_ONLY = "briefingbookViewOnly"  # a widget (and all it holds) that changes only the view
LOCKED = "briefingbookReadOnly"  # a pane whose editing controls are locked
_ACCEPTING = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.ApplyRole,
)


def view_only(*widgets: QWidget) -> None:
    """Mark controls (or containers) that only change what is shown: usable on a read-only book."""
    for widget in widgets:
        widget.setProperty(VIEW_ONLY, True)


def _locked_root(widget: QWidget) -> QWidget | None:
    """The locked pane ``widget`` is in, or None (also None inside a view-only part, a message
    box or a file dialog)."""
    current: QWidget | None = widget
    while current is not None:
        if current.property(VIEW_ONLY) or isinstance(current, (QMessageBox, QFileDialog, QProgressDialog)):
            return None
        if current.property(LOCKED):
            return current
        current = current.parentWidget()
    return None


def is_editing_control(widget: QWidget) -> bool:
    """Whether ``widget`` is a kind of control that edits (buttons, fields, boxes, lists), leaving
    out the parts Qt builds inside other controls (a combo's own line edit, a tab bar's arrows)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return False
    if isinstance(parent, (QTabBar, QAbstractItemView)):  # scroll arrows, a table's corner button
        return False
    if isinstance(widget, QAbstractButton) and isinstance(parent, QDialogButtonBox):
        return parent.buttonRole(widget) in _ACCEPTING  # OK stays off; Cancel and Close stay on
    return isinstance(
        widget,
        (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView),
    )


def is_locked(widget: QWidget) -> bool:
    """Whether an editing control cannot edit (disabled, read-only, or a list that cannot be
    edited or reordered in place)."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return widget.isReadOnly() or not widget.isEnabled()
    if isinstance(widget, QAbstractItemView):
        return widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers and widget.dragDropMode() in (
            QAbstractItemView.DragDropMode.NoDragDrop,
            QAbstractItemView.DragDropMode.DragOnly,
        )
    return not widget.isEnabled()


def _lock_one(widget: QWidget) -> None:
    if not is_editing_control(widget) or is_locked(widget):
        return
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        widget.setReadOnly(True)
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    else:
        widget.setEnabled(False)


def _lock_tree(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if _locked_root(widget) is not None:
            _lock_one(widget)


class _Guard(QObject):
    """Keeps locked controls locked: a control turned on again, or polished (built, or a dialog
    shown) under a locked pane, is locked at once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.EnabledChange, QEvent.Type.Polish) and isinstance(watched, QWidget):
            if kind == QEvent.Type.EnabledChange and not watched.isEnabled():
                return False
            if _locked_root(watched) is not None:
                if isinstance(watched, QDialog):
                    _lock_tree(watched)
                else:
                    _lock_one(watched)
        return False


_guard: _Guard | None = None
_locked_panes: set[int] = set()  # ids of the locked panes that still exist


def _forget(key: int) -> None:
    """A locked pane is gone: with no locked pane left, the guard stops watching the application's
    events (a Python filter on every event of every window costs time; a session that once showed
    a read-only book and then opened a writable one should not keep paying for it)."""
    global _guard
    _locked_panes.discard(key)
    app = QCoreApplication.instance()
    if not _locked_panes and _guard is not None:
        if app is not None:
            app.removeEventFilter(_guard)
        _guard.deleteLater()
        _guard = None


def guarding() -> bool:
    """Whether the guard is watching the application's events (for tests)."""
    return _guard is not None


def lock(*panes: QWidget) -> None:
    """Lock every editing control under each of ``panes``, now and from now on (until the pane is
    destroyed)."""
    global _guard
    app = QCoreApplication.instance()
    if _guard is None and app is not None:
        _guard = _Guard(app)
        app.installEventFilter(_guard)
    for pane in panes:
        pane.setProperty(LOCKED, True)
        _lock_tree(pane)
        key = id(pane)
        if key not in _locked_panes:
            _locked_panes.add(key)
            pane.destroyed.connect(lambda *_args, key=key: _forget(key))


def unlocked_controls(pane: QWidget) -> list[QWidget]:
    """The editing controls under ``pane`` that can still edit (for tests and checks)."""
    return [w for w in [pane, *pane.findChildren(QWidget)] if _locked_root(w) is not None and not is_locked(w)]
