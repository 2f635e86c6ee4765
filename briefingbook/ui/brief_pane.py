"""The brief of the selected agenda item: background, the user's text, recommendations, charts.

The user's text is saved as they type (half a second after the last key, and whenever the
selection changes or the window closes); there is no save button. "Raised in meetings" lists the
meetings whose memo raises the item, each a button that shows that event in the Program pane
(``meetingRequested``). The pane learns of changes through ``book_changed``, called by the window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import bilingual, principal, program
from briefingbook.core.bilingual import other_language
from briefingbook.core.errors import NotFoundError
from briefingbook.core.model import BRIEF_FIELDS, RECOMMENDATION_STATUSES, Recommendation
from briefingbook.ui import dialogs, i18n, read_only
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.growing_text import EDITOR_MIN_HEIGHT
from briefingbook.ui.growing_text import fit_height as _fit_height
from briefingbook.ui.item_models import pillar_label, recommendation_status_label
from briefingbook.ui.nonnull import nonnull
from briefingbook.ui.session import BookSession


def _label(
    text: str = "", *, bold: bool = False, wrap: bool = True, object_name: str = "", rich: bool = False
) -> QLabel:
    """A selectable label; plain text unless ``rich`` (then the caller escapes what it inserts),
    so a title or note holding markup such as ``<img src=…>`` shows as those characters."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if object_name:
        label.setObjectName(object_name)
    return label


class _FindEdit(QLineEdit):
    """The brief's find box: Esc closes it (the pane hides it on ``escaped``)."""

    escaped = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RecommendationCard(QFrame):
    """One recommendation in a brief: summary, citation, 2009 outlook, the user's status and notes.
    It follows the session's changes itself unless ``follow_changes`` is False (a card in a
    registry pane, which hands it the changes through ``book_changed`` when the pane is shown)."""

    def __init__(
        self,
        session: BookSession,
        rec: Recommendation,
        linked: bool,
        parent=None,
        show_outlook: bool = True,
        follow_changes: bool = True,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rec = rec
        lang = session.ref_lang
        reference = session.reference
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("recommendationCard")
        layout = QVBoxLayout(self)
        title = rec.title(lang) + (self.tr(" (linked)") if linked else "")
        layout.addWidget(_label(title, bold=True))
        layout.addWidget(_label(rec.summary(lang)))
        cite = reference.recommendation_citation(rec, lang)
        source = self.tr("Source: {citation}").format(citation=escape(cite))
        layout.addWidget(_label(f"<i>{source}</i>", rich=True))
        if rec.outlook_id and show_outlook:
            outlook = reference.outlook(rec.outlook_id)
            heading = self.tr("2009 outlook:")
            layout.addWidget(_label(f"<b>{escape(heading)}</b> {escape(outlook.summary(lang))}", rich=True))

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Our status:")))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of recommendation: {title}").format(title=rec.title(lang)))
        for value in RECOMMENDATION_STATUSES:
            self.status.addItem(recommendation_status_label(value), value)
        self.status.activated.connect(self._status_chosen)
        row.addWidget(self.status)
        row.addStretch(1)
        layout.addLayout(row)

        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Dated notes on: {title}").format(title=rec.title(lang)))
        self.notes.setMaximumHeight(80)
        layout.addWidget(self.notes)
        note_row = QHBoxLayout()
        self.note_date = QDateEdit(QDate.currentDate())
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("yyyy-MM-dd")
        self.note_date.setAccessibleName(self.tr("Date of the new note"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Add a dated note (e.g. raised with counterpart)…"))
        self.note_edit.setAccessibleName(self.tr("New note text"))
        self.note_edit.returnPressed.connect(self.add_note)
        add = QPushButton(self.tr("Add note"))
        add.setAccessibleName(self.tr("Add the note"))
        add.clicked.connect(self.add_note)
        self.delete_note_button = QPushButton(self.tr("Delete note"))
        self.delete_note_button.setAccessibleName(self.tr("Delete the selected note"))
        self.delete_note_button.clicked.connect(self.delete_note)
        for widget in (self.note_date, self.note_edit, add, self.delete_note_button):
            note_row.addWidget(widget)
        note_row.setStretch(1, 1)
        layout.addLayout(note_row)
        if follow_changes:
            session.changed.connect(self.book_changed)
        self.refresh()

    def book_changed(self, entities: frozenset[str]) -> None:
        if entities & {"recommendation_status", "recommendation_notes"} and not self.session.closed:
            self.refresh()

    def refresh(self) -> None:
        state = self.session.book.recommendation_state(self.rec.id)
        self.status.setCurrentIndex(RECOMMENDATION_STATUSES.index(state.status))
        self.notes.clear()
        for note in state.notes:
            item = QListWidgetItem(f"{i18n.short_date(note.noted_on, self.session.ui_lang)} — {note.note}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
        self.notes.setVisible(bool(state.notes))
        self.delete_note_button.setVisible(bool(state.notes))

    def _status_chosen(self) -> None:
        self.session.book.set_recommendation_status(self.rec.id, self.status.currentData())

    def add_note(self) -> None:
        text = self.note_edit.text().strip()
        if not text:
            return
        chosen = self.note_date.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        self.session.book.add_recommendation_note(self.rec.id, text, day)
        self.note_edit.clear()

    def delete_note(self) -> None:
        item = self.notes.currentItem()
        if item is None:
            return
        if dialogs.confirm(
            self, self.tr("Delete note"), self.tr("Delete this note?\n\n{note}").format(note=item.text())
        ):
            self.session.book.remove_recommendation_note(item.data(Qt.ItemDataRole.UserRole))


class BriefPane(QScrollArea):
    """Shows and edits the brief of one agenda item."""

    chartRequested = Signal(list)  # slugs to open in the charts pane
    meetingRequested = Signal(int)  # a program event to show (a meeting that raises the item)

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = -1
        self._shown: tuple | None = None  # what show_item drew (see _state)
        self.cards: list[RecommendationCard] = []
        self.charts: list[QWidget] = []
        self.defer_charts = False  # True until the window's first paint (release_charts draws them)
        self._pending_charts: tuple[str, ...] | None = None
        self._dirty: set[str] = set()
        self._loading = False
        self.autosave = Autosave(self, self._save)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Brief"))

        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.title = _label(object_name="briefTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = _label()
        # The book's own text is shown as written; where its language is not the interface's, a
        # small grey tag says which it is ("en inglés"), beside the title and on "Your brief".
        self.title_language = _label(wrap=False, object_name="briefTitleLanguage")
        self.title_language.setStyleSheet("color: #555555;")
        self.title_language.setAccessibleName(self.tr("Language of the agenda item's title"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.title_language, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_.addLayout(title_row)
        self.layout_.addWidget(self.subtitle)

        self.background_box = QGroupBox(self.tr("Background"))
        background_layout = QVBoxLayout(self.background_box)
        self.background = _label()
        self.background_citation = _label(rich=True)
        background_layout.addWidget(self.background)
        background_layout.addWidget(self.background_citation)
        self.layout_.addWidget(self.background_box)

        self.since_box = QGroupBox(self.tr("Since then"))
        self.since_box.setAccessibleName(self.tr("Since then: dated developments after the 2009 outline"))
        since_layout = QVBoxLayout(self.since_box)
        self.since_text = _label()
        self.since_sources = _label(object_name="sinceThenSources")
        since_layout.addWidget(self.since_text)
        since_layout.addWidget(self.since_sources)
        self.layout_.addWidget(self.since_box)

        self.meetings_box = QGroupBox(self.tr("Raised in meetings"))
        self.meetings_box.setObjectName("briefMeetings")
        self.meetings_box.setAccessibleName(self.tr("Raised in meetings: the meeting memos that raise this item"))
        self.meetings_layout = QVBoxLayout(self.meetings_box)
        self.no_meetings = _label(
            self.tr(
                "No meeting memo raises this item yet. To raise it in a meeting, open the meeting's "
                "memo from the Program pane (Meeting memo…) and add it to the agenda items to raise."
            ),
            object_name="briefNoMeetings",
        )
        self.meetings_layout.addWidget(self.no_meetings)
        self.meeting_buttons: list[QPushButton] = []
        self.layout_.addWidget(self.meetings_box)

        self.text_box = QGroupBox(self.tr("Your brief"))
        text_layout = QFormLayout(self.text_box)
        self.text_lang = ""
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the text being edited"))
        self.language.activated.connect(lambda: self.set_text_language(self.language.currentData()))
        text_layout.addRow(self.tr("Writing in"), self.language)
        read_only.view_only(self.language)  # which language's text is shown
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the agenda item in this language"))
        self.title_edit.textEdited.connect(lambda _text: self._edited("title"))
        text_layout.addRow(self.tr("Title"), self.title_edit)
        self.version_note = _label()
        text_layout.addRow(self.version_note)
        self.layout_.addWidget(self.text_box)

        self.editors: dict[str, QPlainTextEdit] = {}
        prompts = self.field_prompts()
        for name in BRIEF_FIELDS:
            label, placeholder = prompts[name]
            box = QGroupBox(label)
            box_layout = QVBoxLayout(box)
            editor = QPlainTextEdit()
            editor.setPlaceholderText(placeholder)
            editor.setAccessibleName(label)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(EDITOR_MIN_HEIGHT)
            editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # The box grows with its text: no box scrolling inside the scrolling brief.
            editor.document().documentLayout().documentSizeChanged.connect(lambda _size, e=editor: _fit_height(e))
            editor.textChanged.connect(lambda e=editor: _fit_height(e))
            _fit_height(editor)
            editor.textChanged.connect(lambda n=name: self._edited(n))
            box_layout.addWidget(editor)
            self.editors[name] = editor
            self.layout_.addWidget(box)

        self.recs_box = QGroupBox(self.tr("Recommendations"))
        self.recs_layout = QVBoxLayout(self.recs_box)
        self.layout_.addWidget(self.recs_box)

        self.charts_box = QGroupBox(self.tr("Key indicators"))
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.layout_.addWidget(self.charts_box)
        self.layout_.addStretch(1)
        self.setWidget(body)

        self.empty = _label(self.tr("Select an agenda item to see its brief, or add one from the issue areas."))
        self.layout_.insertWidget(0, self.empty)
        # Edit → Find in the brief (Ctrl+F): Enter finds the next place in the brief's texts.
        self.find_edit = _FindEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the brief (Enter: next, Esc: close)"))
        self.find_edit.setAccessibleName(self.tr("Find in the brief"))
        self.find_edit.setClearButtonEnabled(True)
        read_only.view_only(self.find_edit)
        self.find_edit.returnPressed.connect(lambda: self.find_next(self.find_edit.text()))
        self.find_edit.escaped.connect(self._close_find)
        self.find_status = _label()
        self.find_status.setAccessibleName(self.tr("Find result"))
        self.layout_.insertWidget(0, self.find_status)
        self.layout_.insertWidget(0, self.find_edit)
        self.find_edit.hide()
        self.find_status.hide()
        self.show_item(-1)

    def field_prompts(self) -> dict[str, tuple[str, str]]:
        bullets = self.tr("Lines starting with “- ” become bullets in the packet.")
        return {
            "objectives": (self.tr("Objectives"), self.tr("What we want from this item at this summit. ") + bullets),
            "talking_points": (
                self.tr("Points to make"),
                self.tr("Short points in order, e.g. “- Raise: …”, “- If raised: …”, “- Avoid: …”. ") + bullets,
            ),
            "their_objectives": (
                self.tr("Their objectives"),
                self.tr("What the counterpart is expected to want and raise."),
            ),
            "our_response": (self.tr("Our response"), self.tr("How to answer their likely points.")),
            "press_line": (self.tr("Press line"), self.tr("What we will say publicly afterwards.")),
            "notes": (self.tr("Notes"), self.tr("Anything else for this item.")),
        }

    # -- showing an item ---------------------------------------------------------------------
    def show_item(self, item_id: int) -> None:
        self.flush()
        previous, self.item_id = self.item_id, item_id
        has_item = item_id >= 0
        for widget in (
            self.title,
            self.subtitle,
            self.background_box,
            self.since_box,
            self.meetings_box,
            self.recs_box,
            self.charts_box,
            self.text_box,
            *(nonnull(e.parentWidget(), "brief field's box") for e in self.editors.values()),
        ):
            widget.setVisible(has_item)
        self.empty.setVisible(not has_item)
        if not has_item:
            self.title_language.hide()
            return
        book, reference, lang = self.session.book, self.session.reference, self.session.ref_lang
        item = book.agenda_item(item_id)
        self.title.setText(item.title)
        book_lang = book.summit().language
        tag = i18n.language_tag(book_lang, self.session.ui_lang)
        self.title_language.setText(f"({tag})" if tag else "")
        self.title_language.setVisible(bool(tag))
        self.language.clear()
        names = {"en": self.tr("English"), "es": self.tr("Spanish")}
        for code in (book_lang, other_language(book_lang)):
            self.language.addItem(names[code], code)
        self.set_text_language(self.text_lang if self.text_lang in names else book_lang)

        try:
            area = reference.issue_area(item.issue_area) if item.issue_area else None
        except NotFoundError:  # an issue area the active reference content does not hold
            area = None
        self.background_box.setVisible(area is not None)
        if area is not None:
            self.subtitle.setText(
                self.tr("Issue area: {area} · Pillar: {pillar}").format(
                    area=area.title(lang), pillar=pillar_label(area.pillar)
                )
            )
            self.background.setText(area.summary(lang))
            cites = "; ".join(reference.citation_label(c, lang) for c in area.citations)
            sources = self.tr("Sources: {citations}").format(citations=escape(cites))
            self.background_citation.setText(f"<i>{sources}</i>")
        elif item.issue_area:
            self.subtitle.setText(
                self.tr("Issue area {id}: not in this reference content (version {version})").format(
                    id=item.issue_area, version=reference.content.version
                )
            )
        else:
            self.subtitle.setText(self.tr("Custom agenda item"))
        self._show_since_then(area.id if area else None)
        self._show_meetings()
        self._show_recommendations(item_id, item.issue_area)
        known = {info.slug for info in self.session.reference.series_list()}
        self._show_charts(tuple(slug for slug in area.key_indicators if slug in known) if area else ())
        self._shown = self._state(item_id)
        if item_id != previous:
            self.verticalScrollBar().setValue(0)  # another item's brief reads from its top

    def _state(self, item_id: int) -> tuple:
        """What the brief shows of an item: its fields (not its place in the agenda), its linked
        recommendations, and its texts in both languages."""
        book = self.session.book
        item = dataclasses.replace(book.agenda_item(item_id), position=0)
        return (
            item,
            tuple(book.linked_recommendations(item_id)),
            book.summit().language,
            *(tuple(bilingual.texts(book, item_id, lang).items()) for lang in ("en", "es")),
        )

    def _show_since_then(self, area_id: str | None) -> None:
        """The area's dated "Since then" points, each numbered to its sources (publisher, title,
        URL, date retrieved), with the date they were checked."""
        later = self.session.reference.since_then(area_id) if area_id else None
        self.since_box.setVisible(later is not None)
        if later is None:
            return
        lang = self.session.ref_lang  # reference content: the interface's language (issue 19)
        as_of = i18n.long_date(dt.date.fromisoformat(later.as_of), self.session.ui_lang)
        self.since_box.setTitle(self.tr("Since then (as of {date})").format(date=as_of))
        self.since_text.setText(later.text(lang))
        self.since_sources.setText(self.tr("Sources:") + "\n" + "\n".join(later.source_lines(lang)))

    def meetings(self) -> list[tuple[int, str]]:
        """(event id, line) of each meeting whose memo raises the item, in program order: the
        event's title, its day and time, and the item's place among the memo's agenda items."""
        book = self.session.book
        summit_zone, _home = program.zones(book)
        out = []
        for event_id in principal.memos_with_agenda_item(book, self.item_id):
            event = program.event(book, event_id)
            memo = principal.memo(book, event_id)
            order = [a.agenda_item_id for a in memo.agenda] if memo else []
            start = event.start(summit_zone)
            lang = self.session.ui_lang
            when = f"{i18n.long_date(event.day, lang)}, {program.city_time(f'{start:%H:%M}', summit_zone, lang)}"
            place = (
                self.tr("item {n} of {count} in its memo").format(n=order.index(self.item_id) + 1, count=len(order))
                if self.item_id in order
                else ""
            )
            out.append((event_id, " · ".join(x for x in (event.title, when, place) if x)))
        return out

    def _show_meetings(self) -> None:
        for old in self.meeting_buttons:
            old.hide()
            old.deleteLater()
        self.meeting_buttons = []
        if self.item_id < 0:
            return
        found = self.meetings()
        for event_id, line in found:
            button = QPushButton(line)
            button.setObjectName("briefMeeting")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; color: #0B57D0; text-decoration: underline; padding: 2px;")
            button.setAccessibleName(self.tr("Show in the Program pane: {meeting}").format(meeting=line))
            button.setToolTip(self.tr("Show this meeting in the Program pane"))
            read_only.view_only(button)
            button.clicked.connect(lambda _=False, e=event_id: self.meetingRequested.emit(e))
            self.meetings_layout.addWidget(button)
            button.setVisible(True)
            self.meeting_buttons.append(button)
        self.no_meetings.setVisible(not found)

    def _clear(self, layout) -> None:
        while layout.count():
            child = layout.takeAt(0)
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_recommendations(self, item_id: int, issue_area: str | None) -> None:
        self._clear(self.recs_layout)
        self.cards = []
        reference = self.session.reference
        recs = reference.recommendations(issue_area) if issue_area else []
        own = {r.id for r in recs}
        linked, missing = [], []
        for rec_id in self.session.book.linked_recommendations(item_id):
            if rec_id not in own:
                try:
                    linked.append(reference.recommendation(rec_id))
                except NotFoundError:  # a link to a record the active reference content does not hold
                    missing.append(rec_id)
        # The 2009 outlook is about an issue area, so several recommendations share it: it is
        # said once, above them, not under every one (issue 19). A linked recommendation from
        # another area keeps its own outlook on its card.
        outlooks = list(dict.fromkeys(rec.outlook_id for rec in recs if rec.outlook_id))
        for outlook_id in outlooks:
            outlook = reference.outlook(outlook_id)
            heading = self.tr("2009 outlook:")
            text = f"<b>{escape(heading)}</b> {escape(outlook.summary(self.session.ref_lang))}"
            label = _label(text, rich=True)
            label.setObjectName("briefOutlook")
            self.recs_layout.addWidget(label)
        self.outlook_count = len(outlooks)
        self.cards = [RecommendationCard(self.session, rec, False, show_outlook=False) for rec in recs]
        self.cards += [RecommendationCard(self.session, rec, True) for rec in linked]
        for card in self.cards:
            self.recs_layout.addWidget(card)
        for rec_id in missing:  # kept in the book; shown, not dropped (issue 22)
            label = _label(
                self.tr("{id}: not in this reference content (version {version})").format(
                    id=rec_id, version=reference.content.version
                ),
                object_name="missingRecommendation",
            )
            label.setAccessibleName(self.tr("Linked recommendation not in this reference content"))
            self.recs_layout.addWidget(label)
        if not recs and not linked and not missing:
            self.recs_layout.addWidget(
                _label(self.tr("No recommendations are linked to this item. Link them from the Recommendations pane."))
            )

    def _show_charts(self, slugs: tuple[str, ...]) -> None:
        self._clear(self.charts_layout)
        self.charts = []
        self.charts_box.setVisible(bool(slugs))
        if self.defer_charts:
            self._pending_charts = tuple(slugs)
            return
        if not slugs:
            return
        from briefingbook.ui.charts_pane import SmallChart

        self.charts = [SmallChart(self.session, slug) for slug in slugs]
        for chart in self.charts:
            self.charts_layout.addWidget(chart)

    # -- find in the brief ----------------------------------------------------------------------
    def start_find(self) -> None:
        self.find_edit.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self.verticalScrollBar().setValue(0)

    def _close_find(self) -> None:
        self.find_edit.hide()
        self.find_status.hide()

    def find_next(self, text: str) -> QPlainTextEdit | None:
        """Select the next place ``text`` occurs in the brief's texts (after the last one found,
        wrapping round), scroll to it, and return its box; None when it is nowhere."""
        editors = list(self.editors.values())
        if not text or self.item_id < 0:
            self.find_status.hide()
            return None
        start = next(
            (
                i
                for i, e in enumerate(editors)
                if e.textCursor().hasSelection() and e.textCursor().selectedText().lower() == text.lower()
            ),
            None,
        )
        order = editors if start is None else editors[start:] + editors[: start + 1]
        for index, editor in enumerate(order):
            after = editor.textCursor().selectionEnd() if index == 0 and start is not None else 0
            if index == len(order) - 1 and start is not None:
                after = 0  # wrapped round to the first box again
            found = editor.document().find(text, after)
            if not found.isNull():
                for other in editors:
                    if other is not editor:
                        cursor = other.textCursor()
                        cursor.clearSelection()
                        other.setTextCursor(cursor)
                editor.setTextCursor(found)
                self.ensureWidgetVisible(editor, 0, 40)
                self.find_status.hide()
                return editor
        self.find_status.setText(self.tr("“{text}” is not in this brief.").format(text=text))
        self.find_status.show()
        return None

    def release_charts(self) -> None:
        """Draw the charts held back until the window's first paint."""
        self.defer_charts = False
        pending, self._pending_charts = self._pending_charts, None
        if pending:
            self._show_charts(pending)

    def set_text_language(self, lang: str) -> None:
        """Edit the brief in ``lang``: the book's language, or its other language (kept apart
        for bilingual packets)."""
        self.flush()
        self.text_lang = lang
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        if self.item_id < 0:
            return
        values = bilingual.texts(self.session.book, self.item_id, lang)
        self._loading = True
        self.title_edit.setText(values["title"])
        for name, editor in self.editors.items():
            editor.setPlainText(values[name])
        self._loading = False
        tag = i18n.language_tag(lang, self.session.ui_lang)
        self.text_box.setTitle(self.tr("Your brief") + (f" ({tag})" if tag else ""))
        book_lang = self.session.book.summit().language
        if lang == book_lang:
            self.version_note.setText(self.tr("The book's own language. Packets use this text."))
        else:
            self.version_note.setText(
                self.tr(
                    "The other language's version, used by bilingual packets beside the "
                    "book's own text. Leave empty where it is not needed."
                )
            )

    # -- saving ------------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        if self._loading or self.item_id < 0:
            return
        self._dirty.add(name)
        self.autosave.schedule()

    def flush(self) -> None:
        """Save every edited field of the current item now."""
        self.autosave.save_now()

    def _save(self) -> None:
        if not self._dirty or self.item_id < 0:
            self._dirty.clear()
            return
        fields = {
            name: (self.title_edit.text() if name == "title" else self.editors[name].toPlainText())
            for name in self._dirty
        }
        self._dirty.clear()
        if "title" in fields and not fields["title"].strip():
            fields.pop("title")  # an empty title is not saved; the previous one stays
        if not fields:
            return
        bilingual.set_texts(self.session.book, self.item_id, self.text_lang, **fields)
        if "title" in fields and self.text_lang == self.session.book.summit().language:
            self.title.setText(fields["title"])
        self._shown = self._state(self.item_id)

    # What the "Raised in meetings" box shows: the memos' agenda links and the events' titles and times.
    MEETING_ENTITIES = frozenset(
        {"meeting_memos", "meeting_memo_agenda", "program_events", "summit", "summit_settings", "agenda_items"}
    )

    def book_changed(self, entities: frozenset[str]) -> None:
        """Another pane, a dialog or a core call changed the book (called by the window while the
        brief is on show, and with everything missed when it is shown again): redraw if the item's
        brief changed, or only its meetings when those did."""
        if self.autosave.saving or self.item_id < 0 or self.session.closed:
            return
        if entities & {"summit", "agenda_items", "agenda_item_versions", "agenda_links"}:
            if self.item_id not in {i.id for i in self.session.book.agenda()}:
                self._dirty.clear()
                self.show_item(-1)
                return
            if self._state(self.item_id) != self._shown:
                self.show_item(self.item_id)
                return
        if entities & self.MEETING_ENTITIES:
            self._show_meetings()
