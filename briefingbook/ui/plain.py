"""User text shown by Qt as the characters the user typed, never as markup.

Qt guesses whether a tooltip is rich text (``Qt.mightBeRichText``): a question, note or name
such as ``<img src="/some/file">`` would otherwise be rendered, and Qt would load that local
file when the tooltip shows. Every tooltip that holds user (or imported) text goes through
``plain_tooltip``; labels that hold it are set to ``Qt.TextFormat.PlainText``.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str | None, limit: int | None = None) -> str:
    """A tooltip that shows ``text`` literally: escaped inside a paragraph that keeps its line
    breaks and spaces. ``limit`` cuts very long text (with "…")."""
    if not text:
        return ""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>"
