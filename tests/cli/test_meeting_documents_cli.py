"""`pcha invitation-pdf`, `pcha minutes-pdf` and `pcha minutes-email` on the demo: the documents say what the
database holds (every attendee, substitutes marked แทน, reasons, resolutions, dissent), pass the readers'
check, and the e-mail draft goes to the district's provincial office with the minutes attached. A bad
meeting id is a bilingual refusal with no file written."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from email import policy
from email.parser import BytesParser
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from pcha_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, main
from pcha_desktop.domain.meetings import AttendanceStatus
from pcha_desktop.domain.thai_calendar import to_thai_digits
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.services.district_profile import update_profile_field
from pcha_desktop.services.meetings import MeetingView, meeting_view, year_overview

CHECKER = next(
    (folder / "shared" / "tools" / "thai-pdf-check" for folder in Path(__file__).resolve().parents
     if (folder / "shared" / "tools" / "thai-pdf-check").exists()),
    Path("thai-pdf-check-not-found"),
)
SPACES = re.compile(r"\s+")


@pytest.fixture(scope="module")
def district_meetings(demo_dir) -> list[MeetingView]:
    with open_data_folder(demo_dir, create=False) as folder:
        overview = year_overview(folder.database, 2564)
        ids = [s.id for s in overview.meetings if s.committee_id == overview.district_committee_id]
        return [meeting_view(folder.database, meeting_id) for meeting_id in ids]


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def squeeze(text: str) -> str:
    return SPACES.sub("", text)


def pages_of(path: Path | bytes) -> list[str]:
    source = BytesIO(path) if isinstance(path, bytes) else str(path)
    return [page.extract_text() or "" for page in pypdf.PdfReader(source).pages]


def test_minutes_pdf_holds_what_the_database_holds(capsys, demo_dir, district_meetings, tmp_path) -> None:
    view = district_meetings[0]  # 1/2564: a substitute, an excused member, an absent one, adopted later
    out = tmp_path / "minutes.pdf"
    code, stdout, _ = run(capsys, "minutes-pdf", "--meeting", str(view.summary.id), "--out", str(out),
                          "--data-dir", str(demo_dir))
    assert code == EXIT_OK and str(out) in stdout and "ครั้งที่ 1/2564" in stdout
    pages = pages_of(out)
    text = squeeze("".join(pages))
    assert squeeze("รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต") in text
    assert squeeze("ครั้งที่ 1/2564") in text and squeeze("เมื่อวันจันทร์ที่ 16 พฤศจิกายน พ.ศ. 2563") in text
    present_part, _, absent_part = text.partition("ผู้ไม่มาประชุม")
    for row in view.attendance:
        if row.status is AttendanceStatus.PRESENT:
            assert squeeze(row.full_name + row.position) in present_part
        elif row.status is AttendanceStatus.REPRESENTED:
            assert squeeze(f"{row.substitute_name}{row.substitute_position}แทน{row.position}") in present_part
            assert squeeze(row.full_name) not in present_part
        else:
            assert squeeze(row.full_name + row.position + row.absence_reason) in absent_part
    for item in view.agenda:
        assert squeeze(item.title) in text
        for resolution in item.resolutions:
            assert squeeze(resolution.text) in text
    assert squeeze("เลิกประชุมเวลา") in text and squeeze(f"({view.minutes_taker_name})") in text
    assert view.summary.minutes_adopted and not any("ร่าง" in page for page in pages)


def test_minutes_not_yet_adopted_say_draft_and_show_the_dissent(capsys, demo_dir, district_meetings,
                                                                tmp_path) -> None:
    with_dissent = next(view for view in district_meetings
                        if any(r.dissents for item in view.agenda for r in item.resolutions))
    out = tmp_path / "dissent.pdf"
    assert run(capsys, "minutes-pdf", "--meeting", str(with_dissent.summary.id), "--out", str(out),
               "--data-dir", str(demo_dir))[0] == EXIT_OK
    dissent = next(d for item in with_dissent.agenda for r in item.resolutions for d in r.dissents)
    text = squeeze("".join(pages_of(out)))
    assert squeeze(f"ความเห็นแย้ง {dissent.member_name}") in text and squeeze(dissent.reason) in text
    last = district_meetings[-1]
    assert not last.summary.minutes_adopted
    out = tmp_path / "draft.pdf"
    assert run(capsys, "minutes-pdf", "--meeting", str(last.summary.id), "--out", str(out),
               "--data-dir", str(demo_dir))[0] == EXIT_OK
    assert all("ร่าง" in page for page in pages_of(out))


@pytest.mark.skipif(not CHECKER.exists() or shutil.which("pdftotext") is None, reason="thai-pdf-check not here")
def test_demo_minutes_and_invitation_pass_the_readers_check(capsys, demo_dir, district_meetings, tmp_path) -> None:
    view = district_meetings[0]
    out = tmp_path / "minutes.pdf"
    assert run(capsys, "minutes-pdf", "--meeting", str(view.summary.id), "--out", str(out),
               "--data-dir", str(demo_dir))[0] == EXIT_OK
    arguments = [str(CHECKER), str(out), "--exact", "--need", "รายงานการประชุม", "--need", "ผู้มาประชุม",
                 "--need", "อำเภอเมืองภูเก็ต"]
    for row in view.attendance:
        arguments += ["--unbroken", row.substitute_name or row.full_name]
    result = subprocess.run(arguments, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    out = tmp_path / "invitation.pdf"
    assert run(capsys, "invitation-pdf", "--meeting", str(view.summary.id), "--out", str(out),
               "--data-dir", str(demo_dir))[0] == EXIT_OK
    result = subprocess.run([str(CHECKER), str(out), "--exact", "--need", "ขอเชิญประชุม", "--need",
                             "ระเบียบวาระการประชุม", "--unbroken", view.chair_name], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_reconvened_meetings_invitation_states_the_one_third_rule(capsys, demo_dir, district_meetings,
                                                                      tmp_path) -> None:
    reconvened = next(view for view in district_meetings if view.invitation_states_third_rule)
    adjourned = reconvened.adjourned_meeting
    assert adjourned is not None
    out = tmp_path / "invitation.pdf"
    code, stdout, _ = run(capsys, "invitation-pdf", "--meeting", str(reconvened.summary.id), "--out", str(out),
                          "--data-dir", str(demo_dir), "--thai-digits")
    assert code == EXIT_OK
    pages = pages_of(out)
    letter = squeeze(pages[0])
    assert squeeze("หนึ่งในสามของจำนวนกรรมการทั้งหมด") in letter
    assert squeeze("เลื่อนมาจากการประชุม ครั้งที่ ๓/๒๕๖๔") in letter
    assert not re.search(r"[0-9]", "".join(pages))  # Thai digits throughout
    agenda = squeeze("".join(pages[1:]))
    for item in reconvened.agenda:  # the agenda page lists every item
        assert squeeze(to_thai_digits(item.title)) in agenda
    ordinary = district_meetings[1]
    out = tmp_path / "ordinary.pdf"
    assert run(capsys, "invitation-pdf", "--meeting", str(ordinary.summary.id), "--out", str(out),
               "--data-dir", str(demo_dir))[0] == EXIT_OK
    assert squeeze("หนึ่งในสาม") not in squeeze("".join(pages_of(out)))


def test_minutes_email_is_an_unsent_draft_to_the_province_with_the_minutes(capsys, demo_dir, district_meetings,
                                                                           tmp_path) -> None:
    view = district_meetings[1]
    out = tmp_path / "to-province.eml"
    code, stdout, _ = run(capsys, "minutes-email", "--meeting", str(view.summary.id), "--out", str(out),
                          "--data-dir", str(demo_dir))
    assert code == EXIT_OK and str(out) in stdout
    message = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "phuket.dhs@example.go.th"
    assert "phuket.dhs@example.go.th" in stdout
    assert message["Subject"] == "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต ครั้งที่ 2/2564"
    body = message.get_body(("plain",)).get_content()
    assert "ครั้งที่ 2/2564" in body and "เรียน นายแพทย์สาธารณสุขจังหวัดภูเก็ต" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "รายงานการประชุม ครั้งที่ 2-2564 คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต.pdf"
    pdf = attachment.get_content()
    assert pdf.startswith(b"%PDF")
    assert squeeze("ครั้งที่ 2/2564") in squeeze("".join(pages_of(pdf)))


def test_without_a_provincial_email_the_draft_leaves_the_recipient_to_the_user(capsys, tmp_path) -> None:
    data_dir = tmp_path / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, date(2025, 1, 10))
        update_profile_field(folder.database, "provincial_office_email", "", "ทดสอบ")
        meeting_id = year_overview(folder.database, 2564).meetings[0].id
    out = tmp_path / "d.eml"
    code, stdout, _ = run(capsys, "minutes-email", "--meeting", str(meeting_id), "--out", str(out),
                          "--data-dir", str(data_dir))
    assert code == EXIT_OK and "กรอกผู้รับ" in stdout and "type the recipient" in stdout
    assert BytesParser(policy=policy.default).parsebytes(out.read_bytes())["To"] is None


@pytest.mark.parametrize("command,suffix", [("minutes-pdf", ".pdf"), ("invitation-pdf", ".pdf"),
                                            ("minutes-email", ".eml")])
def test_a_meeting_that_does_not_exist_is_refused_in_both_languages(capsys, demo_dir, tmp_path, command,
                                                                    suffix) -> None:
    out = tmp_path / f"x{suffix}"
    code, stdout, stderr = run(capsys, command, "--meeting", "9999", "--out", str(out), "--data-dir", str(demo_dir))
    assert code == EXIT_BAD_INPUT
    assert "ไม่พบการประชุมหมายเลข 9999" in stderr and "No meeting #9999" in stderr
    assert "Traceback" not in stderr + stdout
    assert not out.exists()
