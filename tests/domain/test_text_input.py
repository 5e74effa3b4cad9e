"""What may be stored from a text field: limits, control characters, bidirectional controls, lone marks."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pcha_desktop.domain.text_input import (
    BIDI_CONTROLS,
    TEXT_FIELDS,
    TextInputError,
    clean_text,
    max_length,
    refused_character,
)

THAI_MARKS = "".join(chr(code) for code in range(0x0E00, 0x0E80) if unicodedata.category(chr(code)) == "Mn")


def refusal(value: str, field: str = "first_name") -> TextInputError:
    with pytest.raises(TextInputError) as refused:
        clean_text(value, field)
    assert refused.value.message_th and refused.value.message_en and refused.value.field == field
    return refused.value


@pytest.mark.parametrize(
    "name",
    ["สมชาย", "ศุภลักษณ์", "ก้องเกียรติ", "พันตำรวจเอก", "ผู้ช่วยเลขานุการ", "Jane O'Neil-Smith", "๑๒๓", "ฤๅษี"],
)
def test_ordinary_thai_and_english_names_are_kept(name: str) -> None:
    assert clean_text(f"  {name}  ", "first_name") == name


def test_spaces_are_tidied_and_lines_kept_only_where_text_has_lines() -> None:
    assert clean_text(" นาย\tสมชาย \n ใจดี ", "first_name") == "นาย สมชาย ใจดี"
    assert clean_text("ข้อ 1\r\n\tข้อ 2  \r\n", "findings") == "ข้อ 1\n ข้อ 2"
    assert clean_text("สม\u200bชาย\ufeff", "first_name") == "สมชาย"


def test_a_ten_thousand_character_name_is_refused_with_its_length_not_its_text() -> None:
    refused = refusal("ก" * 10_000)
    assert "10,000" in refused.message_th and "100" in refused.message_th
    assert "10,000" in refused.message_en and "กกกก" not in refused.message_th
    assert clean_text("ก" * 100, "first_name") == "ก" * 100


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f"])
def test_control_characters_are_refused(character: str) -> None:
    refused = refusal(f"สม{character}ชาย")
    assert f"U+{ord(character):04X}" in refused.message_th
    refusal(f"ข้อ 1\n{character}ข้อ 2", "findings")


@pytest.mark.parametrize("character", sorted(BIDI_CONTROLS))
def test_bidirectional_overrides_and_isolates_are_refused(character: str) -> None:
    refused = refusal(f"สมชาย{character}ยาดชม")
    assert "ทิศทาง" in refused.message_th and "direction" in refused.message_en


def test_a_lone_surrogate_is_refused() -> None:
    refusal("สม\ud800ชาย")


@pytest.mark.parametrize("value", ["\u0e48", "\u0e31\u0e49", " \u0e38 \u0e4a ", "\u0e34\u0e35\u0e36\u0e37", "\u0e48สมชาย"])
def test_a_value_of_lone_thai_marks_is_refused(value: str) -> None:
    refused = refusal(value)
    assert "วรรณยุกต์" in refused.message_th and "mark" in refused.message_en


def test_every_field_has_a_label_in_both_languages_and_a_limit() -> None:
    for name, spec in TEXT_FIELDS.items():
        assert spec.label_th and spec.label_en and max_length(name) == spec.max_length > 0


@given(
    value=st.text(
        st.one_of(
            st.characters(),
            st.sampled_from(sorted(BIDI_CONTROLS) + list(THAI_MARKS) + ["\x00", "\n", "\r", "\t", "\u2028", " "]),
            st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
        ),
        max_size=400,
    ),
    field=st.sampled_from(sorted(TEXT_FIELDS)),
    repeat=st.sampled_from([1, 1, 1, 40]),
)
@example(value="\xa00", field="agenda_details", repeat=1)  # a no-break space before a multi-line text: kept once
@example(value="ก\u3000\n", field="agenda_details", repeat=1)
def test_any_text_is_either_stored_clean_or_refused_with_a_reason(value: str, field: str, repeat: int) -> None:
    value = value * repeat
    spec = TEXT_FIELDS[field]
    try:
        cleaned = clean_text(value, field)
    except TextInputError as refused:
        assert refused.message_th and refused.message_en and refused.field == field
        assert len(refused.message_th) < 200 and len(refused.message_en) < 250  # never the value itself
        return
    assert len(cleaned) <= spec.max_length
    assert refused_character(cleaned) is None and "\x00" not in cleaned and "\t" not in cleaned
    assert cleaned == cleaned.strip()
    assert spec.multiline or "\n" not in cleaned
    assert not cleaned or not unicodedata.category(cleaned[0]).startswith("M")
    assert clean_text(cleaned, field) == cleaned  # storing it again changes nothing
