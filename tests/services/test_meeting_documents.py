"""From the database to the documents' data: who attended and how, what the quorum was, what the
reconvened meeting's invitation must say, and the e-mail's Thai subject and body."""

from __future__ import annotations

from datetime import date, time

from pcha_desktop.domain.meetings import AttendanceStatus
from pcha_desktop.services import meeting_documents as documents
from pcha_desktop.services.meetings import meeting_view, year_overview


def _district_meetings(database) -> list[int]:  # noqa: ANN001
    overview = year_overview(database, 2564)
    return [s.id for s in overview.meetings if s.committee_id == overview.district_committee_id]


def test_the_date_and_time_as_official_documents_write_them() -> None:
    assert documents.meeting_date_text(date(2021, 2, 15)) == "วันจันทร์ที่ 15 กุมภาพันธ์ พ.ศ. 2564"
    assert documents.meeting_date_text(date(2021, 1, 14)) == "วันพฤหัสบดีที่ 14 มกราคม พ.ศ. 2564"
    assert documents.clock_text(time(9, 5)) == "09.05" and documents.clock_text(None) == ""


def test_minutes_list_everyone_as_they_attended(demo_folder) -> None:  # noqa: ANN001
    database = demo_folder.database
    first = _district_meetings(database)[0]
    view = meeting_view(database, first)
    minutes = documents.minutes_document(database, first)
    represented = [row for row in view.attendance if row.status is AttendanceStatus.REPRESENTED]
    attending = [row for row in view.attendance if row.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)]
    assert len(minutes.present) == len(attending) and represented
    substitute = next(person for person in minutes.present if person.stands_in_for)
    assert (substitute.name, substitute.stands_in_for) == (represented[0].substitute_name, represented[0].position)
    assert len(minutes.absent) == len(view.attendance) - len(attending)
    assert all(person.note for person in minutes.absent
               if any(row.full_name == person.name and row.status is AttendanceStatus.ABSENT_WITH_NOTICE
                      for row in view.attendance))
    assert minutes.number_label == "ครั้งที่ 1/2564" and minutes.adopted
    assert "ครบองค์ประชุม" in minutes.opening and "ไม่ครบ" not in minutes.opening
    assert [section.number for section in minutes.sections] == [1, 2, 3, 4, 5]


def test_a_meeting_without_quorum_says_so_and_the_reconvened_one_names_the_third(demo_folder) -> None:  # noqa: ANN001
    database = demo_folder.database
    ids = _district_meetings(database)
    without = documents.minutes_document(database, ids[2])
    assert "ไม่ครบองค์ประชุม" in without.opening
    reconvened = documents.minutes_document(database, ids[3])
    assert "หนึ่งในสาม" in reconvened.opening and "ไม่ครบ" not in reconvened.opening
    invitation = documents.invitation_document(demo_folder.workspace, ids[3])
    assert "ครั้งที่ 3/2564" in invitation.reconvened_sentence and "หนึ่งในสาม" in invitation.reconvened_sentence
    assert documents.invitation_document(demo_folder.workspace, ids[1]).reconvened_sentence == ""
    last = documents.minutes_document(database, ids[-1])
    assert not last.adopted and last.adoption_note == ""


def test_the_email_names_the_meeting_in_thai(demo_folder, tmp_path) -> None:  # noqa: ANN001
    second = _district_meetings(demo_folder.database)[1]
    draft = documents.write_minutes_email(demo_folder.workspace, second, tmp_path)
    assert draft.path.parent == tmp_path and draft.path.suffix == ".eml"
    assert draft.subject == "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต ครั้งที่ 2/2564"
    assert draft.recipient == "phuket.dhs@example.go.th"
    subject, body = documents.minutes_email_text(meeting_view(demo_folder.database, second), "เมืองภูเก็ต", "ภูเก็ต",
                                                 "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต")
    assert subject == draft.subject
    assert body.startswith("เรียน นายแพทย์สาธารณสุขจังหวัดภูเก็ต")
    assert "อำเภอเมืองภูเก็ต ขอส่งรายงานการประชุม" in body and "เมื่อวันจันทร์ที่ 15 กุมภาพันธ์ พ.ศ. 2564" in body
