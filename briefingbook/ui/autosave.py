"""Saving as you type: one delay and one helper for every pane whose text is saved without a
Save button (the brief, a person's form, the press top lines)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# How long after the last keystroke typed text is saved (switching away saves at once).
AUTOSAVE_DELAY_MS = 500
# Typing that goes on without a pause still saves: a keystroke this long or longer after the
# first unsaved one saves at once instead of restarting the delay, so a crash in the middle of
# continuous typing loses at most the last AUTOSAVE_MAX_WAIT_MS + AUTOSAVE_DELAY_MS of it.
AUTOSAVE_MAX_WAIT_MS = 2000


class Autosave:
    """Calls ``save`` once typing has paused for AUTOSAVE_DELAY_MS, at the first keystroke
    AUTOSAVE_MAX_WAIT_MS or more after the first unsaved one, or at once on ``flush``.

    ``saving`` is True while ``save`` runs, so the owner can tell its own edit from another
    pane's when the session reports the change. ``clock`` (seconds, monotonic) measures the
    wait since the first unsaved keystroke; tests give a controlled one."""

    def __init__(self, owner: QObject, save: Callable[[], None], clock: Callable[[], float] = time.monotonic) -> None:
        self._save = save
        self.clock = clock
        self.saving = False
        self._first_unsaved: float | None = None
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)

    def schedule(self) -> None:
        """Typing happened: save after the delay (restarted by each keystroke), or as soon as
        the event loop turns once AUTOSAVE_MAX_WAIT_MS have passed since the first keystroke
        not yet saved."""
        now = self.clock()
        if self._first_unsaved is None or not self.timer.isActive():
            self._first_unsaved = now
        overdue = (now - self._first_unsaved) * 1000 >= AUTOSAVE_MAX_WAIT_MS
        self.timer.start(0 if overdue else AUTOSAVE_DELAY_MS)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """Save now if typed text is waiting."""
        if self.timer.isActive():
            self.save_now()

    def cancel(self) -> None:
        self.timer.stop()
        self._first_unsaved = None

    def save_now(self) -> None:
        self.timer.stop()
        self._first_unsaved = None
        self.saving = True
        try:
            self._save()
        finally:
            self.saving = False
