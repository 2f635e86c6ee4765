"""Saving as you type: one delay and one helper for every pane whose text is saved without a
Save button (the brief, a person's form, the press top lines)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# How long after the last keystroke typed text is saved (switching away saves at once).
AUTOSAVE_DELAY_MS = 500


class Autosave:
    """Calls ``save`` once typing has paused for AUTOSAVE_DELAY_MS, or at once on ``flush``.

    ``saving`` is True while ``save`` runs, so the owner can tell its own edit from another
    pane's when the session reports the change."""

    def __init__(self, owner: QObject, save: Callable[[], None]) -> None:
        self._save = save
        self.saving = False
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)

    def schedule(self) -> None:
        """Typing happened: save after the delay (restarted by each keystroke)."""
        self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """Save now if typed text is waiting."""
        if self.timer.isActive():
            self.save_now()

    def cancel(self) -> None:
        self.timer.stop()

    def save_now(self) -> None:
        self.timer.stop()
        self.saving = True
        try:
            self._save()
        finally:
            self.saving = False
