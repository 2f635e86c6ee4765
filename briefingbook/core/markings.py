"""Handling markings a book can carry (the banner on every page of a packet and in the window).

Current markings only (issue 19): ``UNCLASSIFIED``; ``CUI``, Controlled Unclassified
Information, the U.S. marking that replaced SBU and FOUO (32 CFR part 2002), written
``CUI//CATEGORY`` when a category is given (``CUI//SP-PRVCY``, say; the CUI Registry lists
them); and for a Spanish book Mexico's two classes of restricted information under its
transparency law (información reservada, información confidencial). Any other text remains
possible, for an agency's own practice. "DRAFT" is not a marking: a draft is the watermark a
packet is exported with (``export --draft``), so it is refused here with a sentence saying so.
"""

from __future__ import annotations

from briefingbook.core.errors import InvalidInputError

UNCLASSIFIED = "UNCLASSIFIED"
CUI = "CUI"
MX_RESERVED = "INFORMACIÓN RESERVADA"
MX_CONFIDENTIAL = "INFORMACIÓN CONFIDENCIAL"
US_MARKINGS = (UNCLASSIFIED, CUI)
MX_MARKINGS = (MX_RESERVED, MX_CONFIDENTIAL)
MAX_LENGTH = 120


def choices(language: str) -> tuple[str, ...]:
    """The markings offered for a book in ``language``: Mexico's classes first for a Spanish book."""
    return MX_MARKINGS + US_MARKINGS if language == "es" else US_MARKINGS


def cui(category: str = "") -> str:
    """The CUI banner marking, with its category when one is given: ``CUI`` or ``CUI//SP-CTI``."""
    category = "-".join(category.strip().upper().replace("/", " ").split())
    return f"{CUI}//{category}" if category else CUI


def cui_category(marking: str) -> str | None:
    """The category of a CUI marking ('' for plain CUI); None when ``marking`` is not CUI."""
    text = marking.strip()
    if text == CUI:
        return ""
    if text.startswith(f"{CUI}//"):
        return text[len(CUI) + 2 :]
    return None


def check(marking: str) -> str:
    """``marking`` tidied (one line, no outer spaces); InvalidInputError for a draft or a text
    too long for a banner."""
    text = " ".join(str(marking or "").split())
    if text.upper() in ("DRAFT", "BORRADOR"):
        raise InvalidInputError(
            f"{text!r} is not a handling marking: a draft is marked by the watermark a "
            f"packet is exported with (export --draft, or Draft in the export dialog)"
        )
    if len(text) > MAX_LENGTH:
        raise InvalidInputError(
            f"the handling marking is {len(text)} characters long; a banner holds at most {MAX_LENGTH}"
        )
    return text
