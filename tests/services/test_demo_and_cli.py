"""The demo's committee paperwork, the CLI's order commands, and the schema 0001 fixture under the new
services."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pypdf

from pcha_desktop.cli.main import main
from pcha_desktop.domain.thai_calendar import fiscal_year_of
from pcha_desktop.services import appointment_orders as orders
from pcha_desktop.services import committees
from pcha_desktop.services import tambon_committees as tambons
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.storage.paths import database_path

DEMO_TODAY = date(2025, 1, 10)
FIXTURES = Path(__file__).resolve().parents[1] / "storage" / "fixtures"


def test_the_demo_has_one_order_and_its_revision(demo_folder) -> None:  # type: ignore[no-untyped-def]
    database = demo_folder.database
    district = committees.find_district_committee(database)
    assert district is not None
    history = orders.orders_of(database, district.id)
    assert [(o.number, o.order_date, o.is_issued) for o in history] == [
        ("58/2564", date(2021, 2, 15), True), ("245/2563", date(2020, 10, 1), True)
    ]
    revised, first = history
    assert revised.replaces_order_id == first.id and first.replaced_by_order_id == revised.id
    old_list = [m.full_name for m in orders.get_order(database, first.id).members]
    new_list = [m.full_name for m in orders.get_order(database, revised.id).members]
    assert len(old_list) == len(new_list) == 13
    assert set(old_list) ^ set(new_list) == {"พันตำรวจเอกอนุชา ปานทอง", "พันตำรวจเอกศักดิ์ชัย ทองมา"}
    assert committees.composition_warnings(database, district.id, DEMO_TODAY) == []
    assert not orders.needs_new_order(database, district.id, DEMO_TODAY)


def test_the_demo_has_subcommittees_tambon_committees_and_visits(demo_folder) -> None:  # type: ignore[no-untyped-def]
    database = demo_folder.database
    issues = committees.issues_of_year(database, 2564)
    assert [i.title for i in issues] == [
        "การป้องกันและควบคุมโรค COVID-19", "การดูแลสุขภาพผู้ป่วยติดเตียง", "อุบัติเหตุทางถนน", "โรคไม่ติดต่อเรื้อรัง"
    ]
    for issue in issues:
        assert issue.subcommittee_id is not None
        assert 4 <= len(committees.list_members(database, issue.subcommittee_id)) <= 6
    overview = tambons.tambon_overview(database, fiscal_year_of(DEMO_TODAY), DEMO_TODAY)
    assert len(overview) == 8
    assert [s.tambon.name for s in overview if s.committee_id is None] == ["เกาะแก้ว"]
    assert sum(s.has_member_list for s in overview) == 2
    assert len(tambons.visits(database, fiscal_year_of(DEMO_TODAY))) == 2
    assert len(tambons.tambons_not_visited(database, fiscal_year_of(DEMO_TODAY))) == 6


def _pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-normalised (sara am is extracted decomposed), without spaces or line breaks."""
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    text = unicodedata.normalize("NFKC", text).replace("\u0e4d\u0e32", "\u0e33")  # NFKC splits sara am
    return "".join(text.split())


def _demo_data_dir(tmp_path: Path) -> Path:
    from pcha_desktop.services.demo import populate_demo

    data_dir = tmp_path / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, DEMO_TODAY)
    return data_dir


def test_cli_order_pdf_of_a_named_order(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir = _demo_data_dir(tmp_path)
    out = tmp_path / "order.pdf"
    assert main(["order-pdf", "--data-dir", str(data_dir), "--out", str(out), "--order", "1"]) == 0
    text = _pdf_text(out)
    assert "245/2563" in text and "ปานทอง" in text and "แก้วมณี" in text
    assert main(["orders", "--data-dir", str(data_dir)]) == 0
    assert "58/2564" in capsys.readouterr().out


def test_cli_order_pdf_defaults_to_the_latest_order(tmp_path: Path) -> None:
    _check_latest_order_pdf(tmp_path)


def _check_latest_order_pdf(tmp_path: Path) -> None:
    data_dir = _demo_data_dir(tmp_path)
    out = tmp_path / "latest.pdf"
    assert main(["order-pdf", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    text = _pdf_text(out)
    assert "58/2564" in text and "ทองมา" in text and "ปานทอง" not in text
    assert "ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต" in text


def test_cli_order_pdf_without_an_order_is_a_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "empty"
    assert main(["init", "--data-dir", str(data_dir), "--district-code", "8301", "--chief", "นายก ข",
                 "--secretary", "นายค ง", "--user", "สมศรี"]) == 0
    assert main(["order-pdf", "--data-dir", str(data_dir), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Error:" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_member_template_and_import(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir = _demo_data_dir(tmp_path)
    template = tmp_path / "template.xlsx"
    assert main(["member-template", "--data-dir", str(data_dir), "--out", str(template)]) == 0
    pasted = tmp_path / "members.txt"
    pasted.write_text("ชื่อ\tภาคส่วน\tบทบาท\nนางสาวใหม่ ใจดี\tภาคเอกชน\tกรรมการ\nนายผิด\tไม่รู้\tกรรมการ\n", encoding="utf-8")
    assert main(["import-members", str(pasted), "--committee", "district", "--data-dir", str(data_dir)]) == 2
    assert "แถว/row 3" in capsys.readouterr().err
    assert main(["import-members", str(pasted), "--committee", "district", "--only-good", "--data-dir", str(data_dir)]) == 0
    with open_data_folder(data_dir) as folder:
        district = committees.find_district_committee(folder.database)
        assert district is not None
        names = [m.full_name for m in committees.list_members(folder.database, district.id)]
    assert "นางสาวใหม่ ใจดี" in names and len(names) == 14


def test_a_database_from_schema_0001_works_with_the_committee_services(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", database_path(data_dir))
    with open_data_folder(data_dir) as folder:
        database = folder.database
        district = committees.district_committee(database, "tester")
        assert district.id == 1 and district.issue_id is None and district.declared_member_count is None
        assert len(committees.members_on(database, 1, date(2021, 3, 1))) == 5
        assert len(committees.members_on(database, 1, date(2021, 6, 1))) == 4  # one ended 31 May 2021
        order_id = orders.draft_order(database, 1, date(2021, 3, 1), "tester")
        assert orders.issue_order(database, order_id, "tester").summary.number == "1/2564"
        rasada = next(s for s in tambons.tambon_overview(database, 2564, date(2021, 3, 1)) if s.tambon.code == "830106")
        assert rasada.committee_id == 2
