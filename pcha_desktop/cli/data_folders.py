"""The data folder and the output file a command works with, for every command module (cli/main.py and the
feature modules import these; no feature module imports cli/main.py, so the modules form no cycle)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pcha_desktop.cli.failures import CommandError


def data_dir(arguments: argparse.Namespace, *, demo: bool = False, create: bool = True) -> Path:
    """The data folder (made if missing, unless ``create`` is False: then a missing one is an error)."""
    from pcha_desktop.services.data_folder import chosen_data_dir, resolve_data_dir

    arguments.chosen_data_dir = chosen_data_dir(arguments.data_dir, demo=demo)  # for the error handlers
    return resolve_data_dir(arguments.data_dir, demo=demo, create=create)


def open_folder(arguments: argparse.Namespace, *, demo: bool = False, create: bool = True):
    """The opened data folder; with ``create=False`` nothing is made where there is no database."""
    from pcha_desktop.services.data_folder import open_data_folder

    folder = open_data_folder(data_dir(arguments, demo=demo, create=create), create=create)
    if folder.start_backup_error is not None:  # the day's work goes on, but the user should know
        error = folder.start_backup_error
        print(f"คำเตือน: สำรองข้อมูลอัตโนมัติประจำวันไม่สำเร็จ: {error.message_th}\n"
              f"Warning: today's automatic backup could not be made: {error.message_en}", file=sys.stderr)
    return folder


def output_file(value: str, suffix: str) -> Path:
    """Where ``--out`` writes: its folder must exist, and it must not be a folder itself."""
    out = Path(value).expanduser()
    if out.is_dir():
        raise CommandError(f"{out} เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์ เช่น {out / ('ผล' + suffix)}",
                           f"{out} is a folder; name a file, e.g. {out / ('out' + suffix)}")
    if not out.absolute().parent.is_dir():
        raise CommandError(f"ไม่พบโฟลเดอร์ {out.absolute().parent} ไม่ได้เขียนไฟล์ใด (สร้างโฟลเดอร์ก่อน แล้วลองใหม่)",
                           f"There is no folder {out.absolute().parent}; nothing was written"
                           " (make the folder first, then try again).")
    return out
