"""The one entry point: no sub-command opens the window; sub-commands call the core.

Errors the user can fix are one line on stderr and a non-zero exit; anything unexpected is
logged with its traceback to the log folder and reported in one line too.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from briefingbook import __version__
from briefingbook.core.packet_labels import plural

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _reference():
    from briefingbook.core.reference import Reference

    return Reference()


ENV_PASSPHRASE = "BRIEFINGBOOK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "BRIEFINGBOOK_NEW_PASSPHRASE"


def _passphrase(prompt: str, *, env: str = ENV_PASSPHRASE, confirm: bool = False) -> str:
    """A passphrase from ``env`` or typed without echo; never from the command line (it would
    show in the shell history and the process list)."""
    from briefingbook.core.errors import InvalidInputError

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInputError(f"a passphrase is needed: set {env} or run the command in a terminal")
    import getpass

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise InvalidInputError("the two passphrases differ; nothing was changed")
    return first


def _is_encrypted(path: str | Path) -> bool:
    from briefingbook.core.book import sniff

    return sniff(Path(path)) == "encrypted"


def _open_book(path: str | Path, readonly: bool = True, *, may_be_readonly: bool = False):
    """Open a book for a command: asks for the passphrase of an encrypted book, and refuses
    (one line, exit 1) to write a book another window or process is writing (unless
    ``may_be_readonly``: the command then works read-only and says what it could not do)."""
    from briefingbook.core.book import Book
    from briefingbook.core.errors import BookLockedError, BookReadOnlyError
    from briefingbook.core.fsutil import real_path, unwritable_reason

    file = Path(path)
    passphrase = None
    if _is_encrypted(file):
        from briefingbook.core.book import check_encrypted_header

        check_encrypted_header(file)  # damaged is said before a passphrase is asked for
        passphrase = _passphrase(f"Passphrase for {file.name}: ")
    book = Book.open(file, readonly=readonly, passphrase=passphrase)
    if book.readonly and not readonly and not may_be_readonly:
        reason = book.readonly_reason
        book.close()
        why = unwritable_reason(real_path(file))
        if why is not None:  # the file or its place, not another window: closing nothing would help
            raise BookReadOnlyError(f"{why}; nothing was changed")
        raise BookLockedError(f"{reason}; close it there and try again (nothing was changed)")
    return book


def cmd_new(args: argparse.Namespace) -> int:
    from briefingbook.core.book import Book
    from briefingbook.core.checklist import load_template

    marking = args.marking
    if args.demo:
        from briefingbook.core.demo import demo_marking, fill_demo

        if marking is None:  # a demo book says it is one unless another marking is given
            marking = demo_marking(args.lang)
        reference = _reference()
        template = load_template()
        populate = lambda book: fill_demo(book, reference, template)  # noqa: E731
    elif args.checklist:
        template = load_template()
        populate = lambda book: book.apply_checklist_template(template)  # noqa: E731
    else:
        populate = None
    passphrase = _passphrase("New passphrase: ", confirm=True) if args.encrypt else None
    book = Book.create(
        Path(args.book),
        title=args.title,
        date=args.date,
        place=args.place,
        delegation=args.delegation,
        marking=marking or "",
        language=args.lang,
        populate=populate,
        passphrase=passphrase,
    )
    with book:
        counts = book.counts()
    print(f"created {args.book}: {counts['agenda']} agenda items, {counts['checklist']} checklist items")
    return EXIT_OK


def cmd_summit(args: argparse.Namespace) -> int:
    """Change the summit's details (only the options given) and print them all."""
    from briefingbook.core import program

    fields = {
        name: getattr(args, name)
        for name in ("title", "date", "place", "delegation", "marking")
        if getattr(args, name) is not None
    }
    with _open_book(args.book, readonly=not fields) as book:
        before = book.summit().date
        summit = book.update_summit(keep_program=args.keep_program, **fields)
        moved = (summit.date - before).days
        print(f"title: {summit.title}")
        print(f"date: {summit.date.isoformat()}")
        print(f"place: {summit.place}")
        print(f"delegation: {' / '.join(summit.delegation.splitlines())}")
        print(f"marking: {summit.marking}")
        print(f"language: {summit.language}")
        if moved and program.events(book):
            what = "kept its dates" if args.keep_program else f"moved by {moved:+d} days"
            print(f"program: {what}")
        problem = program.date_problem(book)
        if problem:
            print(f"briefingbook: warning: {problem}", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from briefingbook.core import migrations

    with _open_book(args.book) as book:
        result = book.integrity_check()
        if result != "ok":
            print(f"briefingbook: {args.book} is damaged: {result}", file=sys.stderr)
            return EXIT_ERROR
        version = migrations.user_version(book.connection)
        problems = []
        reference = _reference()
        areas = {a.id for a in reference.issue_areas()}
        unknown = sorted({i.issue_area for i in book.agenda() if i.issue_area and i.issue_area not in areas})
        if unknown:
            problems.append(f"agenda refers to unknown issue areas: {', '.join(unknown)}")
        if problems:
            print(f"briefingbook: {args.book}: {'; '.join(problems)}", file=sys.stderr)
            return EXIT_ERROR
    print(f"ok: {args.book} (book format {version}, integrity ok)")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from briefingbook.core.search import search

    reference = _reference()
    book = _open_book(args.book) if args.book else None
    try:
        hits = search(args.query, reference, book, limit=args.limit, lang=args.lang)
    finally:
        if book is not None:
            book.close()
    for hit in hits:
        print(f"{hit.kind}\t{hit.id}\t{hit.title}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from briefingbook.core.checklist import summarize

    counts = _reference().counts()
    lines = {
        name: counts[name]
        for name in (
            "issues",
            "recommendations",
            "outlooks",
            "series",
            "derived_series",
            "observations",
            "events",
            "tables",
            "documents",
        )
    }
    if args.book:
        with _open_book(args.book) as book:
            book_counts = book.counts()
            summary = summarize(book.checklist(), dt.date.today())
            lines.update(
                agenda=book_counts["agenda"],
                checklist=book_counts["checklist"],
                checklist_done=summary["done"],
                checklist_overdue=summary["overdue"],
                recommendation_notes=book_counts["recommendation_notes"],
                days_to_summit=book.summit().days_until(dt.date.today()),
            )
    for name, value in lines.items():
        print(f"{name}: {value}")
    return EXIT_OK


def cmd_series(args: argparse.Namespace) -> int:
    from briefingbook.core import book_series, provenance

    reference = _reference()
    imported = []
    observations = None
    if args.book:
        with _open_book(args.book) as book:  # a bad --book is reported, not ignored
            if args.slug is None:
                imported = book_series.imported_series(book)
            elif book_series.has_series(book, args.slug):
                observations = book_series.observations(book, args.slug, args.vintage)
    if args.vintage is not None and observations is None:
        from briefingbook.core.errors import InvalidInputError

        raise InvalidInputError("--vintage applies to a series imported into the book given with --book")
    if args.slug is None:
        for info in reference.series_list():
            kind = "derived" if provenance.is_derived(info) else "published"
            print(f"{info.slug}\t{info.name(args.lang)}\t{info.unit_label(args.lang)}\t{kind}")
        for info in imported:
            print(f"{info.slug}\t{info.name(args.lang)}\t{info.unit_label(args.lang)}\timported")
        return EXIT_OK
    if observations is None:
        observations = reference.observations(args.slug)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["period", "country", "value"])
    for obs in observations:
        writer.writerow([obs.period, obs.country, obs.value_text])
    return EXIT_OK


def cmd_chart(args: argparse.Namespace) -> int:
    """The charts pane's chart of SLUG[,SLUG…] as PNG, SVG or CSV (issue 17)."""
    from briefingbook.core.book import atomic_write_file
    from briefingbook.core.catalog import SeriesCatalog
    from briefingbook.core.errors import InvalidInputError
    from briefingbook.core.fsutil import document_mode
    from briefingbook.export import charts

    out = Path(args.output)
    kind = out.suffix.lower()
    if kind not in (".png", ".svg", ".csv"):
        raise InvalidInputError(f"{out.name}: a chart file name must end with .png, .svg or .csv")
    slugs = [s.strip() for s in args.slugs.split(",") if s.strip()]
    if not slugs:
        raise InvalidInputError("give one or more series ids, separated by commas (briefingbook series lists them)")
    reference = _reference()
    book = _open_book(args.book) if args.book else None
    try:
        catalog = SeriesCatalog(reference, book)
        specs = charts.build_specs(
            catalog, slugs, args.lang, transform=args.transform, period_from=args.period_from, period_to=args.period_to
        )
    finally:
        if book is not None:
            book.close()
    if kind == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["date", "period", "series", "value"])
        for spec in specs:
            writer.writerows(charts.csv_rows(spec))
        data = buffer.getvalue().encode("utf-8")
        what = f"{sum(len(line.x) for spec in specs for line in spec.series)} points"
    else:
        if len(specs) > 1:
            raise InvalidInputError(
                f"series {', '.join(slugs)} have {len(specs)} different units; a {kind[1:].upper()} "
                f"holds one plot, so chart them one unit at a time"
            )
        spec = specs[0]
        if kind == ".svg":
            data = charts.render_svg(spec, event_key=True)
        else:
            data = charts.render_png(
                spec,
                round(charts.PRINT_WIDTH_CM / 2.54 * 220),
                round(charts.PRINT_HEIGHT_CM / 2.54 * 220),
                event_key=True,
            )
        what = f"{len(spec.series)} series"
    try:
        atomic_write_file(out, data, document_mode())
    except OSError as exc:
        raise InvalidInputError(f"{out}: could not be written ({exc.strerror or exc})") from exc
    print(f"wrote {out}: {what}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from briefingbook.core.packet import parse_sections
    from briefingbook.export import export_packet, format_from_path

    out = Path(args.output)
    format_from_path(out, args.format)  # a bad format, extension or section is reported before any work
    parse_sections(args.sections, args.profile)
    reference = _reference()
    with _open_book(args.book, readonly=False, may_be_readonly=True) as book:
        from briefingbook.core import program

        problem = program.date_problem(book)
        if problem:
            print(f"briefingbook: warning: {problem}", file=sys.stderr)
        from briefingbook.core import readiness

        not_ready = readiness.check(book)
        for entry in not_ready:
            print(f"briefingbook: not ready: {entry}", file=sys.stderr)
        if not_ready and args.strict:
            from briefingbook.core.errors import InvalidInputError

            raise InvalidInputError(
                f"{Path(args.book).name} is not ready for a packet ({len(not_ready)} "
                f"{plural(len(not_ready), 'kind', 'kinds')} of item "
                f"listed above); nothing was exported (--strict)"
            )
        path = export_packet(
            book,
            reference,
            out,
            format=args.format,
            lang=args.lang,
            marking=args.marking,
            sections=args.sections,
            paper=args.paper,
            draft=args.draft,
            profile=args.profile,
        )
        from briefingbook.core.packet import export_log

        if book.readonly:
            print(
                f"exported {path} (not logged: {book.readonly_reason}, so the packet's version cannot be "
                f"logged in the book)"
            )
            return EXIT_OK
        version = export_log(book)[-1].version
    print(f"exported {path} (v{version})")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from briefingbook.core import book_series, importers

    # The file is read and checked in full before the book is opened: a refused file never
    # touches the book.
    preview = importers.read_file(
        Path(args.file), sheet=args.sheet, country=args.country, code=args.code, annual=args.annual
    )
    reserved = {info.slug for info in _reference().series_list()}
    from briefingbook.core.backups import backup_before

    with _open_book(args.book, readonly=False) as book:
        backup_before(book, "import")
        stored = book_series.store(
            book,
            preview,
            name=args.name,
            unit=args.unit,
            source=args.source,
            slug=args.slug,
            series_code=args.code,
            as_of=args.as_of,
            reserved_slugs=reserved,
        )
    for warning in preview.warnings:
        print(f"briefingbook: note: {warning}", file=sys.stderr)
    print(f"{stored.slug}\t{stored.observations} {plural(stored.observations, 'observation', 'observations')}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from briefingbook.core import backups
    from briefingbook.core.errors import BookError

    found = backups.list_backups(args.book)
    if not found and not Path(args.book).exists():
        raise BookError(f"{args.book}: no such book file, and no backups of a book there")
    for backup in found:
        print(f"{backup.taken_at:%Y-%m-%dT%H:%M:%SZ}\t{backup.size}\t{backup.path}")
    if not found:
        print(f"briefingbook: no backups of {args.book} yet", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from briefingbook.core import backups

    passphrase = _passphrase(f"Passphrase for {Path(args.backup).name}: ") if _is_encrypted(args.backup) else None
    previous = backups.restore(args.book, args.backup, passphrase=passphrase)
    kept = f"; the replaced version is backed up as {previous.path}" if previous else ""
    print(f"restored {args.book} from {args.backup}{kept}")
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace) -> int:
    from briefingbook.core.encryption import encrypt_book

    encrypt_book(args.book, _passphrase("New passphrase: ", confirm=True))
    print(f"encrypted {args.book}")
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from briefingbook.core.encryption import decrypt_copy

    decrypt_copy(args.book, _passphrase(f"Passphrase for {Path(args.book).name}: "), args.output)
    print(f"wrote a plain (unencrypted) copy of {args.book} to {args.output}")
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from briefingbook.core.encryption import change_passphrase

    old = _passphrase(f"Current passphrase for {Path(args.book).name}: ")
    new = _passphrase("New passphrase: ", env=ENV_NEW_PASSPHRASE, confirm=True)
    change_passphrase(args.book, old, new)
    print(f"changed the passphrase of {args.book}")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from briefingbook.core.calendar import export_calendar

    out = Path(args.output)
    if out.suffix.lower() != ".ics":
        from briefingbook.core.errors import InvalidInputError

        raise InvalidInputError(f"{out.name}: a calendar file name must end with .ics")
    with _open_book(args.book) as book:
        path, events, dated = export_calendar(book, out, include_checklist=not args.no_checklist)
    print(f"wrote {path}: {events} program events, {dated} checklist dates")
    return EXIT_OK


# -- the principal's book (issue 21) ----------------------------------------------------------------
SCENE_PART_TITLES = {
    "context": "Context",
    "our_aims": "What we want",
    "their_aims": "What they want",
    "sensitivities": "Sensitivities",
    "atmospherics": "Atmospherics",
}


def _indented(text: str, indent: str) -> list[str]:
    return [f"{indent}{line}" if line.strip() else "" for line in text.splitlines()]


def _duration(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def principal_lines(book) -> list[str]:
    """The principal's book as plain lines, in the order the principal will use it: the
    scene-setter, then each program event with its scenario, meeting memo and remarks, then
    remarks not linked to an event."""
    from briefingbook.core import principal, program

    lines: list[str] = []
    setter = principal.scene_setter(book)
    lines.append(
        f"Scene-setter ({setter.words} {plural(setter.words, 'word', 'words')}, "
        f"{setter.reading_minutes} min to read at "
        f"{principal.READING_WORDS_PER_MINUTE} words a minute)"
    )
    for part, text in setter.parts.items():
        if text:
            lines += [f"  {SCENE_PART_TITLES[part]}:", *_indented(text, "    ")]
    if setter.empty:
        lines.append("  (not written)")

    def remark_lines(found, indent: str) -> list[str]:
        out = []
        for r in found:
            who = f" — {r.speaker}" if r.speaker else ""
            out.append(
                f"{indent}Remarks: {r.occasion}{who} ({r.words} {plural(r.words, 'word', 'words')}, "
                f"{_duration(r.speaking_seconds)} spoken at {principal.SPEAKING_WORDS_PER_MINUTE} words a minute)"
            )
            out += _indented(r.text, indent + "    ")
        return out

    for event in program.events(book):
        lines += [
            "",
            f"{event.day.isoformat()} {event.start_time.strftime('%H:%M')}  {event.title}"
            + (f" — {event.place}" if event.place else ""),
        ]
        steps = principal.scenario(book, event.id)
        if steps:
            lines.append("  Scenario:")
            lines += [f"    {s.time_text}  {s.action}" + (f" ({s.who})" if s.who else "") for s in steps]
        memo = principal.memo(book, event.id)
        if memo is not None:
            lines.append("  Meeting memo:")
            if memo.participants:
                lines.append(
                    "    Participants: "
                    + "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in memo.participants)
                )
            if memo.objectives:
                lines += ["    Our objectives:", *_indented(memo.objectives, "      ")]
            if memo.agenda:
                lines.append("    To raise, in order:")
                for n, item in enumerate(memo.agenda, start=1):
                    lines.append(f"      {n}. {item.title}")
                    if item.talking_points:
                        lines += ["         Points to make:", *_indented(item.talking_points, "           ")]
                    if item.press_line:
                        lines += ["         Press line:", *_indented(item.press_line, "           ")]
            if memo.they_raise:
                lines += ["    They will raise:", *_indented(memo.they_raise, "      ")]
            if memo.deliverables:
                lines.append(
                    "    Deliverables to announce: " + "; ".join(f"{d.title} ({d.status})" for d in memo.deliverables)
                )
            if memo.notes:
                lines += ["    Notes:", *_indented(memo.notes, "      ")]
        lines += remark_lines(principal.remarks(book, event.id), "  ")
    unlinked = [r for r in principal.remarks(book) if r.event_id is None]
    if unlinked:
        lines += ["", "Remarks not linked to an event:", *remark_lines(unlinked, "  ")]
    return lines


def cmd_principal(args: argparse.Namespace) -> int:
    with _open_book(args.book) as book:
        for line in principal_lines(book):
            print(line)
    return EXIT_OK


# -- history, merging and copies for colleagues (issue 10) ------------------------------------------
ENV_OTHER_PASSPHRASE = "BRIEFINGBOOK_OTHER_PASSPHRASE"
EXIT_CONFLICTS = 3


def _short(value, width: int = 70) -> str:
    from briefingbook.core.merge import display

    text = " ".join(display(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_history(args: argparse.Namespace) -> int:
    from briefingbook.core import history

    with _open_book(args.book) as book:
        since = None
        if args.since_packet:
            since = history.last_export_position(book)
            if since is None:
                from briefingbook.core.errors import InvalidInputError

                raise InvalidInputError(f"{Path(args.book).name} has no packet exported since it keeps a history")
        found = history.changes(
            book,
            entity=args.entity,
            author=args.author,
            text=args.grep,
            since_id=since,
            limit=args.limit,
            newest_first=not args.oldest_first,
        )
        for change in found:
            if change.action == "update":
                what = f"{change.field}: {_short(change.old_value, 40)!s} → {_short(change.new_value, 40)}"
            else:
                what = "added" if change.action == "insert" else "removed"
            origin = f"\t(from {change.merged_from})" if change.merged_from else ""
            print(f"{change.changed_at}\t{change.author or '-'}\t{change.entity}\t{change.label}\t{what}{origin}")
    return EXIT_OK


def _print_conflict(number, conflict, mine: str = "mine", theirs: str = "theirs") -> None:
    where = f"{conflict.entity} {conflict.label!r}" + (f" {conflict.field}" if conflict.field else "")
    print(f"conflict {number}: {where}")
    print(f"    {mine:<7} {_short(conflict.mine, 100)}")
    print(f"    {theirs:<7} {_short(conflict.theirs, 100)}")


def cmd_merge(args: argparse.Namespace) -> int:
    from briefingbook.core import merge
    from briefingbook.core.book import Book

    other = Path(args.other)
    other_passphrase = (
        _passphrase(f"Passphrase for {other.name}: ", env=ENV_OTHER_PASSPHRASE) if _is_encrypted(other) else None
    )
    with _open_book(args.book, readonly=args.dry_run) as book:
        if other.resolve() == Path(book.path).resolve():
            raise merge.MergeError(f"{other.name} is this book itself; name a colleague's copy (nothing was changed)")
        with Book.open(other, readonly=True, passphrase=other_passphrase, backup=False) as theirs:
            plan = merge.plan(book, theirs)
        if plan.empty:
            print(f"nothing to merge: {Path(args.book).name} already has every change in {other.name}")
            return EXIT_OK
        for step in plan.steps:
            print(f"{'would apply' if args.dry_run else 'applied'}: {step.describe()}")
        for number, conflict in enumerate(plan.conflicts, start=1):
            _print_conflict(number, conflict)
        if args.dry_run:
            steps, conflicts = len(plan.steps), len(plan.conflicts)
            print(
                f"dry run: {steps} {plural(steps, 'change', 'changes')} and {conflicts} "
                f"{plural(conflicts, 'conflict', 'conflicts')}; nothing was changed"
            )
            return EXIT_OK
        result = merge.apply(book, plan, prefer=args.prefer)
        for line in result.skipped:
            print(f"not applied: {line}")
    backup = f"; backup: {result.backup.path}" if result.backup is not None else ""
    print(
        f"merged {other.name} into {Path(args.book).name}: {result.applied} "
        f"{plural(result.applied, 'change', 'changes')} applied, "
        f"{result.resolved} {plural(result.resolved, 'conflict', 'conflicts')} settled ({args.prefer or 'none'}), "
        f"{result.left_open} left open{backup}"
    )
    if result.left_open:
        print(
            f"open conflicts are kept in the book: list them with `briefingbook conflicts {args.book}`, "
            f"settle one with `briefingbook conflicts {args.book} --resolve N mine|theirs`"
        )
        return EXIT_CONFLICTS
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from briefingbook.core import merge

    with _open_book(args.book, readonly=args.resolve is None) as book:
        if args.resolve is not None:
            number, choice = args.resolve
            try:
                conflict_id = int(number)
            except ValueError:
                from briefingbook.core.errors import InvalidInputError

                raise InvalidInputError(f"--resolve wants a conflict number, not {number!r}") from None
            merge.resolve(book, conflict_id, choice)
            print(f"conflict {conflict_id}: kept {'your side' if choice == 'mine' else 'their side'}")
            return EXIT_OK
        found = merge.open_conflicts(book)
        if not found:
            print("no open conflicts")
        for item in found:
            _print_conflict(item.id, item.conflict, "mine", "theirs")
            print(
                f"    (from {item.other_file}, merged {item.merged_at}"
                + (f", changed by {item.other_author}" if item.other_author else "")
                + ")"
            )
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from briefingbook.core import merge

    with _open_book(args.book) as book:
        passphrase = None
        if args.encrypt or book.encrypted:
            passphrase = _passphrase("Passphrase for the copy: ", env=ENV_NEW_PASSPHRASE, confirm=True)
        target = merge.save_copy_for_colleague(book, Path(args.copy), passphrase=passphrase)
    print(
        f"wrote {target}{' (encrypted)' if passphrase else ''}: a copy of the same book, to merge back with "
        f"`briefingbook merge`"
    )
    return EXIT_OK


# -- reference packs (issue 22) -------------------------------------------------------------------
def cmd_reference_info(args: argparse.Namespace) -> int:
    reference = _reference()
    content = reference.content
    if content.problem:
        print(f"briefingbook: note: the installed reference pack is not used: {content.problem}", file=sys.stderr)
    print(f"name: {content.name}")
    print(f"version: {content.version}")
    print(f"built: {content.built or '-'}")
    print(f"signed_by: {content.signed_by}")
    for name, value in reference.counts().items():
        print(f"{name}: {value}")
    return EXIT_OK


def cmd_reference_keygen(args: argparse.Namespace) -> int:
    from briefingbook.core import refpack

    key_file = Path(args.output)
    for existing in (key_file, refpack.public_key_path(key_file)):
        if existing.exists():  # before asking for a passphrase
            raise refpack.PackError(f"{existing} already exists; choose another name (nothing was changed)")
    fp = refpack.keygen(key_file, _passphrase("Passphrase for the new signing key: ", confirm=True))
    print(
        f"wrote {key_file} (keep it and its passphrase safe) and {refpack.public_key_path(key_file)} "
        f"(hand this one to IT)"
    )
    print(f"fingerprint: {refpack.show_fingerprint(fp)}")
    return EXIT_OK


def cmd_reference_build(args: argparse.Namespace) -> int:
    from briefingbook.core import refbuild, refpack

    built = args.date or dt.date.today().isoformat()
    refpack.check_identity(args.name, args.version, built)  # before the passphrase is asked
    sources = Path(args.sources)
    if not sources.is_dir():
        raise refpack.PackError(f"{sources}: not a folder of reference sources (nothing was written)")
    key = refpack.load_private_key(Path(args.key), _passphrase(f"Passphrase for {Path(args.key).name}: "))
    manifest = refbuild.build_pack(
        sources, Path(args.output), key=key, name=args.name, version=args.version, built=built
    )
    print(
        f"built {args.output}: {manifest['name']} {manifest['version']} ({manifest['built']}), "
        f"{manifest['size']} bytes of content, signed by {refpack.show_fingerprint(manifest['key_fingerprint'])}"
    )
    return EXIT_OK


def cmd_reference_trust(args: argparse.Namespace) -> int:
    from briefingbook.core import refpack

    fp, added = refpack.trust(Path(args.public_key))
    print(f"{'trusted' if added else 'already trusted'}: {refpack.show_fingerprint(fp)}")
    return EXIT_OK


def cmd_reference_untrust(args: argparse.Namespace) -> int:
    from briefingbook.core import refpack

    fp = refpack.untrust(args.fingerprint)
    print(f"no longer trusted: {refpack.show_fingerprint(fp)}")
    active = refpack.active_content()
    if active.problem:
        print(
            "the installed reference pack was signed by this key; the bundled content is used until a pack from "
            "a trusted key is installed"
        )
    return EXIT_OK


def cmd_reference_install(args: argparse.Namespace) -> int:
    from briefingbook.core import refpack

    manifest = refpack.install(Path(args.pack), allow_older=args.allow_older)
    print(f"installed {manifest['name']} {manifest['version']}")
    return EXIT_OK


def cmd_reference_remove(args: argparse.Namespace) -> int:
    from briefingbook.core import refpack

    manifest = refpack.remove()
    removed = f"{manifest['name']} {manifest['version']}" if manifest else "the installed pack"
    print(f"removed {removed}; using the bundled reference content")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from briefingbook.ui.app import run

    return run(book=args.book_file, crash_dialog=not args.no_crash_dialog, benchmark_startup=args.benchmark_startup)


def cmd_self_test(args: argparse.Namespace) -> int:
    from briefingbook.ui.selftest import run_self_test

    try:
        return run_self_test()
    except Exception as exc:  # noqa: BLE001 - any failure is the self-test's result
        print(f"briefingbook: self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefingbook",
        description="Offline briefing book for U.S.–Mexico summits. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"briefingbook {__version__}")
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="report unexpected errors on stderr and in the log only (tests, CI)",
    )
    parser.add_argument(
        "--benchmark-startup",
        action="store_true",
        help="open the window, print the seconds from process start to its first paint, "
        "visit every pane, print the peak memory, and exit (tests/benchmarks/run.py)",
    )
    parser.set_defaults(func=cmd_gui, book_file=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    lang_help = "language of titles: en or es (default en)"

    p = sub.add_parser("new", help="create a book")
    p.add_argument("book", metavar="BOOK", help="path of the new .bbook file")
    p.add_argument("--title", required=True, help="summit title")
    p.add_argument("--date", required=True, help="summit date, YYYY-MM-DD")
    p.add_argument("--place", default="", help="summit place")
    p.add_argument("--delegation", default="", help="delegation (free text)")
    p.add_argument(
        "--marking", default=None, help="handling marking printed on packets (with --demo, default: the demo marking)"
    )
    p.add_argument("--lang", default="en", choices=["en", "es"], help="language of the book's content")
    p.add_argument(
        "--demo", action="store_true", help="fill the agenda with every issue area and the default checklist"
    )
    p.add_argument("--checklist", action="store_true", help="add the default checklist (implied by --demo)")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt the book with a passphrase (from {ENV_PASSPHRASE} or asked for)",
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("summit", help="change the summit's details (only the options given) and print them")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("--title", help="summit title")
    p.add_argument("--date", help="summit date, YYYY-MM-DD (the program moves by the same number of days)")
    p.add_argument("--place", help="summit place")
    p.add_argument("--delegation", help="delegation (free text)")
    p.add_argument("--marking", help="handling marking printed on packets ('' for none)")
    p.add_argument("--keep-program", action="store_true", help="keep the program's dates when the date moves")
    p.set_defaults(func=cmd_summit)

    p = sub.add_parser("check", help="check a book's integrity (exit 0 when sound)")
    p.add_argument("book", metavar="BOOK")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("search", help="search the reference content and a book")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--book", metavar="BOOK")
    p.add_argument("--limit", type=int, default=20, help="most hits to print (default 20)")
    p.add_argument("--lang", default="en", choices=["en", "es"], help=lang_help)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("info", help="counts of the reference content (and a book)")
    p.add_argument("--book", metavar="BOOK")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("series", help="list indicator series, or print one as CSV")
    p.add_argument("slug", metavar="SLUG", nargs="?")
    p.add_argument("--book", metavar="BOOK", help="also list (or print) the series imported into this book")
    p.add_argument(
        "--vintage", type=int, metavar="N", help="an earlier vintage of an imported series (default: latest)"
    )
    p.add_argument("--lang", default="en", choices=["en", "es"], help=lang_help)
    p.set_defaults(func=cmd_series)

    p = sub.add_parser("chart", help="draw indicator series as the charts pane does, to PNG, SVG or CSV")
    p.add_argument("slugs", metavar="SLUG[,SLUG…]", help="series ids, separated by commas")
    p.add_argument("--book", metavar="BOOK", help="also chart series imported into this book")
    p.add_argument(
        "--transform",
        default="level",
        metavar="T",
        help="level, change, pct_yoy, pct_prev, cagr, index:PERIOD, per_capita:SLUG, share_of:SLUG, ma:N",
    )
    p.add_argument("--from", dest="period_from", metavar="PERIOD", help="first period (2000, 2020-Q1, 2020-01)")
    p.add_argument("--to", dest="period_to", metavar="PERIOD", help="last period")
    p.add_argument("--lang", default="en", choices=["en", "es"], help=lang_help)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.csv")
    p.set_defaults(func=cmd_chart)

    p = sub.add_parser("self-test", help="exercise the app offscreen on a temporary demo book")
    p.set_defaults(func=cmd_self_test)

    # -- packet export command (packet issue) --
    p = sub.add_parser("export", help="export the briefing packet (PDF, DOCX or HTML)")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="packet file (.pdf, .docx or .html)")
    p.add_argument("--format", choices=["pdf", "docx", "html"], help="format (default: from OUT's extension)")
    p.add_argument(
        "--lang",
        choices=["en", "es", "both"],
        help="packet language (default: the book's); both: English and Spanish side by side",
    )
    p.add_argument("--marking", metavar="TEXT", help="handling marking (default: the book's; '' for none)")
    p.add_argument(
        "--profile",
        choices=["principal", "staff"],
        default="principal",
        help="principal (default): the principal's book: cover, scene-setter, schedule, each event with its "
        "scenario, meeting memo and remarks, briefs, bios, press, deliverables, sources; no checklist or "
        "staff-only notes. staff: everything, with the checklist, open items and export readiness list",
    )
    p.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated sections, overriding the profile's: cover,contents,overview,changes,scene,agenda,"
        "program,events,briefs,people,press,deliverables,checklist,open_items,readiness,annex,sources",
    )
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default a4)")
    p.add_argument("--draft", action="store_true", help="print a DRAFT watermark")
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse to export while anything is not ready (unwritten fields, press questions "
        "without an answer or a record status, unnamed people, overdue checklist items)",
    )
    p.set_defaults(func=cmd_export)

    # -- import command (import issue) --
    p = sub.add_parser("import", help="import an indicator series from a downloaded file into a book")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("file", metavar="FILE", help="CSV/text (tidy, World Bank, FRED, Spanish-locale) or XLSX")
    p.add_argument("--name", required=True, help="series name")
    p.add_argument("--unit", required=True, help="unit, e.g. 'current US dollars'")
    p.add_argument("--source", required=True, help="publisher and where the file came from")
    p.add_argument("--slug", help="series id (default: made from --name); re-using one adds a new vintage")
    p.add_argument(
        "--code",
        help="series code (default: the file's); picks the indicator or value column when the file holds several",
    )
    p.add_argument("--country", help="country code for files without one; selects that country in files with several")
    p.add_argument("--sheet", help="XLSX sheet name (default: the first sheet with a table)")
    p.add_argument("--annual", choices=["sum", "mean"], help="aggregate monthly or quarterly values to annual")
    p.add_argument(
        "--as-of", dest="as_of", metavar="DATE", help="as-of date (default: the file's, else its modification date)"
    )
    p.set_defaults(func=cmd_import)

    # -- keeping books safe (issue 7): backups, restore, encryption --
    p = sub.add_parser("backups", help="list a book's backups: time (UTC), size in bytes, file")
    p.add_argument("book", metavar="BOOK")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help="put a backup in place of a book (the current file is backed up first)")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("backup", metavar="BACKUP", help="a backup file (see: briefingbook backups BOOK)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("encrypt", help=f"encrypt a book in place (passphrase from {ENV_PASSPHRASE} or asked for)")
    p.add_argument("book", metavar="BOOK")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("decrypt", help="write a plain (unencrypted) copy of an encrypted book")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("-o", "--output", required=True, metavar="PLAIN", help="the plain copy to write")
    p.set_defaults(func=cmd_decrypt)

    p = sub.add_parser(
        "change-passphrase",
        help=f"change an encrypted book's passphrase (current from "
        f"{ENV_PASSPHRASE}, new from {ENV_NEW_PASSPHRASE}, or asked for)",
    )
    p.add_argument("book", metavar="BOOK")
    p.set_defaults(func=cmd_change_passphrase)

    # -- calendar export (issue 11) --
    p = sub.add_parser("calendar", help="write the summit program and checklist due dates to an .ics calendar file")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics", help="the calendar file to write")
    p.add_argument("--no-checklist", action="store_true", help="only the program, without checklist due dates")
    p.set_defaults(func=cmd_calendar)

    # -- the principal's book (issue 21) --
    p = sub.add_parser(
        "principal",
        help="print the principal's book as text: the scene-setter, then each program "
        "event with its scenario, meeting memo and remarks",
    )
    p.add_argument("book", metavar="BOOK")
    p.set_defaults(func=cmd_principal)

    # -- history, merging and copies for colleagues (issue 10) --
    p = sub.add_parser("history", help="list a book's change log: time (UTC), author, kind, row, change")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("--entity", help="only this kind of row (a table name, e.g. agenda_items, checklist_items)")
    p.add_argument("--author", help="only changes by this author")
    p.add_argument("--grep", metavar="TEXT", help="only changes whose row name or values contain TEXT")
    p.add_argument("--since-packet", action="store_true", help="only changes made after the last exported packet")
    p.add_argument("--limit", type=int, help="at most this many changes")
    p.add_argument("--oldest-first", action="store_true", help="oldest change first (default: newest first)")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser(
        "merge",
        help="bring a colleague's copy's changes into a book (the book is backed up first; the copy is not changed)",
    )
    p.add_argument("book", metavar="BOOK")
    p.add_argument(
        "other", metavar="OTHER", help=f"the colleague's copy (passphrase from {ENV_OTHER_PASSPHRASE} or asked for)"
    )
    p.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        help="settle every conflict this way (default: leave them open in the book, exit status 3)",
    )
    p.add_argument("--dry-run", action="store_true", help="list what would change and the conflicts; change nothing")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("conflicts", help="list the conflicts a merge left open, or settle one")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("--resolve", nargs=2, metavar=("N", "mine|theirs"), help="settle conflict N")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("copy", help="save a copy of a book for a colleague (same book: it can be merged back)")
    p.add_argument("book", metavar="BOOK")
    p.add_argument("copy", metavar="COPY", help="the copy to write")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt the copy with a passphrase of its own (from {ENV_NEW_PASSPHRASE} or asked for)",
    )
    p.set_defaults(func=cmd_copy)

    # -- reference packs (issue 22) --
    p = sub.add_parser("reference", help="the reference content: show it, build and install signed packs")
    verbs = p.add_subparsers(title="reference commands", metavar="VERB", parser_class=_Parser, required=True)
    v = verbs.add_parser("info", help="the active reference content: name, version, built, signed_by, counts")
    v.set_defaults(func=cmd_reference_info)
    v = verbs.add_parser(
        "keygen",
        help=f"make a signing key (passphrase from {ENV_PASSPHRASE} or asked for) and its public key KEYFILE.pub",
    )
    v.add_argument("-o", "--output", required=True, metavar="KEYFILE", help="the private key file to write")
    v.set_defaults(func=cmd_reference_keygen)
    v = verbs.add_parser("build", help="build a signed pack (.bbref) from a data/sources-shaped folder")
    v.add_argument("sources", metavar="SOURCES", help="folder shaped like data/sources")
    v.add_argument("-o", "--output", required=True, metavar="PACK.bbref")
    v.add_argument(
        "--key", required=True, metavar="KEYFILE", help=f"signing key (passphrase from {ENV_PASSPHRASE} or asked for)"
    )
    v.add_argument("--name", required=True, help="the pack's name, e.g. 'SRE data team'")
    v.add_argument("--version", required=True, help="numbers separated by dots, e.g. 2026.12")
    v.add_argument("--date", metavar="YYYY-MM-DD", help="build date recorded in the pack (default: today)")
    v.set_defaults(func=cmd_reference_build)
    v = verbs.add_parser("trust", help="trust a publisher's public key (.pub) for installing packs")
    v.add_argument("public_key", metavar="PUBLIC_KEY_FILE")
    v.set_defaults(func=cmd_reference_trust)
    v = verbs.add_parser("untrust", help="stop trusting a publisher's key")
    v.add_argument("fingerprint", metavar="FINGERPRINT", help="as printed by keygen or trust (or its first 8+ digits)")
    v.set_defaults(func=cmd_reference_untrust)
    v = verbs.add_parser("install", help="verify and install a reference pack")
    v.add_argument("pack", metavar="PACK.bbref")
    v.add_argument("--allow-older", action="store_true", help="install a version older than the installed pack")
    v.set_defaults(func=cmd_reference_install)
    v = verbs.add_parser("remove", help="remove the installed pack and use the bundled reference content")
    v.set_defaults(func=cmd_reference_remove)

    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse keeps sub-parsers here; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _log_crash(exc: BaseException) -> Path | None:
    import traceback

    try:
        from briefingbook.core.paths import log_dir

        path = log_dir() / "briefingbook-cli.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} {__version__}\n")
            traceback.print_exception(exc, file=handle)
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    from briefingbook.core.errors import BriefingBookError

    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    book_file = None
    commands = _command_names(parser)
    # "briefingbook [--no-crash-dialog …] BOOK.bbook" opens that book in the window (the options
    # before a command or a book are flags, so the first other word is the one to look at).
    first = next((i for i, word in enumerate(argv) if not word.startswith("-")), None)
    if first is not None and argv[first] not in commands:
        book_file = argv.pop(first)
    args = parser.parse_args(argv)
    if book_file is not None:
        if args.func is not cmd_gui:
            parser.error(f"unknown command {book_file!r}")
        args.book_file = book_file
    try:
        return args.func(args)
    except BriefingBookError as exc:
        print(f"briefingbook: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK  # output piped into head etc.
    except (sqlite3.Error, OSError) as exc:  # the environment's (disk full, busy, I/O…), by error code
        from briefingbook.core.errors import from_os_error, from_sqlite

        what = Path(getattr(args, "book", None) or "the book").name
        mapped = (
            from_sqlite(exc, what, "nothing more was done")
            if isinstance(exc, sqlite3.Error)
            else from_os_error(exc, exc.filename or what, "nothing more was done")
            if exc.errno is not None
            else None
        )
        if mapped is None:
            return _internal(exc)
        print(f"briefingbook: error: {mapped}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last resort: one line, details logged
        return _internal(exc)


def _internal(exc: BaseException) -> int:
    log = _log_crash(exc)
    where = f" (details in {log})" if log else ""
    print(f"briefingbook: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
    return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
