"""User text as packet blocks: paragraphs and bullets of plain, unescaped text.

Shared by the packet outline (``core/packet.py``) and the principal's-book sections
(``core/packet_principal.py``); ``core/packet.py`` re-exports both names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """One paragraph (``kind="para"``) or bullet (``kind="bullet"``) of plain, unescaped text."""

    kind: str
    text: str


def text_blocks(text: str) -> list[Block]:
    """User text as blocks: lines starting "- " are bullets; other lines join into paragraphs."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in (text or "").splitlines():
        line = raw.strip()
        if line.startswith("- ") or line == "-":
            flush()
            if line[2:].strip():
                blocks.append(Block("bullet", line[2:].strip()))
        elif not line:
            flush()
        else:
            paragraph.append(line)
    flush()
    return blocks
