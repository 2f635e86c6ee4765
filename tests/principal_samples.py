"""The demo book carries each part of the principal's book once, in sample text (issue 21).
Tests that build their own principal's book start by taking the samples out."""

from __future__ import annotations


def clear_principal_parts(book) -> None:
    """Take out the demo's sample principal's book: its meeting memo, scenario steps and
    remarks, and every scene-setter part."""
    from briefingbook.core import principal, program

    for memo in principal.memos(book):
        principal.remove_memo(book, memo.event_id)
    for event in program.events(book):
        for step in principal.scenario(book, event.id):
            principal.remove_step(book, step.id)
    for remark in principal.remarks(book):
        principal.remove_remark(book, remark.id)
    principal.set_scene_setter(book, **{part: "" for part in principal.SCENE_PARTS})


def clear_principal_file(path) -> None:
    """``clear_principal_parts`` on the book at ``path`` (before a window opens it)."""
    from briefingbook.core.book import Book

    with Book.open(path) as book:
        clear_principal_parts(book)
