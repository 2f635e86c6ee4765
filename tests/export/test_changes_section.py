"""The "Changes since <previous packet date>" section (issue 10): what changed in the book after
the last logged export, from the book's change log, in PDF, DOCX and HTML.

One demo book goes through a real workflow: edits (one with a distinctive word), packet v1,
then a known set of edits (plus edits made and reverted), then packet v2 in each format. The
section of v2 must list exactly the edits made after v1.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from packet_support import TODAY, pdftotext

from briefingbook.core import history, packet, packet_changes
from briefingbook.core.book import Book

BEFORE_V1 = "Quetzalcoatl"  # a word written before packet v1: never in v2's changes
OLD_POINTS = "- Propose a joint working group on border wait times\n- Keep the annual leaders' meeting"
NEW_POINTS = (
    "- Propose a binational task force on border wait times <b>&amp; cargo</b>\n- Keep the annual leaders' meeting"
)
NEW_ITEM = "Water deliveries under the 1944 treaty"
NEW_TASK = "Book the interpreters"
SECTIONS = "contents,overview,changes,agenda,checklist"
REC = "wwc2005-strategic-partnership"


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    args = ["-f", str(first), "-l", str(last or first)] if first else []
    return pdftotext(path, *args)


def flat(value: str) -> str:
    return " ".join(value.split())


def top_entries(path) -> list[tuple[str, int]]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return [
        (item.title, reader.get_destination_page_number(item) + 1)
        for item in reader.outline
        if not isinstance(item, list)
    ]


def pdf_changes(path) -> tuple[str, list[int]]:
    """The changes section's text (from its heading to the next section) and its pages."""
    entries = top_entries(path)
    index = next(i for i, (title, _) in enumerate(entries) if title.startswith("Changes since"))
    first = entries[index][1]
    last = entries[index + 1][1] - 1 if index + 1 < len(entries) else None
    body = pdf_text(path, first, last or first)
    return body[body.index(entries[index][0]) :], list(range(first, (last or first) + 1))


def heading_date(export: packet.PacketExport) -> str:
    return packet.date_text(dt.datetime.fromisoformat(export.exported_at).astimezone().date(), "en")


@pytest.fixture(scope="module")
def workflow(demo_template, reference, tmp_path_factory, qapp):
    """The demo book after v1 and the edits since; v2 exported as PDF, and as DOCX and HTML from
    copies of the book in the same state (each copy's v2 compares with the same v1)."""
    from briefingbook.export import export_packet

    folder = tmp_path_factory.mktemp("changes")
    shutil.copyfile(demo_template, folder / "demo.bbook")
    book = Book.open(folder / "demo.bbook")
    agenda = {item.title: item for item in book.agenda()}
    # before v1
    book.update_agenda_item(
        agenda["Security cooperation and public security"].id, notes=f"{BEFORE_V1} remark made before the first packet"
    )
    book.update_agenda_item(agenda["Employment generation"].id, status="in_preparation")
    book.update_agenda_item(agenda["Summits and bilateral mechanisms"].id, talking_points=OLD_POINTS)
    v1 = export_packet(book, reference, folder / "v1.pdf", sections=SECTIONS, today=TODAY)

    # after v1: the edits v2 must list
    book.update_agenda_item(agenda["Summits and bilateral mechanisms"].id, talking_points=NEW_POINTS)
    book.add_agenda_item(NEW_ITEM, priority="high")
    book.move_agenda_item(agenda["Migration"].id, 1)
    book.update_agenda_item(agenda["Trade facilitation"].id, status="ready")
    book.set_recommendation_status(REC, "in_progress")
    first_task = book.checklist()[0]
    book.set_checklist_done(first_task.id)
    book.add_checklist_item(NEW_TASK, -10, owner="Protocol")
    # ... and edits put back before v2: not changes
    book.update_agenda_item(agenda["Healthcare"].id, title="Health and pandemics")
    book.update_agenda_item(agenda["Healthcare"].id, title="Healthcare")
    book.update_agenda_item(agenda["Environment"].id, priority="high")
    book.update_agenda_item(agenda["Environment"].id, priority="medium")
    temporary = book.add_checklist_item("Temporary task", -5)
    book.remove_checklist_item(temporary.id)

    outputs = {}
    for fmt in ("docx", "html"):
        copy = book.save_copy(folder / f"copy-{fmt}.bbook")
        other = Book.open(copy)
        try:
            outputs[fmt] = export_packet(other, reference, folder / f"v2.{fmt}", sections=SECTIONS, today=TODAY)
        finally:
            other.close()
    outputs["pdf"] = export_packet(book, reference, folder / "v2.pdf", sections=SECTIONS, today=TODAY)
    yield {"book": book, "v1": v1, "first_task": first_task.title, **outputs}
    book.close()


EXPECTED = [  # (group, the line as pdftotext gives it, flattened)
    ("Agenda", "“Migration”: moved from 4 to 2"),
    ("Agenda", "“Trade facilitation”: status: not started → ready"),
    ("Agenda", f"“{NEW_ITEM}”: added as no. 14"),
    ("Briefs", "“Summits and bilateral mechanisms” — Points to make"),
    (
        "Recommendations",
        (
            "“Define the relationship as a strategic partnership” (Study Group report (2005), "
            "Executive Summary; also: Parameters of Partnership, Concluding Remarks): "
            "status: not started → in progress"
        ),
    ),
    ("Checklist", "“Agree the delegation's objectives for the summit”: completed"),
    ("Checklist", f"“{NEW_TASK}”: added; due 19 February 2027"),
]


@pytest.mark.slow
def test_first_packet_says_there_is_no_previous_one(workflow):
    body, _ = pdf_changes(workflow["v1"])
    assert flat(body).startswith("Changes since the last packet " + packet.LABELS["en"]["changes_first"])
    assert "•" not in body
    contents = flat(pdf_text(workflow["v1"], 1))
    assert "Changes since the last packet" in contents


@pytest.mark.slow
def test_export_log_keeps_the_last_change(workflow):
    book = workflow["book"]
    log = packet.export_log(book)
    assert [e.version for e in log] == [1, 2] and [e.file_name for e in log] == ["v1.pdf", "v2.pdf"]
    assert log[1].change_log_id == history.last_change_id(book.connection)
    assert 0 < log[0].change_log_id < log[1].change_log_id
    # every change after v1 is one of the edits above (v2 compares with exactly these)
    after = history.changes(book, since_id=log[0].change_log_id)
    assert after and all(c.id <= log[1].change_log_id for c in after)


@pytest.mark.slow
def test_pdf_lists_exactly_the_edits_since_v1(workflow):
    book = workflow["book"]
    v1 = packet.export_log(book)[0]
    body, _ = pdf_changes(workflow["pdf"])
    text = flat(body)
    assert text.startswith(f"Changes since {heading_date(v1)} Compared with packet v1, exported {heading_date(v1)}")
    assert "(PDF)." in text
    for group, line in EXPECTED:
        assert line in text, line
    groups = [
        g
        for g in ("Agenda", "Briefs", "Recommendations", "Checklist", "Summit details", "Other changes")
        if re.search(rf"^{g}$", body, re.MULTILINE)
    ]
    assert groups == ["Agenda", "Briefs", "Recommendations", "Checklist"]
    assert body.count("•") == len(EXPECTED)
    # the word diff: removed and added words, the unchanged bullet left out, user text literal
    assert (
        "- Propose a deleted: joint working group added: binational task force on border wait times "
        "added: <b>&amp; cargo</b>"
    ) in text
    assert "Keep the annual leaders' meeting" not in text
    # nothing from before v1, nothing reverted, no side effects of the move
    for absent in (
        BEFORE_V1,
        "Employment generation",
        "in preparation",
        "Healthcare",
        "Health and pandemics",
        "Environment",
        "Temporary task",
        "Security cooperation",
        "De-bordering",
    ):
        assert absent not in text, absent
    assert "Agenda" in [title for title, _ in top_entries(workflow["pdf"])]


@pytest.mark.slow
def test_pdf_strikes_removed_and_underlines_added_words(workflow):
    """Removed words are struck through and added ones underlined (lines drawn in the diff colours:
    the marks, not the colours, carry the meaning in black-and-white print)."""
    from pypdf import PdfReader

    from briefingbook.export.pdf import ADDED_COLOR, REMOVED_COLOR

    def stroke(hex_colour: str) -> str:
        """The stroke colour operands as Typst writes them (a colour space, then SCN)."""
        r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return r"CS " + r" ".join(rf"{v:.5f}"[:-1] + r"\d*" for v in (r, g, b)) + r" SCN"

    def streams(path, pages):
        reader = PdfReader(str(path))
        return "".join(reader.pages[n - 1].get_contents().get_data().decode("latin-1") for n in pages)

    _, pages = pdf_changes(workflow["pdf"])
    content = streams(workflow["pdf"], pages)
    for colour in (REMOVED_COLOR, ADDED_COLOR):
        # a stroked horizontal line (strike-through or underline) in the diff colour
        assert re.search(stroke(colour) + r" [\d.]+ w 4 M 0 0 m [\d.]+ 0 l\s*S", content), colour
    _, first_pages = pdf_changes(workflow["v1"])
    assert not re.search(stroke(REMOVED_COLOR), streams(workflow["v1"], first_pages))


def docx_changes(path) -> list:
    import docx

    from briefingbook.export.docx import SECTION_STYLE

    paragraphs = docx.Document(str(path)).paragraphs
    start = next(
        i for i, p in enumerate(paragraphs) if p.style.name == SECTION_STYLE and p.text.startswith("Changes since")
    )
    end = next(i for i in range(start + 1, len(paragraphs)) if paragraphs[i].style.name == SECTION_STYLE)
    return paragraphs[start:end]


@pytest.mark.slow
def test_docx_lists_the_same_edits_with_struck_and_underlined_runs(workflow):
    paragraphs = docx_changes(workflow["docx"])
    v1 = packet.export_log(workflow["book"])[0]
    assert paragraphs[0].text == f"Changes since {heading_date(v1)}"
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert bullets == [line for _, line in EXPECTED]
    assert [p.text for p in paragraphs if p.style.name == "Heading 2"] == [
        "Agenda",
        "Briefs",
        "Recommendations",
        "Checklist",
    ]
    runs = [run for p in paragraphs for run in p.runs]
    assert [r.text for r in runs if r.font.strike] == ["joint working group"]
    assert [r.text for r in runs if r.font.underline] == ["binational task force", "<b>&amp; cargo</b>"]
    diff = next(p.text for p in paragraphs if p.text.startswith("- Propose"))
    assert diff == (
        "- Propose a deleted: joint working group added: binational task force on border wait times "
        "added: <b>&amp; cargo</b>"
    )
    whole = "\n".join(p.text for p in paragraphs)
    assert BEFORE_V1 not in whole and "Healthcare" not in whole and "Temporary task" not in whole


@pytest.mark.slow
def test_html_lists_the_same_edits_with_del_and_ins(workflow):
    import html

    page = workflow["html"].read_text(encoding="utf-8")
    start = page.index('<h1 id="changes">')
    section = page[start : page.index("</section>", start)]
    v1 = packet.export_log(workflow["book"])[0]
    assert section.startswith(f'<h1 id="changes">Changes since {heading_date(v1)}</h1>')
    assert section.count("<li>") == len(EXPECTED)
    # the user's "<b>&amp;" is escaped text inside <ins>, not markup
    assert (
        '<span class="label">deleted:</span> <del>joint working group</del> <span class="label">added:</span> '
        '<ins>binational task force</ins> on border wait times <span class="label">added:</span> '
        "<ins>&lt;b&gt;&amp;amp; cargo&lt;/b&gt;</ins>"
    ) in section
    readable = html.unescape(re.sub(r"<[^>]+>", "", section))
    for _, line in EXPECTED:
        assert line in readable, line
    assert BEFORE_V1 not in section and "Healthcare" not in section and "Temporary task" not in section
    assert f'<a href="#changes">Changes since {heading_date(v1)}</a>' in page


@pytest.mark.slow
def test_nothing_changed_since_the_last_packet(workflow, reference):
    book = workflow["book"]
    # the same content again is packet v2 again (another format or language keeps its version),
    # and its changes are still those since v1
    same = packet.build_outline(book, reference, sections="changes", today=TODAY)
    assert same.version == 2 and same.changes.previous.version == 1 and same.changes.groups
    # an edit put back: the log moved on (v3), but nothing is different from v2
    item = book.agenda()[0]
    book.update_agenda_item(item.id, notes=item.notes + " (draft)")
    book.update_agenda_item(item.id, notes=item.notes)
    outline = packet.build_outline(book, reference, sections="changes", today=TODAY)
    summary = outline.changes
    assert outline.version == 3 and summary.previous.version == 2 and summary.groups == []
    assert summary.message == "Nothing in the book has changed since that packet."


# -- the summary builder, without rendering --------------------------------------------------
@pytest.fixture
def book(tmp_path, create_book):
    book = create_book(tmp_path / "b.bbook", title="Summit", date="2027-03-01")
    yield book
    book.close()


def lines(summary: packet_changes.ChangesSummary) -> dict[str, list[tuple[str, str]]]:
    return {g.key: [(line.subject, line.detail) for line in g.lines] for g in summary.groups}


def test_summary_builder_nets_the_changes(book, reference):
    a = book.add_agenda_item("Alpha", "migration", talking_points="- one two three")
    b = book.add_agenda_item("Beta")
    c = book.add_agenda_item("Gamma")
    d = book.add_agenda_item("Delta")
    task = book.add_checklist_item("Draft the memo", -20)
    done = book.add_checklist_item("Send the invitations", -15)
    book.set_checklist_done(done.id)
    book.set_recommendation_status(REC, "achieved")
    assert packet_changes.changes_summary(book, reference).message == packet.LABELS["en"]["changes_first"]
    packet.log_export(
        book,
        version=1,
        format="html",
        language="en",
        sections=packet.SECTIONS,
        marking="",
        file_name="p.html",
        sha256="0",
    )

    book.update_agenda_item(a.id, talking_points="- one four three\n- five", priority="high")
    book.move_agenda_item(d.id, 1)  # Delta 4 -> 2
    book.update_agenda_item(b.id, title="Beta prime")
    book.update_agenda_item(b.id, status="ready")
    book.update_agenda_item(b.id, status="not_started")  # put back
    book.remove_agenda_item(c.id)
    e = book.add_agenda_item("Epsilon")
    book.remove_agenda_item(e.id)  # added and removed: nothing
    book.set_checklist_done(task.id)
    book.set_checklist_done(done.id, False)
    book.remove_checklist_item(done.id)
    book.set_recommendation_status(REC, "set_aside")
    book.add_recommendation_note(REC, "Ask again in <March> & later", noted_on="2027-01-20")
    book.update_summit(place="Mérida")
    from briefingbook.core import bilingual

    bilingual.set_texts(book, a.id, "es", talking_points="- uno dos")

    summary = packet_changes.changes_summary(book, reference)
    assert summary.previous.version == 1 and summary.message == "" and summary.legend
    assert summary.heading == f"Changes since {heading_date(summary.previous)}"
    got = lines(summary)
    assert got["agenda"] == [
        ("“Alpha”", "priority: medium → high"),
        ("“Delta”", "moved from 4 to 2"),
        ("“Beta prime”", "renamed from “Beta”"),
        ("“Gamma”", "removed (was no. 3)"),
    ]
    assert got["briefs"] == [("“Alpha” — Points to make", ""), ("“Alpha” — Points to make (Spanish)", "")]
    points, spanish = summary.groups[1].lines
    assert points.diff == (
        (
            history.DiffPart("same", "- one "),
            history.DiffPart("removed", "two"),
            history.DiffPart("same", " "),
            history.DiffPart("added", "four"),
            history.DiffPart("same", " three"),
        ),
        (history.DiffPart("added", "- five"),),
    )
    assert spanish.diff == ((history.DiffPart("added", "- uno dos"),),)
    rec = reference.recommendation(REC)
    [(subject, detail)] = got["recommendations"]
    assert subject == f"“{rec.title('en')}”" and summary.groups[2].lines[0].context.startswith("(")
    assert detail == "status: achieved → set aside; note added: 2027-01-20: Ask again in <March> & later"
    assert got["checklist"] == [("“Draft the memo”", "completed"), ("“Send the invitations”", "removed")]
    assert got["summit"] == [("Place", "(blank) → Mérida")]
    assert "other" not in got

    es = packet_changes.changes_summary(book, reference, lang="es")
    assert es.heading.startswith("Cambios desde el ") and [g.heading for g in es.groups] == [
        "Agenda",
        "Fichas por tema",
        "Recomendaciones",
        "Lista de verificación",
        "Datos de la cumbre",
    ]
    assert ("«Delta»", "pasó del 4 al 2") in lines(es)["agenda"]
    assert lines(es)["checklist"][0] == ("«Draft the memo»", "se completó")


def test_net_changes_omit_what_was_put_back(book):
    item = book.add_agenda_item("Alpha")
    since = history.last_change_id(book.connection)
    book.update_agenda_item(item.id, notes="draft")
    book.update_agenda_item(item.id, notes="")
    book.update_agenda_item(item.id, title="Alpha 2")
    other = book.add_agenda_item("Short-lived")
    book.remove_agenda_item(other.id)
    net = packet_changes.net_changes(history.changes(book, since_id=since, newest_first=False))
    assert [(c.entity, c.action, c.fields) for c in net] == [
        ("agenda_items", "update", {"title": ("Alpha", "Alpha 2")})
    ]
    book.remove_agenda_item(item.id)
    net = packet_changes.net_changes(history.changes(book, since_id=since, newest_first=False))
    assert [(c.action, c.values["title"]) for c in net] == [("delete", "Alpha")]  # its title at the packet


def test_other_changes_are_one_line_per_row(book, reference):
    from briefingbook.core import deliverables, people, program

    ana = people.add_person(book, name="Ana López", side="mexico")
    luis = people.add_person(book, name="Luis Pérez", side="us")
    lunch = program.add_event(book, day="2027-03-01", start_time="13:00", title="Working lunch", participants=[luis.id])
    statement = deliverables.add_deliverable(book, title="Joint statement")
    packet.log_export(
        book,
        version=1,
        format="pdf",
        language="en",
        sections=packet.SECTIONS,
        marking="",
        file_name="p.pdf",
        sha256="0",
    )

    people.add_person(book, name="Marta Ruiz", side="us")
    program.update_event(book, lunch.id, place="Los Pinos", participants=[luis.id, ana.id])
    deliverables.remove_deliverable(book, statement.id)
    people.move_person(book, luis.id, 0)
    people.update_person(book, ana.id, role="Minister")
    people.update_person(book, ana.id, role="")  # put back: not a change
    summary = packet_changes.changes_summary(book, reference)
    assert lines(summary) == {
        "other": [
            ("Program event “Working lunch”", "edited (place, participants)"),
            ("Person “Marta Ruiz”", "added"),
            ("Deliverable “Joint statement”", "removed"),
            ("Who's who", "order changed"),
        ]
    }


def test_export_before_the_change_log_is_said_in_one_sentence(book, reference):
    packet.log_export(
        book,
        version=1,
        format="pdf",
        language="en",
        sections=packet.SECTIONS,
        marking="",
        file_name="old.pdf",
        sha256="0",
    )
    with book.transaction() as conn:  # as an export logged before book format 7 reads
        conn.execute("UPDATE packet_exports SET change_log_id = NULL")
    book.add_agenda_item("Alpha")
    summary = packet_changes.changes_summary(book, reference)
    date = heading_date(summary.previous)
    assert summary.heading == f"Changes since {date}" and summary.groups == []
    assert summary.message == (
        f"The previous packet (v1, {date}) was exported before this book kept a record of "
        f"its changes, so the changes since then cannot be listed."
    )


@pytest.mark.slow
def test_sections_option_and_bilingual_packet(book, reference, tmp_path):
    from briefingbook.export import export_packet

    # What changed since the last packet is for staff: the staff book has it, the principal's does not.
    assert "changes" in packet.parse_sections(None, "staff") and "changes" not in packet.parse_sections(None)
    assert packet.parse_sections("changes,overview") == (
        "overview",
        "changes",
    )
    assert packet.build_outline(book, reference, sections="agenda").changes is None
    item = book.add_agenda_item("Alpha")
    export_packet(book, reference, tmp_path / "one.html", sections="agenda")
    book.update_agenda_item(item.id, status="ready")
    path = export_packet(book, reference, tmp_path / "both.pdf", lang="both", sections="overview,changes")
    body = flat(pdf_text(path))
    assert body.count("Changes since ") == 1 and "“Alpha”: status: not started → ready" in body
    assert "Cambios desde" not in body
