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

from functools import cache
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from pcha_desktop.bundled_files import SARABUN_FILES, font_path
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


def shaped(text: str, font_name: str, size: float) -> str:
    """The text shaped by HarfBuzz for canvas drawing (``drawString(..., shaping=True)`` is a no-op)."""
    register_fonts()
    return shapeStr(text, font_name, size) if text else text


def shaped_width(text: str, font_name: str, size: float) -> float:
    """Advance width of shaped (or plain) text in points."""
    if isinstance(text, ShapedStr):
        data = text.__shapeData__  # type: ignore[attr-defined]
        return sum(item.x_advance for item in data) * size / 1000
    return pdfmetrics.stringWidth(text, font_name, size)


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
    line = shaped(text, font_name, size)
    width = shaped_width(line, font_name, size)
    start = x - width / 2 if align == "center" else x - width if align == "right" else x
    canvas.setFont(font_name, size)
    canvas.drawString(start, y, line)
