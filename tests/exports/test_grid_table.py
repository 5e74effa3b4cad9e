"""The PDF layer's ruled table (reports, minutes, forms): its header repeats on every page it crosses, no
row is cut across pages, numbers follow the Thai-digits setting."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm

from pcha_desktop.exports.pdf import OfficialDocument

HEADER = ["ลำดับ", "ตัวชี้วัด", "เป้าหมาย"]


def _table_pdf(tmp_path: Path, rows: int, thai_digits: bool) -> Path:
    document = OfficialDocument(thai_digits=thai_digits)
    body = [[str(index), f"ผู้สูงอายุติดเตียงได้รับการดูแลตามแผนการดูแลรายบุคคล รายการที่ {index}", "1250"]
            for index in range(1, rows + 1)]
    table = document.grid_table(HEADER, body, [1.5 * cm, 10 * cm, 3 * cm], numeric_columns=(0, 2))
    signature = document.signature_block("นายสมชาย ใจดี", ["นายอำเภอเมืองภูเก็ต"], caption="ลงชื่อ")
    return document.build([table, signature], tmp_path / "table.pdf")


def test_the_header_repeats_on_every_page_and_every_row_is_whole(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    pages = pdf.page_texts(_table_pdf(tmp_path, rows=80, thai_digits=False))
    assert len(pages) >= 3
    for page in pages:
        assert pdf.squeeze("ตัวชี้วัด") in pdf.squeeze(page)
    everything = pdf.squeeze("".join(pages))
    for index in range(1, 81):
        assert pdf.squeeze(f"รายการที่ {index}") in everything
    assert pdf.squeeze("(นายสมชาย ใจดี)") in everything


def test_thai_digits_reach_the_cells(tmp_path: Path, pdf) -> None:  # noqa: ANN001
    text = pdf.squeeze(pdf.pypdf_text(_table_pdf(tmp_path, rows=3, thai_digits=True)))
    assert "๑๒๕๐" in text
    assert "1250" not in text
