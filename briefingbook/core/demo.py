"""The demo book: every issue area on the agenda, the default checklist, and (issue 11) a program
skeleton, people by role only, empty press prompts and suggested deliverables.

The brief of each agenda item starts from the study group's recommendations for that area,
marked as suggestions with their citation; the product never invents positions of real
governments or statements of real people.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from briefingbook.core.book import Book
from briefingbook.core.checklist import Template, load_template
from briefingbook.core.model import Recommendation
from briefingbook.core.reference import Reference

# The demo's summit is as far ahead as the default checklist's first step (T-60), so a new
# user's first day shows nothing overdue (issue 19).
DEMO_DAYS_AHEAD = 60
SUGGESTIONS_PER_ITEM = 3

# Written into the field itself, so a demo suggestion can never pass for a position.
NOT_A_POSITION = {
    "wwc2005": {
        "en": "Suggested from the 2005 study group — not a position",
        "es": "Sugerido a partir del grupo de estudio de 2005 — no es una posición",
    },
    "outline2009": {
        "en": "Suggested from the 2009 presentation outline — not a position",
        "es": "Sugerido a partir del esquema de presentación de 2009 — no es una posición",
    },
}
_SOURCE = {"en": "source", "es": "fuente"}
DEMO_MARKING = {"en": "DEMO - FOR TRAINING ONLY", "es": "DEMOSTRACIÓN - SOLO PARA CAPACITACIÓN"}


def demo_marking(lang: str) -> str:
    """The handling marking of a demo book unless the user gives another."""
    return DEMO_MARKING.get(lang, DEMO_MARKING["en"])


def suggestion_label(rec: Recommendation, reference: Reference, lang: str) -> str:
    """ "Suggested from the 2005 study group — not a position; source: …" for one recommendation."""
    return f"{NOT_A_POSITION[rec.document][lang]}; {_SOURCE[lang]}: {reference.recommendation_citation(rec, lang)}"


def suggested_objectives(reference: Reference, issue_area: str, lang: str) -> str:
    """Bullet lines ("- …") drawn from the area's recommendations, each saying in the line itself
    that it is a suggestion from a dated document and not a position, with its citation."""
    lines = []
    for rec in reference.recommendations(issue_area)[:SUGGESTIONS_PER_ITEM]:
        lines.append(f"- {rec.title(lang)} [{suggestion_label(rec, reference, lang)}]")
    return "\n".join(lines)


def fill_demo(book: Book, reference: Reference, template: Template | None = None) -> None:
    """Put every issue area on the agenda (reference order) and apply the default checklist."""
    lang = book.summit().language
    present = {item.issue_area for item in book.agenda()}
    for area in reference.issue_areas():
        if area.id in present:
            continue
        book.add_agenda_item(
            area.title(lang), issue_area=area.id, objectives=suggested_objectives(reference, area.id, lang)
        )
    book.apply_checklist_template(template or load_template(), lang)
    fill_demo_program(book, reference)


# -- program, people, press prompts and deliverables (issue 11) -------------------------------------
# Roles only: the demo never names or describes real people. (en, es) pairs; side; organisation.
DEMO_PEOPLE = (
    ("us", "Head of delegation", "Jefe de la delegación", ""),
    ("us", "Secretary of State", "Secretario de Estado", "U.S. Department of State"),
    ("us", "U.S. Ambassador to Mexico", "Embajador de EE. UU. en México", "U.S. Embassy in Mexico City"),
    ("us", "Summit coordinator", "Coordinador de la cumbre", "U.S. Department of State"),
    ("mexico", "Head of the Mexican delegation", "Jefe de la delegación mexicana", ""),
    (
        "mexico",
        "Secretary of Foreign Affairs",
        "Secretario de Relaciones Exteriores",
        "Secretaría de Relaciones Exteriores",
    ),
    ("mexico", "Secretary of Economy", "Secretario de Economía", "Secretaría de Economía"),
    (
        "mexico",
        "Ambassador of Mexico to the United States",
        "Embajador de México en Estados Unidos",
        "Embajada de México en Washington",
    ),
)
DEMO_HEADS = (0, 4)
_ROLE = {
    "en": ("Head of delegation", "Member of the delegation"),
    "es": ("Jefe de delegación", "Integrante de la delegación"),
}
_TBC = {"en": "{role} (name to be confirmed)", "es": "{role} (nombre por confirmar)"}
# (day offset from the summit date, start, minutes, kind, en, es, people indexes, issue areas covered)
DEMO_PROGRAM = (
    (0, "08:30", 60, "travel", "Arrival of the delegation", "Llegada de la delegación", (0, 1, 2, 3), ()),
    (
        0,
        "11:00",
        90,
        "bilateral_meeting",
        "Bilateral meeting of the heads of delegation",
        "Reunión bilateral de los jefes de delegación",
        (0, 1, 4, 5),
        ("summits_mechanisms", "public_security", "migration"),
    ),
    (
        0,
        "13:00",
        90,
        "working_lunch",
        "Working lunch",
        "Comida de trabajo",
        (0, 1, 2, 4, 5, 6),
        ("trade_facilitation", "infrastructure", "energy_for_infrastructure"),
    ),
    (
        0,
        "15:00",
        120,
        "plenary",
        "Plenary session",
        "Sesión plenaria",
        (0, 1, 2, 3, 4, 5, 6, 7),
        ("employment_generation", "education", "healthcare", "environment", "development_fund"),
    ),
    (
        1,
        "09:30",
        90,
        "plenary",
        "Second plenary session",
        "Segunda sesión plenaria",
        (0, 1, 4, 5, 6),
        ("debordering_border", "internal_policies"),
    ),
    (1, "11:30", 30, "signing", "Signing of agreements", "Firma de acuerdos", (0, 4), ()),
    (1, "12:15", 45, "press_conference", "Joint press conference", "Conferencia de prensa conjunta", (0, 4), ()),
    (1, "15:00", 60, "travel", "Departure of the delegation", "Salida de la delegación", (0, 1, 2, 3), ()),
)
_PROMPTS = {
    "en": (
        "Prompt: the question the press is most likely to ask on “{title}” (write it and the agreed answer).",
        "Prompt: a difficult question on “{title}” we should be ready for (write it, the answer and its marking).",
    ),
    "es": (
        "Pauta: la pregunta que la prensa probablemente hará sobre «{title}» (escríbala con la respuesta acordada).",
        "Pauta: una pregunta difícil sobre «{title}» para la que conviene estar listos (escriba la pregunta, "
        "la respuesta y su clasificación).",
    ),
}
# Study-group recommendations that describe something a summit can sign or declare. The 2005
# plan for oil-backed Pemex financing is left out: Mexico's 2013 energy reform changed the ground
# it stood on (see the area's "Since then"), and a demo should not put it forward as a deliverable.
DEMO_DELIVERABLES = (
    ("wwc2005-strategic-partnership", "joint_statement"),
    ("wwc2005-bilateral-mechanisms", "agreement"),
    ("wwc2005-customs-facilitation", "agreement"),
    ("wwc2005-educational-exchange", "agreement"),
)
_VENUE_TBC = {"en": "venue to be confirmed", "es": "sede por confirmar"}


def fill_demo_program(book: Book, reference: Reference) -> None:
    """People by role only, a two-day program skeleton around the summit date, two empty press
    prompts per agenda item, and deliverables suggested from the study group's recommendations
    (with their citation). One transaction, so the demo book stays quick to make."""
    from briefingbook.core import deliverables, people, press, program

    summit = book.summit()
    lang = summit.language
    es = lang == "es"
    agenda = {item.issue_area: item.id for item in book.agenda() if item.issue_area}
    with book.transaction() as conn:
        if conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0:
            person_ids = []
            for index, (side, role_en, role_es, org) in enumerate(DEMO_PEOPLE):
                title = role_es if es else role_en
                role = _ROLE[lang][0 if index in DEMO_HEADS else 1]
                person_ids.append(
                    people.insert_person(
                        conn, name=_TBC[lang].format(role=title), title=title, organisation=org, side=side, role=role
                    )
                )
        else:
            person_ids = []
        if conn.execute("SELECT count(*) FROM program_events").fetchone()[0] == 0 and person_ids:
            place = f"{summit.place} ({_VENUE_TBC[lang]})" if summit.place else _VENUE_TBC[lang]
            for offset, start, minutes, kind, en, es_title, who, areas in DEMO_PROGRAM:
                program.insert_event(
                    conn,
                    day=summit.date + dt.timedelta(days=offset),
                    start_time=start,
                    duration_minutes=minutes,
                    kind=kind,
                    title=es_title if es else en,
                    place=place,
                    participants=[person_ids[i] for i in who],
                    agenda_items=[agenda[a] for a in areas if a in agenda],
                )
        if conn.execute("SELECT count(*) FROM press_qa").fetchone()[0] == 0:
            for item in book.agenda():
                for text in _PROMPTS[lang]:
                    press.insert_question(conn, item.id, text.format(title=item.title), prompt=True)
        if conn.execute("SELECT count(*) FROM deliverables").fetchone()[0] == 0:
            known = {rec.id: rec for rec in reference.recommendations()}
            for rec_id, kind in DEMO_DELIVERABLES:
                rec = known.get(rec_id)
                if rec is None:
                    continue
                label = suggestion_label(rec, reference, lang)
                deliverables.insert_deliverable(
                    conn,
                    title=rec.title(lang),
                    kind=kind,
                    notes=label,
                    suggested_by=label,
                    agenda_items=[agenda[rec.issue_area]] if rec.issue_area in agenda else [],
                    recommendations=[rec.id],
                )


def create_demo_book(
    path: str | os.PathLike[str],
    reference: Reference,
    *,
    title: str | None = None,
    date: str | dt.date | None = None,
    place: str | None = None,
    delegation: str | None = None,
    marking: str | None = None,
    language: str = "en",
    today: dt.date | None = None,
    author: str | None = None,
) -> Book:
    """A new demo book at ``path``; by default the summit is DEMO_DAYS_AHEAD days from today."""
    spanish = language == "es"
    if place is None:
        place = "Ciudad de México" if spanish else "Mexico City"
    if delegation is None:
        delegation = "Delegación de demostración" if spanish else "Demo delegation"
    if marking is None:
        marking = demo_marking(language)
    today = today or dt.date.today()
    if title is None:
        title = "Cumbre México–Estados Unidos (demostración)" if language == "es" else "U.S.–Mexico Summit (demo)"
    return Book.create(
        Path(path),
        title=title,
        date=date or today + dt.timedelta(days=DEMO_DAYS_AHEAD),
        place=place,
        delegation=delegation,
        marking=marking,
        language=language,
        populate=lambda draft: fill_demo(draft, reference),
        author=author,
    )
