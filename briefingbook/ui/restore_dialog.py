"""File → Restore from backup…: the book's backups in words a person can choose from (issue 19).

Each line says when the copy was made, in this computer's time zone, and what it was made for
("On opening the book", "Before an upgrade of the book's format", …), and its size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core.backups import Backup
from briefingbook.ui import i18n


def backup_reason_label(reason: str) -> str:
    """What a backup was made for, in the interface language (core/backups.py names the reasons)."""
    return {
        "open": QCoreApplication.translate("Backups", "On opening the book"),
        "interval": QCoreApplication.translate("Backups", "Automatic, while you worked (every 30 minutes)"),
        "import": QCoreApplication.translate("Backups", "Before importing data"),
        "migration": QCoreApplication.translate("Backups", "Before an upgrade of the book's format"),
        "restore": QCoreApplication.translate("Backups", "Before restoring another backup"),
        "encrypt": QCoreApplication.translate("Backups", "Before encrypting or changing the passphrase"),
        "merge": QCoreApplication.translate("Backups", "Before merging a colleague's copy"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
    }.get(reason, reason.replace("_", " "))


def backup_line(backup: Backup, lang: str) -> str:
    """``Fri 4 Dec 2026 17:05 CET — On opening the book · 1.2 MB``: when, what for, how large."""
    when = i18n.moment_label(backup.taken_at, lang)
    size = i18n.locale_for(lang).formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return f"{when} — {backup_reason_label(backup.reason)} · {size}"


class RestoreDialog(QDialog):
    """Pick one of the book's backups (newest first) to put in place of the book."""

    def __init__(self, found: list[Backup], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Choose the copy to restore, newest first. The book as it is now is backed up first, "
                "so a restore can be undone by restoring that copy."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups of this book"))
        for backup in found:
            item = QListWidgetItem(backup_line(backup, lang))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore"))
        ok.setAccessibleName(self.tr("Restore the chosen backup"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        width = max(520, self.list.sizeHintForColumn(0) + 60)
        rows = min(len(found), 14)
        height = rows * max(self.list.sizeHintForRow(0), 18) + 150
        screen = parent.screen() if parent is not None else None
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
            height = min(height, screen.availableGeometry().height() - 80)
        self.resize(width, max(height, 260))

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None
