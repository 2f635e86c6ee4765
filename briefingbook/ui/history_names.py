"""Readable, translated names for what the change log and a merge talk about: the kinds of
rows (``core.history.TRACKED``) and their fields. Shared by the History pane and the merge
dialog so both say the same thing.

Every name is a literal ``QCoreApplication.translate("history", …)`` call so pyside6-lupdate
finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def entity_names() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "summit": tr("history", "Summit details"),
        "summit_settings": tr("history", "Summit setting"),
        "agenda_items": tr("history", "Agenda item"),
        "agenda_item_versions": tr("history", "Brief in the other language"),
        "agenda_links": tr("history", "Linked recommendation"),
        "recommendation_status": tr("history", "Recommendation status"),
        "recommendation_notes": tr("history", "Recommendation note"),
        "checklist_items": tr("history", "Checklist item"),
        "people": tr("history", "Person"),
        "program_events": tr("history", "Program event"),
        "program_event_people": tr("history", "Person at an event"),
        "program_event_agenda": tr("history", "Agenda item at an event"),
        "press_qa": tr("history", "Press Q&A"),
        "press_top_lines": tr("history", "Press top line"),
        "deliverables": tr("history", "Deliverable"),
        "deliverable_agenda": tr("history", "Deliverable's agenda item"),
        "deliverable_recommendations": tr("history", "Deliverable's recommendation"),
        "book_series": tr("history", "Imported series"),
        "book_series_vintages": tr("history", "Imported series vintage"),
    }


def entity_name(entity: str) -> str:
    return entity_names().get(entity, entity)


def field_name(field: str | None) -> str:
    """A column as the user knows it (the same column name means the same thing in every table)."""
    if not field:
        return ""
    tr = QCoreApplication.translate
    names = {
        "title": tr("history", "Title"),
        "place": tr("history", "Place"),
        "date": tr("history", "Date"),
        "delegation": tr("history", "Delegation"),
        "marking": tr("history", "Handling marking"),
        "language": tr("history", "Language"),
        "value": tr("history", "Value"),
        "position": tr("history", "Order"),
        "issue_area": tr("history", "Issue area"),
        "priority": tr("history", "Priority"),
        "status": tr("history", "Status"),
        "objectives": tr("history", "Objectives"),
        "talking_points": tr("history", "Points to make"),
        "their_objectives": tr("history", "Their objectives"),
        "our_response": tr("history", "Our response"),
        "press_line": tr("history", "Press line"),
        "notes": tr("history", "Notes"),
        "text": tr("history", "Text"),
        "recommendation_id": tr("history", "Recommendation"),
        "noted_on": tr("history", "Noted on"),
        "note": tr("history", "Note"),
        "template_id": tr("history", "Template item"),
        "phase": tr("history", "Phase"),
        "phase_title": tr("history", "Phase title"),
        "offset_days": tr("history", "Due (days from the summit)"),
        "owner": tr("history", "Owner"),
        "done_at": tr("history", "Done"),
        "name": tr("history", "Name"),
        "organisation": tr("history", "Organisation"),
        "side": tr("history", "Side"),
        "role": tr("history", "Role"),
        "bio": tr("history", "Biography"),
        "talking_notes": tr("history", "Talking notes"),
        "pronunciation": tr("history", "Pronunciation"),
        "photo": tr("history", "Photo"),
        "photo_type": tr("history", "Photo type"),
        "day": tr("history", "Day"),
        "start_time": tr("history", "Start time"),
        "duration_minutes": tr("history", "Duration (minutes)"),
        "kind": tr("history", "Kind"),
        "question": tr("history", "Question"),
        "answer": tr("history", "Answer"),
        "prompt": tr("history", "Prompt"),
        "suggested_by": tr("history", "Suggested by"),
        "unit": tr("history", "Unit"),
        "source": tr("history", "Source"),
        "series_code": tr("history", "Series code"),
        "frequency": tr("history", "Frequency"),
        "aggregation": tr("history", "Aggregation"),
        "as_of": tr("history", "As of"),
        "layout": tr("history", "Layout"),
        "file_name": tr("history", "File"),
        "observations": tr("history", "Values"),
    }
    return names.get(field, field)


def action_name(action: str) -> str:
    tr = QCoreApplication.translate
    return {"insert": tr("history", "Added"), "update": tr("history", "Changed"),
            "delete": tr("history", "Removed")}.get(action, action)
