"""File → Export packet: the dialog exports with progress, can be cancelled, and logs the export."""

from __future__ import annotations

import pytest

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
