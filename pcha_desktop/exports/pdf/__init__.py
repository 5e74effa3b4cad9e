"""The Thai PDF layer every document uses: Sarabun registered and shaped, Thai line breaking,
searchable text (ToUnicode fix), the official page template."""

from pcha_desktop.exports.pdf.fonts import (
    BODY_LEADING_PT,
    BODY_SIZE_PT,
    BOLD,
    FAMILY,
    REGULAR,
    draw_text,
    register_fonts,
    shaped,
)
from pcha_desktop.exports.pdf.official_document import BODY_WIDTH, PARAGRAPH_INDENT, OfficialDocument
from pcha_desktop.exports.pdf.thai_paragraphs import (
    TextRun,
    ThaiParagraph,
    apply_digits,
    break_lines,
    thai_style,
    to_thai_digits,
)

__all__ = [
    "BODY_LEADING_PT",
    "BODY_SIZE_PT",
    "BODY_WIDTH",
    "BOLD",
    "FAMILY",
    "PARAGRAPH_INDENT",
    "REGULAR",
    "OfficialDocument",
    "TextRun",
    "ThaiParagraph",
    "apply_digits",
    "break_lines",
    "draw_text",
    "register_fonts",
    "shaped",
    "thai_style",
    "to_thai_digits",
]
