"""The appointment order (คำสั่ง แต่งตั้งคณะกรรมการ …) as a PDF: plain data in, a file out.

Layout after the ระเบียบงานสารบรรณ order format: the Garuda emblem's space (3 cm high, 1.5 cm from the
top, centred; kept empty when no emblem file is set, for pre-printed Garuda paper); "คำสั่ง<office>",
"ที่ <number>", "เรื่อง <subject>" centred; a short rule; the preamble paragraphs; the members numbered,
name, position and committee role (roles start at one left tab; borderless table whose column widths
come from the content, rows may split over pages), grouped under role headings; the duties heading and
numbered duties; the cancellation clause ("ให้ยกเลิกคำสั่ง … และให้ใช้คำสั่งนี้แทน"); the effective
clause; "สั่ง ณ วันที่ …" indented; the signature block centred right of the middle.

A heading never ends a page (it keeps with what follows). A draft carries "ร่าง" on every page; an order
made from the demo database says so on every page. People's names never break inside (title and given
name, surname: each stays whole).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, PARAGRAPH_INDENT, OfficialDocument
from pcha_desktop.exports.pdf.fonts import run_width
from pcha_desktop.exports.pdf.thai_paragraphs import break_pieces, thai_style

EMBLEM_HEIGHT = 3 * cm
EMBLEM_TOP = 1.5 * cm
HEADING_RULE = "-------------------"
SIGNED_DATE_INDENT = 2 * PARAGRAPH_INDENT
SIGNATURE_BLOCK_LEFT = 0.4 * BODY_WIDTH
"""The signature block is centred in the body's right part, from here to the right margin."""
SIGNATURE_SPACE = 1.8 * cm
COLUMN_GAP = 0.35 * cm
"""White space after the number, the name and the position: a long name never touches the next column."""
NUMBER_COLUMN_WIDTH = 1.6 * cm
"""The member numbers end 1.25 cm from the margin, the names start 1.6 cm from it."""
NAME_COLUMN_MAX = 0.36 * BODY_WIDTH
NAME_COLUMN_MIN = 0.16 * BODY_WIDTH
ROLE_COLUMN_MAX = 0.30 * BODY_WIDTH
POSITION_COLUMN_MIN = 0.2 * BODY_WIDTH
NAME_WRAP_PENALTY = 1.0
"""A name on two lines counts as a line more: names wrap only where that saves more lines elsewhere."""


class _LineCounter:
    """How many lines a text needs at a width (the line breaker's greedy rule, over measured pieces)."""

    def __init__(self, font: str, size: float, words: Sequence[str], digits: Callable[[str], str]) -> None:
        self.font, self.size, self.words, self.digits = font, size, words, digits
        self._pieces: dict[str, list[tuple[float, bool]]] = {}

    def pieces(self, text: str) -> list[tuple[float, bool]]:
        if text not in self._pieces:
            self._pieces[text] = [
                (run_width([(piece, self.font)], self.size), piece.isspace())
                for piece in break_pieces(self.digits(text), self.words)
            ]
        return self._pieces[text]

    def width(self, text: str) -> float:
        return sum(width for width, _ in self.pieces(text)) + 1

    def widest_piece(self, texts: Sequence[str]) -> float:
        """The narrowest column these texts fit without a word broken inside."""
        return max((width for text in texts for width, _ in self.pieces(text)), default=0.0) + 1

    def lines(self, text: str, width: float) -> int:
        count, used = 1, 0.0
        for piece_width, is_space in self.pieces(text):
            if is_space or used + piece_width <= width:
                used += piece_width
            elif used:
                count, used = count + 1, piece_width
            else:
                used = piece_width
        return count


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
    is_draft: bool = False
    """A draft: "ร่าง" on every page (and the caller leaves the number blank)."""
    is_demo: bool = False
    """Made from the demo database: every page says so."""

    def names(self) -> list[str]:
        """People's names printed in the order (kept whole when lines wrap)."""
        return [m.full_name for g in self.groups for m in g.members] + [self.signer_name]


def garuda_emblem(path: Path) -> Image:
    """The Garuda emblem from an image file, 3 cm high, centred (orders and letters)."""
    width, height = ImageReader(str(path)).getSize()
    return Image(str(path), width=EMBLEM_HEIGHT * width / height, height=EMBLEM_HEIGHT, hAlign="CENTER")


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _OrderBuilder:
    def __init__(self, document: AppointmentOrderDocument) -> None:
        self.document = document
        self.pdf = OfficialDocument(
            thai_digits=document.thai_digits,
            first_page_top_margin=EMBLEM_TOP,
            title=f"คำสั่ง{document.issuing_office} ที่ {document.number}",
            author=document.issuing_office,
            draft=document.is_draft,
            demo=document.is_demo,
            protected_words=document.names(),
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
        # The emblem's space is kept without an emblem file: orders are often printed on Garuda paper.
        emblem = garuda_emblem(document.garuda_image) if document.garuda_image else Spacer(1, EMBLEM_HEIGHT)
        story += [emblem, Spacer(1, 0.3 * cm)]
        story += [
            pdf.paragraph(f"คำสั่ง{document.issuing_office}", self.title),
            pdf.paragraph(f"ที่ {document.number}", self.title),
            pdf.paragraph(f"เรื่อง {document.subject}", self.title),
            pdf.paragraph(HEADING_RULE, self.centered),
            Spacer(1, 0.25 * self.line),
        ]
        preamble = [pdf.paragraph(text, self.body) for text in _paragraphs(document.preamble)]
        if preamble:
            preamble[-1].keepWithNext = 1  # "… ประกอบด้วย" stays with the first members
        story += preamble
        story += self._members()
        headings = [pdf.paragraph(text, self.body) for text in _paragraphs(document.duties_heading)]
        for heading in headings:
            heading.keepWithNext = 1  # never stranded at a page end without its first duty
        story += headings
        story += [pdf.paragraph(f"{n}. {duty}", self.body) for n, duty in enumerate(document.duties, 1)]
        if document.cancels:  # after the members and duties, before "ทั้งนี้ ตั้งแต่…"
            story += [pdf.paragraph(text, self.body) for text in _paragraphs(document.cancels)]
        # The effective clause goes with the date and signature: a signature never stands alone on a page.
        closing = [pdf.paragraph(text, self.body) for text in _paragraphs(document.effective_clause)]
        story.append(KeepTogether(closing + self._signature()))
        return story

    def _column_widths(self) -> list[float]:
        """Number, name, position, role, from the content. The role column is as wide as the longest
        role (roles start at one tab and stay on one line); of the name widths the names suggest (each
        name's own width, within limits), the one that needs the fewest lines in all, a wrapped name
        counting extra (names stay on one line where they can; a longer one wraps between given name and
        surname); the position takes the rest. Each column is followed by a gap, so a long name never
        touches the position."""
        members = [member for group in self.document.groups for member in group.members]
        if not members:
            return [NUMBER_COLUMN_WIDTH, NAME_COLUMN_MIN, BODY_WIDTH - NUMBER_COLUMN_WIDTH - 2 * NAME_COLUMN_MIN, NAME_COLUMN_MIN]
        size, font, words = self.pdf.body_size, self.plain.fontName, self.pdf.protected_words
        measure = _LineCounter(font, size, words, self.pdf.digits)
        names = [m.full_name for m in members]
        roles = [m.role_label for m in members]
        positions = [m.position for m in members]
        widest_position = measure.widest_piece(positions)

        def choices(texts: list[str], low: float, high: float) -> list[float]:
            low = max(low, measure.widest_piece(texts))
            widths = sorted({min(max(measure.width(text), low), max(high, low)) for text in texts})
            return [widths[round(i * (len(widths) - 1) / 9)] for i in range(10)] if len(widths) > 10 else widths

        def cost(name_width: float, role_width: float) -> float:
            position_width = BODY_WIDTH - NUMBER_COLUMN_WIDTH - name_width - role_width - 2 * COLUMN_GAP
            if position_width < max(POSITION_COLUMN_MIN, widest_position):
                return float("inf")
            total = 0.0
            for name, role, position in zip(names, roles, positions, strict=True):
                name_lines = measure.lines(name, name_width)
                total += max(name_lines, measure.lines(role, role_width), measure.lines(position, position_width))
                total += NAME_WRAP_PENALTY * (name_lines - 1)
            return total

        # Roles stay on one line (a reader looks for "ผู้ช่วยเลขานุการ" whole): the longest role's width.
        role_width = min(max(measure.width(role) for role in roles), max(ROLE_COLUMN_MAX, measure.widest_piece(roles)))
        pairs = [(name, role_width) for name in choices(names, NAME_COLUMN_MIN, NAME_COLUMN_MAX)]
        name_width, role_width = min(pairs, key=lambda pair: (cost(*pair), -pair[0]))
        name_column = name_width + COLUMN_GAP
        position_column = BODY_WIDTH - NUMBER_COLUMN_WIDTH - name_column - role_width
        return [NUMBER_COLUMN_WIDTH, name_column, position_column, role_width]

    def _members(self) -> list[Flowable]:
        pdf = self.pdf
        widths = self._column_widths()
        number_style = thai_style("order-number", size=pdf.body_size, alignment=TA_RIGHT)
        story: list[Flowable] = []
        number = 0
        for group in self.document.groups:
            if group.heading:
                heading = pdf.paragraph(group.heading, self.body)
                heading.keepWithNext = 1
                story.append(heading)
            rows = []
            for member in group.members:
                number += 1
                rows.append(
                    [
                        pdf.paragraph(f"{number}.", number_style),
                        pdf.paragraph(member.full_name, self.plain),
                        pdf.paragraph(member.position, self.plain),
                        pdf.paragraph(member.role_label, self.plain),
                    ]
                )
            # The first row is a table of its own, so a heading (or "… ประกอบด้วย") kept with what
            # follows moves at most one row to the next page, never the whole list.
            for part in (rows[:1], rows[1:]):
                if part:
                    story.append(self._member_table(part, widths))
        return story

    def _member_table(self, rows: list[list[Flowable]], widths: list[float]) -> Table:
        # splitInRow: a row taller than the room left continues on the next page instead of leaving the
        # rest of the page empty.
        table = Table(rows, colWidths=widths, hAlign="LEFT", splitByRow=1, splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), self.plain.fontName),  # not Helvetica
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), COLUMN_GAP),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

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
