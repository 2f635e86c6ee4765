"""Saving as you type has a bound: typing on without a pause is still saved every
AUTOSAVE_MAX_WAIT_MS, so a crash (kill -9) mid-typing loses only the last seconds of it.

The wait since the first unsaved keystroke is read from a controlled clock, and the pause delay
is set far beyond the test's run, so only the bound can save: no wall-clock assertions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from briefingbook.core import principal
from briefingbook.ui import autosave


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def no_pause_save(monkeypatch):
    """The pause that saves is an hour: in these tests only the bound saves."""
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY_MS", 3_600_000)


def empty_context(window):
    """The scene-setter pane with its (sample) context part emptied and saved, and a clock."""
    window.show_pane("scene_setter")
    pane = window.scene_setter_pane
    editor = pane.editors["context"]
    editor.setPlainText("")
    pane.flush()
    assert principal.scene_setter(window.session.book).parts["context"] == ""
    clock = Clock()
    pane.autosave.clock = clock
    editor.setFocus()
    return pane, editor, clock


def test_continuous_typing_is_saved_every_max_wait(window, qtbot, no_pause_save):
    pane, editor, clock = empty_context(window)

    def saved() -> str:
        return principal.scene_setter(window.session.book).parts["context"]

    step = 0.25  # four keystrokes a second, never a pause of AUTOSAVE_DELAY_MS
    bound = autosave.AUTOSAVE_MAX_WAIT_MS / 1000
    text = "abcdefghijklmnopqrst"
    expected_saves = []
    first_unsaved = None
    for i, char in enumerate(text):
        qtbot.keyClick(editor, char)
        if first_unsaved is None:
            first_unsaved = clock.now
        if clock.now - first_unsaved >= bound:
            # This keystroke is the bound's: it is saved as soon as the event loop turns.
            qtbot.waitUntil(lambda typed=text[: i + 1]: saved() == typed, timeout=3000)
            expected_saves.append(text[: i + 1])
            first_unsaved = None
        else:
            QApplication.processEvents()
            assert saved() == (expected_saves[-1] if expected_saves else "")
            assert pane.autosave.pending
        clock.now += step
    # 20 keystrokes over 5 seconds: saved at the 2-second bound twice (keys 9 and 18).
    assert expected_saves == [text[:9], text[:18]]
    # The rest is still waiting, and leaving the pane saves it.
    assert saved() == text[:18]
    pane.flush()
    assert saved() == text
    assert not pane.autosave.pending


def test_a_pause_starts_the_bound_afresh(window, qtbot, no_pause_save):
    """After a save (by the bound, a pause or a flush) the next keystroke is the first unsaved one."""
    pane, editor, clock = empty_context(window)
    qtbot.keyClick(editor, "a")
    pane.flush()
    assert principal.scene_setter(window.session.book).parts["context"] == "a"
    clock.now += 10  # long after the first keystroke, but that one is saved
    qtbot.keyClick(editor, "b")
    QApplication.processEvents()
    assert principal.scene_setter(window.session.book).parts["context"] == "a"
    assert pane.autosave.pending
    clock.now += autosave.AUTOSAVE_MAX_WAIT_MS / 1000
    qtbot.keyClick(editor, "c")
    qtbot.waitUntil(lambda: principal.scene_setter(window.session.book).parts["context"] == "abc", timeout=3000)
    assert not pane.autosave.pending
