"""The command line, in process (fast) and as a subprocess (end to end)."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefingbook import __version__
from briefingbook.cli import main

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources" / "indicators"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _counts(text):
    return {k.strip(): int(v) for k, v in (line.split(":", 1) for line in text.strip().splitlines())}


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefingbook {__version__}"


def test_new_demo_check_info(capsys, tmp_path, reference):
    book = tmp_path / "x.bbook"
    code, out, _ = run(capsys, "new", str(book), "--title", "Cumbre", "--date", "2027-03-01", "--demo")
    assert code == 0 and book.exists()
    code, out, err = run(capsys, "check", str(book))
    assert code == 0, err
    code, out, _ = run(capsys, "info", "--book", str(book))
    counts = _counts(out)
    assert counts["agenda"] == counts["issues"] == len(reference.issue_areas())
    assert counts["checklist"] >= 15
    assert counts["recommendations"] >= 30 and counts["issues"] >= 13
    assert counts["series"] == 23 and counts["events"] >= 8


def test_new_without_demo_is_empty(capsys, tmp_path):
    book = tmp_path / "plain.bbook"
    assert run(capsys, "new", str(book), "--title", "T", "--date", "2027-03-01", "--lang", "es")[0] == 0
    counts = _counts(run(capsys, "info", "--book", str(book))[1])
    assert counts["agenda"] == 0 and counts["checklist"] == 0


def test_series_list_has_every_slug_first(capsys):
    code, out, _ = run(capsys, "series")
    slugs = [line.split("\t")[0] for line in out.strip().splitlines()]
    assert set(p.stem for p in SOURCES.glob("*.csv")) <= set(slugs)
    assert {"development_gap", "us_goods_trade_balance_mexico", "us_goods_trade_total_mexico"} <= set(slugs)


@pytest.mark.parametrize("slug", sorted(p.stem for p in SOURCES.glob("*.csv")))
def test_series_csv_equals_the_data_files(capsys, slug):
    code, out, _ = run(capsys, "series", slug)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["period", "country", "value"]
    with (SOURCES / f"{slug}.csv").open(encoding="utf-8", newline="") as handle:
        expected = sorted(tuple(r) for r in list(csv.reader(handle))[1:])
    assert sorted(tuple(r) for r in rows[1:]) == expected


@pytest.mark.parametrize("query", ["frontera", "migración", "migracion"])
def test_search_finds_migration_and_border(capsys, query):
    code, out, _ = run(capsys, "search", query, "--limit", "50")
    assert code == 0
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert all(len(parts) == 3 for parts in lines)
    ids = {(kind, ident) for kind, ident, _ in lines}
    assert ("issue", "migration") in ids or ("issue", "debordering_border") in ids


def _one_line_error(code, out, err):
    assert code != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_errors_are_one_line(capsys, tmp_path):
    junk = tmp_path / "junk.bbook"
    junk.write_bytes(os.urandom(2048))
    assert "not an SQLite database" in _one_line_error(*run(capsys, "check", str(junk)))
    assert "no such book" in _one_line_error(*run(capsys, "info", "--book", str(tmp_path / "none.bbook")))
    assert "YYYY-MM-DD" in _one_line_error(
        *run(capsys, "new", str(tmp_path / "n.bbook"), "--title", "T", "--date", "1 March")
    )
    assert "no series" in _one_line_error(*run(capsys, "series", "no_such_series"))
    with pytest.raises(SystemExit) as exit_:
        main(["new", str(tmp_path / "y.bbook")])
    assert exit_.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_check_refuses_newer_book(capsys, tmp_path):
    book = tmp_path / "f.bbook"
    run(capsys, "new", str(book), "--title", "T", "--date", "2027-03-01")
    conn = sqlite3.connect(book)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = book.read_bytes()
    message = _one_line_error(*run(capsys, "check", str(book)))
    assert "newer BriefingBook" in message
    assert book.read_bytes() == before


NO_NETWORK = (
    "import sys\n"
    "def hook(event, args):\n"
    "    if event in ('socket.connect', 'socket.getaddrinfo', 'socket.bind'):\n"
    "        raise SystemExit('network used: %s %r' % (event, args))\n"
    "sys.addaudithook(hook)\n"
    "from briefingbook.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.slow
def test_end_to_end_subprocess_uses_no_network(tmp_path):
    env = {**os.environ, "BRIEFINGBOOK_HOME": str(tmp_path / "home")}
    book = tmp_path / "e2e.bbook"
    commands = [
        ["new", str(book), "--title", "Cumbre", "--date", "2027-03-01", "--demo"],
        ["check", str(book)],
        ["info", "--book", str(book)],
        ["search", "frontera", "--book", str(book)],
        ["series", "us_goods_trade_mexico"],
    ]
    for args in commands:
        result = subprocess.run(
            [sys.executable, "-c", NO_NETWORK, *args], capture_output=True, text=True, env=env, cwd=tmp_path
        )
        assert result.returncode == 0, (args, result.stderr)
        assert result.stderr == ""
    module = subprocess.run(
        [sys.executable, "-m", "briefingbook", "--version"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert module.stdout.strip() == f"briefingbook {__version__}"


def test_calendar_command(tmp_path, capsys):
    import icalendar

    from briefingbook.cli import main

    book = tmp_path / "demo.bbook"
    assert main(["new", str(book), "--title", "Cumbre", "--date", "2027-03-01", "--demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "summit.ics"
    assert main(["calendar", str(book), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}: 8 program events, 36 checklist dates"
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(cal.walk("VEVENT")) == 44 and cal.walk("VTIMEZONE")[0]["tzid"] == "America/Mexico_City"
    assert main(["calendar", str(book), "-o", str(tmp_path / "summit.txt")]) == 1
    assert capsys.readouterr().err.strip() == "briefingbook: error: summit.txt: a calendar file name must end with .ics"
    assert main(["calendar", str(tmp_path / "nope.bbook"), "-o", str(out)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [["BOOK.bbook"], ["--no-crash-dialog", "BOOK.bbook"], ["--no-crash-dialog", "--benchmark-startup", "BOOK.bbook"]],
)
def test_a_book_opens_in_the_window_with_options_before_it(monkeypatch, argv):
    from briefingbook import cli

    seen = {}

    def fake_gui(args):
        seen.update(book=args.book_file, crash_dialog=not args.no_crash_dialog)
        return 0

    monkeypatch.setattr(cli, "cmd_gui", fake_gui)
    assert cli.main(argv) == 0
    assert seen == {"book": "BOOK.bbook", "crash_dialog": "--no-crash-dialog" not in argv}


def test_summit_command_changes_details_and_moves_the_program(tmp_path, capsys):
    from briefingbook.core import program
    from briefingbook.core.book import Book

    path = tmp_path / "s.bbook"
    assert run(capsys, "new", str(path), "--title", "Cumbre", "--date", "2027-01-18", "--demo")[0] == 0
    code, out, err = run(
        capsys, "summit", str(path), "--date", "2027-02-15", "--place", "Monterrey", "--marking", "UNCLASSIFIED"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert "date: 2027-02-15" in lines and "place: Monterrey" in lines and "marking: UNCLASSIFIED" in lines
    assert "title: Cumbre" in lines and "program: moved by +28 days" in lines and err == ""
    with Book.open(path, readonly=True) as book:
        assert min(e.day.isoformat() for e in program.events(book)) == "2027-02-15"
    # --keep-program leaves the events where they are and warns on stderr.
    code, out, err = run(capsys, "summit", str(path), "--date", "2027-03-15", "--keep-program")
    assert code == 0 and "program: kept its dates" in out.splitlines()
    assert err.startswith("briefingbook: warning: 8 program events fall outside the summit's dates")
    # No option: prints the details, changes nothing; a bad date is one line and exit 1.
    code, out, _ = run(capsys, "summit", str(path))
    assert code == 0 and "date: 2027-03-15" in out.splitlines()
    code, out, err = run(capsys, "summit", str(path), "--date", "15/03/2027")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "15/03/2027" in err


def test_new_never_asks_for_a_marking_and_refuses_draft(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a prompt would read this and fail
    path = tmp_path / "m.bbook"
    code, out, err = run(capsys, "new", str(path), "--title", "T", "--date", "2027-01-18")
    assert code == 0 and err == ""
    code, out, _ = run(capsys, "summit", str(path))
    assert "marking: " in out.splitlines()
    code, out, err = run(
        capsys, "new", str(tmp_path / "d.bbook"), "--title", "T", "--date", "2027-01-18", "--marking", "DRAFT"
    )
    assert code == 1 and "not a handling marking" in err and len(err.strip().splitlines()) == 1


def test_principal_command_prints_the_book_in_the_principals_order(tmp_path, capsys):
    from briefingbook.core import deliverables, people, principal, program
    from briefingbook.core.book import Book

    path = tmp_path / "p.bbook"
    with Book.create(path, title="Cumbre", date="2027-03-15") as book:
        minister = people.add_person(book, name="Foreign Minister", side="mexico", role="Host")
        energy = book.add_agenda_item("Energy", talking_points="Grid links first.", press_line="Working together.")
        statement = deliverables.add_deliverable(book, title="Joint statement")
        lunch = program.add_event(
            book, day="2027-03-15", start_time="13:00", title="Working lunch", kind="working_lunch"
        )
        talks = program.add_event(
            book,
            day="2027-03-15",
            start_time="10:00",
            title="Bilateral",
            kind="bilateral_meeting",
            place="Palacio Nacional",
            participants=(minister.id,),
        )
        principal.set_scene_setter(book, context="First visit in two years.", sensitivities="Water.")
        principal.add_memo(book, talks.id, objectives="Agree a work plan.", they_raise="Visas.")
        principal.set_memo_agenda(book, talks.id, [energy.id])
        principal.set_memo_deliverables(book, talks.id, [statement.id])
        principal.add_step(book, talks.id, "Motorcade arrives", "Protocol", at="09:50")
        principal.add_remark(book, "Toast", "Secretary", " ".join(["word"] * 130), event_id=lunch.id)
        principal.add_remark(book, "Departure statement", "", "Thank you.")
    code, out, err = run(capsys, "principal", str(path))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Scene-setter (6 words, 1 min to read at 200 words a minute)"
    assert lines[1:5] == ["  Context:", "    First visit in two years.", "  Sensitivities:", "    Water."]
    # Events in time order, each with its scenario, memo and remarks under it.
    order = [line for line in lines if line.startswith("2027-")]
    assert order == ["2027-03-15 10:00  Bilateral — Palacio Nacional", "2027-03-15 13:00  Working lunch"]
    talks_block = lines[lines.index(order[0]) : lines.index(order[1])]
    assert "    09:50  Motorcade arrives (Protocol)" in talks_block
    assert "    Participants: Foreign Minister (Host)" in talks_block
    at = talks_block.index("      1. Energy")
    assert talks_block[at + 1 : at + 5] == [
        "         Points to make:",
        "           Grid links first.",
        "         Press line:",
        "           Working together.",
    ]
    assert "    Deliverables to announce: Joint statement (draft)" in talks_block
    assert "  Remarks: Toast — Secretary (130 words, 1:00 spoken at 130 words a minute)" in lines
    assert lines[-3:] == [
        "Remarks not linked to an event:",
        "  Remarks: Departure statement (2 words, 0:01 spoken at 130 words a minute)",
        "      Thank you.",
    ]
    assert main(["principal", str(tmp_path / "nope.bbook")]) == 1


@pytest.mark.slow
def test_export_lists_what_is_not_ready_and_strict_refuses(capsys, tmp_path):
    book = tmp_path / "demo.bbook"
    assert run(capsys, "new", str(book), "--title", "Cumbre", "--date", "2099-03-01", "--demo")[0] == 0
    out = tmp_path / "strict.html"
    code, _, err = run(capsys, "export", str(book), "-o", str(out), "--strict")
    lines = err.strip().splitlines()
    assert code == 1 and not out.exists()
    assert [line.split(":")[1].strip() for line in lines[:-1]] == ["not ready"] * 3
    assert "press questions without an answer" in err and "people without a name" in err
    assert "brief fields not yet written" in err
    assert lines[-1].startswith("briefingbook: ") and "not ready for a packet" in lines[-1] and "--strict" in lines[-1]
    code, stdout, err = run(capsys, "export", str(book), "-o", str(out))  # without --strict: listed, exported
    assert code == 0 and out.exists() and "not ready: " in err and stdout.startswith("exported")
    html = out.read_text(encoding="utf-8")
    assert "Checklist status" not in html and "Open items" not in html  # the principal's book by default
    assert "Not chosen yet" not in html  # unanswered press questions are staff business
    code, _, _ = run(capsys, "export", str(book), "-o", str(tmp_path / "staff.html"), "--profile", "staff")
    staff = (tmp_path / "staff.html").read_text(encoding="utf-8")
    assert "Checklist status" in staff and "Open items" in staff and "Not chosen yet" in staff
    code, _, _ = run(capsys, "export", str(book), "-o", str(tmp_path / "staff.html"), "--sections", "checklist")
    assert code == 0 and "Checklist status" in (tmp_path / "staff.html").read_text(encoding="utf-8")


def test_strict_export_of_a_ready_book(capsys, tmp_path):
    book = tmp_path / "empty.bbook"
    assert run(capsys, "new", str(book), "--title", "T", "--date", "2099-03-01")[0] == 0
    code, out, err = run(capsys, "export", str(book), "-o", str(tmp_path / "p.html"), "--strict")
    assert code == 0 and "not ready" not in err and out.startswith("exported")


def test_search_finds_the_principals_book(tmp_path, capsys, reference):
    from briefingbook.core import principal, program
    from briefingbook.core.book import Book

    path = tmp_path / "p.bbook"
    with Book.create(path, title="Cumbre", date="2027-03-01") as book:
        event = program.add_event(book, day="2027-03-01", start_time="10:00", title="Reunión bilateral", kind="plenary")
        principal.add_memo(book, event.id, objectives="Acordar la cooperación energética")
        remark = principal.add_remark(book, "Declaración de llegada", "Secretaría", "Gracias, México.")
    code, out, _ = run(capsys, "search", "energetica", "--book", str(path))
    assert code == 0 and f"memo\t{event.id}\tReunión bilateral" in out.splitlines()
    code, out, _ = run(capsys, "search", "declaracion mexico", "--book", str(path))
    assert code == 0 and f"remark\t{remark.id}\tDeclaración de llegada" in out.splitlines()
