"""Thai paragraphs for ReportLab: lines break only between words, every run shaped.

ReportLab breaks lines only at spaces, so Thai (no spaces inside phrases) would be split at arbitrary
characters, leaving empty boxes and wrong row heights in tables. Here the text is broken into lines by
us, at word boundaries (``domain.thai_text``: names never break inside) measured with the shaped widths,
and each line is drawn shaped with every word marked by its written text (/ActualText), so viewers copy
and search it exactly. ``ThaiParagraph`` does this at wrap time, so it knows the real width (frame or
table column) and is safe anywhere a Paragraph is. A word wider than the line is split between grapheme
clusters (a consonant never loses its vowels or marks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pcha_desktop.domain.thai_text import contains_thai, grapheme_clusters, segment_words
from pcha_desktop.exports.pdf.fonts import (
    BODY_LEADING_PT,
    BODY_SIZE_PT,
    MIN_LEADING_RATIO,
    REGULAR,
    draw_runs,
    register_fonts,
    run_width,
)

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_WHITESPACE = re.compile(r"(\s+)")
_OPENING = frozenset("([{“‘«")
_CLOSING = frozenset(")]}”’»,.;:!?ๆฯ%")
_FIT_TOLERANCE_PT = 0.01
"""Shaped widths may differ from stringWidth by kerning; lines are filled a hair short of the width."""


def to_thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def apply_digits(text: str, thai_digits: bool) -> str:
    """The text with Arabic digits turned into Thai digits when ``thai_digits`` is set."""
    return to_thai_digits(text) if thai_digits else text


@dataclass(frozen=True)
class TextRun:
    """A piece of a paragraph in one weight."""

    text: str
    bold: bool = False


def break_pieces(text: str, protected_words: Iterable[str] = ()) -> list[str]:
    """Whitespace runs and unbreakable pieces; joining them gives the text back.

    Pieces are the segmenter's words, with opening brackets/quotes glued to the next word and closing
    punctuation, ๆ and ฯ glued to the previous one (no line starts with ")" or ๆ, none ends with "(").
    """
    pieces: list[str] = []
    for chunk in _WHITESPACE.split(text):
        if not chunk:
            continue
        if chunk.isspace():
            pieces.append(chunk)
            continue
        words: list[str] = []
        glue_next = False
        for word in segment_words(chunk, protected_words):
            if not word:
                continue
            if words and (glue_next or all(c in _CLOSING for c in word)):
                words[-1] += word
            else:
                words.append(word)
            glue_next = all(c in _OPENING for c in word)
        pieces.extend(words)
    return pieces


Token = tuple[str, str]
"""(text, font name)"""


def break_runs(
    runs: Sequence[Token],
    font_size: float,
    width: float,
    first_line_width: float | None = None,
    protected_words: Iterable[str] = (),
) -> list[list[Token]]:
    """Break runs of (text, font) into lines no wider than ``width`` (the first: ``first_line_width``).

    Lines break after whitespace or between words; whitespace stays at the end of its line (so the
    lines joined give the text back) and does not count towards the width. A word wider than a whole
    line is split between grapheme clusters; a single cluster wider than the line gets a line of its own.
    Runs without Thai (numbers, codes: most cells of a large table) break the same every time: remembered.
    """
    if not any(contains_thai(text) for text, _font in runs):
        return [list(line) for line in _break_plain(tuple(runs), font_size, width, first_line_width,
                                                    tuple(protected_words))]
    return _break_runs(runs, font_size, width, first_line_width, protected_words)


@lru_cache(maxsize=4096)
def _break_plain(runs: tuple[Token, ...], font_size: float, width: float, first_line_width: float | None,
                 protected_words: tuple[str, ...]) -> tuple[tuple[Token, ...], ...]:
    return tuple(tuple(line) for line in _break_runs(runs, font_size, width, first_line_width, protected_words))


def _break_runs(runs: Sequence[Token], font_size: float, width: float, first_line_width: float | None,
                protected_words: Iterable[str]) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    used = 0.0  # width of the current line, trailing whitespace included
    limit = (width if first_line_width is None else first_line_width) - _FIT_TOLERANCE_PT

    def new_line() -> None:
        nonlocal used, limit
        lines.append([])
        used = 0.0
        limit = width - _FIT_TOLERANCE_PT

    def line_has_content() -> bool:
        return any(not text.isspace() for text, _ in lines[-1])

    for run_text, font in runs:
        for piece in break_pieces(run_text, protected_words):
            piece_width = run_width([(piece, font)], font_size)
            if piece.isspace() or used + piece_width <= limit:
                lines[-1].append((piece, font))
                used += piece_width
                continue
            if line_has_content():
                new_line()
            if piece_width <= limit:
                lines[-1].append((piece, font))
                used += piece_width
                continue
            for cluster in grapheme_clusters(piece):
                cluster_width = run_width([(cluster, font)], font_size)
                if used + cluster_width > limit and line_has_content():
                    new_line()
                lines[-1].append((cluster, font))
                used += cluster_width
    return [_merge(line) for line in lines if line]


def _merge(line: list[Token]) -> list[Token]:
    merged: list[Token] = []
    for text, font in line:
        if merged and merged[-1][1] == font:
            merged[-1] = (merged[-1][0] + text, font)
        else:
            merged.append((text, font))
    return merged


def break_lines(
    text: str,
    font_name: str = REGULAR,
    font_size: float = BODY_SIZE_PT,
    width: float = 400.0,
    first_line_width: float | None = None,
    protected_words: Iterable[str] = (),
) -> list[str]:
    """Plain-text form of ``break_runs`` for one font: the lines, which joined give ``text`` back."""
    register_fonts()
    lines = break_runs([(text, font_name)], font_size, width, first_line_width, protected_words)
    return ["".join(piece for piece, _ in line) for line in lines]


def thai_style(
    name: str,
    *,
    size: float = BODY_SIZE_PT,
    leading: float | None = None,
    bold: bool = False,
    alignment: int = TA_LEFT,
    first_line_indent: float = 0.0,
    left_indent: float = 0.0,
    right_indent: float = 0.0,
    space_before: float = 0.0,
    space_after: float = 0.0,
) -> ParagraphStyle:
    """A shaped Sarabun paragraph style; leading defaults to the body pitch scaled, at least 1.5 x size."""
    family = register_fonts()
    default_leading = BODY_LEADING_PT * size / BODY_SIZE_PT
    return ParagraphStyle(
        name,
        fontName=tt2ps(family, 1 if bold else 0, 0),
        fontSize=size,
        leading=max(leading if leading is not None else default_leading, MIN_LEADING_RATIO * size),
        alignment=alignment,
        firstLineIndent=first_line_indent,
        leftIndent=left_indent,
        rightIndent=right_indent,
        spaceBefore=space_before,
        spaceAfter=space_after,
        shaping=1,
        splitLongWords=0,
        allowWidows=1,
        allowOrphans=0,
    )


class ThaiParagraph(Flowable):
    """A paragraph of Thai (and other) text whose lines break only at word boundaries.

    ``text`` is plain text (not markup) or runs with bold parts. The lines are computed in ``wrap`` for
    the width actually available and drawn shaped, each word marked with its written text (/ActualText)
    so copy and search give it back exactly. ``protected_words`` are names that must not break inside
    (each part between spaces stays whole). Alignment: left, centre or right (``style.alignment``).
    """

    def __init__(
        self,
        text: str | Sequence[TextRun],
        style: ParagraphStyle,
        *,
        thai_digits: bool = False,
        protected_words: Iterable[str] = (),
    ) -> None:
        super().__init__()
        register_fonts()
        runs = [TextRun(text)] if isinstance(text, str) else list(text)
        self.runs = [replace(run, text=apply_digits(run.text, thai_digits)) for run in runs]
        if style.leading < MIN_LEADING_RATIO * style.fontSize:
            raise ValueError(f"leading {style.leading} < {MIN_LEADING_RATIO} x font size {style.fontSize}")
        self.style = style
        self.protected_words = tuple(protected_words)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._lines: list[list[Token]] | None = None
        self._lines_width: float | None = None
        self._first_line_indented = True

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def lines(self, avail_width: float) -> list[list[Token]]:
        if self._lines is not None and self._lines_width == avail_width:
            return self._lines
        style = self.style
        family, bold, italic = ps2tt(style.fontName)
        bold_font = tt2ps(family, 1, italic)
        tokens = [(run.text, bold_font if run.bold or bold else style.fontName) for run in self.runs]
        width = avail_width - style.leftIndent - style.rightIndent
        first = width - style.firstLineIndent if self._first_line_indented else width
        self._lines = break_runs(tokens, style.fontSize, width, first, self.protected_words)
        self._lines_width = avail_width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return self.width, self.height

    def _part(self, lines: list[list[Token]], first: bool) -> ThaiParagraph:
        part = ThaiParagraph("", self.style, protected_words=self.protected_words)
        # the part's own text, so that wrapping it again at another width never repeats the rest
        part.runs = [TextRun(text, bold=font != self.style.fontName) for line in lines for text, font in line]
        part._first_line_indented = first and self._first_line_indented
        part._lines, part._lines_width = lines, self._lines_width
        if not first:
            part.spaceBefore = 0
        else:
            part.spaceAfter = 0
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits >= len(lines):
            # Only a table asks this (it measures a cell at its padded width, splits at the full one);
            # it expects two parts.
            return [self._part(lines, True), self._part([], False)]
        if fits < 1 or (fits == 1 and not self.style.allowOrphans) or (
            len(lines) - fits == 1 and not self.style.allowWidows
        ):
            return []
        return [self._part(lines[:fits], True), self._part(lines[fits:], False)]

    def draw(self) -> None:
        style = self.style
        lines = self.lines(self.width)
        canvas: Canvas = self.canv
        size = style.fontSize
        for number, line in enumerate(lines):
            content = _without_trailing_space(line)
            indent = style.leftIndent + (style.firstLineIndent if number == 0 and self._first_line_indented else 0)
            room = self.width - indent - style.rightIndent
            x = indent
            if style.alignment in (TA_CENTER, TA_RIGHT):
                slack = room - run_width(content, size)
                x += slack / 2 if style.alignment == TA_CENTER else slack
            draw_runs(canvas, x, self.height - size - number * style.leading, content, size)


def _without_trailing_space(line: list[Token]) -> list[Token]:
    tokens = list(line)
    while tokens and not tokens[-1][0].rstrip():
        tokens.pop()
    if tokens:
        tokens[-1] = (tokens[-1][0].rstrip(), tokens[-1][1])
    return tokens
