"""The bundled Sarabun family registered with ReportLab, the official body size, shaped canvas text.

Body size, measured (see BODY_SIZE_PT): official documents are specified in TH Sarabun PSK 16 pt. Debian's
Laksaman is TH Sarabun New with every glyph "scaled up by 150.42% for Garuda X-Height compatibility"
(fonts-tlwg changelog, 2014-05-01), so TH Sarabun New = Laksaman / 1.5042. Glyph extents via HarfBuzz
(units per em 1000):

    height of          Laksaman  TH Sarabun New (/1.5042)  Sarabun
    Thai น ก บ อ        602       400                       586
    Latin x             511       340                       500
    Latin H (cap)       716       476                       700

At 16 pt TH Sarabun New's Thai letters are 16 * 0.400 = 6.40 pt high; Sarabun reaches that at
6.40 / 0.586 = 10.9 pt (x-height gives 10.9 pt, cap height 10.9 pt; the advance width of a Thai test
sentence gives 10.6 pt). Sarabun 11 pt therefore looks like TH Sarabun PSK 16 pt. TH Sarabun New's
single line spacing (ascent 1279 + descent 376 + gap 60 in Laksaman units, / 1.5042 = 1.14 em) is
18.2 pt at 16 pt: the body leading is 18 pt, 1.64 x the size (at least 1.5 x is needed for stacked
marks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from pcha_desktop.bundled_files import SARABUN_FILES, font_path
from pcha_desktop.domain.thai_text import grapheme_clusters
from pcha_desktop.exports.pdf.tounicode import ThaiTTFont

FAMILY = "Sarabun"
REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
ITALIC = "Sarabun-Italic"
BOLD_ITALIC = "Sarabun-BoldItalic"

BODY_SIZE_PT = 11.0
"""Sarabun size that looks like TH Sarabun PSK 16 pt (measured 10.9 pt, see the module docstring)."""
BODY_LEADING_PT = 18.0
"""Line pitch: TH Sarabun New 16 pt single spacing (18.2 pt); 1.64 x BODY_SIZE_PT."""
MIN_LEADING_RATIO = 1.5
"""Stacked Thai marks reach about 1.2 em above the baseline: never set lines closer than this."""

MARK_WIDTH = 30
"""Width (per 1000 em) declared in the PDF for a zero-width mark, or as far as the mark is moved left
(its box then ends where the next letter starts); the text positioning makes up for it, so nothing moves
on the page. With zero widths pdfminer puts each of two stacked marks (ผู้, สั่ง) on a line of its own
and sees a gap after a mark moved left (ฟื้ น); a box reaching past the next letter makes poppler drop
the space after the word."""

_SPACES = re.compile(r"(\s+)")

_STYLE_FILES = {
    REGULAR: SARABUN_FILES["regular"],
    BOLD: SARABUN_FILES["bold"],
    ITALIC: SARABUN_FILES["italic"],
    BOLD_ITALIC: SARABUN_FILES["bold_italic"],
}


@cache
def register_fonts() -> str:
    """Register Sarabun (4 styles, one family, <b>/<i> work in paragraphs); returns the family name."""
    for name, file_name in _STYLE_FILES.items():
        pdfmetrics.registerFont(ThaiTTFont(name, str(font_path(file_name))))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY


@lru_cache(maxsize=16384)
def shaped(text: str, font_name: str, size: float) -> str:
    """The text shaped by HarfBuzz for canvas drawing (``drawString(..., shaping=True)`` is a no-op).

    Every glyph is written with a code whose ToUnicode text makes the glyphs of a cluster extract, in
    content order, as exactly the characters written: where shaping splits or merges characters (ำ drawn
    as ํ + า, a tone mark fused with ํ) the cluster's first glyph carries the cluster's text and the others
    none. Extractors that ignore /ActualText (pdfminer, pypdf) then read the text as written too.
    """
    register_fonts()
    if not text:
        return text
    result = shapeStr(text, font_name, size, force=True)
    font = pdfmetrics.getFont(font_name)
    if not isinstance(result, ShapedStr) or not isinstance(font, ThaiTTFont):
        return result
    return _recoded(text, result, font)


def _recoded(text: str, glyphs: ShapedStr, font: ThaiTTFont) -> ShapedStr:
    data = glyphs.__shapeData__  # type: ignore[attr-defined]
    unit_of_char: list[int] = []
    unit_starts: list[int] = []
    for index, unit in enumerate(grapheme_clusters(text)):
        unit_starts.append(len(unit_of_char))
        unit_of_char += [index] * len(unit)
    unit_starts.append(len(text))
    # glyph indices per text unit (HarfBuzz clusters are monotone: a unit's glyphs are contiguous)
    groups: list[tuple[int, list[int]]] = []
    for glyph_index, item in enumerate(data):
        unit = unit_of_char[min(max(item.cluster, 0), len(text) - 1)]
        if groups and groups[-1][0] == unit:
            groups[-1][1].append(glyph_index)
        else:
            groups.append((unit, [glyph_index]))
    codes = [ord(character) for character in glyphs]
    texts: list[str] = [font.text_for_code(code) or "" for code in codes]
    for position, (unit, members) in enumerate(groups):
        start = unit_starts[unit] if position else 0
        end = unit_starts[groups[position + 1][0]] if position + 1 < len(groups) else len(text)
        wanted = text[start:end]
        if "".join(texts[i] for i in members) != wanted:
            for rank, i in enumerate(members):
                texts[i] = wanted if rank == 0 else ""
    data = list(data)
    for i, code in enumerate(codes):
        width = data[i].width or max(MARK_WIDTH, round(-data[i].x_offset))
        if texts[i] != (font.text_for_code(code) or "") or width != data[i].width:
            codes[i] = font.code_for(font.face.charToGlyph[code], texts[i], width)
            data[i] = data[i]._replace(width=width)
    return ShapedStr("".join(map(chr, codes)), shapeData=data)


def shaped_width(text: str, font_name: str, size: float) -> float:
    """Advance width of shaped (or plain) text in points."""
    if isinstance(text, ShapedStr):
        data = text.__shapeData__  # type: ignore[attr-defined]
        return sum(item.x_advance for item in data) * size / 1000
    return pdfmetrics.stringWidth(text, font_name, size)


@lru_cache(maxsize=16384)
def actual_text_operator(text: str) -> str:
    """The PDF operator opening a marked-content span whose /ActualText is ``text``."""
    return "/Span <</ActualText <FEFF%s>>> BDC" % text.encode("utf-16-be").hex().upper()


def run_width(tokens: Sequence[tuple[str, str]], size: float) -> float:
    """Advance width of (text, font name) runs as drawn by ``draw_runs``."""
    return sum(
        shaped_width(shaped(piece, font, size), font, size)
        for text, font in tokens
        for piece in _SPACES.split(text)
        if piece
    )


def draw_runs(canvas: Canvas, x: float, y: float, tokens: Sequence[tuple[str, str]], size: float) -> None:
    """Draw runs of (text, font name) on one baseline from x, shaped, each word in a marked-content span
    with /ActualText: viewers (poppler, Acrobat) copy and search the text as written, in either order."""
    register_fonts()
    text_object = canvas.beginText(x, y)
    current_font = None
    for text, font in tokens:
        for piece in _SPACES.split(text):
            if not piece:
                continue
            if font != current_font:
                text_object.setFont(font, size)
                current_font = font
            if piece.isspace():
                text_object.textOut(piece)
                continue
            text_object._code.append(actual_text_operator(piece))  # noqa: SLF001 (no public hook)
            text_object.textOut(shaped(piece, font, size))
            text_object._code.append("EMC")  # noqa: SLF001
    canvas.drawText(text_object)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_name: str = REGULAR,
    size: float = BODY_SIZE_PT,
    align: Literal["left", "center", "right"] = "left",
) -> None:
    """Draw one line of shaped text on a canvas; x is the left edge, centre or right edge."""
    tokens = [(text, font_name)]
    width = run_width(tokens, size)
    start = x - width / 2 if align == "center" else x - width if align == "right" else x
    draw_runs(canvas, start, y, tokens, size)
