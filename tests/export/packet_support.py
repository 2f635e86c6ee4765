"""Constants and helpers the packet tests share (a plain module: test files import it by name)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

TODAY = dt.date(2027, 1, 15)  # the demo summit is 2027-03-01: T-45
HOSTILE = '<img src="file:///etc/passwd"> <script>alert(1)</script> & <b>bold</b>'
MARKING = "DEMO - FOR TRAINING ONLY"


def poppler(tool: str, *args: str) -> str:
    """The output of a poppler-utils tool (``pdftotext``, ``pdffonts``, ``pdfinfo``). Without
    poppler-utils the calling test alone is skipped; the module's other tests still run."""
    if shutil.which(tool) is None:
        pytest.skip(f"needs poppler-utils ({tool})")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def pdftotext(path, *options: str) -> str:
    """The PDF's text as ``pdftotext`` gives it (UTF-8)."""
    return poppler("pdftotext", "-enc", "UTF-8", *options, str(path), "-")


def prepare(book, reference) -> None:
    """User text that must come out literally, and a talking point with ligature-prone words."""
    first = book.agenda()[0]
    book.update_agenda_item(first.id, talking_points="- Raise the office file workflow\n- " + HOSTILE, notes=HOSTILE)
    rec = reference.recommendations(first.issue_area)[0]
    book.add_recommendation_note(rec.id, "Note " + HOSTILE, noted_on="2027-01-10")
    book.set_recommendation_status(rec.id, "in_progress")


def export(book, reference, name: str, **options):
    from briefingbook.export import export_packet

    options.setdefault("today", TODAY)
    return export_packet(book, reference, book.path.parent / name, **options)


def squash(text: str) -> str:
    """Text as pdftotext gives it, with line breaks undone: no whitespace and no soft hyphens (a
    hyphenated word comes out as "ex\u00ad" + newline + "cluding"; a long URL may break after "/")."""
    return "".join(text.replace("\u00ad", "").split())


def add_principal_content(book) -> dict:
    """Principal's-book content on a demo book (issue 21), in place of the demo's samples: a
    scene-setter, a meeting memo on the first bilateral meeting raising two agenda items (their
    briefs' points are pulled, not copied), a scenario on that meeting and on the first event of
    another kind, remarks linked to that other event, a photo and "last met" for one person.
    Returns the ids used."""
    from principal_samples import clear_principal_parts

    from briefingbook.core import deliverables, people, principal, program

    clear_principal_parts(book)
    principal.set_scene_setter(
        book,
        context="Sample text: the first summit of the new administrations.\n- Trade volumes are the backdrop.",
        our_aims="Sample text: agree the work plan for the two agenda items raised at the bilateral.",
        their_aims="Sample text: visible progress on the border agenda.",
        sensitivities="- Sample text: avoid public comment on pending court cases.",
        atmospherics="Sample text: warm; the hosts value punctuality.",
    )
    events = program.events(book)
    meeting = next(e for e in events if e.kind == "bilateral_meeting")
    other = next(e for e in events if e.kind not in principal.MEETING_KINDS)
    everyone = people.people(book)
    us = next(p for p in everyone if p.side == "us")
    mx = next(p for p in everyone if p.side == "mexico")
    people.update_person(
        book,
        mx.id,
        last_met="September 2026, UNGA, New York",
        pronunciation="meh-HEE-ko",
        bio="Sample text: a short biography.",
        talking_notes="Sample text: staff note on tone.",
    )
    import io

    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (120, 150), (90, 110, 140)).save(photo, "PNG")
    people.set_photo(book, mx.id, photo.getvalue())
    first, second = book.agenda()[:2]
    book.update_agenda_item(first.id, talking_points="- Raise the first point\n- Then the second", press_line="")
    book.update_agenda_item(second.id, talking_points="- Open with the work plan", press_line="We agreed a plan.")
    principal.add_memo(
        book,
        meeting.id,
        objectives="- Sample text: agree a date for the working group.",
        they_raise="Sample text: they will raise the timetable.",
        notes="Sample text: keep it short.",
    )
    principal.set_memo_participants(book, meeting.id, [(us.id, "Leads for our side"), (mx.id, "Host")])
    principal.set_memo_agenda(book, meeting.id, [second.id, first.id])
    listed = deliverables.deliverables(book)
    if listed:
        principal.set_memo_deliverables(book, meeting.id, [listed[0].id])
    principal.add_step(
        book,
        meeting.id,
        "Sample text: motorcade arrives; greeted at the steps",
        "Chief of protocol",
        offset_minutes=-15,
    )
    principal.add_step(book, meeting.id, "Sample text: meeting begins", "Both delegations", offset_minutes=0)
    principal.add_step(book, other.id, "Sample text: doors open", "Press office", offset_minutes=-30)
    remarks = principal.add_remark(
        book, "Arrival statement", "Head of delegation", " ".join(["Sample"] * 260), event_id=other.id
    )
    return {"meeting": meeting, "other": other, "first": first, "second": second, "remarks": remarks, "mx": mx}
