"""Readable, translated names for what the change log and a merge talk about: the kinds of
rows (``core.history.TRACKED``) and their fields. Shared by the History pane and the merge
dialog so both say the same thing, and with the Charts pane (an imported vintage, as its picker
names it).

Every name is a literal ``QCoreApplication.translate("history", …)`` call so pyside6-lupdate
finds it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from briefingbook.ui import import_messages
from briefingbook.ui.i18n import short_date


def entity_names() -> dict[str, str]:
    return {
        "summit": QCoreApplication.translate("history", "Summit details"),
        "summit_settings": QCoreApplication.translate("history", "Summit setting"),
        "agenda_items": QCoreApplication.translate("history", "Agenda item"),
        "agenda_item_versions": QCoreApplication.translate("history", "Brief in the other language"),
        "agenda_links": QCoreApplication.translate("history", "Linked recommendation"),
        "recommendation_status": QCoreApplication.translate("history", "Recommendation status"),
        "recommendation_notes": QCoreApplication.translate("history", "Recommendation note"),
        "checklist_items": QCoreApplication.translate("history", "Checklist item"),
        "people": QCoreApplication.translate("history", "Person"),
        "program_events": QCoreApplication.translate("history", "Program event"),
        "program_event_people": QCoreApplication.translate("history", "Person at an event"),
        "program_event_agenda": QCoreApplication.translate("history", "Agenda item at an event"),
        "press_qa": QCoreApplication.translate("history", "Press Q&A"),
        "press_top_lines": QCoreApplication.translate("history", "Press top line"),
        "deliverables": QCoreApplication.translate("history", "Deliverable"),
        "deliverable_agenda": QCoreApplication.translate("history", "Deliverable's agenda item"),
        "deliverable_recommendations": QCoreApplication.translate("history", "Deliverable's recommendation"),
        "book_series": QCoreApplication.translate("history", "Imported series"),
        "book_series_vintages": QCoreApplication.translate("history", "Imported series vintage"),
        "scene_setter": QCoreApplication.translate("history", "Scene-setter"),
        "meeting_memos": QCoreApplication.translate("history", "Meeting memo"),
        "meeting_memo_people": QCoreApplication.translate("history", "Participant in a meeting memo"),
        "meeting_memo_agenda": QCoreApplication.translate("history", "Agenda item in a meeting memo"),
        "meeting_memo_deliverables": QCoreApplication.translate("history", "Deliverable in a meeting memo"),
        "scenario_steps": QCoreApplication.translate("history", "Scenario step"),
        "remarks": QCoreApplication.translate("history", "Remarks"),
        "remark_events": QCoreApplication.translate("history", "Event of remarks"),
    }


def entity_name(entity: str) -> str:
    return entity_names().get(entity, entity)


def field_name(field: str | None) -> str:
    """A column as the user knows it (the same column name means the same thing in every table)."""
    if not field:
        return ""
    names = {
        "title": QCoreApplication.translate("history", "Title"),
        "place": QCoreApplication.translate("history", "Place"),
        "date": QCoreApplication.translate("history", "Date"),
        "delegation": QCoreApplication.translate("history", "Delegation"),
        "marking": QCoreApplication.translate("history", "Handling marking"),
        "language": QCoreApplication.translate("history", "Language"),
        "value": QCoreApplication.translate("history", "Value"),
        "position": QCoreApplication.translate("history", "Order"),
        "issue_area": QCoreApplication.translate("history", "Issue area"),
        "priority": QCoreApplication.translate("history", "Priority"),
        "status": QCoreApplication.translate("history", "Status"),
        "objectives": QCoreApplication.translate("history", "Objectives"),
        "talking_points": QCoreApplication.translate("history", "Points to make"),
        "their_objectives": QCoreApplication.translate("history", "Their objectives"),
        "our_response": QCoreApplication.translate("history", "Our response"),
        "press_line": QCoreApplication.translate("history", "Press line"),
        "notes": QCoreApplication.translate("history", "Notes"),
        "text": QCoreApplication.translate("history", "Text"),
        "recommendation_id": QCoreApplication.translate("history", "Recommendation"),
        "noted_on": QCoreApplication.translate("history", "Noted on"),
        "note": QCoreApplication.translate("history", "Note"),
        "template_id": QCoreApplication.translate("history", "Template item"),
        "phase": QCoreApplication.translate("history", "Phase"),
        "phase_title": QCoreApplication.translate("history", "Phase title"),
        "offset_days": QCoreApplication.translate("history", "Due (days from the summit)"),
        "owner": QCoreApplication.translate("history", "Owner"),
        "done_at": QCoreApplication.translate("history", "Done"),
        "name": QCoreApplication.translate("history", "Name"),
        "organisation": QCoreApplication.translate("history", "Organisation"),
        "side": QCoreApplication.translate("history", "Side"),
        "role": QCoreApplication.translate("history", "Role"),
        "bio": QCoreApplication.translate("history", "Biography"),
        "talking_notes": QCoreApplication.translate("history", "Talking notes"),
        "pronunciation": QCoreApplication.translate("history", "Pronunciation"),
        "photo": QCoreApplication.translate("history", "Photo"),
        "photo_type": QCoreApplication.translate("history", "Photo type"),
        "day": QCoreApplication.translate("history", "Day"),
        "start_time": QCoreApplication.translate("history", "Start time"),
        "duration_minutes": QCoreApplication.translate("history", "Duration (minutes)"),
        "kind": QCoreApplication.translate("history", "Kind"),
        "question": QCoreApplication.translate("history", "Question"),
        "answer": QCoreApplication.translate("history", "Answer"),
        "prompt": QCoreApplication.translate("history", "Prompt"),
        "suggested_by": QCoreApplication.translate("history", "Suggested by"),
        "unit": QCoreApplication.translate("history", "Unit"),
        "source": QCoreApplication.translate("history", "Source"),
        "series_code": QCoreApplication.translate("history", "Series code"),
        "frequency": QCoreApplication.translate("history", "Frequency"),
        "aggregation": QCoreApplication.translate("history", "Aggregation"),
        "as_of": QCoreApplication.translate("history", "As of"),
        "layout": QCoreApplication.translate("history", "Layout"),
        "file_name": QCoreApplication.translate("history", "File"),
        "observations": QCoreApplication.translate("history", "Values"),
        "last_met": QCoreApplication.translate("history", "Last met"),
        "they_raise": QCoreApplication.translate("history", "What they will raise"),
        "offset_minutes": QCoreApplication.translate("history", "Time (minutes from the event's start)"),
        "action": QCoreApplication.translate("history", "What happens"),
        "who": QCoreApplication.translate("history", "Who"),
        "occasion": QCoreApplication.translate("history", "Occasion"),
        "speaker": QCoreApplication.translate("history", "Speaker"),
    }
    return names.get(field, field)


def action_name(action: str) -> str:
    return {
        "insert": QCoreApplication.translate("history", "Added"),
        "update": QCoreApplication.translate("history", "Changed"),
        "delete": QCoreApplication.translate("history", "Removed"),
    }.get(action, action)


def value_label(entity: str, field: str | None, value) -> str:
    """A logged value as the user reads it: a choice by its translated name (statuses,
    priorities, kinds…), anything else as its text; empty for no value."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    from briefingbook.ui.item_models import agenda_status_label, priority_label, recommendation_status_label
    from briefingbook.ui.program_dialogs import (
        deliverable_kind_label,
        deliverable_status_label,
        event_kind_label,
        marking_label,
        side_label,
    )

    labels = {
        ("agenda_items", "priority"): priority_label,
        ("agenda_items", "status"): agenda_status_label,
        ("recommendation_status", "status"): recommendation_status_label,
        ("deliverables", "status"): deliverable_status_label,
        ("deliverables", "kind"): deliverable_kind_label,
        ("program_events", "kind"): event_kind_label,
        ("people", "side"): side_label,
        ("press_qa", "marking"): marking_label,
    }
    label = labels.get((entity, field or ""))
    if label is not None:
        return label(text)
    if (entity, field) in HIDDEN_VALUES:
        return ""
    if (entity, field) in (("book_series", "frequency"), ("book_series", "aggregation")):
        return _capitalised(import_messages.templates().get(text, text))
    if (entity, field) == ("book_series_vintages", "layout"):
        return layout_label(text)
    if (entity, field) == ("summit", "language"):
        return language_label(text)
    if (entity, field) == ("summit_settings", "value") and "/" in text:
        from briefingbook.core.program import zone_city

        return zone_city(text, _ui_lang())
    return text


# Internal identifiers logged with a row that mean nothing to a reader (a checklist item's
# template entry and phase id: the phase's title is logged beside it).
HIDDEN_VALUES = {("checklist_items", "template_id"), ("checklist_items", "phase")}


def _ui_lang() -> str:
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def language_label(code: str) -> str:
    return {
        "en": QCoreApplication.translate("history", "English"),
        "es": QCoreApplication.translate("history", "Spanish"),
    }.get(code, code)


def layout_label(stored: str) -> str:
    """A vintage's recorded layout (``text:spanish``, ``xlsx:tidy``) in words: "Spanish-locale
    export (Banxico SIE, INEGI), text file"."""
    file_format, _, layout = stored.partition(":")
    name = import_messages.templates().get(f"layout_{layout}")
    if name is None:
        return stored
    if file_format == "xlsx":
        return QCoreApplication.translate("history", "{layout}, Excel workbook").format(layout=name)
    if file_format == "text":
        return QCoreApplication.translate("history", "{layout}, text file").format(layout=name)
    return name


def vintage_label(file_name: str, imported_at: str, lang: str) -> str:
    """An import of a series (a vintage) as the user knows it: the file it was read from and the
    day it was imported on this computer, "remesas.csv (imported 5 Dec 2026)". The Charts pane's
    vintage picker shows it after the vintage's number; the merge dialog names a colleague's
    import by it (its number there is the colleague's, not the one it gets here)."""
    try:
        moment = dt.datetime.fromisoformat(imported_at.replace("Z", "+00:00"))
    except ValueError:
        when = imported_at
    else:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        when = short_date(moment.astimezone().date(), lang)
    return QCoreApplication.translate("history", "{file} (imported {when})").format(file=file_name, when=when)


def row_label(entity: str, label: str) -> str:
    """The name a change log keeps for a row, where that name is a code: a setting by what it
    sets, a scene-setter part by its heading (other rows keep their title as written)."""
    if entity == "summit_settings":
        return {
            "summit_zone": QCoreApplication.translate("history", "Summit time zone"),
            "home_zone": QCoreApplication.translate("history", "Home time zone"),
        }.get(label, label)
    if entity == "scene_setter":
        return scene_part_name(label)
    return label


def scene_part_name(part: str) -> str:
    """A scene-setter part by its heading, as the Scene-setter pane names it."""
    return {
        "context": QCoreApplication.translate("SceneSetterPane", "Context"),
        "our_aims": QCoreApplication.translate("SceneSetterPane", "What we want"),
        "their_aims": QCoreApplication.translate("SceneSetterPane", "What they want"),
        "sensitivities": QCoreApplication.translate("SceneSetterPane", "Sensitivities"),
        "atmospherics": QCoreApplication.translate("SceneSetterPane", "Atmospherics"),
    }.get(part, part)


def conflict_kind_name(kind: str) -> str:
    """What a merge conflict is about, for the History pane and the merge dialog."""
    return {
        "field": QCoreApplication.translate("history", "Changed in both copies"),
        "removed_mine": QCoreApplication.translate("history", "You removed it; your colleague changed it"),
        "removed_theirs": QCoreApplication.translate("history", "Your colleague removed it; you changed it"),
        "order": QCoreApplication.translate("history", "Both copies changed the order"),
    }.get(kind, kind)
