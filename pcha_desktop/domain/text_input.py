"""What users may type into a text field: every limit in one place, and the one cleaning every service uses.

``clean_text(value, field)`` returns the text to store (spaces tidied, NFC, zero-width spaces and soft
hyphens removed) or raises ``TextInputError`` (Thai and English) for text that must not be stored:

- longer than the field's limit (the message gives the length, never the text);
- NUL and other control characters (a tab, and in single-line fields a line break, count as a space;
  multi-line fields keep their line breaks);
- bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069), which make a name
  display as something else, and lone surrogates, which SQLite cannot store;
- a value that begins with a combining mark (an upper or lower vowel or a tone mark with no consonant),
  such as a value made only of marks: it prints as dotted circles.

The limits follow the database columns where a column has one. UI line edits can use ``max_length(field)``
for their maxLength; the service checks regardless.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from pcha_desktop.domain.errors import BilingualError


@dataclass(frozen=True)
class TextField:
    label_th: str
    label_en: str
    max_length: int
    multiline: bool = False


TEXT_FIELDS: dict[str, TextField] = {
    # a person (committee members; the import's columns)
    "title": TextField("คำนำหน้า", "Title", 60),
    "first_name": TextField("ชื่อ", "First name", 100),
    "last_name": TextField("นามสกุล", "Last name", 100),
    "position": TextField("ตำแหน่ง", "Position", 200),
    "organisation": TextField("หน่วยงาน", "Organisation", 200),
    "phone": TextField("โทรศัพท์", "Phone", 40),
    "email": TextField("อีเมล", "E-mail", 200),
    "full_name": TextField("ชื่อ-สกุล", "Full name", 300),  # an import column, split into the above
    # committees and issues (a subcommittee's name is made from the title: 200 leaves room in 300)
    "committee_name": TextField("ชื่อคณะกรรมการ", "Committee name", 300),
    "issue_title": TextField("ชื่อประเด็น", "Issue title", 200),
    # the district profile and the user
    "province_name": TextField("ชื่อจังหวัด", "Province name", 100),
    "district_name": TextField("ชื่ออำเภอ", "District name", 100),
    "office_name": TextField("ชื่อหน่วยงาน", "Office name", 200),
    "district_chief_name": TextField("ชื่อนายอำเภอ", "District chief's name", 200),
    "secretary_name": TextField("ชื่อเลขานุการ", "Secretary's name", 200),
    "provincial_office_email": TextField("อีเมลสำนักงานสาธารณสุขจังหวัด", "Provincial office e-mail", 200),
    "user_name": TextField("ชื่อผู้ใช้", "User name", 100),
    # tambon committees and visits
    "chair_name": TextField("ชื่อประธาน", "Chair's name", 200),
    "chair_position": TextField("ตำแหน่งประธาน", "Chair's position", 200),
    "team_members": TextField("ทีมที่ลงพื้นที่", "Team", 2_000, multiline=True),
    "findings": TextField("ผลการลงพื้นที่", "Findings", 10_000, multiline=True),
    "follow_ups": TextField("เรื่องที่ต้องติดตาม", "Follow-ups", 10_000, multiline=True),
    "photo_caption": TextField("คำอธิบายภาพ", "Photo caption", 300),
    # appointment orders
    "subject": TextField("เรื่อง", "Subject", 500),
    "preamble": TextField("ข้อความนำ", "Preamble", 5_000, multiline=True),
    "cancellation_text": TextField("ข้อความยกเลิกคำสั่งเดิม", "Cancellation clause", 1_000, multiline=True),
    "duties_heading": TextField("หัวข้ออำนาจหน้าที่", "Duties heading", 300),
    "duty": TextField("อำนาจหน้าที่", "Duty", 1_000),
    "effective_clause": TextField("วันที่มีผล", "Effective clause", 500),
    "signer_name": TextField("ชื่อผู้ลงนาม", "Signer's name", 200),
    "signer_position": TextField("ตำแหน่งผู้ลงนาม", "Signer's position", 300),
    # the year's issues: goals, KPIs, the One Plan, notable work
    "situation_analysis": TextField("การวิเคราะห์สถานการณ์", "Situation analysis", 20_000, multiline=True),
    "obstacles": TextField("ปัญหาอุปสรรค", "Obstacles", 10_000, multiline=True),
    "suggestions": TextField("ข้อเสนอแนะ", "Suggestions", 10_000, multiline=True),
    # reports (issue 11): a period's free text
    "report_situation": TextField("สถานการณ์และสภาพปัญหา", "Situation and problems", 20_000, multiline=True),
    "support_requested": TextField("ความต้องการสนับสนุน", "Support requested", 10_000, multiline=True),
    "target_group_label": TextField("รายละเอียดกลุ่มเป้าหมาย", "Target group detail", 200),
    "objective": TextField("วัตถุประสงค์", "Objective", 500),
    "key_result": TextField("ผลลัพธ์หลัก", "Key result", 500),
    "kpi_name": TextField("ชื่อตัวชี้วัด", "KPI name", 300),
    "kpi_unit": TextField("หน่วยนับ", "Unit", 60),
    "activity_name": TextField("ชื่อกิจกรรม/โครงการ", "Activity name", 300),
    "agency": TextField("หน่วยงาน/ภาคี", "Agency or partner", 200),
    "indicator": TextField("ตัวชี้วัดของโครงการ", "Project indicator", 500),
    "activity_result": TextField("ผลการดำเนินงาน", "Result", 500),
    "resource_description": TextField("รายละเอียดทรัพยากร", "Resource description", 500),
    "notable_work_title": TextField("ชื่อผลงานเด่น", "Notable work title", 300),
    "notable_work_description": TextField("รายละเอียดผลงานเด่น", "Notable work description", 10_000, multiline=True),
    "step_note": TextField("บันทึกของขั้นตอน", "Note on the step", 2_000, multiline=True),
    # UCCARE assessments
    "uccare_participants": TextField("ผู้เข้าร่วมประเมิน", "Participants", 10_000, multiline=True),
    "uccare_evidence": TextField("หลักฐาน", "Evidence", 2_000, multiline=True),
    "uccare_note": TextField("หมายเหตุ", "Note", 5_000, multiline=True),
    # meetings and workshops
    "meeting_title": TextField("ชื่อการประชุม", "Meeting name", 300),
    "place": TextField("สถานที่", "Place", 300),
    "person_name": TextField("ชื่อ-สกุล", "Name", 200),
    "person_position": TextField("ตำแหน่ง", "Position", 300),
    "invitation_reference": TextField("เลขที่หนังสือเชิญ", "Invitation reference", 100),
    "agenda_title": TextField("เรื่อง", "Agenda item", 500),
    "agenda_details": TextField("รายละเอียดวาระ", "Agenda details", 20_000, multiline=True),
    "minutes": TextField("บันทึกการประชุม", "Minutes", 50_000, multiline=True),
    "resolution": TextField("มติที่ประชุม", "Resolution", 10_000, multiline=True),
    "dissent_opinion": TextField("ความเห็นแย้ง", "Dissenting opinion", 5_000, multiline=True),
    "dissent_reason": TextField("เหตุผล", "Reason", 5_000, multiline=True),
    "absence_reason": TextField("เหตุผลที่ไม่มาประชุม", "Reason for absence", 300),
    "follow_up": TextField("สิ่งที่ต้องดำเนินการ", "Follow-up action", 5_000, multiline=True),
    "follow_up_owner": TextField("ผู้รับผิดชอบ", "Owner", 300),
    "follow_up_outcome": TextField("ผลการดำเนินการ", "Outcome", 5_000, multiline=True),
    "amendments": TextField("การแก้ไขรายงานการประชุม", "Amendments", 10_000, multiline=True),
    "meeting_notes": TextField("หมายเหตุ", "Notes", 5_000, multiline=True),
    "document_caption": TextField("ชื่อเอกสาร", "Document name", 300),
    "workshop_title": TextField("ชื่อการประชุมเชิงปฏิบัติการ/อบรม", "Workshop title", 300),
    "workshop_topic": TextField("หัวข้อ", "Topic", 5_000, multiline=True),
    "organiser": TextField("ผู้จัด", "Organiser", 300),
    "workshop_outcomes": TextField("ผลที่ได้", "Outcomes", 10_000, multiline=True),
}

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"))  # zero-width spaces, BOM, soft hyphen
_SPACES_IN_LINES = frozenset("\t\n\r")  # whitespace a paste brings: never refused, tidied instead


class TextInputError(BilingualError):
    """Text that may not be stored in ``field``; nothing was changed."""

    def __init__(self, field: str, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.field = field
        self.message_th = message_th
        self.message_en = message_en


def text_field(field: str) -> TextField:
    return TEXT_FIELDS[field]


def max_length(field: str) -> int:
    """The most characters ``field`` may hold (for a line edit's maxLength)."""
    return TEXT_FIELDS[field].max_length


def refused_character(value: str) -> str | None:
    """The first character that may never be stored (a control or bidirectional control character, a lone
    surrogate), or None. Also tells whether a value is safe to show inside a message."""
    for character in value:
        if character in _SPACES_IN_LINES:
            continue
        if character in BIDI_CONTROLS:
            return character
        category = unicodedata.category(character)
        if category in ("Cc", "Cs"):
            return character
    return None


def _code(character: str) -> str:
    return f"U+{ord(character):04X}"


def _character_name(character: str) -> str:
    name = unicodedata.name(character, "")
    return f"{_code(character)} {name}" if name else _code(character)


def _tidy(value: str, multiline: bool) -> str:
    value = unicodedata.normalize("NFC", value.translate(_INVISIBLE))
    if not multiline:
        return " ".join(value.split())
    lines = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    # every line's trailing white space (no-break and ideographic spaces too) and the text's blank edges go
    return "\n".join(line.replace("\t", " ").rstrip() for line in lines.split("\n")).strip()


def clean_text(value: str, field: str) -> str:
    """The text as it would be stored, or TextInputError saying why it cannot be (see the module)."""
    spec = TEXT_FIELDS[field]
    if not isinstance(value, str):
        raise TypeError(f"{field}: text expected, got {type(value).__name__}")
    refused = refused_character(value)
    if refused is not None:
        what_th, what_en = (
            ("อักขระควบคุมทิศทางข้อความ", "a text-direction control character")
            if refused in BIDI_CONTROLS
            else ("อักขระควบคุมที่พิมพ์ไม่ได้", "a control character")
        )
        raise TextInputError(
            field,
            f"{spec.label_th}มี{what_th} ({_code(refused)}) ซึ่งบันทึกไม่ได้ กรุณาพิมพ์ใหม่",
            f"{spec.label_en} contains {what_en} ({_character_name(refused)}), which cannot be saved; please"
            " retype it",
        )
    text = _tidy(value, spec.multiline)
    if len(text) > spec.max_length:
        raise TextInputError(
            field,
            f"{spec.label_th}ยาว {len(text):,} ตัวอักษร เกินที่รับได้ {spec.max_length:,} ตัวอักษร",
            f"{spec.label_en} is {len(text):,} characters long, more than the {spec.max_length:,} allowed",
        )
    if text and unicodedata.category(text[0]).startswith("M"):
        raise TextInputError(
            field,
            f"{spec.label_th}ขึ้นต้นด้วยสระหรือวรรณยุกต์ที่ไม่มีพยัญชนะ ({_code(text[0])})"
            " กรุณาตรวจสอบการพิมพ์",
            f"{spec.label_en} begins with a vowel or tone mark without a consonant"
            f" ({_character_name(text[0])}); please check the typing",
        )
    return text

