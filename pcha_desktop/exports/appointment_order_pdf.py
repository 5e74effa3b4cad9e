"""The appointment order (คำสั่ง แต่งตั้งคณะกรรมการ …) as a PDF: plain data in, a file out.

Layout after the ระเบียบงานสารบรรณ order format: optional Garuda emblem (3 cm high, 1.5 cm from the top,
centred); "คำสั่ง<office>", "ที่ <number>", "เรื่อง <subject>" centred; a short rule; the preamble
paragraphs; the cancellation clause; the members numbered, name and position on the left and the
committee role on the right (borderless table, flows over pages), grouped under role headings; the
duties heading and numbered duties; the effective clause; "สั่ง ณ วันที่ …" indented; the signature
block centred right of the middle: space to sign, "(full name)", position line(s).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from pcha_desktop.exports.pdf.official_document import (
    BODY_WIDTH,
    MARGIN_TOP,
    PARAGRAPH_INDENT,
    OfficialDocument,
)
from pcha_desktop.exports.pdf.thai_paragraphs import thai_style

EMBLEM_HEIGHT = 3 * cm
EMBLEM_TOP = 1.5 * cm
HEADING_RULE = "-------------------"
SIGNED_DATE_INDENT = 2 * PARAGRAPH_INDENT
SIGNATURE_BLOCK_LEFT = 0.4 * BODY_WIDTH
"""The signature block is centred in the body's right part, from here to the right margin."""
SIGNATURE_SPACE = 1.8 * cm
CELL_PADDING = 3.0
NUMBER_COLUMN_WIDTH = 1.6 * cm
"""The member numbers end 1.6 cm from the margin (the names start about there)."""


@dataclass(frozen=True)
class OrderMember:
    full_name: str
    position: str
    role_label: str


@dataclass(frozen=True)
class OrderRoleGroup:
    heading: str | None
    members: list[OrderMember] = field(default_factory=list)


@dataclass(frozen=True)
class AppointmentOrderDocument:
    issuing_office: str
    """e.g. "อำเภอเมืองภูเก็ต"."""
    number: str
    """e.g. "123/2563"."""
    subject: str
    """e.g. "แต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต"."""
    preamble: str
    """Reason and authority; paragraphs separated by line breaks."""
    cancels: str | None
    """e.g. "ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต ที่ 45/2563 ลงวันที่ 1 ตุลาคม 2563" when it replaces an order."""
    groups: list[OrderRoleGroup]
    duties_heading: str
    duties: list[str]
    effective_clause: str = "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
    signed_date_text: str = ""
    """e.g. "1 ตุลาคม พ.ศ. 2563"."""
    signer_name: str = ""
    signer_position: str = ""
    """One or more lines."""
    garuda_image: Path | None = None
    thai_digits: bool = False


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _OrderBuilder:
    def __init__(self, document: AppointmentOrderDocument) -> None:
        self.document = document
        self.pdf = OfficialDocument(
            thai_digits=document.thai_digits,
            first_page_top_margin=EMBLEM_TOP if document.garuda_image else MARGIN_TOP,
            title=f"คำสั่ง{document.issuing_office} ที่ {document.number}",
            author=document.issuing_office,
        )
        styles = self.pdf.styles
        size = self.pdf.body_size
        self.body = styles.body
        self.plain = styles.plain
        self.title = styles.title
        self.centered = styles.centered
        self.right = thai_style("order-right", size=size, alignment=TA_RIGHT)
        self.signed_date = thai_style("order-signed-date", size=size, left_indent=SIGNED_DATE_INDENT)
        self.signature = thai_style(
            "order-signature", size=size, alignment=TA_CENTER, left_indent=SIGNATURE_BLOCK_LEFT
        )
        self.line = self.body.leading

    def flowables(self) -> list[Flowable]:
        document, pdf = self.document, self.pdf
        story: list[Flowable] = []
        if document.garuda_image is not None:
            story += [self._emblem(document.garuda_image), Spacer(1, 0.3 * cm)]
        story += [
            pdf.paragraph(f"คำสั่ง{document.issuing_office}", self.title),
            pdf.paragraph(f"ที่ {document.number}", self.title),
            pdf.paragraph(f"เรื่อง {document.subject}", self.title),
            pdf.paragraph(HEADING_RULE, self.centered),
            Spacer(1, 0.25 * self.line),
        ]
        story += [pdf.paragraph(text, self.body) for text in _paragraphs(document.preamble)]
        if document.cancels:
            story.append(pdf.paragraph(document.cancels, self.body))
        story += self._members()
        story += [pdf.paragraph(text, self.body) for text in _paragraphs(document.duties_heading)]
        story += [pdf.paragraph(f"{n}. {duty}", self.body) for n, duty in enumerate(document.duties, 1)]
        # The effective clause goes with the date and signature: a signature never stands alone on a page.
        closing = [pdf.paragraph(text, self.body) for text in _paragraphs(document.effective_clause)]
        story.append(KeepTogether(closing + self._signature()))
        return story

    def _emblem(self, path: Path) -> Image:
        width, height = ImageReader(str(path)).getSize()
        return Image(str(path), width=EMBLEM_HEIGHT * width / height, height=EMBLEM_HEIGHT, hAlign="CENTER")

    def _column_widths(self) -> list[float]:
        """Number, name, position, role: name and role as wide as their longest text (within limits),
        the position takes the rest."""
        members = [member for group in self.document.groups for member in group.members]
        size = self.pdf.body_size

        def widest(texts: list[str], font_name: str) -> float:
            widths = [pdfmetrics.stringWidth(self.pdf.digits(text), font_name, size) for text in texts]
            return max(widths, default=0.0) + 2 * CELL_PADDING + 1

        number_width = NUMBER_COLUMN_WIDTH
        role_width = min(max(widest([m.role_label for m in members], self.right.fontName), 2.5 * cm), 5 * cm)
        rest = BODY_WIDTH - number_width - role_width
        widest_name = widest([m.full_name for m in members], self.plain.fontName)
        name_width = min(max(widest_name, 0.35 * rest), 0.55 * rest)
        return [number_width, name_width, rest - name_width, role_width]

    def _members(self) -> list[Flowable]:
        pdf = self.pdf
        widths = self._column_widths()
        number_style = thai_style("order-number", size=pdf.body_size, alignment=TA_RIGHT)
        story: list[Flowable] = []
        number = 0
        for group in self.document.groups:
            if group.heading:
                story.append(pdf.paragraph(group.heading, self.body))
            rows = []
            for member in group.members:
                number += 1
                rows.append(
                    [
                        pdf.paragraph(f"{number}.", number_style),
                        pdf.paragraph(member.full_name, self.plain),
                        pdf.paragraph(member.position, self.plain),
                        pdf.paragraph(member.role_label, self.right),
                    ]
                )
            if rows:
                table = Table(rows, colWidths=widths, hAlign="LEFT", splitByRow=1)
                table.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("FONTNAME", (0, 0), (-1, -1), self.plain.fontName),  # not Helvetica
                            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("LEFTPADDING", (0, 0), (0, -1), 0),
                            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                        ]
                    )
                )
                story.append(table)
        return story

    def _signature(self) -> list[Flowable]:
        document, pdf = self.document, self.pdf
        block: list[Flowable] = [
            Spacer(1, 0.5 * self.line),
            pdf.paragraph(f"สั่ง ณ วันที่ {document.signed_date_text}", self.signed_date),
            Spacer(1, SIGNATURE_SPACE),
            pdf.paragraph(f"({document.signer_name})", self.signature),
        ]
        block += [pdf.paragraph(line, self.signature) for line in _paragraphs(document.signer_position)]
        return block


def render_appointment_order(document: AppointmentOrderDocument, out_path: Path) -> Path:
    """Write the order as a PDF to ``out_path`` and return the path."""
    builder = _OrderBuilder(document)
    return builder.pdf.build(builder.flowables(), Path(out_path))
