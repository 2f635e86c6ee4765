"""Every path the application writes to, in one place.

User data (books, the demo book, logs, backups, the installed reference pack and the
trusted publishers' keys) lives in the platform's user data
directory (platformdirs: ``~/.local/share/BriefingBook`` on Linux, ``%LOCALAPPDATA%`` on
Windows, ``~/Library/Application Support`` on macOS). ``BRIEFINGBOOK_HOME`` overrides the
base folder for tests and portable use. Nothing is ever written inside the installation or
the bundle folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefingbook import APP_NAME

ENV_HOME = "BRIEFINGBOOK_HOME"
DEMO_BOOK_NAME = "Demo summit.bbook"


def base_dir() -> Path:
    """The user's BriefingBook folder (created on first use)."""
    override = os.environ.get(ENV_HOME)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs  # deferred: costs start-up time only when needed

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def books_dir() -> Path:
    path = base_dir() / "books"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = base_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Where book backups go: one folder per book, named by the book's uuid (never its title)."""
    path = base_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_book_path() -> Path:
    """Where the first run creates the demo book."""
    return books_dir() / DEMO_BOOK_NAME


def reference_dir() -> Path:
    """The installed reference pack (``installed.json`` and the database it names)."""
    path = base_dir() / "reference"
    path.mkdir(parents=True, exist_ok=True)
    return path


def trusted_keys_dir() -> Path:
    """The publishers' public keys this laptop trusts for reference packs, one ``.pub`` each."""
    path = reference_dir() / "trusted"
    path.mkdir(parents=True, exist_ok=True)
    return path
