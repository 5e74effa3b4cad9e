"""Thai word boundaries (PyThaiNLP) for line breaking on screen and on paper. No Qt here.

Thai has no spaces between words. Qt on Windows finds no Thai word breaks and ReportLab breaks only at
spaces, so both get the boundaries from here: the UI inserts invisible zero-width spaces at display time
(never stored), the PDF layer breaks lines itself.
"""

from __future__ import annotations

import gc
from functools import lru_cache

ZERO_WIDTH_SPACE = "\u200b"


def contains_thai(text: str) -> bool:
    return any("\u0e00" <= character <= "\u0e7f" for character in text)


@lru_cache(maxsize=4096)
def segment_words(text: str) -> tuple[str, ...]:
    """Split text into words and whitespace runs; joining the pieces gives the text back unchanged."""
    if not contains_thai(text):
        return (text,) if text else ()
    from pythainlp.tokenize import word_tokenize  # heavy (dictionary load): only when Thai is met

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=True))


def with_break_hints(text: str) -> str:
    """The text with zero-width spaces between Thai words, for display only."""
    if not contains_thai(text):
        return text
    pieces = segment_words(text)
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if index and not piece[:1].isspace() and not pieces[index - 1][-1:].isspace():
            out.append(ZERO_WIDTH_SPACE)
        out.append(piece)
    return "".join(out)


def without_break_hints(text: str) -> str:
    return text.replace(ZERO_WIDTH_SPACE, "")


_segmenter_ready = False


def is_segmenter_ready() -> bool:
    """True once the word dictionary is loaded (the first segmentation takes about a second)."""
    return _segmenter_ready


def warm_up_segmenter() -> None:
    """Load the word dictionary now (safe to call from a worker thread).

    Its ~400,000 objects live as long as the program, so they are moved out of the garbage collector's
    way (``gc.freeze``): otherwise every full collection walks them and stalls the window ~¼ second."""
    global _segmenter_ready
    segment_words("ภาษาไทย")
    gc.freeze()
    _segmenter_ready = True
