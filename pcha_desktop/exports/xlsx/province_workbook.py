"""The province's roll-up of a report period as an .xlsx (plain data in: ``ProvinceRollup``).

Sheet "สรุปจังหวัด": seed 000's table (numbers as numbers; the total row's baselines as percentages).
Sheet "ประเด็น": each district's issues. Sheet "ปัญหาอุปสรรค": obstacles and suggestions. Sheet "ยังไม่ส่ง":
the districts without a bundle. All text is formula-safe (``exports/xlsx/cells.py``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from pcha_desktop.domain.province_rollup import ProvinceRollup
from pcha_desktop.exports.xlsx.cells import write_cell

HEADER_FILL = "DDEBF7"


class _Rows:
    """Appends rows to a sheet, counting them itself (``Worksheet.max_row`` looks at every cell: a sheet of
    thousands of rows, one district of 928 after another, would take quadratic time)."""

    def __init__(self, sheet) -> None:  # type: ignore[no-untyped-def]
        self.sheet = sheet
        self.row = 0

    def __call__(self, values) -> int:  # type: ignore[no-untyped-def]
        self.row += 1
        for column, value in enumerate(values, start=1):
            write_cell(self.sheet, self.row, column, value)
        return self.row


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def write_province_workbook(rollup: ProvinceRollup, out_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "สรุปจังหวัด"
    append_row = _Rows(sheet)
    append_row([f"ผลการดำเนินงาน พชอ. จังหวัด{rollup.province_name} รอบ {rollup.period}"])
    sheet.cell(1, 1).font = Font(bold=True)
    header = ["อำเภอ", "รหัส", "เป้าหมาย", "ผลงาน", "ร้อยละ", *(f"Baseline {year}" for year in rollup.baseline_years)]
    header_row = append_row(header)
    for column in range(1, len(header) + 1):
        sheet.cell(header_row, column).font = Font(bold=True)
        sheet.cell(header_row, column).fill = PatternFill("solid", fgColor=HEADER_FILL)
    for row in rollup.sent:
        append_row([row.name, row.code, row.target, row.result, _number(row.percent), *row.baselines])
    total = append_row(["รวม", "", rollup.total_target, rollup.total_result, _number(rollup.total_percent),
                               *(_number(value) for value in rollup.baseline_percents)])
    for column in range(1, len(header) + 1):
        sheet.cell(total, column).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 24
    issues = _Rows(book.create_sheet("ประเด็น"))
    issues(["อำเภอ", "ลำดับ", "ประเด็น"])
    for row in rollup.sent:
        for index, title in enumerate(row.issues, 1):
            issues([row.name, index, title])
    notes = _Rows(book.create_sheet("ปัญหาอุปสรรค"))
    notes(["อำเภอ", "ประเภท", "ข้อความ"])
    for row in rollup.sent:
        for text in row.obstacles:
            notes([row.name, "ปัญหาอุปสรรค", text])
        for text in row.suggestions:
            notes([row.name, "ข้อเสนอแนะ", text])
    missing = _Rows(book.create_sheet("ยังไม่ส่ง"))
    missing(["รหัส", "อำเภอ"])
    for row in rollup.not_sent:
        missing([row.code, row.name])
    out_path = Path(out_path)
    book.save(out_path)
    return out_path


__all__ = ["write_province_workbook"]
