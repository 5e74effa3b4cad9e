"""The appointment order PDF: parts in order, Thai digits, page numbers, emblem."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTFigure

from pcha_desktop.exports.appointment_order_pdf import render_appointment_order
from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, MARGIN_LEFT, page_number_text

ARABIC_DIGIT = re.compile(r"[0-9]")


def test_parts_appear_in_order(tmp_path: Path, order_document, pdf) -> None:
    path = render_appointment_order(order_document, tmp_path / "order.pdf")
    text = pdf.squeeze(pdf.pypdf_text(path))
    first_member = order_document.groups[0].members[0]
    last_member = order_document.groups[-1].members[-1]
    parts = [
        "คำสั่งอำเภอเมืองภูเก็ต",
        "ที่123/2563",
        "เรื่องแต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต",
        "ด้วยระเบียบสำนักนายกรัฐมนตรี",
        "1.ที่ปรึกษา",
        first_member.full_name + first_member.position + first_member.role_label,
        last_member.full_name,
        "กรรมการและเลขานุการ",
        "โดยให้คณะกรรมการมีอำนาจหน้าที่ดังนี้",
        "1.จัดทำแผนพัฒนาคุณภาพชีวิต",
        "3.ติดตามและประเมินผล",
        # the cancellation clause follows the members and duties (issue 7), before "ทั้งนี้ ตั้งแต่…"
        "ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ตที่45/2563",
        "ทั้งนี้ตั้งแต่บัดนี้เป็นต้นไป",
        "สั่งณวันที่1ตุลาคมพ.ศ.2563",
        "(นายวิชัยปั้นฟื้นที่นี่)",
        "นายอำเภอเมืองภูเก็ต",
    ]
    position = 0
    for part in parts:
        found = text.find(pdf.squeeze(part), position)
        assert found >= 0, part
        position = found + 1
    assert not pdf.has_private_use(text)


def test_thai_digits_option_converts_every_number(tmp_path: Path, make_order, pdf) -> None:
    path = render_appointment_order(make_order(12, thai_digits=True), tmp_path / "order.pdf")
    text = pdf.pypdf_text(path)
    assert "๑๒๓/๒๕๖๓" in text
    assert "๑ ตุลาคม พ.ศ. ๒๕๖๓" in text
    assert not ARABIC_DIGIT.search(text)


def test_long_member_list_flows_over_numbered_pages(tmp_path: Path, make_order, pdf) -> None:
    document = make_order(60)
    path = render_appointment_order(document, tmp_path / "order.pdf")
    pages = pdf.page_texts(path)
    assert len(pages) >= 3
    assert not pages[0].strip().startswith("-")
    for number, page in enumerate(pages[1:], start=2):
        assert page.strip().startswith(page_number_text(number, thai_digits=False)), page[:40]
    whole = pdf.squeeze("".join(pages))
    for index in (1, 30, 60):
        assert pdf.squeeze(f"{index}.นาย") in whole or pdf.squeeze(f"{index}.นางสาว") in whole
    assert whole.rfind(pdf.squeeze(document.signer_name)) > whole.rfind(pdf.squeeze("60."))


def test_page_numbers_use_thai_digits_when_asked(tmp_path: Path, make_order, pdf) -> None:
    path = render_appointment_order(make_order(60, thai_digits=True), tmp_path / "order.pdf")
    pages = pdf.page_texts(path)
    assert pages[1].strip().startswith("- ๒ -")


def test_emblem_is_drawn_3_cm_high_at_the_top(tmp_path: Path, make_order, emblem_png: Path) -> None:
    path = render_appointment_order(make_order(5, garuda_image=emblem_png), tmp_path / "order.pdf")
    assert len(pypdf.PdfReader(str(path)).pages[0].images) == 1
    page = next(extract_pages(str(path)))
    figures = [item for item in page if isinstance(item, LTFigure)]
    assert len(figures) == 1
    emblem = figures[0]
    assert emblem.height == pytest.approx(3 * 72 / 2.54, abs=0.5)
    assert page.height - emblem.y1 == pytest.approx(1.5 * 72 / 2.54, abs=1.0)
    assert (emblem.x0 + emblem.x1) / 2 == pytest.approx(MARGIN_LEFT + BODY_WIDTH / 2, abs=1.0)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png(tmp_path: Path, order_document) -> None:
    path = render_appointment_order(order_document, tmp_path / "order.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page-*.png"))


@pytest.mark.parametrize("member_count", range(14, 24))
def test_orders_whose_closing_block_breaks_across_a_page_still_render(tmp_path: Path, make_order, pdf, member_count) -> None:
    """Regression: a paragraph split at a page end must be wrapped again, not drawn from a stale layout."""
    document = make_order(member_count)
    path = render_appointment_order(document, tmp_path / "order.pdf")
    whole = pdf.squeeze("".join(pdf.page_texts(path)))
    assert pdf.squeeze(document.signer_name) in whole
    assert pdf.squeeze("ทั้งนี้ตั้งแต่บัดนี้เป็นต้นไป") in whole
