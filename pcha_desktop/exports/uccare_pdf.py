"""UCCARE documents as PDFs: plain data in, a file out (the official page template of ``exports/pdf``).

``write_form_pdf(FormData)``: the blank assessment form of an issue, to fill in on paper in a participatory
session and type in afterwards: which assessment (phase, assessor, date), then for each of the six
components the rubric's five levels with their descriptions and a column to tick, a line for evidence;
then a table for who took part (name, position, signature) and the recorder's signature.

``write_filled_pdf(FilledData)``: the issue's assessments: the result with its reason and any disagreement,
a radar chart of before against after per assessor (``exports/charts/radar.py``, the same drawing as on
screen), the levels side by side, each assessment's date, participants and evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.domain.uccare import COMPONENTS, Assessor, Component, Phase, Result, Rubric, component_name, label
from pcha_desktop.exports.charts.radar import RadarFlowable, uccare_radar
from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, OfficialDocument
from pcha_desktop.exports.pdf.thai_paragraphs import thai_style

BLANK_PARTICIPANT_ROWS = 12
ROW_SPACE = 0.75 * cm


@dataclass(frozen=True)
class FormData:
    issue_title: str
    fiscal_year: int
    office: str
    rubric: Rubric
    thai_digits: bool = False
    demo: bool = False


@dataclass(frozen=True)
class AssessmentData:
    phase: Phase
    assessor: Assessor
    assessed_on: date
    levels: Mapping[Component, int]
    evidence: Mapping[Component, str]
    participants: str
    participant_count: int
    note: str
    rubric: str  # "key@version"


@dataclass(frozen=True)
class FilledData:
    issue_title: str
    fiscal_year: int
    office: str
    rubric: Rubric
    assessments: Sequence[AssessmentData]
    result: Result
    reason: str
    by_assessor: Sequence[tuple[Assessor, Result, str]]  # each assessor's own result and reason
    disagreement: str
    thai_digits: bool = False
    demo: bool = False


def _be(day: date) -> str:
    return format_thai_date(day, DateStyle.FULL)


def _heading(document: OfficialDocument, title: str, issue: str, fiscal_year: int, office: str) -> list[Flowable]:
    flow: list[Flowable] = [document.paragraph(title, document.styles.title)]
    flow.append(document.paragraph(f"ประเด็น {issue} ปีงบประมาณ {fiscal_year}", document.styles.centered))
    if office:
        flow.append(document.paragraph(office, document.styles.centered))
    flow.append(Spacer(1, 0.3 * cm))
    return flow


def _blank(height: float = ROW_SPACE) -> Flowable:
    return Spacer(1, height)


def form_flowables(document: OfficialDocument, data: FormData) -> list[Flowable]:
    rubric, plain, bold = data.rubric, document.styles.plain, thai_style("uccare-bold", size=document.body_size, bold=True)
    flow = _heading(document, "แบบประเมินระดับการพัฒนาคุณภาพ UCCARE", data.issue_title, data.fiscal_year, data.office)
    flow += [
        document.paragraph("การประเมิน  [   ] ก่อนดำเนินการ     [   ] หลังดำเนินการ", plain),
        document.paragraph("ผู้ประเมิน  [   ] ประเมินตนเอง     [   ] ทีมประเมินระดับจังหวัด     [   ] ทีมประเมินระดับเขต", plain),
        document.paragraph("วันที่ประเมิน ........................................................   สถานที่ ........................................................", plain),
        document.paragraph(f"เกณฑ์ที่ใช้: {rubric.title_th} (รหัส {rubric.ident})", plain),
        document.paragraph("วิธีใช้: อ่านคำอธิบายของแต่ละระดับ แล้วทำเครื่องหมาย / ในช่อง “เลือก” ของระดับที่ตรงกับการทำงานจริง"
                           " ขององค์ประกอบนั้นเพียงช่องเดียว และบันทึกหลักฐานที่ใช้ตัดสิน", plain),
        Spacer(1, 0.2 * cm),
    ]
    widths = [2.4 * cm, BODY_WIDTH - 2.4 * cm - 1.6 * cm, 1.6 * cm]
    for number, component in enumerate(COMPONENTS, 1):
        part = rubric.component(component)
        rows = [[document.digits(f"{level.level} {rubric.level_name(level.level)}"), level.th, ""] for level in part.levels]
        block: list[Flowable] = [
            document.paragraph(f"{number}. องค์ประกอบ {component_name(component)}", bold),
            document.grid_table(["ระดับ", "คำอธิบาย", "เลือก"], rows, widths),
            document.paragraph("หลักฐาน/เหตุผล ...................................................................................."
                               "..............................................................", plain),
            Spacer(1, 0.25 * cm),
        ]
        flow.append(KeepTogether(block))
    flow.append(CondPageBreak(8 * cm))
    flow.append(document.paragraph("ผู้ร่วมประเมิน", bold))
    rows = [[document.digits(str(n)), _blank(), _blank(), _blank()] for n in range(1, BLANK_PARTICIPANT_ROWS + 1)]
    flow.append(document.grid_table(["ที่", "ชื่อ-สกุล", "ตำแหน่ง/หน่วยงาน", "ลงชื่อ"], rows,
                                    [1.0 * cm, 5.8 * cm, 5.6 * cm, BODY_WIDTH - 12.4 * cm], numeric_columns=[0]))
    flow.append(document.signature_block("........................................................",
                                         ["ผู้บันทึกผลการประเมิน"], caption="ลงชื่อ"))
    return flow


def write_form_pdf(data: FormData, out_path: Path) -> Path:
    document = OfficialDocument(thai_digits=data.thai_digits, demo=data.demo,
                                title=f"แบบประเมิน UCCARE {data.issue_title}", author=data.office)
    return document.build(form_flowables(document, data), out_path)


def _column_title(assessment: AssessmentData) -> str:
    short = {Assessor.SELF: "ตนเอง", Assessor.PROVINCIAL: "จังหวัด", Assessor.REGIONAL: "เขต"}[assessment.assessor]
    return f"{short} {'ก่อน' if assessment.phase is Phase.BEFORE else 'หลัง'}"


def filled_flowables(document: OfficialDocument, data: FilledData) -> list[Flowable]:
    plain, bold = document.styles.plain, thai_style("uccare-bold", size=document.body_size, bold=True)
    flow = _heading(document, "ผลการประเมินระดับการพัฒนาคุณภาพ UCCARE", data.issue_title, data.fiscal_year, data.office)
    flow.append(document.paragraph(f"ผลการประเมิน: {label(data.result)}", bold))
    for assessor, _result, reason in data.by_assessor:
        flow.append(document.paragraph(f"{label(assessor)}: {reason}", plain))
    if data.disagreement:
        flow.append(document.paragraph("ข้อสังเกต ผู้ประเมินให้ระดับต่างกัน:", bold))
        flow += [document.paragraph(line, plain) for line in data.disagreement.splitlines()]
    if not data.assessments:
        flow.append(document.paragraph("ยังไม่มีการบันทึกผลการประเมิน", plain))
    else:
        columns = list(data.assessments)
        first = 4.6 * cm
        rest = (BODY_WIDTH - first) / len(columns)
        rows = [[component_name(c)] + [document.digits(str(a.levels[c])) if c in a.levels else "-" for a in columns]
                for c in COMPONENTS]
        flow += [Spacer(1, 0.3 * cm), document.paragraph("ระดับรายองค์ประกอบ", bold),
                 document.grid_table(["องค์ประกอบ"] + [_column_title(a) for a in columns], rows,
                                     [first] + [rest] * len(columns), numeric_columns=range(1, len(columns) + 1))]
        for assessor in Assessor:
            mine = {a.phase: a for a in columns if a.assessor is assessor}
            if not mine:
                continue
            before, after = mine.get(Phase.BEFORE), mine.get(Phase.AFTER)
            chart = uccare_radar(before.levels if before else None, after.levels if after else None,
                                 thai_digits=data.thai_digits, width=BODY_WIDTH, height=9.5 * cm)
            flow.append(KeepTogether([Spacer(1, 0.3 * cm),
                                      document.paragraph(f"แผนภาพเปรียบเทียบก่อนและหลังดำเนินการ ({label(assessor)})", bold),
                                      RadarFlowable(chart)]))
        for assessment in columns:
            flow += _assessment_detail(document, assessment, plain, bold)
    flow.append(document.signature_block("........................................................",
                                         ["เลขานุการคณะกรรมการพัฒนาคุณภาพชีวิต", "ระดับอำเภอ"], caption="ลงชื่อ"))
    return flow


def _assessment_detail(document: OfficialDocument, a: AssessmentData, plain, bold) -> list[Flowable]:  # type: ignore[no-untyped-def]
    flow: list[Flowable] = [CondPageBreak(6 * cm), Spacer(1, 0.3 * cm),
                            document.paragraph(f"{label(a.assessor)} {label(a.phase)} วันที่ {_be(a.assessed_on)}", bold)]
    names = [line.strip() for line in a.participants.splitlines() if line.strip()]
    who = f"ผู้ร่วมประเมิน {a.participant_count} คน" + (f": {', '.join(names)}" if names else "")
    flow += [document.paragraph(who, plain), document.paragraph(f"เกณฑ์ที่ใช้: {a.rubric}", plain)]
    rows = [[component_name(c), document.digits(str(a.levels[c])) if c in a.levels else "-", a.evidence.get(c, "")]
            for c in COMPONENTS]
    flow.append(document.grid_table(["องค์ประกอบ", "ระดับ", "หลักฐาน"], rows,
                                    [5.2 * cm, 1.3 * cm, BODY_WIDTH - 6.5 * cm], numeric_columns=[1]))
    if a.note:
        flow.append(document.paragraph(f"หมายเหตุ: {a.note}", plain))
    return flow


def write_filled_pdf(data: FilledData, out_path: Path) -> Path:
    document = OfficialDocument(thai_digits=data.thai_digits, demo=data.demo,
                                title=f"ผลการประเมิน UCCARE {data.issue_title}", author=data.office)
    return document.build(filled_flowables(document, data), out_path)


__all__ = ["AssessmentData", "FilledData", "FormData", "write_filled_pdf", "write_form_pdf"]
