"""Page template of Thai official documents (ระเบียบงานสารบรรณ): A4, margins, Thai page numbers.

Margins: left 3 cm, right 2 cm (regulation), top 2.5 cm, bottom 2 cm (common practice). From page 2 the
page number is centred at the top as "- 2 -". ``thai_digits`` applies to every number the document
writes: paragraphs made with ``OfficialDocument.paragraph`` and the page numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle

from pcha_desktop.domain.thai_text import contains_thai
from pcha_desktop.exports.pdf.fonts import BODY_SIZE_PT, BOLD, REGULAR, draw_text, register_fonts, run_width
from pcha_desktop.exports.pdf.thai_paragraphs import TextRun, ThaiParagraph, apply_digits, thai_style

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 3 * cm
MARGIN_RIGHT = 2 * cm
MARGIN_TOP = 2.5 * cm
MARGIN_BOTTOM = 2 * cm
BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
PARAGRAPH_INDENT = 2.5 * cm
"""Customary first-line indent of body paragraphs."""
PAGE_NUMBER_BASELINE_FROM_TOP = 1.5 * cm


DRAFT_MARK = "ร่าง"
DEMO_NOTE = "ข้อมูลตัวอย่าง ไม่ใช่เอกสารราชการ"
MARK_GREY = 0.82
"""The draft watermark's grey: visible on every page, the text still reads through it."""


def page_number_text(page: int, thai_digits: bool) -> str:
    return apply_digits(f"- {page} -", thai_digits)


def draw_draft_mark(canvas: Canvas) -> None:
    """A large grey "ร่าง" across the page, plus "ร่าง" boxed at the top right (readable on a copy)."""
    canvas.saveState()
    canvas.setFillGray(MARK_GREY)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(40)
    draw_text(canvas, 0, -40, DRAFT_MARK, BOLD, 150, align="center")
    canvas.restoreState()
    canvas.saveState()
    right, top = PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 1.2 * cm
    canvas.setLineWidth(1)
    canvas.rect(right - 1.6 * cm, top - 0.3 * cm, 1.6 * cm, 0.85 * cm)
    draw_text(canvas, right - 0.8 * cm, top, DRAFT_MARK, BOLD, 14, align="center")
    canvas.restoreState()


def draw_demo_note(canvas: Canvas) -> None:
    """"ข้อมูลตัวอย่าง …" at the foot of the page: a document made from the demo database says so."""
    canvas.saveState()
    canvas.setFillGray(0.35)
    draw_text(canvas, MARGIN_LEFT + BODY_WIDTH / 2, 1.0 * cm, DEMO_NOTE, BOLD, 12, align="center")
    canvas.restoreState()


@dataclass(frozen=True)
class OfficialStyles:
    body: ParagraphStyle
    """Left-aligned, first line indented 2.5 cm."""
    plain: ParagraphStyle
    """Left-aligned, no indent (table cells, continuation lines)."""
    centered: ParagraphStyle
    title: ParagraphStyle
    """Centred and bold."""


def official_styles(size: float = BODY_SIZE_PT) -> OfficialStyles:
    return OfficialStyles(
        body=thai_style("official-body", size=size, first_line_indent=PARAGRAPH_INDENT),
        plain=thai_style("official-plain", size=size),
        centered=thai_style("official-centered", size=size, alignment=TA_CENTER),
        title=thai_style("official-title", size=size, alignment=TA_CENTER, bold=True),
    )


@lru_cache(maxsize=8)
def _table_styles(size: float) -> tuple[ParagraphStyle, ...]:
    """The cell styles of ``grid_table`` (plain, number, header, total, total number), made once per size."""
    return (thai_style("table-cell", size=size), thai_style("table-number", size=size, alignment=TA_RIGHT),
            thai_style("table-head", size=size, alignment=TA_CENTER, bold=True),
            thai_style("table-total", size=size, bold=True),
            thai_style("table-total-number", size=size, alignment=TA_RIGHT, bold=True))


class _NumberCell(Flowable):
    """A number (no Thai, no space) in a table cell: one right-aligned line without a paragraph's line breaking
    and word spans (a national table has thousands of them; digits need no shaping). Wider than its cell it
    is the paragraph it stands for."""

    def __init__(self, text: str, style: ParagraphStyle, paragraph: Callable[[], ThaiParagraph]) -> None:
        super().__init__()
        self.text, self.style, self._make_paragraph = text, style, paragraph
        self._width = run_width([(text, style.fontName)], style.fontSize)
        self._paragraph: ThaiParagraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._paragraph = self._make_paragraph() if self._width > availWidth else None
        if self._paragraph is not None:
            return self._paragraph.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        size = self.style.fontSize
        self.canv.setFont(self.style.fontName, size)
        self.canv.drawString(self.width - self._width, self.height - size, self.text)


class OfficialDocument:
    """Builds a PDF of flowables on the official page template.

    ``first_page_top_margin`` lets page 1 start higher (e.g. 1.5 cm for a Garuda emblem).
    """

    def __init__(
        self,
        *,
        thai_digits: bool = False,
        body_size: float = BODY_SIZE_PT,
        first_page_top_margin: float = MARGIN_TOP,
        title: str = "",
        author: str = "",
        draft: bool = False,
        demo: bool = False,
        protected_words: Iterable[str] = (),
    ) -> None:
        register_fonts()
        self.thai_digits = thai_digits
        self.draft = draft
        self.demo = demo
        self.protected_words = tuple(protected_words)
        self.body_size = body_size
        self.first_page_top_margin = first_page_top_margin
        self.title = apply_digits(title, thai_digits)
        self.author = author
        self.styles = official_styles(body_size)

    def digits(self, text: str) -> str:
        return apply_digits(text, self.thai_digits)

    def paragraph(self, text: str | Sequence[TextRun], style: ParagraphStyle | None = None) -> ThaiParagraph:
        """A word-wrapped, shaped paragraph, digits converted per the document setting."""
        return ThaiParagraph(
            text, style or self.styles.body, thai_digits=self.thai_digits, protected_words=self.protected_words
        )

    def grid_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Flowable]],
        widths: Sequence[float],
        *,
        numeric_columns: Iterable[int] = (),
        total_row: bool = False,
    ) -> Table:
        """A ruled table whose header repeats on every page it crosses. Cells are Thai paragraphs (wrapped
        between words, digits per the document); a row never splits, so no cell's text is cut across pages.
        ``numeric_columns`` are right-aligned; ``total_row`` sets the last row in bold. ``widths`` sum to at
        most ``BODY_WIDTH``. Cells may also be flowables (e.g. a drawn progress bar)."""
        numeric = set(numeric_columns)
        plain, right, head, bold_plain, bold_right = _table_styles(self.body_size - 1)

        def cell(value: str | Flowable, column: int, bold: bool) -> Flowable:
            if not isinstance(value, str):
                return value
            if column in numeric:
                style = bold_right if bold else right
                if value and not contains_thai(value) and not any(c.isspace() for c in value):
                    return _NumberCell(self.digits(value), style, lambda: self.paragraph(value, style))
                return self.paragraph(value, style)
            return self.paragraph(value, bold_plain if bold else plain)

        data: list[list[Flowable]] = [[self.paragraph(text, head) for text in header]]
        for index, row in enumerate(rows):
            bold = total_row and index == len(rows) - 1
            data.append([cell(value, column, bold) for column, value in enumerate(row)])
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitByRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # not Helvetica
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def signature_block(self, name: str, position_lines: Sequence[str], *, caption: str = "") -> KeepTogether:
        """A signature in the right half of the page, kept on one page: an optional caption above the
        space to sign (e.g. "ผู้จดรายงานการประชุม" or "ลงชื่อ"), "(name)", then the position's lines."""
        style = thai_style("signature", size=self.body_size, alignment=TA_CENTER, left_indent=BODY_WIDTH / 2)
        block: list[Flowable] = [Spacer(1, 0.8 * cm)]
        if caption:
            block.append(self.paragraph(caption, style))
        block.append(Spacer(1, 1.2 * cm))
        block.append(self.paragraph(f"({name})", style))
        block += [self.paragraph(line, style) for line in position_lines if line.strip()]
        return KeepTogether(block)

    def _draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """What every page carries: the draft and demo marks, the page number from page 2."""
        if self.draft:
            draw_draft_mark(canvas)
        if self.demo:
            draw_demo_note(canvas)
        self._draw_page_number(canvas, doc)

    def _draw_page_number(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        if page < 2:
            return
        canvas.saveState()
        draw_text(
            canvas,
            MARGIN_LEFT + BODY_WIDTH / 2,
            PAGE_HEIGHT - PAGE_NUMBER_BASELINE_FROM_TOP,
            page_number_text(page, self.thai_digits),
            REGULAR,
            self.body_size,
            align="center",
        )
        canvas.restoreState()

    def build(self, flowables: Sequence[Flowable], out_path: Path) -> Path:
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        template = BaseDocTemplate(
            str(out_path),
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title,
            author=self.author,
            creator="PCHA Desktop",
            lang="th",
            initialFontName=REGULAR,  # no unused, unembedded Helvetica in the file
            initialFontSize=self.body_size,
        )

        def frame(frame_id: str, top_margin: float) -> Frame:
            return Frame(
                MARGIN_LEFT,
                MARGIN_BOTTOM,
                BODY_WIDTH,
                PAGE_HEIGHT - MARGIN_BOTTOM - top_margin,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=frame_id,
            )

        template.addPageTemplates(
            [
                PageTemplate(
                    id="first",
                    frames=[frame("first-frame", self.first_page_top_margin)],
                    onPage=self._draw_page,
                    autoNextPageTemplate="later",
                ),
                PageTemplate(
                    id="later", frames=[frame("later-frame", MARGIN_TOP)], onPage=self._draw_page
                ),
            ]
        )
        template.build(list(flowables))
        return out_path
