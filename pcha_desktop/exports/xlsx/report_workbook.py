"""The period's report as a workbook: a sheet per area, each an Excel table (filter and sum), Thai headers, a frozen
header row, widths that fit the content, dates as real dates shown in BE, numbers as numbers, and user text
that begins with = + - @ kept as text (``exports.xlsx.cells``). No formulas: every figure is a value.

Sheets: ข้อมูลอำเภอ (the profile and the period); คณะกรรมการ (the committee on the period's last day and its
order in force); ตัวชี้วัด (issues, target groups and KPIs: target, result, percent, three baselines, status);
กลุ่มเป้าหมาย; แผนงาน (activities); ทรัพยากร (pooled resources); เกณฑ์ (the five target criteria);
การประชุม and ติดตามผล (only when the meetings data exists); UCCARE (only when it exists); พชต. (tambon
committees); การเยี่ยม (visits of the period); ผลงานเด่น (notable work).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.reporting import CRITERION_STATE_LABELS, ReportData, meeting_compliance
from pcha_desktop.exports.xlsx.cells import write_cell, write_date

HEADER_FILL = "DDEBF7"
MIN_WIDTH, MAX_WIDTH = 8, 60
LIST_SEPARATOR = "; "


def _value(value: Any) -> Any:
    """Decimal → int or float (a number cell); anything else as it is."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _display_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 12
    text = str(value)
    # Thai above/below marks take no width of their own
    return len(re.sub(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", "", text))


def _sheet(workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    sheet = workbook.create_sheet(title)
    for column, header in enumerate(headers, 1):
        cell = write_cell(sheet, 1, column, header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [_display_length(header) for header in headers]
    for row_number, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            value = _value(value)
            if isinstance(value, date):
                write_date(sheet, row_number, column, value)
            else:
                write_cell(sheet, row_number, column, value)
            widths[column - 1] = max(widths[column - 1], _display_length(value))
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = max(MIN_WIDTH, min(MAX_WIDTH, width + 2))
    sheet.freeze_panes = "A2"
    last_row = max(2, len(rows) + 1)  # a table needs a row under its header, even an empty one
    table = Table(displayName=f"T{len(workbook.sheetnames)}_{re.sub(r'[^A-Za-z0-9]', '', title) or 'Data'}",
                  ref=f"A1:{get_column_letter(len(headers))}{last_row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    sheet.add_table(table)


def write_report_workbook(data: ReportData, path: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    period, profile = data.period, data.profile
    meetings: list[list[Any]] = []
    if data.meetings is not None:
        compliance = meeting_compliance([m.meeting_date for m in data.meetings.meetings], period)
        meetings = [["การประชุม พชอ. ตั้งแต่ต้นปีงบประมาณ (ครั้ง)", compliance.held],
                    ["ตามเกณฑ์ 4 ครั้งต่อปี ควรประชุมแล้ว (ครั้ง)", compliance.expected]]
    _sheet(workbook, "ข้อมูลอำเภอ", ["หัวข้อ", "ข้อมูล"], [*meetings,
        ["จังหวัด", profile.province_name],
        ["อำเภอ", profile.district_name],
        ["หน่วยงาน", profile.office_name],
        ["นายอำเภอ", profile.district_chief_name],
        ["เลขานุการ พชอ.", profile.secretary_name],
        ["ช่วงรายงาน", period.label_th()],
        ["วันเริ่มต้น", period.start],
        ["วันสิ้นสุด", period.end],
        ["วันที่จัดทำ", data.made_on],
        ["สถานการณ์และสภาพปัญหา", data.texts.situation],
        ["ปัญหาอุปสรรค", data.texts.obstacles],
        ["ข้อเสนอแนะ", data.texts.suggestions],
        ["ความต้องการสนับสนุน", data.texts.support_requested],
    ])
    committee = data.committee
    order = committee.order if committee else None
    _sheet(workbook, "คณะกรรมการ", ["ที่", "ชื่อ-สกุล", "ตำแหน่ง", "ตำแหน่งในคณะกรรมการ", "ภาคส่วน", "คำสั่งที่",
                                    "ลงวันที่", "ส่งสำเนาถึงจังหวัด"],
           [[n, m.full_name, m.position, m.role_label, m.sector_label, order.number if order else "",
             order.order_date if order else None, order.sent_to_province_on if order else None]
            for n, m in enumerate(committee.members if committee else (), 1)])
    years = [period.fiscal_year - offset for offset in (3, 2, 1)]
    tally = data.uccare_tally
    if tally is not None:  # seed 000's table, the district's row
        _sheet(workbook, "ผลเชิงปริมาณ", ["อำเภอ", "ปีงบประมาณ", "เป้าหมาย", "ผลงาน", "ร้อยละ",
                                         *(f"Baseline {y}" for y in tally.baseline_years), "ที่มาของผล"],
               [[profile.district_name, tally.fiscal_year, tally.target, tally.result, tally.percent,
                 *(None if flag is None else int(flag) for flag in tally.baselines), tally.reason]])
    _sheet(workbook, "ตัวชี้วัด", ["ประเด็น", "ตัวชี้วัด", "หน่วย", "ทิศทาง", "เป้าหมาย", "ผลงาน", "ร้อยละของเป้าหมาย",
                                   *(f"Baseline {y}" for y in years), "สถานะ"],
           [[issue.title, kpi.name, kpi.unit, "ยิ่งน้อยยิ่งดี" if kpi.lower_is_better else "ยิ่งมากยิ่งดี", kpi.target,
             kpi.result, kpi.percent, *(b.value for b in kpi.baselines), k.label(kpi.status)]
            for issue in data.issues for kpi in issue.kpis])
    _sheet(workbook, "กลุ่มเป้าหมาย", ["ประเด็น", "กรอบประเด็น", "มิติ", "กลุ่มเป้าหมาย", "จำนวน (คน)", "คณะทำงาน (คน)"],
           [[issue.title, issue.area_label, " ".join(issue.dimension_labels), group.label, group.count,
             issue.working_group_size]
            for issue in data.issues for group in issue.target_groups])
    plan = data.plan
    _sheet(workbook, "แผนงาน", ["ประเด็น", "กิจกรรม/โครงการ", "หน่วยงานหลัก", "ภาคีร่วมดำเนินการ", "วันที่เริ่ม",
                                "วันที่สิ้นสุด", "สถานะ", "ความก้าวหน้า (ร้อยละ)", "งบประมาณ (บาท)"],
           [[a.issue_title, a.name, a.lead_agency, LIST_SEPARATOR.join(a.partners), a.start_date, a.end_date,
             a.status_label, a.progress_percent, a.budget_total] for a in plan.activities])
    _sheet(workbook, "ทรัพยากร", ["ประเด็น", "ภาคี", *plan.all_kinds, "รายละเอียด"],
           [[line.issue_title, line.partner, *(1 if kind in line.kinds else 0 for kind in plan.all_kinds),
             LIST_SEPARATOR.join(line.details)] for line in plan.pooled])
    _sheet(workbook, "เกณฑ์", ["ข้อ", "เกณฑ์เป้าหมาย", "ผล", "ข้อมูลประกอบ"],
           [[c.number, c.text, CRITERION_STATE_LABELS[c.state][0], c.evidence] for c in data.criteria])
    if data.meetings is not None:
        _sheet(workbook, "การประชุม", ["ครั้งที่", "วันที่", "เรื่อง", "ผู้มาประชุม", "กรรมการทั้งหมด", "ครบองค์ประชุม"],
               [[m.number, m.meeting_date, m.title, m.present, m.members,
                 None if m.quorum_met is None else ("ครบ" if m.quorum_met else "ไม่ครบ")]
                for m in data.meetings.meetings])
        _sheet(workbook, "ติดตามผล", ["เรื่อง", "ผู้รับผิดชอบ", "กำหนด", "สถานะ"],
               [[f.text, f.responsible, f.due_date, f.status_label] for f in data.meetings.follow_ups])
    if data.uccare is not None:
        _sheet(workbook, "UCCARE", ["ประเด็น", "องค์ประกอบ", "ชื่อองค์ประกอบ", "ก่อน (ตนเอง)", "หลัง (ตนเอง)",
                                    "หลัง (จังหวัด/เขต)", "ผ่านเกณฑ์"],
               [[issue.issue_title, s.component_code, s.component_label, s.before, s.after_self, s.after_provincial,
                 None if issue.passed is None else ("ผ่าน" if issue.passed else "ไม่ผ่าน")]
                for issue in data.uccare.issues for s in issue.scores])
    tambons = data.tambons
    _sheet(workbook, "พชต.", ["ตำบล", "พื้นที่ (รพ.สต.)", "ประธาน", "กรรมการ (คน)", "แผน", "ประชุม (ครั้ง)"],
           [[line.tambon_name, line.area_name, line.chair_name, line.member_count, line.plan_status_label or "ยังไม่มี พชต.",
             line.meetings_held if line.member_count is not None else None] for line in tambons.committees])
    _sheet(workbook, "การเยี่ยม", ["วันที่", "ตำบล", "ทีมเยี่ยม", "ข้อค้นพบ", "เรื่องที่ต้องติดตาม"],
           [[v.visit_date, v.tambon_name, v.team_members, v.findings, v.follow_ups] for v in tambons.visits])
    _sheet(workbook, "ผลงานเด่น", ["ตำบล", "ผลงาน", "ประเด็น", "รายละเอียด"],
           [[w.tambon_name, w.title, w.issue_title, w.description] for w in tambons.notable_work])
    if data.year_guide is not None:
        _sheet(workbook, "ขั้นตอนประจำปี", ["ลำดับ", "ขั้นตอน", "สถานะ", "ทำแล้ว", "ทั้งหมด", "กำหนด"],
               [[step.number, step.title, step.state_label, step.done, step.total, step.due]
                for step in data.year_guide.steps])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


SHEET_TITLES = ("ข้อมูลอำเภอ", "คณะกรรมการ", "ตัวชี้วัด", "กลุ่มเป้าหมาย", "แผนงาน", "ทรัพยากร", "เกณฑ์", "พชต.",
                "การเยี่ยม", "ผลงานเด่น")
OPTIONAL_SHEET_TITLES = ("การประชุม", "ติดตามผล", "UCCARE")

__all__ = ["OPTIONAL_SHEET_TITLES", "SHEET_TITLES", "write_report_workbook"]
