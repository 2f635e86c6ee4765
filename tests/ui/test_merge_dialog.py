"""File → Merge a colleague's copy… and File → Save a copy for a colleague…, as the window shows
them: a copy handed over and edited, the plan shown with its conflicts side by side, decisions
carried out, undecided conflicts kept, every pane showing the merged book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from briefingbook.core import book_series, importers, merge
from briefingbook.core.book import Book
from briefingbook.core.errors import PassphraseRequiredError
from briefingbook.ui import merge_dialog
from briefingbook.ui.item_models import priority_label
from briefingbook.ui.merge_dialog import (
    CopyForColleagueDialog,
    MergeDialog,
    merge_colleague_copy,
    save_copy_for_colleague,
)

THEIR_POINTS = "- Raise: their first point\n- If raised: their answer"
MY_POINTS = "- Raise: my own point"
THEIR_NOTE = "Theirs: <b>not bold</b>\nsecond line of their note"
MY_NOTE = "Mine: keep the venue question open"


@pytest.fixture
def messages(monkeypatch):
    """Warnings and information messages the merge functions show, as (kind, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(merge_dialog, "warn", lambda parent, title, text: shown.append(("warning", text)))
    monkeypatch.setattr(merge_dialog, "inform", lambda parent, title, text: shown.append(("information", text)))
    return shown


def _agenda(book: Book) -> dict[str, object]:
    return {item.title: item for item in book.agenda()}


def _colleague_edits(path, passphrase=None):
    """The colleague's work in their copy: a note, the same points differently, a new item,
    an item removed that this copy edits, ticks."""
    with Book.open(path, passphrase=passphrase) as theirs:
        theirs.author = "Ana Colleague"
        items = theirs.agenda()
        theirs.update_agenda_item(items[0].id, notes="Their note on the first item", priority="high")
        theirs.update_agenda_item(items[1].id, notes=THEIR_NOTE)
        theirs.update_agenda_item(items[4].id, talking_points=THEIR_POINTS)
        theirs.remove_agenda_item(items[3].id)
        theirs.add_agenda_item("Their new item")
        checklist = theirs.checklist()
        theirs.set_checklist_done(checklist[0].id, True, when=dt.datetime(2027, 2, 1, 9, 0))
        theirs.set_checklist_done(checklist[2].id, True, when=dt.datetime(2027, 2, 2, 9, 0))


def _my_edits(book: Book):
    items = book.agenda()
    book.update_agenda_item(items[1].id, notes=MY_NOTE)
    book.update_agenda_item(items[4].id, talking_points=MY_POINTS)
    book.update_agenda_item(items[3].id, objectives="My objectives for the item they removed")
    checklist = book.checklist()
    book.set_checklist_done(checklist[1].id, True, when=dt.datetime(2027, 2, 3, 9, 0))
    book.set_checklist_done(checklist[2].id, True, when=dt.datetime(2027, 2, 4, 9, 0))


def _row_of(dialog: MergeDialog, kind: str, field: str | None = None) -> int:
    return next(
        row for row, c in enumerate(dialog.plan.conflicts) if c.kind == kind and (field is None or c.field == field)
    )


@pytest.fixture
def edited_copy(window, tmp_path, messages):
    """A copy for a colleague of the window's book, edited on both sides."""
    copy = save_copy_for_colleague(window, target=tmp_path / "colleague.bbook", passphrase=None, encrypt=False)
    assert copy == tmp_path / "colleague.bbook"
    _colleague_edits(copy)
    _my_edits(window.session.book)
    return copy


def test_copy_for_colleague_keeps_the_books_identity(window, tmp_path, messages):
    book = window.session.book
    copy = save_copy_for_colleague(window, target=tmp_path / "plain copy.bbook", encrypt=False)
    with Book.open(copy, readonly=True) as other:
        assert other.uuid == book.uuid
        assert [i.title for i in other.agenda()] == [i.title for i in book.agenda()]
    assert "plain copy.bbook" in window.statusBar().currentMessage()
    assert messages == []
    # Written once, the name is not silently replaced.
    assert save_copy_for_colleague(window, target=copy, encrypt=False) is None
    assert messages and "already exists" in messages[-1][1]


def test_encrypted_copy_for_colleague_opens_with_its_own_passphrase(window, tmp_path, fast_kdf, messages):
    copy = save_copy_for_colleague(
        window, target=tmp_path / "secret copy.bbook", passphrase="colleague's own", encrypt=True
    )
    assert copy is not None and messages == []
    assert "encrypted" in window.statusBar().currentMessage()
    with pytest.raises(PassphraseRequiredError):
        Book.open(copy, readonly=True)
    with Book.open(copy, readonly=True, passphrase="colleague's own") as other:
        assert other.encrypted
        assert other.uuid == window.session.book.uuid
    # The same rules as encrypting a book: at least 8 characters.
    assert save_copy_for_colleague(window, target=tmp_path / "short.bbook", passphrase="short", encrypt=True) is None
    assert "too short" in messages[-1][1]
    assert not (tmp_path / "short.bbook").exists()


def test_merge_shows_the_plan_and_carries_out_the_decisions(window, edited_copy, messages, monkeypatch):
    seen = {}

    def decide(dialog):
        seen["steps"] = [dialog.steps.topLevelItem(i).text(0) for i in range(dialog.steps.topLevelItemCount())]
        seen["values"] = {
            dialog.steps.topLevelItem(i).text(0): dialog.steps.topLevelItem(i).text(1)
            for i in range(dialog.steps.topLevelItemCount())
        }
        seen["table"] = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
        seen["heading"] = dialog.heading.text()
        dialog.set_decision(_row_of(dialog, "field", "talking_points"), "theirs")
        dialog.set_decision(_row_of(dialog, "removed_theirs"), "mine")
        # The notes conflict stays "Decide later" (the default).
        assert dialog.combos[_row_of(dialog, "field", "notes")].currentData() is None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", decide)
    book = window.session.book
    titles = [i.title for i in book.agenda()]
    result = merge_colleague_copy(window, edited_copy)
    assert messages == []
    assert result is not None and result.resolved == 2 and result.left_open == 1
    assert result.backup is not None

    # What the user saw: whose changes, the translated steps, the conflicts side by side.
    assert "colleague.bbook" in seen["heading"] and "Ana Colleague" in seen["heading"]
    assert f"Agenda item “{titles[0]}”: Notes changed" in seen["steps"]
    assert seen["values"][f"Agenda item “{titles[0]}”: Priority changed"] == priority_label("high")
    assert "Agenda item “Their new item”: added" in seen["steps"]
    assert any(s.startswith("Checklist item") and s.endswith(": Done changed") for s in seen["steps"])
    rows = {tuple(r[:2]): r[2:] for r in seen["table"]}
    assert rows[(f"Agenda item “{titles[4]}”", "Points to make")] == [
        MY_POINTS,
        "- Raise: their first point ↵ - If raised: their answer",
    ]
    assert rows[(f"Agenda item “{titles[1]}”", "Notes")] == [MY_NOTE, THEIR_NOTE.replace("\n", " ↵ ")]
    yours, theirs = rows[(f"Agenda item “{titles[3]}”", "")]
    assert yours.startswith("You changed it: ") and "Objectives" in yours and theirs == "They removed it"
    # Ticked on both sides is no conflict: the item is done, and the first tick stands.
    assert not any(k[0].startswith("Checklist item") for k in rows)

    # The book: their changes, the decisions, the undecided conflict kept.
    book = window.session.book
    agenda = _agenda(book)
    assert agenda[titles[0]].notes == "Their note on the first item" and agenda[titles[0]].priority == "high"
    assert agenda[titles[4]].talking_points == THEIR_POINTS
    assert agenda[titles[1]].notes == MY_NOTE
    assert agenda[titles[3]].objectives == "My objectives for the item they removed"
    assert "Their new item" in agenda
    checklist = book.checklist()
    assert checklist[0].done and checklist[1].done
    assert checklist[2].done_at.startswith("2027-02-02")
    still_open = merge.open_conflicts(book)
    assert [(c.conflict.field, c.conflict.label) for c in still_open] == [("notes", titles[1])]
    message = window.statusBar().currentMessage()
    assert "1 conflict left open" in message and "History pane" in message

    # Every pane shows the merged book.
    model = window.agenda_pane.model
    shown = [model.item(r).title for r in range(model.rowCount())]
    assert "Their new item" in shown and titles[3] in shown
    window.agenda_pane.select_item(agenda[titles[4]].id)
    assert window.brief_pane.editors["talking_points"].toPlainText() == THEIR_POINTS
    window.show_pane("checklist")
    pane = window.checklist_pane
    pane.status_filter.setCurrentIndex(0)
    pane.refresh()
    for item in checklist[:3]:
        assert pane.find_row(item.id).checkState(0) == Qt.CheckState.Checked

    # The same copy again: nothing to merge, and no dialog.
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: pytest.fail("no plan to show"))
    assert merge_colleague_copy(window, edited_copy) is None
    assert messages == [("information", "Nothing to merge: this book already has every change in “colleague.bbook”.")]
    assert len(merge.open_conflicts(window.session.book)) == 1


def test_cancelled_merge_changes_nothing(window, edited_copy, messages, monkeypatch):
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = [(i.title, i.notes) for i in window.session.book.agenda()]
    assert merge_colleague_copy(window, edited_copy) is None
    assert [(i.title, i.notes) for i in window.session.book.agenda()] == before
    assert merge.open_conflicts(window.session.book) == []


def test_merge_dialog_decisions_details_and_names(window, edited_copy, qtbot):
    with Book.open(edited_copy, readonly=True) as theirs:
        plan = merge.plan(window.session.book, theirs)
    dialog = MergeDialog(plan, window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(plan.conflicts) == 3
    assert dialog.choices() == {}
    assert dialog.decided.text() == "Decided: 0 of 3"
    assert dialog.merge_button.isDefault()

    dialog.take_all.click()
    assert set(dialog.choices().values()) == {"theirs"} and len(dialog.choices()) == 3
    dialog.keep_all.click()
    assert set(dialog.choices().values()) == {"mine"}
    assert dialog.decided.text() == "Decided: 3 of 3"
    dialog.later_all.click()
    assert dialog.choices() == {}
    row = _row_of(dialog, "field", "notes")
    dialog.combos[row].setCurrentIndex(dialog.combos[row].findData("theirs"))
    assert dialog.choices() == {plan.conflicts[row].key: "theirs"}

    # The selected conflict in full, as plain text (their note holds "<b>").
    dialog.table.setCurrentCell(row, 0)
    assert dialog.detail_mine.toPlainText() == MY_NOTE
    assert dialog.detail_theirs.toPlainText() == THEIR_NOTE
    assert dialog.detail_mine.isReadOnly() and dialog.detail_theirs.isReadOnly()
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    tip = dialog.table.item(row, 3).toolTip()
    assert "&lt;b&gt;not bold&lt;/b&gt;" in tip and "<b>not" not in tip

    with qtbot.waitExposed(dialog):
        dialog.show()
    _assert_accessible(dialog)


REAL_MONTHLY = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "remesas_mensuales_ingresos.csv"


def _import_real_monthly(book: Book, monkeypatch, when: str) -> None:
    """Banco de México's monthly remittances imported as a user would (a new vintage when the
    series is there already), at the moment ``when``."""
    monkeypatch.setattr(book_series, "_now", lambda: when)
    preview = importers.read_file(REAL_MONTHLY, code="VALOR_USD", country="MEX")
    book_series.store(
        book, preview, name="Remesas (Banxico)", unit="dólares", source="Banxico SIE", series_code="VALOR_USD"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Imported series vintage “Remesas (Banxico), remesas_mensuales_ingresos.csv (imported 3 Feb 2027)”: added",
        ),
        (
            "es",
            "Versión de una serie importada “Remesas (Banxico), remesas_mensuales_ingresos.csv "
            "(importación: 3 feb 2027)”: se agregó",
        ),
    ],
)
def test_an_imported_vintage_is_named_as_the_charts_pane_names_it(
    window, tmp_path, messages, monkeypatch, lang, expected
):
    """A colleague imports the real monthly file again: the merge dialog names that vintage by
    its series, file and import day (as the Charts pane's vintage picker), not by an id."""
    from briefingbook.ui import i18n

    _import_real_monthly(window.session.book, monkeypatch, "2027-01-10T12:00:00+00:00")
    copy = save_copy_for_colleague(window, target=tmp_path / "colleague.bbook", encrypt=False)
    with Book.open(copy) as theirs:
        theirs.author = "Ana Colleague"
        _import_real_monthly(theirs, monkeypatch, "2027-02-03T12:00:00+00:00")
    assert i18n.install(lang)
    try:
        window.ui_lang = window.session.ui_lang = lang  # the window hands it to the merged book's session
        seen: list[str] = []

        def accept(dialog):
            seen.extend(dialog.steps.topLevelItem(i).text(0) for i in range(dialog.steps.topLevelItemCount()))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(MergeDialog, "exec", accept)
        assert merge_colleague_copy(window, copy) is not None
        assert seen == [expected]
        # The Charts pane's picker names the merged vintage the same way, after its number here.
        window.show_pane("charts")
        pane = window.charts_pane
        slug = book_series.imported_series(window.session.book)[0].slug
        pane.tree.setCurrentItem(pane.leaves(slug)[0])
        picked = [pane.vintage.itemText(i) for i in range(pane.vintage.count())]
        named = expected[expected.index("remesas_mensuales") : expected.rindex(")") + 1]
        assert picked[0] == f"2: {named}" and picked[1].startswith("1: remesas_mensuales_ingresos.csv (")
        assert "10 " in picked[1] and "2027)" in picked[1]
    finally:
        window.ui_lang = window.session.ui_lang = "en"
        i18n.install("en")  # the translator is process-wide: later tests read English


def test_different_book_is_refused_with_the_cores_message(window, tmp_path, messages, monkeypatch):
    other = tmp_path / "other.bbook"
    Book.create(other, title="Another summit", date="2027-01-01").close()
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: pytest.fail("no plan to show"))
    before = [i.title for i in window.session.book.agenda()]
    assert merge_colleague_copy(window, other) is None
    assert len(messages) == 1 and messages[0][0] == "warning"
    assert "other.bbook is not a copy of ui.bbook" in messages[0][1] and "Nothing was changed" in messages[0][1]
    assert [i.title for i in window.session.book.agenda()] == before


def test_the_book_itself_and_a_read_only_book_are_refused(window, qtbot, book_path, settings, reference, messages):
    from briefingbook.ui.main_window import MainWindow

    assert merge_colleague_copy(window, book_path) is None
    assert "is this book itself" in messages[-1][1]
    second = MainWindow(book_path, settings, reference)  # the first window holds the lock
    qtbot.addWidget(second)
    assert second.session.book.readonly
    assert merge_colleague_copy(second, book_path.with_name("anything.bbook")) is None
    assert "read-only" in messages[-1][1]
    second.close()


def test_merging_an_encrypted_copy_asks_its_passphrase(window, tmp_path, fast_kdf, messages, monkeypatch):
    copy = save_copy_for_colleague(window, target=tmp_path / "sealed.bbook", passphrase="their passphrase")
    assert copy is not None
    with Book.open(copy, passphrase="their passphrase") as theirs:
        theirs.author = "Ana Colleague"
        theirs.update_agenda_item(theirs.agenda()[0].id, notes="Sealed note")
    asked = []
    answers = ["not it at all", "their passphrase"]

    def ask(path, again=False):
        asked.append((path.name, again))
        return answers.pop(0)

    monkeypatch.setattr(window, "ask_passphrase", ask)
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    result = merge_colleague_copy(window, copy)
    assert asked == [("sealed.bbook", False), ("sealed.bbook", True)]
    assert result is not None and result.applied == 1 and result.left_open == 0
    assert window.session.book.agenda()[0].notes == "Sealed note"
    assert window.brief_pane.editors["notes"].toPlainText() == "Sealed note"


def test_copy_dialog_checks_the_passphrase_and_saves(window, tmp_path, qtbot, fast_kdf, messages, monkeypatch):
    dialog = CopyForColleagueDialog(window.session.path, False, window)
    qtbot.addWidget(dialog)
    assert dialog.file.text() == str(window.session.path.with_name("ui for colleague.bbook"))
    assert not dialog.encrypt.isChecked() and not dialog.passphrase.isEnabled()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.repeat.echoMode() == QLineEdit.EchoMode.Password
    dialog.encrypt.setChecked(True)
    assert dialog.passphrase.isEnabled() and dialog.repeat.isEnabled()
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "too short" in dialog.error.text()
    dialog.passphrase.setText("long enough one")
    dialog.repeat.setText("long enough two")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.file.setText(str(window.session.path))
    dialog.accept()
    assert "this book itself" in dialog.error.text()
    with qtbot.waitExposed(dialog):
        dialog.show()
    _assert_accessible(dialog)

    # Through the File menu's function: the dialog's values make the copy.
    target = tmp_path / "handed over"

    def fill(d):
        d.file.setText(str(target))
        d.encrypt.setChecked(True)
        d.passphrase.setText("handed over passphrase")
        d.repeat.setText("handed over passphrase")
        d.accept()
        return d.result()

    monkeypatch.setattr(CopyForColleagueDialog, "exec", fill)
    written = save_copy_for_colleague(window)
    assert written == tmp_path / "handed over.bbook" and messages == []
    with Book.open(written, readonly=True, passphrase="handed over passphrase") as other:
        assert other.uuid == window.session.book.uuid


def test_copy_dialog_of_an_encrypted_book_must_encrypt(window, qtbot):
    dialog = CopyForColleagueDialog(window.session.path, True, window)
    qtbot.addWidget(dialog)
    assert dialog.encrypt.isChecked() and not dialog.encrypt.isEnabled()
    assert dialog.passphrase.isEnabled()
    assert not dialog.encrypted_note.isHidden()


def _assert_accessible(root) -> None:
    missing = []
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    for widget in root.findChildren(QAbstractButton) + [w for k in kinds for w in root.findChildren(k)]:
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own helpers
        if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QComboBox):
            continue  # a combo box's own popup list
        if isinstance(widget.parent() and widget.parent().parent(), QComboBox):
            continue
        if type(widget).__name__ == "QTableCornerButton":
            continue  # disabled (setCornerButtonEnabled(False)), never shown to the user
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}")
    assert not missing, missing
