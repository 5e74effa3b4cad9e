"""The province's roll-up of a report period as a Thai official-style PDF (plain data in: ``ProvinceRollup``).

Laid out as seed 000's section 2.2: the period with its dates, the table (district, target, result, percent,
the three earlier fiscal years as pass flags; the total row with percentages), then each district's issues,
obstacles and suggestions, and the districts that have not sent their bundle.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from pcha_desktop.domain.province_rollup import ProvinceRollup, percent_text
from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, OfficialDocument

# Above this many districts (more than any one province has: Bangkok's 50 khet, Nakhon Ratchasima's 32
# districts) the PDF is a national or regional table: each district's issues, obstacles and suggestions would
# run to hundreds of pages, so they go to the workbook only and the PDF says so.
NARRATIVE_LIMIT = 60


def period_dates(rollup: ProvinceRollup, thai_digits: bool = False) -> str:
    start, end = date.fromisoformat(rollup.start), date.fromisoformat(rollup.end)
    return (f"{format_thai_date(start, DateStyle.FULL, thai_digits)} – "
            f"{format_thai_date(end, DateStyle.FULL, thai_digits)}")


def table_rows(rollup: ProvinceRollup) -> tuple[list[str], list[list[str]]]:
    """Header and rows of seed 000's table (the total row last); the workbook writes the same."""
    header = ["อำเภอ", "เป้าหมาย", "ผลงาน", "ร้อยละ", *(f"Baseline {year}" for year in rollup.baseline_years)]
    rows = [[row.name, str(row.target), str(row.result), percent_text(row.percent),
             *("-" if flag is None else str(flag) for flag in row.baselines)] for row in rollup.sent]
    rows.append(["รวม", str(rollup.total_target), str(rollup.total_result), percent_text(rollup.total_percent),
                 *(percent_text(value) for value in rollup.baseline_percents)])
    return header, rows


def render_province_report(rollup: ProvinceRollup, out_path: Path, *, thai_digits: bool = False) -> Path:
    document = OfficialDocument(thai_digits=thai_digits, title=f"รายงานผลการดำเนินงาน พชอ. จังหวัด{rollup.province_name}",
                                author=f"สำนักงานสาธารณสุขจังหวัด{rollup.province_name}")
    styles = document.styles
    flowables: list[Flowable] = [
        document.paragraph(f"รายงานผลการดำเนินงาน คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) จังหวัด{rollup.province_name}",
                           styles.title),
        document.paragraph(f"รอบรายงาน {rollup.period_name_th(thai_digits)}", styles.centered),
        Spacer(1, 0.3 * cm),
        document.paragraph("ร้อยละของอำเภอผ่านเกณฑ์การประเมิน การพัฒนาคุณภาพชีวิตที่มีคุณภาพ", styles.body),
        document.paragraph(f"ผลการดำเนินงานเชิงปริมาณ (ระหว่างวันที่ {period_dates(rollup, thai_digits)})", styles.body),
    ]
    header, rows = table_rows(rollup)
    number = 0.11 * BODY_WIDTH
    flag = (BODY_WIDTH - 0.23 * BODY_WIDTH - 3 * number) / 3
    flowables.append(document.grid_table(header, rows, [0.23 * BODY_WIDTH, number, number, number, flag, flag, flag],
                                         numeric_columns=range(1, 7), total_row=True))
    with_steps = [row for row in rollup.sent if row.steps_done is not None]
    if with_steps:  # the year's fifteen steps of each district (Khon Kaen's cycle), as its bundle says
        flowables += [Spacer(1, 0.3 * cm), document.paragraph(
            "ขั้นตอนการดำเนินงาน พชอ. ประจำปี (15 ขั้นตอน) ของแต่ละอำเภอ ณ วันสิ้นรอบรายงาน", styles.body)]
        flowables.append(document.grid_table(
            ["อำเภอ", "ทำแล้ว (ขั้นตอน)", "เลยกำหนด (ขั้นตอน)"],
            [[row.name, str(row.steps_done), str(row.steps_late)] for row in with_steps],
            [0.4 * BODY_WIDTH, 0.3 * BODY_WIDTH, 0.3 * BODY_WIDTH], numeric_columns=(1, 2)))
    if rollup.not_sent:
        flowables += [Spacer(1, 0.3 * cm), document.paragraph(
            "อำเภอที่ยังไม่ส่งรายงาน: " + " ".join(f"{row.name} ({row.code})" for row in rollup.not_sent), styles.body)]
    if len(rollup.sent) > NARRATIVE_LIMIT:
        flowables += [Spacer(1, 0.3 * cm), document.paragraph(
            f"ประเด็น ปัญหาอุปสรรค และข้อเสนอแนะของแต่ละอำเภอ ({len(rollup.sent)} อำเภอ) อยู่ในไฟล์ Excel"
            " ของรายงานนี้ (แผ่นงาน \"ประเด็น\" และ \"ปัญหาอุปสรรค\")", styles.body)]
        return document.build(flowables, Path(out_path))
    flowables += [Spacer(1, 0.4 * cm), document.paragraph(
        f"ประเด็น พชอ. จังหวัด{rollup.province_name} ปี {rollup.fiscal_year}", styles.title)]
    for row in rollup.sent:
        flowables.append(document.paragraph(f"อำเภอ{row.name}", styles.plain))
        flowables += [document.paragraph(f"{index}. {title}", styles.body) for index, title in enumerate(row.issues, 1)]
        if not row.issues:
            flowables.append(document.paragraph("(ยังไม่ได้กำหนดประเด็น)", styles.body))
    flowables += [Spacer(1, 0.4 * cm), document.paragraph("ปัญหาอุปสรรคและข้อเสนอแนะ", styles.title)]
    any_note = False
    for row in rollup.sent:
        if not (row.obstacles or row.suggestions):
            continue
        any_note = True
        flowables.append(document.paragraph(f"อำเภอ{row.name}", styles.plain))
        flowables += [document.paragraph(f"ปัญหาอุปสรรค: {text}", styles.body) for text in row.obstacles]
        flowables += [document.paragraph(f"ข้อเสนอแนะ: {text}", styles.body) for text in row.suggestions]
    if not any_note:
        flowables.append(document.paragraph("ไม่มีอำเภอใดรายงานปัญหาอุปสรรคในรอบนี้", styles.body))
    return document.build(flowables, Path(out_path))


__all__ = ["NARRATIVE_LIMIT", "period_dates", "render_province_report", "table_rows"]
