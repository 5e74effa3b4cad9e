"""Thai word boundaries (PyThaiNLP) for line breaking on screen and on paper. No Qt here.

Thai has no spaces between words. Qt on Windows finds no Thai word breaks and ReportLab breaks only at
spaces, so both get the boundaries from here: the UI inserts invisible zero-width spaces at display time
(never stored), the PDF layer breaks lines itself.

Names never break inside. The segmenter knows:

- the places of the administrative list (provinces, districts, tambons) as dictionary words, so
  "ตำบลราไวย์" breaks only as "ตำบล|ราไวย์" (PyThaiNLP alone gives "ราไว|ย์");
- people's names the app has printed (``learn_names``) and the names a caller passes for one text
  (``protected_words``): each part of a name between spaces ("นางสาวพรทิพย์", "ศรีสมบูรณ์วัฒนากุล") is
  kept whole wherever it appears, so a name wraps only between the title and given name and the surname.

Whatever the segmenter says, no piece starts with a character that cannot start a Thai syllable (a
following vowel, a tone mark, ์, ะ, ำ …) and none ends with a preceding vowel (เ แ โ ใ ไ): PyThaiNLP gives
"แล้|วจะ" for "แล้วจะ", which put "ออกแล้ / วจะแก้ไข" on two lines.
"""

from __future__ import annotations

import gc
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

ZERO_WIDTH_SPACE = "\u200b"

LEADING_VOWELS = frozenset("เแโใไ")
"""Written before the consonant they follow in speech: never the last character of a line."""
NON_STARTERS = frozenset(
    chr(code) for code in [*range(0x0E30, 0x0E3B), 0x0E45, *range(0x0E47, 0x0E4F)]
)
"""ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ ็ ่ ้ ๊ ๋ ์ ํ ๎: they belong to the consonant before them, never start a line."""


def contains_thai(text: str) -> bool:
    return any("\u0e00" <= character <= "\u0e7f" for character in text)


def can_break_between(before: str, after: str) -> bool:
    """Whether a line may end with ``before`` and the next start with ``after`` (Thai syllable rule)."""
    return not (after[:1] in NON_STARTERS or before[-1:] in LEADING_VOWELS)


def grapheme_clusters(text: str) -> list[str]:
    """Text split where a line may break inside a word: never between a consonant and its vowels/marks,
    nor after a leading vowel (เ แ โ ใ ไ)."""
    import unicodedata

    clusters: list[str] = []
    for character in text:
        if clusters and (
            unicodedata.category(character) in ("Mn", "Mc", "Me")
            or character in NON_STARTERS
            or character == "\u200d"
            or all(previous in LEADING_VOWELS for previous in clusters[-1])
        ):
            clusters[-1] += character
        else:
            clusters.append(character)
    return clusters


# --- the words the segmenter learns -------------------------------------------------------------------

_lock = threading.RLock()
_learned_names: set[str] = set()
_names_version = 0


def name_parts(names: Iterable[str]) -> frozenset[str]:
    """The parts of names that must stay whole: each run between spaces that holds Thai, 2+ letters."""
    parts: set[str] = set()
    for name in names:
        for part in name.split():
            part = part.strip("()[]\"'“”‘’,;:")
            if len(part) >= 2 and contains_thai(part):
                parts.add(part)
    return frozenset(parts)


def learn_names(names: Iterable[str]) -> None:
    """Remember people's names (and other names) the app prints, so they never break inside, on screen
    and on paper. Cheap to call with names already known."""
    global _names_version
    new = name_parts(names) - _learned_names
    if not new:
        return
    with _lock:
        _learned_names.update(new)
        _names_version += 1


def learned_names() -> frozenset[str]:
    with _lock:
        return frozenset(_learned_names)


class WordList:
    """A sorted word list that answers what newmm asks of a dictionary (``prefixes``, ``in``, ``len``).

    It replaces PyThaiNLP's ``Trie``: the same answers from one list of the words themselves, built in
    ~20 ms instead of ~0.4 s and costing no memory beyond the strings (the Trie's ~400,000 nodes took
    ~60 MB, a quarter of the window's memory). ``prefixes`` narrows a binary search as the prefix grows
    and stops at the first prefix no word starts with, so its cost is the length of the longest match."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str]) -> None:
        self._words: list[str] = sorted({word.strip() for word in words if word.strip()})

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        index = bisect_left(self._words, word)
        return index < len(self._words) and self._words[index] == word

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that ``text`` starts with at ``start``, shortest first."""
        words, found, low = self._words, [], 0
        for end in range(start + 1, len(text) + 1):
            prefix = text[start:end]
            low = bisect_left(words, prefix, low)
            if low == len(words):
                break
            if words[low] == prefix:
                found.append(prefix)
            elif not words[low].startswith(prefix):
                break
        return found


@lru_cache(maxsize=1)
def _dictionary() -> WordList:
    """PyThaiNLP's word list plus every place of the administrative list (the dictionary newmm uses)."""
    from pythainlp.corpus import thai_words

    from pcha_desktop.domain.admin_areas import load_admin_areas

    areas = load_admin_areas()
    places = {p.name_th for p in areas.provinces()}
    places |= {d.name_th for d in areas.all_districts()}
    places |= {t.name_th for t in areas.all_tambons()}
    return WordList(set(thai_words()) | {place for place in places if " " not in place})


@lru_cache(maxsize=64)
def _protected_word_list(words: frozenset[str]) -> WordList:
    return WordList(words)


def _split_atoms(text: str, words: frozenset[str]) -> list[tuple[str, bool]]:
    """The text as (piece, is_protected): the longest protected word at each place where a syllable can
    start (never inside a cluster) is kept whole."""
    if not words:
        return [(text, False)]
    protected = _protected_word_list(words)
    pieces: list[tuple[str, bool]] = []
    start = index = 0
    while index < len(text):
        if index == 0 or can_break_between(text[index - 1], text[index]):
            matches = [
                word
                for word in protected.prefixes(text, index)
                if index + len(word) == len(text) or can_break_between(word, text[index + len(word)])
            ]
            if matches:
                word = max(matches, key=len)
                if start < index:
                    pieces.append((text[start:index], False))
                pieces.append((word, True))
                index = start = index + len(word)
                continue
        index += 1
    if start < len(text):
        pieces.append((text[start:], False))
    return pieces


_LONGEST_REPAIR = 24
"""A repaired piece (see ``_repair_overlaps``) is never longer than this."""


def _repair_overlaps(pieces: list[str], dictionary: WordList) -> list[str]:
    """Join pieces where a dictionary word starting at a piece ends inside a later one.

    newmm gives "แล้|วจะ" for "แล้วจะ" although "แล้ว" is a word: the break cuts the word. Joining such
    pieces only removes break opportunities, never adds a wrong one."""
    out: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece.isspace() or not contains_thai(piece):
            out.append(piece)
            index += 1
            continue
        rest = ""
        ends: list[int] = []
        for following in pieces[index:]:
            if following.isspace() or len(rest) + len(following) > _LONGEST_REPAIR:
                break
            rest += following
            ends.append(len(rest))
        longest = max((len(word) for word in dictionary.prefixes(rest)), default=0)
        if longest > len(piece) and longest not in ends and any(end > longest for end in ends):
            taken = next(count for count, end in enumerate(ends, 1) if end > longest)
            out.append("".join(pieces[index : index + taken]))
            index += taken
        else:
            out.append(piece)
            index += 1
    return out


def _join_unbreakable(pieces: list[str]) -> list[str]:
    """Glue a piece to the one before when the break between them would split a syllable."""
    out: list[str] = []
    for piece in pieces:
        if (
            out
            and not piece[:1].isspace()
            and not out[-1][-1:].isspace()
            and not can_break_between(out[-1], piece)
        ):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def segment_words(text: str, protected_words: Iterable[str] = ()) -> tuple[str, ...]:
    """Split text into words and whitespace runs; joining the pieces gives the text back unchanged.

    Learned names and ``protected_words`` (names: each part between spaces) are never split; no piece
    starts with a character that cannot start a syllable.
    """
    if not contains_thai(text):
        return (text,) if text else ()
    with _lock:
        version = _names_version
    return _segment(text, name_parts(protected_words), version)


@lru_cache(maxsize=8192)
def _segment(text: str, protected: frozenset[str], _version: int) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize  # heavy (dictionary load): only when Thai is met

    words = protected | learned_names()
    dictionary = _dictionary()
    pieces: list[str] = []
    for piece, is_protected in _split_atoms(text, words):
        if is_protected or not contains_thai(piece):
            pieces.append(piece)
        else:
            words = word_tokenize(piece, custom_dict=dictionary, engine="newmm", keep_whitespace=True)  # type: ignore[arg-type]
            pieces.extend(_repair_overlaps([word for word in words if word], dictionary))
    return tuple(_join_unbreakable(pieces))


def with_break_hints(text: str, protected_words: Iterable[str] = ()) -> str:
    """The text with zero-width spaces between Thai words, for display only."""
    if not contains_thai(text):
        return text
    pieces = segment_words(text, protected_words)
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

    Its objects (the word list, PyThaiNLP's modules) live as long as the program, so they are moved out of
    the garbage collector's way (``gc.freeze``): full collections then do not walk them."""
    global _segmenter_ready
    segment_words("ภาษาไทย")
    gc.freeze()
    _segmenter_ready = True
