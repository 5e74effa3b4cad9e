"""The report documents as PDFs on the official page template: plain data in (``domain.reporting``), files out.

- ``render_report_pdf``: the period's report in seed 000's order — 1 the situation, problems and targets (the
  KPI definition, the year's issues and targets, the UCCARE approach and its six components); 2.1 the plan
  (measures, the five target criteria each marked from the data, the One Plan's budget and pooled resources);
  2.2 results (each issue's quantitative table: target, result, percent, the three earlier years as baselines;
  the issues of the year); 3 obstacles and suggestions; signatures of the secretary and the district chief;
  then the attachments districts add by hand (the committee and its order in force, meetings against the
  four-a-year rule when the meetings data exists, KPI progress bars, UCCARE results when they exist, tambon
  committees and visits, notable work).
- ``render_brief_pdf``: the district chief's brief (seed 004, step 9), one or two pages.
- ``render_project_summary_pdf``: a One Plan activity's summary (seed 003's shape).

Tables repeat their header across pages and never split a row; names never break inside; digits follow the
Thai-digits setting; charts are vector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from pcha_desktop.domain import kpis as k
from pcha_desktop.domain.report_periods import ReportPeriod
from pcha_desktop.domain.reporting import (
    CRITERION_STATE_LABELS,
    KpiLine,
    ReportData,
    UccareIssue,
    meeting_compliance,
)
from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.exports.charts.progress_bars import ProgressBar
from pcha_desktop.exports.pdf.fonts import REGULAR
from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, OfficialDocument
from pcha_desktop.exports.pdf.thai_paragraphs import thai_style

TITLE = "รายงานผลการดำเนินงาน คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)"
KPI_DEFINITION_TITLE = "ร้อยละของอำเภอผ่านเกณฑ์การประเมิน การพัฒนาคุณภาพชีวิตที่มีคุณภาพ"
KPI_DEFINITION = (
    "การพัฒนาคุณภาพชีวิตที่มีคุณภาพ เป็นการประเมินการพัฒนาคุณภาพชีวิตระดับอำเภอ ที่เป็นไปตามเจตนารมณ์ของ"
    "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการพัฒนาคุณภาพชีวิตระดับพื้นที่ พ.ศ. 2561 ตามองค์ประกอบ UCCARE "
    "ในประเด็นที่พื้นที่กำหนดในการพัฒนาคุณภาพชีวิต โดยผลลัพธ์การพัฒนาระบบสุขภาพระดับอำเภอที่สามารถยกระดับขึ้น"
    "หนึ่งระดับทุกข้อ หรือตั้งแต่ระดับสามขึ้นไปทุกข้อ โดยการประเมินตนเองและประเมินระดับจังหวัด"
)
UCCARE_COMPONENTS = (
    "การทำงานเป็นทีม (Unity Team) หมายถึงการทำงานร่วมกันของคณะกรรมการ พชอ.",
    "การให้ความสำคัญกับกลุ่มเป้าหมายและประชาชน (Customer Focus) เพื่อทำให้ประชาชนมีคุณภาพชีวิตที่ดีขึ้น",
    "การมีส่วนร่วมของชุมชนและภาคี (Community participation)",
    "การชื่นชมและให้คุณค่า (Appreciation) หมายถึงการทำงานอย่างมีคุณค่า",
    "การแบ่งปันทรัพยากรและการพัฒนาบุคลากร (Resource sharing and human development)",
    "การแก้ไขปัญหา/การพัฒนาคุณภาพชีวิตของประชาชนตามบริบทของพื้นที่ (Essential care)",
)
MEASURES = (
    "การแต่งตั้งคณะกรรมการการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "การจัดทำแผนปฏิบัติการแก้ปัญหาคุณภาพชีวิตระดับอำเภอ",
    "การบริหารจัดการแก้ไขปัญหาตามกระบวนการ UCCARE",
    "สรุปผลการดำเนินงานแก้ปัญหา",
)
ATTACHMENT_LETTERS = "กขคงจฉชซ"
NO_TEXT = "-"


# --- numbers and dates -------------------------------------------------------------------------------------------


def number_text(value: Decimal | int | None) -> str:
    """1,234 / 87.5 / 66.67 (at most two decimals, no trailing zeros); "-" for no value."""
    if value is None:
        return NO_TEXT
    value = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # as kpis.rounded: 5.825 → 5.83
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent_text(value: Decimal | None) -> str:
    return NO_TEXT if value is None else number_text(value)


def date_text(day: date | None, long: bool = False) -> str:
    if day is None:
        return NO_TEXT
    return format_thai_date(day, DateStyle.FULL if long else DateStyle.ABBREVIATED_FULL_YEAR)


def period_dates_long(period: ReportPeriod) -> str:
    """ "1 ตุลาคม 2563 – 31 ธันวาคม 2563" (seed 000 writes the period of its table so)."""
    return f"{date_text(period.start, True)} – {date_text(period.end, True)}"


# --- shared building blocks ----------------------------------------------------------------------------------------


class _Writer:
    """The document and its styles; small helpers that add headings, paragraphs and tables to ``story``."""

    def __init__(self, *, thai_digits: bool, demo: bool, title: str, author: str, names: Sequence[str]) -> None:
        self.pdf = OfficialDocument(thai_digits=thai_digits, demo=demo, title=title, author=author,
                                    protected_words=names)
        size = self.pdf.body_size
        self.heading1 = thai_style("report-h1", size=size, bold=True, space_before=8)
        self.heading2 = thai_style("report-h2", size=size, bold=True, space_before=4, left_indent=0.75 * cm)
        self.heading3 = thai_style("report-h3", size=size, bold=True, space_before=2, left_indent=1.5 * cm)
        self.item = thai_style("report-item", size=size, left_indent=2.0 * cm, first_line_indent=-0.6 * cm)
        self.item2 = thai_style("report-item2", size=size, left_indent=2.6 * cm, first_line_indent=-0.4 * cm)
        self.small = thai_style("report-small", size=size - 1)
        self.story: list[Flowable] = []

    def title(self, *lines: str) -> None:
        for line in lines:
            self.story.append(self.pdf.paragraph(line, self.pdf.styles.title))
        self.story.append(Spacer(1, 0.3 * cm))

    def heading(self, text: str, level: int = 1) -> None:
        style = (self.heading1, self.heading2, self.heading3)[level - 1]
        self.story.append(CondPageBreak(3 * cm))  # a heading never ends a page
        paragraph = self.pdf.paragraph(text, style)
        paragraph.keepWithNext = 1
        self.story.append(paragraph)

    def body(self, text: str) -> None:
        for line in text.splitlines():
            if line.strip():
                self.story.append(self.pdf.paragraph(line.strip(), self.pdf.styles.body))

    def plain(self, text: str) -> None:
        self.story.append(self.pdf.paragraph(text, self.pdf.styles.plain))

    def items(self, texts: Sequence[str], numbered: bool = True, level: int = 1) -> None:
        style = self.item if level == 1 else self.item2
        for number, text in enumerate(texts, 1):
            mark = f"{number}. " if numbered else "- "
            self.story.append(self.pdf.paragraph(mark + text, style))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str | Flowable]], fractions: Sequence[float], *,
              numeric: Sequence[int] = (), total_row: bool = False) -> None:
        total = sum(fractions)
        widths = [BODY_WIDTH * f / total for f in fractions]
        self.story.append(Spacer(1, 0.15 * cm))
        self.story.append(self.pdf.grid_table(header, rows, widths, numeric_columns=numeric, total_row=total_row))
        self.story.append(Spacer(1, 0.2 * cm))

    def space(self, height: float = 0.3 * cm) -> None:
        self.story.append(Spacer(1, height))

    def build(self, path: Path) -> Path:
        while self.story and isinstance(self.story[-1], Spacer):  # a last spacer may start an empty page
            self.story.pop()
        return self.pdf.build(self.story, path)


def _kpi_rows(kpis: Sequence[KpiLine]) -> list[list[str]]:
    rows = []
    for kpi in kpis:
        unit = f" ({kpi.unit})" if kpi.unit else ""
        direction = " [ยิ่งน้อยยิ่งดี]" if kpi.lower_is_better else ""
        rows.append([kpi.name + unit + direction, number_text(kpi.target), number_text(kpi.result),
                     percent_text(kpi.percent), *(number_text(b.value) for b in kpi.baselines)])
    return rows


def _status_count(kpis: Sequence[KpiLine], status: k.KpiStatus) -> int:
    return sum(1 for kpi in kpis if kpi.status is status)


def _signatures(writer: _Writer, data: ReportData) -> None:
    """The secretary (who reports) and the district chief (who certifies), side by side, kept on one page."""
    profile = data.profile
    district = profile.district_name
    style = thai_style("report-signature", size=writer.pdf.body_size, alignment=TA_CENTER)
    columns = []
    for caption, name, positions in (
        ("ผู้รายงาน", profile.secretary_name, [f"เลขานุการคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}"]),
        ("ผู้รับรอง", profile.district_chief_name, [f"นายอำเภอ{district}",
                                                  f"ประธานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}"]),
    ):
        columns.append([writer.pdf.paragraph(caption, style), Spacer(1, 1.2 * cm),
                        writer.pdf.paragraph(f"({name})", style),
                        *(writer.pdf.paragraph(line, style) for line in positions)])
    table = Table([columns], colWidths=[BODY_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    writer.story.append(KeepTogether([Spacer(1, 0.8 * cm), table]))


# --- the period's report --------------------------------------------------------------------------------------------


def _situation(writer: _Writer, data: ReportData) -> None:
    writer.heading("1. วิเคราะห์สถานการณ์ สภาพปัญหา และเป้าหมายการดำเนินงาน")
    writer.plain(f"ตัวชี้วัด: {KPI_DEFINITION_TITLE}")
    writer.body(KPI_DEFINITION)
    district, year = data.profile.district_name, data.period.fiscal_year
    count = len(data.issues)
    writer.body(f"ในปีงบประมาณ {year} อำเภอ{district} ขับเคลื่อนงาน พชอ. อย่างต่อเนื่อง กำหนดประเด็นการพัฒนา"
                f"คุณภาพชีวิต {count} ประเด็น และดูแลกลุ่มเปราะบาง โดยใช้เกณฑ์ตามบริบทพื้นที่")
    if data.texts.situation:
        writer.body(data.texts.situation)
    for issue in data.issues:
        if issue.situation and not data.texts.situation:
            writer.body(f"ประเด็น{issue.title}: {issue.situation}")
    writer.heading("เป้าหมายการดำเนินงาน", 2)
    for number, issue in enumerate(data.issues, 1):
        writer.items([issue.title + (f" (มิติ: {' '.join(issue.dimension_labels)})" if issue.dimension_labels else "")],
                     numbered=False)
        if issue.target_groups:
            groups = ", ".join(f"{g.label} {number_text(g.count)} คน" for g in issue.target_groups)
            writer.items([f"กลุ่มเป้าหมาย: {groups}"], numbered=False, level=2)
        for kpi in issue.kpis:
            unit = f" {kpi.unit}" if kpi.unit else ""
            writer.items([f"{kpi.name}: เป้าหมาย {number_text(kpi.target)}{unit}"], numbered=False, level=2)
    if not data.issues:
        writer.body("ยังไม่ได้กำหนดประเด็นการพัฒนาคุณภาพชีวิตของปีงบประมาณนี้")
    writer.plain("แนวทางการประเมินคุณภาพการพัฒนาคุณภาพชีวิตระดับอำเภอ ตามองค์ประกอบ UCCARE ประกอบด้วย")
    writer.items(UCCARE_COMPONENTS)


def _plan(writer: _Writer, data: ReportData) -> None:
    writer.heading("2. แผนงาน และผลการดำเนินงาน")
    writer.heading("2.1 แผนงาน", 2)
    writer.plain("มาตรการดำเนินงานในพื้นที่")
    writer.items(MEASURES)
    writer.plain("เกณฑ์เป้าหมาย (ประเมินจากข้อมูลในโปรแกรม)")
    rows = [[str(c.number), c.text, CRITERION_STATE_LABELS[c.state][0], c.evidence] for c in data.criteria]
    writer.table(["ข้อ", "เกณฑ์เป้าหมาย", "ผล", "ข้อมูลประกอบ"], rows, [0.6, 6.4, 1.6, 4.4], numeric=[0])
    plan = data.plan
    writer.heading("แผนปฏิบัติการ (One Plan) และการบูรณาการทรัพยากร", 3)
    writer.body(f"แผนปฏิบัติการปีงบประมาณ {data.period.fiscal_year} มีกิจกรรม/โครงการ {number_text(len(plan.activities))} "
                f"รายการ งบประมาณรวม {number_text(plan.budget_total)} บาท ภาคีร่วมสนับสนุนทรัพยากร "
                f"{len(plan.kinds_pooled)} จาก 5 ด้าน ({' '.join(plan.kinds_pooled) or NO_TEXT})")
    budget_rows = [[source, number_text(amount)] for source, amount in plan.budget_by_source if amount]
    if budget_rows:
        writer.table(["แหล่งงบประมาณ", "จำนวนเงิน (บาท)"], [*budget_rows, ["รวม", number_text(plan.budget_total)]],
                     [8, 3], numeric=[1], total_row=True)
    if plan.pooled:
        writer.table(["ภาคี", "ประเด็น", *plan.all_kinds],
                     [[line.partner, line.issue_title, *("มี" if kind in line.kinds else "" for kind in plan.all_kinds)]
                      for line in plan.pooled], [4, 4, 1, 1, 1, 1.2, 1.1])


def _results(writer: _Writer, data: ReportData) -> None:
    period = data.period
    writer.heading("2.2 ผลการดำเนินงาน", 2)
    writer.plain(f"ผลการดำเนินงานเชิงปริมาณ อำเภอ{data.profile.district_name} (ระหว่างวันที่ {period_dates_long(period)})")
    years = [str(period.fiscal_year - offset) for offset in (3, 2, 1)]
    tally = data.uccare_tally
    if tally is not None:  # seed 000's table, the district's row: the KPI is the percent of districts passing
        flags = [NO_TEXT if flag is None else number_text(int(flag)) for flag in tally.baselines]
        writer.table(["อำเภอ", "เป้าหมาย", "ผลงาน", "ร้อยละ", *(f"Baseline {y}" for y in tally.baseline_years)],
                     [[data.profile.district_name, number_text(tally.target), number_text(tally.result),
                       percent_text(tally.percent), *flags]],
                     [4.2, 1.4, 1.4, 1.3, 1.6, 1.6, 1.6], numeric=[1, 2, 3, 4, 5, 6])
        writer.body(f"ผลการประเมินปีงบประมาณ {tally.fiscal_year}: {tally.reason}")
        writer.plain("ผลตามตัวชี้วัดรายประเด็น")
    header = ["ตัวชี้วัด", "เป้าหมาย", "ผลงาน", "ร้อยละ", *(f"Baseline {y}" for y in years)]
    for number, issue in enumerate(data.issues, 1):
        writer.heading(f"ประเด็นที่ {number} {issue.title}", 3)
        if not issue.kpis:
            writer.body("ยังไม่ได้กำหนดตัวชี้วัด")
            continue
        writer.table(header, _kpi_rows(issue.kpis), [5.2, 1.4, 1.4, 1.3, 1.5, 1.5, 1.5], numeric=[1, 2, 3, 4, 5, 6])
        met = _status_count(issue.kpis, k.KpiStatus.MET)
        writer.plain(f"บรรลุเป้าหมาย {met} จาก {len(issue.kpis)} ตัวชี้วัด")
    writer.space()
    writer.plain(f"ประเด็น พชอ. อำเภอ{data.profile.district_name} ปี {period.fiscal_year}")
    writer.items([issue.title for issue in data.issues] or [NO_TEXT])


def _obstacles(writer: _Writer, data: ReportData) -> None:
    writer.heading("3. ปัญหาอุปสรรคและข้อเสนอแนะ")
    written = False
    if data.texts.obstacles:
        writer.body(data.texts.obstacles)
        written = True
    for issue in data.issues:
        for note in issue.notes:
            if note.obstacles:
                writer.body(f"ประเด็น{issue.title} (ไตรมาส {note.quarter}): {note.obstacles}")
                written = True
    if not written:
        writer.body(NO_TEXT)
    writer.heading("ข้อเสนอแนะ", 2)
    suggested = False
    if data.texts.suggestions:
        writer.body(data.texts.suggestions)
        suggested = True
    for issue in data.issues:
        for note in issue.notes:
            if note.suggestions:
                writer.body(f"ประเด็น{issue.title} (ไตรมาส {note.quarter}): {note.suggestions}")
                suggested = True
    if not suggested:
        writer.body(NO_TEXT)


def _attachments(writer: _Writer, data: ReportData) -> None:
    parts = [_committee_part]
    if data.meetings is not None:
        parts.append(_meetings_part)
    parts.append(_kpi_progress_part)
    if data.uccare is not None:
        parts.append(_uccare_part)
    parts += [_tambons_part, _notable_work_part]
    if data.year_guide is not None:
        parts.append(_year_guide_part)
    writer.story.append(PageBreak())
    writer.title("ภาคผนวก")
    for letter, part in zip(ATTACHMENT_LETTERS, parts):
        part(writer, data, letter)


def _year_guide_part(writer: _Writer, data: ReportData, letter: str) -> None:
    guide = data.year_guide
    assert guide is not None
    writer.heading(f"{letter}. ขั้นตอนการดำเนินงาน พชอ. ประจำปี ณ {date_text(guide.as_of, True)}")
    writer.body(f"ดำเนินการแล้ว {number_text(guide.done)} จาก {number_text(len(guide.steps))} ขั้นตอน"
                f" เลยกำหนด {number_text(guide.late)} ขั้นตอน (ตามแนวทาง 15 ขั้นตอนของจังหวัดขอนแก่น)")
    rows = [[number_text(step.number), step.title, step.state_label, f"{number_text(step.done)}/{number_text(step.total)}",
             date_text(step.due, False)] for step in guide.steps]
    writer.table(["ลำดับ", "ขั้นตอน", "สถานะ", "ทำแล้ว", "กำหนด"], rows, [1.2, 7.6, 2.4, 1.6, 2.6], numeric=[0])


def _committee_part(writer: _Writer, data: ReportData, letter: str) -> None:
    writer.heading(f"{letter}. คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ และคำสั่งที่มีผล ณ {date_text(data.period.end, True)}")
    committee = data.committee
    if committee is None:
        writer.body("ยังไม่มีข้อมูลคณะกรรมการ พชอ.")
        return
    order = committee.order
    if order is None:
        writer.body("ยังไม่มีคำสั่งแต่งตั้งที่ออกแล้ว ณ วันสิ้นสุดช่วงรายงาน")
    else:
        sent = (f" ส่งสำเนาถึงจังหวัดเมื่อ {date_text(order.sent_to_province_on)}" if order.sent_to_province_on
                else " (ยังไม่ได้บันทึกการส่งสำเนาถึงจังหวัด)")
        writer.body(f"คำสั่งอำเภอ{data.profile.district_name} ที่ {order.number} ลงวันที่ {date_text(order.order_date, True)} "
                    f"เรื่อง {order.subject}{sent}")
    writer.body(f"{committee.name} มีกรรมการ {number_text(len(committee.members))} คน")
    rows = [[str(n), m.full_name, m.position, m.role_label] for n, m in enumerate(committee.members, 1)]
    if rows:
        writer.table(["ที่", "ชื่อ-สกุล", "ตำแหน่ง", "ตำแหน่งในคณะกรรมการ"], rows, [0.7, 4.2, 5.2, 3.2], numeric=[0])


def _meetings_part(writer: _Writer, data: ReportData, letter: str) -> None:
    meetings = data.meetings
    assert meetings is not None
    compliance = meeting_compliance([m.meeting_date for m in meetings.meetings], data.period)
    writer.heading(f"{letter}. การประชุมคณะกรรมการ พชอ. (อย่างน้อย {compliance.required_per_year} ครั้งต่อปี)")
    verdict = "เป็นไปตามเกณฑ์" if compliance.on_track else "ต่ำกว่าเกณฑ์"
    writer.body(f"ตั้งแต่ต้นปีงบประมาณถึง {date_text(data.period.end, True)} ประชุมแล้ว {compliance.held} ครั้ง "
                f"ตามเกณฑ์ควรประชุมแล้วอย่างน้อย {compliance.expected} ครั้ง ({verdict})")
    rows = [[m.number, date_text(m.meeting_date), m.title,
             NO_TEXT if m.present is None else f"{m.present}/{m.members if m.members is not None else NO_TEXT}",
             NO_TEXT if m.quorum_met is None else ("ครบ" if m.quorum_met else "ไม่ครบ")]
            for m in meetings.meetings]
    if rows:
        writer.table(["ครั้งที่", "วันที่", "เรื่อง", "ผู้มาประชุม", "องค์ประชุม"], rows, [1.4, 2.2, 6, 1.8, 1.6])
    if meetings.follow_ups:
        writer.plain("เรื่องที่ต้องติดตามจากการประชุม")
        writer.table(["เรื่อง", "ผู้รับผิดชอบ", "กำหนด", "สถานะ"],
                     [[f.text, f.responsible, date_text(f.due_date), f.status_label] for f in meetings.follow_ups],
                     [6, 3, 2, 2])


def _kpi_progress_part(writer: _Writer, data: ReportData, letter: str) -> None:
    writer.heading(f"{letter}. ความก้าวหน้าของตัวชี้วัดรายประเด็น ({data.period.name_th()})")
    thai_digits = writer.pdf.thai_digits
    for number, issue in enumerate(data.issues, 1):
        if not issue.kpis:
            continue
        writer.heading(f"ประเด็นที่ {number} {issue.title}", 3)
        rows = [[kpi.name, ProgressBar(kpi.percent, kpi.status, thai_digits=thai_digits), k.label(kpi.status)]
                for kpi in issue.kpis]
        writer.table(["ตัวชี้วัด", "ร้อยละของเป้าหมาย", "สถานะ"], rows, [6, 4.5, 2.2])
    if not data.kpi_count:
        writer.body("ยังไม่มีตัวชี้วัด")


def _uccare_part(writer: _Writer, data: ReportData, letter: str) -> None:
    uccare = data.uccare
    assert uccare is not None
    writer.heading(f"{letter}. ผลการประเมินตามองค์ประกอบ UCCARE")
    writer.body(f"ผ่านเกณฑ์ (ยกระดับขึ้นหนึ่งระดับทุกข้อ หรือตั้งแต่ระดับสามขึ้นไปทุกข้อ) {uccare.passed_count} จาก "
                f"{len(uccare.issues)} ประเด็น")
    for issue in uccare.issues:
        verdict = NO_TEXT if issue.passed is None else ("ผ่านเกณฑ์" if issue.passed else "ยังไม่ผ่านเกณฑ์")
        writer.heading(f"ประเด็น{issue.issue_title}: {verdict}", 3)
        rows = [[f"{s.component_code} {s.component_label}", number_text(s.before), number_text(s.after_self),
                 number_text(s.after_provincial)] for s in issue.scores]
        writer.table(["องค์ประกอบ", "ก่อน (ตนเอง)", "หลัง (ตนเอง)", "หลัง (จังหวัด/เขต)"], rows, [6, 2, 2, 2.4],
                     numeric=[1, 2, 3])
        _uccare_chart(writer, issue)


def _uccare_chart(writer: _Writer, issue: UccareIssue) -> None:
    """The issue's radar chart, before (self) against after (self), drawn by the code the screen uses."""
    from pcha_desktop.domain.uccare import COMPONENTS
    from pcha_desktop.exports.charts.radar import RadarFlowable, uccare_radar

    if len(issue.scores) != len(COMPONENTS):
        return
    before = {c: s.before for c, s in zip(COMPONENTS, issue.scores) if s.before is not None}
    after = {c: s.after_self for c, s in zip(COMPONENTS, issue.scores) if s.after_self is not None}
    if before or after:
        chart = RadarFlowable(uccare_radar(before or None, after or None, thai_digits=writer.pdf.thai_digits,
                                           width=340, height=250))
        chart.hAlign = "CENTER"
        writer.story.append(KeepTogether([Spacer(1, 0.2 * cm), chart, Spacer(1, 0.3 * cm)]))


def _tambons_part(writer: _Writer, data: ReportData, letter: str) -> None:
    tambons = data.tambons
    writer.heading(f"{letter}. คณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล (พชต.) และการเยี่ยมติดตาม")
    writer.body(f"อำเภอ{data.profile.district_name} มี {number_text(tambons.tambon_count)} ตำบล มี พชต. ครอบคลุม "
                f"{number_text(tambons.covered_count)} ตำบล รวม {number_text(tambons.committee_count)} คณะ กรรมการ "
                f"{number_text(tambons.member_total)} คน ทีมอำเภอเยี่ยมติดตามในช่วงรายงาน {number_text(len(tambons.visits))} "
                f"ครั้ง ใน {number_text(tambons.visited_count)} ตำบล")
    rows = [[line.tambon_name + (f" ({line.area_name})" if line.area_name else ""), line.chair_name or NO_TEXT,
             number_text(line.member_count), line.plan_status_label or "ยังไม่มี พชต.",
             number_text(line.meetings_held if line.member_count is not None else None)]
            for line in tambons.committees]
    if rows:
        writer.table(["ตำบล/พื้นที่", "ประธาน", "กรรมการ (คน)", "แผน", "ประชุม (ครั้ง)"], rows,
                     [4.2, 3.6, 1.6, 3, 1.5], numeric=[2, 4])
    if tambons.visits:
        writer.plain("การเยี่ยมติดตามของทีมอำเภอในช่วงรายงาน")
        writer.table(["วันที่", "ตำบล", "ข้อค้นพบ", "เรื่องที่ต้องติดตาม"],
                     [[date_text(v.visit_date), v.tambon_name, v.findings or NO_TEXT, v.follow_ups or NO_TEXT]
                      for v in tambons.visits], [2.2, 2.6, 5, 3.6])


def _notable_work_part(writer: _Writer, data: ReportData, letter: str) -> None:
    writer.heading(f"{letter}. ผลงานเด่นของแต่ละตำบล ปีงบประมาณ {data.period.fiscal_year}")
    works = data.tambons.notable_work
    if not works:
        writer.body("ยังไม่ได้บันทึกผลงานเด่น")
        return
    writer.table(["ตำบล", "ผลงาน", "ประเด็น", "รายละเอียด"],
                 [[w.tambon_name, w.title, w.issue_title or NO_TEXT, w.description or NO_TEXT] for w in works],
                 [2.6, 3.6, 3, 5])


def render_report_pdf(data: ReportData, out_path: Path) -> Path:
    """The period's report (see the module's documentation) written to ``out_path``."""
    profile = data.profile
    writer = _Writer(thai_digits=data.thai_digits, demo=data.demo, names=data.names(),
                     title=f"{TITLE} อำเภอ{profile.district_name} {data.period.name_th()}",
                     author=profile.office_name)
    writer.title(TITLE, f"อำเภอ{profile.district_name} จังหวัด{profile.province_name}", data.period.label_th())
    _situation(writer, data)
    _plan(writer, data)
    _results(writer, data)
    _obstacles(writer, data)
    _signatures(writer, data)
    _attachments(writer, data)
    return writer.build(Path(out_path))


# --- the district chief's brief -----------------------------------------------------------------------------------

BRIEF_BEHIND_LISTED = 8


def _shortfall(kpi: KpiLine) -> Decimal:
    """How far a KPI is from its target, in percent of the target (either direction); unknown counts as far."""
    if kpi.percent is None:
        return Decimal(1000)
    return kpi.percent - 100 if kpi.lower_is_better else 100 - kpi.percent


def render_brief_pdf(data: ReportData, out_path: Path) -> Path:
    """One or two pages for the district chief to present at the governor's monthly meeting of agency heads."""
    profile = data.profile
    district = profile.district_name
    writer = _Writer(thai_digits=data.thai_digits, demo=data.demo, names=data.names(),
                     title=f"สรุปผลการดำเนินงาน พชอ. อำเภอ{district} {data.period.name_th()}", author=profile.office_name)
    writer.title(f"สรุปผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}",
                 "เสนอนายอำเภอ เพื่อรายงานในการประชุมหัวหน้าส่วนราชการจังหวัด", data.period.label_th())
    writer.heading("1. ประเด็นและผลตามตัวชี้วัด")
    rows = []
    for issue in data.issues:
        counts = [_status_count(issue.kpis, status) for status in
                  (k.KpiStatus.MET, k.KpiStatus.ON_TRACK, k.KpiStatus.BEHIND, k.KpiStatus.NO_DATA)]
        rows.append([issue.title, str(len(issue.kpis)), *(str(c) for c in counts)])
    all_kpis = [kpi for issue in data.issues for kpi in issue.kpis]
    totals = [_status_count(all_kpis, status) for status in
              (k.KpiStatus.MET, k.KpiStatus.ON_TRACK, k.KpiStatus.BEHIND, k.KpiStatus.NO_DATA)]
    rows.append(["รวม", str(len(all_kpis)), *(str(c) for c in totals)])
    writer.table(["ประเด็น", "ตัวชี้วัด", "บรรลุ เป้าหมาย", "เป็นไป ตามแผน", "ต่ำกว่า แผน", "ยังไม่มี ข้อมูล"], rows,
                 [4.6, 1.4, 1.7, 1.7, 1.7, 1.7],
                 numeric=[1, 2, 3, 4, 5], total_row=True)
    behind = [(issue.title, kpi) for issue in data.issues for kpi in issue.kpis if kpi.status is k.KpiStatus.BEHIND]
    if behind:  # the furthest from their targets first; the brief stays within two pages
        behind.sort(key=lambda item: _shortfall(item[1]), reverse=True)
        writer.plain(f"ตัวชี้วัดที่ต่ำกว่าแผน {len(behind)} ตัวชี้วัด" + (
            f" (แสดง {BRIEF_BEHIND_LISTED} ตัวที่ห่างจากเป้าหมายมากที่สุด)" if len(behind) > BRIEF_BEHIND_LISTED else ""))
        writer.items([f"{kpi.name} (ประเด็น{title}): ผลงาน {number_text(kpi.result)} เป้าหมาย {number_text(kpi.target)}"
                      f" ร้อยละ {percent_text(kpi.percent)}" for title, kpi in behind[:BRIEF_BEHIND_LISTED]],
                     numbered=False)
    number = 2
    if data.uccare is not None:
        writer.heading(f"{number}. ผลการประเมิน UCCARE")
        writer.body(f"ผ่านเกณฑ์ {data.uccare.passed_count} จาก {len(data.uccare.issues)} ประเด็น")
        number += 1
    if data.meetings is not None:
        compliance = meeting_compliance([m.meeting_date for m in data.meetings.meetings], data.period)
        writer.heading(f"{number}. การประชุมคณะกรรมการ พชอ.")
        writer.body(f"ประชุมแล้ว {compliance.held} ครั้ง ตามเกณฑ์ควรประชุมแล้วอย่างน้อย {compliance.expected} ครั้ง "
                    f"({'เป็นไปตามเกณฑ์' if compliance.on_track else 'ต่ำกว่าเกณฑ์'})")
        number += 1
    tambons = data.tambons
    writer.heading(f"{number}. คณะกรรมการระดับตำบล (พชต.)")
    writer.body(f"มี พชต. ครอบคลุม {tambons.covered_count} จาก {tambons.tambon_count} ตำบล ทีมอำเภอเยี่ยมติดตาม "
                f"{len(tambons.visits)} ครั้งในช่วงรายงาน")
    number += 1
    writer.heading(f"{number}. ปัญหาอุปสรรค")
    writer.body(data.texts.obstacles or NO_TEXT)
    number += 1
    writer.heading(f"{number}. ความต้องการสนับสนุน")
    writer.body(data.texts.support_requested or NO_TEXT)
    writer.story.append(writer.pdf.signature_block(
        profile.secretary_name, [f"เลขานุการคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ{district}"], caption="ผู้สรุปรายงาน"))
    return writer.build(Path(out_path))


# --- a project's summary ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectSummary:
    name: str
    issue_title: str
    fiscal_year: int
    office_name: str
    district_name: str
    province_name: str
    lead_agency: str
    partners: tuple[str, ...]
    tambons: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    status_label: str
    progress_percent: int
    budget_total: Decimal
    budget_by_source: tuple[tuple[str, Decimal], ...]
    objectives: tuple[tuple[str, str, str], ...]  # (objective, indicator, result)
    resources: tuple[tuple[str, str, str], ...]  # (partner, kind label, description)
    obstacles: tuple[str, ...]
    suggestions: tuple[str, ...]
    secretary_name: str
    thai_digits: bool = False
    demo: bool = False


def render_project_summary_pdf(summary: ProjectSummary, out_path: Path) -> Path:
    """Seed 003's shape: results by objective and indicator, successes and what to develop next, obstacles."""
    s = summary
    writer = _Writer(thai_digits=s.thai_digits, demo=s.demo, names=[s.secretary_name],
                     title=f"รายงานสรุปผลตามโครงการ{s.name}", author=s.office_name)
    writer.title(f"รายงานสรุปผลตามโครงการ{s.name}", s.office_name, f"อ.{s.district_name} จ.{s.province_name}")
    dates = f"{date_text(s.start_date, True)} – {date_text(s.end_date, True)}" if s.start_date or s.end_date else NO_TEXT
    writer.table(["หัวข้อ", "รายละเอียด"], [
        ["ประเด็น พชอ.", f"{s.issue_title} (ปีงบประมาณ {s.fiscal_year})"],
        ["หน่วยงานหลัก", s.lead_agency or NO_TEXT],
        ["ภาคีร่วมดำเนินการ", ", ".join(s.partners) or NO_TEXT],
        ["พื้นที่ดำเนินการ", ", ".join(s.tambons) or NO_TEXT],
        ["ระยะเวลา", dates],
        ["สถานะ", f"{s.status_label} ความก้าวหน้าร้อยละ {s.progress_percent}"],
        ["งบประมาณ", f"{number_text(s.budget_total)} บาท" + "".join(
            f"; {source} {number_text(amount)} บาท" for source, amount in s.budget_by_source)],
    ], [3, 10])
    writer.heading("ผลลัพธ์ตามวัตถุประสงค์/ตัวชี้วัด")
    if not s.objectives:
        writer.body("ยังไม่ได้บันทึกวัตถุประสงค์ของโครงการ")
    for number, (objective, indicator, result) in enumerate(s.objectives, 1):
        writer.plain(f"{number}. {objective}")
        writer.items([f"ตัวชี้วัด: {indicator or NO_TEXT}", f"ผลลัพธ์: {result or 'ยังไม่ได้บันทึกผล'}"], numbered=False)
    writer.heading("ความสำเร็จ สิ่งที่จะพัฒนาต่อ")
    successes = [f"{objective}: {result}" for objective, _indicator, result in s.objectives if result]
    if s.resources:
        kinds = sorted({kind for _partner, kind, _what in s.resources})
        successes.append(f"ภาคี {len({partner for partner, _k, _w in s.resources})} หน่วยงานร่วมสนับสนุนทรัพยากร "
                         f"({' '.join(kinds)})")
    writer.plain("ความสำเร็จของโครงการนี้คือ")
    writer.items(successes or [NO_TEXT])
    to_develop = [f"ติดตามผลตามวัตถุประสงค์: {objective}" for objective, _i, result in s.objectives if not result]
    to_develop += list(s.suggestions)
    if s.progress_percent < 100 and s.status_label:
        to_develop.append(f"ดำเนินการให้แล้วเสร็จ (ความก้าวหน้าร้อยละ {s.progress_percent})")
    writer.plain("สิ่งที่จะพัฒนาต่อ")
    writer.items(to_develop or [NO_TEXT])
    writer.heading("ปัญหา อุปสรรค")
    for text in s.obstacles or (NO_TEXT,):
        writer.body(text)
    writer.story.append(writer.pdf.signature_block(s.secretary_name, [s.office_name], caption="ผู้รายงาน"))
    return writer.build(Path(out_path))


__all__ = [
    "ProjectSummary", "date_text", "number_text", "percent_text", "render_brief_pdf", "render_project_summary_pdf",
    "render_report_pdf",
]
