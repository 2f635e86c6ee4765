"""Program, people, press and deliverables panes: add, edit, reorder, delete, all found after reopening."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage

from briefingbook.core import deliverables, people, press, program
from briefingbook.core.book import Book
from briefingbook.ui import file_dialogs


def _event_rows(pane):
    rows = []
    for i in range(pane.tree.topLevelItemCount()):
        parent = pane.tree.topLevelItem(i)
        rows += [parent.child(j) for j in range(parent.childCount())]
    return rows


def test_program_add_edit_reorder_delete_and_overlap(window, monkeypatch, book_path, answer_yes):
    from briefingbook.ui import program_dialogs

    pane = window.program_pane
    window.show_pane("program")
    summit = window.session.book.summit().date
    head = people.people(window.session.book)[0]

    def fill(dialog):
        dialog.title.setText("Courtesy call")
        dialog.start.setTime(dialog.start.time().fromString("11:30", "HH:mm"))
        dialog.duration.setValue(30)
        program_dialogs.set_checked(dialog.participants, [head.id])
        return True

    monkeypatch.setattr(program_dialogs.EventDialog, "exec", fill)
    added = pane.add_event()
    assert added > 0 and pane.current_id() == added
    row = pane.find_row(added)
    assert row.text(0) == "11:30–12:00" and row.text(1) == "12:30–13:00"
    header = pane.tree.headerItem()
    assert (header.text(0), header.text(1)) == ("Local time (Mexico City)", "Home time (New York)")
    # It overlaps the bilateral meeting (11:00-12:30) that the head of delegation attends.
    assert row.text(5).startswith("Overlaps “Bilateral meeting of the heads of delegation”")
    assert row.foreground(2).color() == QColor("#B00020")
    assert "1 with an overlap" not in pane.summary.text() and "2 with an overlap" in pane.summary.text()

    monkeypatch.setattr(
        program_dialogs.EventDialog,
        "exec",
        lambda d: (
            d.title.setText("Courtesy call (moved)"),
            d.start.setTime(d.start.time().fromString("18:00", "HH:mm")),
            True,
        )[-1],
    )
    pane.edit_current()
    row = pane.find_row(added)
    assert row.text(2).endswith("Courtesy call (moved)") and row.text(5) == ""
    first_day = [r.data(0, 257) for r in _event_rows(pane)][:5]
    assert first_day[-1] == added  # 18:00 is the last event of the day
    pane.move_current(-1)  # swaps start times with the 15:00 plenary
    assert [r.data(0, 257) for r in _event_rows(pane)][3] == added
    moved = program.event(window.session.book, added)
    assert moved.start_time == dt.time(15, 0) and moved.day == summit

    other = next(e for e in program.events(window.session.book) if e.title == "Departure of the delegation")
    pane.select_event(other.id)
    pane.delete_current()
    assert pane.find_row(other.id) is None
    window.close()
    with Book.open(book_path) as book:
        titles = {e.title: e for e in program.events(book)}
        assert titles["Courtesy call (moved)"].start_time == dt.time(15, 0)
        assert "Departure of the delegation" not in titles


def test_people_add_edit_photo_reorder_delete(window, monkeypatch, book_path, tmp_path, answer_yes):
    pane = window.people_pane
    window.show_pane("people")
    count = len(pane.rows())
    person_id = pane.add_person()
    assert len(pane.rows()) == count + 1 and pane.current_id() == person_id
    pane.fields["name"].setText("Dolores Quetzal")
    pane.fields["name"].textEdited.emit("Dolores Quetzal")
    pane.fields["title"].setText("Commissioner")
    pane.fields["bio"].setPlainText("Hydrologist; led the water talks.")
    pane.side.setCurrentIndex(pane.side.findData("mexico"))
    pane.flush(force=True)
    row = pane.tree.currentItem()
    # Grouped by side: she is now under Mexico, full name first, then title and organisation.
    assert (row.parent().text(0), row.text(0), row.text(1)) == ("Mexico (5)", "Dolores Quetzal", "Commissioner")
    image = QImage(30, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    photo = tmp_path / "dolores.png"
    image.save(str(photo))
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(photo), ""))
    pane.import_photo_dialog()
    assert pane.photo.pixmap() is not None and not pane.photo.pixmap().isNull()
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    assert not pane.import_photo(str(bad))
    assert warnings == ["bad.png is not a PNG or JPEG image"]
    for _ in range(count):  # Up moves her within her side, to its top
        pane.move_current(-1)
    current = pane.tree.currentItem()
    assert current.parent().text(0) == "Mexico (5)" and current.parent().indexOfChild(current) == 0
    first_placeholder = people.people(window.session.book)[1]
    pane.select_person(first_placeholder.id)
    pane.delete_current()
    window.close()
    with Book.open(book_path) as book:
        everyone = people.people(book)
        mexico = [p for p in everyone if p.side == "mexico"]
        assert mexico[0].name == "Dolores Quetzal" and mexico[0].title == "Commissioner"
        assert mexico[0].bio == "Hydrologist; led the water talks." and mexico[0].photo_type == "image/png"
        assert first_placeholder.id not in {p.id for p in everyone}
        assert len(everyone) == count


def test_press_top_lines_and_questions(window, monkeypatch, book_path, answer_yes):
    from briefingbook.ui import program_dialogs

    pane = window.press_pane
    window.show_pane("press")
    item = window.session.book.agenda()[2]
    pane.select_item(item.id)
    pane.top_lines.setPlainText("- Cooperation at the border works")
    assert pane.tree.topLevelItemCount() == 2  # the demo's two prompts
    monkeypatch.setattr(
        program_dialogs.QuestionDialog,
        "exec",
        lambda d: (
            d.question.setPlainText("Will inspections move inland?"),
            d.answer.setPlainText("We are studying it."),
            d.marking.setCurrentIndex(d.marking.findData("background")),
            True,
        )[-1],
    )
    added = pane.add_question()
    assert pane.tree.topLevelItemCount() == 3 and pane.current_id() == added
    assert pane.tree.currentItem().text(2) == "Background"
    monkeypatch.setattr(
        program_dialogs.QuestionDialog,
        "exec",
        lambda d: (d.marking.setCurrentIndex(d.marking.findData("do_not_raise")), True)[-1],
    )
    pane.edit_current()
    assert pane.tree.currentItem().text(2) == "Do not raise"
    pane.move_current(-1)
    pane.move_current(-1)
    assert pane.tree.indexOfTopLevelItem(pane.tree.currentItem()) == 0
    prompt = press.questions(window.session.book, item.id)[1]
    pane.select_question(prompt.id)
    pane.delete_current()
    assert pane.tree.topLevelItemCount() == 2
    pane.select_item(window.session.book.agenda()[0].id)  # leaving the item saves its top lines
    window.close()
    with Book.open(book_path) as book:
        questions = press.questions(book, item.id)
        assert [(q.question, q.marking) for q in questions][0] == ("Will inspections move inland?", "do_not_raise")
        assert prompt.id not in {q.id for q in questions}
        assert press.top_lines(book, item.id) == "- Cooperation at the border works"


def test_a_new_press_question_has_no_record_status_until_one_is_chosen(window, monkeypatch):
    from briefingbook.ui import program_dialogs

    pane = window.press_pane
    window.show_pane("press")
    item = window.session.book.agenda()[0]
    pane.select_item(item.id)
    shown = []
    monkeypatch.setattr(
        program_dialogs.QuestionDialog,
        "exec",
        lambda d: (
            shown.append([d.marking.itemText(i) for i in range(d.marking.count())]),
            shown.append(d.marking.currentText()),
            d.question.setPlainText("Will the border stay open?"),
            True,
        )[-1],
    )
    added = pane.add_question()
    assert shown == [["Not chosen yet", "On the record", "Background", "Do not raise"], "Not chosen yet"]
    assert pane.tree.currentItem().text(2) == "(not chosen)"
    assert press.question(window.session.book, added).record_status == ""
    monkeypatch.setattr(  # editing shows the stored choice; "not chosen" can be chosen again
        program_dialogs.QuestionDialog,
        "exec",
        lambda d: (shown.append(d.marking.currentText()), d.marking.setCurrentIndex(2), True)[-1],
    )
    pane.edit_current()
    assert shown[-1] == "Not chosen yet" and pane.tree.currentItem().text(2) == "Background"
    monkeypatch.setattr(
        program_dialogs.QuestionDialog,
        "exec",
        lambda d: (shown.append(d.marking.currentText()), d.marking.setCurrentIndex(0), True)[-1],
    )
    pane.edit_current()
    assert shown[-1] == "Background" and press.question(window.session.book, added).record_status == ""
    window.close()


def test_deliverables_pane(window, monkeypatch, book_path, answer_yes):
    from briefingbook.ui import program_dialogs

    pane = window.deliverables_pane
    window.show_pane("deliverables")
    count = pane.tree.topLevelItemCount()
    monkeypatch.setattr(
        program_dialogs.DeliverableDialog,
        "exec",
        lambda d: (
            d.title.setText("Water treaty minute"),
            d.status.setCurrentIndex(d.status.findData("agreed")),
            d.owner.setText("Boundary commission"),
            True,
        )[-1],
    )
    added = pane.add_deliverable()
    assert pane.tree.topLevelItemCount() == count + 1 and pane.tree.currentItem().text(2) == "Agreed"
    pane.move_current(-1)
    first = deliverables.deliverables(window.session.book)[0]
    pane.select_deliverable(first.id)
    pane.delete_current()
    window.close()
    with Book.open(book_path) as book:
        found = {d.title: d for d in deliverables.deliverables(book)}
        assert found["Water treaty minute"].owner == "Boundary commission" and first.title not in found
        assert [d.id for d in deliverables.deliverables(book)].index(added) == count - 2


def test_search_jumps_to_people_and_press(window, qtbot):
    person = people.add_person(window.session.book, name="Xochitl Zamarripa")
    window.search.setText("zamarripa")
    hits = window.search.run_search()
    assert (hits[0].kind, hits[0].id) == ("person", str(person.id))
    window.navigate("person", str(person.id))
    assert window.current_pane() == "people" and window.people_pane.current_id() == person.id
    question = press.questions(window.session.book)[5]
    window.navigate("press", str(question.id))
    assert window.current_pane() == "press" and window.press_pane.current_id() == question.id


def test_export_calendar_from_the_file_menu(window, monkeypatch, tmp_path):
    target = tmp_path / "summit"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    window.export_calendar_dialog()
    written = tmp_path / "summit.ics"
    assert written.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert "8 program events" in window.statusBar().currentMessage()


def _summit_dialog_answers(monkeypatch, new_date, keep=False):
    from briefingbook.ui import dialogs as dialogs_mod

    seen = {}

    def answer(dialog):
        dialog.date.setDate(dialog.date.date().fromString(new_date.isoformat(), "yyyy-MM-dd"))
        seen["offered"] = dialog.move_program.isVisibleTo(dialog)
        seen["label"] = dialog.move_program.text()
        dialog.move_program.setChecked(not keep)
        return True

    monkeypatch.setattr(dialogs_mod.SummitDialog, "exec", answer)
    return seen


def test_moving_the_summit_date_moves_the_program_or_keeps_it_flagged(window, monkeypatch):
    """Issue 19, item 1: the program follows the summit date; kept, it is flagged in the pane."""
    book = window.session.book
    pane = window.program_pane
    window.show_pane("program")
    old = book.summit().date
    days = {e.id: e.day for e in program.events(book)}
    seen = _summit_dialog_answers(monkeypatch, old + dt.timedelta(days=28))
    window.edit_summit()
    assert seen["offered"] and "8 events" in seen["label"]
    assert {e.id: e.day for e in program.events(book)} == {i: d + dt.timedelta(days=28) for i, d in days.items()}
    assert not pane.date_warning.isVisibleTo(pane)
    assert pane.tree.topLevelItem(0).text(0).startswith(str((old + dt.timedelta(days=28)).day))

    _summit_dialog_answers(monkeypatch, old, keep=True)
    window.edit_summit()
    assert book.summit().date == old
    assert {e.id: e.day for e in program.events(book)} == {i: d + dt.timedelta(days=28) for i, d in days.items()}
    assert pane.date_warning.isVisibleTo(pane)
    assert (
        pane.date_warning.text().startswith("Events outside the summit's dates") and ": 8." in pane.date_warning.text()
    )
    assert _event_rows(pane)[0].foreground(2).color() == QColor("#B00020")


def test_the_kind_is_not_repeated_in_the_event_column(window):
    pane = window.program_pane
    window.show_pane("program")
    texts = {row.text(2) for row in _event_rows(pane)}
    assert "Working lunch" in texts and "Working lunch: Working lunch" not in texts
    assert "Signing of agreements" in texts and "Travel: Arrival of the delegation" in texts
    window.resize(1280, 672)
    header = pane.tree.header()
    right_edge = header.sectionViewportPosition(4) + header.sectionSize(4)
    assert right_edge <= pane.tree.viewport().width()  # event, place and participants without scrolling
    assert pane.tree.horizontalScrollBar().maximum() == 0


def test_time_zones_are_chosen_and_shown_by_city(window, qtbot):
    from briefingbook.core import program

    pane = window.program_pane
    window.show_pane("program")
    assert pane.summit_zone.currentText() == "Mexico City" and pane.home_zone.currentText() == "New York"
    assert pane.summit_zone.toolTip() == "America/Mexico_City"
    pane.home_zone.setCurrentIndex(pane.home_zone.findText("Los Angeles"))
    pane.apply_zones()
    assert program.zones(window.session.book) == ("America/Mexico_City", "America/Los_Angeles")
    assert pane.tree.headerItem().text(1) == "Home time (Los Angeles)"
    pane.home_zone.setEditText("Europe/Madrid")  # any IANA name can be typed; it then shows its city
    pane.apply_zones()
    assert program.zones(window.session.book)[1] == "Europe/Madrid"
    assert pane.home_zone.currentText() == "Madrid" and pane.tree.headerItem().text(1) == "Home time (Madrid)"


@pytest.mark.parametrize(
    ("lang", "home_day"),
    [("en", "2 Mar 2027"), ("es", "2 mar 2027")],
)
def test_the_home_day_is_written_as_the_window_writes_dates(window, lang, home_day):
    """An evening event in Mexico City falls on the next day in Madrid: the dialog and the pane
    write that day in the interface language, as every other date ("2 Mar 2027"), not 2027-03-02."""
    from briefingbook.ui import i18n
    from briefingbook.ui.program_dialogs import EventDialog

    book = window.session.book
    program.set_zones(book, "America/Mexico_City", "Europe/Madrid")
    event = program.events(book)[0]
    program.update_event(book, event.id, day="2027-03-01", start_time="20:00", duration_minutes=90)
    assert i18n.install(lang)
    try:
        window.session.ui_lang = lang
        dialog = EventDialog(window.session, program.event(book, event.id), window)
        assert dialog.home.text() == f"{home_day} 03:00–04:30"
        # The same day at home: the time alone.
        dialog.start.setTime(dialog.start.time().fromString("09:00", "HH:mm"))
        assert dialog.home.text() == "16:00–17:30"
        dialog.deleteLater()
        window.show_pane("program")
        pane = window.program_pane
        pane.refresh()
        assert pane.find_row(event.id).text(1) == f"{home_day} 03:00–04:30"
        assert all("2027-" not in row.text(1) for row in _event_rows(pane))
    finally:
        window.session.ui_lang = "en"
        i18n.install("en")  # the translator is process-wide: later tests read English
