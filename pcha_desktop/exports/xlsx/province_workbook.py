"""The province's roll-up of a report period as an .xlsx (plain data in: ``ProvinceRollup``).

Sheet "สรุปจังหวัด": seed 000's table (numbers as numbers; the total row's baselines as percentages).
Sheet "ประเด็น": each district's issues. Sheet "ปัญหาอุปสรรค": obstacles and suggestions. Sheet "ยังไม่ส่ง":
the districts without a bundle. All text is formula-safe (``exports/xlsx/cells.py``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from pcha_desktop.domain.province_rollup import ProvinceRollup
from pcha_desktop.exports.xlsx.cells import is_formula_like, set_value

HEADER_FILL = "DDEBF7"
BOLD = Font(bold=True)
HEADER = PatternFill("solid", fgColor=HEADER_FILL)


class _Rows:
    """A sheet of a write-only workbook (rows streamed to the file: a national roll-up has thousands), each
    cell formula-safe (``cells.set_value``); ``bold`` rows for headers and totals."""

    def __init__(self, book: Workbook, title: str, widths: dict[str, float] | None = None) -> None:
        self.sheet = book.create_sheet(title)
        for column, width in (widths or {}).items():
            self.sheet.column_dimensions[column].width = width

    def __call__(self, values, *, bold: bool = False, fill: bool = False) -> None:  # type: ignore[no-untyped-def]
        if not (bold or fill or any(is_formula_like(value) for value in values)):
            self.sheet.append(list(values))  # plain values: numbers, and text that cannot be read as a formula
            return
        cells = []
        for value in values:
            cell = WriteOnlyCell(self.sheet)
            set_value(cell, value)
            if bold:
                cell.font = BOLD
            if fill:
                cell.fill = HEADER
            cells.append(cell)
        self.sheet.append(cells)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def write_province_workbook(rollup: ProvinceRollup, out_path: Path) -> Path:
    book = Workbook(write_only=True)
    summary = _Rows(book, "สรุปจังหวัด", {"A": 24})
    summary([f"ผลการดำเนินงาน พชอ. จังหวัด{rollup.province_name} {rollup.period_name_th()}"], bold=True)
    summary(["อำเภอ", "รหัส", "เป้าหมาย", "ผลงาน", "ร้อยละ", *(f"Baseline {year}" for year in rollup.baseline_years),
             "ขั้นตอนที่ทำแล้ว (จาก 15)", "ขั้นตอนที่เลยกำหนด"], bold=True, fill=True)
    for row in rollup.sent:
        summary([row.name, row.code, row.target, row.result, _number(row.percent), *row.baselines,
                 row.steps_done, row.steps_late])
    summary(["รวม", "", rollup.total_target, rollup.total_result, _number(rollup.total_percent),
             *(_number(value) for value in rollup.baseline_percents)], bold=True)
    issues = _Rows(book, "ประเด็น", {"A": 20, "C": 60})
    issues(["อำเภอ", "ลำดับ", "ประเด็น"], bold=True, fill=True)
    for row in rollup.sent:
        for index, title in enumerate(row.issues, 1):
            issues([row.name, index, title])
    notes = _Rows(book, "ปัญหาอุปสรรค", {"A": 20, "B": 14, "C": 80})
    notes(["อำเภอ", "ประเภท", "ข้อความ"], bold=True, fill=True)
    for row in rollup.sent:
        for text in row.obstacles:
            notes([row.name, "ปัญหาอุปสรรค", text])
        for text in row.suggestions:
            notes([row.name, "ข้อเสนอแนะ", text])
    missing = _Rows(book, "ยังไม่ส่ง", {"B": 20})
    missing(["รหัส", "อำเภอ"], bold=True, fill=True)
    for row in rollup.not_sent:
        missing([row.code, row.name])
    out_path = Path(out_path)
    book.save(out_path)
    return out_path


__all__ = ["write_province_workbook"]
