"""The brief's "Raised in meetings" box (issue 21, item 7): the meetings whose memo raises the
agenda item, in program order, each a button that shows the event in the Program pane; it
follows memo changes through the window (a hidden brief catches up when shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefingbook.core import principal, program


def _events(book):
    events = program.events(book)
    meeting = next(e for e in events if e.kind == "bilateral_meeting")
    lunch = next(e for e in events if e.kind == "working_lunch")
    return meeting, lunch


def _lines(pane) -> list[str]:
    return [button.text() for button in pane.meeting_buttons]


def test_the_brief_lists_the_meetings_that_raise_its_item_and_jumps_to_them(window, qtbot):
    book = window.session.book
    pane = window.brief_pane
    meeting, lunch = _events(book)
    # The demo's sample memo on the bilateral meeting raises the meeting's three items in order.
    raised = [a.agenda_item_id for a in principal.memo(book, meeting.id).agenda]
    assert len(raised) == 3
    item = raised[1]
    principal.add_memo(book, lunch.id)
    principal.set_memo_agenda(book, lunch.id, [book.agenda()[-1].id, item])
    window.agenda_pane.select_item(item)
    assert pane.meetings_box.isVisible() and pane.meetings_box.title() == "Raised in meetings"
    # In program order: the 11:00 bilateral meeting, then the 13:00 lunch; each says its place in its memo.
    assert _lines(pane) == [
        f"{meeting.title} · 1 March 2027, 11:00 Mexico City time · item 2 of 3 in its memo",
        f"{lunch.title} · 1 March 2027, 13:00 Mexico City time · item 2 of 2 in its memo",
    ]
    assert pane.meeting_buttons[0].accessibleName() == "Show in the Program pane: " + _lines(pane)[0]

    qtbot.mouseClick(pane.meeting_buttons[1], Qt.MouseButton.LeftButton)
    assert window.current_pane() == "program"
    program_pane = window.program_pane
    assert program_pane.current_id() == lunch.id
    assert program_pane.tree.currentItem().isSelected()
    assert window.focusWidget() is program_pane.tree  # the keyboard is on the event found


def test_an_item_no_memo_raises_says_so(window):
    book = window.session.book
    meeting, _lunch = _events(book)
    raised = {a.agenda_item_id for a in principal.memo(book, meeting.id).agenda}
    other = next(i for i in book.agenda() if i.id not in raised)
    window.agenda_pane.select_item(other.id)
    pane = window.brief_pane
    assert pane.meeting_buttons == []
    assert pane.no_meetings.isVisible()
    assert pane.no_meetings.text().startswith("No meeting memo raises this item yet.")
    window.agenda_pane.select_item(next(iter(raised)))
    assert not pane.no_meetings.isVisible() and len(pane.meeting_buttons) == 1


def test_a_hidden_brief_catches_up_with_memo_changes_when_shown(window, qtbot):
    """A memo edited while the Program pane is on show: the brief does not redraw behind it, and
    shows the change once the agenda tab is shown again."""
    book = window.session.book
    pane = window.brief_pane
    meeting, lunch = _events(book)
    first = principal.memo(book, meeting.id).agenda[0].agenda_item_id
    window.agenda_pane.select_item(first)
    assert len(_lines(pane)) == 1 and "item 1 of 3" in _lines(pane)[0]

    calls = [0]
    original = pane._show_meetings

    def counted():
        calls[0] += 1
        original()

    pane._show_meetings = counted
    window.show_event(meeting.id)
    assert window.current_pane() == "program"
    principal.set_memo_agenda(book, meeting.id, [a.agenda_item_id for a in principal.memo(book, meeting.id).agenda][1:])
    principal.add_memo(book, lunch.id)
    principal.set_memo_agenda(book, lunch.id, [first])
    qtbot.wait(10)
    assert calls == [0]  # hidden: not redrawn for each edit
    assert "item 1 of 3" in _lines(pane)[0]

    window.show_pane("agenda")
    assert calls == [1]
    assert _lines(pane) == [f"{lunch.title} · 1 March 2027, 13:00 Mexico City time · item 1 of 1 in its memo"]
    # On show, an edit reaches it at once; the event's new time too.
    principal.remove_memo(book, lunch.id)
    assert pane.meeting_buttons == []
    principal.set_memo_agenda(book, meeting.id, [first])
    import datetime as dt

    program.update_event(book, meeting.id, start_time=dt.time(11, 30))
    assert _lines(pane) == [f"{meeting.title} · 1 March 2027, 11:30 Mexico City time · item 1 of 1 in its memo"]


def test_meeting_times_name_the_zone_by_city_in_the_interface_language(window):
    """The brief's meeting lines and the memo and scenario dialogs' heading write the summit
    zone's city, translated, never an abbreviation such as CST (China's too, and English-only)."""
    from briefingbook.ui import i18n, meeting_dialogs

    meeting, _lunch = _events(book := window.session.book)
    assert meeting_dialogs.event_heading(window.session, meeting) == (
        f"{meeting.title} — 1 March 2027, 11:00–12:30 Mexico City time — {meeting.place}"
    )
    assert i18n.install("es")
    window.session.ui_lang = "es"
    try:
        heading = meeting_dialogs.event_heading(window.session, meeting)
        principal.add_memo(book, _lunch.id)
        principal.set_memo_agenda(book, _lunch.id, [book.agenda()[0].id])
        window.agenda_pane.select_item(book.agenda()[0].id)
        lines = _lines(window.brief_pane)
    finally:
        window.session.ui_lang = "en"
        i18n.install("en")
    assert heading.endswith(f"1 de marzo de 2027, 11:00–12:30 hora de Ciudad de México — {meeting.place}")
    assert f"{_lunch.title} · 1 de marzo de 2027, 13:00 hora de Ciudad de México · tema 1 de 1 en su memorando" in lines
    assert not any(abbr in text for abbr in ("CST", "CDT") for text in [heading, *lines])
