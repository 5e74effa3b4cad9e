"""A meeting's invitation letter (หนังสือเชิญประชุม) and its minutes (รายงานการประชุม) as PDFs: plain data in,
a file out (no database; ``services/meeting_documents.py`` fills these dataclasses).

The invitation is an external letter (หนังสือภายนอก, ระเบียบงานสารบรรณ): the Garuda emblem's space at the top
(kept empty without an emblem file, for Garuda paper), "ที่ …" on the left and the office's address on the
right, the date from the middle of the line, เรื่อง / เรียน / สิ่งที่ส่งมาด้วย, the body (what meeting, when,
where), optionally section 79's sentence for a meeting reconvened after a want of quorum (a third of the
members then suffices), "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุม…", "ขอแสดงความนับถือ", the signature, the
office's contact at the foot; then, on a page of its own, the agenda (ระเบียบวาระการประชุม) by the five
customary sections.

The minutes follow the official order (shared/DOMAIN.md): meeting name; ครั้งที่ n/BE-year; เมื่อ date; ณ place;
ผู้มาประชุม (name, position; a substitute's row says whom he stands for, "แทน …"); ผู้ไม่มาประชุม (with the
reason); ผู้เข้าร่วมประชุม (non-members); เริ่มประชุมเวลา; the body by agenda section, each item with its
text, its minutes, the resolution (มติที่ประชุม), dissenting opinions with their reasons (s. 83) and the
follow-up actions; เลิกประชุมเวลา; the signatures of ผู้จดรายงานการประชุม and ผู้ตรวจรายงานการประชุม. Minutes
not yet adopted carry "ร่าง" on every page.

People's names never break inside a line (protected words); every number follows ``thai_digits``; from
page 2 pages are numbered. Dates and times arrive as the text to print ("วันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564",
"09.30"), so the caller decides the calendar wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from pcha_desktop.exports.appointment_order_pdf import EMBLEM_HEIGHT, EMBLEM_TOP, HEADING_RULE, garuda_emblem
from pcha_desktop.exports.pdf.fonts import run_width
from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, PARAGRAPH_INDENT, OfficialDocument
from pcha_desktop.exports.pdf.thai_paragraphs import TextRun, break_pieces, thai_style, to_thai_digits

NOTHING = "- ไม่มี -"
"""What an agenda section or a list of people without entries prints."""
COLUMN_GAP = 0.35 * cm
NUMBER_COLUMN = 1.2 * cm
"""The numbers end 1 cm from the margin, the names start 1.2 cm from it."""
NUMBER_GAP = 0.2 * cm
NAME_COLUMN_MAX = 0.34 * BODY_WIDTH
NOTE_COLUMN_MAX = 0.25 * BODY_WIDTH
LABEL_COLUMN = 2.6 * cm
"""เรื่อง / เรียน / สิ่งที่ส่งมาด้วย: the values start here."""
ITEM_INDENT = 1.0 * cm
SIGN_SPACE = 1.2 * cm


# --- the data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    """A row of ผู้มาประชุม / ผู้ไม่มาประชุม / ผู้เข้าร่วมประชุม."""

    name: str
    position: str = ""
    stands_in_for: str = ""
    """For a substitute: whom he stands for (a member's position or name); printed "แทน …"."""
    note: str = ""
    """Right of the position: for an absent member the reason ("ติดราชการ"); for a present one his
    committee role ("ประธานกรรมการ"), if wanted."""


@dataclass(frozen=True)
class Dissent:
    """A dissenting opinion and its reason (s. 83)."""

    name: str
    opinion: str


@dataclass(frozen=True)
class FollowUpLine:
    action: str
    owner: str = ""
    due_text: str = ""
    """e.g. "31 มีนาคม 2564"."""


@dataclass(frozen=True)
class AgendaItemDoc:
    title: str
    details: str = ""
    """What was presented (paragraphs separated by line breaks)."""
    minutes: str = ""
    """What the meeting said (paragraphs separated by line breaks); minutes only."""
    resolution: str = ""
    """มติที่ประชุม; minutes only."""
    dissents: tuple[Dissent, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()


@dataclass(frozen=True)
class AgendaSectionDoc:
    """ระเบียบวาระที่ ``number`` ``title`` (the caller passes the customary titles)."""

    number: int
    title: str
    items: tuple[AgendaItemDoc, ...] = ()


@dataclass(frozen=True)
class Signer:
    name: str
    position: str = ""
    """One or more lines."""


@dataclass(frozen=True)
class InvitationDocument:
    issuing_office: str
    """e.g. "อำเภอเมืองภูเก็ต" (the body starts "ด้วย{issuing_office}…")."""
    meeting_name: str
    """e.g. "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต"."""
    number_label: str
    """e.g. "ครั้งที่ 2/2564"."""
    date_text: str
    """The meeting's date, e.g. "วันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564"."""
    time_text: str
    """e.g. "09.30" (printed "เวลา 09.30 น.")."""
    place: str
    addressee: str
    """เรียน …, e.g. "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต ทุกท่าน"."""
    letter_date_text: str = ""
    """The letter's own date, e.g. "7 มกราคม 2564"; blank leaves room to write it in."""
    reference_number: str = ""
    """ที่ …, e.g. "ภก 0118/ว 123"; blank leaves room to write it in."""
    office_address: str = ""
    """Lines, right of the emblem (e.g. "ที่ว่าการอำเภอเมืองภูเก็ต\\nถนนนริศร ภก 83000")."""
    purpose: str = ""
    """Why the meeting, appended to the body's first paragraph (e.g. "เพื่อพิจารณาแผนพัฒนา…")."""
    reconvened_sentence: str = ""
    """Section 79's sentence for a meeting reconvened within 14 days; blank when it does not apply."""
    agenda: tuple[AgendaSectionDoc, ...] = ()
    signer: Signer = Signer("")
    contact: str = ""
    """Lines at the foot of the letter: the unit and its telephone."""
    garuda_image: Path | None = None
    thai_digits: bool = False
    is_demo: bool = False

    @property
    def subject(self) -> str:
        return f"ขอเชิญประชุม{self.meeting_name} {self.number_label}"

    def names(self) -> list[str]:
        """Kept whole on a line: the signer's name, the meeting's number ("ครั้งที่ 2/2564")."""
        return [self.signer.name, *_number_forms(self.number_label)]


@dataclass(frozen=True)
class MinutesDocument:
    meeting_name: str
    """e.g. "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต" (printed "รายงานการประชุม…")."""
    number_label: str
    """e.g. "ครั้งที่ 2/2564"."""
    date_text: str
    """e.g. "วันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564" (printed "เมื่อ…")."""
    place: str
    present: tuple[Attendee, ...] = ()
    absent: tuple[Attendee, ...] = ()
    guests: tuple[Attendee, ...] = ()
    start_time_text: str = ""
    """e.g. "09.30" (printed "เริ่มประชุมเวลา 09.30 น.")."""
    opening: str = ""
    """After the start time, e.g. "เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดประชุม…" (the quorum sentence)."""
    sections: tuple[AgendaSectionDoc, ...] = ()
    end_time_text: str = ""
    recorder: Signer = Signer("")
    checker: Signer | None = None
    adopted: bool = False
    """Adopted by a later meeting: no "ร่าง" mark."""
    adoption_note: str = ""
    """e.g. "ที่ประชุมรับรองรายงานการประชุมในการประชุมครั้งที่ 3/2564" (printed at the end)."""
    thai_digits: bool = False
    is_demo: bool = False

    @property
    def title(self) -> str:
        return f"รายงานการประชุม{self.meeting_name}"

    def names(self) -> list[str]:
        people = [*self.present, *self.absent, *self.guests]
        names = [person.name for person in people]
        names += [dissent.name for section in self.sections for item in section.items for dissent in item.dissents]
        names += [self.recorder.name] + ([self.checker.name] if self.checker else [])
        return [name for name in names if name.strip()] + _number_forms(self.number_label)


# --- shared pieces -----------------------------------------------------------------------------------


def _number_forms(label: str) -> list[str]:
    """A meeting number as the protected words need it: in Arabic and in Thai digits (digits are
    converted before lines are broken)."""
    return [label, to_thai_digits(label)] if label.strip() else []


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _time(text: str) -> str:
    text = text.strip()
    return f"{text} น." if text and not text.endswith("น.") else text


class _Builder:
    def __init__(self, pdf: OfficialDocument) -> None:
        self.pdf = pdf
        size = pdf.body_size
        self.body = pdf.styles.body
        self.plain = pdf.styles.plain
        self.title = pdf.styles.title
        self.centered = pdf.styles.centered
        self.bold = thai_style("meeting-bold", size=size, bold=True)
        self.item = thai_style("meeting-item", size=size, left_indent=ITEM_INDENT)
        self.item_body = thai_style("meeting-item-body", size=size, first_line_indent=PARAGRAPH_INDENT)
        self.line = self.body.leading

    def heading(self, text: str) -> Flowable:
        heading = self.pdf.paragraph(text, self.bold)
        heading.keepWithNext = 1
        return heading

    def text_width(self, text: str, bold: bool = False) -> float:
        font = self.bold.fontName if bold else self.plain.fontName
        return run_width([(self.pdf.digits(text), font)], self.pdf.body_size) + 1

    def widest_word(self, texts: Sequence[str]) -> float:
        font, size = self.plain.fontName, self.pdf.body_size
        return max(
            (run_width([(piece, font)], size) for text in texts
             for piece in break_pieces(self.pdf.digits(text), self.pdf.protected_words)),
            default=0.0,
        ) + 1

    def people_widths(self, people: Sequence[Attendee]) -> list[float]:
        """Number, name, position, note (when any row has one): the same columns for every list of the
        document, names and notes as wide as their longest (within limits), the position the rest."""
        names = [person.name for person in people] or [""]
        notes = [person.note for person in people]
        name_width = min(max(self.text_width(name) for name in names), NAME_COLUMN_MAX)
        name_width = max(name_width, self.widest_word(names)) + COLUMN_GAP
        note_width = 0.0
        if any(notes):
            note_width = min(max(self.text_width(note) for note in notes), NOTE_COLUMN_MAX)
            note_width = max(note_width, self.widest_word(notes)) + COLUMN_GAP
        position_width = BODY_WIDTH - NUMBER_COLUMN - name_width - note_width
        return [NUMBER_COLUMN, name_width, position_width] + ([note_width] if note_width else [])

    def people(self, people: Sequence[Attendee], widths: list[float]) -> list[Flowable]:
        """Numbered rows: name, position (a substitute's "แทน …" on a line below it), note (a role, a
        reason); borderless, rows may cross pages."""
        if not people:
            return [self.pdf.paragraph(NOTHING, self.item)]
        pdf = self.pdf
        note_width = widths[3] if len(widths) > 3 else 0.0
        number_style = thai_style("meeting-number", size=pdf.body_size, alignment=TA_RIGHT)
        rows = []
        for number, person in enumerate(people, start=1):
            position: list[Flowable] = [pdf.paragraph(person.position, self.plain)]
            if person.stands_in_for:
                position.append(pdf.paragraph(f"แทน {person.stands_in_for}", self.plain))
            row: list[Flowable | list[Flowable]] = [
                pdf.paragraph(f"{number}.", number_style), pdf.paragraph(person.name, self.plain), position
            ]
            if note_width:
                row.append(pdf.paragraph(person.note, self.plain))
            rows.append(row)
        # The first row is a table of its own: the heading kept with it moves at most one row to the
        # next page, never the whole list.
        return [self._people_table(part, widths) for part in (rows[:1], rows[1:]) if part]

    def _people_table(self, rows: list[list[Flowable | list[Flowable]]], widths: list[float]) -> Table:
        table = Table(rows, colWidths=widths, hAlign="LEFT", splitByRow=1, splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), self.plain.fontName),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), COLUMN_GAP),
                    ("RIGHTPADDING", (0, 0), (0, -1), NUMBER_GAP),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def section_heading(self, section: AgendaSectionDoc) -> Flowable:
        return self.heading(f"ระเบียบวาระที่ {section.number} {section.title}")

    def item_title(self, section: AgendaSectionDoc, index: int, item: AgendaItemDoc) -> Flowable:
        title = self.pdf.paragraph(f"{section.number}.{index} {item.title}", self.item)
        title.keepWithNext = 1
        return title

    def signature(self, signer: Signer, caption: str) -> list[Flowable]:
        """The signature block's parts, for the caller to keep together with what precedes them (a
        KeepTogether inside another one always moves to the next page)."""
        block = self.pdf.signature_block(signer.name, _paragraphs(signer.position), caption=caption)
        return list(block._content)


# --- the invitation ----------------------------------------------------------------------------------


class _InvitationBuilder(_Builder):
    def __init__(self, document: InvitationDocument) -> None:
        self.document = document
        super().__init__(
            OfficialDocument(
                thai_digits=document.thai_digits,
                first_page_top_margin=EMBLEM_TOP,
                title=document.subject,
                author=document.issuing_office,
                demo=document.is_demo,
                protected_words=document.names(),
            )
        )

    def flowables(self) -> list[Flowable]:
        document, pdf = self.document, self.pdf
        story: list[Flowable] = [
            garuda_emblem(document.garuda_image) if document.garuda_image else Spacer(1, EMBLEM_HEIGHT),
            self._reference_and_address(),
            Spacer(1, 0.3 * self.line),
            pdf.paragraph(document.letter_date_text or " " * 30, thai_style(
                "letter-date", size=pdf.body_size, left_indent=BODY_WIDTH / 2 - 1 * cm)),
            Spacer(1, 0.3 * self.line),
            self._labelled("เรื่อง", [document.subject]),
            Spacer(1, 0.3 * self.line),
            self._labelled("เรียน", [document.addressee]),
        ]
        if document.agenda:
            story.append(self._labelled("สิ่งที่ส่งมาด้วย", ["ระเบียบวาระการประชุม จำนวน 1 ชุด"]))
        story.append(Spacer(1, 0.3 * self.line))
        first = (
            f"ด้วย{document.issuing_office}กำหนดประชุม{document.meeting_name} {document.number_label}"
            f" ใน{document.date_text} เวลา {_time(document.time_text)} ณ {document.place}"
        )
        if document.purpose.strip():
            first += f" {document.purpose.strip()}"
        story.append(pdf.paragraph(first, self.body))
        if document.reconvened_sentence.strip():
            story.append(pdf.paragraph(document.reconvened_sentence.strip(), self.body))
        closing = [
            pdf.paragraph("จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว", self.body),
            Spacer(1, 0.5 * self.line),
            pdf.paragraph("ขอแสดงความนับถือ", thai_style(
                "letter-closing", size=pdf.body_size, alignment=TA_CENTER, left_indent=BODY_WIDTH / 2)),
            *self.signature(document.signer, ""),  # one block: never a signature alone on a page
        ]
        story.append(KeepTogether(closing))
        if document.contact.strip():
            story.append(Spacer(1, self.line))
            story += [pdf.paragraph(line, self.plain) for line in _paragraphs(document.contact)]
        if document.agenda:
            story.append(PageBreak())
            story += self._agenda()
        return story

    def _reference_and_address(self) -> Table:
        document, pdf = self.document, self.pdf
        reference = pdf.paragraph(f"ที่ {document.reference_number or ' ' * 24}", self.plain)
        address = [pdf.paragraph(line, self.plain) for line in _paragraphs(document.office_address)]
        address_width = max((self.text_width(line) for line in _paragraphs(document.office_address)), default=0)
        address_width = min(max(address_width, 4 * cm), BODY_WIDTH / 2)
        table = Table([[reference, address or ""]], colWidths=[BODY_WIDTH - address_width, address_width])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def _labelled(self, label: str, lines: Sequence[str]) -> Table:
        rows = [[self.pdf.paragraph(label if index == 0 else "", self.plain), self.pdf.paragraph(line, self.plain)]
                for index, line in enumerate(lines)]
        table = Table(rows, colWidths=[LABEL_COLUMN, BODY_WIDTH - LABEL_COLUMN], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def _agenda(self) -> list[Flowable]:
        document, pdf = self.document, self.pdf
        story: list[Flowable] = [
            pdf.paragraph(f"ระเบียบวาระการประชุม{document.meeting_name}", self.title),
            pdf.paragraph(document.number_label, self.title),
            pdf.paragraph(f"{document.date_text} เวลา {_time(document.time_text)}", self.title),
            pdf.paragraph(f"ณ {document.place}", self.title),
            pdf.paragraph(HEADING_RULE, self.centered),
        ]
        for section in document.agenda:
            story.append(Spacer(1, 0.3 * self.line))
            story.append(self.section_heading(section))
            if not section.items:
                story.append(pdf.paragraph(NOTHING, self.item))
            for index, item in enumerate(section.items, start=1):
                story.append(pdf.paragraph(f"{section.number}.{index} {item.title}", self.item))
        return story


# --- the minutes -------------------------------------------------------------------------------------


class _MinutesBuilder(_Builder):
    def __init__(self, document: MinutesDocument) -> None:
        self.document = document
        super().__init__(
            OfficialDocument(
                thai_digits=document.thai_digits,
                title=f"{document.title} {document.number_label}",
                author=document.meeting_name,
                draft=not document.adopted,
                demo=document.is_demo,
                protected_words=document.names(),
            )
        )

    def flowables(self) -> list[Flowable]:
        document, pdf = self.document, self.pdf
        story: list[Flowable] = [
            pdf.paragraph(document.title, self.title),
            pdf.paragraph(document.number_label, self.title),
            pdf.paragraph(f"เมื่อ{document.date_text}", self.title),
            pdf.paragraph(f"ณ {document.place}", self.title),
            pdf.paragraph(HEADING_RULE, self.centered),
        ]
        widths = self.people_widths([*document.present, *document.absent, *document.guests])
        for heading, people in (
            ("ผู้มาประชุม", document.present),
            ("ผู้ไม่มาประชุม", document.absent),
            ("ผู้เข้าร่วมประชุม", document.guests),
        ):
            story.append(Spacer(1, 0.3 * self.line))
            story.append(self.heading(heading))
            story += self.people(people, widths)
        story.append(Spacer(1, 0.5 * self.line))
        story.append(self.heading(f"เริ่มประชุมเวลา {_time(document.start_time_text)}".rstrip()))
        story += [pdf.paragraph(text, self.body) for text in _paragraphs(document.opening)]
        for section in document.sections:
            story.append(Spacer(1, 0.4 * self.line))
            story.append(self.section_heading(section))
            if not section.items:
                story.append(pdf.paragraph(NOTHING, self.item))
            for index, item in enumerate(section.items, start=1):
                story += self._item(section, index, item)
        story.append(Spacer(1, 0.5 * self.line))
        # The closing time goes with the recorder's signature: a signature never stands alone on a page.
        end = pdf.paragraph(f"เลิกประชุมเวลา {_time(document.end_time_text)}".rstrip(), self.bold)
        blocks = [[end, *self.signature(document.recorder, "ผู้จดรายงานการประชุม")]]
        if document.checker is not None:
            blocks.append(self.signature(document.checker, "ผู้ตรวจรายงานการประชุม"))
        if document.adoption_note.strip():  # with the last signature, never alone on a page
            blocks[-1] += [Spacer(1, 0.5 * self.line), pdf.paragraph(document.adoption_note.strip(), self.plain)]
        story += [KeepTogether(block) for block in blocks]
        return story

    def _item(self, section: AgendaSectionDoc, index: int, item: AgendaItemDoc) -> list[Flowable]:
        pdf = self.pdf
        story: list[Flowable] = [self.item_title(section, index, item)]
        story += [pdf.paragraph(text, self.item_body) for text in _paragraphs(item.details)]
        story += [pdf.paragraph(text, self.item_body) for text in _paragraphs(item.minutes)]
        if item.resolution.strip():
            label = TextRun("มติที่ประชุม", bold=True)
            lines = _paragraphs(item.resolution)
            story.append(pdf.paragraph([label, TextRun(f" {lines[0]}")], self.item_body))
            story += [pdf.paragraph(text, self.item_body) for text in lines[1:]]
        for dissent in item.dissents:
            story.append(pdf.paragraph(
                [TextRun("ความเห็นแย้ง", bold=True), TextRun(f" {dissent.name}: {dissent.opinion.strip()}")],
                self.item_body))
        if item.follow_ups:
            story.append(pdf.paragraph([TextRun("การดำเนินการต่อไป", bold=True)], self.item_body))
            for number, follow_up in enumerate(item.follow_ups, start=1):
                text = f"{number}) {follow_up.action}"
                if follow_up.owner:
                    text += f" ผู้รับผิดชอบ: {follow_up.owner}"
                if follow_up.due_text:
                    text += f" กำหนดเสร็จ: {follow_up.due_text}"
                story.append(pdf.paragraph(text, thai_style(
                    "follow-up", size=pdf.body_size, left_indent=PARAGRAPH_INDENT)))
        return story


def render_invitation(document: InvitationDocument, out_path: Path) -> Path:
    """Write the invitation letter (and its agenda page) as a PDF to ``out_path``; return the path."""
    builder = _InvitationBuilder(document)
    return builder.pdf.build(builder.flowables(), Path(out_path))


def render_minutes(document: MinutesDocument, out_path: Path) -> Path:
    """Write the minutes as a PDF to ``out_path``; return the path."""
    builder = _MinutesBuilder(document)
    return builder.pdf.build(builder.flowables(), Path(out_path))
