"""The appointment order as offices write it (issue 7): page marks, emblem space, headings that keep with
what follows, member columns from the content, no stray fonts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer

from pcha_desktop.exports.appointment_order_pdf import (
    COLUMN_GAP,
    EMBLEM_HEIGHT,
    EMBLEM_TOP,
    _OrderBuilder,
    render_appointment_order,
)
from pcha_desktop.exports.pdf.fonts import run_width

CM = 72 / 2.54


def _top_of_text(path: Path) -> float:
    """Distance from the page top to the highest text on page 1."""
    page = next(extract_pages(str(path)))
    tops = [item.y1 for item in page if isinstance(item, LTTextContainer) and item.get_text().strip()]
    return page.height - max(tops)


def test_heading_keeps_the_emblem_space_with_or_without_an_emblem(tmp_path: Path, make_order, emblem_png) -> None:
    without = render_appointment_order(make_order(5), tmp_path / "plain.pdf")
    with_emblem = render_appointment_order(make_order(5, garuda_image=emblem_png), tmp_path / "emblem.pdf")
    assert _top_of_text(without) == pytest.approx(_top_of_text(with_emblem), abs=0.5)
    assert _top_of_text(without) >= EMBLEM_TOP + EMBLEM_HEIGHT  # below the emblem, 1.5–4.5 cm
    assert EMBLEM_TOP == pytest.approx(1.5 * CM) and EMBLEM_TOP + EMBLEM_HEIGHT == pytest.approx(4.5 * CM)


def test_draft_says_so_on_every_page_and_demo_too(tmp_path: Path, make_realistic_order, pdf) -> None:
    path = render_appointment_order(make_realistic_order(60, is_draft=True, is_demo=True), tmp_path / "d.pdf")
    pages = pdf.page_texts(path)
    assert len(pages) >= 3
    for page in pages:
        assert "ร่าง" in page
        assert "ข้อมูลตัวอย่าง" in page
    issued = pdf.page_texts(render_appointment_order(make_realistic_order(60), tmp_path / "i.pdf"))
    assert not any("ร่าง" in page or "ข้อมูลตัวอย่าง" in page for page in issued)


@pytest.mark.parametrize("member_count", range(8, 40, 2))
def test_a_heading_never_ends_a_page(tmp_path: Path, make_order, pdf, member_count: int) -> None:
    path = render_appointment_order(make_order(member_count), tmp_path / "o.pdf")
    for page in pdf.page_texts(path):
        lines = [line for line in page.splitlines() if line.strip()]
        assert "ดังนี้" not in lines[-1], lines[-3:]
        assert not lines[-1].strip().endswith("ประกอบด้วย"), lines[-3:]


def test_77_members_fit_on_four_pages_without_empty_half_pages(tmp_path: Path, make_realistic_order, pdf) -> None:
    path = render_appointment_order(make_realistic_order(77), tmp_path / "77.pdf")
    assert len(pypdf.PdfReader(str(path)).pages) <= 4  # was 6
    for page in list(extract_pages(str(path)))[:-1]:  # every page but the last is filled to its foot
        bottoms = [item.y0 for item in page if isinstance(item, LTTextContainer) and item.get_text().strip()]
        assert min(bottoms) < 4 * CM


def test_names_fit_their_column_with_a_gap(make_realistic_order) -> None:
    builder = _OrderBuilder(make_realistic_order(77))
    _, name_column, position_column, role_column = builder._column_widths()
    assert position_column > 0 and role_column > 0
    text_width = name_column - COLUMN_GAP
    size = builder.pdf.body_size
    for group in builder.document.groups:
        for member in group.members:
            paragraph = builder.pdf.paragraph(member.full_name, builder.plain)
            lines = paragraph.lines(text_width)
            assert all(run_width(line, size) <= text_width for line in lines)
            # a wrapped name breaks only between title+given name and surname
            assert len(lines) == 1 or "".join(t for t, _ in lines[0]).strip() == member.full_name.split()[0]


def test_no_helvetica_or_other_unembedded_font(tmp_path: Path, make_order) -> None:
    path = render_appointment_order(make_order(20), tmp_path / "o.pdf")
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_thai_digits_reach_the_title_too(tmp_path: Path, make_order) -> None:
    path = render_appointment_order(make_order(5, thai_digits=True), tmp_path / "o.pdf")
    title = pypdf.PdfReader(str(path)).metadata.title
    assert "๑๒๓/๒๕๖๓" in title and not any(c.isdigit() and c.isascii() for c in title)
