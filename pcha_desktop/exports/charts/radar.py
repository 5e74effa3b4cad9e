"""A radar (spider) chart as a ReportLab ``Drawing``: the ONE piece of code that draws it, for paper and for the
screen.

``radar_drawing(axes, series, …)`` builds the drawing: rings for the levels, a spoke and a label per axis
(labels wrapped between Thai words), one closed polygon per series with its points, and a legend. On paper
``RadarFlowable(drawing)`` draws it in a PDF, with every label shaped by HarfBuzz and searchable (through
``exports.pdf.fonts.draw_text``: ReportLab's own string drawing would not shape Thai); on screen
``drawing_svg(drawing)`` gives SVG, which Qt's SVG renderer draws with the application's Sarabun (Qt shapes
Thai itself). Both render the same shapes at the same places.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from pcha_desktop.domain.thai_text import segment_words
from pcha_desktop.domain.uccare import COMPONENTS, Component, Phase, component_name, label
from pcha_desktop.exports.pdf.fonts import BOLD, REGULAR, draw_text, register_fonts
from pcha_desktop.exports.pdf.thai_paragraphs import apply_digits


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # one per axis; None: no point there (the polygon is left open)
    colour: str  # "#1565c0"
    dashed: bool = False


BEFORE_COLOUR = "#8d6e63"
AFTER_COLOUR = "#1565c0"
SECOND_COLOURS = ("#2e7d32", "#c62828", "#6a1b9a")


def wrap_label(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` (broken between words; "\\n" forces a break)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        words = [word for piece in re.split(r"(\s+)", paragraph) if piece
                 for word in (segment_words(piece) if not piece.isspace() else (piece,))]
        for word in words:
            candidate = line + word
            if line and pdfmetrics.stringWidth(candidate.strip(), font, size) > width:
                lines.append(line.strip())
                line = word.lstrip()
            else:
                line = candidate
        lines.append(line.strip())
    return [line for line in lines if line] or [""]


def radar_drawing(axes: Sequence[str], series: Sequence[Series], *, width: float = 420, height: float = 330,
                  maximum: int = 5, font_size: float = 9, thai_digits: bool = False, legend: bool = True) -> Drawing:
    """The chart: ``axes`` labels clockwise from the top, each series' values on a 0–``maximum`` scale."""
    register_fonts()
    drawing = Drawing(width, height)
    legend_height = (font_size * 2.2) if legend and series else 0
    label_room = font_size * 5.2
    cx = width / 2
    radius = max(10.0, min(width / 2 - label_room * 1.9, (height - legend_height) / 2 - label_room * 0.95))
    cy = legend_height + (height - legend_height) / 2
    count = len(axes)

    def point(axis: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * axis / count
        r = radius * value / maximum
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    grey = colors.HexColor("#9e9e9e")
    for ring in range(1, maximum + 1):
        corners = [c for axis in range(count) for c in point(axis, ring)]
        drawing.add(Polygon(corners, fillColor=None, strokeColor=grey, strokeWidth=0.6 if ring < maximum else 0.9))
        x, y = point(0, ring)
        drawing.add(String(x + 2, y + 1.5, apply_digits(str(ring), thai_digits), fontName=REGULAR,
                           fontSize=font_size * 0.8, fillColor=colors.HexColor("#616161")))
    for axis, name in enumerate(axes):
        drawing.add(Line(cx, cy, *point(axis, maximum), strokeColor=grey, strokeWidth=0.6))
        x, y = point(axis, maximum + 0.35)
        angle = math.pi / 2 - 2 * math.pi * axis / count
        anchor = "middle" if abs(math.cos(angle)) < 0.2 else ("start" if math.cos(angle) > 0 else "end")
        lines = wrap_label(name, REGULAR, font_size, label_room * 1.8)
        leading = font_size * 1.35
        top = y + (leading * len(lines) if math.sin(angle) > 0.5 else leading * len(lines) / 2 if math.sin(angle) > -0.5
                   else 0) - font_size
        for number, line in enumerate(lines):
            drawing.add(String(x, top - number * leading, apply_digits(line, thai_digits), fontName=BOLD if number == 0 else REGULAR,
                               fontSize=font_size, textAnchor=anchor, fillColor=colors.HexColor("#212121")))
    for item in series:
        colour = colors.HexColor(item.colour)
        dash = [3, 2] if item.dashed else None
        points = [(axis, value) for axis, value in enumerate(item.values) if value is not None]
        corners = [c for axis, value in points for c in point(axis, value)]
        if len(points) == count and count > 2:
            drawing.add(Polygon(corners, fillColor=colors.Color(colour.red, colour.green, colour.blue, alpha=0.12),
                                strokeColor=colour, strokeWidth=1.8, strokeDashArray=dash))
        elif len(points) > 1:
            drawing.add(PolyLine(corners, strokeColor=colour, strokeWidth=1.8, strokeDashArray=dash))
        for axis, value in points:
            drawing.add(Circle(*point(axis, value), 2.4, fillColor=colour, strokeColor=colour))
    if legend and series:
        x = 4.0
        for item in series:
            colour = colors.HexColor(item.colour)
            drawing.add(Rect(x, font_size * 0.4, 14, font_size * 0.8, fillColor=colour, strokeColor=colour))
            drawing.add(String(x + 18, font_size * 0.45, apply_digits(item.name, thai_digits), fontName=REGULAR,
                               fontSize=font_size, fillColor=colors.HexColor("#212121")))
            x += 30 + pdfmetrics.stringWidth(item.name, REGULAR, font_size)
    return drawing


class _ShapedRenderer(renderPDF._PDFRenderer):  # noqa: SLF001 - only its string drawing changes
    """ReportLab's PDF renderer, drawing each string shaped and searchable (``draw_text``)."""

    def drawString(self, stringObj: String) -> None:  # noqa: N802, N803 - ReportLab's names
        state = self._tracker.getState()
        anchor = {"start": "left", "inherited": "left", "middle": "center", "end": "right"}.get(state["textAnchor"], "left")
        draw_text(self._canvas, stringObj.x, stringObj.y, stringObj.text, state["fontName"], state["fontSize"],
                  align=anchor)  # type: ignore[arg-type]


class RadarFlowable(Flowable):
    """The drawing in a PDF's flow."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        _ShapedRenderer().draw(renderPDF.renderScaledDrawing(self.drawing), self.canv, 0, 0)


def drawing_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG (for the screen: Qt's SVG renderer shapes the Thai labels itself)."""
    svg = renderSVG.drawToString(drawing)
    svg = svg.replace(f"font-family: {BOLD};", f"font-family: {REGULAR}; font-weight: bold;")  # one family
    # Qt's SVG renderer (SVG Tiny) draws a clip path's rectangle as a black page: the drawing needs no clip
    svg = re.sub(r"<clipPath id=\"clip\">.*?</clipPath>", "", svg, flags=re.DOTALL)
    svg = svg.replace(' style="clip-path: url(#clip)"', "")
    return svg.encode("utf-8")


__all__ = ["AFTER_COLOUR", "BEFORE_COLOUR", "RadarFlowable", "Series", "drawing_svg", "radar_drawing", "uccare_radar", "wrap_label"]


def uccare_radar(before: Mapping[Component, int] | None, after: Mapping[Component, int] | None, *,
                 language: str = "th", thai_digits: bool = False, width: float = 420, height: float = 330,
                 font_size: float = 9) -> Drawing:
    """An issue's UCCARE chart: the six components, before (dashed) against after, levels 1–5."""
    series = []
    for levels, phase, colour, dashed in ((before, Phase.BEFORE, BEFORE_COLOUR, True),
                                          (after, Phase.AFTER, AFTER_COLOUR, False)):
        if levels:
            series.append(Series(label(phase, language), [levels.get(c) for c in COMPONENTS], colour, dashed))
    return radar_drawing([component_name(c, language) for c in COMPONENTS], series, width=width, height=height,
                         thai_digits=thai_digits, font_size=font_size)
