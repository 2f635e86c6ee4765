"""The demo book: every issue area on the agenda, the default checklist, (issue 11) a program
skeleton, people by role only, empty press prompts and suggested deliverables, and (issue 21)
each part of the principal's book once, in sample text marked "[Sample]" ("[Ejemplo]" in a
Spanish book): a scene-setter, a meeting memo on the bilateral meeting, a scenario on it, and
arrival remarks.

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
    fill_demo_principal(book)


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


# -- the principal's book (issue 21) ----------------------------------------------------------------
# Sample text says what belongs in each part and shows its shape: no positions of real governments,
# no quotes, names or figures; people by role, as in DEMO_PEOPLE. Every text carries the marker.
SAMPLE_MARK = {"en": "[Sample]", "es": "[Ejemplo]"}
_SCENE = {
    "en": {
        "context": "{m} Where the relationship stands and why this summit happens now, in two or three short "
        "paragraphs. Each agenda item's brief holds its own background: say here only what the principal "
        "needs before the first meeting.",
        "our_aims": "- {m} The two or three results that would make the visit a success, a sentence each.\n"
        "- {m} A work plan, with dates, for the agenda items raised at the bilateral meeting.",
        "their_aims": "- {m} What the hosts are expected to want from the visit, as their own public statements "
        "say it (cited in the briefs).",
        "sensitivities": "- {m} Subjects to avoid or to handle with care, and why.\n"
        "- {m} Protocol to get right: titles, forms of address, gifts.",
        "atmospherics": "{m} The tone expected in the meetings and in public, and how the hosts are likely to "
        "receive the delegation.",
    },
    "es": {
        "context": "{m} En qué punto está la relación y por qué la cumbre ocurre ahora, en dos o tres párrafos "
        "breves. Cada tema de la agenda tiene sus antecedentes en su ficha: aquí va solo lo que el titular "
        "necesita saber antes de la primera reunión.",
        "our_aims": "- {m} Los dos o tres resultados que harían de la visita un éxito, en una oración cada uno.\n"
        "- {m} Un plan de trabajo, con fechas, para los temas de la agenda que se tratan en la reunión bilateral.",
        "their_aims": "- {m} Lo que se espera que los anfitriones quieran de la visita, tal como lo dicen sus "
        "propias declaraciones públicas (citadas en las fichas).",
        "sensitivities": "- {m} Temas que conviene evitar o tratar con cuidado, y por qué.\n"
        "- {m} Protocolo que hay que cuidar: cargos, tratamientos, obsequios.",
        "atmospherics": "{m} El tono que se espera en las reuniones y en público, y cómo es probable que los "
        "anfitriones reciban a la delegación.",
    },
}
_MEMO = {
    "en": {
        "objectives": "- {m} How the two delegations follow up on the agenda items below: who does what, by when.\n"
        "- {m} What is announced at the joint press conference.",
        "they_raise": "{m} The subjects the hosts are expected to raise, each with our answer; the briefs' "
        "“Their objectives” and “Our response” hold the detail.",
        "notes": "{m} Practical notes: who keeps the record of the meeting, interpretation, time for each side.",
    },
    "es": {
        "objectives": "- {m} Cómo dan seguimiento ambas delegaciones a los temas de la agenda de abajo: quién hace "
        "qué y para cuándo.\n- {m} Qué se anuncia en la conferencia de prensa conjunta.",
        "they_raise": "{m} Los temas que se espera que planteen los anfitriones, cada uno con nuestra respuesta; "
        "los «Objetivos de la contraparte» y «Nuestra respuesta» de las fichas tienen el detalle.",
        "notes": "{m} Notas prácticas: quién lleva el registro de la reunión, interpretación, tiempo de cada parte.",
    },
}
# (person index in DEMO_PEOPLE, role in the meeting en, es)
_MEMO_PEOPLE = (
    (0, "Leads for our side", "Encabeza por nuestra parte"),
    (1, "Takes part", "Participa"),
    (4, "Leads for the hosts", "Encabeza por los anfitriones"),
    (5, "Takes part", "Participa"),
)
_MEMO_DELIVERABLE = "wwc2005-bilateral-mechanisms"
# (minutes from the meeting's start, what happens en, es, who en, es)
_SCENARIO = (
    (
        -15,
        "{m} The delegation arrives; greeted at the entrance by the hosts' chief of protocol",
        "{m} Llega la delegación; la recibe en la entrada el jefe de protocolo de los anfitriones",
        "Head of delegation",
        "Jefe de la delegación",
    ),
    (
        -5,
        "{m} The heads of delegation greet each other; photo opportunity (pool press only)",
        "{m} Saludo de los jefes de delegación; fotografía (solo prensa en grupo reducido)",
        "Heads of delegation",
        "Jefes de delegación",
    ),
    (
        0,
        "{m} The meeting begins; seating as agreed with the hosts' protocol office",
        "{m} Empieza la reunión; los lugares, como se acordó con la oficina de protocolo de los anfitriones",
        "Both delegations",
        "Ambas delegaciones",
    ),
    (
        85,
        "{m} The meeting ends; the delegations leave for the working lunch",
        "{m} Termina la reunión; las delegaciones pasan a la comida de trabajo",
        "Both delegations",
        "Ambas delegaciones",
    ),
)
_REMARK = {
    "en": (
        "Arrival statement",
        "Head of delegation",
        "{m} The text to be spoken, written out in full as it will be said: a greeting to the hosts, the "
        "purpose of the visit in a sentence or two, and thanks. The Remarks pane counts its words and the "
        "time it takes to deliver at 130 words a minute.",
    ),
    "es": (
        "Declaración de llegada",
        "Jefe de la delegación",
        "{m} El texto que se dirá, escrito completo tal como se pronunciará: un saludo a los anfitriones, el "
        "propósito de la visita en una o dos oraciones y un agradecimiento. El panel de Palabras cuenta sus "
        "palabras y el tiempo que toma decirlo a 130 palabras por minuto.",
    ),
}


def fill_demo_principal(book: Book) -> None:
    """Each part of the principal's book once, in sample text marked SAMPLE_MARK: the scene-setter's
    parts, a meeting memo on the bilateral meeting (participants by role, objectives, the meeting's
    agenda items in order, what they will raise, a linked deliverable), a scenario on that meeting,
    and arrival remarks linked to the arrival. Parts already written are left alone."""
    from briefingbook.core import deliverables, people, principal, program

    if not principal.schema_ready(book):
        return
    lang = "es" if book.summit().language == "es" else "en"
    es = lang == "es"
    mark = SAMPLE_MARK[lang]
    if principal.scene_setter(book).empty:
        principal.set_scene_setter(book, **{part: text.format(m=mark) for part, text in _SCENE[lang].items()})
    events = program.events(book)
    meeting = next((e for e in events if e.kind == "bilateral_meeting"), None)
    if meeting is not None and principal.memo(book, meeting.id) is None:
        principal.add_memo(book, meeting.id, **{name: text.format(m=mark) for name, text in _MEMO[lang].items()})
        titles = [role_es if es else role_en for _side, role_en, role_es, _org in DEMO_PEOPLE]
        by_title: dict[str, int] = {}
        for person in people.people(book):
            by_title.setdefault(person.title, person.id)
        chosen = [
            (by_title[titles[index]], role_es if es else role_en)
            for index, role_en, role_es in _MEMO_PEOPLE
            if titles[index] in by_title
        ]
        if chosen:
            principal.set_memo_participants(book, meeting.id, chosen)
        principal.set_memo_agenda(book, meeting.id, list(meeting.agenda_items))
        linked = [d.id for d in deliverables.deliverables(book) if _MEMO_DELIVERABLE in d.recommendations]
        principal.set_memo_deliverables(book, meeting.id, linked[:1])
    if meeting is not None and not principal.scenario(book, meeting.id):
        for minutes, action_en, action_es, who_en, who_es in _SCENARIO:
            principal.add_step(
                book,
                meeting.id,
                (action_es if es else action_en).format(m=mark),
                who_es if es else who_en,
                offset_minutes=minutes,
            )
    arrival = next((e for e in events if e.kind == "travel"), None)
    if arrival is not None and not principal.remarks(book):
        occasion, speaker, text = _REMARK[lang]
        principal.add_remark(book, occasion, speaker, text.format(m=mark), event_id=arrival.id)


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
