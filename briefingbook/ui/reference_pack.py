"""File → Install reference pack… and Help → About (issue 22).

Installing goes through the core (``refpack.install``: every check, an atomic switch); the
window then opens the new content and rebuilds its panes on the same open book, so nothing the
user typed is lost and no restart is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from briefingbook import APP_NAME, __version__
from briefingbook.core import refpack
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui import file_dialogs


def install_reference_pack(window, path: Path) -> str | None:
    """Install the pack at ``path`` and switch the window to it; returns the refusal (one
    sentence) or None when installed."""
    try:
        refpack.install(Path(path))
    except BriefingBookError as exc:
        return str(exc)
    window.switch_reference()
    return None


def install_reference_pack_dialog(window) -> None:
    title = QCoreApplication.translate("ReferencePack", "Install reference pack")
    name, _ = file_dialogs.get_open_file_name(
        window, title, "", QCoreApplication.translate("ReferencePack", "Reference packs (*.bbref)")
    )
    if not name:
        return
    problem = install_reference_pack(window, Path(name))
    icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, "", parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a pack's name is text from outside: never markup
    if problem:
        text = QCoreApplication.translate("ReferencePack", "The reference pack was not installed: {problem}")
        box.setText(text.format(problem=problem))
    else:
        content = window.reference.content
        text = QCoreApplication.translate(
            "ReferencePack", "Installed {name} {version}. Every pane now shows this reference content."
        )
        box.setText(text.format(name=content.name, version=content.version))
    box.exec()


def about_text(window) -> str:
    """What Help → About says: the app's version and the active reference content."""
    content = window.reference.content
    if content.bundled:
        source = QCoreApplication.translate("ReferencePack", "the content bundled with this version")
    else:
        source = QCoreApplication.translate("ReferencePack", "a reference pack signed by key {fingerprint}")
        source = source.format(fingerprint=content.signed_by)
    heading = QCoreApplication.translate("ReferencePack", "Reference content: {name} {version}")
    lines = [f"{APP_NAME} {__version__}", "", heading.format(name=content.name, version=content.version)]
    if content.built:
        lines.append(QCoreApplication.translate("ReferencePack", "Built: {date}").format(date=content.built))
    lines.append(QCoreApplication.translate("ReferencePack", "Source: {source}").format(source=source))
    if content.problem:
        text = QCoreApplication.translate("ReferencePack", "The installed reference pack is not used: {problem}")
        lines.append(text.format(problem=content.problem))
    return "\n".join(lines)


def show_about(window) -> None:
    title = QCoreApplication.translate("ReferencePack", "About {app}").format(app=APP_NAME)
    box = QMessageBox(QMessageBox.Icon.Information, title, about_text(window), parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
