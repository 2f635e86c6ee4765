"""Issue 19, item 10 (desktop basics) and the Since-then box's language: Help → Keyboard
shortcuts and User guide, Open recent by title, the restore list in words."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from briefingbook.core import backups
from briefingbook.core.book import Book


@pytest.fixture
def spanish(qapp):
    from briefingbook.ui import i18n

    assert i18n.install("es")
    yield
    i18n.install("en")


def _menu_actions_with_keys(window) -> set[tuple[str, str]]:
    """Every action in every menu of the window that has a shortcut: (text, keys)."""
    found = set()
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                found.add((text, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    return found


def test_the_shortcuts_dialog_lists_every_menu_shortcut(window, qtbot):
    from briefingbook.ui.help import ShortcutsDialog

    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    table = dialog.table
    shown = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    expected = _menu_actions_with_keys(window)
    assert shown == expected
    assert table.rowCount() == len(expected) >= 20  # nothing listed twice
    assert ("Export packet…", "Ctrl+E") in shown
    assert ("Search", "Ctrl+K") in shown
    assert ("User guide", QKeySequence(QKeySequence.StandardKey.HelpContents).toString()) in shown
    menus = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert {"File", "Edit", "View", "Help"} <= menus
    # A shortcut added to a menu later is listed too: the list is read from the menus.
    extra = window.help_menu.addAction("Extra entry")
    extra.setShortcut(QKeySequence("Ctrl+Shift+F12"))
    again = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(again)
    assert again.table.rowCount() == table.rowCount() + 1


def test_the_shortcuts_dialog_in_spanish(spanish, qtbot, book_path, settings, reference):
    from briefingbook.ui.help import ShortcutsDialog
    from briefingbook.ui.main_window import MainWindow

    settings.setValue("ui/language", "es")
    window = MainWindow(book_path, settings, reference)
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Atajos de teclado"
    commands = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "Exportar paquete informativo…" in commands
    assert "Export packet…" not in commands
    window.close()


def _headings(text: str) -> list[str]:
    return re.findall(r"^##? .+$", text, flags=re.MULTILINE)


def test_the_user_guide_is_bundled_in_both_languages_and_covers_the_features():
    from briefingbook.ui.help import guide_text

    english, spanish_text = guide_text("en"), guide_text("es")
    assert len(_headings(english)) == len(_headings(spanish_text)) >= 12
    for words in (
        "Set the summit",
        "agenda",
        "brief",
        "Charts",
        "Checklist",
        "Export a packet",
        "Backups",
        "Reference packs",
        "principal's book",
    ):
        assert words in english, words
    for words in ("Defina la cumbre", "agenda", "ficha", "Gráficas", "Lista de verificación", "Respaldos"):
        assert words in spanish_text, words
    assert guide_text("fr") == english  # a language without a guide gets the English one


def test_the_user_guide_opens_offline_in_the_interface_language(window, qtbot):
    guide = window.show_guide()
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert text.startswith("BriefingBook user guide")
    assert "Set the summit" in text and "#" not in text.splitlines()[0]  # Markdown shown, not its marks
    assert guide.browser.isReadOnly()
    guide.close()


def test_the_user_guide_in_spanish(spanish, qtbot):
    from briefingbook.ui.help import GuideDialog

    guide = GuideDialog("es")
    qtbot.addWidget(guide)
    assert guide.windowTitle() == "Guía de uso de BriefingBook"
    assert guide.browser.toPlainText().startswith("Guía de uso de BriefingBook")


def test_open_recent_shows_summit_titles_with_the_path_as_tooltip(window, tmp_path):
    other = tmp_path / "second.bbook"
    Book.create(other, title="Bilateral review & follow-up", date="2027-05-01").close()
    assert window.open_book(other)
    window._fill_recent()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [
        "Bilateral review && follow-up",  # "&" shown as written, not as a mnemonic
        window.recent_entries()[1][0],
    ]
    assert actions[0].toolTip() == str(other.resolve())
    assert actions[0].statusTip() == str(other.resolve())
    first_title = Book.open(window.recent_books()[1], readonly=True)
    try:
        assert actions[1].text() == first_title.summit().title.replace("&", "&&")
    finally:
        first_title.close()


def test_open_recent_names_the_file_of_an_encrypted_book_and_tells_twins_apart(window, tmp_path):
    from briefingbook.core import crypto

    twin_a, twin_b = tmp_path / "a.bbook", tmp_path / "b.bbook"
    for path in (twin_a, twin_b):
        Book.create(path, title="Same title", date="2027-05-01").close()
    window.settings.setValue("books/recent", [str(twin_a), str(twin_b), str(tmp_path / "gone.bbook")])
    entries = [text for text, _path in window.recent_entries()]
    assert entries == ["Same title (a.bbook)", "Same title (b.bbook)", "gone.bbook"]
    sealed = tmp_path / "sealed.bbook"
    sealed.write_bytes(crypto.MAGIC + b"\0" * 200)
    window.settings.setValue("books/recent", [str(sealed)])
    assert window.recent_entries() == [("sealed.bbook", str(sealed))]


def test_the_since_then_box_follows_the_interface_language(spanish, qtbot, tmp_path, reference, settings):
    """An English book in the Spanish interface: the Since-then box (reference content) is Spanish."""
    from briefingbook.core.demo import create_demo_book
    from briefingbook.ui.main_window import MainWindow

    path = tmp_path / "en.bbook"
    create_demo_book(path, reference, language="en").close()
    settings.setValue("ui/language", "es")
    window = MainWindow(path, settings, reference)
    qtbot.addWidget(window)
    item = next(i for i in window.session.book.agenda() if i.issue_area and reference.since_then(i.issue_area))
    window.agenda_pane.select_item(item.id)
    later = reference.since_then(item.issue_area)
    assert later.text("es") != later.text("en")
    assert window.brief_pane.since_text.text() == later.text("es")
    assert window.brief_pane.since_box.title().startswith("Desde entonces")
    window.close()


def test_the_restore_list_says_when_in_words_with_the_zone_and_what_each_copy_was(window, spanish):
    from briefingbook.ui import i18n
    from briefingbook.ui.restore_dialog import RestoreDialog, backup_line

    book = window.session.book
    when = dt.datetime(2026, 12, 3, 14, 5, tzinfo=dt.timezone.utc)
    upgrade = backups.make_backup(book, "migration", now=when)
    daily = backups.make_backup(book, "interval", now=when + dt.timedelta(hours=1))
    line = backup_line(upgrade, "es")
    local = when.astimezone()
    assert line.startswith(i18n.moment_label(when, "es"))
    assert local.tzname() in line or local.strftime("%z") in line
    assert "Antes de una actualización del formato de la carpeta" in line
    assert re.search(r"\d+([.,]\d)? (kB|KB|MB|bytes)", line), line
    assert "interval" not in backup_line(daily, "es") and "UTC (" not in line
    found = backups.list_backups(window.session.path)
    dialog = RestoreDialog(found, "es", window)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts == [backup_line(b, "es") for b in found]
    assert texts.index(backup_line(daily, "es")) < texts.index(backup_line(upgrade, "es"))  # newest first
    assert dialog.chosen().path == found[0].path
    dialog.list.setCurrentRow(texts.index(backup_line(upgrade, "es")))
    assert dialog.chosen().path == upgrade.path
    dialog.close()


def test_the_restore_list_in_english(window):
    from briefingbook.ui.restore_dialog import backup_line

    made = backups.make_backup(window.session.book, "open", now=dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.timezone.utc))
    assert " — On opening the book · " in backup_line(made, "en")
