"""Build time of a 30-page official document: each page a long Thai paragraph and a 15-row table.

Run: python benchmarks/pdf_speed.py [pages]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from reportlab.platypus import PageBreak, Table, TableStyle

from pcha_desktop.exports.pdf import BODY_WIDTH, OfficialDocument

PARAGRAPH = (
    "ตามที่อำเภอเมืองภูเก็ตได้ดำเนินการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่ ที่นี่มีการกำหนดแผนงานประจำ"
    "ปีงบประมาณ 2563 โดยให้ความสำคัญกับการดูแลผู้สูงอายุ เด็ก และคนพิการ ตลอดจนการปลูกฝ้ายและการรักษาป่า"
    "และแหล่งน้ำ ภายใต้ท้องฟ้าที่สดใส เพื่อให้ประชาชนมีคุณภาพชีวิตที่ดีขึ้นอย่างยั่งยืน"
)


def build(pages: int, out_path: Path, thai_digits: bool = True) -> float:
    document = OfficialDocument(thai_digits=thai_digits)
    plain = document.styles.plain
    story = []
    start = time.perf_counter()
    for page in range(pages):
        story.append(document.paragraph(f"{page + 1}. {PARAGRAPH}"))
        rows = [
            [
                document.paragraph(f"{row + 1}", plain),
                document.paragraph(f"นายสมชาย ใจดีมีสุข {page * 15 + row}", plain),
                document.paragraph("ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)", plain),
                document.paragraph("กรรมการและเลขานุการ", plain),
            ]
            for row in range(15)
        ]
        table = Table(rows, colWidths=[0.08 * BODY_WIDTH, 0.3 * BODY_WIDTH, 0.37 * BODY_WIDTH, 0.25 * BODY_WIDTH])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, PageBreak()]
    document.build(story, out_path)
    return time.perf_counter() - start


if __name__ == "__main__":
    page_count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    with tempfile.TemporaryDirectory() as folder:
        build(1, Path(folder) / "warm.pdf")  # font loading, segmenter dictionary
        out = Path(folder) / "speed.pdf"
        seconds = build(page_count, out)
        import pypdf

        print(f"{page_count} requested pages -> {len(pypdf.PdfReader(str(out)).pages)} pages in {seconds:.2f} s")
