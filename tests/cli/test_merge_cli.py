"""The CLI for history, merging a colleague's copy, open conflicts and copies for colleagues."""

from __future__ import annotations

import pytest

from briefingbook.cli import EXIT_CONFLICTS, main
from briefingbook.core.book import Book


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_copies(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BRIEFINGBOOK_AUTHOR", "Ana")
    mine, theirs = tmp_path / "mine.bbook", tmp_path / "theirs.bbook"
    assert run(capsys, "new", str(mine), "--title", "Summit", "--date", "2027-03-01")[0] == 0
    with Book.open(mine) as book:
        book.add_agenda_item("Trade", talking_points="Ports.")
        book.add_agenda_item("Energy")
    assert run(capsys, "copy", str(mine), str(theirs))[0] == 0
    with Book.open(theirs) as book:
        book.author = "Beto"
        trade, energy = book.agenda()
        book.update_agenda_item(trade.id, talking_points="Beto's ports line.")
        book.update_agenda_item(energy.id, status="ready")
    with Book.open(mine) as book:
        trade, _ = book.agenda()
        book.update_agenda_item(trade.id, talking_points="Ana's ports line.")
    return mine, theirs


def _agenda(path):
    with Book.open(path, readonly=True) as book:
        return {i.title: (i.talking_points, i.status) for i in book.agenda()}


def test_merge_lists_conflicts_and_leaves_them_open(two_copies, capsys):
    mine, theirs = two_copies
    code, out, err = run(capsys, "merge", str(mine), str(theirs), "--dry-run")
    assert code == 0 and "nothing was changed" in out
    assert _agenda(mine)["Energy"][1] == "not_started"
    code, out, err = run(capsys, "merge", str(mine), str(theirs))
    assert code == EXIT_CONFLICTS, err
    assert "conflict 1: agenda_items 'Trade' talking_points" in out
    assert "mine    Ana's ports line." in out and "theirs  Beto's ports line." in out
    assert "1 change applied" in out and "1 left open" in out and "backup:" in out
    assert _agenda(mine) == {"Trade": ("Ana's ports line.", "not_started"), "Energy": ("", "ready")}
    code, out, _ = run(capsys, "conflicts", str(mine))
    assert code == 0 and "Beto's ports line." in out and "from theirs.bbook" in out and "Beto" in out
    number = out.split(":")[0].split()[-1]
    assert run(capsys, "conflicts", str(mine), "--resolve", number, "theirs")[0] == 0
    assert _agenda(mine)["Trade"][0] == "Beto's ports line."
    code, out, _ = run(capsys, "conflicts", str(mine))
    assert out.strip() == "no open conflicts"
    code, out, _ = run(capsys, "merge", str(mine), str(theirs))
    assert code == 0 and out.startswith("nothing to merge")


def test_merge_prefer_settles_every_conflict(two_copies, capsys):
    mine, theirs = two_copies
    code, out, _ = run(capsys, "merge", str(mine), str(theirs), "--prefer", "theirs")
    assert code == 0 and "1 conflict settled (theirs), 0 left open" in out
    assert _agenda(mine)["Trade"][0] == "Beto's ports line."
    code, out, _ = run(capsys, "merge", str(theirs), str(mine), "--prefer", "mine")
    assert code == 0
    assert _agenda(theirs) == _agenda(mine)


def test_merge_refuses_another_book(two_copies, capsys, tmp_path):
    mine, _ = two_copies
    other = tmp_path / "other.bbook"
    run(capsys, "new", str(other), "--title", "Other", "--date", "2027-03-01")
    code, out, err = run(capsys, "merge", str(mine), str(other))
    assert code == 1 and "not a copy of mine.bbook" in err and "Nothing was changed" in err


def test_history_lists_changes_with_authors(two_copies, capsys):
    mine, theirs = two_copies
    code, out, _ = run(capsys, "history", str(theirs), "--author", "Beto")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(f[1], f[2], f[3], f[4]) for f in lines] == [
        ("Beto", "agenda_items", "Energy", "status: not_started → ready"),
        ("Beto", "agenda_items", "Trade", "talking_points: Ports. → Beto's ports line."),
    ]
    code, out, _ = run(capsys, "history", str(mine), "--grep", "Energy", "--oldest-first")
    assert code == 0 and out.splitlines()[0].split("\t")[4] == "added"


def test_copy_for_a_colleague_encrypted(two_copies, capsys, tmp_path, monkeypatch, fast_kdf):
    mine, _ = two_copies
    sealed = tmp_path / "sealed.bbook"
    monkeypatch.setenv("BRIEFINGBOOK_NEW_PASSPHRASE", "a passphrase of its own")
    code, out, _ = run(capsys, "copy", str(mine), str(sealed), "--encrypt")
    assert code == 0 and "(encrypted)" in out
    with Book.open(sealed, passphrase="a passphrase of its own") as copy, Book.open(mine, readonly=True) as book:
        assert copy.encrypted and copy.uuid == book.uuid
        copy.update_agenda_item(copy.agenda()[1].id, status="done")
    monkeypatch.setenv("BRIEFINGBOOK_OTHER_PASSPHRASE", "a passphrase of its own")
    code, out, err = run(capsys, "merge", str(mine), str(sealed), "--prefer", "mine")
    assert code == 0, err
    assert _agenda(mine)["Energy"][1] == "done"
