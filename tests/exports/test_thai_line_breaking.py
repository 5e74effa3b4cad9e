"""Lines break only between Thai words; a word wider than the line breaks between grapheme clusters."""

from __future__ import annotations

from itertools import accumulate

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table

from pcha_desktop.exports.pdf import BODY_SIZE_PT, REGULAR, OfficialDocument, break_lines, register_fonts
from pcha_desktop.exports.pdf.thai_paragraphs import (
    TextRun,
    ThaiParagraph,
    break_pieces,
    grapheme_clusters,
    thai_style,
)

register_fonts()

THAI_WORDS = [
    "ที่นี่", "ปีงบประมาณ", "ฝ้าย", "ฟ้า", "ป่า", "น้ำ", "กำหนด", "คณะกรรมการ", "คุณภาพชีวิต", "อำเภอ",
    "เมือง", "ภูเก็ต", "แต่งตั้ง", "ประธาน", "ไม่", "ใช่", "โรงเรียน", "ปั้น", "ฟื้นฟู", "สวัสดิ์",
    "ประชาชน", "พัฒนา", "2563", "(ปลัด)", "ก",
]


def _boundaries(text: str) -> set[int]:
    return set(accumulate(len(piece) for piece in break_pieces(text))) | {0}


def _line_ends(lines: list[str]) -> list[int]:
    return list(accumulate(len(line) for line in lines))[:-1]


def _width(text: str, font: str = REGULAR, size: float = BODY_SIZE_PT) -> float:
    return pdfmetrics.stringWidth(text.rstrip(), font, size)


@pytest.mark.parametrize("width", [120.0, 200.0, 300.0, 453.5])
def test_long_paragraph_breaks_at_word_boundaries(width: float, long_paragraph: str) -> None:
    lines = break_lines(long_paragraph, width=width, first_line_width=width - 71)
    assert "".join(lines) == long_paragraph
    assert len(lines) > 1
    boundaries = _boundaries(long_paragraph)
    assert all(end in boundaries for end in _line_ends(lines))
    assert _width(lines[0]) <= width - 71
    assert all(_width(line) <= width for line in lines)


def test_reportlab_keeps_our_lines_in_the_frame_and_in_narrow_table_cells(long_paragraph: str) -> None:
    document = OfficialDocument()
    paragraph = document.paragraph(long_paragraph)
    _, height = paragraph.wrap(453.5, 800)
    assert height == len(paragraph.lines(453.5)) * paragraph.style.leading

    cell_text = "ปลัดอำเภอเมืองภูเก็ต (เจ้าพนักงานปกครองชำนาญการพิเศษ) ปีงบประมาณ"
    cell = ThaiParagraph(cell_text, document.styles.plain)
    table = Table([[cell]], colWidths=[80])
    _, table_height = table.wrap(80, 800)
    lines = cell.lines(80 - 12)  # Table's default padding is 6 pt each side
    assert len(lines) > 3
    assert table_height == len(lines) * cell.style.leading + 6  # + top and bottom padding (3 pt each)
    text = cell.text
    boundaries = _boundaries(text)
    plain = ["".join(t for t, _ in line) for line in lines]
    assert all(end in boundaries for end in _line_ends(plain))


def test_word_wider_than_the_line_breaks_between_clusters() -> None:
    word = "ปีงบประมาณที่นี่ฟื้นฟูเศรษฐกิจ"
    lines = break_lines(word, width=30)
    assert "".join(lines) == word
    assert len(lines) > 2
    clusters = grapheme_clusters(word)
    cluster_ends = set(accumulate(len(cluster) for cluster in clusters))
    assert all(end in cluster_ends for end in _line_ends(lines))


def test_brackets_and_repetition_mark_stay_with_their_words() -> None:
    assert break_pieces("ปลัด (เจ้าพนักงาน) ต่างๆ") == ["ปลัด", " ", "(เจ้าพนักงาน)", " ", "ต่างๆ"]


def test_grapheme_clusters_keep_marks_and_leading_vowels() -> None:
    assert grapheme_clusters("ที่นี่") == ["ที่", "นี่"]
    assert grapheme_clusters("น้ำ") == ["น้ำ"]
    assert grapheme_clusters("เมือง") == ["เมื", "อ", "ง"]
    assert grapheme_clusters("ไม่") == ["ไม่"]


@st.composite
def thai_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(THAI_WORDS), min_size=1, max_size=40))
    separators = draw(st.lists(st.sampled_from(["", "", "", " "]), min_size=len(words), max_size=len(words)))
    return "".join(word + separator for word, separator in zip(words, separators, strict=True))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=thai_texts(), width=st.floats(min_value=8.0, max_value=400.0))
def test_line_breaker_properties(text: str, width: float) -> None:
    lines = break_lines(text, width=width)
    assert "".join(lines) == text
    for line in lines:
        content = line.rstrip()
        assert _width(content) <= width or len(grapheme_clusters(content)) == 1 or not content
    pieces = [piece for piece in break_pieces(text) if not piece.isspace()]
    if max(_width(piece) for piece in pieces) <= width - 0.01:
        boundaries = _boundaries(text)
        assert all(end in boundaries for end in _line_ends(lines))


def test_xml_special_characters_are_text(tmp_path, pdf) -> None:
    document = OfficialDocument()
    path = document.build([document.paragraph("ก & ข <b>ไม่หนา</b> ค > ง")], tmp_path / "x.pdf")
    assert "ก & ข <b>ไม่หนา</b> ค > ง" in pdf.pdfminer_text(path)


def test_leading_is_at_least_one_and_a_half_times_the_size() -> None:
    document = OfficialDocument()
    for style in vars(document.styles).values():
        assert style.leading >= 1.5 * style.fontSize
    assert thai_style("x", size=20, leading=10).leading >= 30
    tight = thai_style("tight")
    tight.leading = tight.fontSize
    with pytest.raises(ValueError):
        ThaiParagraph("ที่นี่", tight)


def test_split_parts_keep_only_their_own_text(long_paragraph: str) -> None:
    document = OfficialDocument()
    paragraph = document.paragraph([TextRun("ตัวหนา ", bold=True), TextRun(long_paragraph)])
    _, height = paragraph.wrap(300, 10_000)
    first, second = paragraph.split(300, height / 2)
    assert first.text + second.text == paragraph.text
    second.wrap(200, 10_000)  # wrapped again at another width (tables do this)
    assert "".join(t for line in second.lines(200) for t, _ in line) == second.text
    assert first.runs[0].bold and not second.runs[0].bold


THAI_ALPHABET = [chr(code) for code in range(0x0E01, 0x0E5C) if chr(code).isprintable()] + [" "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.sampled_from(THAI_ALPHABET), min_size=1, max_size=60),
       width=st.floats(min_value=20.0, max_value=200.0))
def test_no_pdf_line_starts_inside_a_syllable(text: str, width: float) -> None:
    from pcha_desktop.domain.thai_text import LEADING_VOWELS, NON_STARTERS

    lines = break_lines(text, width=width)
    assert "".join(lines) == text
    for before, line in zip(lines, lines[1:]):
        if before[-1:].isspace():
            continue
        assert line[0] not in NON_STARTERS, lines
        assert before[-1] not in LEADING_VOWELS, lines
