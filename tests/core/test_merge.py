"""Merging a colleague's copy: two copies of one book edited apart, then brought together."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from briefingbook.core import backups, deliverables, history, merge, people, press, principal, program
from briefingbook.core.book import Book
from briefingbook.core.book_series import store
from briefingbook.core.importers import read_file

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@pytest.fixture
def copies(tmp_path, monkeypatch, create_book):
    """Ana's book with three agenda items and two checklist items, and Beto's copy of it."""
    monkeypatch.setenv("BRIEFINGBOOK_AUTHOR", "Ana")
    path = tmp_path / "ana.bbook"
    with create_book(path, title="Summit", date="2027-03-01") as book:
        book.add_agenda_item("Trade", talking_points="Open the ports faster.", notes="")
        book.add_agenda_item("Energy", talking_points="Grid links.")
        book.add_agenda_item("Border", talking_points="Shared inspections.")
        book.add_checklist_item("Send the brief", -10)
        book.add_checklist_item("Confirm the venue", -5)
        book.save_copy(tmp_path / "beto.bbook")
    return path, tmp_path / "beto.bbook"


def _open(path, author):
    book = Book.open(path)
    book.author = author
    return book


def _item(book, title):
    return next(i for i in book.agenda() if i.title == title)


def _check(book, title):
    return next(i for i in book.checklist() if i.title == title)


def _edit_apart(ana_path, beto_path):
    """The acceptance scenario: different notes, the same note differently, one removes an
    item the other edits, checklist ticks on both sides."""
    with _open(beto_path, "Beto") as beto:
        beto.update_agenda_item(_item(beto, "Energy").id, notes="Beto: ask about the grid treaty.")
        beto.update_agenda_item(_item(beto, "Border").id, talking_points="Beto's inspections line.")
        beto.remove_agenda_item(_item(beto, "Trade").id)
        beto.set_checklist_done(_check(beto, "Confirm the venue").id)
    with _open(ana_path, "Ana") as ana:
        ana.update_agenda_item(_item(ana, "Border").id, talking_points="Ana's inspections line.")
        ana.update_agenda_item(_item(ana, "Trade").id, notes="Ana: customs pilot at Laredo.")
        ana.set_checklist_done(_check(ana, "Send the brief").id)


def _content(path) -> dict:
    """Everything the user wrote, by stable key (integer ids left out)."""
    with Book.open(path, readonly=True, backup=False) as book:
        out = {}
        for table, spec in history.TRACKED.items():
            rows = merge._load(book, spec)
            out[table] = {key: {f: row[f] for f in spec.fields} for key, row in rows.items()}
        out["change_log"] = book.connection.execute("SELECT count(*) FROM change_log").fetchone()[0]
        out["conflicts"] = book.connection.execute("SELECT count(*) FROM merge_conflicts").fetchone()[0]
        return out


def test_copies_edited_apart_merge_to_the_expected_book(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with _open(ana_path, "Ana") as ana:
        plan, result = merge.merge(ana, beto_path)
        conflicts = {(c.kind, c.label, c.field): (c.mine, c.theirs) for c in plan.conflicts}
        assert conflicts == {
            ("field", "Border", "talking_points"): ("Ana's inspections line.", "Beto's inspections line."),
            ("removed_theirs", "Trade", None): ("(edited: notes)", "(removed)"),
        }
        assert result.left_open == 2 and result.resolved == 0 and result.skipped == []
        # One-sided changes applied; each side's own edits kept; conflicts untouched until decided.
        assert _item(ana, "Energy").notes == "Beto: ask about the grid treaty."
        assert _item(ana, "Border").talking_points == "Ana's inspections line."
        assert _item(ana, "Trade").notes == "Ana: customs pilot at Laredo."
        assert _check(ana, "Send the brief").done_at and _check(ana, "Confirm the venue").done_at
        assert [i.title for i in ana.agenda()] == ["Trade", "Energy", "Border"]
        # Nothing is dropped: the open conflicts are kept in the book.
        open_ = merge.open_conflicts(ana)
        assert sorted((o.conflict.label, o.other_file, o.other_author) for o in open_) == [
            ("Border", "beto.bbook", "Beto"),
            ("Trade", "beto.bbook", "Beto"),
        ]
        # Beto's changes are now in Ana's history, under his name.
        beto_changes = history.changes(ana, author="Beto")
        assert {c.label for c in beto_changes} == {"Energy", "Border", "Trade", "Confirm the venue"}
        assert all(c.merged_from == "beto.bbook" for c in beto_changes)
        assert ana.integrity_check() == "ok"


def test_merging_the_same_copy_twice_changes_nothing(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with _open(ana_path, "Ana") as ana:
        merge.merge(ana, beto_path)
    after_first = _content(ana_path)
    with _open(ana_path, "Ana") as ana:
        plan, result = merge.merge(ana, beto_path)
        assert plan.empty
        assert (result.applied, result.resolved, result.left_open, result.imported_changes) == (0, 0, 0, 0)
        assert result.backup is None
    assert _content(ana_path) == after_first


def test_merge_reports_the_same_conflicts_from_either_side(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with Book.open(ana_path, readonly=True) as ana, Book.open(beto_path, readonly=True) as beto:
        ana_view = merge.plan(ana, beto)
        beto_view = merge.plan(beto, ana)
    assert sorted(c.key for c in ana_view.conflicts) == sorted(c.key for c in beto_view.conflicts)
    mirrored = {c.key: c.mirrored() for c in ana_view.conflicts}
    for conflict in beto_view.conflicts:
        expected = mirrored[conflict.key]
        assert (conflict.kind, conflict.mine, conflict.theirs) == (expected.kind, expected.mine, expected.theirs)
    # Each side brings in exactly what the other did alone.
    assert {(s.label, s.field) for s in ana_view.steps} == {("Energy", "notes"), ("Confirm the venue", "done_at")}
    assert {(s.label, s.field) for s in beto_view.steps} == {("Send the brief", "done_at")}


def test_decisions_travel_back_and_the_copies_converge(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with _open(ana_path, "Ana") as ana:
        plan = merge.merge(ana, beto_path, prefer="theirs")[0]
        assert len(plan.conflicts) == 2
        assert merge.open_conflicts(ana) == []
        assert _item(ana, "Border").talking_points == "Beto's inspections line."
        assert "Trade" not in [i.title for i in ana.agenda()]
    with _open(beto_path, "Beto") as beto:
        plan, result = merge.merge(beto, ana_path)
        assert plan.conflicts == [] and result.left_open == 0
    ana_content, beto_content = _content(ana_path), _content(beto_path)
    for table in history.TRACKED:
        assert ana_content[table] == beto_content[table], table


def test_keeping_mine_travels_back_too(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with _open(ana_path, "Ana") as ana:
        merge.merge(ana, beto_path, prefer="mine")
        assert _item(ana, "Trade").notes == "Ana: customs pilot at Laredo."
    with _open(beto_path, "Beto") as beto:
        plan, _ = merge.merge(beto, ana_path)
        assert plan.conflicts == []
        # Ana kept the item Beto removed: it comes back to Beto with her notes.
        assert _item(beto, "Trade").notes == "Ana: customs pilot at Laredo."
        assert _item(beto, "Border").talking_points == "Ana's inspections line."


def test_the_same_item_ticked_on_both_sides_is_done_not_a_conflict(copies):
    ana_path, beto_path = copies
    with _open(beto_path, "Beto") as beto:
        beto.set_checklist_done(_check(beto, "Send the brief").id, when=dt.datetime(2027, 2, 2, 9, tzinfo=dt.UTC))
    with _open(ana_path, "Ana") as ana:
        ana.set_checklist_done(_check(ana, "Send the brief").id, when=dt.datetime(2027, 2, 4, 9, tzinfo=dt.UTC))
        plan, _ = merge.merge(ana, beto_path)
        assert plan.conflicts == []
        assert _check(ana, "Send the brief").done_at == "2027-02-02T09:00:00+00:00"  # the first tick stands
    with _open(beto_path, "Beto") as beto:
        plan, _ = merge.merge(beto, ana_path)
        assert plan.conflicts == [] and _check(beto, "Send the brief").done_at == "2027-02-02T09:00:00+00:00"


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_both_reordering_the_agenda_is_one_decision(copies, choice):
    ana_path, beto_path = copies
    with _open(beto_path, "Beto") as beto:
        beto.move_agenda_item(_item(beto, "Border").id, 0)  # Border, Trade, Energy
    with _open(ana_path, "Ana") as ana:
        ana.add_agenda_item("Health")
        ana.move_agenda_item(_item(ana, "Energy").id, 0)  # Energy, Trade, Border, Health
        plan, _ = merge.merge(ana, beto_path, prefer=choice)
        assert [(c.kind, c.field) for c in plan.conflicts] == [("order", "position")]
        [order] = plan.conflicts
        assert (order.mine, order.theirs) == ("Energy / Trade / Border / Health", "Border / Trade / Energy")
        assert not [s for s in plan.steps if s.field == "position"]  # no half of their order applied
        expected = (
            ["Energy", "Trade", "Border", "Health"] if choice == "mine" else ["Border", "Trade", "Energy", "Health"]
        )
        assert [i.title for i in ana.agenda()] == expected
    with _open(beto_path, "Beto") as beto:  # the decision travels back
        plan, _ = merge.merge(beto, ana_path)
        assert plan.conflicts == []
        assert [i.title for i in beto.agenda()] == expected


def test_a_conflict_in_the_other_language_brief_is_named_by_its_item(copies):
    from briefingbook.core import bilingual

    ana_path, beto_path = copies
    for path, author in ((beto_path, "Beto"), (ana_path, "Ana")):
        with _open(path, author) as book:
            bilingual.set_texts(book, _item(book, "Energy").id, "es", talking_points=f"Interconexión ({author})")
    with _open(ana_path, "Ana") as ana:
        plan, _ = merge.merge(ana, beto_path)
        [conflict] = plan.conflicts
        assert (conflict.entity, conflict.label, conflict.field) == ("agenda_item_versions", "Energy", "text")
        assert (conflict.mine, conflict.theirs) == ("Interconexión (Ana)", "Interconexión (Beto)")


def test_open_conflicts_are_settled_later(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with _open(ana_path, "Ana") as ana:
        merge.merge(ana, beto_path)
        by_label = {o.conflict.label: o for o in merge.open_conflicts(ana)}
        merge.resolve(ana, by_label["Border"].id, "theirs")
        assert _item(ana, "Border").talking_points == "Beto's inspections line."
        merge.resolve(ana, by_label["Trade"].id, "theirs")
        assert "Trade" not in [i.title for i in ana.agenda()]
        assert merge.open_conflicts(ana) == []
        with pytest.raises(Exception, match="no open conflict"):
            merge.resolve(ana, by_label["Trade"].id, "mine")
        # The decisions are Ana's changes, in her history.
        decided = history.changes(ana, author="Ana", limit=3)
        assert {(c.label, c.action) for c in decided} >= {("Border", "update"), ("Trade", "delete")}


def test_removed_item_restored_with_what_belongs_to_it(copies):
    ana_path, beto_path = copies
    with _open(beto_path, "Beto") as beto:
        trade = _item(beto, "Trade")
        press.add_question(beto, trade.id, "Will tariffs rise?", "No decision has been taken.")
    with _open(ana_path, "Ana") as ana:
        ana.remove_agenda_item(_item(ana, "Trade").id)
    with _open(ana_path, "Ana") as ana:
        plan = merge.merge(ana, beto_path, choices={})[0]
        assert [(c.kind, c.label) for c in plan.conflicts] == [("removed_mine", "Trade")]
        assert plan.steps == []  # the Q&A is not added on its own to an item that is not there
        [open_] = merge.open_conflicts(ana)
        merge.resolve(ana, open_.id, "theirs")
        restored = _item(ana, "Trade")
        assert restored.talking_points == "Open the ports faster."
        assert [q.question for q in press.questions(ana, restored.id)] == ["Will tariffs rise?"]


def test_rows_added_on_both_sides_all_arrive(copies):
    ana_path, beto_path = copies
    with _open(beto_path, "Beto") as beto:
        beto.add_agenda_item("Health")
        person = people.add_person(beto, name="Marcela Ruiz", side="mexico")
        people.set_photo(beto, person.id, PNG)
    with _open(ana_path, "Ana") as ana:
        ana.add_agenda_item("Education")
        plan, result = merge.merge(ana, beto_path)
        assert plan.conflicts == []
        order = [i.title for i in ana.agenda()]
        assert order[:3] == ["Trade", "Energy", "Border"] and set(order[3:]) == {"Education", "Health"}
        assert len({i.position for i in ana.agenda()}) == 5  # ties numbered again
        [person] = people.people(ana)
        assert person.name == "Marcela Ruiz"
        assert people.photo(ana, person.id) == (PNG, "image/png")
    with _open(beto_path, "Beto") as beto:  # the other copy ends in the same order
        merge.merge(beto, ana_path)
        assert [i.title for i in beto.agenda()] == order


def _meeting(book):
    return next(e for e in program.events(book) if e.title == "Bilateral")


def test_the_principals_book_merges_with_its_links(copies):
    """A memo, its participants, agenda items and deliverables, a scenario and remarks written
    in one copy arrive in the other linked to the same rows (issue 21)."""
    ana_path, beto_path = copies
    with _open(ana_path, "Ana") as ana:  # both copies share the event, the person and the deliverable
        minister = people.add_person(ana, name="Foreign Minister", side="mexico")
        program.add_event(
            ana,
            day="2027-03-01",
            start_time="10:00",
            title="Bilateral",
            kind="bilateral_meeting",
            participants=(minister.id,),
        )
        deliverables.add_deliverable(ana, title="Joint statement")
        ana.save_copy(beto_path, overwrite=True)
    with _open(beto_path, "Beto") as beto:
        event = _meeting(beto)
        principal.add_memo(beto, event.id, objectives="Agree a work plan.")
        principal.set_memo_participants(beto, event.id, [(people.people(beto)[0].id, "Host")])
        principal.set_memo_agenda(beto, event.id, [_item(beto, "Border").id, _item(beto, "Trade").id])
        principal.set_memo_deliverables(beto, event.id, [deliverables.deliverables(beto)[0].id])
        principal.add_step(beto, event.id, "Motorcade arrives", at="09:50")
        principal.add_remark(beto, "Toast", "Secretary", "To friendship.", event_id=event.id)
        principal.set_scene_setter(beto, context="First visit in two years.")
    with _open(ana_path, "Ana") as ana:
        ana.update_agenda_item(_item(ana, "Border").id, talking_points="Ana's inspections line.")
        plan, result = merge.merge(ana, beto_path)
        assert plan.conflicts == [] and result.skipped == []
        event = _meeting(ana)
        memo = principal.memo(ana, event.id)
        assert memo.objectives == "Agree a work plan."
        assert [(p.name, p.role) for p in memo.participants] == [("Foreign Minister", "Host")]
        # Linked to Ana's rows, so the memo carries her new points to make.
        assert [(a.title, a.talking_points) for a in memo.agenda] == [
            ("Border", "Ana's inspections line."),
            ("Trade", "Open the ports faster."),
        ]
        assert [d.title for d in memo.deliverables] == ["Joint statement"]
        assert [(s.time_text, s.action) for s in principal.scenario(ana, event.id)] == [("09:50", "Motorcade arrives")]
        assert [(r.occasion, r.event_id) for r in principal.remarks(ana)] == [("Toast", event.id)]
        assert principal.scene_setter(ana).parts["context"] == "First visit in two years."
    with _open(beto_path, "Beto") as beto:  # and back: the copies agree
        merge.merge(beto, ana_path)
        assert [a.talking_points for a in principal.memo(beto, _meeting(beto).id).agenda][
            0
        ] == "Ana's inspections line."


def test_an_item_removed_while_a_memo_linked_it_comes_back_with_the_link(copies):
    ana_path, beto_path = copies
    with _open(ana_path, "Ana") as ana:
        event = program.add_event(
            ana, day="2027-03-01", start_time="10:00", title="Bilateral", kind="bilateral_meeting"
        )
        principal.add_memo(ana, event.id)
        ana.save_copy(beto_path, overwrite=True)
    with _open(beto_path, "Beto") as beto:
        principal.set_memo_agenda(beto, _meeting(beto).id, [_item(beto, "Energy").id])
    with _open(ana_path, "Ana") as ana:
        ana.remove_agenda_item(_item(ana, "Energy").id)
        plan, _ = merge.merge(ana, beto_path)
        assert [(c.kind, c.label) for c in plan.conflicts] == [("removed_mine", "Energy")]
        assert principal.memo(ana, _meeting(ana).id).agenda == ()  # not linked to an item that is not there
        [open_] = merge.open_conflicts(ana)
        merge.resolve(ana, open_.id, "theirs")
        assert [a.title for a in principal.memo(ana, _meeting(ana).id).agenda] == ["Energy"]


def test_imported_series_vintages_merge_without_loss(copies, tmp_path):
    ana_path, beto_path = copies
    csv_a = tmp_path / "a.csv"
    csv_a.write_text("year,country,value\n2020,MEX,1\n2021,MEX,2\n", encoding="utf-8")
    csv_b = tmp_path / "b.csv"
    csv_b.write_text("year,country,value\n2020,MEX,1\n2021,MEX,3\n", encoding="utf-8")
    with _open(ana_path, "Ana") as ana:
        store(ana, read_file(csv_a), name="Test series", unit="units", source="test file a")
    with _open(beto_path, "Beto") as beto:
        store(beto, read_file(csv_b), name="Test series", unit="units", source="test file b")
    with _open(ana_path, "Ana") as ana:
        plan, result = merge.merge(ana, beto_path)
        from briefingbook.core.book_series import observations, vintages

        assert [v.file_name for v in vintages(ana, "test_series")] == ["a.csv", "b.csv"]
        assert [o.value for o in observations(ana, "test_series")] == [1, 3]
        assert [o.value for o in observations(ana, "test_series", 1)] == [1, 2]
        # Both sides created the series with a different source: that is a conflict, not a guess.
        assert [(c.entity, c.field) for c in plan.conflicts] == [("book_series", "source")]


def test_a_different_book_is_refused(copies, tmp_path):
    ana_path, _ = copies
    other = tmp_path / "other.bbook"
    Book.create(other, title="Another summit", date="2027-03-01").close()
    before = _content(ana_path)
    with _open(ana_path, "Ana") as ana:
        with pytest.raises(merge.MergeError, match="not a copy of ana.bbook"):
            merge.merge(ana, other)
        with pytest.raises(merge.MergeError, match="this book itself"):
            merge.merge(ana, ana_path)
    assert _content(ana_path) == before


def test_the_book_is_backed_up_before_a_merge(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    with _open(ana_path, "Ana") as ana:
        before = _item(ana, "Energy").notes
        _, result = merge.merge(ana, beto_path)
        assert result.backup is not None and result.backup.reason == "merge"
    with Book.open(result.backup.path, readonly=True, backup=False) as copy:
        assert _item(copy, "Energy").notes == before == ""
    assert any(b.reason == "merge" for b in backups.list_backups(ana_path))


def test_a_copy_for_a_colleague_can_be_encrypted_and_merged_back(copies, tmp_path, fast_kdf):
    ana_path, _ = copies
    sealed = tmp_path / "for-carla.bbook"
    with _open(ana_path, "Ana") as ana:
        merge.save_copy_for_colleague(ana, sealed, passphrase="carla's own passphrase")
        book_uuid = ana.uuid
    with Book.open(sealed, passphrase="carla's own passphrase") as carla:
        assert carla.encrypted and carla.uuid == book_uuid
        carla.author = "Carla"
        carla.update_agenda_item(_item(carla, "Energy").id, status="ready")
    with _open(ana_path, "Ana") as ana:
        with pytest.raises(Exception, match="encrypted"):
            merge.merge(ana, sealed)
        merge.merge(ana, sealed, passphrase="carla's own passphrase")
        assert _item(ana, "Energy").status == "ready"


def test_a_failed_merge_changes_nothing(copies, monkeypatch):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    before = _content(ana_path)
    real = merge._apply_step
    calls = []

    def fail_midway(conn, step, skipped):
        calls.append(step)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as a user's Ctrl+C in the CLI would
        real(conn, step, skipped)

    monkeypatch.setattr(merge, "_apply_step", fail_midway)
    with _open(ana_path, "Ana") as ana:
        with pytest.raises(KeyboardInterrupt):
            merge.merge(ana, beto_path)
        assert ana.integrity_check() == "ok"
    assert len(calls) == 2
    assert _content(ana_path) == before


KILLED_MERGE = textwrap.dedent("""
    import sys, time
    from briefingbook.core import merge
    from briefingbook.core.book import Book

    real = merge._apply_step
    done = []

    def slow(conn, step, skipped):
        real(conn, step, skipped)
        done.append(step)
        if len(done) == 1:
            print("inside", flush=True)   # one step written, the transaction still open
            time.sleep(60)

    merge._apply_step = slow
    book = Book.open(sys.argv[1])
    merge.merge(book, sys.argv[2])
    print("finished", flush=True)
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_killed_merge_leaves_the_book_unchanged_and_sound(copies):
    ana_path, beto_path = copies
    _edit_apart(ana_path, beto_path)
    before = _content(ana_path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_MERGE, str(ana_path), str(beto_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert child.stdout.readline().strip() == "inside"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
    time.sleep(0.1)
    with _open(ana_path, "Ana") as ana:  # takes over the dead process's lock
        assert not ana.readonly
        assert ana.integrity_check() == "ok"
    assert _content(ana_path) == before
    with _open(ana_path, "Ana") as ana:  # and the merge can simply be run again
        _, result = merge.merge(ana, beto_path)
        assert result.applied == 2 and result.left_open == 2
