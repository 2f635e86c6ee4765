"""What is not ready before a packet leaves: unwritten fields, unanswered press questions,
unnamed people, overdue checklist items."""

from __future__ import annotations

import datetime as dt

from briefingbook.core import people, press, readiness
from briefingbook.core.book import Book
from briefingbook.core.model import BRIEF_FIELDS


def early(book) -> dt.date:
    """A day before the first checklist item is due (T-60)."""
    return book.summit().date - dt.timedelta(days=61)


def test_demo_book_lists_what_a_new_user_has_not_done(demo_book):
    found = {entry.kind: entry for entry in readiness.check(demo_book, today=early(demo_book))}
    assert set(found) == {"unwritten", "unanswered", "unnamed"}
    empty = sum(1 for item in demo_book.agenda() for name in BRIEF_FIELDS if not getattr(item, name).strip())
    assert found["unwritten"].count == empty > 0
    assert found["unanswered"].count == len(press.questions(demo_book)) == 2 * len(demo_book.agenda())
    assert (
        "26 press questions without an answer or a record status (26 without an answer, 26 without a status; "
        "26 of them demo placeholders)" in str(found["unanswered"])
    )
    assert found["unnamed"].count == len(people.people(demo_book)) == 8
    assert "Head of delegation" in str(found["unnamed"])


def test_each_kind_goes_away_when_done(demo_book):
    for item in demo_book.agenda():
        demo_book.update_agenda_item(item.id, **{name: "Written." for name in BRIEF_FIELDS})
    for q in press.questions(demo_book):
        press.update_question(demo_book, q.id, answer="We will say so.", marking="on_record")
    for person in people.people(demo_book):
        people.update_person(demo_book, person.id, name=f"Person {person.id}")
    assert readiness.check(demo_book, today=early(demo_book)) == []
    # later the early checklist items are overdue
    overdue = readiness.check(demo_book, today=demo_book.summit().date - dt.timedelta(days=20))
    assert [entry.kind for entry in overdue] == ["overdue"] and overdue[0].count > 0
    assert "checklist items overdue (“" in str(overdue[0])


def test_a_placeholder_question_has_no_record_status_until_chosen(demo_book):
    q = press.questions(demo_book)[0]
    assert q.prompt and q.record_status == ""
    chosen = press.update_question(demo_book, q.id, marking="background")
    assert chosen.record_status == "background"


def test_an_answered_question_without_a_record_status_is_not_ready(tmp_path):
    book = Book.create(tmp_path / "b.bbook", title="Summit", date="2027-03-01")
    item = book.add_agenda_item("Water", **{name: "Written." for name in BRIEF_FIELDS})
    q = press.add_question(book, item.id, "Will the treaty change?", "We are talking.")
    (entry,) = readiness.check(book)
    assert entry.kind == "unanswered" and entry.count == 1
    assert "1 press question without an answer or a record status (0 without an answer, 1 without a status" in (
        str(entry)
    )
    assert "first under “Water”" in str(entry)
    press.update_question(book, q.id, marking="background")
    assert readiness.check(book) == []
    press.update_question(book, q.id, answer="")
    assert [(e.kind, e.count) for e in readiness.check(book)] == [("unanswered", 1)]
    book.close()
