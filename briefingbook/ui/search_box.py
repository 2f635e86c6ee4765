"""Global search (Ctrl+K): one box over issues, recommendations, indicators, events, the
agenda, notes and the checklist; results appear as you type and Enter jumps to the item.

Each result shows the words around the match with the match between « and » (plain text: the
user's own text is never read as markup, in the list or its tooltip)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from briefingbook.core.model import SearchHit
from briefingbook.core.search import MARK_END, MARK_START, search
from briefingbook.ui.nonnull import nonnull
from briefingbook.ui.session import BookSession

HitRole = Qt.ItemDataRole.UserRole + 1
TYPING_DELAY_MS = 150
RESULT_LIMIT = 25


def snippet_text(snippet: str) -> str:
    """A hit's snippet on one line with the match between « and »."""
    return " ".join(snippet.replace(MARK_START, "«").replace(MARK_END, "»").split())


class SearchBox(QLineEdit):
    """Emits ``hitActivated(kind, id)`` when the user picks a result."""

    hitActivated = Signal(str, str)

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hits: list[SearchHit] = []
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search issues, recommendations, indicators, notes and checklist"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(15)
        self.completer_.setWidget(self)
        self._popup().setAccessibleName(self.tr("Search results"))
        # the (QModelIndex) overload of the signal; PySide's stubs do not describe signal indexing
        self.completer_.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._enter)

    def _popup(self) -> QAbstractItemView:
        return nonnull(self.completer_.popup(), "completer popup")  # Qt makes a list view if none was set

    def kind_label(self, kind: str) -> str:
        return {
            "issue": self.tr("Issue"),
            "recommendation": self.tr("Recommendation"),
            "series": self.tr("Indicator"),
            "event": self.tr("Event"),
            "outlook": self.tr("Outlook"),
            "agenda": self.tr("Agenda"),
            "checklist": self.tr("Checklist"),
            "note": self.tr("Note"),
            "program": self.tr("Program"),
            "person": self.tr("Person"),
            "press": self.tr("Press question"),
            "topline": self.tr("Top lines"),
            "deliverable": self.tr("Deliverable"),
            "scene": self.tr("Scene-setter"),
            "memo": self.tr("Meeting memo"),
            "scenario": self.tr("Scenario"),
            "remark": self.tr("Remarks"),
        }.get(kind, kind)

    def scene_part_label(self, part: str) -> str:
        """A scene-setter part's heading (the index holds its key)."""
        return {
            "context": self.tr("Context"),
            "our_aims": self.tr("What we want"),
            "their_aims": self.tr("What they want"),
            "sensitivities": self.tr("Sensitivities"),
            "atmospherics": self.tr("Atmospherics"),
        }.get(part, part)

    def hit_text(self, hit: SearchHit) -> str:
        """What was found, in words: "Meeting memo · Bilateral meeting", "Remarks · Arrival statement"."""
        if hit.kind == "note":
            title = self._note_title(hit)
        elif hit.kind == "scene":
            title = self.scene_part_label(hit.title)
        else:
            title = hit.title
        return f"{self.kind_label(hit.kind)} · {title}"

    def run_search(self) -> list[SearchHit]:
        self._timer.stop()
        text = self.text().strip()
        self.hits = (
            search(text, self.session.reference, self.session.book, limit=RESULT_LIMIT, lang=self.session.ref_lang)
            if text
            else []
        )
        self.results.clear()
        for hit in self.hits:
            text = self.hit_text(hit)
            context = snippet_text(hit.snippet)
            if context and context != hit.title:
                text += f"\n    {context}"
            row = QStandardItem(text)
            row.setData((hit.kind, hit.id), HitRole)
            # Qt reads a tooltip that looks like markup as rich text: escape it, say it is rich.
            row.setToolTip("<qt>" + html.escape(context) + "</qt>" if context else "")
            self.results.appendRow(row)
        if self.hits:
            self.completer_.complete()
        else:
            self._popup().hide()
        return self.hits

    def _note_title(self, hit: SearchHit) -> str:
        try:
            return self.session.reference.recommendation(hit.title).title(self.session.ref_lang)
        except Exception:  # noqa: BLE001 - a note on a recommendation the reference no longer has
            return hit.title

    def _picked(self, index) -> None:
        kind, ident = index.data(HitRole)
        self._popup().hide()
        self.hitActivated.emit(kind, ident)

    def _enter(self) -> None:
        if self._timer.isActive() or not self.hits:
            self.run_search()
        popup = self._popup()
        index = popup.currentIndex() if popup.isVisible() and popup.currentIndex().isValid() else None
        if index is not None:
            self._picked(index)
        elif self.hits:
            popup.hide()
            self.hitActivated.emit(self.hits[0].kind, self.hits[0].id)

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
