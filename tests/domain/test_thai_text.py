"""Thai word boundaries: names and places never break inside, no line starts inside a syllable."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcha_desktop.domain.thai_text import (
    LEADING_VOWELS,
    NON_STARTERS,
    ZERO_WIDTH_SPACE,
    learn_names,
    segment_words,
    with_break_hints,
)


def _breaks(text: str, protected: tuple[str, ...] = ()) -> set[int]:
    ends, position = set(), 0
    for piece in segment_words(text, protected):
        position += len(piece)
        ends.add(position)
    return ends - {len(text)}


def _inside(text: str, word: str) -> set[int]:
    start = text.index(word)
    return set(range(start + 1, start + len(word)))


def test_places_of_the_administrative_list_stay_whole() -> None:
    # seen broken in an order: "ตำบลราไว|ย์", "ท่องเที่ยวกะ|รน"; in the tambon table "บ้าน|เกาะ"
    for text, place in (
        ("นายกเทศมนตรีตำบลราไวย์", "ราไวย์"),
        ("ประธานชมรมผู้ประกอบการท่องเที่ยวกะรน", "กะรน"),
        ("ผู้ใหญ่บ้านตำบลบ้านเกาะ", "บ้านเกาะ"),
    ):
        breaks = _breaks(text)
        assert not breaks & _inside(text, place), segment_words(text)
        assert text.index(place) in breaks  # "ตำบล" | name: the place may start a line


def test_a_name_breaks_only_between_title_and_given_name_and_surname() -> None:
    text = "นายสมศักดิ์ ศรีสมบูรณ์ชัยวัฒนากุล และนางรักถิ่น ศุภลักษณ์"
    assert _breaks(text) & _inside(text, "ศรีสมบูรณ์ชัยวัฒนากุล")  # what PyThaiNLP alone does
    protected = ("นายสมศักดิ์ ศรีสมบูรณ์ชัยวัฒนากุล", "นางรักถิ่น ศุภลักษณ์")
    breaks = _breaks(text, protected)
    for part in ("นายสมศักดิ์", "ศรีสมบูรณ์ชัยวัฒนากุล", "นางรักถิ่น", "ศุภลักษณ์"):
        assert not breaks & _inside(text, part), segment_words(text, protected)


def test_learned_names_stay_whole_on_screen_too() -> None:
    learn_names(["นางสาวศุภลักษณ์ รักถิ่นไทยเจริญ"])
    hinted = with_break_hints("ผู้ประสานงานนางสาวศุภลักษณ์ รักถิ่นไทยเจริญกรรมการ")
    assert "นางสาวศุภลักษณ์ รักถิ่นไทยเจริญ" in hinted  # no zero-width space inside
    assert ZERO_WIDTH_SPACE in hinted


def test_no_break_inside_laeo() -> None:
    # PyThaiNLP gives "แล้|วจะ", which put "ออกแล้ / วจะแก้ไข" on two lines
    text = "คำสั่งนี้ออกแล้วจะแก้ไขไม่ได้"
    assert not _breaks(text) & _inside(text, "แล้ว")


THAI_LETTERS = [chr(code) for code in range(0x0E01, 0x0E5C) if chr(code).isprintable()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.sampled_from(THAI_LETTERS + [" ", "a", "1"]), min_size=1, max_size=40))
def test_no_piece_starts_inside_a_syllable(text: str) -> None:
    pieces = segment_words(text)
    assert "".join(pieces) == text
    for before, piece in zip(pieces, pieces[1:]):
        if before[-1:].isspace() or piece[:1].isspace():
            continue
        assert piece[0] not in NON_STARTERS, pieces
        assert before[-1] not in LEADING_VOWELS, pieces


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(["แล้วจะ", "ที่นี่", "อำเภอ", "ผู้ช่วย", "เลขานุการ", "ราไวย์", "กะรน", "น้ำ"]), min_size=1, max_size=12),
    protected=st.sampled_from(["นายสมชาย ใจดีมีสุข", "พันตำรวจเอกศักดิ์ชัย ทองมา"]),
)
def test_protected_names_survive_any_context(words: list[str], protected: str) -> None:
    text = "".join(words[: len(words) // 2]) + protected + "".join(words[len(words) // 2 :])
    breaks = _breaks(text, (protected,))
    for part in protected.split():
        assert not breaks & _inside(text, part)


_SHORT_THAI = st.text(alphabet="กขคนมาะิีเแโัำ่้ ", min_size=1, max_size=6).filter(str.strip)  # words, not blanks


@given(words=st.lists(_SHORT_THAI, max_size=40), text=st.text(alphabet="กขคนมาะิีเแโัำ่้ ", max_size=20),
       start=st.integers(min_value=0, max_value=20))
def test_the_word_list_finds_the_same_words_as_pythainlps_trie(words, text, start):
    from pythainlp.util import Trie

    from pcha_desktop.domain.thai_text import WordList

    word_list, trie = WordList(words), Trie(words)
    assert word_list.prefixes(text, start) == trie.prefixes(text, start)
    assert len(word_list) == len(trie)
    for word in words + [text]:
        assert (word in word_list) == (word in trie)


def test_the_dictionary_costs_little_memory_and_time():
    """The window's memory goal (≤ 250 MB) had a quarter of it taken by a word tree (~60 MB); the sorted
    list holds only the words."""
    import time
    import tracemalloc

    from pythainlp.corpus import thai_words

    from pcha_desktop.domain import thai_text
    from pcha_desktop.domain.admin_areas import load_admin_areas

    thai_words(), load_admin_areas()  # loaded by the app anyway; not the dictionary's cost
    thai_text._dictionary.cache_clear()
    tracemalloc.start()
    started = time.process_time()
    dictionary = thai_text._dictionary()
    seconds = time.process_time() - started
    kept, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(dictionary) > 60_000 and "เมืองภูเก็ต" in dictionary and "แล้ว" in dictionary
    assert kept < 15_000_000, f"the dictionary keeps {kept / 1e6:.0f} MB"
    assert seconds < 1.0
