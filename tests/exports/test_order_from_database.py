"""The order PDF as the GUI and `pcha order-pdf` make it from a database: the demo and a 77-member order
pass the reader's checks (exact search, names unbroken), drafts have no number, the emblem setting is
followed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest

from pcha_desktop.cli.main import main
from pcha_desktop.domain.committee_terms import CommitteeRole, Sector
from pcha_desktop.services import appointment_orders, committees
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import DEMO_USER, populate_demo
from pcha_desktop.services.emblem import set_emblem

CHECKER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "thai-pdf-check"  # ../shared beside the checkout
DEMO_TODAY = date(2025, 1, 10)
POSITIONS = (
    "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเกาะ", "ผู้ใหญ่บ้านหมู่ที่ 3 ตำบลราไวย์", "ประธาน อสม. ตำบลกะรน",
    "สาธารณสุขอำเภอเมืองภูเก็ต", "นายกเทศมนตรีตำบลราไวย์", "ผู้แทนภาคประชาชน",
)


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "demo"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database, DEMO_TODAY)
    return data_dir


def _check(path: Path, *names: str) -> subprocess.CompletedProcess[str]:
    arguments = [str(CHECKER), str(path), "--exact", "--need", "คำสั่ง", "--need", "อำเภอ"]
    for name in names:
        arguments += ["--unbroken", name]
    return subprocess.run(arguments, capture_output=True, text=True)


@pytest.mark.skipif(not CHECKER.exists() or shutil.which("pdftotext") is None, reason="thai-pdf-check not here")
def test_demo_order_passes_the_readers_check(tmp_path: Path, demo_dir: Path) -> None:
    out = tmp_path / "order.pdf"
    assert main(["order-pdf", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    result = _check(out, "ศรีสมบูรณ์", "ราไวย์", "กะรน", "พันตำรวจเอกศักดิ์ชัย")
    assert result.returncode == 0, result.stdout
    pages = [page.extract_text() for page in pypdf.PdfReader(str(out)).pages]
    assert all("ข้อมูลตัวอย่าง" in page for page in pages)  # made from the demo database


def test_order_pdf_follows_the_emblem_setting(tmp_path: Path, demo_dir: Path, emblem_png: Path) -> None:
    with open_data_folder(demo_dir) as folder:
        set_emblem(folder.workspace, emblem_png)
    out = tmp_path / "order.pdf"
    assert main(["order-pdf", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    assert len(pypdf.PdfReader(str(out)).pages[0].images) == 1


def test_a_draft_has_no_number_and_says_draft_on_every_page(tmp_path: Path, demo_dir: Path) -> None:
    with open_data_folder(demo_dir) as folder:
        database = folder.database
        committee = committees.district_committee(database, DEMO_USER)
        members = [
            committees.MemberInput(
                title=("นางสาว", "นาย", "พันตำรวจเอก")[index % 3], first_name=("ศุภลักษณ์", "รักถิ่น", "ชาญ")[index % 3],
                last_name=("ศรีสมบูรณ์วัฒนากุล", "ใจดี", "ทองมา", "หลีกภัย")[index % 4],
                position=POSITIONS[index % len(POSITIONS)],
                sector=Sector.STATE, role=CommitteeRole.MEMBER, start_date=DEMO_TODAY,
            )
            for index in range(64)
        ]
        committees.add_members(database, committee.id, members, DEMO_USER)  # 77 members in all
        order_id = appointment_orders.prepare_revision(database, committee.id, DEMO_TODAY, DEMO_USER)
        document = appointment_orders.order_document(database, order_id)
        assert document.is_draft and document.is_demo
        assert sum(len(group.members) for group in document.groups) == 77
        number = appointment_orders.get_order(database, order_id).summary.number
        assert number and number not in document.number  # the suggested number is not printed
        out = appointment_orders.render_order_pdf(folder.workspace, order_id, tmp_path / "draft.pdf")
    pages = [page.extract_text() for page in pypdf.PdfReader(str(out)).pages]
    assert len(pages) <= 4
    assert all("ร่าง" in page for page in pages)
    if CHECKER.exists() and shutil.which("pdftotext"):
        result = _check(out, "ศรีสมบูรณ์วัฒนากุล", "ศุภลักษณ์", "บ้านเกาะ")
        assert result.returncode == 0, result.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_every_name_is_found_as_written_by_every_reader(tmp_path: Path, demo_dir: Path) -> None:
    from pdfminer.high_level import extract_text

    out = tmp_path / "order.pdf"
    assert main(["order-pdf", "--data-dir", str(demo_dir), "--out", str(out)]) == 0
    with open_data_folder(demo_dir) as folder:
        order = appointment_orders.orders_of(folder.database, committees.district_committee(folder.database, DEMO_USER).id)[0]
        detail = appointment_orders.get_order(folder.database, order.id)
    readers = {
        "content order": subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout,
        "position order": subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True).stdout,
        "pdfminer": extract_text(str(out)),
    }
    for reader, text in readers.items():
        for member in detail.members:
            assert member.full_name in text, (reader, member.full_name)
        assert detail.summary.subject in text, reader
