"""The report PDF, the workbook, the brief and the project summary made from the demo district: every figure
printed is the data's, names never break, the workbook reads back the same values, LibreOffice opens it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.report_periods import ReportPeriod, parse_period
from pcha_desktop.domain.reporting import (
    Criterion,
    CriterionState,
    FollowUpLine,
    FreeTexts,
    MeetingLine,
    MeetingsSection,
    UccareIssue,
    UccareScore,
    UccareSection,
)
from pcha_desktop.exports.xlsx.cells import BE_DATE_FORMAT
from pcha_desktop.services import issues, reports
from pcha_desktop.services.errors import UserFacingError

CHECKER = next((folder / "shared" / "tools" / "thai-pdf-check" for folder in Path(__file__).resolve().parents
                if (folder / "shared" / "tools" / "thai-pdf-check").exists()), Path("thai-pdf-check"))
YEAR = parse_period("2564")


def _layout_lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in text.splitlines()]


def _text(path: Path) -> str:
    """The PDF's text, whitespace (line ends too) made single spaces."""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _shown(value: Decimal | None) -> str:
    """A figure as a reader expects it: two decimals at most, half up, no trailing zeros, thousands with commas."""
    if value is None:
        return "-"
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return text.rstrip("0").rstrip(".")


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@needs_poppler
@pytest.mark.parametrize("code", ["2564", "2564Q2", "2564R6"])
def test_every_kpi_row_prints_the_data_figures(demo, tmp_path: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    period = parse_period(code)
    out = reports.make_report(demo.database, period, pdf=tmp_path / "r.pdf", thai_digits=False).pdf
    lines = _layout_lines(out)
    year = issues.year_kpis(demo.database, 2564)
    checked = 0
    for issue in year.issues:
        for kpi in issue.kpis:
            values = list(kpi.results)
            if period.kind.value == "quarter":
                result = values[period.number - 1]
            else:
                known = [v for v in values[:period.last_quarter] if v is not None]
                result = (None if not known else sum(known) if kpi.combination is k.Combination.SUM
                          else sum(known) / len(known) if kpi.combination is k.Combination.AVERAGE else known[-1])
            percent = None if result is None else result / kpi.target * 100
            figures = [_shown(kpi.target), _shown(result), _shown(percent), *(_shown(b.value) for b in kpi.baselines)]
            row = " ".join(figures)
            name = kpi.name.replace(" ", "")
            assert any(line.endswith(row) and line[:-len(row)].strip()
                       and name.startswith(line[:-len(row)].replace(" ", "")) for line in lines), (kpi.name, row)
            checked += 1
    assert checked == sum(len(issue.kpis) for issue in year.issues) >= 9
    assert f"ระหว่างวันที่ {period.start.day}" in " ".join(lines)


@needs_poppler
def test_the_report_reads_like_seed_000_and_states_the_period_by_its_dates(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    period = ReportPeriod.quarter(2564, 1)
    out = reports.make_report(demo.database, period, pdf=tmp_path / "q1.pdf", thai_digits=False).pdf
    text = " ".join(_layout_lines(out))
    headings = ["1. วิเคราะห์สถานการณ์ สภาพปัญหา และเป้าหมายการดำเนินงาน", "2. แผนงาน และผลการดำเนินงาน",
                "2.1 แผนงาน", "2.2 ผลการดำเนินงาน", "3. ปัญหาอุปสรรคและข้อเสนอแนะ", "ภาคผนวก"]
    positions = [text.find(heading) for heading in headings]
    assert -1 not in positions and positions == sorted(positions), positions
    assert "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)" in text
    assert "ระหว่างวันที่ 1 ตุลาคม 2563 – 31 ธันวาคม 2563" in text
    assert "การทำงานเป็นทีม (Unity Team)" in text and "(Essential care)" in text
    assert "การประสานงานและนัดประชุมคณะกรรมการเป็นไปด้วยความลำบาก" in text  # the period's own text
    data = reports.gather_report(demo.database, period, thai_digits=False)
    unwrapped = "".join(text.split())
    for criterion in data.criteria[:4]:
        assert criterion.evidence.split()[0] in unwrapped
    assert "".join(data.criteria[4].evidence.split()[-3:]) in unwrapped  # "… 4 จาก 4 ประเด็น" (a table cell)
    assert [c.state for c in data.criteria][:4] == [CriterionState.MET] * 4
    # The demo's assessments before the work are in the first quarter: criterion 5 is judged from them.
    assert data.uccare is not None and data.criteria[4].state is not CriterionState.NO_DATA
    assert "ผลการประเมินตามองค์ประกอบ UCCARE" in text
    assert data.meetings is not None and "การประชุมคณะกรรมการ พชอ. (อย่างน้อย" in text  # the demo's first meeting
    without = reports.make_report(demo.database, period, pdf=tmp_path / "plain.pdf", thai_digits=False,
                                  data=replace(data, uccare=None, meetings=None, criteria=(*data.criteria[:4], Criterion(
                                      5, data.criteria[4].text, CriterionState.NO_DATA, "ยังไม่มีข้อมูลการประเมิน UCCARE ในโปรแกรม")))).pdf
    plain = _text(without)
    assert "ยังไม่มีข้อมูลการประเมิน UCCARE" in plain and "ผลการประเมินตามองค์ประกอบ UCCARE" not in plain
    assert "การประชุมคณะกรรมการ พชอ. (อย่างน้อย" not in plain
    assert f"มีกรรมการ {len(data.committee.members)} คน" in text
    assert f"ที่ {data.committee.order.number}" in text
    assert all("ข้อมูลตัวอย่าง" in page.extract_text() for page in pypdf.PdfReader(str(out)).pages)


@needs_poppler
@pytest.mark.skipif(not CHECKER.exists(), reason="thai-pdf-check not here")
def test_names_are_never_broken_and_text_is_found_exactly(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = reports.gather_report(demo.database, YEAR, thai_digits=False)
    out = reports.make_report(demo.database, YEAR, pdf=tmp_path / "year.pdf", data=data).pdf
    names = sorted(set(data.names()))
    arguments = [str(CHECKER), str(out), "--exact", "--need", "ปีงบประมาณ", "--need", "อำเภอเมืองภูเก็ต",
                 "--need", "คุณภาพชีวิต"]
    for name in names:
        arguments += ["--unbroken", name]
    result = subprocess.run(arguments, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    brief = reports.make_brief(demo.database, YEAR, tmp_path / "brief.pdf", data=data)
    result = subprocess.run([str(CHECKER), str(brief), "--exact", "--need", "ความต้องการสนับสนุน", "--unbroken",
                             data.profile.secretary_name], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_thai_digits_follow_the_setting(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = reports.make_report(demo.database, YEAR, pdf=tmp_path / "th.pdf", thai_digits=True).pdf
    text = _text(out)
    assert "ปีงบประมาณ ๒๕๖๔" in text and "๑๐๓.๗๑" in text
    assert not re.search(r"[0-9]", text.replace("COVID-19", "").replace("SHA", ""))  # no Arabic digit is left


def test_optional_sections_print_only_when_their_data_exists(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    period = ReportPeriod.round(2564, 6)
    data = reports.gather_report(demo.database, period, thai_digits=False)
    meetings = MeetingsSection(
        (MeetingLine(date(2020, 11, 20), "1/2564", "ประชุมคณะกรรมการ พชอ. ครั้งที่ 1", 20, 26, True),
         MeetingLine(date(2021, 9, 1), "3/2564", "หลังช่วงรายงาน", 18, 26, True)),
        (FollowUpLine("ติดตามแผนงานประเด็นอุบัติเหตุ", "สาธารณสุขอำเภอ", "กำลังดำเนินการ", date(2021, 1, 31)),))
    scores = tuple(UccareScore(code, label, 2, 3, 3) for code, label in (("U", "การทำงานเป็นทีม"), ("E", "การแก้ไขปัญหา")))
    uccare = UccareSection((UccareIssue("อุบัติเหตุทางถนน", scores, True, True, True),
                            UccareIssue("โรคไม่ติดต่อเรื้อรัง", scores, False, True, False)))
    full = reports.with_optional_sections(data, meetings=meetings, uccare=uccare)
    assert full.criteria[4].state is CriterionState.NOT_MET  # one issue lacks the visitors' assessment
    out = reports.make_report(demo.database, period, pdf=tmp_path / "full.pdf", xlsx=tmp_path / "full.xlsx", data=full)
    text = _text(out.pdf)
    assert "ประชุมแล้ว 1 ครั้ง" in text and "อย่างน้อย 2 ครั้ง (ต่ำกว่าเกณฑ์)" in text  # 6 months: two expected
    assert "ผ่านเกณฑ์ (ยกระดับขึ้นหนึ่งระดับทุกข้อ หรือตั้งแต่ระดับสามขึ้นไปทุกข้อ) 1 จาก 2 ประเด็น" in text
    workbook = load_workbook(out.xlsx)
    assert {"การประชุม", "ติดตามผล", "UCCARE"} <= set(workbook.sheetnames)
    assert workbook["การประชุม"]["B2"].value == datetime(2020, 11, 20)
    plain = reports.make_report(demo.database, period, xlsx=tmp_path / "plain.xlsx",
                                data=replace(data, uccare=None, meetings=None)).xlsx
    assert not {"การประชุม", "ติดตามผล", "UCCARE"} & set(load_workbook(plain).sheetnames)


def test_the_workbook_reads_back_the_data(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = reports.gather_report(demo.database, YEAR, thai_digits=False)
    path = reports.make_report(demo.database, YEAR, xlsx=tmp_path / "r.xlsx", data=data).xlsx
    workbook = load_workbook(path)
    for sheet in workbook:
        assert sheet.freeze_panes == "A2" and len(sheet.tables) == 1, sheet.title
        assert all(cell.font.bold for cell in sheet[1])
    kpi_rows = list(workbook["ตัวชี้วัด"].iter_rows(min_row=2, values_only=True))
    expected = [(issue.title, kpi) for issue in data.issues for kpi in issue.kpis]
    assert len(kpi_rows) == len(expected)
    for row, (title, kpi) in zip(kpi_rows, expected):
        assert row[0] == title and row[1] == kpi.name
        assert Decimal(str(row[4])) == kpi.target and Decimal(str(row[5])) == kpi.result
        assert Decimal(str(row[6])) == kpi.percent
        assert [None if v is None else Decimal(str(v)) for v in row[7:10]] == [b.value for b in kpi.baselines]
    plan = workbook["แผนงาน"]
    assert plan.max_row - 1 == len(data.plan.activities)
    assert sum(Decimal(str(v)) for (v,) in plan.iter_rows(min_row=2, min_col=9, max_col=9, values_only=True)) \
        == data.plan.budget_total
    start = plan.cell(2, 5)
    assert isinstance(start.value, datetime) and start.number_format == BE_DATE_FORMAT
    members = workbook["คณะกรรมการ"]
    assert [r[1] for r in members.iter_rows(min_row=2, values_only=True)] == [m.full_name for m in data.committee.members]


def test_text_that_looks_like_a_formula_stays_text(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    texts = FreeTexts("=HYPERLINK(\"http://x\")", "+1 ปัญหา", "-ข้อเสนอ", "@ผู้ว่า")
    reports.save_report_texts(demo.database, YEAR, texts, "ทดสอบ")
    path = reports.make_report(demo.database, YEAR, xlsx=tmp_path / "f.xlsx", thai_digits=False).xlsx
    sheet = load_workbook(path)["ข้อมูลอำเภอ"]
    values = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    cell = values["สถานการณ์และสภาพปัญหา"]
    assert cell.value == texts.situation and cell.data_type == "s"
    assert values["ความต้องการสนับสนุน"].value == "@ผู้ว่า"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_opens_the_workbook_and_shows_be_dates(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = reports.make_report(demo.database, YEAR, xlsx=tmp_path / "lo.xlsx", thai_digits=False).xlsx
    out = tmp_path / "csv"
    result = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1054,false,true,true,false,false,-1",
         "--outdir", str(out), str(path)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    plan = (out / "lo-แผนงาน.csv").read_text(encoding="utf-8")
    assert "1 มี.ค. 2564" in plan  # a real date cell, shown with its BE year
    kpis = (out / "lo-ตัวชี้วัด.csv").read_text(encoding="utf-8")
    assert "103.71" in kpis
    assert len(list(out.glob("lo-*.csv"))) == 15  # ten areas, the demo's meetings, follow-ups and UCCARE, the steps,
    quantitative = (out / "lo-ผลเชิงปริมาณ.csv").read_text(encoding="utf-8")  # and seed 000's row of the district
    assert "เมืองภูเก็ต,2564,1,1,100,1,1,1" in quantitative


def test_free_texts_are_kept_per_period_and_bad_text_saves_nothing(demo) -> None:  # type: ignore[no-untyped-def]
    q2 = ReportPeriod.quarter(2564, 2)
    assert reports.report_texts(demo.database, q2) == FreeTexts()
    saved = reports.save_report_texts(demo.database, q2, FreeTexts("  สถานการณ์ไตรมาส 2  ", "อุปสรรค", "", "ขอรถ"), "ทดสอบ")
    assert saved.situation == "สถานการณ์ไตรมาส 2"
    assert reports.report_texts(demo.database, q2) == saved
    assert reports.report_texts(demo.database, ReportPeriod.round(2564, 6)) == FreeTexts()
    with pytest.raises(UserFacingError) as refusal:
        reports.save_report_texts(demo.database, q2, FreeTexts("ใหม่", "มี\u202eอักขระ", "", ""), "ทดสอบ")
    assert refusal.value.message_th and refusal.value.message_en
    assert reports.report_texts(demo.database, q2) == saved  # nothing changed


def test_the_brief_fits_two_pages_and_counts_the_statuses(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = reports.gather_report(demo.database, YEAR, thai_digits=False)
    out = reports.make_brief(demo.database, YEAR, tmp_path / "b.pdf", data=data)
    assert len(pypdf.PdfReader(str(out)).pages) <= 2
    text = _text(out)
    kpis = [kpi for issue in data.issues for kpi in issue.kpis]
    met = sum(1 for kpi in kpis if kpi.status is k.KpiStatus.MET)
    assert re.search(rf"รวม\s*{len(kpis)}\s*{met}", text)
    assert data.texts.support_requested[:20] in text


def test_the_project_summary_has_objectives_indicators_and_results(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    activity_id, _issue, name = reports.activity_choices(demo.database, 2564)[0]
    summary = reports.project_summary(demo.database, activity_id, thai_digits=False)
    out = reports.make_project_report(demo.database, activity_id, tmp_path / "p.pdf", thai_digits=False)
    text = _text(out)
    squeezed = re.sub(r"\s", "", text)
    assert re.sub(r"\s", "", f"รายงานสรุปผลตามโครงการ{name}") in squeezed
    for objective, indicator, result in summary.objectives:
        assert re.sub(r"\s", "", objective) in squeezed and re.sub(r"\s", "", indicator) in squeezed
    assert "ผลลัพธ์ตามวัตถุประสงค์/ตัวชี้วัด" in text and "ความสำเร็จ สิ่งที่จะพัฒนาต่อ" in text
    assert "ปัญหา อุปสรรค" in text
    with pytest.raises(UserFacingError):
        reports.project_summary(demo.database, 99999)


def test_a_period_later_than_the_data_shows_no_result_not_zero(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = reports.gather_report(demo.database, ReportPeriod.year(2565), thai_digits=False)
    assert data.issues == () and data.criteria[0].state is CriterionState.NOT_MET
    out = reports.make_report(demo.database, ReportPeriod.year(2565), pdf=tmp_path / "empty.pdf", data=data).pdf
    assert "ยังไม่ได้กำหนดประเด็นการพัฒนาคุณภาพชีวิตของปีงบประมาณนี้" in _text(out)
    replaced = replace(data, issues=())
    assert replaced.kpi_count == 0


def test_the_brief_stays_within_two_pages_with_many_kpis_behind(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = reports.gather_report(demo.database, YEAR, thai_digits=False)
    behind = tuple(replace(issue, title=f"{issue.title} {n}",
                           kpis=tuple(replace(kpi, status=k.KpiStatus.BEHIND) for kpi in issue.kpis * 2))
                   for n in range(3) for issue in data.issues)
    out = reports.make_brief(demo.database, YEAR, tmp_path / "many.pdf", data=replace(data, issues=behind))
    assert len(pypdf.PdfReader(str(out)).pages) <= 2
    count = sum(len(issue.kpis) for issue in behind)
    assert f"ตัวชี้วัดที่ต่ำกว่าแผน {count} ตัวชี้วัด (แสดง 8 ตัวที่ห่างจากเป้าหมายมากที่สุด)" in _text(out)
