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
    qtbot.waitUntil(lambda: guide.windowHandle() is not None and guide.windowHandle().isExposed())
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
    # …with the date in Spanish words, not ISO.
    as_of = dt.date.fromisoformat(later.as_of)
    month = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()[
        as_of.month - 1
    ]
    assert window.brief_pane.since_box.title().endswith(f"(al {as_of.day} de {month} de {as_of.year})")
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


# -- the book reopens where it was left (issue 19, item 10) ---------------------------------------


def _reopen(qtbot, book_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    window = MainWindow(book_path, settings, reference)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_book_reopens_on_the_pane_and_item_it_was_left_on(qtbot, book_path, settings, reference):
    window = _reopen(qtbot, book_path, settings, reference)
    agenda = window.session.book.agenda()
    window.agenda_pane.select_item(agenda[4].id)
    window.close()
    window = _reopen(qtbot, book_path, settings, reference)
    assert window.current_pane() == "agenda"
    assert window.agenda_pane.current_id() == agenda[4].id
    assert window.brief_pane.item_id == agenda[4].id
    # Another pane and its item.
    window.show_pane("checklist")
    item = window.session.book.checklist()[7]
    assert window.checklist_pane.select_item(item.id)
    window.close()
    window = _reopen(qtbot, book_path, settings, reference)
    assert window.current_pane() == "checklist"
    assert window.checklist_pane.current_id() == item.id
    window.close()


def test_a_place_whose_item_is_gone_reopens_the_pane_only(qtbot, book_path, settings, reference):
    window = _reopen(qtbot, book_path, settings, reference)
    agenda = window.session.book.agenda()
    window.agenda_pane.select_item(agenda[3].id)
    window.close()
    with Book.open(book_path) as book:
        book.remove_agenda_item(agenda[3].id)
    window = _reopen(qtbot, book_path, settings, reference)
    assert window.current_pane() == "agenda"
    assert window.agenda_pane.current_id() == agenda[0].id  # the first item, as on a first opening
    assert not window.restore_place()
    window.close()


def test_places_are_kept_per_book_and_unknown_panes_are_ignored(qtbot, book_path, settings, reference, tmp_path):
    import json

    other = tmp_path / "other.bbook"
    Book.create(other, title="Other", date="2027-05-01").close()
    window = _reopen(qtbot, book_path, settings, reference)
    window.show_pane("people")
    assert window.open_book(other)  # leaving the first book remembers its place
    assert window.current_pane() == "agenda"  # the other book has none yet
    window.show_pane("history")
    assert window.open_book(book_path)
    assert window.current_pane() == "people"
    assert window.open_book(other)
    assert window.current_pane() == "history"
    places = json.loads(settings.value("books/places"))
    places[str(other.resolve())] = {"pane": "a pane from a later version", "item": 3}
    settings.setValue("books/places", json.dumps(places))
    assert window.open_book(book_path) and window.open_book(other)
    window.close()
    settings.setValue("books/places", json.dumps({str(other.resolve()): {"pane": "nonexistent", "item": 1}}))
    window = _reopen(qtbot, other, settings, reference)
    assert window.current_pane() == "agenda"
    window.close()


# -- the book's own text labelled with its language (issue 19, item 3) ------------------------------


def test_an_english_book_in_the_spanish_interface_labels_its_own_text(spanish, qtbot, tmp_path, reference, settings):
    from briefingbook.core.demo import create_demo_book
    from briefingbook.ui.main_window import MainWindow

    path = tmp_path / "en.bbook"
    create_demo_book(path, reference, language="en").close()
    settings.setValue("ui/language", "es")
    window = MainWindow(path, settings, reference)
    qtbot.addWidget(window)
    window.show()
    brief = window.brief_pane
    assert brief.title_language.isVisible() and brief.title_language.text() == "(en inglés)"
    assert window.agenda_pane.language_tag.isVisible() and window.agenda_pane.language_tag.text() == "(en inglés)"
    assert brief.text_box.title() == "Su ficha (en inglés)"
    brief.set_text_language("es")  # writing the Spanish version: the interface's language, no tag
    assert brief.text_box.title() == "Su ficha"
    # The Add menu lists issue areas in the interface's language; the item added is titled in the book's.
    window.session.book.remove_agenda_item(window.session.book.agenda()[0].id)
    window.agenda_pane._fill_add_menu()
    enabled = [a for a in window.agenda_pane.add_menu.actions() if a.isEnabled() and a.text()][0]
    area = next(a for a in reference.issue_areas() if a.title("es") == enabled.text())
    enabled.trigger()
    assert window.session.book.agenda()[-1].title == area.title("en")
    window.close()


def test_a_book_in_the_interface_language_has_no_language_tag(window):
    assert window.session.lang == window.ui_lang == "en"
    assert not window.brief_pane.title_language.isVisible()
    assert not window.agenda_pane.language_tag.isVisible()
    assert window.brief_pane.text_box.title() == "Your brief"


# -- file dialogs with readable columns (issue 19, item 10) ---------------------------------------


def test_the_file_dialog_size_column_is_wide_enough_for_its_text(qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView

    from briefingbook.ui import file_dialogs

    (tmp_path / "brief.bbook").write_bytes(b"x" * 532_480)  # the "520…KiB" of the issue
    (tmp_path / "large packet v12.pdf").write_bytes(b"x" * 1_048_000)
    dialog = file_dialogs.make_dialog(None, "Open book", str(tmp_path), "", save=False)
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=5000, raising=False):
        dialog.show()
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 2)
    file_dialogs.size_columns(dialog)
    view = dialog.findChild(QTreeView, "treeView")
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog on Linux
    root = model.index(str(tmp_path))
    metrics = view.fontMetrics()
    sizes = []
    for row in range(model.rowCount(root)):
        for column in (1, 2, 3):
            text = model.data(model.index(row, column, root))
            assert metrics.horizontalAdvance(text) + 8 <= view.header().sectionSize(column), (column, text)
            if column == 1:
                sizes.append(text)
    assert any("KiB" in s or "kB" in s or "KB" in s for s in sizes), sizes
    dialog.close()


def test_preferences_and_quit_have_keys_one_can_press(window, qtbot):
    # Linux binds the standard Preferences and Quit keys only to the "Settings" and "Exit" keys
    # of some multimedia keyboards: the menu shows Ctrl+, and Ctrl+Q instead (or the platform's
    # own typeable binding where it has one).
    from briefingbook.ui.help import ShortcutsDialog
    from briefingbook.ui.main_window import typeable_key

    keys = dict(_menu_actions_with_keys(window))
    assert keys["Preferences…"] == typeable_key(QKeySequence.StandardKey.Preferences).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    for text in ("Preferences…", "Quit"):
        assert keys.get(text, "") not in ("", "Settings", "Exit"), text
    if int(QKeySequence(QKeySequence.StandardKey.Preferences)[0].key()) >= 0x01000000:
        assert keys["Preferences…"] == "Ctrl+,"
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    shown = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text()) for r in range(dialog.table.rowCount())}
    assert ("Preferences…", keys["Preferences…"]) in shown
    assert not {k for _, k in shown} & {"Settings", "Exit", "Ajustes"}
    # an ordinary key is kept as it is
    assert typeable_key(QKeySequence.StandardKey.Open).toString() == "Ctrl+O"
    assert typeable_key("Ctrl+E").toString() == "Ctrl+E"


def test_event_lines_and_dated_notes_write_dates_as_the_window_does(window, spanish, qtbot):
    """The People pane's events, the Remarks pane's event choices and a recommendation's dated
    notes wrote ISO dates (2027-03-01) in the Spanish interface; now '1 mar 2027', as elsewhere."""
    from briefingbook.core import people, program
    from briefingbook.ui import i18n

    window.session.ui_lang = "es"
    book = window.session.book
    event = program.events(book)[0]
    shown = i18n.short_date(event.day, "es")
    assert shown != event.day.isoformat() and shown.split()[1] in {"ene", "feb", "mar", "abr"}
    # People: a participant of the first event.
    window.show_pane("people")
    person = next(p for p in people.people(book) if p.id in event.participants)
    window.people_pane.select_person(person.id)
    lines = [window.people_pane.events.item(i).text() for i in range(window.people_pane.events.count())]
    assert any(line.startswith(f"{shown} {event.start_time:%H:%M} · ") for line in lines), lines
    assert not any(event.day.isoformat() in line for line in lines)
    # Remarks: the event list to link a remark to.
    window.show_pane("remarks")
    box = window.remarks_pane.event_box
    choices = [box.itemText(i) for i in range(box.count())]
    assert f"{shown} {event.start_time:%H:%M}" in choices[1] and event.day.isoformat() not in " ".join(choices)
    # A recommendation's dated note, in the brief.
    window.show_pane("agenda")
    window.agenda_pane.select_row(0)
    card = window.brief_pane.cards[0]
    book.add_recommendation_note(card.rec.id, "Planteada a la contraparte", noted_on="2027-01-10")
    card.refresh()
    assert card.notes.item(0).text() == f"{i18n.short_date(dt.date(2027, 1, 10), 'es')} — Planteada a la contraparte"
    assert card.notes.item(0).text().startswith("10 ene 2027")
