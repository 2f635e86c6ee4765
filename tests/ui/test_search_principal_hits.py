"""Searching the principal's book from the window (issue 21): each hit names what was found in the
user's language, and picking it shows its event in the Program pane."""

from __future__ import annotations

from briefingbook.core import principal, program


def _bilateral(book):
    return next(e for e in program.events(book) if e.kind == "bilateral_meeting")


def _rows(window, query):
    window.search.setText(query)
    hits = window.search.run_search()
    return hits, [window.search.results.item(i).text().splitlines()[0] for i in range(len(hits))]


def test_hits_name_the_memo_scenario_remark_and_scene_setter_and_jump(window):
    book = window.session.book
    event = _bilateral(book)
    other = next(e for e in program.events(book) if e.id != event.id)
    if principal.memo(book, event.id) is None:
        principal.add_memo(book, event.id)
    principal.update_memo(book, event.id, they_raise="Xilófonos fronterizos")
    principal.add_step(book, other.id, "Llegada de xilófonos", "Protocolo", at=other.start_time)
    remark = principal.add_remark(book, "Arrival statement", "Head of delegation", "Xilofonos", event_id=other.id)
    principal.set_scene_setter(book, sensitivities="Los xilófonos")

    hits, rows = _rows(window, "xilofonos")  # typed without the accent
    found = {(h.kind, h.id): row for h, row in zip(hits, rows)}
    assert found[("memo", str(event.id))] == f"Meeting memo · {event.title}"
    assert found[("scenario", str(other.id))] == f"Scenario · {other.title}"
    assert found[("remark", str(remark.id))] == "Remarks · Arrival statement"
    assert found[("scene", "sensitivities")] == "Scene-setter · Sensitivities"

    window.navigate("memo", str(event.id))
    assert window.current_pane() == "program" and window.program_pane.current_id() == event.id
    window.navigate("scenario", str(other.id))
    assert window.current_pane() == "program" and window.program_pane.current_id() == other.id
    window.show_pane("agenda")
    window.navigate("remark", str(remark.id))  # a remark shows in the Remarks pane
    assert window.current_pane() == "remarks" and window.remarks_pane.current_id() == remark.id
    window.show_pane("agenda")
    window.navigate("scene", "sensitivities")  # the scene-setter's part, with the cursor in it
    assert window.current_pane() == "scene_setter"
    assert window.scene_setter_pane.editors["sensitivities"].hasFocus()

    window.set_ui_language("es")
    try:
        _hits, rows = _rows(window, "XILÓFONOS")
        assert {"Memorando de reunión · " + event.title, "Escenario · " + other.title} <= set(rows)
        assert {"Palabras · Arrival statement", "Panorama · Temas sensibles"} <= set(rows)
    finally:
        window.set_ui_language("en")
