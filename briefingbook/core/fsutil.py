"""Durable writes: make a written file, and the rename that put it in place, survive a crash."""

from __future__ import annotations

import os
from pathlib import Path


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


def unwritable_reason(path: Path) -> str | None:
    """Why the book file ``path`` (a real path) must not be written here (a sentence without a
    full stop), or None when it may.

    - the file's write bits are all off (even for root, who could write it anyway),
    - the file or its folder is not writable for this user (permissions, read-only mount),
    - the file has other names (hard links): SQLite keeps a book's unsaved log (``-wal``) under
      the name it was opened by, so edits through one name can be lost to another.
    """
    name = path.name
    try:
        st = path.stat()
    except OSError as exc:
        return f"{name} cannot be examined ({exc.strerror or exc})"
    if st.st_mode & 0o222 == 0 or not os.access(path, os.W_OK):
        return f"{name} is a read-only file"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"{name} is in a folder you cannot write ({path.parent})"
    if st.st_nlink > 1:
        return (
            f"{name} has {st.st_nlink} names (hard links) and BriefingBook writes a book through one "
            f"name only (copy the book to edit it)"
        )
    return None


def place_writable(path: Path) -> bool:
    """Whether this user may create files beside ``path`` and write ``path`` (permissions,
    read-only mounts, and root's write bits rule alike)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_mode & 0o222 != 0 and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
