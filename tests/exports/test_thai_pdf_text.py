"""Shaped Thai PDFs extract as their source text (copy and search work)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from pcha_desktop.domain.thai_text import segment_words
from pcha_desktop.exports.pdf import OfficialDocument, draw_text, register_fonts, shaped
from pcha_desktop.exports.pdf.fonts import BOLD, REGULAR
from pcha_desktop.exports.pdf.thai_paragraphs import TextRun
from pcha_desktop.exports.pdf.tounicode import ThaiTTFont, to_unicode_cmap

HARD_WORDS = ("ที่นี่", "ปีงบประมาณ", "ฝ้าย", "ฟ้า", "ป่า", "น้ำ", "กำหนด", "ปั้น", "ฟื้น", "ญู", "ฐุ")


@pytest.fixture(scope="module")
def source(long_paragraph: str) -> str:
    return long_paragraph + "ตัวหนา " + " ".join(HARD_WORDS)


@pytest.fixture(scope="module")
def paragraph_pdf(tmp_path_factory: pytest.TempPathFactory, long_paragraph: str) -> Path:
    document = OfficialDocument()
    story = [
        document.paragraph(long_paragraph),
        document.paragraph([TextRun("ตัวหนา ", bold=True), TextRun(" ".join(HARD_WORDS))]),
    ]
    return document.build(story, tmp_path_factory.mktemp("pdf") / "paragraph.pdf")


@pytest.mark.parametrize("extractor", ["pypdf_text", "pdfminer_text"])
def test_extracted_text_equals_source_after_nfkc(
    paragraph_pdf: Path, source: str, pdf, extractor: str
) -> None:
    text = getattr(pdf, extractor)(paragraph_pdf)
    assert not pdf.has_private_use(text)
    assert pdf.squeeze(text) == pdf.squeeze(source)


def test_every_word_is_found(paragraph_pdf: Path, source: str, pdf) -> None:
    extracted = pdf.squeeze(pdf.pypdf_text(paragraph_pdf))
    words = [word for word in segment_words(source) if not word.isspace()]
    assert len(words) > 50
    for word in words:
        assert pdf.squeeze(word) in extracted, word


def test_words_without_raised_marks_are_found_verbatim(paragraph_pdf: Path, pdf) -> None:
    text = unicodedata.normalize("NFKC", pdf.pypdf_text(paragraph_pdf))
    for word in ("ปีงบประมาณ", "ฝ้าย", "ฟ้า", "ป่า", "น้ำ", "กำหนด", "ที่นี่"):
        assert unicodedata.normalize("NFKC", word) in text, word


def test_canvas_text_is_shaped_and_extracts(tmp_path: Path, pdf) -> None:
    register_fonts()
    assert isinstance(shaped("ที่นี่", REGULAR, 12), ShapedStr)
    path = tmp_path / "canvas.pdf"
    canvas = Canvas(str(path))
    draw_text(canvas, 300, 700, " ".join(HARD_WORDS), REGULAR, 14, align="center")
    draw_text(canvas, 500, 650, "ปีงบประมาณ 2563", BOLD, 14, align="right")
    canvas.save()
    text = pdf.pypdf_text(path)
    assert not pdf.has_private_use(text)
    assert pdf.squeeze(text) == pdf.squeeze(" ".join(HARD_WORDS) + "ปีงบประมาณ 2563")


def test_substituted_glyphs_get_their_source_text() -> None:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font, ThaiTTFont)
    hb_font = uharfbuzz.Font(font.hbFace)
    by_name = {hb_font.glyph_to_string(glyph): text for glyph, text in font.substituted_glyph_texts().items()}
    assert by_name["uni0E48.small"] == "\u0e48"  # tone mark lowered/shifted
    assert by_name["yoYingthai.less"] == "ญ"  # ญ without its tail above ู
    assert by_name["uni0E4D0E49"] == "\u0e49\u0e4d"  # ้ + nikhahit of ำ, in NFKC order


def test_to_unicode_cmap_writes_multi_character_entries() -> None:
    cmap = to_unicode_cmap("ABCDEF+Sarabun", [None, "ก", "\u0e49\u0e4d", ""])
    assert "<01> <0E01>" in cmap
    assert "<02> <0E490E4D>" in cmap
    assert "<03> <>" in cmap  # drawn, but no text of its own
    assert "<00>" not in cmap.split("endcodespacerange")[1]


# --- exact text: what a reader's search and copy see -------------------------------------------------------

EXACT_WORDS = (
    "คำสั่ง", "อำเภอ", "น้ำ", "ผู้ช่วยเลขานุการ", "พันตำรวจเอกศักดิ์ชัย", "ที่นี่", "ปั้น", "ฟื้นฟู", "ฝ้าย", "ป้ำ", "ปิ่น",
)


def _pdftotext(path: Path, *mode: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _no_space(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def exact_pdf(tmp_path_factory: pytest.TempPathFactory, long_paragraph: str) -> tuple[Path, str]:
    document = OfficialDocument()
    texts = [long_paragraph, " ".join(EXACT_WORDS), "กรรมการและผู้ช่วยเลขานุการ คำสั่งอำเภอเมืองภูเก็ต ที่ 58/2564"]
    story = [document.paragraph(text) for text in texts]
    story.append(document.paragraph([TextRun("ตัวหนา ผู้ช่วยเลขานุการ ", bold=True), TextRun("น้ำท่วม")]))
    path = document.build(story, tmp_path_factory.mktemp("pdf") / "exact.pdf")
    return path, "".join(texts) + "ตัวหนา ผู้ช่วยเลขานุการ น้ำท่วม"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize("mode", [("-raw",), ()], ids=["content-order", "position-order"])
def test_poppler_extracts_the_text_exactly_as_written(exact_pdf: tuple[Path, str], mode: tuple[str, ...]) -> None:
    """No NFKC: ำ must come back as ำ (not ํ + า) and marks in their written order (not ผู้ชว่ย)."""
    path, source = exact_pdf
    text = _pdftotext(path, *mode)
    assert "\u0e4d\u0e32" not in text
    assert _no_space(text) == _no_space(source)
    flat = _no_space(text)
    for word in EXACT_WORDS:
        assert word in flat, word


def test_pdfminer_extracts_the_text_exactly_as_written(exact_pdf: tuple[Path, str], pdf) -> None:
    """pdfminer ignores /ActualText: the glyph codes themselves must read as the written text."""
    path, source = exact_pdf
    text = pdf.pdfminer_text(path)
    assert _no_space(text) == _no_space(source)
    lines = [line for line in text.splitlines() if line.strip()]
    assert "ผู้ช่วยเลขานุการ" in text and "คำสั่งอำเภอเมืองภูเก็ต" in text
    assert " ".join(EXACT_WORDS) in text  # one line: no space or break inside a word either
    assert all(line.strip()[0] not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c" for line in lines)


def test_canvas_text_extracts_exactly(tmp_path: Path) -> None:
    path = tmp_path / "canvas.pdf"
    canvas = Canvas(str(path))
    draw_text(canvas, 300, 700, "คำสั่งอำเภอ ผู้ช่วยเลขานุการ", REGULAR, 14, align="center")
    canvas.save()
    if shutil.which("pdftotext"):
        assert "คำสั่งอำเภอ ผู้ช่วยเลขานุการ" in _pdftotext(path, "-raw")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_hundreds_of_dictionary_words_extract_exactly(tmp_path: Path, pdf) -> None:
    """Every kind of syllable the dictionary holds (stacked marks, ำ, marks moved left) reads back as
    written, line by line, in content order (pdftotext -raw, pdfminer) and in position order."""
    import random

    from pythainlp.corpus import thai_words

    words = random.Random(7).sample(sorted(thai_words()), 600)
    rows = [" ".join(words[i : i + 3]) for i in range(0, len(words), 3)]
    document = OfficialDocument()
    path = document.build([document.paragraph(row, document.styles.plain) for row in rows], tmp_path / "words.pdf")

    def lines(text: str) -> list[str]:
        # page numbers ("- 2 -") aside: poppler joins a line ending in "-" with the next (dehyphenation)
        return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("-")]

    assert lines(_pdftotext(path, "-raw")) == rows
    assert lines(pdf.pdfminer_text(path)) == rows
    # position order: poppler glues "- 2 -" to the page's first line as "-2…" (its dehyphenation)
    assert [re.sub(r"^-[0-9]+", "", line.strip()) for line in _pdftotext(path).splitlines() if line.strip()] == rows
