"""How `pcha` ends when something goes wrong: never with a traceback.

- a ``BilingualError`` (bad input, a storage problem, a refused change) is printed in Thai and English;
- an ``OSError`` or database error met on the data folder is said as what it is (read-only, full disk …,
  see storage/disk_problems.py via ``services.data_folder.storage_problem``);
- a closed pipe (``pcha areas | head -1``) ends quietly; Ctrl+C says "cancelled";
- anything else is a bug: its traceback goes to ``<data folder>/logs/pcha-cli.log`` (or, without that
  folder, a new file in the temporary folder) and the user reads a short message naming that file.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from pcha_desktop.domain.errors import BilingualError

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found a problem (damaged database, nothing to restore, disk problems)
EXIT_BAD_INPUT = 2  # the command was given something it cannot use
EXIT_UNEXPECTED = 70  # a bug (sysexits' EX_SOFTWARE): details in the log file
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_BROKEN_PIPE = 128 + getattr(signal, "SIGPIPE", 13)  # what a shell reports for a tool its reader left

LOG_FILE_NAME = "pcha-cli.log"
LOG_MAX_BYTES = 1_000_000  # then the log is moved to pcha-cli.log.1 and a new one is started


class CommandError(BilingualError):
    """A command's own refusal, with the exit code to end with."""

    def __init__(self, message_th: str, message_en: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en
        self.exit_code = exit_code


def print_error(message_th: str, message_en: str) -> None:
    try:
        print(f"ข้อผิดพลาด: {message_th}\nError: {message_en}", file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):  # nobody is reading stderr either
        pass


def exit_code_of(error: BilingualError) -> int:
    from pcha_desktop.services.errors import UserFacingError

    if isinstance(error, CommandError):
        return error.exit_code
    return EXIT_BAD_INPUT if isinstance(error, UserFacingError) else EXIT_PROBLEM


def hint_for(error: BilingualError) -> tuple[str, str]:
    """What to do next, for the errors the command line can help with."""
    from pcha_desktop.services.data_folder import DatabaseDamaged, DatabaseNotFound, DataFolderNotFound

    if isinstance(error, DatabaseDamaged):
        return "กู้คืนได้ด้วยคำสั่ง: pcha restore --newest", "Restore with: pcha restore --newest"
    if isinstance(error, (DataFolderNotFound, DatabaseNotFound)):
        return ("ตั้งค่าข้อมูลอำเภอได้ด้วย: pcha init … (หรือเปิดโปรแกรม) ดูตัวอย่างได้ด้วย: pcha demo",
                "Set up a district with: pcha init … (or open the program); try the demo with: pcha demo")
    return "", ""


def report(error: BilingualError) -> int:
    hint_th, hint_en = hint_for(error)
    print_error(error.message_th + (f"\n{hint_th}" if hint_th else ""),
                error.message_en + (f"\n{hint_en}" if hint_en else ""))
    return exit_code_of(error)


def quiet_broken_pipe() -> int:
    """The reader of our output has gone (``| head``): stop without a word. Python would otherwise complain
    again when it flushes stdout at exit, so stdout is pointed at the null device first."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # stdout without a file descriptor (tests): nothing will be flushed to it
        pass
    return EXIT_BROKEN_PIPE


def unexpected(error: BaseException, data_dir: Path | None, argv: Sequence[str]) -> int:
    log = write_log(error, data_dir, argv)
    where_th = f"รายละเอียดอยู่ในไฟล์ {log}" if log else "บันทึกรายละเอียดไม่ได้"
    where_en = f"details are in {log}" if log else "the details could not be written down"
    print_error(
        f"เกิดข้อผิดพลาดที่ไม่คาดคิด คำสั่งไม่สำเร็จ {where_th} กรุณาส่งไฟล์นี้ให้ผู้ดูแลโปรแกรม",
        f"An unexpected error stopped the command; {where_en}. Please send it to whoever supports the program.",
    )
    return EXIT_UNEXPECTED


def write_log(error: BaseException, data_dir: Path | None, argv: Sequence[str]) -> Path | None:
    """Append the traceback to the data folder's log (if it has a logs folder), else to a new temporary
    file. Returns the file, or None if nothing could be written."""
    text = (
        f"--- {datetime.now().isoformat(timespec='seconds')} pcha {' '.join(argv)}\n"
        + "".join(traceback.format_exception(type(error), error, error.__traceback__))
    )
    from pcha_desktop.services.data_folder import logs_dir

    folder = logs_dir(data_dir) if data_dir is not None else None
    if folder is not None and folder.is_dir():
        try:
            return _append(folder / LOG_FILE_NAME, text)
        except OSError:
            pass
    try:
        descriptor, name = tempfile.mkstemp(prefix="pcha-error-", suffix=".log")
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        return Path(name)
    except OSError:
        return None


def _append(log: Path, text: str) -> Path:
    if log.exists() and log.stat().st_size > LOG_MAX_BYTES:
        os.replace(log, log.with_name(log.name + ".1"))
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(text)
    return log


__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_BROKEN_PIPE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PROBLEM",
    "EXIT_UNEXPECTED",
    "CommandError",
    "print_error",
    "quiet_broken_pipe",
    "report",
    "unexpected",
    "write_log",
]
