"""Crash safety for real: kill a writing process with SIGKILL at random moments, then check the database.

    python benchmarks/crash_safety.py [--kills 100] [--seed N] [--max-delay 0.25] [--data-dir DIR]

Each round starts ``tests/storage/crash_writer.py`` (which opens the data folder like the program does
and commits one small unit of work after another, printing each id only after its commit returned),
kills it (``Popen.kill``: SIGKILL on POSIX, TerminateProcess on Windows) after a random delay, and then
checks: the file passes ``check_integrity`` (integrity_check and foreign_key_check), every id reported as
committed is in the database, the ``crash_last_id`` setting equals the largest person id (the two changes
were one transaction), and every person has its audit row and no audit row lacks its person.
Some rounds kill the writer during start-up (integrity check, daily backup) instead.

SIGKILL stops the process, not the machine: the operating system still writes its cache to disk, so this
proves the transaction logic and the WAL recovery, not what a power cut does to the disk (that is what
synchronous=FULL is for). ``tests/storage/test_crash_safety.py`` runs the same rounds, fewer of them.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
WRITER = REPOSITORY / "tests" / "storage" / "crash_writer.py"
READY_TIMEOUT_SECONDS = 60.0
EARLY_KILL_SHARE = 0.15  # rounds killed during start-up rather than while writing


@dataclass
class CrashSummary:
    kills: int = 0
    early_kills: int = 0
    reported_commits: int = 0
    rows_in_database: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        verdict = "OK" if self.ok else f"FAILED ({len(self.problems)} problems)"
        lines = [
            f"crash safety: {verdict}",
            f"  kills: {self.kills} ({self.early_kills} during start-up)",
            f"  commits reported before a kill: {self.reported_commits}",
            f"  rows in the database at the end: {self.rows_in_database}",
            f"  time: {self.seconds:.1f} s",
        ]
        lines.extend(f"  problem: {problem}" for problem in self.problems[:20])
        return "\n".join(lines)


class _WriterRun:
    """One writer process, its stdout read by a thread (committed ids, the ``ready`` line)."""

    def __init__(self, data_dir: Path) -> None:
        self.ready = threading.Event()
        self.committed: list[int] = []
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.endswith("\n"):
                break  # cut short by the kill: not a complete report
            if line == "ready\n":
                self.ready.set()
            elif line.strip().isdigit():
                self.committed.append(int(line))

    def kill(self) -> str:
        """Kill, wait, and return what the writer said on stderr (empty unless it failed by itself)."""
        exited_by_itself = self.process.poll() is not None
        self.process.kill()
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stderr is not None
        errors = self.process.stderr.read()
        self.process.stdout.close() if self.process.stdout else None
        self.process.stderr.close()
        return errors if exited_by_itself else ""


def _check_database(db_path: Path, committed: set[int]) -> list[str]:
    from pcha_desktop.storage.integrity import check_integrity

    report = check_integrity(db_path)
    if not report.ok:
        return [f"integrity: {report.problem}"]
    connection = sqlite3.connect(db_path)
    try:
        people = {row[0] for row in connection.execute("SELECT id FROM person")}
        audited = {row[0] for row in connection.execute(
            "SELECT row_id FROM audit_entry WHERE table_name = 'person' AND action = 'insert'"
        )}
        last = connection.execute("SELECT value FROM setting WHERE key = 'crash_last_id'").fetchone()
    finally:
        connection.close()
    problems = []
    lost = committed - people
    if lost:
        problems.append(f"{len(lost)} committed row(s) lost, e.g. {sorted(lost)[:5]}")
    if audited != people:
        problems.append(f"audit rows and people differ: {sorted(audited ^ people)[:5]}")
    if people and (last is None or int(last[0]) != max(people)):
        problems.append(f"crash_last_id is {last}, the newest person is {max(people)}")
    return problems


def _one_round(data_dir: Path, rng: random.Random, max_delay: float, early: bool) -> tuple[list[int], str]:
    run = _WriterRun(data_dir)
    if early:
        time.sleep(rng.uniform(0.0, 0.6))
    elif not run.ready.wait(READY_TIMEOUT_SECONDS):
        return run.committed, "writer not ready: " + run.kill()
    else:
        time.sleep(rng.uniform(0.0, max_delay))
    errors = run.kill()
    return run.committed, (f"writer failed: {errors.strip()[-500:]}" if errors else "")


def run_crash_rounds(data_dir: Path, kills: int, *, seed: int, max_delay: float = 0.25) -> CrashSummary:
    """Kill the writer ``kills`` times; check the database after every kill."""
    from pcha_desktop.storage.paths import database_path

    rng = random.Random(seed)
    summary = CrashSummary()
    committed: set[int] = set()
    started = time.monotonic()
    for _ in range(kills):
        early = rng.random() < EARLY_KILL_SHARE
        ids, failure = _one_round(data_dir, rng, max_delay, early)
        summary.kills += 1
        summary.early_kills += early
        committed.update(ids)
        if failure:
            summary.problems.append(failure)
        if database_path(data_dir).exists():
            summary.problems.extend(_check_database(database_path(data_dir), committed))
        if summary.problems:
            break
    summary.reported_commits = len(committed)
    summary.rows_in_database = _count_people(database_path(data_dir))
    summary.seconds = time.monotonic() - started
    return summary


def _count_people(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    connection = sqlite3.connect(db_path)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=0.25, help="longest wait before a kill (s)")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: a temporary folder")
    arguments = parser.parse_args(argv)
    seed = arguments.seed if arguments.seed is not None else random.randrange(1 << 30)
    print(f"seed {seed}")
    with tempfile.TemporaryDirectory(prefix="pcha-crash-") as scratch:
        data_dir = arguments.data_dir or Path(scratch)
        summary = run_crash_rounds(data_dir, arguments.kills, seed=seed, max_delay=arguments.max_delay)
    print(summary.text())
    return 0 if summary.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
