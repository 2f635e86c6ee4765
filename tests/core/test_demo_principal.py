"""The demo book's principal's book (issue 21, item 8): each part once, in sample text marked
"[Sample]" ("[Ejemplo]" in a Spanish book), people by role, nothing invented; and a meeting memo's
participant whose name is to be confirmed shows as a flag in the packet, not as the placeholder."""

from __future__ import annotations

import datetime as dt

import pytest

from briefingbook.core import deliverables, people, principal, program, readiness
from briefingbook.core.checklist import summarize
from briefingbook.core.demo import DEMO_PEOPLE, SAMPLE_MARK, create_demo_book


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_demo_shows_each_principal_part_once_marked_as_a_sample(tmp_path, reference, lang):
    today = dt.date(2027, 1, 1)
    book = create_demo_book(tmp_path / f"{lang}.bbook", reference, language=lang, today=today)
    try:
        mark = SAMPLE_MARK[lang]
        other = SAMPLE_MARK["es" if lang == "en" else "en"]
        # The scene-setter: every headed part written, each paragraph or bullet marked.
        scene = principal.scene_setter(book)
        assert list(scene.parts) == list(principal.SCENE_PARTS) and all(scene.parts.values())
        for text in scene.parts.values():
            for line in text.splitlines():
                assert line.removeprefix("- ").startswith(mark), line
        events = program.events(book)
        meeting = next(e for e in events if e.kind == "bilateral_meeting")
        # One meeting memo, on the bilateral meeting.
        (memo,) = principal.memos(book)
        assert memo.event_id == meeting.id
        for name in principal.MEMO_FIELDS:
            text = getattr(memo, name)
            assert text and all(line.removeprefix("- ").startswith(mark) for line in text.splitlines())
        # Participants by role from the demo's people (both sides, each with a role in the meeting).
        titles = {role_es if lang == "es" else role_en for _side, role_en, role_es, _org in DEMO_PEOPLE}
        assert len(memo.participants) == 4 and {p.side for p in memo.participants} == {"us", "mexico"}
        assert all(p.title in titles and readiness.unnamed(p.name) and p.role for p in memo.participants)
        # The meeting's agenda items, linked in its order, and a linked deliverable.
        assert [a.agenda_item_id for a in memo.agenda] == list(meeting.agenda_items)
        assert 2 <= len(memo.agenda) <= 3
        (deliverable,) = memo.deliverables
        assert (
            "wwc2005-bilateral-mechanisms" in deliverables.deliverable(book, deliverable.deliverable_id).recommendations
        )
        # One scenario, on that meeting, its steps in time order around the start.
        with_steps = [e.id for e in events if principal.scenario(book, e.id)]
        assert with_steps == [meeting.id]
        steps = principal.scenario(book, meeting.id)
        assert 3 <= len(steps) <= 5 and steps[0].offset_minutes < 0
        assert all(s.action.startswith(mark) and s.who for s in steps)
        # One remark, linked to the arrival.
        (remark,) = principal.remarks(book)
        assert remark.event_id == next(e.id for e in events if e.kind == "travel")
        assert remark.text.startswith(mark) and remark.words > 20
        # Nothing in the other language's marker; the people stay roles only.
        texts = [*scene.parts.values(), memo.objectives, memo.they_raise, memo.notes, remark.text]
        texts += [s.action for s in steps]
        assert not any(other in text for text in texts)
        assert all(readiness.unnamed(p.name) for p in people.people(book))
        # Still a calm first day: nothing overdue.
        assert summarize(book.checklist(), today)["overdue"] == 0
    finally:
        book.close()


def test_a_memo_participant_to_be_confirmed_prints_as_a_flag(demo_book, reference):
    from briefingbook.core.packet import build_outline

    (memo,) = principal.memos(demo_book)
    named = memo.participants[1]
    people.update_person(demo_book, named.person_id, name="Alex Example")
    outline = build_outline(demo_book, reference, profile="principal", sections=["events"])
    (entry,) = [e.memo for e in outline.events_in_order if e.memo is not None]
    us = entry.sides[0].people
    assert us[0].name == "Name to be confirmed (Head of delegation)" and us[0].to_be_confirmed
    assert "(name to be confirmed)" not in us[0].name
    assert us[1].name == "Alex Example" and not us[1].to_be_confirmed
    assert us[1].title.startswith("Secretary of State")
    spanish = build_outline(demo_book, reference, profile="principal", sections=["events"], lang="es")
    (entry,) = [e.memo for e in spanish.events_in_order if e.memo is not None]
    assert entry.sides[0].people[0].name == "Nombre por confirmar (Head of delegation)"
