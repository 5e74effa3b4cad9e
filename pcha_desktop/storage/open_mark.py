"""Did the last program that wrote to this database close it cleanly? A mark inside the file says.

The database's ``user_version`` (unused otherwise) holds ``OPEN_MARK`` from the first committed user action
of a session until the session closes cleanly (``Database.dispose``), when it is set back to 0 and the
write-ahead log is folded into the file. The mark travels with the file: a ``pcha.sqlite`` copied alone
after a crash still says that it was left open, so ``pcha check`` can warn when its ``-wal`` is missing.

Read from the file header without SQLite: opening a WAL database with SQLite would create a -wal beside it.
"""

from __future__ import annotations

from pathlib import Path

OPEN_MARK = 0x70636861  # "pcha": a session of PCHA Desktop has this database open (or did not close it)
_HEADER_SIZE = 100
_WAL_MODE = 2  # file format read/write versions (header bytes 18 and 19) in WAL mode


def write_ahead_log_missing(db_path: Path) -> bool:
    """True when the database was left open by a session that did not close (crash, power cut, killed),
    is in WAL mode, and has no -wal beside it: the commits that were only in the -wal are not in this file.
    """
    db_path = Path(db_path)
    wal = Path(f"{db_path}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False
        with open(db_path, "rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return False
    if len(header) < _HEADER_SIZE or not header.startswith(b"SQLite format 3\x00"):
        return False
    wal_mode = header[18] == _WAL_MODE and header[19] == _WAL_MODE
    return wal_mode and int.from_bytes(header[60:64], "big") == OPEN_MARK


__all__ = ["OPEN_MARK", "write_ahead_log_missing"]
