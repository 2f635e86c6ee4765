"""File → Export packet: the dialog exports with progress, can be cancelled, and logs the export."""

from __future__ import annotations

import pytest

from briefingbook.core import packet
from briefingbook.core.packet import export_log
from briefingbook.ui.export_dialog import ExportDialog


@pytest.mark.slow
def test_export_html_from_the_dialog(window, tmp_path):
    dialog = ExportDialog(window.session, window)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    dialog.output.setText(str(tmp_path / "packet.html"))
    for name in ("annex", "sources"):
        dialog.sections[name].setChecked(False)
    path = dialog.run_export()
    assert path == tmp_path / "packet.html" and path.exists()
    text = path.read_text(encoding="utf-8")
    assert window.session.book.agenda()[0].title in text
    log = export_log(window.session.book)
    assert [(e.version, e.format) for e in log] == [(1, "html")]


def test_cancelled_export_leaves_no_file(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(window.session, window)
    dialog.output.setText(str(out / "packet.pdf"))
    assert dialog.run_export() is None
    assert list(out.iterdir()) == []
    assert "cancelled" in dialog.error.text()
    assert export_log(window.session.book) == []


def test_no_section_is_refused(window, tmp_path):
    dialog = ExportDialog(window.session, window)
    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.output.setText(str(tmp_path / "p.pdf"))
    assert dialog.run_export() is None
    assert "at least one section" in dialog.error.text()


# -- issue 19: the export flow ------------------------------------------------------------------
def test_the_default_file_carries_the_version_and_lives_in_documents(window, tmp_path, monkeypatch):
    from PySide6.QtCore import QLocale

    from briefingbook.ui import export_dialog

    monkeypatch.setattr(export_dialog, "documents_folder", lambda: tmp_path)
    dialog = ExportDialog(window.session, window)
    stem = window.session.path.stem
    assert dialog.output.text() == str(tmp_path / f"{stem} packet v1.pdf")
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.output.text() == str(tmp_path / f"{stem} packet v1.html")
    for name in list(dialog.sections)[2:]:
        dialog.sections[name].setChecked(False)
    assert dialog.run_export() == tmp_path / f"{stem} packet v1.html"
    # the same content keeps its version (issue 18); an edit makes the next one
    assert ExportDialog(window.session, window).output.text() == str(tmp_path / f"{stem} packet v1.pdf")
    book = window.session.book
    book.update_agenda_item(book.agenda()[0].id, notes="New thinking")
    assert ExportDialog(window.session, window).output.text() == str(tmp_path / f"{stem} packet v2.pdf")
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert export_dialog.default_paper(us) == "letter"
    for other in (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
        QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico),
    ):
        assert export_dialog.default_paper(other) == "a4"
    assert dialog.paper.currentData() == export_dialog.default_paper()


def test_an_existing_file_is_replaced_only_when_the_user_agrees(window, tmp_path, monkeypatch):
    from briefingbook.ui import dialogs

    existing = tmp_path / "packet.html"
    existing.write_text("the v1 packet", encoding="utf-8")
    dialog = ExportDialog(window.session, window)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    dialog.output.setText(str(existing))
    for name in list(dialog.sections)[2:]:
        dialog.sections[name].setChecked(False)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or False)
    assert dialog.run_export() is None
    assert existing.read_text(encoding="utf-8") == "the v1 packet" and "already exists" in asked[0]
    assert "Not exported" in dialog.error.text() and export_log(window.session.book) == []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    assert dialog.run_export() == existing and "the v1 packet" not in existing.read_text(encoding="utf-8")


def test_the_done_message_offers_the_packet_and_its_folder(window, tmp_path):
    from briefingbook.ui.export_dialog import done_box

    box = done_box(tmp_path / "<b>packet</b> v1.pdf", window)
    assert box.open_packet.text() == "Open packet" and box.show_folder.text() == "Show in folder"
    assert "<b>packet</b> v1.pdf" in box.text()  # a plain-text path, not markup
    box.close()


def test_ctrl_e_exports_while_a_one_line_field_has_the_focus(window, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QLineEdit

    from briefingbook.ui import export_dialog

    calls = []
    monkeypatch.setattr(export_dialog, "export_packet_interactively", lambda *a: calls.append(a))
    field = next(w for w in window.brief_pane.findChildren(QLineEdit) if w.isVisible())  # the item's title

    class ClaimsCtrlE(QObject):
        """What a one-line field does on X11 (the offscreen platform's fields do not): it claims
        Ctrl+E, "end of line", before the menu can have it."""

        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E:
                event.accept()
                return True
            return False

    claims = ClaimsCtrlE(field)
    for widget in (window.search, field):
        widget.installEventFilter(claims)
    for widget in (window.search, field):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(calls) == 2
    window.search.setText("abc")
    qtbot.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # still the field's
    assert window.search.selectedText() == "abc"


def test_dialog_lists_what_is_not_ready_and_leaves_the_checklist_out(window):
    dialog = ExportDialog(window.session, window)
    text = dialog.readiness.text()
    assert not dialog.readiness.isHidden()
    assert "press questions without an answer" in text and "people without a name" in text
    assert not dialog.sections["checklist"].isChecked()
    # The principal's book by default: its sections ticked, the staff ones not.
    assert dialog.profile.currentData() == "principal" and dialog.options()["profile"] == "principal"
    principal = [name for name, box in dialog.sections.items() if box.isChecked()]
    assert principal == list(packet.PROFILES["principal"])
    assert "open_items" not in principal and "readiness" not in principal and "scene" in principal
    dialog.profile.setCurrentIndex(dialog.profile.findData("staff"))  # the staff book: every section
    assert all(box.isChecked() for box in dialog.sections.values()) and dialog.options()["profile"] == "staff"
    dialog.sections["annex"].setChecked(False)  # the sections still override the profile's
    assert "annex" not in dialog.options()["sections"] and dialog.options()["profile"] == "staff"
    assert dialog.profile.accessibleName() and all(box.accessibleName() for box in dialog.sections.values())
