"""Open and save dialogs with readable columns (issue 19: the size column read "520…KiB").

Where the system has no file dialog of its own for Qt to use (Linux without a desktop portal:
Qt then draws its own), Qt's dialog shows Name, Size, Type and Date modified in columns too
narrow for their text. Decision: on Linux the window always uses Qt's own dialog, the same on
every desktop, with its columns sized to their text; on Windows and macOS the system's dialog
is used, which sizes its own columns. Every open and save dialog of the window goes through here.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

# The widest texts Qt's own dialog writes in its columns (after Name), with room for the margins.
SAMPLE_TEXTS = {
    1: ("1,023.99 KiB", "1,023.99 MiB"),  # Size
    2: ("Briefing book File", "Folder", "Portable Document Format"),  # Type (as the system names it)
    3: ("12/31/2026 11:59 PM", "31/12/2026 23:59"),  # Date modified
}
PADDING = 24


def uses_qt_dialog() -> bool:
    """True where the window draws Qt's own file dialog rather than the system's."""
    return sys.platform.startswith("linux")


def size_columns(dialog: QFileDialog) -> None:
    """Make the detail view's Size, Type and Date columns wide enough for their text."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    metrics = view.fontMetrics()
    locale = QLocale()
    for column, samples in SAMPLE_TEXTS.items():
        if column >= header.count():
            continue
        texts = [*samples]
        if column == 1:  # as the dialog writes sizes in this locale
            texts += [locale.formattedDataSize(1_048_000), locale.formattedDataSize(1_073_000_000)]
        wanted = max(metrics.horizontalAdvance(t) for t in texts) + PADDING
        header.resizeSection(column, max(header.sectionSize(column), wanted))
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    width = sum(header.sectionSize(c) for c in range(1, header.count()))
    header.resizeSection(0, max(header.sectionSize(0), 260))
    dialog.resize(max(dialog.width(), width + header.sectionSize(0) + 220), max(dialog.height(), 460))


def make_dialog(
    parent: QWidget | None,
    caption: str,
    directory: str,
    name_filter: str,
    save: bool,
    options: QFileDialog.Option | None = None,
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, name_filter)
    if options is not None:
        dialog.setOptions(options)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if uses_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        size_columns(dialog)
        QTimer.singleShot(0, lambda: size_columns(dialog))  # again once the folder is listed
    return dialog


def _run(parent, caption, directory, name_filter, save, options=None) -> tuple[str, str]:
    if not uses_qt_dialog():
        static = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        if options is not None:
            return static(parent, caption, directory, name_filter, options=options)
        return static(parent, caption, directory, name_filter)
    dialog = make_dialog(parent, caption, directory, name_filter, save, options)
    try:
        if dialog.exec() and dialog.selectedFiles():
            return dialog.selectedFiles()[0], dialog.selectedNameFilter()
        return "", ""
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None = None, caption: str = "", directory: str = "", name_filter: str = ""
) -> tuple[str, str]:
    """As ``QFileDialog.getOpenFileName``: (path or "", the filter chosen)."""
    return _run(parent, caption, directory, name_filter, save=False)


def get_save_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    directory: str = "",
    name_filter: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[str, str]:
    """As ``QFileDialog.getSaveFileName``: (path or "", the filter chosen); the dialog asks before
    replacing a file unless ``options`` says DontConfirmOverwrite."""
    return _run(parent, caption, directory, name_filter, True, options)
