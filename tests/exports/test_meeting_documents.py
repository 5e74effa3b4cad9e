"""The invitation letter and the minutes as PDFs: parts in the official order, the text as the data has it,
names whole, the draft mark until adopted, Thai digits, long attendance lists over numbered pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from pcha_desktop.exports.meeting_documents import (
    AgendaItemDoc,
    AgendaSectionDoc,
    Attendee,
    Dissent,
    FollowUpLine,
    InvitationDocument,
    MinutesDocument,
    Signer,
    render_invitation,
    render_minutes,
)
from pcha_desktop.exports.pdf.official_document import page_number_text

CHECKER = next(
    (folder / "shared" / "tools" / "thai-pdf-check" for folder in Path(__file__).resolve().parents
     if (folder / "shared" / "tools" / "thai-pdf-check").exists()),
    Path("thai-pdf-check-not-found"),
)
"""../shared beside the checkout (or beside the worktrees' folder)."""
ARABIC_DIGIT = re.compile(r"[0-9]")
TITLES = ("นาย", "นาง", "นางสาว", "พันตำรวจเอก", "นายแพทย์", "ว่าที่ร้อยตรี")
GIVEN = ("ศุภลักษณ์", "รักถิ่น", "สมศักดิ์", "พรทิพย์", "ธนากร", "จันทร์เพ็ญ", "อับดุลเลาะ")
SURNAMES = ("ศรีสมบูรณ์วัฒนากุล", "ทองประเสริฐ", "หลีกภัย", "ใจงาม", "บุญประคอง", "วงศ์สวัสดิ์")
POSITIONS = (
    "นายกเทศมนตรีตำบลราไวย์",
    "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเกาะ",
    "ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)",
    "สาธารณสุขอำเภอเมืองภูเก็ต",
    "กำนันตำบลฉลอง",
)
MEETING = "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต"
SUBSTITUTE = "นายธนากร ปั้นฟื้นที่นี่"
DISSENTER = "นางสาวผ่องศรี ฟ้าใส"
THIRD_RULE = (
    "หากการประชุมครั้งนี้ไม่ครบองค์ประชุม การประชุมครั้งต่อไปภายในสิบสี่วันจะต้องมีกรรมการมาประชุม"
    "ไม่น้อยกว่าหนึ่งในสามของจำนวนกรรมการทั้งหมด จึงจะเป็นองค์ประชุม"
)


def _name(index: int) -> str:
    return f"{TITLES[index % len(TITLES)]}{GIVEN[index % len(GIVEN)]} {SURNAMES[index % len(SURNAMES)]} {index + 1}"


def _sections() -> tuple[AgendaSectionDoc, ...]:
    return (
        AgendaSectionDoc(1, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", (
            AgendaItemDoc("การขับเคลื่อนนโยบาย ปีงบประมาณ 2564",
                          details="จังหวัดกำหนดให้ทุกอำเภอประชุมอย่างน้อย 4 ครั้งต่อปี", resolution="รับทราบ"),
        )),
        AgendaSectionDoc(2, "เรื่องรับรองรายงานการประชุม", (
            AgendaItemDoc("รับรองรายงานการประชุม ครั้งที่ 1/2564", resolution="รับรองโดยไม่มีการแก้ไข"),
        )),
        AgendaSectionDoc(3, "เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว", (
            AgendaItemDoc("ติดตามการคัดแยกขยะต้นทาง", minutes="ดำเนินการแล้วร้อยละ 60", resolution="ให้ติดตามต่อ",
                          follow_ups=(FollowUpLine("รายงานผลครบทุกหมู่บ้าน", "เทศบาลตำบลราไวย์", "31 มีนาคม 2564"),)),
        )),
        AgendaSectionDoc(4, "เรื่องเพื่อพิจารณา", (
            AgendaItemDoc("แผนดูแลผู้สูงอายุติดบ้านติดเตียง", details="งบประมาณ 250,000 บาท",
                          resolution="เห็นชอบแผน", dissents=(Dissent(DISSENTER, "งบประมาณไม่เพียงพอ"),)),
        )),
        AgendaSectionDoc(5, "เรื่องอื่น ๆ", ()),
    )


def _minutes(present: int = 12, **overrides: object) -> MinutesDocument:
    people = tuple(
        Attendee(_name(i), POSITIONS[i % len(POSITIONS)], note="ประธานกรรมการ" if i == 0 else "กรรมการ")
        for i in range(present)
    )
    people += (Attendee(SUBSTITUTE, "ปลัดอำเภอ", stands_in_for="นายอำเภอเมืองภูเก็ต"),)
    values: dict[str, object] = dict(
        meeting_name=MEETING,
        number_label="ครั้งที่ 2/2564",
        date_text="วันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564",
        place="ห้องประชุมที่ว่าการอำเภอเมืองภูเก็ต",
        present=people,
        absent=(Attendee(DISSENTER, "พัฒนาการอำเภอ", note="ติดราชการ"),),
        guests=(Attendee("นายปกรณ์ ช่วยชาติ", "นักวิชาการสาธารณสุข"),),
        start_time_text="09.30",
        opening="เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดประชุม",
        sections=_sections(),
        end_time_text="12.00",
        recorder=Signer("นางสาวพรทิพย์ ใจงาม", "นักวิชาการสาธารณสุขชำนาญการ"),
        checker=Signer("นายสมศักดิ์ ทองประเสริฐ", "สาธารณสุขอำเภอเมืองภูเก็ต"),
    )
    values.update(overrides)
    return MinutesDocument(**values)  # type: ignore[arg-type]


def _invitation(**overrides: object) -> InvitationDocument:
    values: dict[str, object] = dict(
        issuing_office="อำเภอเมืองภูเก็ต",
        meeting_name=MEETING,
        number_label="ครั้งที่ 2/2564",
        date_text="วันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564",
        time_text="09.30",
        place="ห้องประชุมที่ว่าการอำเภอเมืองภูเก็ต",
        addressee=f"{MEETING} ทุกท่าน",
        letter_date_text="7 มกราคม 2564",
        reference_number="ภก 0118/ว 12",
        office_address="ที่ว่าการอำเภอเมืองภูเก็ต\nถนนนริศร ภก 83000",
        agenda=_sections(),
        signer=Signer("นายวิชัย ปั้นฟื้นที่นี่", "นายอำเภอเมืองภูเก็ต"),
        contact="สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต\nโทร. 0 7621 1234",
    )
    values.update(overrides)
    return InvitationDocument(**values)  # type: ignore[arg-type]


def _in_order(pdf, text: str, parts: list[str]) -> None:  # noqa: ANN001
    position = 0
    for part in parts:
        found = text.find(pdf.squeeze(part), position)
        assert found >= 0, part
        position = found + 1


def test_minutes_parts_come_in_the_official_order(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    document = _minutes()
    text = pdf.squeeze(pdf.pypdf_text(render_minutes(document, tmp_path / "minutes.pdf")))
    _in_order(pdf, text, [
        f"รายงานการประชุม{MEETING}", "ครั้งที่ 2/2564", "เมื่อวันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564",
        "ณ ห้องประชุมที่ว่าการอำเภอเมืองภูเก็ต",
        "ผู้มาประชุม", "1.", _name(0), POSITIONS[0], "ประธานกรรมการ", _name(11),
        SUBSTITUTE, "ปลัดอำเภอ", "แทน นายอำเภอเมืองภูเก็ต",
        "ผู้ไม่มาประชุม", DISSENTER, "พัฒนาการอำเภอ", "ติดราชการ",
        "ผู้เข้าร่วมประชุม", "นายปกรณ์ ช่วยชาติ",
        "เริ่มประชุมเวลา 09.30 น.", "เมื่อครบองค์ประชุมแล้ว",
        "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "1.1 การขับเคลื่อนนโยบาย", "มติที่ประชุม รับทราบ",
        "ระเบียบวาระที่ 2", "2.1 รับรองรายงานการประชุม ครั้งที่ 1/2564", "รับรองโดยไม่มีการแก้ไข",
        "ระเบียบวาระที่ 3", "ดำเนินการแล้วร้อยละ 60", "ให้ติดตามต่อ", "รายงานผลครบทุกหมู่บ้าน", "31 มีนาคม 2564",
        "ระเบียบวาระที่ 4", "มติที่ประชุม เห็นชอบแผน", "ความเห็นแย้ง", DISSENTER, "งบประมาณไม่เพียงพอ",
        "ระเบียบวาระที่ 5 เรื่องอื่น ๆ", "- ไม่มี -",
        "เลิกประชุมเวลา 12.00 น.",
        "ผู้จดรายงานการประชุม", "(นางสาวพรทิพย์ ใจงาม)", "นักวิชาการสาธารณสุขชำนาญการ",
        "ผู้ตรวจรายงานการประชุม", "(นายสมศักดิ์ ทองประเสริฐ)",
    ])
    assert not pdf.has_private_use(text)


@pytest.mark.skipif(not CHECKER.exists() or shutil.which("pdftotext") is None, reason="thai-pdf-check not here")
def test_minutes_and_invitation_pass_the_readers_check(tmp_path: Path) -> None:
    minutes = render_minutes(_minutes(40), tmp_path / "minutes.pdf")
    arguments = [str(CHECKER), str(minutes), "--exact", "--need", "รายงานการประชุม", "--need", "มติที่ประชุม",
                 "--need", "อำเภอเมืองภูเก็ต", "--need", "ผู้ตรวจรายงานการประชุม"]
    for name in (SUBSTITUTE, DISSENTER, _name(3), _name(6), "นางสาวพรทิพย์ ใจงาม"):
        arguments += ["--unbroken", name]
    result = subprocess.run(arguments, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    invitation = render_invitation(_invitation(reconvened_sentence=THIRD_RULE), tmp_path / "invitation.pdf")
    result = subprocess.run([str(CHECKER), str(invitation), "--exact", "--need", "ขอเชิญประชุม", "--need",
                             "หนึ่งในสาม", "--need", "ระเบียบวาระการประชุม", "--unbroken", "นายวิชัย ปั้นฟื้นที่นี่",
                             "--unbroken", "2/2564"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_many_attendees_cross_pages_numbered_and_whole(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    document = _minutes(90)
    pages = pdf.page_texts(render_minutes(document, tmp_path / "minutes.pdf"))
    assert len(pages) >= 4
    for number, page in enumerate(pages[1:], start=2):
        assert page_number_text(number, thai_digits=False) in page
    whole = pdf.squeeze("".join(pages))
    for index in range(90):  # every name once, in order, none cut
        assert whole.count(pdf.squeeze(_name(index)) + pdf.squeeze(POSITIONS[index % len(POSITIONS)])) == 1
    _in_order(pdf, whole, [_name(index) for index in range(90)] + ["ผู้ไม่มาประชุม", "เลิกประชุมเวลา"])


def test_draft_mark_on_every_page_until_adopted(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    draft = pdf.page_texts(render_minutes(_minutes(60), tmp_path / "draft.pdf"))
    assert len(draft) >= 2 and all("ร่าง" in page for page in draft)
    adopted = _minutes(60, adopted=True, adoption_note="ที่ประชุมรับรองในการประชุมครั้งที่ 3/2564")
    pages = pdf.page_texts(render_minutes(adopted, tmp_path / "adopted.pdf"))
    assert not any("ร่าง" in page for page in pages)
    assert pdf.squeeze("ที่ประชุมรับรองในการประชุมครั้งที่ 3/2564") in pdf.squeeze(pages[-1])


def test_thai_digits_option_reaches_every_number(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    minutes = pdf.pypdf_text(render_minutes(_minutes(60, thai_digits=True), tmp_path / "minutes.pdf"))
    assert "ครั้งที่ ๒/๒๕๖๔" in minutes and "- ๒ -" in minutes and "๐๙.๓๐" in minutes
    assert not ARABIC_DIGIT.search(minutes)
    invitation = pdf.pypdf_text(render_invitation(_invitation(thai_digits=True), tmp_path / "invitation.pdf"))
    assert "๗ มกราคม ๒๕๖๔" in invitation
    assert not ARABIC_DIGIT.search(invitation)


def test_invitation_letter_then_its_agenda(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    document = _invitation(purpose="เพื่อพิจารณาแผนพัฒนาคุณภาพชีวิต", reconvened_sentence=THIRD_RULE)
    pages = pdf.page_texts(render_invitation(document, tmp_path / "invitation.pdf"))
    letter = pdf.squeeze(pages[0])
    _in_order(pdf, letter, [
        "ที่ ภก 0118/ว 12", "ที่ว่าการอำเภอเมืองภูเก็ต", "7 มกราคม 2564",
        f"เรื่อง ขอเชิญประชุม{MEETING} ครั้งที่ 2/2564", f"เรียน {MEETING} ทุกท่าน",
        "สิ่งที่ส่งมาด้วย ระเบียบวาระการประชุม จำนวน 1 ชุด",
        f"ด้วยอำเภอเมืองภูเก็ตกำหนดประชุม{MEETING} ครั้งที่ 2/2564 ในวันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564"
        " เวลา 09.30 น. ณ ห้องประชุมที่ว่าการอำเภอเมืองภูเก็ต เพื่อพิจารณาแผนพัฒนาคุณภาพชีวิต",
        THIRD_RULE, "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุม", "ขอแสดงความนับถือ", "(นายวิชัย ปั้นฟื้นที่นี่)",
        "นายอำเภอเมืองภูเก็ต", "โทร. 0 7621 1234",
    ])
    assert "ระเบียบวาระที่" not in letter  # the agenda is a page of its own
    agenda = pdf.squeeze("".join(pages[1:]))
    _in_order(pdf, agenda, [
        f"ระเบียบวาระการประชุม{MEETING}", "ระเบียบวาระที่ 1", "1.1 การขับเคลื่อนนโยบาย",
        "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา", "4.1 แผนดูแลผู้สูงอายุติดบ้านติดเตียง", "ระเบียบวาระที่ 5", "- ไม่มี -",
    ])
    assert "มติที่ประชุม" not in agenda  # an invitation carries no resolutions


def test_the_meetings_number_never_breaks_in_thai_digits_either(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    for cut in range(0, 12, 2):  # names of several lengths put the number at the end of a line
        document = _invitation(meeting_name=MEETING[: len(MEETING) - cut], thai_digits=True, agenda=())
        lines = pdf.pypdf_text(render_invitation(document, tmp_path / f"{cut}.pdf")).splitlines()
        assert sum("๒/๒๕๖๔" in line for line in lines) == 2, lines  # subject and body, each whole
        assert not any(line.rstrip().endswith("/") for line in lines)


def test_section_79_sentence_only_when_asked(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    text = pdf.squeeze(pdf.pypdf_text(render_invitation(_invitation(), tmp_path / "plain.pdf")))
    assert pdf.squeeze("หนึ่งในสาม") not in text
    assert pdf.squeeze("จึงเรียนมาเพื่อโปรดเข้าร่วมประชุม") in text


def test_an_invitation_without_number_or_date_leaves_room_to_write_them(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    document = replace(_invitation(), reference_number="", letter_date_text="", agenda=())
    pages = pdf.page_texts(render_invitation(document, tmp_path / "blank.pdf"))
    assert len(pages) == 1  # no agenda page, and no enclosure line
    assert "สิ่งที่ส่งมาด้วย" not in pages[0]
    assert pdf.squeeze("ขอเชิญประชุม") in pdf.squeeze(pages[0])
