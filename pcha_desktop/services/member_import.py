"""Bulk entry of committee members: text pasted from Excel or Word tables, or an .xlsx made from the
template this module exports.

Every row is checked; ``ImportResult`` lists the good rows and every problem with the user's row number
(the line of the pasted text, or the spreadsheet row). ``import_members`` imports nothing while there are
problems, unless the user chose to import only the good rows; either way in one transaction.

Files are untrusted: size limits are checked before reading, the zip is inspected before openpyxl sees it,
and anything openpyxl raises becomes a problem with a reason, never a crash.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import zip_longest
from pathlib import Path
from typing import Any

from pcha_desktop.domain.committee_rules import ROLE_LABELS_TH, SECTOR_LABELS_TH, ImpossibleMembership, split_title
from pcha_desktop.domain.text_input import TextInputError, clean_text, refused_character
from pcha_desktop.domain.thai_calendar import ThaiDateError, format_thai_date, parse_thai_date, to_arabic_digits
from pcha_desktop.services.committees import (
    MEMBER_TEXT_FIELDS,
    MemberInput,
    add_members_in,
    check_committee_possible,
    load_committee,
)
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.database import Database
from pcha_desktop.storage.models import CommitteeRole, Sector

MAX_PASTE_CHARACTERS = 1_000_000
MAX_ROWS = 2000
MAX_XLSX_BYTES = 5 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024
MAX_COLUMNS = 40
DATA_SHEET_TITLE = "รายชื่อกรรมการ"

# Columns in template order: (key, Thai header, English header).
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("title", "คำนำหน้า", "Title"),
    ("first_name", "ชื่อ", "First name"),
    ("last_name", "นามสกุล", "Last name"),
    ("position", "ตำแหน่ง", "Position"),
    ("organisation", "หน่วยงาน", "Organisation"),
    ("sector", "ภาคส่วน", "Sector"),
    ("role", "บทบาทในคณะกรรมการ", "Role"),
    ("start_date", "วันที่เริ่ม", "Start date"),
    ("phone", "โทรศัพท์", "Phone"),
    ("email", "อีเมล", "E-mail"),
)
COLUMN_LABELS_TH = {key: th for key, th, _ in COLUMNS} | {"full_name": "ชื่อ-สกุล"}
COLUMN_LABELS_EN = {key: en for key, _, en in COLUMNS} | {"full_name": "Full name"}

# Header words (compared without spaces, dots and case) -> column key.
_HEADER_WORDS: dict[str, str] = {
    "คำนำหน้า": "title", "คำนำหน้าชื่อ": "title", "title": "title", "prefix": "title",
    "ชื่อ": "first_name", "firstname": "first_name", "name": "first_name",
    "ชื่อสกุล": "full_name", "ชื่อนามสกุล": "full_name", "ชื่อและนามสกุล": "full_name", "fullname": "full_name",
    "ชื่อ-สกุล": "full_name", "ชื่อ-นามสกุล": "full_name",
    "นามสกุล": "last_name", "สกุล": "last_name", "lastname": "last_name", "surname": "last_name",
    "ตำแหน่ง": "position", "position": "position",
    "หน่วยงาน": "organisation", "สังกัด": "organisation", "organisation": "organisation",
    "organization": "organisation", "agency": "organisation",
    "ภาคส่วน": "sector", "ภาค": "sector", "sector": "sector",
    "บทบาท": "role", "บทบาทในคณะกรรมการ": "role", "ตำแหน่งในคณะกรรมการ": "role", "role": "role",
    "วันที่เริ่ม": "start_date", "วันที่แต่งตั้ง": "start_date", "startdate": "start_date", "start": "start_date",
    "โทรศัพท์": "phone", "เบอร์โทร": "phone", "เบอร์โทรศัพท์": "phone", "phone": "phone", "tel": "phone",
    "อีเมล": "email", "อีเมล์": "email", "email": "email", "e-mail": "email",
    "ลำดับ": "number", "ลำดับที่": "number", "ที่": "number", "no": "number", "#": "number",
}  # fmt: skip

_ROLE_WORDS: dict[str, CommitteeRole] = {
    "ประธาน": CommitteeRole.CHAIR, "ประธานกรรมการ": CommitteeRole.CHAIR, "chair": CommitteeRole.CHAIR,
    "chairman": CommitteeRole.CHAIR, "chairperson": CommitteeRole.CHAIR,
    "รองประธาน": CommitteeRole.VICE_CHAIR, "รองประธานกรรมการ": CommitteeRole.VICE_CHAIR,
    "vicechair": CommitteeRole.VICE_CHAIR, "vice-chair": CommitteeRole.VICE_CHAIR,
    "กรรมการ": CommitteeRole.MEMBER, "member": CommitteeRole.MEMBER,
    "กรรมการและเลขานุการ": CommitteeRole.MEMBER_AND_SECRETARY, "เลขานุการ": CommitteeRole.MEMBER_AND_SECRETARY,
    "secretary": CommitteeRole.MEMBER_AND_SECRETARY, "memberandsecretary": CommitteeRole.MEMBER_AND_SECRETARY,
    "กรรมการและผู้ช่วยเลขานุการ": CommitteeRole.ASSISTANT_SECRETARY,
    "ผู้ช่วยเลขานุการ": CommitteeRole.ASSISTANT_SECRETARY, "assistantsecretary": CommitteeRole.ASSISTANT_SECRETARY,
}  # fmt: skip
_ROLE_WORDS.update({role.value.replace("_", ""): role for role in CommitteeRole})

_SECTOR_WORDS: dict[str, Sector] = {
    "ภาครัฐ": Sector.STATE, "รัฐ": Sector.STATE, "หน่วยงานของรัฐ": Sector.STATE, "ราชการ": Sector.STATE,
    "state": Sector.STATE, "government": Sector.STATE,
    "องค์กรปกครองส่วนท้องถิ่น": Sector.LOCAL_GOVERNMENT, "อปท": Sector.LOCAL_GOVERNMENT,
    "ท้องถิ่น": Sector.LOCAL_GOVERNMENT, "localgovernment": Sector.LOCAL_GOVERNMENT, "local": Sector.LOCAL_GOVERNMENT,
    "ภาคเอกชน": Sector.PRIVATE, "เอกชน": Sector.PRIVATE, "private": Sector.PRIVATE,
    "ภาคประชาชน": Sector.CIVIL_SOCIETY, "ประชาชน": Sector.CIVIL_SOCIETY, "ภาคประชาสังคม": Sector.CIVIL_SOCIETY,
    "ประชาสังคม": Sector.CIVIL_SOCIETY, "civilsociety": Sector.CIVIL_SOCIETY, "people": Sector.CIVIL_SOCIETY,
}  # fmt: skip
_SECTOR_WORDS.update({sector.value.replace("_", ""): sector for sector in Sector})

EXAMPLE_ROW = (
    "นาย", "สมชาย", "ตัวอย่าง", "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต.บ้านตัวอย่าง",
    SECTOR_LABELS_TH[Sector.STATE], ROLE_LABELS_TH[CommitteeRole.MEMBER], format_thai_date(date(2020, 10, 1)),
    "076-000-000", "",
)
"""The template's example row; skipped when it is left in the sheet."""

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")
_KEY_NOISE = re.compile(r"[\s._\-/()]+")


# --- results --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    row_number: int  # the user's row: line of the pasted text, or spreadsheet row
    column: str  # a column key ("role"), or "" for the whole row / file
    message_th: str
    message_en: str


@dataclass(frozen=True)
class ImportRow:
    row_number: int
    member: MemberInput


@dataclass(frozen=True)
class ImportResult:
    rows_ok: tuple[ImportRow, ...]
    problems: tuple[RowProblem, ...]

    @property
    def bad_row_numbers(self) -> tuple[int, ...]:
        return tuple(sorted({problem.row_number for problem in self.problems if problem.row_number > 0}))

    @property
    def all_good(self) -> bool:
        return not self.problems and bool(self.rows_ok)


class ImportHasProblems(UserFacingError):
    """Nothing was imported; ``result.problems`` names every bad row (member and plan imports alike)."""

    def __init__(self, result: ImportResult) -> None:
        count = self.bad_row_count(result)
        if count:
            message_th = f"ยังไม่ได้นำเข้า: มี {count} แถวที่ต้องแก้ไข (หรือเลือกนำเข้าเฉพาะแถวที่ถูกต้อง)"
            message_en = f"Nothing imported: {count} rows need fixing (or choose to import only the good rows)"
        else:
            message_th = f"ยังไม่ได้นำเข้า: {result.problems[0].message_th}"
            message_en = f"Nothing imported: {result.problems[0].message_en}"
        super().__init__(message_th, message_en)
        self.result = result

    @staticmethod
    def bad_row_count(result: ImportResult) -> int:
        return len(result.bad_row_numbers)


# --- cell values ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnreadableCell:
    """A spreadsheet cell whose value cannot be read: a formula without a saved result (the file was written
    by a program that does not calculate), or an error value such as #REF!."""

    formula: str = ""
    error: str = ""

    def __str__(self) -> str:
        return self.error or self.formula or "?"



def unreadable_reason(cell: UnreadableCell, label_th: str, label_en: str) -> tuple[str, str]:
    """Why the column's cell cannot be read (Thai, English): a formula error, or a formula without its result."""
    if cell.error:
        error = _shown(cell.error[:20])
        return (f"{label_th}เป็นค่าผิดพลาดของสูตร ({error}) กรุณาแก้ในไฟล์",
                f"{label_en} is a formula error ({error}); please correct the file")
    return (f"{label_th}เป็นสูตรที่ไม่มีผลลัพธ์บันทึกไว้ในไฟล์ กรุณาเปิดไฟล์ด้วย Excel แล้วบันทึกอีกครั้ง"
            " (หรือคัดลอกแล้ววางแบบค่า)",
            f"{label_en} is a formula whose result is not saved in the file; open the file in Excel and"
            " save it again (or paste it as values)")

def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    return str(value)


def _clean(value: Any) -> str:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", _cell_text(value)))
    return " ".join(text.split())


QUOTE_LIMIT = 60
"""Longer values are never repeated in a message (one cell held 197,005 characters): their length is."""


def _shown(text: str) -> str:
    """Characters that would garble a message (control, bidirectional) shown by their code: "<U+202E>"."""
    return "".join(f"<U+{ord(ch):04X}>" if refused_character(ch) is not None else ch for ch in text)


def _quoted(text: str) -> tuple[str, str]:
    """The value as a message shows it, (Thai, English): in quotes, or by its length when it is long."""
    shown = _shown(text)
    if len(shown) <= QUOTE_LIMIT:
        return f"“{shown}”", f"“{shown}”"
    return f"(ข้อความยาว {len(text):,} ตัวอักษร)", f"({len(text):,} characters long)"


def shown_cells(line: str) -> str:
    """A pasted line as a preview shows a row it could not read: its cells joined by " | ", a long cell cut
    to its start and its length ("กกก… (197,005)"), characters that would garble the display left out."""
    shown = []
    for cell in line.split("\t")[:MAX_COLUMNS]:
        cell = "".join(ch for ch in cell.strip() if refused_character(ch) is None)
        shown.append(cell if len(cell) <= QUOTE_LIMIT else f"{cell[:QUOTE_LIMIT // 2]}… ({len(cell):,})")
    return " | ".join(shown)


def _key(text: str) -> str:
    return _KEY_NOISE.sub("", to_arabic_digits(text)).casefold()


def _header_key(text: str) -> str | None:
    cleaned = _clean(text)
    return _HEADER_WORDS.get(_key(cleaned)) or _HEADER_WORDS.get(cleaned.casefold())


def _header_columns(cells: Sequence[Any]) -> list[str | None] | None:
    """Column keys if this row is a header (at least two known header words, first name found)."""
    keys = [_header_key(_clean(cell)) if _clean(cell) else None for cell in cells]
    known = [key for key in keys if key]
    if len(known) >= 2 and ("first_name" in known or "full_name" in known):
        return keys
    return None


def _default_columns(width: int) -> list[str | None]:
    """Without a header: the template's order, with a leading number column if there is one more cell."""
    keys: list[str | None] = [key for key, _, _ in COLUMNS]
    return (["number"] + keys if width == len(keys) + 1 else keys)[:max(width, 0)]


# --- one row --------------------------------------------------------------------------------------------


class _RowReader:
    def __init__(self, row_number: int, default_start: date) -> None:
        self.row_number = row_number
        self.default_start = default_start
        self.problems: list[RowProblem] = []

    def problem(self, column: str, message_th: str, message_en: str) -> None:
        self.problems.append(RowProblem(self.row_number, column, message_th, message_en))

    def choice(self, column: str, text: str, words: dict[str, Any], labels_th: Sequence[str]) -> Any:
        if not text:
            self.problem(column, f"กรุณากรอก{COLUMN_LABELS_TH[column]}", f"{COLUMN_LABELS_EN[column]} is missing")
            return None
        found = words.get(_key(text))
        if found is None:
            quoted_th, quoted_en = _quoted(text)
            self.problem(
                column,
                f"ไม่รู้จัก{COLUMN_LABELS_TH[column]} {quoted_th} ใช้ได้: {', '.join(labels_th)}",
                f"Unknown {COLUMN_LABELS_EN[column].lower()} {quoted_en}",
            )
        return found

    def unreadable(self, values: dict[str, Any]) -> bool:
        """Report every cell of the row that cannot be read (then the rest of the row is not checked)."""
        cells = [(column, value) for column, value in values.items()
                 if isinstance(value, UnreadableCell) and column != "number"]
        for column, cell in cells:
            self.problem(column, *unreadable_reason(cell, COLUMN_LABELS_TH.get(column, column),
                                                    COLUMN_LABELS_EN.get(column, column)))
        return bool(cells)

    def start_date(self, value: Any) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = _clean(value)
        if not text:
            return self.default_start
        quoted_th, quoted_en = _quoted(text)
        if len(text) > QUOTE_LIMIT or refused_character(text) is not None:  # the parser's message would repeat it
            self.problem("start_date", f"วันที่ไม่ถูกต้อง {quoted_th}", f"The date is not valid {quoted_en}")
            return None
        try:
            return parse_thai_date(to_arabic_digits(text))
        except ThaiDateError as error:
            self.problem("start_date", f"วันที่ {quoted_th} ไม่ถูกต้อง: {error.message_th}",
                         f"Date {quoted_en} is not valid: {error.message_en}")
        except Exception:  # noqa: BLE001 - any odd text is a problem of the row, never a crash
            self.problem("start_date", f"วันที่ {quoted_th} ไม่ถูกต้อง", f"Date {quoted_en} is not valid")
        return None

    def text(self, column: str, value: Any) -> str | None:
        """The cell as it will be stored, or None (and a problem) when it may not be stored."""
        try:
            return clean_text(_cell_text(value), column)
        except TextInputError as refusal:
            self.problem(refusal.field, refusal.message_th, refusal.message_en)
            return None

    def text_fields(self, values: dict[str, Any]) -> dict[str, str]:
        checked = {name: self.text(name, values.get(name)) for name in MEMBER_TEXT_FIELDS}
        refused = {name for name, value in checked.items() if value is None}
        fields = {name: value or "" for name, value in checked.items()}
        fields["phone"] = to_arabic_digits(fields["phone"])
        full_name = self.text("full_name", values.get("full_name")) or ""
        if full_name and not fields["first_name"] and "first_name" not in refused:
            title, rest = split_title(full_name)
            first, _, last = rest.partition(" ")
            fields.update(first_name=first, last_name=last.strip(), title=fields["title"] or title)
        elif fields["first_name"] and not fields["title"]:
            title, rest = split_title(fields["first_name"])
            if title and rest:
                first, _, last = rest.partition(" ")
                fields.update(title=title, first_name=first, last_name=fields["last_name"] or last.strip())
        for name in ("title", "first_name", "last_name"):  # the parts of a split name have their own limits
            if name not in refused:
                fields[name] = self.text(name, fields[name]) or ""
        if not fields["first_name"] and "first_name" not in refused and not self.problems_of("full_name"):
            self.problem("first_name", "กรุณากรอกชื่อ", "The first name is missing")
        if fields["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", fields["email"]):
            quoted_th, quoted_en = _quoted(fields["email"])
            self.problem("email", f"อีเมล {quoted_th} ไม่ถูกต้อง", f"{quoted_en} is not an e-mail address")
        return fields

    def problems_of(self, column: str) -> list[RowProblem]:
        return [problem for problem in self.problems if problem.column == column]

    def read(self, values: dict[str, Any]) -> ImportRow | None:
        if self.unreadable(values):
            return None
        fields = self.text_fields(values)
        role = self.choice("role", _clean(values.get("role")), _ROLE_WORDS, list(ROLE_LABELS_TH.values()))
        sector = self.choice("sector", _clean(values.get("sector")), _SECTOR_WORDS, list(SECTOR_LABELS_TH.values()))
        start = self.start_date(values.get("start_date"))
        if self.problems or role is None or sector is None or start is None:
            return None
        return ImportRow(self.row_number, MemberInput(role=role, sector=sector, start_date=start, **fields))


def _is_blank(cells: Sequence[Any]) -> bool:
    return all(not _clean(cell) for cell in cells)


def _is_example(cells: Sequence[Any]) -> bool:
    return [_clean(cell) for cell in cells[:4]] == list(EXAMPLE_ROW[:4])


def read_rows(rows: Sequence[tuple[int, Sequence[Any]]], default_start: date) -> ImportResult:
    """Check rows of cells ((user's row number, cells), in order): the first non-blank row may be a header."""
    good: list[ImportRow] = []
    problems: list[RowProblem] = []
    columns: list[str | None] | None = None
    data_rows = 0
    for row_number, cells in rows:
        if _is_blank(cells) or _is_example(cells):
            continue
        if columns is None:
            columns = _header_columns(cells)
            if columns is not None:
                continue
            columns = _default_columns(max(len(cells), len(COLUMNS)))
        data_rows += 1
        if data_rows > MAX_ROWS:
            return _file_problem(
                f"มีรายชื่อเกิน {MAX_ROWS:,} แถว (ไม่นับแถวหัวตาราง) กรุณาแบ่งนำเข้าครั้งละไม่เกิน {MAX_ROWS:,} แถว",
                f"More than {MAX_ROWS:,} rows of members (the header not counted); import at most {MAX_ROWS:,}"
                " at a time",
            )
        values = {key: cell for key, cell in zip(columns, cells) if key}
        reader = _RowReader(row_number, default_start)
        row = reader.read(values)
        problems += reader.problems
        if row is not None:
            good.append(row)
    if not good and not problems:
        problems.append(RowProblem(0, "", "ไม่พบรายชื่อที่จะนำเข้า", "No rows to import were found"))
    return ImportResult(tuple(good), tuple(problems))


def _file_problem(message_th: str, message_en: str) -> ImportResult:
    return ImportResult((), (RowProblem(0, "", message_th, message_en),))


# --- pasted text ----------------------------------------------------------------------------------------


def parse_pasted_text(text: str, default_start: date) -> ImportResult:
    """Rows pasted from Excel or a Word table (tab-separated). Row numbers are the lines of the pasted
    text (1 = the first line, header and blank lines counted)."""
    if len(text) > MAX_PASTE_CHARACTERS:
        return _file_problem("ข้อความที่วางยาวเกินไป กรุณาแบ่งวางทีละส่วน", "The pasted text is too long; paste it in parts")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    rows = [(number, _split_line(line)) for number, line in enumerate(lines, start=1)]
    return read_rows(rows, default_start)


def _split_line(line: str) -> list[str]:
    if "\t" in line:
        return [cell.strip().strip('"') for cell in line.split("\t")][:MAX_COLUMNS]
    return [cell.strip() for cell in re.split(r" {2,}|\|", line) if cell.strip()][:MAX_COLUMNS]


# --- xlsx -----------------------------------------------------------------------------------------------


def xlsx_refusal(path: Path) -> tuple[str, str] | None:
    """Why an .xlsx from outside is not even opened (Thai, English): unreadable, too big, not a zip, a zip
    bomb; None when openpyxl may read it."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return f"เปิดไฟล์ไม่ได้ ({error.strerror or error})", f"Cannot open the file ({error})"
    if size > MAX_XLSX_BYTES:
        return "ไฟล์ใหญ่เกินไป (เกิน 5 MB)", "The file is too big (over 5 MB)"
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except Exception:  # noqa: BLE001
        return "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) หรือไฟล์เสียหาย", "This is not an .xlsx file, or it is damaged"
    if total > MAX_XLSX_UNCOMPRESSED_BYTES:
        return "ข้อมูลในไฟล์ใหญ่เกินไป", "The workbook's content is too big"
    return None


def _zip_problem(path: Path) -> ImportResult | None:
    refusal = xlsx_refusal(path)
    return None if refusal is None else _file_problem(*refusal)


def _cell_value(value_cell: Any, formula_cell: Any) -> Any:
    """The value to read from a cell of the workbook loaded with saved results (``value_cell``) and as
    written (``formula_cell``): a formula's saved result, or UnreadableCell when there is none."""
    value = getattr(value_cell, "value", None)
    is_formula = getattr(formula_cell, "data_type", None) == "f"
    if getattr(value_cell, "data_type", None) == "e" and value is not None:
        return UnreadableCell(formula=str(getattr(formula_cell, "value", "")) if is_formula else "", error=str(value))
    if is_formula and value is None:
        return UnreadableCell(formula=str(formula_cell.value))
    return value


def _sheet_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """The non-blank rows (sheet row number, cell values), at most a few more than MAX_ROWS: enough for
    ``read_rows`` to tell that there are too many."""
    from openpyxl import load_workbook

    values_book = load_workbook(path, read_only=True, data_only=True)
    formulas_book = load_workbook(path, read_only=True, data_only=False)
    try:
        title = DATA_SHEET_TITLE if DATA_SHEET_TITLE in values_book.sheetnames else values_book.worksheets[0].title
        value_rows = values_book[title].iter_rows(max_col=MAX_COLUMNS)
        formula_rows = formulas_book[title].iter_rows(max_col=MAX_COLUMNS)
        rows: list[tuple[int, list[Any]]] = []
        for number, (value_cells, formula_cells) in enumerate(zip_longest(value_rows, formula_rows, fillvalue=()),
                                                              start=1):
            cells = [_cell_value(value_cell, formula_cell)
                     for value_cell, formula_cell in zip_longest(value_cells, formula_cells)]
            if _is_blank(cells):
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS + 3:  # a header and the template's example row do not count
                break
        return rows
    finally:
        values_book.close()
        formulas_book.close()


def read_member_workbook(path: Path, default_start: date) -> ImportResult:
    """Rows of an .xlsx (the template's sheet, else the first); row numbers are the sheet's rows."""
    path = Path(path)
    problem = _zip_problem(path)
    if problem is not None:
        return problem
    try:
        rows = _sheet_rows(path)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on odd files
        return _file_problem(
            f"อ่านไฟล์ Excel ไม่ได้ ({type(error).__name__}) กรุณาบันทึกเป็น .xlsx จากแบบฟอร์มของโปรแกรม",
            f"Cannot read the workbook ({type(error).__name__}: {str(error)[:200]}); save it as .xlsx from the template",
        )
    return read_rows(rows, default_start)


def export_member_template(path: Path) -> Path:
    """An .xlsx to fill in (made by ``exports.xlsx.member_template``, from this module's format); a folder
    gets the file under its usual name."""
    from pcha_desktop.exports.file_names import MEMBER_TEMPLATE_NAME
    from pcha_desktop.exports.xlsx.member_template import MemberTemplate, write_member_template

    keys = [key for key, _, _ in COLUMNS]
    template = MemberTemplate(DATA_SHEET_TITLE, [th for _, th, _ in COLUMNS], EXAMPLE_ROW, MAX_ROWS,
                              sector_column=keys.index("sector") + 1, role_column=keys.index("role") + 1)
    path = Path(path)
    return write_member_template(template, path / MEMBER_TEMPLATE_NAME if path.is_dir() else path)


# --- import ---------------------------------------------------------------------------------------------


def import_members(
    database: Database, committee_id: int, rows: ImportResult, only_good: bool = False, user_name: str = ""
) -> int:
    """Add the rows' members to the committee in one transaction; returns how many were added.

    Raises ``ImportHasProblems`` (nothing imported) when there are problems and ``only_good`` is False, and
    ``UserFacingError`` naming the row when a row would make an impossible committee (nothing imported)."""
    if rows.problems and not only_good:
        raise ImportHasProblems(rows)
    if not rows.rows_ok:
        raise UserFacingError("ไม่มีแถวที่ถูกต้องให้นำเข้า", "There are no good rows to import")
    with database.unit_of_work(user_name) as session:
        committee = load_committee(session, committee_id)
        added = add_members_in(session, committee, [row.member for row in rows.rows_ok])
        row_of_membership = {membership.id: row.row_number for membership, row in zip(added, rows.rows_ok)}
        try:  # once, over the final list (the new rows come last, so a refusal names the first bad row)
            check_committee_possible(session, committee_id)
        except ImpossibleMembership as refusal:
            row_number = row_of_membership.get(refusal.membership_id) if refusal.membership_id else None
            where_th, where_en = (f"แถวที่ {row_number}: ", f"Row {row_number}: ") if row_number else ("", "")
            raise UserFacingError(
                f"{where_th}{refusal.message_th} (ยังไม่ได้นำเข้ารายชื่อใด)",
                f"{where_en}{refusal.message_en} (nothing was imported)",
                field="row",
            ) from refusal
        return len(rows.rows_ok)
