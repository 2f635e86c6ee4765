"""The kill test: SIGKILL a process editing a book at random moments, then check the book.

A child process opens the book (taking over the lock the previous, killed child left), makes
numbered edits and acknowledges each on stdout once ``transaction()`` returned. The test kills
it at a random moment (sometimes while it is still opening: lock take-over, backup), reopens the
book and checks that SQLite finds it sound and that every acknowledged edit is there. Plain books
promise every acknowledged edit; encrypted books promise the edits acknowledged at least 2 s
before the kill, and a file that always opens. The seed is printed (``-s`` shows it) and can be
replayed with ``BRIEFINGBOOK_KILL_SEED``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from briefingbook.core.book import Book

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")]

PLAIN_ROUNDS = 110
ENCRYPTED_ROUNDS = 6
PASS = "kill test passphrase"

CHILD = textwrap.dedent("""
    import os, random, sys, uuid
    from briefingbook.core import book as book_module
    from briefingbook.core.book import Book

    # Only to prove the test can fail: KILL_FLUSH_DELAY=3 makes the 2-second promise break.
    book_module.FLUSH_DELAY = float(os.environ.get("KILL_FLUSH_DELAY", book_module.FLUSH_DELAY))

    path, start, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    book = Book.open(path, passphrase=os.environ.get("KILL_PASSPHRASE") or None)
    if book.readonly:
        print("readonly", book.readonly_reason, flush=True)
        sys.exit(3)
    print("open", flush=True)
    pause = float(os.environ.get("KILL_PAUSE", "0"))
    n = start
    while True:
        padding = "x" * rng.choice((0, 10, 300, 3000))  # some edits span several pages
        with book.transaction() as conn:
            conn.execute(
                "INSERT INTO recommendation_notes (uuid, recommendation_id, noted_on, note, created_at) "
                "VALUES (?, 'kill-test', '2027-01-01', ?, '')", (str(uuid.uuid4()), f"edit {n} {padding}"))
            if n % 7 == 0:
                conn.execute("UPDATE summit SET place = ? WHERE id = 1", (f"place {n}",))
        print(n, flush=True)
        n += 1
        if pause:
            import time
            time.sleep(pause)
""")


def _seed() -> int:
    seed = int(os.environ.get("BRIEFINGBOOK_KILL_SEED") or random.SystemRandom().randrange(2**32))
    print(f"kill test seed: {seed} (replay with BRIEFINGBOOK_KILL_SEED={seed})")
    return seed


class _Child:
    """A child process whose acknowledgements are time-stamped as they arrive."""

    def __init__(self, path, start: int, seed: int, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(start), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        self.acks: list[tuple[int, float]] = []
        self.opened = threading.Event()
        self.first_line = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            if not self.first_line:
                self.first_line = line
                self.opened.set()
            elif line.isdigit():
                self.acks.append((int(line), time.monotonic()))
        self.opened.set()

    def kill(self) -> float:
        killed_at = time.monotonic()
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._reader.join(timeout=10)
        self.proc.stdout.close()
        stderr = self.proc.stderr.read()
        self.proc.stderr.close()
        assert self.proc.returncode == -signal.SIGKILL, f"child ended by itself: {self.first_line} {stderr}"
        return killed_at


def _notes(path, passphrase=None) -> set[int]:
    # Read-only (lock-free): the next child takes over the lock the killed one left behind.
    with Book.open(path, readonly=True, passphrase=passphrase) as book:
        assert book.integrity_check() == "ok"
        rows = book.connection.execute(
            "SELECT note FROM recommendation_notes WHERE recommendation_id = 'kill-test'"
        ).fetchall()
    return {int(r[0].split()[1]) for r in rows}


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


def test_kill_plain_book(tmp_path):
    seed = _seed()
    rng = random.Random(seed)
    path = tmp_path / "kill.bbook"
    Book.create(path, title="Kill test", date="2027-01-01").close()
    env = _env()
    acknowledged: set[int] = set()
    for round_ in range(PLAIN_ROUNDS):
        child = _Child(path, round_ * 1_000_000, rng.randrange(2**32), env)
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0, 0.15))  # kill while it starts, takes the lock, backs up
        else:
            assert child.opened.wait(10), "child did not open the book"
            assert child.first_line == "open", child.first_line
            time.sleep(rng.uniform(0, 0.08))
        child.kill()
        acknowledged |= {n for n, _ in child.acks}
        present = _notes(path)
        missing = acknowledged - present
        assert not missing, f"round {round_} (seed {seed}): acknowledged edits lost: {sorted(missing)[:10]}"
    assert len(acknowledged) > 200, "the children made too few edits for the test to mean anything"
    with Book.open(path) as book:  # and it still opens for writing, as the next window would
        assert not book.readonly and book.integrity_check() == "ok"


def test_kill_encrypted_book(tmp_path, fast_kdf):
    seed = _seed()
    rng = random.Random(seed)
    path = tmp_path / "kill-secret.bbook"
    Book.create(path, title="Kill test", date="2027-01-01", passphrase=PASS).close()
    env = _env(KILL_PASSPHRASE=PASS, KILL_PAUSE="0.002")
    promised: set[int] = set()
    old_enough = 0
    for round_ in range(ENCRYPTED_ROUNDS):
        child = _Child(path, round_ * 1_000_000, rng.randrange(2**32), env)
        assert child.opened.wait(10) and child.first_line == "open", child.first_line
        time.sleep(rng.uniform(1.0, 3.5))
        killed_at = child.kill()
        promised |= {n for n, at in child.acks if killed_at - at >= 2.0}
        old_enough += sum(1 for _, at in child.acks if killed_at - at >= 2.0)
        present = _notes(path, PASS)  # never damaged: it always opens and checks "ok"
        missing = promised - present
        assert not missing, f"round {round_} (seed {seed}): edits older than 2 s lost: {sorted(missing)[:10]}"
    assert old_enough > 0, "no edit was old enough to test the 2-second promise"
