"""Durable writes: make a written file, and the rename that put it in place, survive a crash."""

from __future__ import annotations

import os
from pathlib import Path

from briefingbook.core.import_messages import Message


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to disk."""
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def document_mode() -> int:
    """The permissions an ordinary new document gets here (0666 less the user's umask): for
    files written through a temporary file (``mkstemp`` makes them 0600), such as a chart, a
    calendar or a packet, which colleagues on a shared folder should be able to read as they
    can read a file saved by any other program."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def real_path(path: str | os.PathLike[str]) -> Path:
    """The file ``path`` names, through every symbolic link (absolute).

    Saves, locks, backups and renames act on this file, so a link to a book stays a link and
    the book it points to gets every edit.
    """
    return Path(os.path.realpath(os.fspath(path)))


def unwritable_reason(path: Path) -> Message | None:
    """Why the book file ``path`` (a real path) must not be written here (a sentence without a
    full stop, as a ``Message`` the window words in its language), or None when it may.

    - the file's write bits are all off (even for root, who could write it anyway),
    - the file or its folder is not writable for this user (permissions, read-only mount),
    - the file has other names (hard links): SQLite keeps a book's unsaved log (``-wal``) under
      the name it was opened by, so edits through one name can be lost to another.
    """
    name = path.name
    try:
        st = path.stat()
    except OSError as exc:
        return Message("ro_cannot_examine", name=name, detail=exc.strerror or str(exc))
    if st.st_mode & 0o222 == 0 or not os.access(path, os.W_OK):
        return Message("ro_file", name=name)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return Message("ro_folder", name=name, folder=str(path.parent))
    if st.st_nlink > 1:
        return Message("ro_hard_links", name=name, count=st.st_nlink)
    return None


def place_writable(path: Path) -> bool:
    """Whether this user may create files beside ``path`` and write ``path`` (permissions,
    read-only mounts, and root's write bits rule alike)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_mode & 0o222 != 0 and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
