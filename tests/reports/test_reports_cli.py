"""`pcha report`, `pcha project-report`, `pcha brief`: the files the GUI makes; bilingual refusals, no traceback."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from pcha_desktop.cli.main import main


def test_report_writes_the_pdf_and_the_workbook(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main(["report", "--data-dir", str(demo_dir), "--period", "2564R6", "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "รอบ 6 เดือน ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 มี.ค. 2564)" in out and "PDF" in out
    assert len(pypdf.PdfReader(str(pdf)).pages) >= 4
    assert "ตัวชี้วัด" in load_workbook(xlsx).sheetnames


def test_brief_and_project_report(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["brief", "--data-dir", str(demo_dir), "--period", "2564Q2", "--out", str(tmp_path / "b.pdf")]) == 0
    assert main(["project-report", "--data-dir", str(demo_dir), "--list", "--fy", "2564"]) == 0
    first_id = capsys.readouterr().out.splitlines()[-8].split("\t")[0]  # 8 activities in the demo's FY2564
    assert main(["project-report", "--data-dir", str(demo_dir), "--activity", first_id, "--out",
                 str(tmp_path / "p.pdf")]) == 0
    assert (tmp_path / "b.pdf").stat().st_size > 0 and (tmp_path / "p.pdf").stat().st_size > 0


@pytest.mark.parametrize(("arguments", "thai", "english"), [
    (["report", "--period", "2564Q5", "--pdf", "{tmp}/x.pdf"], "ไตรมาสต้องเป็น 1–4", "A quarter is 1–4"),
    (["report", "--period", "2021", "--pdf", "{tmp}/x.pdf"], "ดูเหมือนปี ค.ศ.", "looks like a CE year"),
    (["report", "--period", "2564"], "--pdf FILE", "--pdf FILE"),
    (["brief", "--period", "2564", "--out", "{tmp}/no/such/x.pdf"], "ไม่พบโฟลเดอร์", "There is no folder"),
    (["project-report", "--activity", "9999", "--out", "{tmp}/x.pdf"], "ไม่พบกิจกรรม", "no activity #9999"),
])
def test_refusals_are_bilingual_and_write_nothing(demo_dir: Path, tmp_path: Path, capsys, arguments: list[str],  # type: ignore[no-untyped-def]
                                                  thai: str, english: str) -> None:
    code = main([arguments[0], "--data-dir", str(demo_dir),
                 *(argument.replace("{tmp}", str(tmp_path)) for argument in arguments[1:])])
    error = capsys.readouterr().err
    assert code == 2
    assert thai in error and english in error and "Traceback" not in error
    assert not list(tmp_path.glob("*.pdf"))
