"""Formula-safe cells: user text is written as text, never as a formula (CSV/formula injection, OWASP).

openpyxl treats any string that starts with "=" as a formula, and a spreadsheet program may run text that
starts with "+", "-" or "@" (or a tab or carriage return before them) as one when the cell is edited.
Text that starts with any of these is stored as a plain string cell with Excel's "quote prefix" style
(the cell shows and keeps exactly what was typed: "=1+1", "-5 ปี", "@somchai"). Numbers, dates and
booleans given as such stay what they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read text as a formula (full-width forms included)."""


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_TRIGGERS)


def write_cell(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Put ``value`` at (row, column), 1-based; text that looks like a formula is kept as text."""
    cell = sheet.cell(row=row, column=column)
    set_value(cell, value)
    return cell


def set_value(cell: Cell, value: Any) -> None:
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"  # a string cell: openpyxl writes it as text, not as <f>
        cell.quotePrefix = True  # and the spreadsheet keeps it text when the cell is edited


def append_row(sheet: Worksheet, values: Iterable[Any]) -> int:
    """Append a row of values after the last used row (as ``Worksheet.append``), formula-safe; returns
    the row number."""
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, start=1):
        write_cell(sheet, row, column, value)
    return row


BE_DATE_FORMAT = "[$-107041E]d mmm yyyy"
"""A real date cell shown in the Thai Buddhist calendar ("1 ต.ค. 2563"): calendar 07 (Thai Buddhist), locale
041E (Thai). Excel and LibreOffice both read it; the cell stays a date (sorts, filters, sums by month)."""


def write_date(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """A date as a real date cell shown with its BE year (``BE_DATE_FORMAT``); None leaves the cell empty."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if value is not None:
        cell.number_format = BE_DATE_FORMAT
    return cell
