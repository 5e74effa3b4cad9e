"""Workbooks: user text is text, never a formula; the member template comes from exports/xlsx."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from pcha_desktop.exports.xlsx.cells import FORMULA_TRIGGERS, append_row, write_cell
from pcha_desktop.services.member_import import DATA_SHEET_TITLE, EXAMPLE_ROW, export_member_template

DANGEROUS = ["=1+1", "=HYPERLINK(\"http://x\",\"คลิก\")", "+66 81 234 5678", "-5", "@SUM(A1)", "\t=1+1", "\r=1", " =1+1"]


def _xml_lines(text: str) -> str:
    """XML reads every line end as a line feed."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_back(path: Path) -> list[tuple[object, str]]:
    sheet = load_workbook(path).active
    return [(cell.value, cell.data_type) for row in sheet.iter_rows() for cell in row]


def test_text_that_looks_like_a_formula_is_stored_as_text(tmp_path: Path) -> None:
    workbook = Workbook()
    append_row(workbook.active, DANGEROUS)
    write_cell(workbook.active, 2, 1, 42)
    write_cell(workbook.active, 2, 2, "ธรรมดา")
    path = tmp_path / "cells.xlsx"
    workbook.save(path)
    cells = _read_back(path)
    assert cells[: len(DANGEROUS)] == [(_xml_lines(text), "s") for text in DANGEROUS]
    assert (42, "n") in cells and ("ธรรมดา", "s") in cells


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.sampled_from(FORMULA_TRIGGERS),
    rest=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
)
def test_any_formula_trigger_stays_text(tmp_path: Path, first: str, rest: str) -> None:
    workbook = Workbook()
    write_cell(workbook.active, 1, 1, first + rest)
    path = tmp_path / "one.xlsx"
    workbook.save(path)
    cell = load_workbook(path).active["A1"]
    assert cell.data_type == "s"
    assert cell.value == _xml_lines(first + rest)


def test_member_template_is_written_by_the_exports_layer(tmp_path: Path) -> None:
    path = export_member_template(tmp_path / "template.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [DATA_SHEET_TITLE, "คำอธิบาย"]
    sheet = workbook[DATA_SHEET_TITLE]
    assert [cell.value for cell in sheet[2]][: len(EXAMPLE_ROW)] == [value or None for value in EXAMPLE_ROW]
    assert all(cell.data_type == "s" for cell in sheet[1])
    folder = tmp_path / "exports"
    folder.mkdir()
    assert export_member_template(folder) == folder / "แบบฟอร์มรายชื่อกรรมการ.xlsx"
