"""Copy and search for shaped Thai: map HarfBuzz's substituted glyphs back to their characters.

Why: when ReportLab shapes text (``shapeFragWord``) every output glyph must be written as a character
of a font subset. Glyphs the font's cmap reaches are written as their character; glyphs that only a GSUB
substitution reaches (tone marks lowered or shifted left, ญ/ฐ without their tail, the nikhahit+tone
ligature of ้ำ) get private-use code points (U+E000…) from ``TTFont.__addPrivate``, and ReportLab's
``makeToUnicodeCMap`` writes those private code points into the ToUnicode CMap. A PDF viewer then
extracts "ป\\ue000า" for ป่า and ปีงบประมาณ cannot be found.

How: ``ThaiTTFont`` (a ``TTFont`` subclass; ReportLab has no hook for this) works out, once per font,
which text every substituted glyph stands for, by shaping a probe corpus (each Thai consonant with every
above/below vowel and tone mark combination, ำ, the Latin ligatures) with the same HarfBuzz settings
ReportLab uses. HarfBuzz's cluster numbers tell which characters each glyph came from: a cluster's text
(NFKC-normalised) minus the characters of its glyphs that the cmap does reach is the text of the
substituted glyph in that cluster. ``addObjects`` then lets ReportLab write the font as usual and
replaces the content of each subset's ToUnicode stream with one that maps the private codes to that
text. Extracted text then equals the source after NFKC normalisation (ำ extracts as ํา).
Glyphs the corpus does not reach fall back to their ``uniXXXX`` glyph names, else stay private.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

import uharfbuzz
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# The features ReportLab's shapeFragWord passes to HarfBuzz.
_SHAPING_FEATURES = {"kern": True, "liga": True, "dlig": True}
_PRIVATE_USE_START = 0xE000
_OWN_PRIVATE_START = 0xF0000
_UNI_NAME = re.compile(r"^uni((?:[0-9A-F]{4})+)(?:\..*)?$")

_THAI_CONSONANTS = [chr(code) for code in range(0x0E01, 0x0E2F)]
_ABOVE_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d"  # ั ิ ี ึ ื ็ ํ
_BELOW_VOWELS = "\u0e38\u0e39\u0e3a"  # ุ ู ฺ
_TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e"  # ่ ้ ๊ ๋ ์ ๎
_SARA_AM = "\u0e33"
_LATIN_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl", "ft", "tt", "Th")


def probe_texts() -> Iterator[str]:
    """Short texts that between them reach every Thai substitution a well-formed syllable can need."""
    for consonant in _THAI_CONSONANTS:
        yield consonant
        yield consonant + _SARA_AM
        for tone in _TONE_MARKS:
            yield consonant + tone
            yield consonant + tone + _SARA_AM
        for vowel in _ABOVE_VOWELS + _BELOW_VOWELS:
            yield consonant + vowel
            for tone in _TONE_MARKS:
                yield consonant + vowel + tone
        for below in _BELOW_VOWELS:
            for above in _ABOVE_VOWELS:
                yield consonant + below + above
    yield from _LATIN_LIGATURES


def _remove_once(text: str, character: str) -> str:
    index = text.find(character)
    return text if index < 0 else text[:index] + text[index + len(character) :]


def glyph_texts(hb_font: uharfbuzz.Font, cmap: dict[int, int], texts: Iterator[str]) -> dict[int, str]:
    """Text each glyph outside the cmap stands for, learnt from shaping ``texts`` (glyph id -> text).

    ``cmap`` maps code points to glyph ids as in the font file (before ReportLab adds private codes).
    """
    glyph_to_char: dict[int, str] = {}
    for code, glyph in cmap.items():
        glyph_to_char.setdefault(glyph, chr(code))
    found: dict[int, str] = {}
    for text in texts:
        buffer = uharfbuzz.Buffer()
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(hb_font, buffer, _SHAPING_FEATURES)
        infos = buffer.glyph_infos
        starts = sorted({info.cluster for info in infos})
        for position, start in enumerate(starts):
            end = starts[position + 1] if position + 1 < len(starts) else len(text)
            glyphs = [info.codepoint for info in infos if info.cluster == start]
            unknown = [glyph for glyph in glyphs if glyph not in glyph_to_char]
            if not unknown:
                continue
            remainder = unicodedata.normalize("NFKC", text[start:end])
            for glyph in glyphs:
                if glyph in glyph_to_char:
                    remainder = _remove_once(remainder, glyph_to_char[glyph])
            # Usually one substituted glyph per cluster; if more, the first carries the cluster's text.
            for index, glyph in enumerate(unknown):
                if glyph not in found:
                    found[glyph] = remainder if index == 0 else ""
    return found


def to_unicode_cmap(font_name: str, codes: Sequence[str | None]) -> str:
    """A ToUnicode CMap for one single-byte font subset: byte value i -> codes[i] (any length; "" maps
    the byte to no text at all, None leaves it out)."""
    entries = [
        "<%02X> <%s>" % (index, text.encode("utf-16-be").hex().upper())
        for index, text in enumerate(codes)
        if text is not None
    ]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <%02X>" % (len(codes) - 1),
        "endcodespacerange",
    ]
    # A bfchar block holds at most 100 entries.
    for block_start in range(0, len(entries), 100):
        block = entries[block_start : block_start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class ThaiTTFont(TTFont):
    """A TTFont whose PDF ToUnicode maps shaped (substituted) glyphs back to their source text."""

    def __init__(self, name: str, filename: str, **kwargs: object) -> None:
        super().__init__(name, filename, **kwargs)  # type: ignore[arg-type]
        self._file_cmap: dict[int, int] = dict(self.face.charToGlyph)
        self._glyph_texts: dict[int, str] | None = None
        self._code_of_glyph_text: dict[tuple[int, str, float], int] = {}
        self._text_of_code: dict[int, str] = {}

    def code_for(self, glyph: int, text: str, width: float) -> int:
        """A code point that draws ``glyph`` (advance ``width`` per 1000 em) and extracts as ``text``
        ("" for nothing).

        The glyph's own character when that is its text; otherwise a code of our own (plane 15 private
        use, apart from ReportLab's U+E000… codes) that the subset's ToUnicode maps to ``text``."""
        own = self.face.glyphToChar.get(glyph)
        if own and own[0] in self._file_cmap and chr(own[0]) == text and self.face.charWidths.get(own[0]) == width:
            return own[0]
        key = (glyph, text, width)
        code = self._code_of_glyph_text.get(key)
        if code is None:
            code = _OWN_PRIVATE_START + len(self._code_of_glyph_text)
            self._code_of_glyph_text[key] = code
            self._text_of_code[code] = text
            self.face.charToGlyph[code] = glyph
            self.face.charWidths[code] = width
        return code

    def substituted_glyph_texts(self) -> dict[int, str]:
        if self._glyph_texts is None:
            hb_font = uharfbuzz.Font(self.hbFace)
            self._glyph_texts = glyph_texts(hb_font, self._file_cmap, probe_texts())
        return self._glyph_texts

    def text_for_code(self, code: int) -> str | None:
        """What a code point written into a subset means as text (None: no mapping)."""
        if code == 0:
            return None  # .notdef
        if code in self._text_of_code:
            return self._text_of_code[code]
        if code < _PRIVATE_USE_START or code in self._file_cmap:
            return chr(code)
        glyph = self.face.charToGlyph.get(code)
        if glyph is None:
            return chr(code)
        text = self.substituted_glyph_texts().get(glyph)
        if text is not None:
            return text
        match = _UNI_NAME.match(uharfbuzz.Font(self.hbFace).glyph_to_string(glyph))
        if match:
            hex_codes = match.group(1)
            return "".join(chr(int(hex_codes[i : i + 4], 16)) for i in range(0, len(hex_codes), 4))
        return chr(code)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab's name)
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for index, subset in enumerate(subsets):
            if not any(code >= _PRIVATE_USE_START and code not in self._file_cmap for code in subset):
                continue
            base_name = b"".join((SUBSETN(index), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name)
            if isinstance(stream, pdfdoc.PDFStream):
                stream.content = to_unicode_cmap(base_name, [self.text_for_code(code) for code in subset])
