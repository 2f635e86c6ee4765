"""File → Merge a colleague's copy… and File → Save a copy for a colleague… (issue 10).

Merging reads the colleague's file (read-only, asking its passphrase when it is encrypted),
asks the core for a plan (``core/merge.py``) and shows it before anything changes: what applies
as it is, and each conflict side by side with a decision (decide later, keep mine, take theirs).
Nothing is dropped silently: a conflict left undecided is kept in the book as an open conflict
(the History pane lists it). The core backs the book up and applies the plan in one
transaction; the window then rebuilds its panes on the merged book.

A copy for a colleague keeps the book's identity and history (so it can be merged back), and
may be encrypted with a passphrase of its own.

Everything the user wrote (titles, notes, file names) is shown as plain text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import book_series, crypto, merge
from briefingbook.core.book import BOOK_SUFFIX, Book
from briefingbook.core.errors import (
    BriefingBookError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from briefingbook.ui import dialogs, file_dialogs
from briefingbook.ui.history_names import (
    conflict_kind_name,
    entity_name,
    entity_names,
    field_name,
    row_label,
    value_label,
    vintage_label,
)
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.session import BookSession

MIN_PASSPHRASE = crypto.MIN_PASSPHRASE  # the core's rule (the CLI enforces it too)
TIP_LIMIT = 1500  # characters of a value shown in a tooltip; the detail view shows all of it
CELL_LIMIT = 300  # characters of a value put in a one-line table cell (the column elides the rest)

# pyside6-lupdate finds literal ``translate("MergeDialog", "…")`` calls (a name other than
# ``translate`` or ``tr`` hides the string from it).
translate = QCoreApplication.translate


# -- messages (plain text: they quote file names and titles) -------------------------------------
def _message(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _message(QMessageBox.Icon.Warning, parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _message(QMessageBox.Icon.Information, parent, title, text)


def counted(n: int, one: str, many: str) -> str:
    """``one`` (already translated) for 1, else ``many`` with ``{n}`` filled in."""
    return one if n == 1 else many.format(n=n)


def one_line(text: str) -> str:
    """A value in a one-line cell: line breaks shown as ↵, very long text cut (the cell elides)."""
    text = " ↵ ".join(line for line in text.splitlines() if line.strip()) if "\n" in text else text
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT] + "…"


# -- what the plan talks about, in the user's language ----------------------------------------------
# Rows about a recommendation are labelled with its id; the dialog names it by its title.
RECOMMENDATION_ENTITIES = ("recommendation_status", "recommendation_notes")


def what_text(entity: str, label: str, rec_titles: dict[str, str] | None = None, vintage: str | None = None) -> str:
    """“Agenda item “Trade”” — the kind of row and its title (an imported series' vintage by
    ``vintage``, its name from ``vintage_names``)."""
    name = entity_name(entity)
    if entity in RECOMMENDATION_ENTITIES and rec_titles:
        label = rec_titles.get(label, label)
    if entity == VINTAGES and vintage:
        label = vintage
    label = row_label(entity, label)
    if not label:
        return name
    return translate("MergeDialog", "{what} “{label}”").format(what=name, label=label)


VINTAGES = "book_series_vintages"


def vintage_names(plan: merge.MergePlan, book: Book, lang: str) -> dict[str, str]:
    """The imported series' vintages the plan talks about, by row key, named as the Charts pane
    names them: “Remesas, remesas.csv (imported 5 Dec 2026)” (the change log knows a vintage
    only by its series' id). A vintage is found in the colleague's rows the plan carries (what
    they added) or in this book (what they removed, or a conflict about one of ours)."""
    series = {info.slug: info.name(lang) for info in book_series.imported_series(book)}
    rows: dict[str, dict] = {}

    def keep(snapshot: object) -> None:
        if isinstance(snapshot, dict) and snapshot.get("entity") == VINTAGES:
            row = snapshot["row"]
            rows[str(row["@key"])] = row

    for step in plan.steps:
        if step.action == "insert" and isinstance(step.value, dict):
            if step.entity == "book_series":  # a series new to this book, with its vintages
                row = step.value["row"]
                series.setdefault(str(row["slug"]), str(row["name"]))
                for child in step.value.get("children", []):
                    keep(child)
            keep(step.value)
    for conflict in plan.conflicts:
        keep(conflict.data)
    ours: dict[tuple[str, str], book_series.Vintage] = {}
    for slug in series:
        if book_series.has_series(book, slug):
            ours.update({(v.slug, v.imported_at): v for v in book_series.vintages(book, slug)})
    names: dict[str, str] = {}
    for key in [s.row_key for s in plan.steps if s.entity == VINTAGES] + [
        c.row_key for c in plan.conflicts if c.entity == VINTAGES
    ]:
        row = rows.get(key)
        if row is not None:
            slug, file_name, imported_at = str(row["series_slug"]), str(row["file_name"]), str(row["imported_at"])
        else:
            try:
                slug, imported_at = (str(part) for part in json.loads(key)[:2])
            except (ValueError, TypeError):
                continue
            vintage = ours.get((slug, imported_at))
            if vintage is None:
                continue
            file_name = vintage.file_name
        names[key] = translate("MergeDialog", "{series}, {vintage}").format(
            series=series.get(slug, slug), vintage=vintage_label(file_name, imported_at, lang)
        )
    return names


def _day(stamp: str) -> str:
    """The day of an ISO time stamp, written the interface language's way (``2 Feb 2027``)."""
    from PySide6.QtCore import QLocale

    from briefingbook.ui.i18n import short_date

    try:
        day = dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp
    return short_date(day, "es" if QLocale().language() == QLocale.Language.Spanish else "en")


def value_text(entity: str, field: str | None, text: str) -> str:
    """A field's value as a person reads it: a tick's time as done / not done, a place in a list
    counted from 1, a choice by its translated name, empty said so."""
    if field == "done_at":
        if not text:
            return translate("MergeDialog", "Not done")
        return translate("MergeDialog", "Done ({when})").format(when=_day(text))
    if text == "":
        return translate("MergeDialog", "(empty)")
    if field == "position" and text.isdigit():
        return translate("MergeDialog", "Place {n} in the list").format(n=int(text) + 1)
    return value_label(entity, field, text)


def _edited_names(text: str) -> list[str] | None:
    """The fields and kinds of rows the core's ``(edited: a, b)`` summary names, translated;
    None when ``text`` is not such a summary."""
    found = re.fullmatch(r"\(edited(?:: (.*))?\)", text, re.DOTALL)
    if found is None:
        return None
    entities = entity_names()
    names: list[str] = []
    for part in (found.group(1) or "").split(", "):
        if not part:
            continue
        name = entities[part] if part in entities else field_name(part)
        if name not in names:
            names.append(name)
    return names


def step_text(
    step: merge.Step, rec_titles: dict[str, str] | None = None, vintages: dict[str, str] | None = None
) -> str:
    what = what_text(step.entity, step.label, rec_titles, (vintages or {}).get(step.row_key))
    if step.action == "insert":
        return translate("MergeDialog", "{what}: added").format(what=what)
    if step.action == "delete":
        return translate("MergeDialog", "{what}: removed").format(what=what)
    return translate("MergeDialog", "{what}: {field} changed").format(what=what, field=field_name(step.field))


def step_value(step: merge.Step) -> str:
    """The new value an update brings (nothing for an added or removed row)."""
    if step.action != "update":
        return ""
    return value_text(step.entity, step.field, merge.display(step.value))


def conflict_texts(
    conflict: merge.Conflict, rec_titles: dict[str, str] | None = None, vintages: dict[str, str] | None = None
) -> tuple[str, str, str, str]:
    """What, field, yours, theirs — as the conflict table shows them (in full)."""
    if conflict.kind == "order":
        what = translate("MergeDialog", "{what} list").format(what=entity_name(conflict.entity))
        return what, field_name("position"), conflict.mine, conflict.theirs
    what = what_text(conflict.entity, conflict.label, rec_titles, (vintages or {}).get(conflict.row_key))
    if conflict.kind in ("removed_mine", "removed_theirs"):
        edited_side = conflict.theirs if conflict.kind == "removed_mine" else conflict.mine
        names = _edited_names(edited_side)
        if conflict.kind == "removed_mine":
            yours = translate("MergeDialog", "You removed it")
            if names:
                theirs = translate("MergeDialog", "They changed it: {fields}").format(fields=", ".join(names))
            else:
                theirs = translate("MergeDialog", "They changed it") if names is not None else edited_side
        else:
            theirs = translate("MergeDialog", "They removed it")
            if names:
                yours = translate("MergeDialog", "You changed it: {fields}").format(fields=", ".join(names))
            else:
                yours = translate("MergeDialog", "You changed it") if names is not None else edited_side
        return what, "", yours, theirs
    return (
        what,
        field_name(conflict.field),
        value_text(conflict.entity, conflict.field, conflict.mine),
        value_text(conflict.entity, conflict.field, conflict.theirs),
    )


def _full_text(conflict: merge.Conflict, text: str) -> str:
    """A side of a conflict for the detail view: an order as a numbered list."""
    if conflict.kind == "order":
        return "\n".join(f"{n}. {name}" for n, name in enumerate(text.split(" / "), start=1))
    return text


def _plain_label(text: str = "", *, wrap: bool = True, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text (file names, titles)
    label.setWordWrap(wrap)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


# -- the merge dialog ----------------------------------------------------------------------------
class MergeDialog(QDialog):
    """The plan of a merge, shown before anything changes; ``choices()`` are the decisions."""

    COLUMNS = ("what", "field", "mine", "theirs", "decision")

    def __init__(self, plan: merge.MergePlan, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.session = session
        self.rec_titles = {r.id: r.title(session.ref_lang) for r in session.reference.recommendations()}
        self.vintages = vintage_names(plan, session.book, session.ui_lang)
        self.setWindowTitle(self.tr("Merge a colleague's copy"))
        self.resize(1040, 760)
        file_name = Path(plan.other_path).name

        if plan.other_author:
            heading = self.tr("Changes from “{file}”, made by {author}").format(
                file=file_name, author=plan.other_author
            )
        else:
            heading = self.tr("Changes from “{file}”").format(file=file_name)
        self.heading = _plain_label(heading, bold=True)
        self.heading.setAccessibleName(self.tr("Where the changes come from"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        parts = [
            counted(
                len(plan.steps),
                self.tr("1 change from their copy applies as it is"),
                self.tr("{n} changes from their copy apply as they are"),
            )
        ]
        if plan.conflicts:
            parts.append(
                counted(
                    len(plan.conflicts),
                    self.tr("1 conflict needs your decision"),
                    self.tr("{n} conflicts need your decision"),
                )
            )
        else:
            parts.append(self.tr("no conflicts"))
        self.summary = _plain_label(self.tr("{parts}.").format(parts="; ".join(parts)))
        self.summary.setAccessibleName(self.tr("Summary of the merge"))

        # What applies as it is.
        self.steps_box = QGroupBox(self.tr("Changes that apply"))
        self.steps = QTreeWidget()
        self.steps.setAccessibleName(self.tr("Changes from their copy that apply as they are"))
        self.steps.setHeaderLabels([self.tr("Change"), self.tr("New value")])
        self.steps.setRootIsDecorated(False)
        self.steps.setUniformRowHeights(True)
        self.steps.setAlternatingRowColors(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.steps.header().setStretchLastSection(True)
        # Content first; the places in a list that moved (often many, after a row was added or
        # removed) after it.
        for step in sorted(plan.steps, key=lambda st: st.action == "update" and st.field == "position"):
            value = step_value(step)
            text = step_text(step, self.rec_titles, self.vintages)
            row = QTreeWidgetItem([text, one_line(value)])
            row.setToolTip(0, plain_tooltip(text, TIP_LIMIT))
            if value:
                row.setToolTip(1, plain_tooltip(value, TIP_LIMIT))
            self.steps.addTopLevelItem(row)
        self.steps.resizeColumnToContents(0)
        self.steps.setColumnWidth(0, min(max(self.steps.columnWidth(0), 240), 520))
        steps_layout = QVBoxLayout(self.steps_box)
        if plan.steps:
            steps_layout.addWidget(self.steps)
        else:
            self.steps.hide()
            note = (
                self.tr("Their changes are already in this book; only their history is recorded.")
                if (plan.new_changes and not plan.conflicts)
                else self.tr("Nothing applies without a decision.")
            )
            self.no_steps = _plain_label(note)
            steps_layout.addWidget(self.no_steps)
            steps_layout.addWidget(self.steps)

        # Conflicts, side by side.
        self.conflicts_box = QGroupBox(self.tr("Conflicts: the same thing changed differently in both copies"))
        self.table = QTableWidget(len(plan.conflicts), len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Conflicts, your version beside theirs"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Field"), self.tr("Yours"), self.tr("Theirs"), self.tr("Decision")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.combos: list[QComboBox] = []
        for row_number, conflict in enumerate(plan.conflicts):
            texts = conflict_texts(conflict, self.rec_titles, self.vintages)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(one_line(text))
                item.setToolTip(plain_tooltip(_full_text(conflict, text), TIP_LIMIT))
                self.table.setItem(row_number, column, item)
            combo = QComboBox()
            combo.addItem(self.tr("Decide later"), None)
            combo.addItem(self.tr("Keep mine"), "mine")
            combo.addItem(self.tr("Take theirs"), "theirs")
            combo.setAccessibleName(
                self.tr("Decision for {what} {field}").format(what=texts[0], field=texts[1]).strip()
            )
            combo.currentIndexChanged.connect(self._decisions_changed)
            self.table.setCellWidget(row_number, 4, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(4)
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 160), 280))
        self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 80), 160))
        self.table.setColumnWidth(4, max(self.table.columnWidth(4), 140))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))

        self.keep_all = QPushButton(self.tr("Keep all mine"))
        self.keep_all.setAccessibleName(self.tr("Keep your version in every conflict"))
        self.keep_all.clicked.connect(lambda: self.set_all("mine"))
        self.take_all = QPushButton(self.tr("Take all theirs"))
        self.take_all.setAccessibleName(self.tr("Take their version in every conflict"))
        self.take_all.clicked.connect(lambda: self.set_all("theirs"))
        self.later_all = QPushButton(self.tr("Decide all later"))
        self.later_all.setAccessibleName(self.tr("Keep every conflict open to decide later"))
        self.later_all.clicked.connect(lambda: self.set_all(None))
        self.decided = _plain_label(wrap=False)
        self.decided.setAccessibleName(self.tr("Conflicts decided so far"))
        all_row = QHBoxLayout()
        all_row.addWidget(self.decided, 1)
        for button in (self.keep_all, self.take_all, self.later_all):
            button.setAutoDefault(False)  # Enter merges; these need a click or Space
            all_row.addWidget(button)

        # The selected conflict's two sides in full.
        self.detail_title = _plain_label()
        self.detail_title.setAccessibleName(self.tr("Selected conflict"))
        self.detail_mine = QPlainTextEdit()
        self.detail_mine.setAccessibleName(self.tr("Your version of the selected conflict, in full"))
        self.detail_theirs = QPlainTextEdit()
        self.detail_theirs.setAccessibleName(self.tr("Their version of the selected conflict, in full"))
        detail = QGridLayout()
        detail.addWidget(self.detail_title, 0, 0, 1, 2)
        detail.addWidget(_plain_label(self.tr("Yours"), bold=True), 1, 0)
        detail.addWidget(_plain_label(self.tr("Theirs"), bold=True), 1, 1)
        for column, editor in enumerate((self.detail_mine, self.detail_theirs)):
            editor.setReadOnly(True)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(70)
            detail.addWidget(editor, 2, column)
        detail.setColumnStretch(0, 1)
        detail.setColumnStretch(1, 1)
        detail_host = QWidget()
        detail_host.setLayout(detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self.conflict_split = QSplitter(Qt.Orientation.Vertical)
        self.conflict_split.setChildrenCollapsible(False)
        self.conflict_split.addWidget(self.table)
        self.conflict_split.addWidget(detail_host)
        self.conflict_split.setSizes([260, 150])

        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(
            _plain_label(
                self.tr(
                    "Choose for each conflict which version to keep. “Decide later” keeps both versions: the conflict "
                    "stays in the book, listed in the History pane, until you settle it."
                )
            )
        )
        conflicts_layout.addLayout(all_row)
        conflicts_layout.addWidget(self.conflict_split, 1)
        self.conflicts_box.setVisible(bool(plan.conflicts))

        self.note = _plain_label(
            self.tr(
                "The book is backed up before the merge, and the merge is made in one step: all of it or nothing. "
                "Their file is not changed."
            )
        )
        self.note.setAccessibleName(self.tr("About the merge"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAccessibleName(self.tr("Merge their changes into this book"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the merge; nothing is changed"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        if plan.conflicts:
            split = QSplitter(Qt.Orientation.Vertical)
            split.setChildrenCollapsible(False)
            split.addWidget(self.steps_box)
            split.addWidget(self.conflicts_box)
            split.setStretchFactor(0, 1)
            split.setStretchFactor(1, 3)
            split.setSizes([220, 440])
            layout.addWidget(split, 1)
        else:
            layout.addWidget(self.steps_box, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)  # once in the dialog: Enter merges
        self._decisions_changed()
        if plan.conflicts:
            self.table.setCurrentCell(0, 0)
            self._show_detail(0)
            self.table.setFocus()
        else:
            self.merge_button.setFocus()

    # -- decisions ---------------------------------------------------------------------------
    def set_decision(self, row: int, choice: str | None) -> None:
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(choice) if choice is not None else 0)

    def set_all(self, choice: str | None) -> None:
        for row in range(len(self.combos)):
            self.set_decision(row, choice)

    def choices(self) -> dict[tuple, str]:
        """conflict key → "mine" / "theirs" for every conflict decided (the rest stay open)."""
        out = {}
        for conflict, combo in zip(self.plan.conflicts, self.combos):
            if combo.currentData() in merge.CHOICES:
                out[conflict.key] = combo.currentData()
        return out

    def _decisions_changed(self) -> None:
        total = len(self.combos)
        decided = len(self.choices())
        self.decided.setText(self.tr("Decided: {decided} of {total}").format(decided=decided, total=total))

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.plan.conflicts):
            self.detail_title.clear()
            self.detail_mine.clear()
            self.detail_theirs.clear()
            return
        conflict = self.plan.conflicts[row]
        what, field, mine, theirs = conflict_texts(conflict, self.rec_titles, self.vintages)
        about = field if conflict.kind == "field" else conflict_kind_name(conflict.kind)
        self.detail_title.setText(f"{what} — {about}" if about else what)
        self.detail_mine.setPlainText(_full_text(conflict, mine))
        self.detail_theirs.setPlainText(_full_text(conflict, theirs))


# -- merging -------------------------------------------------------------------------------------
def _read_plan(window, path: Path, passphrase: str | None) -> merge.MergePlan:
    """Open the colleague's file read-only (asking its passphrase, again when wrong), plan, close."""
    again = False
    while True:
        try:
            theirs = Book.open(path, readonly=True, passphrase=passphrase, backup=False)
            break
        except PassphraseRequiredError:
            passphrase = window.ask_passphrase(path, again)
        except WrongPassphraseError:
            again = True
            passphrase = window.ask_passphrase(path, again)
    try:
        return merge.plan(window.session.book, theirs)
    finally:
        theirs.close()


def plan_merge(window, path: Path | None = None, passphrase: str | None = None) -> merge.MergePlan | None:
    """Ask for the colleague's file (when ``path`` is None) and compute the plan; a message and
    None when there is nothing to merge or it cannot be merged."""
    title = translate("MergeDialog", "Merge a colleague's copy")
    session = window.session
    book = session.book
    if book.readonly:
        reason = session.read_only_reason().rstrip(".") or translate("MergeDialog", "it was opened read-only")
        warn(
            window,
            title,
            translate(
                "MergeDialog", "This book is open read-only ({reason}), so nothing can be merged into it."
            ).format(reason=reason),
        )
        return None
    if path is None:
        chosen, _ = file_dialogs.get_open_file_name(
            window, title, str(session.path.parent), translate("MergeDialog", "Briefing books (*.bbook)")
        )
        if not chosen:
            return None
        path = Path(chosen)
    path = Path(path)
    if path.resolve() == session.path.resolve():
        warn(
            window,
            title,
            translate(
                "MergeDialog",
                "“{name}” is this book itself; choose the copy your colleague gave you. Nothing was changed.",
            ).format(name=path.name),
        )
        return None
    window.flush_panes()  # text typed but not yet saved belongs to this copy's side
    try:
        plan = _read_plan(window, path, passphrase)
    except BriefingBookError as exc:
        warn(window, title, str(exc))
        return None
    if plan.empty:
        inform(
            window,
            title,
            translate("MergeDialog", "Nothing to merge: this book already has every change in “{name}”.").format(
                name=path.name
            ),
        )
        return None
    return plan


def apply_merge(window, plan: merge.MergePlan, choices: dict | None = None) -> merge.MergeResult | None:
    """Back the book up and carry the plan out in one transaction, then show the merged book in
    every pane; on an error the book is unchanged and the message says why."""
    title = translate("MergeDialog", "Merge a colleague's copy")
    book = window.session.book
    window.flush_panes()  # typed text is in the book before the merge
    try:
        result = merge.apply(book, plan, choices=choices or {})
    except BriefingBookError as exc:
        warn(
            window,
            title,
            translate("MergeDialog", "The merge was not made; the book is unchanged.\n\n{error}").format(error=exc),
        )
        return None
    try:
        book.flush()  # an encrypted book: write the merged book to its file now
    except BriefingBookError as exc:
        warn(window, title, str(exc))
    window.reload_panes()
    parts = [
        translate("MergeDialog", "Merged “{file}”: {applied}").format(
            file=Path(plan.other_path).name,
            applied=counted(
                result.applied,
                translate("MergeDialog", "1 change applied"),
                translate("MergeDialog", "{n} changes applied"),
            ),
        ),
        counted(
            result.resolved,
            translate("MergeDialog", "1 conflict decided"),
            translate("MergeDialog", "{n} conflicts decided"),
        ),
    ]
    if result.left_open:
        parts.append(
            counted(
                result.left_open,
                translate("MergeDialog", "1 conflict left open, listed in the History pane"),
                translate("MergeDialog", "{n} conflicts left open, listed in the History pane"),
            )
        )
    window.statusBar().showMessage("; ".join(parts) + ".", 20000)
    if result.skipped:
        inform(
            window,
            title,
            translate("MergeDialog", "Some of their changes could not be applied:\n\n{lines}").format(
                lines="\n".join(result.skipped)
            ),
        )
    return result


def merge_colleague_copy(window, path: Path | None = None, passphrase: str | None = None) -> merge.MergeResult | None:
    """File → Merge a colleague's copy…: choose the file, see the plan, decide, merge."""
    plan = plan_merge(window, path, passphrase)
    if plan is None:
        return None
    dialog = MergeDialog(plan, window.session, window)
    if not dialog.exec():
        return None
    return apply_merge(window, plan, dialog.choices())


# -- a copy for a colleague ----------------------------------------------------------------------
def passphrase_problem(first: str, second: str | None) -> str | None:
    """Why a new passphrase is refused (too short, the two differ), or None."""
    if len(first) < MIN_PASSPHRASE:
        return translate("MergeDialog", "The passphrase is too short (at least {n} characters).").format(
            n=MIN_PASSPHRASE
        )
    if second is not None and second != first:
        return translate("MergeDialog", "The two passphrases differ.")
    return None


class CopyForColleagueDialog(QDialog):
    """Where to save the copy and, optionally, a passphrase of its own."""

    def __init__(self, book_path: Path, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book_path = Path(book_path)
        self.overwrite = False
        self.setWindowTitle(self.tr("Save a copy for a colleague"))
        self.setMinimumWidth(600)
        default = self.book_path.with_name(
            self.tr("{stem} for colleague").format(stem=self.book_path.stem) + BOOK_SUFFIX
        )
        self.file = QLineEdit(str(default))
        self.file.setAccessibleName(self.tr("File name of the copy"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the copy"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)

        self.encrypt = QCheckBox(self.tr("Encrypt the copy with a passphrase of its own"))
        self.encrypt.setAccessibleName(self.tr("Encrypt the copy with a passphrase of its own"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the copy"))
        self.passphrase.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_PASSPHRASE))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("The same passphrase again"))
        self.encrypted_note = _plain_label(
            self.tr(
                "This book is encrypted, so its copy is encrypted too. The copy's passphrase may differ from this "
                "book's."
            )
        )
        self.encrypted_note.setAccessibleName(self.tr("Why the copy is encrypted"))
        self.encrypted_note.setVisible(encrypted)
        if encrypted:
            self.encrypt.setChecked(True)
            self.encrypt.setEnabled(False)
        self.encrypt.toggled.connect(self._encrypt_toggled)

        self.note = _plain_label(
            self.tr(
                "The copy keeps this book's identity and history, so the changes your colleague makes in it can be "
                "brought back into this book with File → Merge a colleague's copy…\n"
                "Give the passphrase to your colleague separately, not with the file: it cannot be recovered."
            )
        )
        self.note.setAccessibleName(self.tr("About the copy"))
        self.error = _plain_label()
        self.error.setStyleSheet("color: #B00020")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Save as"), file_row)
        form.addRow("", self.encrypt)
        form.addRow("", self.encrypted_note)
        passphrase_label = _plain_label(self.tr("Passphrase"), wrap=False)
        passphrase_label.setBuddy(self.passphrase)
        repeat_label = _plain_label(self.tr("Repeat passphrase"), wrap=False)
        repeat_label.setBuddy(self.repeat)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(repeat_label, self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Save the copy for a colleague"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel; no copy is saved"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter saves
        self._encrypt_toggled(self.encrypt.isChecked())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _encrypt_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def _browse(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Save a copy for a colleague"),
            self.file.text(),
            self.tr("Briefing books (*.bbook)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file.setText(path)

    def target(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(BOOK_SUFFIX) else text + BOOK_SUFFIX)

    def values(self) -> tuple[Path | None, str | None, bool]:
        """The target, the copy's passphrase (None: not encrypted) and whether to replace a file."""
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        return self.target(), passphrase, self.overwrite

    def accept(self) -> None:
        target = self.target()
        if target is None:
            self._show_error(self.tr("Choose a file name for the copy."))
            self.file.setFocus()
            return
        if target.resolve() == self.book_path.resolve():
            self._show_error(self.tr("That is this book itself; choose another name."))
            self.file.setFocus()
            return
        if not target.parent.is_dir():
            self._show_error(self.tr("The folder {folder} does not exist.").format(folder=target.parent))
            self.file.setFocus()
            return
        if self.encrypt.isChecked():
            problem = passphrase_problem(self.passphrase.text(), self.repeat.text())
            if problem:
                self._show_error(problem)
                self.passphrase.setFocus()
                return
        self.overwrite = False
        if target.exists():
            if not dialogs.confirm(
                self,
                self.tr("Save a copy for a colleague"),
                self.tr("“{name}” already exists. Replace it?").format(name=target.name),
            ):
                return
            self.overwrite = True
        super().accept()


def save_copy_for_colleague(
    window, target: Path | None = None, passphrase: str | None = None, encrypt: bool | None = None
) -> Path | None:
    """File → Save a copy for a colleague…: the dialog (skipped when ``target`` is given), then
    the copy; errors are shown, success is said in the status bar."""
    title = translate("MergeDialog", "Save a copy for a colleague")
    book = window.session.book
    overwrite = False
    if target is None:
        dialog = CopyForColleagueDialog(book.path, book.encrypted, window)
        if not dialog.exec():
            return None
        target, passphrase, overwrite = dialog.values()
        if target is None:  # never: the dialog is not accepted without a file name
            return None
    else:
        target = Path(target)
        if encrypt is None:
            encrypt = passphrase is not None or book.encrypted
        if not encrypt:
            passphrase = None
        elif passphrase is None:
            warn(window, title, translate("MergeDialog", "An encrypted copy needs a passphrase of its own."))
            return None
        else:
            problem = passphrase_problem(passphrase, None)
            if problem:
                warn(window, title, problem)
                return None
    window.flush_panes()  # text typed but not yet saved goes into the copy
    try:
        written = merge.save_copy_for_colleague(book, target, passphrase=passphrase, overwrite=overwrite)
    except BriefingBookError as exc:
        warn(window, title, str(exc))
        return None
    if passphrase is not None:
        message = translate("MergeDialog", "Copy for a colleague saved to {path}, encrypted with its own passphrase.")
    else:
        message = translate("MergeDialog", "Copy for a colleague saved to {path}.")
    window.statusBar().showMessage(message.format(path=written), 15000)
    return written
