"""The names of the files the app writes for people, made in one place.

Names are readable Thai with Buddhist Era dates ("ร่างคำสั่ง 30 พ.ย. 2569 แต่งตั้ง….pdf") and safe on
Windows: no reserved characters (< > : " / \\ | ? *) or control characters, no invisible or
bidirectional-control characters, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or
without an extension), no trailing dot or space, and at most ``MAX_FILE_NAME`` characters (cut between
letters, never inside a Thai character cluster).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.domain.thai_text import grapheme_clusters

MAX_FILE_NAME = 120
"""Characters, extension included: well inside Windows' 255 and its 260-character paths."""
FALLBACK_STEM = "เอกสาร"

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_INVISIBLE = {"Cf", "Cc", "Cs", "Co", "Cn", "Zl", "Zp"}
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)


def safe_file_name(text: str, extension: str = "", max_length: int = MAX_FILE_NAME) -> str:
    """``text`` made into a file name that Windows (and every other system) accepts, plus ``extension``
    (".pdf"). Reserved characters become spaces; runs of spaces become one."""
    extension = extension if not extension or extension.startswith(".") else f".{extension}"
    cleaned = _FORBIDDEN.sub(" ", unicodedata.normalize("NFC", text))
    cleaned = "".join(" " if unicodedata.category(c) in _INVISIBLE or c.isspace() else c for c in cleaned)
    stem = " ".join(cleaned.split()).strip(" .")
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = f"ไฟล์ {stem}"
    room = max(1, max_length - len(extension))
    if len(stem) > room:
        kept = ""
        for cluster in grapheme_clusters(stem):
            if len(kept) + len(cluster) > room:
                break
            kept += cluster
        stem = kept.rstrip(" .")
    return (stem or FALLBACK_STEM) + extension


def be_date(day: date) -> str:
    """A date as file names write it: "30 พ.ย. 2569" (Buddhist Era)."""
    return format_thai_date(day, DateStyle.ABBREVIATED_FULL_YEAR)


def order_pdf_name(number: str, subject: str, order_date: date, issued: bool) -> str:
    """ "คำสั่ง ที่ 58-2564 แต่งตั้ง….pdf" for an issued order, "ร่างคำสั่ง 15 ก.พ. 2564 แต่งตั้ง….pdf" for a
    draft (a draft has no number yet)."""
    if issued and number:
        return safe_file_name(f"คำสั่ง ที่ {number.replace('/', '-')} {subject}", ".pdf")
    return safe_file_name(f"ร่างคำสั่ง {be_date(order_date)} {subject}", ".pdf")


def signed_copy_name(number: str, extension: str) -> str:
    """ "สำเนาคำสั่งที่ลงนาม ที่ 58-2564.pdf" """
    return safe_file_name(f"สำเนาคำสั่งที่ลงนาม ที่ {number.replace('/', '-')}", extension)


MEMBER_TEMPLATE_NAME = safe_file_name("แบบฟอร์มรายชื่อกรรมการ", ".xlsx")


def meeting_file_name(kind: str, number_label: str, meeting_name: str, extension: str) -> str:
    """ "รายงานการประชุม ครั้งที่ 2-2564 คณะกรรมการ….pdf", "หนังสือเชิญประชุม ครั้งที่ 2-2564 ….pdf",
    "ส่งรายงานการประชุม ครั้งที่ 2-2564 ….eml": ``kind`` first, the meeting's number, its name."""
    return safe_file_name(f"{kind} {number_label.replace('/', '-')} {meeting_name}", extension)
