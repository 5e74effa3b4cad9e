"""The radar chart: one drawing, its points where the levels say, its Thai labels readable on paper (shaped,
extractable) and in the SVG the screen shows."""

from __future__ import annotations

import math
from pathlib import Path

import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.shapes import Circle, Line, String

from pcha_desktop.domain.uccare import COMPONENTS, Component
from pcha_desktop.exports.charts.radar import RadarFlowable, drawing_svg, uccare_radar
from pcha_desktop.exports.pdf.official_document import OfficialDocument


def _points(drawing) -> list[tuple[float, float]]:
    return [(shape.cx, shape.cy) for shape in drawing.contents if isinstance(shape, Circle)]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=6, max_size=6), st.lists(st.integers(1, 5), min_size=6, max_size=6))
def test_each_point_lies_as_far_out_as_its_level(before, after) -> None:
    drawing = uccare_radar(dict(zip(COMPONENTS, before)), dict(zip(COMPONENTS, after)))
    spokes = [shape for shape in drawing.contents if isinstance(shape, Line)]
    assert len(spokes) == 6
    centre = (spokes[0].x1, spokes[0].y1)
    radius = math.dist(centre, (spokes[0].x2, spokes[0].y2))  # level 5
    points = _points(drawing)
    assert len(points) == 12
    for (x, y), level, axis in zip(points, before + after, list(range(6)) * 2):
        assert abs(math.dist(centre, (x, y)) - radius * level / 5) < 1e-6
        spoke = spokes[axis]  # on its component's spoke
        assert abs((spoke.x2 - spoke.x1) * (y - spoke.y1) - (spoke.y2 - spoke.y1) * (x - spoke.x1)) < 1e-6


def test_a_missing_level_leaves_no_point() -> None:
    drawing = uccare_radar({c: 2 for c in COMPONENTS}, {c: 3 for c in COMPONENTS if c is not Component.APPRECIATION})
    assert len(_points(drawing)) == 11


def test_labels_are_plain_thai_in_the_svg_and_exact_on_paper(tmp_path: Path) -> None:
    drawing = uccare_radar({c: 1 for c in COMPONENTS}, {c: 2 for c in COMPONENTS}, language="th")
    texts = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    assert "หลังดำเนินการ" in texts and any("การทำงานเป็นทีม" in text for text in texts)
    svg = drawing_svg(drawing).decode()
    assert "การทำงานเป็นทีม" in svg and "clipPath" not in svg and "Sarabun-Bold" not in svg
    document = OfficialDocument()
    out = document.build([RadarFlowable(drawing)], tmp_path / "chart.pdf")
    text = pypdf.PdfReader(str(out)).pages[0].extract_text()
    assert "หลังดำเนินการ" in text and "ก่อนดำเนินการ" in text and "\ue000" not in text
    english = uccare_radar({c: 1 for c in COMPONENTS}, None, language="en")
    assert any("Unity team" in shape.text for shape in english.contents if isinstance(shape, String))
