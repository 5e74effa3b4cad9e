"""Tambon committees: quick entry for many tambons, the home screen's lists, visits with photos."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pcha_desktop.services import tambon_committees as tambons
from pcha_desktop.services.attachments import AttachmentRejected
from pcha_desktop.domain.committee_terms import PlanStatus

U = "tester"
FY = 2564
MUEANG_PHUKET_TAMBONS = {"830101", "830102", "830103", "830104", "830105", "830106", "830107", "830108"}


def test_every_tambon_of_the_district_is_listed(folder) -> None:  # type: ignore[no-untyped-def]
    assert {t.code for t in tambons.district_tambons(folder.database)} == MUEANG_PHUKET_TAMBONS
    assert {t.code for t in tambons.tambons_without_committee(folder.database)} == MUEANG_PHUKET_TAMBONS


def test_quick_entry_for_many_tambons_at_once(folder) -> None:  # type: ignore[no-untyped-def]
    rows = [
        tambons.TambonCommitteeEntry("830101", "นายสมชาย รักถิ่น", "ประธานชุมชน", 21, PlanStatus.APPROVED, 4),
        tambons.TambonCommitteeEntry("830102", "นางวันดี ศรีภูเก็ต", member_count=18, plan_status=PlanStatus.DRAFTING),
        tambons.TambonCommitteeEntry("830104", meetings_held=1),
    ]
    assert tambons.save_tambon_rows(folder.database, FY, rows, U, as_of=date(2020, 10, 15)) == 3
    overview = {s.tambon.code: s for s in tambons.tambon_overview(folder.database, FY, date(2021, 1, 1))}
    assert overview["830101"].chair_name == "นายสมชาย รักถิ่น" and overview["830101"].member_count == 21
    assert overview["830101"].plan_status == PlanStatus.APPROVED and overview["830101"].meetings_held == 4
    assert overview["830102"].plan_status == PlanStatus.DRAFTING and overview["830102"].meetings_held == 0
    assert overview["830104"].committee_id is not None and overview["830104"].chair_name == ""
    assert overview["830103"].committee_id is None
    assert {t.code for t in tambons.tambons_without_committee(folder.database)} == MUEANG_PHUKET_TAMBONS - {
        "830101", "830102", "830104"
    }
    # a new chair replaces the old one; the same name again changes nothing
    tambons.save_tambon_rows(folder.database, FY, [tambons.TambonCommitteeEntry("830101", "นายใหม่ ใจดี")], U,
                             as_of=date(2021, 3, 1))
    tambons.save_tambon_rows(folder.database, FY, [tambons.TambonCommitteeEntry("830101", "นาย ใหม่  ใจดี")], U,
                             as_of=date(2021, 4, 1))
    overview = {s.tambon.code: s for s in tambons.tambon_overview(folder.database, FY, date(2021, 5, 1))}
    assert overview["830101"].chair_name == "นายใหม่ ใจดี"


def test_a_bad_row_saves_nothing(folder) -> None:  # type: ignore[no-untyped-def]
    rows = [
        tambons.TambonCommitteeEntry("830101", "นายสมชาย รักถิ่น", member_count=20),
        tambons.TambonCommitteeEntry("100101", "นายอื่น"),  # not in this district
        tambons.TambonCommitteeEntry("830102", member_count=-3),
    ]
    with pytest.raises(tambons.TambonRowsInvalid) as refused:
        tambons.save_tambon_rows(folder.database, FY, rows, U)
    assert [(p.row_number, p.column) for p in refused.value.problems] == [(2, "tambon_code"), (3, "member_count")]
    assert len(tambons.tambons_without_committee(folder.database)) == 8


def test_visits_and_the_tambons_not_yet_visited(folder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = folder.database
    visit_id = tambons.record_visit(
        database, tambons.VisitInput(date(2020, 11, 20), "830104", "สสอ., ปลัดอำเภอ", "มีแผนแล้ว", "ติดตามเดือนหน้า"), U
    )
    tambons.record_visit(database, tambons.VisitInput(date(2020, 9, 1), "830105"), U)  # FY2563
    assert {t.code for t in tambons.tambons_not_visited(database, FY)} == MUEANG_PHUKET_TAMBONS - {"830104"}
    photo = tmp_path / "meeting.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg data")
    info = tambons.add_visit_photo(folder.workspace, visit_id, photo, U, caption="ประชุม")
    [visit] = tambons.visits(database, FY)
    assert visit.tambon.name == "รัษฎา" and visit.findings == "มีแผนแล้ว"
    assert visit.photos[0].attachment == info and visit.photos[0].caption == "ประชุม"
    assert tambons.visit_photo_content(folder.workspace, visit.photos[0].id)[1] == photo.read_bytes()
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(AttachmentRejected):
        tambons.add_visit_photo(folder.workspace, visit_id, pdf, U)
    with pytest.raises(Exception, match="ไม่อยู่ในอำเภอนี้"):
        tambons.record_visit(database, tambons.VisitInput(date(2020, 11, 20), "100101"), U)


def test_a_visit_and_its_photos_are_saved_together_or_not_at_all(folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    photo = tmp_path / "meeting.png"
    Image.new("RGB", (40, 30), "green").save(photo)
    not_a_photo = tmp_path / "notes.png"
    not_a_photo.write_text("minutes of the meeting")
    data = tambons.VisitInput(visit_date=date(2026, 11, 2), tambon_code="830101", findings="มีแผนแล้ว")
    with pytest.raises(tambons.UserFacingError) as refused:
        tambons.save_visit(folder.workspace, None, data, [photo, not_a_photo], "สมศรี")
    assert "notes.png" in refused.value.message_th
    assert tambons.visits(folder.database) == [], "neither the visit nor the good photo was kept"

    visit_id = tambons.save_visit(folder.workspace, None, data, [photo], "สมศรี")
    [saved] = tambons.visits(folder.database)
    assert saved.id == visit_id and len(saved.photos) == 1
