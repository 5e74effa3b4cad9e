"""What the `pcha` commands share: opening the data folder, the --out and --fy arguments, the one form of a
date in the output (Buddhist Era), a year's view printed or as JSON, and an import's bad rows. Feature
modules (cli/<feature>.py) import from here, never from cli/main.py, which imports them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from pcha_desktop.cli.failures import CommandError


def data_dir_of(arguments: argparse.Namespace, *, demo: bool = False, create: bool = True) -> Path:
    """The data folder (made if missing, unless ``create`` is False: then a missing one is an error)."""
    from pcha_desktop.services.data_folder import chosen_data_dir, resolve_data_dir

    arguments.chosen_data_dir = chosen_data_dir(arguments.data_dir, demo=demo)  # for the error handlers
    return resolve_data_dir(arguments.data_dir, demo=demo, create=create)


def open_folder(arguments: argparse.Namespace, *, demo: bool = False, create: bool = True):
    """The opened data folder; with ``create=False`` nothing is made where there is no database."""
    from pcha_desktop.services.data_folder import open_data_folder

    folder = open_data_folder(data_dir_of(arguments, demo=demo, create=create), create=create)
    if folder.start_backup_error is not None:  # the day's work goes on, but the user should know
        error = folder.start_backup_error
        print(f"คำเตือน: สำรองข้อมูลอัตโนมัติประจำวันไม่สำเร็จ: {error.message_th}\n"
              f"Warning: today's automatic backup could not be made: {error.message_en}", file=sys.stderr)
    return folder


def be_date(day: date, thai_digits: bool = False) -> str:
    """ "30 พ.ย. 2569": the one form of a date in the command's output."""
    from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date

    return format_thai_date(day, DateStyle.ABBREVIATED_FULL_YEAR, thai_digits=thai_digits)


def be_time(moment: datetime, thai_digits: bool = False) -> str:
    """ "30 พ.ย. 2569 14:05"."""
    from pcha_desktop.domain.thai_calendar import to_thai_digits

    clock = f"{moment:%H:%M}"
    return f"{be_date(moment.date(), thai_digits)} {to_thai_digits(clock) if thai_digits else clock}"


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


def fiscal_year_argument(arguments: argparse.Namespace) -> int:
    """--fy (BE, e.g. 2564); default: the fiscal year of today."""
    from pcha_desktop.domain.thai_calendar import fiscal_year_of

    if arguments.fy is None:
        return fiscal_year_of(date.today())
    if not 2500 <= arguments.fy <= 2700:
        raise CommandError(f"--fy ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2564 (ไม่ใช่ {arguments.fy})",
                           f"--fy must be a BE fiscal year, e.g. 2564 (not {arguments.fy})")
    return arguments.fy


def year_view(arguments: argparse.Namespace, read: Callable, document: Callable):  # type: ignore[type-arg]
    """(fiscal year, what ``read(database, fiscal_year)`` returns, how to print a number or date), or None when
    --json printed ``document(view)`` already."""
    import json

    from pcha_desktop.domain.thai_calendar import to_thai_digits
    from pcha_desktop.services.issues import json_number
    from pcha_desktop.services.settings import user_preferences_for

    fiscal_year = fiscal_year_argument(arguments)
    with open_folder(arguments, create=False) as folder:
        view = read(folder.database, fiscal_year)
        thai_digits = user_preferences_for(folder.database).thai_digits
    if arguments.json:
        print(json.dumps(document(view), ensure_ascii=False, indent=2))
        return None

    def number(value: object) -> str:  # a date too: "10 ม.ค. 2564"
        if isinstance(value, date):
            return be_date(value, thai_digits)
        shown = json_number(value)  # type: ignore[arg-type]
        text = "-" if shown is None else f"{shown:,}"
        return to_thai_digits(text) if thai_digits else text

    return fiscal_year, view, number


def existing_file(value: str) -> Path:
    source = Path(value)
    if not source.is_file():
        raise CommandError(f"ไม่พบไฟล์ {source}", f"File not found: {source}")
    return source


def print_import_problems(problems: Sequence) -> None:  # type: ignore[type-arg]
    """Every bad row of an import (members, plan): where (sheet, row, column) and why, in both languages."""
    for problem in problems:
        sheet = getattr(problem, "sheet", "")
        row = f"{sheet} แถว/row {problem.row_number}".lstrip()
        where = row if problem.row_number else "ไฟล์/file"
        column = f" [{problem.column}]" if problem.column else ""
        print(f"{where}{column}: {problem.message_th} / {problem.message_en}", file=sys.stderr)
