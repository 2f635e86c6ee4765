"""The scene-setter: the short memo that opens the principal's book, in five headed parts
(``principal.SCENE_PARTS``), plain text saved as you type, with its length (words, reading
minutes) shown as the user writes."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from briefingbook.core import principal
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui.autosave import Autosave
from briefingbook.ui.growing_text import growing_editor
from briefingbook.ui.session import BookSession


class SceneSetterPane(QScrollArea):
    ENTITIES = frozenset({"scene_setter"})

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self._dirty: set[str] = set()
        self.autosave = Autosave(self, self._save)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Scene-setter"))

        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Scene-setter"))
        title.setObjectName("paneTitle")
        intro = QLabel(
            self.tr(
                "The short memo that opens the principal's book: the setting of the visit in five parts. "
                "Saved as you type."
            )
        )
        intro.setWordWrap(True)
        self.length = QLabel()
        self.length.setAccessibleName(self.tr("Length of the scene-setter"))
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.length)

        self.editors: dict[str, QPlainTextEdit] = {}
        for part, (heading, prompt) in self.part_names().items():
            box = QGroupBox(heading)
            box_layout = QVBoxLayout(box)
            editor = growing_editor(heading, prompt)
            editor.textChanged.connect(lambda p=part: self._edited(p))
            box_layout.addWidget(editor)
            self.editors[part] = editor
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.reload()

    def part_names(self) -> dict[str, tuple[str, str]]:
        """Each part's heading and the prompt shown while it is empty, in SCENE_PARTS order."""
        names = {
            "context": (
                self.tr("Context"),
                self.tr("Where the relationship stands and why this meeting happens now."),
            ),
            "our_aims": (self.tr("What we want"), self.tr("The few results that would make the visit a success.")),
            "their_aims": (
                self.tr("What they want"),
                self.tr("What the counterpart is expected to seek from the visit."),
            ),
            "sensitivities": (
                self.tr("Sensitivities"),
                self.tr("Topics, words and gestures to handle with care, and why."),
            ),
            "atmospherics": (
                self.tr("Atmospherics"),
                self.tr("The mood: domestic politics, press interest, the personal relationship."),
            ),
        }
        return {part: names[part] for part in principal.SCENE_PARTS}

    # -- display -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.closed:
            return
        parts = principal.scene_setter(self.session.book).parts
        self._loading = True
        try:
            for part, editor in self.editors.items():
                if editor.toPlainText() != parts[part]:
                    editor.setPlainText(parts[part])
        finally:
            self._loading = False
        self._dirty.clear()
        self.show_length()

    def show_length(self) -> None:
        """Words and reading minutes of the text as typed (saved or not)."""
        words = sum(principal.word_count(editor.toPlainText()) for editor in self.editors.values())
        self.length.setText(
            self.tr("Length: {words} words, about {minutes} min to read").format(
                words=words, minutes=principal.reading_minutes(words)
            )
        )

    def show_part(self, part: str) -> None:
        """Scroll to a part and put the cursor in it (a search hit)."""
        editor = self.editors.get(part)
        if editor is not None:
            self.ensureWidgetVisible(editor)
            editor.setFocus()

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if entities & self.ENTITIES and not self.autosave.saving and not self._dirty:
            self.reload()

    # -- saving ------------------------------------------------------------------------------
    def _edited(self, part: str) -> None:
        self.show_length()
        if self._loading:
            return
        self._dirty.add(part)
        self.autosave.schedule()

    def flush(self) -> None:
        """Save the parts typed since the last save."""
        self.autosave.flush()

    def _save(self) -> None:
        if not self._dirty or self.session.closed:
            self._dirty.clear()
            return
        values = {part: self.editors[part].toPlainText() for part in self._dirty}
        self._dirty.clear()
        try:
            principal.set_scene_setter(self.session.book, **values)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the scene-setter"), str(exc))
