"""Finds bundled files (reference DB, templates, translations, icons).

One function serves a source checkout, an installed wheel and a PyInstaller bundle:

- PyInstaller one-folder bundle: files sit under ``sys._MEIPASS`` as ``resources/…`` and
  ``data/…`` (the spec puts them there).
- Installed wheel: the build copies them into ``briefingbook/_bundled/`` (see pyproject.toml).
- Source checkout (and editable installs): the repository's top-level ``resources/`` and
  ``data/`` beside the package.

No Qt here: the core and the command line use it too.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissing(FileNotFoundError):
    """A bundled file is absent: the installation is incomplete."""


@functools.cache
def resource_root() -> Path:
    """The folder that holds ``resources/`` and ``data/`` for this installation."""
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen)
    bundled = _PACKAGE_DIR / "_bundled"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("resources", "templates", "checklist.yaml")``.

    Raises ResourceMissing with the looked-up path when the file is not there, so a broken
    installation says what is missing instead of failing later with an obscure error.
    """
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(f"bundled file missing: {path} (is the installation complete?)")
    return path


def reference_db_path() -> Path:
    """The bundled, read-only reference database."""
    return resource_path("data", "reference.sqlite")
