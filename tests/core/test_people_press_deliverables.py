"""People (with photos), press guidance, deliverables, schema step 6 and the demo book's content."""

from __future__ import annotations

import struct
import zlib

import pytest

from briefingbook.core import deliverables, migrations, people, press, program
from briefingbook.core.errors import InvalidInputError, NotFoundError


@pytest.fixture
def book(tmp_path, create_book):
    book = create_book(tmp_path / "b.bbook", title="Summit", date="2027-03-01")
    yield book
    book.close()


def png_bytes(width: int = 2, height: int = 3) -> bytes:
    """A real, minimal PNG (made with zlib, no image library)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_step_6_tables_have_uuid_and_timestamps(book):
    conn = book.connection
    for table in (
        "summit_settings",
        "people",
        "program_events",
        "program_event_people",
        "program_event_agenda",
        "press_qa",
        "press_top_lines",
        "deliverables",
        "deliverable_agenda",
        "deliverable_recommendations",
    ):
        columns = {r[1]: r for r in conn.execute(f"PRAGMA table_info({table})")}
        assert {"id", "uuid", "created_at", "updated_at"} <= set(columns), table
        assert columns["id"][2] == "INTEGER" and columns["uuid"][3] == 1, table  # uuid NOT NULL
    assert migrations.user_version(conn) == migrations.CURRENT_VERSION >= 6


def test_people_add_edit_reorder_delete(book):
    a = people.add_person(book, name="Head of delegation (name to be confirmed)", role="Head of delegation")
    b = people.add_person(book, name="Ana Ruiz", side="mexico", title="Undersecretary", pronunciation="AH-nah")
    c = people.add_person(book, name="Third", side="other")
    assert [p.name for p in people.people(book)] == [a.name, "Ana Ruiz", "Third"]
    assert a.label() == a.name  # the role is already in the placeholder name
    assert (
        b.label() == "Ana Ruiz"
        and people.update_person(book, b.id, role="Negotiator").label() == "Ana Ruiz — Negotiator"
    )
    people.move_person(book, c.id, 0)
    assert [p.id for p in people.people(book)] == [c.id, a.id, b.id]
    with pytest.raises(InvalidInputError, match="side"):
        people.update_person(book, b.id, side="canada")
    with pytest.raises(InvalidInputError, match="name"):
        people.add_person(book, name=" ")
    people.remove_person(book, a.id)
    assert [p.position for p in people.people(book)] == [0, 1]
    with pytest.raises(NotFoundError):
        people.person(book, a.id)


def test_photo_is_validated_and_stored_in_the_book(book, tmp_path):
    person = people.add_person(book, name="Ana")
    photo = tmp_path / "ana.png"
    photo.write_bytes(png_bytes())
    assert people.import_photo(book, person.id, photo).photo_type == "image/png"
    assert people.photo(book, person.id) == (png_bytes(), "image/png")
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 100
    assert people.set_photo(book, person.id, jpeg).photo_type == "image/jpeg"
    fake = tmp_path / "notes.png"
    fake.write_text("<svg onload=alert(1)>")
    with pytest.raises(InvalidInputError, match="notes.png is not a PNG or JPEG image"):
        people.import_photo(book, person.id, fake)
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\x00" * people.MAX_PHOTO_BYTES)
    with pytest.raises(InvalidInputError, match="at most 4 MB"):
        people.import_photo(book, person.id, big)
    with pytest.raises(InvalidInputError, match="cannot be read"):
        people.import_photo(book, person.id, tmp_path / "missing.png")
    assert people.photo(book, person.id)[1] == "image/jpeg"  # refused files changed nothing
    assert people.clear_photo(book, person.id).photo_type is None and people.photo(book, person.id) is None


def test_press_questions_and_top_lines(book):
    item = book.add_agenda_item("Migration")
    other = book.add_agenda_item("Trade")
    q1 = press.add_question(book, item.id, "What about visas?", "We are working on it.", "on_record")
    q2 = press.add_question(book, item.id, "Is there a deal?", "", "background")
    q3 = press.add_question(book, item.id, "Remittance tax?", "", "do_not_raise")
    tariffs = press.add_question(book, other.id, "Tariffs?")
    assert tariffs.record_status == tariffs.marking == press.NOT_CHOSEN == ""  # none until one is chosen
    assert [q.id for q in press.questions(book, item.id)] == [q1.id, q2.id, q3.id]
    press.move_question(book, q3.id, 0)
    assert [q.id for q in press.questions(book, item.id)] == [q3.id, q1.id, q2.id]
    changed = press.update_question(book, q2.id, answer="Not yet.", marking="on_record")
    assert (changed.answer, changed.marking, changed.prompt) == ("Not yet.", "on_record", False)
    with pytest.raises(InvalidInputError, match="marking 'off_record' must be one of: on_record, background"):
        press.add_question(book, item.id, "Q", marking="off_record")
    assert press.update_question(book, changed.id, marking="").record_status == ""  # back to "not chosen"
    with pytest.raises(NotFoundError, match="no agenda item 999"):
        press.add_question(book, 999, "Q")
    press.remove_question(book, q1.id)
    assert [q.position for q in press.questions(book, item.id)] == [0, 1]
    assert press.set_top_lines(book, item.id, "- Orderly migration") == "- Orderly migration"
    assert press.set_top_lines(book, item.id, "- Safe migration") == "- Safe migration"
    assert press.all_top_lines(book) == {item.id: "- Safe migration"}
    assert [q.question for q in press.questions(book)] == ["Remittance tax?", "Is there a deal?", "Tariffs?"]
    book.remove_agenda_item(item.id)  # the item's guidance goes with it
    assert [q.question for q in press.questions(book)] == ["Tariffs?"] and press.all_top_lines(book) == {}


def test_deliverables(book, reference):
    item = book.add_agenda_item("Trade", issue_area="trade_facilitation")
    rec = reference.recommendations("trade_facilitation")[0]
    d = deliverables.add_deliverable(
        book, title="Customs agreement", owner="Trade office", agenda_items=[item.id], recommendations=[rec.id]
    )
    e = deliverables.add_deliverable(book, title="Joint statement", kind="joint_statement")
    assert (d.kind, d.status, d.agenda_items, d.recommendations) == ("agreement", "draft", (item.id,), (rec.id,))
    d = deliverables.update_deliverable(book, d.id, status="signed", recommendations=[])
    assert (d.status, d.recommendations, d.agenda_items) == ("signed", (), (item.id,))
    deliverables.move_deliverable(book, e.id, 0)
    assert [x.title for x in deliverables.deliverables(book)] == ["Joint statement", "Customs agreement"]
    with pytest.raises(InvalidInputError, match="status"):
        deliverables.update_deliverable(book, d.id, status="ratified")
    deliverables.remove_deliverable(book, e.id)
    assert [x.id for x in deliverables.deliverables(book)] == [d.id]


def test_demo_book_has_roles_prompts_and_cited_suggestions(demo_book, reference):
    everyone = people.people(demo_book)
    assert len(everyone) >= 6 and {p.side for p in everyone} == {"us", "mexico"}
    for person in everyone:  # roles only: no names, no biographies of real people
        assert person.name.endswith("(name to be confirmed)") and person.bio == "" and person.talking_notes == ""
    assert {"Head of delegation", "Secretary of Foreign Affairs"} <= {p.title for p in everyone} | {
        p.role for p in everyone
    }
    events = program.events(demo_book)
    summit = demo_book.summit().date
    assert {e.day for e in events} == {summit, summit.fromordinal(summit.toordinal() + 1)}
    assert {"travel", "bilateral_meeting", "plenary", "working_lunch", "press_conference", "signing"} <= {
        e.kind for e in events
    }
    covered = {a for e in events for a in e.agenda_items}
    assert covered == {item.id for item in demo_book.agenda()}  # every agenda item has its slot
    assert program.conflicts(events) == {}
    questions = press.questions(demo_book)
    assert len(questions) == 2 * len(demo_book.agenda())
    assert all(q.prompt and q.question.startswith("Prompt:") and q.answer == "" for q in questions)
    suggested = deliverables.deliverables(demo_book)
    known = {r.id for r in reference.recommendations()}
    assert suggested and all(
        d.suggested_by.startswith("Suggested from the 2005 study group — not a position")
        and d.recommendations
        and set(d.recommendations) <= known
        and d.status == "draft"
        for d in suggested
    )
