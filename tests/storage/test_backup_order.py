"""Backup order and rotation do not trust the clock: a wrong date neither deletes the day's backup nor makes
a backup dated 2030 the "newest"; the newest good backup is never deleted; at most N automatic ones kept."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcha_desktop.storage.backup import (
    KEEP_AUTOMATIC_BACKUPS,
    backup_if_due,
    create_backup,
    list_backups,
    newest_good_backup,
    rotate_backups,
)

MORNING = datetime(2026, 11, 23, 8, 15, 30)


def test_a_backup_dated_2030_does_not_stay_the_newest(head_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    future = backup_if_due(head_db, backups, now=datetime(2030, 1, 1, 9, 0))  # the clock was wrong once
    today = backup_if_due(head_db, backups, now=MORNING)
    assert future is not None and today is not None
    assert [info.path for info in list_backups(backups)] == [today, future]
    newest = newest_good_backup(backups)
    assert newest is not None and newest.path == today


def test_a_pc_stuck_on_an_old_date_keeps_each_days_backup(head_db: Path, tmp_path: Path) -> None:
    """The clock falls back to 1 Jan 2000 at every start: each start's backup is kept, the oldest go."""
    backups = tmp_path / "backups"
    made = [backup_if_due(head_db, backups, now=MORNING - timedelta(days=day)) for day in range(5)]
    for start in range(20):
        made.append(backup_if_due(head_db, backups, now=datetime(2000, 1, 1, 8, 0) - timedelta(minutes=start)))
    assert all(path is not None for path in made)
    kept = [info.path for info in list_backups(backups)]
    assert kept == list(reversed(made))[:KEEP_AUTOMATIC_BACKUPS]  # the newest made, whatever their dates


def test_the_clock_going_back_within_a_day_still_gets_a_backup(head_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert backup_if_due(head_db, backups, now=MORNING + timedelta(hours=5)) is not None
    assert backup_if_due(head_db, backups, now=MORNING + timedelta(hours=6)) is None  # later the same day
    assert backup_if_due(head_db, backups, now=MORNING) is not None  # earlier than the newest: clock went back
    assert backup_if_due(head_db, backups, now=MORNING + timedelta(minutes=1)) is None


def test_rotation_never_deletes_the_newest_good_backup(head_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    good = backup_if_due(head_db, backups, now=MORNING)
    assert good is not None
    for day in range(1, 4):  # three newer automatic backups, all damaged afterwards (a failing disk)
        damaged = backup_if_due(head_db, backups, now=MORNING + timedelta(days=day))
        assert damaged is not None
        damaged.write_bytes(b"PK\x03\x04" + bytes(500))
    deleted = rotate_backups(backups, keep=2)
    remaining = [info.path for info in list_backups(backups)]
    assert good in remaining and good not in deleted and len(remaining) == 2
    newest = newest_good_backup(backups)
    assert newest is not None and newest.path == good


@pytest.mark.parametrize("keep", [1, 3])
def test_manual_backups_are_never_rotated(head_db: Path, tmp_path: Path, keep: int) -> None:
    backups = tmp_path / "backups"
    manual = create_backup(head_db, backups, "manual", now=MORNING)
    for day in range(1, 6):
        backup_if_due(head_db, backups, now=MORNING + timedelta(days=day), keep=keep)
    infos = list_backups(backups)
    assert manual in [info.path for info in infos]
    assert sum(info.is_automatic for info in infos) == keep


# A start: the clock's reading (minutes from MORNING, may go back), and whether the newest backup file is
# damaged afterwards (a failing disk).
_starts = st.lists(
    st.tuples(st.integers(min_value=-3 * 365 * 24 * 60, max_value=3 * 365 * 24 * 60), st.booleans()),
    min_size=1,
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # head_db is only read
@given(starts=_starts, keep=st.integers(min_value=1, max_value=4))
def test_any_clock_never_loses_the_newest_good_backup(
    head_db: Path, tmp_path_factory: pytest.TempPathFactory, starts: list[tuple[int, bool]], keep: int
) -> None:
    backups = tmp_path_factory.mktemp("backups")
    made_in_order: list[Path] = []  # what the test saw being made, oldest first
    damaged: set[Path] = set()
    newest_time: datetime | None = None

    def newest_good() -> Path | None:
        return next((p for p in reversed(made_in_order) if p.exists() and p not in damaged), None)

    for minutes, damage in starts:
        clock = MORNING + timedelta(minutes=minutes)
        good_before = newest_good()
        made = backup_if_due(head_db, backups, now=clock, keep=keep)

        due = newest_time is None or clock.date() != newest_time.date() or clock < newest_time
        assert (made is not None) == due  # at most one a day while the clock goes forward
        if made is not None:
            made_in_order.append(made)
            newest_time = clock
        if made is None:  # nothing newer: the newest good backup is still there
            assert good_before is None or good_before.exists()
        automatic = [info for info in list_backups(backups) if info.is_automatic]
        assert len(automatic) <= keep
        assert [info.path for info in automatic] == [p for p in reversed(made_in_order) if p.exists()]
        found = newest_good_backup(backups)
        assert (found.path if found else None) == newest_good()
        if damage and automatic:
            automatic[0].path.write_bytes(b"PK\x03\x04 damaged")
            damaged.add(automatic[0].path)
