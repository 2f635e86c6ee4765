"""Never lose a book, never leak one — as the window shows it: passphrase prompts, the
read-only notice for a second window, restore from backup, encrypting a book."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from briefingbook.core import backups
from briefingbook.core.book import Book
from briefingbook.ui.main_window import MainWindow


@pytest.fixture
def prompts(monkeypatch):
    """Answers for QInputDialog.getText, in order; records the labels shown."""
    answers: list[tuple[str, bool]] = []
    shown: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):
        shown.append(label)
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return answers, shown


def test_encrypted_book_asks_for_its_passphrase_again_when_wrong(
    qtbot, tmp_path, settings, reference, fast_kdf, prompts
):
    answers, shown = prompts
    path = tmp_path / "secret.bbook"
    Book.create(path, title="Cumbre reservada", date="2027-03-01", passphrase="correct horse").close()
    answers += [("wrong one", True), ("correct horse", True)]
    window = MainWindow(path, settings, reference)
    qtbot.addWidget(window)
    assert window.session.book.encrypted
    assert window.session.book.summit().title == "Cumbre reservada"
    assert "encrypted" in shown[0] and "does not open" in shown[1]
    window.close()


def test_cancelled_passphrase_opens_nothing(qtbot, tmp_path, settings, reference, fast_kdf, prompts):
    from briefingbook.core.errors import BookError

    answers, _ = prompts
    path = tmp_path / "secret.bbook"
    Book.create(path, title="T", date="2027-03-01", passphrase="correct horse").close()
    answers.append(("", False))
    with pytest.raises(BookError, match="was not opened"):
        MainWindow(path, settings, reference)


def test_second_window_is_read_only_with_a_notice(window, qtbot, book_path, settings, reference):
    second = MainWindow(book_path, settings, reference)
    qtbot.addWidget(second)
    second.show()
    assert second.session.book.readonly
    assert second.readonly_notice.isVisible()
    assert "Read-only" in second.readonly_notice.text()
    assert not window.readonly_notice.isVisible()
    second.close()


def test_restore_from_backup_round_trip(window, qtbot, book_path, monkeypatch):
    original = window.session.book.agenda()[0].title
    made = backups.make_backup(window.session.book, "manual")
    window.session.book.update_agenda_item(window.session.book.agenda()[0].id, title="Changed after the backup")
    from briefingbook.ui.restore_dialog import RestoreDialog

    def choose_made(dialog):
        dialog.list.setCurrentRow([b.path for b in dialog.found].index(made.path))
        return True

    monkeypatch.setattr(RestoreDialog, "exec", choose_made)
    window.restore_dialog()
    assert window.session.book.agenda()[0].title == original
    assert window.agenda_pane.model.item(0).title == original
    assert not window.session.book.readonly
    labels = [b.label() for b in backups.list_backups(book_path)]
    assert any("restore" in label for label in labels)  # the replaced file was backed up first


def test_encrypt_book_from_the_menu(window, qtbot, book_path, fast_kdf, prompts):
    answers, _ = prompts
    answers += [("a long passphrase", True), ("a long passphrase", True)]
    title = window.session.book.summit().title
    window.encrypt_dialog()
    assert window.session.book.encrypted
    assert window.session.book.summit().title == title
    window.close()
    assert not book_path.read_bytes().startswith(b"SQLite format 3")
    assert title.encode() not in book_path.read_bytes()


def test_mismatched_new_passphrases_change_nothing(window, book_path, fast_kdf, prompts, monkeypatch):
    answers, _ = prompts
    answers += [("a long passphrase", True), ("another long one", True)]
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.encrypt_dialog()
    assert warned == ["The two passphrases differ."]
    assert not window.session.book.encrypted


def test_backup_timer_makes_a_backup_when_due(window, book_path):
    import datetime as dt

    window.session.book.update_summit(place="Monterrey")
    made = window.backup_now_if_due()
    # A backup was taken when the book opened; the next is due 30 minutes later, so none yet.
    assert made is None or made.reason == "interval"
    before = len(backups.list_backups(book_path))
    made = backups.maybe_backup(window.session.book, now=dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1))
    assert made is not None and len(backups.list_backups(book_path)) == before + 1


HOSTILE = '<img src="file:///etc/passwd"><script>alert(1)</script>'


def test_markup_in_user_text_is_shown_as_text(window, qtbot):
    """A title, note or marking holding HTML is shown as those characters and loads nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    book = window.session.book
    item = book.agenda()[0]
    book.update_agenda_item(item.id, title=HOSTILE)
    book.update_summit(marking=HOSTILE, place=HOSTILE)
    window.agenda_pane.reload()
    window.agenda_pane.select_item(item.id)
    window.brief_pane.show_item(item.id)
    card = window.brief_pane.cards[0]
    card.note_edit.setText(HOSTILE)
    card.add_note()
    shown = [label for label in window.findChildren(QLabel) if HOSTILE in label.text()]
    assert shown, "the hostile text is displayed somewhere"
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()[:40]
    assert HOSTILE in card.notes.item(0).text()
    assert window.banner_top.text() == HOSTILE
