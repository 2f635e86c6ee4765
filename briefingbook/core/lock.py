"""One writer per book: a lock file beside it (``NAME.bbook.lock``).

The lock file says who holds the book (pid, host, start time) so a second window or process
can tell the user; the operating system's own file lock on it (``flock`` on POSIX, ``msvcrt``
byte lock on Windows) says whether that holder is still alive, and is dropped by the OS when
the process dies however it dies. So a lock file left by a crash on this computer is stale and
taken over. A lock file from another computer (a shared folder) cannot be checked from here:
it keeps the book read-only and the reason says which computer holds it.

The file is written whole under a temporary name, locked, and then linked or renamed into
place, so nobody ever reads half a lock file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import socket
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefingbook.core.errors import DiskFullError
from briefingbook.core.import_messages import Message

log = logging.getLogger("briefingbook.lock")

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    started: str
    app: str = "BriefingBook"


def lock_path(book_path: Path) -> Path:
    return book_path.with_name(book_path.name + LOCK_SUFFIX)


def _host() -> str:
    return socket.gethostname()


def read_info(path: Path) -> LockInfo | None:
    """What a lock file says, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data["started"]), str(data.get("app", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_os_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_os_lock(fd: int) -> bool:
        # flock, not fcntl locks: flock belongs to the open file, so a second open in the same
        # process is refused too, and SQLite's own fcntl locks on the book are not disturbed.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class BookLock:
    """A held lock; ``release()`` (idempotent) removes the lock file."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if _same_file(self._fd, self.path):
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            os.close(self._fd)
            self._fd = None


def _describe(info: LockInfo | None, path: Path) -> Message:
    """Who holds the book, as a ``Message`` (the window words it in its language)."""
    name = path.name[: -len(LOCK_SUFFIX)]
    if info is None:
        return Message("ro_lock_unknown", name=name)
    since = info.started.replace("T", " ")
    if info.host != _host():
        return Message("ro_lock_computer", name=name, host=info.host, since=since, lock_file=path.name)
    if info.pid == os.getpid():
        return Message("ro_lock_window", name=name)
    return Message("ro_lock_process", name=name, pid=info.pid, since=since)


def _new_lock_file(book_path: Path) -> tuple[int, str]:
    info = {
        "pid": os.getpid(),
        "host": _host(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "app": "BriefingBook",
    }
    fd, tmp = tempfile.mkstemp(prefix=f".{book_path.name}.lock-", suffix=".tmp", dir=book_path.parent)
    try:
        os.write(fd, json.dumps(info).encode("utf-8"))
        os.fsync(fd)
        if not _try_os_lock(fd):
            raise OSError("cannot lock a new file")
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return fd, tmp


def acquire(book_path: Path) -> tuple[BookLock | None, Message | None]:
    """Take the book's lock: (lock, None), or (None, reason to show) when someone else has it.

    Never raises for a held lock; an unwritable folder is a reason too (the book opens read-only).
    A full disk raises DiskFullError.
    """
    path = lock_path(book_path)
    try:
        for _attempt in range(10):
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                fd = None
            if fd is not None:
                if not _try_os_lock(fd):
                    os.close(fd)
                    return None, _describe(read_info(path), path)
                if not _same_file(fd, path):  # replaced or removed while we waited: look again
                    os.close(fd)
                    continue
                stale = read_info(path)
                if stale is not None and stale.host != _host():
                    os.close(fd)
                    return None, _describe(stale, path)
                log.info(
                    "taking over a stale lock on %s (%s)",
                    book_path.name,
                    f"process {stale.pid}" if stale else "unreadable lock file",
                )
            new_fd, tmp = _new_lock_file(book_path)
            try:
                if fd is None:
                    try:
                        os.link(tmp, path)  # fails if someone created the lock meanwhile
                    except FileExistsError:
                        os.close(new_fd)
                        continue
                    except OSError:  # a file system without hard links
                        os.replace(tmp, path)
                else:
                    if os.name == "nt":  # Windows cannot rename over a file that is open
                        os.close(fd)
                        fd = None
                    os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                if fd is not None:
                    os.close(fd)
            if _same_file(new_fd, path):
                return BookLock(path, new_fd), None
            os.close(new_fd)
        return None, _describe(read_info(path), path)
    except OSError as exc:
        name = book_path.name
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(
                f"the disk is full: {name} cannot be opened for writing (not even its small lock "
                f"file can be written beside it); nothing was changed. Free some space and try "
                f"again"
            ) from exc
        return None, Message("ro_lock_unwritable", name=name, detail=exc.strerror or str(exc))
