"""File names: readable Thai, Buddhist Era dates, safe on Windows whatever the user typed."""

from __future__ import annotations

import unicodedata
from datetime import date
from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from pcha_desktop.domain.thai_text import grapheme_clusters
from pcha_desktop.exports.file_names import (
    MAX_FILE_NAME,
    MEMBER_TEMPLATE_NAME,
    order_pdf_name,
    safe_file_name,
    signed_copy_name,
)

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}


def assert_windows_safe(name: str, extension: str) -> None:
    assert name.endswith(extension)
    stem = name[: -len(extension)] if extension else name
    assert stem and stem == stem.strip(" .")
    assert not WINDOWS_FORBIDDEN & set(name)
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp") for c in name)
    assert stem.split(".")[0].strip().upper() not in RESERVED
    assert len(name) <= MAX_FILE_NAME
    assert unicodedata.normalize("NFC", name) == name


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=300), extension=st.sampled_from(["", ".pdf", ".xlsx"]))
def test_any_text_becomes_a_windows_safe_name(text: str, extension: str) -> None:
    assert_windows_safe(safe_file_name(text, extension), extension)


@given(
    text=st.sampled_from(["CON", "con", "Nul", "COM1", "lpt9", "aux.txt", "PRN ", " CON. "]),
    extension=st.sampled_from([".pdf", ""]),
)
def test_reserved_device_names_are_never_produced(text: str, extension: str) -> None:
    assert_windows_safe(safe_file_name(text, extension), extension)


def test_draft_order_name_is_thai_with_a_buddhist_era_date() -> None:
    name = order_pdf_name("", "แต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต", date(2026, 11, 30), False)
    assert name == "ร่างคำสั่ง 30 พ.ย. 2569 แต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต.pdf"
    assert "2026" not in name


def test_issued_order_and_signed_copy_names() -> None:
    assert order_pdf_name("58/2564", "แต่งตั้ง: คณะ*กรรมการ?", date(2021, 2, 15), True) == (
        "คำสั่ง ที่ 58-2564 แต่งตั้ง คณะ กรรมการ.pdf"
    )
    assert signed_copy_name("58/2564", ".jpg") == "สำเนาคำสั่งที่ลงนาม ที่ 58-2564.jpg"
    assert MEMBER_TEMPLATE_NAME == "แบบฟอร์มรายชื่อกรรมการ.xlsx"


def test_long_names_are_cut_between_letters_not_inside_a_cluster() -> None:
    source = "ผู้ช่วยเลขานุการ" * 20
    stem = safe_file_name(source, ".pdf").removesuffix(".pdf")
    assert len(stem) + 4 <= MAX_FILE_NAME and source.startswith(stem)
    assert len(stem) in set(accumulate(len(cluster) for cluster in grapheme_clusters(source)))
