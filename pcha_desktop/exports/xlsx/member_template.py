"""The member-list template (.xlsx) the secretary fills in and imports: plain data in, a workbook out.

The import service owns the format (columns, example row, row limit) and passes it here; the GUI's
"Template…" button, ``pcha member-template`` and the tests all get the file from ``write_member_template``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pcha_desktop.domain.committee_rules import ROLE_LABELS_TH, SECTOR_LABELS_TH
from pcha_desktop.exports.xlsx.cells import append_row

HELP_SHEET_TITLE = "คำอธิบาย"
HEADER_FILL = "DDEBF7"


@dataclass(frozen=True)
class MemberTemplate:
    sheet_title: str
    """The data sheet, e.g. "รายชื่อกรรมการ"."""
    headers: Sequence[str]
    """Thai column headers in the order the import reads them."""
    example_row: Sequence[str]
    """A filled-in example (the import skips it when it is left in)."""
    max_rows: int
    """Rows the choice lists reach (the import's row limit)."""
    sector_column: int
    """1-based columns offered as lists: sector and role."""
    role_column: int
    column_widths: Sequence[float] = (10, 16, 18, 40, 32, 24, 26, 18, 16, 26)


INSTRUCTIONS = (
    "วิธีกรอกแบบฟอร์มรายชื่อกรรมการ (How to fill in the member list)",
    "1. กรอกหนึ่งคนต่อหนึ่งแถวในแผ่นงาน “รายชื่อกรรมการ” เริ่มที่แถวที่ 2 (แถวที่ 2 เป็นตัวอย่าง ลบหรือเขียนทับได้)",
    "2. แถวตัวอย่าง (สมชาย ตัวอย่าง) จะไม่ถูกนำเข้า ต้องกรอก: ชื่อ, ภาคส่วน และบทบาทในคณะกรรมการ (เลือกจากรายการ); ช่องอื่นเว้นว่างได้",
    "3. ภาคส่วน: " + ", ".join(SECTOR_LABELS_TH.values()),
    "4. บทบาท: " + ", ".join(ROLE_LABELS_TH.values()) + " (ลำดับในคำสั่งจัดตามบทบาท แล้วตามลำดับแถว)",
    "5. วันที่เริ่ม: เช่น 1 ต.ค. 2563 หรือ 1/10/2563 (ปี พ.ศ.); เว้นว่างได้ จะใช้วันที่ที่เลือกในโปรแกรม",
    "6. คำนำหน้าจะแยกจากชื่อให้อัตโนมัติ หากพิมพ์ติดกัน เช่น นายสมชาย",
    "7. หากมีแถวที่ไม่ถูกต้อง โปรแกรมจะแจ้งเลขแถวและเหตุผล และจะยังไม่นำเข้าจนกว่าจะแก้ไข"
    " หรือท่านเลือกนำเข้าเฉพาะแถวที่ถูกต้อง",
    "Required: first name, sector and role (from the lists). Dates in the Buddhist Era.",
)


def write_member_template(template: MemberTemplate, path: Path) -> Path:
    """An .xlsx to fill in: Thai headers, lists for role and sector, an example row, an instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = template.sheet_title
    append_row(sheet, template.headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center")
    append_row(sheet, template.example_row)
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="808080")
    for index, width in enumerate(template.column_widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    for column, labels in ((template.sector_column, SECTOR_LABELS_TH.values()), (template.role_column, ROLE_LABELS_TH.values())):
        validation = DataValidation(type="list", formula1='"' + ",".join(labels) + '"', allow_blank=False)
        validation.error = "กรุณาเลือกจากรายการ"
        validation.errorTitle = "ค่าไม่ถูกต้อง"
        sheet.add_data_validation(validation)
        letter = get_column_letter(column)
        validation.add(f"{letter}2:{letter}{template.max_rows + 1}")
    help_sheet = workbook.create_sheet(HELP_SHEET_TITLE)
    for line in INSTRUCTIONS:
        append_row(help_sheet, [line])
    help_sheet.column_dimensions["A"].width = 110
    path = Path(path)
    workbook.save(path)
    return path
