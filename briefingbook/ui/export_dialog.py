"""File → Export packet…: profile (the principal's book or the staff book), sections, marking,
language, format and paper, then a cancellable progress dialog; when done, the packet or its
folder can be opened. Choosing a profile ticks its sections; the user may then change them
(as ``export --sections`` overrides ``--profile``).

The file is proposed in the user's Documents folder as "<book> packet v<N>.<ext>" with the
version the export will get, on Letter paper for an English (United States) system and A4
otherwise; an existing file is replaced only when the user says so (issue 19).

The export runs on the GUI thread because its charts are drawn with Qt; it calls back after
every step, and each call-back keeps the window responsive (processEvents) and checks the
progress dialog's Cancel button. A cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import readiness
from briefingbook.core.errors import BriefingBookError
from briefingbook.core.packet import DEFAULT_PROFILE, PROFILES, SECTIONS, next_version
from briefingbook.ui import dialogs, file_dialogs
from briefingbook.ui.session import BookSession

SUFFIX = {"pdf": ".pdf", "docx": ".docx", "html": ".html"}


def default_paper(locale: QLocale | None = None) -> str:
    """US Letter for an English (United States) system, A4 otherwise."""
    locale = locale or QLocale.system()
    us_english = locale.language() == QLocale.Language.English and locale.territory() == QLocale.Country.UnitedStates
    return "letter" if us_english else "a4"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def default_output(session: BookSession, fmt: str = "pdf") -> Path:
    """Where the next packet is proposed: Documents / "<book> packet v<N>.<ext>"."""
    version = next_version(session.book)
    return documents_folder() / f"{session.path.stem} packet v{version}{SUFFIX[fmt]}"


class ExportDialog(QDialog):
    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export briefing packet"))
        self.setMinimumWidth(620)
        summit = session.book.summit()
        names = {
            "cover": self.tr("Cover"),
            "contents": self.tr("Contents"),
            "overview": self.tr("Summit overview"),
            "changes": self.tr("Changes since the last packet"),
            "agenda": self.tr("Agenda"),
            "briefs": self.tr("Briefs"),
            "checklist": self.tr("Checklist status"),
            "annex": self.tr("Indicator annex"),
            "sources": self.tr("Sources"),
            "program": self.tr("Program"),
            "people": self.tr("Who's who"),
            "deliverables": self.tr("Deliverables"),
            "press": self.tr("Press Q&&A"),
            "scene": self.tr("Scene-setter"),
            "events": self.tr("Event by event"),
            "open_items": self.tr("Open items"),
            "readiness": self.tr("Export readiness list"),
        }
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Packet profile"))
        self.profile.addItem(self.tr("The principal's book (no checklist or staff-only notes)"), "principal")
        self.profile.addItem(self.tr("Staff book (everything, with the checklist and open items)"), "staff")
        self.profile.setCurrentIndex(self.profile.findData(DEFAULT_PROFILE))
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, section in enumerate(SECTIONS):
            box = QCheckBox(names.get(section, section))
            box.setChecked(section in PROFILES[DEFAULT_PROFILE])  # the staff checklist only in the staff book
            box.setAccessibleName(self.tr("Include section: {name}").format(name=names.get(section, section)))
            if section == "events":
                box.setToolTip(self.tr("Each program event with its scenario, meeting memo and remarks."))
            if section == "changes":
                box.setToolTip(
                    self.tr(
                        "List what changed in the book since the last exported packet: agenda items, "
                        "brief texts (word by word), statuses and checklist items."
                    )
                )
            self.sections[section] = box
            grid.addWidget(box, index // 4, index % 4)

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Packet format"))
        self.format.addItem(self.tr("PDF (for reading and printing)"), "pdf")
        self.format.addItem(self.tr("Word document (for editing)"), "docx")
        self.format.addItem(self.tr("Web page (one self-contained file)"), "html")
        self.format.currentIndexChanged.connect(self._format_changed)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Packet language"))
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.addItem(self.tr("English and Spanish, side by side (PDF, Word)"), "both")
        self.language.setCurrentIndex(1 if summit.language == "es" else 0)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.marking = QLineEdit(summit.marking)
        self.marking.setAccessibleName(self.tr("Handling marking printed on every page"))
        self.draft = QCheckBox(self.tr("DRAFT watermark"))
        self.draft.setAccessibleName(self.tr("Print a DRAFT watermark"))
        self.output = QLineEdit(str(default_output(session)))
        self.output.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the file to write"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow("", self.draft)
        form.addRow(self.tr("Save as"), out_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export the packet"))
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        profile_row = QFormLayout()
        profile_row.addRow(self.tr("Profile"), self.profile)
        layout.addLayout(profile_row)
        layout.addWidget(QLabel(self.tr("Sections")))
        layout.addLayout(grid)
        layout.addLayout(form)
        self.readiness = QLabel(self._readiness_text())
        self.readiness.setTextFormat(Qt.TextFormat.PlainText)  # names agenda items (user text)
        self.readiness.setWordWrap(True)
        self.readiness.setAccessibleName(self.tr("What is not ready yet"))
        self.readiness.setVisible(bool(self.readiness.text()))
        layout.addWidget(self.readiness)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _readiness_text(self) -> str:
        """What is not ready, one line per kind (empty when everything is)."""
        lines = []
        for entry in readiness.check(self.session.book):
            n = entry.count
            text = {
                "unwritten": self.tr("%n brief fields not yet written", "", n),
                "unanswered": self.tr("%n press questions without an answer or a record status", "", n),
                "unnamed": self.tr("%n people without a name", "", n),
                "overdue": self.tr("%n checklist items overdue", "", n),
            }[entry.kind]
            lines.append("• " + text)
        if not lines:
            return ""
        return "\n".join([self.tr("Not ready yet (the packet prints these as they are):"), *lines])

    def _profile_changed(self) -> None:
        chosen = PROFILES[self.profile.currentData()]
        for name, box in self.sections.items():
            box.setChecked(name in chosen)

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        path = Path(self.output.text() or "packet")
        self.output.setText(str(path.with_suffix(SUFFIX[fmt])))
        self.paper.setEnabled(fmt == "pdf")

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Export packet as"), self.output.text(), f"*{SUFFIX[fmt]}"
        )
        if path:
            self.output.setText(path if path.endswith(SUFFIX[fmt]) else path + SUFFIX[fmt])

    def options(self) -> dict:
        return {
            "format": self.format.currentData(),
            "lang": self.language.currentData(),
            "paper": self.paper.currentData(),
            "marking": self.marking.text().strip(),
            "draft": self.draft.isChecked(),
            "profile": self.profile.currentData(),
            "sections": [name for name, box in self.sections.items() if box.isChecked()],
        }

    def run_export(self) -> Path | None:
        """Export with a progress dialog; returns the written path (None when cancelled or refused)."""
        from briefingbook.export import ExportCancelled, export_packet

        options = self.options()
        if not options["sections"]:
            self.error.setText(self.tr("Choose at least one section."))
            return None
        out = Path(self.output.text().strip())
        if out.exists() and not dialogs.confirm(
            self,
            self.tr("Replace the file?"),
            self.tr("“{name}” already exists in {folder}. Replace it with this packet?").format(
                name=out.name, folder=out.parent
            ),
        ):
            self.error.setText(self.tr("Not exported: choose another file name, or agree to replace the file."))
            return None
        progress = QProgressDialog(self.tr("Exporting the briefing packet…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAccessibleName(self.tr("Export progress"))

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            path = export_packet(
                self.session.book, self.session.reference, out, progress=report, cancel=progress.wasCanceled, **options
            )
        except ExportCancelled:
            progress.close()
            self.error.setText(self.tr("Export cancelled; no file was written."))
            return None
        except BriefingBookError as exc:
            progress.close()
            self.error.setText(str(exc))
            return None
        progress.close()
        self.result_path = path
        self.accept()
        return path


def export_packet_interactively(session: BookSession, parent: QWidget) -> Path | None:
    """Show the dialog; after a successful export offer to open the folder that holds the packet."""
    dialog = ExportDialog(session, parent)
    if not dialog.exec() or dialog.result_path is None:
        return None
    path = dialog.result_path
    box = done_box(path, parent)
    if session.book.readonly:
        box.setInformativeText(
            QCoreApplication.translate(
                "ExportDialog", "The book is open read-only, so this packet's version was not logged in it."
            )
        )
    box.exec()
    if box.clickedButton() is box.open_packet:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is box.show_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return path


class DoneBox(QMessageBox):
    """The message after an export: where the packet is, with Open packet and Show in folder."""

    def __init__(self, path: Path, parent: QWidget | None) -> None:
        super().__init__(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ExportDialog", "Packet exported"),
            QCoreApplication.translate("ExportDialog", "The packet was written to:\n{path}").format(path=path),
            parent=parent,
        )
        self.setTextFormat(Qt.TextFormat.PlainText)  # the path may hold any character
        self.open_packet = self.addButton(
            QCoreApplication.translate("ExportDialog", "Open packet"), QMessageBox.ButtonRole.AcceptRole
        )
        self.show_folder = self.addButton(
            QCoreApplication.translate("ExportDialog", "Show in folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_packet)


def done_box(path: Path, parent: QWidget | None) -> DoneBox:
    """The message after an export (see ``DoneBox``)."""
    return DoneBox(path, parent)
